"""Starting the window: ``compareapp [FOLDER] [--screenshot FILE.png]``."""
from __future__ import annotations

import os
import sys
from importlib.resources import files

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

SCREENSHOT_SIZE = (1680, 940)  # wide enough for three report panes beside the sidebars


def _style_sheet() -> str:
    try:
        return files("compareapp.resources").joinpath("styles", "app.qss").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return ""


def style_application(app: QApplication) -> None:
    """Fusion with outlines that show in every palette (``style.OutlinedStyle``), and the
    quiet style sheet."""
    from .style import app_style

    app.setStyle(app_style())
    app.setStyleSheet(_style_sheet())


def run_app(folder: str | None = None, screenshot: str | None = None) -> int:
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("compareapp")
    app.setApplicationDisplayName("Compare reports")
    style_application(app)
    outcome = {"code": 0}
    scratch = None
    if screenshot:
        # a screenshot shows the app as it first opens: default settings and layout,
        # nothing read from or saved to the user's own preferences and notes
        import tempfile

        from ..preferences import PreferencesStore

        scratch = tempfile.TemporaryDirectory(prefix="compareapp-shot-")
        window = MainWindow(PreferencesStore(os.path.join(scratch.name, "preferences.json")),
                            notes_data_dir=os.path.join(scratch.name, "notes"))
    else:
        window = MainWindow()
    if screenshot:
        window.resize(*SCREENSHOT_SIZE)

        def show_an_example() -> None:
            """Select the passage most sources share, so the picture shows the highlighting."""
            view = window.current_result()
            groups = [g for g in (view.groups if view else ()) if g.members]
            if groups:
                best = max(groups, key=lambda g: (len({view.sentence(m).doc_id for m in g.members}),
                                                  g.kind == "reworded"))
                window.select_sentence(best.members[0], reveal_self=True)
            QTimer.singleShot(300, grab)

        def grab() -> None:
            # let layouts and the link bands settle before grabbing
            window.panes.refresh_bands()
            if not window.grab().save(screenshot):
                print(f"compareapp: could not write {screenshot}", file=sys.stderr)
                outcome["code"] = 1
            window.close()
            app.quit()

        def failed(message: str) -> None:
            print(f"compareapp: {message}", file=sys.stderr)
            outcome["code"] = 1

        window.comparisonFailed.connect(failed)
        window.comparisonFinished.connect(lambda: QTimer.singleShot(300, show_an_example))
        if not folder:
            QTimer.singleShot(400, grab)
    elif not window.prefs.window_geometry:  # first run; later runs restore their own size
        window.resize(1400, 850)
    window.show()
    if folder:
        window.open_folder(folder)
    app.exec()
    if scratch is not None:
        scratch.cleanup()
    return outcome["code"]
