"""Detail agreement: does a statement's year, number, place or term fit its claim?

A claim carries its checkable details as data (``details`` in claims.yaml)::

    details:
      - {kind: year, values: [2008, 2009]}
      - {kind: number, values: [65, 235]}
      - {kind: place, values: [Ferrara, Italy, Italian]}
      - {kind: term, values: [vein, veins], wrong: [artery, arteries, arterial]}

``check`` reads the statement's own details of each kind and compares:

- a year, number or percentage the claim does not give contradicts it when the claim
  gives that kind, and cannot be judged when it gives none;
- a place ("at the University of Milan", "in Canada") contradicts a claim that gives
  places when it is not one of them; claims without places do not judge places;
- a ``wrong`` term ("arteries" for veins) always contradicts.

Pure functions of text; the checker decides the verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = ("year", "number", "percent", "money", "place", "term")
FIGURES = ("year", "number", "percent", "money")

# a year ("2008", not "2008%" or a part of a longer number); public: the checker finds a
# statement's year with it too
YEAR = re.compile(r"(?<![\d.,$])((?:19|20)\d\d)(?![\d%.,]\d|\s*%|\s*percent)")
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*"
                      r"(?:%|percent|per cent)")
_NUMBER = re.compile(r"(?<![\d.$/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d%]|\.\d|\s*%|"
                     r"\s*percent|\s*per cent|\s*(?:st|nd|rd|th)\b|\s*(?:-|–|to)\s*\d+(?:\.\d+)?"
                     r"\s*(?:%|percent))")
# sums of money in millions: "$2.4 million", "$24M", "2.4 million dollars" (a sum is not a
# count: "$5.6 million" is no number of people)
_MONEY = re.compile(r"(?:\$|\bus\$|\bc\$|\bcad\s?|\busd\s?|€|\beur\s?)\s?(\d+(?:\.\d+)?)\s*"
                    r"(?:million|mn|m)\b|\b(\d+(?:\.\d+)?)\s*million\s+(?:dollars|usd|cad|"
                    r"euros?|eur)\b", re.IGNORECASE)
# number words count only before a plural ("seven studies", "two trials"): "one" and "a"
# are rarely counts ("the one who", "one of them")
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12,
}
_RATIO_WORDS = {"one": 1}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\s+(?:[a-z-]+\s+){0,2}"
                          r"(?:[a-z-]+s|people|patients|men|women|children)\b", re.IGNORECASE)
# where a place is named: "in Canada", "at the University of Milan", "from Bologna"
# ("Zamboni *of the University of* Bologna"): after "of", only a university's name
_PLACE = re.compile(r"\b(?:(?:in|at|from|near|across|throughout)\s+(?:the\s+)?"
                    r"(?:Univ[a-zà]*\s+of\s+|"
                    r"Univ[a-zà]*\s+(?:of\s+|di\s+)?|Hospital\s+of\s+)?|"
                    r"of\s+the\s+Univ[a-zà]*\s+(?:of\s+|di\s+)?)"
                    r"([A-Z][a-zà-ü]+(?:\s+[A-Z][a-zà-ü]+)?)")
# ... and by a nationality before the kind of place: "at three Italian centres", "in
# American hospitals", "across six French sites" (not "Canadian patients", a nationality
# of people, which a claim's place does not judge)
_PLACE_BY_NATION = re.compile(
    r"\b(?:in|at|from|across|by)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(Italian|Canadian|American|US|U\.S\.|German|French|British|UK|Spanish|Swiss|Dutch|"
    r"Polish|Mexican|European|Australian|Costa Rican|Indian|Japanese|Chinese|Belgian|"
    r"Austrian|Irish|Scottish|Swedish|Danish|Norwegian|Greek|Portuguese)\s+(?:MS\s+|"
    r"medical\s+|university\s+|research\s+|private\s+|teaching\s+)?(?:centres?|centers?|"
    r"hospitals?|clinics?|sites?|universit(?:y|ies)|cities|institutions?)\b")
# ... and a nationality before someone who did the work: "Zamboni, the Canadian surgeon",
# "an American neurologist first put forward the theory" (where the work was done)
_NATION_PERSON = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(Italian|Canadian|American|US|German|French|British|Spanish|Swiss|"
    r"Dutch|Polish|Mexican|Australian|Indian|Japanese|Chinese|Belgian|Austrian|Irish|"
    r"Scottish|Swedish|Danish|Norwegian|Greek|Portuguese)\s+(?:[\w-]+\s+)?(?:surgeons?|"
    r"neurologists?|doctors?|physicians?|researchers?|scientists?|professors?|team|"
    r"group|radiologists?)\b")
_NOT_PLACES = frozenset("""
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Fall Winter
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Dr Doctor Professor The This
That These Those Zamboni Paolo People Patients Some Many Most All Italian Lancet Neurology
JAMA Cochrane Brave Dreams PREMiSe Society Societies National Food Drug Administration
Canadian American English Multiple Sclerosis Chronic Liberation MedWatch Neurological
Journal Research Health Medicine Science Phase Study Studies Trial
""".split())


@dataclass(frozen=True)
class Detail:
    """One checkable detail of a claim."""

    kind: str
    values: tuple[str, ...]
    wrong: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A detail of the statement that the claim contradicts or cannot judge."""

    kind: str
    said: str
    right: tuple[str, ...]  # the claim's values (empty: the claim gives none)
    contradicts: bool       # False: the base cannot judge it

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "said": self.said, "right": list(self.right),
                "contradicts": self.contradicts}


