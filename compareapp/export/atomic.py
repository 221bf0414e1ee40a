"""Write an export all at once or not at all.

The bytes go to a hidden temporary file in the destination's own folder (so the
final rename stays on one file system and is atomic), are flushed and fsynced,
then take the final name. A failure or a cancel at any point removes the
temporary file: the user never finds half a PDF.
"""
from __future__ import annotations

import os
import tempfile
from typing import Callable, BinaryIO


def write_atomically(path: str, write: Callable[[BinaryIO], None], overwrite: bool = False) -> None:
    """Call ``write(file)`` on a temporary file, then move it to ``path``.

    Without ``overwrite`` an existing file is left alone (FileExistsError),
    even one that appears while we write.
    """
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"{folder}: no such folder")
    if os.path.exists(path) and not overwrite:
        raise FileExistsError(f"{path} already exists; choose to overwrite it explicitly")
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".part", dir=folder)
    try:
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
