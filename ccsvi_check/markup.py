"""Markup masking, the first stage of ``scan``: lines of Markdown, HTML or
reStructuredText in, the same lines out with their markup replaced by spaces of equal
length (an HTML entity becomes its character padded with NULs, which the check text
drops), so that every offset in the masked text is the offset of the same character in
the original: positions need no mapping back.  With each line comes the offsets where
markup starts a block (a heading, a list item, a table cell, an HTML block tag), which
the sentence stage (``sentences.py``) treats as hard breaks.

- Markdown: markdown-it-py (CommonMark, with tables and strikethrough) decides what is
  text: only the inline content of paragraphs, headings and table cells is kept; code
  blocks (fenced and indented), HTML blocks' tags, link reference definitions and
  thematic breaks are blanked.  In the inline content, code spans (the ones the parser
  found), link targets, autolinks, inline HTML tags and emphasis markers are blanked.
  Token line maps give the lines; a content line is found in its source line, so
  columns stay exact.  The parser needs whole blocks: lines are parsed in chunks that
  end before a line at the margin after a blank line, outside a fenced code block or
  an HTML block (or at ``CHUNK_LINES``), so memory stays bounded.
- HTML: the standard library's ``html.parser``, fed line by line (it keeps its own
  state across lines): only text data is kept, outside <script>, <style>, <pre>,
  <code>, <textarea>, <template>, <svg> and <math>; entities are decoded.
- reStructuredText: a small line masker (directives and comments with their indented
  body, literal blocks, adornments, inline literals, roles, targets, list markers).
  docutils would parse it properly, but it has no streaming parser, is a 5 MB
  dependency and costs some 400 ms before a first small document is parsed, for a
  format rarely scanned; see docs/design.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from html import unescape
from html.parser import HTMLParser
from typing import Any

MARKUPS = ("text", "markdown", "html", "rst")
CHUNK_LINES = 2_000  # a Markdown chunk longer than this is parsed as it stands

# A masked line: (original line, masked line of the same length, block-break offsets)
Masked = tuple[str, str, tuple[int, ...]]


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())


def mask_lines(lines: Iterable[str], markup: str) -> Iterator[Masked]:
    """Each line of ``lines`` (without its newline), masked for ``markup``, in order.

    An OSError raised by ``lines`` comes out after the lines read before it."""
    if markup == "markdown":
        return _markdown_lines(lines)
    if markup == "html":
        return _html_lines(lines)
    if markup == "rst":
        masker = RstMasker()
        return ((line, *masker.feed(line)) for line in lines)
    return ((line, line, ()) for line in lines)


def mask(text: str, markup: str) -> str:
    """``text`` with its markup replaced by spaces; the result has the same length."""
    return "\n".join(m for _, m, _ in mask_lines(text.split("\n"), markup))


# --------------------------------------------------------------------------- HTML

_BLOCK_TAGS = frozenset("""
address article aside blockquote body br caption dd details dialog div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol option
p pre section summary table tbody td tfoot th thead title tr ul
""".split())
_RAW_TAGS = frozenset({"script", "style", "pre", "code", "textarea", "template", "svg",
                       "math"})


class _TextKeeper(HTMLParser):
    """Records where text data is, by line: everything else (tags, comments,
    declarations, raw elements' content) is left blank."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.keep: dict[int, list[tuple[int, str]]] = {}  # line -> [(column, text)]
        self.breaks: dict[int, list[int]] = {}
        self.raw: list[str] = []  # open raw elements

    def _put(self, text: str) -> None:
        line, col = self.getpos()
        for k, part in enumerate(text.split("\n")):
            if part:
                self.keep.setdefault(line + k, []).append((col if k == 0 else 0, part))

    def _break(self, after: int = 0) -> None:
        line, col = self.getpos()
        self.breaks.setdefault(line, []).append(col + after)

    def handle_data(self, data: str) -> None:
        if not self.raw:
            self._put(data)

    def _ref(self, raw: str) -> None:
        if self.raw:
            return
        decoded = unescape(raw)
        if decoded == raw or len(decoded) > len(raw):
            self._put(raw)
        else:
            self._put(decoded + "\0" * (len(raw) - len(decoded)))

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name}")

    def _entity(self, raw: str) -> None:
        line, col = self.getpos()
        source = self.source_line(line)
        if source[col + len(raw):col + len(raw) + 1] == ";":
            raw += ";"
        self._ref(raw)

    def source_line(self, line: int) -> str:  # set by the masker
        raise NotImplementedError

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text = self.get_starttag_text() or ""
        if tag in _RAW_TAGS and not text.endswith("/>"):
            self.raw.append(tag)
        if tag in _BLOCK_TAGS or tag in _RAW_TAGS:
            self._break()
            if "\n" not in text:
                self._break(len(text))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self.raw and tag == self.raw[-1]:
            self.raw.pop()
            self._break()
        elif tag in _BLOCK_TAGS:
            self._break()


