"""Polarity: does a span of text assert a claim, or deny it?

Works on the word tokens of ``text.words``.  Negation cues are counted per clause, and
only in the clauses that carry the matched claim's content, so that "Doctors don't want
you to know: CCSVI causes MS" still asserts the claim.  Two cues cancel ("it is not
true that CCSVI doesn't cause MS" asserts it).  Words that mean "shown to be false"
(disproven, debunked, refuted) are a cue plus the word "proven", so that "the theory
was debunked" and "the theory has not been proven" line up with "the theory has been
proven".
"""

from __future__ import annotations

# Tokens that negate the clause they stand in.
NEGATORS = frozenset({
    "not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "cannot",
    "without", "lack", "lacks", "lacked", "lacking", "myth", "myths", "untrue",
    "nowhere", "fails", "failed", "fail", "hardly", "barely", "scarcely", "nope", "nah",
    "zero", "nil",
    "nicht", "kein", "keine", "pas", "non", "nao",  # German, French, Italian, Portuguese
    # Italian, French, Spanish and German words that negate alone ("ne ... pas" and
    # "non ... mai" say "not" once: "ne" and "mai" are left out, so the pair is one cue)
    "nessuno", "nessuna", "nessun", "niente", "nulla", "neanche", "nemmeno", "neppure",
    "senza", "jamais", "aucun", "aucune", "rien", "nullement", "sans", "nunca", "jamas",
    "ningun", "ninguno", "ninguna", "nada", "nadie", "tampoco", "sin", "keinen", "keinem",
    "keiner", "keines", "nie", "niemals", "nichts", "niemand", "ohne",
})

# Words that carry a negation and a content word at once.
NEGATIVE_WORDS = {
    "disproven": "proven", "disproved": "proven", "disprove": "proven",
    "disproves": "proven", "debunked": "proven", "debunk": "proven",
    "debunks": "proven", "refuted": "proven", "refute": "proven", "refutes": "proven",
    "discredited": "proven", "unproven": "proven", "unproved": "proven",
    # "the theory has largely been abandoned": given up as not so
    "abandoned": "proven",
    # "the 'blocked veins cause MS' idea = busted"
    "busted": "proven",
    # "evidence on its efficacy is inadequate": not shown
    "inadequate": "proven",
    "inconclusive": "proven", "unsubstantiated": "proven", "unverified": "proven",
    "unconvincing": "proven", "unsuccessfully": "proven", "unsuccessful": "proven",
    # "research on it has been disappointing" is "not promising"
    "disappointing": "promising", "unpromising": "promising",
    "impossible": "possible",  # "it isn't impossible that it harms" asserts the harm
    # "CCSVI is unlikely to cause MS", "it is doubtful that X": probably not X (a stop
    # word after the cue: "likely" would match wordings that say "more likely")
    "unlikely": "probably", "improbable": "probably", "doubtful": "probably",
    "unsafe": "safe", "ineffective": "effective", "unsupported": "supported",
    "unfounded": "supported", "baseless": "supported", "unrelated": "related",
    # "CCSVI is absent in healthy people" is "not present" in them
    "absent": "present",
    "unlinked": "linked", "unapproved": "approved", "unauthorized": "authorized",
    "unauthorised": "authorised", "unclear": "clear", "undefined": "defined",
    "unestablished": "established", "useless": "useful",
    # "CCSVI as a diagnosis is pretty vague": not (well) defined
    "vague": "defined", "fuzzy": "defined", "nebulous": "defined", "woolly": "defined",
    "unhelpful": "helpful",
    "unrecommended": "recommended", "discourage": "recommend", "discourages": "recommend",
    "discouraged": "recommend", "discouraging": "recommend",
    # "avoid X" is "not get X": "experts say to avoid TVAM" = "advise against TVAM"
    "avoid": "get", "avoids": "get", "avoided": "get", "avoiding": "get",
    # "the societies rejected venoplasty" is "did not endorse it"
    "reject": "endorse", "rejects": "endorse", "rejected": "endorse", "rejecting": "endorse",
    # "people with MS should not abandon their treatment plan" is "should continue it"
    "abandon": "continue", "abandons": "continue", "abandoning": "continue",
}

