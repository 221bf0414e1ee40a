"""How fast quotations are found, attributed and grouped. Run by hand:

    .venv/bin/python benchmarks/bench_quotes.py [--reports 50 200 1000]

Targets (issue 4): the five samples in a few milliseconds; cost about linear in
the folder size (grouping goes through an inverted index, not all pairs).
The big folders are the samples repeated with the people, numbers and some
words changed per copy (seeded), so each copy carries quotations that group
with some copies and not with others.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compareapp.core.quotes import find_quotes  # noqa: E402
from compareapp.core.reading import document_from_text, load_folder  # noqa: E402
from compareapp.core.settings import EngineSettings  # noqa: E402

SWAPS = ["must", "should", "will", "can", "needs to", "has to"]


def variants(docs, n: int, seed: int = 1):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        base = docs[i % len(docs)]
        text = base.text
        story = i // len(docs)
        # each story copy gets its own figures and a reworded modal, so copies
        # of different stories share wording only partly
        text = re.sub(r"\d+", lambda m: str(int(m.group()) + story), text)
        text = re.sub(r"\b(should|must)\b", lambda m: rng.choice(SWAPS), text)
        out.append(document_from_text(f"r{i:05d}_{base.id}", text))
    return tuple(out)


def timed(docs, repeat: int = 3) -> float:
    """Best CPU seconds of this process (the machine is shared: wall time is noisy)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        find_quotes(docs, EngineSettings())
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, nargs="+", default=[50, 200, 1000])
    args = ap.parse_args()
    seeds = load_folder(str(ROOT / "seeds")).documents
    print(f"{'reports':>8} {'quotes':>8} {'cpu s':>9} {'ms/report':>10}")
    t = timed(seeds, 10)
    n = len(find_quotes(seeds, EngineSettings())[0])
    print(f"{len(seeds):>8} {n:>8} {t:>9.4f} {1000 * t / len(seeds):>10.2f}")
    for size in args.reports:
        docs = variants(seeds, size)
        t = timed(docs, 1)
        n = len(find_quotes(docs, EngineSettings())[0])
        print(f"{size:>8} {n:>8} {t:>9.3f} {1000 * t / size:>10.2f}")
    # one very long report (the samples repeated): cost per character must stay flat
    print(f"\n{'one report, chars':>18} {'quotes':>8} {'cpu s':>9}")
    for copies in (20, 80):
        text = "\n\n".join(["\n\n".join(d.text for d in seeds)] * copies)
        doc = (document_from_text("long.txt", text),)
        t = timed(doc, 1)
        print(f"{len(text):>18} {len(find_quotes(doc, EngineSettings())[0]):>8} {t:>9.3f}")


if __name__ == "__main__":
    main()
