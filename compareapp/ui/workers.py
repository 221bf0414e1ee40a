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
import threading
import traceback
from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from ..core.progress import CancelToken, Cancelled


_gc_lock = threading.Lock()
_gc_jobs = 0
_gc_was_enabled = False


@contextmanager
def collector_paused():
    """No automatic garbage collection while a job runs.

    A comparison allocates millions of objects; each allocation burst sets off
    a full collection that walks the whole heap, finds nothing (the result is
    tuples of frozen values) and holds the GIL for a quarter of a second on 500
    reports, freezing the window. Paused during the job, and the objects alive
    at its end moved out of the collector's sight (``gc.freeze``), the window
    keeps its event loop running. The price: a reference cycle made during a
    job is never collected; the engine makes next to none (the full
    collections we measured found 0 to 19 objects), and plain reference
    counting still frees everything else, frozen or not.
    """
    global _gc_jobs, _gc_was_enabled
    with _gc_lock:
        if _gc_jobs == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_jobs += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_jobs -= 1
            if _gc_jobs == 0 and _gc_was_enabled:
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
            with collector_paused():
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
    """The same comparison over the ticked sources (``for_sources``), off the GUI thread."""

    def work(progress, cancel):
        return warm(result.for_sources(doc_ids))

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
