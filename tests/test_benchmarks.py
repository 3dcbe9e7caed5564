"""The benchmark input generator (benchmarks/corpus.py): deterministic, and the mix of
on- and off-topic lines that issue 4 asks for.  No timings here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import corpus  # noqa: E402

WORDINGS = [
    "CCSVI causes multiple sclerosis.",
    "Liberation therapy cures MS.",
    "Narrow neck veins cause MS",
    "TVAM is a safe procedure",
]
TOPIC_WORDS = ("ccsvi", "liberation", "tvam", "neck", "veins", "zamboni")


def test_same_seed_same_lines():
    assert list(corpus.lines(500, seed=7, wordings=WORDINGS)) == \
        list(corpus.lines(500, seed=7, wordings=WORDINGS))


def test_other_seed_other_lines():
    assert list(corpus.lines(200, seed=1, wordings=WORDINGS)) != \
        list(corpus.lines(200, seed=2, wordings=WORDINGS))


def test_shorter_run_is_a_prefix():
    # the benchmarks rely on it: the naive subset and the small memory input are prefixes
    assert list(corpus.lines(300, wordings=WORDINGS)) == \
        list(corpus.lines(1000, wordings=WORDINGS))[:300]


def test_mix_is_about_40_60():
    pairs = list(corpus.labelled_lines(5000, wordings=WORDINGS))
    share = sum(on for on, _ in pairs) / len(pairs)
    assert 0.36 <= share <= 0.44


def test_lines_are_single_non_empty_lines():
    for line in corpus.lines(2000, wordings=WORDINGS):
        assert line.strip() and "\n" not in line and "\r" not in line


def test_on_topic_lines_carry_the_claims_and_off_topic_lines_do_not():
    pairs = list(corpus.labelled_lines(3000, wordings=WORDINGS))
    on = [line.lower() for t, line in pairs if t]
    off = [line.lower() for t, line in pairs if not t]
    keys = ("ms", "multiple", "liberation", "neck", "tvam", "ccsvi", "safe", "cure", "caus",
            "therapy")
    carried = sum(any(k in line for k in keys) for line in on)
    assert carried >= 0.98 * len(on)  # a typo may, rarely, hit every key word of a line
    assert not any(w in line for line in off for w in TOPIC_WORDS)


def test_noise_is_present():
    lines = list(corpus.lines(3000, wordings=WORDINGS))
    for marker in ("#", "@", "http", "?", "lol", "not true"):
        assert any(marker in line for line in lines), marker
    assert any(not line.isascii() for line in lines)  # emoji
    assert any(line.islower() for line in lines) and any(line.isupper() for line in lines)


def test_document_sentences_and_paragraphs():
    text, count = corpus.document(corpus.lines(100, wordings=WORDINGS))
    assert count == 100
    paragraphs = text.strip().split("\n\n")
    assert 100 // 8 <= len(paragraphs) <= 100 // 2 + 1
    sized, n = corpus.document_of_size(0.05, wordings=WORDINGS)
    assert 40_000 <= len(sized.encode("utf-8")) <= 60_000 and n > 100


def test_no_wordings_is_an_error():
    with pytest.raises(ValueError):
        list(corpus.lines(3, wordings=[]))


def test_builds_from_the_shipped_claim_base():
    wordings = corpus.claim_wordings()
    assert wordings
    first = list(corpus.lines(50))
    assert first == list(corpus.lines(50, wordings=wordings))
