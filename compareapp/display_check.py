"""Can the window open here? Asked before Qt starts.

Qt's answer to a missing display or a missing X library is to print a line
about "platform plugins" and abort with a core dump, which tells a journalist
nothing. This looks at the same things first and, when the window cannot
open, says what is wrong and what to do, in words. Qt-free on purpose: it must
run before PySide6 is imported.
"""
from __future__ import annotations

import ctypes.util
import glob
import os
import sys
from typing import Callable, Mapping

# Qt 6.5+ needs these on X11 (the xcb plugin will not load without them); the
# rest of what it loads comes with every desktop. Library name -> Debian package.
XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xkbcommon-x11": "libxkbcommon-x11-0"}


def find_library(name: str) -> str | None:
    """The system's copy of a library, or the one a packaged app carries beside itself."""
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller may ship the X libraries in the bundle
    if bundle:
        shipped = glob.glob(os.path.join(bundle, "**", f"lib{name}.so*"), recursive=True)
        if shipped:
            return shipped[0]
    return ctypes.util.find_library(name)


def display_problem(env: Mapping[str, str] | None = None, platform: str | None = None,
                    find_library: Callable[[str], str | None] = find_library) -> str | None:
    """Why the window cannot open here, or None when nothing is known against it."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None  # Windows and macOS always have their own platform plugin
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen and chosen not in ("xcb", "wayland"):
        return None  # offscreen, vnc, eglfs ...: the user chose; Qt knows best
    has_x = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if not has_x and not has_wayland:
        return ("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                "  Without a screen, use the command line: 'compareapp compare FOLDER' or\n"
                "  'compareapp report FOLDER --output FILE.pdf', or run the window under 'xvfb-run'.")
    if chosen == "wayland" or (has_wayland and not chosen):
        return None  # Qt takes Wayland when it is there; the X libraries are not needed
    missing = [package for name, package in XCB_LIBRARIES.items() if not find_library(name)]
    if missing:
        packages = " ".join(missing)
        return (f"the X11 libraries Qt needs to open a window are missing: {packages}.\n"
                f"  Debian, Ubuntu: sudo apt install {packages}\n"
                "  Fedora: sudo dnf install xcb-util-cursor libxkbcommon-x11\n"
                "  Arch: sudo pacman -S xcb-util-cursor libxkbcommon-x11")
    return None
