"""syntok's sentence segmentation (1.4.x), ported to index arithmetic over token lists.

``sentence_starts(text)`` returns the start offsets of the sentences that
``syntok.segmenter.segment(Tokenizer(replace_not_contraction=False).tokenize(text))``
yields, and nothing else.  syntok is pure Python built from generators, ``Token``
objects, ``@property`` look-ups and a new state object per transition; with ``scan``
over a large document, it took more time than checking the sentences it found (issue 4).
This module makes the same decisions, in the same order, on three plain lists (token
values, whether each token had spacing before it, offsets), and reads its word lists
and regular expressions from syntok itself, so the data cannot drift.

Rules mirrored from syntok, with the names of its methods:

- ``Tokenizer.tokenize``: whitespace-separated chunks; a chunk without any alphanumeric
  character is one token; otherwise its non-alphanumeric prefix is one token a
  character, the word in the middle is split by ``Tokenizer._separation`` (lower-upper
  transitions, apostrophe tails, brackets, inner ellipses, commas/semicolons/hyphens
  between letters), and the suffix is one token a character, an ellipsis first as one.
  A trailing run of whitespace is one token with an empty value.
- ``State`` and its subclasses: ``FirstToken`` (the first token of a sentence),
  ``InnerToken``, ``Terminal`` (a sentence ends) and ``End``; ``_move_and_maybe_extract_
  terminal`` decides whether to split after a terminal.  A sentence whose only token is
  the empty trailing one is dropped, as ``segment`` drops it.

tests/test_segmenter.py compares this module with syntok on generated and real text.
The dependency on syntok is pinned to 1.4.x in pyproject.toml for that reason.
"""

from __future__ import annotations

from collections.abc import Callable

from syntok._segmentation_states import State
from syntok.tokenizer import Tokenizer

_SPACES = Tokenizer._spaces
_SEPARATION = Tokenizer._separation
_APOSTROPHE_T = Tokenizer._apostrophe_t
_HYPHENS_AND_UNDERSCORE = Tokenizer._hyphens_and_underscore
_LETTER_APOSTROPHES = frozenset(c for c in Tokenizer._apostrophes if c.isalnum())

_TERMINALS = State.terminals
_OPENING = State.opening_brackets
_CLOSING = State.closing_brackets
_QUOTES = State.closing_quotes
_POST_TERMINAL = State.terminals | State.closing_brackets
_TERMINAL_OR_PAREN = State.terminals | {"("}  # State.next_is_a_terminal
_TERMINAL_OR_OPENING = State.terminals | State.opening_brackets  # "(" is one of them
_INNER_PUNCTUATION = State.inner_sentence_punctuation
_ABBREVIATIONS = State.abbreviations
_STARTERS = State.starters
_MONTHS = State.months
_ROMAN = State.roman_numerals
_VOWELS = State.vowels
_NO = ("no", "No", "NO")

_FIRST, _INNER, _TERMINAL, _END = range(4)


def _unsplit(word: str) -> bool:
    """Whether ``Tokenizer._separation`` finds nothing in ``word``, an alphanumeric
    string, at the cost of a string method or two: its only alternatives that can match
    alphanumeric characters are a lower-upper case transition ("McDonald") and an
    apostrophe that is a letter (U+02B9, U+02BC) with its tail."""
    if _LETTER_APOSTROPHES and not _LETTER_APOSTROPHES.isdisjoint(word):
        return not _SEPARATION.search(word)
    return (word.islower() or word.isupper() or word[1:].islower() or word.isdecimal()
            or not _SEPARATION.search(word))


