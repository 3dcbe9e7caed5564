"""Study details of the claim base (claims.yaml `details`): a statement that gets a
study's journal, count, centre, randomisation, date or organ wrong is false, and the
explanation gives the right value; the right details keep it true."""

from __future__ import annotations

import pytest

CASES = [
    # (statement, claim id, verdict)
    ("Zamboni's 2006 hypothesis paper appeared in the Journal of the Royal Society of Medicine",
     "zamboni-2006-hypothesis", "true"),
    ("Zamboni compared 65 people with MS with 235 controls",
     "zamboni-reported-abnormal-flow-in-ms", "true"),
    ("Zamboni compared 65 people with MS with 500 controls",
     "zamboni-reported-abnormal-flow-in-ms", "false"),
    ("In the Lancet study, 74% of people with MS and 66% of siblings had more than 50% "
     "narrowing of a major vein", "neck-vein-narrowing-common-in-healthy-people", "true"),
    ("In the Lancet study, 90% of people with MS had more than 50% narrowing of a major vein",
     "neck-vein-narrowing-common-in-healthy-people", "false"),
    ("In the Canadian venoplasty trial 55 had venoplasty and 49 had a sham procedure",
     "canadian-trial-design", "false"),
    ("Brave Dreams was published in JAMA Neurology in 2018", "brave-dreams-trial-design", "true"),
    ("Brave Dreams randomised patients 1:1 to angioplasty or sham",
     "brave-dreams-trial-design", "false"),
    ("Zamboni's 2006 hypothesis paper appeared in the New England Journal of Medicine",
     "zamboni-2006-hypothesis", "false"),
    ("In September 2012 the FDA sent warning letters over CCSVI procedures",
     "fda-warning-letters-2012", "true"),
    ("In March 2012 the FDA sent warning letters over CCSVI procedures",
     "fda-warning-letters-2012", "false"),
    ("Barreto and colleagues found CCSVI in 3.88% of people with MS and 7.14% of people "
     "without", "barreto-ccsvi-less-common-in-ms", "true"),
]


@pytest.mark.parametrize("text,cid,verdict", CASES, ids=[c[0][:60] for c in CASES])
def test_study_detail(checker, text, cid, verdict):
    r = checker.check(text)
    assert (r.claim.id if r.claim else None, r.verdict) == (cid, verdict), r.explanation
    if verdict == "false" and r.claim and r.claim.verdict == "true":
        assert r.explanation.startswith("A detail is wrong")
