"""The command line, headless: what a user sees on stdout, stderr and in the exit code."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from compareapp.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_compare_seeds_json_lists_five_documents_by_file_name(capsys):
    assert main(["compare", str(SEEDS), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    docs = out["documents"]
    assert [d["id"] for d in docs] == sorted(p.name for p in SEEDS.iterdir())
    for d in docs:
        assert d["sentences"], d["id"]
        s = d["sentences"][0]
        assert {"id", "text", "start", "end", "paragraph", "boilerplate"} <= set(s)
        assert s["id"] == f"{d['id']}#0"
    first = docs[0]
    assert (first["place"], first["date"]) == ("KYIV", "2025-07-19")
    assert docs[2]["outlet"] == "National Times"
    assert out["problems"] == []


def test_no_usable_document_exits_2_and_names_each_skipped_file(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" * 10)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 damaged")
    assert main(["compare", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "skipped empty.txt: empty file" in err
    assert "skipped photo.md: not text (binary)" in err
    assert "skipped scan.pdf: PDF is damaged" in err
    assert f"no usable report in {tmp_path}" in err


def test_empty_folder_exits_2(tmp_path, capsys):
    assert main(["compare", str(tmp_path)]) == 2
    assert "no usable report" in capsys.readouterr().err


def test_skipped_files_are_named_while_the_rest_is_compared(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Ukraine offered talks on Saturday. Russia did not reply.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Russia did not reply. Ukraine offered talks on Saturday.", encoding="utf-8")
    (tmp_path / "c.docx").write_bytes(b"not a zip")
    assert main(["compare", str(tmp_path), "--json"]) == 0
    captured = capsys.readouterr()
    assert "skipped c.docx: Word file is damaged" in captured.err
    out = json.loads(captured.out)
    assert [d["id"] for d in out["documents"]] == ["a.txt", "b.txt"]
    assert [p["name"] for p in out["problems"]] == ["c.docx"]


def test_not_a_folder_exits_2(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "missing")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_module_entry_point_runs_headless(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    run = subprocess.run([sys.executable, "-m", "compareapp", "compare", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 2
    assert "skipped a.txt: empty file" in run.stderr