def tokenize(text: str) -> tuple[list[str], list[bool], list[int]]:
    """Token values, whether each has spacing before it, and offsets: syntok's
    ``Tokenizer(replace_not_contraction=False).tokenize(text)``."""
    values: list[str] = []
    spaced: list[bool] = []
    offsets: list[int] = []
    add_v, add_s, add_o = values.append, spaced.append, offsets.append
    offset = 0
    for mo in _SPACES.finditer(text):
        ms, me = mo.span()
        chunk = mo.group()
        if (chunk.isalnum() and (chunk.islower() or chunk[1:].islower() or chunk.isupper())
                and (chunk.isascii() or _LETTER_APOSTROPHES.isdisjoint(chunk))):
            # most chunks: a plain word, nothing for _separation to split (see _unsplit)
            add_v(chunk)
            add_s(ms > offset)
            add_o(ms)
            offset = me
            continue
        start = ms
        while start < me and not text[start].isalnum():
            start += 1
        if start == me:  # no alphanumeric character: the chunk is one token
            add_v(mo.group())
            add_s(ms > offset)
            add_o(ms)
            offset = me
            continue
        end = me
        while not text[end - 1].isalnum():
            end -= 1
        prefix_spaced = ms > offset
        if start > ms:  # _split_nonword_prefix
            for k in range(ms, start):
                add_v(text[k])
                add_s(prefix_spaced if k == ms else False)
                add_o(k)
            prefix_spaced = False
        word = text[start:end]
        if word.isalnum() and _unsplit(word):
            add_v(word)
            add_s(prefix_spaced)
            add_o(start)
        else:
            _split_word(word, start, prefix_spaced, add_v, add_s, add_o)
        k = end
        if end + 3 <= me and text.startswith("...", end):
            add_v("...")
            add_s(False)
            add_o(end)
            k = end + 3
        for j in range(k, me):
            add_v(text[j])
            add_s(False)
            add_o(j)
        offset = me
    if offset < len(text):
        add_v("")
        add_s(True)
        add_o(len(text))
    return values, spaced, offsets


