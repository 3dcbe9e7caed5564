"""The ``--summary`` tally: how many statements (or findings) got each verdict.

One line, written on stderr by the CLI, never on stdout: ``5 statements: 2 false,
1 true, 2 unknown`` (flags first), with ``; 2 shown`` when a filter hid some.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

ORDER = ("false", "misleading", "unproven", "true", "unknown")


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.shown = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(self, verdict: str, shown: bool = True) -> None:
        self.counts[verdict] += 1
        self.shown += shown

    def merge(self, counts: Mapping[str, int], shown: int) -> None:
        self.counts.update(counts)
        self.shown += shown

    def line(self, noun: str = "statement", filtered: bool = False) -> str:
        """``5 statements: 2 false, 1 true, 2 unknown; 2 shown``."""
        total = self.total
        head = f"{total} {noun}{'' if total == 1 else 's'}"
        parts = [f"{self.counts[v]} {v}" for v in ORDER if self.counts[v]]
        parts += [f"{n} {v}" for v, n in sorted(self.counts.items())
                  if v not in ORDER and n]
        text = f"{head}: {', '.join(parts)}" if parts else head
        return f"{text}; {self.shown} shown" if filtered else text