# "<![" opens a marked section, which html.parser (Python before 3.13) reads only with a
# keyword after it: "<![" alone or "<![foo" raises AssertionError from inside the parser.
# Such a "<" is fed as a space (the same length, so positions hold): it is text.
_BAD_MARKED_SECTION = re.compile(r"<(?=!\[(?!\s*(?:cdata|temp|ignore|include|rcdata|if|"
                                 r"else|endif)\b))", re.IGNORECASE)


class HtmlMasker:
    """HTML through html.parser, fed line by line; a line comes out once the parser has
    read past it."""

    def __init__(self) -> None:
        self.parser = _TextKeeper()
        self.parser.source_line = self._line
        self.lines: dict[int, str] = {}
        self.next_out = 1  # the first line not yet given out
        self.fed = 0

    def _line(self, n: int) -> str:
        return self.lines.get(n, "")

    def feed(self, line: str) -> list[Masked]:
        """Feed one line; the lines now complete, masked."""
        self.fed += 1
        self.lines[self.fed] = line
        self.parser.feed(_BAD_MARKED_SECTION.sub(" ", line) + "\n")
        return self._ready(self.parser.getpos()[0])

    def close(self) -> list[Masked]:
        self.parser.close()
        return self._ready(self.fed + 1)

    def _ready(self, upto: int) -> list[Masked]:
        out = []
        p = self.parser
        while self.next_out < upto:
            n = self.next_out
            line = self.lines.pop(n)
            chars = [" "] * len(line)
            for col, text in p.keep.pop(n, ()):
                chars[col:col + len(text)] = text
            masked = "".join(chars)[:len(line)]
            breaks = tuple(sorted(set(min(b, len(line)) for b in p.breaks.pop(n, ()))))
            out.append((line, masked, breaks))
            self.next_out += 1
        return out


def _html_lines(lines: Iterable[str]) -> Iterator[Masked]:
    masker = HtmlMasker()
    try:
        for line in lines:
            yield from masker.feed(line)
    except OSError:  # the lines read so far come out first
        yield from masker.close()
        raise
    yield from masker.close()


def mask_html(text: str) -> tuple[str, list[int]]:
    """``text`` (one string, maybe several lines) masked as HTML; the break offsets."""
    out: list[str] = []
    breaks: list[int] = []
    offset = 0
    for _, masked, br in _html_lines(text.split("\n")):
        breaks += [offset + b for b in br]
        out.append(masked)
        offset += len(masked) + 1
    return "\n".join(out), breaks


# --------------------------------------------------------------------------- Markdown

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# HTML blocks that may hold blank lines (CommonMark's kinds 1-5): the opening, and what
# ends them; a Markdown chunk does not end inside one
_HTML_OPEN = re.compile(r"^ {0,3}(?:<(script|pre|style|textarea)(?:\s|>|$)|(<!--)|(<\?)|"
                        r"(<!\[CDATA\[)|(<![A-Za-z]))", re.IGNORECASE)
