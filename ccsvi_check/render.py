"""Renderers: Results -> text on a stream (rich text, JSON, Markdown).  JSON paths never
import rich."""

from __future__ import annotations

import json
import os
from typing import IO, Any

from .checker import SCHEMA, Result
from .safe import inert, is_inert

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


class ResultJson:
    """``json_record(result.to_dict())``, faster: the part of a record that comes from
    the matched claim (claim, explanation, sources) is encoded once per claim."""

    def __init__(self) -> None:
        self._tails: dict[tuple[str | None, str | None, str | None], str] = {}

    def __call__(self, result: Result) -> str:
        if result.alternatives is not None or result.why is not None:
            return json_record(result.to_dict())
        key = (result.claim.id if result.claim else None, result.explanation,
               result.reviewed)
        tail = self._tails.get(key)
        if tail is None:
            d = result.to_dict()
            tail = json_record({k: d[k] for k in ("claim", "explanation", "sources",
                                                       "reviewed")})[1:]
            if len(self._tails) < 4096:
                self._tails[key] = tail
        return (f'{{"schema": {SCHEMA}, "input": {json.dumps(result.input, ensure_ascii=False)}'
                f', "verdict": "{result.verdict}", "score": {float(result.score)!r}, '
                f'"negated": {"true" if result.negated else "false"}, {tail}')


class FindingJson:
    """``json_record(finding.to_dict())`` for a ``scan`` finding, faster: the result's
    record (``ResultJson``) with the position fields appended."""

    def __init__(self) -> None:
        self._result = ResultJson()
        self._path = ("", '""')

    def __call__(self, finding: Any) -> str:
        if finding.path != self._path[0]:
            self._path = (finding.path, json.dumps(finding.path, ensure_ascii=False))
        return (f'{self._result(finding.result)[:-1]}, "path": {self._path[1]}, '
                f'"line": {finding.line}, "column": {finding.column}, '
                f'"end_line": {finding.end_line}, "end_column": {finding.end_column}}}')


class JsonLinesWriter:
    """One JSON object per line.  ``flush`` is the caller's: after each record when
    reading a person's input, before waiting for more input when reading a pipe."""

    def __init__(self, out: IO[str]):
        self.out = out
        self.encode = ResultJson()

    def emit(self, record: dict[str, Any]) -> None:
        self.out.write(json_record(record) + "\n")

    def emit_result(self, result: Result) -> None:
        self.out.write(self.encode(result) + "\n")

    block_separator = "\n"

    def emit_block(self, records: str, count: int) -> None:
        """``count`` encoded records joined by ``block_separator``."""
        self.out.write(records + "\n")

    def flush(self) -> None:
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class JsonArrayWriter:
    """A JSON array written element by element, so memory stays flat."""

    def __init__(self, out: IO[str]):
        self.out = out
        self.count = 0

    def emit(self, record: dict[str, Any]) -> None:
        self.emit_encoded(json_record(record))

    def emit_encoded(self, record: str) -> None:
        self.emit_block(record, 1)

    block_separator = ",\n  "

    def emit_block(self, records: str, count: int) -> None:
        """``count`` encoded records joined by ``block_separator``."""
        self.out.write(("[\n  " if self.count == 0 else ",\n  ") + records)
        self.count += count

    def flush(self) -> None:
        self.out.flush()

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


def make_console(out: IO[str], color: str = "auto") -> Any:
    """A rich Console for ``out``: colour on a terminal only, unless told otherwise.

    ``color`` is auto, always or never; in auto, NO_COLOR (any value) turns colour off.
    An explicit ``always`` wins over NO_COLOR, as no-color.org asks of command-line flags.
    """
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit 1 (our "a statement is false"); the CLI's stream_guard
            # turns this into a quiet exit 141
            self.quiet = True
            raise BrokenPipeError

    if color == "always":
        return _Console(file=out, force_terminal=True, no_color=False, highlight=False,
                        soft_wrap=False)
    no_color = color == "never" or "NO_COLOR" in os.environ
    # off a terminal, lines are not wrapped at 80 columns: links stay whole
    piped = not (hasattr(out, "isatty") and out.isatty())
    return _Console(file=out, no_color=no_color, highlight=False, soft_wrap=piped,
                    color_system=None if no_color else "auto")


def is_terminal(out: IO[str]) -> bool:
    """``out`` is a terminal (a closed or odd stream is not)."""
    isatty = getattr(out, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):
        return False


def text_writer(out: IO[str], color: str = "auto") -> Any:
    """The writer of `check`'s text: the terminal look on a terminal or with ``--color
    always`` (``render_terminal``), else ``TextWriter``, whose bytes in a pipe never
    change."""
    from .render_terminal import TerminalWriter, uses_terminal_look

    if uses_terminal_look(out, color):
        return TerminalWriter(out, color)
    return TextWriter(out, color)


def link_text(url: str) -> Any:
    """``url`` as rich Text: a terminal hyperlink when the address is clean, else the
    address made inert and no hyperlink (an ESC inside would end the link sequence)."""
    from rich.style import Style
    from rich.text import Text

    if is_inert(url) and " " not in url:
        return Text(url, style=Style(link=url))
    return Text(inert(url))


def sentence(part: str) -> str:
    """``part`` ended with a full stop, unless it already ends in one ("n.d.") or in a
    question or exclamation mark: a citation never reads "n.d.." or "MS?."."""
    return part if part.endswith((".", "?", "!")) else part + "."


def source_line(s: Any, indent: str = "  - ") -> Any:
    """``  - Title. Publisher, 2014. link`` as rich Text, every part inert."""
    from rich.text import Text

    line = Text(indent)
    line.append(inert(f"{sentence(s.title)} {s.publisher}, {sentence(s.year_text)} "))
    line.append_text(link_text(s.link))
    return line


class TextWriter:
    """Human output in a pipe or a file: a verdict badge, the matched claim, the
    explanation, the sources, a line each, never wrapped, so links stay whole (the
    terminal look is ``render_terminal.TerminalWriter``; ``text_writer`` chooses)."""

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
        # user text only ever as plain Text (never markup), made inert (safe.inert)
        c.print(Text.assemble(("Statement: ", "bold"), inert(result.input) or "(empty)"))
        if result.claim is not None:
            c.print(Text.assemble(("Claim:     ", "bold"),
                                  inert(f"{result.claim.text} [{result.claim.id}, "
                                        f"rated {result.claim.verdict}]")))
        if result.explanation:
            c.print(Text(inert(result.explanation, newlines=True)))
        if result.sources:
            c.print(Text("Sources:", style="bold"))
            for s in result.sources:
                c.print(source_line(s))
        if result.alternatives:
            alts = ", ".join(f"{a.id} ({a.score:g})" for a in result.alternatives)
            c.print(Text(inert(f"Alternatives: {alts}"), style="dim"))
        if result.why:
            import json

            c.print(Text(inert("Why: " + json.dumps(result.why, ensure_ascii=False)),
                         style="dim"))
        c.file.flush()

    def flush(self) -> None:
        self.console.file.flush()

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

    def flush(self) -> None:
        self.out.flush()

    def close(self) -> None:
        self.out.flush()
