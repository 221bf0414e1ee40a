"""Starting the window: ``compareapp [FOLDER] [--screenshot FILE.png]``."""
from __future__ import annotations

import sys
from importlib.resources import files

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

SCREENSHOT_SIZE = (1400, 850)


def _style_sheet() -> str:
    try:
        return files("compareapp.resources").joinpath("styles", "app.qss").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return ""


def run_app(folder: str | None = None, screenshot: str | None = None) -> int:
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("compareapp")
    app.setApplicationDisplayName("Compare reports")
    app.setStyle("Fusion")
    app.setStyleSheet(_style_sheet())
    window = MainWindow()
    outcome = {"code": 0}
    if screenshot:
        window.resize(*SCREENSHOT_SIZE)

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
        window.comparisonFinished.connect(lambda: QTimer.singleShot(400, grab))
        if not folder:
            QTimer.singleShot(400, grab)
    else:
        window.resize(1400, 850)
    window.show()
    if folder:
        window.open_folder(folder)
    app.exec()
    return outcome["code"]
