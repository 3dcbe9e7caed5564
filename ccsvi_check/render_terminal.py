"""The terminal look of the text output of `check` and `scan`: for a person at a screen.

Chosen when stdout is a terminal, or when ``--color always`` asks for the look of one
(``uses_terminal_look``); a pipe or a file gets the plain look of ``render.TextWriter``
and ``render_scan.ScanTextWriter``, unchanged.

Every line is wrapped here, at word boundaries, to the console's width (a word longer
than the width is the only thing ever cut), and printed as it stands (``soft_wrap``),
so rich neither wraps it again nor pads it with trailing spaces.  A value that wraps
hangs under itself (``hanging``), not under its label.  Links are never wrapped: each
stands whole on a line of its own, as an OSC 8 hyperlink where colour is on, and a
link longer than the screen is left to the terminal to wrap, so a click or a copy gets
the whole address.  Untrusted text goes through ``safe.inert``, as in the plain look.
"""

from __future__ import annotations

import json
from typing import IO, Any

from .checker import REPORT_PREFIX, Result
from .render import VERDICT_STYLE, is_terminal, link_text, make_console, sentence
from .safe import inert

# A match score (0-100) as a confidence a person reads.  From STRONG the statement says
# what the claim says in nearly the same words; from GOOD it is plainly the same claim in
# other words; below GOOD (down to --threshold, 60 by default) the match is weak: read
# the claim before trusting the verdict.
STRONG_MATCH = 85.0
GOOD_MATCH = 70.0

# the rating of a claim, as a word in the verdict's colour (the badge is for the verdict)
RATING_STYLE = {
    "true": "bold green",
    "false": "bold red",
    "misleading": "bold yellow",
    "unproven": "bold blue",
    "unknown": "bold",
}

LABEL_WIDTH = 11  # "Statement" and two spaces: where the values of `check` hang
INDENT = 4        # where a source's lines and a finding's lines hang


def uses_terminal_look(out: IO[str], color: str = "auto") -> bool:
    """The terminal look: on a terminal, or when ``--color always`` asks for it (for
    ``| less -R``); a pipe or a file otherwise gets the plain look."""
    return color == "always" or is_terminal(out)


def terminal_console(out: IO[str], color: str = "auto", width: int | None = None) -> Any:
    """The console of the terminal look: colour as ``render.make_console`` decides; the
    terminal's width (``COLUMNS`` wins), or ``width``."""
    console = make_console(out, color)
    if width is not None:
        console.width = width
    return console


def confidence(result: Result) -> str:
    """The match score in words: ``strong match (score 92.3)``; ``no match`` when no
    claim matched."""
    if result.claim is None:
        return "no match"
    score = float(result.score)
    word = "strong" if score >= STRONG_MATCH else "good" if score >= GOOD_MATCH else "weak"
    return f"{word} match (score {score:g})"


def is_reported(result: Result) -> bool:
    """A statement that reports a false, misleading or unproven claim ("Zamboni claimed
    X"): not rated itself (``unknown``); what is rated is the claim, as reported."""
    return (result.verdict == "unknown" and result.claim is not None
            and (result.explanation or "").startswith(REPORT_PREFIX))


def badge(console: Any, verdict: str) -> Any:
    """`` FALSE `` in the verdict's colours (the style spans the badge only); without
    colour, the bare word: the padding of a badge would show as stray spaces."""
    from rich.text import Text

    text = Text()
    if console.color_system is None:
        text.append(verdict.upper(), style="bold")
    else:
        text.append(f" {verdict.upper()} ", style=VERDICT_STYLE.get(verdict, ""))
    return text


def wrap(console: Any, text: Any, width: int) -> list[Any]:
    """``text`` (rich Text) as lines of at most ``width`` cells, broken at word
    boundaries (a word longer than ``width`` is folded), trailing spaces dropped."""
    lines = text.wrap(console, max(width, 1), overflow="fold")
    for line in lines:
        line.rstrip()
    return list(lines)


def hanging(console: Any, first: Any, text: Any, indent: int) -> list[Any]:
    """``first`` (a label or a bullet) padded to ``indent`` cells, then ``text`` wrapped
    to the width left; the lines after the first hang under it, ``indent`` cells in."""
    from rich.text import Text

    lines = wrap(console, text, console.width - indent) or [Text()]
    head = first.copy()
    head.pad_right(max(indent - head.cell_len, 0))
    out = [Text.assemble(head, lines[0])]
    out += [Text.assemble(" " * indent, line) for line in lines[1:]]
    return out


