"""Detail agreement (ccsvi_check/details.py)."""

from ccsvi_check import details
from ccsvi_check.details import Detail

ZAMBONI = (Detail("year", ("2008", "2009")), Detail("place", ("Ferrara", "Italy")),
           Detail("number", ("65", "235")))
VEINS = (Detail("term", ("veins",), ("arteries", "artery", "arterial")),)


def test_right_details_agree():
    assert details.check("Zamboni proposed CCSVI in 2008 at the University of Ferrara",
                         ZAMBONI) == []
    assert details.check("He studied 65 people with MS in Italy", ZAMBONI) == []


def test_a_wrong_year_place_or_count_contradicts():
    found = details.check("Zamboni proposed CCSVI in 1990", ZAMBONI)
    assert [(f.kind, f.said, f.contradicts) for f in found] == [("year", "1990", True)]
    found = details.check("Zamboni proposed CCSVI at the University of Milan", ZAMBONI)
    assert [(f.kind, f.said) for f in found] == [("place", "Milan")]
    found = details.check("Zamboni compared 500 people with MS and 235 without", ZAMBONI)
    assert [f.said for f in found] == ["500"]


def test_a_kind_the_claim_does_not_give_cannot_be_judged():
    found = details.check("Liberation therapy has been used since 2009", ())
    assert [(f.kind, f.contradicts) for f in found] == [("year", False)]
    assert details.check("Liberation therapy is offered in Mexico", ()) == []


def test_a_wrong_term_contradicts():
    found = details.check("The procedure widens the arteries of the neck", VEINS)
    assert [(f.kind, f.said) for f in found] == [("term", "arteries")]
    assert details.check("The procedure widens the veins of the neck", VEINS) == []


def test_a_wrong_term_set_apart_from_the_subject_is_not_said_of_it():
    assert details.check("Problems of the arteries are a different thing from CCSVI", VEINS) == []
    assert details.check("CCSVI is not the same as narrowed arteries", VEINS) == []
    # ... in its own clause only
    found = details.check("CCSVI narrows the arteries, which is different from MS", VEINS)
    assert [(f.kind, f.said) for f in found] == [("term", "arteries")]


def test_numbers_close_to_the_claims_agree():
    trial = (Detail("number", ("104",)),)
    assert details.check("A trial of 100 people found no benefit", trial) == []
    assert details.check("A trial of 1000 people found no benefit", trial)[0].said == "1000"


def test_a_count_of_trials_is_not_judged_by_counts_of_people():
    people = (Detail("number", ("104", "49", "115")),)
    assert details.check("no benefit in any of the three randomized trials", people) == []
    assert details.check("a trial run at 5 centres", people) == []
    # ... but a count of people still is, and a count of studies against a claim that
    # counts studies
    assert details.check("a trial of 300 people", people)[0].said == "300"
    seven = (Detail("number", ("7",)),)
    assert details.check("the societies funded nine studies", seven)[0].said == "nine"


def test_number_words_and_percentages():
    assert details.numbers("seven studies found no link") == ["seven"]
    seven = (Detail("number", ("7",)),)
    assert details.check("the societies funded seven studies", seven) == []
    assert details.check("the societies funded twelve CCSVI studies", seven)[0].said == "twelve"
    # teens and tens are counts too: "seventeen" is no "seven"
    assert details.check("the charities paid for seventeen studies", seven)[0].said == "seventeen"
    assert details.numbers("forty patients and ninety controls") == ["forty", "ninety"]
    assert details.numbers("one of the studies") == []
    assert details.percents("CCSVI in 2% of people, 74 percent narrowing") == ["2", "74"]
    assert details.years("from 2010 to 2012, 2.5% of") == ["2010", "2012"]


def test_figures_of_other_facts_in_a_long_statement_do_not_contradict():
    from ccsvi_check.checker import Checker

    checker = Checker()
    short = checker.check("Zamboni proposed a link between CCSVI and MS in 1995")
    assert short.verdict == "false" and "1995" in short.explanation
    long_ = checker.check(
        "Zamboni proposed a link between CCSVI and MS in 2008, but a 2014 study of 177 "
        "people and a trial of 104 people with a sham arm found nothing of the kind")
    assert long_.verdict != "false"


def test_a_misspelt_university_is_no_place_and_one_right_year_among_others_agrees():
    assert details.check("He worked at the Universty of Ferara", ZAMBONI) == []
    assert details.check("The idea came in 2008 and 2009", ZAMBONI) == []
    notice = (Detail("year", ("2017",)),)
    assert details.check("Regulators acted in 2016 and 2017", notice) == []
    assert [f.said for f in details.check("Regulators acted in 2015", notice)] == ["2015"]


def test_a_university_after_of_is_a_place():
    found = details.check("Paolo Zamboni of the University of Bologna proposed CCSVI", ZAMBONI)
    assert [(f.kind, f.said) for f in found] == [("place", "Bologna")]
    assert details.check("Paolo Zamboni of the University of Ferrara proposed CCSVI",
                         ZAMBONI) == []
    # "of" before any other capitalised word names no place
    assert details.check("The work of Zamboni on CCSVI", ZAMBONI) == []


