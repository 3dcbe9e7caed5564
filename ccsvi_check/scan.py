"""Finding the claims inside a document: markup masking, sentence splitting, checking.

Pure: text in, findings out; nothing here prints or opens files (``documents.py`` reads,
``cli/scan.py`` renders).  The pipeline, one line at a time so that a document of any
size streams through in bounded memory:

    lines -> mask markup (same length) -> blocks (paragraphs) -> segments (hard breaks)
          -> sentences (syntok's rules) -> Checker.check(sentence) -> findings with positions

Masking replaces Markdown/HTML/reST markup with spaces of equal length (an HTML entity
becomes its character padded with NULs, which the check text drops), so every offset
in the masked text is the offset of the same character in the original: positions need
no mapping back.  Positions are 1-based lines and columns counted in Unicode characters;
``end_line``/``end_column`` point one past the sentence's last character (exclusive,
like SARIF's endColumn and LSP ranges).

Sentence boundaries follow syntok (see ``_split_segment``); before it runs, a block
is cut into *segments* at hard breaks, which syntok never joins across:
- a blank line (after masking: a code block or a comment line counts as blank);
- markup that starts a block: a heading, list item, table cell, an HTML block tag;
- a line break, unless the line before it looks hard-wrapped (``_soft_wrap``): at least
  ``WRAP_MIN`` characters long, not ending with sentence punctuation, and then either
  ending mid-phrase (a comma, a dash, ``and``, ``the``, ``of`` ...: ``_MID_PHRASE``) or
  followed by a line that cannot start a sentence (a lower-case word, a closing bracket).
  In plain text a line that could be a whole sentence, followed by a line starting with a
  capital (``Then``, ``TVAM``, ``2 studies``), ends that sentence: in a post, a line break
  is what the reader sees.  In Markdown, HTML and reST, where a line break renders as a
  space and paragraphs are usually hard-wrapped, an acronym or a number (``CCSVI``,
  ``MS``, ``2009``) continues the sentence, and only a capitalised word (``Then``) starts
  a new one.  So a post of three short lines is three sentences, and a paragraph wrapped
  at 72 columns is still one sentence per sentence;
- the line of an ignore comment and the line it silences (below), on both sides.

A line holding ``ccsvi-check: ignore`` is not reported; ``ccsvi-check: ignore-next-line``
silences the line after it (the comment may sit in an HTML comment or any markup).  Such
a line (and the line silenced) is a sentence break on both sides, so no sentence joins it
to a line that is reported.  The comment itself, with its ``<!--``/``-->``, ``#``, ``//``
or ``/* */``, is masked like markup: it is never checked nor counted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain
from typing import TYPE_CHECKING, Any

from .rules import attribution

if TYPE_CHECKING:  # pragma: no cover
    from .checker import Checker, Result

WRAP_MIN = 40           # a line at least this long, without final punctuation, may wrap
MAX_BLOCK_CHARS = 64_000  # a paragraph longer than this is cut at a line boundary
BATCH_CHARS = 32_000     # text per unit of work (a worker task with --jobs)
POOL_AFTER_UNITS = 4     # worker processes start once this many units are read
MARKUPS = ("text", "markdown", "html", "rst")

# the ignore comment, with the comment markers around it (masked with it)
_IGNORE = re.compile(r"(?:<!--+|/\*+|//+|(?<![^\s(\[])#+)?[ \t]*ccsvi-check:[ \t]*"
                     r"ignore(-next-line)?\b(?:[ \t]*(?:-->|\*+/))?")
_TERMINAL = re.compile(r"[.!?\u2026\u3002]")
_TRAILING_CLOSERS = ".!?\u2026\u3002\"')]}\u201d\u2019*_ \t"
_FINAL_PUNCT = (".", "!", "?", ":", ";", "\u2026")
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[.,!?;:])")
_HAS_WORD = re.compile(r"\w")


# --------------------------------------------------------------------------- masking

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


# --------------------------------------------------------------------------- blocks

@dataclass(frozen=True)
class Block:
    """A paragraph of masked text: lines joined by \\n, starting at ``line`` (1-based)."""

    doc: int                 # index of the document (path) this block comes from
    line: int
    text: str                # masked lines joined by "\n"
    breaks: tuple[int, ...]  # offsets in ``text`` where a sentence must end
    ignored: frozenset[int]  # line numbers whose findings are not reported


# A line ending with one of these words (or with _MID_PHRASE_PUNCT) stops mid-phrase:
# articles, conjunctions, prepositions, possessives.  Words that can end a sentence
# ("so", "this", "her", "like", "is") are not here.
_MID_PHRASE = frozenset("""
a an the and or but nor yet because that which who whom whose than if whether while
although though unless of in on at to for with by from about into onto over under
between through via as per after before during against among without within toward
towards my your our their its
""".split())
_MID_PHRASE_PUNCT = (",", "-", "\u2013", "\u2014", "(", "&", "/", "+")
_OPENERS = "\"'(\u201c\u2018\u00ab[*_"  # may open a sentence: look past them
_NOT_A_START = ",;:.)]}%\u2026"     # can't open a sentence: the line goes on
_LAST_WORD = re.compile(r"\w+$")


def _soft_wrap(prev: str, nxt: str, markup: str = "text") -> bool:
    """Whether the line break between ``prev`` and ``nxt`` is a wrap inside a sentence."""
    p = prev.rstrip(" \t\0")
    if len(p.strip()) < WRAP_MIN or p.endswith(_FINAL_PUNCT):
        return False
    if p.endswith(_MID_PHRASE_PUNCT):
        return True
    last = _LAST_WORD.search(p[-24:])
    if last and last.group().lower() in _MID_PHRASE:
        return True
    s = nxt.lstrip(" \t\0")
    if not s or s[0] in _NOT_A_START:
        return True
    body = s.lstrip(_OPENERS)
    if not body:
        return False
    if body[0].islower():
        return True
    if markup == "text":  # a capital, a digit, a list marker: a new sentence
        return False
    return not (len(body) > 1 and body[0].isupper() and body[1].islower())


def blocks(lines: Iterable[str], markup: str = "text", doc: int = 0) -> Iterator[Block]:
    """Group lines (without their newline) into masked paragraphs."""
    masker = make_masker(markup)
    cur: list[str] = []
    brk: list[int] = []
    ignored: set[int] = set()
    start = size = 0
    next_ignored = -1
    lineno = 0
    hard_after = False  # the line before was an ignore comment's or an ignored one

    def flush() -> Block:
        b = Block(doc, start, "\n".join(cur), tuple(brk), frozenset(ignored))
        cur.clear()
        brk.clear()
        ignored.clear()
        return b

    try:
        for lineno, line in enumerate(lines, 1):
            masked, breaks = masker.feed(line)
            ignore_here = lineno == next_ignored
            hard = ignore_here
            if "ccsvi-check" in line:
                for m in _IGNORE.finditer(line):
                    hard = True
                    if m.group(1):
                        next_ignored = lineno + 1
                    else:
                        ignore_here = True
                    # the comment is no text: masked (same length) like markup
                    masked = masked[:m.start()] + " " * (m.end() - m.start()) + \
                        masked[m.end():]
            if not masked.strip(" \t\0\f\v\r\u00a0\u200b\ufeff"):
                if cur:
                    yield flush()
                size = 0
                hard_after = False
                continue
            if cur and size + len(masked) > MAX_BLOCK_CHARS:
                yield flush()
                size = 0
            if not cur:
                start = lineno
            else:
                size += 1
                if hard or hard_after or not _soft_wrap(cur[-1], masked, markup):
                    brk.append(size - 1)
            hard_after = hard
            if ignore_here:
                ignored.add(lineno)
            brk.extend(size + b for b in breaks)
            cur.append(masked)
            size += len(masked)
    except OSError:  # the text read so far is still scanned, then the error is told
        if cur:
            yield flush()
        raise
    if cur:
        yield flush()


# --------------------------------------------------------------------------- sentences

def _split_segment(seg: str) -> list[int]:
    """Start offsets of the sentences in ``seg`` (a run of text without hard breaks).

    syntok's rules, not pysbd's: on this domain's text pysbd takes "MS." for the
    abbreviation of "Ms." and never splits after it ("CCSVI causes MS. Liberation
    therapy is safe." is one sentence to it), and it is about 3x slower than syntok.
    syntok does not split before a lower-case word ("it works. lol"), which social posts
    sometimes do.  The rules run in ``segmenter`` (syntok ported to plain lists, 3-4x
    faster, tested to give syntok's splits).  A segment with no sentence punctuation
    before its end is one sentence, and is not split at all.
    """
    body = seg.rstrip(_TRAILING_CLOSERS)
    if not _TERMINAL.search(body):
        first = len(seg) - len(seg.lstrip())
        return [first] if first < len(seg) else []
    from .segmenter import sentence_starts  # syntok (and regex) only when needed

    return sentence_starts(seg)


def sentence_spans(block: Block) -> Iterator[tuple[int, int]]:
    """(start, end) offsets in ``block.text`` of each sentence; trimmed, non-empty."""
    text = block.text
    cuts = sorted({0, len(text), *block.breaks})
    for a, b in zip(cuts, cuts[1:], strict=False):
        seg = text[a:b]
        if not seg.strip():
            continue
        starts = _split_segment(seg)
        for k, s in enumerate(starts):
            e = starts[k + 1] if k + 1 < len(starts) else len(seg)
            piece = seg[s:e]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail > lead:
                yield a + s + lead, a + s + trail


def check_text(masked: str) -> str:
    """The statement the checker sees: masked text, NUL padding dropped, spaces folded."""
    text = " ".join(masked.replace("\0", "").split())
    return _SPACE_BEFORE_PUNCT.sub("", text) if "  " in masked else text


@dataclass(frozen=True)
class Finding:
    """A sentence of a document and its verdict; positions 1-based, end exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    result: Result

    def to_dict(self) -> dict[str, Any]:
        d = self.result.to_dict()
        d.update(path=self.path, line=self.line, column=self.column,
                 end_line=self.end_line, end_column=self.end_column)
        return d


@dataclass(frozen=True)
class Sentence:
    """A sentence of a text: offsets (0-based, end exclusive) and positions."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


def _positions(block: Block) -> Callable[[int], tuple[int, int]]:
    starts = [0] + [i + 1 for i, c in enumerate(block.text) if c == "\n"]

    def at(offset: int) -> tuple[int, int]:
        k = bisect_right(starts, offset) - 1
        return block.line + k, offset - starts[k] + 1

    return at


def block_sentences(block: Block) -> Iterator[tuple[int, int, int, int, int, int, str]]:
    """(start, end, line, column, end_line, end_column, check text) of each sentence
    that is not ignored and has a word in it."""
    at = None
    for a, b in sentence_spans(block):
        masked = block.text[a:b]
        if not _HAS_WORD.search(masked):
            continue
        if at is None:
            at = _positions(block) if "\n" in block.text else (
                lambda off, ln=block.line: (ln, off + 1))
        line, col = at(a)
        end_line, last_col = at(b - 1)
        if block.ignored and any(n in block.ignored for n in range(line, end_line + 1)):
            continue
        yield a, b, line, col, end_line, last_col + 1, check_text(masked)


def split_sentences(text: str, markup: str = "text") -> list[Sentence]:
    """The sentences of ``text`` with offsets into ``text`` (lines split at \\n)."""
    line_starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            line_starts.append(i + 1)
    out = []
    for block in blocks(text.split("\n"), markup):
        for _, _, line, col, end_line, end_col, clean in block_sentences(block):
            start = line_starts[line - 1] + col - 1
            end = line_starts[end_line - 1] + end_col - 1
            out.append(Sentence(start, end, line, col, end_line, end_col, clean))
    return out


# --------------------------------------------------------------------------- checking

@dataclass
class BatchResult:
    findings: list[Finding]
    sentences: int


# A sentence with one of these refers back to what came before it: a pronoun, or a
# generic name ("the procedure", "the trial") that only the context makes precise.
_ANAPHORA = re.compile(
    r"(?i)\b(?:it|its|this|that|these|those|they|"
    r"such|he|his|she|her|them|the (?:procedure|surgery|operation|treatment|therapy|"
    r"trial|study|studies|veins?|balloon|stents?|theory|idea|results?|venoplasty group|"
    r"angioplasty group|treated group)|these (?:procedures|treatments|operations|"
    r"surgeries|studies|trials|results)|opening (?:them|the veins))\b")


# What a sentence that names the topic is about, for the sentences after it that say
# "it" or "the procedure": the treatment, or the condition (the first named wins).
_SUBJECT = re.compile(
    r"(?i)\b(?:(?P<treatment>liberation (?:therapy|procedure|treatment)|tvam|venoplasty|"
    r"(?:venous|vein|balloon) angioplasty|angioplasty)|(?P<condition>ccsvi|chronic "
    r"cerebrospinal venous insufficiency|narrow(?:ed)? (?:neck )?veins))\b")
_SUBJECTS = {"treatment": "liberation therapy", "condition": "CCSVI"}


# rules whose "unknown" stands whatever the sentence before it named: a report ("He
# claims that it causes MS"), another disease, a prediction
_FINAL_RULES = frozenset({"attribution", "other-condition", "prediction"})


def _ruled_out(checker: Checker, sentence: str) -> bool:
    """A rule made ``sentence`` unknown (read again with its reasons: a rare path)."""
    if attribution(sentence) is not None:  # "Others believe it causes MS"
        return True
    why = checker.check(sentence, explain=True).why or {}
    return why.get("rule") in _FINAL_RULES


def check_blocks(checker: Checker, batch: list[Block], paths: dict[int, str],
                 include_unknown: bool = False, count_all: bool = True) -> BatchResult:
    """Check every sentence of ``batch``; findings in document order.

    ``count_all`` False: a paragraph none of whose words can name the topic is passed
    over unsplit (it cannot hold a finding), and its sentences are not counted.
    """
    findings: list[Finding] = []
    count = 0
    skip_off_topic = not count_all and not include_unknown
    for block in batch:
        if skip_off_topic and not checker.matcher.may_name_topic(block.text):
            continue
        path = paths[block.doc]
        topical = False  # a sentence before, in this paragraph, named the topic
        subject = ""  # what the last such sentence named ("liberation therapy", ...)
        for _, _, line, col, end_line, end_col, clean in block_sentences(block):
            count += 1
            result = checker.check(clean)
            if (result.verdict == "unknown" and topical and _ANAPHORA.search(clean)
                    and not _ruled_out(checker, clean)):
                # "The FDA warned about TVAM. It is not authorized ...": "it" is TVAM
                said = f"{subject}: {clean}" if subject else clean
                result = replace(checker.check(said, on_topic=True), input=clean)
            if checker.matcher.mentions_topic(clean):
                topical = True
                named = _SUBJECT.search(clean)
                subject = _SUBJECTS[named.lastgroup] if named else subject
            if include_unknown or result.verdict != "unknown":
                findings.append(Finding(path, line, col, end_line, end_col, result))
    return BatchResult(findings, count)


def scan_text(checker: Checker, text: str, path: str = "<text>", markup: str = "text",
              include_unknown: bool = False) -> list[Finding]:
    """Every finding in ``text`` (a whole document held in memory; for tests and the API)."""
    out: list[Finding] = []
    for block in blocks(text.split("\n"), markup):
        out += check_blocks(checker, [block], {0: path}, include_unknown).findings
    return out


# ---------------------------------------------------------------- many documents, many jobs

@dataclass(frozen=True)
class Notice:
    """Something to tell the user about one input: it is missing, unreadable or skipped."""

    path: str
    kind: str      # "missing", "unreadable" or "skipped"
    message: str

    @property
    def is_error(self) -> bool:
        return self.kind in ("missing", "unreadable")


@dataclass(frozen=True)
class Opened:
    """A document that was read (the CLI counts them): one of its blocks is coming, or
    it holds no text.  A document refused before any text (binary, unreadable) has none.
    """

    path: str


@dataclass(frozen=True)
class Document:
    """An input from the reader: iterating ``lines`` gives its text or raises OSError."""

    path: str
    markup: str
    lines: Iterable[str]


@dataclass
class _Unit:
    """A unit of work: blocks of one or more documents."""

    blocks: list[Block]
    paths: dict[int, str]


_worker_checker: Any = None


def _init_worker(checker: Checker) -> None:
    global _worker_checker
    _worker_checker = checker


def _work(unit: _Unit, include_unknown: bool, count_all: bool) -> BatchResult:
    return check_blocks(_worker_checker, unit.blocks, unit.paths, include_unknown, count_all)


def _units(items: Iterable[Document | Notice]) -> Iterator[_Unit | Notice | Opened]:
    """Documents -> units of work of about BATCH_CHARS, with notices, in input order."""
    unit = _Unit([], {})
    size = 0
    for doc_index, item in enumerate(items):
        if isinstance(item, Notice):
            if unit.blocks:
                yield unit
                unit, size = _Unit([], {}), 0
            yield item
            continue
        unit.paths[doc_index] = item.path
        opened = False  # Opened once text was read: a binary or unreadable input is none
        try:
            for block in blocks(item.lines, item.markup, doc_index):
                if not opened:
                    opened = True
                    yield Opened(item.path)
                unit.blocks.append(block)
                size += len(block.text)
                if size >= BATCH_CHARS:
                    yield unit
                    unit, size = _Unit([], {doc_index: item.path}), 0
        except OSError as exc:
            if unit.blocks:
                yield unit
                unit, size = _Unit([], {}), 0
            yield Notice(item.path, getattr(exc, "notice_kind", "unreadable"),
                         exc.strerror or str(exc))
            continue
        if not opened:  # an empty document (or one of blank lines) is still a document
            yield Opened(item.path)
    if unit.blocks:
        yield unit


Event = Finding | Notice | Opened | int


def scan_documents(checker: Checker, items: Iterable[Document | Notice], jobs: int = 1,
                   include_unknown: bool = False, count_all: bool = True
                   ) -> Iterator[Event]:
    """Findings, notices, Opened markers and sentence counts (ints), in input order.

    ``count_all`` False (the caller prints no sentence count): paragraphs that cannot
    name the topic are not split into sentences at all (see ``check_blocks``).

    With ``jobs`` > 1, blocks are checked by that many worker processes while this one
    reads and masks; at most ``4 * jobs`` units of work are in flight, so memory stays
    bounded, and results come back in input order: the output is that of one job.
    """
    def unpack(res: BatchResult) -> Iterator[Event]:
        yield from res.findings
        yield res.sentences

    def inline(units: Iterable[_Unit | Notice | Opened]) -> Iterator[Event]:
        for unit in units:
            if isinstance(unit, _Unit):
                yield from unpack(check_blocks(checker, unit.blocks, unit.paths,
                                               include_unknown, count_all))
            else:
                yield unit

    stream = _units(items)
    if jobs <= 1:
        yield from inline(stream)
        return
    # workers pay off only on enough text: a post or a short file is checked here
    head: list[_Unit | Notice | Opened] = []
    for unit in stream:
        head.append(unit)
        if sum(isinstance(u, _Unit) for u in head) >= POOL_AFTER_UNITS:
            break
    else:
        yield from inline(head)
        return
    import multiprocessing

    # fork where there is one: workers then share this process's string hashing, so any
    # order that depends on it (ties in the matcher) is the same as with one job
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = context.Pool(jobs, _init_worker, (checker,))
    try:
        pending: deque[Any] = deque()

        def drain_one() -> Iterator[Event]:
            item = pending.popleft()
            if isinstance(item, (Notice, Opened)):
                yield item
            else:
                yield from unpack(item.get())

        for unit in chain(head, stream):
            if isinstance(unit, _Unit):
                pending.append(pool.apply_async(_work, (unit, include_unknown, count_all)))
            else:
                pending.append(unit)
            while len(pending) > 4 * jobs or (
                    pending and (isinstance(pending[0], (Notice, Opened))
                                 or pending[0].ready())):
                yield from drain_one()
        while pending:
            yield from drain_one()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
