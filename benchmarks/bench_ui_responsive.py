"""Does the window stay responsive while it compares a big folder? Run by hand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui_responsive.py [--reports 500]

Target (issue 5): during a compare of 500 reports the event loop is never
blocked for more than 100 ms. A QTimer fires every 10 ms and records the gap
since its last tick; the longest gap is the longest stall the user would feel.
The comparison itself runs in a worker; what the GUI thread does (progress
updates, then building the sources list and the panes) is what is measured,
and each long stall is printed with what the window was doing at the time.
``--synthetic`` skips the engine and times only the window with a hand-built
result of the same size.

The "updates" column counts the progress updates the window received.

What we found (workers.py, jobs.py):
1. Full garbage collections over the engine's heap held the GIL ~250 ms each
   on 500 reports; jobs pause the collector.
2. A queued progress signal per engine report (up to ~3700/s while quotations
   are found, ~500/s while linking; 1336 per compare) each needed the GIL on
   the GUI thread, which the busy worker hands over once per switch interval;
   the GUI thread fell behind and Qt delivers every posted event before its
   timers, so the loop froze 0.3-1.5 s (one gap: 333 progress slots run in
   310 ms, no timer tick). Now the job stores its newest progress and the
   window polls it every 50 ms (~90-110 updates per compare).
3. PySide releases the GIL around its C++ calls; re-taking it waited up to the
   5 ms switch interval each time. Jobs now run with 1 ms: untick stalls went
   from 137-248 ms (12 runs) to 42-87 ms.
4. A job started at once fought the window's first repaint (progress bar
   shown) for the GIL: ~100 ms at "Comparing reports…". Jobs wait 50 ms first.

Remaining floor (engine, not the window): single C calls that hold the GIL,
e.g. ``sorted(links, key=...)`` over ~66k links in core/align/grouping.py
(a 43-95 ms gap in a plain-Python probe thread, no Qt; the whole sort with
its key calls ~115 ms) -- the "grouping passages" stalls of 40-105 ms.

Figures, 2 shared cores (load average from ``uptime``), 500 reports:
  before (5 ms, signal per report): 85, 92, 326, 796, 969, 1114, 1175, 1253, 1416,
      1482 ms longest stall, mostly "linking counterparts"
  progress polled, 5 ms interval (load 0.96-1.12): 80, 90, 60, 58 ms; untick 162, 137, 164, 196
  + 1 ms interval (load 0.12-0.58): 51, 51, 72, 105, 78, 82, 103 ms; untick 42-90
      (the two misses: "grouping passages", and the repaint at the job's start)
  A/B same build (load 0.6-0.8): 5 ms 107, 102 ms / untick 285, 199;
      1 ms 83, 91 ms / untick 88, 92; compare time 8.0-10.2 s either way
  + 50 ms head start for the window's first repaint (load 0.79-0.88):
      50, 48, 45, 53 ms; untick 55, 47, 42, 48; compare 6.9-10.0 s
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TICK_MS = 10
TARGET_MS = 100


def make_folder(out: Path, reports: int) -> Path:
    try:
        from generate import generate  # the engine's generator (benchmarks/generate.py)
    except ImportError:
        generate = None
    if generate is not None:
        return Path(generate(out, reports))
    # fallback: a tiny generator of our own
    import random

    rng = random.Random(1)
    base = [f"Sentence {i} of the story says that {rng.randint(1, 99)} people met in town {i}."
            for i in range(30)]
    out.mkdir(parents=True, exist_ok=True)
    for r in range(reports):
        keep = [s for s in base if rng.random() > 0.3] + [f"Report {r} adds its own line {k}." for k in range(3)]
        (out / f"report_{r:04d}.txt").write_text(" ".join(keep), encoding="utf-8")
    return out


class StallMeter:
    """Records the gaps between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.where: list[tuple[float, str]] = []  # (gap, what the window was doing) of long gaps
        self.label = lambda: ""
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        gap = self.clock.restart()
        self.gaps.append(gap)
        if gap > TARGET_MS:
            self.where.append((gap, self.label()))

    def longest(self) -> float:
        return max(self.gaps, default=0.0)

    def over(self, ms: float) -> int:
        return sum(1 for g in self.gaps if g > ms)


