"""Property tests: any text gives a valid result, never an exception."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccsvi_check.checker import VERDICTS_OUT

WORDS = ["ccsvi", "ms", "liberation", "therapy", "not", "no", "cause", "cures", "safe", "the",
         "FDA", "tvam", "veins", "neck", "?", "!", "#", "@x", "https://a.b/c", "🙏", "don't",
         "Zamboni", "2008", "isn't", "myth", "procedure", ",", ":", "."]

any_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join),
    st.binary(max_size=200).map(lambda b: b.decode("utf-8", errors="replace")),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_any_text_gives_a_valid_result(checker, text):
    r = checker.check(text, top=3)
    d = r.to_dict()
    json.loads(json.dumps(d))
    assert d["verdict"] in VERDICTS_OUT
    assert 0 <= d["score"] <= 100
    assert d["input"] == text
    if d["verdict"] == "unknown":
        # a report of a claim is not rated, but names the claim reported and its sources
        reported = d["explanation"].startswith("This statement reports a claim")
        assert (d["claim"] is None and d["sources"] == []) or (reported and d["sources"])
    else:
        assert d["claim"]["id"] and d["sources"], "every verdict points at its sources"
        wrong_detail = d["verdict"] == "false" and d["explanation"].startswith(
            "A detail is wrong")
        assert d["verdict"] == d["claim"]["verdict"] or d["negated"] or wrong_detail
    assert len(d["alternatives"]) <= 3


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join))
def test_denial_of_a_true_or_false_claim_flips_it(checker, text):
    r = checker.check(text)
    if r.claim is not None and r.claim.verdict in ("true", "false"):
        # a true claim with one of its details changed is a false statement, not a denial
        wrong_detail = r.verdict == "false" and r.explanation.startswith("A detail is wrong")
        assert (r.verdict != r.claim.verdict) == (r.negated or wrong_detail)
