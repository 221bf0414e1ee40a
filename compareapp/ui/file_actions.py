"""Opening folders and files, noticing changes on disk, exporting a report."""
from __future__ import annotations

import os

from PySide6.QtCore import QFileSystemWatcher, QTimer
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from .workers import export_work

EXPORT_FILTERS = "PDF report (*.pdf);;Web page (*.html);;JSON data (*.json)"


class FileActionsMixin:
    # --- opening ----------------------------------------------------------------
    def open_folder_dialog(self) -> None:
        start = self.folder or (self.prefs.recent_folders[0] if self.prefs.recent_folders else "")
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of reports", start)
        if folder:
            self.open_folder(folder)

    def open_folder(self, folder: str) -> None:
        if not os.path.isdir(folder):
            self.statusBar().showMessage(f"{folder}: not a folder", 10000)
            return
        self.prefs = self.prefs.with_recent(folder)
        self.save_preferences()
        self.rebuild_recent_menu()
        self.compare_folder(folder)

    def rebuild_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for folder in self.prefs.recent_folders:
            action = menu.addAction(folder)
            action.triggered.connect(lambda _=False, f=folder: self.open_folder(f))
        menu.setEnabled(bool(self.prefs.recent_folders))

    # --- drag and drop ------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls()]
        self.open_paths(paths)
        event.acceptProposedAction()

    def open_paths(self, paths: list[str]) -> None:
        """One folder opens it; files are compared together."""
        if len(paths) == 1 and os.path.isdir(paths[0]):
            self.open_folder(paths[0])
        else:
            files = [p for p in paths if os.path.isfile(p)]
            if files:
                self.compare_files(files)

    # --- watching the folder -----------------------------------------------------------
    def _init_watcher(self) -> None:
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_disk_change)
        self.watcher.fileChanged.connect(self._on_disk_change)
        # editors save in bursts (temp file, rename): wait for them to settle
        self._change_timer = QTimer(self, singleShot=True, interval=400)
        self._change_timer.timeout.connect(self._offer_reload)

    def _watch(self, result) -> None:
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        paths = [d.path for d in result.documents if d.path]
        if result.folder:
            paths.append(result.folder)
        self.change_bar.hide()
        if paths:
            # after the window has shown the result: 500 watches are not free either
            QTimer.singleShot(50, self, lambda: self._add_watches(result, paths))

    def _add_watches(self, result, paths: list[str]) -> None:
        if result is self.full_result:
            self.watcher.addPaths([p for p in paths if os.path.exists(p)])

    def _on_disk_change(self, _path: str) -> None:
        self._change_timer.start()

    def _offer_reload(self) -> None:
        if self.folder:
            self.change_bar.show()

    def _build_change_bar(self, layout) -> None:
        self.change_bar = QWidget()
        row = QHBoxLayout(self.change_bar)
        row.setContentsMargins(8, 4, 8, 4)
        label = QLabel("Files in this folder changed on disk.")
        reload_button = QPushButton("Reload")
        reload_button.setAccessibleName("Reload the changed folder")
        dismiss = QPushButton("Dismiss")
        reload_button.clicked.connect(self.reload)
        dismiss.clicked.connect(self.change_bar.hide)
        row.addWidget(label, 1)
        row.addWidget(reload_button)
        row.addWidget(dismiss)
        self.change_bar.setAccessibleName("Folder changed")
        self.change_bar.hide()
        layout.addWidget(self.change_bar)

    def reload(self) -> None:
        """Compare again, keeping ticks, order and the selected sentence."""
        self.change_bar.hide()
        if self.folder:
            self.compare_folder(self.folder, keep_view=True)

    # --- export ------------------------------------------------------------------------
    def export_dialog(self) -> None:
        if self.view_result is None:
            self.statusBar().showMessage("Nothing to export yet: open a folder first.", 6000)
            return
        base = os.path.join(os.path.expanduser("~"), "comparison.pdf")
        path, chosen = QFileDialog.getSaveFileName(self, "Export report", base, EXPORT_FILTERS)
        if path:
            if not os.path.splitext(path)[1]:
                path += {"P": ".pdf", "W": ".html", "J": ".json"}.get(chosen[:1], ".pdf")
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the report in a worker; the comparison job keeps its own slot."""
        try:
            from ..export import ExportOptions
        except ImportError as exc:
            self.statusBar().showMessage(f"Export is not available: {exc}", 10000)
            return
        options = ExportOptions(notes=tuple(self.notes_for_export()))
        work = export_work(self.view_result, path, options)
        self.start_job(work, f"Exporting {os.path.basename(path)}…", self._export_done, kind="export")

    def _export_done(self, path: str) -> None:
        self.statusBar().showMessage(f"Wrote {path}", 10000)
        self.exportFinished.emit(path)
