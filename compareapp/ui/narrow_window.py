"""Two panes side by side in a narrow window: the sidebars give way to the panes.

A 1024 px window with the sources list and the quotations sidebar at their
usual widths left the panes ~430 px, room for one pane and a sliver of the
next. When the window is resized the sidebars are narrowed, never below a
width at which they still read, until the centre holds two panes at their
narrowest readable width (``PaneArea.narrowest_row``); each gives up a share
in proportion to what it can spare. Only a resize of the window does this:
a sidebar the user widens afterwards stays as wide as they made it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget

SOURCES_MIN_WIDTH = 170  # names elide in the middle; the share bar stays readable
RIGHT_DOCK_MIN_WIDTH = 230  # quotation rows elide; expanded wordings wrap


class NarrowWindowMixin:
    def _init_narrow_window(self) -> None:
        # after the layouts have settled (and after the first showEvent sizes the docks)
        self._room_timer = QTimer(self, singleShot=True, interval=0)
        self._room_timer.timeout.connect(self.make_room_for_panes)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._room_timer.start()

    def _right_dock(self) -> QDockWidget | None:
        """The docked panel showing on the right (quotations or a tab beside it)."""
        for dock in self.findChildren(QDockWidget):
            # a dock behind another's tab counts as visible but shows nothing
            if dock.isVisible() and not dock.visibleRegion().isEmpty() and not dock.isFloating() \
                    and self.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea:
                return dock
        return None

    def make_room_for_panes(self) -> None:
        short = self.panes.narrowest_row(2) - self.panes.viewport().width()
        if short <= 0:
            return
        sizes = self.splitter.sizes()
        spare_left = max(0, sizes[0] - SOURCES_MIN_WIDTH) if self.sources.isVisible() else 0
        dock = self._right_dock()
        spare_right = max(0, dock.width() - RIGHT_DOCK_MIN_WIDTH) if dock is not None else 0
        spare = spare_left + spare_right
        if spare == 0:
            return  # the sidebars are as narrow as they go: the panes scroll sideways
        take = min(short, spare)
        from_left = round(take * spare_left / spare)
        from_right = take - from_left
        if from_left:
            self.splitter.setSizes([sizes[0] - from_left, sizes[1] + from_left] + sizes[2:])
        if from_right:
            self.resizeDocks([dock], [dock.width() - from_right], Qt.Orientation.Horizontal)
