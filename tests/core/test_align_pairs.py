"""The aligner on our own labelled news sentence pairs (tests/data/news_pairs.json).

These pairs were written for the project, not taken from the samples: 25
paraphrases (other words, other word order, figures in words or digits) and
15 look-alikes (same names and topic, another statement), plus the larger
MSRP-style set news_pairs_more.json (benchmarks/paraphrase_eval.py prints
the figures). They hold the thresholds of EngineSettings to data the
defaults were not tuned on.
"""
import json
import random
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from compareapp import compare_texts

DATA = Path(__file__).resolve().parents[1] / "data"
PAIRS = json.loads((DATA / "news_pairs.json").read_text(encoding="utf-8"))["pairs"]
# 198 MSRP-style pairs (hard look-alikes: same names, other figure, opposite
# verb, one sentence adding a claim); the held-out half was never looked at
# while choosing the vocabulary and the factors of EngineSettings.
MORE = json.loads((DATA / "news_pairs_more.json").read_text(encoding="utf-8"))["pairs"]


def _linked(result, a_text, b_text):
    a = next(s.id for s in result.document("a.txt").sentences if s.text.strip() == a_text)
    b = next(s.id for s in result.document("b.txt").sentences if s.text.strip() == b_text)
    return b in [link.other(a) for link in result.links_of(a)]


def _accuracy(pairs):
    right = 0
    for p in pairs:
        r = compare_texts({"a.txt": p["a"], "b.txt": p["b"]})
        right += bool(r.links) == bool(p["label"])
    return right / len(pairs)


def _token_set_baseline(pairs):
    """rapidfuzz token_set_ratio at its best threshold on these very pairs (optimistic)."""
    scores = [fuzz.token_set_ratio(p["a"], p["b"]) for p in pairs]
    return max(sum((s >= t) == bool(p["label"]) for s, p in zip(scores, pairs)) / len(pairs)
               for t in set(scores))


def test_pair_by_pair_two_one_sentence_texts():
    assert _accuracy(PAIRS) >= 0.85


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_pair_by_pair_beats_the_token_set_baseline(split):
    pairs = [p for p in MORE if p["split"] == split]
    ours, baseline = _accuracy(pairs), _token_set_baseline(pairs)
    # measured: tune 0.82, held-out 0.79; the baseline 0.63 and 0.66
    assert ours >= 0.75 and ours >= baseline + 0.07, (ours, baseline)


@pytest.mark.parametrize("a, b", [
    ("The council approved the plan for a new stadium near the river on Tuesday.",
     "On Tuesday the city council rejected plans to build a stadium near the river."),
    ("Shares of the bank rose 4 percent after it reported higher profits.",
     "Shares of the bank fell 4 percent after it warned of lower profits."),
    ("The group agreed to buy the cargo unit of the airline.",
     "The airline said the group would sell its cargo unit."),
])
def test_opposite_events_do_not_link(a, b):
    # same frame, contrary event: without the opposite check each scores 0.6-0.7
    assert compare_texts({"a.txt": a, "b.txt": b}).links == ()


def test_a_changed_figure_alone_still_links_and_shows():
    r = compare_texts({"a.txt": "Floods forced 2,000 people in the valley to leave their homes on Monday.",
                       "b.txt": "On Monday floods forced 3,000 people in the valley from their homes."})
    (link,) = r.links
    assert [(n.a_text, n.b_text) for n in link.numbers] == [("2,000", "3,000")]


@pytest.mark.parametrize("a, b", [
    ("Two people were killed in the blast at the refinery.", "Two people died in the refinery blast."),
    ("Police arrested the suspect near the station.", "The suspect was detained by police near the station."),
    ("The minister stepped down after the scandal over the contracts.",
     "The minister resigned following the contracts scandal."),
])
def test_everyday_synonyms_link(a, b):
    assert compare_texts({"a.txt": a, "b.txt": b}).links


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


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_in_a_folder_msrp_style_paraphrases_are_found_and_look_alikes_lose(split):
    """Every story's paraphrase AND its look-alike are in report B: the link must pick the paraphrase."""
    pairs = [p for p in MORE if p["split"] == split]
    b_texts = [p["b"] for p in pairs]
    random.Random(11).shuffle(b_texts)
    r = compare_texts({"a.txt": "\n\n".join(dict.fromkeys(p["a"] for p in pairs)),
                       "b.txt": "\n\n".join(b_texts)})
    linked = {(r.sentence(k.a).text.strip(), r.sentence(k.b).text.strip()) for k in r.links}
    good = {(p["a"], p["b"]) for p in pairs if p["label"]}
    # measured: 68/74 and 66/73 found, 6 and 7 look-alikes linked (the engine
    # before the vocabulary and contrary-content factors: 64 and 57, 7 and 16)
    assert len(linked & good) / len(good) >= 0.88
    assert len(linked - good) <= 0.1 * len(linked)


def test_accents_do_not_part_a_name():
    # English copy often drops diacritics; the names are most of what these two share
    r = compare_texts({"a.txt": "Jiří Dvořák beat Tomáš Novák in the final in Brno.",
                       "b.txt": "In Brno, Jiri Dvorak defeated Tomas Novak to take the title."})
    assert r.links


def test_each_word_of_the_news_vocabulary_reads_as_one_term():
    """A stem in two synonym groups would silently join the wrong group (stems are cut short)."""
    import re

    from compareapp.core.align.normalize import stem
    from compareapp.core.align.vocabulary import _SYNONYM_GROUPS
    group_of: dict[str, str] = {}
    for line in re.split(r"\n(?=\w+:)", _SYNONYM_GROUPS.strip()):
        head, words = line.split(":", 1)
        for w in [head, *words.split()]:
            assert group_of.setdefault(stem(w), head) == head, (w, group_of[stem(w)], head)


def test_a_sentence_plus_a_claim_of_its_own_links_only_inside_reports():
    short = "The senator said on Wednesday that she would vote against the tax bill."
    longer = ("The senator said on Wednesday that she would vote against the tax bill, "
              "and that at least five colleagues from her party would join her.")
    assert compare_texts({"a.txt": short, "b.txt": longer}).links == ()
    r = compare_texts({
        "a.txt": f"Storms closed the airport on Monday. {short} Shares in the port operator fell sharply.",
        "b.txt": f"The airport was shut by storms on Monday. {longer} Port operator shares fell sharply.",
    })
    a = next(x for x in r.document("a.txt").sentences if "senator" in x.text)
    b = next(x for x in r.document("b.txt").sentences if "senator" in x.text)
    assert b.id in [link.other(a.id) for link in r.links_of(a.id)]
