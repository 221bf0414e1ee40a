"""Reading reports: formats, metadata, boilerplate, offsets the highlights rely on."""
from __future__ import annotations

import io
import json
import re
import unicodedata
from pathlib import Path

import pytest

from compareapp.core.model import Document, DocumentMeta
from compareapp.core.reading import document_from_text, load_folder, read_file
from compareapp.core.reading.boilerplate import is_boilerplate
from compareapp.core.reading.metadata import iso_date

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def _texts(doc: Document) -> list[str]:
    return [s.text for s in doc.sentences]


# ------------------------------------------------------------- the Document

def test_sentences_point_into_the_text_with_ids():
    doc = document_from_text("a.txt", "Headline\r\nKYIV — One two. Three “four.” Five?\r\n\r\nRead more\r\n")
    assert "\r" not in doc.text
    for i, s in enumerate(doc.sentences):
        assert s.id == f"a.txt#{i}" and s.index == i and s.doc_id == "a.txt"
        assert doc.text[s.start:s.end] == s.text
        p = doc.paragraphs[s.paragraph]
        assert p.start <= s.start and s.end <= p.end
    assert _texts(doc) == ["Headline", "KYIV —", "One two.", "Three “four.”", "Five?", "Read more"]
    assert [s.boilerplate for s in doc.sentences] == [False, True, False, False, False, True]
    assert doc.paragraphs[-1].boilerplate and not doc.paragraphs[0].boilerplate
    assert doc.sha256 and len(doc.sha256) == 64


def test_boilerplate_is_shown_but_not_counted():
    doc = document_from_text("a.txt", "Talks resume next week, officials said.\nShare this\nFollow us on Telegram\n"
                                      "Advertisement\nUpdated: 19 July 2025, 10:45\nRelated: Kyiv says no")
    assert [s.boilerplate for s in doc.sentences] == [False, True, True, True, True, True]
    assert "Share this" in doc.text
    assert doc.words == 6


@pytest.mark.parametrize("line,furniture", [
    # wire credits and revision notes: in every version of a wire story, saying nothing of the event
    ("(Reporting by Petra Holm; Editing by Tom Hale)", True),
    ("(Reporting by Ana Popa in Bucharest; Additional reporting by Li Wei; Editing by Mark Dorsey and Helen Ward)", True),
    ("Reporting by Anna Reyes in Almaty; writing by Tim Ash", True),
    ("— Additional reporting by Dana Sarsenova", True),
    ("(Updates with verdict, quotes from defence)", True),
    ("Updates with club announcement, medical, quotes from the coach", True),
    ("(Corrects spelling of judge's name in paragraph 4)", True),
    ("Reporting by the BBC suggested the talks had stalled.", False),
    ("Reporting by Reuters suggested the talks had stalled.", False),
    ("Editing by hand is slow, the clerk said.", False),
    ("Updates with the latest figures are expected on Monday.", False),
    ("Read also: Resolve Ukraine War In 50 Days Or Face Tariffs – Trump To Russia", True),
    ("READ MORE: How the talks collapsed", True),
    ("Read more", True),
    ("See also: Ukraine's drone campaign", True),
    ("Updated: 19 July 2025, 10:45 GMT", True),
    ("Published on July 19, 2025", True),
    ("Share this article", True),
    ("Share on Facebook", True),
    ("Follow us on X", True),
    ("Subscribe to our newsletter for daily updates", True),
    ("Advertisement", True),
    ("Story continues below advertisement", True),
    ("Related: Kremlin rejects offer", True),
    ("Photo: Reuters/Gleb Garanich", True),
    ("© 2025 Example Media. All rights reserved.", True),
    ("Tags: Ukraine, Russia, talks", True),
    ("5 min read", True),
    ("Page 2 of 5", True),
    ("- 3 -", True),
    ("2025", True),
    ("2025 was the worst year.", False),
    ("More than 1.2 million people have been killed or wounded.", False),
    ("Published reports say 30 people died in the strike.", False),
    ("Follow-up talks were held in Istanbul.", False),
    ("Updated figures show that 12 people died.", False),
    ("The subscribers' list was leaked, the ministry said.", False),
    ("Read the statement carefully, the minister told reporters.", False),
])
def test_boilerplate_lines(line, furniture):
    assert is_boilerplate(line) is furniture


