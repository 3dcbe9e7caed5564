"""What every command shares: exit statuses, the user-error type, the options that several
commands take (format, threshold, claims, colour), settings and the checker, and the
guard that turns Ctrl-C and a closed pipe into quiet exit statuses.

Imports only typer and the standard library at start-up; nothing here imports the app
(``root.py``) or another command module, so the command modules can all import this one
without a cycle.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperCommand, TyperGroup

if TYPE_CHECKING:  # imported when a command runs: start-up time
    # (click itself only names types here: typer runs its own copy of it, and importing
    # the separate package cost a check about 10 ms of start-up)
    import click

    from ..checker import Checker

EXIT_OK, EXIT_FLAGGED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE = 0, 1, 2, 130, 141


# ------------------------------------------------------------------------------ help

# click wraps help text with textwrap, which breaks a line after any hyphen: "ccsvi-" at
# the end of one line, "check: ignore" on the next, an ignore comment that no longer reads
# as one.  The help formatter hides the hyphens of descriptions behind a non-breaking
# hyphen while it wraps, and puts them back in what it returns.
_NB_HYPHEN = "\u2011"


class HelpFormatter(typer.Context.formatter_class):  # typer's own click's formatter
    """click's help formatter, never breaking a line at a hyphen."""

    def write_text(self, text: str) -> None:
        super().write_text(text.replace("-", _NB_HYPHEN))

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(term, desc.replace("-", _NB_HYPHEN)) for term, desc in rows],
                         col_max, col_spacing)

    def getvalue(self) -> str:
        return super().getvalue().replace(_NB_HYPHEN, "-")


class _HelpContext(typer.Context):
    formatter_class = HelpFormatter


# the sections of a PanelHelpCommand's help, in order (``rich_help_panel`` of each option)
PANELS = ("Arguments", "Input", "Matching", "Filters", "Output", "Run", "Options")


class HelpCommand(TyperCommand):
    """A command whose help uses ``HelpFormatter`` (``app.command(cls=HelpCommand)``)."""

    context_class = _HelpContext