def test_sums_of_money_are_checked_in_millions_and_are_no_counts():
    funding = (Detail("money", ("2.4",)), Detail("number", ("7",)))
    assert details.check("The societies committed $2.4 million to seven projects",
                         funding) == []
    found = details.check("The societies committed $24 million to CCSVI research", funding)
    assert [(f.kind, f.said, f.contradicts) for f in found] == [("money", "24", True)]
    # a sum is no count of people, and a claim without sums cannot judge one
    trial = (Detail("number", ("104",)),)
    found = details.check("The Canadian trial cost $5.6 million", trial)
    assert [(f.kind, f.contradicts) for f in found] == [("money", False)]


RARE = (Detail("number", ("177", "32", "1")), Detail("percent", ("2", "3")))


def test_a_ratio_is_a_share():
    # "one in fifty" is 2%, not a count of fifty
    assert details.check("only about one in fifty people with MS met the criteria", RARE) == []
    assert details.check("1 of 32 unrelated controls met the criteria", RARE) == []
    assert details.check("fewer than 1 in 20 people with MS had it", RARE) == []
    wrong = details.check("9 out of 10 people with MS had it", RARE)
    assert [(f.kind, f.said, f.contradicts) for f in wrong] == [("percent", "9 out of 10", True)]
    assert details.check("more than 1 in 4 people with MS had it", RARE)[0].contradicts
    # without shares or counts in the claim, a ratio cannot be judged
    assert [f.contradicts for f in details.check("1 in 4 had it", ())] == [False]
    # "one in 2010" is a date
    assert [f.kind for f in details.check("one in 2010", ())] == ["year"]


def test_a_span_of_time_from_a_date_is_no_count():
    fda = (Detail("number", ("8",)), Detail("year", ("2012", "2017")))
    assert details.check("the 2017 warning came about five years after the 2012 one", fda) == []
    assert details.check("the 2017 warning listed five deaths", fda)[0].said == "five"


def test_a_ratio_in_a_statement_is_judged_as_a_share():
    from ccsvi_check.checker import Checker

    checker = Checker()
    right = checker.check("Blinded catheter venography found CCSVI in about 1 in 50 people with MS")
    assert right.verdict == "true"
    wrong = checker.check("Blinded catheter venography found CCSVI in 9 out of 10 people with MS")
    assert wrong.verdict == "false" and "9 out of 10" in wrong.explanation


def test_a_month_or_season_after_in_is_no_place():
    claim = (details.Detail("place", ("Costa Rica", "Canada")),)
    assert details.places("She died in Costa Rica in Oct 2010") == ["Costa Rica"]
    assert details.places("She died in Costa Rica in Oct 2010 and was buried in Winter "
                          "Park") == ["Costa Rica"]
    assert not [f for f in details.check("She died in Costa Rica in Oct 2010", claim)
                if f.contradicts]


def test_a_sum_in_euros_is_no_count():
    """'3 million euros' is money, which a claim without sums cannot judge: no count 3."""
    found = details.check("The trial cost 3 million euros", ZAMBONI)
    assert [(f.kind, f.said, f.contradicts) for f in found] == [("money", "3", False)]
    found = details.check("The trial cost €4.5 million", ZAMBONI)
    assert [(f.kind, f.said, f.contradicts) for f in found] == [("money", "4.5", False)]


def test_a_nationality_before_the_kind_of_place_is_a_place():
    """'at three Italian centres' names a place as 'in Italy' does; a nationality of
    people ('Canadian patients') does not."""
    canada = (Detail("place", ("Canada", "Canadian")),)
    assert details.places("The study ran at four German clinics") == ["German"]
    assert details.places("It was done in two US hospitals") == ["American"]
    assert details.places("Canadian patients flew to Poland for it") == []
    found = details.check("The venography study was run at four Swiss hospitals", canada)
    assert [(f.kind, f.said, f.contradicts) for f in found
            if f.kind == "place"] == [("place", "Swiss", True)]
    assert not [f for f in details.check("The venography study was run at four Canadian "
                                         "centres", canada) if f.kind == "place"]


def test_a_study_placed_in_the_wrong_country_by_its_centres_is_false(checker):
    r = checker.check("The Lancet catheter venography study was run at three German centres")
    assert (r.claim.id, r.verdict) == ("lancet-2014-study-design", "false")
    assert "German" in r.explanation
    r = checker.check("The Lancet catheter venography study was run at three Canadian centres")
    assert (r.claim.id, r.verdict) == ("lancet-2014-study-design", "true")


def test_a_place_after_across_or_throughout():
    assert details.places("It ran in hospitals across Norway") == ["Norway"]
    assert details.places("Clinics throughout Mexico offered it") == ["Mexico"]


def test_a_trial_put_in_the_wrong_country_is_false_though_closer_claims_name_none(checker):
    """The claims that name the trial are looked for deeper than the three closest."""
    r = checker.check("The Brave Dreams study was held at hospitals throughout Portugal")
    assert (r.claim.id, r.verdict) == ("brave-dreams-trial-design", "false")
    r = checker.check("The Brave Dreams study was held at centres throughout Italy")
    assert (r.claim.id, r.verdict) == ("brave-dreams-trial-design", "true")
