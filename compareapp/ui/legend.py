"""The legend strip under the panes: colour and non-colour cue of each mark."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from .palette import Colours


def legend_html(c: Colours) -> str:
    v = c.values

    def chip(bg: str, label: str, style: str = "") -> str:
        label = label.replace(" ", "&nbsp;") if "<" not in label else label  # a chip never wraps inside
        # a plain space after each chip: the only place a narrow window may wrap the legend
        return (f"<span style='background:{bg}; color:{v['text']}; {style}'>&nbsp;{label}&nbsp;</span>"
                "&nbsp; ")

    return ("".join([
        chip(v["shared"], "Shared"),
        chip(v["reworded"], "Reworded&nbsp;<b style='text-decoration:underline'>changed&nbsp;words</b>"),
        chip(v["unique"], "Only in this source (dotted)", "text-decoration: underline dotted"),
        # a label, not a count: the wavy underline is the cue the panes use
        f"<span style='color:{v['number']}; text-decoration: underline wavy'>Figure&nbsp;differs</span>"
        "&nbsp; ",
        chip(v["selected"], "Selected passage"),
        chip(v["quote"], "Quotation"),
    ]))


class Legend(QLabel):
    def __init__(self, colours: Colours, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self.setMargin(4)
        self.setWordWrap(True)
        self.set_colours(colours)

    def set_colours(self, colours: Colours) -> None:
        self.setText(legend_html(colours))
