"""Web pages: the article's tables in place, and pages whose declared charset
is not the one they were saved in. The pages are written here (and in
tests/data/web/, a whole page with menus, sidebar and footer)."""
from __future__ import annotations

from pathlib import Path

import pytest

from compareapp.core.reading import read_file
from compareapp.core.reading.webpage import decode_html

WEB = Path(__file__).resolve().parent.parent / "data" / "web"


def _read(tmp_path, page: str | bytes, name: str = "p.html"):
    path = tmp_path / name
    if isinstance(page, str):
        path.write_text(page, encoding="utf-8")
    else:
        path.write_bytes(page)
    doc = read_file(str(path), str(tmp_path))
    assert not hasattr(doc, "reason"), doc
    return doc


def _paragraphs(doc) -> list[tuple[str, bool, str]]:
    return [(p.kind, p.boilerplate, doc.text[p.start:p.end]) for p in doc.paragraphs]


# ------------------------------------------------------------------ tables

def test_a_whole_page_keeps_the_article_tables_in_place_and_leaves_menus_out():
    doc = read_file(str(WEB / "cup-final.html"))
    got = _paragraphs(doc)
    assert [text for _, _, text in got] == [
        "Kharkiv Lions win the cup on penalties",
        "By Olena Marchenko · 13 January 2026",
        "Kyiv — Kharkiv Lions won the national cup for the first time on Monday night, beating Dnipro Rovers "
        "4-3 on penalties after a goalless final in front of 41,000 fans.",
        "Goalkeeper Andriy Savchuk saved two spot-kicks in the shoot-out, and captain Maksym Bondar scored the "
        "winning penalty in the cold of the Olympic Stadium.",
        # a data table: its caption, then a row a line, in the place it has in the article
        "Cup results, last round",
        "| Home | Score | Away | Attendance |",
        "| Kharkiv Lions | 0-0 (4-3 pens) | Dnipro Rovers | 41,000 |",
        "| Lviv United | 2-1 | Odesa Mariners | 18,500 |",
        "| Poltava City | 1-3 | Zaporizhzhia Steel | 9,200 |",
        "\"We waited twenty years for this night,\" Bondar told reporters after the match, holding the trophy "
        "above his head as the fans sang behind him.",
        # a layout table (two columns of prose): its paragraphs, as prose
        "Dnipro coach Serhiy Levchenko said his side had the better chances in extra time. \"We hit the post "
        "twice and their keeper was brilliant,\" he said. He added that the team would now focus on the league.",
        "The final was the first played in Kyiv since 2021. Organisers said the stadium was full an hour before "
        "kick-off, and that trains were added to bring fans home after midnight.",
        # the share buttons drawn as a table are gone
        "The Lions will play in the European qualifiers in July, the federation said on Tuesday.",
        # a table after the last paragraph is still the article's
        "| Team | Cup wins | Last win |",
        "| Dnipro Rovers | 5 | 2019 |",
        "| Kharkiv Lions | 1 | 2026 |",
    ]
    kinds = {text: kind for kind, _, text in got}
    assert kinds["| Lviv United | 2-1 | Odesa Mariners | 18,500 |"] == "table-row"
    assert kinds["The final was the first played in Kyiv since 2021. Organisers said the stadium was full an hour "
                 "before kick-off, and that trains were added to bring fans home after midnight."] == "body"
    # rows are compared: each is one sentence, figures with their label
    row = next(s for s in doc.sentences if s.text.startswith("| Lviv United"))
    assert not row.boilerplate and row.words == 6
    for menu in ("Basketball", "Most read", "Brazilian striker", "Privacy", "Share on", "Contact us"):
        assert menu not in doc.text
    assert (doc.meta.title, doc.meta.outlet, doc.meta.place, doc.meta.date) == \
        ("Kharkiv Lions win the cup on penalties", "Kyiv Sport Review", "Kyiv", "2026-01-13")


