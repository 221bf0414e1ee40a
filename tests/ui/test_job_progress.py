"""A chatty job (thousands of progress reports) reaches the window at a bounded
rate, the bar still moves and shows the job's newest message, and the event
loop keeps its timers running meanwhile (why: compareapp/ui/workers.py)."""
from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QTimer

from compareapp.ui.jobs import PROGRESS_POLL_MS, JobRunner

REPORTS = 20000


def _chatty(progress, cancel):
    """Reports as often as the engine does in its fastest loops, for ~0.4 s."""
    end = time.perf_counter() + 0.4
    i = 0
    while time.perf_counter() < end or i < REPORTS:
        i += 1
        progress(min(1.0, i / REPORTS), f"item {i}")
        cancel.raise_if_cancelled()
    progress(1.0, "last item")
    time.sleep(0.2)  # a quiet stage after the last report, as grouping is after linking
    return i


def test_progress_reaches_the_window_at_a_bounded_rate_and_ends_on_the_newest(qtbot):
    runner = JobRunner()
    shown, done, gaps = [], [], []
    runner.progressChanged.connect(lambda fraction, message: shown.append((fraction, message)))
    clock = QElapsedTimer()
    tick = QTimer(interval=10)
    tick.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    tick.start()
    started = time.perf_counter()
    runner.start("compare", _chatty, done.append, label="Comparing…")
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    elapsed_ms = (time.perf_counter() - started) * 1000
    tick.stop()
    reports = done[0]
    assert reports >= REPORTS
    updates = shown[1:]  # the first is the label given to start()
    # one update per poll at most, however often the job reported
    assert 2 <= len(updates) <= elapsed_ms / PROGRESS_POLL_MS + 2
    assert [f for f, _ in updates] == sorted(f for f, _ in updates)  # the bar never goes back
    assert updates[-1] == (1.0, "last item")  # the quiet stage shows the newest report
    assert not runner.busy()
    assert len(gaps) >= 5  # the GUI thread's own timer kept firing during the job
    runner.deleteLater()
