"""Order in time (ccsvi_check/events.py) and its verdicts."""

from ccsvi_check import events


def test_two_dated_events_in_the_order_given():
    found = events.order("Brave Dreams was published after PREMiSe")
    assert (found.first.name, found.second.name, found.said_before, found.right) == (
        "Brave Dreams", "PREMiSe", False, True)
    assert not events.order("The FDA's warning letters went out before its first safety "
                            "communication").right
    assert events.order("the TVAM notice came earlier than the Canadian trial") is None


def test_what_is_not_ordered():
    # one event, no order word, a denial, or dates that overlap
    assert events.order("PREMiSe found more relapses after angioplasty") is None
    assert events.order("PREMiSe and Brave Dreams both found no benefit") is None
    assert events.order("PREMiSe did not come out before Brave Dreams") is None
    assert events.order("PREMiSe came out after the Lancet catheter study") is None


def test_years_between_them():
    near = events.order("The TVAM warning came about five years after the CCSVI safety "
                        "communication")
    assert near.right and near.wrong_gap is None
    far = events.order("The TVAM warning came ten years after the CCSVI safety communication")
    assert not far.right and far.wrong_gap == (10, 5)


def test_order_verdicts_carry_the_dates_and_sources(checker):
    r = checker.check("Brave Dreams came out before PREMiSe")
    assert r.verdict == "false" and "2014" in r.explanation and "November 2017" in r.explanation
    titles = {s.title for s in r.sources}
    assert any("extracranial vein angioplasty" in t for t in titles)   # Brave Dreams
    assert any("PREMiSe" in t for t in titles)
    assert checker.check("The FDA's CCSVI safety communication came before its TVAM "
                         "notice").verdict == "true"