OLD_SITE = """<html><head><meta charset="utf-8"><title>Floods</title></head><body>
<table width="100%"><tr>
<td class="left" width="150"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a><br>
<a href="/weather">Weather</a><br><a href="/contact">Contact</a></td>
<td class="content">
<h1>Flood waters recede in Manchester</h1>
<p>Manchester — Flood waters began to recede on Sunday after three days of heavy rain forced hundreds of families
from their homes, the city council said.</p>
<p>Emergency crews pumped water from streets in the city centre overnight, and the Environment Agency lifted two
of its five severe flood warnings.</p>
<table border="1"><tr><th>River</th><th>Peak level (m)</th><th>Warning</th></tr>
<tr><td>Irwell</td><td>4.2</td><td>Severe</td></tr><tr><td>Mersey</td><td>3.1</td><td>Flood alert</td></tr></table>
<p>The council said schools in the worst-hit districts would stay closed until Wednesday while engineers checked
the buildings for damage.</p>
</td></tr></table>
<table><tr><td>© 2025 Old Site</td><td><a href="/privacy">Privacy</a></td><td><a href="/terms">Terms</a></td></tr></table>
</body></html>"""


def test_a_page_laid_out_in_a_table_gives_its_article_and_the_nested_data_table(tmp_path):
    doc = _read(tmp_path, OLD_SITE)
    texts = [text for _, _, text in _paragraphs(doc)]
    rows = [i for i, t in enumerate(texts) if t.startswith("|")]
    assert [texts[i] for i in rows] == ["| River | Peak level (m) | Warning |", "| Irwell | 4.2 | Severe |",
                                        "| Mersey | 3.1 | Flood alert |"]
    assert texts[rows[0] - 1].startswith("Emergency crews") and texts[rows[-1] + 1].startswith("The council said")
    for menu in ("Weather", "Old Site", "Privacy"):
        assert menu not in doc.text
    assert doc.meta.place == "Manchester"


def test_a_short_page_gives_table_rows_not_a_cell_a_line(tmp_path):
    page = """<html><head><meta charset="utf-8"><title>Results</title></head><body>
    <nav><table><tr><td><a href="/">Home</a></td><td><a href="/sport">Sport</a></td></tr></table></nav>
    <h2>Cup results</h2>
    <table><tr><th>Home</th><th>Score</th><th>Away</th></tr>
    <tr><td>Kharkiv Lions</td><td>0-0</td><td>Dnipro Rovers</td></tr>
    <tr><td>Lviv United</td><td>2-1</td><td>Odesa Mariners</td></tr></table>
    <footer><table><tr><td>© 2026 Kyiv Sport Review</td><td><a href="/p">Privacy</a></td></tr></table></footer>
    </body></html>"""
    doc = _read(tmp_path, page)
    assert doc.text == ("Cup results\n| Home | Score | Away |\n| Kharkiv Lions | 0-0 | Dnipro Rovers |\n"
                        "| Lviv United | 2-1 | Odesa Mariners |")


def test_a_page_without_tables_reads_as_before(tmp_path):
    page = OLD_SITE.replace("<table", "<div").replace("</table>", "</div>").replace("<tr>", "<div>") \
        .replace("</tr>", "</div>").replace("<td", "<div").replace("</td>", "</div>").replace("<th>", "<b>") \
        .replace("</th>", "</b>")
    doc = _read(tmp_path, page)
    assert "|" not in doc.text and "Emergency crews pumped water" in doc.text


# --------------------------------------------------------------- encodings

UK = ("Президент України Володимир Зеленський запропонував Росії новий раунд переговорів наступного тижня, "
      "заявив він у суботу у своєму вечірньому зверненні.")
EN = "KYIV — Ukraine’s president said “we are ready” to talk; the café owner called the résumé naïve."
PL = "Prezydent Polski powiedział, że rozmowy w Łodzi zakończą się w środę, a żołnierze wrócili do koszar."


def _page(declaration: str, text: str, short: bool = False) -> str:
    body = f"<p>{text}</p>" if short else \
        f"<article><h1>Talks</h1><p>{text}</p><p>{text}</p><p>{text}</p></article>"
    return f"<html><head>{declaration}<title>Talks</title></head><body>{body}</body></html>"