# shares said in words are percentages: "three quarters of people with MS" is 75%
_FRACTIONS = {"three quarters": 75.0, "two thirds": 66.7, "one third": 33.3,
              "a third": 33.3, "one quarter": 25.0, "a quarter": 25.0, "half": 50.0}
_FRACTION = re.compile(r"\b(three[- ]quarters|two[- ]thirds|one[- ]third|a third|"
                       r"one[- ]quarter|a quarter|half)\s+of\b", re.IGNORECASE)


# a share said as a ratio, "one in fifty", "1 of 32", "3 out of every 10", is a percentage
# (a denominator that reads as a year, "one in 2010", is a date)
_RATIO_TERMS = r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})+|\d+"
_RATIO = re.compile(r"(?:\b(fewer than|less than|under|below|up to|at most|more than|over|"
                    r"above|at least)\s+)?"
                    rf"\b({_RATIO_TERMS})\s+(?:in|out\s+of|of)\s+(?:every\s+)?"
                    rf"({_RATIO_TERMS}|twenty|fifty|a\s+hundred|hundred|a\s+thousand|thousand)"
                    r"\b(?!\s*%|[.,]\d)", re.IGNORECASE)
# a span of time from another date, "five years after", "two months later", is no count
_SPAN_OF_TIME = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"twelve|twenty|fifty|a\s+few|several)\s+(?:more\s+)?"
                           r"(?:years?|months?|weeks?|days?|decades?)\s+"
                           r"(?:after|before|later|earlier|ago|apart|since)\b", re.IGNORECASE)


_AT_MOST = frozenset({"fewer than", "less than", "under", "below", "up to", "at most"})


def _ratios(text: str) -> tuple[list[tuple[str, float, float, int]], str]:
    """The ratios of ``text`` (what was said, numerator, denominator, and -1 for a bound
    from above, "fewer than 1 in 20", 1 from below, 0 for none), and the text with them
    and its spans of time blanked out, for the other figures to be read from."""
    found = []

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    def ratio(m: re.Match[str]) -> str:
        a, b = value(m.group(2)), value(re.sub(r"(?i)^a\s+", "", m.group(3)))
        if a is None or b is None or not 0 < a < b or YEAR.fullmatch(m.group(3)):
            return m.group(0)
        bound = (m.group(1) or "").casefold()
        found.append((m.group(0), a, b, -1 if bound in _AT_MOST else 1 if bound else 0))
        return blank(m)

    return found, _SPAN_OF_TIME.sub(blank, _RATIO.sub(ratio, text))


def value(text: str) -> float | None:
    """The number a figure says: digits ("1,000"), a number word ("five", "one"), or a
    share in words ("two thirds", as a percentage); None for anything else."""
    share = _FRACTIONS.get(text.lower().replace("-", " "))
    if share is not None:
        return share
    word = _NUMBER_WORDS.get(text.lower(), _RATIO_WORDS.get(text.lower()))
    if word is not None:
        return float(word)
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _values(detail: Detail | None) -> list[float]:
    """The numbers a claim's detail gives (none for no detail)."""
    if detail is None:
        return []
    return [v for v in (value(x) for x in detail.values) if v is not None]


def _close(a: float, b: float) -> bool:
    """Equal, or within 5% (a trial of "about 100 people" had 104)."""
    return a == b or (b != 0 and abs(a - b) / abs(b) <= 0.05)


def digits(figure: str) -> frozenset[str]:
    """The digit runs of a figure, as the matcher's words hold them ("1,000": 1, 000;
    "twelve": its stem)."""
    if figure.isalpha():
        from .text import stem

        return frozenset((stem(figure),))
    return frozenset(re.findall(r"\d+", figure))


def years(text: str) -> list[str]:
    return YEAR.findall(text)


def percents(text: str) -> list[str]:
    """Percentages, both ends of a range ("2-3%"), and shares in words ("two thirds
    of")."""
    return ([n for pair in _PERCENT.findall(text) for n in pair if n]
            + _FRACTION.findall(text))


def numbers(text: str) -> list[str]:
    """Counts that are neither years nor percentages, digits or words."""
    found = [n for n in _NUMBER.findall(text) if not YEAR.fullmatch(n)]
    for m in _NUMBER_WORD.finditer(text):
        found.append(m.group(1).lower())  # the word itself: the matcher's span holds it
    return found


