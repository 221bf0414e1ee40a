"""The HTML page (self-contained, no script, no external request) and the JSON."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from compareapp.export import ExportOptions, export_report

from .conftest import QUOTE_A, QUOTE_B, QUOTE_C, QUOTE_D

FIXED = "2025-07-22T09:00:00+00:00"
URL = re.compile(r"(?:https?:)?//[\w.-]+", re.I)


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"
        if tag not in ("br", "meta", "link", "img", "input", "hr"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()
        self._in_style = False

    def handle_data(self, data):
        (self.styles if self._in_style else self.text).append(data)


def export_html(result, tmp_path: Path, **opts) -> tuple[str, _Collect]:
    path = tmp_path / "out.html"
    export_report(result, str(path), ExportOptions(exported_at=FIXED, **opts))
    html = path.read_text(encoding="utf-8")
    parser = _Collect()
    parser.feed(html)
    parser.close()
    return html, parser


def flat(text: str) -> str:
    return " ".join(text.split())


def test_html_is_well_formed_self_contained_and_without_script(hand_result, notes, tmp_path):
    html, parsed = export_html(hand_result, tmp_path, notes=notes)
    assert parsed.stack == []  # every element closed in order
    assert "<script" not in html.lower()
    tags = {t for t, _ in parsed.tags}
    assert not tags & {"script", "iframe", "img", "link", "object", "embed"}
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler {name} on <{tag}>"
            if name in ("src", "href", "action", "srcset", "style"):
                assert not URL.search(value or ""), f"<{tag} {name}={value}>"
    css = "".join(parsed.styles)
    assert "@media print" in css
    assert not re.search(r"url\(|@import", css)
    assert not URL.search(html.replace("DejaVu", ""))


def test_html_has_the_same_content(hand_result, notes, tmp_path):
    _, parsed = export_html(hand_result, tmp_path, notes=notes)
    text = flat("".join(parsed.text))
    for d in hand_result.documents:
        assert d.name in text
    for q in (QUOTE_A, QUOTE_B, QUOTE_C, QUOTE_D):
        assert q in text
    assert "Зеленский предложил России новые переговоры в субботу." in text
    assert "Ελένη Παπαδοπούλου said ‘we’re tired of waiting’" in text
    assert "figures differ: “At least one” here, “Three” in b" in text
    for n in notes:
        assert n.text in text
    assert FIXED in text and "link_threshold = 0.45" in text
    classes = [a.get("class", "") for _, a in parsed.tags]
    assert sum("s shared" in c for c in classes) == 2
    assert sum("s reworded" in c for c in classes) == 4
    assert any("chg" in c for c in classes)  # changed words marked


def test_html_columns_and_status_filter(hand_result, tmp_path):
    html, parsed = export_html(hand_result, tmp_path, layout="columns", statuses=("shared",))
    classes = [a.get("class", "") for _, a in parsed.tags]
    assert any("columns" in c for c in classes)
    assert sum("s shared" in c for c in classes) == 2
    assert not any("s reworded" in c or "s unique" in c for c in classes)


def test_json_is_the_result_plus_notes_and_export_block(hand_result, notes, tmp_path):
    path = tmp_path / "out.json"
    export_report(hand_result, str(path), ExportOptions(exported_at=FIXED, notes=notes))
    data = json.loads(path.read_text(encoding="utf-8"))
    expected = hand_result.to_dict()
    assert data["version"] == expected["version"]
    for key in expected:  # the same schema as `compareapp compare --json`
        assert data[key] == expected[key], key
    assert data["export"]["format_version"] == 1 and data["export"]["date"] == FIXED
    assert [n["id"] for n in data["notes"]] == [n.id for n in notes]
    disputed = next(n for n in data["notes"] if n["id"] == "n1")
    assert disputed["verdict"] == "disputed" and disputed["anchors"][0]["exact"] == "At least one person was killed"
    assert "Зеленский" in path.read_text(encoding="utf-8")  # written as UTF-8, not escaped


def test_json_of_chosen_sources(hand_result, tmp_path):
    path = tmp_path / "out.json"
    export_report(hand_result, str(path), ExportOptions(sources=("b.txt",)))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ["b.txt"]
    assert data["export"]["sources"] == ["b.txt"]


def test_seeds_html_and_json(seeds_result, tmp_path):
    html, parsed = export_html(seeds_result, tmp_path)
    text = flat("".join(parsed.text))
    assert "<script" not in html.lower()
    for d in seeds_result.documents:
        assert d.name in text
    for q in seeds_result.quotes:
        assert flat(q.text) in text
    path = tmp_path / "seeds.json"
    export_report(seeds_result, str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] and len(data["documents"]) == len(seeds_result.documents)


def test_html_side_by_side_lines_counterparts_up(hand_result, tmp_path):
    html, _ = export_html(hand_result, tmp_path, layout="columns")
    rows = html.split('<div class="row"')[1:]
    assert any('id="s-a.txt#0"' in r and 'id="s-b.txt#0"' in r for r in rows)
    assert any('id="s-a.txt#1"' in r and 'id="s-b.txt#1"' in r for r in rows)
    assert not any('id="s-a.txt#0"' in r and 'id="s-a.txt#1"' in r for r in rows)


def test_json_of_chosen_sources_drops_the_others_everywhere(hand_result, tmp_path):
    path = tmp_path / "out.json"
    export_report(hand_result, str(path), ExportOptions(sources=("a.txt", "b.txt")))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {d["id"] for d in data["documents"]} == {"a.txt", "b.txt"}
    assert {q["doc"] for q in data["quotes"]} == {"a.txt", "b.txt"}
    assert all("c.txt" not in v["docs"] for g in data["quote_groups"] for v in g["variants"])
    assert all("c.txt" not in link["a"] + link["b"] for link in data["links"])
