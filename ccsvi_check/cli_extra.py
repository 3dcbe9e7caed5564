"""Commands around the checker: `claims` (list, show, search), `validate`, `export`.

Registered on the app of cli.py when cli.register_commands() imports this module: for
any command line but `check` (a `check` run never imports it).  A command added here
must be named in cli.SUBCOMMANDS too.  Like cli.py, no logic of its own beyond
arguments -> core -> output; heavy modules are imported in the commands that need them.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .cli import EXIT_OK, EXIT_USAGE, ClaimsOpt, Color, ColorOpt, UserError, app, stream_guard

if TYPE_CHECKING:
    from .checker import Checker
    from .claims import Claim

claims_app = typer.Typer(
    name="claims", help="Browse the claim base: list the claims, show one, search them.",
    rich_markup_mode=None)
app.add_typer(claims_app, name="claims")


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


class ExportFormat(str, Enum):
    json = "json"
    claimreview = "claimreview"
    markdown = "markdown"


def _checker(claims: list[Path] | None) -> Checker:
    """The shipped base with --claims, or else the settings file's claim files."""
    from .cli import make_checker
    from .config import load_settings

    return make_checker(list(claims) if claims else load_settings().claims, 60.0)


def _write_json(data: Any) -> None:
    import json

    with stream_guard():
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()


def _write(text: str) -> None:
    with stream_guard():
        sys.stdout.write(text)
        sys.stdout.flush()


def _verdict_text(verdict: str) -> Any:
    from rich.text import Text

    from .render import VERDICT_STYLE

    return Text(f" {verdict.upper()} ", style=VERDICT_STYLE.get(verdict, ""))


def _table_out(rows: list[list[Any]], headers: list[str], color: Color) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from .render import make_console
    from .safe import inert

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
    base = _checker(claims).base
    if fmt is ListFormat.json:
        _write_json([{"id": c.id, "verdict": c.verdict, "claim": c.claim}
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
    claim = _claim_or_fail(_checker(claims), claim_id)
    if fmt is ShowFormat.json:
        from .export import claim_data

        _write_json(claim_data(claim))
        return
    if fmt is ShowFormat.markdown:
        from .export import claim_markdown

        _write(claim_markdown(claim))
        return
    from rich.text import Text

    from .render import make_console, source_line
    from .safe import inert

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

    from .matcher import STOPWORDS

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
    hits = search_claims(_checker(claims), text, limit)
    if fmt is ListFormat.json:
        _write_json([{"id": c.id, "verdict": c.verdict, "claim": c.claim, "score": s}
                     for c, s in hits])
        return
    if not hits:
        _write("No claim matches.\n")
        return
    _table_out([[f"{s:g}", c.id, _verdict_text(c.verdict), c.claim] for c, s in hits],
               ["score", "id", "verdict", "claim"], color)


# ---------------------------------------------------------------------- validate

@app.command("validate")
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

    from .cache import read_claim_text
    from .claims import ClaimsError, default_claims_path
    from .safe import inert
    from .validate import shipped_base, validate_text

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


# ---------------------------------------------------------------------- export

@app.command("export")
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
    from . import export

    try:
        published = export.publication_date(date)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    base = _checker(claims).base
    if fmt is ExportFormat.json:
        _write_json(export.base_data(base))
    elif fmt is ExportFormat.markdown:
        _write(export.base_markdown(base, title or export.DEFAULT_TITLE, published))
    else:
        if base_url is None:
            sys.stderr.write(f"ccsvi-check: note: claim urls use the placeholder "
                             f"{export.DEFAULT_BASE_URL}; set --base-url before publishing\n")
        _write_json(export.claim_reviews(
            base, author=author, author_url=author_url,
            base_url=base_url or export.DEFAULT_BASE_URL, date=published))
