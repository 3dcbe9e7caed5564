"""Markup masking, the first stage of ``scan``: a line of Markdown, HTML or
reStructuredText in, the same line out with its markup replaced by spaces of equal
length (an HTML entity becomes its character padded with NULs, which the check text
drops), so that every offset in the masked text is the offset of the same character in
the original: positions need no mapping back.  A masker also reports the offsets where
markup starts a block (a heading, a list item, a table cell, an HTML block tag), which
the sentence stage (``sentences.py``) treats as hard breaks.

Maskers are fed one line at a time and keep their state (a comment, a fence, a raw
element) across lines, so a document of any size streams through in bounded memory.
"""

from __future__ import annotations

import re
from typing import Any

MARKUPS = ("text", "markdown", "html", "rst")


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())


class TextMasker:
    """Plain text: nothing to mask."""

    def feed(self, line: str) -> tuple[str, tuple[int, ...]]:
        return line, ()


_BLOCK_TAGS = frozenset("""
address article aside blockquote body br caption dd details dialog div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol option
p pre section summary table tbody td tfoot th thead title tr ul
""".split())
_RAW_TAGS = frozenset({"script", "style", "pre", "code", "textarea", "template", "svg",
                       "math"})
_HTML_SPECIAL = re.compile(
    r"<!--|<[A-Za-z/!?]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_NAME = re.compile(r"</?\s*([A-Za-z][A-Za-z0-9-]*)")


def _blank_through(line: str, i: int, close: str, out: list[str]) -> tuple[int, bool]:
    """Spaces into ``out`` for ``line[i:]`` up to and including ``close`` (or to the end
    of the line); where to go on, and whether ``close`` was found."""
    j = line.find(close, i)
    end = len(line) if j < 0 else j + len(close)
    out.append(" " * (end - i))
    return end, j >= 0


class HtmlMasker:
    """Tags, comments, <script>/<style>/<pre>/<code> content -> spaces; entities decoded.

    State carries across lines (a comment or a tag may span several).
    """

    def __init__(self) -> None:
        self.state: str | None = None   # "comment", "tag" or None
        self.raw: str | None = None     # inside <script> etc.: the tag name to close
        self.pending_raw: str | None = None  # a multi-line opening tag of a raw element

    @property
    def busy(self) -> bool:
        return self.state is not None or self.raw is not None

    def feed(self, line: str) -> tuple[str, tuple[int, ...]]:
        import html

        out: list[str] = []
        breaks: list[int] = []
        i, n = 0, len(line)
        while i < n:
            if self.state == "comment":
                i, closed = _blank_through(line, i, "-->", out)
                if closed:
                    self.state = None
                continue
            if self.state == "tag":
                i, closed = _blank_through(line, i, ">", out)
                if closed:
                    self.state = None
                    self.raw, self.pending_raw = self.pending_raw, None
                continue
            if self.raw is not None:
                m = re.compile(rf"</\s*{self.raw}\s*>", re.IGNORECASE).search(line, i)
                end = n if m is None else m.end()
                out.append(" " * (end - i))
                i = end
                if m is not None:
                    self.raw = None
                    breaks.append(end)
                continue
            m = _HTML_SPECIAL.search(line, i)
            if m is None:
                out.append(line[i:])
                break
            out.append(line[i:m.start()])
            tok = m.group()
            if tok == "<!--":
                self.state = "comment"
                out.append("    ")
                i = m.end()
                continue
            if tok[0] == "<":
                name_m = _TAG_NAME.match(line, m.start())
                name = name_m.group(1).lower() if name_m else ""
                closing = line.startswith("</", m.start())
                j = line.find(">", m.start())
                raw = name if (name in _RAW_TAGS and not closing) else None
                if name in _BLOCK_TAGS or raw:
                    breaks.append(m.start())
                if j < 0:
                    out.append(" " * (n - m.start()))
                    self.state, self.pending_raw = "tag", raw
                    i = n
                    continue
                if raw and line[j - 1] == "/":
                    raw = None  # <code/>: self-closing
                out.append(" " * (j + 1 - m.start()))
                i = j + 1
                self.raw = raw
                if name in _BLOCK_TAGS:
                    breaks.append(i)
                continue
            decoded = html.unescape(tok)
            if decoded == tok or len(decoded) > len(tok):
                out.append(tok)
            else:
                out.append(decoded + "\0" * (len(tok) - len(decoded)))
            i = m.end()
        return "".join(out), tuple(breaks)


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")
_HEADING_CLOSE = re.compile(r"\s#+\s*$")
_RULE = re.compile(r"^ {0,3}(?:(?:[-*_=+~^#\"'`:.] *){3,}|=+|-+) *$")
_LIST = re.compile(r"^(\s*)([-*+\u2022]|\d{1,9}[.)])(\s+)(\[[ xX]\]\s+)?")
_QUOTE = re.compile(r"^ {0,3}(?:> ?)+")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S")
_TABLE_DELIM = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_INLINE_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\([^)\s]*(?:\s+[\"'][^\"']*[\"'])?\s*\))")
_REF_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\[[^\]\n]*\])")
_EMPHASIS = re.compile(r"\*+|~~|(?<![0-9A-Za-z])_+|_+(?![0-9A-Za-z])|\\(?=[^\w\s])")


