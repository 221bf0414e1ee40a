"""How fast the comparison is, printed as a table. Run by hand:

    .venv/bin/python benchmarks/bench_engine.py            # samples, 200 and 1,000 reports
    .venv/bin/python benchmarks/bench_engine.py --sizes 200 --per-story 20

Each folder size runs in a fresh subprocess so that its peak memory
(ru_maxrss) is its own. Generated folders (benchmarks/generate.py) go to a
temporary directory that is removed afterwards. Figures:
- "result": compare_folder() wall and CPU time (read, segment, align,
  quotations); word changes of links are computed on first read, so
- "whole": the same plus reading the changes of EVERY link (what
  ``to_json()`` does; the window reads them one passage at a time);
- baseline: a naive aligner, difflib.SequenceMatcher(None, a, b).ratio() on
  every pair of sentences of different documents, timed on a deterministic
  sample of --baseline-pairs pairs and extrapolated to all pairs;
- quality: for generated folders, pair precision/recall of the passage groups
  against the generator's own record of which base sentence each carries.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402

from compareapp import compare_folder  # noqa: E402


def _machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}; {os.cpu_count()} cores; Python {platform.python_version()}; "
            f"{platform.system()} {platform.release()}; load average {load:.1f}")


_NAIVE_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*")


def _baseline(folder: str, max_pairs: int) -> tuple[float, int, bool]:
    """Seconds a naive aligner takes: difflib.SequenceMatcher(...).ratio() on every
    pair of sentences of different documents (regex sentences), timed on a
    deterministic sample of pairs and extrapolated to all of them."""
    sentences = []  # (document index, text)
    for k, p in enumerate(sorted(Path(folder).iterdir())):
        if p.is_file():
            text = p.read_text(encoding="utf-8", errors="replace")
            sentences += [(k, m.group().strip()) for m in _NAIVE_SENTENCE_RE.finditer(text)
                          if m.group().strip()]
    n = len(sentences)
    same_doc = sum(c * (c - 1) // 2 for c in _counts(k for k, _ in sentences).values())
    total = n * (n - 1) // 2 - same_doc
    rng = random.Random(0)
    sample = []
    while len(sample) < min(max_pairs, total):
        i, j = rng.randrange(n), rng.randrange(n)
        if sentences[i][0] != sentences[j][0]:
            sample.append((sentences[i][1], sentences[j][1]))
    t = time.perf_counter()
    for a, b in sample:
        difflib.SequenceMatcher(None, a, b).ratio()
    spent = time.perf_counter() - t
    return spent * total / max(1, len(sample)), total, len(sample) < total


def _counts(keys) -> dict:
    out: dict = {}
    for k in keys:
        out[k] = out.get(k, 0) + 1
    return out


def _quality(result, truth_path: str) -> dict:
    """Pair precision/recall of the passage groups against the generator's truth:
    two sentences of different reports are counterparts when they carry a
    common sentence of the story's base text (merges carry two)."""
    truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    carriers: dict[str, set] = {}
    owner = {}
    for d in result.documents:
        spans = truth.get(d.id, [])
        for s in d.sentences:
            owner[s.id] = d.id
            if s.boilerplate:
                continue
            for a, b, ids in spans:
                if a < s.end and s.start < b:
                    for base in ids:
                        carriers.setdefault(tuple(base), set()).add(s.id)
    gold = set()
    for members in carriers.values():
        ms = sorted(members)
        gold.update(frozenset((x, y)) for i, x in enumerate(ms) for y in ms[i + 1:]
                    if owner[x] != owner[y])
    predicted = set()
    for g in result.groups:
        ms = g.members
        predicted.update(frozenset((x, y)) for i, x in enumerate(ms) for y in ms[i + 1:]
                         if owner[x] != owner[y])
    tp = len(gold & predicted)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    links = {frozenset((link.a, link.b)) for link in result.links}
    link_precision = len(links & gold) / len(links) if links else 1.0
    return {"precision": precision, "recall": recall, "f1": f1, "link_precision": link_precision}


