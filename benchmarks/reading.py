"""Reading speed (run by hand, prints a table).

    .venv/bin/python benchmarks/reading.py

Times reading and segmenting the five seeds, a folder of 2,000 small text
files, one 1 MB report, a web page, a Word file (also with tables) and a PDF
(the first of each includes importing its library, shown separately), and
the start-up cost of the command line. Figures: benchmarks/README.md.
"""
from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from compareapp.core.reading import load_folder, read_file  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    rows = []
    rows.append(("5 seeds (load_folder)", best_of(20, lambda: load_folder(str(SEEDS)))))
    seed_text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "many")
        folder.mkdir()
        for i in range(2000):
            (folder / f"r{i:04d}.txt").write_text(seed_text[i % 2000: i % 2000 + 1500], encoding="utf-8")
        rows.append(("2,000 files of 1.5 kB", best_of(3, lambda: load_folder(str(folder)))))
        big = Path(tmp, "big.txt")
        big.write_text((seed_text + "\n") * (1_000_000 // len(seed_text)), encoding="utf-8")
        rows.append(("one 1 MB report", best_of(3, lambda: read_file(str(big)))))
        cp = Path(tmp, "cp1251.txt")
        cp.write_bytes(("Президент України запропонував Росії переговори. " * 200).encode("cp1251"))
        rows.append(("cp1251 10 kB, first (imports)", best_of(1, lambda: read_file(str(cp)))))
        rows.append(("cp1251 10 kB, again", best_of(3, lambda: read_file(str(cp)))))

        page = Path(tmp, "p.html")
        paras = "".join(f"<p>{line}</p>" for line in seed_text.splitlines() if line.strip())
        page.write_text(f"<html><head><title>T</title></head><body><article>{paras}</article></body></html>",
                        encoding="utf-8")
        rows.append(("web page, first (imports)", best_of(1, lambda: read_file(str(page)))))
        rows.append(("web page, again", best_of(3, lambda: read_file(str(page)))))
        # the same article with a menu table, a 50-row data table inside it and a footer table
        menu = "<table class='menu'><tr>" + "".join(f"<td><a href='/{i}'>Section {i}</a></td>" for i in range(8))
        data = "<table>" + "".join(f"<tr><td>Region {r}</td><td>{r * 3}</td><td>{r * 7}</td></tr>" for r in range(50))
        footer = "<footer><table><tr><td>© 2026</td><td><a href='/p'>Privacy</a></td></tr></table></footer>"
        blocks = [f"<p>{line}</p>" for line in seed_text.splitlines() if line.strip()]
        half = len(blocks) // 2
        tables = Path(tmp, "t.html")
        tables.write_text(f"<html><head><title>T</title></head><body>{menu}</tr></table><article>"
                          f"{''.join(blocks[:half])}{data}</table>{''.join(blocks[half:])}</article>{footer}"
                          "</body></html>", encoding="utf-8")
        rows.append(("web page + tables, again", best_of(3, lambda: read_file(str(tables)))))

        import docx

        d = docx.Document()
        for line in seed_text.splitlines():
            d.add_paragraph(line)
        d.save(Path(tmp, "w.docx"))
        rows.append(("Word file, first (imports)", best_of(1, lambda: read_file(str(Path(tmp, "w.docx"))))))
        rows.append(("Word file, again", best_of(3, lambda: read_file(str(Path(tmp, "w.docx"))))))
        # the same text with a data table of 200 rows and a layout table around a paragraph
        table = d.add_table(rows=200, cols=4)
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                cell.text = f"Region {r}" if c == 0 else str(r * c)
        d.add_table(rows=1, cols=1).cell(0, 0).text = seed_text.splitlines()[1]
        d.save(Path(tmp, "t.docx"))
        rows.append(("Word file + 200-row table, again", best_of(3, lambda: read_file(str(Path(tmp, "t.docx"))))))

        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        out = io.BytesIO()
        style = getSampleStyleSheet()["BodyText"]
        SimpleDocTemplate(out).build([Paragraph(line, style) for line in seed_text.splitlines() if line.strip()])
        Path(tmp, "r.pdf").write_bytes(out.getvalue())
        rows.append(("PDF, first (imports)", best_of(1, lambda: read_file(str(Path(tmp, "r.pdf"))))))
        rows.append(("PDF, again", best_of(3, lambda: read_file(str(Path(tmp, "r.pdf"))))))

    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import compareapp.cli; from compareapp.core.reading import load_folder"],
                   check=True)
    rows.append(("python + import cli + reading", time.perf_counter() - started))

    print(f"{'case':36} {'seconds':>10}")
    for name, seconds in rows:
        print(f"{name:36} {seconds:10.4f}")


if __name__ == "__main__":
    main()
