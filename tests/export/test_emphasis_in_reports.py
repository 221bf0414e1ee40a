"""The report emphasises the same words the window does (one rule, core.emphasis)."""
from compareapp.core.emphasis import changed_words
from compareapp.export import ExportOptions
from compareapp.export.common import build_view


def test_report_marks_exactly_the_words_the_window_marks(seeds_result):
    view = build_view(seeds_result, ExportOptions())
    checked = throughout = 0
    for _, rows in view.reports:
        for row in rows:
            if row.status not in ("shared", "reworded"):
                continue
            sentence = seeds_result.sentence(row.id)
            emphasis = changed_words(seeds_result, row.id)
            expected = [(a - sentence.start, b - sentence.start) for a, b in emphasis.spans]
            marked = [(m.start, m.end) for m in row.marks if m.kind == "changed"]
            # a figure that differs wins over a changed word where both fall (the red mark)
            figures = [(m.start, m.end) for m in row.marks if m.kind == "number"]
            covered = {i for a, b in marked + figures for i in range(a, b)}
            assert all(i in covered for a, b in expected for i in range(a, b) if not sentence.text[i].isspace())
            assert {i for a, b in marked for i in range(a, b)} <= {i for a, b in expected for i in range(a, b)}
            if emphasis.throughout:
                throughout += 1
                assert "reworded throughout in" in row.margin_full and not marked
            checked += 1
    assert checked > 20 and throughout > 0


def test_a_near_identical_sentence_shows_its_one_changed_word():
    from compareapp import compare_texts

    a = "“Part of this money will go to rebuilding our academy,” the club president said. It opened in 1931."
    b = "“Part of this money will go into rebuilding our academy,” the club president said. It opened in 1931."
    r = compare_texts({"a.txt": a, "b.txt": b})
    view = build_view(r, ExportOptions())
    row = next(row for _, rows in view.reports for row in rows if row.id == r.document("a.txt").sentences[0].id)
    assert row.status == "shared"
    assert [row.text[m.start:m.end] for m in row.marks if m.kind == "changed"] == ["to"]


def test_the_quotation_table_says_which_source_names_which_speaker():
    from compareapp import compare_texts

    a = "Coach Ana Ruiz spoke after the match. “We were the better team today,” Ruiz said."
    b = "The sporting director, Tom Hale, was pleased. “We were the better team today,” Hale said."
    r = compare_texts({"a.txt": a, "b.txt": b})
    view = build_view(r, ExportOptions())
    row = next(q for q in view.quotes if len(q.variants) >= 1 and "better team" in q.variants[0].text)
    assert "speaker differs across sources" in row.flags
    assert set(row.speakers) == {"Ana Ruiz (a)", "Tom Hale (b)"}
