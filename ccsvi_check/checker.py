"""The checker: a statement in, a Result out.  No printing, no files beyond the base."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .claims import Claim, ClaimBase, Source
from .matcher import Match, Matcher

SCHEMA = 1
DEFAULT_THRESHOLD = 60.0
VERDICTS_OUT = ("true", "false", "misleading", "unproven", "unknown")
_FLIP = {"true": "false", "false": "true"}

UNKNOWN_EXPLANATION = (
    "No claim in the base matches this statement closely enough. ccsvi-check only "
    "rates claims about CCSVI and liberation therapy; it does not guess."
)


@dataclass(frozen=True)
class ClaimRef:
    id: str
    text: str
    verdict: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "verdict": self.verdict}


@dataclass(frozen=True)
class Alternative:
    id: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "score": self.score}


@dataclass(frozen=True)
class Result:
    """One statement's verdict; ``to_dict`` is the JSON record the CLI prints."""

    input: str
    verdict: str
    score: float
    negated: bool = False
    claim: ClaimRef | None = None
    explanation: str | None = None
    sources: tuple[Source, ...] = ()
    alternatives: tuple[Alternative, ...] | None = field(default=None)

    @property
    def is_flag(self) -> bool:
        """True for the verdicts that make the command exit 1."""
        return self.verdict in ("false", "misleading")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "input": self.input,
            "verdict": self.verdict,
            "score": self.score,
            "negated": self.negated,
            "claim": self.claim.to_dict() if self.claim else None,
            "explanation": self.explanation,
            "sources": [s.to_dict() for s in self.sources],
        }
        if self.alternatives is not None:
            d["alternatives"] = [a.to_dict() for a in self.alternatives]
        return d


def verdict_for(claim: Claim, negated: bool) -> str:
    """The verdict on a statement that asserts (or, if negated, denies) ``claim``.

    Denying a true claim is false and denying a false one is true.  The denial of a
    misleading or unproven claim is not rated: the tool does not say more than it knows.
    """
    if not negated:
        return claim.verdict
    return _FLIP.get(claim.verdict, "unknown")


class Checker:
    """Loads the claim base once and checks any number of statements.

    ``Checker()`` uses the shipped base; ``Checker(claims=["extra.yaml"])`` layers claim
    files on it; ``Checker(base=ClaimBase(...))`` uses a base built in code.  A Checker
    pickles (it is rebuilt from its claim base), so it can be sent to worker processes.
    """

    def __init__(self, claims: list[str | Path] | tuple[str | Path, ...] = (),
                 threshold: float = DEFAULT_THRESHOLD, base: ClaimBase | None = None,
                 include_default: bool = True):
        self.threshold = float(threshold)
        if base is None:
            from .cache import load_matcher

            self.matcher = load_matcher(claims, include_default)
            self.base = self.matcher.base
        else:
            self.base = base
            self.matcher = Matcher(base)

    def __getstate__(self) -> dict[str, Any]:
        return {"base": self.base, "threshold": self.threshold}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.base = state["base"]
        self.threshold = state["threshold"]
        self.matcher = Matcher(self.base)

    def check(self, text: str, top: int = 0, on_topic: bool = False) -> Result:
        """Rate one statement.  ``top`` > 0 adds that many alternatives to the result.

        ``on_topic``: the statement's context names CCSVI or liberation therapy, so the
        statement itself need not (``scan`` sets it for "It ..." after such a sentence).
        """
        matches = self.matcher.match(text, top=max(top, 1), on_topic=on_topic)
        alternatives = (tuple(Alternative(m.claim.id, m.score) for m in matches[:top])
                        if top > 0 else None)
        best: Match | None = matches[0] if matches else None
        if best is None or best.score < self.threshold:
            return Result(text, "unknown", best.score if best else 0.0, False, None,
                          UNKNOWN_EXPLANATION, (), alternatives)
        claim = best.claim
        if best.ambiguous:
            explanation = (f"This statement comes close to the claim '{claim.id}' but also "
                           "holds a negation that may or may not bear on it, so it is not "
                           "rated: check it by hand.")
            return Result(text, "unknown", best.score, best.negated, None, explanation, (),
                          alternatives)
        verdict = verdict_for(best.claim, best.negated)
        if verdict == "unknown":
            explanation = (f"This statement denies the claim '{claim.id}', which is rated "
                           f"{claim.verdict}; a denial of it is not rated.")
            return Result(text, "unknown", best.score, True, None, explanation, (),
                          alternatives)
        explanation = claim.explanation
        if best.negated:
            explanation = (f"This statement denies the claim \"{claim.claim}\", which is "
                           f"{claim.verdict}. {explanation}")
        return Result(text, verdict, best.score, best.negated,
                      ClaimRef(claim.id, claim.claim, claim.verdict), explanation,
                      claim.sources, alternatives)


_default: Checker | None = None


def check(text: str) -> Result:
    """Rate one statement with the shipped claim base (loaded once per process)."""
    global _default
    if _default is None:
        _default = Checker()
    return _default.check(text)