_HTML_CLOSE = {"script": re.compile(r"</script>", re.I), "pre": re.compile(r"</pre>", re.I),
               "style": re.compile(r"</style>", re.I),
               "textarea": re.compile(r"</textarea>", re.I),
               2: re.compile(r"-->"), 3: re.compile(r"\?>"), 4: re.compile(r"\]\]>"),
               5: re.compile(r">")}
_INLINE_LINK_TAIL = re.compile(r"\]\(\s*(?:<[^>\n]*>|[^)\s]*)(?:\s+(?:\"(?:\\.|[^\"\\])*\""
                               r"|'(?:\\.|[^'\\])*'|\((?:\\.|[^)\\])*\)))?\s*\)")
_REF_LINK_TAIL = re.compile(r"\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[\w.!#$%&'*+/=?^`{|}~-]+"
                       r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*>")
_EMPHASIS = re.compile(r"\*+|~~|(?<![0-9A-Za-z])_+|_+(?![0-9A-Za-z])|\\(?=[!-/:-@\[-`{-~])"
                       r"|!?\[|\]")
_HTML_SPECIAL = re.compile(r"<[A-Za-z/!?]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|"
                           r"[A-Za-z][A-Za-z0-9]{1,31});")

_md: Any = None
_md_inline: Any = None


def _parsers() -> tuple[Any, Any]:
    """markdown-it-py for blocks (its inline stage off: it is most of the parsing time,
    and only the code spans of a region with a backtick are read from it) and for the
    inline content of such a region."""
    global _md, _md_inline
    if _md is None:
        from markdown_it import MarkdownIt

        _md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("inline")
        _md_inline = MarkdownIt("commonmark").enable("strikethrough")
    return _md, _md_inline


def _markdown_lines(lines: Iterable[str]) -> Iterator[Masked]:
    """Markdown lines, parsed in chunks: a chunk ends before a line that starts at the
    margin after a blank line, outside a fenced code block or an HTML block that may
    hold blank lines (so an indented paragraph after a blank line stays with its list
    item), or at CHUNK_LINES."""
    chunk: list[str] = []
    fence: str | None = None
    html_end: re.Pattern[str] | None = None  # inside an HTML block that ends with this
    after_blank = False
    try:
        for line in lines:
            if (after_blank and fence is None and html_end is None and line[:1] not in
                    ("", " ", "\t")) or len(chunk) >= CHUNK_LINES:
                yield from _markdown_chunk(chunk)
                chunk = []
            chunk.append(line)
            after_blank = False
            if html_end is not None:
                if html_end.search(line):
                    html_end = None
                continue
            m = _FENCE.match(line)
            if fence is None and m:
                fence = m.group(1)
            elif fence is not None:
                if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) \
                        and not line[m.end():].strip():
                    fence = None
            else:
                h = _HTML_OPEN.match(line)
                if h:
                    kind = h.group(1).lower() if h.group(1) else h.lastindex
                    if not _HTML_CLOSE[kind].search(line, h.end()):
                        html_end = _HTML_CLOSE[kind]
                        continue
                after_blank = not line.strip()
    except OSError:  # the lines read so far come out first
        if chunk:
            yield from _markdown_chunk(chunk)
        raise
    if chunk:
        yield from _markdown_chunk(chunk)


def _code_spans(region: str, runs: list[str]) -> list[tuple[int, int]]:
    """Where the code spans of ``region`` are, given their backtick runs in order (as
    the parser found them): each the first unescaped run of exactly that length, to the
    next run of the same length."""
    spans = []
    pos = 0
    for run in runs:
        pat = re.compile(rf"(?<![`\\])`{{{len(run)}}}(?!`)")
        opening = pat.search(region, pos)
        if opening is None:
            break
        closing = re.compile(rf"(?<!`)`{{{len(run)}}}(?!`)").search(region, opening.end())
        if closing is None:
            break
        spans.append((opening.start(), closing.end()))
        pos = closing.end()
    return spans


