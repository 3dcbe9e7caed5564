"""The command line: arguments -> core -> renderers.  No matching logic lives here.

Start-up time matters (scripts call the command once per statement), so a `check` run
imports only what it uses: the other subcommands (cli_extra, cli_scan) are registered
on the app only when one of them, the group's help or shell completion is asked for
(see ``register_commands``), and typer's parameter coercion, which goes through pydantic
in recent typer versions, is done here for the plain values our options take (see
``_quick_coercion``).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .claims import ClaimsError

if TYPE_CHECKING:  # imported when a command runs: start-up time
    from .checker import Checker

# `app` (the module attribute) is this Typer with every subcommand registered on it;
# see __getattr__ at the end of the module.
_app = typer.Typer(
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


@_app.callback()
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


def make_checker(claims: list[Path] | None, threshold: float) -> Checker:
    from .checker import Checker

    return Checker(claims=list(claims or []), threshold=threshold)


def _terminal_hint() -> None:
    """Someone ran the command bare at a terminal: say what it waits for."""
    if sys.stdin.isatty():
        sys.stderr.write("ccsvi-check: reading statements from the terminal, one a "
                         "line; Ctrl-D ends (ccsvi-check --help for more)\n")


def statements_from(args: list[str] | None,
                    on_wait: Callable[[], None] | None = None) -> Iterator[str]:
    """Statements from the arguments; '-' (or none at all) reads stdin, one per line.

    ``on_wait`` is called before each read of stdin that may block (see stream_lines).
    """
    from .inputs import stream_lines

    if not args:
        _terminal_hint()
        yield from stream_lines(on_wait=on_wait)
        return
    for a in args:
        if a == "-":
            yield from stream_lines(on_wait=on_wait)
        else:
            yield a


@_app.command("check")
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
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=0, max=256,
        help="Worker processes for a large input piped in with --format json or jsonl "
             "(0, the default: one per CPU, started only once a few thousand lines "
             "arrive at once). The output is the same whatever the number.")] = 0,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Show why: the wording matched, the lexical and semantic scores, "
                          "the rule and the detail checks ('why' in JSON).")] = False,
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

        if fmt is CheckFormat.jsonl:
            writer = JsonLinesWriter(out)
            emit = writer.emit_result
        else:
            writer = JsonArrayWriter(out)

            def emit(result):
                writer.emit(result.to_dict())

    if fmt is not CheckFormat.text and fmt is not CheckFormat.markdown and \
            statements in (None, [], ["-"]) and not explain:
        from .bulk import check_stream, default_jobs

        if not statements:
            _terminal_hint()
        with stream_guard():
            flagged = check_stream(checker, sys.stdin.buffer, jobs or default_jobs(), top,
                                   writer.emit_block, writer.flush, writer.block_separator)
            writer.close()
        raise typer.Exit(_status(flagged))
    flagged = False
    with stream_guard():
        # output is flushed whenever the input makes us wait, so each answer to a line
        # typed (or sent by a slow producer) appears at once, and a file piped in is
        # written in blocks
        for text in statements_from(statements, on_wait=writer.flush):
            result = checker.check(text, top=top, explain=explain)
            flagged = flagged or result.is_flag
            emit(result)
        writer.close()
    raise typer.Exit(_status(flagged))


def _status(flagged: bool) -> int:
    """`check`'s exit status: 2 if a line was too long to be checked whole (it was told
    on stderr; text not checked is never reported clean), else 1 if any statement was
    false or misleading, else 0."""
    from . import inputs

    if inputs.overlong:
        return EXIT_USAGE
    return EXIT_FLAGGED if flagged else EXIT_OK


# ---------------------------------------------------------------------- entry point

_GROUP_OPTIONS = ("--help", "--version", "--install-completion", "--show-completion")
# Every subcommand: `check` (here), claims, validate and export (cli_extra.py) and scan
# (cli_scan.py), named here so that a `check` run routes its arguments without importing
# the other modules.  register_commands() fails loudly if one is missing.
SUBCOMMANDS = ("check", "claims", "validate", "export", "scan")
_COMPLETE_VAR = "_CCSVI_CHECK_COMPLETE"  # typer's shell-completion variable for our name
_registered = False


def register_commands() -> typer.Typer:
    """Register the subcommands of cli_extra and cli_scan on the app (once); the app."""
    global _registered
    if not _registered:
        _registered = True  # first: those modules import `app` from here
        from . import cli_extra, cli_scan  # noqa: F401

        names = {c.name or c.callback.__name__.replace("_", "-")
                 for c in _app.registered_commands if c.callback is not None}
        names |= {g.name for g in _app.registered_groups}
        if not names <= set(SUBCOMMANDS):  # else `ccsvi-check NEW ...` would be `check`
            raise RuntimeError(f"ccsvi_check.cli.SUBCOMMANDS lacks the command(s) "
                               f"{', '.join(sorted(names - set(SUBCOMMANDS)))}")
    return _app


def __getattr__(name: str):
    if name == "app":  # the whole command line, as before lazy registration
        return register_commands()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _route(argv: list[str], subcommands: Iterable[str]) -> list[str]:
    """`ccsvi-check STATEMENT...` means `ccsvi-check check STATEMENT...`."""
    if not argv:
        return ["check"]
    if argv[0] in subcommands or argv[0] in _GROUP_OPTIONS:
        return argv
    return ["check", *argv]


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    """One line on stderr; the message may echo input, so it is made inert."""
    from .safe import inert

    sys.stderr.write(f"ccsvi-check: error: {inert(message)}\n")
    sys.stderr.flush()
    return code


def run(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of raising."""
    from typer.main import get_command

    args = _route(list(sys.argv[1:] if argv is None else argv), SUBCOMMANDS)
    if args[0] != "check" or os.environ.get(_COMPLETE_VAR):
        register_commands()
    command = get_command(_app)
    _quick_coercion(command)
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


