#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller and smoke-test it.
#
#   packaging/build.sh                 # own venv in packaging/.venv-build
#   BUILD_VENV=.venv packaging/build.sh   # reuse an existing venv (faster)
#   packaging/build.sh --skip-build    # only re-run the smoke tests on dist/
#   PYTHON=python3.12 packaging/build.sh  # the Python that makes the build venv
#
# Result: dist/compareapp/compareapp (compareapp.exe on Windows, under Git Bash).
# Smoke tests, run from an empty folder: --version; compare seeds --json (five
# documents); report seeds --output x.pdf (%PDF-); a web page, a Word file and a
# PDF read by the bundle; the window opened on seeds/ saving a screenshot.
# The bundle is built from the working tree (the spec puts the repository root
# first on the import path), so what is tested here is what is checked out.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

skip_build=0
[ "${1:-}" = "--skip-build" ] && skip_build=1

VENV="${BUILD_VENV:-packaging/.venv-build}"
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) PY="$VENV/Scripts/python.exe"; EXE="dist/compareapp/compareapp.exe" ;;
  *) PY="$VENV/bin/python"; EXE="dist/compareapp/compareapp" ;;
esac

step() { printf '\n== %s\n' "$*"; }

if [ "$skip_build" = 0 ]; then
  if [ ! -x "$PY" ]; then
    step "creating $VENV"
    "${PYTHON:-python3}" -m venv "$VENV"
    "$PY" -m pip install -q --upgrade pip
  fi
  step "installing the app's dependencies and PyInstaller into $VENV"
  # The dependencies come from pyproject.toml so that this list never drifts.
  mkdir -p build
  "$PY" - >build/requirements-bundle.txt <<'EOF'
import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))
print("pyinstaller>=6.5,<7")
EOF
  "$PY" -m pip install -q -r build/requirements-bundle.txt
  "$PY" -m PyInstaller --version

  step "building dist/compareapp (one folder; takes a few minutes)"
  start=$(date +%s)
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
      --distpath dist --workpath build/pyinstaller packaging/compareapp.spec
  echo "built in $(( $(date +%s) - start )) s; size: $(du -sh dist/compareapp | cut -f1)"
  if [ "$(uname -s)" = Linux ]; then
    # so that users of the unpacked archive can add it to their menu
    cp packaging/linux/io.github.compareapp.CompareApp.desktop \
       packaging/linux/install-menu-entry.sh dist/compareapp/
  fi
fi

[ -x "$EXE" ] || { echo "FAIL: $EXE is missing; run without --skip-build" >&2; exit 1; }

# ---- smoke tests: run the bundle the way a user would, from another folder ----
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen   # nothing here opens a window, but be safe

step "smoke 1/5: --version"
version_out=$(cd "$tmp" && "$ROOT/$EXE" --version 2>&1) || fail "--version exited non-zero: $version_out"
echo "$version_out"
expected=$("$PY" -c "import re,pathlib;print(re.search(r'__version__ = \"(.+?)\"', pathlib.Path('compareapp/__init__.py').read_text()).group(1))")
[ "$version_out" = "compareapp $expected" ] || fail "--version printed '$version_out', expected 'compareapp $expected'"

step "smoke 2/5: compare seeds --json"
if (cd "$tmp" && "$ROOT/$EXE" compare "$ROOT/seeds" --json >"$tmp/compare.json" 2>"$tmp/compare.err"); then
  "$PY" - "$tmp/compare.json" <<'EOF' || fail "compare --json did not print the five seed documents as JSON"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
docs = data["documents"]
print(f"valid JSON, {len(docs)} documents")
sys.exit(0 if len(docs) == 5 else 1)
EOF
else
  fail "compare exited non-zero: $(tail -5 "$tmp/compare.err")"
fi

step "smoke 3/5: report seeds --output x.pdf"
if [ ! -f compareapp/export/__init__.py ] && [ ! -f compareapp/export.py ]; then
  fail "report: compareapp.export is not in the working tree yet (another engineer's part); re-run 'packaging/build.sh' once it is"
elif (cd "$tmp" && "$ROOT/$EXE" report "$ROOT/seeds" --output "$tmp/x.pdf" 2>"$tmp/report.err"); then
  if [ "$(head -c 5 "$tmp/x.pdf")" = "%PDF-" ]; then
    echo "wrote a PDF of $(wc -c <"$tmp/x.pdf") bytes"
  else
    fail "report wrote $tmp/x.pdf but it does not start with %PDF-"
  fi
else
  fail "report exited non-zero: $(tail -5 "$tmp/report.err")"
fi

