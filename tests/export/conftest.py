"""A small comparison built by hand, so the export tests do not depend on how
good the engine is: three sources (one in Russian, with Greek and curly
quotes), a shared pair, a reworded pair with changed words and a figure that
differs, a quotation with three wordings, an unattributed quotation, notes."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from compareapp.core.model import Document, DocumentMeta, Paragraph, Sentence
from compareapp.core.notes import Note, TextAnchor
from compareapp.core.result import (Alignment, ComparisonResult, Link, NumberDiscrepancy, PassageGroup, Quote,
                                    QuoteGroup, QuoteVariant, SimilarityMatrix, SourceStats, WordChange)


def make_doc(doc_id: str, paragraphs: list[list[str]], **meta) -> Document:
    text, sentences, paras = "", [], []
    for pi, para in enumerate(paragraphs):
        if text:
            text += "\n\n"
        p_start = len(text)
        for si, s in enumerate(para):
            if si:
                text += " "
            sentences.append(Sentence(f"{doc_id}#{len(sentences)}", doc_id, len(sentences), len(text),
                                      len(text) + len(s), s, pi))
            text += s
        paras.append(Paragraph(pi, p_start, len(text)))
    return Document(doc_id, meta.pop("name", doc_id), text, DocumentMeta(**meta), tuple(paras), tuple(sentences),
                    path=f"/reports/{doc_id}")


def change(doc_a: Document, a_words: str, doc_b: Document, b_words: str, cls=WordChange):
    """A change located by its words (absolute offsets, as the engine gives them)."""
    a = doc_a.text.index(a_words) if a_words else 0
    b = doc_b.text.index(b_words) if b_words else 0
    if cls is NumberDiscrepancy:
        return NumberDiscrepancy(a_words, b_words, a, a + len(a_words), b, b + len(b_words))
    return WordChange(a, a + len(a_words), b, b + len(b_words), a_words, b_words)


A_TEXT = [["Zelensky offered new talks with Russia on Saturday.",
           "At least one person was killed in Odesa."],
          ["“Everything should be done to achieve a ceasefire,” Zelensky said.",
           "The mayor visited the damaged port."]]
B_TEXT = [["Zelensky offered new talks with Russia on Saturday.",
           "Three people were killed in Odesa, officials said.",
           "“Everything must be done to reach a ceasefire,” the president said."]]
C_TEXT = [["Зеленский предложил России новые переговоры в субботу.",
           "«Всё должно быть сделано ради прекращения огня», — сказал Зеленский."],
          ["Café owner Ελένη Παπαδοπούλου said ‘we’re tired of waiting’ in Kherson."]]

QUOTE_A = "Everything should be done to achieve a ceasefire"
QUOTE_B = "Everything must be done to reach a ceasefire"
QUOTE_C = "Всё должно быть сделано ради прекращения огня"
QUOTE_D = "we’re tired of waiting"
STATUS = {"a.txt#0": "shared", "b.txt#0": "shared", "a.txt#1": "reworded", "b.txt#1": "reworded",
          "a.txt#2": "reworded", "b.txt#2": "reworded"}


def _quote(qid, doc, text, speaker, cluster=None):
    start = doc.text.index(text)
    return Quote(qid, doc.id, start, start + len(text), text, speaker, cluster=cluster)


def build_result() -> ComparisonResult:
    a = make_doc("a.txt", A_TEXT, outlet="Kyiv Post", date="2025-07-19", name="Zelensky offers talks")
    b = make_doc("b.txt", B_TEXT, outlet="Wire Service", date="2025-07-20")
    c = make_doc("c.txt", C_TEXT, outlet="Новая газета")
    links = (
        Link("a.txt#0", "b.txt#0", 0.98, "shared"),
        Link("a.txt#1", "b.txt#1", 0.66, "reworded",
             changes=(change(a, "At least one person was", b, "Three people were"),
                      change(a, "", b, ", officials said")),
             numbers=(change(a, "At least one", b, "Three", NumberDiscrepancy),)),
        Link("a.txt#2", "b.txt#2", 0.71, "reworded",
             changes=(change(a, "should", b, "must"), change(a, "achieve", b, "reach"),
                      change(a, "Zelensky", b, "the president"))),
    )
    groups = (PassageGroup("g1", "shared", ("a.txt#0", "b.txt#0")),
              PassageGroup("g2", "reworded", ("a.txt#1", "b.txt#1")),
              PassageGroup("g3", "reworded", ("a.txt#2", "b.txt#2")))
    stats = {}
    for d in (a, b, c):
        by = {"shared": 0, "reworded": 0, "unique": 0}
        for s in d.sentences:
            by[STATUS.get(s.id, "unique")] += s.words
        stats[d.id] = SourceStats(d.words, by["shared"], by["reworded"], by["unique"],
                                  "b.txt" if d.id == "a.txt" else ("a.txt" if d.id == "b.txt" else None), 0.7)
    matrix = SimilarityMatrix(("a.txt", "b.txt", "c.txt"), ((1.0, 0.72, 0.0), (0.81, 1.0, 0.0), (0.0, 0.0, 1.0)))
    quotes = (_quote("q1", a, QUOTE_A, "Volodymyr Zelensky", "qg1"), _quote("q2", b, QUOTE_B, "Volodymyr Zelensky", "qg1"),
              _quote("q3", c, QUOTE_C, "Volodymyr Zelensky", "qg1"), _quote("q4", c, QUOTE_D, None))
    qa, qb = quotes[0], quotes[1]
    variants = (QuoteVariant(QUOTE_A, ("q1",), ("a.txt",)),
                QuoteVariant(QUOTE_B, ("q2",), ("b.txt",),
                             (WordChange(qa.start + 11, qa.start + 17, qb.start + 11, qb.start + 15, "should", "must"),
                              WordChange(qa.start + 29, qa.start + 36, qb.start + 27, qb.start + 32, "achieve", "reach"))),
                QuoteVariant(QUOTE_C, ("q3",), ("c.txt",)))
    qgroups = (QuoteGroup("qg1", ("Volodymyr Zelensky",), variants, ("a.txt", "b.txt", "c.txt"), ("wording differs",)),)
    alignment = Alignment(links, groups, dict(STATUS), stats, matrix, ("a.txt", "b.txt", "c.txt"))
    return ComparisonResult((a, b, c), alignment, quotes, qgroups, folder="/reports/odesa-strike",
                            settings={"link_threshold": 0.45, "shared_threshold": 0.85},
                            selected=("a.txt", "b.txt", "c.txt"))


NOTES = (
    Note("n1", "sentence", "a.txt#1", "Officials in Odesa now say three dead; this count is outdated.", "disputed",
         (TextAnchor("a.txt", "At least one person was killed", start=52),), doc_id="a.txt",
         created="2025-07-21T10:00:00Z"),
    Note("n2", "source", "b.txt", "Wire copy, updated twice during the day.", None, doc_id="b.txt"),
    Note("n3", "quote_group", "qg1", "Checked against the presidential video address.", "verified"),
    Note("n4", "sentence", "a.txt#9", "About a sentence that has since been removed.", "needs checking",
         (TextAnchor("a.txt", "a sentence that no longer exists"),), doc_id="a.txt", detached=True),
    Note("n5", "group", "g3", "Both outlets quote the same address.", None),
)


@pytest.fixture
def hand_result() -> ComparisonResult:
    return build_result()


@pytest.fixture
def notes() -> tuple[Note, ...]:
    return NOTES


@pytest.fixture(scope="session")
def seeds_result():
    from compareapp.core.pipeline import compare_folder

    return compare_folder(str(Path(__file__).resolve().parents[2] / "seeds"))


def pdftoppm() -> str:
    exe = shutil.which("pdftoppm")
    if not exe:
        pytest.skip("pdftoppm (poppler-utils) is not installed; .ci/run installs it")
    return exe


def render_gray(pdf: Path, first: int, last: int, tmp: Path, dpi: int = 30) -> list[tuple[int, int, bytes]]:
    """Pages as (width, height, 8-bit gray pixels) through pdftoppm's PGM output."""
    subprocess.run([pdftoppm(), "-gray", "-r", str(dpi), "-f", str(first), "-l", str(last), str(pdf),
                    str(tmp / "page")], check=True, capture_output=True, timeout=60)
    pages = []
    for f in sorted(tmp.glob("page*.pgm")):
        data = f.read_bytes()
        fields, pos = [], 0
        while len(fields) < 4:  # P5 width height maxval, separated by whitespace (no comments from poppler)
            while data[pos:pos + 1].isspace():
                pos += 1
            end = pos
            while not data[end:end + 1].isspace():
                end += 1
            fields.append(data[pos:end])
            pos = end
        assert fields[0] == b"P5"
        w, h = int(fields[1]), int(fields[2])
        pages.append((w, h, data[pos + 1:pos + 1 + w * h]))
    return pages
