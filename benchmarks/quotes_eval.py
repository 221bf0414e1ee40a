"""Held-out evaluation of quotation extraction and attribution on news articles
that are not the samples (tests/data/quotes_news_eval.json). Run by hand:

    .venv/bin/python benchmarks/quotes_eval.py [-v] [--file F]

Each article is read as its own one-document comparison. Matching follows
the reference scorer (score.py quotes): a gold unit is found when its text
(normalised: NFKC, straight marks, spaces, case, outer " ,.") lies inside a
predicted unit, or a predicted unit of at least half its length lies inside
it; a speaker is right when it is the gold canonical name, one of its
aliases, or shares its last word. Prints quote precision/recall/F1, speaker
accuracy (over all gold units) and partial-flag accuracy, per style and overall.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compareapp.core.quotes import find_quotes  # noqa: E402
from compareapp.core.reading import document_from_text  # noqa: E402
from compareapp.core.settings import EngineSettings  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "quotes_news_eval.json"


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"}))
    return re.sub(r"\s+", " ", s).strip().lower()


def speaker_matcher(speakers: dict[str, list[str]]):
    names = {norm(k): k for k in speakers}
    for canon, aliases in speakers.items():
        for a in aliases:
            names[norm(a)] = canon

    def canon(speaker):
        s = norm(speaker or "")
        if s in names:
            return names[s]
        last = s.split()[-1] if s else ""
        for name, aliases in speakers.items():
            lasts = [norm(name).split()[-1]] + [norm(a).split()[-1] for a in aliases]
            if last and last in lasts:
                return name
        return speaker
    return canon


def score_article(article, gold, predicted, canon, verbose):
    found, matched, speaker_ok, partial_ok = 0, set(), 0, 0
    for g in gold:
        gt = norm(g["text"]).strip(" ,.")
        for j, q in enumerate(predicted):
            qt = norm(q.text).strip(" ,.\"'")
            if gt and (gt in qt or (qt and qt in gt and len(qt) >= 0.5 * len(gt))):
                found += 1
                matched.add(j)
                if canon(q.speaker) in {g["speaker"], *g.get("also_accept", [])}:
                    speaker_ok += 1
                elif verbose:
                    print(f"  speaker [{article}] {g['text'][:50]!r}: gold {g['speaker']!r}, "
                          f"got {q.speaker!r} (as written {q.speaker_as_written!r})")
                partial_ok += q.partial == g.get("partial", False)
                if verbose and q.partial != g.get("partial", False):
                    print(f"  partial [{article}] {g['text'][:50]!r}: gold {g.get('partial')}, got {q.partial}")
                break
        else:
            if verbose:
                print(f"  missed [{article}] {g['text'][:70]!r}")
    if verbose:
        for j, q in enumerate(predicted):
            if j not in matched:
                print(f"  extra [{article}] {q.text[:70]!r} ({q.speaker!r})")
    return dict(gold=len(gold), pred=len(predicted), found=found, matched=len(matched),
                speaker=speaker_ok, partial=partial_ok)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", type=Path, default=DEFAULT)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss, extra and wrong speaker")
    args = ap.parse_args()
    data = json.loads(args.file.read_text(encoding="utf-8"))
    canon = speaker_matcher(data["speakers"])
    settings = EngineSettings()
    rows = []
    for art in data["articles"]:
        doc = document_from_text(art["id"], art["text"])
        quotes, _ = find_quotes((doc,), settings)
        gold = [g for g in data["quotes"] if g["doc"] == art["id"]]
        rows.append((art["id"], score_article(art["id"], gold, list(quotes), canon, args.verbose)))

    def line(label, r):
        rec = r["found"] / r["gold"] if r["gold"] else 1.0
        prec = r["matched"] / r["pred"] if r["pred"] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        spk = r["speaker"] / r["gold"] if r["gold"] else 1.0
        part = r["partial"] / r["found"] if r["found"] else 1.0
        print(f"{label:<30} {r['gold']:>4} {r['pred']:>4} {prec:>6.3f} {rec:>6.3f} {f1:>6.3f} {spk:>7.3f} {part:>7.3f}")

    print(f"{'article':<30} {'gold':>4} {'pred':>4} {'prec':>6} {'rec':>6} {'F1':>6} {'speaker':>7} {'partial':>7}")
    total = dict(gold=0, pred=0, found=0, matched=0, speaker=0, partial=0)
    for name, r in rows:
        line(name, r)
        for k in total:
            total[k] += r[k]
    line("ALL", total)


if __name__ == "__main__":
    main()
