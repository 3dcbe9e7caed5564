"""The checker: a statement in, a Result out.  No printing, no files beyond the base."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from . import details
from .claims import Claim, ClaimBase, Source
from .matcher import Match, Matcher, english_words
from .polarity import NEGATORS
from .semantic import SemanticIndex
from .text import LazyPattern, clean, words

SCHEMA = 1
DEFAULT_THRESHOLD = 60.0
VERDICTS_OUT = ("true", "false", "misleading", "unproven", "unknown")
_FLIP = {"true": "false", "false": "true"}
# claims on the seven society-funded studies being funded or run, not on what they found
_FUNDING_CLAIMS = frozenset({"ms-societies-funded-seven-studies",
                             "seven-studies-completed-in-2010"})
# what studies found, said of them: "... all proved it causes MS", "none of them supported
# a link"
_STUDIES_FOUND = re.compile(
    r"\b(?:confirm\w*|prov\w*|show\w*|found|find\w*|back\w*|support\w*|said yes|"
    r"establish\w*|demonstrat\w*)\b[^.;!?]*\b(?:link\w*|connect\w*|caus\w*|tie|ties|tied|"
    r"associat\w*|relat\w*|drives?|behind|theory|hypothesis)\b", re.IGNORECASE)
# that the theory was debated at first: its meaning is near any mention of the topic
# ("the CCSVI controversy", "an essay on the CCSVI debate"), so meaning alone does not
# rate a statement by it, and it speaks of the past
_DEBATED_AT_FIRST = "ccsvi-theory-debated-at-first"
_IN_THE_PAST = re.compile(r"(?i)\b(?:was|were|had|at first|initially|early|start|beginning|"
                          r"once|back then|back in|200\d|201\d|when|then)\b")
# that MS has real treatments, and a statement that counts the procedure among them
# ("venoplasty counts among the real MS treatments", "angioplasty is the best
# option"): that is a claim on the procedure, not on MS medicines
_TREATMENT_OPTIONS = "ms-has-treatment-options"
_PROCEDURE_AS_OPTION = re.compile(
    r"\b(?:liberation|venoplasty|angioplasty|tvam|procedure|surgery|operation|op|"
    r"balloon\w*|stent\w*)\b[^.;!?]{0,20}?\b(?:is|are|'s|was|were|remains?|as|be)\b"
    r"[^.;!?]{0,60}?\b(?:options?|choices?|treatments?|bets?)\b", re.IGNORECASE)
# what such a statement says of MS treatments: that there are real (or no, or other) ones
_REAL_TREATMENTS = re.compile(
    r"\b(?:real|meaningful|genuine|proper|effective|actual|approved|other|any|no)\b"
    r"(?:\W+\w+){0,2}?\W+(?:ms\W+)?(?:treatments?|options?|medicines?|medications?|"
    r"drugs?|therap(?:y|ies))\b", re.IGNORECASE)
# the CCSVI theory's own claims, as the seed reports its promoters making them: a report
# of them by the theory's promoters ("proponents say blood backs up") is accurate
_THEORY_CLAIMS = frozenset({"venous-reflux-causes-inflammation", "reduced-venous-outflow-in-ms",
                            "ccsvi-causes-ms", "ms-is-a-vein-disease",
                            "iron-deposits-cause-ms"})
_PROPONENTS = re.compile(r"\b(?:proponents?|supporters?|advocates?|promoters?|backers?|"
                         r"believers?|zamboni|theory|hypothesis|idea|crowd|camp|lobby|"
                         r"brigade|faithful|pushing|pushers?|boosters?|champions?|"
                         r"champion(?:ing|ed)|promoting|fans)\b")
_SUGGESTED = LazyPattern(r"(?i)\bit(?:(?:'s| has| had)(?: long)? been| was| is) (?:\w+ )?"
                         r"(?:suggested|proposed|hypothesi[sz]ed|theori[sz]ed|argued|posited|"
                         r"claimed|put forward)\b")
_RESEARCHERS = re.compile(r"\b(?:researchers?|scientists?|doctors?|physicians?|"
                          r"surgeons?|investigators?|scholars?)\b")
_PROPOSED = re.compile(r"(?i)\b(?:suggested|proposed|hypothesi[sz]ed|theori[sz]ed|posited|"
                       r"put forward|floated)\b")
_DETERMINERS = frozenset({"a", "an", "the", "my", "this", "that", "these", "those", "his",
                          "her", "their", "our", "your"})
# a claim that can judge the statement's details is preferred to a closer one that
# cannot, within this many points
DETAIL_TIE = 5.0
# a statement that names the study a claim names ("Brave Dreams was run in Spain") and
# contradicts one of its details is false when its words come this close to the claim,
# short of the threshold: the name and the wrong detail together place it
NAMED_DETAIL_FLOOR = 40.0
NAMED_BEHIND_FLOOR = 30.0
_ANYONE = frozenset({"patients", "patient", "people", "users", "posters", "members", "some",
                     "many", "a", "the", "my", "others", "they", "he", "she", "someone",
                     # who they are, not a reporter the base has claims about ("many MS
                     # patients believe X", "some doctors believe X")
                     "ms", "multiple", "sclerosis", "forum", "online", "few", "most",
                     "several", "certain", "doctors", "surgeons", "scientists"})
# what names a source of figures: a study, a trial, a body, a notice ("the investigators
# found 3.26%" names none)
_SOURCE_NAMED = re.compile(
    r"(?i)\b(?:stud(?:y|ies)|trials?|lancet|fda|societ(?:y|ies)|notices?|alerts?|"
    r"communications?|papers?|reports?|zamboni|brave dreams|premise|barreto|traboulsee|"
    r"cihr|nice|review|projects?|charit(?:y|ies)|venography|catheter)\b")
# "the procedure", "this surgery": the seed's own way to name liberation therapy once it
# has been named; a statement that says it is read as on the topic, with the lexical bar
# of a sentence read through its context ("the treatment" is left out: too general)
_PROCEDURE_REF = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:(?:neck|vein|venous|balloon|experimental|"
    r"controversial|same|surgical)[\s-]+)*(?:procedures?|surgery|surgeries|operations?|"
    r"ops?)\b",
    re.IGNORECASE)
# the claims such a statement can be rated by: those about the procedure
_PROCEDURE_CLAIM = re.compile(
    r"liberation|tvam|venoplasty|angioplasty|procedure|surgery|treat|trial|balloon|stent|"
    r"narrow again|restenosis|complication|sham|fda", re.IGNORECASE)
# ... when the statement also speaks of what the procedure is about (veins, blood, MS,
# its trials and harms): "the procedure for renewing a passport" is not it
# (compiled when a statement says "the procedure")
_PROCEDURE_DOMAIN = LazyPattern(
    r"\b(?:veins?|venous|blood|clots?|flow|drain\w*|ms|multiple sclerosis|relaps\w*|"
    r"symptoms?|resten\w*|stents?|balloon\w*|fda|trials?|sham|complications?|ruptur\w*|"
    r"heart\w*|infections?|myelin|lesions?|neurolog\w*|narrow\w*|widen\w*|nerves?|cranial|"
    r"die|died|dies|dying|deaths?|fatal\w*|kill\w*|"
    r"angioplasty|disease|safe\w*|risk\w*|danger\w*|harm\w*|better|improv\w*|works?|"
    r"worked|effective\w*|ineffective|medwatch|regulators?|authori[sz]ed|approved|"
    r"recommend\w*|advise\w*|evidence|unproven|proven|cure[sd]?)\b", re.IGNORECASE)
# a list of the procedure's harms names it too (the base's procedure_harms), but not when
# the statement names another way into a vein ("a blood draw rarely causes vein rupture
# or infection")
_OTHER_VEIN_ACCESS = LazyPattern(
    r"\b(?:iv|i\.v\.|ivs|drips?|cannula\w*|blood (?:draws?|tests?|donations?)|"
    r"dialysis|injections?|picc|central lines?|varicose|tattoo\w*|piercings?)\b",
    re.IGNORECASE)
_TOPIC_NAMES = frozenset({"ms", "multiple", "sclerosis", "ccsvi", "liberation", "therapy", "tvam",
                          "vein", "venous", "venoplasty", "angioplasty"})
# the other side of a comparison the untreated ("than those who don't", "than people
# without the procedure", "than those who skipped it"; "than people without it" is often
# people without MS)
_VS_UNTREATED = re.compile(
    r"\bthan (?:in |among )?(?:those|people|patients|ones|others|anyone|the ones)(?: with ms)? "
    r"(?:who (?:do|did|does|have|had|has)(?: not|n't)\b|without the (?:procedure|"
    r"treatment|op\w*|surgery)\b|who (?:skip\w*|refus\w*|declin\w*|went without|"
    r"passed on)\b)|\bthan (?:the )?untreated\b", re.IGNORECASE)
# a comparison that turns the claim's scale down ("less risky than", "not as bad as")
_LESS_THAN = re.compile(r"\b(?:less|fewer)\s+(?:[\w-]+\s+){0,2}?than\b|"
                        r"\bnot\s+(?:nearly\s+)?(?:as|so)\s+[\w-]+\s+as\b")
# a claim every wording of which names Zamboni (his proposal, his study, his trial) rates
# only a statement that names him or his work: "CCSVI could be the hidden cause of MS"
# is not "Zamboni concluded that CCSVI was a possible cause of MS"
# (compiled when a gated claim comes first)
_ZAMBONI_REF = LazyPattern(
    r"\b(?:zamb\w*|he|his|him|himself|italian|italy|ferrara|surgeon|originator|inventor|"
    r"proposer|propos\w*|suggested|hypothesi[sz]ed|put forward|first|author|authors|"
    r"creator|founder|pioneer|discoverer|came up with|"
    # where the idea came from is who proposed it: "the CCSVI idea came out of Bologna"
    r"came (?:out )?(?:of|from)|comes from|originat\w*|was born (?:in|at)|"
    r"brave dre\w*|"
    r"(?:first|original|initial|early|earliest|landmark|2009|2008) (?:\w+ )?(?:study|studies|"
    r"paper|papers|report|reports|research|findings?|work|claims?|theory|idea|hypothesis|"
    r"results?|data)|(?:doctor|researcher|man|professor|scientist|physician) (?:who|behind))\b",
    re.IGNORECASE)
# ... and a claim on what TVAM shares with liberation therapy, only one that names TVAM
_TVAM_REF = re.compile(r"(?i)\bt\.?v\.?a\.?m\b|transvascular|tvma|tavm|modulation")
# ... and a claim every wording of which names a body (NICE, the Cochrane review), only
# one that names it or what stands for it ("UK guidance"): "an insurer reviewed a claim
# for venoplasty" is near "NICE has approved venoplasty" in meaning, but says nothing of
# NICE
_BODIES = (
    (re.compile(r"(?i)\bnice\b"),
     re.compile(r"(?i)\bnice\b|n\.i\.c\.e|national institute for health|\buk\b|\bu\.k\.|"
                r"british|britain|england|english|\bnhs\b")),
    (re.compile(r"(?i)cochrane"),
     re.compile(r"(?i)cochrane|review|meta-?analys|pooled|systematic")),
)
_NAMES_PROCEDURE = re.compile(r"(?i)liberation|zamboni|venoplast|angioplast|ccsvi")
# ... and a claim every wording of which is about the devices' approval, only a statement
# that speaks of approval or the FDA: "angioplasty dilates the vein with the use of a
# balloon" is near "the devices are not approved for use in CCSVI" in words, not in fact
_APPROVAL = re.compile(r"(?i)approv|\bfda\b|clear|authori[sz]|licen[cs]|legal|permit|"
                       r"sanction|green[- ]light|allowed|sign(?:ed|s)? off")
_DEVICES = re.compile(r"(?i)device|stent|balloon|catheter")
_APPROVAL_REF = LazyPattern(
    r"(?i)approv|\bfda\b|f\.d\.a|food and drug|\bclear(?:ed|ance)\b|authori[sz]|"
    r"licen[cs]|legal|permi|sanction|green[- ]?light|allow|sign(?:ed|s)? off|"
    r"ok(?:ay)?'?d\b|regulat|\bban|outlaw|forbid|prohibit|endorse|bless|rubber[- ]stamp|"
    r"back(?:ed|s)?\b|official|government|\bgov\b|health canada|\bema\b")
# a benefit denied ("did not reduce symptoms", "no relief"), and a wording that speaks of
# one
_BENEFIT_WORD = re.compile(
    r"(?i)\b(?:reduc\w*|improv\w*|help\w*|work\w*|benefit\w*|relie\w*|eas\w*|slow\w*|"
    r"effective\w*|better|cur\w*|success\w*|gain\w*)\b")
# a denial of any kind, counted: "it is false that it doesn't help" holds two
_ANY_DENIAL = re.compile(r"(?i)\b(?:not|no|never|nothing|none|nobody|neither|nor|without|"
                         r"failed|fails|fail|cannot|false|untrue|incorrect|wrong|myth|"
                         r"mistaken|nonsense|rubbish)\b|n't\b")
# MS medicines said not to work ("for someone whose MS meds have not worked"): the benefit
# denied is theirs
_OTHER_TREATMENT_DENIED = re.compile(
    r"(?i)\b(?:drugs?|meds?|medications?|medicines?|dmts?|therapies|treatments?)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:are|is|were|was|do|does|did|have|has)\s*(?:not|n't)|"
    r"aren't|isn't|weren't|wasn't|don't|doesn't|didn't|haven't|hasn't|never|fail\w*)\b")
_BENEFIT_DENIED = re.compile(
    r"(?i)(?:\bnot|n't|\bnever|\bfailed to|\bfails to|\bfail to)\s+(?:\w+\s+){0,3}?"
    r"(?:reduce|improve|help|work|benefit|relieve|ease|slow|cure|lessen|lower|beat|"
    r"outperform|outdo)\w*\b|\bno\s+(?:\w+\s+)?(?:relief|benefit|improvement|gain|effect|"
    r"help|difference)\b")
# people with MS and people without it, both named; a claim that something is found
# only in MS, in every wording
_BOTH_GROUPS = re.compile(
    r"\bwith (?:ms|multiple sclerosis)\b.{0,40}\b(?:and|as well as)\b.{0,30}\bwithout\b|"
    r"\bwith and without (?:ms|multiple sclerosis|it)\b|\bboth with and without\b")
# something said to be found in the MS group alone ("only people with MS had it", "almost
# never in their siblings"), and a wording that speaks of the other group too
_MS_SIDE = (r"(?:the\s+)?(?:people with (?:ms|multiple sclerosis)|ms patients|patients with ms|"
            r"people who have ms|those with ms|(?:the )?ms group|ms)")
_ONLY_IN_MS = LazyPattern(
    rf"(?<!not )(?<!n't )\b(?:only|solely|exclusively|almost exclusively|just)\s+(?:in\s+|"
    rf"among\s+)?"
    rf"{_MS_SIDE}\b(?!\s+(?:and|or|as well))|"
    r"\b(?:but|and)\s+(?:almost\s+|virtually\s+|hardly\s+)?(?:never|ever)\s+(?:in|among)\s+"
    r"(?:their |the )?(?:siblings|healthy|controls|people without)")
_HEALTHY_SIDE = LazyPattern(r"(?i)\b(?:healthy|siblings?|without (?:ms|it)|controls?|"
                           r"both|alike|as do|too)\b")
# most of the MS group ("most MS patients", "all 65 people with MS", "roughly half the MS
# patients"), against a claim that speaks of rarity
_MOST_OF_MS = LazyPattern(
    r"(?<!not )(?<!n't )\b(?:most|the majority of|a majority of|(?:roughly |about |around |nearly "
    r"|almost |over |more than )?half(?: of)?|all|nearly all|almost all|every|three quarters of|"
    r"the bulk of)\s+(?:the\s+|of the\s+)?(?:\d+\s+)?" + _MS_SIDE + r"\b")
_RARE_SIDE = LazyPattern(r"(?i)\b(?:rare\w*|few|uncommon|seldom|only about|only \d|\d+ of \d+|"
                        r"\d+(?:-\d+)?%)")
# a group said to have what a claim denies it, or the other way round: the statement
# denies the claim when at least half of the claim's wordings speak of it (the claim
# side, the statement side, whether the statement must hold no negation, the rule)
_GROUP_DENIALS = (
    # "solely the MS patients showed a badly narrowed neck vein" against "narrowing is
    # common in healthy people too": found in the MS group alone denies the healthy side
    ("healthy-side", _HEALTHY_SIDE, _ONLY_IN_MS, False, "only-in-ms"),
    # "the majority of MS patients fit the CCSVI definition on venography" against "it is
    # rare with or without MS": a majority denies the rarity
    ("rare-side", _RARE_SIDE, _MOST_OF_MS, True, "most-not-rare"),
)
# words that make something belong to one group only
_EXCLUSIVE_WORDS = r"solely|exclusive\w*|unique\w*|specific\w*|confined|never|hallmark|ms-only"
_EXCLUSIVE = re.compile(rf"(?i)\b(?:only|{_EXCLUSIVE_WORDS})\b")
# the studies, and the researchers behind them, that a claim may be about: a statement
# that names one of _STUDY is not judged by the details of a claim whose wordings name none
# (the Lancet study is left out: its claims' wordings say "a blinded study"); one that
# names one of _NAMED_STUDY that the claim's wordings name too is about the same study
_AUTHORS_AND_TRIALS = "zamboni|barreto|traboulsee|siddiqui|premise|brave dreams"
# the clauses of a statement, for rating them one by one (see Checker._clauses_agree)
_CLAUSES = re.compile(r";\s+|,\s+(?:but|and|while|whereas|yet|although|though|so)\s+|"
                      r"\s+(?:but|and|so)\s+|[.!?]+\s+|\s+-+\s+|\s+\u2014\s+")
MIN_CLAUSE_WORDS = 2
NEAR_CLAUSE_SCORE = 50.0

_STUDY = re.compile(rf"\b({_AUTHORS_AND_TRIALS}|cosmo)\b")
_NAMED_STUDY = re.compile(rf"\b({_AUTHORS_AND_TRIALS}|lancet|cochrane|canadian trial)\b")
# the Canadian trial by its other names: "the Canadian sham-controlled trial", "the 2017
# trial" (sources.md: the trial behind the seed's "2017 clinical trial of 100 people")
_CANADIAN_TRIAL = re.compile(r"\bcanadian (?:[\w-]+ ){1,3}?(?:trial|study)\b|"
                             r"\b2017 (?:clinical )?(?:trial|study)\b")


def _study_names(cleaned: str) -> set[str]:
    """The studies (and authors) cleaned text names, by _NAMED_STUDY's names."""
    return set(_NAMED_STUDY.findall(_CANADIAN_TRIAL.sub("canadian trial", cleaned)))
