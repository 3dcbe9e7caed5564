"""The matcher on a small base built for the test: aliases, spelling, polarity, topic."""

from __future__ import annotations

import pickle

import pytest

from ccsvi_check.checker import Checker
from ccsvi_check.claims import parse_claims

BASE = """
version: 1
aliases:
  - [ccsvi, chronic cerebrospinal venous insufficiency, narrow neck veins]
  - [ms, multiple sclerosis]
  - [liberation therapy, tvam, venous angioplasty, the procedure]
  - [cure, cures, fixes, heals]
topic: [ccsvi, liberation therapy]
claims:
  - id: ccsvi-causes-ms
    claim: CCSVI causes MS.
    verdict: "false"
    explanation: No.
    variants: [MS is caused by CCSVI]
    sources: [{title: T, publisher: P, year: 2014, url: "https://example.org/1"}]
  - id: lt-cures-ms
    claim: Liberation therapy cures MS.
    verdict: "false"
    explanation: No.
    sources: [{title: T, publisher: P, year: 2018, url: "https://example.org/2"}]
  - id: lt-complications
    claim: Liberation therapy can cause serious complications.
    verdict: "true"
    explanation: Yes.
    sources: [{title: T, publisher: P, year: 2012, url: "https://example.org/3"}]
  - id: improvement-reported
    claim: Some people reported feeling better after liberation therapy.
    verdict: misleading
    explanation: Sham-controlled trials found no benefit.
    sources: [{title: T, publisher: P, year: 2018, url: "https://example.org/4"}]
"""


@pytest.fixture(scope="module")
def small():
    return Checker(base=parse_claims(BASE, "test.yaml"))


@pytest.mark.parametrize("text,claim_id,verdict,negated", [
    ("CCSVI causes MS", "ccsvi-causes-ms", "false", False),
    ("Chronic cerebrospinal venous insufficiency causes multiple sclerosis",
     "ccsvi-causes-ms", "false", False),
    ("narrow neck veins cause MS", "ccsvi-causes-ms", "false", False),       # alias
    ("CCVSI causes multipel sclerossis", "ccsvi-causes-ms", "false", False),  # spelling
    ("#ccsvi causes #ms 🙏 https://t.co/x @bob", "ccsvi-causes-ms", "false", False),
    ("Does CCSVI cause MS?", "ccsvi-causes-ms", "false", False),              # question
    ("CCSVI does not cause MS", "ccsvi-causes-ms", "true", True),             # denial
    ("it is a myth that ccsvi causes ms", "ccsvi-causes-ms", "true", True),
    ("It is not true that CCSVI doesn't cause MS", "ccsvi-causes-ms", "false", False),
    ("doctors don't want you to know: ccsvi causes ms", "ccsvi-causes-ms", "false", False),
    ("#liberationtherapy cures ms", "lt-cures-ms", "false", False),          # hashtag split
    ("TVAM fixes MS", "lt-cures-ms", "false", False),
    ("The procedure can cause serious complications", "lt-complications", "true", False),
    ("Isn't liberation therapy able to cause serious complications?", "lt-complications",
     "true", False),
])
def test_matches(small, text, claim_id, verdict, negated):
    r = small.check(text)
    assert r.claim is not None, (text, r)
    assert (r.claim.id, r.verdict, r.negated) == (claim_id, verdict, negated)
    assert r.score >= small.threshold


@pytest.mark.parametrize("text", [
    "MS is an autoimmune disease",              # no topic word
    "Knee surgery cures pain",                  # 'surgery' alone is not the topic
    "CCSVI",                                    # topic word alone is not a claim
    "",
    "?!?!",
])
def test_unknown(small, text):
    r = small.check(text)
    assert r.verdict == "unknown" and r.claim is None and r.sources == ()


def test_denying_a_misleading_claim_is_not_rated(small):
    r = small.check("Nobody reported feeling better after liberation therapy")
    assert r.verdict == "unknown" and r.negated and r.claim is None


def test_alternatives_are_ranked(small):
    r = small.check("Liberation therapy cures MS", top=3)
    assert r.alternatives[0].id == "lt-cures-ms"
    assert [a.score for a in r.alternatives] == sorted((a.score for a in r.alternatives),
                                                        reverse=True)


def test_checker_pickles(small):
    clone = pickle.loads(pickle.dumps(small))
    assert clone.check("CCSVI causes MS") == small.check("CCSVI causes MS")


def test_threshold(small):
    strict = Checker(base=small.base, threshold=100)
    assert strict.check("ccsvi causes ms in women").verdict == "unknown"


def test_ranking_treats_scores_within_rounding_noise_as_equal():
    from ccsvi_check.matcher import _ranked

    noise = 100.0 - 1e-12  # the same weights summed in another order
    best = {5: (noise, 0, 0, 1), 2: (100.0, 1, 0, 1), 9: (99.5, 2, 0, 1), 7: (100.0, 3, 0, 1)}
    assert [ci for ci, _ in _ranked(best, 1)] == [2]           # the base's order decides
    assert [ci for ci, _ in _ranked(best, 3)] == [2, 5, 7]
    assert [ci for ci, _ in _ranked(best, 10)] == [2, 5, 7, 9]
    assert _ranked(best, 1)[0][1] == (100.0, 1, 0, 1) and len(best) == 4  # not mutated


def test_a_short_statement_counts_the_words_an_alias_joined():
    # "narrowed neck veins" is one symbol of three words: not a two-word fragment
    checker = Checker()
    r = checker.check("Healthy people do not have narrowed neck veins")
    assert (r.verdict, r.claim.id) == ("false", "neck-vein-narrowing-common-in-healthy-people")
    assert checker.check("CCSVI CCSVI CCSVI MS MS MS").verdict == "unknown"


