"""Write a file all at once or not at all: exports, notes, preferences.

The bytes go to a hidden temporary file in the destination's own folder (so the
final rename stays on one file system and is atomic), are flushed and fsynced,
then take the final name, and the folder is fsynced so the rename itself
reaches the disk. A failure or a cancel at any point removes the temporary
file: the user never finds half a PDF or half a notes file.
"""
from __future__ import annotations

import os
import tempfile
from typing import Callable, BinaryIO


def write_atomically(path: str, write: Callable[[BinaryIO], None], overwrite: bool = False,
                     private: bool = False) -> None:
    """Call ``write(file)`` on a temporary file, then move it to ``path``.

    Without ``overwrite`` an existing file is left alone (FileExistsError),
    even one that appears while we write. ``private`` keeps the file readable
    by its owner only (the app's own notes and settings).
    """
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"{folder}: no such folder")
    if os.path.exists(path) and not overwrite:
        raise FileExistsError(f"{path} already exists; choose to overwrite it explicitly")
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder)
    try:
        if not private:
            try:  # mkstemp makes it private (0600); an export is an ordinary document
                os.chmod(tmp, 0o644)
            except OSError:
                pass
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            _link_without_replacing(tmp, path)
        _fsync_folder(folder)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _link_without_replacing(tmp: str, path: str) -> None:
    # A hard link fails if the name was taken meanwhile, where os.replace would
    # silently clobber it; file systems without links fall back to a check.
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise FileExistsError(f"{path} already exists; choose to overwrite it explicitly") from None
    except OSError:
        if os.path.exists(path):
            raise FileExistsError(f"{path} already exists; choose to overwrite it explicitly") from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def _fsync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows); the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes_atomically(path, data: bytes, private: bool = True) -> None:
    """Replace ``path`` with ``data`` (creating its folder): the app's own files."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    write_atomically(os.fspath(path), lambda f: f.write(data), overwrite=True, private=private)