# the words events.py reads an order in time from
_ORDER_WORD = re.compile(r"(?i)\b(?:before|after|earlier|later|prior|ahead|preceded|"
                         r"predate[sd]?|followed|post-?dated)\b")
# The gates: what every wording of a gated claim says (Zamboni; TVAM beside liberation
# therapy, what the two have in common, not the FDA's notice on TVAM itself; a body),
# what a statement must say to be rated by such a claim, and whether the statement's
# context saying it is enough
# a word that makes something belong to one group only ("only", "unique to", "a hallmark
# of", "healthy people never have it", "mainly"), names another group it could be
# compared with, or says how common it is there ("often found in MS"); "only one of 65",
# "only 2%" count how few instead
_EXCLUSIVE_REF = LazyPattern(
    r"(?i)\bonly\b(?! (?:about |around |some |roughly )?(?:\d|one\b|two\b|three\b|a few\b|"
    r"a small\b|a handful\b|few\b|a tiny\b|a minority\b))|"
    rf"\b(?:{_EXCLUSIVE_WORDS}|"
    r"just|alone|limited|restricted|except|apart from|nobody else|no one else|"
    r"characteristic|signature|distinctive|marker|defining|sign of|healthy|without|"
    r"non-ms|controls?|siblings?|volunteers?|everyone else|other people|mainly|mostly|"
    r"primarily|largely|chiefly|predominantly|often|commonly|common|frequently|usually|"
    r"typically|(?:do not|don't|dont|doesn't|doesnt) have)\b")


# CCSVI by its name (not the narrowed veins, which are common in every group), and how
# many have it: "all the trials of the balloon procedure in MS were negative" does not
# say that everyone with MS has CCSVI
_CCSVI_NAME = (r"(?i)\bccsvi\b|\bc\.c\.s\.v\.i\b|cerebro-?spinal venous insuf|"
               r"venosa cronica cerebrospinale|veineuse c\w+ chronique|venosa cefalorraqu|"
               r"venosa cerebroespinal|zerebrospinale ven")
