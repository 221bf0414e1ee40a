"""Controls keep a visible outline in every palette (a "Flagged only" box was reported faint
in dark mode)."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

from ui_factory import settle


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_an_unticked_flagged_only_box_shows_its_outline_in_the_dark_palette(window, result):
    from compareapp.ui.app import style_application

    app = QApplication.instance()
    before, sheet = app.style().name(), app.styleSheet()
    style_application(app)  # what `compareapp` does when it starts
    try:
        window.apply_preferences(replace(window.prefs, palette="dark"))
        window.set_result(result)
        window.quotes_dock.raise_()
        settle()
        box = window.quotes.flagged_only
        assert not box.isChecked()
        option = QStyleOptionButton()
        option.initFrom(box)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        image = box.grab().toImage()
        ground = window.colours["window"]
        # the darkest-to-lightest step across the box's left edge, at its middle
        y = indicator.center().y()
        edge = max(contrast(QColor(image.pixel(x, y)), ground)
                   for x in range(indicator.left(), indicator.left() + 3))
        assert edge >= 3.0, f"the box's outline is faint: {edge:.2f}:1 against the panel"
    finally:
        app.setStyle(before)
        app.setStyleSheet(sheet)
