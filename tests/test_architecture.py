"""compareapp/core (and the exporters) never import Qt: they must run headless."""
import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "compareapp"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.ImportFrom) and node.level > 0 and node.module:
            # relative import reaching into the ui package from outside it
            names = [f".{node.module}"] if node.module.split(".")[0] == "ui" else []
        found += [f"{path.relative_to(PKG.parent)}:{node.lineno} imports {n}"
                  for n in names if n.split(".")[0].lstrip(".") in QT_MODULES or n.startswith(".ui")
                  or n.startswith("compareapp.ui")]
    return found


HEADLESS = ("core", "export")  # packages that the command line runs without a screen


def test_headless_packages_never_import_qt():
    files = [f for name in HEADLESS if (PKG / name).is_dir() for f in sorted((PKG / name).rglob("*.py"))]
    assert files, "no headless package found"
    offenders = [hit for f in files for hit in _qt_imports(f)]
    assert offenders == []


def test_the_check_catches_a_qt_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport shiboken6\n")
    global PKG
    saved, PKG = PKG, tmp_path.parent
    try:
        assert len(_qt_imports(bad)) == 2
    finally:
        PKG = saved


def test_core_is_importable_without_qt_loaded():
    import subprocess
    import sys

    code = ("import sys, compareapp.core.pipeline, compareapp.core.result;"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','shiboken6')];"
            "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
