"""Exports of a comparison: the annotated PDF report, a self-contained HTML page
and JSON. No Qt here: the command line and the window's worker both call
``export_report``.

    export_report(result, "finding.pdf", ExportOptions(layout="columns"))
"""
from __future__ import annotations

from ..core.progress import CancelToken, ProgressCallback, check, report
from ..core.result import ComparisonResult
from ..core.atomicfile import write_atomically
from .common import build_view
from .options import ExportOptions, format_of

__all__ = ["ExportOptions", "export_report"]


def export_report(result: ComparisonResult, path: str, options: ExportOptions | None = None,
                  progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> str:
    """Write ``result`` to ``path`` (.pdf, .html or .json) and return the format.

    Raises FileExistsError when ``path`` exists and ``options.overwrite`` is
    False, ValueError for an unknown format or source, Cancelled when
    ``cancel`` is set; in every failure no file (and no half file) is left.
    """
    options = options or ExportOptions()
    fmt = format_of(path)
    report(progress, 0.0, "preparing the export")
    view = build_view(result, options)
    check(cancel)

    def write(out) -> None:
        if fmt == "pdf":
            from .pdf import write_pdf

            write_pdf(view, out, progress, cancel)
        elif fmt == "html":
            from .htmlexport import write_html

            write_html(view, out, progress, cancel)
        else:
            from .jsonexport import write_json

            write_json(result, view, out)
        check(cancel)

    write_atomically(path, write, overwrite=options.overwrite)
    report(progress, 1.0, "exported")
    return fmt
