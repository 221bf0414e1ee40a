"""The file name and folder File ▸ Export proposes. No Qt here, so it is tested
directly.

The name says what was compared and when ("kyiv-talks-comparison-2025-07-21.pdf"),
so a second export the next day does not silently collide with the first. The
folder is the one last exported to, else Documents, else home; never one of
the folders being compared: compareapp writes into those only when the user
picks one in the dialog.
"""
from __future__ import annotations

import os
import re
from datetime import date

# characters Windows, macOS or Linux refuse (or treat specially) in a file name
_UNSAFE = re.compile(r'(?:\s*[<>:"/\\|?*\x00-\x1f]\s*)+')


def export_file_name(folder_name: str | None, fmt: str, day: date) -> str:
    stem = _UNSAFE.sub("-", folder_name or "").strip(" .-")
    return f"{stem + '-' if stem else ''}comparison-{day.isoformat()}.{fmt}"


def documents_dir() -> str:
    from platformdirs import user_documents_dir

    return user_documents_dir()


def _inside(path: str, folder: str) -> bool:
    path, folder = (os.path.normcase(os.path.realpath(p)) for p in (path, folder))
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # different drives
        return False


def export_directory(last_dir: str, compared_folders: list[str]) -> str:
    home = os.path.expanduser("~")
    for candidate in (last_dir, documents_dir(), home):
        if candidate and os.path.isdir(candidate) and not any(_inside(candidate, f) for f in compared_folders if f):
            return candidate
    return home  # everything lies inside a compared folder (the user compared their home): the dialog decides


def compared_folders(result) -> list[str]:
    """The folder opened, or the folders holding the files compared."""
    folders = [result.folder] if result.folder else []
    folders += [os.path.dirname(d.path) for d in result.documents if d.path]
    return list(dict.fromkeys(folders))


def proposed_export_path(result, last_dir: str, fmt: str, day: date) -> str:
    folders = compared_folders(result)
    name = os.path.basename(os.path.normpath(folders[0])) if len(folders) == 1 or result.folder else None
    return os.path.join(export_directory(last_dir, folders), export_file_name(name, fmt, day))
