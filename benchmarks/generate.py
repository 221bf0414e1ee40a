"""Deterministic folders of plausible news variants, for the engine benchmark.

    python benchmarks/generate.py OUT_DIR --reports 200 [--per-story 20] [--seed 1]

A folder holds several stories; each story is told by ``--per-story``
reports of about 600 words. Every report is a variant of its story's base
text: paragraphs reordered, sentences dropped, adjacent sentences merged,
words reworded with synonyms, figures changed, and a few sentences of its own
added. Real folders look like that: several outlets on one event, and a
newsroom's folder holding several events. The same arguments always write
the same files (a seeded random generator, no clock, no hashing of objects).
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

# Words every story may use: they make different stories touch, as in a real
# newsroom folder, without making their sentences counterparts.
COMMON = ("government police officials residents minister city region week report aid "
          "families workers court talks plan money water power roads hospital schools "
          "statement crisis damage support army border vote budget prices company").split()
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SYLLABLES = ("ka ri mo ven tal or bre sin dor lu mi ast quel har po zan fe thi gro nak sel vim "
             "ur cal ped lon tre bas gu ilm dra kes tor wen yal zu bor fin gal hes jor kli mar "
             "nol pra ros sta tiv um vok wix yer zol ab ced dun eg fol gim hap ix jun kor lem "
             "mun nep op pim quo rud sav tum uv").split()
# Sentence shapes: P person, L place, N/V/A story noun/verb/adjective, C common
# word, D day, # figure. Only function words are fixed, so two stories share
# function words and the few common words, as real unrelated stories do.
PATTERNS = [
    "P said on D that # N had been V by the A N.",
    "The N in L was V on D after the A N.",
    "At least # C were V to A N in L, P said.",
    "P told the N that the A N had been V and that the N needed more C.",
    "The C V # million euros for the N of L and the A N.",
    "N described A N as the N V through the N of L.",
    "The N said it had V its A N across L until further notice.",
    "P is examining whether the N V on D was V by the N.",
    "P called the A N in L the worst N in # years.",
    "The N of L will remain V for at least # days, P said.",
    "Local N V # C for A N, most of them A.",
    "P, who lives near the N in L, said her N had V the A N.",
    "The C accused the N of V the N of the N by # percent last year.",
    "N V N and N at a A N in L throughout the night.",
    "P warned that more A N could V over L by D.",
    "An N into the A N will V within # months, P said.",
]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def _vocabulary(rng: random.Random) -> dict:
    names = [f"{_word(rng, 2).title()} {_word(rng, 3).title()}" for _ in range(6)]
    return {"P": names, "L": [_word(rng, 3).title() for _ in range(5)],
            "N": [_word(rng, 3) for _ in range(90)], "V": [_word(rng, 3) + "ed" for _ in range(40)],
            "A": [_word(rng, 3) + "an" for _ in range(30)]}


def _sentence(pattern: str, vocab: dict, rng: random.Random) -> str:
    out = []
    for token in pattern.split(" "):
        core, tail = token.rstrip(".,"), token[len(token.rstrip(".,")):]
        if core in vocab:
            core = rng.choice(vocab[core])
        elif core == "C":
            core = rng.choice(COMMON)
        elif core == "D":
            core = rng.choice(DAYS)
        elif core == "#":
            core = str(rng.randint(2, 900))
        out.append(core + tail)
    text = " ".join(out)
    return text[0].upper() + text[1:]


def story_base(rng: random.Random) -> tuple[list[str], dict]:
    """About 42 sentences (600 words) and a synonym for each story noun and verb."""
    vocab = _vocabulary(rng)
    sentences = [_sentence(rng.choice(PATTERNS), vocab, rng) for _ in range(42)]
    synonyms = {w: _word(rng, 3) for w in vocab["N"]}
    synonyms.update({w: _word(rng, 3) + "ed" for w in vocab["V"]})
    return sentences, synonyms


OWN = ["In other news, the N reported record N for the A N.",
       "Our N in L V to this N.",
       "P is due to V the C next week on an A N.",
       "N can V N and N to our N.",
       "N V slightly A on D after a A N."]


def _reword(sentence: str, synonyms: dict, rng: random.Random) -> str:
    words = sentence.split(" ")
    for i, w in enumerate(words):
        core = w.strip(".,")
        if core in synonyms and rng.random() < 0.5:
            words[i] = w.replace(core, synonyms[core])
    out = " ".join(words)
    if rng.random() < 0.3 and len(out) > 1 and not out[1].isupper():
        out = "According to local media, " + out[0].lower() + out[1:]
    return out


def _change_number(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    idx = [i for i, w in enumerate(words) if w.strip(".,").isdigit()]
    if idx:
        i = rng.choice(idx)
        words[i] = words[i].replace(words[i].strip(".,"), str(rng.randint(2, 900)))
    return " ".join(words)


def variant(base: list[str], synonyms: dict, rng: random.Random) -> tuple[str, list]:
    """The text of one report and, for each of its sentences, (start, end, base indices)."""
    sentences = []
    for k, s in enumerate(base):
        roll = rng.random()
        if roll < 0.12:
            continue  # dropped
        if roll < 0.42:
            s = _reword(s, synonyms, rng)
        elif roll < 0.50:
            s = _change_number(s, rng)
        sentences.append((s, {k}))
    merged = []
    for s, ids in sentences:
        if merged and rng.random() < 0.1:
            lower = s if len(s) > 1 and s[1].isupper() else s[0].lower() + s[1:]
            merged[-1] = (merged[-1][0].rstrip(".") + ", and " + lower, merged[-1][1] | ids)
        else:
            merged.append((s, ids))
    own_vocab = _vocabulary(rng)
    for t in rng.sample(OWN, 2):
        merged.insert(rng.randint(0, len(merged)), (_sentence(t, own_vocab, rng), set()))
    paragraphs = [merged[i:i + 3] for i in range(0, len(merged), 3)]
    head, rest = paragraphs[:1], paragraphs[1:]
    rng.shuffle(rest)  # outlets keep the lead, reorder the body
    text, truth = "", []
    for p, para in enumerate(head + rest):
        if p:
            text += "\n\n"
        for n, (s, ids) in enumerate(para):
            if n:
                text += " "
            truth.append((len(text), len(text) + len(s), frozenset(ids)))
            text += s
    return text + "\n", truth


def generate(out_dir: str | Path, reports: int, per_story: int = 10, seed: int = 1,
             truth: dict | None = None) -> Path:
    """Write the folder; if ``truth`` is a dict, fill it with file name ->
    [(start, end, {(story, base sentence index), ...})] for every sentence."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    made = 0
    story = 0
    while made < reports:
        base, synonyms = story_base(rng)
        for v in range(min(per_story, reports - made)):
            text, spans = variant(base, synonyms, rng)
            name = f"story{story:03d}_report{v:02d}.txt"
            (out / name).write_text(text, encoding="utf-8")
            if truth is not None:
                truth[name] = [(a, b, frozenset((story, k) for k in ids)) for a, b, ids in spans]
            made += 1
        story += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--per-story", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    generate(args.out_dir, args.reports, args.per_story, args.seed)


if __name__ == "__main__":
    main()
