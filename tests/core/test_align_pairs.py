"""The aligner on our own labelled news sentence pairs (tests/data/news_pairs.json).

These pairs were written for the project, not taken from the samples: 25
paraphrases (other words, other word order, figures in words or digits) and
15 look-alikes (same names and topic, another statement). They hold the
thresholds of EngineSettings to data the defaults were not tuned on.
"""
import json
import random
from pathlib import Path

import pytest

from compareapp import compare_texts

PAIRS = json.loads((Path(__file__).resolve().parents[1] / "data/news_pairs.json")
                   .read_text(encoding="utf-8"))["pairs"]


def _linked(result, a_text, b_text):
    a = next(s.id for s in result.document("a.txt").sentences if s.text.strip() == a_text)
    b = next(s.id for s in result.document("b.txt").sentences if s.text.strip() == b_text)
    return b in [link.other(a) for link in result.links_of(a)]


def test_pair_by_pair_two_one_sentence_texts():
    right = 0
    for p in PAIRS:
        r = compare_texts({"a.txt": p["a"], "b.txt": p["b"]})
        right += bool(r.links) == bool(p["label"])
    assert right / len(PAIRS) >= 0.8


@pytest.fixture(scope="module")
def folder():
    a_texts = list(dict.fromkeys(p["a"] for p in PAIRS))
    b_texts = [p["b"] for p in PAIRS]
    random.Random(7).shuffle(b_texts)  # no help from the order of the reports
    return compare_texts({"a.txt": "\n\n".join(a_texts), "b.txt": "\n\n".join(b_texts)})


def test_in_a_folder_paraphrases_link(folder):
    positives = [p for p in PAIRS if p["label"]]
    found = sum(_linked(folder, p["a"], p["b"]) for p in positives)
    assert found / len(positives) >= 0.85


def test_in_a_folder_look_alikes_stay_apart(folder):
    negatives = [p for p in PAIRS if not p["label"]]
    assert not [p["b"] for p in negatives if _linked(folder, p["a"], p["b"])]


def test_in_a_folder_every_link_is_a_labelled_paraphrase(folder):
    good = {(p["a"], p["b"]) for p in PAIRS if p["label"]}
    for link in folder.links:
        pair = (folder.sentence(link.a).text.strip(), folder.sentence(link.b).text.strip())
        assert pair in good, pair
