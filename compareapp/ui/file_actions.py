"""Opening folders and files, noticing changes on disk, exporting a report."""
from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QFileSystemWatcher, QTimer
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from .export_path import proposed_export_path
from .workers import export_work

EXPORT_FILTERS = {"pdf": "PDF report (*.pdf)", "html": "Web page (*.html)", "json": "JSON data (*.json)"}
FORMATS = (".pdf", ".html", ".htm", ".json")


def _format_of_filter(name_filter: str) -> str:
    return next((fmt for fmt, f in EXPORT_FILTERS.items() if f == name_filter), "pdf")


def _follow_format(dialog: QFileDialog, name_filter: str) -> None:
    """Picking another format swaps the proposed name's extension to match. Qt's own
    dialog swaps a typed extension itself; this keeps the suffix added to a bare
    name in step, and swaps the name where a platform's dialog does not."""
    fmt = _format_of_filter(name_filter)
    dialog.setDefaultSuffix(fmt)
    files = dialog.selectedFiles()
    name = os.path.basename(files[0]) if files else ""
    stem, ext = os.path.splitext(name)
    if stem and ext.lower() in FORMATS:
        dialog.selectFile(f"{stem}.{fmt}")


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
        if self.view_result is not self.full_result and not self.view_result.selected:
            # the report covers the ticked sources: with none there is nothing to report
            self.statusBar().showMessage("No source is ticked: tick the sources to export.", 6000)
            return
        fmt = self.prefs.last_export_format
        start = proposed_export_path(self.view_result, self.prefs.last_export_dir, fmt, date.today())
        dialog = QFileDialog(self, "Export report")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(list(EXPORT_FILTERS.values()))
        dialog.selectNameFilter(EXPORT_FILTERS[fmt])
        # typed without an extension, the name gets the chosen format's; and the
        # dialog's ask-before-overwrite then checks that full name
        dialog.setDefaultSuffix(fmt)
        dialog.setDirectory(os.path.dirname(start))
        dialog.selectFile(os.path.basename(start))
        dialog.filterSelected.connect(lambda chosen: _follow_format(dialog, chosen))
        self._export_file_dialog = dialog  # tests reach the open dialog here
        try:
            accepted = bool(dialog.exec()) and bool(dialog.selectedFiles())
            path = dialog.selectedFiles()[0] if accepted else ""
            fmt = _format_of_filter(dialog.selectedNameFilter())
        finally:
            self._export_file_dialog = None
            dialog.deleteLater()
        if not accepted:
            return
        if os.path.splitext(path)[1].lower() not in FORMATS:
            # "talks.v2": the dialog took ".v2" for an extension and asked about that name only
            path += "." + fmt
            if os.path.exists(path) and not self._confirm_overwrite(path):
                return
        self.export_to(path, overwrite=True)  # the dialog asked before replacing a file

    def _confirm_overwrite(self, path: str) -> bool:
        answer = QMessageBox.question(self, "Export report", f"{os.path.basename(path)} already exists.\n"
                                      "Do you want to replace it?")
        return answer == QMessageBox.StandardButton.Yes

    def export_to(self, path: str, overwrite: bool = False) -> None:
        """Write the report in a worker; the comparison job keeps its own slot.
        Without ``overwrite`` an existing file is left alone and the status bar says so."""
        try:
            from ..export import ExportOptions
        except ImportError as exc:
            self.statusBar().showMessage(f"Export is not available: {exc}", 10000)
            return
        options = ExportOptions(notes=tuple(self.notes_for_export()), overwrite=overwrite)
        work = export_work(self.view_result, path, options)
        self.start_job(work, f"Exporting {os.path.basename(path)}…", self._export_done, kind="export")

    def _export_done(self, path: str) -> None:
        self.prefs = self.prefs.with_export(path)
        self.save_preferences()
        self.statusBar().showMessage(f"Wrote {path}", 10000)
        self.exportFinished.emit(path)
