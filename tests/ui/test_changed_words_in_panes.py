"""A near-identical (shared) sentence shows the word that changed, as a reworded one does:
one edited word in a quotation is exactly what a fact-checker looks for."""
from compareapp import compare_texts
from compareapp.ui.palette import colours
from compareapp.ui.text_pane import DocumentPane

A = "“Part of this money will go to rebuilding our academy,” the club president said. It opened in 1931."
B = "“Part of this money will go into rebuilding our academy,” the club president said. It opened in 1931."


def test_the_changed_word_of_a_shared_sentence_is_marked(qtbot):
    result = compare_texts({"a.txt": A, "b.txt": B})
    assert result.status(result.document("a.txt").sentences[0].id) == "shared"
    pane = DocumentPane()
    qtbot.addWidget(pane)
    light = colours("light")
    pane.show_document(result, "a.txt", light)
    changed = light["changed"].name()
    marked = "".join(A[i] for i in range(len(A)) if pane.format_at(i).foreground().color().name() == changed)
    assert marked == "to"