def _mask_inline(region: str, runs: list[str]) -> str:
    """The inline content ``region`` (source text, lines joined by \\n) masked."""
    chars = list(region)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "

    code = _code_spans(region, runs)
    for a, b in code:
        blank(a, b)
    text = "".join(chars)
    # inline HTML and autolinks: html.parser keeps their text, blanks tags
    for m in _AUTOLINK.finditer(text):
        blank(*m.span())
    for pattern in (_INLINE_LINK_TAIL, _REF_LINK_TAIL):  # link targets, before entities
        text = "".join(chars)
        for m in pattern.finditer(text):
            blank(*m.span())
    text = "".join(chars)
    if _HTML_SPECIAL.search(text):
        text, _ = mask_html(text)
        chars = list(text)
    for m in _EMPHASIS.finditer(text):
        blank(*m.span())
    return "".join(chars)


def _content_columns(source: list[str], first: int, content: str) -> list[tuple[int, int]]:
    """(line index, column) in ``source`` of each line of ``content``, an inline token's
    content whose first line is ``source[first]`` or after (a setext heading's text,
    a paragraph inside a quote or list item: container prefixes come before)."""
    out = []
    n = first
    for part in content.split("\n"):
        while n < len(source):
            col = source[n].find(part) if part else len(source[n].rstrip())
            if col >= 0:
                out.append((n, col))
                n += 1
                break
            n += 1
    return out


def _markdown_chunk(chunk: list[str]) -> list[Masked]:
    # markdown-it reads a lone \r as a line break: read as a space (the same length), the
    # parser's line map is ours
    chunk = [line.replace("\r", " ") if "\r" in line else line for line in chunk]
    masked = [[" "] * len(line) for line in chunk]
    breaks: list[list[int]] = [[] for _ in chunk]
    blocks_parser, inline_parser = _parsers()
    tokens = blocks_parser.parse("\n".join(chunk))
    cell_from: dict[int, int] = {}  # row line -> where the next cell is searched from
    for tok in tokens:
        if tok.map is None:
            continue
        start, end = tok.map
        if tok.type == "html_block":
            text, br = mask_html("\n".join(chunk[start:end]))
            offset = 0
            for k, line in enumerate(text.split("\n")):
                masked[start + k] = list(line)
                breaks[start + k] += [b - offset for b in br if offset <= b <= offset + len(line)]
                offset += len(line) + 1
            continue
        if tok.type != "inline":
            continue
        runs = [c.markup for t in inline_parser.parseInline(tok.content)
                for c in t.children or () if c.type == "code_inline"] \
            if "`" in tok.content else []
        places = []
        if start == end - 1 and "\n" not in tok.content and "|" in chunk[start]:
            # a table cell (or a one-line paragraph holding a pipe): search after the
            # cells before it on the same row
            col = chunk[start].find(tok.content, cell_from.get(start, 0)) \
                if tok.content else -1
            if col >= 0:
                places = [(start, col)]
                cell_from[start] = col + len(tok.content)
        if not places:
            places = _content_columns(chunk, start, tok.content)
        region = _mask_inline(tok.content, runs)
        for (n, col), part in zip(places, region.split("\n"), strict=False):
            masked[n][col:col + len(part)] = part
        if places:
            n0, col0 = places[0]
            breaks[n0].append(col0 if "|" in chunk[n0] else 0)
            n1, col1 = places[-1]
            breaks[n1].append(col1 + len(region.split("\n")[-1]) if "|" in chunk[n1]
                              else len(chunk[n1]))
    out = []
    for line, chars, br in zip(chunk, masked, breaks, strict=True):
        text = "".join(chars)[:len(line)]
        out.append((line, text, tuple(sorted(set(br)))))
    return out


# --------------------------------------------------------------------------- reST

_RULE = re.compile(r"^ {0,3}(?:(?:[-*_=+~^#\"'`:.] *){3,}|=+|-+) *$")
_LIST = re.compile(r"^(\s*)([-*+\u2022]|\d{1,9}[.)])(\s+)(\[[ xX]\]\s+)?")
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
