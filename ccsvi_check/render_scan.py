"""Human output of `scan`: in a pipe, one linter-style line per finding, then a summary
line; on a terminal, the findings grouped by file and a summary table
(``ScanTerminalWriter``); or Markdown (``render.render_markdown``, with where each
finding is) for a draft."""

from __future__ import annotations

from collections import Counter
from typing import IO, Any

from .render import VERDICT_STYLE, make_console
from .safe import inert
from .scan import Finding

VERDICT_ORDER = ("false", "misleading", "unproven", "true", "unknown")


def location(f: Finding) -> str:
    """``path:line:column`` of a finding (1-based)."""
    return f"{f.path}:{f.line}:{f.column}"


def finding_line(f: Finding) -> str:
    """``path:line:column: VERDICT claim-id: claim`` (no colour), as the text output
    (the path and the claim made inert: ``safe.inert``)."""
    return "".join(text for text, _ in _head_parts(f))


def _head_parts(f: Finding) -> list[tuple[str, str]]:
    r = f.result
    parts = [(inert(f"{location(f)}:"), "bold"), (" ", ""),
             (r.verdict.upper(), VERDICT_STYLE.get(r.verdict, ""))]
    if r.claim is not None:
        parts.append((inert(f" {r.claim.id}"), "cyan"))
        parts.append((": denies " if r.negated else ": ", ""))
        parts.append((inert(r.claim.text), ""))
    else:
        parts.append((": no claim in the base matches", "dim"))
    return parts


def summary_line(findings: Counter[str], sentences: int, files: int, skipped: int,
                 errors: int) -> str:
    total = sum(findings.values())
    noun = "finding" if total == 1 else "findings"
    head = f"{total} {noun}" if total else "No findings"
    kinds = ", ".join(f"{findings[v]} {v}" for v in VERDICT_ORDER if findings[v])
    text = f"{head}{f' ({kinds})' if kinds else ''} in {files} file{'s' * (files != 1)}, " \
           f"{sentences} sentence{'s' * (sentences != 1)} checked"
    if skipped:
        text += f"; {skipped} skipped"
    if errors:
        text += f"; {errors} error{'s' * (errors != 1)}"
    return text + "."


def scan_text_writer(out: IO[str], color: str = "auto") -> Any:
    """The writer of `scan`'s text: the terminal look on a terminal or with ``--color
    always`` (``ScanTerminalWriter``), else ``ScanTextWriter``, whose bytes in a pipe
    never change."""
    from .render_terminal import uses_terminal_look

    if uses_terminal_look(out, color):
        return ScanTerminalWriter(out, color)
    return ScanTextWriter(out, color)


class ScanTextWriter:
    """Findings as ``path:line:column: VERDICT claim-id: claim`` plus the sentence, a
    line each, never wrapped (in a pipe or a file)."""

    def __init__(self, out: IO[str], color: str = "auto"):
        self.console = make_console(out, color)

    def emit(self, f: Finding) -> None:
        from rich.text import Text

        head = Text()
        for text, style in _head_parts(f):
            head.append(text, style=style)
        self.console.print(head, soft_wrap=True)
        # the sentence is the document's text: inert, and never read as markup
        self.console.print(Text("    " + inert(f.result.input), style="dim"), soft_wrap=True)
        self.console.file.flush()

    def summary(self, line: str) -> None:
        from rich.text import Text

        self.console.print(Text(line, style="bold"), soft_wrap=True)

    def finish(self, findings: Counter[str], sentences: int, files: int, skipped: int,
               errors: int) -> None:
        """The closing summary line (``summary_line``)."""
        self.summary(summary_line(findings, sentences, files, skipped, errors))

    def close(self) -> None:
        self.console.file.flush()


class ScanTerminalWriter:
    """Findings in the terminal look (``render_terminal``): under a heading per file,
    each finding is a line with its location (``path:line:column``, which editors and
    terminals open at the place), the verdict badge, the claim id and the confidence;
    under it, hanging, the claim and the sentence, wrapped at word boundaries.  A table
    of the findings by verdict, the files and the sentences closes it."""

    def __init__(self, out: IO[str], color: str = "auto", width: int | None = None):
        from .render_terminal import terminal_console

        self.console = terminal_console(out, color, width)
        self.path: str | None = None

    def emit(self, f: Finding) -> None:
        from rich.text import Text

        from .render_terminal import (
            INDENT,
            badge,
            confidence,
            hanging,
            is_reported,
            outdented,
            print_lines,
        )

        c, r = self.console, f.result
        lines: list[Any] = []
        if f.path != self.path:
            if self.path is not None:
                lines.append(Text())
            self.path = f.path
            lines.append(Text(inert(f.path), style="bold underline"))
        lines.append(Text())
        head = Text()
        head.append(inert(location(f)), style="bold")
        head.append("  ")
        head.append_text(badge(c, r.verdict))
        head.append("  ")
        if r.claim is not None:
            head.append(inert(r.claim.id), style="cyan")
            head.append(f" · {confidence(r)}", style="dim")
        else:
            head.append("no claim in the base matches", style="dim")
        lines += outdented(c, head, INDENT)
        if r.claim is not None:
            claim = Text()
            claim.append("denies: " if r.negated else "reports: " if is_reported(r)
                         else "claim: ", style="italic")
            claim.append(inert(r.claim.text))
            lines += hanging(c, Text(), claim, INDENT)
        # the sentence is the document's text: inert, and never read as markup
        lines += hanging(c, Text(), Text(inert(f"“{r.input}”"), style="dim"), INDENT)
        print_lines(c, lines)
        c.file.flush()

    def finish(self, findings: Counter[str], sentences: int, files: int, skipped: int,
               errors: int) -> None:
        """The table: findings by verdict, then the files and sentences (and the inputs
        skipped or failed)."""
        from rich.table import Table
        from rich.text import Text

        from .render_terminal import badge

        c = self.console
        if self.path is not None:
            c.print()
        total = sum(findings.values())
        table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2))
        table.add_column()
        table.add_column(justify="right")
        for v in VERDICT_ORDER:
            if findings[v]:
                table.add_row(badge(c, v), str(findings[v]))
        table.add_row("findings", str(total))
        rows = [("files", files), ("sentences checked", sentences), ("skipped", skipped),
                ("errors", errors)]
        for name, n in rows:
            if n or name in ("files", "sentences checked"):
                table.add_row(name, str(n))
        c.print(Text("Summary", style="bold"))
        c.print(table)
        c.file.flush()

    def close(self) -> None:
        self.console.file.flush()


class ScanMarkdownWriter:
    """Findings as the Markdown of ``check --format markdown`` (``render.MarkdownWriter``):
    a heading with the verdict and the sentence quoted, then ``*path:line:column*``, the
    claim, the explanation and the sources as links; the summary last, in italics."""

    def __init__(self, out: IO[str]):
        from .render import MarkdownWriter

        self.out = out
        self.writer = MarkdownWriter(out)

    def emit(self, f: Finding) -> None:
        self.writer.emit(f.result, location=location(f))

    def finish(self, findings: Counter[str], sentences: int, files: int, skipped: int,
               errors: int) -> None:
        """The closing summary line (``summary_line``), in italics."""
        self.summary(summary_line(findings, sentences, files, skipped, errors))

    def summary(self, line: str) -> None:
        from .export import md_escape

        if self.writer.count:
            self.out.write("\n")
        self.out.write(f"*{md_escape(line)}*\n")
        self.out.flush()

    def close(self) -> None:
        self.writer.close()


def json_record(f: Finding) -> dict[str, Any]:
    return f.to_dict()
