"""Packaging: the icon, the desktop metadata, and what the wheel and sdist hold.

test_wheel_and_sdist_... is the one slow test here (it runs `python -m build`,
about 5-15 s); it is marked `slow`. The PyInstaller bundle takes minutes and is
checked by packaging/build.sh, not by the test suite.
"""
from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from compareapp import __version__
from compareapp.appinfo import APP_ID, DISPLAY_NAME, ICON_SIZES, SUMMARY, icon_bytes, icon_path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
RESOURCES = ROOT / "resources"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def _png_has_alpha(data: bytes) -> bool:
    colour_type = data[25]
    return colour_type in (4, 6)  # grey+alpha, RGBA


# --- icon -------------------------------------------------------------------

@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_icon_has_its_size_and_a_transparent_background(size):
    data = icon_bytes(size)
    assert _png_size(data) == (size, size)
    assert _png_has_alpha(data)
    assert icon_path(size).name == f"compareapp-{size}.png"


def test_svg_icon_is_square_and_parses():
    root = ET.fromstring(icon_bytes())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    assert width == height
    assert icon_path().suffix == ".svg"


def test_icon_path_picks_the_nearest_size_not_smaller():
    assert icon_path(20).name == "compareapp-32.png"  # scaled down, never up
    assert icon_path(512).name == "compareapp-512.png"
    assert icon_path(2048).name == "compareapp-512.png"  # the largest there is
    with pytest.raises(ValueError):
        icon_path(0)


def test_pngs_are_rendered_from_the_current_svg(tmp_path, qapp):
    """A PNG older than the SVG means someone edited the SVG and forgot
    packaging/render_icons.py. Compares content, not file times (git does not
    keep those): re-render the 64 px icon and compare pixels loosely."""
    pytest.importorskip("PySide6.QtSvg")
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import render_icons
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    # pytest-qt's shared QApplication: a bare QGuiApplication here would make
    # every later widget test abort (widgets need a QApplication).
    from PySide6.QtGui import QImage

    size = 64
    fresh_path = tmp_path / f"icon-{size}.png"
    render_icons.render(icon_path(), size, fresh_path)
    fresh, committed = QImage(str(fresh_path)), QImage(str(icon_path(size)))

    def channels(image, x, y):
        c = image.pixelColor(x, y)
        return (c.red(), c.green(), c.blue(), c.alpha())

    # Another Qt version may antialias edges a little differently: allow small
    # differences on few pixels; a recoloured or moved shape exceeds both.
    differing = sum(max(abs(a - b) for a, b in zip(channels(fresh, x, y), channels(committed, x, y))) > 24
                    for x in range(size) for y in range(size))
    assert differing < size * size // 100, f"{differing} pixels differ: run packaging/render_icons.py"


