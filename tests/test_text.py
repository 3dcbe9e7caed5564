"""Normalisation of what people type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ccsvi_check.text import MAX_MATCH_CHARS, clean, iter_words, stem, words


@pytest.mark.parametrize("raw,expected", [
    ("CCSVI causes MS", ["ccsvi", "causes", "ms"]),
    ("#CCSVI causes #MS!!!", ["ccsvi", "causes", "ms"]),
    ("@someone CCSVI https://example.org/x?y=1 causes MS", ["ccsvi", "causes", "ms"]),
    ("ＣＣＳＶＩ causes ＭＳ", ["ccsvi", "causes", "ms"]),          # full-width
    ("ССSVІ causes MS", ["ccsvi", "causes", "ms"]),                 # Cyrillic look-alikes
    # an equals sign says "is", or, beside MS, "causes" ("=>": leads to)
    ("liberation therapy = cure 🙏🙏", ["liberation", "therapy", "is", "cure"]),
    ("blocked jugulars = MS", ["blocked", "jugulars", "causes", "ms"]),
    ("MS == bad drainage", ["ms", "is", "caused", "by", "bad", "drainage"]),
    ("TVAM => strokes", ["tvam", "leads", "to", "strokes"]),
    ("7 studies, 0 found a link; 2.0 or 10 stay", ["7", "studies", "zero", "found", "a", "link",
                                                  "2", "0", "or", "10", "stay"]),
    ("La thérapie guérit", ["la", "therapie", "guerit"]),
    ("CCSVI   doesn’t\tcause MS", ["ccsvi", "does", "not", "cause", "ms"]),
    ("it can't and dont", ["it", "can", "not", "and", "do", "not"]),
    ("Zamboni's study", ["zamboni", "study"]),
    ("a\x00b\x07c", ["a", "b", "c"]),
    ("", []),
])
def test_words(raw, expected):
    assert words(raw) == expected


def test_clean_caps_length():
    assert len(clean("x" * (MAX_MATCH_CHARS * 3))) == MAX_MATCH_CHARS


@pytest.mark.parametrize("group", [
    ["cause", "causes", "caused", "causing"],
    ["cure", "cures", "cured", "curing"],
    ["narrow", "narrows", "narrowed", "narrowing"],
    ["vein", "veins"],
    ["stop", "stops", "stopped", "stopping"],
    ["study", "studies", "studied"],
    # a three-letter verb and its past ("did not use" against "used")
    ["use", "uses", "used"],
    ["die", "dies", "died"],
])
def test_stem_folds_inflections(group):
    assert len({stem(w) for w in group}) == 1, {w: stem(w) for w in group}


@pytest.mark.parametrize("word", ["ms", "sclerosis", "ccsvi", "2008", "tvam"])
def test_stem_leaves_short_and_special_words(word):
    assert stem(word) == word


@pytest.mark.parametrize("word, other", [("need", "nee"), ("shed", "she"), ("bred", "bre")])
def test_stem_keeps_words_that_only_look_like_a_past(word, other):
    assert stem(word) != other


@given(st.lists(st.sampled_from(["CCSVI", "doesn't", "dont", "can't", "Zamboni's",
                                 "it's", "ain't", "won't", "é", "😂", "#MS", "x", ".",
                                 "http://a.b/c", "@me", " ", "\n", "isnt", "n't"]),
                max_size=30))
def test_iter_words_gives_the_words_one_at_a_time(parts):
    text = " ".join(parts)
    assert list(iter_words(text)) == words(text)


def test_capitalised_words_run_together_are_split_but_two_are_a_name():
    from ccsvi_check.text import clean

    assert clean("#LiberationTherapyCuresMS") == "#liberation therapy cures ms"
    assert clean("PubMed and YouTube") == "pubmed and youtube"
    # a link is dropped whole, before any split
    assert clean("see https://example.com/LiberationTherapyCuresMS now").split() == [
        "see", "now"]


def test_a_subject_cut_off_by_a_relative_clause_stays_with_its_predicate():
    from ccsvi_check.text import clause_tokens

    groups = clause_tokens("These data on the procedure, which thousands have had since "
                           "2009, do not support the claim")
    assert len(groups) == 1 and groups[0][:3] == ["these", "data", "on"]
    assert groups[0][-4:] == ["not", "support", "the", "claim"]
    # a list of clauses that are not a relative clause is left as it was
    assert len(clause_tokens("CCSVI is rare, which is known, and it does not cause MS")) >= 2


def test_and_before_a_negative_subject_starts_a_clause():
    from ccsvi_check.text import clause_tokens

    groups = clause_tokens("The societies funded seven studies and none of them found a link")
    assert groups == [["the", "societies", "funded", "seven", "studies"],
                      ["none", "of", "them", "found", "a", "link"]]
    # a short subject keeps its "and": "X and nobody else"
    assert len(clause_tokens("Zamboni and nobody else")) == 1


def test_a_concession_after_even_if_is_a_clause_of_its_own():
    from ccsvi_check.text import clause_tokens

    assert clause_tokens("It is harmless even if it does not work") == [
        ["it", "is", "harmless"], ["even", "if", "it", "does", "not", "work"]]


def test_with_or_without_is_read_as_both():
    assert clean("found in people with or without MS") == "found in people with and without ms"


def test_a_laugh_in_a_run_on_ends_a_clause():
    from ccsvi_check.text import clause_tokens

    assert clause_tokens("nobody agrees what it is lmao there is no standard") == [
        ["nobody", "agrees", "what", "it", "is"], ["there", "is", "no", "standard"]]
    # (not "lol", which often opens a clause)
    assert len(clause_tokens("it is not true that lol ppl still think so")) == 1


def test_slashed_shorthand_is_read_as_its_words():
    assert clean("veins narrowed in ppl w/o MS").split() == [
        "veins", "narrowed", "in", "ppl", "without", "ms"]
    assert clean("back w/ the vein op, b/c it works").split() == [
        "back", "with", "the", "vein", "op,", "because", "it", "works"]
    # other slashes are left alone
    assert clean("and/or 24/7").split() == ["and/or", "24/7"]


def test_a_comma_between_two_adjectives_of_one_noun_ends_no_clause():
    from ccsvi_check.text import clause_tokens

    assert clause_tokens("There are no genuine, effective options for it") == [
        ["there", "are", "no", "genuine", "effective", "options", "for", "it"]]
    # a comma after an adjective before a new clause still ends one
    assert len(clause_tokens("It is real, and nobody denies it")) == 2
