"""Notes on a source the user unticked: still attached (its text is in its report,
the report is only not shown), shown greyed as "not shown" with an offer to show
it again, never written to disk as detached or re-placed because of a tick, and
exactly as before once the source is ticked again. Exports from the window cover
the ticked sources and list notes on the others as in sources left out (pytest-qt,
the real engine on seeds/)."""
from __future__ import annotations

import json
import re
import shutil

import pytest
from PySide6.QtCore import Qt

from ui_factory import SEEDS


@pytest.fixture
def seeds_window(window, qtbot, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    with qtbot.waitSignal(window.comparisonFinished, timeout=60000):
        window.open_folder(str(folder))
    return window


def rows(window):
    tree = window.notes_panel.tree
    return [[" ".join(tree.topLevelItem(i).text(c).split()) for c in range(3)]
            for i in range(tree.topLevelItemCount())]


def row_of(window, text):
    tree = window.notes_panel.tree
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(2) == text)


def saved(window) -> bytes:
    return window.notes_controller.store.path.read_bytes()


def set_ticked(window, qtbot, doc_id, ticked):
    with qtbot.waitSignal(window.resultChanged, timeout=30000):
        window.sources.set_ticked(doc_id, ticked)


def add_four_notes(window):
    """A sentence, its passage, a quotation only this source carries and the source itself."""
    result = window.current_result()
    lone = [g for g in result.quote_groups if len(g.doc_ids) == 1]
    passages = [m for g in result.groups for m in g.members]
    if not lone or not passages:
        pytest.skip("engine gives no passage or single-source quotation on seeds/")
    quote_group = lone[0]
    doc = quote_group.doc_ids[0]
    sentence = next((m for m in passages if result.sentence(m).doc_id == doc), None)
    if sentence is None:
        pytest.skip("that source shares no passage")
    panel = window.notes_panel
    window.sentenceSelected.emit(sentence)
    panel.add_note("sentence", "sentence note", "verified")
    panel.add_note("group", "passage note", "disputed")
    panel.add_note("source", "source note", "needs checking")
    panel.selected_quote_group = quote_group.id
    panel.add_note("quote_group", "quotation note")
    return doc


def test_notes_on_an_unticked_source_stay_attached_and_come_back_unchanged(seeds_window, qtbot):
    w = seeds_window
    panel, controller = w.notes_panel, w.notes_controller
    doc = add_four_notes(w)
    name = w.current_result().document(doc).name
    before_rows, before_notes, before_disk = rows(w), controller.notes(), saved(w)
    before_marks = set(w.note_ids)

    set_ticked(w, qtbot, doc, False)
    assert doc not in w.current_result().selected
    assert not any(n.detached for n in controller.notes())
    assert not any("detached" in r[0] or "⚠" in r[0] for r in rows(w))
    assert saved(w) == before_disk  # an untick writes nothing
    assert not any(n["detached"] for n in json.loads(saved(w))["notes"])
    # the notes only on the unticked source: greyed, said to be in a source not shown
    for text in ("sentence note", "source note", "quotation note"):
        item = row_of(w, text)
        assert "not shown" in item.text(0), item.text(0)
        assert "not ticked" in item.toolTip(0) and name in item.toolTip(0)
        assert item.foreground(0).color() == Qt.GlobalColor.darkGray
        assert not item.font(0).italic()  # italic is for detached notes
    # the passage note is in sources still shown: as before
    passage = row_of(w, "passage note")
    assert "not shown" not in passage.text(0) and passage.foreground(0).color() != Qt.GlobalColor.darkGray

    # clicking a hidden note says so and offers to show its source
    item = row_of(w, "sentence note")
    panel.tree.setCurrentItem(item)
    panel.tree.itemClicked.emit(item, 0)
    assert "not shown" in panel.message_label.text() and name in panel.message_label.text()
    assert not panel.show_source_button.isHidden() and name in panel.show_source_button.text()
    with qtbot.waitSignal(w.resultChanged, timeout=30000):
        qtbot.mouseClick(panel.show_source_button, Qt.MouseButton.LeftButton)
    assert doc in w.sources.ticked() and panel.show_source_button.isHidden()

    # everything as before: rows, notes, marks, and the file untouched
    assert rows(w) == before_rows
    assert controller.notes() == before_notes
    assert set(w.note_ids) == before_marks
    assert saved(w) == before_disk


