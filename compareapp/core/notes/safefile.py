"""Writing the app's own files so that a crash never leaves half a file, and a
lock so that two windows saving the same notes file take turns."""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..atomicfile import write_bytes_atomically


class LockTimeout(OSError):
    """Another window kept the notes file locked for too long."""


def write_atomic(path: Path, data: bytes) -> None:
    """Temp file beside the target, flush, fsync, os.replace: all or nothing."""
    write_bytes_atomically(path, data)


@contextmanager
def file_lock(lock_path: Path, timeout: float = 5.0, stale_after: float = 30.0) -> Iterator[None]:
    """An O_EXCL lock file: portable (POSIX and Windows), visible, and crash-tolerant
    because a lock older than ``stale_after`` seconds is taken to be left by a crash."""
    lock_path = Path(lock_path)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            break
        except FileExistsError:
            try:
                age = time.time() - lock_path.stat().st_mtime
            except OSError:
                continue  # released between our two calls: try again at once
            if age > stale_after:
                try:
                    lock_path.unlink()
                except OSError:
                    pass
                continue
            if time.monotonic() > deadline:
                raise LockTimeout(f"{lock_path}: notes file is locked by another window")
            time.sleep(0.02)
    try:
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        yield
    finally:
        try:
            lock_path.unlink()
        except OSError:
            pass
