"""Every threshold and weight of the engine in one frozen object.

The window's preferences edit a copy of it; the result records the values
that shaped it (``asdict``) so a finding can be reproduced. The aligner and
the quotation finder read only from here: no constant is scattered in code.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any


@dataclass(frozen=True)
class EngineSettings:
    # Similarity (0..1) from which two sentences of different documents that
    # are each other's best counterpart in the other report are linked. The
    # similarity is the cosine of the sentences' informative terms, each
    # weighted by its rarity in the folder (IDF, squared by the cosine), so
    # shared names, figures and rare words count and "the president said" does
    # not. Requiring the MUTUAL best match is what lets the bar sit this low:
    # news paraphrases keep a quarter to a half of their informative weight,
    # and a sentence that merely shares a name with another is rarely both
    # its best match and that sentence's best match.
    link_threshold: float = 0.25
    # The same bar between two one-sentence texts, where being mutual best
    # proves nothing; between reports of n sentences the bar is
    # link_threshold + (isolated_link_threshold - link_threshold) / n.
    isolated_link_threshold: float = 0.35
    # Between two one-sentence texts (no report around them: the question is
    # whether they state the same thing), a sentence that holds nearly all
    # (isolated_subset_containment) of the other's weight but has less than
    # isolated_added_claim of its own weight in common adds a claim of its
    # own, and is not linked. Inside reports such a pair is linked (mutual
    # best) and the added words show as changes. Measured on our labelled
    # pairs (tune half): +1 pair of 118, no paraphrase lost; on high-overlap
    # wire pairs (the "X, and Y" look-alikes) it is the main error it removes.
    isolated_subset_containment: float = 0.85
    isolated_added_claim: float = 0.6
    # Below link_threshold but from this similarity, mutual best counterparts
    # are linked when a neighbouring pair of sentences also scores this much
    # (the reports run in parallel there): heavy paraphrases share few words.
    weak_link_threshold: float = 0.2
    # Share of words (0..1) two counterparts have in common in the same order
    # from which they count as near-identical ("shared") rather than reworded;
    # the same bar applies to their content words when one report cut the
    # attribution or only inflections changed (align/wording.py: "..., the
    # office said." / "..."; "X's contract ran" / "His contract runs").
    shared_threshold: float = 0.85
    # Merges and splits: a sentence whose informative weight is at least this
    # share inside a longer sentence of another report is linked to it as one
    # piece of it, even though the longer one's best counterpart is another
    # piece, provided that piece is within merge_max_gap sentences.
    merge_containment: float = 0.7
    # A piece less contained than that is still linked when at least
    # merge_piece_containment of its weight is inside the longer sentence and
    # the longer sentence matches the two pieces read together by at least
    # merge_joint_gain more (cosine) than the best piece alone: it carries what
    # both say ("opened a criminal case, and police detained two managers" /
    # "... opened a criminal case." + "Two managers were detained."). A
    # neighbour that merely shares a name or the topic is mostly not inside
    # the longer sentence, or adds little to the match. Any value in 0.4-0.6
    # and 0.05-0.12 gives the same links on the stories, seeds and pairs.
    merge_piece_containment: float = 0.5
    merge_joint_gain: float = 0.08
    # Lowest similarity for such a piece (a piece of a two-way merge scores about 0.5-0.7).
    merge_min_score: float = 0.2
    merge_max_gap: int = 2
    # Two sentences must share at least this many informative terms to link,
    # unless their wording is near-identical: one shared rare word is chance.
    # Terms that only name a person with a title or apposition ("the winger's
    # agent, Pieter de Graaf") do not count (align/people.py): one person
    # doing two things is two facts (stories: transfer 0.758 -> 0.789, the
    # agent's and the club president's sentences no longer link; seeds and
    # the labelled pairs unchanged, held-out pairs 0.786 -> 0.795).
    min_shared_terms: int = 2
    # A link this strong is kept even when it is not either sentence's best
    # counterpart in the other report (a sentence a report repeats).
    strong_threshold: float = 0.8
    # Passage groups are formed from the strongest links down (average linkage):
    # two groups join only if the mean link score over all their cross-report
    # member pairs (0 where unlinked) reaches this. With 5 reports a paraphrase
    # linked to one member of a 4-report group at 0.25 just passes (0.06);
    # with 20 reports one weak link no longer drags a sentence into a group of
    # 19 it does not resemble: the chain A~B~C stays apart unless A~C or more
    # links support it.
    group_min_support: float = 0.05
    # At most this many (adjacent) sentences of one report in one group (merges).
    group_max_run: int = 3
    # Candidate pairs: each sentence is indexed by its rarest terms covering
    # this share of its informative weight; pairs sharing none of them cannot
    # reach link_threshold in practice and are never scored.
    index_weight_share: float = 0.75
    # A term carried by more sentences than this is not indexed: it cannot tell
    # counterparts apart (each has its own rarer terms) and its posting list
    # would make candidate search quadratic (10,000 copies of "Yes.").
    index_max_postings: int = 400
    # A candidate pair is scored in full only if the rare terms it shares
    # (those indexed) already give this cosine: half the lowest bar a link
    # can pass, so real counterparts are not lost and chance pairs that share
    # one rare word are skipped.
    candidate_prefilter: float = 0.1
    # Contrary content multiplies a pair's similarity (1 = no effect). Each
    # sentence has a figure the other lacks ("rose 3%" / "rose 5%"): another
    # fact or a changed figure. 0.7 keeps a close rewording with a changed
    # figure linked ("killed at least one" / "killed three": its figures are
    # then shown as a discrepancy) but stops two sentences that only share a
    # topic and a frame and differ in their figures. On our labelled news
    # pairs (tests/data/news_pairs_more.json, tune half, measured with
    # benchmarks/paraphrase_eval.py) 0.5 and 0.7 score within a pair of each other.
    figure_mismatch_factor: float = 0.7
    # Figures that are one quantity reported differently ("150" / "140
    # firefighters", "€48m" / "£41m", "built in 2018" / "opened in 2019"): of the
    # same kind (what they count) and of a size: the larger at most
    # figure_discrepancy_ratio times the smaller (reports of one count or fee
    # differ by a fraction; "450 rescued" / "45 drowned" are other facts), years
    # at most figure_discrepancy_years apart. Such a pair is a discrepancy the
    # link shows, not strong evidence against the link: the two figures leave
    # the cosine (their rare terms no longer dilute it) and the pair is
    # multiplied by differing_figure_factor, milder than figure_mismatch_factor.
    # Measured: 1.0 (neutral) loses two look-alikes of the labelled pairs (same
    # frame, another value: "90% backed a strike" / "60% accepted the offer");
    # 0.8 loses none and links the stories' "150" / "140 firefighters".
    figure_discrepancy_ratio: float = 2.0
    figure_discrepancy_years: int = 2
    differing_figure_factor: float = 0.8
    # One says "rose", "approved", "bought", the other "fell", "rejected",
    # "sold" (align/vocabulary.py OPPOSITES), neither says both: another event.
    # The same when one plainly denies what the other says ("was unable to
    # turn down the offer" / "turned down an offer": the word right after
    # not/never/unable to/failed to), unless the other negates it too, however
    # loosely ("unless talks resume" / "if talks do not restart"). Measured:
    # wider scopes (three words, or "no" as a plain denial) cost seed links and
    # labelled paraphrases ("no official response" / "has not yet responded").
    opposite_factor: float = 0.5
    # --- quotations ---
    # Two full quotation units of different reports render one statement from
    # this similarity on: the IDF-weighted overlap of their content words
    # (Dice) blended with rapidfuzz's ratio of their wording (weight below).
    # Reworded renderings of one statement score 0.6-0.8; different statements
    # sharing a frame ("Everything must be done to ...") stay under 0.54.
    quote_group_threshold: float = 0.55
    # Share of the wording ratio in that blend (the rest is the word overlap):
    # the ratio alone rates "We are ready to meet" ~ "We are not ready to sign" 0.67.
    quote_wording_weight: float = 0.4
    # A fragment ("lasting peace") joins a full statement holding all its words
    # when the sentence it is quoted in carries at least this share (IDF
    # weight) of the statement's other words.
    quote_fragment_support: float = 0.25
    # A fragment of at least quote_fragment_cover_words content words that holds
    # this share (IDF weight) of a full statement's words is that statement,
    # whatever its own sentence says around it ("a player who can change a game
    # on his own" of "We need a player who can change a game on his own"):
    # the sentence test above is for short fragments, where a few shared words
    # are chance. Below 3 words or half the weight, chance again.
    quote_fragment_cover: float = 0.6
    quote_fragment_cover_words: int = 3
    # Counterparts (units of different reports quoted in sentences the alignment
    # links, by the same speaker) render one statement from this similarity,
    # below quote_group_threshold, when each is the other's closest wording in
    # the other report: reports drift from a statement's words ("will answer
    # for it, no matter what post they hold" / "will be held accountable,
    # whatever their position" 0.51; "We had to cool them for hours." / "Our
    # crews had to cool the stacks ... for hours" 0.41), and the link, the
    # speaker and the mutual choice stand for the words they lost. They must
    # also share two content words and keep quote_context_order of the shorter
    # wording's words in the same order: a reworded statement keeps its frame
    # ("he is brave and he scores … what we have" 0.67, "responsible for this
    # tragedy will" 0.55), two statements of one speaker on one topic share a
    # word or two ("The bridge will reopen on Monday" / "The bridge is safe for
    # traffic" 0.33) or only a frame ("We have no plans to raise taxes" / "… to
    # cut spending": one content word). Measured on the seeds and stories: such
    # counterparts that are other statements of one speaker score 0.26 at most
    # or are not each other's closest.
    quote_context_threshold: float = 0.35
    quote_context_order: float = 0.5
    # Two fragments are the same quotation from this wording ratio (0..1).
    quote_fragment_similarity: float = 0.8
    # Units of one report share a group only as repeats: wording ratio from this.
    quote_repeat_similarity: float = 0.9
    # A wording is looked up (inverted index) through this many of its rarest
    # content words: a paraphrase keeps one of them, and common words would
    # make the cost grow with the square of the folder.
    quote_lookup_terms: int = 4
    # Quotations of a report stand apart (so a report joining them in one
    # quotation "fuses" them) when more than this many words of narrative,
    # more than a "he said", separate them, or they are in other paragraphs.
    quote_apart_words: int = 6
    # A name in quotation marks after a naming construction ("known as “black
    # mass”", "a depot locals call “the Barn”") is no quotation; names and
    # nicknames run to a few words, a longer stretch after "known as" is read
    # as quoted speech all the same.
    quote_name_max_words: int = 6
    # Up to this many words in lower case quoted inside a sentence that reports
    # nobody's speech (no reporting verb, no verb of characterising such as
    # "called", "hailed", "accused": quotes/naming.py) are the writer's scare
    # quotes ("after a long “transition”"), not a quotation. Measured: no gold
    # fragment of the seeds, the 45 news articles or the stories is lost at 3;
    # fragments of speech this short come with such a verb ("said the defeat
    # was “unacceptable”", "accused ministers of “spinning”").
    quote_scare_max_words: int = 3
    # Surname spellings (rapidfuzz ratio, 0..100) from which two mentions can be
    # one person (Zelensky / Zelenskyy = 94; Smith / Smyth = 80), as written or
    # on a transliteration key (quotes/speakers.py: kh/h, zh/z, ts/c, y/i, accents,
    # doubled letters made one: Oleinik / Oliynyk = 92 there, 71 as written); the
    # first names must agree too, so Olena / Oleg Marchuk stay two people.
    speaker_name_similarity: float = 85.0
    # Read subfolders of the opened folder too.
    recursive: bool = False
    # Files larger than this are skipped with a message (bytes).
    max_file_bytes: int = 20 * 1024 * 1024

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "EngineSettings":
        known = {f.name for f in fields(cls)}
        base = cls()
        return replace(base, **{k: v for k, v in data.items() if k in known and isinstance(v, type(getattr(base, k)))})