def test_metadata_from_a_plain_text_report():
    text = ("Ukraine offers Russia new talks\n"
            "By Jane Doe and John Roe, Staff Writers\n"
            "July 19, 2025\n"
            "KYIV — Ukraine has offered new talks. Russia did not reply.\n")
    doc = document_from_text("x/report.txt", text)
    assert doc.meta == DocumentMeta(title="Ukraine offers Russia new talks", outlet=None, place="KYIV",
                                    date="2025-07-19", byline="Jane Doe and John Roe")
    assert doc.name == "Ukraine offers Russia new talks"
    assert [s.boilerplate for s in doc.sentences] == [False, True, True, True, False, False]


def test_metadata_from_a_dateline_with_outlet():
    doc = document_from_text("a.txt", "Kyiv (Example Times): Ukraine has offered talks. More later.")
    assert (doc.meta.place, doc.meta.outlet, doc.meta.title) == ("Kyiv", "Example Times", None)
    assert doc.name == "a.txt"


def test_given_metadata_wins_and_the_rest_is_read_from_the_text():
    doc = document_from_text("a.txt", "LVIV (Wire) — Sirens sounded. Nobody was hurt.",
                             meta=DocumentMeta(title="Sirens in Lviv", outlet="Example Post"))
    assert doc.meta == DocumentMeta(title="Sirens in Lviv", outlet="Example Post", place="LVIV")
    assert doc.name == "Sirens in Lviv"


def test_no_title_from_a_first_line_that_is_a_sentence():
    doc = document_from_text("dir/a.txt", "Ukraine offered talks on Saturday.\nRussia did not reply.")
    assert doc.meta.title is None and doc.name == "a.txt"


@pytest.mark.parametrize("written,iso", [
    ("2025-07-19", "2025-07-19"), ("2025-07-19T10:00:00+03:00", "2025-07-19"),
    ("July 19, 2025", "2025-07-19"), ("19 July 2025", "2025-07-19"), ("Jul. 9, 2025", "2025-07-09"),
    ("Sept 3 2024", "2024-09-03"), ("yesterday", None), ("2025-13-40", None), (None, None),
])
def test_iso_dates(written, iso):
    assert iso_date(written) == iso


# ------------------------------------------------------------------ formats

def test_markdown_keeps_its_text_and_reads_heading_and_list(tmp_path):
    text = "# Talks resume\n\n*By Jane Doe*\n\nKYIV — Talks resume. Key points:\n\n- Aid is delayed\n- 12 people died\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    doc = read_file(str(tmp_path / "a.md"), str(tmp_path))
    assert doc.text == text and doc.format == "md"
    assert doc.meta.title == "Talks resume"
    assert "Aid is delayed" in _texts(doc) and "12 people died" in _texts(doc)
    assert doc.meta.byline == "Jane Doe" and doc.sentences[1].boilerplate
    assert [p.kind for p in doc.paragraphs] == ["heading", "heading", "body", "list-item", "list-item"]


