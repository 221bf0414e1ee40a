"""The held-out news set (tests/data/quotes_news_eval.json, articles written for
this purpose, not the samples) stays where benchmarks/quotes_eval.py measured it:
a regression guard for extraction and attribution on unseen styles."""
import importlib.util
import json
from pathlib import Path

from compareapp.core.quotes import find_quotes
from compareapp.core.reading import document_from_text
from compareapp.core.settings import EngineSettings

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("quotes_eval", ROOT / "benchmarks" / "quotes_eval.py")
quotes_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(quotes_eval)


def _totals():
    data = json.loads((ROOT / "tests" / "data" / "quotes_news_eval.json").read_text(encoding="utf-8"))
    canon = quotes_eval.speaker_matcher(data["speakers"])
    total = dict(gold=0, pred=0, found=0, matched=0, speaker=0, partial=0)
    for art in data["articles"]:
        doc = document_from_text(art["id"], art["text"])
        quotes, _ = find_quotes((doc,), EngineSettings())
        gold = [g for g in data["quotes"] if g["doc"] == art["id"]]
        for k, v in quotes_eval.score_article(art["id"], gold, list(quotes), canon, False).items():
            total[k] += v
    return data, total


def test_eval_set_is_well_formed():
    data, _ = _totals()
    assert len(data["articles"]) >= 12
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for g in data["quotes"]:
        assert g["text"] in texts[g["doc"]], g["text"]


def test_held_out_news_quotes_and_speakers():
    _, t = _totals()
    recall, precision = t["found"] / t["gold"], t["matched"] / t["pred"]
    assert recall >= 0.97 and precision >= 0.97, t
    assert t["speaker"] / t["gold"] >= 0.95, t
    assert t["partial"] / t["found"] >= 0.95, t