META = "<meta charset='{}'>"
HTTP_EQUIV = "<meta http-equiv='Content-Type' content='text/html; charset={}'>"


@pytest.mark.parametrize("declaration,declared,saved,text", [
    (META, "windows-1251", "utf-8", UK),  # re-saved as UTF-8, the old declaration kept
    (META, "utf-8", "cp1251", UK),
    (HTTP_EQUIV, "iso-8859-1", "cp1251", UK),
    (META, "utf-8", "cp1252", EN),
    (META, "windows-1252", "cp1252", EN),  # the declaration is right: trafilatura alone guessed cp1250 ("naďve")
    (HTTP_EQUIV, "iso-8859-1", "cp1252", EN),  # curly quotes are cp1252 bytes, as browsers read "iso-8859-1"
    (META, "windows-1251", "cp1252", EN),
    (META, "iso-8859-2", "iso-8859-2", PL),
    (META, "utf-8", "cp1250", PL),
    (META, "koi8-u", "cp1251", UK),
])
@pytest.mark.parametrize("short", [False, True], ids=["article", "short page"])
def test_declared_and_actual_encodings_differ(tmp_path, declaration, declared, saved, text, short):
    page = _page(declaration.format(declared), text, short)
    doc = _read(tmp_path, page.encode(saved))
    assert text in doc.text


def test_an_xml_declaration_is_a_declaration_too(tmp_path):
    page = '<?xml version="1.0" encoding="windows-1251"?>\n' + _page("", UK)
    doc = _read(tmp_path, page.encode("cp1251"), "p.xhtml")
    assert UK in doc.text


def test_decode_html_names_the_encoding_it_used():
    assert decode_html(_page(META.format("windows-1251"), UK).encode("cp1251"))[1] == "cp1251"
    assert decode_html(_page(META.format("windows-1251"), UK).encode("utf-8"))[1] == "utf-8"
    assert decode_html(_page(META.format("utf-8"), EN).encode("cp1252"))[1] == "cp1252"
    assert decode_html(b"\xef\xbb\xbf" + _page("", EN).encode("utf-8"))[1] == "utf-8"


def test_a_headline_repeated_in_a_breadcrumb_does_not_widen_the_article(tmp_path):
    # the breadcrumb repeats the headline and the sidebar is an unnamed <div>
    page = (WEB / "cup-final.html").read_text(encoding="utf-8")
    page = page.replace('<div class="breadcrumb"><a href="/">Home</a> › <a href="/football">Football</a> › Cup</div>',
                        '<div><a href="/">Home</a> › Kharkiv Lions win the cup on penalties</div>')
    page = page.replace('<aside class="sidebar">', "<div>").replace("</aside>", "</div>")
    page = page.replace('<td><a href="/a">', "<td>").replace('<td><a href="/b">', "<td>")
    doc = _read(tmp_path, page)
    assert "Brazilian striker" not in doc.text and "| Kharkiv Lions | 1 | 2026 |" in doc.text


def _harbour_page(head: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in [
        "The harbour reopened on Thursday after two days of storms, the port authority said.",
        "Ferries resumed their crossings in the afternoon, and freight followed in the evening.",
        "Officials said repairs to the north pier would take another month to complete.",
    ])
    return (f"<html><head><title>Harbour reopens</title>{head}</head><body><article>{paragraphs}</article>"
            f"<footer>{body}</footer></body></html>").encode()


def test_a_copyright_year_is_not_taken_for_the_date(tmp_path):
    from compareapp.core.reading.webpage import read_html

    _, meta = read_html(_harbour_page("", "© 2025 Harbour Media. All rights reserved."))
    assert meta.date is None  # not 2025-01-01, a day nobody wrote


def test_a_stated_new_year_date_is_kept():
    from compareapp.core.reading.webpage import read_html

    _, meta = read_html(_harbour_page('<meta property="article:published_time" content="2025-01-01T09:00:00Z">',
                              "© 2025 Harbour Media"))
    assert meta.date == "2025-01-01"
    _, meta = read_html(_harbour_page('<meta property="article:published_time" content="2025-03-04T09:00:00Z">', ""))
    assert meta.date == "2025-03-04"
