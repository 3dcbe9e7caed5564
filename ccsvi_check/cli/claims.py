"""`ccsvi-check claims list|show|search`: browse the claim base.

A command group of its own (``claims_app``), added to the app by ``root.py`` for any
command line but `check` (a `check` run never imports this module).  No logic beyond
arguments -> core -> output; heavy modules are imported in the commands that need them.
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .options import (
    EXIT_OK,
    ClaimsOpt,
    Color,
    ColorOpt,
    UserError,
    base_checker,
    stream_guard,
    write_json,
    write_text,
)

if TYPE_CHECKING:
    from ..checker import Checker
    from ..claims import Claim

claims_app = typer.Typer(
    name="claims", help="Browse the claim base: list the claims, show one, search them.",
    rich_markup_mode=None)


@claims_app.callback(invoke_without_command=True)
def _claims_group(ctx: typer.Context) -> None:
    """Browse the claim base: list the claims, show one, search them."""
    if ctx.invoked_subcommand is None:  # `ccsvi-check claims` alone: its help
        sys.stdout.write(ctx.get_help() + "\n")
        raise typer.Exit(EXIT_OK)


class ListFormat(str, Enum):
    text = "text"
    json = "json"


class ShowFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def _verdict_text(verdict: str) -> Any:
    from rich.text import Text

    from ..render import VERDICT_STYLE

    return Text(f" {verdict.upper()} ", style=VERDICT_STYLE.get(verdict, ""))


def _table_out(rows: list[list[Any]], headers: list[str], color: Color) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from ..render import make_console
    from ..safe import inert

    table = Table(*headers, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.columns[0].no_wrap = True  # ids are what users copy: never cut or wrapped
    for row in rows:
        # a str cell would be read as rich markup ("[red]", ":emoji:"): claim files'
        # text goes in as plain Text, made inert
        table.add_row(*(cell if isinstance(cell, Text) else Text(inert(cell))
                        for cell in row))
    console = make_console(sys.stdout, color.value)
    with stream_guard():
        console.print(table)
        console.file.flush()


# ---------------------------------------------------------------------- claims ...

@claims_app.command("list")
def list_command(
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")
                   ] = ListFormat.text,
    claims: ClaimsOpt = None,
    color: ColorOpt = Color.auto,
) -> None:
    """List every claim: id, verdict and claim."""
    base = base_checker(claims).base
    if fmt is ListFormat.json:
        write_json([{"id": c.id, "verdict": c.verdict, "claim": c.claim}
                     for c in base.claims])
        return
    _table_out([[c.id, _verdict_text(c.verdict), c.claim] for c in base.claims],
               ["id", "verdict", "claim"], color)


def _suggest(claim_id: str, ids: list[str], limit: int = 3) -> list[str]:
    """The ids nearest to ``claim_id``, best first."""
    from rapidfuzz import fuzz, process, utils

    # token_set_ratio: "liberation-safe" is all in "liberation-therapy-safe"
    hits = process.extract(claim_id, ids, scorer=fuzz.token_set_ratio,
                           processor=utils.default_process, limit=limit, score_cutoff=50)
    return [h[0] for h in hits]


def _claim_or_fail(checker: Checker, claim_id: str) -> Claim:
    claim = checker.base.by_id(claim_id)
    if claim is not None:
        return claim
    ids = [c.id for c in checker.base.claims]
    near = _suggest(claim_id, ids)
    hint = (f"; did you mean {', '.join(near)}?" if near
            else "; 'ccsvi-check claims list' shows the ids")
    raise UserError(f"unknown claim id '{claim_id}'{hint}")


@claims_app.command("show")
def show_command(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim id (see 'claims list').",
                                            show_default=False)],
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help="Output format.")
                   ] = ShowFormat.text,
    claims: ClaimsOpt = None,
    color: ColorOpt = Color.auto,
) -> None:
    """Show one claim whole: verdict, explanation, wordings, sources with links."""
    claim = _claim_or_fail(base_checker(claims), claim_id)
    if fmt is ShowFormat.json:
        from ..export import claim_data

        write_json(claim_data(claim))
        return
    if fmt is ShowFormat.markdown:
        from ..export import claim_markdown

        write_text(claim_markdown(claim))
        return
    from rich.text import Text

    from ..render import make_console, source_line
    from ..safe import inert

    c = make_console(sys.stdout, color.value)
    with stream_guard():
        head = Text.assemble(_verdict_text(claim.verdict), "  ", (inert(claim.id), "bold"))
        c.print(head)
        c.print(Text.assemble(("Claim:       ", "bold"), inert(claim.claim)))
        c.print(Text.assemble(("Explanation: ", "bold"),
                              inert(claim.explanation, newlines=True)))
        c.print(Text("Wordings:", style="bold"))
        for w in claim.wordings:
            c.print(Text(f"  - {inert(w)}"))
        c.print(Text("Sources:", style="bold"))
        for s in claim.sources:
            c.print(source_line(s))
        if claim.path:
            c.print(Text(inert(f"Defined in {claim.path}:{claim.line}"), style="dim"))
        c.file.flush()


def search_claims(checker: Checker, text: str, limit: int = 10) -> list[tuple[Claim, float]]:
    """Claims ranked for ``text``, best first, each with a score (0-100).

    The score is the larger of the match score ``check`` gives ``text`` for the claim,
    and the share of the words of ``text`` (stop words left out) that are found, up to a
    typo, in the claim's id and wordings: so both a statement and a few keywords
    ("FDA warning") find claims.
    """
    from rapidfuzz import fuzz, process, utils

    from ..matcher import STOPWORDS

    claims = checker.base.claims
    matched = {m.claim.id: m.score for m in checker.matcher.match(text, top=len(claims))}
    words = [w for w in utils.default_process(text).split() if w not in STOPWORDS]
    ranked: list[tuple[float, float, int, Claim]] = []
    for i, c in enumerate(claims):
        score = matched.get(c.id, 0.0)
        if words:
            hay = sorted(set(utils.default_process(
                " ".join((c.id.replace("-", " "), *c.wordings))).split()))
            found = sum(1 for w in words if process.extractOne(
                w, hay, scorer=fuzz.ratio, score_cutoff=85) is not None)
            score = max(score, round(100.0 * found / len(words), 1))
        if score > 0:
            ranked.append((-score, -matched.get(c.id, 0.0), i, c))
    ranked.sort(key=lambda r: r[:3])
    return [(c, -neg) for neg, _, _, c in ranked[:limit]]


@claims_app.command("search")
def search_command(
    text: Annotated[str, typer.Argument(metavar="TEXT", show_default=False,
                                        help="A statement or a few keywords.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1,
                                       help="Show at most this many claims.")] = 10,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")
                   ] = ListFormat.text,
    claims: ClaimsOpt = None,
    color: ColorOpt = Color.auto,
) -> None:
    """Claims ranked by how well they match TEXT, with the score (0-100)."""
    hits = search_claims(base_checker(claims), text, limit)
    if fmt is ListFormat.json:
        write_json([{"id": c.id, "verdict": c.verdict, "claim": c.claim, "score": s}
                     for c, s in hits])
        return
    if not hits:
        write_text("No claim matches.\n")
        return
    _table_out([[f"{s:g}", c.id, _verdict_text(c.verdict), c.claim] for c, s in hits],
               ["score", "id", "verdict", "claim"], color)
