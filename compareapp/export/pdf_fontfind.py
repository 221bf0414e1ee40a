"""Installed fonts for the scripts the shipped DejaVu Sans lacks (Chinese,
Japanese, Korean, Devanagari, Thai, ...).

Where fontconfig's ``fc-list`` exists (Linux, the BSDs, some macOS set-ups) one
call lists every font with the characters it has, so a lookup costs nothing
after it. Elsewhere (Windows, macOS) the usual font folders are read, the
fonts those systems ship for these scripts first, each font's character map
read only when a character is still without a font, within a time budget: a
Windows folder holds hundreds of fonts and reading them all would stall an
export for many seconds.

Only fonts with TrueType outlines qualify: reportlab embeds no CFF (PostScript)
outlines, which most .otf files and the Noto CJK collections have. A font that
still fails to load (restricted embedding, a broken file) is skipped by the
caller (pdf_fonts.py), which asks for the next candidate.
"""
from __future__ import annotations

import bisect
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

# fontconfig's own name for fonts whose outlines are TrueType (glyf); "CFF" for the others
_TRUETYPE = "TrueType"
_FC_FORMAT = "%{file}\t%{index}\t%{fontformat}\t%{family[0]}\t%{style[0]}\t%{charset}\n"
SCAN_BUDGET = 4.0  # seconds the folder scan may spend reading fonts, per process

# Checked first in the folder scan: what Windows and macOS ship for the scripts
# DejaVu lacks (TrueType-outline fonts, so reportlab can embed them).
_PREFERRED = (
    "msyh.ttc", "msyh.ttf", "msgothic.ttc", "malgun.ttf", "Nirmala.ttf", "LeelawUI.ttf", "leelawad.ttf",
    "simsun.ttc", "tahoma.ttf", "arialuni.ttf", "seguisym.ttf",  # Windows
    "PingFang.ttc", "STHeiti Light.ttc", "STHeiti Medium.ttc", "AppleSDGothicNeo.ttc", "Arial Unicode.ttf",
    "Kohinoor.ttc", "KohinoorDevanagari.ttc", "Thonburi.ttc", "Ayuthaya.ttf", "ArialHB.ttc",  # macOS
)


@dataclass
class FontFile:
    path: str
    index: int  # the face inside a .ttc collection
    family: str = ""
    style: str = ""
    ranges: list[tuple[int, int]] | None = None  # code point ranges; None: not read yet
    _starts: list[int] = field(default_factory=list, repr=False)

    def has(self, cp: int) -> bool:
        if self.ranges is None:
            return False
        if not self._starts:
            self._starts = [lo for lo, _ in self.ranges]
        i = bisect.bisect_right(self._starts, cp) - 1
        return i >= 0 and self.ranges[i][0] <= cp <= self.ranges[i][1]


_lock = threading.Lock()
_fonts: list[FontFile] | None = None
_unread: list[FontFile] = []  # folder scan: fonts whose character map is not read yet
_spent = 0.0


def fonts_with(cp: int) -> list[FontFile]:
    """The installed TrueType fonts that have a glyph for code point ``cp``."""
    global _fonts
    with _lock:
        if _fonts is None:
            listed = _fontconfig()
            if listed is None:
                _unread[:] = _folder_fonts()
                listed = []
            _fonts = listed
        found = [f for f in _fonts if f.has(cp)]
        while not found and _unread and _spent < SCAN_BUDGET:
            f = _read(_unread.pop(0))
            if f is not None:
                _fonts.append(f)
                if f.has(cp):
                    found.append(f)
        return found


def reset() -> None:
    """Forget what was found (tests; a font installed while the app runs)."""
    global _fonts, _spent
    with _lock:
        _fonts, _spent = None, 0.0
        _unread.clear()


def _fontconfig() -> list[FontFile] | None:
    exe = shutil.which("fc-list")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, "--format", _FC_FORMAT], capture_output=True, timeout=20,
                             check=True).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return None
    fonts = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 6 or parts[2] != _TRUETYPE:
            continue
        path, index, _, family, style, charset = parts
        try:
            ranges = [_hex_range(r) for r in charset.split()]
            fonts.append(FontFile(path, int(index or 0), family, style, ranges))
        except ValueError:
            continue
    fonts.sort(key=lambda f: (f.path, f.index))  # fc-list's order is the cache's: keep choices stable
    return fonts


def _hex_range(text: str) -> tuple[int, int]:
    lo, _, hi = text.partition("-")
    return int(lo, 16), int(hi or lo, 16)


def font_folders() -> list[str]:
    home = os.path.expanduser("~")
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        local = os.environ.get("LOCALAPPDATA", os.path.join(home, "AppData", "Local"))
        return [os.path.join(windir, "Fonts"), os.path.join(local, "Microsoft", "Windows", "Fonts")]
    if sys.platform == "darwin":
        return ["/System/Library/Fonts", "/System/Library/Fonts/Supplemental", "/Library/Fonts",
                os.path.join(home, "Library", "Fonts")]
    return ["/usr/share/fonts", "/usr/local/share/fonts", os.path.join(home, ".local", "share", "fonts"),
            os.path.join(home, ".fonts")]


def _folder_fonts() -> list[FontFile]:
    paths = []
    for folder in font_folders():
        for root, _dirs, names in os.walk(folder):
            paths += [os.path.join(root, n) for n in names if n.lower().endswith((".ttf", ".ttc"))]
    rank = {name.lower(): i for i, name in enumerate(_PREFERRED)}
    paths.sort(key=lambda p: (rank.get(os.path.basename(p).lower(), len(rank)), p.lower()))
    return [FontFile(p, 0) for p in paths]


def _read(f: FontFile) -> FontFile | None:
    """A font's name and character map, read with reportlab's parser (the time counts)."""
    global _spent
    from reportlab.pdfbase.ttfonts import TTFontFile

    t0 = time.perf_counter()
    try:
        face = TTFontFile(f.path, subfontIndex=f.index)
    except Exception:  # CFF outlines, no Unicode map, a broken file: not a candidate
        return None
    finally:
        _spent += time.perf_counter() - t0
    f.family = face.familyName.decode("utf-8", "replace") if isinstance(face.familyName, bytes) \
        else str(face.familyName or os.path.basename(f.path))
    f.style = face.styleName.decode("utf-8", "replace") if isinstance(face.styleName, bytes) \
        else str(face.styleName or "Regular")
    f.ranges = _ranges(sorted(cp for cp, gid in face.charToGlyph.items() if gid))
    return f


def _ranges(cps: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for cp in cps:
        if out and cp == out[-1][1] + 1:
            out[-1] = (out[-1][0], cp)
        else:
            out.append((cp, cp))
    return out
