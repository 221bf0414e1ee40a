"""The Python API that notebooks and scripts use, and its match with the CLI."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from compareapp import compare_folder, compare_texts
from compareapp.core.result import UNIQUE

ROOT = Path(__file__).resolve().parents[2]

STORY = ("Storm Ida cut power to 40,000 homes in the valley on Sunday. "
         "Engineers expect to restore supply by Tuesday evening.")


def test_one_document_every_sentence_is_unique():
    r = compare_texts({"only.txt": STORY})
    assert r.links == () and r.groups == ()
    sentences = [s for s in r.documents[0].sentences if not s.boilerplate]
    assert sentences and all(r.status(s.id) == UNIQUE for s in sentences)
    assert r.stats("only.txt").unique_words == r.documents[0].words
    json.loads(r.to_json())


def test_two_documents():
    r = compare_texts({"a.txt": STORY, "b.txt": "Storm Ida cut power to 40,000 homes in the valley on Sunday."})
    assert len(r.links) == 1 and r.links[0].kind == "shared"
    assert r.alignment.matrix.get("b.txt", "a.txt") == 1.0


def test_n_documents_and_frozen_result():
    texts = {f"r{k}.txt": STORY for k in range(5)}
    r = compare_texts(texts)
    assert len(r.groups) == 2 and all(len(g.members) == 5 for g in r.groups)
    with pytest.raises(AttributeError):
        r.alignment.links = ()


def test_to_json_is_what_the_cli_prints():
    api = compare_folder(str(ROOT / "seeds")).to_json()
    cli = subprocess.run([sys.executable, "-m", "compareapp", "compare", str(ROOT / "seeds"), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    assert cli.stdout == api + "\n"
    data = json.loads(cli.stdout)
    assert data["groups"] and data["links"] and data["matrix"]["values"]