def test_word_file(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Ukraine offers talks", level=1)
    d.add_paragraph("KYIV — Ukraine has offered new talks with Russia. The Kremlin did not respond.")
    d.add_paragraph("")
    d.add_paragraph("“We are ready,” Zelenskyy said.")
    d.save(tmp_path / "report.docx")
    doc = read_file(str(tmp_path / "report.docx"), str(tmp_path))
    assert doc.format == "docx" and doc.meta.title == "Ukraine offers talks" and doc.meta.place == "KYIV"
    assert _texts(doc) == ["Ukraine offers talks", "KYIV —", "Ukraine has offered new talks with Russia.",
                           "The Kremlin did not respond.", "“We are ready,” Zelenskyy said."]


def _wrapped_pdf(paragraphs: list[str], title: str | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=title or "")
    style = getSampleStyleSheet()["BodyText"]
    doc.build([Paragraph(p, style) for p in paragraphs])
    return out.getvalue()


def test_pdf_text_layer_is_reflowed_into_paragraphs(tmp_path):
    first = ("Ukraine has offered to restart peace talks with Russia next week, President Volodymyr "
             "Zelenskyy said on Saturday in his nightly video address, after a month in which the "
             "negotiations made no progress at all. The Kremlin did not immediately respond.")
    second = ("Russia launched a large drone attack overnight, striking ten regions and killing at "
              "least one person in the port city of Odesa, officials said on Sunday morning.")
    (tmp_path / "r.pdf").write_bytes(_wrapped_pdf([first, second], title="Talks offer"))
    doc = read_file(str(tmp_path / "r.pdf"), str(tmp_path))
    assert doc.format == "pdf" and doc.meta.title == "Talks offer"
    assert [doc.text[p.start:p.end] for p in doc.paragraphs] == [first, second]
    assert _texts(doc)[1] == "The Kremlin did not immediately respond."


def test_html_metadata_and_article(tmp_path):
    page = """<html><head><title>Talks resume | Example Post</title>
    <meta property="og:site_name" content="Example Post">
    <meta property="article:published_time" content="2025-07-19T08:00:00Z">
    <meta name="author" content="Jane Doe"></head><body>
    <article><h1>Talks resume</h1><p>KYIV — Ukraine has offered to restart peace talks with Russia next
    week, President Volodymyr Zelenskyy said on Saturday in his nightly address.</p>
    <p>The Kremlin did not immediately respond to the proposal, which follows weeks of stalled talks.</p>
    </article></body></html>"""
    (tmp_path / "p.htm").write_text(page, encoding="utf-8")
    doc = read_file(str(tmp_path / "p.htm"), str(tmp_path))
    assert doc.format == "html"
    assert (doc.meta.title, doc.meta.outlet, doc.meta.date) == ("Talks resume", "Example Post", "2025-07-19")
    assert doc.meta.byline == "Jane Doe" and doc.meta.place == "KYIV"
    assert "The Kremlin did not immediately respond to the proposal, which follows weeks of stalled talks." \
        in _texts(doc)


# -------------------------------------------------------------- the seeds

def _norm(s: str) -> str:
    # the same normalisation as the reference scorer
    s = unicodedata.normalize("NFKC", s)
    s = s.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}))
    return re.sub(r"\s+", " ", s).strip().lower()


def _gold_snippets():
    gold = json.loads((DATA / "seeds-alignment.json").read_text(encoding="utf-8"))
    out = [(m["doc"], m["snippet"]) for g in gold["groups"] for m in g["members"]]
    out += [(u["doc"], u["snippet"]) for u in gold["unique"]]
    out += [(m["doc"], m["snippet"]) for pair in gold["distinct"] for m in pair]
    return gold["docs"], out


def test_every_gold_snippet_lies_inside_one_sentence():
    names, snippets = _gold_snippets()
    load = load_folder(str(SEEDS))
    docs = {d.id: d for d in load.documents}
    assert len(snippets) > 50
    for key, snippet in snippets:
        doc = docs[names[key]]
        hits = [s for s in doc.sentences if _norm(snippet) in _norm(s.text)]
        assert len(hits) == 1, (key, snippet, len(hits))
        # only page furniture ("Read also: ...") may be boilerplate; the scorer accepts that for uniques
        assert not hits[0].boilerplate or hits[0].text.startswith("Read also"), (key, snippet)


def test_seeds_load_as_five_documents_named_by_file():
    load = load_folder(str(SEEDS))
    assert not load.problems
    assert [d.id for d in load.documents] == sorted(p.name for p in SEEDS.iterdir())
    for doc in load.documents:
        assert doc.name == doc.id and doc.encoding == "utf-8" and len(doc.sentences) > 5
        assert all(doc.text[s.start:s.end] == s.text for s in doc.sentences)


@pytest.mark.parametrize("line,byline", [
    ("By Jane Doe", "Jane Doe"),
    ("By Jane Doe and John Roe, Staff Writers", "Jane Doe and John Roe"),
    ("BY OLENA KOVALENKO | Kyiv Bureau", "OLENA KOVALENKO"),
    ("by Ana de la Cruz – Example Post", "Ana de la Cruz"),
    ("By the way, the talks stalled", None),
    ("By Saturday, the talks had collapsed.", None),
    ("By now it is clear that nobody will come.", None),
])
def test_bylines(line, byline):
    from compareapp.core.reading.metadata import byline_of

    assert byline_of(line) == byline


