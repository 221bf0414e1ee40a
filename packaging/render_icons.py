"""Render resources/icons/compareapp.svg to the PNG sizes desktops ask for.

    .venv/bin/python packaging/render_icons.py

Run it after editing the SVG and commit the PNGs: the wheel, the PyInstaller
bundle and the Flatpak take the PNGs as they are, without rendering anything.
Uses Qt's SVG renderer from PySide6-Essentials, so no extra tool is needed.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compareapp.appinfo import ICON_SIZES  # noqa: E402  (after the path fix)

ICONS = ROOT / "resources" / "icons"


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    tmp = out.with_suffix(".png.tmp")
    if not image.save(str(tmp), "PNG"):
        raise SystemExit(f"render_icons: cannot write {tmp}")
    os.replace(tmp, out)


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  QImage text needs it
    svg = ICONS / "compareapp.svg"
    for size in ICON_SIZES:
        out = ICONS / f"compareapp-{size}.png"
        render(svg, size, out)
        print(f"{out.relative_to(ROOT)}  {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