# A question that opens with a negative auxiliary ("Isn't TVAM dangerous?") asks for
# agreement with the positive statement: that opening cue does not count.
_NEG_AUX_OPENERS = frozenset({
    "isn", "is", "aren", "are", "doesn", "does", "don", "do", "didn", "did", "can",
    "won", "will", "wasn", "was", "weren", "were", "hasn", "has", "haven", "have",
    "couldn", "could", "shouldn", "should", "wouldn", "would",
})

_QUESTION_OPENERS = frozenset({
    "does", "do", "did", "is", "are", "was", "were", "can", "could", "will", "would",
    "should", "has", "have", "had", "may", "might", "what", "why", "how", "who", "which",
    "when", "where", "isn", "aren", "doesn", "don", "didn",
})


# The cue of a word that denies a whole proposition ("disproven", "debunked").
WHOLE_CLAUSE = "not*"
# an adjective negated by its prefix or suffix ("unsafe", "useless") denies that word
# only: "useless and dangerous" does not deny "dangerous"
ONE_WORD = "not1"
_ONE_WORD = frozenset({
    "unsafe", "ineffective", "useless", "unhelpful", "unfounded", "baseless", "unrelated",
    "unlinked", "unapproved", "unauthorized", "unauthorised", "undefined", "unestablished",
    "unrecommended", "disappointing", "unpromising", "vague", "fuzzy", "nebulous", "woolly"})

# what a finding becomes once it is shown: "not established" denies the whole claim
_SETTLED = ("established", "shown", "proven", "proved", "demonstrated", "confirmed",
            "validated", "standardized", "standardised", "agreed")

# Phrases whose negation is part of their meaning: "has nothing to do with" denies a
# link; "no longer need" a medication is to stop it.
# who is advised: "advise patients against X", "steer people away from X"
_WHOM: tuple[tuple[str, ...], ...] = (
    (), ("doctors",), ("patients",), ("people",), ("everyone",), ("clinicians",),
    ("physicians",), ("neurologists",), ("them",), ("you",), ("us",), ("women",), ("men",))
