"""Renderers: Results -> text on a stream (rich text, JSON, Markdown).  JSON paths never
import rich."""

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


# ------------------------------------------------------------------ Markdown

def render_markdown(result: Result, *, heading_level: int = 3, location: str | None = None,
                    show_score: bool = True) -> str:
    """One Result as Markdown a journalist can paste into a draft.

    A heading with the verdict and the statement, the claim it matched, the explanation
    and the sources as links.  ``location`` (e.g. "notes.txt, line 12") is added under
    the heading; ``heading_level`` is 1-6.  Ends with a newline; Results are separated by
    a blank line (see ``MarkdownWriter``).
    """
    from .export import VERDICT_NAMES, md_escape, md_source

    h = "#" * min(max(heading_level, 1), 6)
    verdict = VERDICT_NAMES.get(result.verdict, result.verdict.title())
    statement = md_escape(result.input) or "(empty)"
    lines = [f"{h} {verdict}: “{statement}”", ""]
    if location:
        lines += [f"*{md_escape(location)}*", ""]
    facts = [f"**Verdict:** {verdict}"]
    if result.claim is not None:
        facts.append(f"**Claim checked:** {md_escape(result.claim.text)} "
                     f"(rated {VERDICT_NAMES.get(result.claim.verdict, result.claim.verdict)}"
                     f", `{result.claim.id}`)")
    if show_score:
        facts.append(f"Match score: {result.score:g}/100")
    lines += ["  \n".join(facts), ""]
    if result.explanation:
        lines += [md_escape(result.explanation), ""]
    if result.sources:
        lines += ["Sources:", ""]
        lines += [f"- {md_source(s)}" for s in result.sources]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


class MarkdownWriter:
    """Results as Markdown sections, a blank line between them, each flushed at once."""

    def __init__(self, out: IO[str], **options: Any):
        self.out = out
        self.options = options
        self.count = 0

    def emit(self, result: Result, location: str | None = None) -> None:
        if self.count:
            self.out.write("\n")
        self.count += 1
        self.out.write(render_markdown(result, location=location, **self.options))
        self.out.flush()

    def close(self) -> None:
        self.out.flush()