def test_a_statement_on_topic_only_through_its_context_needs_half_a_wording(checker):
    # "keeps" alone is no claim, even after a sentence on the topic
    assert checker.check("It keeps getting buried.", on_topic=True).verdict == "unknown"
    # "cure" is all the selective words of "liberation therapy cures MS"
    r = checker.check("It does not cure MS.", on_topic=True)
    assert (r.claim.id, r.verdict) == ("liberation-therapy-cures-ms", "true")


def test_a_short_word_is_corrected_only_to_a_word_with_its_first_letter(checker):
    assert checker.check("I have been reading about CCSVI.").verdict == "unknown"
    # a misspelling that keeps the first letter is still read
    assert checker.check("CCSVI cuases MS").verdict == "false"


def test_of_words_one_edit_away_the_one_the_base_uses_most_is_read(checker):
    # "liberasion" is one edit from "liberation" and from the Spanish "liberacion"
    assert checker.matcher._correct("liberasion") == ("liberation",)
    assert checker.check("Liberasion therapy halts MS").verdict == "false"
    # two edits from a common word of the base is another English word
    assert checker.check("Costa Rica has no standing army.").verdict == "unknown"


def test_a_word_made_from_a_word_of_the_base_is_not_read_as_its_misspelling(checker):
    # "original" begins with "origin" (a word for a cause), but is another word: read as
    # "origin", "Zamboni's original study ..." spoke of a cause of MS
    assert checker.matcher.respell("original") is None
    assert checker.matcher.respell("originally") is None
    # an inflection after a word of the base, and a true misspelling, are still read
    assert checker.matcher.respell("liberationn") == "liberation"
    assert checker.matcher.respell("liberasion") == "liberation"
    r = checker.check("Zamboni's original study of CCSVI was published in 2009.")
    assert r.verdict != "false"


def test_a_four_letter_word_is_read_only_with_two_letters_swapped(checker):
    assert checker.matcher._correct("vien") == ("vein",)
    assert checker.check("The neck vien operation can cause blood clots").verdict == "true"
    # another single edit of a short word is left alone ("vent" is no "vein")
    assert checker.matcher._correct("vent") == ("vent",)


def test_an_ordinary_word_is_not_read_as_a_misspelt_negative_word(checker):
    # one edit from "refutes", "failed", "lacked", but ordinary words: no negation
    for word in ("refuses", "refused", "hailed", "nailed", "locked", "packed"):
        assert checker.matcher._negative(word) == word, word
    # a true misspelling of a negative word still negates
    assert checker.matcher._negative("debunkd") == "debunk"
    assert checker.matcher._negative("failled") == "failed"
    r = checker.check("Some insurers refuse to pay for complications of CCSVI procedures "
                      "done abroad")
    assert r.verdict != "false"


def test_a_common_english_word_is_no_misspelling_two_edits_away(checker):
    from ccsvi_check.matcher import english_words

    words = english_words()
    assert {"extensive", "conceded", "generated"} <= words and len(words) > 30_000
    # two or more edits from a word of the base, a common word is left as it is
    assert checker.matcher.respell("extensive") is None
    assert checker.matcher._correct("conceded") == ("conceded",)
    # an inflection, a misspelling one edit away and a misspelling that is no word still
    # are read
    assert checker.matcher._correct("stronger") == ("strong",)
    assert checker.matcher.respell("brian") == "brain"
    assert checker.matcher.respell("liberasion") == "liberation"
    r = checker.check("Extensive research shows that CCSVI is unrelated to MS")
    assert r.verdict == "true"


def test_the_shipped_word_list_is_as_its_script_writes_it():
    # (scripts/build_wordlist.py --check rebuilds it from pyspellchecker and compares)
    from ccsvi_check.matcher import ENGLISH_WORDS

    lines = ENGLISH_WORDS.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and "pyspellchecker" in lines[0]
    body = lines[1:]
    assert body == sorted(set(body))
    assert all(len(w) >= 5 and w.isascii() and w.isalpha() and w.islower() for w in body)


def test_a_few_more_claims_without_tvam_leave_scan_reading_it_as_the_topic():
    """'tvam' is in about two in five of the base's claims: a weak word, which lets scan
    read "It's not authorized in the US" after a sentence on TVAM as about TVAM.  Three
    claims more that do not name it keep it so (with the old share, 40%, one more did
    not)."""
    from ccsvi_check.claims import load_claims
    from ccsvi_check.scan import scan_text
    extra = "version: 1\nclaims:\n" + "".join(
        f"  - id: extra-{i}\n    claim: \"Extra claim number {i} is about CCSVI and MS.\"\n"
        f"    verdict: \"true\"\n    explanation: \"A test claim.\"\n    variants:\n"
        f"      - \"CCSVI and MS come up in extra claim {i}\"\n    sources:\n"
        f"      - {{title: \"T\", publisher: \"P\", year: 2014, url: \"https://example.org/{i}\"}}\n"
        for i in range(3))
    base = load_claims().merged(parse_claims(extra, "extra.yaml"))
    post = ("The FDA warned about TVAM in 2017 after at least one death, and a balloon "
            "even migrated to someone's lung. It's not authorized in the US.")
    for checker in (Checker(), Checker(base=base)):
        found = [f.result.verdict for f in scan_text(checker, post)
                 if f.result.verdict != "unknown"]
        assert found == ["true", "true"]


def test_a_claim_excluded_is_left_out_of_the_match(small):
    full = small.matcher.match("TVAM fixes MS", top=3)
    assert full[0].claim.id == "lt-cures-ms"
    held = small.matcher.match("TVAM fixes MS", top=3, exclude=frozenset({"lt-cures-ms"}))
    assert all(m.claim.id != "lt-cures-ms" for m in held)
