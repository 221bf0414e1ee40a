"""A folder is real-world mess: each bad file gives a plain, named problem and
every other file still loads. The tests build the files themselves."""
from __future__ import annotations

import builtins
import io
import os
import time
import zipfile

import pytest

from compareapp.core.model import Document, LoadProblem
from compareapp.core.reading import load_folder, read_file
from compareapp.core.settings import EngineSettings

GOOD = ("Ukraine offers new talks\n"
        "KYIV — Ukraine has offered new peace talks with Russia next week, President Volodymyr "
        "Zelenskyy said on Saturday. “Everything must be done to secure a ceasefire,” he said.\n")


def _folder(tmp_path, **files):
    """good.txt plus the given files (name -> bytes)."""
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in files.items():
        (tmp_path / name.replace("__", ".")).write_bytes(data)
    return tmp_path


def _load(folder, **settings):
    return load_folder(str(folder), EngineSettings(**settings))


def _problem(load, name) -> str:
    hits = [p for p in load.problems if p.name == name]
    assert len(hits) == 1, f"no single problem for {name}: {load.problems}"
    return hits[0].reason


def _loaded(load) -> list[str]:
    return [d.id for d in load.documents]


def _pdf(lines: list[str], draw_text: bool = True) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    y = 800
    for line in lines:
        if draw_text:
            c.drawString(72, y, line)
        else:
            c.rect(72, y, 300, 8, fill=1)  # a "scan": marks on the page, no text
        y -= 14
    c.showPage()
    c.save()
    return out.getvalue()


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ problems

def test_empty_file(tmp_path):
    load = _load(_folder(tmp_path, empty__txt=b"", blank__md=b"  \n\n \r\n"))
    assert _problem(load, "empty.txt") == "empty file"
    assert _problem(load, "blank.md") == "empty file"
    assert _loaded(load) == ["good.txt"]


