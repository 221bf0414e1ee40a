"""Keeps track of the window's background jobs, one latest request per kind.

Kinds run side by side ("compare" a folder, "view" = restrict_comparison after a
tick, "export"); a new request of a kind makes the older one of that kind
stale: it is cancelled and whatever it still sends is dropped.

Progress of the newest job is polled every ``PROGRESS_POLL_MS`` while a job
runs, rather than sent per report by the worker (why: workers.py).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from .workers import Job, JobSignals

PROGRESS_POLL_MS = 50  # 20 updates a second: smooth enough for a bar and a label


class JobRunner(QObject):
    progressChanged = Signal(float, str)  # the newest job's fraction and message
    activeChanged = Signal(bool)  # some job is running
    failed = Signal(str, str)  # kind, message
    cancelled = Signal(str)  # kind

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._counter = 0
        self._latest: dict[str, int] = {}  # kind -> request whose answer is wanted
        self._jobs: dict[int, tuple[str, Job]] = {}  # every job not yet reported back
        self._newest = 0
        self._shown_progress: tuple[float, str] | None = None
        self._poll = QTimer(self, interval=PROGRESS_POLL_MS)
        self._poll.timeout.connect(self._poll_progress)

    def start(self, kind: str, work: Callable, on_done: Callable, label: str = "") -> int:
        self.cancel(kind, notify=False)
        self._counter += 1
        req = self._counter
        signals = JobSignals(self)
        signals.finished.connect(lambda r, value: self._finished(r, value, on_done))
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)
        job = Job(req, work, signals)
        self._jobs[req] = (kind, job)
        self._latest[kind] = req
        self._newest = req
        self._shown_progress = None
        self.progressChanged.emit(0.0, label)
        self.activeChanged.emit(True)
        self._poll.start()
        QThreadPool.globalInstance().start(job)
        return req

    def cancel(self, kind: str | None = None, notify: bool = True) -> None:
        for k in [k for k in self._latest if kind is None or k == kind]:
            req = self._latest.pop(k)
            if req in self._jobs:
                self._jobs[req][1].cancel_token.cancel()
        if not self.busy():
            self._poll.stop()
        if notify:
            self.activeChanged.emit(self.busy())

    def busy(self, kind: str | None = None) -> bool:
        return any(kind is None or k == kind for k in self._latest)

    def wait(self, msecs: int = 30000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)

    def _current(self, req: int) -> str | None:
        kind = self._jobs.get(req, (None,))[0]
        return kind if kind is not None and self._latest.get(kind) == req else None

    def _poll_progress(self) -> None:
        if not self._current(self._newest):
            return
        latest = self._jobs[self._newest][1].latest_progress
        if latest is not None and latest != self._shown_progress:
            self._shown_progress = latest
            self.progressChanged.emit(*latest)

    def _settle(self, req: int) -> str | None:
        """Forget a job that reported back; its kind if its answer is still wanted."""
        kind = self._current(req)
        self._jobs.pop(req, None)
        if kind is not None:
            del self._latest[kind]
        if not self.busy():
            self._poll.stop()
        self.activeChanged.emit(self.busy())
        return kind

    def _finished(self, req: int, value, on_done: Callable) -> None:
        if self._settle(req) is not None:
            on_done(value)

    def _failed(self, req: int, message: str) -> None:
        kind = self._settle(req)
        if kind is not None:
            self.failed.emit(kind, message)

    def _cancelled(self, req: int) -> None:
        kind = self._settle(req)
        if kind is not None:
            self.cancelled.emit(kind)
