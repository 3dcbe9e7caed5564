"""Negation cues and rhetorical questions."""

from __future__ import annotations

import pytest

from ccsvi_check.polarity import ONE_WORD, WHOLE_CLAUSE, drop_rhetorical_cue, expand
from ccsvi_check.text import words


def cues(text: str) -> int:
    toks, flags = expand(words(text))
    flags = drop_rhetorical_cue(toks, flags, text.rstrip().endswith("?"))
    return sum(flags)


def test_plain_assertion_has_no_cue():
    assert cues("CCSVI causes MS") == 0


def test_negations_are_cues():
    assert cues("CCSVI does not cause MS") == 1
    assert cues("CCSVI doesn't cause MS") == 1
    assert cues("There is no link between CCSVI and MS") == 1
    assert cues("It is a myth that CCSVI causes MS") == 1


def test_double_negation_counts_twice():
    assert cues("It is not true that CCSVI doesn't cause MS") == 2


def test_negative_words_become_a_cue_and_a_content_word():
    toks, flags = expand(words("The theory was debunked"))
    assert toks[-2:] == [WHOLE_CLAUSE, "proven"] and flags[-2:] == [True, False]
    toks, flags = expand(words("TVAM is unsafe"))
    assert toks[-2:] == [ONE_WORD, "safe"] and flags[-2:] == [True, False]
    toks, flags = expand(words("Doctors avoid TVAM"))
    assert toks[-3:] == ["not", "get", "tvam"]


def test_rhetorical_question_opening_is_not_a_denial():
    assert cues("Isn't liberation therapy dangerous?") == 0
    assert cues("Isn't liberation therapy dangerous.") == 1
    assert cues("Is it true that CCSVI doesn't cause MS?") == 1


def test_no_more_ms_closing_a_clause_is_a_cure():
    from ccsvi_check.polarity import expand

    assert expand(["fix", "veins", "no", "more", "ms"]) == (
        ["fix", "veins", "cure", "ms"], [False] * 4)
    # not where more words follow, nor after a denial
    assert expand(["no", "more", "ms", "research"])[1][0] is True
    assert "cure" not in expand(["not", "no", "more", "ms"])[0]


def test_a_negative_word_describing_a_noun_denies_that_word_only():
    # "the unproven procedure": after a determiner, the word's own denial (ONE_WORD)
    toks, _ = expand(words("Officials warned about the unproven and deadly procedure"))
    assert toks[toks.index("proven") - 1] == ONE_WORD
    # ... but said of the subject, it denies the clause: "it is an unproven treatment"
    toks, _ = expand(words("Liberation therapy is an unproven treatment"))
    assert toks[toks.index("proven") - 1] == WHOLE_CLAUSE


@pytest.mark.parametrize("text", [
    "it goes without saying that ccsvi causes ms",
    "no wonder ccsvi causes ms",
    "there is no question that ccsvi causes ms",
    "i can not stress enough that ccsvi causes ms",
    "i cannot overstate that ccsvi causes ms",
    "it could not be clearer that ccsvi causes ms",
    "not to mention that ccsvi causes ms",
    "research proved beyond a reasonable doubt that ccsvi causes ms",
    "research proved beyond any doubt that ccsvi causes ms",
])
def test_idioms_that_stress_what_follows_deny_nothing(text):
    assert cues(text) == 0


def test_a_doubt_that_still_denies():
    assert cues("I doubt that CCSVI causes MS") == 1


@pytest.mark.parametrize("text, n", [
    ("Few experts think CCSVI causes MS", 1),
    ("Little evidence supports venoplasty", 1),
    ("A few doctors offer venoplasty", 0),
    ("Quite a few studies looked at CCSVI", 0),
    ("CCSVI is unlikely to cause MS", 1),
    ("It is doubtful that venoplasty works", 1),
    ("It is not unlikely that venoplasty works", 0),
])
def test_few_little_and_unlikely(text, n):
    assert cues(text) == n


@pytest.mark.parametrize("text", [
    "The FDA warns that not only are the links weak, but the procedure is also risky",
    "Doctors say not only is venoplasty risky but it is also costly",
])
def test_not_only_with_the_verb_first_denies_nothing(text):
    # "not only are X" adds a clause; it does not deny X
    assert cues(text) == 0