def _split_word(word: str, start: int, prefix_spaced: bool, add_v: Callable[[str], None],
                add_s: Callable[[bool], None], add_o: Callable[[int], None]) -> None:
    """syntok's ``_split_word(text[offset:start], word, start)``; only whether the
    prefix (the spacing of the first token) is empty matters, so it is a flag."""
    remainder = 0
    for sep in _SEPARATION.finditer(word):
        s0, s1 = sep.span()
        if s0 > remainder:
            if _APOSTROPHE_T.fullmatch(sep.group()) and word[s0 - 1] == "n":
                if remainder < s0 - 1:
                    add_v(word[remainder:s0 - 1])
                    add_s(prefix_spaced)
                    add_o(start + remainder)
                    prefix_spaced = False
                add_v("n" + sep.group())
                add_s(prefix_spaced)
                add_o(start + s0 - 1)
                prefix_spaced = False
                remainder = s1
                continue
            add_v(word[remainder:s0])
            add_s(prefix_spaced)
            add_o(start + remainder)
            prefix_spaced = False
        value = sep.group()
        if value and value not in _HYPHENS_AND_UNDERSCORE:
            add_v(value)
            add_s(prefix_spaced)
            add_o(start + s0)
            prefix_spaced = False
        elif value:  # a hyphen or underscore becomes (part of) the next spacing
            prefix_spaced = True
        remainder = s1
    if remainder == 0:
        add_v(word)
        add_s(prefix_spaced)
        add_o(start)
    elif remainder < len(word):
        add_v(word[remainder:])
        add_s(prefix_spaced)
        add_o(start + remainder)


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences syntok finds in ``text`` (see the module doc)."""
    values, spaced, offsets = tokenize(text)
    n = len(values)
    out: list[int] = []
    i = 0  # the queue is values[i:]
    h = 0  # the history (the sentence so far) is values[h:i]

    def find_end_of_bracketed_text() -> tuple[int, bool]:
        depth = 1
        q = 1
        first_is_title: bool | None = None
        last_is_terminal = False
        while i + q < n and q < 50:
            v = values[i + q]
            if first_is_title is None and v.isalnum():
                first_is_title = v.istitle()
            elif first_is_title and v.isalnum():
                last_is_terminal = i + q + 1 < n and values[i + q + 1] in _TERMINALS
            if v in _OPENING:
                depth += 1
            elif v in _CLOSING:
                depth -= 1
                if depth == 0:
                    break
            q += 1
        return (q if depth == 0 else 0), bool(first_is_title and last_is_terminal)

    def skip_bracketed_text() -> bool:
        nonlocal i
        closing, inner_sentence = find_end_of_bracketed_text()
        if closing > 0:
            end = offsets[i + closing] + len(values[i + closing])
            if (end - offsets[i] < State.max_bracket_skipping_length
                    or not inner_sentence):
                i += closing + 1
                return True
        return False

    def move_over_post_terminal_symbols(token: str | None) -> str | None:
        # the loop "while self.next_is_a_post_terminal_symbol_part_of_sentence"
        nonlocal i
        while i < n and values[i] in _POST_TERMINAL:
            i += 1
            if i >= n:
                break
            if token is None:
                token = values[i - 1]
        return token

    def token_after_terminal() -> str:
        # __move_to_next_relevant_word_and_return_token_after_terminal
        nonlocal i
        token: str | None = None
        last = values[i - 1] if i > h else ""
        if i < n and values[i] in _OPENING and last not in _TERMINALS:
            skip_bracketed_text()
        else:
            token = move_over_post_terminal_symbols(token)
            if i < n and values[i] in _QUOTES and not spaced[i]:
                i += 1
                if i < n and token is None:
                    token = values[i - 1]
            token = move_over_post_terminal_symbols(token)
            if i < n and values[i] in _OPENING:
                token = values[i]
        if token is None and i < n:
            token = values[i]
        return "" if token is None else token

    def split_after_terminal(state: int) -> int:
        # _move_and_maybe_extract_terminal: ``state`` (_FIRST or _INNER) means no split
        nonlocal i
        before = values[i - 1] if i > h else ""
        if not (i < n and values[i] in _OPENING):
            i += 1
        after = token_after_terminal()
        nxt = values[i] if i < n else None
        if nxt is None:
            lower = inner_punct = starter = numeric = no_spacing = False
        else:
            lower = nxt[:1].islower()
            inner_punct = nxt in _INNER_PUNCTUATION
            starter = nxt in _STARTERS
            numeric = nxt.isnumeric()
            no_spacing = not spaced[i]
        if lower or inner_punct:
            return state
        if not (state == _FIRST and (len(before) == 1 or before in _ROMAN)) and starter:
            return _TERMINAL
        if before in _ABBREVIATIONS and after not in _CLOSING:
            return state
        if (before in _NO and nxt is not None and nxt.isalnum()
                and any(c.isnumeric() for c in nxt)):
            return state
        if numeric and no_spacing:
            return state
        if no_spacing and (not after.istitle() or not after.isalpha() or len(after) == 1):
            return state
        if numeric and len(nxt) > 2:  # type: ignore[arg-type]
            return state
        if before.isnumeric() and nxt is not None and nxt in _MONTHS:
            return state
        if before in _MONTHS and numeric:
            return state
        if "." in before and after != ".":
            return state
        if ((state == _FIRST or before.isupper())
                and (len(before) == 1 or before in _ROMAN)):
            return state
        if len(before) == 1 and before.isalpha() and before not in _VOWELS:
            return state
        if after in _OPENING:
            closing, inner_sentence = find_end_of_bracketed_text()
            after_brackets = (values[i + closing + 1]
                              if closing > 0 and not inner_sentence and i + closing + 1 < n
                              else "")
            after_opening = values[i + 1] if i + 1 < n else ""
            if after_brackets in _INNER_PUNCTUATION:
                return state
            if after_opening.istitle():
                return _TERMINAL
            if after_brackets[:1].islower():
                return state
            return _TERMINAL
        return _TERMINAL

    state = _FIRST if n else _END
    while True:
        if state == _FIRST:
            if (i < n and values[i] in _OPENING and skip_bracketed_text()
                    and i - h > 3 and not (i < n and values[i][:1].islower())):
                state = _TERMINAL
                continue
            if i < n:
                i += 1
                if i < n and values[i] in _TERMINAL_OR_PAREN:
                    state = split_after_terminal(_FIRST)
                else:
                    state = _INNER
            else:
                state = _END
        elif state == _INNER:
            if i < n:
                i += 1
                if i < n and values[i] in _OPENING:
                    skip_bracketed_text()
                if i < n and values[i] in _TERMINAL_OR_OPENING:
                    state = split_after_terminal(_INNER)
            else:
                state = _END
        else:  # a sentence ends: _TERMINAL or _END
            if i > h and (i - h > 1 or values[h]):
                out.append(offsets[h])
            h = i
            if state == _END or i >= n:
                return out
            state = _FIRST