NEGATIVE_PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("nothing", "to", "do", "with"): ("not", "linked"),
    # "outside the scope of the FDA-approved indications": not approved for it
    ("outside", "the", "scope", "of"): ("not",),
    ("beyond", "the", "scope", "of"): ("not",),
    ("no", "longer", "need"): ("stop",),
    ("no", "longer", "needs"): ("stop",),
    ("no", "longer", "take"): ("stop",),
    ("not", "need"): ("stop",),
    ("not", "needed"): ("stop",),
    # "people with and without MS" is not a denial
    ("with", "and", "without"): ("with",),
    ("with", "or", "without"): ("with",),
    # "uncommon whether or not you have MS" denies nothing
    ("whether", "or", "not"): ("whether",),
    # nor does "rare in everyone, MS or not"
    ("ms", "or", "not"): ("ms",),
    ("sclerosis", "or", "not"): ("sclerosis",),
    # false hope of a cure is no cure
    **{(adjective, "hope"): ("not",) for adjective in (
        "false", "misguided", "empty", "vain")},
    # ... but what a relative clause adds after it is asserted: "false hope that can put
    # patients in danger" says the danger
    **{(adjective, "hope", rel, modal): ("hope", "and", modal) for adjective in (
        "false", "misguided", "empty", "vain") for rel in ("that", "which")
       for modal in ("can", "could", "may", "might", "will", "puts", "put", "exposes")},
    # shown to be wrong is disproven
    **{(verb, *to_be, verdict): ("not", "proven") for verb in ("proven", "proved", "shown")
       for to_be in ((), ("to", "be")) for verdict in ("wrong", "false", "incorrect",
                                                        "untrue", "rong", "mistaken")},
    # results that "have been consistent" did not conflict
    **{(verb, *adverb, "consistent"): (verb, "not", "conflicting") for verb in (
        "been", "were", "are", "was", "is", "remained", "stayed")
       for adverb in ((), ("very",), ("remarkably",), ("fully",), ("entirely",),
                      ("largely",), ("broadly",))},
    # "the proposed link has been disproven" speaks of the link, not of who proposed it
    **{("the", "proposed", what): ("the", what) for what in (
        "link", "connection", "association", "relationship", "mechanism", "cause")},
    # "inadequate venous drainage" is poor drainage, not a denial
    **{("inadequate", what): ("insufficient", what) for what in (
        "venous", "blood", "drainage", "flow", "outflow")},
    # "the evidence against X": X is not so
    ("evidence", "against"): ("evidence", "not"),
    # "not only are the links inconclusive, but ...": "not only" with the verb put first
    # adds a clause, it denies nothing
    **{("not", "only", verb): (verb,) for verb in (
        "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "can", "could",
        "will", "would")},
    # "the evidence points (firmly) away from a link": there is none
    **{(verb, *how, "away", "from"): ("not",)
       for verb in ("points", "point", "pointed", "pointing", "leans", "lean", "leaned")
       for how in ((), ("firmly",), ("clearly",), ("strongly",), ("squarely",),
                   ("mostly",), ("decisively",))},
    # "later research was far less promising": not promising
    **{(*how, "less", word): ("not", word)
       for how in ((), ("far",), ("much",), ("a", "lot"), ("way",))
       for word in ("promising", "encouraging", "convincing", "impressive")},
    ("ruled", "out"): ("not", "proven"),
    **{(verb, "out"): ("not", "proven") for verb in ("rule", "rules", "ruling")},
    # "the FDA and NICE have come out against venoplasty": do not recommend it
    **{(verb, "out", "against"): ("not", "recommend") for verb in (
        "come", "came", "comes", "coming", "spoke", "speak", "speaks", "spoken",
        "speaking")},
    # "NICE objects to venoplasty": does not recommend it
    **{(verb, "to"): ("not", "recommended") for verb in ("object", "objects", "objected")},
    # "it's false that X", "it's a lie that X": not X
    ("false", "that"): ("not",),
    ("lie", "that"): ("not",),
    # free of risk is no risk (but "free of symptoms" is a benefit, not a denial;
    # "risk-free" and "zero risk" are aliases of "safe" in the claim base)
    **{(*opening, harm): ("not", harm) for harm in (
        "risk", "risks", "danger", "dangers", "complications", "harm")
       for opening in (("free", "of"), ("free", "of", "any"))},
    **{("free", "of", "serious", harm): ("not", "serious", harm) for harm in (
        "risk", "risks", "complications")},
    ("zero", "evidence"): ("not", "evidence"),
    # but "zero risk" is the claim base's phrase for "safe", not a denial of risk
    **{("zero", harm): ("zero", harm) for harm in ("risk", "risks", "complications")},
    # ... and so is "hardly any risk": safe, said with a word that denies only the risk
    # ("no risk" is left: "no risk of serious complications" denies that claim's harm)
    **{(few, "any", harm): ("zero", harm) for harm in ("risk", "risks")
       for few in ("hardly", "barely", "scarcely")},
    # "fewer attacks than people who don't": the other side of a comparison, said
    # elliptically, denies nothing
    **{("than", who, "who", aux, "not"): ("than", who)
       for who in ("those", "people", "patients", "ones", "others", "anyone", "someone")
       for aux in ("do", "does", "did", "have", "has", "had")},
    # "has not been established / shown / proven", "has not held up", "called into
    # question": the whole claim is not so
    **{(*neg, "been", done): (WHOLE_CLAUSE, "proven") for neg in (
        ("not",), ("never",), ("yet", "to", "be")) for done in _SETTLED},
    # ...and without "been": "the criteria were never established", "not shown"
    **{(neg, done): (WHOLE_CLAUSE, "proven") for neg in ("not", "never")
       for done in _SETTLED},
    **{(neg, "held", "up"): (WHOLE_CLAUSE, "proven") for neg in ("not", "never")},
    **{(neg, "hold", "up"): (WHOLE_CLAUSE, "proven") for neg in ("not", "never")},
    ("called", "into", "question"): (WHOLE_CLAUSE, "proven"),
    # "keeps MS from getting worse" is "prevents MS from getting worse" (not "keep to
    # your treatment plan")
    **{(keep, *what, "from"): ("prevents", *what, "from")
       for keep in ("keeps", "keep", "kept", "keeping")
       for what in (("ms",), ("it",), ("multiple", "sclerosis"), ("the", "disease"))},
    # "TVAM uses different devices": not the same ones
    **{(*adverb, "different", *what): ("not", "same", *what)
       for adverb in ((), ("entirely",), ("completely",), ("totally",), ("quite",))
       for what in (("devices",), ("balloon", "devices"), ("balloons",), ("equipment",),
                    ("tools",), ("instruments",))},
    # "not all who have it report benefits" denies "all", not the benefits some reported
    **{("not", who): (ONE_WORD, who) for who in ("all", "everyone", "everybody")},
    # "a treatment linked to serious injuries and death": it causes them, no link to MS
    **{(verb, "to", *serious, harm): ("cause", *serious, harm)
       for verb in ("linked", "tied", "associated", "connected")
       for serious in ((), ("serious",), ("severe",))
       for harm in ("injuries", "injury", "death", "deaths", "complications", "harm",
                    "harms", "strokes", "stroke", "problems")},
    # "brings relapses down to zero", "cuts attacks to zero": reduces them ("close to
    # zero risk" stays a denial of risk)
    ("down", "to", "zero"): ("reduce",),
    **{(what, "to", "zero"): (what, "reduce") for what in (
        "relapses", "relapse", "attacks", "ups", "flares", "lesions", "symptoms")},
    # "fewer or no attacks" is fewer attacks
    **{("fewer", "or", neg): ("fewer",) for neg in ("no", "zero")},
    # "the theory was tested and (it) failed": not borne out
    **{(verb, "and", *it, "failed"): (verb, WHOLE_CLAUSE, "proven")
       for verb in ("tested", "tried", "studied", "examined", "investigated", "put")
       for it in ((), ("it",), ("they",))},
    # "the link has been challenged / questioned / disputed": not taken as shown
    **{(aux, *adverb, done): (WHOLE_CLAUSE, "proven") for aux in ("been", "was", "were")
       for adverb in ((), ("widely",), ("strongly",), ("seriously",), ("heavily",))
       for done in ("challenged", "questioned", "disputed", "contested")},
    # "tried in vain to reproduce X", "without success", "to no avail": X did not happen
    ("in", "vain"): (WHOLE_CLAUSE,),
    # "CCSVI was a dead end": nothing was found
    ("dead", "end"): (WHOLE_CLAUSE, "proven"),
    ("without", "success"): (WHOLE_CLAUSE,),
    ("to", "no", "avail"): (WHOLE_CLAUSE,),
    # "an idea that didn't survive proper testing": not borne out
    **{(neg, verb, *what): (WHOLE_CLAUSE, "proven") for neg in ("not", "never")
       for verb in ("survive", "survived") for what in (
           ("testing",), ("proper", "testing"), ("scrutiny",), ("the", "trials"),
           ("trials",), ("closer", "scrutiny"))},
    # "the widened veins did not stay open": they narrowed again (restenosis), which is
    # no denial of the procedure
    **{(neg, *always, stay, "open"): ("narrowed", "again") for neg in ("not", "never")
       for always in ((), ("always",)) for stay in ("stay", "stayed", "stays", "remain",
                                                   "remained", "remains")},
    # "an idea the trials did not bear out"
    **{(neg, verb, "out"): (WHOLE_CLAUSE, "proven") for neg in ("not", "never")
       for verb in ("bear", "bore", "borne")},
    # "not limited to people with MS" includes them: no denial
    **{(neg, "limited", "to"): ("including",) for neg in ("not", "never")},
    # "poorly standardized / defined criteria" are not established ones
    **{("poorly", done): ("not", "established") for done in (
        "standardized", "standardised", "defined", "established")},
    # "looked hard for a tie and came up empty", "drew a blank": nothing was found
    **{(verb, "up", "empty"): (WHOLE_CLAUSE,) for verb in ("come", "came", "comes",
                                                          "coming")},
    # and a trial that "came up / came back negative" found nothing
    **{(verb, way, "negative"): (WHOLE_CLAUSE,) for verb in ("come", "came", "comes",
                                                             "coming")
       for way in ("up", "back")},
    **{(verb, "a", "blank"): (WHOLE_CLAUSE,) for verb in ("drew", "draw", "draws")},
    # "I doubt that X", "I disagree that X": not X ("no reason to doubt that X": X)
    **{(verb, "that"): ("not",) for verb in ("doubt", "doubts", "disagree", "disagrees")},
    # idioms that deny nothing but stress what follows: "it goes without saying that X",
    # "no wonder X", "there is no question that X", "I can't stress enough that X", "it
    # couldn't be clearer that X", "not to mention X"
    **{(go, "without", "saying"): ("that",) for go in ("goes", "go", "went")},
    ("no", "wonder"): ("that",),
    **{("no", question, *that): ("that",) for question in ("question", "questioning")
       for that in (("that",), ("about", "it"))},
    **{(*cannot, verb, *enough): ("that",) for cannot in (("can", "not"), ("cannot",),
                                                          ("could", "not"))
       for verb, enough in (("stress", ("enough",)), ("emphasise", ("enough",)),
                            ("emphasize", ("enough",)), ("overstate", ()))},
    **{(*cannot, "be", "clearer"): ("that",) for cannot in (("can", "not"), ("cannot",),
                                                            ("could", "not"))},
    ("not", "to", "mention"): ("and",),
    # an answer that denies: "CCSVI causes MS? Not a chance." "Not in the slightest."
    ("not", "a", "chance"): ("not",), ("no", "chance"): ("not",),
    ("not", "in", "the", "slightest"): ("not",),
    # "I (seriously) doubt X", "I'm skeptical that X": not X ("I doubt that X" is one
    # denial: the phrase takes "I doubt", "that" is left)
    **{(who, *adverb, "doubt"): ("not",) for who in ("i", "we")
       for adverb in ((), ("seriously",), ("really",), ("highly",), ("strongly",),
                      ("very", "much"))},
    **{(sceptical, about): ("not",) for sceptical in ("skeptical", "sceptical", "dubious")
       for about in ("that", "whether")},  # (not "skeptical of X", a wording's own words)
    # ... but "proven beyond (any / a reasonable) doubt that X" asserts X
    **{("beyond", *kind, "doubt"): ("surely",) for kind in (
        (), ("any",), ("all",), ("a",), ("reasonable",), ("a", "reasonable"),
        ("the", "shadow", "of", "a"), ("a", "shadow", "of"))},
    # "the trial found nothing" is "it did not work"
    **{(verb, "nothing"): ("not", "work") for verb in ("found", "finds", "showed", "shows")},
    # "it did nothing for MS" is "it did not work for MS"
    **{(verb, "nothing"): ("not", "work") for verb in (
        "do", "does", "did", "doing", "done", "achieved", "achieves", "changed", "changes")},
    # "not worth the risk" says the risk outweighs the gain: it asserts the risk
    **{("not", "worth", *the, harm): (harm,) for the in ((), ("the",), ("its",))
       for harm in ("risk", "risks", "danger", "dangers")},
    # "X should not be used" is "X is not recommended"
    **{(modal, neg, "be", done): ("not", "recommended") for modal in ("should", "must")
       for neg in ("not", "never") for done in ("used", "done", "offered", "performed",
                                                "given", "tried")},
    # ... and so is "X is not to be used"
    **{(neg, "to", "be", done): ("not", "recommended") for neg in ("not", "never")
       for done in ("used", "done", "offered", "performed", "given", "tried")},
    # "told doctors not to use X", "advised patients never to have X": X is not
    # recommended
    **{(neg, "to", verb): ("not", "recommended") for neg in ("not", "never")
       for verb in ("use", "offer", "perform", "undergo", "try", "have", "get")},
    # "nobody can deny that X" asserts X
    **{(*who, "deny", "that"): ("that",) for who in (
        ("nobody", "can"), ("no", "one", "can"), ("noone", "can"), ("you", "can", "not"),
        ("can", "not"), ("cannot",), ("could", "not"), ("nobody", "could"),
        ("no", "one", "could"))},
    ("zero", "proof"): ("not", "proof"),
    # "NICE has no objection to venoplasty" accepts it
    **{(neg, objection, "to"): ("recommend",) for neg in ("no", "without")
       for objection in ("objection", "objections")},
    # "she was all about this vein op", "I'm all for it": keen, not a quantity
    **{("all", prep): (prep,) for prep in ("about", "for")},
    # litotes: "not unheard of", "not uncommon", "not unlikely" assert what they deny
    # the opposite of ("it's not unheard of for patients to have complications": they do;
    # "not rare" stays a denial of "rare", which the claim base words that way)
    **{(neg, *that, word, *of): (plain,) for neg in ("not", "never")
       for that in ((), ("that",), ("so",), ("all", "that"))
       for word, of, plain in (("unheard", ("of",), "sometimes"),
                               ("uncommon", (), "common"), ("unusual", (), "common"),
                               ("unlikely", (), "likely"), ("improbable", (), "likely"),
                               ("unreasonable", (), "reasonable"))},
    # what dealt the theory a blow, knocked it down or laid it to rest, or was damning
    # for it, showed it not to be so ("the trials dealt a decisive blow to the CCSVI theory")
    ("blow", "to"): (WHOLE_CLAUSE, "proven"),
    ("blows", "to"): (WHOLE_CLAUSE, "proven"),
    **{(verb, "down"): (WHOLE_CLAUSE, "proven") for verb in (
        "knocked", "knock", "knocks", "shot", "shoot", "shoots")},
    **{(verb, "to", "rest"): (WHOLE_CLAUSE, "proven") for verb in ("laid", "lay", "put")},
    ("damning", "for"): (WHOLE_CLAUSE, "proven"),
    # "the evidence points away from any link": there is none
    **{(verb, "away", "from"): ("not",) for verb in ("points", "point", "pointed",
                                                     "pointing")},
    # ... and so does "the evidence points (firmly) against a link"
    **{(verb, *adverb, "against"): ("not",) for verb in ("points", "point", "pointed",
                                                         "pointing")
       for adverb in ((), ("firmly",), ("strongly",), ("clearly",), ("squarely",),
                      ("overwhelmingly",))},
    # "I can't disagree that X", "nobody would disagree with X": X is agreed
    **{(neg, "disagree"): ("agree",) for neg in ("not", "never")},
    # "the numbers don't lie", "scans never lie": what they show is so
    **{(neg, lie): ("true",) for neg in ("not", "never") for lie in ("lie", "lies")},
    # "anything but promising" is not promising
    ("anything", "but"): ("not",),
    # "nothing short of a miracle" is a miracle; "nothing less than", "nothing but" too
    **{("nothing", *rest): ("a",) for rest in (("short", "of"), ("less", "than"), ("but",))},
    # "NICE says don't use venoplasty" advises against it
    **{(*neg, "use"): ("not", "recommended") for neg in (("do", "not"), ("never",))},
    # "X, and doctors won't admit it" asserts X (the conspiracy formula)
    **{(*neg, "admit"): ("admit",) for neg in (
        ("will", "not"), ("would", "not"), ("do", "not"), ("does", "not"), ("never",),
        ("refuse", "to"), ("refuses", "to"))},
    # vaguely defined is not (well) defined
    **{(adverb, "defined"): ("not", "defined") for adverb in (
        "poorly", "vaguely", "ill", "badly", "loosely")},
    # the conspiracy formula asserts what follows it: "they don't want you to know X"
    **{("not", "want", who, "to", "know"): ("want", "know") for who in (
        "you", "u", "us", "people", "anyone", "everyone", "the", "patients")},
    # to advise against X is to advise not X (but to warn against X is to warn of it),
    # and so is to advise someone against X
    **{(verb, *whom, "against"): (verb, "not") for verb in (
        "advise", "advises", "advised", "advising", "recommend", "recommends",
        "recommended", "recommending", "argue", "argues", "argued", "urge", "urges",
        "urged", "counsel", "counsels", "counselled", "counseled")
       for whom in _WHOM},
    # not to advise someone to have X is to advise not X: "doctors don't advise people
    # with MS to get X" advises against X, as "do not recommend X" does ("don't advise
    # against X" is kept: it denies the advice)
    **{(neg, verb, *whom, "to"): (verb, "not") for neg in ("not", "never")
       for verb in ("advise", "advises", "advised", "advising")
       for whom in (*_WHOM, *((who, "with", "ms") for who in (
                        "people", "patients", "anyone", "anybody", "someone", "those")),
                    ("ms", "patients"), ("anyone",), ("anybody",))},
    **{(neg, verb, doing): (verb, "not", doing) for neg in ("not", "never")
       for verb in ("advise", "advises", "advised", "advising")
       for doing in ("getting", "having", "trying", "undergoing")},
    # to rule against X is to advise against it ("NICE ruled against venoplasty")
    **{(verb, "against"): ("advise", "not") for verb in (
        "rule", "rules", "ruled", "ruling", "decide", "decides", "decided", "deciding")},
    # ... and to steer or warn someone away from X ("doctors steer patients away from
    # liberation therapy because it's unproven")
    **{(verb, *whom, "away", "from"): ("advise", "not") for verb in (
        "steer", "steers", "steered", "steering", "warn", "warns", "warned", "warning")
       for whom in _WHOM},
}
_PHRASE_STARTS = frozenset(p[0] for p in NEGATIVE_PHRASES)
_PHRASES_BY_START = {s: sorted((p for p in NEGATIVE_PHRASES if p[0] == s), key=len,
                               reverse=True) for s in _PHRASE_STARTS}