_CCSVI_NAMED = LazyPattern(_CCSVI_NAME)
_VEINS_NAMED = LazyPattern(_CCSVI_NAME + r"|\b(?:narrow\w*|block\w*|clog\w*|"
                           r"obstruct\w*|stenos[ie]s|pinched|jugulars?|vein problem|"
                           # (the veins named in the sentence before: "every person with
                           # MS has them")
                           r"them|they)\b")
_HOW_MANY = LazyPattern(r"(?i)\b(?:all|every\w*|each|most|majority|100 percent|anyone|"
                        r"tutti|tous|toutes|todos|todas|alle|la maggior|la plupart|"
                        r"la mayor|die meisten|means having)\b")
# a harm by name: the claims on deaths, complications and safety rate only a statement
# that names one, or a risk ("getting your neck veins ballooned will get you walking
# again" names none)
_HARM_NAMED = LazyPattern(
    r"(?i)\b(?:die[ds]?|dying|dead|death|deaths|deadly|fatal\w*|killed|kill\w*|lives|"
    r"complications?|clot\w*|harm\w*|injur\w*|ruptur\w*|strokes?|bleed\w*|infections?|"
    r"dangerous|danger|risk\w*|reckless\w*|irresponsibl\w*|foolish|gamble|threat\w*|"
    r"side effects?|adverse|migrat\w*|damag\w*|hurt\w*|suffer\w*|mov\w*|"
    r"shift\w*|loose|stays? put|place|dissection|tear\w*|torn|thrombo\w*|emboli\w*|"
    r"paralys\w*|safe\w*|unsafe|mort(?:e|es|s)?|mortal\w*|muert\w*|muri\w*|decess\w*|"
    r"d\xe9c\xe8s|tu\xe9|ucciso|gestorben|todesf\w*|complican\w*|complicacion\w*|"
    r"coagul\w*|co\xe1gul\w*|caillots?|rischio|riesgo|risque|risiko|ictus|derrame|migrer|"
    r"peligros\w*|dangereu\w*|pericolos\w*|gef\xe4hrlich\w*)\b")
# (what a claim's every wording says, what a statement must say to be rated by it,
# whether its context saying it is enough, and whether the next claim may rate it instead:
# not for how many have CCSVI, whose next claim only shares the other words; for a harm
# (None), only when the statement denies nothing: "Brave Dreams did not reduce new
# lesions" was called false by a next claim it shares words with, while "getting your
# neck veins ballooned is a sure fix for MS" and "Brave Dreams was held in Spain" are the
# next claim's, set aside by one that speaks of people who died after it)
_TOLD_OF = re.compile(
    r"\b(?:felt|feel|feels|feeling|report|reports|reported|reporting|say|says|said|claim\w*|"
    r"swear\w*|swore|told|noticed|testimon\w*|anecdot\w*|stor(?:y|ies))\b", re.IGNORECASE)
_BETTER = re.compile(r"\b(?:better|improv\w*|benefit\w*)\b", re.IGNORECASE)
_GATES: tuple[tuple[Callable[[str], object], re.Pattern[str] | LazyPattern, bool,
                    bool | None], ...] = (
    (lambda w: "zamboni" in w.casefold(), _ZAMBONI_REF, True, True),
    (lambda w: _CCSVI_NAMED.search(w) and _HOW_MANY.search(w), _VEINS_NAMED, False, False),
    (_HARM_NAMED.search, _HARM_NAMED, True, None),
    (lambda w: _TVAM_REF.search(w) and _NAMES_PROCEDURE.search(w), _TVAM_REF, False, True),
    *((named.search, ref, False, True) for named, ref in _BODIES),
    (lambda w: _APPROVAL.search(w) and _DEVICES.search(w), _APPROVAL_REF, False, True),
    # a claim that people reported feeling better rates only a statement that tells of a
    # report or a feeling: "get your neck veins ballooned and your MS goes away" promises a
    # cure (meaning alone found it near "some reported improvement after ballooning")
    (lambda w: _TOLD_OF.search(w) and _BETTER.search(w), _TOLD_OF, False, True),
    # a claim every wording of which turns on a year (when the seven studies were done)
    # rates only a statement that names one: "the societies completed seven studies"
    # names none, and is the claim that they paid for them
    (details.YEAR.search, details.YEAR, False, True),
)
_PURPOSE = re.compile(r"\b(?:as a (?:way|means) to|meant to|designed to|intended to|"
                      r"aim(?:s|ed)? to|supposed to)\b", re.IGNORECASE)
# how the explanation of a reported claim begins ("Zamboni claimed X": the claim X is
# rated, the report is not); the terminal look names the claim "Reported" by it
REPORT_PREFIX = "This statement reports a claim rather than making it"

OTHER_CONDITION_EXPLANATION = (
    "This statement is about {condition}, not multiple sclerosis. ccsvi-check only rates "
    "claims about CCSVI, liberation therapy and MS; it does not guess."
)
PREDICTION_EXPLANATION = (
    "This statement foretells what will happen; there is no fact to check yet, so it is "
    "not rated."
)
FAMILY_EXPLANATION = (
    "This statement is about Zamboni's family; the claim base's sources say nothing of "
    "it, so it is not rated."
)
REQUEST_EXPLANATION = (
    "This is a request or a call for help, not a statement of fact, so it is not rated."
)
TITLE_EXPLANATION = (
    "This gives the title of a paper or an article, which asserts nothing, so it is not rated."
)
UNKNOWN_EXPLANATION = (
    "No claim in the base matches this statement closely enough. ccsvi-check only "
    "rates claims about CCSVI and liberation therapy; it does not guess."
)


@dataclass(frozen=True)
class ClaimRef:
    id: str
    text: str
    verdict: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "verdict": self.verdict}


@dataclass(frozen=True)
class Alternative:
    id: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "score": self.score}


@dataclass(frozen=True)
class Result:
    """One statement's verdict; ``to_dict`` is the JSON record the CLI prints."""

    input: str
    verdict: str
    score: float
    negated: bool = False
    claim: ClaimRef | None = None
    explanation: str | None = None
    sources: tuple[Source, ...] = ()
    alternatives: tuple[Alternative, ...] | None = field(default=None)
    # how the verdict was reached (``check(..., explain=True)``): the wording matched,
    # the lexical and semantic scores, the rule and detail checks that fired
    why: dict[str, Any] | None = field(default=None, compare=False)
    # the date the claim base was last reviewed (its ``reviewed``), None if it has none
    reviewed: str | None = None

    @property
    def is_flag(self) -> bool:
        """True for the verdicts that make the command exit 1."""
        return self.verdict in ("false", "misleading")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "input": self.input,
            "verdict": self.verdict,
            "score": self.score,
            "negated": self.negated,
            "claim": self.claim.to_dict() if self.claim else None,
            "explanation": self.explanation,
            "sources": [s.to_dict() for s in self.sources],
            "reviewed": self.reviewed,
        }
        if self.alternatives is not None:
            d["alternatives"] = [a.to_dict() for a in self.alternatives]
        if self.why is not None:
            d["why"] = self.why
        return d


# a wording that makes something the cause of MS ("narrowed neck veins cause MS", "MS is
# the result of CCSVI")
_CAUSAL = LazyPattern(r"(?i)\b(?:caus\w*|trigger\w*|leads? to|result of|behind|"
                      r"responsible|root of)\b")


# a word the rules may read respelt (five letters or more: of four, one letter swapped is
# too often another word, "form" for "from"), and words with the apostrophe dropped
_WORD = LazyPattern(r"(?i)\b[a-z]{5,}\b(?!['\u2019])")
_CONTRACTED = LazyPattern(r"(?:\w+nt|thats|whats|theres|heres|whos|youre|theyre|youve|weve|"
                          r"theyve|youll|theyll|itll)$")
# a statement told of oneself or someone close: "I had ...", "my sister's MS ..."
_FIRST_PERSON = LazyPattern(
    # (not the Italian article: "I neurologi ...")
    r"^(?:(?:so|well|honestly|ok|okay|yeah|lol|ugh)\W+)*(?:i(?!\s+\w+i\b)|i'?ve|i'?m|we|we'?ve|"
    r"(?:my|our) (?:\w+ ){0,2}?(?:friend|wife|husband|partner|sister|brother|mother|"
    r"father|mum|mom|dad|aunt|uncle|cousin|son|daughter|neighbou?r|colleague|"
    r"boyfriend|girlfriend|niece|nephew|grandma|grandmother|grandpa|grandfather|"
    r"ms|legs?|symptoms?|fatigue|veins?))\b", re.IGNORECASE)


def verdict_for(claim: Claim, negated: bool) -> str:
    """The verdict on a statement that asserts (or, if negated, denies) ``claim``.

    Denying a true claim is false and denying a false one is true.  The denial of a
    misleading or unproven claim is not rated: the tool does not say more than it knows,
    unless the claim gives the verdict on its denial (``denied`` in claims.yaml).
    """
    if not negated:
        return claim.verdict
    if claim.denied is not None:
        return claim.denied
    return _FLIP.get(claim.verdict, "unknown")


# "the proposed link", "the alleged benefit": what was proposed, not that anyone proposed
# it ("The proposed CCSVI-MS link has been disproven" is not a denial that Zamboni
# proposed it)
_ATTRIBUTIVE = re.compile(r"(?i)\b(the|this|its|their)\s+(?:so-called\s+)?"
                          r"(?:proposed|alleged|supposed|purported|claimed|suggested|"
                          r"hypothesi[sz]ed|putative)\s+(?=[a-z])")


# "MRI, not ultrasound", "rather than ultrasound": the right term set aside for a wrong one
_TERM_SET_ASIDE = r"\b(?:not|rather than|instead of)\s+(?:(?:an?|the)\s+)?"


def _right_term_set_aside(text: str, claim: Claim) -> bool:
    """Every denial in ``text`` only sets aside a right term of ``claim`` for another
    ("Zamboni used MRI, not ultrasound"): the statement asserts the other term."""
    rights = [v for d in claim.details if d.kind == "term" for v in d.values]
    if not rights:
        return False
    set_aside = re.compile(_TERM_SET_ASIDE + r"(?:" + "|".join(
        re.escape(v.casefold()) for v in rights) + r")\b")
    low = clean(text)
    if set_aside.search(low) is None:
        return False
    return not any(w in NEGATORS for w in words(set_aside.sub(" ", low)))


