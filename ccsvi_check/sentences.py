"""Sentences, the second stage of ``scan``: masked lines -> blocks (paragraphs) ->
segments (between hard breaks) -> sentences, each with exact positions.

    lines -> mask markup (markup.py) -> blocks -> segments -> sentences (syntok)

Sentence boundaries inside a segment are syntok's, through its public API
(``syntok.segmenter.segment`` over ``syntok.tokenizer.Tokenizer``); the choice, and
the measurements behind it, are in ``benchmarks/bench_segmenters.py`` and
docs/design.md.  syntok reads a segment's *skeleton* (``skeleton``): the words around
its punctuation, each run of other words folded into one, which gives the same
sentence starts for about a quarter of the tokens.  Before it runs, a block is cut into
*segments* at hard breaks, which the segmenter never joins across:
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

Positions are 1-based lines and columns counted in Unicode characters;
``end_line``/``end_column`` point one past the sentence's last character (exclusive,
like SARIF's endColumn and LSP ranges).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .markup import mask_lines

WRAP_MIN = 40           # a line at least this long, without final punctuation, may wrap
MAX_BLOCK_CHARS = 64_000  # a paragraph longer than this is cut at a line boundary

# the ignore comment, with the comment markers around it (masked with it)
_IGNORE = re.compile(r"(?:<!--+|/\*+|//+|(?<![^\s(\[])#+)?[ \t]*ccsvi-check:[ \t]*"
                     r"ignore(-next-line)?\b(?:[ \t]*(?:-->|\*+/))?")
_TERMINAL = re.compile(r"[.!?\u2026\u3002]")
_TRAILING_CLOSERS = ".!?\u2026\u3002\"')]}\u201d\u2019*_ \t"
_FINAL_PUNCT = (".", "!", "?", ":", ";", "\u2026")
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[.,!?;:])")
_HAS_WORD = re.compile(r"\w")

# A segmenter: the start offsets of the sentences of a segment (text without hard breaks)
Splitter = Callable[[str], list[int]]


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
        for lineno, (line, masked, breaks) in enumerate(mask_lines(lines, markup), 1):
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


# what splits a segment (benchmarks name it)
SEGMENTER = "syntok on skeletons + URL/ellipsis breaks"
_tokenizer = None

# Where syntok does not end a sentence but a reader does: after a web address or an
# e-mail address that ends with the full stop ("see www.fda.gov/safety. Please"), and
# after the ellipsis character ("I had it done… Nothing changed"); each only before a
# capital, as syntok's own rule for "...".
# A match ends where its run of non-spaces does, and only where it ends counts: so an
# e-mail address is looked for from its "@" (after one character of a user name), not
# from every letter of the text.
_MORE_BREAKS = re.compile(
    r"(?:(?:https?://|www\.)\S*[^\s.]\.|(?<=[\w.+-])@[\w-]+(?:\.[\w-]+)+\.|\u2026)"
    r"[\"'\u201d\u2019)\]]*[ \t\n]+(?=[\"'\u201c\u2018(\[]?[A-Z])")
_MORE_BREAKS_NEED = ("://", "www.", "@", "\u2026")  # no match without one of these


def syntok_starts(seg: str) -> list[int]:
    """Start offsets of the sentences syntok finds in ``seg``, through its public API:
    ``segmenter.segment`` over ``Tokenizer.tokenize`` (tokens carry their offsets).

    syntok because it gets this domain's hard cases right more often than pysbd,
    sentencex, blingfire or nupunkt (``MS.`` is not ``Ms.``, ``et al.``, ``U.S.``
    inside a sentence, quotes and brackets after a full stop, emoji), and is pure Python
    (benchmarks/bench_segmenters.py measures them all).  It does not split before a
    lower-case word ("it works. lol"), which social posts sometimes do.
    """
    global _tokenizer
    if _tokenizer is None:  # syntok (and regex) only when a segment needs it
        from syntok.tokenizer import Tokenizer

        _tokenizer = Tokenizer(replace_not_contraction=False)
    from syntok.segmenter import segment

    return [sentence[0].offset for sentence in segment(_tokenizer.tokenize(seg))]


# The skeleton of a segment (see ``skeleton``).  A chunk is a run of characters between
# spaces, tabs and newlines: syntok's tokenizer cuts text at white space first, and
# reads each chunk by itself.  An inert character can never be, nor begin, a token that
# syntok's segmenter looks at (a sentence terminal: . ! ? ; ... and the like in other
# scripts; a bracket; a closing quote right after a terminal): letters, digits and "_"
# (\w), the ASCII punctuation that is no terminal nor bracket (' and " close a quote
# only inside the chunk of their terminal), and emoji.  Every other character is
# special: its chunk is kept.
_INERT_ASCII = "#$%&*+,/:<=>@\\^`|~'\"-"
_INERT_EMOJI = ("\u200d\ufe0f\u2190-\u21ff\u2600-\u2767\u2794-\u27bf\u2b00-\u2bff"
                "\U0001f000-\U0001faff")
_INERT = r"\w" + re.escape(_INERT_ASCII) + _INERT_EMOJI
_SPECIAL = re.compile(f"[^{_INERT} \t\n]")
_BRACKETS = "()[]{}"
_FLAT = str.maketrans("\t\n", "  ")
_PLACEHOLDER = "x"
_category: dict[str, str] = {}


def _is_bracket(c: str) -> bool:
    """Whether the special character ``c`` is an opening or closing bracket."""
    if c < "\x80":
        return c in _BRACKETS
    cat = _category.get(c)
    if cat is None:
        cat = _category[c] = unicodedata.category(c)
    return cat in ("Ps", "Pe")


def skeleton(seg: str) -> tuple[str, list[int], list[int]]:
    """What syntok needs of ``seg`` to find the same sentence starts: (text, offsets in
    text, offsets in ``seg``), so that from each offset of the first list the
    characters of the text are those of ``seg`` from the matching offset of the second.

    syntok's segmenter only decides at a terminal token (``.``, ``!``, ``?``, ``;``,
    ``...``, ideographic stops), and whether a sentence ends there depends on the token
    before it, the terminals and closing quotes after it, the token after those, and
    whether it is the first token of its sentence or a later one.  Only brackets make it
    look further (and count tokens and characters), so a segment holding one is left
    whole.  Otherwise the skeleton keeps, verbatim, each chunk holding a special
    character, the chunk after it, and the chunk before it when it starts with one.
    Each chunk is tokenized by itself, so the kept chunks give the same tokens, and
    syntok takes the same decisions on fewer of them.  The chunks left out between two
    kept ones make no decision, and the one kept before them ends with a word (it
    follows the last special chunk), so the next kept chunk is a later token of its
    sentence either way; words before the first kept chunk become one placeholder word,
    which starts the first sentence, as they do.  Words after the last one decide
    nothing.
    """
    n = len(seg)
    flat = seg.translate(_FLAT) if "\t" in seg or "\n" in seg else seg
    spans: list[list[int]] = []  # kept [start, end), in order, at chunk boundaries
    chunk_end = -1
    for m in _SPECIAL.finditer(seg):
        if _is_bracket(m.group()):
            return seg, [0], [0]
        i = m.start()
        if i < chunk_end:  # another special character of the same chunk
            continue
        start = flat.rfind(" ", 0, i) + 1
        chunk_end = flat.find(" ", i)
        if chunk_end < 0:
            chunk_end = n
        if start == i and i:  # it starts with the special character: the chunk before
            j = i - 1
            while j >= 0 and flat[j] == " ":
                j -= 1
            if j >= 0:
                start = flat.rfind(" ", 0, j) + 1
        j = chunk_end  # the chunk after
        while j < n and flat[j] == " ":
            j += 1
        end = flat.find(" ", j) if j < n else n
        if end < 0:
            end = n
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    if not spans:
        return seg, [0], [0]
    parts: list[str] = []
    sk_at: list[int] = []
    seg_at: list[int] = []
    size = 0
    first = len(flat) - len(flat.lstrip(" "))
    if first < spans[0][0]:  # words before the first kept chunk: the placeholder
        parts.append(_PLACEHOLDER)
        sk_at.append(0)
        seg_at.append(first)
        size = len(_PLACEHOLDER)
    for a, b in spans:
        if parts:
            parts.append(" ")
            size += 1
        sk_at.append(size)
        seg_at.append(a)
        parts.append(seg[a:b])
        size += b - a
    if flat.endswith(" ") and spans[-1][1] == len(flat.rstrip(" ")):
        parts.append(" ")
    return "".join(parts), sk_at, seg_at


def skeleton_starts(seg: str) -> list[int]:
    """``syntok_starts(seg)``, from syntok run on the skeleton of ``seg`` (shorter)."""
    text, sk_at, seg_at = skeleton(seg)
    if len(sk_at) == 1:
        return [s + seg_at[0] - sk_at[0] for s in syntok_starts(text)]
    out = []
    for s in syntok_starts(text):
        k = bisect_right(sk_at, s) - 1
        out.append(seg_at[k] + s - sk_at[k])
    return out


def default_starts(seg: str) -> list[int]:
    """syntok's sentence starts in ``seg`` (found on its skeleton), and one after each
    of ``_MORE_BREAKS``."""
    starts = skeleton_starts(seg)
    if any(need in seg for need in _MORE_BREAKS_NEED):
        more = [m.end() for m in _MORE_BREAKS.finditer(seg)]
        if more:
            starts = sorted(set(starts).union(more))
    return starts


def split_segment(seg: str, splitter: Splitter | None = None) -> list[int]:
    """Start offsets of the sentences in ``seg`` (a run of text without hard breaks):
    ``splitter``'s (default: ``default_starts``).  A segment with no sentence punctuation before
    its end is one sentence, and is not split at all."""
    body = seg.rstrip(_TRAILING_CLOSERS)
    if not _TERMINAL.search(body):
        first = len(seg) - len(seg.lstrip())
        return [first] if first < len(seg) else []
    return (splitter or default_starts)(seg)


def sentence_spans(block: Block, splitter: Splitter | None = None
                   ) -> Iterator[tuple[int, int]]:
    """(start, end) offsets in ``block.text`` of each sentence; trimmed, non-empty."""
    text = block.text
    cuts = sorted({0, len(text), *block.breaks})
    for a, b in zip(cuts, cuts[1:], strict=False):
        seg = text[a:b]
        if not seg.strip():
            continue
        starts = split_segment(seg, splitter)
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


def block_sentences(block: Block, splitter: Splitter | None = None
                    ) -> Iterator[tuple[int, int, int, int, int, int, str]]:
    """(start, end, line, column, end_line, end_column, check text) of each sentence
    that is not ignored and has a word in it (``splitter``: see ``split_segment``)."""
    at = None
    for a, b in sentence_spans(block, splitter):
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


def split_sentences(text: str, markup: str = "text", splitter: Splitter | None = None
                    ) -> list[Sentence]:
    """The sentences of ``text`` with offsets into ``text`` (lines split at \\n);
    ``splitter``: see ``split_segment``."""
    line_starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            line_starts.append(i + 1)
    out = []
    for block in blocks(text.split("\n"), markup):
        for _, _, line, col, end_line, end_col, clean in block_sentences(block, splitter):
            start = line_starts[line - 1] + col - 1
            end = line_starts[end_line - 1] + end_col - 1
            out.append(Sentence(start, end, line, col, end_line, end_col, clean))
    return out


