"""Lining reports up side by side: which sentences share a row.

Rows come from a merge of the columns' sentence orders: sentences no other
column carries go in as they come; a passage group goes in once it is next in
every column that holds it; when reports order things differently the first
column leads and the others' copies follow on their own rows (their margin
notes still name each other).
"""
from __future__ import annotations

from .common import SentenceRow

MAX_COLUMNS = 4  # more sources side by side would leave a few words per line


def chunks(items: list) -> list[list]:
    """Sources in balanced sets of at most MAX_COLUMNS: 5 -> 3 + 2, not 4 + 1."""
    n = len(items)
    if not n:
        return []
    per = -(-n // -(-n // MAX_COLUMNS))
    return [items[i:i + per] for i in range(0, n, per)]


def synoptic_rows(columns: list[list[SentenceRow]]) -> list[list[list[int]]]:
    """Rows of sentence indices, one list per column; every sentence exactly once, in order."""
    k = len(columns)
    members: dict[str, dict[int, list[int]]] = {}
    for c, rows in enumerate(columns):
        for i, r in enumerate(rows):
            if r.group:
                members.setdefault(r.group, {}).setdefault(c, []).append(i)
    cursor = [0] * k

    def across(group: str | None) -> bool:
        return group is not None and len(members[group]) > 1

    def ready(group: str) -> bool:
        for d, idx in members[group].items():
            left = [i for i in idx if i >= cursor[d]]
            if left and left[0] != cursor[d]:
                return False
        return True

    def take(c: int, keep) -> list[int]:
        out = []
        while cursor[c] < len(columns[c]) and keep(columns[c][cursor[c]]):
            out.append(cursor[c])
            cursor[c] += 1
        return out

    out: list[list[list[int]]] = []
    while True:
        live = [c for c in range(k) if cursor[c] < len(columns[c])]
        if not live:
            return out
        row: list[list[int]] = [[] for _ in range(k)]
        solos = [c for c in live if not across(columns[c][cursor[c]].group)]
        if solos:
            for c in solos:
                row[c] = take(c, lambda r: not across(r.group))
        else:
            heads = [columns[c][cursor[c]].group for c in live]
            group = next((g for g in heads if ready(g)), heads[0])  # heads[0]: orders cross, first column leads
            for c in live:
                row[c] = take(c, lambda r, g=group: r.group == g)
        out.append(row)
