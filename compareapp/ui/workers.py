"""Background jobs: reading + comparing a folder, and exporting a report.

Each job is a QRunnable on the global QThreadPool. It never touches a widget:
it talks to the window only through a ``JobSignals`` object that lives in the
GUI thread, so every signal arrives there as a queued call. Each job carries
the request number it was started for; the window drops answers to requests
it has since replaced.

Progress is not a signal: the job only records its newest (fraction, message)
in ``latest_progress`` and the window reads it on a 50 ms timer (jobs.py).
The engine reports up to a few thousand times a second (one per file read,
one per 256 links); as queued signals each report was a posted event whose
delivery to a Python slot needs the GIL, which the busy worker hands over only
every switch interval (5 ms). The GUI thread then fell behind, and since Qt
delivers every posted event before it looks at its timers, the backlog froze
the event loop for 0.3 to 1.4 s on 500 reports (benchmarks/bench_ui_responsive.py).
"""
from __future__ import annotations

import gc
import os
import sys
import threading
import time
import traceback
from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from ..core.progress import CancelToken, Cancelled


JOB_SWITCH_INTERVAL = 0.001  # seconds; CPython's default is 0.005
# A job waits this long before it starts working: the window first shows its
# progress bar and repaints (the click that started the job) alone. Started at
# once, the worker fought the GUI thread for the GIL and that first repaint
# stalled the loop 100-107 ms on 500 reports; after a 50 ms head start 0 stalls
# over 40 ms at that point (bench_ui_responsive.py). 50 ms on a job is unnoticed.
JOB_HEAD_START = 0.05

_job_lock = threading.Lock()
_jobs_running = 0
_gc_was_enabled = False
_switch_interval = 0.005


@contextmanager
def job_running():
    """The interpreter set up for a background job while any job runs.

    No automatic garbage collection: a comparison allocates millions of
    objects; each allocation burst sets off a full collection that walks the
    whole heap, finds nothing (the result is tuples of frozen values) and holds
    the GIL for a quarter of a second on 500 reports, freezing the window.
    Paused during the job, and the objects alive at its end moved out of the
    collector's sight (``gc.freeze``), the window keeps its event loop running.
    The price: a reference cycle made during a job is never collected; the
    engine makes next to none (the full collections we measured found 0 to 19
    objects), and plain reference counting still frees everything else.

    A shorter GIL switch interval (1 ms): PySide releases the GIL around its
    C++ calls, so the GUI thread asks for it back many times per repaint or
    slot, and each time the busy worker keeps it up to a whole interval. At
    5 ms, re-showing the panes after a tick stalled 140-220 ms; at 1 ms 50-90
    (bench_ui_responsive.py). The worker loses next to nothing: it is only
    interrupted when the GUI thread actually waits.
    """
    global _jobs_running, _gc_was_enabled, _switch_interval
    with _job_lock:
        if _jobs_running == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
            _switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_interval, JOB_SWITCH_INTERVAL))
        _jobs_running += 1
    try:
        yield
    finally:
        with _job_lock:
            _jobs_running -= 1
            if _jobs_running == 0:
                sys.setswitchinterval(_switch_interval)
                if _gc_was_enabled:
                    gc.freeze()
                    gc.enable()


class JobSignals(QObject):
    finished = Signal(int, object)  # request, result
    failed = Signal(int, str)
    cancelled = Signal(int)


class Job(QRunnable):
    """Runs ``work(progress, cancel)`` and reports through ``signals``."""

    def __init__(self, request: int, work: Callable, signals: JobSignals) -> None:
        super().__init__()
        self.request = request
        self.work = work
        self.signals = signals
        self.cancel_token = CancelToken()
        # newest (fraction, message); one attribute store, atomic under the GIL,
        # read by the GUI thread's poll: no event per report (see module docstring)
        self.latest_progress: tuple[float, str] | None = None
        # Python owns the job (the window keeps it until it reports back): letting
        # the pool delete a Python-subclassed runnable corrupts refcounts at exit.
        self.setAutoDelete(False)

    def run(self) -> None:  # worker thread
        def progress(fraction: float, message: str) -> None:
            self.latest_progress = (float(fraction), str(message))

        try:
            time.sleep(JOB_HEAD_START)
            with job_running():
                result = self.work(progress, self.cancel_token)
        except Cancelled:
            self.signals.cancelled.emit(self.request)
        except Exception as exc:  # shown to the user, with the traceback kept for a report
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self.signals.failed.emit(self.request, detail)
        else:
            if self.cancel_token.cancelled:
                self.signals.cancelled.emit(self.request)
            else:
                self.signals.finished.emit(self.request, result)


def warm(result):
    """Build the result's lookup tables here, in the worker, not in the GUI thread."""
    result._sentences, result._documents, result._links_by_sentence, result._group_by_sentence
    for d in result.documents:
        d.words  # noqa: B018  (cached: the sources list shows it)
    return result


def compare_folder_work(folder: str, settings) -> Callable:
    def work(progress, cancel):
        from ..core.pipeline import compare_folder

        return warm(compare_folder(folder, settings, progress, cancel))

    return work


def restrict_work(result, doc_ids: list[str]) -> Callable:
    """The same comparison over the ticked sources (``restrict_comparison``), off the GUI thread."""

    def work(progress, cancel):
        from ..core.pipeline import restrict_comparison

        return warm(restrict_comparison(result, doc_ids))

    return work


def compare_files_work(paths: list[str], settings) -> Callable:
    """Dropped files: read each and compare them as if they were one folder."""

    def work(progress, cancel):
        from ..core.model import FolderLoad, LoadProblem
        from ..core.pipeline import compare_loaded
        from ..core.progress import check, report, scaled
        from ..core.reading import read_file

        folder = os.path.commonpath([os.path.dirname(os.path.abspath(p)) for p in paths])
        docs, problems = [], []
        for i, path in enumerate(paths):
            check(cancel)
            report(progress, 0.3 * i / len(paths), f"reading {os.path.basename(path)}")
            got = read_file(path, folder)
            (problems if isinstance(got, LoadProblem) else docs).append(got)
        load = FolderLoad(folder, tuple(docs), tuple(problems))
        return warm(compare_loaded(load, settings, scaled(progress, 0.3, 1.0), cancel))

    return work


def export_work(result, path: str, options) -> Callable:
    def work(progress, cancel):
        from ..export import export_report

        export_report(result, path, options, progress=progress, cancel=cancel)
        return path

    return work