class MarkdownMasker:
    """CommonMark-ish: code (fenced, indented, inline), HTML, link targets and
    definitions, heading/list/quote/table markers, emphasis."""

    def __init__(self) -> None:
        self.fence: str | None = None
        self.html = HtmlMasker()
        self.prev_blank = True
        self.in_code = False
        self.in_list = False

    def feed(self, line: str) -> tuple[str, tuple[int, ...]]:
        n = len(line)
        blank = (" " * n, ())
        if self.fence is not None:
            m = _FENCE.match(line)
            if m and m.group(1)[0] == self.fence[0] and len(m.group(1)) >= len(self.fence) \
                    and not line[m.end():].strip():
                self.fence = None
            return blank
        if not self.html.busy:
            m = _FENCE.match(line)
            if m and not (m.group(1)[0] == "`" and "`" in line[m.end():]):
                self.fence = m.group(1)
                self.prev_blank = True
                return blank
            stripped = line.strip()
            if not stripped:
                self.prev_blank = True
                self.in_code = False
                return blank
            indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
            if indent >= 4 and (self.prev_blank or self.in_code) and not self.in_list:
                self.in_code = True
                return blank
            self.in_code = False
            if indent == 0 and self.prev_blank:
                self.in_list = False
            self.prev_blank = False
            if _LINK_DEF.match(line) or _RULE.match(line) or _TABLE_DELIM.match(line):
                return blank
        line = _CODE_SPAN.sub(_spaces, line)
        masked, breaks = self.html.feed(line)
        br = list(breaks)
        if not masked.strip(" \0"):
            return " " * n, ()
        masked = _INLINE_LINK.sub(lambda m: " " * len(m.group(1)) + m.group(2)
                                  + " " * len(m.group(3)), masked)
        masked = _REF_LINK.sub(lambda m: " " * len(m.group(1)) + m.group(2)
                               + " " * len(m.group(3)), masked)
        m = _HEADING.match(masked)
        if m:
            close = _HEADING_CLOSE.search(masked)
            end = close.start() if close else len(masked)
            masked = " " * m.end() + masked[m.end():end] + " " * (len(masked) - end)
            br += [0, n]
        else:
            m = _QUOTE.match(masked)
            if m:
                masked = " " * m.end() + masked[m.end():]
            m = _LIST.match(masked)
            if m:
                masked = " " * m.end() + masked[m.end():]
                br.append(0)
                self.in_list = True
            if masked.lstrip().startswith("|") or masked.rstrip().endswith("|"):
                br += [i for i, c in enumerate(masked) if c == "|"]
                masked = masked.replace("|", " ")
        masked = _EMPHASIS.sub(_spaces, masked)
        return masked, tuple(sorted(set(br)))


_RST_DIRECTIVE = re.compile(r"^\s*\.\.(?:\s|$)")
_RST_INLINE = re.compile(r"``[^`]+``|:[\w:+-]+:(?=`)|`?<[^>\s]+>`_{1,2}|`_{1,2}(?!\w)"
                         r"|(?<!\w)_`|\|[^|\s][^|]*\||\*+|`")


class RstMasker:
    """reStructuredText, lightly: directives and comments (``..`` with their indented
    body), literal blocks after ``::``, section adornments, inline literals, roles,
    link targets, list markers."""

    def __init__(self) -> None:
        self.block_indent: int | None = None  # inside a directive / literal block
        self.literal_next = False
        self.literal_next_indent = 0

    def feed(self, line: str) -> tuple[str, tuple[int, ...]]:
        n = len(line)
        blank = (" " * n, ())
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if self.block_indent is not None:
            if not stripped or indent > self.block_indent:
                return blank
            self.block_indent = None
        if not stripped:
            if self.literal_next:
                self.block_indent = self.literal_next_indent
                self.literal_next = False
            return blank
        if _RST_DIRECTIVE.match(line):
            self.block_indent = indent
            return blank
        if _RULE.match(line) and len(stripped) >= 3 and len(set(stripped)) == 1:
            return blank
        masked = line
        br: list[int] = []
        if stripped.endswith("::"):
            self.literal_next, self.literal_next_indent = True, indent
            masked = masked[:masked.rstrip().rfind("::")] + ": " + \
                " " * (len(masked) - len(masked.rstrip()))
        else:
            self.literal_next = False
        m = _LIST.match(masked)
        if m:
            masked = " " * m.end() + masked[m.end():]
            br.append(0)
        masked = _RST_INLINE.sub(_spaces, masked)
        return masked, tuple(br)


def make_masker(markup: str) -> Any:
    """A line masker for ``markup`` (text, markdown, html, rst)."""
    return {"text": TextMasker, "markdown": MarkdownMasker, "html": HtmlMasker,
            "rst": RstMasker}[markup]()


def mask(text: str, markup: str) -> str:
    """``text`` with its markup replaced by spaces; the result has the same length."""
    masker = make_masker(markup)
    return "\n".join(masker.feed(line)[0] for line in text.split("\n"))