def test_binary_file_with_text_extension(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    load = _load(_folder(tmp_path, photo__txt=png, noise__md=bytes([1, 2, 3, 4, 5, 6, 7, 8] * 100)))
    assert _problem(load, "photo.txt") == "not text (binary)"
    assert _problem(load, "noise.md") == "not text (binary)"
    assert _loaded(load) == ["good.txt"]


def test_invalid_utf8_keeps_the_good_text_and_marks_the_damage(tmp_path):
    # A UTF-8 file with one broken byte: the user expects the rest intact (curly
    # quotes, Cyrillic), with the broken byte shown as U+FFFD, not mojibake.
    data = "Zelenskyy said: ".encode() + b"\xff" + "“Київ готовий.” Talks next week.".encode()
    load = _load(_folder(tmp_path, damaged__txt=data))
    doc = next(d for d in load.documents if d.id == "damaged.txt")
    assert "“Київ готовий.”" in doc.text and "\ufffd" in doc.text
    assert doc.encoding.startswith("utf-8") and "1 damaged byte" in doc.encoding
    assert "good.txt" in _loaded(load)


def test_cp1251_ukrainian_without_declaration_loads(tmp_path):
    text = ("Президент України Володимир Зеленський запропонував Росії новий раунд переговорів "
            "наступного тижня. Кремль поки що не відповів на цю пропозицію.")
    load = _load(_folder(tmp_path, ukr__txt=text.encode("cp1251")))
    doc = next(d for d in load.documents if d.id == "ukr.txt")
    assert doc.text == text
    assert doc.encoding == "cp1251"
    assert [s.text for s in doc.sentences][1] == "Кремль поки що не відповів на цю пропозицію."
    assert not load.problems and "good.txt" in _loaded(load)


@pytest.mark.parametrize("text", [
    "Кремль мовчить.",  # short
    "Мир",
    "ЗЕЛЕНСЬКИЙ ЗАПРОПОНУВАВ ПЕРЕГОВОРИ",  # capitals only: once read as Shift-JIS half-width katakana
    "Ukraine’s president Зеленський said — again — that talks could resume.",  # once cp1250: "Çĺëĺíńüęčé"
    "Київ — «Ми готові», — сказав він. Ґрунт, їжак, євро; №5…",
    "Путин и Зеленский встретятся в Женеве 5 мая.\r\nКремль подтвердил встречу.\r\n",
])
def test_cp1251_short_capitals_and_mixed_texts_load(tmp_path, text):
    load = _load(_folder(tmp_path, ukr__txt=text.encode("cp1251")))
    doc = next(d for d in load.documents if d.id == "ukr.txt")
    assert doc.encoding == "cp1251" and doc.text == text.replace("\r\n", "\n")


@pytest.mark.parametrize("text,encoding", [
    ("Prezydent Polski powiedział, że rozmowy w Łodzi zakończą się w środę.", "cp1250"),  # once "powiedzia³"
    ("Volume 5 m³ and 10 km², cost £5 — 20°C, the café said.", "cp1252"),  # not "mł", "Ł5"
])
def test_central_european_and_western_code_pages(tmp_path, text, encoding):
    doc = next(d for d in _load(_folder(tmp_path, x__txt=text.encode(encoding))).documents if d.id == "x.txt")
    assert doc.text == text and doc.encoding == encoding


def test_koi8_russian_is_not_read_as_cp1251(tmp_path):
    text = "Президент России заявил, что переговоры продолжатся."
    doc = next(d for d in _load(_folder(tmp_path, ru__txt=text.encode("koi8-r"))).documents if d.id == "ru.txt")
    assert doc.text == text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_cyrillic_and_crlf(tmp_path, encoding):
    text = "КИЇВ — Україна запропонувала Росії нові переговори.\r\n\r\n“Ми готові,” — сказав він.\r\n"
    bom = b"\xff\xfe" if encoding == "utf-16-le" else b"\xfe\xff"
    doc = next(d for d in _load(_folder(tmp_path, w__txt=bom + text.encode(encoding))).documents if d.id == "w.txt")
    assert doc.encoding == encoding and doc.text == text.replace("\r\n", "\n")
    assert [s.text for s in doc.sentences] == ["КИЇВ —", "Україна запропонувала Росії нові переговори.", "“Ми готові,” — сказав він."]
    assert doc.meta.place == "КИЇВ"


def test_cp1252_without_declaration_loads(tmp_path):
    text = "The café’s owner said the “résumé” was naïve — and left. Prices rose 5%."
    load = _load(_folder(tmp_path, west__txt=text.encode("cp1252")))
    doc = next(d for d in load.documents if d.id == "west.txt")
    assert doc.text == text
    assert doc.encoding == "cp1252"
    assert not load.problems and "good.txt" in _loaded(load)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_text_with_a_bom_loads(tmp_path, encoding):
    text = "KYIV — Talks resume. “We are ready,” he said."
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    load = _load(_folder(tmp_path, bom__txt=data))
    doc = next(d for d in load.documents if d.id == "bom.txt")
    assert doc.text == text and not doc.text.startswith("\ufeff")
    assert [s.text for s in doc.sentences] == ["KYIV —", "Talks resume.", "“We are ready,” he said."]
    assert "good.txt" in _loaded(load)


def test_utf16_without_bom_loads(tmp_path):
    text = "Talks resume next week. Officials confirmed it."
    load = _load(_folder(tmp_path, le__txt=text.encode("utf-16-le")))
    doc = next(d for d in load.documents if d.id == "le.txt")
    assert doc.text == text and doc.encoding == "utf-16"
    assert "good.txt" in _loaded(load)


def test_web_page_in_cp1251_with_a_charset_declaration(tmp_path):
    page = ("<html><head><meta charset='windows-1251'><title>Переговори</title></head><body><article>"
            "<p>Президент України Володимир Зеленський запропонував Росії новий раунд переговорів "
            "наступного тижня, заявив він у суботу у своєму вечірньому зверненні до народу.</p>"
            "<p>Кремль поки що не відповів на цю пропозицію, повідомили журналісти у неділю вранці.</p>"
            "</article></body></html>")
    load = _load(_folder(tmp_path, ukr__html=page.encode("cp1251")))
    doc = next(d for d in load.documents if d.id == "ukr.html")
    assert "Кремль поки що не відповів на цю пропозицію" in doc.text
    assert "good.txt" in _loaded(load)


def test_crlf_and_cr_line_ends_are_normalised(tmp_path):
    load = _load(_folder(tmp_path, win__txt=b"First line.\r\nSecond line. Third.\r\n",
                         mac__txt=b"Old Mac.\rStill here.\r"))
    win = next(d for d in load.documents if d.id == "win.txt")
    assert "\r" not in win.text
    assert [s.text for s in win.sentences] == ["First line.", "Second line.", "Third."]
    assert all(win.text[s.start:s.end] == s.text for s in win.sentences)
    mac = next(d for d in load.documents if d.id == "mac.txt")
    assert [p.end - p.start for p in mac.paragraphs] == [len("Old Mac."), len("Still here.")]
    assert "good.txt" in _loaded(load)


def test_damaged_docx(tmp_path):
    good = _docx(["Ukraine offered talks on Saturday. Russia did not reply."])
    load = _load(_folder(tmp_path, broken__docx=good[: len(good) // 2],
                         notzip__docx=b"This is not a Word file at all, just text.",
                         report__docx=good))
    assert _problem(load, "broken.docx") == "Word file is damaged"
    assert _problem(load, "notzip.docx") == "Word file is damaged"
    assert _loaded(load) == ["good.txt", "report.docx"]


def test_docx_whose_xml_is_broken(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx(["Some text."]))) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, b"<w:document><oops" if item.filename == "word/document.xml" else data)
    load = _load(_folder(tmp_path, xml__docx=buf.getvalue()))
    assert _problem(load, "xml.docx") == "Word file is damaged"
    assert _loaded(load) == ["good.txt"]


