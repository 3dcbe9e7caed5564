"""ccsvi_check.segmenter makes syntok's decisions: compared with syntok itself on
generated text (every rule's trigger: terminals, brackets, quotes, abbreviations,
starters, months, numbers, single letters, hyphens, apostrophes, Unicode) and on the
real text in the repository; and a few splits pinned without syntok."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from syntok.segmenter import segment
from syntok.tokenizer import Tokenizer

from ccsvi_check.segmenter import sentence_starts, tokenize

ROOT = Path(__file__).resolve().parent.parent
_TOKENIZER = Tokenizer(replace_not_contraction=False)


def syntok_tokens(text: str) -> list[tuple[str, bool, int]]:
    return [(t.value, bool(t.spacing), t.offset) for t in _TOKENIZER.tokenize(text)]


def syntok_starts(text: str) -> list[int]:
    return [s[0].offset for s in segment(_TOKENIZER.tokenize(text))]


def same_as_syntok(text: str) -> None:
    values, spaced, offsets = tokenize(text)
    assert list(zip(values, spaced, offsets, strict=True)) == syntok_tokens(text)
    assert sentence_starts(text) == syntok_starts(text)


_PIECES = [
    "a", "B", "x", "I", "IV", "The", "However", "It", "no", "No", "NO", "Dr", "Jan",
    "Mr", "Ms", "MS", "vs", "etc", "e.g.", "U.S.", "12", "2009", "3rd", "5a", "n't",
    "don't", "Zamboni's", "McDonald", "ccsvi", "CCSVI", "é", "Ü", "ª", "ǅ", "😂", "🙄.",
    "#MS", "@x", "http://a.b/C", "...", "…", ".", "!", "?", ";", ",", ":", "(", ")",
    "[", "]", "{", "}", "（", "）", "\"", "'", "’", "”", "´", "-", "_", "\u00ad", "—",
    "\u200b", "(A. B.)", "1.", "a.", "it's", "x-y", "co-Op", "vol", "No.5", "。", "！",
    "donʼt", "itʹs", "ʼt", "Aʼb",  # apostrophes that are letters (U+02BC, U+02B9)
]
_SPACES = ["", " ", " ", " ", "  ", "\n", "\t", "\u00a0", " \n "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SPACES)),
                max_size=60))
def test_generated_text_splits_as_syntok_splits_it(parts):
    same_as_syntok("".join(w + s for w, s in parts))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_splits_as_syntok_splits_it(text):
    same_as_syntok(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["word", "Word", "(", ")", ".", "A", "x."]),
                min_size=40, max_size=160))
def test_long_brackets_split_as_syntok_splits_them(words):
    # bracketed text is skipped only within 50 tokens and, holding a sentence, 70 chars
    same_as_syntok(" ".join(words))


def _repository_paragraphs() -> list[str]:
    texts = [(ROOT / "tests/data/seed_article.txt").read_text(encoding="utf-8"),
             (ROOT / "README.md").read_text(encoding="utf-8"),
             (ROOT / "claims.yaml").read_text(encoding="utf-8")]
    for path in sorted((ROOT / "tests/data/heldout").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines()
                  if line.strip()]
    return [p for t in texts for p in t.split("\n\n") if p.strip()]


def test_real_text_splits_as_syntok_splits_it():
    paragraphs = _repository_paragraphs()
    assert len(paragraphs) > 500
    for p in paragraphs:
        same_as_syntok(p)


@pytest.mark.parametrize(("text", "starts"), [
    ("CCSVI causes MS. Liberation therapy is safe.", [0, 17]),
    ("It works. lol", [0]),                       # no split before a lower-case word
    ("Ask Dr. Zamboni. He knows.", [0, 17]),      # an abbreviation does not end it
    ("See e.g. the FDA. Then stop.", [0, 18]),
    ("Wait... Then what?", [0, 8]),
    ("He said \"No.\" Then left.", [0, 14]),      # a closing quote stays with it
    ("It cost 5. 1000 people paid.", [0]),        # nor does a number of 3+ digits
    ("", []),
    ("   ", []),
])
def test_pinned_splits(text, starts):
    assert sentence_starts(text) == starts
