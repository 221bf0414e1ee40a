"""Notes find their text again after the reports change; lost text detaches, never drops."""
from dataclasses import replace

from compareapp.core.notes.anchoring import fingerprint, locate, new_note, reanchor, sentence_ids_of

from .helpers import REPORT_A, REPORT_B, grouped_result, result_of, sentence_id


def _known(result):
    return {d.id: fingerprint(d) for d in result.documents}


def _note_on(result, doc_id, needle, text="checked against the transcript"):
    return new_note(result, "sentence", sentence_id(result, doc_id, needle), text, "verified")


def test_sentence_note_anchors_exact_text_with_context():
    r = result_of({"a.txt": REPORT_A})
    note = _note_on(r, "a.txt", "governor")
    (a,) = note.anchors
    assert a.exact == "The regional governor said three people were injured and two houses damaged."
    assert a.prefix.endswith("overnight.\n") and a.suffix.startswith("\n\"We will")
    assert REPORT_A[a.start:a.start + len(a.exact)] == a.exact
    assert note.doc_id == "a.txt" and not note.detached


def test_sentence_changed_slightly_keeps_the_note_on_it():
    old = result_of({"a.txt": REPORT_A})
    note = _note_on(old, "a.txt", "governor")
    edited = REPORT_A.replace("three people were injured", "four people were injured")
    new = result_of({"a.txt": edited})
    (moved,) = reanchor([note], new, _known(old))
    assert not moved.detached
    assert moved.target_id == sentence_id(new, "a.txt", "governor")
    assert "four people" in moved.anchors[0].exact  # the anchor follows today's text
    assert moved.text == note.text and moved.verdict == "verified" and moved.id == note.id


def test_paragraph_inserted_above_moves_the_note_down():
    old = result_of({"a.txt": REPORT_A})
    note = _note_on(old, "a.txt", "Officials gave")
    new_text = "UPDATE: This story has been updated with new figures. More to follow.\n" + REPORT_A
    new = result_of({"a.txt": new_text})
    (moved,) = reanchor([note], new, _known(old))
    target = new.sentence(moved.target_id)
    assert target.text == "Officials gave no further details about the strike."
    assert target.index == old.sentence(note.target_id).index + 2
    assert moved.anchors[0].start == new_text.index("Officials gave")


def test_file_renamed_note_follows_its_content():
    old = result_of({"a.txt": REPORT_A, "b.txt": REPORT_B})
    note = _note_on(old, "a.txt", "governor")
    new = result_of({"depot-story-v2.txt": REPORT_A, "b.txt": REPORT_B})
    (moved,) = reanchor([note], new, _known(old))
    assert moved.doc_id == "depot-story-v2.txt" and not moved.detached
    assert new.sentence(moved.target_id).text.startswith("The regional governor said three")


def test_file_renamed_and_edited_is_recognised_by_its_opening():
    old = result_of({"a.txt": REPORT_A, "b.txt": REPORT_B})
    note = _note_on(old, "a.txt", "Officials gave")
    edited = REPORT_A.replace("Officials gave no further", "Officials gave no more")
    new = result_of({"a-final.txt": edited, "b.txt": REPORT_B})
    (moved,) = reanchor([note], new, _known(old))
    assert moved.doc_id == "a-final.txt" and not moved.detached
    assert "no more details" in new.sentence(moved.target_id).text


def test_without_fingerprints_the_text_is_searched_in_every_report():
    # e.g. notes imported from a colleague whose file had another name
    old = result_of({"colleague.txt": REPORT_A})
    note = _note_on(old, "colleague.txt", "governor")
    new = result_of({"b.txt": REPORT_B, "mine.txt": REPORT_A})
    (moved,) = reanchor([note], new)
    assert moved.doc_id == "mine.txt"


def test_text_gone_detaches_but_keeps_the_note_and_reattaches_if_it_returns():
    old = result_of({"a.txt": REPORT_A})
    note = _note_on(old, "a.txt", "governor")
    cut = REPORT_A.replace(
        "The regional governor said three people were injured and two houses damaged.\n", "")
    gone = result_of({"a.txt": cut})
    (detached,) = reanchor([note], gone, _known(old))
    assert detached.detached and detached.text == note.text and detached.verdict == "verified"
    assert detached.anchors[0].exact == note.anchors[0].exact  # what it was made on is kept
    assert sentence_ids_of(detached, gone) == []
    (back,) = reanchor([detached], old, _known(old))
    assert not back.detached and back.target_id == note.target_id