def synthetic_result(reports: int, sentences: int = 30):
    """A hand-built comparison of ``reports`` retellings (no engine): every sentence k
    of every report belongs to passage group k, every third one reworded, so the UI
    gets as many links and groups as a big real folder."""
    from compareapp.core.reading import document_from_text
    from compareapp.core.result import (REWORDED, SHARED, Alignment, ComparisonResult, Link,
                                        PassageGroup, SimilarityMatrix, SourceStats)

    docs = tuple(document_from_text(f"r{r:04d}.txt", " ".join(
        f"Report {r} says that {k + r % 7} people met in town {k} on Monday." for k in range(sentences)))
        for r in range(reports))
    groups, links, status = [], [], {}
    for k in range(sentences):
        kind = REWORDED if k % 3 == 0 else SHARED
        members = tuple(f"r{r:04d}.txt#{k}" for r in range(reports))
        groups.append(PassageGroup(f"g{k}", kind, members))
        for i in range(len(members) - 1):  # a chain of links, as mutual-best linking gives
            links.append(Link(members[i], members[i + 1], 0.9, kind))
        status.update({m: kind for m in members})
    ids = tuple(d.id for d in docs)
    stats = {d.id: SourceStats(d.words, d.words * 2 // 3, d.words // 3, 0) for d in docs}
    matrix = SimilarityMatrix(ids, tuple(tuple(0.8 for _ in ids) for _ in ids))
    return ComparisonResult(docs, Alignment(tuple(links), tuple(groups), status, stats, matrix, ids),
                            selected=ids)


def synthetic(app, reports: int) -> None:
    """Only the window's share: a prebuilt result lands from a worker."""
    from compareapp.preferences import PreferencesStore
    from compareapp.ui.main_window import MainWindow
    from compareapp.ui.workers import warm

    result = warm(synthetic_result(reports))
    with tempfile.TemporaryDirectory(prefix="compareapp-bench-") as tmp:
        window = MainWindow(PreferencesStore(Path(tmp) / "prefs.json"), notes_data_dir=str(Path(tmp) / "notes"))
        window.resize(1400, 850)
        window.show()
        meter = StallMeter()
        loop = QEventLoop()
        meter.start()
        window.start_job(lambda p, c: (time.sleep(0.3), result)[1], "synthetic",
                         lambda r: (window.set_result(r, staged=True)))
        window.comparisonFinished.connect(loop.quit)
        loop.exec()
        end = time.perf_counter() + 0.5
        while time.perf_counter() < end:
            app.processEvents()
        meter.stop()
        landing = meter.longest()
        ticked = window.sources.ticked()
        meter.start()
        loop2 = QEventLoop()
        window.resultChanged.connect(loop2.quit)
        window.sources.set_ticked(ticked[0], False)
        loop2.exec()
        meter.stop()
        window.close()
        window.deleteLater()
        app.processEvents()
    print(f"synthetic {reports} reports ({len(result.links)} links): longest stall while the result "
          f"lands {landing:.0f} ms; while a tick re-computes the view {meter.longest():.0f} ms "
          f"(target < {TARGET_MS} ms)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=500)
    ap.add_argument("--synthetic", action="store_true",
                    help="skip the engine: time only the window with a hand-built result")
    args = ap.parse_args()
    if args.synthetic:
        synthetic(QApplication.instance() or QApplication([]), args.reports)
        return 0
    app = QApplication.instance() or QApplication([])
    from compareapp.preferences import PreferencesStore
    from compareapp.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="compareapp-bench-") as tmp:
        t0 = time.perf_counter()
        folder = make_folder(Path(tmp) / "reports", args.reports)
        gen_s = time.perf_counter() - t0
        window = MainWindow(PreferencesStore(Path(tmp) / "prefs.json"), notes_data_dir=str(Path(tmp) / "notes"))
        window.resize(1400, 850)
        window.show()
        meter = StallMeter()
        state = {"phase": "comparing"}
        meter.label = lambda: f"{state['phase']}: {window.progress_label.text()}"
        updates = []  # progress updates the window received (polled: at most 20 a second)
        window.jobs.progressChanged.connect(lambda fraction, message: updates.append(message))
        loop = QEventLoop()
        window.comparisonFinished.connect(loop.quit)
        window.comparisonFinished.connect(lambda: state.update(phase="after the result landed"))
        landing = window._set_result_staged

        def landed(result) -> None:  # the worker is done: from here on it is the window's work
            state.update(phase="showing the result")
            landing(result)

        window._set_result_staged = landed
        meter.start()
        t0 = time.perf_counter()
        window.open_folder(str(folder))
        loop.exec()
        compare_s = time.perf_counter() - t0
        # after the result lands: let the panes paint, then untick one source (restrict_comparison)
        end = time.perf_counter() + 0.5
        while time.perf_counter() < end:
            app.processEvents()
        meter.stop()
        during = (meter.longest(), meter.over(TARGET_MS), len(meter.gaps), len(updates))
        meter_where = list(meter.where)
        ticked = window.sources.ticked()
        meter.start()
        t1 = time.perf_counter()
        window.sources.set_ticked(ticked[0], False)
        end = time.perf_counter() + 0.5
        while time.perf_counter() < end:
            app.processEvents()
        meter.stop()
        untick_s = time.perf_counter() - t1 - 0.5
        failed = window.statusBar().currentMessage() if window.full_result is None else ""
        docs = len(window.full_result.documents) if window.full_result else 0
        window.close()
        window.deleteLater()
        app.processEvents()

    print(f"{'reports':>8} {'generate s':>11} {'compare s':>10} {'longest stall ms':>17} "
          f"{'stalls >100ms':>14} {'ticks':>6} {'updates':>8}  target")
    print(f"{docs:>8} {gen_s:>11.1f} {compare_s:>10.1f} {during[0]:>17.0f} {during[1]:>14} "
          f"{during[2]:>6} {during[3]:>8}  < {TARGET_MS} ms: {'OK' if during[0] < TARGET_MS else 'MISSED'}")
    print(f"untick one source: longest stall {meter.longest():.0f} ms (restrict_comparison + repaint, "
          f"{max(0.0, untick_s):.2f} s)")
    for gap, label in sorted(meter_where, reverse=True)[:8]:
        print(f"  stall {gap:5.0f} ms while {label}")
    if failed:
        print(failed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