class PanelHelpCommand(HelpCommand):
    """A ``HelpCommand`` whose options are shown in sections by their ``rich_help_panel``
    (Input, Matching, Filters, Output, Run; see ``PANELS``), for the commands with many
    options (check, scan).  typer draws such panels only in its rich help, whose markup
    reading would take our "[default: ...]" texts for tags; the plain help draws them as
    sections."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        sections: dict[str, list[tuple[str, str]]] = {}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            default = "Arguments" if param.param_type_name == "argument" else "Options"
            sections.setdefault(getattr(param, "rich_help_panel", None) or default,
                                []).append(record)
        # the same order in every command; a panel not listed comes before Options
        order = sorted(sections, key=lambda name: PANELS.index(name) if name in PANELS
                       else len(PANELS) - 1)
        for name in order:
            with formatter.section(name):
                formatter.write_dl(sections[name])


class HelpGroup(TyperGroup):
    """A group whose help uses ``HelpFormatter`` (``typer.Typer(cls=HelpGroup)``)."""

    context_class = _HelpContext


class UserError(Exception):
    """A mistake the user can fix; printed as one line, exit status 2."""


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"
    csv = "csv"
    tsv = "tsv"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


FormatOpt = Annotated[CheckFormat | None, typer.Option(
    "--format", "-f", show_default=False,
    help="Output format [default: text, or the settings file's].", rich_help_panel="Output")]
ThresholdOpt = Annotated[
    float | None, typer.Option("--threshold", "-t", min=0, max=100, show_default=False, metavar="N",
                               help="Match score (0-100) below which the verdict is "
                               "'unknown' [default: 60, or the settings file's].",
                               rich_help_panel="Matching")]
ClaimsOpt = Annotated[
    list[Path] | None,
    typer.Option("--claims", "-c", metavar="FILE",
                 help="Extra claim file (repeatable); later files add claims and replace "
                 "claims with the same id. Given here, replaces the settings file's "
                 "'claims'.", rich_help_panel="Matching")]
ColorOpt = Annotated[Color, typer.Option("--color", help="Colour in text output.",
rich_help_panel="Output")]
# check and scan: their text has a terminal look (wrapped, links on lines of their own)
TextColorOpt = Annotated[Color, typer.Option(
    "--color", help="Colour in text output; always also gives the look of a terminal "
                    "(for less -R).", rich_help_panel="Output")]
OnlyOpt = Annotated[str | None, typer.Option(
    "--only", metavar="LIST", show_default=False,
    help="Show only these verdicts, a comma list: --only false,misleading. Every input is "
         "still checked, counted and reflected in the exit status.", rich_help_panel="Filters")]
MinScoreOpt = Annotated[float | None, typer.Option(
    "--min-score", metavar="N", min=0, max=100, show_default=False,
    help="Show only records whose match score is at least N (0-100). Unlike "
         "--threshold, it changes no verdict.", rich_help_panel="Filters")]
SummaryOpt = Annotated[bool | None, typer.Option(
    "--summary/--no-summary", show_default=False,
    help="A tally by verdict on stderr at the end [default: when stderr is a terminal "
         "and more than one input was checked].", rich_help_panel="Output")]


def record_filter(only: str | None, min_score: float | None):  # -> RecordFilter | None
    """--only and --min-score as a filter (None: show everything); a bad value is a
    UserError."""
    if only is None and not min_score:
        return None
    from ..filters import FilterError, make_filter

    try:
        return make_filter(only, min_score)
    except FilterError as exc:
        raise UserError(str(exc)) from None


def write_summary(tally, wanted: bool | None, noun: str, filtered: bool) -> None:
    """The tally on stderr: always with --summary, never with --no-summary, and by
    default when stderr is a terminal and more than one input was checked."""
    if wanted is None:
        isatty = getattr(sys.stderr, "isatty", None)
        wanted = bool(isatty and isatty()) and tally.total > 1
    if wanted:
        sys.stdout.flush()
        sys.stderr.write(f"ccsvi-check: {tally.line(noun, filtered)}\n")
        sys.stderr.flush()


def silence_stdout() -> None:
    """The reader is gone: point stdout at /dev/null so the final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@contextmanager
def stream_guard() -> Iterator[None]:
    """Ctrl-C exits 130 and a closed pipe (`| head -1`) exits 141, both without a word."""
    try:
        yield
    except KeyboardInterrupt:
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        silence_stdout()
        raise typer.Exit(EXIT_PIPE) from None


def apply_settings(fmt: CheckFormat | None, threshold: float | None,
                   claims: list[Path] | None) -> tuple[CheckFormat, float, list[Path]]:
    """Command-line values, else the settings file's (config.py), else the defaults."""
    from ..checker import DEFAULT_THRESHOLD
    from ..config import load_settings

    settings = load_settings()
    if fmt is None:
        fmt = CheckFormat(settings.format or "text")
    if threshold is None:
        threshold = DEFAULT_THRESHOLD if settings.threshold is None else settings.threshold
    return fmt, threshold, list(claims) if claims else list(settings.claims)


def make_checker(claims: list[Path] | None, threshold: float) -> Checker:
    from ..checker import Checker

    return Checker(claims=list(claims or []), threshold=threshold)


def base_checker(claims: list[Path] | None) -> Checker:
    """The shipped base with --claims, or else the settings file's claim files (for the
    commands that read the base rather than check statements)."""
    from ..config import load_settings

    return make_checker(list(claims) if claims else load_settings().claims, 60.0)


def write_json(data: object) -> None:
    """``data`` as indented JSON on stdout, flushed."""
    import json

    with stream_guard():
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()


def write_text(text: str) -> None:
    """``text`` on stdout, flushed."""
    with stream_guard():
        sys.stdout.write(text)
        sys.stdout.flush()


def terminal_hint() -> None:
    """Someone ran a command bare at a terminal: say what it waits for."""
    if sys.stdin.isatty():
        sys.stderr.write("ccsvi-check: reading statements from the terminal, one a "
                         "line; Ctrl-D ends (ccsvi-check --help for more)\n")