def test_deleted_sentence_does_not_jump_to_another_report_sharing_it():
    shared = "Officials gave no further details about the strike."
    old = result_of({"a.txt": REPORT_A, "b.txt": REPORT_B + shared + "\n"})
    note = _note_on(old, "a.txt", "Officials gave")
    new = result_of({"a.txt": REPORT_A.replace(shared, "Nothing else was said."),
                     "b.txt": REPORT_B + shared + "\n"})
    (moved,) = reanchor([note], new, _known(old))
    assert moved.detached


def test_rewritten_sentence_is_not_matched_to_an_unrelated_one():
    old = result_of({"a.txt": REPORT_A})
    note = _note_on(old, "a.txt", "governor")
    new = result_of({"a.txt": REPORT_A.replace(
        "The regional governor said three people were injured and two houses damaged.",
        "Local authorities have not commented.")})
    assert reanchor([note], new, _known(old))[0].detached


def test_repeated_sentence_is_told_apart_by_its_context():
    text = ("First section opens here.\nNo comment was given.\nSecond section opens here.\n"
            "No comment was given.\nThe end of the story.\n")
    old = result_of({"a.txt": text})
    second = [s for s in old.document("a.txt").sentences if s.text == "No comment was given."][1]
    note = new_note(old, "sentence", second.id, "the second one")
    new = result_of({"a.txt": "Breaking.\n" + text})
    (moved,) = reanchor([note], new, _known(old))
    assert new.sentence(moved.target_id).start == ("Breaking.\n" + text).rindex("No comment")


def test_locate_finds_a_quotation_inside_a_longer_sentence():
    r = result_of({"a.txt": REPORT_A})
    doc = r.document("a.txt")
    note = new_note(r, "sentence", sentence_id(r, "a.txt", "governor"))
    anchor = replace(note.anchors[0], exact="We will respond to every single attack,")
    found = locate(anchor, doc)
    assert found is not None and "We will respond to every attack" in doc.text[found.start:found.end]


def test_group_and_quote_notes_follow_new_group_ids():
    old = grouped_result({"a.txt": REPORT_A, "b.txt": REPORT_B}, "g1", "q1")
    group_note = new_note(old, "group", "g1", "both say three injured", "disputed")
    quote_note = new_note(old, "quote_group", "q1", "minister's words", "needs checking")
    assert len(group_note.anchors) == 2 and len(quote_note.anchors) == 2
    # A re-run numbers groups differently and a paragraph was added to b.
    new = grouped_result({"a.txt": REPORT_A, "b.txt": "Update at noon.\n" + REPORT_B}, "g7", "q4")
    g, q = reanchor([group_note, quote_note], new, _known(old))
    assert (g.target_id, g.detached) == ("g7", False)
    assert (q.target_id, q.detached) == ("q4", False)
    assert set(sentence_ids_of(g, new)) == set(new.groups[0].members)


def test_source_note_follows_a_renamed_report_and_detaches_when_it_is_gone():
    old = result_of({"a.txt": REPORT_A, "b.txt": REPORT_B})
    note = new_note(old, "source", "b.txt", "copied from a.txt", "copy")
    renamed = result_of({"a.txt": REPORT_A, "b-renamed.txt": REPORT_B})
    (moved,) = reanchor([note], renamed, _known(old))
    assert (moved.target_id, moved.doc_id, moved.detached) == ("b-renamed.txt", "b-renamed.txt", False)
    (gone,) = reanchor([note], result_of({"a.txt": REPORT_A}), _known(old))
    assert gone.detached and gone.text == "copied from a.txt"


def test_a_report_taken_for_the_renamed_one_by_its_opening_is_not_the_only_place_looked():
    header = "REUTERS WORLD NEWS - all rights reserved - page furniture that every story carries\n" * 4
    old = result_of({"a.txt": header + REPORT_A})
    note = _note_on(old, "a.txt", "governor")
    # a.txt is gone; a new report with the same header but another story, and the
    # real successor whose opening was rewritten.
    new = result_of({"other.txt": header + "Markets rallied on Tuesday in Asia.\n",
                     "z-final.txt": "NEW TOP.\n" + REPORT_A})
    (moved,) = reanchor([note], new, _known(old))
    assert moved.doc_id == "z-final.txt" and not moved.detached
