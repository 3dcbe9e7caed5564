"""The claim base for publishing: schema.org ClaimReview, plain JSON, a Markdown page.

Pure functions: a ClaimBase in, data or a string out.

Ratings use a 1-5 scale, worst to best, as ClaimReview readers expect: false = 1,
misleading = 2, unproven = 3, true = 5.  4 ("mostly true") is left free because the
base never says it; an unproven claim sits in the middle because the evidence neither
supports nor refutes it.  ``alternateName`` carries the verdict in words, which is what
aggregators show.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from typing import Any

from .claims import Claim, ClaimBase, Source

SCHEMA = 1
RATINGS = {"false": 1, "misleading": 2, "unproven": 3, "true": 5}
BEST_RATING, WORST_RATING = 5, 1
VERDICT_NAMES = {"true": "True", "false": "False", "misleading": "Misleading",
                 "unproven": "Unproven", "unknown": "Unknown"}

DEFAULT_AUTHOR = "ccsvi-check"
DEFAULT_BASE_URL = "https://example.org/ccsvi-check/claims"  # a placeholder: set --base-url
DEFAULT_TITLE = "CCSVI and liberation therapy: claims checked"


# ------------------------------------------------------------------ dates and links

def publication_date(date: str | None = None, environ: dict[str, str] | None = None) -> str:
    """datePublished: ``date`` (YYYY-MM-DD), else SOURCE_DATE_EPOCH's UTC date, else today.

    Raises ValueError for a malformed date or SOURCE_DATE_EPOCH.
    """
    if date:
        try:
            return _dt.date.fromisoformat(date).isoformat()
        except ValueError:
            raise ValueError(f"--date must be a date as YYYY-MM-DD (got {date!r})") from None
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise ValueError(f"SOURCE_DATE_EPOCH must be whole seconds (got {epoch!r})")
        return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date().isoformat()
    return _dt.datetime.now(_dt.timezone.utc).date().isoformat()


def claim_url(base_url: str, claim_id: str) -> str:
    """The page of one claim: ``{id}`` in ``base_url`` is replaced by the id; without it,
    ``#id`` is appended (an anchor in the page ``export --format markdown`` writes)."""
    if "{id}" in base_url:
        return base_url.replace("{id}", claim_id)
    return f"{base_url.split('#', 1)[0]}#{claim_id}"


# ------------------------------------------------------------------ ClaimReview

def _citation(s: Source) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "CreativeWork", "name": s.title,
                           "publisher": {"@type": "Organization", "name": s.publisher},
                           "url": s.link}
    if s.year is not None:
        out["datePublished"] = str(s.year)
    if s.doi:
        out["identifier"] = f"doi:{s.doi}"
    return out


def claim_review(claim: Claim, *, author: str = DEFAULT_AUTHOR, author_url: str | None = None,
                 base_url: str = DEFAULT_BASE_URL, date: str) -> dict[str, Any]:
    """One claim as a schema.org ClaimReview (JSON-LD, with its own @context)."""
    org: dict[str, Any] = {"@type": "Organization", "name": author}
    if author_url:
        org["url"] = author_url
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        "url": claim_url(base_url, claim.id),
        "claimReviewed": claim.claim,
        "reviewBody": claim.explanation,
        "datePublished": date,
        "author": org,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATINGS[claim.verdict],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": VERDICT_NAMES[claim.verdict],
        },
        "itemReviewed": {"@type": "Claim", "name": claim.claim},
        "citation": [_citation(s) for s in claim.sources],
    }


def claim_reviews(base: ClaimBase, **options: Any) -> list[dict[str, Any]]:
    """Every claim of ``base`` as a ClaimReview (options as for ``claim_review``)."""
    return [claim_review(c, **options) for c in base.claims]


# ------------------------------------------------------------------ JSON

def source_data(s: Source) -> dict[str, Any]:
    return {"title": s.title, "publisher": s.publisher, "year": s.year, "url": s.link,
            "doi": s.doi}


def claim_data(c: Claim) -> dict[str, Any]:
    """One claim as data (the fields of the claim file; source ``url`` always set)."""
    return {"id": c.id, "claim": c.claim, "verdict": c.verdict, "explanation": c.explanation,
            "variants": list(c.variants), "sources": [source_data(s) for s in c.sources]}


def base_data(base: ClaimBase) -> dict[str, Any]:
    """The whole base as data, with a schema version."""
    return {"schema": SCHEMA, "claims": [claim_data(c) for c in base.claims],
            "aliases": [list(g) for g in base.aliases], "topic": list(base.topic),
            "procedure_harms": list(base.procedure_harms)}


# ------------------------------------------------------------------ Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~])")


def md_escape(text: str) -> str:
    """Inline Markdown text: whitespace folded to spaces, control and format characters
    made visible escapes (``safe.inert``), Markdown and HTML characters escaped (``&`` too,
    so ``&#x202e;`` stays text)."""
    from .safe import inert

    text = inert(" ".join(text.split()))
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # a leading '#', '-', '+' or 'N.' would start a heading or a list
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return re.sub(r"^([#+\-])", r"\\\1", text)


def md_url(url: str) -> str:
    """A URL usable as a Markdown link destination (balanced parentheses are fine);
    spaces, angle brackets and control or format characters are percent-encoded."""
    from urllib.parse import quote

    from .safe import is_inert

    url = url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    if not is_inert(url):
        url = "".join(ch if is_inert(ch) else quote(ch, safe="", errors="backslashreplace")
                      for ch in url)
    depth = 0
    for ch in url:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            break
    if depth != 0:
        url = url.replace("(", "%28").replace(")", "%29")
    return url


def md_source(s: Source) -> str:
    """``[Title](link), Publisher, 2014``."""
    return f"[{md_escape(s.title)}]({md_url(s.link)}), {md_escape(s.publisher)}, {s.year_text}"


def claim_markdown(c: Claim, heading_level: int = 2) -> str:
    """One claim: heading (with an anchor named by the id), verdict, explanation, other
    wordings, sources."""
    h = "#" * heading_level
    lines = [f'{h} <a id="{c.id}"></a>{md_escape(c.claim)}', "",
             f"**Verdict: {VERDICT_NAMES[c.verdict]}** (`{c.id}`)", "",
             md_escape(c.explanation), ""]
    if c.variants:
        lines.append("Also seen as: " + "; ".join(f"“{md_escape(v)}”" for v in c.variants))
        lines.append("")
    lines.append("Sources:")
    lines.append("")
    lines += [f"- {md_source(s)}" for s in c.sources]
    return "\n".join(lines) + "\n"


def base_markdown(base: ClaimBase, title: str = DEFAULT_TITLE, date: str | None = None) -> str:
    """A readable page of every claim with its sources."""
    counts: dict[str, int] = {}
    for c in base.claims:
        counts[c.verdict] = counts.get(c.verdict, 0) + 1
    summary = ", ".join(f"{n} {VERDICT_NAMES[v].lower()}" for v, n in
                        sorted(counts.items(), key=lambda kv: RATINGS[kv[0]]))
    head = [f"# {md_escape(title)}", ""]
    if date:
        head += [f"Published {date}.", ""]
    head += [f"{len(base.claims)} claims ({summary})." if base.claims else "No claims.", ""]
    head += [f"- [{md_escape(c.claim)}](#{c.id}) ({VERDICT_NAMES[c.verdict]})"
             for c in base.claims]
    parts = ["\n".join(head) + "\n"] + [claim_markdown(c) for c in base.claims]
    return "\n".join(parts)
