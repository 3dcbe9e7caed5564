"""`ccsvi-check scan`: find the claims inside files, directories or standard input.

Added to the app by ``root.py`` for any command line but `check`; only typer is imported
here at start-up, the scanner itself (segmenter, rich) is imported when the command runs.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from .options import (
    EXIT_FLAGGED,
    EXIT_OK,
    EXIT_USAGE,
    CheckFormat,
    ClaimsOpt,
    Color,
    MinScoreOpt,
    OnlyOpt,
    SummaryOpt,
    TextColorOpt,
    ThresholdOpt,
    UserError,
    apply_settings,
    make_checker,
    record_filter,
    stream_guard,
    write_summary,
)

# scan writes the same formats as check
ScanFormat = CheckFormat

# the epilog of `scan --help`: a '\b' paragraph is printed as written, never rewrapped
SCAN_EXAMPLES = """\b
Examples:
  A journalist checks a draft before it goes out:
    ccsvi-check scan draft.md
  A moderator lists the flagged sentences of a folder of posts, for a spreadsheet:
    ccsvi-check scan --only false,misleading -f csv posts/ > flagged.csv
  A script checks a page piped in; exit 1 means something was flagged:
    curl -s "$URL" | ccsvi-check scan -f jsonl --stdin-filename page.html -"""


class Markup(str, Enum):
    auto = "auto"
    text = "text"
    markdown = "markdown"
    html = "html"
    rst = "rst"


def scan_settings(fmt: ScanFormat | None, threshold: float | None,
                  claims: list[Path] | None) -> tuple[ScanFormat, float, list[Path]]:
    """Command-line values, else the settings file's, else the defaults: ``check``'s
    rules (``options.apply_settings``)."""
    return apply_settings(fmt, threshold, claims)


def _tolerant(out: TextIO) -> TextIO:
    """``out``, made to print what its encoding lacks as '?' rather than fail mid-scan
    (a document may hold any character; stdout may be latin-1)."""
    reconfigure = getattr(out, "reconfigure", None)
    if reconfigure is not None and getattr(out, "errors", None) == "strict":
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):  # pragma: no cover - a stream that can't
            pass
    return out


def scan_command(
    paths: Annotated[list[str] | None, typer.Argument(metavar="[PATH]...",
        help="Files and directories to scan (directories recursively: .txt, .md, .rst, "
             ".html and the like). None, or '-', reads standard input as one document.",
        show_default=False)] = None,
    fmt: Annotated[ScanFormat | None, typer.Option(
        "--format", "-f", show_default=False,
        help="Output format: text (path:line:column: ...), jsonl (one object per "
        "finding), json (one array), markdown (to paste into a draft), csv or tsv (a "
        "header row, then a row per finding) [default: text, or the settings file's].",
        rich_help_panel="Output")] = None,
    all_sentences: Annotated[bool, typer.Option(
        "--all", help="Also report the sentences no claim matches (verdict 'unknown').",
        rich_help_panel="Filters")
    ] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, max=256, metavar="N",
        help="Worker processes checking sentences (0, the default: one per CPU, once "
             "there is more than about 128 KB of text). The output is the same whatever "
             "the number.", rich_help_panel="Run")] = 0,
    markup: Annotated[Markup, typer.Option(
        "--markup", help="Markup to mask before splitting sentences; auto picks it from "
        "the file extension (.md, .html, .rst; anything else and stdin: text).",
        rich_help_panel="Input")
    ] = Markup.auto,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", metavar="NAME",
        help="Name standard input in the output (and, with --markup auto, pick its markup "
             "from this name's extension).", rich_help_panel="Input")] = None,
    threshold: ThresholdOpt = None,
    claims: ClaimsOpt = None,
    color: TextColorOpt = Color.auto,
    only: OnlyOpt = None,
    min_score: MinScoreOpt = None,
    summary: SummaryOpt = None,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar on stderr (shown on a terminal for a large "
                              "input: more than 1 MB or 20 files).",
                              rich_help_panel="Run")] = False,
) -> None:
    """Find and check the claims in documents; exit 1 if any is false or misleading.

    Each sentence is checked as `check` would check it. Positions are 1-based lines and
    columns (in characters); end_line/end_column point just past the sentence. A line
    holding 'ccsvi-check: ignore' is not reported; 'ccsvi-check: ignore-next-line'
    silences the next line. Missing or unreadable inputs are reported on stderr, the
    rest is scanned, and the exit status is 2. --threshold, --claims and --format
    default to the settings file's ([tool.ccsvi-check] in pyproject.toml, or
    .ccsvi-check.toml), as for check.
    """
    from collections import Counter

    from ..documents import documents
    from ..progress import scan_progress
    from ..safe import inert
    from ..scan import Finding, Notice, Opened, scan_documents
    from ..tally import Tally

    keep = record_filter(only, min_score)
    tally = Tally()

    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else (os.cpu_count() or 1)
    if stdin_filename is not None and not stdin_filename.strip():
        raise UserError("--stdin-filename must not be empty")
    fmt, threshold, claims = scan_settings(fmt, threshold, claims)
    checker = make_checker(claims, threshold)
    out = _tolerant(sys.stdout)
    human_writer = None
    if fmt is ScanFormat.text:
        from ..render_scan import scan_text_writer

        writer = human_writer = scan_text_writer(out, color.value)
        emit = writer.emit
    elif fmt is ScanFormat.markdown:
        from ..render_scan import ScanMarkdownWriter

        writer = human_writer = ScanMarkdownWriter(out)
        emit = writer.emit
    elif fmt in (ScanFormat.csv, ScanFormat.tsv):
        from ..render_csv import DelimitedWriter

        writer = DelimitedWriter(out, tsv=fmt is ScanFormat.tsv, scan=True)
        emit = writer.emit_finding
    else:
        from ..render import FindingJson, JsonArrayWriter, JsonLinesWriter

        writer = JsonLinesWriter(out) if fmt is ScanFormat.jsonl else JsonArrayWriter(out)
        encode = FindingJson()

        def emit(finding: Finding) -> None:
            writer.emit_block(encode(finding), 1)
            writer.flush()

    verdicts: Counter[str] = Counter()
    flagged = failed = False
    files = sentences = skipped = errors = 0
    items = documents(paths, markup.value, stdin_filename)
    with stream_guard():
        # the bar is off the screen (erased) before the summaries are written
        with scan_progress(paths, quiet=quiet) as progress:
            # machine output carries no sentence count: off-topic paragraphs are not split
            events = scan_documents(checker, progress.documents(items), jobs,
                                    all_sentences, count_all=human_writer is not None)
            for event in progress.events(events):
                if isinstance(event, int):
                    sentences += event
                elif isinstance(event, Finding):
                    # a filter hides findings, but the exit status counts them all
                    flagged = flagged or event.result.is_flag
                    shown = keep is None or keep(event.result)
                    tally.add(event.result.verdict, shown)
                    if shown:
                        verdicts[event.result.verdict] += 1
                        emit(event)
                elif isinstance(event, Opened):
                    files += 1
                elif isinstance(event, Notice):
                    if event.is_error:
                        failed = True
                        errors += 1
                    else:
                        skipped += 1
                    out.flush()
                    sys.stderr.write(f"ccsvi-check: {inert(event.path)}: "
                                     f"{inert(event.message)}\n")
                    sys.stderr.flush()
        if human_writer is not None:
            if not all_sentences:
                verdicts.pop("unknown", None)
            human_writer.finish(verdicts, sentences, files, skipped, errors)
        writer.close()
        # text and markdown end with their own summary: the tally only when asked for
        write_summary(tally, summary if human_writer is None else bool(summary),
                      "finding", keep is not None)
    raise typer.Exit(EXIT_USAGE if failed else EXIT_FLAGGED if flagged else EXIT_OK)
