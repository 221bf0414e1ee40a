"""The command-line screenshot, cancelling a comparison, exporting, dropping files."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ui_factory import ROOT, SEEDS


def test_screenshot_from_the_command_line(tmp_path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, "-m", "compareapp", str(SEEDS), "--screenshot", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    from compareapp.ui.app import SCREENSHOT_SIZE

    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    # the screenshot leaves the user's settings alone
    assert not (tmp_path / "cfg" / "compareapp").exists()


def _slow_work(progress, cancel):
    for i in range(200):
        progress(i / 200, f"step {i}")
        cancel.raise_if_cancelled()
        time.sleep(0.01)
    return "never"


def test_cancel_stops_the_job_and_hides_progress(window, qtbot):
    got = []
    window.start_job(_slow_work, "Working…", got.append)
    assert window.cancel_button.isVisible() and window.busy()
    qtbot.waitUntil(lambda: window.progress.value() > 0, timeout=5000)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.busy() and not window.progress.isVisible()
    assert window.wait_for_jobs(5000)
    qtbot.wait(50)
    assert got == []  # the cancelled job's answer never arrives


def test_a_newer_request_wins_over_an_older_one(window, qtbot):
    got = []

    def slow(progress, cancel):
        time.sleep(0.3)
        return "old"

    window.start_job(slow, "old", got.append)
    window.start_job(lambda p, c: "new", "new", got.append)
    qtbot.waitUntil(lambda: got == ["new"], timeout=5000)
    window.wait_for_jobs(5000)
    qtbot.wait(50)
    assert got == ["new"]


def test_failure_is_reported_in_the_status_bar(window, qtbot):
    def broken(progress, cancel):
        raise ValueError("bad.txt: cannot decode")

    with qtbot.waitSignal(window.comparisonFailed) as sig:
        window.start_job(broken, "x", lambda v: None)
    assert "bad.txt" in sig.args[0]
    assert "bad.txt" in window.statusBar().currentMessage()


def test_export_runs_in_a_worker_and_writes_the_file(window, qtbot, result, tmp_path):
    window.set_result(result)
    out = tmp_path / "report.json"
    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        window.export_to(str(out))
    assert out.exists() and out.stat().st_size > 0


def test_dropping_files_compares_them(window, qtbot, tmp_path):
    names = sorted(p.name for p in SEEDS.iterdir())[:2]
    for n in names:
        shutil.copy(SEEDS / n, tmp_path / n)
    with qtbot.waitSignal(window.comparisonFinished, timeout=60000):
        window.open_paths([str(tmp_path / n) for n in names])
    assert window.sources.ticked() == names
    assert sorted(os.listdir(tmp_path)) == names  # nothing written into the user's folder


def test_dropping_a_folder_on_the_window_opens_it(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    for n in sorted(p.name for p in SEEDS.iterdir())[:2]:
        shutil.copy(SEEDS / n, tmp_path / n)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.comparisonFinished, timeout=60000):
        window.dropEvent(drop)
    assert window.folder == str(tmp_path) and len(window.sources.ticked()) == 2
    assert window.recent_menu.actions()[0].text() == str(tmp_path)


def test_collector_is_paused_during_jobs_and_back_after(window, qtbot):
    import gc

    seen = []

    def work(progress, cancel):
        seen.append(gc.isenabled())
        return "ok"

    assert gc.isenabled()
    done = []
    window.start_job(work, "x", done.append)
    qtbot.waitUntil(lambda: done == ["ok"])
    window.wait_for_jobs(5000)
    assert seen == [False] and gc.isenabled()