def run_one(folder: str, repeat: int, baseline_pairs: int, truth_path: str | None = None) -> dict:
    walls, cpus, wholes = [], [], []
    result = None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = compare_folder(folder)
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
        changes = sum(len(link.changes) + len(link.numbers) for link in result.links)
        wholes.append(time.perf_counter() - w)
    changes_s = statistics.median(wholes) - statistics.median(walls)
    baseline_s, n_pairs, extrapolated = _baseline(folder, baseline_pairs)
    quality = _quality(result, truth_path) if truth_path else {}
    return {"quality": quality,"docs": len(result.documents), "words": sum(d.words for d in result.documents),
            "links": len(result.links), "groups": len(result.groups), "changes": changes,
            "wall": statistics.median(walls), "cpu": statistics.median(cpus),
            "whole": statistics.median(wholes),
            "changes_s": changes_s, "baseline_s": baseline_s, "doc_pairs": n_pairs,
            "extrapolated": extrapolated, "repeat": repeat,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description="Benchmark the comparison engine.")
    ap.add_argument("--sizes", type=int, nargs="*", default=[200, 1000])
    ap.add_argument("--per-story", type=int, default=10, help="reports per story in generated folders")
    ap.add_argument("--baseline-pairs", type=int, default=20000)
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one folder, print JSON
    ap.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--truth", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.repeat, args.baseline_pairs, args.truth)))
        return

    rows = []
    with tempfile.TemporaryDirectory(prefix="compareapp-bench-") as tmp:
        folders = [("samples (seeds/)", str(ROOT / "seeds"), 21, None)]
        for n in args.sizes:
            truth: dict = {}
            folder = generate(Path(tmp) / f"r{n}", n, args.per_story, truth=truth)
            truth_path = Path(tmp) / f"truth{n}.json"  # beside the folder, not in it
            truth_path.write_text(json.dumps({k: [(a, b, sorted(ids)) for a, b, ids in v]
                                              for k, v in truth.items()}), encoding="utf-8")
            folders.append((f"{n} reports", str(folder), 1, str(truth_path)))
        for label, folder, repeat, truth_path in folders:
            cmd = [sys.executable, __file__, "--one", folder, "--repeat", str(repeat),
                   "--baseline-pairs", str(args.baseline_pairs)]
            if truth_path:
                cmd += ["--truth", truth_path]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True)
            rows.append((label, json.loads(out.stdout.strip().splitlines()[-1])))

    print(f"machine: {_machine()}")
    print(f"generated folders: {args.per_story} reports per story (benchmarks/generate.py)")
    head = (f"{'folder':<17}{'docs':>6}{'words':>9}{'links':>8}{'result s':>10}{'cpu s':>8}"
            f"{'whole s':>9}{'peak MB':>9}{'difflib s':>11}{'ratio':>9}")
    print(head)
    print("-" * len(head))
    for label, r in rows:
        ratio = r["baseline_s"] / r["wall"] if r["wall"] else float("inf")
        note = "*" if r["extrapolated"] else ""
        print(f"{label:<17}{r['docs']:>6}{r['words']:>9}{r['links']:>8}{r['wall']:>10.3f}"
              f"{r['cpu']:>8.3f}{r['whole']:>9.3f}{r['maxrss_mb']:>9.0f}"
              f"{r['baseline_s']:>10.1f}{note:1}{ratio:>8.0f}x")
    print("result s / cpu s: median wall / CPU time of compare_folder (read, segment, align,")
    print("quotations; samples: median of 21 runs in one process, the first one included);")
    print("whole s: the same plus reading the word changes and figures of every link (median);")
    print("difflib s: naive all-pairs SequenceMatcher.ratio() over sentence pairs; ratio = that / ours;")
    print("* extrapolated from a sample of sentence pairs.")
    for label, r in rows:
        q = r.get("quality")
        if q:
            print(f"{label}: passage pairs vs the generator's truth: precision {q['precision']:.3f}, "
                  f"recall {q['recall']:.3f}, F1 {q['f1']:.3f}; links alone: precision "
                  f"{q['link_precision']:.3f}")


if __name__ == "__main__":
    main()