def test_appinfo_does_not_load_qt():
    code = ("import sys, compareapp.appinfo as a; a.icon_path(48);"
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_code_finds_its_files_through_importlib_resources():
    """Paths built from __file__ break in zipped installs and frozen bundles;
    compareapp.resources read with importlib.resources work everywhere."""
    offenders = [f"{path.relative_to(ROOT)}:{n}"
                 for path in (ROOT / "compareapp").rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if "__file__" in line and not line.lstrip().startswith("#")]
    assert offenders == []


# --- Linux desktop entry and AppStream metainfo --------------------------------

def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_installed_command_with_the_app_icon():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == DISPLAY_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "compareapp"  # the console script's name
    assert entry["Terminal"] == "false"


def test_metainfo_names_the_app_its_launcher_binary_and_current_release():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == DISPLAY_NAME
    assert root.findtext("summary") == SUMMARY
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "compareapp"
    assert root.find("content_rating") is not None
    releases = root.findall("releases/release")
    assert releases, "no release notes"
    # the newest release comes first and is the version the package says it is
    assert releases[0].get("version") == __version__
    assert releases[0].find("description") is not None
    screenshot = root.findtext("screenshots/screenshot/image")
    assert screenshot.startswith("https://") and screenshot.endswith("/resources/screenshot.png")


def _run_validator(cmd: list[str]) -> str:
    if shutil.which(cmd[0]) is None:
        pytest.skip(f"{cmd[0]} is not installed (Debian: see the debs list in .ci/run)")
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    return out


def test_desktop_file_validate_passes_without_warnings():
    out = _run_validator(["desktop-file-validate", str(DESKTOP)])
    # hints are advice; errors and warnings would keep it out of menus or stores
    assert not re.search(r"\b(error|warning):", out), out


def test_appstreamcli_validate_passes():
    out = _run_validator(["appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO)])
    assert "Validation was successful" in out, out


# --- Flatpak manifest -----------------------------------------------------------

def test_flatpak_manifest_installs_the_desktop_file_metainfo_and_icons():
    text = FLATPAK.read_text(encoding="utf-8")
    assert re.search(rf"^(app-)?id: {re.escape(APP_ID)}$", text, re.M)
    assert re.search(r"^runtime: org\.kde\.Platform$", text, re.M)
    assert re.search(r"^command: compareapp$", text, re.M)
    for installed in (f"share/applications/{APP_ID}.desktop",
                      f"share/metainfo/{APP_ID}.metainfo.xml",
                      f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"):
        assert installed in text, f"the manifest does not install {installed}"
    assert re.search(r"PySide6_Essentials-[\d.]+-[^ ]*manylinux[^ ]*x86_64\.whl", text), \
        "the manifest does not take the PySide6 wheel"


def test_flatpak_pins_every_dependency_of_pyproject_within_its_range():
    """The manifest installs wheels offline; a dependency added to pyproject.toml
    (or a version range narrowed) must be reflected there too."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pins = {canonicalize_name(name): version for name, version in
            re.findall(r'"([A-Za-z0-9_.-]+)==([^"]+)"', FLATPAK.read_text(encoding="utf-8"))}
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    problems = []
    for dep in map(Requirement, deps):
        pinned = pins.get(canonicalize_name(dep.name))
        if pinned is None:
            problems.append(f"{dep.name} is not installed by the manifest")
        elif not dep.specifier.contains(pinned, prereleases=True):
            problems.append(f"{dep.name}=={pinned} is outside {dep.specifier}")
    assert problems == [], problems


# --- wheel and sdist ------------------------------------------------------------

def _copy_source_tree(dest: Path) -> Path:
    """What `git archive` would give: the package, its resources link, the
    project files. Built in a copy so the test never writes into the checkout
    (build/, *.egg-info) while others use it."""
    src = dest / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "compareapp", src / "compareapp", symlinks=True, ignore=ignore)
    shutil.copytree(RESOURCES, src / "resources", ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE", "MANIFEST.in"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, src / name)
    return src


# In resources/ for the README and the AppStream metainfo, which link to it in
# the repository; the app never reads it, so the packages leave it out.
NOT_SHIPPED = {"compareapp/resources/screenshot.png"}


def _resource_files() -> set[str]:
    """Every file under resources/ as the installed package names it."""
    return {f"compareapp/resources/{p.relative_to(RESOURCES).as_posix()}"
            for p in RESOURCES.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"} - NOT_SHIPPED


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    pytest.importorskip("build", reason="install the test extra: pip install -e '.[test]'")
    work = tmp_path_factory.mktemp("dist")
    src = _copy_source_tree(work)
    if not (src / "README.md").exists():
        pytest.fail("pyproject.toml names README.md as the readme, and there is none")
    # --no-isolation: use this venv's setuptools instead of downloading one.
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(work / "out"), str(src)],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    wheel = next((work / "out").glob("compareapp-*.whl"))
    sdist = next((work / "out").glob("compareapp-*.tar.gz"))
    return wheel, sdist


@pytest.mark.slow
def test_wheel_holds_every_resource_and_both_entry_points(built):
    wheel, _ = built
    with zipfile.ZipFile(wheel) as whl:
        names = set(whl.namelist())
        entry_points = whl.read(f"compareapp-{__version__}.dist-info/entry_points.txt").decode()
    missing = _resource_files() - names
    assert not missing, f"resources left out of the wheel: {sorted(missing)}"
    assert not NOT_SHIPPED & names
    assert "compareapp/resources/icons/compareapp.svg" in names
    assert {f"compareapp/resources/icons/compareapp-{s}.png" for s in ICON_SIZES} <= names
    assert "compareapp/appinfo.py" in names
    parser = configparser.ConfigParser()
    parser.read_string(entry_points)
    assert parser["console_scripts"]["compareapp"].strip() == "compareapp.cli:main"
    assert parser["gui_scripts"]["compareapp-gui"].strip() == "compareapp.cli:main"


@pytest.mark.slow
def test_sdist_holds_the_resources_as_files(built):
    _, sdist = built
    with tarfile.open(sdist) as tar:
        members = {m.name.split("/", 1)[1]: m for m in tar.getmembers() if "/" in m.name}
    assert "pyproject.toml" in members
    missing = _resource_files() - set(members)
    assert not missing, f"resources left out of the sdist: {sorted(missing)}"
    # a link would point outside the unpacked package on some platforms
    assert not members["compareapp/resources"].issym()


@pytest.mark.slow
def test_unpacked_wheel_finds_its_icon_from_any_folder(built, tmp_path):
    """importlib.resources, not paths relative to the checkout: run from an
    unrelated folder with only the unpacked wheel on the path."""
    wheel, _ = built
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as whl:
        whl.extractall(site)
    # -I: no PYTHONPATH, no current folder on the path; the wheel goes first
    # so that it wins over the checkout's editable install.
    code = ("import sys; sys.path.insert(0, sys.argv[1]);"
            "import compareapp.appinfo as a;"
            "p = a.icon_path(48); print(p);"
            "sys.exit(0 if str(p).startswith(sys.argv[1]) and p.stat().st_size > 0 else 1)")
    proc = subprocess.run([sys.executable, "-I", "-c", code, str(site)], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# --- PyInstaller spec and build script (the build itself: packaging/build.sh) ----

SPEC = ROOT / "packaging" / "compareapp.spec"


def _spec_list(name: str) -> list[str]:
    import ast

    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} has no list {name}")


def _qt_modules_imported_by(package: Path) -> set[str]:
    import ast

    found = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            found |= {n.split(".")[1] for n in names if n.startswith("PySide6.")}
    return found


def test_bundle_keeps_every_qt_module_the_app_imports():
    """The spec leaves unused Qt modules out; a module the window starts to
    import must not be among them, or the bundle fails at start-up."""
    excluded = set(_spec_list("unused_qt"))
    used = _qt_modules_imported_by(ROOT / "compareapp")
    assert used, "found no PySide6 import at all: the scan is broken"
    assert not used & excluded, f"the spec excludes Qt modules the app imports: {used & excluded}"


def test_build_script_and_spec_are_well_formed():
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    if shutil.which("bash"):
        proc = subprocess.run(["bash", "-n", str(ROOT / "packaging" / "build.sh")],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr


def test_menu_entry_installer_points_the_menu_at_the_unpacked_folder(tmp_path):
    """install-menu-entry.sh ships in the Linux archive; run it on a folder laid
    out like the bundle, with a space and a quote in its name."""
    if shutil.which("sh") is None:
        pytest.skip("no POSIX shell")
    bundle = tmp_path / 'Apps "new"' / "compareapp"
    icons = bundle / "_internal" / "compareapp" / "resources" / "icons"
    shutil.copytree(RESOURCES / "icons", icons)
    (bundle / "compareapp").write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / "compareapp").chmod(0o755)
    for name in (DESKTOP.name, "install-menu-entry.sh"):
        shutil.copy2(LINUX / name, bundle / name)
    data = tmp_path / "data"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}

    proc = subprocess.run(["sh", str(bundle / "install-menu-entry.sh")], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    installed = data / "applications" / DESKTOP.name
    exec_line = next(line for line in installed.read_text(encoding="utf-8").splitlines()
                     if line.startswith("Exec="))
    # desktop-entry quoting: \" inside the quotes, and the backslash doubled in the file
    assert exec_line == 'Exec="' + str(bundle / "compareapp").replace('"', '\\\\"') + '"'
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert check.returncode == 0 and "error:" not in check.stdout, check.stdout

    proc = subprocess.run(["sh", str(bundle / "install-menu-entry.sh"), "--uninstall"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert not installed.exists()
    assert not list(data.rglob(f"{APP_ID}.*"))
