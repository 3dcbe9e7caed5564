"""`ccsvi-check check`: statements in (arguments or stdin), one verdict each out.

The command a script calls once per statement, so it imports only what it uses: the
renderer of the format asked for, and the worker pool (``bulk``) only for a large
input piped in.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Annotated

import typer

from .options import (
    EXIT_FLAGGED,
    EXIT_OK,
    EXIT_USAGE,
    CheckFormat,
    ClaimsOpt,
    Color,
    FormatOpt,
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
    terminal_hint,
    write_summary,
)

# the epilog of `check --help`: a '\b' paragraph is printed as written, never rewrapped
CHECK_EXAMPLES = """\b
Examples:
  A journalist checks a sentence from a draft, and asks why:
    ccsvi-check "Liberation therapy cures MS"
    ccsvi-check --explain "The FDA never warned about liberation therapy"
  A moderator shows only the comments worth a reply, with a tally:
    ccsvi-check --only false,misleading --summary < comments.txt
  A script reads one JSON object a line; exit 1 means something was flagged:
    ccsvi-check -f jsonl < posts.txt | jq -c '{input, verdict}'"""


PROMPT = "> "


def statements_from(args: list[str] | None,
                    on_wait: Callable[[], None] | None = None) -> Iterator[str]:
    """Statements from the arguments; '-' (or none at all) reads stdin, one per line.

    ``on_wait`` is called before each read of stdin that may block (see stream_lines).
    """
    from ..inputs import stream_lines

    if not args:
        terminal_hint()
        yield from stream_lines(on_wait=on_wait)
        return
    for a in args:
        if a == "-":
            yield from stream_lines(on_wait=on_wait)
        else:
            yield a


def check_command(
    statements: Annotated[list[str] | None, typer.Argument(metavar="[STATEMENT]...",
        help="Statements to check. None, or '-', reads stdin, one statement a line.",
        show_default=False)] = None,
    fmt: FormatOpt = None,
    threshold: ThresholdOpt = None,
    top: Annotated[int, typer.Option("--top", "-k", min=0, max=50, metavar="K",
                                     help="Add the K best-matching claims as 'alternatives'.",
                                     rich_help_panel="Output")
                   ] = 0,
    claims: ClaimsOpt = None,
    color: TextColorOpt = Color.auto,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, max=256, metavar="N",
        help="Worker processes for a large input piped in with --format json or jsonl "
             "(0, the default: one per CPU, started only once a few thousand lines "
             "arrive at once). The output is the same whatever the number.",
             rich_help_panel="Run")] = 0,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Show why: the wording matched, the lexical and semantic scores, "
                          "the rule and the detail checks ('why' in JSON).",
                          rich_help_panel="Output")] = False,
    literal: Annotated[bool, typer.Option(
        "--literal", help="Check the argument as text even when a file or directory of "
                          "that name exists (else: a hint to use scan, exit 2).",
                          rich_help_panel="Input")] = False,
    only: OnlyOpt = None,
    min_score: MinScoreOpt = None,
    summary: SummaryOpt = None,
) -> None:
    """Check statements; exit 1 if any is false or misleading."""
    from ..tally import Tally

    keep = record_filter(only, min_score)
    if not literal:
        refuse_a_path(statements)
    tally = Tally()
    fmt, threshold, claims = apply_settings(fmt, threshold, claims)
    checker = make_checker(claims, threshold)
    out = sys.stdout
    if fmt is CheckFormat.text:
        from ..render import text_writer

        writer = text_writer(out, color.value)
        emit = writer.emit
    elif fmt is CheckFormat.markdown:
        from ..render import MarkdownWriter

        writer = MarkdownWriter(out)
        emit = writer.emit
    elif fmt in (CheckFormat.csv, CheckFormat.tsv):
        from ..render_csv import DelimitedWriter

        writer = DelimitedWriter(out, tsv=fmt is CheckFormat.tsv)
        emit = writer.emit
    else:
        from ..render import JsonArrayWriter, JsonLinesWriter

        if fmt is CheckFormat.jsonl:
            writer = JsonLinesWriter(out)
            emit = writer.emit_result
        else:
            writer = JsonArrayWriter(out)

            def emit(result):
                writer.emit(result.to_dict())

    if fmt in (CheckFormat.json, CheckFormat.jsonl) and \
            statements in (None, [], ["-"]) and not explain:
        from ..bulk import check_stream, default_jobs

        if not statements:
            terminal_hint()
        with stream_guard():
            flagged = check_stream(checker, sys.stdin.buffer, jobs or default_jobs(), top,
                                   writer.emit_block, writer.flush, writer.block_separator,
                                   keep, tally)
            writer.close()
            write_summary(tally, summary, "statement", keep is not None)
        raise typer.Exit(exit_status(flagged))
    flagged = False
    # a person typing at a terminal gets a prompt on stderr before each line it waits for
    prompting = (statements in (None, [], ["-"]) and sys.stdin.isatty()
                 and sys.stderr.isatty())

    def wait() -> None:
        writer.flush()
        if prompting:
            sys.stderr.write(PROMPT)
            sys.stderr.flush()

    with stream_guard():
        # output is flushed whenever the input makes us wait, so each answer to a line
        # typed (or sent by a slow producer) appears at once, and a file piped in is
        # written in blocks
        for text in statements_from(statements, on_wait=wait):
            result = checker.check(text, top=top, explain=explain)
            flagged = flagged or result.is_flag
            shown = keep is None or keep(result)
            tally.add(result.verdict, shown)
            if shown:
                emit(result)
        writer.close()
        if prompting:  # Ctrl-D leaves the cursor after the last prompt
            sys.stderr.write("\n")
        write_summary(tally, summary, "statement", keep is not None)
    raise typer.Exit(exit_status(flagged))


def refuse_a_path(statements: list[str] | None) -> None:
    """`ccsvi-check draft.md` checks the words "draft.md": a user who meant the file is
    told to use `scan` (exit 2) rather than given a silent `unknown`."""
    import os

    if not statements or len(statements) != 1 or statements[0] in ("", "-"):
        return
    (arg,) = statements
    try:
        kind = "directory" if os.path.isdir(arg) else "file" if os.path.exists(arg) else None
    except (OSError, ValueError):  # too long for a path, a NUL byte: a statement
        return
    if kind is not None:
        import shlex

        raise UserError(f"{arg} is a {kind}: use ccsvi-check scan {shlex.quote(arg)} "
                        f"(or --literal to check the words themselves)")


def exit_status(flagged: bool) -> int:
    """`check`'s exit status: 2 if a line was too long to be checked whole (it was told
    on stderr; text not checked is never reported clean), else 1 if any statement was
    false or misleading, else 0."""
    from .. import inputs

    if inputs.overlong:
        return EXIT_USAGE
    return EXIT_FLAGGED if flagged else EXIT_OK
