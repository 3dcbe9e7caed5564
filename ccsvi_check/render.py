"""Renderers: Results -> text on a stream.  JSON paths never import rich."""

from __future__ import annotations

import json
import os
from typing import IO, Any

from .checker import Result

VERDICT_STYLE = {
    "true": "bold white on green",
    "false": "bold white on red",
    "misleading": "bold black on yellow",
    "unproven": "bold white on blue",
    "unknown": "bold white on grey37",
}


def json_record(record: dict[str, Any]) -> str:
    """One compact JSON object on one line (non-ASCII kept as is)."""
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


class JsonLinesWriter:
    """One JSON object per line, flushed as soon as it is written."""

    def __init__(self, out: IO[str]):
        self.out = out

    def emit(self, record: dict[str, Any]) -> None:
        self.out.write(json_record(record) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class JsonArrayWriter:
    """A JSON array written element by element, so memory stays flat."""

    def __init__(self, out: IO[str]):
        self.out = out
        self.count = 0

    def emit(self, record: dict[str, Any]) -> None:
        self.out.write(("[\n  " if self.count == 0 else ",\n  ") + json_record(record))
        self.out.flush()
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


def make_console(out: IO[str], color: str = "auto") -> Any:
    """A rich Console for ``out``: colour on a terminal only, unless told otherwise.

    ``color`` is auto, always or never; in auto, NO_COLOR (any value) turns colour off.
    """
    from rich.console import Console

    if color == "always":
        return Console(file=out, force_terminal=True, highlight=False, soft_wrap=False)
    no_color = color == "never" or "NO_COLOR" in os.environ
    return Console(file=out, no_color=no_color, highlight=False,
                   color_system=None if no_color else "auto")


class TextWriter:
    """Human output: a verdict badge, the matched claim, the explanation, the sources."""

    def __init__(self, out: IO[str], color: str = "auto"):
        self.console = make_console(out, color)
        self.count = 0

    def emit(self, result: Result) -> None:
        from rich.text import Text

        c = self.console
        if self.count:
            c.print()
        self.count += 1
        v = result.verdict
        head = Text()
        head.append(f" {v.upper()} ", style=VERDICT_STYLE.get(v, ""))
        head.append(f"  score {result.score:g}")
        if result.negated:
            head.append("  (the statement denies the claim)", style="italic")
        c.print(head)
        c.print(Text.assemble(("Statement: ", "bold"), result.input or "(empty)"))
        if result.claim is not None:
            c.print(Text.assemble(("Claim:     ", "bold"),
                                  f"{result.claim.text} [{result.claim.id}, "
                                  f"rated {result.claim.verdict}]"))
        if result.explanation:
            c.print(Text(result.explanation))
        if result.sources:
            c.print(Text("Sources:", style="bold"))
            for s in result.sources:
                line = Text("  - ")
                line.append(f"{s.title}. {s.publisher}, {s.year}. ")
                line.append(s.link, style=f"link {s.link}")
                c.print(line)
        if result.alternatives:
            alts = ", ".join(f"{a.id} ({a.score:g})" for a in result.alternatives)
            c.print(Text(f"Alternatives: {alts}", style="dim"))
        c.file.flush()

    def close(self) -> None:
        self.console.file.flush()
