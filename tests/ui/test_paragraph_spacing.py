"""Paragraphs that Word files and web pages give one line each still read as
paragraphs in the pane: a gap parts them, as a blank line does in plain text."""
from compareapp import compare_texts
from compareapp.ui.palette import colours
from compareapp.ui.text_pane import DocumentPane

ONE_LINE_EACH = ("The council voted on Monday to close the bridge for repairs.\n"
                 "Work will start in May and last until the autumn.\n"
                 "- buses will run every ten minutes\n"
                 "- ferries will add evening crossings\n"
                 "The mayor said the closure could not wait.")


def block_gaps(pane: DocumentPane) -> dict[str, float]:
    gaps, block = {}, pane.document().begin()
    while block.isValid():
        gaps[block.text()] = block.blockFormat().bottomMargin()
        block = block.next()
    return gaps


def test_single_line_paragraphs_are_parted_but_list_items_stay_together(qtbot):
    result = compare_texts({"a.docx": ONE_LINE_EACH, "b.txt": "The bridge will close for repairs, the council said."})
    pane = DocumentPane()
    qtbot.addWidget(pane)
    pane.show_document(result, "a.docx", colours("light"))
    gaps = block_gaps(pane)
    assert gaps["The council voted on Monday to close the bridge for repairs."] > 0
    assert gaps["Work will start in May and last until the autumn."] > 0
    assert gaps["- buses will run every ten minutes"] == 0       # the list reads as one list
    assert gaps["- ferries will add evening crossings"] > 0      # and is parted from what follows
    assert pane.toPlainText() == ONE_LINE_EACH                   # nothing added to the text itself


def test_plain_text_with_blank_lines_gets_no_extra_gap(qtbot):
    text = "First paragraph here.\n\nSecond paragraph here."
    result = compare_texts({"a.txt": text})
    pane = DocumentPane()
    qtbot.addWidget(pane)
    pane.show_document(result, "a.txt", colours("light"))
    assert all(gap == 0 for gap in block_gaps(pane).values())
