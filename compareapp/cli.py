"""Command line: ``compareapp [FOLDER]`` opens the window; subcommands run headless.

    compareapp compare FOLDER [--json]
    compareapp report FOLDER --output FILE.pdf|.html|.json [--sources ...] [--layout ...] [--force]
"""
from __future__ import annotations

import argparse
import os
import sys

from . import __version__

SUBCOMMANDS = ("compare", "report")


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="compareapp",
        description="Compare several reports of one news story side by side. "
                    "Subcommands: compare, report (run 'compareapp compare -h').")
    p.add_argument("--version", action="version", version=f"compareapp {__version__}")
    p.add_argument("folder", nargs="?", help="folder of reports to open")
    p.add_argument("--screenshot", metavar="FILE.png",
                   help="open the window on FOLDER, wait for the comparison, save a screenshot and quit")
    return p


def _headless_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="compareapp")
    p.add_argument("--version", action="version", version=f"compareapp {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("compare", help="compare the reports of a folder and print the result")
    c.add_argument("folder")
    c.add_argument("--json", action="store_true", help="print the full result as JSON")
    c.add_argument("--recursive", action="store_true", help="read subfolders too")
    r = sub.add_parser("report", help="export an annotated PDF, HTML or JSON report")
    r.add_argument("folder")
    r.add_argument("--output", "-o", required=True, help="FILE.pdf, FILE.html or FILE.json")
    r.add_argument("--sources", nargs="+", metavar="ID", help="only these sources (ids or file names)")
    r.add_argument("--layout", choices=("sequential", "columns"), default="sequential")
    r.add_argument("--statuses", nargs="+", choices=("shared", "reworded", "unique"),
                   help="only highlight these statuses")
    r.add_argument("--quotes-only", action="store_true", help="only the quotation table")
    r.add_argument("--notes-only", action="store_true", help="only the notes")
    r.add_argument("--force", action="store_true", help="overwrite an existing output file")
    return p


def _stderr_problems(result) -> None:
    for problem in result.problems:
        print(f"compareapp: skipped {problem.name}: {problem.reason}", file=sys.stderr)


def _compare(args) -> int:
    from .core.pipeline import compare_folder
    from .core.settings import EngineSettings
    from .core.summary import human_summary

    if not os.path.isdir(args.folder):
        print(f"compareapp: {args.folder}: not a folder", file=sys.stderr)
        return 2
    result = compare_folder(args.folder, EngineSettings(recursive=args.recursive))
    _stderr_problems(result)
    if not result.documents:
        print(f"compareapp: no usable report in {args.folder}", file=sys.stderr)
        return 2
    if args.json:
        sys.stdout.write(result.to_json() + "\n")
    else:
        sys.stdout.write(human_summary(result))
    return 0


def _saved_notes(folder: str, result) -> tuple:
    """The notes the window saved for this folder, placed on today's texts (read only)."""
    try:
        from .core.notes.anchoring import reanchor
        from .core.notes.store import NotesStore

        store = NotesStore(folder)
        notes = store.load(result.documents)
        for message in store.messages:
            print(f"compareapp: notes: {message}", file=sys.stderr)
        return reanchor(notes, result, store.known_documents) if notes else ()
    except (OSError, ValueError) as exc:  # damaged or unreadable notes must not stop the report
        print(f"compareapp: notes left out of the report: {exc}", file=sys.stderr)
        return ()


def _report(args) -> int:
    from .core.pipeline import compare_folder
    from .export import ExportOptions, export_report

    if not os.path.isdir(args.folder):
        print(f"compareapp: {args.folder}: not a folder", file=sys.stderr)
        return 2
    if os.path.exists(args.output) and not args.force:
        print(f"compareapp: {args.output} exists; add --force to overwrite it", file=sys.stderr)
        return 1
    result = compare_folder(args.folder)
    _stderr_problems(result)
    if not result.documents:
        print(f"compareapp: no usable report in {args.folder}", file=sys.stderr)
        return 2
    options = ExportOptions(sources=tuple(args.sources or ()), layout=args.layout,
                            statuses=tuple(args.statuses or ()), quotes_only=args.quotes_only,
                            notes_only=args.notes_only, overwrite=args.force,
                            notes=_saved_notes(args.folder, result))
    try:
        export_report(result, args.output, options)
    except (OSError, ValueError) as exc:
        print(f"compareapp: cannot write {args.output}: {exc}", file=sys.stderr)
        return 1
    print(f"compareapp: wrote {args.output}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        args = _headless_parser().parse_args(argv)
        return _compare(args) if args.command == "compare" else _report(args)
    args = _gui_parser().parse_args(argv)
    if args.folder and not os.path.isdir(args.folder):
        print(f"compareapp: {args.folder}: not a folder", file=sys.stderr)
        return 2
    from .display_check import display_problem

    problem = display_problem()
    if problem:
        print(f"compareapp: cannot open the window: {problem}", file=sys.stderr)
        return 3
    from .ui.app import run_app

    return run_app(folder=args.folder, screenshot=args.screenshot)