step "smoke 4/5: compare a web page, a Word file and a PDF (the lazily imported readers)"
# Written with the build venv's libraries; read back by the bundle, so a reader
# library or data file that PyInstaller missed shows up here, not at a user's.
mkdir -p "$tmp/formats"
"$PY" - "$tmp/formats" <<'EOF' || fail "could not write the sample files for smoke 4"
import sys
from pathlib import Path
out = Path(sys.argv[1])
base = [
    "The city council voted on Tuesday evening to close the old bridge over the river "
    "for repairs, after engineers found cracks in two of its supporting pillars.",
    "\"We cannot take any risk with people's safety,\" the mayor said after the vote, "
    "adding that the repairs would take at least six months and cost about two million.",
    "Residents who cross the bridge every day to reach the station will have to use a "
    "ferry service that the council plans to run every twenty minutes from next week.",
]
# Three versions of one story, as the app expects (it sets exact duplicates aside).
web = base + ["Shop owners near the bridge fear that fewer customers will come."]
word = [base[0], "The mayor told reporters the work would last six months or more.", base[2]]
printed = [base[1], base[0], "A ferry will replace the bridge for commuters."]
html = "<html><head><title>Bridge to close</title></head><body><article><h1>Bridge to close</h1>"
html += "".join(f"<p>{p}</p>" for p in web) + "</article></body></html>"
(out / "web.html").write_text(html, encoding="utf-8")
import docx
d = docx.Document()
for p in word:
    d.add_paragraph(p)
d.save(out / "word.docx")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
SimpleDocTemplate(str(out / "printed.pdf"), pagesize=A4).build(
    [Paragraph(p.replace("&", "&amp;"), getSampleStyleSheet()["Normal"]) for p in printed])
EOF
if (cd "$tmp" && "$ROOT/$EXE" compare "$tmp/formats" --json >"$tmp/formats.json" 2>"$tmp/formats.err"); then
  "$PY" - "$tmp/formats.json" <<'EOF' || fail "the bundle did not read all of web.html, word.docx and printed.pdf: $(cat "$tmp/formats.err")"
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
formats = sorted(d["format"] for d in data["documents"])
print(f"read: {formats}; problems: {data['problems']}")
sys.exit(0 if formats == ["docx", "html", "pdf"] and not data["problems"] else 1)
EOF
else
  fail "compare of web.html, word.docx, printed.pdf exited non-zero: $(tail -5 "$tmp/formats.err")"
fi

step "smoke 5/5: open the window on seeds/ and save a screenshot"
# Under a virtual X screen when there is one, so that the xcb platform plugin a
# Linux desktop uses is loaded; otherwise Qt's offscreen platform.
shot_cmd=("$ROOT/$EXE" "$ROOT/seeds" --screenshot "$tmp/window.png")
shot_platform=offscreen
if command -v xvfb-run >/dev/null; then
  shot_cmd=(env -u QT_QPA_PLATFORM xvfb-run -a "${shot_cmd[@]}")
  shot_platform="xcb under xvfb-run"
fi
# a hung window must not hang the build (macOS has no `timeout` by default)
command -v timeout >/dev/null && shot_cmd=(timeout 300 "${shot_cmd[@]}")
if (cd "$tmp" && "${shot_cmd[@]}" >"$tmp/window.log" 2>&1) \
   && [ "$(head -c 4 "$tmp/window.png" 2>/dev/null | tail -c 3)" = "PNG" ]; then
  echo "window screenshot: $(wc -c <"$tmp/window.png") bytes ($shot_platform)"
else
  fail "the window did not open or save a screenshot: $(tail -5 "$tmp/window.log")"
fi

echo
if [ "$failures" -gt 0 ]; then
  echo "build.sh: $failures smoke test(s) failed" >&2
  exit 1
fi
echo "build.sh: bundle OK: $ROOT/dist/compareapp"

# ---- the archive users download (named as in the README's Install section)
step "archiving"
case "$(uname -s)" in
  Linux) archive="dist/compareapp-linux.tar.gz"; tar -C dist -czf "$archive" compareapp ;;
  Darwin)
    archive="dist/CompareApp.dmg"; rm -f "$archive"
    hdiutil create -quiet -srcfolder dist/CompareApp.app -volname CompareApp "$archive" ;;
  *) archive="dist/compareapp-windows.zip"
     "$PY" -c "import shutil; shutil.make_archive('dist/compareapp-windows', 'zip', 'dist', 'compareapp')" ;;
esac
echo "$archive: $(du -h "$archive" | cut -f1)"
[ "$(uname -s)" = Linux ] || echo "sign the programs and the archive before publishing: packaging/README.md"
