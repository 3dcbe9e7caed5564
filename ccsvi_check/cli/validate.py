"""`ccsvi-check validate`: check claim files, every problem as PATH:LINE: message.

Added to the app by ``root.py`` for any command line but `check`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .options import EXIT_OK, EXIT_USAGE, stream_guard

# the epilog of `validate --help`: a '\b' paragraph is printed as written, never rewrapped
VALIDATE_EXAMPLES = """\b
Examples:
  A journalist checks the shipped base after adding a claim to it:
    ccsvi-check validate
  A moderator checks the team's own claims before using them with --claims:
    ccsvi-check validate our-claims.yaml
  A script (CI) fails the build on any problem:
    ccsvi-check validate our-claims.yaml || exit 1"""


def validate_command(
    files: Annotated[list[Path] | None, typer.Argument(
        metavar="FILE", show_default=False,
        help="Claim files to check (none: the shipped claims.yaml).")] = None,
) -> None:
    """Check claim files and list every problem as PATH:LINE: message.

    Besides the format (fields, verdicts, sources with a url or doi, unique ids), it
    finds wordings of two claims that the matcher cannot tell apart.  A file without a
    'topic' is a layer for --claims and is checked on top of the shipped base.  Exit 0
    when every file is clean, 2 otherwise.
    """
    from functools import lru_cache

    from ..cache import read_claim_text
    from ..claims import ClaimsError, default_claims_path
    from ..safe import inert
    from ..validate import shipped_base, validate_text

    shipped = lru_cache(maxsize=1)(shipped_base)
    paths = list(files) if files else [default_claims_path()]
    total = 0
    with stream_guard():
        for path in paths:
            try:  # read once (a pipe too), bounded, alias expansion bounded
                problems = validate_text(read_claim_text(path), str(Path(path)), shipped)
            except ClaimsError as exc:
                problems = [exc]
            total += len(problems)
            for p in problems:  # messages quote the file's text: inert
                sys.stdout.write(f"{inert(str(p))}\n")
            sys.stdout.flush()
            if not problems:
                sys.stderr.write(f"{inert(str(path))}: ok\n")
    if total:
        sys.stderr.write(f"ccsvi-check: {total} problem(s) found\n")
    raise typer.Exit(EXIT_USAGE if total else EXIT_OK)
