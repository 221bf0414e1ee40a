"""JSON export: exactly ``compareapp compare --json`` (result.to_dict()) plus
the user's notes and an "export" block saying what this file is."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..core.result import ComparisonResult
from .common import ReportView

EXPORT_FORMAT_VERSION = 1


def export_dict(result: ComparisonResult, view: ReportView) -> dict[str, Any]:
    result = view.extra.get("result", result)  # seen over the chosen sources
    data = result.to_dict()
    chosen = {s.doc.id for s in view.sources}
    if len(chosen) < len(result.documents):  # only the sources the user picked
        data["documents"] = [d for d in data["documents"] if d["id"] in chosen]
        data["quotes"] = [q for q in data["quotes"] if q["doc"] in chosen]
        groups = []
        for g in data["quote_groups"]:
            variants = [dict(v, docs=[d for d in v["docs"] if d in chosen]) for v in g["variants"]]
            variants = [v for v in variants if v["docs"]]
            if variants:
                groups.append(dict(g, variants=variants, docs=[d for d in g["docs"] if d in chosen]))
        data["quote_groups"] = groups
    data.setdefault("version", view.version)
    data["notes"] = [_note_dict(row.note, row.where) for row in view.notes]
    data["export"] = {"format": "compareapp-export", "format_version": EXPORT_FORMAT_VERSION,
                      "date": view.exported_at, "app_version": view.version,
                      "sources": [s.doc.id for s in view.sources],
                      "statuses": list(view.options.highlighted_statuses)}
    return data


def _note_dict(note, where: str) -> dict[str, Any]:
    d = asdict(note)
    d["anchors"] = [dict(a) for a in d["anchors"]]
    d["extra"] = {k: v for k, v in note.extra}
    d["where"] = where
    return d


def write_json(result: ComparisonResult, view: ReportView, out) -> None:
    out.write(json.dumps(export_dict(result, view), ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")
