"""The engine against the hand-annotated correspondences of the five samples.

Our own scorer, with the same metric as the reference one: strict pairs come
from gold groups (pairs with a 'loose' member are not scored), predicted pairs
are the cross-document pairs of our passage groups; 'distinct' pairs must stay
apart and 'unique' sentences must be classed unique (or boilerplate).
"""
import itertools
import json
import re
import unicodedata
from pathlib import Path

import pytest

from compareapp import compare_folder

ROOT = Path(__file__).resolve().parents[2]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}))
    return re.sub(r"\s+", " ", text).strip().lower()


def _sentence_id(doc, snippet: str, nth: int = 1):
    want = _norm(snippet)
    hits = [s for s in doc.sentences if want in _norm(s.text)][nth - 1:]
    if not hits:  # snippet split across sentences: the sentence with its first words
        head = " ".join(want.split()[:4])
        hits = [s for s in doc.sentences if head in _norm(s.text)]
    return hits[0].id if hits else None


@pytest.fixture(scope="module")
def scored():
    gold = json.loads((ROOT / "tests/data/seeds-alignment.json").read_text(encoding="utf-8"))
    result = compare_folder(str(ROOT / "seeds"))
    docs = {key: next(d for d in result.documents if d.id.endswith(name))
            for key, name in gold["docs"].items()}
    owner = {s.id: key for key, d in docs.items() for s in d.sentences}

    def sid(member):
        return _sentence_id(docs[member["doc"]], member["snippet"], member.get("nth", 1))

    strict, loose = set(), set()
    for group in gold["groups"]:
        members = [(m, sid(m)) for m in group["members"]]
        for (ma, a), (mb, b) in itertools.combinations(members, 2):
            if a and b and ma["doc"] != mb["doc"]:
                (loose if ma.get("loose") or mb.get("loose") else strict).add(frozenset((a, b)))
    loose -= strict
    predicted = {frozenset((a, b)) for g in result.groups
                 for a, b in itertools.combinations(g.members, 2) if owner[a] != owner[b]}
    tp = len(predicted & strict)
    false_pairs = predicted - strict - loose
    recall = tp / len(strict)
    precision = tp / (tp + len(false_pairs)) if tp + len(false_pairs) else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    distinct = [frozenset((sid(a), sid(b))) for a, b in gold["distinct"]]
    uniques = [sid(m) for m in gold["unique"]]
    return {"f1": f1, "precision": precision, "recall": recall, "result": result,
            "distinct": distinct, "predicted": predicted, "uniques": uniques}


def test_alignment_f1_at_least_095(scored):
    assert scored["f1"] >= 0.95, (scored["precision"], scored["recall"])


def test_every_look_alike_pair_is_kept_apart(scored):
    assert len(scored["distinct"]) == 7
    linked = {frozenset((link.a, link.b)) for link in scored["result"].links}
    for pair in scored["distinct"]:
        assert pair not in scored["predicted"] and pair not in linked


def test_every_unique_sentence_is_unique(scored):
    result = scored["result"]
    assert len(scored["uniques"]) == 14
    for sid in scored["uniques"]:
        assert sid is not None
        assert result.status(sid) in ("unique", None), result.sentence(sid).text
