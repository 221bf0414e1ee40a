"""A note on a passage follows the passage by its text, whatever id the next
comparison gives its group; gone text detaches the note, never drops it."""
from dataclasses import replace

from compareapp.core.notes.anchoring import fingerprint, new_note, reanchor, sentence_ids_of
from compareapp.core.result import PassageGroup

from .helpers import REPORT_A, REPORT_B, result_of, sentence_id

REPORT_C = (
    "An oil depot in Bryansk was hit by Ukrainian drones overnight.\n"
    "According to the regional governor, three people were injured.\n"
)
TEXTS = {"a.txt": REPORT_A, "b.txt": REPORT_B, "c.txt": REPORT_C}


def compared(texts=TEXTS, groups=(("depot", "g1"), ("governor", "g2")), selected=None):
    """A comparison where each (needle, id) groups the sentence holding ``needle`` in every report."""
    plain = result_of(texts)
    ticked = selected or tuple(texts)
    built = []
    for needle, gid in groups:
        members = tuple(sentence_id(plain, d, needle) for d in ticked
                        if any(needle in s.text for s in plain.document(d).sentences))
        if len(members) > 1:
            built.append(PassageGroup(gid, "reworded", members))
    return replace(result_of(texts, built), selected=tuple(ticked))


def known(result):
    return {d.id: fingerprint(d) for d in result.documents}


def governor_note(result):
    gid = result.group_of(sentence_id(result, "a.txt", "governor")).id
    return new_note(result, "group", gid, "all three say three injured", "needs checking")


def governors(result, docs=("a.txt", "b.txt", "c.txt")):
    return {sentence_id(result, d, "governor") for d in docs}


def test_a_new_comparison_numbering_groups_otherwise_moves_the_note_to_its_passage():
    old = compared()
    note = governor_note(old)
    assert note.target_id == "g2"
    # c.txt unticked: the governor passage is now g1, and g2 names another passage
    unticked = compared(groups=(("governor", "g1"), ("depot", "g2")), selected=("a.txt", "b.txt"))
    (moved,) = reanchor([note], unticked, known(old))
    assert (moved.target_id, moved.detached) == ("g1", False)
    assert set(sentence_ids_of(moved, unticked)) >= governors(unticked, ("a.txt", "b.txt"))


def test_a_passage_no_longer_shared_keeps_its_note_on_the_text_and_names_no_other_group():
    old = compared()
    note = governor_note(old)
    # only a.txt and b.txt ticked, and b.txt's governor sentence not grouped: g2 is the depot passage now
    alone = compared(groups=(("depot", "g2"),), selected=("a.txt", "b.txt"))
    (moved,) = reanchor([note], alone, known(old))
    assert moved.target_id != "g2" and not moved.detached
    assert sentence_id(alone, "a.txt", "governor") in sentence_ids_of(moved, alone)
    # ticked again, renumbered once more: back on the passage, all three reports marked
    again = compared(groups=(("governor", "g7"), ("depot", "g8")))
    (back,) = reanchor([moved], again, known(old))
    assert back.target_id == "g7" and set(sentence_ids_of(back, again)) == governors(again)
    assert reanchor([back], again, known(old)) == (back,)  # settled: nothing to save on the next run


def test_a_counterpart_reworded_beyond_recognition_is_still_marked_while_grouped():
    old = compared()
    note = governor_note(old)
    rewritten = dict(TEXTS, **{"c.txt": REPORT_C.replace(
        "According to the regional governor, three people were injured.",
        "Three were hurt, said the region's governor on Telegram, giving no names.")})
    new = compared(rewritten, groups=(("governor", "g4"),))
    (moved,) = reanchor([note], new, known(old))
    assert moved.target_id == "g4" and set(sentence_ids_of(moved, new)) == governors(new)


def test_a_report_added_to_the_passage_is_marked_too():
    old = compared(dict(TEXTS, **{"c.txt": "Markets were calm on Monday.\n"}))
    note = governor_note(old)
    new = compared(groups=(("governor", "g3"),))
    (moved,) = reanchor([note], new, known(old))
    assert moved.target_id == "g3" and set(sentence_ids_of(moved, new)) == governors(new)


def test_a_passage_gone_from_every_report_detaches_the_note_and_keeps_it():
    old = compared()
    note = governor_note(old)
    gone = {name: "\n".join(line for line in text.splitlines() if "governor" not in line) + "\n"
            for name, text in TEXTS.items()}
    new = compared(gone, groups=(("depot", "g2"),))
    (moved,) = reanchor([note], new, known(old))
    assert moved.detached and moved.text == note.text and moved.verdict == "needs checking"
    assert sentence_ids_of(moved, new) == [] and moved.target_id != "g2"
    assert {a.exact for a in moved.anchors} == {a.exact for a in note.anchors}  # ready to come back
