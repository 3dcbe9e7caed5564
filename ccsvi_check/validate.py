"""Validation of claim files: every structural problem, plus checks across claims.

The loader (``claims.py``) checks each claim on its own.  This module adds what only
shows across claims, as the matcher sees them:

- two claims with a wording each that normalise to the same set of symbols (after
  spelling, stems, stop words and aliases): a statement worded like either scores the
  same against both, so which claim it gets is an accident of file order;
- a wording with no content words, or one that names no topic term: no statement worded
  like it can match it.

A file with a ``topic`` is a whole base and is checked on its own.  A file without one is
a layer (what ``--claims`` adds to the shipped base, usually without aliases of its own),
so it is checked as layered on the shipped base, with the shipped aliases and topic.

Everything returns ``ClaimsError`` values (``str()`` is ``PATH:LINE: message``), sorted by
line; nothing here prints.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .claims import ClaimBase, ClaimsError, parse_claims_report, read_claims_text

ShippedBase = Callable[[], ClaimBase]


def _wording_lines(text: str) -> dict[str, list[int]]:
    """claim id -> the line of each wording (the claim text first, then the variants)."""
    import yaml

    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return {}
    out: dict[str, list[int]] = {}

    def get(node: Any, key: str) -> Any:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == key:
                    return v
        return None

    claims = get(root, "claims")
    if not isinstance(claims, yaml.SequenceNode):
        return out
    for item in claims.value:
        cid = get(item, "id")
        if not isinstance(cid, yaml.ScalarNode) or cid.value.strip() in out:
            continue
        lines = []
        claim = get(item, "claim")
        if claim is not None:
            lines.append(claim.start_mark.line + 1)
        variants = get(item, "variants")
        if isinstance(variants, yaml.SequenceNode):
            lines += [v.start_mark.line + 1 for v in variants.value
                      if isinstance(v, yaml.ScalarNode) and v.value.strip()]
        out[cid.value.strip()] = lines
    return out


def cross_claim_problems(base: ClaimBase, path: str,
                         lines: dict[str, list[int]] | None = None) -> list[ClaimsError]:
    """Colliding and unmatchable wordings of the claims of ``base`` that come from
    ``path`` (``base`` may hold other claims too: a layer is checked against them)."""
    from .matcher import Matcher

    matcher = Matcher(base)
    claims = matcher.claims
    lines = lines or {}

    def mine(ci: int) -> bool:
        return claims[ci].path == path

    def line_of(ci: int, text: str) -> int:
        c = claims[ci]
        known = lines.get(c.id, []) if mine(ci) else []
        i = c.wordings.index(text) if text in c.wordings else 0
        return known[i] if i < len(known) else c.line

    def where(ci: int, text: str) -> str:
        c = claims[ci]
        at = f"line {line_of(ci, text)}" if mine(ci) else f"{c.path}:{c.line}"
        return f"claim '{c.id}' ({at})"

    topic = getattr(matcher, "_topic", frozenset())
    problems: list[ClaimsError] = [
        ClaimsError(f"procedure_harms term {term!r} has no words the matcher can use (only "
                    "stop words)", path)
        for term in base.procedure_harms if not matcher.symbols(term)]
    first: dict[frozenset[str], tuple[int, str]] = {}
    for w in matcher.wordings:
        ci = w.claim_index
        if mine(ci):
            c = claims[ci]
            if not w.tokens:
                problems.append(ClaimsError(
                    f"claim '{c.id}': wording {w.text!r} has no words the matcher can use "
                    "(only stop words)", path, line_of(ci, w.text)))
                continue
            # (a topic named by several words, "catheter venography", counts too)
            if topic and not w.tokens & topic and not matcher.mentions_topic(w.text):
                problems.append(ClaimsError(
                    f"claim '{c.id}': wording {w.text!r} names no topic term "
                    f"({', '.join(base.topic)}), so no statement worded like it can match",
                    path, line_of(ci, w.text)))
        if not w.tokens:
            continue
        seen = first.setdefault(w.tokens, (ci, w.text))
        if seen[0] == ci:
            continue
        other, other_text = seen
        if not (mine(ci) or mine(other)):
            continue
        # report at this file's wording: the later one, or the only one in this file
        at_ci, at_text, to_ci, to_text = ((ci, w.text, other, other_text) if mine(ci)
                                          else (other, other_text, ci, w.text))
        symbols = " ".join(sorted(w.tokens))
        problems.append(ClaimsError(
            f"claim '{claims[at_ci].id}': wording {at_text!r} collides with wording "
            f"{to_text!r} of {where(to_ci, to_text)}: both read as [{symbols}] to the "
            "matcher", path, line_of(at_ci, at_text)))
    return problems


def validate_text(text: str, path: str, shipped: ShippedBase | None = None
                  ) -> list[ClaimsError]:
    """Every problem of one claim file's text, sorted by line.

    ``shipped`` returns the base a layer (a file without ``topic``) is checked on; with
    None, a layer is checked on its own.
    """
    base, problems = parse_claims_report(text, path)
    problems = list(problems)
    if base.claims:
        whole = base
        if not base.topic and shipped is not None:
            try:
                whole = shipped().merged(base)
            except (ClaimsError, OSError) as exc:
                reason = exc if isinstance(exc, ClaimsError) else (exc.strerror or exc)
                problems.append(ClaimsError(
                    "this file has no 'topic', so it is checked as a layer on the shipped "
                    f"base, which did not load: {reason}", path))
                whole = base
        problems += cross_claim_problems(whole, path, _wording_lines(text))
    return sorted(problems, key=lambda p: p.line or 0)


def validate_file(path: str | Path, shipped: ShippedBase | None = None) -> list[ClaimsError]:
    """Every problem of one claim file on disk (unreadable: one problem)."""
    try:
        text = read_claims_text(path)
    except ClaimsError as exc:
        return [exc]
    return validate_text(text, str(Path(path)), shipped)


def shipped_base() -> ClaimBase:
    """The shipped claim base, for checking layers."""
    from .claims import load_claims

    return load_claims()
