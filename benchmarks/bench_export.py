"""How fast the exports are. Run by hand:  .venv/bin/python benchmarks/bench_export.py

Targets (issue 6): the samples' PDF under 2 s; 100 reports under 30 s.

The 100 reports are a synthetic comparison built directly (deterministic,
seeded): each report retells a story of 24 sentences, sharing, rewording or
dropping each one and adding its own, with word changes, figure discrepancies,
quotation groups and notes, so that only the export is timed, not the engine.
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compareapp.core.model import Document, DocumentMeta, Paragraph, Sentence  # noqa: E402
from compareapp.core.notes import Note, TextAnchor  # noqa: E402
from compareapp.core.result import (Alignment, ComparisonResult, Link, NumberDiscrepancy, PassageGroup,  # noqa: E402
                                    Quote, QuoteGroup, QuoteVariant, SimilarityMatrix, SourceStats, WordChange)
from compareapp.export import ExportOptions, export_report  # noqa: E402

WORDS = ("officials said the attack on the port city killed people overnight while drones and missiles "
         "struck energy facilities across several regions and the president called for talks with "
         "Moscow as negotiators prepared a new round in Istanbul next week amid pressure from allies "
         "Зеленский заявил о переговорах café résumé").split()
SYNONYMS = {"said": "stated", "killed": "left dead", "struck": "hit", "called": "pressed", "talks": "negotiations",
            "new": "fresh", "people": "civilians", "overnight": "during the night"}


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + f" {rng.randint(2, 90)} times."


def synthetic(n_docs: int = 100, story: int = 24, seed: int = 7) -> tuple[ComparisonResult, tuple[Note, ...]]:
    rng = random.Random(seed)
    base = [_sentence(rng, rng.randint(12, 30)) for _ in range(story)]
    docs, origin = [], {}  # sentence id -> (story index, reworded?)
    for d in range(n_docs):
        doc_id = f"{d:03d}_report.txt"
        texts = []
        for i, s in enumerate(base):
            r = rng.random()
            if r < 0.45:
                texts.append((s, i, False))
            elif r < 0.8:
                words = [SYNONYMS.get(w, w) for w in s.split()]
                texts.append((" ".join(words), i, True))
            if rng.random() < 0.15:
                texts.append((_sentence(rng, rng.randint(10, 25)), None, False))
        text, sentences, paras = "", [], []
        for k, (s, i, reworded) in enumerate(texts):
            sep = "\n\n" if k and k % 4 == 0 else (" " if k else "")
            text += sep
            pi = k // 4
            if not paras or paras[-1].index != pi:
                paras.append(Paragraph(pi, len(text), len(text)))
            sid = f"{doc_id}#{k}"
            sentences.append(Sentence(sid, doc_id, k, len(text), len(text) + len(s), s, pi))
            text += s
            origin[sid] = (i, reworded)
        paras = [Paragraph(p.index, p.start, max(s.end for s in sentences if s.paragraph == p.index)) for p in paras]
        docs.append(Document(doc_id, doc_id, text, DocumentMeta(outlet=f"Outlet {d % 17}", date=f"2025-07-{1 + d % 28:02d}"),
                             tuple(paras), tuple(sentences)))
    by_story: dict[int, list[Sentence]] = {}
    for doc in docs:
        for s in doc.sentences:
            if origin[s.id][0] is not None:
                by_story.setdefault(origin[s.id][0], []).append(s)
    links, groups, status = [], [], {}
    for i, members in by_story.items():
        for a, b in zip(members, members[1:]):  # a chain, as an aligner's spanning links would be
            reworded = origin[a.id][1] != origin[b.id][1]
            changes, numbers = (), ()
            if reworded:
                aw, bw = a.text.split()[1], b.text.split()[1]
                changes = (WordChange(a.start + len(a.text.split()[0]) + 1, a.start + len(a.text.split()[0]) + 1 + len(aw),
                                      b.start + len(b.text.split()[0]) + 1, b.start + len(b.text.split()[0]) + 1 + len(bw),
                                      aw, bw),)
                if rng.random() < 0.2:
                    numbers = (NumberDiscrepancy("12", "14", a.start, a.start + 2, b.start, b.start + 2),)
            links.append(Link(a.id, b.id, 0.7 if reworded else 0.95, "reworded" if reworded else "shared", changes, numbers))
        kind = "reworded" if any(origin[m.id][1] for m in members) else "shared"
        groups.append(PassageGroup(f"g{i}", kind, tuple(m.id for m in members)))
        for m in members:
            status[m.id] = kind
    stats, ids = {}, [d.id for d in docs]
    for doc in docs:
        w = {"shared": 0, "reworded": 0, "unique": 0}
        for s in doc.sentences:
            w[status.get(s.id, "unique")] += s.words
        stats[doc.id] = SourceStats(doc.words, w["shared"], w["reworded"], w["unique"])
    matrix = SimilarityMatrix(tuple(ids), tuple(tuple(1.0 if a == b else rng.random() for b in ids) for a in ids))
    quotes, qgroups = [], []
    for g in range(12):
        variants = []
        for v in range(3):
            holders = [d for d in docs[v * 7 + g:v * 7 + g + 5]]
            text = f"We will not give up {g} {'regions' if v else 'lands'} ever"
            qids = []
            for d in holders:
                q = Quote(f"{d.id}#q{g}", d.id, 0, len(text), text, "Volodymyr Zelensky", cluster=f"qg{g}")
                quotes.append(q)
                qids.append(q.id)
            variants.append(QuoteVariant(text, tuple(qids), tuple(d.id for d in holders)))
        qgroups.append(QuoteGroup(f"qg{g}", ("Volodymyr Zelensky",), tuple(variants),
                                  tuple(dict.fromkeys(d for v in variants for d in v.doc_ids)), ("wording differs",)))
    notes = tuple(Note(f"n{k}", "sentence", docs[k].sentences[2].id, f"Check this figure ({k}).", "needs checking",
                       (TextAnchor(docs[k].id, docs[k].sentences[2].text[:30]),), doc_id=docs[k].id)
                  for k in range(0, n_docs, 5))
    alignment = Alignment(tuple(links), tuple(groups), status, stats, matrix, tuple(ids))
    return ComparisonResult(tuple(docs), alignment, tuple(quotes), tuple(qgroups), folder="/synthetic/100-reports",
                            settings={"synthetic": True}, selected=tuple(ids)), notes


def timed(result, path: str, **opts) -> float:
    t = time.perf_counter()
    export_report(result, path, ExportOptions(overwrite=True, **opts))
    return time.perf_counter() - t


def main() -> int:
    from compareapp.core.pipeline import compare_folder

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        seeds = compare_folder(str(ROOT / "seeds"))
        for fmt, layout, target in (("pdf", "sequential", 2.0), ("pdf", "columns", 2.0), ("html", "sequential", 2.0),
                                    ("json", "sequential", 2.0)):
            path = os.path.join(tmp, f"seeds.{fmt}")
            rows.append((f"samples ({len(seeds.documents)} reports)", f"{fmt} {layout}", timed(seeds, path, layout=layout),
                         target, os.path.getsize(path)))
        big, notes = synthetic()
        for fmt, layout in (("pdf", "sequential"), ("pdf", "columns"), ("html", "sequential"), ("html", "columns"),
                            ("json", "sequential")):
            path = os.path.join(tmp, f"big.{fmt}")
            rows.append((f"synthetic ({len(big.documents)} reports)", f"{fmt} {layout}",
                         timed(big, path, layout=layout, notes=notes), 30.0, os.path.getsize(path)))
    print(f"{'input':<26} {'export':<18} {'seconds':>8} {'target':>7} {'size':>10}  ok")
    ok = True
    for name, what, secs, target, size in rows:
        good = secs < target
        ok &= good
        print(f"{name:<26} {what:<18} {secs:8.2f} {target:7.1f} {size / 1e6:9.2f}M  {'yes' if good else 'NO'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
