"""Re-anchoring speed and accuracy on edited reports (run by hand, prints a table).

    .venv/bin/python benchmarks/notes_reanchor.py

For reports of growing size: a note on every 4th sentence, then the report is
edited as a newsroom would (a paragraph added on top, a word changed in every
3rd noted sentence, every 7th noted sentence deleted) and renamed. Counts how
many notes land on the right sentence, how many detach (should be exactly the
deleted ones) and how long ``reanchor`` takes.
"""
from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from compareapp.core.notes.anchoring import fingerprint, new_note, reanchor  # noqa: E402
from compareapp.core.reading import document_from_text  # noqa: E402
from compareapp.core.result import ComparisonResult  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(chars: int) -> str:
    """Seed text made longer; each later copy shuffles the words inside every line so
    that no sentence occurs twice (a real report does not repeat itself ten times)."""
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    out, i = [base], 1
    while sum(map(len, out)) < chars:
        rng = random.Random(i)
        lines = []
        for line in base.split("\n"):
            words = line.split(" ")
            rng.shuffle(words)
            lines.append(" ".join(words).strip())
        out.append(f"Part {i}.\n" + "\n".join(lines))
        i += 1
    return "\n".join(out)


def change_a_word(sentence: str) -> str:
    words = sentence.split(" ")
    k = next((k for k, w in enumerate(words) if re.fullmatch(r"[a-z]{4,}", w)), None)
    if k is None:
        return sentence + " (updated)"
    words[k] = words[k][::-1]
    return " ".join(words)


def run(chars: int) -> tuple:
    text = corpus(chars)
    old = ComparisonResult(documents=(document_from_text("story.txt", text),))
    doc = old.documents[0]
    body = [s for s in doc.sentences if len(s.text) > 40][::4][:400]
    notes = [new_note(old, "sentence", s.id, f"note {i}") for i, s in enumerate(body)]
    expect, new_text, cursor, pieces = {}, "EDITOR'S NOTE: updated with new figures.\n", 0, []
    for i, s in enumerate(body):
        pieces.append(text[cursor:s.start])
        if i % 7 == 6:
            replacement, expect[notes[i].id] = "", None
        elif i % 3 == 0:
            replacement = change_a_word(s.text)
            expect[notes[i].id] = replacement
        else:
            replacement = s.text
            expect[notes[i].id] = replacement
        pieces.append(replacement)
        cursor = s.end
    new_text += "".join(pieces) + text[cursor:]
    new = ComparisonResult(documents=(document_from_text("story-v2.txt", new_text),))
    t0 = time.perf_counter()
    placed = reanchor(notes, new, {"story.txt": fingerprint(doc)})
    elapsed = time.perf_counter() - t0
    right = detached_ok = wrong = lost = 0
    for n in placed:
        want = expect[n.id]
        if want is None:
            detached_ok += n.detached
            wrong += not n.detached
        elif n.detached:
            lost += 1
        elif want.strip() in new.sentence(n.target_id).text or new.sentence(n.target_id).text in want:
            right += 1
        else:
            wrong += 1
    deleted = sum(v is None for v in expect.values())
    return len(text), len(notes), right, f"{detached_ok}/{deleted}", lost, wrong, elapsed * 1000


def main() -> None:
    print(f"{'chars':>8} {'notes':>6} {'right':>6} {'detached':>9} {'lost':>5} {'wrong':>6} {'ms':>8}")
    for chars in (5_000, 20_000, 80_000, 200_000):
        c, n, r, d, lost, w, ms = run(chars)
        print(f"{c:>8} {n:>6} {r:>6} {d:>9} {lost:>5} {w:>6} {ms:>8.1f}")


if __name__ == "__main__":
    main()
