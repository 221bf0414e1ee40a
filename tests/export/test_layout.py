"""The PDF's own line layout and the marks it draws: no word lost, reordered or
pushed past the margin, whatever the text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compareapp.export.common import Mark, _merge, _trim, locate, short_labels
from compareapp.export.pdf_text import FONT, Run, register_fonts, text_width, wrap

register_fonts()
WORD = st.text(alphabet=st.sampled_from("abcxyzАБВЖλμé’“”-,.0123"), min_size=1, max_size=14)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.lists(WORD, min_size=1, max_size=12), st.booleans()), min_size=1, max_size=6),
       st.floats(min_value=30, max_value=400))
def test_wrap_keeps_every_word_in_order_within_the_width(chunks, width):
    runs = [Run(" ".join(words) + " ", bold=bold) for words, bold in chunks]
    lines = wrap(runs, width, 9.0)
    text = " ".join("".join(f.text for f in line.frags).strip() for line in lines)
    original = " ".join(" ".join(words) for words, _ in chunks)
    assert text.replace(" ", "") == original.replace(" ", "")
    for line in lines:
        if len("".join(f.text for f in line.frags).split()) > 1:  # a lone over-long word is cut by characters
            assert line.width <= width + 0.01
        x = 0.0
        for f in line.frags:  # fragments abut: no gap, no overlap
            assert abs(f.x - x) < 1e-6
            assert abs(f.width - text_width(f.text, f.font, 9.0)) < 1e-6
            x += f.width


def test_explicit_line_breaks_and_long_words():
    lines = wrap([Run("one\ntwo three")], 500, 9)
    assert ["".join(f.text for f in line.frags) for line in lines] == ["one", "two three"]
    long = "x" * 200
    lines = wrap([Run(long)], 100, 9)
    assert "".join(f.text for line in lines for f in line.frags) == long
    assert all(line.width <= 100 for line in lines) and len(lines) > 1
    assert text_width("Зеленський", FONT, 10) > 0


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12), st.sampled_from(["changed", "number"])),
                max_size=8))
def test_marks_do_not_overlap_and_figures_win(spans):
    text = "At least one person was killed in Odesa today."
    marks = [Mark(s, min(s + n, len(text)), k) for s, n, k in spans if s < len(text)]
    out = _trim(_merge(marks), text)
    for a, b in zip(out, out[1:]):
        assert a.end <= b.start
    for m in out:
        assert not text[m.start].isspace() and not text[m.end - 1].isspace()
    for m in marks:
        if m.kind == "number":
            for i in range(m.start, m.end):
                if not text[i].isspace():
                    assert any(o.start <= i < o.end and o.kind == "number" for o in out)


def test_locate_takes_absolute_or_relative_offsets_or_finds_the_words():
    text = "Three people were killed."
    assert locate(text, 100, 100, 105, "Three") == (0, 5)  # absolute into the document
    assert locate(text, 100, 6, 12, "people") == (6, 12)  # already relative
    assert locate(text, 100, 999, 1003, "were") == (13, 17)  # offsets off: the words decide
    assert locate(text, 100, 999, 1003, "absent") is None


def test_short_labels():
    class D:
        def __init__(self, id):
            self.id = id

    assert short_labels([D("001_abc.txt"), D("002_def.txt")]) == {"001_abc.txt": "001", "002_def.txt": "002"}
    assert short_labels([D("bbc.html"), D("sub/reuters.txt")]) == {"bbc.html": "bbc", "sub/reuters.txt": "reuters"}
    # the same leading token twice: fall back to the whole stem
    assert short_labels([D("ap_1.txt"), D("ap_2.txt")]) == {"ap_1.txt": "ap_1", "ap_2.txt": "ap_2"}
    # the fewest leading words that tell a file from the others, not whole names
    # that break over lines in the narrow label columns
    assert short_labels([D("kyiv-sport-review.docx"), D("sportswire-v1-0912.txt"), D("sportswire-v2-1640.txt")]) \
        == {"kyiv-sport-review.docx": "kyiv", "sportswire-v1-0912.txt": "sportswire-v1",
            "sportswire-v2-1640.txt": "sportswire-v2"}
    assert short_labels([D("report.txt"), D("report-2.txt")]) == {"report.txt": "report", "report-2.txt": "report-2"}
    assert short_labels([D("brief.txt"), D("brief.html")]) == {"brief.txt": "brief.txt", "brief.html": "brief.html"}


def _rows(spec: list[str]):
    from compareapp.export.common import SentenceRow

    return [SentenceRow(f"{i}", "x", "unique", True, group=g or None) for i, g in enumerate(spec)]


def test_synoptic_rows_line_counterparts_up():
    from compareapp.export.synopsis import synoptic_rows

    a = _rows(["", "g1", "g2", "", "g3"])
    b = _rows(["g1", "", "g2", "g3", ""])
    rows = synoptic_rows([a, b])
    assert [[0], []] in rows  # a's own opening sentence first
    assert [[1], [0]] in rows and [[2], [2]] in rows and [[4], [3]] in rows  # counterparts share a row


def test_synoptic_rows_when_reports_order_things_differently():
    from compareapp.export.synopsis import synoptic_rows

    rows = synoptic_rows([_rows(["g1", "g2"]), _rows(["g2", "g1"])])
    # two passages swapped: one of them shares a row, the other's copies sit in the bands around it
    assert len(rows) == 3 and sum(1 for row in rows if all(row)) == 1


def _levelled(columns) -> set[str]:
    """The groups whose copies in every column carrying them start on one row."""
    from compareapp.export.synopsis import synoptic_rows

    rows = synoptic_rows(columns)
    starts: dict[str, dict[int, int]] = {}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            for i in cell:
                g = columns[c][i].group
                if g:
                    starts.setdefault(g, {}).setdefault(c, r)
    return {g for g, where in starts.items() if len(where) > 1 and len(set(where.values())) == 1}


def test_a_passage_moved_to_the_end_costs_only_its_own_row_whatever_the_column_order():
    # the reported gaps: with the first column leading, a passage moved in
    # *that* column pushed every other column's counterparts onto rows of their own
    lead = ["g1", "", "g2", "g3", "g4", "g5", "g6"]
    moved = ["g2", "g3", "", "g4", "g5", "g6", "g1"]
    for columns in ([lead, moved], [moved, lead]):
        assert _levelled([_rows(c) for c in columns]) == {"g2", "g3", "g4", "g5", "g6"}


def test_a_passage_moved_in_one_report_still_lines_up_across_the_others():
    from compareapp.export.synopsis import synoptic_rows

    columns = [_rows(c) for c in (["g1", "g2", "g3"], ["g1", "g2", "g3"], ["g2", "g3", "g1"])]
    rows = synoptic_rows(columns)
    assert [[0], [0], []] in rows  # g1 level in the first two, its moved copy lower down
    assert [[1], [1], [0]] in rows and [[2], [2], [1]] in rows


def test_own_sentences_of_several_columns_share_a_band_between_levelled_rows():
    from compareapp.export.synopsis import synoptic_rows

    rows = synoptic_rows([_rows(["g1", "", "", "g2"]), _rows(["g1", "", "g2"]), _rows(["g1", "g2", ""])])
    assert rows == [[[0], [0], [0]], [[1, 2], [1], []], [[3], [2], [1]], [[], [], [2]]]


def test_a_long_stretch_of_one_report_does_not_leave_the_others_blank():
    from compareapp.export.synopsis import MAX_WAIT, synoptic_rows

    stretch = [""] * (MAX_WAIT + 10)  # more own sentences than a levelled row may wait for
    columns = [_rows(["g1"] + stretch + ["g2"]), _rows(["g1", "g2", "", ""]), _rows(["g1"] + stretch + ["g2"])]
    rows = synoptic_rows(columns)
    assert rows[0] == [[0], [0], [0]]
    # the second report goes on beside the others' stretch instead of waiting below it for g2
    assert rows[1][1] == [1, 2, 3]
    # g2 still lines up where it costs no wait: across the first and third reports
    assert _levelled([columns[0], columns[2]]) >= {"g1", "g2"}
    assert any(row[0] and row[2] and columns[0][row[0][0]].group == "g2" == columns[2][row[2][0]].group
               for row in rows)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["", "g1", "g2", "g3", "g4", "g5", "g6"]), max_size=10), min_size=2, max_size=4),
       st.randoms(use_true_random=False))
def test_how_many_passages_are_levelled_does_not_depend_on_the_column_order(columns, rnd):
    shuffled = columns[:]
    rnd.shuffle(shuffled)
    assert len(_levelled([_rows(c) for c in columns])) == len(_levelled([_rows(c) for c in shuffled]))


def test_passages_that_go_round_in_a_circle_through_the_columns():
    from compareapp.export.synopsis import synoptic_rows

    # no two of them cross, yet g1 < g3 in the first, g2 < g1 in the second, g3 < g2 in the third
    rows = synoptic_rows([_rows(["g1", "g3"]), _rows(["g2", "g1"]), _rows(["g3", "g2"])])
    assert sorted(i for row in rows for i in row[0]) == [0, 1]
    assert sum(1 for row in rows if sum(map(bool, row)) > 1) == 2  # two of the three still line up


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["", "", "g1", "g2", "g3", "g4", "g5"]), max_size=12), min_size=1, max_size=4))
def test_synoptic_rows_place_every_sentence_once_in_order(columns):
    from compareapp.export.synopsis import synoptic_rows

    cols = [_rows(c) for c in columns]
    rows = synoptic_rows(cols)
    for c, col in enumerate(cols):
        placed = [i for row in rows for i in row[c]]
        assert placed == list(range(len(col)))
    assert all(any(cell for cell in row) for row in rows)