def test_reading_plain_text_imports_no_heavy_library():
    import subprocess
    import sys

    code = ("import sys; from compareapp.core.reading import load_folder; load_folder(sys.argv[1]); "
            "print(sorted(m for m in ('trafilatura', 'docx', 'pypdf', 'charset_normalizer', 'lxml', "
            "'PySide6') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code, str(SEEDS)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_load_folder_reports_progress_and_can_be_cancelled(tmp_path):
    from compareapp.core.progress import CancelToken, Cancelled

    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Report {i}. It has two sentences.", encoding="utf-8")
    seen = []
    load = load_folder(str(tmp_path), progress=lambda f, msg: seen.append((f, msg)))
    assert len(load.documents) == 5
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("3.txt" in msg for _, msg in seen)

    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        load_folder(str(tmp_path), cancel=token)


SCRAPED = """Home | World | Europe
Russia and Ukraine trade blame over strike on Kharkiv
By Olena Kovalenko, Example Wire
Published: July 21, 2025 09:14 EEST
Updated: July 21, 2025 11:02 EEST
KHARKIV, Ukraine (Example Wire) — A Russian missile hit a residential block early Monday, killing at least 4 people, the governor said.The strike came hours after Kyiv proposed talks.
"There is no military target here. None," he wrote on Telegram. "Only people."
Key facts:
• 4 killed, 23 wounded
• Strike at 5:40 a.m. local time
Mr. Zelenskyy urged the U.S. and EU to speed up deliveries. Sen. Lindsey Graham said the Senate would act "within days."
Read more: Ukraine's air defences stretched thin
Share this article
Advertisement
© 2025 Example Wire. All rights reserved.
"""


def test_a_scraped_page_pasted_as_text():
    doc = document_from_text("wire.txt", SCRAPED)
    assert doc.meta == DocumentMeta(title="Russia and Ukraine trade blame over strike on Kharkiv",
                                    outlet="Example Wire", place="KHARKIV", date="2025-07-21",
                                    byline="Olena Kovalenko")
    compared = [s.text for s in doc.sentences if not s.boilerplate]
    assert compared == [
        "Russia and Ukraine trade blame over strike on Kharkiv",
        "A Russian missile hit a residential block early Monday, killing at least 4 people, the governor said.",
        "The strike came hours after Kyiv proposed talks.",
        '"There is no military target here.', 'None," he wrote on Telegram.', '"Only people."',
        "Key facts:", "4 killed, 23 wounded", "Strike at 5:40 a.m. local time",
        "Mr. Zelenskyy urged the U.S. and EU to speed up deliveries.",
        'Sen. Lindsey Graham said the Senate would act "within days."']
    furniture = [s.text for s in doc.sentences if s.boilerplate]
    assert furniture[:5] == ["Home | World | Europe", "By Olena Kovalenko, Example Wire",
                             "Published: July 21, 2025 09:14 EEST", "Updated: July 21, 2025 11:02 EEST",
                             "KHARKIV, Ukraine (Example Wire) —"]
    assert "Share this article" in furniture and "Advertisement" in furniture


def test_a_web_page_saved_as_text_is_read_as_a_web_page(tmp_path):
    page = ("<!DOCTYPE html><html><head><title>Talks</title></head><body><nav>Home</nav><article>"
            "<p>Ukraine has offered to restart peace talks with Russia next week, the president said on "
            "Saturday in his nightly address to the nation.</p></article></body></html>")
    (tmp_path / "saved.txt").write_text(page, encoding="utf-8")
    doc = read_file(str(tmp_path / "saved.txt"), str(tmp_path))
    assert doc.format == "html" and "<p>" not in doc.text
    assert "Ukraine has offered to restart peace talks" in doc.text


def test_pdf_running_headers_and_page_numbers_are_dropped(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    def furniture(canvas, doc):
        canvas.drawString(72, 800, "The Example Times")
        canvas.drawString(280, 30, f"Page {doc.page} of 2")

    out = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    first = "Ukraine has offered to restart peace talks with Russia next week, officials said on Saturday."
    second = "The Kremlin did not immediately respond to the proposal, which follows a month of silence."
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(first, style), PageBreak(), Paragraph(second, style)],
                                             onFirstPage=furniture, onLaterPages=furniture)
    (tmp_path / "paper.pdf").write_bytes(out.getvalue())
    doc = read_file(str(tmp_path / "paper.pdf"), str(tmp_path))
    assert "Example Times" not in doc.text and "Page 1" not in doc.text
    assert _texts(doc) == [first, second]
