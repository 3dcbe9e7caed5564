"""The command line: arguments -> core -> renderers.  No matching logic lives here."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .claims import ClaimsError

app = typer.Typer(
    name="ccsvi-check",
    help=(
        "Fact-check statements about CCSVI and 'liberation therapy' for multiple "
        "sclerosis against a curated, sourced claim base.\n\n"
        "ccsvi-check \"CCSVI causes MS\" is the same as ccsvi-check check \"CCSVI causes MS\"."
    ),
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=False,
)

EXIT_OK, EXIT_FLAGGED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE = 0, 1, 2, 130, 141


class UserError(Exception):
    """A mistake the user can fix; printed as one line, exit status 2."""


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


FormatOpt = Annotated[CheckFormat | None, typer.Option(
    "--format", "-f", show_default=False,
    help="Output format [default: text, or the settings file's].")]
ThresholdOpt = Annotated[
    float | None, typer.Option("--threshold", "-t", min=0, max=100, show_default=False,
                               help="Match score (0-100) below which the verdict is "
                               "'unknown' [default: 60, or the settings file's].")]
ClaimsOpt = Annotated[
    list[Path] | None,
    typer.Option("--claims", "-c", help="Extra claim file (repeatable); later files add "
                 "claims and replace claims with the same id. Given here, replaces the "
                 "settings file's 'claims'.")]
ColorOpt = Annotated[Color, typer.Option("--color", help="Colour in text output.")]


def _silence_stdout() -> None:
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
        _silence_stdout()
        raise typer.Exit(EXIT_PIPE) from None


def _version(value: bool) -> None:
    if value:
        from . import __version__

        sys.stdout.write(f"ccsvi-check {__version__}\n")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _group(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Fact-check statements about CCSVI and liberation therapy for MS."""


def apply_settings(fmt: CheckFormat | None, threshold: float | None,
                   claims: list[Path] | None) -> tuple[CheckFormat, float, list[Path]]:
    """Command-line values, else the settings file's (config.py), else the defaults."""
    from .checker import DEFAULT_THRESHOLD
    from .config import load_settings

    settings = load_settings()
    if fmt is None:
        fmt = CheckFormat(settings.format or "text")
    if threshold is None:
        threshold = DEFAULT_THRESHOLD if settings.threshold is None else settings.threshold
    return fmt, threshold, list(claims) if claims else list(settings.claims)


def make_checker(claims: list[Path] | None, threshold: float):
    from .checker import Checker

    return Checker(claims=list(claims or []), threshold=threshold)


def statements_from(args: list[str] | None):
    """Statements from the arguments; '-' (or none at all) reads stdin, one per line."""
    from .inputs import stream_lines

    if not args:
        yield from stream_lines()
        return
    for a in args:
        if a == "-":
            yield from stream_lines()
        else:
            yield a


@app.command("check")
def check_command(
    statements: Annotated[list[str] | None, typer.Argument(
        help="Statements to check. None, or '-', reads stdin, one statement a line.",
        show_default=False)] = None,
    fmt: FormatOpt = None,
    threshold: ThresholdOpt = None,
    top: Annotated[int, typer.Option("--top", "-k", min=0, max=50,
                                     help="Add the K best-matching claims as 'alternatives'.")
                   ] = 0,
    claims: ClaimsOpt = None,
    color: ColorOpt = Color.auto,
) -> None:
    """Check statements; exit 1 if any is false or misleading."""
    fmt, threshold, claims = apply_settings(fmt, threshold, claims)
    checker = make_checker(claims, threshold)
    out = sys.stdout
    if fmt is CheckFormat.text:
        from .render import TextWriter

        writer = TextWriter(out, color.value)
        emit = writer.emit
    elif fmt is CheckFormat.markdown:
        from .render import MarkdownWriter

        writer = MarkdownWriter(out)
        emit = writer.emit
    else:
        from .render import JsonArrayWriter, JsonLinesWriter

        writer = JsonLinesWriter(out) if fmt is CheckFormat.jsonl else JsonArrayWriter(out)

        def emit(result):
            writer.emit(result.to_dict())

    flagged = False
    with stream_guard():
        for text in statements_from(statements):
            result = checker.check(text, top=top)
            flagged = flagged or result.is_flag
            emit(result)
        writer.close()
    raise typer.Exit(EXIT_FLAGGED if flagged else EXIT_OK)


# ---------------------------------------------------------------------- entry point

_GROUP_OPTIONS = ("--help", "--version", "--install-completion", "--show-completion")


def _route(argv: list[str], subcommands: Iterable[str]) -> list[str]:
    """`ccsvi-check STATEMENT...` means `ccsvi-check check STATEMENT...`."""
    if not argv:
        return ["check"]
    if argv[0] in subcommands or argv[0] in _GROUP_OPTIONS:
        return argv
    return ["check", *argv]


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    sys.stderr.write(f"ccsvi-check: error: {message}\n")
    sys.stderr.flush()
    return code


def run(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of raising."""
    from typer.main import get_command

    command = get_command(app)
    args = _route(list(sys.argv[1:] if argv is None else argv),
                  getattr(command, "commands", {}).keys())
    try:
        rc = command.main(args=args, prog_name="ccsvi-check", standalone_mode=False)
        return rc if isinstance(rc, int) else EXIT_OK
    except typer.Exit as exc:
        return exc.exit_code
    except ClaimsError as exc:
        return _fail(str(exc))
    except UserError as exc:
        return _fail(str(exc))
    except typer.Abort:
        return EXIT_INTERRUPTED
    except typer.TyperException as exc:  # click's usage errors
        fmt = getattr(exc, "format_message", None)
        message = fmt() if fmt else str(exc)
        return _fail(" ".join(message.split()), getattr(exc, "exit_code", EXIT_USAGE))


def main() -> None:
    """Console-script entry point: quiet on Ctrl-C and on a closed pipe."""
    try:
        code = run()
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        code = EXIT_PIPE
    if code == EXIT_PIPE:
        _silence_stdout()
    sys.exit(code)


from . import cli_extra  # noqa: E402,F401  (registers claims, validate, export)
from . import cli_scan as _cli_scan  # noqa: E402,F401  (registers scan)
