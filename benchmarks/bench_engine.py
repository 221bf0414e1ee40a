"""How fast the comparison is, printed as a table. Run by hand:

    .venv/bin/python benchmarks/bench_engine.py            # samples, 200 and 1,000 reports
    .venv/bin/python benchmarks/bench_engine.py --sizes 200 --per-story 20

Each folder size runs in a fresh subprocess so that its peak memory
(ru_maxrss) is its own. Generated folders (benchmarks/generate.py) go to a
temporary directory that is removed afterwards. Figures:
- "result": compare_folder() wall and CPU time (read, segment, align,
  quotations); word changes of links are computed on first read, so
- "+changes": the extra time to read the changes of EVERY link (what
  ``to_json()`` does; the window reads them one passage at a time);
- baseline: a naive all-pairs difflib.SequenceMatcher over the words of
  every pair of documents, timed on a deterministic sample of pairs and
  extrapolated to all pairs when there are more than --baseline-pairs.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import platform
import random
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
from compareapp.core.model import WORD_RE  # noqa: E402


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


def _baseline(folder: str, max_pairs: int) -> tuple[float, int, bool]:
    """Seconds for difflib over all document pairs (extrapolated from a sample)."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(folder).iterdir())
             if p.is_file()]
    words = [[m.group().lower() for m in WORD_RE.finditer(t)] for t in texts]
    pairs = [(i, j) for i in range(len(words)) for j in range(i + 1, len(words))]
    sample = pairs if len(pairs) <= max_pairs else random.Random(0).sample(pairs, max_pairs)
    t = time.perf_counter()
    for i, j in sample:
        difflib.SequenceMatcher(None, words[i], words[j]).get_matching_blocks()
    spent = time.perf_counter() - t
    return spent * len(pairs) / max(1, len(sample)), len(pairs), len(sample) < len(pairs)


def run_one(folder: str, repeat: int, baseline_pairs: int) -> dict:
    walls, cpus = [], []
    result = None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = compare_folder(folder)
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    w = time.perf_counter()
    changes = sum(len(link.changes) for link in result.links)
    changes_s = time.perf_counter() - w
    baseline_s, n_pairs, extrapolated = _baseline(folder, baseline_pairs)
    return {"docs": len(result.documents), "words": sum(d.words for d in result.documents),
            "links": len(result.links), "groups": len(result.groups), "changes": changes,
            "wall": statistics.median(walls), "cpu": statistics.median(cpus),
            "changes_s": changes_s, "baseline_s": baseline_s, "doc_pairs": n_pairs,
            "extrapolated": extrapolated, "repeat": repeat,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description="Benchmark the comparison engine.")
    ap.add_argument("--sizes", type=int, nargs="*", default=[200, 1000])
    ap.add_argument("--per-story", type=int, default=10, help="reports per story in generated folders")
    ap.add_argument("--baseline-pairs", type=int, default=300)
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one folder, print JSON
    ap.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.repeat, args.baseline_pairs)))
        return

    rows = []
    with tempfile.TemporaryDirectory(prefix="compareapp-bench-") as tmp:
        folders = [("samples (seeds/)", str(ROOT / "seeds"), 21)]
        for n in args.sizes:
            folders.append((f"{n} reports", str(generate(Path(tmp) / f"r{n}", n, args.per_story)), 1))
        for label, folder, repeat in folders:
            out = subprocess.run([sys.executable, __file__, "--one", folder, "--repeat", str(repeat),
                                  "--baseline-pairs", str(args.baseline_pairs)],
                                 capture_output=True, text=True, check=True)
            rows.append((label, json.loads(out.stdout.strip().splitlines()[-1])))

    print(f"machine: {_machine()}")
    print(f"generated folders: {args.per_story} reports per story (benchmarks/generate.py)")
    head = (f"{'folder':<17}{'docs':>6}{'words':>9}{'links':>8}{'result s':>10}{'cpu s':>8}"
            f"{'+changes s':>11}{'peak MB':>9}{'difflib s':>11}{'ratio':>8}")
    print(head)
    print("-" * len(head))
    for label, r in rows:
        ratio = r["baseline_s"] / r["wall"] if r["wall"] else float("inf")
        note = "*" if r["extrapolated"] else ""
        print(f"{label:<17}{r['docs']:>6}{r['words']:>9}{r['links']:>8}{r['wall']:>10.3f}"
              f"{r['cpu']:>8.3f}{r['changes_s']:>11.3f}{r['maxrss_mb']:>9.0f}"
              f"{r['baseline_s']:>10.2f}{note:1}{ratio:>7.1f}x")
    print("result s / cpu s: median wall / CPU time of compare_folder (read, segment, align,")
    print("quotations; samples: median of 21 runs in one process, the first one included);")
    print("+changes s: reading the word changes and figures of every link afterwards;")
    print("ratio: naive difflib all-pairs time / ours; * extrapolated from a sample of document pairs.")


if __name__ == "__main__":
    main()
