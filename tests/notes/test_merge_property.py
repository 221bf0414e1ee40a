"""Two windows editing one folder's notes in any interleaving: the file always ends
with, for every note, its latest action (added or edited text, or gone if the
latest action was a delete). Nothing else is ever lost or brought back."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compareapp.core.notes.codec import new_note_id, now_iso, touched
from compareapp.core.notes.model import Note
from compareapp.core.notes.store import NotesStore

OPS = st.lists(st.tuples(st.integers(0, 1), st.sampled_from(["add", "edit", "delete", "sync"]),
                         st.integers(0, 50)), min_size=1, max_size=16)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_latest_action_wins_for_every_note(tmp_path_factory, ops):
    base = tmp_path_factory.mktemp("merge")
    folder, data_dir = base / "reports", base / "data"
    folder.mkdir()
    stores = [NotesStore(folder, data_dir), NotesStore(folder, data_dir)]
    views: list[dict[str, Note]] = [{}, {}]
    expected: dict[str, str | None] = {}  # note id -> text of its latest action, None = deleted
    for who, op, pick in ops:
        view = views[who]
        if op == "sync":
            views[who] = {n.id: n for n in stores[who].sync(view.values())}
            continue
        if op == "add" or not view:
            stamp = now_iso()
            note = Note(id=new_note_id(), target="source", target_id="a.txt",
                        text=f"added by {who}", created=stamp, modified=stamp)
            view[note.id] = note
            expected[note.id] = note.text
        else:
            target = sorted(view)[pick % len(view)]
            if op == "edit":
                view[target] = touched(view[target], text=f"edit {pick} by {who}")
                expected[target] = view[target].text
            else:
                del view[target]
                expected[target] = None
        views[who] = {n.id: n for n in stores[who].save(view.values())}
    final = {n.id: n.text for n in NotesStore(folder, data_dir).load()}
    assert final == {k: v for k, v in expected.items() if v is not None}
