"""Progress reporting and cancellation for long work, free of any GUI toolkit.

Core functions take ``progress: ProgressCallback | None`` and
``cancel: CancelToken | None``; the window adapts them to Qt signals in a
worker, the command line ignores them or prints to stderr.
"""
from __future__ import annotations

import threading
from typing import Callable

# fraction done in [0, 1] and a short message such as "reading 3/20 files"
ProgressCallback = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised inside long work when its CancelToken has been set."""


class CancelToken:
    """Thread-safe flag that a caller sets to stop work at its next check."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()


def report(progress: ProgressCallback | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(max(0.0, min(1.0, fraction)), message)


def scaled(progress: ProgressCallback | None, lo: float, hi: float) -> ProgressCallback | None:
    """A callback that maps a stage's own 0..1 onto lo..hi of the whole job."""
    if progress is None:
        return None

    def inner(fraction: float, message: str) -> None:
        progress(lo + (hi - lo) * max(0.0, min(1.0, fraction)), message)

    return inner
