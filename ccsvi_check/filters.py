"""Which records a run shows: ``--only`` (a comma list of verdicts) and ``--min-score``.

Filters choose what is printed, never what is judged: every statement is still checked,
counted in the tally and in the exit status (see ``cli/check.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# the verdicts a statement can get: the claims' own four, and unknown
RESULT_VERDICTS = ("true", "false", "misleading", "unproven", "unknown")


class FilterError(ValueError):
    """A bad --only or --min-score value; the CLI prints it as one line, exit 2."""


def parse_verdicts(text: str, option: str = "--only") -> frozenset[str]:
    """``"false,misleading"`` -> {"false", "misleading"}: case and spaces are folded; an
    empty list or an unknown name is a FilterError naming the verdicts there are."""
    names = [part.strip().lower() for part in text.split(",")]
    known = ", ".join(RESULT_VERDICTS)
    if not any(names):
        raise FilterError(f"{option} needs a comma list of verdicts ({known})")
    for name in names:
        if name not in RESULT_VERDICTS:
            raise FilterError(f"{option}: unknown verdict {name!r} (verdicts: {known})"
                              if name else f"{option}: an empty verdict in {text!r}")
    return frozenset(names)


@dataclass(frozen=True)
class RecordFilter:
    """Keeps a result whose verdict is one of ``verdicts`` (None: any) and whose score
    is at least ``min_score``."""

    verdicts: frozenset[str] | None = None
    min_score: float = 0.0

    def __call__(self, result: Any) -> bool:
        if self.verdicts is not None and result.verdict not in self.verdicts:
            return False
        return result.score >= self.min_score


def make_filter(only: str | None, min_score: float | None) -> RecordFilter | None:
    """The filter the options ask for, or None when they keep everything."""
    if only is None and not min_score:
        return None
    if min_score is not None and not 0 <= min_score <= 100:
        raise FilterError(f"--min-score must be between 0 and 100 (got {min_score:g})")
    return RecordFilter(None if only is None else parse_verdicts(only), min_score or 0.0)
