"""`ccsvi-check scan`: find the claims inside files, directories or standard input.

Registered on cli.app when cli.py is imported; only typer is imported here at start-up,
the scanner itself (syntok, rich) is imported when the command runs.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import Annotated

import typer

from .cli import (
    EXIT_FLAGGED,
    EXIT_OK,
    EXIT_USAGE,
    ClaimsOpt,
    Color,
    ColorOpt,
    ThresholdOpt,
    UserError,
    app,
    make_checker,
    stream_guard,
)


class ScanFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class Markup(str, Enum):
    auto = "auto"
    text = "text"
    markdown = "markdown"
    html = "html"
    rst = "rst"


@app.command("scan")
def scan_command(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files and directories to scan (directories recursively: .txt, .md, .rst, "
             ".html and the like). None, or '-', reads standard input as one document.",
        show_default=False)] = None,
    fmt: Annotated[ScanFormat, typer.Option(
        "--format", "-f", help="Output format: text (path:line:column: ...), jsonl (one "
        "object per finding) or json (one array).")] = ScanFormat.text,
    all_sentences: Annotated[bool, typer.Option(
        "--all", help="Also report the sentences no claim matches (verdict 'unknown').")
    ] = False,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, max=256,
        help="Worker processes checking sentences (0: one per CPU). The output is the "
             "same whatever the number.")] = 1,
    markup: Annotated[Markup, typer.Option(
        "--markup", help="Markup to mask before splitting sentences; auto picks it from "
        "the file extension (.md, .html, .rst; anything else and stdin: text).")
    ] = Markup.auto,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", metavar="NAME",
        help="Name standard input in the output (and, with --markup auto, pick its markup "
             "from this name's extension).")] = None,
    threshold: ThresholdOpt = 60.0,
    claims: ClaimsOpt = None,
    color: ColorOpt = Color.auto,
) -> None:
    """Find and check the claims in documents; exit 1 if any is false or misleading.

    Each sentence is checked as `check` would check it. Positions are 1-based lines and
    columns (in characters); end_line/end_column point just past the sentence. A line
    holding 'ccsvi-check: ignore' is not reported; 'ccsvi-check: ignore-next-line'
    silences the next line. Missing or unreadable inputs are reported on stderr, the
    rest is scanned, and the exit status is 2.
    """
    from collections import Counter

    from .documents import documents
    from .scan import Finding, Notice, Opened, scan_documents

    if jobs == 0:
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
            else (os.cpu_count() or 1)
    if stdin_filename is not None and not stdin_filename.strip():
        raise UserError("--stdin-filename must not be empty")
    checker = make_checker(claims, threshold)
    out = sys.stdout
    text_writer = None
    if fmt is ScanFormat.text:
        from .render_scan import ScanTextWriter

        writer = text_writer = ScanTextWriter(out, color.value)
        emit = writer.emit
    else:
        from .render import JsonArrayWriter, JsonLinesWriter

        writer = JsonLinesWriter(out) if fmt is ScanFormat.jsonl else JsonArrayWriter(out)

        def emit(finding: Finding) -> None:
            writer.emit(finding.to_dict())

    verdicts: Counter[str] = Counter()
    flagged = failed = False
    files = sentences = skipped = errors = 0
    items = documents(paths, markup.value, stdin_filename)
    with stream_guard():
        for event in scan_documents(checker, items, jobs, all_sentences):
            if isinstance(event, int):
                sentences += event
            elif isinstance(event, Finding):
                verdicts[event.result.verdict] += 1
                flagged = flagged or event.result.is_flag
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
                sys.stderr.write(f"ccsvi-check: {event.path}: {event.message}\n")
                sys.stderr.flush()
        if text_writer is not None:
            from .render_scan import summary_line

            if not all_sentences:
                verdicts.pop("unknown", None)
            text_writer.summary(summary_line(verdicts, sentences, files, skipped, errors))
        writer.close()
    raise typer.Exit(EXIT_USAGE if failed else EXIT_FLAGGED if flagged else EXIT_OK)
