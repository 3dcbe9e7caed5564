"""The command line assembled: the typer app, its commands, argument routing and exit
statuses.  No matching logic lives here, nor in the command modules.

Start-up time matters (scripts call the command once per statement), so a `check` run
imports only what it uses: the other command modules (claims, validate, export, scan)
are added to the app only when one of them, the group's help or shell completion is
asked for (see ``full_app``), and typer's parameter coercion, which goes through
pydantic in recent typer versions, is done here for the plain values our options take
(see ``_quick_coercion``).

Imports go one way: ``root`` -> the command modules -> ``options``; no command module
imports ``root``.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..claims import ClaimsError
from .check import check_command
from .options import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PIPE,
    EXIT_USAGE,
    UserError,
    silence_stdout,
)

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


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        sys.stdout.write(f"ccsvi-check {__version__}\n")
        raise typer.Exit(EXIT_OK)


@_app.callback()
def _group(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Fact-check statements about CCSVI and liberation therapy for MS."""


_app.command("check")(check_command)


# ---------------------------------------------------------------------- entry point

_GROUP_OPTIONS = ("--help", "--version", "--install-completion", "--show-completion")
# Every subcommand: `check` (check.py), `claims` (claims.py), `validate`, `export` and
# `scan` (modules of those names), named here so that a `check` run routes its arguments
# without importing the other modules.  full_app() fails loudly if one is missing.
SUBCOMMANDS = ("check", "claims", "validate", "export", "scan")
_COMPLETE_VAR = "_CCSVI_CHECK_COMPLETE"  # typer's shell-completion variable for our name
_registered = False


def full_app() -> typer.Typer:
    """The app with every command on it: the other command modules are added (once)."""
    global _registered
    if not _registered:
        _registered = True
        from .claims import claims_app
        from .export import export_command
        from .scan import scan_command
        from .validate import validate_command

        _app.add_typer(claims_app, name="claims")
        _app.command("validate")(validate_command)
        _app.command("export")(export_command)
        _app.command("scan")(scan_command)

        names = {c.name or c.callback.__name__.replace("_", "-")
                 for c in _app.registered_commands if c.callback is not None}
        names |= {g.name for g in _app.registered_groups}
        if not names <= set(SUBCOMMANDS):  # else `ccsvi-check NEW ...` would be `check`
            raise RuntimeError(f"ccsvi_check.cli.root.SUBCOMMANDS lacks the command(s) "
                               f"{', '.join(sorted(names - set(SUBCOMMANDS)))}")
    return _app


def _route(argv: list[str], subcommands: Iterable[str]) -> list[str]:
    """`ccsvi-check STATEMENT...` means `ccsvi-check check STATEMENT...`."""
    if not argv:
        return ["check"]
    if argv[0] in subcommands or argv[0] in _GROUP_OPTIONS:
        return argv
    return ["check", *argv]


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    """One line on stderr; the message may echo input, so it is made inert."""
    from ..safe import inert

    sys.stderr.write(f"ccsvi-check: error: {inert(message)}\n")
    sys.stderr.flush()
    return code


def run(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of raising."""
    from typer.main import get_command

    args = _route(list(sys.argv[1:] if argv is None else argv), SUBCOMMANDS)
    if args[0] != "check" or os.environ.get(_COMPLETE_VAR):
        full_app()
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
        silence_stdout()
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
