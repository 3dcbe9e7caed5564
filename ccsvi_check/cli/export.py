"""`ccsvi-check export`: the claim base as data, as ClaimReview JSON-LD, or as a page.

Added to the app by ``root.py`` for any command line but `check`.
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated

import typer

from .options import ClaimsOpt, UserError, base_checker, write_json, write_text

# the epilog of `export --help`: a '\b' paragraph is printed as written, never rewrapped
EXPORT_EXAMPLES = """\b
Examples:
  A journalist publishes the claims and their sources as a page:
    ccsvi-check export -f markdown --title "CCSVI claims checked" > claims.md
  A moderator keeps the base, with the team's claims, as data:
    ccsvi-check export -c our-claims.yaml > base.json
  A script publishes ClaimReview markup for search engines:
    ccsvi-check export -f claimreview --base-url 'https://example.org/ccsvi#{id}'"""


class ExportFormat(str, Enum):
    json = "json"
    claimreview = "claimreview"
    markdown = "markdown"


def export_command(
    fmt: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="json: the base as data; claimreview: schema.org "
        "ClaimReview JSON-LD, one object per claim; markdown: a readable page.")
                   ] = ExportFormat.json,
    claims: ClaimsOpt = None,
    author: Annotated[str, typer.Option(help="ClaimReview author (an organisation).")
                      ] = "ccsvi-check",
    author_url: Annotated[str | None, typer.Option(help="ClaimReview author's web address.",
                                                   show_default=False)] = None,
    base_url: Annotated[str | None, typer.Option(
        help="Where the claims are published: '{id}' is replaced by the claim id, else "
        "'#ID' is appended (the anchors of the markdown page). [default: a placeholder "
        "on example.org]", show_default=False)] = None,
    date: Annotated[str | None, typer.Option(
        help="datePublished, YYYY-MM-DD. [default: the date of SOURCE_DATE_EPOCH if set, "
        "else today (UTC)]", show_default=False)] = None,
    title: Annotated[str | None, typer.Option(help="Title of the markdown page.",
                                              show_default=False)] = None,
) -> None:
    """Export the claim base: as data, as ClaimReview JSON-LD, or as a Markdown page."""
    from .. import export

    try:
        published = export.publication_date(date)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    base = base_checker(claims).base
    if fmt is ExportFormat.json:
        write_json(export.base_data(base))
    elif fmt is ExportFormat.markdown:
        write_text(export.base_markdown(base, title or export.DEFAULT_TITLE, published))
    else:
        if base_url is None:
            sys.stderr.write(f"ccsvi-check: note: claim urls use the placeholder "
                             f"{export.DEFAULT_BASE_URL}; set --base-url before publishing\n")
        write_json(export.claim_reviews(
            base, author=author, author_url=author_url,
            base_url=base_url or export.DEFAULT_BASE_URL, date=published))