def test_nothing_ticked_keeps_every_note_and_the_file(seeds_window, qtbot):
    w = seeds_window
    controller = w.notes_controller
    add_four_notes(w)
    before_rows, before_notes, before_disk = rows(w), controller.notes(), saved(w)
    ids = [d.id for d in w.current_result().documents]
    for doc_id in ids:
        set_ticked(w, qtbot, doc_id, False)
    assert all("not shown" in r[0] for r in rows(w)) and not any(n.detached for n in controller.notes())
    w.export_dialog()  # a report of the ticked sources: none
    assert "No source is ticked" in w.statusBar().currentMessage()
    # an edit while nothing is shown saves the edit, and only the edit
    note = next(n for n in controller.notes() if n.text == "passage note")
    controller.edit(note.id, text="passage note, checked")
    on_disk = {n["id"]: n for n in json.loads(saved(w))["notes"]}
    was = {n["id"]: n for n in json.loads(before_disk)["notes"]}
    assert on_disk[note.id]["text"] == "passage note, checked"
    assert {k: v for k, v in on_disk[note.id].items() if k not in ("text", "modified")} == \
        {k: v for k, v in was[note.id].items() if k not in ("text", "modified")}
    assert {k: v for k, v in on_disk.items() if k != note.id} == {k: v for k, v in was.items() if k != note.id}
    w.notes_undo_action.trigger()
    for doc_id in ids:
        set_ticked(w, qtbot, doc_id, True)
    assert rows(w) == before_rows and controller.notes() == before_notes


def test_export_with_a_source_unticked_leaves_its_notes_out_not_detached(seeds_window, qtbot, tmp_path):
    w = seeds_window
    doc = add_four_notes(w)
    set_ticked(w, qtbot, doc, False)
    out = tmp_path / "report.json"
    with qtbot.waitSignal(w.exportFinished, timeout=30000):
        w.export_to(str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert doc not in data["export"]["sources"] and doc not in [d["id"] for d in data["documents"]]
    where = {n["text"]: n["where"] for n in data["notes"]}
    assert not any("detached" in v for v in where.values()), where
    assert "sentence note" not in where and "source note" not in where  # on the left-out source only
    assert where["quotation note"].startswith("in a source left out of this report")
    assert not where["passage note"].startswith("in a source left out")  # its other sources are in
    assert not any(n["detached"] for n in data["notes"])

    html = tmp_path / "report.html"
    with qtbot.waitSignal(w.exportFinished, timeout=30000):
        w.export_to(str(html))
    text = re.sub(r"<[^>]+>", " ", html.read_text(encoding="utf-8"))
    assert "detached" not in text and "in a source left out of this report" in text


def test_a_view_that_leaves_the_unticked_report_out_detaches_nothing(qtbot, tmp_path):
    """However a view is made (here one that holds only the ticked reports), a note
    on the others keeps its place: only a comparison over all sources re-places
    and saves notes."""
    from test_group_notes_ui import TEXTS, compared
    from test_notes_ui import open_window

    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    full = compared(folder, {"g1": 0, "g2": 1})
    w = open_window(qtbot, tmp_path / "appdata")
    w.full_result = full
    w.resultChanged.emit(full)
    w.sentenceSelected.emit("c.txt#1")
    panel, controller = w.notes_panel, w.notes_controller
    for target, text in (("sentence", "on c"), ("source", "on c's source"), ("group", "on the passage")):
        panel.add_note(target, text)
    before, disk = controller.notes(), controller.store.path.read_bytes()

    from dataclasses import replace
    view = replace(compared(folder, {"g1": 0, "g2": 1}, ticked=("a.txt", "b.txt")),
                   documents=tuple(d for d in full.documents if d.id != "c.txt"))
    w.resultChanged.emit(view)
    assert not any(n.detached for n in controller.notes())
    assert controller.store.path.read_bytes() == disk
    hidden = {n.text for n in controller.notes() if controller.hidden_sources(n)}
    assert hidden == {"on c", "on c's source"}  # the passage is in a.txt and b.txt too
    assert not any("detached" in r[0] for r in rows(w))

    w.resultChanged.emit(full)
    assert controller.notes() == before and controller.store.path.read_bytes() == disk
