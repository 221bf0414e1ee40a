"""Writing export files: never over an existing file unless asked, never half a
file, progress reported, cancel honoured, clear errors; and the CLI's report."""
from __future__ import annotations

import pytest
from pathlib import Path

from compareapp.core.progress import CancelToken, Cancelled
from compareapp.export import ExportOptions, export_report
from compareapp.export import pdf as pdf_module


@pytest.mark.parametrize("name", ["out.pdf", "out.html", "out.json"])
def test_an_existing_file_is_not_overwritten(hand_result, tmp_path, name):
    target = tmp_path / name
    target.write_bytes(b"the editor's own file")
    with pytest.raises(FileExistsError, match="already exists"):
        export_report(hand_result, str(target))
    assert target.read_bytes() == b"the editor's own file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary left behind


def test_overwrite_when_asked(hand_result, tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    export_report(hand_result, str(target), ExportOptions(overwrite=True))
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_failed_export_leaves_no_file(hand_result, tmp_path, monkeypatch):
    def broken(view, out, progress=None, cancel=None):
        out.write(b"%PDF-1.4 half a document")
        raise OSError("disk full")

    monkeypatch.setattr(pdf_module, "write_pdf", broken)
    with pytest.raises(OSError, match="disk full"):
        export_report(hand_result, str(tmp_path / "out.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_export_leaves_no_file(hand_result, tmp_path):
    token = CancelToken()
    seen = []

    def progress(fraction, message):
        seen.append(fraction)
        if fraction > 0.1:
            token.cancel()

    with pytest.raises(Cancelled):
        export_report(hand_result, str(tmp_path / "out.pdf"), progress=progress, cancel=token)
    assert list(tmp_path.iterdir()) == []
    assert seen


def test_progress_runs_from_start_to_done(hand_result, tmp_path):
    for name in ("out.pdf", "out.html", "out.json"):
        seen: list[tuple[float, str]] = []
        export_report(hand_result, str(tmp_path / name), progress=lambda f, m: seen.append((f, m)))
        fractions = [f for f, _ in seen]
        assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
        assert all(isinstance(m, str) and m for _, m in seen)


def test_unknown_format_and_missing_folder_are_clear(hand_result, tmp_path):
    with pytest.raises(ValueError, match=r"out\.docx.*\.pdf, \.html or \.json"):
        export_report(hand_result, str(tmp_path / "out.docx"))
    with pytest.raises(FileNotFoundError, match="no such folder"):
        export_report(hand_result, str(tmp_path / "missing" / "out.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_options_are_checked():
    with pytest.raises(ValueError, match="layout"):
        ExportOptions(layout="grid")
    with pytest.raises(ValueError, match="status"):
        ExportOptions(statuses=("copied",))


def test_cli_report_refuses_to_overwrite_without_force(seeds_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COMPAREAPP_DATA_DIR", str(tmp_path / "no-notes"))  # never the user's own notes
    from compareapp.cli import main

    target = tmp_path / "finding.pdf"
    assert main(["report", str(seeds_dir), "--output", str(target), "--layout", "columns"]) == 0
    first = target.read_bytes()
    assert first.startswith(b"%PDF-")
    assert main(["report", str(seeds_dir), "--output", str(target)]) == 1
    assert "--force" in capsys.readouterr().err
    assert target.read_bytes() == first
    assert main(["report", str(seeds_dir), "--output", str(target), "--force", "--sources", "001", "002",
                 "--statuses", "reworded", "--quotes-only"]) == 0
    assert target.read_bytes() != first
    assert main(["report", str(seeds_dir), "--output", str(tmp_path / "x.pdf"), "--sources", "nope"]) == 1
    assert "no source named 'nope'" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["finding.pdf"]


def test_cli_report_includes_the_folders_saved_notes(seeds_dir, seeds_result, tmp_path, monkeypatch):
    from compareapp.cli import main
    from compareapp.core.notes import Note, TextAnchor
    from compareapp.core.notes.store import DATA_DIR_ENV, NotesStore

    data = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    doc = seeds_result.documents[1]
    sentence = next(s for s in doc.sentences if not s.boilerplate and s.words > 5)
    note = Note("cli-note", "sentence", sentence.id, "Called the ministry: confirmed.", "verified",
                (TextAnchor(doc.id, sentence.text, start=sentence.start),), doc_id=doc.id)
    NotesStore(str(seeds_dir), data_dir=data).save([note], seeds_result.documents)
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    assert main(["report", str(seeds_dir), "--output", str(out)]) == 0
    import pypdf

    reader = pypdf.PdfReader(str(out))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Called the ministry: confirmed." in text
    texts = [a.get_object() for p in reader.pages for a in (p.get("/Annots") or ())
             if a.get_object()["/Subtype"] == "/Text"]
    assert [str(t["/Contents"]) for t in texts] == ["[verified] Called the ministry: confirmed."]


def test_first_page_names_the_settings_that_differ_from_the_defaults(tmp_path):
    from dataclasses import replace as _replace

    from compareapp.core.pipeline import compare_folder
    from compareapp.core.settings import EngineSettings
    from compareapp.export import ExportOptions, export_report

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    tuned = _replace(EngineSettings(), link_threshold=0.31)
    path = tmp_path / "r.html"
    export_report(compare_folder(str(seeds), tuned), str(path), ExportOptions())
    html = path.read_text(encoding="utf-8")
    assert "link_threshold = 0.31" in html
    assert "shared_threshold" not in html  # a default: the version pins it down


def test_page_furniture_is_not_typeset_as_a_heading():
    from compareapp import compare_texts
    from compareapp.export.common import build_view

    text = ("Storm closes the coast road\n\nThe coast road was closed on Monday after a storm.\n\n"
            "Read also: Ten tips for driving in a storm\n\nCrews expect to reopen it on Friday.\n")
    view = build_view(compare_texts({"a.txt": text}), ExportOptions())
    rows = {r.text: r for _src, rows in view.reports for r in rows}
    assert rows["Storm closes the coast road"].heading
    furniture = rows["Read also: Ten tips for driving in a storm"]
    assert furniture.status is None and not furniture.heading
