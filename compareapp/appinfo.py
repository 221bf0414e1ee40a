"""Who the app is to the desktop: its id, name, summary, icon files and colours.

Qt-free, so the packaging tests and the CLI can use it without a display. The
window sets its icon from ``icon_path(size)`` for each of ``ICON_SIZES`` and
calls ``QGuiApplication.setDesktopFileName(APP_ID)`` so that Wayland desktops
match the window to the installed .desktop file and its icon.

The same id names the Linux files in packaging/linux/ and the Flatpak manifest;
a test checks that they agree with ``APP_ID``.
"""
from __future__ import annotations

import atexit
import contextlib
import json
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

APP_ID = "io.github.compareapp.CompareApp"
DISPLAY_NAME = "CompareApp"
SUMMARY = "Compare versions of a news story"
# The PNG sizes rendered from the SVG by packaging/render_icons.py.
ICON_SIZES: tuple[int, ...] = (16, 32, 48, 64, 128, 256, 512)

_ICON_STEM = "compareapp"
# Keeps files extracted from a zipped install alive until the process ends.
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def _icon_name(size: int | None) -> str:
    if size is None:
        return f"{_ICON_STEM}.svg"
    if not isinstance(size, int) or size <= 0:
        raise ValueError(f"icon size must be a positive number of pixels, not {size!r}")
    # The smallest rendered PNG at least this big (Qt scales it down cleanly),
    # or the largest there is.
    fitting = [s for s in ICON_SIZES if s >= size]
    return f"{_ICON_STEM}-{min(fitting) if fitting else max(ICON_SIZES)}.png"


def icon_path(size: int | None = None) -> Path:
    """A file on disk holding the app icon: the SVG, or a PNG of about ``size`` pixels."""
    resource = files("compareapp.resources") / "icons" / _icon_name(size)
    if isinstance(resource, Path):
        path = resource
    else:  # installed as a zip: Qt needs a real file
        path = _extracted.enter_context(as_file(resource))
    if not path.is_file():
        raise FileNotFoundError(f"compareapp: icon {path} is missing from the installation")
    return path


def icon_bytes(size: int | None = None) -> bytes:
    """The icon file's content (SVG text or PNG data)."""
    return (files("compareapp.resources") / "icons" / _icon_name(size)).read_bytes()


@lru_cache(maxsize=1)
def palettes() -> dict[str, dict[str, str]]:
    """The colour palettes (resources/palettes.json) by name: the window paints
    with them and the reports print with the light one, so both say the same."""
    raw = files("compareapp.resources").joinpath("palettes.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(raw).items() if isinstance(v, dict)}