# "unrelated healthy people" names a group: it denies nothing
_UNRELATED_WHO = frozenset({
    "healthy", "control", "controls", "volunteer", "volunteers", "people", "person",
    "persons", "individual", "individuals", "adult", "adults", "participant",
    "participants", "subject", "subjects",
})


# "too weak to support a link", "too small to show a benefit": what a finding is too
# something to do, it does not do ("too narrow to drain" is left alone: it describes)
_TOO_TO = frozenset({
    "support", "justify", "prove", "show", "establish", "confirm", "recommend", "draw",
    "conclude", "link", "back", "suggest", "demonstrate", "tell", "say", "be",
})


# "a theory that got debunked": the word denies the theory named, not the clause
_THEORY_NOUNS = frozenset({"theory", "idea", "claim", "hypothesis", "notion", "belief",
                           "myth", "premise", "proposal"})
_BETWEEN = frozenset({"got", "was", "were", "has", "have", "had", "been", "is", "are", "since",
                      "long", "later", "largely", "widely", "thoroughly", "completely",
                      "totally", "now", "already", "all", "but", "repeatedly"})


def _denies_theory_named(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` ("debunked") ends a relative clause on a theory ("a theory that
    got debunked")."""
    k = i - 1
    while k >= 0 and tokens[k] in _BETWEEN:
        k -= 1
    return k >= 1 and tokens[k] in ("that", "which") and tokens[k - 1] in _THEORY_NOUNS


# "not just", "not only" opening a clause: "common in siblings too, not just in MS"
_ADDITIVE = frozenset({"just", "only", "merely", "simply", "solely", "exclusively"})


def _phrase_at(tokens: list[str], i: int) -> tuple[int, tuple[str, ...]] | None:
    for p in _PHRASES_BY_START[tokens[i]]:
        if tuple(tokens[i:i + len(p)]) == p:
            return len(p), NEGATIVE_PHRASES[p]
    return None


_NO_MORE_MS = (["more", "ms"], ["more", "multiple", "sclerosis"])


# words after which a negative word describes the noun that follows ("the unproven
# procedure", "an unsafe operation"): it denies that word only
# who or what "few" and "little" deny: "few scientists believe X", "little evidence shows X"
_FEW_WHO = frozenset({"scientists", "doctors", "experts", "researchers", "neurologists",
                      "physicians", "specialists", "studies", "trials", "evidence", "proof",
                      "support", "data", "research"})
_ATTRIBUTIVE_BEFORE = frozenset({"the", "a", "an", "this", "these", "those", "such", "its",
                                 "their", "his", "her", "your", "our"})


# ("it is an unproven procedure" still says it of the subject)
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "remains",
                      "remain", "remained", "seems", "seem", "stays", "s", "becomes",
                      "became", "called", "labelled", "labeled", "deemed", "considered"})


# what may come before an opening "no" ("lol no", "ok so no")
_FILLERS = frozenset({"lol", "lmao", "ok", "okay", "so", "well", "um", "uh", "oh", "haha",
                      "omg", "yeah", "ugh", "hmm", "honestly", "and", "but"})
# words after which an opening "no" is an answer, not a determiner ("no the procedure
# does not cure MS", "no it doesn't")
_INTERJECTION_NEXT = frozenset({"the", "this", "that", "these", "those", "it", "he", "she",
                                "they", "i", "we", "you", "wait"})


def expand(tokens: list[str]) -> tuple[list[str], list[bool]]:
    """Replace negative words by their content word; flag each token that negates.

    Returns the new token list and, parallel to it, whether each token is a negation
    cue (a cue token is kept in the list, so positions stay meaningful).
    """
    out: list[str] = []
    cues: list[bool] = []
    i = 0
    n = len(tokens)
    if n > 2 and tokens[0] == "not" and tokens[1] in _ADDITIVE:
        # a clause of its own, "..., not just in people with MS": also in them
        out.append("also")
        cues.append(False)
        i = 2
    lead = 0
    while lead < n - 2 and tokens[lead] in _FILLERS:
        lead += 1
    if n > lead + 2 and tokens[lead] in ("no", "nope", "nah") and (
            tokens[lead + 1] in _INTERJECTION_NEXT):
        # "No, the vein thing does not cure MS" (the comma often dropped: "NO the neck vein
        # thing does NOT cure MS", "lol no the vein thing doesnt cause ms"): an answer,
        # then the statement; "no" as a determiner takes no "the" ("no one can say X"
        # keeps its denial)
        out += tokens[:lead]
        cues += [False] * lead
        i = lead + 1
    while i < n:
        t = tokens[i]
        phrase = _phrase_at(tokens, i) if t in _PHRASE_STARTS else None
        if phrase is not None:
            used, replacement = phrase
            for r in replacement:
                out.append(r)
                cues.append(r in ("not", WHOLE_CLAUSE, ONE_WORD))
            i += used
            continue
        if (t in ("few", "little") and i + 1 < n and tokens[i + 1] in _FEW_WHO
                and not (i > 0 and tokens[i - 1] in ("a", "quite", "not"))):
            # "few experts still think X", "little evidence suggests X": hardly any, a
            # denial ("a few people died", "quite a few", "not a little" are some)
            out += ["not", tokens[i + 1]]
            cues += [True, False]
            i += 2
            continue
        if t == "no" and tokens[i + 1:] in _NO_MORE_MS and not any(cues):
            # "balloon the jugulars and no more MS", the clause's last words: MS is gone (cured),
            # which no cue denies ("no more MS research" goes on, and is not this)
            out += ["cure", "ms"]
            cues += [False, False]
            break
        if (t == "to" and i + 1 < n and tokens[i + 1] in _TOO_TO
                and any(k >= 0 and tokens[k] == "too" for k in (i - 2, i - 3))):
            # "too scattered to support a link" does not support it
            out.append("not")
            cues.append(True)
            i += 1
            continue
        i += 1
        if t in NEGATIVE_WORDS and not (t == "unrelated" and i < n
                                          and tokens[i] in _UNRELATED_WHO):
            # "the link has been disproven (years ago)" denies the whole clause, not
            # only the word "proven": its cue is WHOLE_CLAUSE
            # ... but "warned of the unproven (and deadly) procedure" denies only the
            # word: after a determiner it describes a noun, it denies no clause
            # ... and so does one joined to a denial just before it: "poorly defined
            # and unproven" is one denial, not two that cancel
            cue = (ONE_WORD if t in _ONE_WORD or (NEGATIVE_WORDS[t] == "proven"
                                                  and _denies_theory_named(tokens, i - 1))
                   or (i >= 2 and tokens[i - 2] in _ATTRIBUTIVE_BEFORE
                       and not (i >= 3 and tokens[i - 3] in _COPULAS))
                   or (i >= 2 and tokens[i - 2] in ("and", "or") and any(cues[-4:-1]))
                   else WHOLE_CLAUSE if NEGATIVE_WORDS[t] == "proven" else "not")
            out += [cue, NEGATIVE_WORDS[t]]
            cues += [True, False]
        else:
            out.append(t)
            # "neither X nor Y", "not X nor Y": one denial, not two that cancel; "nope,
            # not approved": the answer agrees with the denial after it
            cues.append(t in NEGATORS and not (t == "nor" and any(cues)) and not (
                t in ("nope", "nah") and i < n and tokens[i] in ("not", "never", "no")))
    return out, cues


def is_question(raw: str, tokens: list[str]) -> bool:
    """A question mark, or a clause that opens like a yes/no or wh- question."""
    return raw.rstrip().endswith("?") or bool(tokens and tokens[0] in _QUESTION_OPENERS
                                               and raw.rstrip().endswith("?"))


def drop_rhetorical_cue(tokens: list[str], cues: list[bool], question: bool) -> list[bool]:
    """In "Isn't X dangerous?" the opening n't does not deny X."""
    if question and len(tokens) >= 2 and tokens[0] in _NEG_AUX_OPENERS and cues[1]:
        cues = list(cues)
        cues[1] = False
    return cues