# ---------------------------------------------------------------------- quick coercion
#
# Recent typer (0.29) converts every parameter's value, even an absent one, with a
# pydantic TypeAdapter built on first use: importing pydantic and building the adapters
# took ~60 ms, more than the rest of a `check` run.  For the plain values our options
# take (str, Enum choices, int and float in a range, Path, lists of those) _QuickParam
# converts them as those adapters do, without pydantic; for anything else, and for every
# value that would be an error (so that the messages are typer's own), it hands over to
# the parameter's own coercion.  A typer without that machinery is left as it is.

_SLOW = object()  # "not a value _QuickParam converts itself"


def _plain_number(text: str, annotation: type) -> bool:
    """``text`` is digits (int), or digits with a decimal part (float): a number that
    int() or float() reads exactly as pydantic does."""
    whole, dot, fraction = text.partition(".")
    if not (text.isascii() and whole.isdigit() and len(whole) <= 15):
        return False
    if annotation is int or not dot:
        return not dot
    return fraction.isdigit() and len(fraction) <= 15


def _quick_coercion(command) -> None:
    """Give each typer parameter of ``command`` and its subcommands, --help included, a
    _QuickParam."""
    quick = _quick_param_class()
    if quick is None:
        return

    def quicken(p) -> None:
        desc = getattr(p, "type_descriptor", None)
        if desc is not None and getattr(p, "_runtime_param", True) is None \
                and desc.file_annotation is None:
            p._runtime_param = quick(parameter_info=desc.parameter_info,
                                     annotation=desc.annotation)

    def help_option(ctx, _own=None):  # --help is made on first use, for a context
        option = _own(ctx)
        if option is not None:
            quicken(option)
        return option

    stack = [command]
    while stack:
        cmd = stack.pop()
        stack.extend(getattr(cmd, "commands", {}).values())
        for p in cmd.params:
            quicken(p)
        own = getattr(cmd, "get_help_option", None)
        if own is not None:
            cmd.get_help_option = functools.partial(help_option, _own=own)


_quick_class = None


def _quick_param_class():
    """_QuickParam, or None when typer has no pydantic-based coercion to replace."""
    global _quick_class
    if _quick_class is not None:
        return _quick_class or None
    try:
        from typer._coercion import RuntimeParam, build_runtime_param
        from typer._param_types import coerce_cli_choice, coerce_cli_path
    except ImportError:  # a typer without it: nothing to speed up
        _quick_class = False
        return None

    def leaf(value, annotation, info, param, ctx):
        """``value`` converted as typer's adapter for ``annotation`` would, or _SLOW."""
        if info.parser is not None:
            return _SLOW
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            try:
                return coerce_cli_choice(value, choices=list(annotation),
                                         case_sensitive=info.case_sensitive, ctx=ctx)
            except Exception:  # noqa: BLE001 - typer's own coercion words the error
                return _SLOW
        if annotation is int or annotation is float:
            if info.clamp:
                return _SLOW
            if type(value) is annotation:
                number = value
            elif type(value) is str and _plain_number(value, annotation):
                number = annotation(value)
            else:
                return _SLOW
            if (info.min is not None and number < info.min) or \
                    (info.max is not None and number > info.max):
                return _SLOW
            return number
        if annotation is str:
            return value if type(value) is str else _SLOW
        if isinstance(annotation, type) and issubclass(annotation, Path):
            path_type = info.path_type or annotation
            if type(value) is not str or not (isinstance(path_type, type)
                                              and issubclass(path_type, Path)):
                return _SLOW
            path = path_type(value)
            if str(path) != value:  # typer's messages name the value as given
                return _SLOW
            try:
                return coerce_cli_path(path, info, path_type=path_type, param=param, ctx=ctx)
            except Exception:  # noqa: BLE001 - typer's own coercion words the error
                return _SLOW
        return _SLOW

    class _QuickParam(RuntimeParam):
        """Converts plain values without pydantic; anything else goes to typer's own."""

        def _coerce_value(self, value, param, ctx):
            annotation, info = self.annotation, self.parameter_info
            if getattr(annotation, "__origin__", None) is list and info.parser is None:
                (item_type,) = annotation.__args__
                items = value if isinstance(value, list | tuple) else [value]
                out = [leaf(v, item_type, info, param, ctx) for v in items]
                if not any(v is _SLOW for v in out):
                    return out
            elif getattr(annotation, "__origin__", None) is None:
                out = leaf(value, annotation, info, param, ctx)
                if out is not _SLOW:
                    return out
            own = build_runtime_param(param.type_descriptor)
            param._runtime_param = own
            return own._coerce_value(value, param=param, ctx=ctx)

    _quick_class = _QuickParam
    return _quick_class
