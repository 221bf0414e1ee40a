"""The short summary `compareapp compare FOLDER` prints without --json."""
from compareapp import compare_texts
from compareapp.core.summary import human_summary

WIRE = ("ODESA (Harbour News): Two cargo ships left the port on Tuesday after a week of delays. "
        "The grain they carry is bound for Egypt, the port authority said.")
REWRITE = ("Two cargo ships left Odesa's port on Tuesday following a week of delays. "
           "A festival of street music opened in the city centre the same evening.")


def test_summary_lists_sources_shares_outlet_and_closest_pair():
    text = human_summary(compare_texts({"wire.txt": WIRE, "rewrite.txt": REWRITE}))
    lines = text.splitlines()
    assert lines[0] == "2 sources"
    assert "outlet" in lines[1]
    wire = next(line for line in lines if line.strip().startswith("wire.txt"))
    assert "Harbour News" in wire
    assert "closest pairs:" in lines
    assert any("wire.txt" in line and "rewrite.txt" in line and "~" in line for line in lines)


def test_no_outlet_column_when_no_text_names_one():
    text = human_summary(compare_texts({"a.txt": "Rain fell all day.", "b.txt": "Rain fell all day long."}))
    assert "outlet" not in text.splitlines()[1]
