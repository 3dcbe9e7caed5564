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
    HelpCommand,
    HelpGroup,
    UserError,
    base_checker,
    stream_guard,
    write_json,
    write_text,
)

if TYPE_CHECKING:
    from ..checker import Checker
    from ..claims import Claim, ClaimBase

claims_app = typer.Typer(
    name="claims", help="Browse the claim base: list the claims, show one, search them.",
    rich_markup_mode=None, cls=HelpGroup, epilog="""\b
Examples:
  ccsvi-check claims list --verdict false
  ccsvi-check claims show ccsvi-causes-ms
  ccsvi-check claims search 'FDA warning'""")


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


VerdictOpt = Annotated[str | None, typer.Option(
    "--verdict", metavar="LIST", show_default=False,
    help="Only the claims rated one of these verdicts, a comma list: --verdict "
         "false,misleading.")]


def _verdicts(text: str | None) -> frozenset[str] | None:
    """--verdict as a set of claim verdicts (None: all); a bad name is a UserError."""
    if text is None:
        return None
    from ..claims import VERDICTS

    names = [part.strip().lower() for part in text.split(",")]
    for name in names:
        if name not in VERDICTS:
            raise UserError(f"--verdict: unknown verdict {name!r} (claims are rated "
                            f"{', '.join(VERDICTS)})")
    return frozenset(names)


def _on_terminal() -> bool:
    isatty = getattr(sys.stdout, "isatty", None)
    return bool(isatty and isatty())


def _claims_out(claims: list[Claim], scores: list[float] | None, count: str,
                color: Color) -> None:
    """The claims, one a line: a table on a terminal (the claim column takes the width
    the ids leave; ids are never cut), else ``id<TAB>verdict<TAB>claim[<TAB>score]``
    lines, never cut or wrapped, for ``cut`` and ``grep``.  ``count`` goes under the
    table, or on stderr in a pipe."""
    from ..render import make_console
    from ..safe import inert

    console = make_console(sys.stdout, color.value) if _on_terminal() else None
    widest = max((len(c.id) for c in claims), default=2)
    if console is None or console.width < widest + 40:  # a pipe, or no room for a table
        with stream_guard():
            for i, c in enumerate(claims):
                fields = [c.id, c.verdict, c.claim]
                if scores is not None:
                    fields.append(f"{scores[i]:g}")
                sys.stdout.write("\t".join(inert(f) for f in fields) + "\n")
            sys.stdout.flush()
        sys.stderr.write(f"ccsvi-check: {count}\n")
        return
    from rich import box
    from rich.table import Table
    from rich.text import Text

    headers = (["score"] if scores is not None else []) + ["id", "verdict", "claim"]
    table = Table(*headers, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    # only the claim column wraps: ids are what users copy into `claims show`, never
    # cut, wrapped or ellipsed
    # widths with their padding: the id column as wide as the widest id, the claim
    # column the rest of the line
    fixed = {"score": len("score") + 2, "id": widest + 2, "verdict": len(" MISLEADING ") + 2}
    for col in table.columns:
        col.no_wrap = col.header != "claim"
        col.width = fixed.get(str(col.header))
    table.columns[-1].width = console.width - sum(c.width for c in table.columns[:-1]) - 1
    for i, c in enumerate(claims):
        # a str cell would be read as rich markup ("[red]", ":emoji:"): claim files'
        # text goes in as plain Text, made inert
        row = [Text(inert(c.id)), _verdict_text(c.verdict), Text(inert(c.claim))]
        if scores is not None:
            row.insert(0, Text(f"{scores[i]:g}"))
        table.add_row(*row)
    with stream_guard():
        if claims:
            console.print(table)
        console.print(Text(count, style="dim"))
        console.file.flush()


# ---------------------------------------------------------------------- claims ...

# the epilogs of the commands' help: a '\b' paragraph is printed as written
LIST_EXAMPLES = """\b
Examples:
  A journalist sees what the base rates false:
    ccsvi-check claims list --verdict false
  A moderator looks for the claims about the FDA:
    ccsvi-check claims list | grep -i fda
  A script takes the ids:
    ccsvi-check claims list -f json | jq -r '.[].id'"""
SHOW_EXAMPLES = """\b
Examples:
  A journalist reads a claim whole, with its sources:
    ccsvi-check claims show ccsvi-causes-ms
  A moderator pastes it into a reply:
    ccsvi-check claims show ccsvi-causes-ms -f markdown
  A script takes its sources' links:
    ccsvi-check claims show ccsvi-causes-ms -f json | jq -r '.sources[].url'"""
SEARCH_EXAMPLES = """\b
Examples:
  A journalist finds the claims on a subject:
    ccsvi-check claims search "FDA warning"
  A moderator finds the false claims close to a comment:
    ccsvi-check claims search "stents in neck veins fix MS" --verdict false
  A script takes the best match:
    ccsvi-check claims search "vein surgery" -f json -n 1 | jq -r '.[0].id'"""


@claims_app.command("list", cls=HelpCommand, epilog=LIST_EXAMPLES)
def list_command(
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")
                   ] = ListFormat.text,
    claims: ClaimsOpt = None,
    color: ColorOpt = Color.auto,
    verdict: VerdictOpt = None,
) -> None:
    """List every claim: id, verdict and claim.

    On a terminal, a table; in a pipe, one claim a line, id, verdict and claim separated
    by tabs, with the count on stderr.
    """
    wanted = _verdicts(verdict)
    base = base_checker(claims).base
    shown = [c for c in base.claims if wanted is None or c.verdict in wanted]
    if fmt is ListFormat.json:
        write_json([{"id": c.id, "verdict": c.verdict, "claim": c.claim} for c in shown])
        return
    n = len(shown)
    _claims_out(shown, None, f"{n} claim{'' if n == 1 else 's'}", color)


