"""Sources list order (drag, sort by date), palettes and keyboard reach."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from compareapp.core.model import DocumentMeta
from compareapp.ui.palette import colours, palette_names
from ui_factory import settle


def dated(result, dates):
    docs = tuple(replace(d, meta=DocumentMeta(date=dates.get(d.id))) for d in result.documents)
    return replace(result, documents=docs)


def test_sort_by_date_orders_sources_and_panes_oldest_first(window, qtbot, result):
    window.set_result(dated(result, {"a.txt": "2025-07-20", "b.txt": None, "c.txt": "2025-07-18"}))
    with qtbot.waitSignal(window.resultChanged):
        window.sources.sort_button.click()
    assert window.sources.order() == ["c.txt", "a.txt", "b.txt"]  # undated last
    assert list(window.panes.panes) == ["c.txt", "a.txt", "b.txt"]


def test_moving_a_row_moves_its_pane(window, qtbot, result):
    window.set_result(result)
    model = window.sources.model
    with qtbot.waitSignal(window.resultChanged):
        row = model.takeRow(2)  # what a drag does: take the row out, put it back elsewhere
        model.insertRow(0, row)
    assert list(window.panes.panes) == ["c.txt", "a.txt", "b.txt"]
    assert window.panes.bands[0].pairs  # c and a share passages: a band joins them


def test_more_sources_than_panes_fold_to_the_first_few(window, qtbot, result):
    from dataclasses import replace as rep

    window.apply_preferences(rep(window.prefs, max_panes=2))
    window.set_result(result)
    assert list(window.panes.panes) == ["a.txt", "b.txt"]
    assert "Showing 2 of 3" in window.folded_note.text()


def test_palettes_differ_and_colour_blind_uses_okabe_ito_tints(window, result):
    assert set(palette_names()) >= {"light", "dark", "colour-blind"}
    for name in palette_names():
        c = colours(name)
        statuses = {c["shared"].name(), c["reworded"].name(), c["unique"].name(), c["selected"].name()}
        assert len(statuses) == 4, name  # every mark tells itself apart
    cb = colours("colour-blind")
    assert cb["shared_band"].name().upper() == "#56B4E9" and cb["reworded_band"].name().upper() == "#E69F00"
    from dataclasses import replace as rep

    window.apply_preferences(rep(window.prefs, palette="colour-blind"))
    window.set_result(result)
    pane = window.panes.panes["a.txt"]
    assert pane.format_at(0).background().color() == cb["shared"]


def test_every_command_has_a_shortcut_and_widgets_have_names(window):
    actions = window.actions_by_name
    for key in ("open", "export", "find", "next", "prev", "zoom_in", "zoom_out", "similarity", "prefs"):
        assert not actions[key].shortcut().isEmpty(), key
    assert actions["next"].shortcut().toString() == "F7"
    assert actions["prev"].shortcut().toString() == "Shift+F7"
    named = [window.sources.view, window.quotes.tree, window.panes, window.legend,
             window.progress, window.cancel_button, window.find_edit, window.filter_combo]
    assert all(w.accessibleName() for w in named)
    assert window.sources.view.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_activating_a_source_focuses_its_pane(window, qtbot, result):
    window.set_result(result)
    index = window.sources.model.index(2, 0)
    window.sources.view.activated.emit(index)
    qtbot.waitUntil(lambda: window.panes.panes["c.txt"].hasFocus())
    assert window.focused_doc == "c.txt"


def test_a_dragged_row_moves_its_pane_without_a_doubled_pane_on_the_way(window, qtbot, result):
    """A drag drops a copy of the row first and removes the original after: in between, the
    list held one source twice and the panes were rebuilt for it."""
    from PySide6.QtCore import QModelIndex

    window.set_result(result)
    model = window.sources.model
    seen: list[list[str]] = []
    window.sources.changed.connect(lambda ticked: seen.append(list(ticked)))
    model.dropMimeData(model.mimeData([model.index(2, 0)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    settle()
    assert seen == []
    with qtbot.waitSignal(window.resultChanged):
        model.removeRow(3)
    assert seen == [["c.txt", "a.txt", "b.txt"]]
    assert list(window.panes.panes) == ["c.txt", "a.txt", "b.txt"]
    assert window.sources.view.model().item(0).checkState() == Qt.CheckState.Checked


def test_the_sources_footer_says_how_many_are_compared_after_an_untick(window, qtbot, result):
    window.set_result(result)
    assert window.sources.summary.text() == "3 sources"
    with qtbot.waitSignal(window.resultChanged):
        window.sources.set_ticked("c.txt", False)
    assert window.sources.summary.text() == "2 of 3 sources compared"
    with qtbot.waitSignal(window.resultChanged):
        window.sources.set_ticked("c.txt", True)
    assert window.sources.summary.text() == "3 sources"
