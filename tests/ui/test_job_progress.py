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


def test_a_job_runs_with_a_short_switch_interval_and_no_collector_and_both_come_back(qtbot):
    import gc
    import sys

    before = sys.getswitchinterval()
    assert gc.isenabled()
    runner = JobRunner()
    done = []
    runner.start("compare", lambda progress, cancel: (sys.getswitchinterval(), gc.isenabled()),
                 done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert runner.wait(5000)
    inside_interval, inside_gc = done[0]
    assert inside_interval <= 0.001 and not inside_gc
    assert sys.getswitchinterval() == before and gc.isenabled()
    runner.deleteLater()