class Checker:
    """Loads the claim base once and checks any number of statements.

    ``Checker()`` uses the shipped base; ``Checker(claims=["extra.yaml"])`` layers claim
    files on it; ``Checker(base=ClaimBase(...))`` uses a base built in code.  A Checker
    pickles (it is rebuilt from its claim base), so it can be sent to worker processes.
    """

    def __init__(self, claims: list[str | Path] | tuple[str | Path, ...] = (),
                 threshold: float = DEFAULT_THRESHOLD, base: ClaimBase | None = None,
                 include_default: bool = True, semantic: bool | None = None):
        self.threshold = float(threshold)
        if semantic is None:
            semantic = os.environ.get("CCSVI_CHECK_SEMANTIC", "").lower() not in (
                "off", "0", "no", "false")
        self.use_semantic = semantic
        if base is None:
            from .cache import load_matcher

            self.matcher = load_matcher(claims, include_default)
            self.base = self.matcher.base
        else:
            self.base = base
            self.matcher = Matcher(base)
        self.semantic = SemanticIndex(self.base) if semantic else None
        self._comparing: dict[str, tuple[str, ...]] = {}
        self._mostly_held: dict[tuple[str, str], bool] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"base": self.base, "threshold": self.threshold,
                "semantic": self.use_semantic}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.base = state["base"]
        self.threshold = state["threshold"]
        self.use_semantic = state["semantic"]
        self.matcher = Matcher(self.base)
        self.semantic = SemanticIndex(self.base) if self.use_semantic else None
        self._comparing = {}
        self._mostly_held = {}

    def check(self, text: str, top: int = 0, on_topic: bool = False,
              explain: bool = False) -> Result:
        """Rate one statement.  ``top`` > 0 adds that many alternatives to the result.

        ``on_topic``: the statement's context names CCSVI or liberation therapy, so the
        statement itself need not (``scan`` sets it for "It ..." after such a sentence).
        ``explain``: the result carries ``why``, the trace of how the verdict was reached.
        """
        why: dict[str, Any] | None = {} if explain else None
        # "the procedure can cause blood clots": the seed's way to name liberation
        # therapy once named; read as on the topic, and rated only by a claim about the
        # procedure ("most people with MS have CCSVI" is not what it speaks of)
        # (and so are its harms listed: "clots, infection and a torn vein are among the
        # risks", the base's procedure_harms)
        by_procedure = (not on_topic and (_PROCEDURE_REF.search(text) is not None
                                          and _PROCEDURE_DOMAIN.search(text) is not None
                                          or self.matcher.names_harms(text)
                                          and _OTHER_VEIN_ACCESS.search(text) is None)
                        and not self.matcher.mentions_topic(text))
        if by_procedure and _PURPOSE.search(text) is None:
            # read "the procedure" as the procedure it names, so that its words count
            # ("there is no evidence the procedure helps MS"; what it was sold as a way
            # to do is its aim, not what it does)
            # (by its words only: "the FDA was right to crack down on these procedures"
            # is near "the FDA banned liberation therapy" in meaning, not in fact)
            result = self._check(_PROCEDURE_REF.sub("liberation therapy", text), top, True,
                                 why, words_only=True)
            result = replace(result, input=text)
        else:
            result = self._check(text, top, on_topic or by_procedure, why)
        if (by_procedure and result.claim is not None
                and _PROCEDURE_CLAIM.search(result.claim.text) is None):
            if why is not None:
                why.clear()
                why["rule"] = "procedure-not-named"
            result = Result(text, "unknown", 0.0, False, None, UNKNOWN_EXPLANATION, (),
                            () if top > 0 else None)
        if why is not None:
            result = replace(result, why=why)
        if self.base.reviewed is not None:
            # every Result _check returns is new, made for this call: the date is set in
            # place (replace() costs about 8 us, a quarter of an off-topic line's check)
            object.__setattr__(result, "reviewed", self.base.reviewed)
        return result

    def _check(self, text: str, top: int, on_topic: bool,
               why: dict[str, Any] | None, words_only: bool = False) -> Result:
        from . import rules

        if not on_topic and not self.matcher.may_name_topic(text):
            # no word of it can name the topic (most of what a moderator sees)
            return Result(text, "unknown", 0.0, False, None, UNKNOWN_EXPLANATION, (),
                          () if top > 0 else None)
        respelt = self._respelt(text)
        if respelt is not None:
            # "the balloon did beter than the fake op in the canadain study": the rules
            # read the words as the matcher spells them
            if why is not None:
                why["respelt"] = respelt
            return replace(self._check(respelt, top, on_topic, why, words_only), input=text)
        cleaned = clean(text)
        plain = rules.without_who_started(cleaned)
        if plain is not None:  # "the doctor who launched the theory later said X"
            return replace(self._check(plain, top, on_topic, why, words_only), input=text)
        plain = rules.without_hidden_aside(cleaned)
        if plain is not None and self._rate(text, text, 0, on_topic, None,
                                            words_only=words_only).verdict not in (
                                                "false", "misleading"):
            # "X and the doctors won't tell you": X is what it asserts (unless the whole
            # already meets a claim, "drug makers hide the cure", that rates it)
            if why is not None:
                why["hidden_aside"] = True
            return replace(self._check(plain, top, on_topic, why, words_only), input=text)
        condition = rules.other_condition(text, cleaned)
        if condition is not None:
            if why is not None:
                why["rule"] = "other-condition"
                why["condition"] = condition
            return Result(text, "unknown", 0.0, False, None,
                          OTHER_CONDITION_EXPLANATION.format(condition=condition), ())
        if rules.about_zambonis_family(cleaned):
            if why is not None:
                why["rule"] = "zamboni-family"
            return Result(text, "unknown", 0.0, False, None, FAMILY_EXPLANATION, ())
        if rules.request(text):
            if why is not None:
                why["rule"] = "request"
            return Result(text, "unknown", 0.0, False, None, REQUEST_EXPLANATION, ())
        if rules.titles(text):
            if why is not None:
                why["rule"] = "title"
            return Result(text, "unknown", 0.0, False, None, TITLE_EXPLANATION, ())
        supposed = rules.supposes_it_works(cleaned)
        if supposed is not None:
            # "the balloon would work if they did it earlier", "maybe the trials just
            # missed it": what it supposes has not been shown (unproven)
            rated = self._rate(text, supposed, top, True, None, words_only=words_only)
            if (rated.claim is not None and rated.verdict != "true"
                    and rated.claim.verdict in ("false", "misleading", "unproven")):
                if why is not None:
                    why.update(rule="supposed-to-work", read_as=supposed)
                return replace(rated, input=text, verdict="unproven", negated=False,
                               explanation=(
                    "Unproven: this supposes the procedure would work, or that the trials "
                    "missed a benefit; no trial has shown one. On the claim "
                    f"\"{rated.claim.text}\": "
                    f"{self.base.by_id(rated.claim.id).explanation}"))
        if rules.prediction(cleaned):
            if rules.foretells_proof(cleaned):
                # "some day venoplasty may yet prove to cure MS": what the
                # research to come may show of a myth is speculation (unproven); of a fact,
                # or of a ruling to come ("the FDA will approve it"), there is nothing to
                # check yet
                rated = self._rate(text, text, top, on_topic, why, words_only=words_only)
                # (a question asks for a prediction: left to the words it has)
                asked = text.rstrip().endswith("?")
                plain = (cleaned if asked or (rated.claim is not None
                                              and rated.verdict != "true")
                         else rules.without_future(cleaned))
                if plain != cleaned:
                    # ("perhaps someday TVAM will prove to halt MS": the thing
                    # foretold, read alone, places it)
                    rated = self._rate(text, plain, top, on_topic, why,
                                       words_only=words_only)
                # (a myth foretold, or a fact foretold to be overturned: "the vein theory
                # will be vindicated one day")
                if rated.claim is not None and rated.verdict != "true" and (
                        rated.claim.verdict in ("false", "misleading", "unproven")
                        or rated.verdict == "false" and not asked):
                    if why is not None:
                        why["rule"] = "proof-foretold"
                    return replace(rated, verdict="unproven", negated=False, explanation=(
                        "Unproven: this foretells what research may yet show; so far it has "
                        f"not. On the claim \"{rated.claim.text}\": "
                        f"{self.base.by_id(rated.claim.id).explanation}"))
            if why is not None:
                why["rule"] = "prediction"
            return Result(text, "unknown", 0.0, False, None, PREDICTION_EXPLANATION, ())
        dated = self._dated(text, why)
        if dated is not None:
            return dated
        debunked = rules.reported_then_debunked(cleaned)
        if debunked is not None:
            if why is not None:
                why.update(rule="reported-then-debunked", read_as=debunked)
            return self._rate(text, debunked, top, on_topic, why, words_only=words_only)
        # (a report of what he reported, read before reports are: his groups alike, or
        # compared on their outflow)
        zamboni = "zamboni" in cleaned or " his " in f" {cleaned}"
        for rule, read in (("zamboni-groups-alike", rules.zamboni_same_flow),
                           ("zamboni-compared", rules.zamboni_flow_compared),
                           ("zamboni-no-controls", rules.zamboni_no_controls),
                           ("zamboni-says-it-works", rules.zamboni_says_it_works)):
            same = read(cleaned) if zamboni else None
            if same is not None:
                if why is not None:
                    why.update(rule=rule, read_as=same)
                return self._rate(text, same, top, on_topic, why, words_only=words_only)
        report = rules.attribution(cleaned)
        if report is not None:
            reported = self._reported(text, report, top, on_topic, why)
            if reported is not None:
                return reported
        target = _ATTRIBUTIVE.sub(r"\1 ", text)
        rw = rules.rewrite(cleaned)
        if rw is not None and rw.rule == "asked-rebutted":
            # ("the whole vein business?? refuted": what is asked may name no claim, and
            # the statement is read as it stands)
            rated = self._rate(text, rw.text, top, on_topic, None, words_only=words_only)
            if rated.verdict == "unknown":
                rw = None
        if rw is not None:
            target = rw.text
            if why is not None:
                why["rule"] = rw.rule
                why["read_as"] = rw.text
        return self._rate(text, target, top, on_topic, why, words_only=words_only)

    def _respelt(self, text: str) -> str | None:
        """``text`` with its misspelt words as the base spells them, or None when it has
        none."""
        respell = self.matcher.respell
        english = english_words()
        changed = False

        def fix(m: re.Match[str]) -> str:
            nonlocal changed
            word = m.group(0).lower()
            # (not an English word, nor one with its apostrophe dropped: "wasnt", "thats";
            # nor one split in two, which the matcher does for itself: "outperformed")
            fixed = (None if word in english or _CONTRACTED.match(word)
                     or word[-1] == "s" and word[:-1] in english else respell(word))
            if fixed is None or " " in fixed:
                return m.group(0)
            changed = True
            said = m.group(0)
            # (in the case it was typed in: place names are read by their capital)
            return (fixed.upper() if said.isupper() and len(said) > 1
                    else fixed[0].upper() + fixed[1:] if said[0].isupper() else fixed)

        out = _WORD.sub(fix, text)
        return out if changed else None

    def _dated(self, text: str, why: dict[str, Any] | None) -> Result | None:
        """"X came out before Y", rated by the dates of X and Y (events.py)."""
        if _ORDER_WORD.search(text) is None:  # (most statements: events.py not imported)
            return None
        from . import events

        found = events.order(text)
        if found is None:
            return None
        claim = self.base.by_id(found.first.claim)
        other = self.base.by_id(found.second.claim)
        if claim is None or other is None:  # a layer replaced the base
            return None
        if why is not None:
            why["rule"] = "order-in-time"
        first, second = found.first, found.second
        said = "before" if found.said_before else "after"
        truly = said if found.right else ("after" if found.said_before else "before")
        if found.wrong_gap is not None:
            said_years, years = found.wrong_gap
            explanation = (f"False: {first.name} ({first.when}) and {second.name} "
                           f"({second.when}) are about {years} years apart, not "
                           f"{said_years}.")
        elif found.right:
            explanation = (f"True: {first.name} ({first.when}) came {said} {second.name} "
                           f"({second.when}).")
        else:
            explanation = (f"False: {first.name} ({first.when}) came {truly} {second.name} "
                           f"({second.when}), not {said} it.")
        sources = tuple(dict.fromkeys(claim.sources + other.sources))
        return Result(text, "true" if found.right else "false", 100.0, False,
                      ClaimRef(claim.id, claim.claim, claim.verdict), explanation, sources,
                      ())

    def _reported(self, text: str, report: Any, top: int, on_topic: bool,
                  why: dict[str, Any] | None) -> Result | None:
        """A statement that reports a claim ("Zamboni claimed X"): a true report.

        The statement is rated on its own when a claim speaks of the report itself
        (a claim that names the reporter, such as Zamboni's proposal).  Otherwise what is
        reported is rated: a true claim reported is true; a false, misleading or unproven
        one is not asserted, so the report is not rated false: it is ``unknown``, with
        the reported claim and its sources for the reader."""
        from . import rules

        whole = self.matcher.match(text, top=3, on_topic=on_topic)
        # (its naming words: "the" of "the angioplasty crowd" is in most wordings)
        # (the disease's or the topic's name in it names no reporter: "my MS specialist
        # says most people with MS have CCSVI" is not a claim about MS specialists)
        who = set(report.who.split()) - _DETERMINERS - _TOPIC_NAMES
        if whole and whole[0].ambiguous:
            return None  # unclear: the ordinary path says so
        # (a theory described is not a reporter the base has claims about: "the theory
        # says X" is rated by X, not against "the theory has been disproven")
        about_report = [] if report.theory else [
            m for m in whole if m.score >= self.threshold
            and not who.isdisjoint(re.findall(r"[a-z]+", m.wording.casefold()))]
        # ("his MS patients had poor flow while the healthy lot were fine": what the MS side
        # had, the other side spared)
        what = rules.others_did_not(report.what) or report.what
        if (on_topic or self.matcher.mentions_topic(text)) and _PROCEDURE_REF.search(what) \
                and not self.matcher.mentions_topic(what):
            # "the man behind the CCSVI theory said the surgery does not work": the
            # surgery is the procedure the statement's topic names
            what = _PROCEDURE_REF.sub("liberation therapy", what)
        rw = rules.rewrite(what)
        inner = self._rate(what, rw.text if rw else what, top, True, None)
        # (the reporter named in the claim's wording, not only a word any reporter has:
        # "people promoting CCSVI say X" is not "people with MS" of a wording)
        named = about_report and (who - _ANYONE) & set(
            re.findall(r"[a-z]+", about_report[0].wording.casefold()))
        if about_report and (named or about_report[0].score >= inner.score):
            # the base has a claim about this report ("Zamboni reported ...", "people
            # say they felt better"): rate that, unless a reporter any wording may name
            # ("patients on Facebook claim X") matched less well than X itself
            # (without a denial of the other side: "his MS group had it and his non-MS
            # group didn't" reports what the MS group had)
            kept = rules.others_did_not(clean(text))
            return self._rate(text, text if kept is None else kept, top, on_topic, why,
                              prefer=about_report[0].claim)
        if report.unsaid:
            # "my doctor never said X": whether someone said it is not in the base
            if why is not None:
                why["rule"] = "report-denied"
                why["reporter"] = report.who
            return Result(text, "unknown", inner.score, False, None,
                          f"{REPORT_PREFIX}, denied: whether it was said is not rated.",
                          (), inner.alternatives)
        if inner.claim is None or inner.verdict == "unknown":
            # what is reported does not match alone: the statement whole may
            inner = self._rate(text, text, top, on_topic, None)
            if inner.claim is None or inner.verdict == "unknown":
                return None
        verdict = inner.verdict
        if report.denied:  # "clinics falsely claim X": the statement denies X
            verdict = _FLIP.get(verdict, "unknown")
        if why is not None:
            why["rule"] = "attribution"
            why["reporter"] = report.who
            why["reported"] = what
            why["reported_verdict"] = inner.verdict
        if verdict == "true":
            return replace(inner, input=text, verdict="true")
        claim = inner.claim
        if (not report.denied and verdict in ("false", "misleading") and not inner.negated
                and re.search(r"\bhealthline\b", report.who)):
            # the consumer article the claim base is built from, said to say what it does
            # not: every factual assertion of it is in the base, so a myth put in its
            # mouth is the myth, misquoted (a denial said to be its, read through a
            # negation, is left a report)
            if why is not None:
                why["rule"] = "source-misquoted"
            return Result(text, verdict, inner.score, inner.negated, claim,
                          f"The Healthline article does not say this. On the claim "
                          f"\"{claim.text}\": {self.base.by_id(claim.id).explanation}",
                          inner.sources, inner.alternatives)
        if (not report.denied and claim.id in _THEORY_CLAIMS
                and (report.theory or _PROPONENTS.search(report.who)
                     # "it has been suggested that X": the theory, reported impersonally
                     or report.who == "it" and _SUGGESTED.search(text)
                     # "some researchers suggested that X": those who proposed it
                     or _RESEARCHERS.search(report.who) and _PROPOSED.search(text))):
            # "proponents say blood backs up in the brain": what the theory's promoters
            # said, reported accurately (the seed reports it so); the claim stays false
            if why is not None:
                why["rule"] = "theory-reported"
            explanation = (f"True as a report: this is what promoters of the CCSVI theory "
                           f"said. The claim itself, \"{claim.text}\", is rated "
                           f"{claim.verdict}. {self.base.by_id(claim.id).explanation}")
            return Result(text, "true", inner.score, inner.negated, claim, explanation,
                          inner.sources, inner.alternatives)
        explanation = (f"{REPORT_PREFIX}: the report is not rated. The claim "
                       f"reported, \"{claim.text}\", is rated "
                       f"{claim.verdict}. {self.base.by_id(claim.id).explanation}")
        return Result(text, "unknown", inner.score, inner.negated, claim, explanation,
                      inner.sources, inner.alternatives)

    @cached_property
    def _studies_named(self) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
        """Claim id -> the names of _STUDY and of _NAMED_STUDY its wordings hold (read
        once, not on every statement that comes close to a claim)."""
        out = {}
        for c in self.base.claims:
            said = clean(" ".join(c.wordings))
            out[c.id] = (frozenset(_STUDY.findall(said)), frozenset(_study_names(said)))
        return out

    @cached_property
    def _spoken_ill(self) -> frozenset[str]:
        """The claims some wording of which speaks ill of what it names (read once, not
        on every statement matched to a claim through meaning alone)."""
        from . import rules

        return frozenset(c.id for c in self.base.claims
                         if any(rules.speaks_ill(w) for w in c.wordings))

    def _names_same_study(self, text: str, claim: Claim) -> bool:
        """The statement names a study or its author that the claim's wordings name."""
        said = _study_names(clean(text))
        return bool(said) and not said.isdisjoint(self._studies_named[claim.id][1])

    def _other_study(self, text: str, claim: Claim) -> bool:
        """The statement names a study or its author (Zamboni, Barreto, PREMiSe, Brave
        Dreams ...) and the claim's wordings name none of those it names."""
        said = set(_STUDY.findall(clean(text)))
        return bool(said) and said.isdisjoint(self._studies_named[claim.id][0])

    def _true_premise(self, text: str) -> bool:
        """The statement draws its conclusion from a premise ("X, so Y"; "since X, Y")
        that is not itself false or misleading."""
        from . import rules

        said = rules.premise(text)
        if said is None:
            return False
        return self._check(said, 0, True, None).verdict not in ("false", "misleading")

    def _judging_details(self, text: str, best: Match, found: list[details.Finding],
                         others: Callable[[], list[Match]]) -> Match:
        """``best``, or a claim close behind it that can judge the statement's details
        (year, figure, place) which ``best`` cannot, and finds one wrong: "a Canadian died
        in Mexico in 2010 after stenting" is nearly as close to "people have died after
        stenting" as to the Canadian death in Costa Rica in 2010, and only the second can
        say the place is wrong."""
        kinds = {f.kind for f in found if not f.contradicts}
        if not kinds:
            return best
        for m in others():
            if m.score < best.score - DETAIL_TIE or m.score < self.threshold:
                break
            if m.negated == best.negated and m.lexical >= self.threshold and any(
                    f.contradicts and f.kind in kinds | {"place"}
                    for f in details.check(text, m.claim.details)):
                return m
        return best

    def _comparing_wordings(self, claim: Claim) -> tuple[str, ...]:
        """The wordings of ``claim`` that make a comparison, casefolded (read once)."""
        from . import rules

        held = self._comparing.get(claim.id)
        if held is None:
            held = self._comparing[claim.id] = tuple(
                w.casefold() for w in claim.wordings
                if rules.compares(w) or rules.compares_implicitly(w))
        return held

    @cached_property
    def _gates(self) -> tuple[tuple[frozenset[str], re.Pattern[str] | LazyPattern, bool,
                                    bool | None], ...]:
        """For each gate of _GATES: the claims every wording of which says what the gate
        names, what a statement must say to be rated by them, whether its context
        saying it is enough, and whether the next claim may rate it instead."""
        return tuple((frozenset(c.id for c in self.base.claims
                                if all(says(w) for w in c.wordings)), ref, by_context, next_ok)
                     for says, ref, by_context, next_ok in _GATES)

    @cached_property
    def _anecdote_claims(self) -> frozenset[str]:
        """True claims told, in some wording, as one person's story ("my friend felt much
        better after it"): some people reported it, which one person's other story does
        not deny."""
        return frozenset(c.id for c in self.base.claims if c.verdict == "true"
                         and any(_FIRST_PERSON.search(w) for w in c.wordings))

    @cached_property
    def _benefit_claims(self) -> frozenset[str]:
        """Claims some wording of which speaks of a benefit (helps, improves, reduces)."""
        return frozenset(c.id for c in self.base.claims
                         if any(_BENEFIT_WORD.search(w) for w in c.wordings))

    @cached_property
    def _causal_claims(self) -> frozenset[str]:
        """Myths most wordings of which make something the cause of MS: a statement that
        turns the cause round ("a result of MS rather than its cause") speculates on them."""
        return frozenset(c.id for c in self.base.claims if c.verdict in ("false", "misleading")
                         and 2 * sum(_CAUSAL.search(w) is not None for w in c.wordings)
                         >= len(c.wordings))

    def _mostly(self, claim: Claim, name: str, pattern: LazyPattern) -> bool:
        """At least half of ``claim``'s wordings hold ``pattern`` (known as ``name``; read
        once a claim)."""
        key = (claim.id, name)
        held = self._mostly_held.get(key)
        if held is None:
            held = self._mostly_held[key] = (
                2 * sum(pattern.search(w) is not None for w in claim.wordings)
                >= len(claim.wordings))
        return held

    def _compares(self, claim: Claim) -> bool:
        """Some wording of ``claim`` makes a comparison ("no better than a sham")."""
        return bool(self._comparing_wordings(claim))

    def _only_compares(self, claim: Claim) -> bool:
        """Every wording of ``claim`` makes a comparison."""
        return len(self._comparing_wordings(claim)) == len(claim.wordings)

    def _compared_alike(self, text: str, claim: Claim) -> bool:
        """The statement compares on something ``claim``'s wordings compare on ("costs
        less than MS drugs" is not "works better than MS drugs")."""
        from . import rules

        on = rules.compared_on(text)
        if on is None:
            return True
        stem = on[:5]
        return any(stem in w for w in self._comparing_wordings(claim))

    def _clauses_agree(self, text: str, top: int, on_topic: bool,
                       why: dict[str, Any] | None) -> Result | None:
        """A statement of two clauses or more, with a negation the matcher cannot place
        ("the FDA cautioned people about TVAM and it is not cleared for MS"): rated as its
        clauses, each rated alone, agree; None when they disagree or none is rated.  A
        false or misleading verdict needs every clause rated: a clause left unknown may be
        the one that takes the claim back ("the idea that X was checked, and the link
        is not there")."""
        parts = [p for p in _CLAUSES.split(text) if len(p.split()) >= MIN_CLAUSE_WORDS]
        if len(parts) < 2:
            return None
        # (a clause after the first may speak of the topic the first named: "... but at
        # least it is harmless")
        results = [self.check(p, top=max(top, 1), on_topic=on_topic or k > 0)
                   for k, p in enumerate(parts)]
        known = [r for r in results if r.verdict != "unknown"]
        verdicts = {r.verdict for r in known}
        if len(verdicts) != 1:
            return None
        verdict = verdicts.pop()
        if verdict in ("false", "misleading") and len(known) < len(results):
            return None
        # (nor a clause left unknown that comes near a claim rated otherwise: "... but at
        # least it is harmless")
        for r in results:
            near = r.alternatives[0] if r.verdict == "unknown" and r.alternatives else None
            if near is not None and near.score >= NEAR_CLAUSE_SCORE:
                claim = self.base.by_id(near.id)
                if claim is not None and claim.verdict != verdict:
                    return None
        best = max(known, key=lambda r: r.score)
        if why is not None:
            why.update(rule="clauses-agree", ambiguous=False,
                       clauses=[r.verdict for r in results])
        sources = tuple(dict.fromkeys(s for r in known for s in r.sources))
        rated = "the clause that makes a claim is" if len(known) == 1 else \
            "every clause that makes a claim is"
        return replace(best, input=text, sources=sources,
                       alternatives=best.alternatives[:top] if top > 0 else None,
                       explanation=(
            f"Read clause by clause, {rated} {verdict}. {best.explanation}"))

    def _rate(self, text: str, target: str, top: int, on_topic: bool,
              why: dict[str, Any] | None, prefer: Claim | None = None,
              words_only: bool = False) -> Result:
        from . import rules
        semantic = None
        if self.semantic is not None and not words_only:
            # the embedding layer is asked only when the words alone do not match: a
            # clear match costs no model load (start-up) and no encoding (throughput);
            # asked again (the gates below look at the next matches), it answers from
            # what it found the first time
            asked: list[dict[int, tuple[float, int]]] = []

            def semantic() -> dict[int, tuple[float, int]]:
                if asked:
                    return asked[0]
                found = self.semantic.nearest(target, respell=self.matcher.respell)
                if why is not None and found:
                    ci, (score, wi) = max(found.items(), key=lambda kv: kv[1][0])
                    why["semantic"] = {"claim": self.base.claims[ci].id,
                                       "score": round(score, 1),
                                       "wording": self.matcher.wordings[wi].text}
                asked.append(found)
                return found
        target_compares = rules.compares(target)
        # (a plain statement a rule rewrote to compares nothing; a clause of the statement
        # itself, as "despite X, Y" leaves Y, compares as the statement does)
        compares = target_compares and (
            target == text or target in re.sub(r"\s+", " ", clean(text)).casefold())
        matches = self.matcher.match(target, top=max(top, 1, 3 if prefer or compares else 1),
                                     on_topic=on_topic, semantic=semantic,
                                     trust=self.threshold)

        def next_matches(keep: Callable[[Match], bool], depth: int = 3,
                         exclude: frozenset[str] = frozenset()) -> list[Match]:
            """The best matches again, ``depth`` deep, those ``keep`` passes (the claims
            ``exclude`` names left out before the layers are fused)."""
            return [m for m in self.matcher.match(
                target, top=max(top, depth), on_topic=on_topic, semantic=semantic,
                trust=self.threshold, exclude=exclude) if keep(m)]

        if (not target_compares and matches and self._only_compares(matches[0].claim)):
            # a claim that is only ever a comparison ("works better than MS drugs") does
            # not rate a statement that compares nothing ("use it, not MS drugs")
            matches = next_matches(lambda m: not self._only_compares(m.claim))
        # a claim on what Zamboni said or found does not rate a statement that does not
        # speak of him (unless its context does), nor a claim on TVAM (another name for
        # the procedure? related to it?) one that does not name TVAM ("the procedure,
        # called percutaneous venoplasty, ..."): the next claim may, if its words match
        # (meaning alone, second to such a claim, is too weak a match)
        for gated, named, by_context, next_ok in self._gates:
            if (prefer is None and not (by_context and on_topic) and matches
                    and matches[0].claim.id in gated and named.search(text) is None
                    and (target == text or named.search(target) is None)):
                matches = next_matches(lambda m, gated=gated, next_ok=next_ok:
                                       m.claim.id not in gated
                                       and m.lexical >= self.threshold
                                       and (next_ok or next_ok is None and not m.cues)
                                       ) if next_ok is not False else []
        if (prefer is None and matches and matches[0].claim.id in _FUNDING_CLAIMS
                and _STUDIES_FOUND.search(text)):
            # "the studies the two charities paid for proved that X": what they found
            # is the claim, not that they were paid for (a claim on their findings, or on
            # X, rates it if one matches well enough)
            held = next_matches(lambda m: m.claim.id not in _FUNDING_CLAIMS
                                and m.lexical >= self.threshold)
            if held:
                matches = [held[0], *(m for m in matches if m.claim.id != held[0].claim.id)]
        if (prefer is None and matches and matches[0].claim.id == _DEBATED_AT_FIRST
                and (matches[0].lexical < self.threshold
                     or target == text and not _IN_THE_PAST.search(text))):
            # (a statement on the present, "the theory is controversial", says it is open
            # still, which it is not: not this claim's)
            matches = next_matches(lambda m: m.lexical >= self.threshold,
                                   exclude=frozenset({_DEBATED_AT_FIRST}))
        # that MS has real treatments rates only a statement that says there are real
        # (or no, or other) ones, and not one that counts the procedure among them ("a
        # promising treatment for MS", "one of the real options"), nor "out of options":
        # the other claims compete without it; for the procedure called a treatment, the
        # embedding layer's too, though meaning alone may not call it true (it cannot tell
        # "a good option" from "showed it does not help"); a statement only meaning found
        # near it goes where meaning alone would have taken it without this claim
        if (prefer is None and matches and matches[0].claim.id == _TREATMENT_OPTIONS
                and (_PROCEDURE_AS_OPTION.search(text) or "out of option" in text.casefold()
                     or not _REAL_TREATMENTS.search(text))):
            as_option = _PROCEDURE_AS_OPTION.search(text) is not None
            by_meaning = matches[0].lexical < self.threshold  # as if it were not in the base
            matches = next_matches(
                lambda m: m.lexical >= self.threshold or m.score >= self.threshold and (
                    verdict_for(m.claim, m.negated) != "true" if as_option else by_meaning),
                exclude=frozenset({_TREATMENT_OPTIONS}))
        if (prefer is None and matches and matches[0].negated
                and matches[0].claim.verdict == "true"
                and matches[0].claim.id not in self._benefit_claims
                and _BENEFIT_DENIED.search(text)):
            # "venoplasty did not reduce symptoms in the sham-controlled trial" denies a
            # benefit, not that there were such trials: a claim that speaks of the benefit
            # rates it, if one matches well enough (else it is not rated, below)
            held = next_matches(lambda m: m.claim.id in self._benefit_claims
                                and m.score >= self.threshold)
            if held:
                matches = [held[0], *(m for m in matches if m.claim.id != held[0].claim.id)]
        if (prefer is None and matches and not matches[0].negated
                and matches[0].claim.verdict in ("false", "misleading")
                and matches[0].claim.id in self._benefit_claims
                and _BENEFIT_DENIED.search(text) and len(_ANY_DENIAL.findall(text)) == 1
                and not _OTHER_TREATMENT_DENIED.search(text)):
            # "in Zamboni's trial angioplasty did not reduce new lesions" came nearest "his
            # trial showed that it helps" on the trial's name, its one denial on a word that
            # wording does not hold: a claim that the benefit was not found, asserted, rates
            # it if one matches well enough
            held = next_matches(lambda m: m.claim.verdict == "true" and not m.negated
                                and m.claim.id in self._benefit_claims
                                and m.score >= self.threshold, depth=5)
            if held:
                matches = [held[0], *(m for m in matches if m.claim.id != held[0].claim.id)]
        if prefer is not None:  # that claim first, the others after it in their order
            matches = sorted(matches, key=lambda m: m.claim.id != prefer.id)
        elif compares and matches and not self._compares(matches[0].claim):
            # "venoplasty worked better than a sham": a claim that makes the comparison
            # ("no better than a sham") is the one to rate it by, if it matches at all
            held = [m for m in matches[1:] if m.lexical >= self.threshold
                    and rules.compares(m.wording)]
            if held:
                matches = [held[0]] + [m for m in matches if m is not held[0]]
        alternatives = (tuple(Alternative(m.claim.id, m.score) for m in matches[:top])
                        if top > 0 else None)
        best: Match | None = matches[0] if matches else None
        # (the statement's shares as the base gives them, when they round its own)
        figures = self.matcher.unrounded(text)
        found = details.check(figures, best.claim.details) if best is not None else []
        if best is not None and prefer is None:
            first = best
            best = self._judging_details(
                figures, best, found, lambda: [m for m in next_matches(lambda m: True)
                                            if m.claim.id != first.claim.id])
            if best is not first:
                found = details.check(figures, best.claim.details)
        if why is not None and best is not None:
            why.update({"claim": best.claim.id, "wording": best.wording, "score": best.score,
                        "lexical": best.lexical, "precision": best.precision,
                        "negated": best.negated, "ambiguous": best.ambiguous})
        named = (_study_names(clean(text)) if best is not None and (
            best.score < self.threshold or not best.claim.details) else set())
        if named:
            # ("Brave Dreams was run in Portugal" comes closest to a myth about
            # Brave Dreams, which gives no place: a true claim close behind that names the
            # same trial, the one trial the statement names, can judge its place, terms
            # and counts; its years are when it was published, not when it did the rest;
            # so too when the myth matches well but has no details to judge them by)
            trials = named - {"zamboni"}
            first = best
            # (looked for deeper among the claims that name the same trial: a statement
            # that puts Brave Dreams in the US comes closer to claims on the FDA)
            behind = (next_matches(lambda m: m.claim.id != first.claim.id
                                   and not trials.isdisjoint(
                                       self._studies_named[m.claim.id][1]), depth=16)
                      if len(trials) == 1 else [])
            for m in [best, *behind]:
                # (a claim behind that names the one trial named, and no other, may match
                # less well: its own figures are the words the statement gets wrong,
                # "38.8%" for 3.88%)
                if (m.lexical < (NAMED_BEHIND_FLOOR if m is not best and (
                        self._studies_named[m.claim.id][1] - {"zamboni"} == trials)
                        else NAMED_DETAIL_FLOOR)
                        or m.negated and not _right_term_set_aside(text, m.claim)
                        or m.ambiguous
                        or m.claim.verdict != "true" or not m.claim.details
                        or not self._names_same_study(text, m.claim)
                        or m is not best and trials.isdisjoint(
                            self._studies_named[m.claim.id][1])):
                    continue
                # (a share only as a figure: "two of five criteria" is no share of the
                # study's people, "38.8%" is one)
                wrong = [f for f in details.check(figures, m.claim.details)
                         if f.contradicts and (f.kind != "percent"
                                               or re.fullmatch(r"[\d.]+", f.said))
                         and (m is best or f.kind != "year")]
                if not wrong:
                    continue
                claim = m.claim
                if why is not None:
                    why["rule"] = "detail-of-named-study"
                    why["details"] = [f.to_dict() for f in wrong]
                wrong_part = "; ".join(f"{f.said}, where the sources give "
                                       f"{', '.join(f.right)}" for f in wrong)
                return Result(text, "false", m.score, False,
                              ClaimRef(claim.id, claim.claim, claim.verdict),
                              f"A detail is wrong: {wrong_part}. On the claim "
                              f"\"{claim.claim}\": {claim.explanation}", claim.sources,
                              alternatives)
        if best is None or best.score < self.threshold:
            return Result(text, "unknown", best.score if best else 0.0, False, None,
                          UNKNOWN_EXPLANATION, (), alternatives)
        claim = best.claim

        def unrated(explanation: str, negated: bool = best.negated,
                    rule: str | None = None) -> Result:
            """Close to ``claim``, but not rated: the reason is the explanation (and
            ``rule``, for --explain)."""
            if rule is not None and why is not None:
                why["rule"] = rule
            return Result(text, "unknown", best.score, negated, None, explanation, (),
                          alternatives)

        def close_but(reason: str, rule: str) -> Result:
            """Unrated: "comes close to the claim but <reason>: it is not rated"."""
            return unrated(f"This statement comes close to the claim '{claim.id}' but "
                           f"{reason}: it is not rated.", negated=False, rule=rule)

        if best.ambiguous and best.claim.verdict == "unproven" and rules.doubts(text):
            # "whether their blood flow changed is still not known": where the negation
            # falls, a doubt of an unproven claim says what the sources say
            best = best._replace(ambiguous=False, negated=True)
            if why is not None:
                why.update(ambiguous=False, negated=True)
        if best.ambiguous:
            agreed = self._clauses_agree(text, top, on_topic, why)
            if agreed is not None:
                return agreed
            explanation = (f"This statement comes close to the claim '{claim.id}' but also "
                           "holds a negation that may or may not bear on it, so it is not "
                           "rated: check it by hand.")
            return unrated(explanation)
        if (not best.negated and _BOTH_GROUPS.search(clean(text)) and not rules.narrows(text)
                and all(_EXCLUSIVE.search(w) for w in best.claim.wordings)):
            # "narrowed neck veins turn up in people with MS and in people without it"
            # against "CCSVI turns up only in people with MS": both groups said denies
            # the "only"
            best = best._replace(negated=True)
            if why is not None:
                why.update(negated=True, rule="both-groups")
        for side, said_of_claim, said, no_cues, rule in _GROUP_DENIALS:
            if (not best.negated and not (no_cues and best.cues)
                    and self._mostly(best.claim, side, said_of_claim)
                    and said.search(clean(text))):
                best = best._replace(negated=True)
                if why is not None:
                    why.update(negated=True, rule=rule)
        verdict = verdict_for(best.claim, best.negated)
        # figures count where the claim matched: in "X in 2008, but a 2014 study found
        # Y", the 2014 is Y's
        findings = [f for f in found
                    if f.kind not in details.FIGURES or best.span.issuperset(
                        details.digits(f.said))]
        if why is not None and findings:
            why["details"] = [f.to_dict() for f in findings]
        if rules.labels_only(text):
            # "Does anyone have the link to last week's CCSVI thread?": the topic names a
            # thread, a group or a time, and nothing is said of it
            return close_but("names the topic only as the name of a thread, a group or a "
                             "time", "topic-as-label")
        unsure = None
        if best.lexical < self.threshold:
            # matched through meaning alone: the embedding reads neither negations nor
            # figures, and cannot tell a denying wording ("doctors advise against CCSVI
            # treatment") from its opposite ("treating CCSVI reverses disability")
            if ((best.cues and verdict == "false") or any(not f.contradicts for f in findings)
                    # (a figure the claim's study does not give, when the statement names
                    # no study, trial or body at all: it may be another study's, "a low
                    # prevalence of 3.26% in MS and 2.13% in healthy controls")
                    or (any(f.contradicts and f.kind in details.FIGURES for f in findings)
                        and _SOURCE_NAMED.search(text) is None)):
                unsure = "but it holds a negation or a figure that only a closer wording"
            elif (not best.cues and self.matcher.denies(best.wording)
                  and (verdict == "true" or not best.negated)
                  # (unless a figure of the study both name is wrong, which is wrong
                  # whichever way the rest goes: "the 2017 trial of venous angioplasty
                  # involved 1,000 people")
                  and not (any(f.contradicts and f.kind in details.FIGURES for f in findings)
                           and self._names_same_study(text, claim))):
                # (a denying wording whose denial was not read into the statement:
                # "restenosis is common" is near "restenosis is not a problem")
                unsure = "whose wordings deny what the statement may assert: only a closer wording"
            elif rules.only_mentions(text):
                # "I'm writing a piece about CCSVI for next week's health section" is
                # near "CCSVI is found in most healthy people" to the embedding
                unsure = ("but it names the topic only as what is talked about: only a "
                          "closer wording")
            elif (verdict == "false" and claim.id not in self._spoken_ill
                  and rules.speaks_ill(text)):
                # "the government handled the CCSVI debate badly", "CCSVI research was a
                # waste of money": an ill word said of the topic is near a myth in meaning
                # but asserts none
                unsure = ("but it speaks ill of what it names, which the claim does not: "
                          "only a closer wording")
            elif (verdict == "true" and target_compares and not self._compares(claim)
                  and "harm than good" not in target.casefold()):
                # "MS patients had more CCSVI than their siblings" is near a claim on
                # CCSVI in MS, but the claim compares nothing: which way is not read
                unsure = "but it makes a comparison the claim does not: only a closer wording"
        if unsure is not None:
            if why is not None:
                why["rule"] = "semantic-unsure"
            return unrated(f"This statement is close in meaning to the claim '{claim.id}', "
                           f"{unsure} could settle it: check it by hand.")
        if verdict == "unknown" and claim.verdict == "unproven" and rules.doubts(text):
            # "it is unclear whether their blood flow changed": saying that an unproven
            # claim is not established is what the sources say
            if why is not None:
                why["rule"] = "unproven-doubted"
            return Result(text, "true", best.score, True,
                          ClaimRef(claim.id, claim.claim, claim.verdict),
                          f"True: this is not established. On the claim \"{claim.claim}\": "
                          f"{claim.explanation}", claim.sources, alternatives)
        if verdict == "unknown":
            explanation = (f"This statement denies the claim '{claim.id}', which is rated "
                           f"{claim.verdict}; a denial of it is not rated.")
            return unrated(explanation, negated=True)
        explanation = claim.explanation
        if best.negated:
            explanation = (f"This statement denies the claim \"{claim.claim}\", which is "
                           f"{claim.verdict}. {explanation}")
        if (best.negated and claim.verdict == "true" and _BENEFIT_DENIED.search(text)
                and claim.id not in self._benefit_claims):
            # "venoplasty did not reduce symptoms in the sham-controlled trial" denies a
            # benefit, not that there were such trials
            return close_but("denies a benefit the claim does not speak of", "benefit-denied")
        wrong = [f for f in findings if f.contradicts]
        own_story = (bool(wrong) or best.negated) and _FIRST_PERSON.search(text) is not None
        if wrong and own_story:
            # "I had TVAM in 2011 and my MS got worse": a year of one's own story is no
            # detail of the study the claim is on
            wrong = [f for f in wrong if f.kind != "year"]
        if best.negated and own_story and claim.id in self._anecdote_claims:
            # "my friend had the procedure and it didn't help her": one person's result
            # does not deny that some people reported feeling better
            return close_but("tells one person's result, which does not deny what some "
                             "others reported", "one-anecdote")
        if wrong and not best.negated and self._other_study(text, claim):
            # "Zamboni's original study was published in 2009" against a claim on
            # Barreto's study (2013): the figures are another study's
            return close_but("speaks of another study than the claim, whose details "
                             "cannot judge it", "other-study")
        if (wrong and not best.negated and all(f.kind == "number" for f in wrong)
                and _SOURCE_NAMED.search(text) is None
                and not re.search(r"\d", claim.claim)):
            # (counts of people, said of no study, trial or body, against a claim that
            # gives none itself: "only 1 MS patient met the criteria, against 2 healthy
            # controls" may be another study's; a share, "over 90% of MS patients", is
            # said of all of them, and judged)
            return close_but("gives figures of a study it does not name, which the claim's "
                             "own study cannot judge", "figures-unsourced")
        if wrong and not best.negated:
            # a true claim with a detail changed is a false statement; a false claim
            # stays false whatever its details
            wrong_part = "; ".join(f"{f.said}, where the sources give {', '.join(f.right)}"
                                   for f in wrong)
            explanation = (f"A detail is wrong: {wrong_part}. On the claim \"{claim.claim}\": "
                           f"{claim.explanation}")
            return Result(text, "false", best.score, False,
                          ClaimRef(claim.id, claim.claim, claim.verdict), explanation,
                          claim.sources, alternatives)
        if (verdict == "true" and not best.negated and not claim.details
                and any(f.kind in details.FIGURES for f in findings)):
            # a year or a count the claim does not give, on a true claim that gives none:
            # the base cannot say it is right ("A Canadian patient died in 2015 after
            # stenting" is not confirmed by "people have died after stenting")
            return close_but("gives a figure the claim does not, which cannot be checked",
                             "figure-unchecked")
        if ((verdict == "true" and not best.negated
             # "NICE says it should only be used in research" does not deny that NICE
             # advises against it
             or verdict == "false" and best.negated and claim.verdict == "true")
                and rules.narrows(text) and not any(rules.narrows(w) for w in claim.wordings)):
            return close_but("says 'only', which the claim does not", "only")
        if (not best.negated and _EXCLUSIVE_REF.search(text) is None
                and all(_EXCLUSIVE.search(w) for w in claim.wordings)):
            # "CCSVI was found in 2% of people with MS" against "CCSVI is found only in
            # people with MS": found in a group is not found in it alone
            return close_but("does not say it is found in that group alone, as the claim "
                             "does", "not-exclusive")
        if (compares and (verdict in ("false", "misleading", "unproven")
                          # "less dangerous than living with CCSVI" does not say
                          # "dangerous": the scale is turned down
                          or (verdict == "true" and _LESS_THAN.search(clean(text))))
                and not (self._compares(claim) and self._compared_alike(text, claim))
                # ("fewer attacks than the ones who didn't have it": against the untreated,
                # what the claim of a benefit says)
                and not _VS_UNTREATED.search(clean(text))):
            return close_but("makes a comparison the claim does not", "comparison-not-held")
        if (verdict == "false" and not best.negated and rules.is_yes_no(text)
                and rules.quantifies(best.wording) and not rules.counts(text)):
            # "Is CCSVI found in people without MS?" asks whether it is found at all, not
            # whether it is found in most of them ("CCSVI is found in most healthy people")
            return close_but("asks whether it happens at all, not how often", "quantity")
        if (verdict in ("true", "false") and not best.negated
                and (target_compares or rules.compares_implicitly(target))
                and not rules.names_ms(text)
                # (MS patients' siblings stand for the other side: set beside them, as in
                # the Lancet study)
                and not re.search(r"\bsiblin\w*|\bbrothers and sisters\b", clean(text))
                and all(rules.names_ms(w) for w in self._comparing_wordings(claim))
                and self._comparing_wordings(claim)):
            # "CCSVI turns up more often in smokers" compares other groups than a
            # claim that CCSVI is more common in people with MS
            return close_but("compares other groups than people with MS", "other-groups")
        turned = rules.cause_turned_round(text) if verdict in ("true", "false") else None
        if turned is not None:
            if not turned or claim.id not in self._causal_claims:
                return close_but("makes the veins' state a result of MS rather than its "
                                 "cause, which the claim does not say", "follows-from-ms")
            # "CCSVI could be an effect of MS instead of its cause": a speculation the
            # sources neither confirm nor refute (what they refute is the cause)
            if why is not None:
                why["rule"] = "follows-from-ms"
            explanation = ("Unproven: the sources do not show that the veins' narrowing "
                           "follows from MS; what they show is that CCSVI does not cause it. "
                           f"On the claim \"{claim.claim}\": {claim.explanation}")
            return Result(text, "unproven", best.score, False,
                          ClaimRef(claim.id, claim.claim, claim.verdict), explanation,
                          claim.sources, alternatives)
        if verdict == "false" and rules.speculates_benefit(text):
            if why is not None:
                why["rule"] = "benefit-speculated"
            explanation = ("Unproven: no trial has shown a benefit for some patients or "
                           "from early treatment; the controlled trials found no benefit in "
                           f"the people they treated. On the claim \"{claim.claim}\": "
                           f"{claim.explanation}")
            return Result(text, "unproven", best.score, False,
                          ClaimRef(claim.id, claim.claim, claim.verdict), explanation,
                          claim.sources, alternatives)
        if verdict == "false" and rules.presumes(text):
            return close_but("names it as presumed or leaves it open rather than asserting "
                             "it", "presumed")
        if ((verdict in ("false", "misleading") and not best.negated
             and claim.verdict in ("false", "misleading")
             # ("it wasn't promoted as a way to improve blood flow" is no denial that
             # blood flow explains the improvement)
             or best.negated and claim.denied is not None) and rules.describes_aim(text)):
            # "a procedure that attempts to improve the blood flow", "liberation therapy
            # involves opening up narrowed veins": what it is for, not that it works
            return close_but("describes what the procedure does or is for, rather than "
                             "asserting that it works", "aim-described")
        if verdict in ("false", "misleading") and rules.seeks(text):
            return close_but("says what was looked for or tested, not what was found",
                             "sought")
        if (verdict in ("false", "misleading") and not best.negated and rules.names(text)
                and not any(rules.names(w) for w in claim.wordings)):  # a claim on names
            return close_but("names or labels something rather than asserting the claim",
                             "naming")
        if ((claim.verdict == "true" and verdict in ("true", "false")
             or verdict == "true" and best.negated
             or verdict == "false" and not best.negated and self._true_premise(text))
                and rules.draws_conclusion(text)):
            # a true fact taken as proof of more ("..., so the link is established"; "the
            # FDA did not ban it, so it is acceptable"), or turned against a true claim
            # ("most have narrowing, so it drives MS"), or a myth drawn from a premise
            # that is not false ("his paper was peer-reviewed, so CCSVI causes MS": the
            # myth is the conclusion; a false premise, "the FDA approved it, so it works",
            # stays false)
            if why is not None:
                why["rule"] = "conclusion-drawn"
            explanation = (f"Misleading: the fact is right, but it does not support the "
                           f"conclusion drawn from it. On the claim \"{claim.claim}\": "
                           f"{claim.explanation}")
            return Result(text, "misleading", best.score, False,
                          ClaimRef(claim.id, claim.claim, claim.verdict), explanation,
                          claim.sources, alternatives)
        if (verdict == "unproven" and not best.negated and claim.verdict == "unproven"
                and rules.claims_proof(text)):
            # "the relief was proven to stem from improved drainage": what has not
            # been shown, said to have been, is false (no study has shown it)
            if why is not None:
                why["rule"] = "proof-claimed"
            return Result(text, "false", best.score, False,
                          ClaimRef(claim.id, claim.claim, claim.verdict),
                          f"False: this says it has been shown, and it has not. On the claim "
                          f"\"{claim.claim}\": {claim.explanation}", claim.sources,
                          alternatives)
        if findings and verdict == "true" and claim.details:
            said = ", ".join(f.said for f in findings)
            explanation = (f"This statement comes close to the claim '{claim.id}' but names "
                           f"a detail ({said}) the claim base cannot check, so it is not "
                           "rated.")
            return unrated(explanation)
        return Result(text, verdict, best.score, best.negated,
                      ClaimRef(claim.id, claim.claim, claim.verdict), explanation,
                      claim.sources, alternatives)


_default: Checker | None = None


def check(text: str) -> Result:
    """Rate one statement with the shipped claim base (loaded once per process)."""
    global _default
    if _default is None:
        _default = Checker()
    return _default.check(text)