def test_encrypted_pdf(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_pdf(["Secret talks resume next week."])))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    load = _load(_folder(tmp_path, locked__pdf=out.getvalue()))
    assert _problem(load, "locked.pdf") == "PDF is password-protected"
    assert _loaded(load) == ["good.txt"]


def test_pdf_encrypted_with_an_empty_password_opens(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_pdf(["Talks resume next week, officials said."])))
    writer.encrypt("", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    load = _load(_folder(tmp_path, open__pdf=out.getvalue()))
    assert _loaded(load) == ["good.txt", "open.pdf"]
    assert load.documents[1].text == "Talks resume next week, officials said."


def test_damaged_pdf(tmp_path):
    good = _pdf(["Talks resume next week, officials said on Saturday."])
    load = _load(_folder(tmp_path, cut__pdf=good[: len(good) // 3], junk__pdf=b"%PDF-1.4\n" + b"\x00junk" * 50))
    assert _problem(load, "cut.pdf") == "PDF is damaged"
    assert _problem(load, "junk.pdf") == "PDF is damaged"
    assert _loaded(load) == ["good.txt"]


def test_pdf_without_text_layer(tmp_path):
    load = _load(_folder(tmp_path, scan__pdf=_pdf(["x"] * 20, draw_text=False)))
    assert _problem(load, "scan.pdf") == "PDF has no text layer: scanned?"
    assert _loaded(load) == ["good.txt"]


def test_html_full_of_scripts_and_navigation_gives_the_article(tmp_path):
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(40))
    scripts = "<script>" + "var tracker = {id: 1, events: []};" * 50 + "</script>"
    page = f"""<!doctype html><html><head><title>Ukraine offers talks - Example News</title>
    <meta property="og:site_name" content="Example News">{scripts}<style>body{{color:red}}</style></head>
    <body><header><nav><ul>{nav}</ul></nav></header>{scripts}
    <main><article><h1>Ukraine offers talks</h1>
    <p>KYIV — Ukraine has offered to restart peace talks with Russia next week, President Volodymyr
    Zelenskyy said on Saturday in his nightly video address to the nation.</p>
    <p>“Everything must be done to secure a ceasefire,” Zelenskyy said. The Kremlin did not immediately
    respond to the offer, which comes after a month of stalled diplomacy.</p>
    <p>Read also: Five things to know about the talks</p>
    </article></main><footer><ul>{nav}</ul>Copyright 2025 Example News</footer>{scripts}</body></html>"""
    load = _load(_folder(tmp_path, page__html=page.encode("utf-8")))
    doc = next(d for d in load.documents if d.id == "page.html")
    assert "Ukraine has offered to restart peace talks" in doc.text
    assert "tracker" not in doc.text and "Section 7" not in doc.text
    assert doc.meta.outlet == "Example News" and doc.meta.title == "Ukraine offers talks"
    assert any(s.boilerplate and s.text.startswith("Read also") for s in doc.sentences)
    assert "good.txt" in _loaded(load)


def test_html_with_no_article_is_a_clear_problem(tmp_path):
    page = ("<html><head><script>var a = 1;</script></head><body><nav><a href='/'>Home</a>"
            "<a href='/x'>World</a></nav><script>document.write('x')</script></body></html>")
    load = _load(_folder(tmp_path, empty__html=page.encode()))
    assert _problem(load, "empty.html") == "web page has no article text (only scripts, menus or links)"
    assert _loaded(load) == ["good.txt"]


def test_unreadable_file(tmp_path, monkeypatch):
    # Tests run as root, for whom chmod 000 stops nothing: make open() refuse instead.
    folder = _folder(tmp_path, locked__txt=b"Some text that cannot be read.")
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    load = _load(folder)
    assert _problem(load, "locked.txt") == "cannot be read (permission denied)"
    assert _loaded(load) == ["good.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_by_permissions(tmp_path):
    folder = _folder(tmp_path, locked__txt=b"Some text.")
    os.chmod(folder / "locked.txt", 0)
    load = _load(folder)
    assert _problem(load, "locked.txt") == "cannot be read (permission denied)"
    assert _loaded(load) == ["good.txt"]


def test_symlink_loop_and_broken_link(tmp_path):
    folder = _folder(tmp_path)
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("missing.txt", folder / "dangling.txt")
    os.makedirs(folder / "sub")
    (folder / "sub" / "inner.txt").write_text("Inner report. It has text.", encoding="utf-8")
    os.symlink("..", folder / "sub" / "up")  # a folder link back up: must not recurse forever
    load = _load(folder, recursive=True)
    assert _problem(load, "loop.txt") == "symbolic link loop"
    assert _problem(load, "dangling.txt") == "broken link or file gone (not found)"
    assert _loaded(load) == ["good.txt", "sub/inner.txt"]


def test_subfolders_only_when_asked(tmp_path):
    folder = _folder(tmp_path)
    os.makedirs(folder / "old")
    (folder / "old" / "draft.txt").write_text("A draft. Not for today.", encoding="utf-8")
    assert _loaded(_load(folder)) == ["good.txt"]
    assert _loaded(_load(folder, recursive=True)) == ["good.txt", "old/draft.txt"]


def test_folder_of_two_thousand_files(tmp_path):
    for i in range(2000):
        (tmp_path / f"r{i:04d}.txt").write_text(
            f"Report number {i}. Officials said {i} people attended the meeting on Jan. 5.\n"
            f"“We are ready,” Gen. Smith said. The U.S. sent 1.{i % 10} million dollars.\n",
            encoding="utf-8")
    started = time.perf_counter()
    load = _load(tmp_path)
    elapsed = time.perf_counter() - started
    assert len(load.documents) == 2000 and not load.problems
    assert [d.id for d in load.documents[:3]] == ["r0000.txt", "r0001.txt", "r0002.txt"]
    assert len(load.documents[1999].sentences) == 4
    assert elapsed < 60, f"2,000 small files took {elapsed:.1f} s"  # generous: shared CI machine


def test_duplicate_files_are_loaded_once(tmp_path):
    # The first in name order is kept; same bytes, or the same text in other line ends, is a duplicate.
    folder = _folder(tmp_path, good_copy__txt=GOOD.encode("utf-8"),
                     good_crlf__txt=GOOD.replace("\n", "\r\n").encode(), other__txt=b"Another report. Fine.")
    load = _load(folder)
    assert _loaded(load) == ["good.txt", "other.txt"]
    assert _problem(load, "good_copy.txt") == "duplicate of good.txt"
    assert _problem(load, "good_crlf.txt") == "duplicate of good.txt"


def test_files_over_the_size_limit(tmp_path):
    folder = _folder(tmp_path, big__txt=b"Word. " * 5000)
    load = _load(folder, max_file_bytes=20 * 1024)
    assert _problem(load, "big.txt") == "larger than the 20,480 byte limit"
    assert _loaded(load) == ["good.txt"]


def test_default_size_limit_message(tmp_path):
    folder = _folder(tmp_path)
    with open(folder / "huge.txt", "wb") as f:  # sparse: no 20 MB really written
        f.seek(20 * 1024 * 1024 + 10)
        f.write(b"x")
    load = _load(folder)
    assert _problem(load, "huge.txt") == "larger than the 20 MB limit"
    assert _loaded(load) == ["good.txt"]


def test_unsupported_document_formats_are_named(tmp_path):
    load = _load(_folder(tmp_path, old__doc=b"\xd0\xcf\x11\xe0", photo__jpg=b"\xff\xd8\xff"))
    assert _problem(load, "old.doc") == "old Word format (.doc): save it as .docx"
    assert all(p.name != "photo.jpg" for p in load.problems)  # not a report: ignored quietly
    assert _loaded(load) == ["good.txt"]


def test_nothing_is_written_into_the_folder(tmp_path):
    folder = _folder(tmp_path, empty__txt=b"", bad__pdf=b"%PDF-junk",
                     doc__docx=_docx(["A Word report. Two sentences."]))
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*")}
    _load(folder)
    assert {p: p.stat().st_mtime_ns for p in folder.rglob("*")} == before


def test_read_file_names_the_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    got = read_file(str(path), str(tmp_path))
    assert isinstance(got, LoadProblem)
    assert str(got) == "empty.txt: empty file" and got.path == str(path)
    path.write_text("Now it has text.", encoding="utf-8")
    assert isinstance(read_file(str(path)), Document)
