"""The semantic layer (ccsvi_check/semantic.py) and its fusion with the lexical one."""

import pytest

from ccsvi_check import semantic
from ccsvi_check.checker import Checker
from ccsvi_check.matcher import LEXICAL_TIEBREAK, SEMANTIC_BONUS, fuse


def test_scores_ramp_from_floor_to_top_score():
    assert semantic.to_score(semantic.FLOOR) == 0.0
    assert semantic.to_score(0.0) == 0.0
    assert semantic.to_score(1.0) == semantic.TOP_SCORE < 100.0
    mid = (semantic.FLOOR + semantic.CEILING) / 2
    assert 0 < semantic.to_score(mid) < semantic.TOP_SCORE


def test_abbreviations_are_spelled_out():
    assert semantic.spell_out("CCSVI causes MS") == (
        "venous insufficiency causes multiple sclerosis")
    assert "transvascular" in semantic.spell_out("Is T.V.A.M. safe?")
    assert semantic.spell_out("alms and arms") == "alms and arms"


def test_misspelt_words_are_respelt_for_the_embedding():
    checker = Checker()
    checker.check("CCSVI causes MS")  # (the model loads on first use)
    index = checker.semantic
    index.nearest("warm up")
    fix = checker.matcher.respell
    assert index._respelled("the vains of the nekc", fix) == "the veins of the neck"
    # a word the model holds whole, or that the base uses, stays as it is
    assert index._respelled("standing army", fix) == "standing army"
    assert fix("liberation") is None
    # and the meaning layer then finds what the misspelt words say
    r = checker.check("CCSVI is narowing of the jugular vains", explain=True)
    assert r.verdict == "true" and r.why["lexical"] < checker.threshold


def test_a_trusted_lexical_match_leads():
    lexical = {0: (70.0, 3, 0, 1), 1: (65.0, 5, 0, 1)}
    sem = {1: (95.0, 6), 2: (90.0, 9)}
    out = fuse(lexical, sem, trust=60.0, clauses=1)
    assert set(out) == {0, 1}  # no claim enters through the embedding alone
    assert out[0] == (70.0, 3, 0, 1)
    assert out[1] == (65.0 + SEMANTIC_BONUS * 0.95, 5, 0, 1)


def test_below_trust_the_stronger_layer_scores():
    lexical = {0: (40.0, 3, 1, 2)}
    sem = {0: (70.0, 4), 2: (65.0, 9)}
    out = fuse(lexical, sem, trust=60.0, clauses=3)
    # polarity still read against the lexical wording; the words break near-ties
    assert out[0] == (70.0 + LEXICAL_TIEBREAK * 40.0, 3, 1, 2)
    assert out[2] == (65.0, 9, 0, 3)   # the semantic wording, over the whole statement


def test_paraphrases_without_the_claims_words_are_found():
    checker = Checker()
    # ("vein-widening" is an alias of the procedure since 2026-12-03: not this example)
    r = checker.check("Surgery to enlarge the neck veins helps MS", explain=True)
    assert r.verdict == "false"
    assert r.why["lexical"] < checker.threshold <= r.score


def test_the_semantic_layer_can_be_switched_off():
    r = Checker(semantic=False).check("Surgery to enlarge the neck veins helps MS")
    assert r.verdict == "unknown"


def test_fragments_never_match_through_the_embedding():
    assert Checker().check("CCSVI.").verdict == "unknown"


def _semantic_only(checker, claim_id, negated, score=80.0):
    from ccsvi_check.matcher import Match

    claim = checker.base.by_id(claim_id)

    def match(text, top=1, on_topic=False, semantic=None, trust=60.0, exclude=frozenset()):
        return [Match(claim, score, negated, claim.claim, False, 0.0, negated,
                      span=frozenset(text.split()))]
    checker.matcher.match = match


def test_a_meaning_match_does_not_call_a_negated_statement_false():
    checker = Checker()
    true_claim = next(c.id for c in checker.base.claims if c.verdict == "true")
    _semantic_only(checker, true_claim, negated=True)
    r = checker.check("liberation therapy, in words that do not match", explain=True)
    assert r.verdict == "unknown" and r.why["rule"] == "semantic-unsure"


def test_a_meaning_match_with_a_figure_its_claim_cannot_judge_is_not_rated():
    checker = Checker()
    false_claim = next(c.id for c in checker.base.claims
                       if c.verdict == "false" and not c.details)
    _semantic_only(checker, false_claim, negated=False)
    assert checker.check("CCSVI found in 2 percent of people").verdict == "unknown"
    assert checker.check("CCSVI found in most people").verdict == "false"


def test_a_meaning_match_to_a_denying_wording_is_not_rated_true():
    """"Doctors advise against X" is near "X is the best option" in meaning: a statement
    that denies nothing, matched through meaning alone to a wording that denies, may
    say the opposite, so it is not called true."""
    checker = Checker()
    claim = checker.base.by_id("experts-advise-against-liberation-therapy")
    wording = next(w for w in claim.wordings if checker.matcher.denies(w))
    from ccsvi_check.matcher import Match

    def match(text, top=1, on_topic=False, semantic=None, trust=60.0, exclude=frozenset()):
        return [Match(claim, 80.0, False, wording, False, 0.0, False,
                      span=frozenset(text.split()))]
    checker.matcher.match = match
    r = checker.check("liberation therapy, in words that do not match", explain=True)
    assert r.verdict == "unknown" and r.why["rule"] == "semantic-unsure"
    # the same match on a wording that denies nothing is rated
    plain = next(w for w in claim.wordings if not checker.matcher.denies(w))

    def match_plain(text, top=1, on_topic=False, semantic=None, trust=60.0):
        return [Match(claim, 80.0, False, plain, False, 0.0, False,
                      span=frozenset(text.split()))]
    checker.matcher.match = match_plain
    assert checker.check("liberation therapy, in words that do not match").verdict == "true"


def test_the_statements_that_led_to_that_rule(checker):
    for text in ("Treating CCSVI reverses disability in progressive MS.",
                 "Liberation therapy is the best option for MS patients whose medicines "
                 "have stopped working."):
        assert checker.check(text).verdict != "true", text


@pytest.mark.parametrize("text", [
    "Just finished reading a long article on TVAM.",  # was FALSE 95: "TVAM is approved"
    "Our group read about CCSVI this week.",          # was FALSE 74
    "There was a CCSVI session at the conference.",
])
def test_a_statement_that_only_names_the_topic_is_not_rated(checker, text):
    """Nearer the topic named alone than any wording (or near only a wording of three
    words or fewer, which is little more than the topic's name): nothing to rate."""
    assert checker.check(text).verdict == "unknown"


def test_short_wordings_are_left_to_the_lexical_layer(checker):
    from ccsvi_check.semantic import MIN_WORDS

    checker.semantic.nearest("liberation therapy")  # builds the index
    kept = {checker.matcher.wordings[wi].text for wi in checker.semantic._wording_of}
    assert "TVAM is approved" not in kept
    assert all(len(t.split()) >= MIN_WORDS for t in kept)
    # ... and they still match in words
    assert checker.check("TVAM is approved").verdict == "false"
