"""The application style: Fusion, with control outlines that stay visible in every palette.

Fusion draws the outline of check boxes, line edits, spin boxes and combo
boxes in the window colour made 40 % darker. On a dark palette that is
nearly the colour of the field itself, so an unticked "Flagged only" box or
a source's check box in the list all but disappeared. ``OutlinedStyle``
hands Fusion, for those controls only, a window colour from which its own
outline comes out at a contrast of at least 3:1 (the WCAG figure for the
edges of controls); everything else is drawn exactly as Fusion draws it.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption

_OUTLINED_PRIMITIVES = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,  # also item-view check boxes: Fusion draws them via this
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_PanelLineEdit,
}
_OUTLINED_COMPLEX = {
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_ComboBox,
}
FUSION_OUTLINE_FACTOR = 140  # Fusion's outline is window.darker(140)


def outline_colour(palette: QPalette) -> QColor:
    """Halfway between the text and the field colour: about 3.5:1 against either ground."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor((text.red() + base.red()) // 2, (text.green() + base.green()) // 2,
                  (text.blue() + base.blue()) // 2)


def _with_visible_outline(option: QStyleOption) -> QStyleOption:
    """A copy of the option whose window colour makes Fusion's outline ``outline_colour``."""
    copy = type(option)(option)
    palette = QPalette(option.palette)
    wanted = outline_colour(palette).lighter(FUSION_OUTLINE_FACTOR)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        palette.setColor(group, QPalette.ColorRole.Window, wanted)
    copy.palette = palette
    return copy


class OutlinedStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element in _OUTLINED_PRIMITIVES and option is not None:
            option = _with_visible_outline(option)
        super().drawPrimitive(element, option, painter, widget)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        if control in _OUTLINED_COMPLEX and option is not None:
            option = _with_visible_outline(option)
        super().drawComplexControl(control, option, painter, widget)


def app_style() -> QStyle:
    return OutlinedStyle(QStyleFactory.create("Fusion"))
