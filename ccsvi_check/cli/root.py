"""The command line assembled: the typer app, its commands, argument routing and exit
statuses.  No matching logic lives here, nor in the command modules.

Start-up time matters (scripts call the command once per statement), so a `check` run
imports only what it uses: the other command modules (claims, validate, export, scan)
are added to the app only when one of them, the group's help or shell completion is
asked for (see ``full_app``).  Only typer's public API is used: typer 0.29 converts
every parameter through a pydantic TypeAdapter (importing pydantic and building them
more than doubled a `check` run), so pyproject.toml takes typer below 0.29, whose
conversion goes through click's types (see docs/design.md).

Imports go one way: ``root`` -> the command modules -> ``options``; no command module
imports ``root``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import Annotated

import typer

from ..claims import ClaimsError
from .check import CHECK_EXAMPLES, check_command
from .options import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PIPE,
    EXIT_USAGE,
    HelpCommand,
    HelpGroup,
    PanelHelpCommand,
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
    cls=HelpGroup,
    epilog="""\b
Examples:
  A journalist checks a sentence:   ccsvi-check "Liberation therapy cures MS"
  A moderator checks a document:    ccsvi-check scan --only false,misleading post.md
  A script reads JSON lines:        ccsvi-check -f jsonl < posts.txt
Each command's --help has more examples.""",
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


_app.command("check", cls=PanelHelpCommand, epilog=CHECK_EXAMPLES)(check_command)


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
        from .export import EXPORT_EXAMPLES, export_command
        from .scan import SCAN_EXAMPLES, scan_command
        from .validate import VALIDATE_EXAMPLES, validate_command

        _app.add_typer(claims_app, name="claims")
        _app.command("validate", cls=HelpCommand, epilog=VALIDATE_EXAMPLES)(validate_command)
        # short_help: the list of commands in the group's help never cuts a line
        _app.command("export", cls=HelpCommand, epilog=EXPORT_EXAMPLES,
                     short_help="Export the claim base: data, ClaimReview or a page.",
                     )(export_command)
        _app.command("scan", cls=PanelHelpCommand, epilog=SCAN_EXAMPLES,
                     short_help="Find and check the claims in documents; exit 1 if flagged.",
                     )(scan_command)

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