def _suggest(claim_id: str, ids: list[str], limit: int = 3) -> list[str]:
    """The ids nearest to ``claim_id``, best first."""
    from rapidfuzz import fuzz, process, utils

    # token_set_ratio: "liberation-safe" is all in "liberation-therapy-safe"
    hits = process.extract(claim_id, ids, scorer=fuzz.token_set_ratio,
                           processor=utils.default_process, limit=limit, score_cutoff=50)
    return [h[0] for h in hits]


def _claim_or_fail(base: ClaimBase, claim_id: str) -> Claim:
    claim = base.by_id(claim_id)
    if claim is not None:
        return claim
    ids = [c.id for c in base.claims]
    near = _suggest(claim_id, ids)
    hint = (f"; did you mean {', '.join(near)}?" if near
            else "; 'ccsvi-check claims list' shows the ids")
    raise UserError(f"unknown claim id '{claim_id}'{hint}")


@claims_app.command("show", cls=HelpCommand, epilog=SHOW_EXAMPLES,
                    short_help="Show one claim whole: verdict, explanation, sources.")
def show_command(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim id (see 'claims list').",
                                            show_default=False)],
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help="Output format.")
                   ] = ShowFormat.text,
    claims: ClaimsOpt = None,
    color: ColorOpt = Color.auto,
) -> None:
    """Show one claim whole: verdict, explanation, wordings, sources with links."""
    base = base_checker(claims).base
    claim = _claim_or_fail(base, claim_id)
    reviewed = base.reviewed  # the base's review date (None: the files give none)
    if fmt is ShowFormat.json:
        from ..export import claim_data

        write_json({**claim_data(claim), "reviewed": reviewed})
        return
    if fmt is ShowFormat.markdown:
        from ..export import claim_markdown

        write_text(claim_markdown(claim) + (f"\nReviewed: {reviewed}\n" if reviewed else ""))
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
        if reviewed:
            c.print(Text.assemble(("Reviewed: ", "bold"), reviewed))
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


@claims_app.command("search", cls=HelpCommand, epilog=SEARCH_EXAMPLES)
def search_command(
    text: Annotated[str, typer.Argument(metavar="TEXT", show_default=False,
                                        help="A statement or a few keywords.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, metavar="N",
                                       help="Show at most this many claims.")] = 10,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")
                   ] = ListFormat.text,
    claims: ClaimsOpt = None,
    color: ColorOpt = Color.auto,
    verdict: VerdictOpt = None,
) -> None:
    """Claims ranked by how well they match TEXT, with the score (0-100).

    On a terminal, a table; in a pipe, one claim a line, id, verdict, claim and score
    separated by tabs, with the count on stderr.
    """
    wanted = _verdicts(verdict)
    checker = base_checker(claims)
    hits = search_claims(checker, text, len(checker.base.claims) if wanted else limit)
    hits = [(c, s) for c, s in hits if wanted is None or c.verdict in wanted][:limit]
    if fmt is ListFormat.json:
        write_json([{"id": c.id, "verdict": c.verdict, "claim": c.claim, "score": s}
                     for c, s in hits])
        return
    n = len(hits)
    count = f"{n} claim{'' if n == 1 else 's'} match" if n else "No claim matches."
    _claims_out([c for c, _ in hits], [s for _, s in hits], count, color)
