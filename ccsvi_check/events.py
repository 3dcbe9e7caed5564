"""Order in time: "X came out before Y", checked against the dates the sources give.

A statement that names two of the events below and says one came before or after the
other is right or wrong by their dates, which a bag of words cannot tell ("the 2017 TVAM
alert preceded the FDA's first word on CCSVI" holds every word of a true claim).
Each event has the span of time the sources date it to (a trial presented in 2017 and
published in 2018 spans both), and the claim whose sources date it; two events whose
spans overlap are not ordered.  Pure functions of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .details import value


@dataclass(frozen=True)
class Event:
    name: str        # as the explanation names it
    when: str        # as the explanation dates it
    start: str       # the span of time, as sortable "YYYY-MM" strings
    end: str
    claim: str       # the claim whose sources date it
    pattern: re.Pattern[str]


def _event(name: str, when: str, start: str, end: str, claim: str, pattern: str) -> Event:
    return Event(name, when, start, end, claim, re.compile(pattern, re.IGNORECASE))


# the dates sources.md gives: 2 (The Lancet, 2014), 3 (the Canadian trial, presented in
# 2017, Neurology 2018), 4 (Brave Dreams, online November 2017, JAMA Neurology 2018), 5
# (PREMiSe, Neurology 2014), 7 (FDA, 10 May 2012), 14 (FDA on TVAM, 8 March 2017; warning
# letters, 5 September 2012)
EVENTS = (
    _event("the FDA's TVAM safety communication", "8 March 2017", "2017-03", "2017-03",
           "fda-2017-tvam-notice",
           r"\btvam\b[\w' -]{0,20}?\b(?:notice|warning|alert|communication)s?\b|"
           r"\b(?:notice|warning|alert|communication)\s+(?:on|about)\s+tvam\b"),
    _event("the FDA's warning letters", "5 September 2012", "2012-09", "2012-09",
           "fda-warning-letters-2012", r"\bwarning letters?\b"),
    _event("the FDA's CCSVI safety communication", "10 May 2012", "2012-05", "2012-05",
           "fda-warned-about-procedure",
           r"\b(?:ccsvi|first|2012)\b[\w' -]{0,25}?\b(?:safety communication|safety "
           r"warning|safety notice)\b"),
    _event("the Lancet catheter-venography study", "2014", "2014-01", "2014-12",
           "lancet-2014-study-design",
           r"\blancet\b[\w -]{0,30}?\b(?:study|paper)\b|\bcatheter[- ]venography study\b|"
           r"\bcatheter study\b"),
    _event("PREMiSe", "2014", "2014-01", "2014-12", "premise-trial-no-benefit",
           r"\bpremise\b"),
    _event("Brave Dreams", "online November 2017; JAMA Neurology, 2018", "2017-11", "2018-01",
           "brave-dreams-trial-design",
           r"\bbrave dreams\b|\bzamboni'?s (?:own )?(?:randomi[sz]ed )?trial\b"),
    _event("the Canadian randomized trial", "presented 2017; Neurology, 2018", "2017-01", "2018-12",
           "canadian-trial-design",
           r"\bcanadian (?:randomi[sz]ed |sham[- ]controlled |venoplasty )?trial\b"),
)

_BEFORE = r"before|earlier than|prior to|ahead of|preceded|predated|predates"
_AFTER = r"after|later than|followed|post-?dated"
_ORDER = re.compile(rf"\b(?:(?P<before>{_BEFORE})|(?P<after>{_AFTER}))\b", re.IGNORECASE)
# a denial or a doubt anywhere: left to the claims
_DENIAL = re.compile(r"\b(?:not|no|never|nor|wrong|false|untrue|incorrect|myth|doubt)\b|"
                     r"n't\b", re.IGNORECASE)


@dataclass(frozen=True)
class Order:
    first: Event
    second: Event
    said_before: bool  # the statement says ``first`` came before ``second``
    right: bool
    # the years the statement puts between them, and the years between their dates, when
    # it gives a number that is more than a year off
    wrong_gap: tuple[int, int] | None = None


def order(text: str) -> Order | None:
    """The order in time ``text`` gives two events, and whether the dates bear it out;
    None when it names fewer than two, gives no order between them, denies or doubts,
    or their dates overlap."""
    if _DENIAL.search(text):
        return None
    found = []
    for event in EVENTS:
        m = event.pattern.search(text)
        if m is not None:
            found.append((m.start(), m.end(), event))
    if len(found) != 2:
        return None
    found.sort(key=lambda f: f[0])
    (_, first_end, first), (second_start, _, second) = found
    m = _ORDER.search(text, first_end, second_start)
    if m is None or first is second:
        return None
    if first.end < second.start:
        truly_before = True
    elif second.end < first.start:
        truly_before = False
    else:
        return None
    said_before = m.group("before") is not None
    right = said_before == truly_before
    gap = _YEARS.search(text, first_end, m.end())
    if gap is not None and right:
        # "five years after": the years between them, give or take one
        said_years = 1 if gap.group(1).lower() == "a" else int(value(gap.group(1)) or 0)
        years = abs(int(second.start[:4]) - int(first.start[:4]))
        if abs(said_years - years) > 1:
            return Order(first, second, said_before, False, (said_years, years))
    return Order(first, second, said_before, right)


_YEARS = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+"
                    r"(?:full\s+)?years?\b", re.IGNORECASE)