# a count of studies, trials or centres ("three randomized trials", "5 centres"): a claim
# whose counts are all of people (104 randomised, 177 scanned) cannot judge it
_STUDY_COUNT = re.compile(r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?:trials|studies|centres|centers|sites|papers|reviews|hospitals|"
                          r"countries|arms)\b", re.IGNORECASE)
_PEOPLE_COUNTS = 20  # a claim whose every count is at least this counts people


def money(text: str) -> list[str]:
    """Sums in millions ("$2.4 million" gives "2.4")."""
    return [a or b for a, b in _MONEY.findall(text)]


def places(text: str) -> list[str]:
    out = []
    for m in _PLACE.finditer(text):
        name = m.group(1)
        if len(name.split()) > 1 and name.split()[1] in _NOT_PLACES:
            name = name.split()[0]  # "in London July 1, 2006": London
        first = name.split()[0]
        if first in _NOT_PLACES or name.isupper():
            continue
        out.append(name)
    out += [{"US": "American", "U.S.": "American", "UK": "British"}.get(m.group(1), m.group(1))
            for m in _PLACE_BY_NATION.finditer(text)]
    out += [{"US": "American"}.get(m.group(1), m.group(1))
            for m in _NATION_PERSON.finditer(text)]
    return out


_SET_ASIDE = re.compile(r"(?:,\s*(?:and\s+|but\s+)?not|\brather than|\binstead of)\s+"
                        r"(?:(?:in|about|around|some|only|just)\s+)?[\d.,]*\d%?",
                        re.IGNORECASE)


def check(text: str, details: tuple[Detail, ...]) -> list[Finding]:
    """The statement's details that ``details`` contradict, or cannot judge."""
    given = {d.kind: d for d in details}
    out: list[Finding] = []
    low = text.casefold()
    ratios, rest = _ratios(text)
    # "in 2012, not 2008", "65 rather than 100": the figure set aside is not said
    rest = _SET_ASIDE.sub(lambda m: " " * len(m.group(0)), rest)
    for said, a, b, bound in ratios:
        share = given.get("percent")
        counts = given.get("number")
        if share is None and counts is None:
            out.append(Finding("percent", said, (), False))
            continue
        pcts, nums = _values(share), _values(counts)
        pct = 100.0 * a / b
        # a ratio rounds ("one in fifty" for 2.3%): within a tenth, or half a point
        if not (any(abs(pct - w) <= max(0.1 * w, 0.5) or bound * (w - pct) > 0 for w in pcts)
                or (a in nums and b in nums)):
            out.append(Finding("percent", said, (share or counts).values, True))
    # (a sum is no count: "3 million euros" gives no number 3)
    counts = numbers(_MONEY.sub(lambda m: " " * len(m.group(0)), rest))
    for kind, found in (("year", years(rest)), ("percent", percents(rest)),
                        ("number", counts), ("money", money(rest))):
        if not found:
            continue
        d = given.get(kind)
        if d is None:
            out.extend(Finding(kind, f, (), False) for f in found)
            continue
        want = _values(d)
        if kind == "number" and min(want, default=0) >= _PEOPLE_COUNTS:
            counted = {m.group(1).lower() for m in _STUDY_COUNT.finditer(rest)}
            found = [f for f in found if f.lower() not in counted]
        if kind == "year" and len(found) > 1 and any(value(f) in want for f in found):
            # "in 2016 and 2017" names the claim's year among others: not a wrong year
            continue
        for f in found:
            v = value(f)
            if v is not None and not any(v == w or (kind != "year" and _close(v, w))
                                         for w in want):
                out.append(Finding(kind, f, d.values, True))
    d = given.get("place")
    if d is not None:
        from rapidfuzz import fuzz

        ok = {v.casefold() for v in d.values}
        for name in places(text):
            parts = [name.casefold(), *name.casefold().split()]
            # a misspelt right place ("Ferara") is not another place
            if not any(fuzz.ratio(p, v) >= 80 for p in parts for v in ok):
                out.append(Finding("place", name, d.values, True))
    # "vein problems in the legs are a different thing from CCSVI": the wrong term names
    # what the statement sets apart from the claim's subject, not the subject
    # (in the same clause: "neck arteries, which is different from MS" is no such thing)
    apart = [a.span() for a in re.finditer(
        r"\b(?:different (?:\w+ )?from|not the same (?:\w+ )?as|distinct from|separate from|"
        r"unrelated to|nothing to do with)\b", low)]
    for d in details:
        if d.kind != "term":
            continue
        for w in d.wrong:
            # "veins, not arteries" names the wrong term to deny it
            m = re.search(rf"(?<!\bnot )(?<!\bnot the )(?<!\bno )\b{re.escape(w.casefold())}\b",
                          low)
            if m and not any(not re.search(r"[,;:.!?]", low[min(m.end(), a):max(m.start(), b)])
                             for a, b in apart):
                out.append(Finding("term", w, d.values, True))
    return out
