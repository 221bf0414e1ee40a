"""Markdown front matter: metadata for the report, furniture in its text."""
from __future__ import annotations

import pytest

from compareapp.core.model import DocumentMeta
from compareapp.core.reading import document_from_text, read_file
from compareapp.core.reading.frontmatter import front_matter

LEAD = "KYIV — Ukraine has offered new peace talks with Russia next week, the president said on Saturday."
REPORT = f"""---
title: "Talks resume in Geneva"
date: 2025-07-19
author: Jane Doe
tags: [ukraine, talks]
description: Ukraine has offered Russia a new round of talks in Geneva next week, officials said today
summary: The Kremlin has not yet answered the offer, which follows weeks of stalled contacts between them
---
# Talks resume in Geneva

{LEAD}
The Kremlin did not immediately respond.
"""


def test_front_matter_is_metadata_and_furniture(tmp_path):
    (tmp_path / "report.md").write_text(REPORT, encoding="utf-8")
    doc = read_file(str(tmp_path / "report.md"), str(tmp_path))
    assert doc.text == REPORT  # shown as written
    assert (doc.meta.title, doc.meta.date, doc.meta.byline, doc.meta.place) == \
        ("Talks resume in Geneva", "2025-07-19", "Jane Doe", "KYIV")
    end = REPORT.index("---\n# ") + 4
    inside = [s for s in doc.sentences if s.end <= end]
    assert [s.text for s in inside][:2] == ["---", 'title: "Talks resume in Geneva"'] and inside[-1].text == "---"
    assert all(s.boilerplate for s in inside)
    assert all(p.boilerplate for p in doc.paragraphs if p.end <= end)
    # the long description lines are neither joined with each other nor with the body
    assert [s.text for s in doc.sentences if not s.boilerplate] == [
        "Talks resume in Geneva", LEAD[len("KYIV — "):], "The Kremlin did not immediately respond."]
    assert doc.words == 4 + 16 + 5


def test_a_long_front_matter_does_not_hide_the_dateline():
    keys = "".join(f"key{i}: value {i}\n" for i in range(12))
    doc = document_from_text("a.md", f"---\n{keys}title: Talks\n---\n{LEAD}\n", fmt="md")
    assert [s.text for s in doc.sentences if s.boilerplate][-1] == "KYIV —"
    assert (doc.meta.title, doc.meta.place) == ("Talks", "KYIV")


@pytest.mark.parametrize("block,meta", [
    ("---\ntitle: Talks resume\nauthors:\n  - Jane Doe\n  - John Roe\n---\n",
     DocumentMeta(title="Talks resume", byline="Jane Doe and John Roe")),
    ("---\nauthor: [Jane Doe, \"John Roe\", Ann Poe]\ndate: July 19, 2025\npublisher: Example Post\n---\n",
     DocumentMeta(byline="Jane Doe, John Roe and Ann Poe", date="2025-07-19", outlet="Example Post")),
    ("---\nauthor:\n  name: Jane Doe\n  email: jane@example.com\nDate: 2025-07-19T08:00:00Z  \n...\n",
     DocumentMeta(byline="Jane Doe", date="2025-07-19")),
    ("---\ntitle: 'Talks: what we know' # the headline\nlayout: post\n---\n",
     DocumentMeta(title="Talks: what we know")),
    ("+++\ntitle = \"Talks resume\"\ndate = 2025-07-19\n[params]\nauthor = \"Jane Doe\"\n+++\n",
     DocumentMeta(title="Talks resume", date="2025-07-19", byline="Jane Doe")),
    ("---\nlayout: post\ndraft: false\n---\n", DocumentMeta()),  # furniture all the same
])
def test_front_matter_fields(block, meta):
    found = front_matter(block + LEAD)
    assert found is not None and found.end == len(block)
    assert found.meta == meta


@pytest.mark.parametrize("text", [
    "---\nThe talks resumed on Monday after a month of silence.\n---\n" + LEAD,  # rules around prose
    "---\n---\n" + LEAD,
    "---\ntitle: Talks resume\n" + LEAD,  # never closed
    "Talks resume\n---\ntitle: Talks\n---\n" + LEAD,  # not at the top
    "--- title: Talks\n---\n" + LEAD,
    "---\ntitle: Talks\n| Region | Killed |\n---\n" + LEAD,
])
def test_not_front_matter(text):
    assert front_matter(text) is None
    doc = document_from_text("a.md", text, fmt="md")
    assert any(LEAD[len("KYIV — "):] in s.text for s in doc.sentences if not s.boilerplate)
    assert doc.meta.title != "Talks"


def test_web_pages_have_no_front_matter():
    doc = document_from_text("a.html", "---\ntitle: Talks\n---\n" + LEAD, fmt="html")
    assert doc.meta.title != "Talks"
    assert not next(s for s in doc.sentences if s.text == "title: Talks").boilerplate
