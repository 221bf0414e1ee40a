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
    # Similarity (0..1) from which two sentences of different documents count
    # as counterparts at all ("reworded").
    link_threshold: float = 0.45
    # Similarity from which counterparts count as near-identical ("shared").
    shared_threshold: float = 0.85
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