def outdented(console: Any, text: Any, indent: int) -> list[Any]:
    """``text`` wrapped to the console's width, its lines after the first hanging
    ``indent`` cells in (a heading line that runs on)."""
    from rich.text import Text

    lines = wrap(console, text, console.width)
    if len(lines) <= 1:
        return lines
    rest = text[len(lines[0].plain):]
    rest = rest[len(rest.plain) - len(rest.plain.lstrip(" ")):]
    return lines[:1] + hanging(console, Text(), rest, indent)


def link_line(url: str, indent: int) -> Any:
    """A link on a line of its own, whole (never wrapped: see the module's docstring)."""
    from rich.text import Text

    return Text.assemble(" " * indent, link_text(url))


def source_lines(console: Any, s: Any) -> list[Any]:
    """A source as a list item with a hanging indent: ``•`` then title, publisher and
    year, wrapped; the link under them."""
    from rich.text import Text

    body = Text(inert(f"{sentence(s.title)} "))
    body.append(inert(f"{s.publisher}, {sentence(s.year_text)}"), style="dim")
    return hanging(console, Text("  •"), body, INDENT) + [link_line(s.link, INDENT)]


def label(name: str) -> Any:
    """A label in bold (the padding after it, plain)."""
    from rich.text import Text

    text = Text()
    text.append(name, style="bold")
    return text


def rating(claim: Any, reported: bool) -> Any:
    """``rated FALSE · claim-id`` (``the claim reported is rated FALSE · ...``)."""
    from rich.text import Text

    text = Text()
    text.append("the claim reported is rated " if reported else "rated ", style="dim")
    text.append(claim.verdict.upper(), style=RATING_STYLE.get(claim.verdict, "bold"))
    text.append(inert(f" · {claim.id}"), style="dim")
    return text


def result_lines(console: Any, result: Result) -> list[Any]:
    """One Result in the terminal look, as lines: the badge with the confidence (and
    what the statement does to the claim: denies it, reports it), the statement and the
    claim, the explanation, the sources; then alternatives and why, when asked for."""
    from rich.text import Text

    reported = is_reported(result)
    note = Text()
    note.append(confidence(result), style="bold")
    if result.negated:
        note.append(" · the statement denies the claim", style="italic")
    if reported:
        note.append(" · the statement reports the claim", style="italic")
    head = badge(console, result.verdict)
    lines = hanging(console, head, note, head.cell_len + 2)
    lines += hanging(console, label("Statement"),
                     Text(inert(result.input) or "(empty)"), LABEL_WIDTH)
    claim = result.claim
    if claim is not None:
        lines += hanging(console, label("Reported" if reported else "Claim"),
                         Text(inert(claim.text)), LABEL_WIDTH)
        lines += hanging(console, Text(), rating(claim, reported), LABEL_WIDTH)
    if result.explanation:
        lines.append(Text())
        lines += wrap(console, Text(inert(result.explanation, newlines=True)), console.width)
    if result.sources:
        lines += [Text(), Text("Sources", style="bold")]
        for s in result.sources:
            lines += source_lines(console, s)
    if result.alternatives:
        alts = ", ".join(f"{a.id} ({a.score:g})" for a in result.alternatives)
        lines += wrap(console, Text(inert(f"Alternatives: {alts}"), style="dim"),
                      console.width)
    if result.why:
        why = "Why: " + json.dumps(result.why, ensure_ascii=False)
        lines += wrap(console, Text(inert(why), style="dim"), console.width)
    return lines


def print_lines(console: Any, lines: list[Any]) -> None:
    """Lines already wrapped, printed as they are (no wrapping, no padding)."""
    for line in lines:
        console.print(line, soft_wrap=True)


class TerminalWriter:
    """`check`'s text in the terminal look: one Result after another, a blank line
    between them, each flushed at once."""

    def __init__(self, out: IO[str], color: str = "auto", width: int | None = None):
        self.console = terminal_console(out, color, width)
        self.count = 0

    def emit(self, result: Result) -> None:
        from rich.text import Text

        lines = result_lines(self.console, result)
        if self.count:
            lines.insert(0, Text())
        self.count += 1
        print_lines(self.console, lines)
        self.console.file.flush()

    def flush(self) -> None:
        self.console.file.flush()

    def close(self) -> None:
        self.console.file.flush()
