"""The short human summary that ``compareapp compare FOLDER`` prints."""
from __future__ import annotations

from .result import REWORDED, SHARED, UNIQUE, ComparisonResult


def human_summary(result: ComparisonResult, top_pairs: int = 5) -> str:
    lines = [f"{len(result.documents)} sources"
             + (f", {len(result.problems)} skipped" if result.problems else "")]
    width = max((len(d.name) for d in result.documents), default=10)
    outlet_w = max((len(d.meta.outlet or "") for d in result.documents), default=0)
    outlet_w = max(outlet_w, len("outlet")) if outlet_w else 0  # the column only when some text names one

    def outlet(text: str) -> str:
        return f"{text:<{outlet_w}}  " if outlet_w else ""

    lines.append(f"  {'source':<{width}}  {outlet('outlet')}{'date':<10}  {'words':>6}  shared  reworded  own")
    for d in result.documents:
        st = result.stats(d.id)
        lines.append(f"  {d.name:<{width}}  {outlet(d.meta.outlet or '')}{d.meta.date or '':<10}  {d.words:>6}  "
                     f"{st.share(SHARED):>6.0%}  {st.share(REWORDED):>8.0%}  {st.share(UNIQUE):>3.0%}")
    m = result.alignment.matrix
    pairs = []
    for i, a in enumerate(m.doc_ids):
        for j, b in enumerate(m.doc_ids):
            if i < j:
                pairs.append(((m.values[i][j] + m.values[j][i]) / 2, a, b))
    pairs.sort(reverse=True)
    if pairs:
        lines.append("closest pairs:")
        names = {d.id: d.name for d in result.documents}
        for score, a, b in pairs[:top_pairs]:
            lines.append(f"  {score:>4.0%}  {names[a]}  ~  {names[b]}")
    if result.quote_groups:
        flagged = sum(1 for g in result.quote_groups if g.flags)
        lines.append(f"{len(result.quotes)} quotations in {len(result.quote_groups)} statements, "
                     f"{flagged} flagged")
    for p in result.problems:
        lines.append(f"skipped {p.name}: {p.reason}")
    return "\n".join(lines) + "\n"
