"""Human output of `scan`: one linter-style line per finding, then a summary line; or
Markdown (``render.render_markdown``, with where each finding is) for a draft."""

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


class ScanTextWriter:
    """Findings as ``path:line:column: VERDICT claim-id: claim`` plus the sentence."""

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
