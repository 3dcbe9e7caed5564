"""Constructions that change what a statement asserts, read before matching.

Each rule is a pure function of the raw text and says what it found; the checker decides
what follows.  None of them knows the claim base: they read the shape of the sentence.

- ``other_condition``: the statement is about another disease or condition (ALS,
  Parkinson's, systemic sclerosis, leg veins...) and does not name MS: the base has
  nothing on it.
- ``attribution``: "Zamboni claimed that X", "a clinic advertises X as a cure": the
  statement reports a claim rather than making it.  An authority that reports a finding
  ("studies show X", "the FDA says X") and "as X proved, ..." endorse it: not a report.
- ``rewrite``: forms whose polarity the matcher's clause rules cannot see, rewritten as
  the plain statement they make: evaluative denials ("TVAM is a scam" -> "TVAM does not
  work"), "the claim that X is false", "it is wrong to say X", "X is far from safe",
  and comparisons between people with and without MS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import LazyPattern, clean

# a pattern compiled on first use (see text.LazyPattern)
_lazy = LazyPattern


# cheap cues: a rule whose cue is absent cannot apply, and its large pattern is not
# compiled or run
_CONDITION_CUE = re.compile(
    r"\b(?:amyotrophic|lou|parkinson|alzheimer|dementia|systemic|scleroderma|"
    r"atheroscl|arterioscl|tuberous|lateral|may|varicose|spider|legs?\b|deep|dvt|chronic|"
    r"lupus|fibromyalgia|migraine|meniere|me/cfs|lyme|diabetes|cancer|covid|long|glaucoma|"
    r"hypertension|heart|rheumatoid|psoriasis|epilepsy|autism|huntington|myasthenia|"
    r"guillain|neuromyelitis|nmo|knee|hip|cataract|dental|tooth|teeth|gallbladder|appendix|"
    r"hernia|cosmetic|bunion|tonsil|dialysis|fistula|coronary|kidney|renal|sclerosis)")
_REPORT_CUE = re.compile(
    r"\b(?:claim|say|said|believ|think|thought|argu|insist|maintain|assert|alleg|hypothes|"
    r"assumed|suspected|hoped|"
    r"suppos|purport|rumou?r|"
    r"theori|specul|propos|suggest|posit|contend|swear|swore|reckon|promis|advertis|"
    r"market|promot|tout|sell|sold|pitch|bill|post|repost|wrote|writ|tweet|retweet|share|spread|"
    r"told|tell|keep|used|report|conclu|found|discover|under|what|who|assured|informed|"
    r"convinced|persuaded|led|"
    r"once|according|per|idea|theor|hypothes|premise|notion|thinking|concept)")
_REWRITE_CUE = re.compile(
    r"\b(?:zamboni|behind|seriously|debunk\w*|disprov\w*|refuted|discredited|hoax|untrue|nonsense|"
    r"bs|rubbish|fair|reasonable|unreasonable|unfair|stop|quit|enough|done|tired|sick|fed|"
    r"claim|idea|notion|belief|theor|assertion|suggestion|myth|story|rumou?r|"
    r"statement|view|calling|saying|claiming|to|believing|thinking|wrong|incorrect|false|"
    r"mistake|misleading|inaccurate|untrue|true|correct|accurate|yeah|yea|ya|oh|sure|far|"
    r"than|as|equally|same|similar|alike|regardless|twice|double|triple|times|"
    r"scam|hoax|fraud|con|rip|quack|snake|"
    r"pseudo|junk|bad|nonsense|rubbish|garbage|baloney|bogus|bs|bunk|humbug|fairy|sham|"
    r"charlatan|racket|fake|lie|lies|money|cash|selling|marketing|promoting|advertising|"
    r"pitching|touting|presenting|said|held|hold|stood|panned|survived?|dangerous|reckless|"
    r"collaps\w*|apart|crumbled|"
    r"risky|irresponsible|harmful|hazardous|unwise|foolish|gamble|kidding|jk|psych|sike|"
    r"superior|beats?|outperforms?|does more|did more|felt|feel|feels|feeling|improv|"
    r"better|walked|walking|miracle|breakthrough|changer|saver|godsend|great|fantastic|"
    r"amazing|wonderful|excellent|brilliant|terrific|incredible|good|effective|smart|"
    r"worth\w*|sensible|proven|lifesaver|dead|often|common|commonly|frequently|triumph|"
    r"outweighs?|proof|proves?|proved|cochrane|changed|abandoned|dropped|backed|retracted|"
    r"given|gave|budged|wavered|despite|spite|notwithstanding|"
    r"success|crush\w*|trounced|smashed|shams?|placebos?|deny|denying|denied|doubt|"
    r"undeniabl\w*|only|other|besides|apart|except|say|claim|argue|pretend|maintain|"
    r"insist|relaps\w*|flare\w*|worse|worsens?|confirm|replicate|reproduce|corroborate|"
    r"bear|back|verify|support|justify|both|percent|legitimate|best|greatest|biggest|sound|"
    r"solid|cautionary|dead|detour|distraction|failure|flop|bust|dud|disappointment|"
    r"fail\w*|flopped|flops|bombed|misplaced|overblown|unfounded|hype|pan|deliver|"
    r"fizzled|flat|nowhere|nothing|pipe|wishful|hopes?|promises?|work out|live up|"
    r"beware|wary|careful|watch|look out|ignore|trust|listen|steer|"
    r"accepted|embraced|recogni[sz]ed|backing|supported|positive|favou?rable|weak|thin|"
    r"flimsy|scant|shaky|slim|poor|sparse|scanty|meag(?:re|er)|lacking|wanting|feeble|"
    r"letdown|fad|overhyped|drain|herring|chase|alley|clot|thrombos|stroke|death|died|"
    r"dying|die|dies|fatal|kill|nerve|bleed|haemorrhag|hemorrhag|heart|arrhythm|infect|"
    r"ruptur|burst|torn|tear|stent|only|apart|except|besides|last|sole|fda|approv|"
    r"cleared|authori|licensed|okayed|buri|bury|hid|suppress|cover|silenc|shut|propaganda|"
    r"quiet|secret|protect|pool|flood|pressure|sluggish|stagna|jam|drain|hope|arter|legs?|"
    r"arms?)")
_PREDICTION_CUE = re.compile(r"\b(?:will|ll|going|gonna|maybe|perhaps|soon|someday|"
                             r"eventually|one day|hopefully|might|may|could)\b")
_CONCLUSION_CUE = re.compile(r"\b(?:so|which|therefore|thus|hence|meaning|means|obviously|"
                             r"clearly|proving|showing|confirming|explains|since|given|"
                             r"because)\b")
_AIM_CUE = re.compile(r"\b(?:attempt\w*|tries|tried|trying|aim\w*|seeks?|sought|designed|"
                      r"sold|marketed|pitched|promoted|billed|touted|advertised|offered|"
                      r"presented|"
                      r"meant|intended|supposed|hope[sd]|order|so|involv\w*|consists?|by|"
                      r"inflat\w*|insert\w*|thread\w*|using|uses|used)\b")

# --------------------------------------------------------------------------- other conditions

# Conditions the claim base says nothing about.  Words that are also a harm of the
# procedure ("stroke", "thrombosis") are not here: they name a complication.
_OTHER_CONDITIONS = _lazy(
    r"\b(?:amyotrophic lateral sclerosis|lou gehrig'?s?|parkinson'?s?|parkinsonism|"
    r"alzheimer'?s?|dementia|systemic sclerosis|scleroderma|atherosclerosis|"
    r"arteriosclerosis|tuberous sclerosis|lateral sclerosis|may[- ]thurner|"
    r"varicose|spider veins|leg veins?|legs?|deep vein thrombosis|dvt|"
    r"chronic venous insufficiency in the legs|lupus|fibromyalgia|migraines?|"
    r"meniere'?s?|chronic fatigue|me/cfs|lyme|diabetes|cancer|covid|long covid|"
    r"glaucoma|hypertension|heart disease|rheumatoid arthritis|psoriasis|epilepsy|"
    r"autism|huntington'?s?|myasthenia|guillain[- ]barre|neuromyelitis|nmo|"
    r"knee|hip|cataract|dental|tooth|teeth|gallbladder|appendix|hernia|"
    r"cosmetic|bunion|tonsils?|dialysis|fistulas?|coronary|heart attacks?|"
    r"kidney disease|renal)\b"
)
_ALS = re.compile(r"\bALS\b|(?i:\b(?:for|in|with|and|or|treats?|cures?|helps?|of|has|have)"
                  r"\s+als\b)")
_MS = _lazy(r"\b(?:ms|m s|multiple sclerosis|sclerose en plaques|sclerosi multipla|"
                 r"esclerosis multiple|multiple sklerose|esclerose multipla|"
                 r"multipla|multiple)\b")
_SCLEROSIS = re.compile(r"(?:\b([a-z]+)[\s-]+)?\bsclerosis\b")


def _bare_sclerosis(t: str) -> bool:
    """A "sclerosis" not after "multiple" (or a misspelling of it: "multipel")."""
    from rapidfuzz.distance import DamerauLevenshtein

    return any(m.group(1) is None or DamerauLevenshtein.distance(m.group(1), "multiple") > 2
               for m in _SCLEROSIS.finditer(t))



_LEG_VEINS = re.compile(r"varicose|spider veins|leg veins?|legs?|deep vein thrombosis|dvt|"
                        r"chronic venous insufficiency in the legs|may[- ]thurner")
_NECK = _lazy(r"\b(?:ccsvi|c c s v i|cerebrospinal|neck|jugular|azygos|liberation|tvam|"
              r"zamboni|brain)\b")
# a bare "CCSVI" or "liberation therapy" with another disease and no MS is about that
# disease ("CCSVI may also play a role in ALS")


def other_condition(text: str, cleaned: str | None = None) -> str | None:
    """The other condition a statement is about, when it does not name MS (or names
    it beside a vein disorder of the legs and no neck veins).

    ``cleaned``: ``clean(text)``, when the caller has it already."""
    t = clean(text) if cleaned is None else cleaned
    # ALS in capitals, or after an English word: "als" is also German for "than"
    als = _ALS.search(text)
    if als is None and _CONDITION_CUE.search(t) is None:
        return None
    m = _OTHER_CONDITIONS.search(t)
    if m is None and als is None:
        # "CCSVI causes sclerosis": a bare "sclerosis" (hardening) is not MS
        if _bare_sclerosis(t) and not _MS.search(t):
            return "sclerosis"
        return None
    if (m is not None and m.group(0) in ("leg", "legs")
            and re.search(r"\b(?:ccsvi|cerebrospinal|liberation|venoplasty|tvam)\b", t)):
        # "CCSVI is a narrowing of the veins in the legs", "venoplasty opens the leg
        # veins": a wrong place, not another condition (the claims' details say so)
        return None
    if _MS.search(t):
        # "Can varicose veins in the legs cause MS symptoms?": another vein disorder,
        # with MS named, is still not CCSVI unless the neck veins or CCSVI are named
        if m is None or not _LEG_VEINS.match(m.group(0)) or _NECK.search(t):
            return None
    return m.group(0) if m is not None else "als"


# --------------------------------------------------------------------------- predictions

_PREDICTION = _lazy(
    r"\b(?:will|'ll|is going to|are going to|gonna)\s+(?:\w+\s+){0,3}?"
    r"(?:soon|one day|someday|some day|eventually|in the future|next year|in a few years|"
    r"before long|any day now)\b|\b(?:maybe|perhaps|hopefully|one day|someday|"
    r"eventually|soon)\b[^.?!]*\b(?:will|'ll|is going to|are going to|gonna)\b|"
    # "better imaging might one day reveal a link": a possibility to come
    r"\b(?:might|may|could)\s+(?:\w+\s+){0,10}?(?:one day|someday|some day|eventually|"
    r"in the future|in time)\b|\b(?:might|may|could)\s+(?:still\s+|yet\s+)?"
    r"(?:reveal|uncover|turn up|be found)\b")


# what makes a statement a prediction, taken out to leave the thing foretold: "perhaps
# someday TVAM will prove to halt MS" foretells "TVAM halt MS"
_FUTURE_WORDS = _lazy(
    r"\b(?:it (?:may|might|could) (?:well )?be that|maybe|perhaps|possibly|hopefully|"
    r"conceivably|one day|someday|some day|eventually|in the future|in time|down the road|"
    r"any day now|before long|soon|(?:will|'ll|is going to|are going to|gonna|might|may|"
    r"could|would)(?: (?:still|yet|finally|actually|well|really))*(?: (?:turn out|prove|"
    r"end up|be (?:proven|shown|found)) to)?)\b,?")


def without_future(text: str) -> str:
    """Cleaned ``text`` with what makes it a prediction taken out (the thing foretold)."""
    return re.sub(r"\s+", " ", _FUTURE_WORDS.sub(" ", text)).strip(" ,")


def prediction(text: str) -> bool:
    """The statement foretells ("the FDA will approve it soon"): no fact to check."""
    t = clean(text)
    return _PREDICTION_CUE.search(t) is not None and _PREDICTION.search(t) is not None


# What the procedure would do, or the trials missed, supposed: "the balloon would work if
# they did it earlier", "maybe it works and the studies weren't big enough", "the trials
# just picked the wrong patients", "a bigger trial would prove the vein theory right":
# speculation the sources neither confirm nor refute (what it supposes works has not
# been shown to)
_WORKS_IF = _lazy(
    r"\b(?:would|could|might|may|will)\b(?: (?:finally|really|actually|still|just|"
    r"probably|definitely|all|even))*(?: \w+){0,2}? (?:work|works|help|helps|succeed|"
    r"pay off|do the trick|be effective|fix|cure|clear up)\b[^.;]*?\b(?:if|once|when|"
    r"with (?!ms\b|multiple\b|progressive\b|relapsing\b)|done right|done properly|earlier|"
    r"instead|for a subset|for a subgroup)\b")
_TRIALS_MISSED = _lazy(
    r"\b(?:trials?|studies|study)\b[^.;]*?\b(?:missed (?:it|them|the|a)\b|(?:was|were) "
    r"(?:just |simply )?(?:too small|not big enough|underpowered)|(?:weren't|wasn't|were not|"
    r"was not) big enough|picked the wrong|used the wrong|did it wrong|did (?:it|them) "
    r"wrong|wrong patients|wrong technique)|\b(?:missed|overlooked) (?:it|them|the benefit|"
    r"a real benefit)\b")
_PROVED_RIGHT = _lazy(
    r"\b(?:prove|proves|proved|show|shows)\b (?:the |that )?(?:vein |ccsvi |venous |"
    r"zamboni'?s? )?(?:theory|idea|hypothesis|link)\b(?: \w+)? (?:right|correct|true)\b|"
    r"\bzamboni (?:may|might|could) have been (?:onto|on to) something\b")
# ... or another form of it: "a stent might succeed where the balloon did not", "a second
# round of ballooning might fix it", "the procedure probably works better with stents"
_VARIANT_WORKS = _lazy(
    r"\b(?:stents?|stenting|(?:a )?(?:second|another|repeat\w*) (?:round|ballooning|"
    r"procedure|session)|(?:a )?different (?:kind of )?(?:vein )?(?:procedure|technique|"
    r"approach|surgery))\b[^.;]*?\b(?:would|could|might|may|will)\b(?: \w+){0,3}? "
    r"(?:work|help|succeed|fix|cure|clear up|stop|keep|hold|do better|be better)\b|"
    r"\b(?:works?|helps?) better\b[^.;]*?\bstents?\b")
# the benefit compared between kinds of MS or of patient
_SUBGROUP = (r"(?:progressive|relapsing|remitting|rrms|ppms|spms|younger|older|early|"
             r"newly|women|men|children|kids|elderly|mild)")
_SUBGROUP_BENEFIT = _lazy(
    rf"\b(?:works?|worked|helps?|helped|benefits?|benefited|respond\w*|get|gets|got|does|do|"
    rf"did)\b[^.;]{{0,30}}?\b(?:better|more|best|most)\b[^.;]{{0,40}}?\b{_SUBGROUP}\b"
    rf"[^.;]{{0,40}}?\bthan\b|"
    rf"\b{_SUBGROUP}\b[^.;]{{0,30}}?\b(?:get|gets|got|see|sees|saw|respond\w*|benefit\w*|"
    rf"do|does|did)\b[^.;]{{0,20}}?\b(?:more|better)\b[^.;]{{0,40}}?\bthan\b|"
    rf"\b(?:works?|helps?|helped|benefits?|benefited)\b[^.;]{{0,12}}?\b{_SUBGROUP}\b"
    rf"[^.;]{{0,30}}?\b(?:more|better|far more|much more)\s+than\s+(?:(?:for|in|with|those|"
    rf"people|patients|the)\s+)*(?:[\w-]+\s+){{0,2}}?{_SUBGROUP}\b")
_SUPPOSING = _lazy(r"\b(?:would|could|might|may|maybe|perhaps|possibly|probably|chances|"
                   r"suspect|reckon|guess|likely|i think|presumably|conceivably)\b")
# the words that name the procedure (or the veins it works on), shared by the rules below
_PROCEDURE_NAMES = (r"op|operation|procedure|surgery|treatment|therapy|tvam|angioplasty|"
                    r"venoplasty|liberation|veins?")
_OF_THE_PROCEDURE = _lazy(rf"\b(?:{_PROCEDURE_NAMES}|balloon\w*|stents?|ccsvi|zamboni|"
                          r"theory)\b")


def supposes_it_works(t: str) -> str | None:
    """Cleaned ``t`` supposes that the procedure would work, or that the trials missed
    that it does, or that the theory will be proven right: the claim it supposes ("the
    procedure works", "CCSVI causes MS"), to be rated unproven; else None."""
    if (_SUBGROUP_BENEFIT.search(t) and _OF_THE_PROCEDURE.search(t)
            and _DENIES.search(t) is None):
        # "it does more for women with MS than for men": a benefit presumed,
        # which no trial has shown in any group
        return "liberation therapy works for ms"
    if _SUPPOSING.search(t) is None or _OF_THE_PROCEDURE.search(t) is None or (
            _DENIES.search(t) is not None):
        return None
    if _PROVED_RIGHT.search(t):
        return "ccsvi causes ms"
    if _WORKS_IF.search(t) or _TRIALS_MISSED.search(t) or _VARIANT_WORKS.search(t):
        return "liberation therapy works for ms"
    return None


def foretells_proof(text: str) -> bool:
    """A prediction of what research will show or the procedure will do, not of a ruling
    ("the FDA will approve it", "clinics will offer it")."""
    return _RULING.search(clean(text)) is None


_RULING = _lazy(r"\b(?:fda|nice|approv\w*|authori[sz]\w*|legal\w*|licen[cs]\w*|ban\w*|"
                r"cover\w*|insur\w*|offer\w*|availab\w*|pay|paid|fund\w*|clinics?|"
                r"government|health canada|nhs|medicare)\b")


# ------------------------------------------------------------------------------ requests

# "Mods, can we pin the CCSVI thread?", "Does anyone know a clinic that does the vein
# thing?": a request or a call for help asserts nothing ("Has anyone died after it?" and
# "Can I stop my MS drugs after TVAM?" ask about a fact, answered with the claim's verdict)
_REQUEST = _lazy(
    r"^(?:[a-z]+\s*,\s*)?(?:(?:can|could|would|will)\s+(?:we|you|u|someone|somebody|"
    r"anyone|anybody|a mod|the mods|mods)|(?:does|do)\s+(?:anyone|anybody|someone|"
    r"somebody|you|u|any of you)\s+(?:know|have|recommend|remember)|(?:anyone|anybody)\s+"
    r"(?:know|have|recommend|got))\b[^.!?]*\?+\s*$|"
    # "Anyone else tired of this?", "Everyone should try it!": a call to the reader
    r"^(?:anyone|anybody|who)\s+else\b(?!\s+(?:notice|noticed|see|seen|saw|know|knew|"
    r"read|think|hear|heard|find|found|realise|realize)\b)[^.!?]*\?+\s*$|"
    r"^(?:everyone|everybody|you|u|y'?all|people|ppl)\s+(?:should|must|needs? to|"
    r"ought to|has to|have to)\s+(?:\w+\s+)?(?:try|get|do|have|book|consider)\s+"
    r"(?:it|this|that|them)\b|"
    # "Please stop sharing those miracle-cure videos": a call to the reader, about posts
    r"^(?:(?:please|pls|plz|so|and|but|just|now|guys|folks|everyone|people)\s*,?\s+)*"
    r"(?:stop|quit|don'?t|do not|never)\s+(?:sharing|spreading|posting|reposting|"
    r"forwarding|retweeting)\b[^.!?]*[.!?]*\s*$|"
    # "Talk to your neurologist about the options that do work": advice to the reader
    r"^(?:(?:please|so|and|but|just|always|instead)\s*,?\s+)*(?:talk|speak|chat|check)\s+"
    r"(?:to|with)\s+your\s+(?:own\s+)?(?:doctor|doc|neurologist|neuro|gp|ms nurse|nurse|"
    r"care team|physician|specialist)\s+about\b(?![^.!?]*\b(?:because|since|as)\b)|"
    # "What exactly is CCSVI?", "How would a doctor diagnose it?": a question for
    # information asserts nothing (a yes-no question is read as the claim it asks about)
    r"^(?:(?:so|but|and|ok|okay|hi|hey)\s*,?\s+)?(?:what|how|who|where|which)\s+"
    r"(?:exactly\s+)?(?:is|are|was|were|would|should|do|does|did|can|could|causes?|"
    r"happens?)\b(?![^?]*\b(?:when|if|since|given)\b)[^.!?]*\?\s*$")


# Zamboni's family: his wife's MS is a story often told (news reports say it drew him to
# the disease), which the claim base's sources do not cover; a statement about it is not
# rated by the claims it resembles in words ("Zamboni's wife has MS" is not "liberation
# therapy cures MS"), unless it speaks of the treatment's outcome ("his wife was cured")
_FAMILY = _lazy(r"\b(?:zamboni'?s?|his)\s+(?:own\s+)?(?:wife|wife's|spouse|husband|family|"
                r"daughter|son|relatives?)\b|\bwife of (?:dr\.? |doctor |professor )?"
                r"(?:paolo )?zamboni\b")
_OUTCOME = _lazy(r"\b(?:cur\w*|heal\w*|help\w*|benefit\w*|better|improv\w*|recover\w*|"
                 r"treated|treatment|operated|procedure|surgery|angioplasty|venoplasty|"
                 r"liberat\w*|worse|relaps\w*|walk\w*|symptom\w*)\b")


def about_zambonis_family(text: str) -> bool:
    """The statement is about Zamboni's family (his wife's MS), not the treatment's
    outcome in it."""
    t = clean(text)
    return ("zamboni" in t and _FAMILY.search(t) is not None
            and _OUTCOME.search(t) is None)


def request(text: str) -> bool:
    """The statement is a request or a call for help ("can we pin the CCSVI thread?").
    (A claim quoted in a call to stop spreading it is denied, not only asked about:
    "stop spreading the 'CCSVI causes MS' myth".)"""
    t = clean(text).strip()
    return _REQUEST.search(t) is not None and _STOP_SPREADING.search(t) is None


# A title quoted: "The title is 'Efficacy and Safety of Vein Angioplasty in MS'", "a paper
# entitled 'CCSVI in MS'": what a paper is called asserts nothing
_TITLED = _lazy(r"^(?:the |its |their |his |her |the paper'?s |the study'?s )?(?:title|"
                r"headline|heading)\s+(?:is|was|reads|read)\b|\b(?:is|was|were|are)\s+"
                r"(?:titled|entitled|headlined)\b|\bunder the (?:title|headline)\b|"
                r"\b(?:paper|article|study|book|report|piece|video|story|post)\s+(?:titled|"
                r"entitled|headlined)\b")


def titles(text: str) -> bool:
    """The statement gives the title of a paper or an article, in quotation marks."""
    return (re.search(r"[\"“”'‘’:]", text) is not None
            and _TITLED.search(clean(text).strip()) is not None)


# "only" narrows a claim to one thing ("the *only* risk is a sore neck"): a claim that
# does not say "only" cannot confirm it
# (a bare "only" is often no narrowing: "reported only in people with MS")
_ONLY = _lazy(r"(?<!\bnot )(?<!n't )(?<!\bnot the )(?<!n't the )"
              # ("never received a single report": none at all, no narrowing)
              r"\b(?:the only|the sole|the one and only|just one|"
              r"(?<!\bnever )(?<!\bnever received )(?<!\bnever had )(?<!\bnever seen )"
              r"a single|only one|"
              r"limited to|confined to|nothing worse than|"
              # ("it did nothing more than the sham did" compares; "the side effects were
              # nothing more than a sore neck" narrows)
              r"(?<!\bdid )(?<!\bdoes )(?<!\bdo )nothing more than|"
              r"restricted to|only (?:be )?(?:performed|used|done|offered|carried out|given)|"
              r"(?:performed|used|done|offered|carried out|given) only)\b")


def narrows(text: str) -> bool:
    """The statement says "the only" (or the sole, just one, a single); "not the only"
    widens rather than narrows."""
    return _ONLY.search(clean(text)) is not None


# "most", "all", "every": a quantity that makes a claim false ("CCSVI is found in *most*
# healthy people")
_MOST = _lazy(r"\b(?:most|majority|nearly all|almost all|all|every|everyone|everybody|"
              r"always|widespread|only|exclusively)\b")
# any word of how many or how often
_QUANTITY = _lazy(r"\b(?:most|mostly|majority|all|every|everyone|everybody|always|"
                  r"widespread|more|less|fewer|often|frequent\w*|common\w*|rare\w*|few|"
                  r"many|usually|typically|only|mainly|largely|primarily|chiefly|"
                  r"predominantly|overwhelmingly|generally|\d+)\b")


def is_yes_no(text: str) -> bool:
    """A yes-no question ("Is CCSVI found in healthy people?")."""
    t = clean(text).strip()
    return t.endswith("?") and re.match(
        r"(?:is|are|was|were|does|do|did|can|could|has|have|will|would)\b", t) is not None


def quantifies(text: str) -> bool:
    """The statement says that most or all do: most, all, every, widespread."""
    return _MOST.search(clean(text)) is not None


def counts(text: str) -> bool:
    """The statement says how many or how often, in any way (more, rare, 2%, only...)."""
    return _QUANTITY.search(clean(text)) is not None


# A true fact followed by a conclusion it does not support: "Zamboni found abnormal flow
# in MS, so the link is established", "Canada funded 7 studies, obviously there's
# something to it"
_CONCLUDED = (r"(?:established|proves?|proven|proof|right|correct|something to it|"
              r"something real|risk factor|causes?|caused|causing|contribut\w*|to blame|"
              r"root cause|legit\w*|valid|confirm\w*|mixed|debatable|up for debate|"
              r"open question|unsettled|still open|"
              r"link(?:ed)?|works?|worked|helps?|cures?|drives?|behind|responsible|logical|"
              r"sound|fine|simple|approved|safe|acceptable|okay|ok|protects?|protective|"
              r"promising|backs?|supports?|high risk|at risk|worth trying|kicks? off|"
              r"triggers?|the best|explains? (?:ms|why|it)|runs in families|believed|believes|"
              r"bought (?:into|it))")
_CONCLUSION = _lazy(
    # ("even so, X" concedes, it concludes nothing)
    # ("so that more blood drains" is a purpose, no conclusion; "so that settles it" is)
    r"(?:(?:,|;|\s-|\s)\s*(?:and\s+)?(?<!even )(?:so(?!\s+that\s+(?:more|less|the|a|an|"
    r"blood|they|it|patients|people|their|its|veins|we|you|he|she)\b)|"
    r"which(?= (?:\w+ ){0,2}?(?:shows|means|"
    r"proves|"
    r"suggests|confirms|indicates|implies|tells us|is why|backs|supports|vindicates)\b)|"
    r"therefore|thus|hence|meaning|this means|that means|"
    r"means|(?<![a-z]\s)(?:obviously|clearly)|proving|showing|confirming|that explains|"
    r"which explains)|"
    # "So clearly the vein op works": the adverb after an opening "so" (after a clause,
    # "the risks clearly outweigh any benefit", it draws nothing)
    r"^so(?=[^.!?]*\b(?:clearly|obviously)\b))\b(?P<then>[^.!?]*?)\b" + _CONCLUDED + r"\b|"
    # "since siblings had narrowed veins too, they are at high risk of MS"
    r"^(?:since|given that|because)\b[^,]+,(?P<then2>[^.!?]*?)\b" + _CONCLUDED + r"\b")


def draws_conclusion(text: str) -> bool:
    """The statement draws a conclusion from what it says ("..., so the link is
    established"), and the conclusion is not a denial."""
    t = clean(text)
    m = _CONCLUSION.search(t) if _CONCLUSION_CUE.search(t) else None
    if m is not None and _EVIDENCE_SHOWING.search(t[:m.end()]):
        # "it has no trial evidence showing that it works": the evidence is named, not a
        # conclusion drawn from what came before
        return False
    return m is not None and not re.search(
        r"\b(?:not|no|never|nothing|unlikely|hardly|doubtful|cannot)\b|n't\b", m.group(0))


_EVIDENCE_SHOWING = re.compile(
    r"\b(?:evidence|proof|data|study|studies|trials?|research|results?|findings?)\s+"
    r"(?:showing|proving|confirming)\b")


def premise(text: str) -> str | None:
    """What a drawn conclusion is drawn from: the words before ", so ..." or the clause
    of "since ..., ...", when the statement draws one (``draws_conclusion``) and they
    are a clause of their own (not "it clearly helps MS")."""
    t = clean(text)
    if not draws_conclusion(t):
        return None
    m = _CONCLUSION.search(t)
    if m is None:
        return None
    if m.group("then2") is not None:
        before = re.match(r"^(?:since|given that|because)\b([^,]+),", t)
        said = before.group(1) if before else ""
    elif m.group(0).lstrip()[:1] in (",", ";", "-"):
        said = t[:m.start()]
    else:
        return None
    said = said.strip(" ,;:-")
    return said if len(said.split()) >= 3 else None


# "the presumed mechanism of CCSVI", "its alleged benefits": the claim named as presumed,
# not asserted; and "whether X is beneficial is controversial": X left open
_PRESUMED = _lazy(r"\b(?:presumed|supposed|purported|putative|alleged|hypothesi[sz]ed|"
                  r"hypothetical|so-called)\b|\bwhether\b.*\b(?:is|are|was|were|remains?)\s+"
                  r"(?:still\s+)?(?:controversial|debated|disputed|contested|unclear|uncertain|"
                  r"unknown|an open question|a matter of debate)\b|"
                  # "to determine whether X is safe": X is what is asked
                  r"\b(?:determine|determining|test|testing|see|find out|assess|assessing|"
                  r"evaluate|evaluating|investigate|investigating|examine|examining|learn|"
                  r"establish|establishing)\s+(?:\w+\s+){0,2}?(?:whether|if)\b|"
                  # "nobody knows whether X", "doctors aren't sure if X": X left open
                  r"(?:\b(?:nobody|no one|no-one|none of us|not|never)|n't)\s+(?:\w+\s+){0,2}?"
                  r"(?:knows?|knew|sure|certain|clear|tell|say|said|determined|established|"
                  r"shown|found out)\s+(?:yet\s+)?(?:whether|if)\b|"
                  # "the idea that X was hotly debated": the debate, not X, is asserted
                  r"\b(?:idea|claim|notion|theory|hypothesis|proposal|suggestion|belief) "
                  r"that\b.*\b(?:is|are|was|were|has been|have been|became|remains?|proved)\s+"
                  r"(?:\w+ly\s+)?(?:controversial|debated|disputed|contested|questioned|"
                  r"divisive|polari[sz]ing|challenged|critici[sz]ed)\b")


def presumes(text: str) -> bool:
    """The statement names its claim as presumed, or leaves it open ("whether X ... is
    controversial")."""
    return _PRESUMED.search(clean(text)) is not None


# "the relief was proven to stem from improved drainage", "the scans proved it",
# "... had clearly improved flow on their scans": an unproven claim said to have been shown
_PROOF_CLAIMED = _lazy(
    r"\b(?:(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+)?(?:proven|proved|shown|"
    r"demonstrated|confirmed|established|documented)|(?:scans?|studies|study|trials?|"
    r"research|data|evidence|premise|imaging|it)\s+(?:\w+ly\s+)?(?:proved|proves|showed|"
    r"shows|demonstrated|demonstrates|confirmed|confirms|established)|lined up|"
    r"on (?:their|the|his|her|my) scans)\b")
_PROOF_HEDGED = _lazy(r"\b(?:may|might|could|would|maybe|perhaps|possibly|probably|likely|"
                      r"think|thinks|believe|believes|guess|suppose|seems?|apparently|if|"
                      r"whether|not|no|never|unclear|nobody|none|yet|hope\w*|claim\w*|"
                      r"says?|said|told|report\w*|according)\b|n't\b|\?")


def claims_proof(text: str) -> bool:
    """The statement says, in its own voice and without a hedge, that something has been
    shown ("it was proven that X", "the scans proved it")."""
    t = clean(text)
    return _PROOF_CLAIMED.search(t) is not None and _PROOF_HEDGED.search(t) is None


_DOUBTS = _lazy(r"\b(?:unclear|not clear|not known|unknown|uncertain|not certain|"
               r"not established|not been established|not proven|unproven|not been proven|"
               r"not been shown|not shown|no evidence|no good evidence|no reliable evidence|"
               r"remains to be seen|an open question|not sure|not yet known|"
               # "it may have had nothing to do with blood flow": a doubt, hedged
               r"(?:may|might|could) (?:well )?(?:have )?(?:had )?nothing to do with|"
               r"(?:may|might|could) (?:well )?not (?:have )?(?:been )?(?:due to|caused by|"
               r"because of|from))\b")


def doubts(text: str) -> bool:
    """The statement says something is not established ("it is unclear whether X")."""
    return _DOUBTS.search(clean(text)) is not None


# Words that speak ill of the theory, the procedure or how they were handled ("a waste of
# money", "a disgrace", "handled badly", "a sad chapter", "une arnaque"): no myth is said
# in them, whatever a sentence embedding finds them near ("hoax" and "fraud" are left out:
# "a hoax cooked up by drug companies to discredit Zamboni" is the myth's side)
_SPEAKS_ILL = _lazy(
    r"\b(?:waste[ds]?|wasteful|disgrace\w*|shameful|shame|scandal\w*|fiasco|debacle|"
    r"farce|badly|poorly|sad|sadly|tragic\w*|tragedy|regret\w*|mess|craze|fad|hype[ds]?|"
    r"scams?|scammers?|quack\w*|snake oil|junk|rip[- ]?offs?|"
    r"swindle\w*|con (?:job|artists?|men)|cash grab|money grab|down the drain|prey(?:s|ed|ing)? "
    r"on|exploit\w*|predatory|cruel\w*|false hope|misplaced|misguided|"
    r"arnaque|escroquerie|estafa|timo|truffa|imbroglio|betrug|abzocke)\b")


def speaks_ill(text: str) -> bool:
    """The statement speaks ill of its subject ("CCSVI research was a waste of money")."""
    return _SPEAKS_ILL.search(clean(text)) is not None


# The topic named as what is talked, asked, read or written about ("someone brought up
# CCSVI last week", "I'm writing a piece about CCSVI"): it is mentioned, not said to be
# anything
_MENTIONED = _lazy(
    r"\b(?:about|regarding|re|on|heard of|up|mentioned|mentions|mention|covered|covering|"
    r"cover|discussed|discussing|discuss|researching|googled|googling)\s+(?:the\s+|this\s+|"
    r"that\s+|all\s+this\s+|all\s+the\s+)?(?:ccsvi|liberation therapy|tvam|"
    r"zamboni(?:'s)?(?: theory| idea| procedure)?|the liberation procedure|venoplasty)"
    r"(?:\s+(?:thing|stuff|story|saga|debate|controversy|topic|issue|research|theory|idea))?"
    r"\s*(?:[,.;:!?]|$|\b(?:before|last|for|lately|recently|yet|since|again|today|"
    r"yesterday|at|in|on|from|via|during|after|over|this|with|and|but|so|because|when|"
    r"while|anymore|online|much|a lot|every|each|nearly|almost|constantly|often|"
    r"regularly|all the time|daily|weekly|monthly|twice|once)\b)")
_TALK = _lazy(
    r"\b(?:talk\w*|ask\w*|brought|bring\w*|writ\w*|wrote|read|reads|reading|heard|hear|"
    r"hears|hearing|piece|article|story|podcast|episode|column|report\w*|question\w*|"
    r"chat\w*|meeting|group|covered|covering|mention\w*|discuss\w*|researching|googl\w*|"
    r"learn\w*|curious|wonder\w*|know\w*|interest\w*|books?|leaflets?|documentar\w*|"
    r"videos?|films?|course|class|lectures?|seminars?|webinars?|conferences?|papers?|"
    r"bought|ordered)\b")


# ... or as the name of a thread, a group or a time ("last week's CCSVI thread", "since
# before the CCSVI days")
_LABELS = r"(?:thread|days|era|years|forum|group|page|post|video|podcast|hashtag|channel|" \
          r"subreddit|chat|meetup)"
_TOPIC_AS_LABEL = _lazy(rf"\b(?:ccsvi|liberation therapy|tvam)\s+{_LABELS}s?\b")


# what people felt about it: "many people with MS had high hopes for liberation therapy",
# "I was excited about the vein procedure" (the topic, then the end of the clause)
_FELT_ABOUT = _lazy(
    r"(?:\b(?:(?:high|great|big|real|such|so many|many|huge|false) )?hopes? (?:for|in|on)|"
    r"\b(?:excited|hopeful|enthusiastic|optimistic|curious|eager|thrilled|buzzing) "
    r"(?:about|for|over)) (?:the |this |that )?(?:ccsvi|liberation therapy|tvam|venoplasty|"
    r"the liberation procedure|(?:neck )?vein (?:procedure|surgery|operation|treatment))"
    r"(?:\s+(?:theory|idea|treatment|procedure|surgery))?\s*(?:[,.;!?]|$|\b(?:in|at|back|"
    r"when|then|once|before|after|too|as well)\b)")


# ... or as a topic of talk: "CCSVI and liberation therapy are a hot topic among patients"
_HOT_TOPIC = _lazy(r"\b(?:is|are|was|were|became|become|remains?|remained)\s+(?:still\s+)?"
                   r"(?:a |the )?(?:hot|big|huge|popular|controversial|divisive|heated|major|"
                   r"much[- ]discussed|favou?rite)\s+(?:topic|subject|talking point)s?\b")


def only_mentions(text: str) -> bool:
    """The statement names the topic only as what is talked or asked about, or as what
    people felt about."""
    t = clean(text)
    return (_MENTIONED.search(t) is not None and _TALK.search(t) is not None
            or _FELT_ABOUT.search(t) is not None or _HOT_TOPIC.search(t) is not None)


_LABEL_CUE = re.compile(rf"(?i)\b{_LABELS}")


def labels_only(text: str) -> bool:
    """The topic names a thread, group or time, and nothing else names it."""
    if _LABEL_CUE.search(text) is None:  # (most statements: no clean() for this)
        return False
    t = clean(text)
    m = _TOPIC_AS_LABEL.search(t)
    return m is not None and re.search(r"\b(?:ccsvi|liberation therapy|tvam)\b",
                                       t[:m.start()] + t[m.end():]) is None


# "perhaps the balloon job works for people whose veins are worst", "done early enough it
# might hold MS back": a benefit offered as a hope for some patients or for
# early treatment is a hypothesis the trials did not test one way or the other (they found
# no benefit in the people they treated); a cure, or a benefit stated outright, stays false
_SPECULATED = _lazy(r"\b(?:might|may|could|would|perhaps|possibly|maybe|potentially)\b|\?\s*$")
_SOME_PATIENTS = _lazy(
    r"\b(?:sub-?groups?|sub-?sets?|some (?:ms )?(?:patients|people|cases)|certain (?:ms )?"
    r"(?:patients|people|cases)|(?:the )?right patients|early|earlier|before disability|"
    r"(?:most )?severe (?:narrowing|cases|stenosis|blockage)|"
    # "perhaps the trials were too short: it could show benefits over many years"
    r"over (?:many|several|more|a few) years|in the long (?:run|term)|long-?term|"
    r"longer (?:follow-?ups?|trials?|studies)|"
    # ... or one that trials to come, or better ones, might find: "a small benefit the
    # trials missed", "newer stents might make it work", "someday they'll prove it"
    r"(?:future|better[- ]designed|bigger|larger|better|newer|new) (?:trials?|studies|"
    r"research|stents?|designs?|devices?|techniques?)|someday|some day|one day|"
    r"in (?:a few|some|coming) years|(?:trials?|studies|science) (?:just |simply )?(?:missed|"
    r"(?:didn't|did not|couldn't|could not|can't|cannot) (?:measure|catch|detect|pick up))|"
    r"too (?:small|short) to (?:catch|detect|show|find|pick up))\b")
_BENEFIT = _lazy(r"\b(?:help\w*|benefit\w*|work\w*|improve\w*|slow\w*|better results?|"
                 r"effective)\b")
_CURE = _lazy(r"\b(?:cur(?:e|es|ed|ing)|eliminat\w*|reverse\w*|halt\w*|stop\w*)\b")


def speculates_benefit(text: str) -> bool:
    """The statement offers a benefit of the procedure as a hope for some patients or for
    early treatment, not a cure."""
    t = clean(text)
    return (_SPECULATED.search(t) is not None
            and _SOME_PATIENTS.search(t) is not None and _BENEFIT.search(t) is not None
            and _CURE.search(t) is None)


# "blocked jugulars could be something MS does to the body, a result of it": the other way
# round from every claim on cause, which a bag of words cannot tell from "MS is the
# result of CCSVI"
_FOLLOWS_FROM_MS = _lazy(
    r"\b(?:ccsvi|veins?|venous|jugulars?|narrow\w*|drainage|outflow|blockages?|stenos[ie]s)\b"
    r".{0,60}?\b(?:consequence|result|effect|by-?product|outcome)s?\s+"
    # "... may be a consequence rather than a cause of MS"
    r"(?:rather than (?:a |the |its )?cause\s+)?of\s+(?:the\s+)?"
    r"(?:ms|multiple sclerosis|disease|illness|having ms)\b")


def names_ms(text: str) -> bool:
    """The text names MS (in any of the base's languages)."""
    return _MS.search(clean(text)) is not None


def cause_turned_round(text: str) -> bool | None:
    """Whether the statement says the veins' state is a result of MS rather than its
    cause: True ("CCSVI could be an effect of MS instead of its cause"), False when it
    denies that ("CCSVI is not a result of MS"), None when it says neither."""
    m = _FOLLOWS_FROM_MS.search(clean(text))
    if m is None:
        return None
    return _DENIES.search(_uncontracted(m.group(0))) is None


# --------------------------------------------------------------------------- comparisons

# "more controls than patients", "the sham group was larger than the venoplasty group",
# "safer than ballooning": a comparison the claim does not make cannot be judged by it
_COMPARES = _lazy(r"\b(?:more|less|fewer|greater|smaller|larger|bigger|higher|lower|"
                  r"better|worse|safer|riskier|cheaper|costlier|longer|shorter|earlier|"
                  r"later|(?!(?:other|rather|whether|either|neither)\b)\w+er)\s+"
                  r"(?:\w+\s+){0,6}?than\b"
                  # ("more than 50 percent", "more than half": a quantity, no comparison)
                  r"(?!\s+(?:about\s+|around\s+|roughly\s+)?(?:\d+|\$|half\b|a (?:third|"
                  r"quarter|half|hundred|thousand|million|dozen)\b|one|two|three|four|five|"
                  r"six|seven|eight|nine|ten|twenty|fifty|a hundred)\b)"
                  # ("wider than before", "worse than ever": the thing with itself, in time)
                  r"(?!\s+(?:before|ever|usual|normal|they were|it was|they had been|"
                  r"it had been|at first)\b)|"
                  # ("as long as", "as soon as", "as far as": no comparison)
                  r"\bas\s+(?!(?:long|soon|far)\s+as\b)(?:\w+\s+){1,3}?as\b|"
                  r"\b(?:beats?|outperform(?:s|ed)?|superior to|inferior to)\b")


def compares(text: str) -> bool:
    """The statement compares two things ("more X than Y", "as safe as")."""
    return _COMPARES.search(clean(text)) is not None


# "CCSVI is more common in people with MS": a comparison whose other side is implied
_IMPLICIT = _lazy(r"\b(?:more|less|fewer)\s+(?:common|frequent|prevalent|often|likely|"
                  r"effective|dangerous|risky)\b")


def compares_implicitly(text: str) -> bool:
    """The text compares without saying with what ("more common in people with MS")."""
    return _IMPLICIT.search(clean(text)) is not None


_DIMENSION = re.compile(r"\b(?:(?P<verb>\w+)\s+)?(?P<word>more|less|fewer|"
                        r"(?!(?:other|rather|whether|either|neither)\b)\w+er)\s+"
                        r"(?:(?P<what>\w+)\s+)?(?:\w+\s+){0,5}?than\b|"
                        r"\bas\s+(?!(?:long|soon|far)\s+as\b)(?P<as>\w+)(?:\s+\w+){0,2}?"
                        r"\s+as\b")


_AS_GOOD = frozenset({"good", "well", "effective", "helpful", "useful", "beneficial"})


# "helps MS more than a sham does", "a stronger evidence base than MS drugs": what
# "better than" compares on
_BETTER = re.compile(r"\b(?:stronger|superior)\b|\b(?:helps?|helped|works?|worked|benefits?|"
                     r"benefited)\b(?:\s+[\w-]+){0,4}?\s+more\s+than\b"
                     # ("helps progressive MS more than it helps relapsing MS" compares who)
                     r"(?!\s+(?:it|they|this|that)\b)")


def compared_on(text: str) -> str | None:
    """What a comparison compares on: "safer" in "safer than", "effective" in "more
    effective than", "costs" in "costs less than"; None when it makes none."""
    t = clean(text)
    if _BETTER.search(t):
        return "better"
    m = _DIMENSION.search(t)
    if m is None:
        return None
    if m.group("as"):
        # "as good as", "as well as": the comparison "better than" makes
        return "better" if m.group("as") in _AS_GOOD else m.group("as")
    word = m.group("word")
    if word in ("more", "less", "fewer"):
        what = m.group("what")
        return what if what and what != "than" else m.group("verb") or word
    return word


# --------------------------------------------------------------------------- naming

# "This venous disorder is called CCSVI", "he termed the condition CCSVI", "'liberation
# therapy' is the name given to...": a sentence that names or labels the topic says
# what it is called, not what it does
_NAMING = _lazy(
    r"\b(?:is|are|was|were|has been|have been|be|being)\s+(?:now\s+|also\s+|often\s+|"
    r"commonly\s+|sometimes\s+|initially\s+|first\s+)?(?:called|termed|known as|named|"
    r"dubbed|referred to as|described as|labell?ed|nicknamed)\b|"
    r"\b(?:he|she|they|zamboni|researchers|doctors|proponents)(?:\s+has|\s+have|\s+had|'s|"
    r"\s+is)?\s+(?:termed|dubbed|named|coined)\b|"
    r"\b(?:is|was|are)\s+the\s+(?:acronym|abbreviation|name|term|label)\s+(?:for|of|"
    r"given to|used for)\b|\bgoes by the name\b|\b(?:stands|stood) for\b|"
    r"\bis (?:short|an abbreviation) for\b|"
    # "CCSVI is characterized by restricted outflow": what the condition is said to be
    r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:characteri[sz]ed|defined)\s+(?:by|as)\b")


# "a procedure that attempts to improve the blood flow", "inflating the balloon to
# enlarge the vein and restore normal blood flow", "liberation therapy involves opening
# up narrowed veins": what the procedure does or is for, described, not that it works
_EFFECT = (r"to (?:improve|restore|enlarge|widen|open|increase|unblock|clear|correct|boost|"
           r"fix|dilate|stretch|relieve|ease|treat|drain|unclog|flush)\b")
_AIM = _lazy(
    r"\b(?:attempts?|attempted|attempting|tries|tried|trying|aims?|aimed|aiming|seeks?|"
    r"sought|designed|meant|intended|supposed|hoped|hopes|in order|so as|"
    # "sold as a way to drain backed-up blood": what it was sold for, not what it does
    r"(?:sold|marketed|pitched|promoted|billed|touted|advertised|offered|presented)\s+as\s+"
    r"(?:a\s+)?(?:way|means|method|treatment|procedure|fix|cure)(?:\s+\w+)?)\s+" + _EFFECT +
    r"|\bso that (?:more |the |its |normal )?(?:blood|flow|drainage|veins?|it)\b|"
    r"\binvolv(?:es|ed|ing)\b|\bconsists? of\b|\bby (?:opening|widening|inflating|"
    r"stretching|unblocking)\b|\b(?:inflat\w+|insert\w+|thread\w+|using|uses|used)\b"
    r"[^.;!?]{0,80}?\b" + _EFFECT)
_AIM_ASSERTED = _lazy(r"\b(?:which|and|that)\s+(?:\w+\s+)?(?:cures?|heals?|works?|"
                      r"helps?|reverses?|stops?|halts?|fixes)\b")


def describes_aim(text: str) -> bool:
    """The statement describes what the procedure does or is for, without saying that
    it works ("a procedure that attempts to improve blood flow out of the brain")."""
    t = re.sub(r"\s+", " ", clean(text)).strip(" .!?\"'")
    # ("using balloons to widen the veins cures MS": what it does, said)
    t = _balloons_as_procedure(t) or t
    return (_AIM_CUE.search(t) is not None and _AIM.search(t) is not None
            and _AIM_ASSERTED.search(t) is None
            # ("... by widening them, then your MS vanishes": a cure promised)
            and _VEINS_THEN_CURED.search(t) is None)


# "researchers looked for a link between CCSVI and MS", "studies tested whether it
# works": what was looked for or tested, not asserted (what was found is, when said:
# "... and found none" is read as it stands)
_SEEK_CUE = re.compile(r"\b(?:look|search|hunt|seek|sought|test|stud|investigat|examin|explor|ask|"
                       r"set out|wanted|to (?:see|find|learn|determine|establish|check))")
_SOUGHT = _lazy(
    # (not the purpose of something asserted: "a neck scan to look for CCSVI")
    r"(?<!\bto )\b(?:look(?:s|ed|ing)? (?:for|into)|search(?:es|ed|ing)? for|"
    r"hunt(?:s|ed|ing)? for|seek(?:s|ing)?(?: out)?|sought(?: out)?|"
    r"test(?:s|ed|ing)? (?:whether|if|the (?:idea|theory|hypothesis|claim|notion))|"
    r"stud(?:y|ies|ied|ying) (?:whether|if)|investigat(?:e|es|ed|ing) (?:whether|if)|"
    r"examin(?:e|es|ed|ing) (?:whether|if)|explor(?:e|es|ed|ing) (?:whether|if)|"
    r"ask(?:s|ed|ing)? (?:whether|if)|set out to (?:find|test|see|check|confirm|prove)|"
    r"wanted to (?:know|see|find out) (?:whether|if)|"
    r"to (?:see|find out|learn|determine|establish|check) (?:whether|if))\b")
_FOUND = _lazy(r"\b(?:found|finds?|find|showed|shows?|shown|confirm\w*|turned up|proved?|"
               r"proven|revealed?|detected|saw|seen|none|nothing|no|not|never|without|"
               r"failed|came up|answer\w*|result\w*|conclu\w*|reproduc\w*|replicat\w*|"
               r"supported|backed)\b|n't\b")


def seeks(text: str) -> bool:
    """The statement says what was looked for or tested, and nothing of what was found
    ("researchers looked for a link between CCSVI and MS")."""
    t = clean(text)
    m = _SOUGHT.search(t) if _SEEK_CUE.search(t) else None
    return m is not None and _FOUND.search(t[m.end():]) is None


def names(text: str) -> bool:
    """The statement names or labels something ("X is called CCSVI")."""
    t = clean(text)
    return _NAMING.search(t) is not None


# --------------------------------------------------------------------------- attribution

# Verbs of saying and believing, and of selling: what follows is the reported claim.
_REPORT_VERBS = (
    r"claim(?:s|ed)?|say(?:s)?|said|believe(?:s|d)?|think(?:s)?|thought|argue(?:s|d)?|"
    r"insist(?:s|ed)?|maintain(?:s|ed)?|assert(?:s|ed)?|allege(?:s|d)?|"
    r"hypothes[iz]e(?:s|d)?|theori[sz]e(?:s|d)?|speculate(?:s|d)?|propose(?:s|d)?|"
    r"suggest(?:s|ed)?|posit(?:s|ed)?|contend(?:s|ed)?|swear(?:s)?|swore|reckon(?:s|ed)?|"
    r"promise(?:s|d)?|advertise(?:s|d)?|market(?:s|ed)?|promote(?:s|d)?|"
    r"tout(?:s|ed)?|sell(?:s)?|sold|pitch(?:es|ed)?|bill(?:s|ed)?|"
    r"(?:re)?post(?:s|ed)?|wrote|write(?:s)?|tweet(?:s|ed)?|retweet(?:s|ed)?|"
    r"share(?:s|d)?|spread(?:s)?|told (?:me|us|them|her|him|people|reporters|journalists|"
    r"the press|the media|patients)|"
    r"tell(?:s)? (?:me|us|people|patients)|keep(?:s)? saying|are saying|is saying|"
    r"was saying|were saying|used to say|used to think|used to believe|once believed|"
    r"once thought|once claimed|report(?:s|ed)?(?=\s+that\b)|conclude[sd](?=\s+that\b)|"
    r"found(?=\s+(?:that|a|an|high|abnormal|narrow\w*)\b)|discovered"
)
# Who reports.  Authorities reporting a finding endorse it ("studies show X"): they
# are not listed, and "according to the FDA" is no report either.
# Zamboni, by name: "Zamboni", "Dr. Zamboni", "Professor Paolo Zamboni"
_ZAMBONI_NAME = r"(?:(?:dr\.?|prof\.?|professor) )?(?:paolo )?zamboni"
# those treated, reporting on themselves: "several patients who underwent the operation
# in a trial setting said ..."
_TREATED = (
    r"(?:some|many|several|a few|a number of|lots of) (?:people|patients|ms patients|"
    r"people with ms|of (?:the|those) (?:people|patients)) (?:who|that) (?:had|got|tried|"
    r"underwent|received) (?:(?:the|this|that|a|an) (?:[\w-]+ ){0,2}?(?:procedure|operation|"
    r"op|surgery|treatment)|liberation therapy|venoplasty|angioplasty|tvam)"
    r"(?: in (?:an? |the )?(?:experimental|trial|research) (?:setting|settings|context)|"
    r" in (?:the )?(?:trials?|studies|early studies))?")
# ... that they felt better: some did say so (the claim that improvement was reported),
# unless the statement draws a conclusion from it
_TREATED_FELT_BETTER = _lazy(
    rf"^(?:{_TREATED}) (?:said|say|says|reported|report|claimed|claim|told \w+)(?: that)? "
    r"(?:they|their (?:condition|symptoms|ms|health))(?: had)? (?:felt|feel|feeling|got|"
    r"were|was|had)? ?(?:(?:much|a lot|a bit|somewhat) )?(?:better|improved|improving|"
    r"an improvement|improvements?)\b(?![^.;]*\b(?:so|therefore|proves?|proving|which "
    r"means|shows?|showing|must|clearly)\b)")
# ... or that every one of them did: "every patient treated got better" says more than
# the reports (some did) and than the sham-controlled trials (no more than after a sham):
# the claim that the procedure improves MS symptoms
_ALL_FELT_BETTER = _lazy(
    r"\b(?:everyone|everybody|every (?:single )?(?:patient|person|one)|each (?:patient|"
    r"person)|all (?:of )?(?:the |those )?(?:patients|people|those))\b(?: [\w'-]+){0,8}? "
    r"(?:felt|feels|feel|got|gets|get|was|were|came out) (?:\w+ )?(?:better|improved)\b|"
    r"\b(?:everyone|everybody|all (?:the )?(?:patients|people)) (?:who|that) (?:had|got|"
    r"tried|underwent)\b(?: [\w'-]+){0,6}? improved\b")
_THOSE_WHO_FELT_BETTER = _lazy(
    r"\b(?:who|that) (?:said (?:that )?(?:they )?|say (?:that )?(?:they )?|reported (?:that )?"
    r"(?:they )?|claimed (?:they )?)?(?:felt|feel|got|improved)\b(?: \w+)? (?:better|"
    r"after)?[^.;]*\b(?:drainage|flow|veins?|scans?)\b")
_PROCEDURE_WORD = _lazy(rf"\b(?:{_PROCEDURE_NAMES}|ballooned|ballooning)\b")
_REPORTERS = (
    rf"{_TREATED}|"
    rf"{_ZAMBONI_NAME}|some people|many people|"
    # "the theory's supporters" ("backers of the theory" are backers, of what they back)
    r"(?:the )?(?:theory|hypothesis|idea|ccsvi|procedure|treatment)'?s? (?:proponents|"
    r"supporters|advocates|believers|promoters|backers|champions)|"
    r"proponents|supporters|advocates|believers|promoters|fans|"
    # "those pushing CCSVI", "people pushing the CCSVI idea"
    r"(?:those|people|folks|anyone|the ones|the people) (?:pushing|promoting|selling|backing|"
    r"championing) (?:the )?(?:ccsvi|liberation therapy|vein|neck[- ]vein|zamboni'?s?)"
    r"(?: (?:idea|theory|hypothesis|thing|procedure|treatment))?|"
    r"clinics?|(?:a|the|some|many|private|foreign|overseas) clinics?|"
    # "CCSVI clinics claimed ...", "liberation clinics in Mexico advertise ..."
    r"(?:(?:the|some|many|private|foreign|overseas)\s+)?(?:ccsvi|liberation|vein|venous|"
    r"venoplasty|angioplasty|tvam)\s+(?:therapy\s+)?(?:clinics?|centres?|centers?|"
    r"providers?|doctors|surgeons|practitioners|websites?|sites?)|"
    r"(?:an?|the|some|one|this|that|his|her|its) (?:[\w-]+ ){0,2}?(?:clinic|doctor|surgeon|website|"
    r"site|blog|video|article|post|author|writer|book|host|presenter|narrator|caller|guest|"
    r"seller|vendor|ad|advert|brochure|leaflet|flyer|pamphlet|listing|podcast|podcaster|"
    r"documentary|film|movie|"
    r"forum|group|friend|neighbou?r|relative|cousin|aunt|uncle|mother|father|mom|dad|"
    r"sister|brother|wife|husband|patient|influencer|chiropractor|naturopath|"
    r"practitioner|company|promoter|proponent|advocate|user|poster|commenter|guy|woman|man|"
    r"neurologist|nurse|researcher|scientist|professor|radiologist|vascular surgeon|"
    r"spokesperson|spokesman|spokeswoman|representative|rep|salesperson|marketer)|"
    r"my (?:\w+ ){0,2}(?:friend|neighbou?r|relative|cousin|aunt|uncle|mother|father|mom|"
    r"dad|sister|brother|wife|husband|doctor|chiropractor|naturopath|colleague|"
    r"coworker|boss|grandma|grandmother|grandpa|grandfather|son|daughter|partner|"
    r"physio|physiotherapist|nurse|gp|pharmacist|therapist|coach|trainer|dentist|"
    r"pastor|hairdresser|mum|neurologist|neuro|specialist|physician|surgeon|consultant|"
    r"doc|ms nurse|ms specialist|care team|medical team)|"
    r"critics|skeptics|sceptics|the media|media|newspapers|the internet|"
    # health sites and papers by name: "Healthline reports that ...", "the Times wrote"
    r"healthline|webmd|wikipedia|medscape|mayo clinic|the nhs|nhs|the bbc|bbc|cbc|cnn|"
    r"(?:the\s+)?(?:globe and mail|star|times|guardian|independent|economist)|"
    r"(?:the\s+)?[a-z]+(?:times|herald|tribune|gazette|journal|magazine|globe|telegraph|"
    r"guardian|news)|"
    # "Italian media reported that ...", "the local press said ..."
    r"(?:the )?(?:italian|canadian|american|us|u\.s\.|polish|british|uk|local|national|"
    r"mainstream|news|foreign|international) (?:media|press|newspapers|papers|news|outlets|"
    r"news outlets|tv|television|reporters|journalists)|the press|"
    r"social media|facebook|youtube|tiktok|websites|sites|blogs|videos|ads|adverts|"
    r"advertisements|someone|somebody|a few|a lot of people|lots of people|"
    r"(?:the )?ccsvi (?:community|movement|advocates|proponents|supporters)|"
    r"(?:the )?(?:theory|hypothesis|idea|proposal|proponents?) (?:of ccsvi )?"
    r"(?:holds|held|says|said|claims|claimed|states|stated)|"
    r"(?:some|many|a few|certain|several|most|a (?:growing |large |small |increasing )?"
    r"number of) (?:[\w-]+ )?(?:doctors|surgeons|members|specialists|experts|"
    r"neurologists|physicians|clinicians|nurses|radiologists|"
    r"commentators|folks|"
    r"researchers|scientists|patients|clinics|websites|sites|people|groups|practitioners|"
    r"promoters|bloggers|influencers|youtubers|vloggers|posters|commenters|users|"
    r"forums|families|parents|readers|viewers|activists|celebrities|politicians)|"
    r"bloggers|influencers|youtubers|activists|"
    # "the angioplasty crowd claim that X", "the pro-CCSVI camp insists X"
    r"the (?:[\w-]+ )?(?:crowd|camp|lobby|brigade|faithful)|"
    r"backers|he|she|they|some|people|ppl|some ppl|many|others|patients|users|posters|"
    r"members"
)
# "promoters of the CCSVI theory", "a clinic in Mexico", "sites online"
_OF_WHAT = (r"(?:\s+(?:of|for|behind|in|from|at|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+?"
            r"(?=\s+(?:" + _REPORT_VERBS + r")\b)|\s+(?:abroad|online|overseas))?")
_ATTRIBUTION = _lazy(
    rf"^(?:(?:but|and|so|well|yes|yeah|ok|okay|still|also|even|now|today|once|"
    rf"back then|at first|originally|initially|years ago|in \d{{4}}|sometimes|lately|"
    rf"recently|often|again|these days|nowadays|for years|"
    rf"every (?:few |couple of |other )?(?:days?|weeks?|months?|years?|time))\s+)*"
    # a time before a comma: "In the late 2000s, some researchers ..."
    rf"(?:(?:(?:in|by|around|back in|during|until) (?:the )?(?:early |mid-?|late )?"
    rf"(?:\d{{4}}s?|'?\d0s)|at the time|in those days|at first|back then|years ago),\s+)?"
    # Zamboni's own first paper as the setting: "In his original paper, Zamboni wrote ..."
    rf"(?P<own>in (?:his|{_ZAMBONI_NAME}'?s?|the)(?: very)? (?:own )?(?:first|original|"
    rf"initial|earliest|2008|2009)(?: ccsvi)? (?:study|paper|report),?\s+)?"
    rf"(?P<who>{_REPORTERS})(?:'s? [a-z]+)?{_OF_WHAT}"
    # "The Italian doctor from Ferrara, Zamboni, had claimed ..."
    rf"(?:\s+(?:from|of|in|at) [\w-]+)?(?:,\s+{_ZAMBONI_NAME},)?"
    # "Zamboni and colleagues have reported", "Zamboni et al. reported"
    r"(?:\s+(?:and|&)\s+(?:his\s+|her\s+|their\s+)?(?:colleagues|co-?workers|co-?authors|"
    r"team|associates|others)|\s+et\s+al\.?)?"
    # "Dr. Paolo Zamboni, a vascular surgeon from Italy, has found ..."
    rf"(?:,\s+(?:a|an|the)\s+[^,]{{3,60}},)?"
    rf"(?:\s+(?:\w+ly|also|still|even|once|often|always|falsely|wrongly|mistakenly|openly|"
    rf"later|then|now|just|actually|eventually|"
    rf"has|have|had|"
    rf"publicly|repeatedly|online|here|(?P<neg>never|did not|didn't|has not|hasn't|had not|"
    rf"hadn't|does not|doesn't)))*\s+"
    rf"(?P<verb>{_REPORT_VERBS})\b(?:\s+(?:that|how))?\s+(?P<what>.+)$"
)
_ACCORDING_TO = _lazy(
    rf"^(?:according to|per)\s+(?P<who>(?:{_ZAMBONI_NAME}'?s?|the clinic'?s?|"
    rf"(?:the )?advocates'?|(?:the )?proponents'?) (?:\d{{4}} |original |first |own )*"
    rf"(?:paper|study|theory|hypothesis|work|research|website|site|claims?|ads?)|"
    rf"{_REPORTERS}|(?:the )?(?:ccsvi )?(?:clinics?|"
    rf"advocates|proponents|supporters|promoters|websites?)|"
    # "according to one theory, X": the theory's claim, described
    rf"(?:one|the|a|this|that|his|zamboni'?s?) (?:(?:ccsvi|vein|venous|original) )?"
    rf"(?:theory|hypothesis|idea|proposal))\s*,?\s+(?P<what>.+)$")
# "It has been suggested that X", "X has been said to cause MS" without a who: a report
_IMPERSONAL = _lazy(
    r"^(?:(?:but|and|so|still|also|once|originally|initially|at first)\s+)*"
    r"(?P<who>it)(?:\s+has been|\s+had been|\s+was|\s+is|\s+have been|'s been)\s+(?:\w+ly\s+)?"
    r"(?P<verb>suggested|claimed|proposed|hypothesi[sz]ed|theori[sz]ed|argued|said|"
    r"thought|believed|alleged|speculated|posited|asserted|reported)\s+that\s+(?P<what>.+)$")
# "CCSVI has been said to cause MS": a report without a who
_SAID_TO = _lazy(
    r"^(?P<subject>.+?)\s+(?:has been|have been|had been|was|were|is|are)\s+(?:(?:\w+ly|once|"
    r"first|at first|briefly|long)\s+)*"
    r"(?P<verb>said|claimed|thought|believed|alleged|supposed|purported|hypothesi[sz]ed|"
    r"proposed|suggested|rumou?red|touted|advertised|promoted|marketed|sold|pitched|billed|"
    r"hailed)\s+(?:to|as(?!\s+(?:a|the)\s+(?:way|means|method|procedure|treatment)\b))\s+"
    r"(?P<rest>.+)$")
# a belief once held by researchers, doctors or the speaker: "researchers once believed
# X", "I used to think X" (a belief, not a finding: "researchers found X" is evidence)
_BELIEVED_ONCE = _lazy(
    r"^(?:(?:at first|originally|initially|back then|years ago|once|for a while|for years),?"
    r"\s+)?(?P<who>(?:the |many |some |most |a lot of )?(?:researchers|scientists|doctors|"
    r"neurologists|experts|physicians|clinicians|specialists|people|patients|the public|"
    r"everyone|everybody|i|we))\s+(?:had\s+|have\s+)?(?:(?:once|originally|initially|"
    r"at first|long|previously|widely|briefly|really|all|honestly)\s+)*(?P<verb>believed|"
    r"thought|assumed|suspected|hoped|used to (?:believe|think|assume|say)|"
    r"were (?:convinced|sure))\b(?:\s+that)?\s+(?P<what>.+)$")
# "my client was assured that X", "patients were told X": told by someone, a report
_TOLD = _lazy(
    r"^(?P<who>(?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:was|were|had been|has been|have been|got|"
    r"get|gets|is|are|being)\s+(?:\w+ly\s+|often\s+|even\s+|still\s+)?"
    r"(?:told|assured|promised|informed|convinced|persuaded|led to believe)"
    r"(?:\s+by\s+[^,]{2,40}?)?\s+(?:that\s+)?(?P<what>.+)$")
# "the cure, he says, is a surgery": a reporting clause between commas
_SAYS_ASIDE = _lazy(
    r"^(?P<head>[^,]+?),\s+(?P<who>he|she|they|zamboni|(?:the|a|his|her|their) \w+)\s+"
    r"(?:says|said|claims|claimed|argues|argued|insists|insisted|believes|believed|"
    r"maintains|maintained|writes|wrote),\s+(?P<tail>.+)$")
_TRAILING = _lazy(
    r"^(?P<what>.+?),?\s+(?:or so\s+)?(?P<who>(?:some|many|they|he|she|people|zamboni|"
    r"(?:the|a|my) \w+|(?:some|many) \w+)(?: \w+)?)\s+(?P<verb>claims?|claimed|says?|said|"
    r"believes?|believed|insists?|insisted|argues?|argued|tells? me|told me)\W*$|"
    # "X, said researchers at the meeting": the reporter after the verb
    r"^(?P<what2>.+?),\s+(?P<verb2>said|says|claimed|claims|argued|argues|insisted)\s+"
    r"(?P<who2>(?:the |some |many |several )?(?:[\w-]+ )?(?:researchers|doctors|"
    r"scientists|proponents|advocates|supporters|surgeons|radiologists|specialists|"
    r"promoters|clinics?|patients|investigators))\b.*$")
# "The idea behind CCSVI is that X", "the CCSVI theory says X": X is the theory's
# claim, described, not made
_THEORY_SAYS = _lazy(
    r"^(?:(?:but|and|so|basically|originally|at first)\s+)*"
    r"(?P<who>(?:the |his |zamboni'?s? )?(?:(?:ccsvi|ccsvi-ms|vein|venous|neck|neck-vein|"
    r"jugular|blocked-vein|original|whole|basic|main|central) )*(?:idea|theory|hypothesis|"
    r"proposal|premise|notion|thinking|concept|"
    # "the pitch from the promoters was that X"
    r"(?:pitch|argument|story|line|claim|promise|sales pitch) (?:from|of) (?:the )?"
    r"(?:promoters|proponents|advocates|supporters|clinics|believers))"
    r"(?: (?:behind|of|about) (?:the )?[\w-]+(?: [\w-]+)?)?)"
    r"\s+(?:(?P<verb>is|was|goes)\s+that|(?:holds|held)\s+that|(?P<says>says|said|states|"
    r"stated|claims|claimed|suggests|suggested|proposes|proposed|argues|argued)(?:\s+that)?)"
    r"\s+(?P<what>.+)$|"
    # "under the hypothesis, X"
    r"^(?P<who2>under (?:the|this|that|his|zamboni'?s?|their) (?:ccsvi |vein |venous )?"
    r"(?:theory|hypothesis|idea|model|proposal)),?\s+(?P<what2>.+)$|"
    # "X is what the promoters said"
    r"^(?P<what3>.+?)\s+(?:is|was|are|were)\s+(?:just\s+|only\s+)?what\s+(?P<who3>(?:the\s+)?"
    r"(?:promoters|proponents|advocates|supporters|clinics|believers|theory|hypothesis))\s+"
    r"(?:said|say|says|claimed|claim|claims|argued|argue|proposed|propose|held|hold)\b.*$")
# "There's a theory that X", "one theory of CCSVI is that X", "those who promote the
# theory suggest that X": the theory's claim, described (as the seed article describes it)
_THEORY_THAT = _lazy(
    r"^(?:(?:but|and|so|also|originally|at first|as a result)\s*,?\s+)*"
    r"(?:(?:there(?:'s| is| was| has been)\s+(?P<who>(?:a|an|one|another)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:theory|hypothesis|proposal|suggestion|idea))|"
    r"(?P<who3>(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?(?:theory|hypothesis|proposal|"
    r"suggestion|idea))(?:\s+(?:of|about|on)\s+(?:the\s+)?[\w-]+)?\s+is)"
    r"\s+that\s+(?P<what>.+)|"
    r"(?P<who2>(?:those|people|doctors|researchers)\s+who\s+(?:promote|promoted|support|"
    r"supported|back|backed|push|pushed|advocate|advocated|believe in|believed in)\s+"
    r"[^,]{3,60}?)\s+(?:suggest|suggested|say|said|claim|claimed|argue|argued|believe|"
    r"believed|propose|proposed|hold|held)\s+(?:that\s+)?(?P<what2>.+))$")
# "..., first advanced by Zamboni, who asserted that X": his claim, reported
_WHO_ASSERTED = _lazy(
    rf"^.*?\b(?P<who>{_ZAMBONI_NAME}|he|proponents|promoters|advocates)"
    r"(?: of [\w ]+?)?,?\s+who\s+(?:\w+ly\s+)?(?:asserted|claimed|argued|believed|believes|"
    r"proposed|suggested|hypothesi[sz]ed|theori[sz]ed|said|says|thought|maintained)\s+"
    r"(?:that\s+)?(?P<what>.+)$")
# Endorsed reports: "as Zamboni proved, X" asserts X.
_ENDORSED = _lazy(r"^(?:as|like)\s+\S+(?:\s+\S+)?\s+(?:proved|showed|demonstrated|"
                       r"found|discovered|confirmed|established)\b")
_DENIED_REPORT = _lazy(r"\b(?:falsely|wrongly|mistakenly|erroneously|baselessly)\b")


@dataclass(frozen=True)
class Report:
    """A statement that reports a claim: who says it, and what they say."""

    who: str
    what: str
    denied: bool = False  # "clinics falsely claim X": the reporter says X is false
    theory: bool = False  # "the idea behind CCSVI is that X": the theory's claim, described
    unsaid: bool = False  # "Zamboni never claimed X": the report itself is denied


# what _THEN_DEBUNKED calls the claim before it (one list for the pattern and for the
# cheap test that reported_then_debunked makes first)
_DEBUNKED_WORDS = (r"debunked|disproven|disproved|refuted|discredited|a myth|a hoax|false|"
                   r"untrue|nonsense|bs|rubbish")
_DEBUNKED_WORD = _lazy(r"\b(?:" + _DEBUNKED_WORDS + r")\b")


def reported_then_debunked(text: str) -> str | None:
    """"Zamboni claimed X, which has been disproven": what was disproven is X, not that he
    claimed it; the plain statement that X is not so, or None (``text`` cleaned)."""
    if _DEBUNKED_WORD.search(text) is None or _REPORT_CUE.search(text) is None:
        return None
    m = _THEN_DEBUNKED.match(re.sub(r"\s+", " ", text).strip())
    if m is None:
        return None
    report = attribution(m.group("what"))
    if report is None or report.denied or report.unsaid or report.theory:
        return None
    return f"it is not true that {report.what}" if len(report.what.split()) >= 3 else None


def attribution(text: str) -> Report | None:
    """The report in ``text``, if it reports a claim rather than making it."""
    t = clean(text).strip()
    if _REPORT_CUE.search(t) is None:
        return None
    t = re.sub(r"\s+", " ", t).strip(" .!?\"'")
    if _ENDORSED.match(t):
        return None
    if _TREATED_FELT_BETTER.match(t):
        return None  # (read by rewrite: what some of those treated did report)
    if (anecdote_as_proof(t) or draws_conclusion(t) or still_insists(t)
            or "zamboni" in t and _NEVER_SAID_INEFFECTIVE.search(t)):
        return None  # "some said they felt better, which proves it works", "Zamboni found
        # X, which proves Y": the speaker's own conclusion, not a report; "Zamboni still
        # insists it works": a claim about what he holds today; "Zamboni never said it
        # was ineffective": what his trial concluded, denied
    m = _SAYS_ASIDE.match(t)
    if m is not None and len(f"{m.group('head')} {m.group('tail')}".split()) >= 3:
        # "the cure, he says, is a surgery ...": the report set in the middle of what
        # is reported
        return Report(m.group("who"), f"{m.group('head')} {m.group('tail')}".strip(" ,.:;"),
                      bool(_DENIED_REPORT.search(t)))
    m = _SAID_TO.match(t)
    if m is not None and len(m.group("rest").split()) >= 2:
        return Report("it", f"{m.group('subject')} {m.group('rest')}".strip(" ,.:;"),
                      bool(_DENIED_REPORT.search(t)))
    for pattern in (_ATTRIBUTION, _ACCORDING_TO, _IMPERSONAL, _TOLD, _TRAILING, _THEORY_SAYS,
                    _THEORY_THAT, _WHO_ASSERTED, _BELIEVED_ONCE):
        m = pattern.match(t)
        if m is None:
            continue
        groups = m.groupdict()
        what = next((groups[g] for g in ("what", "what2", "what3") if groups.get(g)),
                    "").strip(" ,.:;")
        if len(what.split()) < 2:
            continue
        who = next((groups[g] for g in ("who", "who2", "who3") if groups.get(g)), "")
        if groups.get("own") and who in ("he", "the author", "the authors", "its author"):
            who = "zamboni"  # "in Zamboni's first paper, the author said X": he said it
        return Report(who, what, bool(_DENIED_REPORT.search(t)),
                      unsaid=pattern is _ATTRIBUTION and m.group("neg") is not None,
                      theory=pattern in (_THEORY_SAYS, _THEORY_THAT) or (
                          pattern is _ACCORDING_TO and re.search(
                              r"\b(?:theory|hypothesis|idea|proposal)$", m.group("who"))
                          is not None))
    return None


# --------------------------------------------------------------------------- rewrites

# Words that call a treatment or a theory worthless.
_EVALUATIVE = (
    r"(?:an? )?(?:total |complete |utter |absolute |big |huge |dangerous |cruel |"
    r"medical |expensive |outright |pure )*(?:scam|hoax|fraud|con|con job|rip[- ]?off|"
    r"quackery|quack (?:treatment|therapy|medicine|science|cure)|quack|snake oil|"
    r"pseudo[- ]?science|pseudoscientific|junk science|bad science|nonsense|rubbish|"
    r"garbage|baloney|bogus|bs|bunk|bunkum|humbug|fairy tale|sham treatment|charlatanry|"
    r"racket|fake|fake cure|fake treatment|a lie|lies|money grab|cash grab|dead|"
    r"dead and buried|false hope|misguided hope|empty promise|waste of (?:money|time)|"
    # a road that led nowhere: "a cautionary tale", "a dead end", "a costly detour"
    r"cautionary tale|dead end|red herring|wild goose chase|blind alley|"
    r"(?:sad |costly |expensive |cruel )?(?:distraction|detour)|failure|flop|bust|dud|"
    r"disappointment|letdown|let-down|fad|overhyped|money down the drain|"
    r"(?:misplaced|false|empty|broken) (?:hope|hopes|promise|promises)|pipe dream|"
    r"wishful thinking|(?:urban |medical )?myth|(?:plain |dead |simply |just )?(?:wrong|mistaken))"
)
# a motive of gain charged to those behind an idea: "cooked up to make money", "for profit"
_GAIN_MOTIVE = _lazy(
    r"\b(?:to (?:make|earn|rake in|get) (?:some |a lot of |lots of |big |easy |quick )?"
    r"(?:money|cash|a fortune|rich)|for (?:the )?(?:money|profit|cash)|money[- ]making|"
    r"to (?:profit|cash in)|for (?:financial |personal )?gain)\b")
_TREATMENT = (r"(?:the )?(?:liberation (?:therapy|procedure|treatment)|tvam|"
              r"(?:venous |vein |balloon |neck vein |jugular )?angioplasty|venoplasty|"
              r"(?:the )?ccsvi (?:treatment|procedure|surgery|therapy)|"
              r"(?:the )?zamboni (?:procedure|treatment|method)|"
              r"(?:the )?(?:vein|venous|balloon|neck vein|neck[- ]vein|jugular|vein[- ]widening|"
              r"vein[- ]opening) (?:procedure|surgery|operation|op|treatment|therapy|cure|fix|"
              r"ballooning)|"
              # "that balloon thing", "the liberation stuff"
              r"(?:the )?(?:whole )?(?:liberation|balloon|neck vein balloon|vein balloon|"
              r"jugular balloon) (?:thing|stuff|business|craze|hype))")
_THEORY = (r"(?:the )?(?:ccsvi(?: theory| hypothesis| idea| thing| diagnosis| craze| saga|"
           r" story| episode| affair| hype| fad| movement| phenomenon)?|"
           r"chronic cerebrospinal venous insufficiency|"
           r"(?:the )?(?:ccsvi[- ]ms|vein) (?:theory|link|hypothesis)|"
           # "the (whole) neck vein thing", "the vein craze"
           r"(?:the )?(?:whole )?(?:neck[- ])?vein (?:thing|stuff|idea|craze|fad|saga|story|"
           r"hype|business)|"
           r"zamboni'?s? (?:(?:ccsvi|vein|neck[- ]vein|original|first|big) )?(?:theory|"
           r"hypothesis|idea|claim)|"
           # "the drainage explanation of MS", "the whole blocked-vein explanation"
           r"(?:the )?(?:whole )?(?:blocked[- ])?(?:neck[- ])?(?:vein|drainage) explanation"
           r"(?: (?:of|for) (?:ms|multiple sclerosis))?)")
_IS = r"(?:is|was|are|were|'s|remains|seems|sounds like|looks like|is just|is basically|" \
      r"is nothing but|is nothing more than|is all|was always|has always been|" \
      r"turned out to be|turns out to be|proved to be|has proved to be|ended up being|" \
      r"got|has been|had been|have been|" \
      r"(?:has|had|have) (?:pretty much|basically|largely|mostly|essentially|long|since|now|" \
      r"already|all but|more or less|effectively|well and truly|thoroughly|completely|" \
      r"totally|roundly|widely) been|" \
      r"(?:offers|offered|gives|gave|brings|brought|sells|sold|peddles|peddled|holds out|" \
      r"held out)(?: (?:people|patients|families|them|us|many|desperate people))?)"
# "venous angioplasty *for MS* is quackery"
_FOR_MS = r"(?:(?:for|in|against|to treat|of) (?:ms|multiple sclerosis|ccsvi)\s+)?"
_EVAL_SUBJECT = _lazy(
    rf"\b(?P<subject>{_TREATMENT}|{_THEORY})\s+{_FOR_MS}(?:just |only |simply |really )?"
    rf"{_IS}\s+(?P<neg>not |no |never )?"
    rf"(?:just |simply |really |basically |nothing but |all |totally |completely |"
    rf"thoroughly |long |pretty much |literally |clearly |definitely )?(?:{_EVALUATIVE}|"
    r"(?P<debunked>debunked|disproven|disproved|discredited|refuted|busted))\b"
    # ("offers false hope of a miracle cure": what is hoped for is the claim)
    r"(?!(?<=hope)\s+of\b)(?!(?<=promise)\s+of\b)")
_EVAL_ABOUT = _lazy(
    rf"(?:^|\b)(?P<neg>not )?{_EVALUATIVE}\s*[:,-]?\s+(?:that is |called |known as |"
    rf"of |named )?(?P<subject>{_TREATMENT}|{_THEORY})\b")
# the hope set on it misplaced: "the hype around venoplasty for MS was misplaced"
_HOPE_MISPLACED = _lazy(
    rf"\b(?:hype|hopes?|excitement|enthusiasm|buzz|optimism)\s+(?:around|about|over|for|"
    rf"surrounding|in|on)\s+(?P<subject>{_TREATMENT}|{_THEORY})\s+{_FOR_MS}(?:was|were|is|"
    rf"are|has been|have been|proved|turned out to be)\s+(?:\w+ly\s+)?(?:misplaced|"
    rf"overblown|unfounded|unjustified|unwarranted|baseless|misguided)\b")
# more of its risk than of its benefit: "carries more risk than benefit" (its risks said
# to outweigh its benefits: _OUTWEIGHING)
_RISK_OVER_BENEFIT = _lazy(
    r"\b(?:more|greater|bigger) (?:risks?|harms?|dangers?) than (?:any )?(?:real |proven )?"
    r"(?:benefits?|good|gain)\b")
# the evidence for a claim said to be weak: "the evidence that X is thin", "evidence for
# venoplasty remains weak" (not proven)
_WEAK_EVIDENCE = _lazy(
    r"^(?:the |any |all the )?(?:scientific |clinical |medical |real |actual )?(?:evidence|"
    r"proof|support|data|science|research|case)\s+(?P<link>that|for|behind|supporting|"
    r"linking)\s+(?P<what>.+?)\s+(?:is|was|are|were|remains|remained|looks|seems|has been|"
    r"have been)\s+(?:very |pretty |rather |still |extremely |really |far too |too |quite |"
    r"so |at best |pretty )*(?:weak|thin|flimsy|scant|shaky|slim|poor|sparse|scanty|meagre|"
    r"meager|lacking|wanting|non-?existent|feeble)$")
# A trial of the procedure said to have come to nothing: "Zamboni's own trial came up
# empty", "the big randomized trials came out negative", "the sham-controlled trial showed
# zilch", "PREMiSe flopped": the trial found that the procedure did not work (read as its
# claim on that trial; "failed" only where nothing follows it: "failed to disprove" is
# another matter)
_TRIAL_SUBJECT = (
    r"(?:the )?(?:(?:zamboni'?s?|his)(?: (?:own|later|italian|big|randomi[sz]ed|sham[- ]controlled|"
    r"brave dreams))* (?:trial|study)|brave dreams(?: trial| study)?|premise(?: trial| study)?|"
    r"(?:the )?(?:2017|canadian)(?: (?:venoplasty|sham[- ]controlled|randomi[sz]ed))* "
    r"(?:trial|study)|(?:the |those |these |all the |every one of the )?(?:(?:big|large|"
    r"major|proper|real|later|blinded|randomi[sz]ed|sham[- ]controlled|controlled|"
    r"clinical|independent|angioplasty|venoplasty|tvam|vein|ccsvi)[ ,]+){1,4}"
    r"(?:trials?|stud(?:y|ies)))")
_TRIAL_EMPTY = _lazy(
    rf"\b(?P<subject>{_TRIAL_SUBJECT})\b(?P<between>[^.;:!?]{{0,30}}?)\b(?:came (?:up|back|"
    rf"out) (?:empty|empty[- ]handed|short|negative|with nothing|flat)|(?:showed|found|"
    rf"turned up|produced|delivered) (?:zilch|nada|nothing|zip|squat)\b(?! (?:but|except))|"
    rf"(?:did not|didn't|didnt|never) pan out|flopped|bombed|fizzled|fell flat|"
    rf"(?:was|were) (?:a |an )?(?:total |complete |big |huge )?(?:flop|bust|dud|washout|"
    rf"failure|failures)s?|failed(?= *(?:$|[,;:!?]|and |but |so |too\b|as well\b|"
    rf"miserably|completely|badly|outright)))")
_TRIAL_EMPTY_WORDS = _lazy(r"\b(?:empty|short|negative|nothing|zilch|nada|zip|squat|"
                           r"pan out|flop\w*|bombed|fizzled|fell flat|"
                           r"bust|dud|washout|failure|failures|failed)\b")


def trial_came_up_empty(t: str) -> str | None:
    """Cleaned ``t`` says a trial of the procedure came to nothing (or denies it): the
    plain claim that the trial found the procedure does not work; else None."""
    if _TRIAL_EMPTY_WORDS.search(t) is None:
        return None
    m = _TRIAL_EMPTY.search(t)
    if m is None or _DENIES.search(m.group("between")):
        return None
    subject = m.group("subject")
    if re.search(r"\b(?:zamboni|his|brave)\b", subject):
        plain = "zamboni's own trial found that the procedure did not work"
    elif re.search(r"\b(?:canadian|2017)\b", subject):
        plain = "the canadian trial found that venoplasty did not work"
    elif "premise" in subject:
        plain = "premise showed angioplasty does not work for ms"
    elif re.search(r"\b(?:angioplasty|venoplasty|tvam|vein|ccsvi|sham)\b", subject) or \
            re.search(r"\b(?:angioplasty|venoplasty|liberation|tvam|vein|veins|ccsvi|"
                      r"procedure|surgery|op|operation)\b", t):
        plain = "the randomized trials found that liberation therapy did not work"
    else:
        return None  # trials of what, it does not say
    # (what comes before it stays, and is read as it reads: "it isn't false that his own
    # trial flopped", "apparently even his own trial came out negative")
    return f"{t[:m.start()]}{plain}{t[m.end():]}"


# "the 2017 trial" with the seed's "100 people" or its finding of no benefit: the Canadian
# trial (sources.md: the trial behind the seed's "2017 clinical trial of 100 people")
_TRIAL_2017 = _lazy(r"\b2017\b[^.;:!?]{0,40}?\b(?:trials?|trail|study|studies)\b|"
                    r"\b(?:trials?|trail|study|studies)\b[^.;:!?]{0,20}?\b2017\b")
_HUNDRED_PEOPLE = _lazy(r"\b(?:100|104|a hundred|one hundred)\s+(?:\w+\s+)?(?:people|"
                        r"patients|participants|ppl|peple|poeple|persons|adults|subjects)\b")
_NO_BENEFIT = _lazy(r"\b(?:improv\w*|benefit\w*|better|help\w*|reduc\w*|work\w*|"
                    r"difference|change|symptoms?|symtoms?|simptoms?)\b")


def trial_2017(t: str) -> str | None:
    """Cleaned ``t`` speaks of "the 2017 trial" and its hundred or so people, names no other
    treatment or condition: its size, or its finding denied once (no benefit), as the
    Canadian trial's claims say it; else None (a benefit it is said to have shown is left
    to the other paths: "a new drug worked in a 2017 trial" is no statement on the
    procedure)."""
    if (_TRIAL_2017.search(t) is None or other_condition(t) is not None
            or re.search(r"\b(?:zamboni\w*|brave|premise|drugs?|diet|pills?|medicines?|"
                         r"vaccines?|plants?|company|remote work|workplace|school)\b", t)):
        return None
    if re.search(r"\b(?!(?:100|104|2017)\b)\d[\d,.]*\b|\bthousands?\b", t):
        return None  # another figure: the details of the trial's claims judge it
    denials = _denials(t)
    if _NO_BENEFIT.search(t):
        if denials % 2 == 0:
            return None
        return "the canadian trial saw no reduction of symptoms with venoplasty"
    if _HUNDRED_PEOPLE.search(t) and not denials:
        return "the canadian sham-controlled trial randomised around 100 patients"
    return None


# the theory said to have been taken up at once: "accepted straight away", "welcomed
# without any debate", "never controversial among doctors" (the seed: it was "initially a
# matter of debate in the medical community")
_THEORY_OR_FINDINGS = (rf"{_THEORY}|(?:zamboni'?s?|his) (?:\w+ )?(?:findings|results|"
                       r"theory|idea|hypothesis|work)|(?:the )?(?:vein|venous|neck[- ]vein) "
                       r"(?:theory|idea|hypothesis)(?: of ms)?")
_TAKEN_UP_AT_ONCE = _lazy(
    r"\b(?:accepted|embraced|welcomed|believed|adopted|took up|taken up|believed it|"
    r"accepted it|accepted them)\b[^.;:!?]{0,40}?\b(?:straight away|at once|immediately|"
    r"right away|from (?:day one|the start|the outset)|overnight|without (?:any |much )?"
    r"(?:debate|question|controversy|dispute|argument|fuss))\b|"
    r"\b(?:never|(?:was|were)(?: not|n't)|(?:has|have|had)(?: not|n't) been|not)\s+(?:been\s+)?"
    r"(?:at all\s+)?(?:controversial|debated|disputed|questioned|contested)\b|"
    r"\bsettled science from day one\b")


def taken_up_at_once(t: str) -> str | None:
    """Cleaned ``t`` says the CCSVI theory (or Zamboni's findings) was accepted at once,
    never debated: the denial that it was debated at first; else None."""
    if _TAKEN_UP_AT_ONCE.search(t) is None or re.search(
            rf"\b(?:{_THEORY_OR_FINDINGS})\b", t) is None:
        return None
    if re.search(r"\b(?:myth|false|wrong|untrue|nonsense|disprov\w*|debunk\w*|now|today|"
                 r"still)\b", t):
        return None  # denied, or what is said of it today (the rules on its standing)
    return "the ccsvi theory was not debated among doctors at the start"


# debated at first, disproven since: "neurologists argued over the link until it
# was disproven" (both true; the later denial is not the debate's)
_DEBATED = _lazy(r"\b(?:debated|debate|controversial|argued (?:about|over)|argument|"
                 r"contested|disputed)\b")
_DISPROVEN_SINCE = _lazy(r"\b(?:disprov\w*|debunk\w*|refuted|ruled out|discredited|"
                         r"abandoned)\b")


def debated_then_disproven(t: str) -> str | None:
    """Cleaned ``t`` says the theory was debated and has been disproven since, and denies
    nothing else: the base's wording of the two; else None."""
    if (_DEBATED.search(t) is None or _DISPROVEN_SINCE.search(t) is None
            or re.search(rf"\b(?:{_THEORY_OR_FINDINGS})\b|\blink\b", t) is None
            or _COUNTED_DENIALS.search(t) or re.search(r"\b(?:zamboni'?s? favou?r|right|"
                                                      r"correct|vindicat\w*)\b", t)):
        return None
    return "doctors debated the ccsvi theory at first, and later research disproved it"


# the theory said to stand: "now accepted by mainstream neurology", "has more scientific
# backing now than in 2008", "is better supported today"
_THEORY_UPHELD = _lazy(
    rf"\b(?P<subject>{_THEORY})\b(?P<between>[^.;:!?]*?)\b(?:(?:(?:now|today|finally|still|"
    rf"widely|generally|increasingly|broadly) )*(?:accepted|embraced|recogni[sz]ed) (?:by|in|"
    rf"among)|(?:has|had|have|gets|got|enjoys|gained) (?:\w+ )?(?:more|greater|stronger|"
    rf"growing|increasing) (?:scientific |medical |research )?(?:support|backing|evidence)|"
    rf"(?:(?:now|today) )?(?:better|more strongly|more widely|more firmly) (?:supported|"
    rf"accepted|backed|established))\b")
# what a treatment or a theory came to: it "did not hold up", "fizzled", "went nowhere"
_CAME_TO_NOTHING = _lazy(
    rf"\b(?P<subject>{_TREATMENT}|{_THEORY})\b(?P<between>[^.;:!?]*?)(?:\b(?:did not|does not|"
    rf"never|failed to) (?:hold up|pan out|deliver|work out|live up|hold water)|\bnever (?:held "
    rf"up|panned out|delivered|worked out|lived up|held water)|\b(?:fizzled|fell flat|"
    rf"went nowhere|led nowhere|came to nothing|amounted to nothing|collapsed|collapsing|"
    rf"fell apart|falls apart|falling apart|crumbled|(?:did not|never|failed to) survive)|"
    # "CCSVI is no longer taken seriously as a cause of MS"
    rf"\b(?:is|are|was|were) (?:no longer|not) taken seriously)\b")
# "Calling liberation therapy quackery is fair": the label is endorsed
_CALLING_FAIR = _lazy(
    rf"^(?:calling|to call|labell?ing|branding|dubbing) (?P<subject>{_TREATMENT}|{_THEORY})\s+"
    rf"(?P<label>{_EVALUATIVE})(?:\s+[\w-]+){{0,5}}?\s+(?:is|was|seems|sounds|feels)\s+"
    rf"(?:\w+\s+)?(?:fair|"
    rf"accurate|right|justified|correct|reasonable|apt|fitting|spot on|deserved|warranted)\b")
# Words that praise a treatment as working: "a breakthrough", "a fantastic way to beat MS"
# ("a miracle cure", "an effective treatment" are the claims' own words)
_PRAISE = (
    r"(?:an? )?(?:real |true |genuine |total |absolute |medical |modern |huge |major |"
    r"brilliant |great |genuine )?"
    r"(?:breakthrough|game[- ]?changer|life[- ]?saver|godsend|triumph|success story|"
    r"(?:great|fantastic|amazing|wonderful|excellent|brilliant|"
    r"terrific|incredible|good|smart|worthwhile|worth(?:y|while)|sensible|"
    r"proven) (?:way|option|choice|treatment|therapy|cure|answer|solution|move|bet|"
    r"gamble|fix|approach|alternative)|"
    # "venoplasty is worth the risk": a gain worth what it costs
    r"worth (?:the |its |all the |any )?(?:risks?|gamble|dangers?)|"
    # "the best option for MS", "a legitimate, well-tested treatment", "rock solid"
    r"(?:the )?(?:best|greatest|biggest) (?:(?:ms|medical|scientific) )?(?:option|hope|"
    r"choice|bet|treatment|therapy|thing|shot|discovery|breakthrough|advance)|"
    # "a brilliant discovery", "a major advance"
    r"(?:brilliant|great|major|huge|groundbreaking|revolutionary|landmark) (?:(?:ms|medical|"
    r"scientific) )?(?:discovery|advance)|"
    r"legitimate,? (?:[\w-]+,? ){0,2}(?:treatment|therapy|option|cure|medicine)|"
    # "legit medicine", "a solid, evidence-based treatment", "a mainstream MS therapy"
    r"(?:100% |totally |completely |fully |perfectly )?legit(?: (?:medicine|science|"
    r"treatment|therapy|cure|option))?|(?:(?:a|an|solid|accepted|proven|well-proven|"
    r"mainstream|standard|established|recogni[sz]ed),? )*evidence[- ]based (?:ms )?"
    r"(?:medicine|treatment|therapy|option|care|cure)|(?:a )?mainstream (?:ms )?(?:treatment|"
    r"therapy|medicine|option)|"
    r"sound investment|rock[- ]solid|solid science|good science)")
# "Zamboni's study was rock-solid proof that MS is a vein disease", "his study proved that
# X": the speaker asserts X as proven
_PROOF_THAT = _lazy(
    r"^(?P<subject>.+?)\s+(?:(?:is|was|are|were|provided|gave|offered|became)\s+"
    r"(?:(?:rock[- ]solid|solid|hard|clear|definitive|conclusive|absolute|undeniable|final|"
    r"real|the|a|an|ironclad|airtight)\s+)*proof|"
    r"(?:has |have |had )?(?:proved|proven|proves|prove))"
    r"\s+(?:once and for all\s+|beyond (?:(?:any|all|a|reasonable|the shadow of a)\s+)*"
    r"doubt\s+|conclusively\s+|definitively\s+|decisively\s+)?that\s+(?P<what>.+)$")
# PREMiSe, or a trial unnamed, said to have proved that the procedure makes MS worse
# (not another trial named: "the Canadian trial proved it" is rated as what it says)
_A_TRIAL = _lazy(r"^(?:the\s+)?premise\b|^(?:one|a|an|the|that|this)\s+(?:(?:small|"
                      r"randomi[sz]ed|controlled|sham-controlled|clinical|single|little)\s+)?"
                      r"(?:trial|study)$")
_WORSE_SAID = _lazy(r"\b(?:worse|worsens?|worsened|more relapses|increas\w*|raises?|"
                         r"raised|doubles?|doubled|triples?|tripled|quadruples?|quadrupled|"
                         r"multipl\w*|\w+ times)\b")
# ... and without "that", when Zamboni or his work proved it: "Zamboni proved MS is a
# vein disease"
_PROVED_BARE = _lazy(
    rf"^(?P<subject>{_ZAMBONI_NAME}(?:'s)?(?: (?:own|original|first|early|2008|"
    r"2009))?(?: (?:study|studies|research|work|paper|findings|scans))?)\s+(?:has |had )?"
    r"(?:proved|proven|proves)\s+(?:once and for all\s+|beyond doubt\s+)?(?!that\b|it\b|"
    r"this\b|nothing\b)(?P<what>.+)$")
# the procedure as Zamboni's: "his surgery", "the vein procedure", "liberation therapy"
_HIS_PROCEDURE = (r"(?:(?:his|the|this)\s+(?:own\s+)?(?:vein\s+|balloon\s+|liberation\s+)?"
                  r"(?:surgery|procedure|treatment|operation|method|therapy)|liberation "
                  r"(?:therapy|procedure|treatment)|venoplasty|(?:venous |vein )?angioplasty)")
# "Zamboni has not changed his view that the surgery works", "he never backed away from
# his claim that it helps": he still holds it, against his own trial's result (read by
# still_insists, with the forms below)
_STILL_HOLDS = _lazy(
    rf"^(?:{_ZAMBONI_NAME}|he)\s+(?:has not|hasn't|has never|never|did not|didn't|"
    r"still (?:has not|hasn't))\s+(?:changed|abandoned|dropped|backed away from|backed down "
    r"from|retracted|given up|gave up|walked back|moved from|budged from|wavered (?:on|from))"
    r"\s+(?:(?:(?:his|the|on his|on)\s+(?:\w+\s+)?(?:view|claim|belief|position|stance|"
    r"conviction|opinion|insistence)|claims)\s+that\s+(?P<what>.+)|"
    rf"{_HIS_PROCEDURE}\b.*)$")
# "Zamboni himself later turned against the surgery", "he ended up disowning his
# operation": what his own trial concluded (it cannot be recommended)
_TURNED_AGAINST = _lazy(
    rf"\b(?:{_ZAMBONI_NAME}|the (?:man|doctor|surgeon) (?:who|behind)\b[^.;:!?]{{0,40}}?)"
    r"(?:\s+himself)?\s+(?:(?:later|eventually|ultimately|himself|then|in the end|has|had|"
    r"even|actually)\s+)*(?:turned (?:against|on)|disowned|disowning|abandoned|renounced|"
    r"gave up on|walked back|backed away from|distanced himself from|came out against|"
    r"ended up (?:disowning|rejecting|turning against)|rejected)\s+"
    rf"(?:{_HIS_PROCEDURE}|(?:his|the|this) (?:own )?(?:surgery|procedure|operation|"
    r"treatment|op))\b")
# "Zamboni never said the operation was unsafe or ineffective": he did conclude, from his
# own trial, that it does not work (whatever is said of its safety)
_NEVER_SAID_INEFFECTIVE = _lazy(
    rf"^(?:{_ZAMBONI_NAME}|he)(?:\s+himself)?\s+(?:has\s+)?(?:never|not|did not|didn't|didnt|"
    r"has not|hasn't)\s+(?:once\s+|ever\s+)?(?:said|admitted|stated|conceded|acknowledged|"
    r"called|declared)\b[^.;:!?]*\b(?:ineffective|not effective|useless|(?:does|did)(?: not|"
    r"n't) work|no benefit|not work)\b")
# "Zamboni keeps insisting his operation is safe", "he has always held that it works",
# "Zamboni still stands by the procedure": he holds it to this day, against his own
# trial (the seed: he has since said it is not safe or effective); a claim he made in 2009
# ("Zamboni claimed it helped his patients") is a report of its time
_STILL_INSISTS = _lazy(
    r"^(?:(?:i (?:think|suspect|believe|reckon|guess|hear|heard)|apparently|honestly|"
    r"sadly|incredibly|amazingly|meanwhile|to this day|even now|even today),?\s+"
    r"(?:that\s+)?)?"
    rf"(?:{_ZAMBONI_NAME}(?:\s+himself)?|{_ZAMBONI_NAME}\b.{{0,60}}?[;,]\s+he)\s+"
    # (the "still" may come last: "Zamboni backs the operation even today")
    r"(?:has |had )?(?:(?:still|always|to this day|continues to|keeps on|keeps)\s+)*"
    r"(?:(?:says?|said|insists?|insisted|maintains?|maintained|claims?|claimed|argues?|"
    r"argued|believes?|believed|holds?|swears?(?! by)|swore|promotes?|promoted|touts?|touted)"
    r"(?:\s+to this day)?\s+(?:that\s+)?(?P<what>.+)|"
    r"(?:(?:fully|firmly|strongly|openly|publicly)\s+)?(?:stands? by|stands? behind|backs?|"
    r"supports?|endorses?|defends?|champions?|recommends?|swears? by) "
    rf"(?P<by>{_HIS_PROCEDURE}|(?:his|the) (?:claims?|results?))\b.*)$")
# (what says he holds it today: a claim of his without it is a report of its time)
_TO_THIS_DAY = re.compile(r"\b(?:still|always|to this day|continues to|keeps|even now|"
                          r"even today|today)\b")
_WORKS_SAID = re.compile(r"\b(?:works?|worked|helps?|helped|effective|benefits?|safe|cures?|"
                         r"cured|improves?|fix|fixes|proven|successful|heals?)\b")


def still_insists(cleaned: str) -> bool:
    """Cleaned ``cleaned`` says Zamboni holds to this day that the procedure works or is
    safe (a claim the base rates), rather than reporting what he once said."""
    if "zamboni" not in cleaned and not cleaned.startswith("he "):  # (most statements)
        return False
    t = re.sub(r"\s+", " ", cleaned).strip(" .!?\"'")
    m = _STILL_HOLDS.match(t)
    if m is not None:  # "he has not changed his view that it works", "... dropped his surgery"
        return m.group("what") is None or _WORKS_SAID.search(m.group("what")) is not None
    m = _STILL_INSISTS.match(t)
    if m is None:
        return False
    # (before what he says, or in its own clause: "Zamboni said it isn't safe, so why do
    # people still push it" says nothing of today)
    said = "what" if m.group("what") is not None else "by"
    if _TO_THIS_DAY.search(t[:m.start(said)]) is None and _TO_THIS_DAY.search(re.split(
            r"[,;:]|\s(?:so|but|and|because|why|though|yet)\s", t[m.start(said):])[0]) is None:
        return False
    # (a denial before "he" insists the more: "Zamboni won't back down; he still says X")
    return (m.group("by") is not None or (
        _WORKS_SAID.search(m.group("what")) is not None
        and re.search(r"\b(?:not|no|never|neither|nor|isn't|isnt|doesn't|doesnt)\b|n't\b",
                      m.group("what")) is None))


# "Despite all the websites that promote it, not everyone who has it feels better": the
# main clause is the statement; the concession sets the scene
_DESPITE = _lazy(r"^(?:despite|in spite of|notwithstanding) (?P<scene>[^,]{3,160}?), "
                 r"(?P<what>.+)$")
# "the risks of venoplasty outweigh any proven benefit"
_RISKS_OUTWEIGH = _lazy(r"\b(?:risks?|dangers?|harms?)\b.{0,60}?\boutweigh(?:s|ed|ing)?\b.{0,40}?"
                        r"\bbenefits?\b")
# "The Cochrane review concluded that X"
_REVIEW_CONCLUDED = _lazy(
    r"^(?:the |a )?cochrane(?: systematic)? review(?: (?:of|on) [\w\s-]+?)?\s+"
    r"(?:concluded|concludes|found|finds|showed|shows|says|said|determined|decided)\s+"
    r"(?:that\s+)?(?P<what>.+)$")
# "the benefits of venoplasty clearly outweigh its risks"
_BENEFITS_OUTWEIGH = _lazy(r"\bbenefits?\b.{0,60}?\b(?:clearly |far |easily |greatly |"
                           r"more than )?outweigh(?:s|ed|ing)? (?:its |the |any |all )?"
                           r"(?:possible |potential )?(?:risks?|dangers?|harms?)\b")
# what one side outweighing the other says, and what "does not outweigh" says; the
# words that leave it open ("whether", "if", and for a benefit "no", "hardly")
_OUTWEIGHING = (
    (_RISKS_OUTWEIGH, "whether|if", "liberation therapy is dangerous",
     "liberation therapy works for ms", "harm"),
    (_BENEFITS_OUTWEIGH, "no|nothing|hardly|whether|if", "liberation therapy works for ms",
     "liberation therapy does not work for ms", "praise"),
)
_PRAISE_SUBJECT = _lazy(
    rf"\b(?P<subject>{_TREATMENT}|{_THEORY})\s+{_FOR_MS}{_IS}\s+(?P<neg>not |no |never )?"
    rf"(?:just |simply |really |basically |truly |honestly |still |definitely )?{_PRAISE}\b")
# "The claim that X is false", "the idea that X has been debunked"
_CLAIM_THAT_IS_FALSE = _lazy(
    r"^(?P<lead>.*?\b)(?:(?:the )?(?:claim|idea|notion|belief|theory|assertion|suggestion|"
    r"myth|story|rumou?r|statement|view)s? that|calling|saying|claiming|to say|to claim|"
    r"to call|believing|thinking|selling|marketing|promoting|advertising|pitching|"
    r"touting|presenting) (?P<what>.+?),?\s+"
    r"(?:is|are|was|were|has been|have been|'s)\s+(?:completely |totally |simply |just |plain |"
    r"entirely |utterly |plainly |demonstrably |flat out |flatly )?(?:false|wrong|untrue|"
    r"incorrect|nonsense|rubbish|a myth|a lie|bogus|baseless|unfounded|not true|"
    r"mistaken|misleading|inaccurate|unjustified|unsupported|irresponsible|misguided|"
    r"reckless|unethical|deceptive|exploitative|"
    + _EVALUATIVE + r")\b.*$")
# "'X': a claim that has not held up", "X, said no trial ever"
_QUOTED_THEN_DENIED = _lazy(
    r"^(?P<what>.+?)\s*[:,;-]+\s*(?:(?:a|the|one|an)\s+(?:claim|idea|myth|theory|notion|"
    r"story)\s+that\s+(?:has|have|had|did|does)?\s*(?:not|never)\s+(?:held up|hold up|"
    r"stood up|stand up|panned out|pan out|survived|been (?:shown|proven|confirmed))|"
    r"said no(?: one|body|\s+\w+)*(?: ever)?)\b.*$")
# "the whole 'MS is a vein problem' idea never held up": an idea quoted, then said to have
# failed
_QUOTED_IDEA_FAILED = _lazy(
    r"^.*?\b(?:the|that|this)\s+(?:whole\s+|old\s+)?['\"](?P<what>[^'\"]{8,200})['\"]\s+"
    r"(?:idea|theory|notion|claim|story|thing|hypothesis)\b.*?\b(?:(?:never|not|n't|didn't|"
    r"did not|has not|hasn't)\s+(?:really\s+|ever\s+)?(?:held up|hold up|stood up|stand up|"
    r"panned out|pan out|survived|worked out)|(?:was|got|been)\s+(?:debunked|disproven|"
    r"disproved|refuted)|fell apart|failed)\b")
# ... and the idea said in words, a clause set between: "the idea that X got attention but
# fell apart" (without one, "the idea that X fell apart", the evaluative rules read it)
_IDEA_THAT_FAILED = _lazy(
    r"^(?:but |and |so )?(?:the|that|this|his|zamboni'?s?)\s+(?:whole\s+|old\s+|original\s+)?"
    r"(?:idea|theory|notion|claim|belief|hypothesis|premise|suggestion)\s+that\s+"
    r"(?P<what>[^,;:]+?)\s+(?:got|gained|drew|attracted|caused|made)\b[^,;:]*?\s+"
    r"(?:but|and|before|then)\s+(?:(?:later|eventually|quickly|soon|then|has|had|have|since|"
    r"just|all)\s+)*(?:fell apart|collapsed|crumbled|failed|fizzled|flopped|(?:never|didn't|"
    r"did not|has not|hasn't)\s+(?:really\s+)?(?:held up|hold up|stood up|stand up|panned out|"
    r"pan out)|(?:was|got|been|has been)\s+(?:debunked|disproven|disproved|refuted|abandoned|"
    r"discredited))\b")
# ("... has been debunked / disproven / refuted" the matcher reads itself: polarity.py)
# "CCSVI causes MS, it's been debunked", "ccsvi doesnt even cause ms its been debunked":
# a claim, then "it" or "that" called debunked, false or a myth: the claim is denied (and
# a claim already denied stays denied: the two denials do not cancel); not "X, it's a myth
# that Y", where what is called a myth is Y
_THEN_DEBUNKED = _lazy(
    r"^(?P<what>.+?)(?:[\s,;:.!-]+(?:and\s+|but\s+)?(?:it'?s|its|it is|it has|that'?s|thats|"
    r"that is|that has|this has|which has|which is)|"
    # ("a theory that got debunked" is a relative clause: after a stop or "and" only)
    r"\s*[,;:.!?-]+\s*(?:and\s+|but\s+)?(?:it|that|this|which)\s+(?:was|got)|"
    r"\s+(?:and|but)\s+(?:it|that|this)\s+(?:was|got))\s+"
    r"(?:long\s+|since\s+|now\s+|already\s+|"
    r"been\s+)*(?:totally\s+|completely\s+|thoroughly\s+|widely\s+|fully\s+)?(?:"
    + _DEBUNKED_WORDS + r")\b(?!\s+(?:that|to say)\b).*$")
_WRONG_TO_SAY = _lazy(
    r"^(?:it(?:\s+is|'s|\s+would be|\s+was|\s+would(?=(?:n'?t| not) be\b)))?"
    r"(?P<neg>(?:\s+not|n'?t)(?:\s+be)?)?\s*(?:wrong|incorrect|false|"
    r"a mistake|misleading|inaccurate|untrue|not true|not correct|not accurate)\s+(?:to\s+"
    r"(?:say|claim|think|believe|suggest|argue|state|call|label|describe|consider|term|"
    r"dub|brand)\s+(?:that\s+)?|"
    # "it's incorrect that X"
    r"that\s+)(?P<what>.+)$")
_NOT_THE_CASE = _lazy(r"^(?:but\s+|and\s+|so\s+)?it(?:\s+is|'s|\s+was)\s*(?:\s+not|n'?t)\s+"
                     r"(?:really\s+|simply\s+)?the\s+case\s+that\s+(?P<what>.+)$")
# "it's fair to say X", "it isn't unreasonable to say X": X is said
_FAIR_TO_SAY = _lazy(
    r"^it(?:'s|\s+is|\s+would be|\s+seems)\s+(?P<neg>not\s+)?(?:\w+ly\s+)?"
    r"(?P<adj>fair|reasonable|unreasonable|unfair|accurate|correct|right|safe)\s+to\s+"
    r"(?:say|claim|conclude|think|state|assume|call|label|describe|consider|term|dub|"
    r"brand)\s+(?:that\s+)?(?P<what>.+)$")
# "it's not that restenosis never happened; many veins narrowed again": X is not so
_NOT_THAT = _lazy(r"^it(?:'s| is| was) not that (?P<what>[^;:,]+?)\s*[;:,-]\s*"
                  r"(?!.*\b(?:so|therefore|thus|hence|which means)\b).+$")
# "there's no denying that the FDA has not authorized it": the opening asserts the rest
_AFFIRMED = _lazy(
    r"^(?:(?:there(?:'s| is| was) )?no (?:denying|doubt|question|disputing)(?: about it)?|"
    r"(?:no one|nobody) (?:can|could) (?:honestly |seriously |really )?(?:deny|dispute|doubt)|"
    r"(?:you|we|one) (?:can|could)(?:not|'t| not) (?:honestly |seriously |really )?"
    r"(?:deny|dispute|doubt)|"
    r"it(?:'s| is) (?:undeniable|indisputable|beyond doubt|beyond dispute|a fact|"
    r"undeniably true)|it can ?not be denied|undeniably|without (?:a )?doubt)"
    r"(?: that)?[\s,:]+(?P<what>.+)$")
# "no treatment other than angioplasty has been proposed": angioplasty is the only one
_NONE_OTHER_THAN = _lazy(
    r"^no (?P<noun>(?:\w+ ){0,2}?\w+) (?:other than|besides|apart from|except) "
    r"(?P<one>(?:\w+ ){0,4}?\w+),? (?:has|have|had) (?:ever )?been (?P<done>.+)$")
# "Zamboni wasn't the only one who studied it": he studied it, and others did too
_NOT_THE_ONLY = _lazy(
    r"^(?P<who>.+?) (?:is|was|are|were) not the only (?:one|ones|person|people|researcher|"
    r"researchers|doctor|doctors|scientist|scientists|group|groups|team|teams|surgeon|"
    r"surgeons|study|studies|trial|trials) (?:who|that|which) (?P<what>.+)$")
# "you can't honestly say the procedure isn't risky": what cannot be said is not so
_CANT_SAY = _lazy(
    r"^(?:you|we|one|they|nobody|no one|anyone|i)\s+(?:can't|can ?not|could ?not|couldn't|"
    r"can no longer|could never|can never|would not|wouldn't|will not|won't)\s+"
    r"(?:honestly |seriously |really |truthfully |"
    r"possibly |fairly |reasonably )?(?:say|claim|argue|pretend|maintain|insist|agree)\s+"
    r"(?:that\s+)?(?P<what>.+?)(?:,?\s+(?:because|since|as|when)\s+.*)?$")
# "Yeah right, the FDA approved it": the opening says the rest is not so
_SARCASM = _lazy(r"^(?:yeah|yea|ya|oh|sure),?\s+(?:right|sure)\b[\s,.!:-]*"
                 r"(?:(?:like|as if|because|cause|coz)\s+)?(?P<what>.+)$")
# "Venoplasty for MS is reckless", "skipping your DMTs for TVAM is a bad idea", "it's
# irresponsible to sell TVAM": a judgement of harm on the procedure, or on choosing it,
# agrees with the base's "liberation therapy is dangerous" whatever else the subject says
_HARM = (r"(?:very |really |so |extremely |incredibly |truly |downright |simply |just |"
         r"potentially |quite |highly )?(?:a )?(?:dangerous|reckless|risky|irresponsible|"
         r"harmful|hazardous|unwise|foolish|ill[- ]advised|(?:really |very |terrible |"
         r"horrible |dangerous |huge |big )?(?:bad|terrible|horrible|dumb|stupid) idea|"
         r"(?:big |huge |dangerous |terrible )?mistake|(?:dangerous |risky )?gamble)")
_HARM_SUBJECT = _lazy(
    rf"^(?P<subject>.+?)\s+(?:is|are|was|were|'s|would be|can be|could be|seems|remains)\s+"
    rf"(?P<neg>not |never )?{_HARM}\b")
_HARM_TO = _lazy(
    rf"^it(?:\s+is|'s|\s+was|\s+would be)\s+(?P<neg>not |never )?{_HARM}\s+to\s+"
    rf"(?P<subject>.+)$")
_PROCEDURE = _lazy(r"\b(?:liberation|tvam|angioplast\w*|venoplast\w*|balloon\w*|"
                   r"stent\w*|ccsvi (?:treatment|procedure|surgery|therapy|cure)|"
                   r"zamboni (?:procedure|treatment|method)|vein[- ]widening|"
                   r"(?:neck |jugular )?veins? (?:surgery|procedure|operation|op|treatment|"
                   r"ballooning|opening|widening|cure)s?|"
                   r"(?:stretching|widening|opening|unblocking|ballooning) (?:the |those |their )?"
                   r"(?:neck |jugular )?veins)")
# An anecdote of feeling better taken as proof that the procedure works
_FELT = (r"(?:felt|feel|feels|feeling|improved|improvement|improvements|better|amazing|"
         r"walked|walking)")
_WORKS = r"(?:works?|worked|working|effective|helps?|helped|cures?|cured)"
_ANECDOTE_PROVES = _lazy(
    rf"\b{_FELT}\b.*?(?:\bso\b|\bwhich\b|\btherefore\b|\bthus\b|\bhence\b|"
    rf"\bproof\b|\bproves?\b|\bshows?\b|\bshown\b|\bmeans?\b|\bclearly\b|"
    rf"\bobviously\b|\bmust\b).*?\b{_WORKS}\b")
_WORKS_BECAUSE_FELT = _lazy(rf"\b{_WORKS}\b.*?\b(?:because|since)\b.*?\b{_FELT}\b|"
                            rf"\b(?:because|since)\b.*?\b{_FELT}\b.*?,.*?\b{_WORKS}\b")
# The sizes of a trial's two arms compared ("more people received the sham than
# venoplasty"): Brave Dreams gave angioplasty to twice as many as the sham (2:1), the
# Canadian trial the sham to more (55 vs 49).  Which arm is said to be larger is read
# from the order of the words, which a bag of words cannot see.
_ARM_SIZE = _lazy(
    r"\b(?P<dir>more|fewer|twice as many|two times as many|double the number of|"
    r"larger|bigger|smaller|twice the size|double the size|half the size)\b"
    r"(?P<rest>.{0,80}?)\b(?:than|as|of)\b(?P<after>.{0,60})")
_ARM_PEOPLE = _lazy(r"\b(?:people|patients|participants|subjects|volunteers|arm|group|"
                    r"randomi[sz]ed|assigned|allocated|received|got|given|had)\b")
# a trial's two arms, by name ("a sham-controlled trial" names the design, not an arm)
_SHAM_ARM = _lazy(r"\b(?:shams?|placebos?|controls?|comparison|untreated|fake|pretend|dummy|"
                  r"mock|simulated)\b(?![- ]controlled)|"
                  # "than those who weren't (treated)"
                  r"\b(?:those|patients|people|ones|participants) who (?:were|was|did|had) not"
                  r"(?: (?:treated|get it|have it|receive it|get the procedure))?$")
_REAL_ARM = _lazy(r"\b(?:angioplasty|venoplasty|real|treatment|treated|procedure|balloon\w*|"
                  r"active|intervention|liberation)\b")
_BRAVE_DREAMS = _lazy(r"\b(?:brave dreams|italian trial|zamboni'?s (?:own )?(?:trial|study))\b")
_CANADIAN_TRIAL = _lazy(r"\b(?:canadian|canada|pan-canadian|traboulsee)\b")

# "some felt better, but that doesn't mean it works": a fact said not to imply a
# conclusion, read as "X does not prove that Y" (the fact stands, the conclusion is denied)
_NOT_MEAN = _lazy(
    r"^(?P<fact>[^,;.]{8,}?)\s*(?:,|;|\.|-)?\s+(?:but |and |yet )?(?:that|this|which|it) "
    r"(?:does not|did not|will not|would not) (?:necessarily |automatically |really )?"
    r"(?:mean|imply) (?:that )?(?P<what>.+)$")

# a name and where it is from between commas: "Zamboni, of the University of Ferrara,
# proposed ...", "Zamboni, de la Universidad de Ferrara, propuso ..." (the name keeps its
# verb; "Zamboni, the doctor who came up with CCSVI, ..." says who he is, and stays)
_NAME_APPOSITIVE = _lazy(
    r"^(?P<who>(?:(?:dr\.?|doctor|prof\.?|professor|paolo) )*zamboni),\s+(?:of|from|at|"
    r"then at|de|del|della|di|du|der|von|vom|dell'|de la)\b[^,]{2,80},\s+(?P<rest>.+)$")

# the trials named in a list between commas after "none of the trials": the denial
# governs the verb after the list ("not one of the trials, Brave Dreams, PREMiSe or the
# Canadian one, showed a gain")
_NAMED_TRIAL = (r"(?:the )?(?:premise|brave dreams|(?:pan-)?canadian (?:trial|study)|"
                r"traboulsee'?s? (?:trial|study)|italian (?:trial|study)|"
                r"zamboni'?s (?:own )?(?:trial|study))(?: trial| study)?")
_TRIALS_LISTED = _lazy(
    rf"^(?P<head>(?:none|not one|neither|not a single one|not any) of (?:the |these |those "
    rf"|its )?[\w\s-]{{0,40}}?(?:trials|studies)),\s+{_NAMED_TRIAL}(?:,\s+{_NAMED_TRIAL})*"
    rf",?\s+(?:and|or|nor)\s+{_NAMED_TRIAL},\s+(?P<rest>.+)$")

# The seed's warning: MS treatment put off (for the procedure or not) risks harm that
# cannot be undone, since lost myelin cannot yet be rebuilt ("postponing your DMT for a
# jugular angioplasty risks damage that can't be reversed"). Read as the denial
# of "myelin lost while treatment is put off can easily be repaired"; only where nothing
# else in it is denied, so that "stopping MS drugs does no lasting harm" is left alone
_PUT_OFF = _lazy(r"\b(?:delay\w*|put(?:ting|s)? off|postpon\w*|ditch\w*|skip\w*|stop\w*|"
                 r"abandon\w*|quit\w*|drop\w*|hold\w* off|wait\w* (?:on|for)|"
                 r"instead of (?:treating|taking|starting))\b")
_MS_TREATMENT = _lazy(r"\b(?:treatments?|therap(?:y|ies)|meds|medicines?|medications?|drugs|"
                      r"dmts?|treating ms)\b")
_LOST_FOR_GOOD = _lazy(
    r"\b(?:can ?not|can't|cannot|won't|will not|not|never)\s+(?:\w+\s+){0,2}?(?:be\s+)?"
    r"(?:undone|undo|repaired|repair|reversed|reverse|get\s+(?:\w+\s+)?back|rebuilt|rebuild|"
    r"regrow\w*|grow\w* back|restored|come back)\b"
    r"|\b(?:irreversible|lasting|permanent)\s+(?:harm|damage|disability|loss)\b")
_WHAT_IS_LOST = _lazy(r"\b(?:myelin|damage|harm|function|insulation|loss|lost|lose|losing|"
                      r"disability|nerves?)\b")


def delay_harms(t: str) -> bool:
    """``t`` (cleaned) warns that putting off MS treatment risks harm for good."""
    t = _uncontracted(t)
    put_off = _PUT_OFF.search(t)
    if put_off is None or _MS_TREATMENT.search(t) is None:
        return False
    after = t[put_off.end():]
    lost = _LOST_FOR_GOOD.search(after)
    return (lost is not None and _WHAT_IS_LOST.search(t) is not None
            and _DENIES.search(t[:put_off.end()] + after[:lost.start()] + " "
                               + after[lost.end():]) is None)


# "get your veins opened": the procedure, said of the one who has it. (No alias can hold
# it: stemmed, "veins opened" is "veins open", which restenosis claims are made of.)
_VEINS_OPENED = _lazy(r"\b(?P<verb>get|gets|got|gotten|getting|have|has|had|having)\s+"
                      r"(?:(?:my|your|ur|their|his|her|our|the|those|these)\s+)?veins\s+"
                      r"(?:opened|unblocked|unclogged)(?:\s+up)?\b")


# the theory granted something, then judged: "the vein idea was bold, but it was wrong"
_BUT_IT_WAS = _lazy(
    rf"^(?P<subj>{_THEORY})\s+(?:was|is|sounded|seemed|looked)\s+[^,;:.!?]{{1,40}},\s*but\s+"
    r"it\s+(?P<rest>(?:was|is|turned out|proved|has been|had been)\b.+)$")
# the studies after Zamboni's: "every study since Zamboni's", "all the trials since his"
_SINCE_ZAMBONI = _lazy(
    r"\b(?:every|each|all(?: the)?|any|other) (?:study|studies|trial|trials|paper|papers|"
    r"research)\s+(?:done\s+|carried out\s+|published\s+)?since\s+(?:zamboni'?s?|his)"
    r"(?:\s+(?:own|original|first|early|2008|2009))?(?:\s+(?:study|work|paper|findings?|"
    r"report|research))?\b")
# The procedure named by what it does, as the subject: "using balloons to widen the neck
# veins (so that more blood drains) fails to help" speaks of liberation therapy
_BALLOONS_TO_WIDEN = _lazy(
    r"^(?:using|use of|putting|inserting|threading)\s+(?:(?:a|small|tiny|little)\s+)*"
    r"balloons?\s+(?:(?:in|into|inside)\s+(?:the\s+)?(?:neck\s+)?veins?\s+)?to\s+(?:enlarge|"
    r"widen|open(?: up)?|stretch|expand|dilate)\s+(?:(?:the|narrowed|narrow|neck|jugular)\s+)*"
    r"veins?(?:\s+so that\s+[^,;]*?(?=\s+(?:fails?|failed|does|did|doesn't|didn't|is|was|has|"
    r"helps?|helped|works?|worked|can|could|may|might|will|cures?|cured|improves?|improved)\b))?"
    r"(?=\s)")



def _balloons_as_procedure(t: str) -> str | None:
    """Cleaned, space-normalised ``t`` with a subject that names the procedure by what it
    does ("using balloons to widen the veins ...") said as "liberation therapy", or None."""
    m = _BALLOONS_TO_WIDEN.match(t) if "balloon" in t else None
    return None if m is None else f"liberation therapy{t[m.end():]}"


# Two trials' sizes compared: the Canadian trial randomised 104, Brave Dreams 115
_TRIAL_SIZES = (("canadian", _CANADIAN_TRIAL, 104,
                 "the canadian venoplasty trial randomised 104 people with ms"),
                ("brave dreams", _BRAVE_DREAMS, 115,
                 "brave dreams randomly assigned 115 italians with relapsing-remitting ms to "
                 "venous angioplasty or a sham procedure"))
_TRIALS_COMPARED = _lazy(
    # (not "bigger benefits than the Canadian trial": what was bigger is no trial's size)
    r"^(?P<a>.+?)\b(?P<dir>(?:bigger|larger|smaller)(?! (?:benefits?|effects?|results?|"
    r"differences?|improvements?|gains?|changes?|impact|reductions?|gap))|"
    r"more (?:participants|patients|people|"
    r"subjects)|fewer (?:participants|patients|people|subjects))\b(?P<b>.*?\bthan\b.+)$")


# low venous flow weighed against average flow: "sluggish drainage is no more dangerous
# than normal drainage" (it harms no more), "... does more harm than normal flow"
_LOW_FLOW_WEIGHED = _lazy(
    r"\b(?:lower[- ]than[- ]average|below[- ]average|low|lower|reduced|slower|sluggish|"
    r"weaker|poorer) (?:cerebrospinal |cerebral |brain |venous |blood |vein )*(?:flow|outflow|"
    r"drainage)\b(?P<between>[^.;:!?]*?)\b(?P<neg>no |not |hardly |any )?(?P<dir>more|less)"
    r" (?:harmful|dangerous|risky|damaging|unhealthy|of a (?:problem|risk|danger)|harm)"
    r"(?: to (?:you|your health|health))? than (?:having |with )?(?:an? )?(?:average|normal|"
    r"typical|ordinary|"
    r"regular|higher|faster|healthy)\b")
# low venous flow said outright to harm, or to come on later in life: "sluggish outflow
# from the skull is unhealthy", "... makes people ill", "... is something one acquires
# with age" (the seed: believed present from birth and harmless)
_LOW_FLOW = (r"\b(?:lower[- ]than[- ]average|below[- ]average|low|lower|reduced|slower|"
             r"slow|sluggish|weaker|weak|poorer|poor) (?:cerebrospinal |cerebral |brain |"
             r"venous |blood |vein |neck vein )*(?:flow|outflow|drainage)\b")
# ... with where it drains from: "sluggish outflow from the brain and spine"
_LOW_FLOW_FROM = (_LOW_FLOW + r"(?: (?:from|out of|of) (?:the )?(?:brain|head|skull)"
                  r"(?: and (?:the )?(?:spine|spinal cord))?)?")
_LOW_FLOW_HARMS = _lazy(
    _LOW_FLOW_FROM + r",? (?:is|are|can be|was)? ?(?:(?:actually|really|very|"
    r"quite|always|truly) )?(?:(?:a |an )?(?:dangerous|harmful|unhealthy|damaging|serious|"
    r"risky)\b|(?:a |an )?(?:disease|disorder|illness|sickness)\b|bad for (?:you|your "
    r"health|health)\b)|" + _LOW_FLOW_FROM + r" (?:makes|make|made) (?:you|people|them|"
    r"someone|one) (?:ill|sick|unwell)\b")
# no study said to have seen more relapses after the procedure: "angioplasty never raised
# relapses in a single trial", "flare-ups never rose in any trial of it" (PREMiSe's
# treated arm had more, 4 against 1)
_NO_STUDY_MORE_RELAPSES = _lazy(
    r"(?:\b(?:never|not|no)\b|n't\b)[^.;:!?]{0,40}?\b(?:more|rais\w*|increas\w*|higher|"
    r"worse)\b[^.;:!?]{0,20}?\b(?:relapses?|flare-?ups?|attacks)\b[^.;:!?]{0,30}?\b(?:any|"
    r"a single|one) (?:study|trial)|"
    r"\b(?:relapses?|flare-?ups?)\b[^.;:!?]{0,20}?\b(?:did not|didn't|didnt|never|not)\s+"
    r"(?:\w+\s+)?(?:go up|went up|gone up|rise|rose|risen|increas\w*|climb\w*)\b"
    r"[^.;:!?]{0,40}?\b(?:any|a single|one) (?:study|trial)|"
    r"\b(?:not one|no|not a single|none of the) (?:studies|study|trials?)\b[^.;:!?]{0,40}?"
    r"\b(?:more|higher|increas\w*|rais\w*)\b[^.;:!?]{0,20}?\b(?:relapses?|flare-?ups?)")
# ... and some study said to have seen relapses go up after it ("in one of the balloon
# trials relapse counts climbed instead of falling"): PREMiSe's warning, true
_SOME_STUDY_MORE_RELAPSES = _lazy(
    r"\b(?:some|one|a|certain|several)\b[^.;:!?]{0,25}?\b(?:studies|study|trials?)\b"
    r"[^.;:!?]{0,30}?\b(?:relapses?|relapse (?:rates?|counts?)|flare-?ups?)\b[^.;:!?]{0,15}?"
    r"\b(?:went up|go up|rose|climbed|increased|were higher)\b[^.;:!?]{0,12}?\b(?:rather than|"
    r"instead of)\b|"
    r"\b(?:relapses?|relapse (?:rates?|counts?)|flare-?ups?)\b[^.;:!?]{0,15}?\b(?:went up|"
    r"rose|climbed|increased|were higher)\b[^.;:!?]{0,25}?\b(?:rather than|instead of)\b"
    r"[^.;:!?]{0,40}?\b(?:some|one|a|certain|several)\b[^.;:!?]{0,25}?\b(?:studies|study|"
    r"trials?)\b")
# the improvement after the procedure put down to a placebo: "anyone who improved after
# that operation had only a placebo response", "the gains were only placebo"
_PUT_DOWN_TO_PLACEBO = _lazy(
    r"\b(?:felt|feel|feeling|improv\w*|benefits?|relief|gains?|better)\b[^.;:!?]{0,60}?"
    r"\b(?:was|were|is|are|came from|come from|due to|down to|explained by|just|only|simply|"
    r"having|had|experiencing|getting|feeling)\b[^.;:!?]{0,25}?\bplacebo\b")
_PROCEDURE_OR_OP = _lazy(r"\b(?:surgery|op|operation|procedure|treatment|veins?|balloon\w*|"
                         r"angioplasty|venoplasty|liberation|tvam|stents?)\b")
# low flow said to be inborn: "slow outflow from the head, which people have from birth",
# "slightly less blood leaving the skull is congenital" (the seed: "believed to be present
# from birth")
_LESS_BLOOD_OUT = (r"\b(?:(?:a bit|a little|slightly|somewhat) )?less (?:venous )?blood "
                   r"(?:flow(?:ing)?|drain(?:ing|age)?) (?:out of|from) (?:the |your |one's )?"
                   r"(?:brain|head|skull)")
_LOW_FLOW_INBORN = _lazy(
    rf"(?:{_LOW_FLOW_FROM}|{_LESS_BLOOD_OUT})\b[^.;:!?]{{0,50}}?\b(?:(?:you are|you're|"
    r"youre|people are|we are|some people are|one is|they are|they're) born with|"
    r"present (?:from|at) birth|inborn|congenital|from birth)\b")
# ... "which won't make anyone sick", "and is harmless": what the claim says too
_BENIGN_TAIL = _lazy(r"\b(?:(?:it |that )?(?:does not|doesn't|doesnt|do not|don't|dont|won't) "
                     r"(?:usually |generally |normally )?(?:make|cause|lead to|harm|hurt)\b"
                     r"[^.;:!?]*|(?:it |that )?(?:is|are|'s) (?:usually |generally )?(?:harmless|"
                     r"benign)\b)")
_LOW_FLOW_ACQUIRED = _lazy(
    _LOW_FLOW_FROM + r" (?:is|are) (?:(?:a |an )?(?:[\w-]+ ){0,2}?(?:condition|"
    r"disorder|disease|problem|thing|something) )?(?:that )?(?:you |people |one |we |"
    r"most people |many people )?(?:develop|develops|get|gets|pick up|picks up|acquire|"
    r"acquires)(?: \w+)? (?:in adulthood|as (?:an )?adults?|later in life|late in life|"
    r"with age|as (?:you|they|we|people) (?:age|get older|grow older))\b")
# ... or to be harmless: "weak outflow from the head is benign / is not risky / doesn't
# make anyone ill"
_LOW_FLOW_HARMLESS = _lazy(
    _LOW_FLOW_FROM + r",? (?:is|are|seems|appears)(?: (?:usually|generally|"
    r"mostly|probably|thought to be|believed to be|considered))? (?:harmless|benign|"
    r"(?:not|never) (?:a |an )?(?:dangerous|harmful|unhealthy|damaging|risky|problem|"
    r"disease|health problem|danger|threat)|nothing to worry about)\b|" + _LOW_FLOW_FROM +
    r" (?:does not|doesn't|doesnt|do not|don't|dont|will not|won't) (?:usually |"
    r"generally )?(?:make (?:you|people|"
    r"anyone|them|someone) (?:ill|sick|unwell)|harm|hurt|cause (?:any )?(?:harm|health "
    r"(?:problems|issues)|disease|illness))\b")
# the regulators' warnings, or the procedure's risks, waved away: "the FDA overreacted",
# "the agency's alert was alarmist", "the dangers are overstated": the procedure is said
# to be safe (what the warnings were about)
_WARNING_DISMISSED = _lazy(
    r"\b(?:fda|regulators?|health canada|authorities|the agency)\b(?:'s)?[^.;!?]*?\b(?:"
    r"overblown|overreact\w*|over-react\w*|exaggerat\w*|overstat\w*|fearmonger\w*|"
    r"scaremonger\w*|alarmis[mt]\w*|unjustified|unwarranted|overkill|overcautious|"
    r"overly cautious|hysteri\w*)\b|"
    r"\b(?:risks?|dangers?|harms?|complications|side effects)\b[^.;!?]*?\b(?:overblown|"
    r"exaggerated|overstated|overhyped|blown out of proportion)\b")
# Treated veins that narrow again (restenosis), said in everyday words: "the jugulars
# shrink straight back after venoplasty", "restenosis is real"; or denied: "ballooned veins
# remain open", "restenosis was never a problem", "not one patient had restenosis". Read by
# the parity of the denials in its clause ("it isn't untrue that restenosis followed":
# two; "it isn't wrong to claim restenosis never followed": three); left to the rest of
# the engine when it gives a reason, a comparison, a share, a risk or a remedy
# ("restenosis is why it faded", "a stent would keep them from narrowing"), or speaks of
# another body part.
_RENARROWED = _lazy(
    r"\b(?:restenos\w*|re-?narrow\w*|narrow\w* (?:right |straight )?(?:back|"
    r"again)|clos\w* (?:right )?(?:back )?(?:up )?again|tighten\w* (?:right )?"
    r"(?:back|again)|shr[iu]nk\w* (?:right )?back|"
    # "the veins close right back up", "clamped back down", "squish back narrow"
    r"(?:clos\w*|clamp\w*|squish\w*|squeez\w*|snap\w*) (?:right |straight )?back(?: up| down| "
    r"shut| narrow)?)\b")
_STAYED_OPEN = _lazy(r"(?<!\bto )\b(?:(?:stays?|stayed|staying|remains?|remained) (?:\w+ )?"
                     r"open\b|(?:kept|keeps?) (?:\w+ ){0,2}open (?:forever|for good|"
                     r"permanently|for life)\b)")
_RENARROW_TOPIC = _lazy(r"\b(?:veins?|jugulars?|balloon\w*|angioplast\w*|"
                        r"venoplast\w*|procedur\w*|op|operation|surgery|treatment|"
                        r"liberation|stent\w*|widen\w*|stretch\w*|restenos\w*)\b")
_RENARROW_ASIDE = _lazy(
    r"\b(?:than|because|cause|reason|why|so (?:you|the|patients|people)|proves?|shows? that|"
    r"just means|means that|topping|top-?ups?|redone|repeat\w*|again and again|explain\w*|"
    r"stop\w*|prevent\w*|avoid\w*|every|everyone|everybody|all|nearly|almost|most|half|"
    r"percent|%|\d|heart|coronary|arter\w*|cardiac|legs?|kidneys?|renal|carotid|"
    r"scar|wore off|faded|slipped|if|would|benefits?|improve\w*|felt|feel\w*|better|"
    r"worse|longer|rarer|less|more|always|deny|denied|within|set in|redo|only|"
    r"risk\w*|dangers?|harms?|side effects?|complications?|flows?|flowing|drain\w*)\b")
# what the procedure is called by, for veins said to stay open ("my veins stay open for
# the drip" is not about it)
_RENARROW_PROCEDURE = _lazy(r"\b(?:balloon\w*|angioplast\w*|venoplast\w*|"
                            r"procedur\w*|op|operation|surgery|treatment|liberation|tvam|"
                            r"stent\w*|widen\w*|stretch\w*|opened|unblocked|cleared)\b")
# the words whose number, odd or even, says whether a statement asserts or denies what a
# rule reads in it (restenosis, the imaging behind the mixed results)
_COUNTED_DENIALS = _lazy(
    r"\b(?:not|no|never|none|zero|nobody|without|nothing|myth|untrue|false|wrong|"
    r"incorrect|inaccurate|cannot|impossible|rarely|seldom|hardly|barely|unheard|unusual|"
    r"uncommon|rare|isnt|wasnt|arent|werent|dont|doesnt|didnt|cant|wont|hasnt|havent|"
    r"hadnt)\b|n't\b|"
    # "a small percentage of patients experience restenosis": few, as "rarely" says
    r"\b(?:a (?:small|tiny) (?:percentage|proportion|number|fraction|minority|share)|"
    r"only a (?:few|handful)|very few|a minority|hardly any)\b")
# (idioms that deny nothing: "no worries", "no joke")
_NO_IDIOM = re.compile(r"\bno (?:worries|problem|joke|lie|cap|doubt|kidding)\b")
# the plain denials ("not", "never", "false", "wrong", "untrue", "a myth"), counted where
# a "no" is part of what a rule reads ("the FDA says no to TVAM")
_PLAIN_DENIAL = _lazy(r"\b(?:not|never|false|wrong|untrue|myth)\b|n't\b")


def _denials(t: str) -> int:
    """How many of the counted denials cleaned ``t`` holds (idioms that deny nothing, "no
    worries", "no joke", set aside)."""
    return len(_COUNTED_DENIALS.findall(_NO_IDIOM.sub(" ", t)))
# where a clause ends, for the denials that bear on what is said in it
_CLAUSE_END = re.compile(r"[.;:!?,()\u2014\u2013]|\s-\s|[^\w\s'-]|\b(?:so|but|and|since|"
                         r"although|while|whereas)\b")
# one trial said to have come out better for the procedure than the Canadian trial
_BETTER_THAN_CANADIAN = _lazy(
    r"^(?P<a>.+?)\b(?:(?:much |far |a lot |way )?(?:better|(?:bigger|larger|stronger) "
    r"(?:benefits?|effects?|results?|improvements?|gains?)|more positive|more favou?rable|"
    r"more encouraging|more promising|more impressive)) (?:[\w-]+ ){0,4}?"
    r"than (?:the |what the |did the |in the )?(?:[\w-]+ ){0,2}?(?:canadian|canada|"
    r"pan-canadian|traboulsee)\b")


def _trial_of(text: str) -> tuple[str, _lazy, int, str] | None:
    """The one trial of ``_TRIAL_SIZES`` that ``text`` names, if exactly one."""
    found = [t for t in _TRIAL_SIZES if t[1].search(text)]
    return found[0] if len(found) == 1 else None


def _arm(text: str) -> str | None:
    """The arm of a trial ``text`` names first: "sham" or "real"."""
    sham, real = _SHAM_ARM.search(text), _REAL_ARM.search(text)
    if sham is None and real is None:
        return None
    if sham is not None and (real is None or sham.start() <= real.start()):
        return "sham"
    return "real"


_ZAMBONI_STUDY = _lazy(r"\bzamboni\b|\b(?:first|original|initial) (?:ccsvi )?study\b")


def _group(text: str) -> str | None:
    """The group ``text`` names first: "ms" (people with MS) or "healthy" (controls)."""
    ms = re.search(rf"\b(?:{_MS_GROUP})\b", text)
    healthy = re.search(rf"\b(?:{_HEALTHY_GROUP}|control (?:group|arm|subjects))\b", text)
    if ms is None and healthy is None:
        return None
    if healthy is not None and (ms is None or healthy.start() <= ms.start()):
        return "healthy"
    return "ms"


# Comparisons of a trial's groups on relapses or lesions, in either order
_GROUPS_COMPARED = _lazy(
    r"\b(?P<dir>more|fewer|less|higher|lower|greater|smaller)\s+(?:\w+\s+){0,3}?"
    r"(?:relapses?|lesions?|disease activity)\b(?:\s+\w+){0,4}?\s+than\b"
    r"(?P<after>(?:\s+[\w-]+){1,8})")
# "no lab could replicate what Zamboni described", "other teams never verified his
# results": a denial of confirmation, which a bag of words reads as a denial of what
# Zamboni reported; "Brave Dreams, his own study, did not back the operation" is what that
# trial concluded
_DENIED = (r"(?:did not|didn't|does not|doesn't|do not|don't|could not|couldn't|can't|"
           r"cannot|failed to|fail to|never|were unable to|was unable to)")
_NOT_CONFIRMED = _lazy(
    rf"\b{_DENIED}\s+(?:\w+\s+)?(?:confirm|replicate|reproduce|corroborate|bear out|"
    rf"back up|verify)\b(?P<what>[^.;]*)")
_ZAMBONI_FINDING = _lazy(r"\bzamboni'?s?\b|\bhis (?:findings?|results?|pattern|criteria|"
                         r"claims?|study)\b")
_OWN_TRIAL_UNSUPPORTED = _lazy(
    rf"\b(?:zamboni'?s (?:own )?(?:\w+ )?(?:trial|study)|brave dreams(?: trial)?)\b[^.;]*?"
    rf"\b{_DENIED}\s+(?:support|back|justify)\b")
# ... and with the verb: "the sham group relapsed more than the angioplasty group"
_GROUPS_RELAPSED = _lazy(
    r"\brelaps(?:ed|es|e|ing)\s+(?P<dir>more|less)\b(?:\s+\w+){0,2}?\s+than\b"
    r"(?P<after>(?:\s+[\w-]+){1,8})")
# Comparisons of the procedure with MS drugs, in either order
_MS_DRUGS = _lazy(r"\b(?:drugs?|medications?|medicines?|meds|dmts?|dmds?|disease[- ]modifying|"
                  r"(?:approved|proven|standard|usual|real|existing|current|conventional|"
                  r"established|licensed|mainstream|prescribed|regular) "
                  r"(?:ms )?(?:treatments?|therap(?:y|ies)|options)|"
                  r"(?:ms )?treatment plans?|(?:the )?ms (?:treatments|therapies)|"
                  r"ocrelizumab|ocrevus|"
                  r"interferons?|natalizumab|tysabri|fingolimod|gilenya|glatiramer|copaxone|"
                  r"dimethyl fumarate|tecfidera|rituximab|alemtuzumab|lemtrada|ofatumumab|"
                  r"cladribine|teriflunomide|siponimod)\b")
_VERSUS_DRUGS = _lazy(
    r"^(?P<a>.+?)\b(?:is |are |was |were )?(?:(?:a )?(?:much |far |a lot |way )?"
    r"(?:better|more effective|more beneficial|more helpful|superior|more real benefit|"
    r"more benefit|better (?:bet|option|choice|idea))|"
    r"(?:just |about )?as (?:effective(?:ly)?|good|helpful|beneficial|"
    r"much) as|(?:works?|worked|performs?|performed|does|did|do) (?:just |about )?as well as|"
    r"beats?|"
    # "MS drugs have far stronger evidence behind them than liberation therapy"
    r"(?:has|have|had) (?:much |far |a lot |way )?(?:stronger|better|more|firmer|more "
    r"solid|more robust) (?:supporting |scientific |clinical |trial )?(?:evidence|support|"
    r"proof|backing|data|science)|"
    # "has more to offer patients than", "have far more going for them than"
    r"(?:has|have|had|offers?) (?:much |far |a lot |way )?more (?:to offer|going for "
    r"(?:it|them))|"
    r"(?:reduces?|cuts?|lowers?|prevents?|slows?) (?:ms )?(?:relapses|flares|lesions|"
    r"progression|disability|symptoms) (?:much |far )?(?:more|better)|"
    r"outperforms?|works? better|worked better|does more|did more)\b(?P<b>.+)$")
# Comparisons of the procedure with a sham, in either order ("venoplasty crushed the
# sham", "the sham did as well as venoplasty")
_VERSUS_SHAM = _lazy(
    r"^(?P<a>.+?)\b(?:(?:is |are |was |were |did |does |do |worked |works |performed |"
    r"came out |fared )?(?:much |far |a lot |way |clearly |significantly )?"
    r"(?:better|superior|more effective)(?: to| than)?|(?:just |about |equally )?as "
    r"(?:well|good|effective) as|beat|beats|crushed|crushes|outperformed|outperforms|"
    r"trounced|smashed|"
    # an outcome said to be better in the treated arm ("fewer new brain lesions at 12
    # months than sham patients", "improved quality of life more than the sham did")
    r"(?:developed |had |showed |saw )?fewer (?:\w+ ){0,3}?(?:lesions|relapses)|"
    r"(?:had |showed )?(?:better|greater) (?:\w+ ){0,3}?(?:outcomes?|results?|scores?|"
    r"improvements?)|(?:improved|reduced|cut|lowered) (?:\w+ ){0,7}?more)\b(?P<b>.+)$")
# The veins said to count for more in MS than anything else: "narrowed neck veins are the
# biggest risk factor for MS", "vein narrowing matters more than anything in the immune
# system": it is read as CCSVI causing MS (not when drawn as a conclusion: "so X is a
# major risk factor" is the conclusions' reading)
_VEINS_COUNT_MOST = _lazy(
    r"\b(?:neck veins?|jugulars?|jugular veins?|ccsvi|vein narrowing|narrow(?:ed|ing)? "
    r"(?:neck )?veins?|blocked (?:neck )?veins?|pinched (?:neck )?veins?|neck vein "
    r"narrowing|venous drainage|poor drainage)\b[^.;]*?\b(?:(?:is|are|was|were) (?:the |a )?"
    r"(?:biggest|main|greatest|leading|single biggest|number one|bigger|major) (?:ms )?"
    r"(?:risk(?: factor)?|cause|trigger|driver)s?\b(?: (?:of|for) (?:ms|multiple sclerosis))?"
    r"(?: than anything(?: else)?)?|matters? more (?:for|in) (?:ms|multiple sclerosis) than|"
    r"matters? more than (?:anything|the immune|treating))")
# The procedure put ahead of staying on MS treatment: "the vein op is a safer bet than
# sticking with your treatment plan", "getting your veins fixed beats staying on your
# meds": the better choice (false); "safer than taking your meds" or "a safer bet", a
# comparison of safety no study made (unproven)
_AHEAD_OF_MS_TREATMENT = _lazy(
    r"\b(?P<how>safer|less risky|less dangerous|better|smarter|wiser|more sensible|beats?)"
    r"\b(?P<choice> (?:bet|option|choice|idea|move|path|route|thing to do|way to go))? "
    r"(?:than |to )?"
    r"(?:just )?(?P<keep>sticking with|sticking to|staying on|keeping (?:to|up|on)?|taking|"
    r"continuing|carrying on with|relying on|trusting)\s+(?:with |on )?(?:your |the |their |"
    r"my |our )?(?:usual |regular |current |standard |prescribed |neurologist'?s |doctor'?s "
    r")?(?:ms |multiple sclerosis )?(?P<what>meds|medications?|medicines?|drugs|dmts?|"
    r"treatment plan|treatments?|therapy|therapies)\b")
# The procedure said to do better than no treatment: "the op holds MS back better than
# leaving the veins alone", "the treated fared better than those who went without": a
# benefit no trial found (the claim that the procedure works)
_BEATS_NOTHING = _lazy(
    r"^(?P<a>.+?)\b(?:(?:did|does|do|fared|got|were|was|are|is) )?(?:much |far |a lot |way "
    r")?(?:better|slow\w* (?:\w+ ){0,3}?(?:more|better)|help\w* (?:\w+ ){0,3}?more|"
    r"improv\w* (?:\w+ ){0,3}?more)\b[^.;]*?\bthan (?:(?:those|people|patients|the ones|"
    r"anyone) (?:who|that) (?:skipped|didn't have|didnt have|did not have|went without|"
    r"never had|refused|passed on)|leaving (?:the|their|your|its) (?:neck )?veins alone|"
    r"doing nothing|no (?:procedure|treatment|surgery|operation)(?: at all)?|(?:staying )?"
    r"untreated)\b")
_TREATED_SIDE = _lazy(r"\b(?:treat\w*|had|got|have|having|underwent|procedure|op|"
                      r"operation|surgery|liberation|tvam|angioplasty|venoplasty|"
                      r"balloon\w*|unblock\w*|opening|widening|fixing)\b")
_COMPARED_WITH_SHAM = _lazy(r"\b(?:compared (?:with|to)|versus|vs\.?|relative to|"
                           r"against)\s+(?:a |the )?(?:sham|placebo|fake)\w*\b")
_CERTAINLY_WORSE = _lazy(r"\b(?:definitely|certainly|for sure|undoubtedly|surely|clearly|"
                         r"proven to|is proven to|obviously)\b.{0,30}\b(?:makes?|made|worsens?|"
                         r"worsened)\b.{0,20}\b(?:ms|multiple sclerosis|it|the disease)\b"
                         r"(?:\s+\w+)?\s+worse\b|\b(?:definitely|certainly|for sure|undoubtedly|"
                         r"clearly|obviously)\b.{0,30}\bworsens?\b")
# more relapses after the procedure, hedged or as what some studies saw
_RELAPSES_UP = _lazy(r"\b(?:more|increas\w*|rais\w*|rises?|rose|worsen\w*|went up|go up|"
                     r"higher)\b.{0,40}\b(?:relapses?|flare[- ]?ups?|flares?|attacks)\b|"
                     r"\b(?:relapses?|flare[- ]?ups?|flares?|attacks)\b.{0,30}\b(?:increas\w*|"
                     r"rose|rise|went up|go up|worsen\w*)\b")
_OBSERVED_OR_HEDGED = _lazy(r"\b(?:may|might|could|can|in (?:some|a few|one|several|certain) "
                            r"(?:of the )?(?:studies|trials|study|trial)|(?:some|a few|several) "
                            r"(?:of (?:the|those|these) )?(?:studies|trials)|premise)\b")
# a benefit said to be larger in one arm than in the other
_BENEFIT_THAN_SHAM = _lazy(
    r"^(?=.*\b(?:improv\w*|better|benefit\w*|quality of life|function\w*|symptoms? "
    r"relief|gains?)\b)(?P<before>.*\b(?:more|higher|greater|larger|bigger|better)\b.*?)"
    r"\bthan\b(?P<after>.+)$")
# the two arms of a trial said to fare alike ("same results", "no difference", "nada vs sham")
# no edge over a sham: "didn't beat the sham", "no fewer lesions than after a fake
# procedure", "compared with sham, no extra boost"
_NO_EDGE_ON_SHAM = _lazy(
    r"\b(?:did not|didn'?t|does not|doesn'?t|never|failed to|could not|couldn'?t|unable to)\s+"
    r"(?:\w+\s+)?(?:beat|outperform|outdo|top)\s+(?:the\s+|a\s+)?(?:sham|placebo|fake|dummy|"
    r"pretend|mock)|"
    r"\bno (?:fewer|more|extra|bigger|greater|added|larger|real)\b[^.;:!?]{0,60}?\b(?:than|"
    r"compared (?:with|to)|over)\b[^.;:!?]{0,40}?\b(?:sham|placebo|fake|dummy|pretend|mock)\b|"
    r"\b(?:compared (?:with|to)|against|next to|versus|vs\.?)\s+(?:the\s+|a\s+)?(?:sham|"
    r"placebo|fake|dummy|pretend|mock)(?:\s+(?:group|arm|procedure))?\b[^.;:!?]{0,80}?"
    r"\bno (?:fewer|more|extra|bigger|greater|added|larger|real)\b")
_SHAM_SAME = _lazy(r"\b(?:same (?:results?|outcomes?|thing)|(?:no|zero|little) (?:real )?"
                   r"diff(?:erence)?|did no better|no better|nada|zilch|nothing|(?:about |roughly |"
                   r"pretty much )?the same|similar(?:ly)?|identical|equal(?:ly)?|no benefit)"
                   r"\b")
# "people felt better after the procedure because their blood flow improved": the cause
# given for the improvement is the claim, not the improvement itself
_IMPROVED_BY_FLOW = _lazy(
    r"\b(?:felt|feel|feels|feeling|improved?|improvements?|better|benefit\w*)\b.{0,80}?"
    r"\b(?:because|since|as|thanks to|due to|from|owing to)\b.{0,40}?\b(?:blood ?flow|"
    r"circulation|drainage|flow|veins? (?:were |was |had been )?(?:opened|widened|unblocked))"
    r"\b|"
    # ... and the other way round: "it boosts blood flow, which is why patients get better"
    r"\b(?:blood ?flow|circulation|drainage|outflow)\b.{0,60}?\b(?:which is why|that is why|"
    r"that's why|and so|so that|hence)\b.{0,40}?\b(?:get|got|gets|feel|felt|feels)?\s*"
    r"(?:better|improve[sd]?|recover\w*)\b")
# "CCSVI causes MS. Just kidding, it doesn't": the speaker takes the claim back
_RETRACTED = _lazy(r"^(?P<what>.+?)[\s.!,;:-]+(?:(?:just|only) kidding|jk|kidding|psych|"
                   r"sike)\b.*$")
_FAR_FROM = _lazy(r"\bfar from (?:being )?")
# Comparisons between people with and without MS (healthy controls).
_MS_GROUP = r"(?:people|patients|those|persons|individuals|men and women)?\s*(?:with ms|" \
            r"who have ms|with multiple sclerosis|ms patients|ms sufferers|in ms)|ms " \
            r"patients|ms|multiple sclerosis|" \
            r"(?:people|patients|those) (?:with|who have) " \
            r"(?:it|the disease)|(?:people|patients|those|persons|individuals) who (?:do|did)\b|" \
            r"(?:the |his |their )?ms (?:group|cohort|arm)"
_HEALTHY_GROUP = (r"(?:in )?(?:unrelated )?(?:healthy|unaffected)(?: people| controls| "
                  r"individuals| persons|"
                  r" volunteers| subjects| adults)?|(?:in )?(?:people|those|persons|"
                  r"individuals|controls|participants|volunteers) (?:without ms|"
                  r"(?:who|that) (?:do|did|does) not(?: have (?:ms|it|the disease))?|"
                  r"without multiple sclerosis|free of ms|without it|without the disease)|(?:in )?"
                  r"(?:people|those|persons|individuals) without\b|(?:in )?(?:the |their )?"
                  r"(?:(?:healthy|unaffected|own) )?"
                  r"(?:general population|everyone else|controls|siblings|relatives|"
                  r"unrelated controls|volunteers|(?:healthy )?brothers and sisters)|"
                  r"(?:in )?(?:the )?healthy"
                  r"|(?:the |his |their )?(?:healthy|control|nonms|non-ms) (?:group|cohort|arm)")

# people with MS said to drain worse than anyone else, from the brain ("MS patients
# drain blood from the head far more slowly than other people", "outflow from the brain is
# lower in MS than in healthy people"): the theory's claim, which the blinded studies did
# not bear out
_OTHERS = (r"(?:everyone|everybody|anyone|anybody) else|(?:other|healthy|normal) (?:people|"
           r"folks|adults|individuals)|healthy controls|people without (?:ms|it)|the rest of "
           r"us|those without (?:ms|it)|non-ms \w+")
_MS_DRAINS_WORSE = _lazy(
    rf"\b(?:{_MS_GROUP})\b[^.;:!?]{{0,30}}?\b(?:drain\w*|flow\w*|outflow|circulation)\b"
    r"[^.;:!?]{0,40}?\b(?:slow\w*|sluggish\w*|lower|poorer|worse|less|weaker|reduced)\b"
    r"[^.;:!?]{0,25}?"
    rf"\bthan (?:in |among |do |does )?(?:{_OTHERS})\b|"
    rf"\b(?:{_MS_GROUP})\b[^.;:!?]{{0,20}}?\b(?:slower|lower|poorer|worse|less|weaker|"
    r"reduced)\b(?: \w+){0,3}? (?:drain\w*|flow|outflow|circulation)\b[^.;:!?]{0,25}?"
    rf"\bthan (?:in |among )?(?:{_OTHERS})\b|"
    r"\b(?:drain\w*|flow|outflow|drainage|circulation)\b[^.;:!?]{0,40}?\b(?:is|are|was|"
    r"were) (?:much |far |a lot |way )?(?:lower|poorer|worse|slower|weaker|less)\b "
    rf"(?:in|among|for) (?:{_MS_GROUP})\b[^.;:!?]{{0,10}}?\bthan (?:in |among |for )?"
    rf"(?:{_OTHERS})\b")
_MORE_IN_MS = _lazy(
    rf"\b(?:more|much more|far more|a lot more|significantly more|way more)\s+"
    rf"(?:common|frequent|prevalent|often|widespread|likely)\s+(?:found\s+)?"
    rf"(?:in|among|for)\s+(?:{_MS_GROUP})\s+than\s+(?:in|among|for)?\s*(?:{_HEALTHY_GROUP})")
# the groups as subjects: "people with MS met the criteria far more often than controls"
_OFTEN = (r"(?:far |much |a lot |way |significantly |slightly |several times |many times )?"
          r"(?:(?P<dir>more|less) (?:often|frequently|commonly|likely)|"
          # "people with MS have worse neck vein drainage than people without MS"
          r"(?P<worse>worse|poorer|slower|narrower|more (?:abnormal|blocked|narrowed|"
          r"restricted|impaired|sluggish|disturbed|ccsvi|narrowing|stenos[ie]s|blockages?|"
          r"abnormalit(?:y|ies))))")
# "qualified at a marginally higher rate than", "at a rate no higher than": how often,
# said as a rate
_HIGHER_RATE = _lazy(r"\bat an? (?P<how>(?:slightly|marginally|far|much|somewhat|a bit|a little|"
                     r"significantly|considerably) )?"
                     r"(?P<dir>higher|lower) rate\b")
_RATE_NO_HIGHER = _lazy(r"\bat an? rate (?:that was |that is |which was )?no (?:higher|greater)\b")


def _rate_as_often(t: str) -> str:
    """``t`` with a rate compared said as how often ("at a higher rate than" is "more
    often than")."""
    if "rate" not in t:
        return t
    t = _RATE_NO_HIGHER.sub("no more often", t)
    return _HIGHER_RATE.sub(lambda m: f"{m.group('how') or ''}"
                            f"{'more' if m.group('dir') == 'higher' else 'less'} often", t)


_SUBJECT_COMPARED = _lazy(
    rf"(?:^|\b)(?P<first>{_MS_GROUP}|{_HEALTHY_GROUP})\b(?:\s+[\w-]+){{0,8}}?\s+"
    rf"(?P<no>no )?{_OFTEN}(?:\s+[\w-]+){{0,5}}?\s+than\s+(?:did |do |were |are |in )?"
    rf"(?:(?:unrelated|their|the|matched|otherwise|own|healthy)\s+)*(?P<second>{_MS_GROUP}|{_HEALTHY_GROUP})\b")
# ... and equal: "siblings were as likely as the patients themselves to meet the criteria"
_SUBJECT_EQUAL = _lazy(
    rf"(?:^|\b)(?P<first>{_MS_GROUP}|{_HEALTHY_GROUP}|(?:the )?patients)\b(?:\s+[\w-]+){{0,8}}?\s+"
    rf"(?:about |just |roughly )?as (?:likely|often|rarely|frequently|commonly|seldom) as\s+"
    rf"(?:did |do |were |are |in )?(?:(?:unrelated|their|the|matched)\s+)*"
    rf"(?P<second>{_MS_GROUP}|{_HEALTHY_GROUP}|(?:the )?patients)\b")
# "CCSVI turned up more often in people without MS": than people with it, implied
_MORE_IN_HEALTHY = _lazy(
    rf"\b(?:more|far more|much more|slightly more)\s+(?:often|common|commonly|frequent|"
    rf"frequently|prevalent)\s+(?:found\s+)?(?:in|among)\s+(?:{_HEALTHY_GROUP})\b")
_LESS_IN_HEALTHY = _lazy(
    rf"\b(?:less|rarer|fewer|far less|much less)\s+(?:common|frequent|prevalent|often)?\s*"
    rf"(?:in|among)\s+(?:{_HEALTHY_GROUP})\s+than\s+(?:in|among)?\s*(?:{_MS_GROUP})")
_LESS_IN_MS = _lazy(
    rf"\b(?:less|rarer|fewer|far less|much less)\s+(?:common|frequent|prevalent|often|"
    rf"likely)?\s*(?:found\s+)?(?:in|among)\s+(?:{_MS_GROUP})\s+than\s+(?:in|among)?\s*"
    rf"(?:{_HEALTHY_GROUP})|\b(?:more|more often|more common|more frequent)\s+(?:common|"
    rf"frequent|often)?\s*(?:in|among)\s+(?:{_HEALTHY_GROUP})\s+than\s+(?:in|among)?\s*"
    rf"(?:{_MS_GROUP})")
_EQUAL = _lazy(
    rf"\b(?:as (?:common|frequent|prevalent|often|rare|uncommon|likely)(?: found)? "
    rf"(?:in|among)\s+(?:{_HEALTHY_GROUP}|{_MS_GROUP})\s+as\s+(?:in|among)?\s*"
    rf"(?:{_HEALTHY_GROUP}|{_MS_GROUP})|equally (?:common|frequent|prevalent|often|rare|"
    rf"uncommon|infrequent|likely)|about the same rate|the same rate|similar rates?|"
    rf"at similar rates|(?:about |roughly |much |nearly |just )?the same as (?:in|among)\s+"
    rf"(?:{_HEALTHY_GROUP})|"
    rf"similarly (?:common|frequent|often|rare)|similar(?:ly)? (?:small |low |tiny |few )?"
    rf"(?:shares?|proportions?|percentages?|fractions?|numbers?)|"
    rf"no more (?:common|frequent|often|likely) "
    rf"(?:in|among)|just as (?:common|often|frequent|likely)|in equal measure|"
    rf"regardless of whether (?:they|people) (?:have|had) ms|"
    rf"(?:people|those) with and without ms alike|"
    # "the same proportion of patients and siblings", "about as many healthy
    # people as people with MS", "equally in everyone", "... and healthy people alike"
    rf"the same (?:shares?|proportions?|percentages?|fractions?|numbers?|rates?)\b|"
    rf"(?<!times )(?<!twice )(?<!double )as many (?:{_HEALTHY_GROUP}|{_MS_GROUP})\s+as\s+"
    rf"(?:in|among)?\s*"
    rf"(?:{_HEALTHY_GROUP}|{_MS_GROUP})|"
    rf"equally (?:in|among|across|for) (?:everyone|everybody|all|both|every)\b|"
    rf"(?:{_HEALTHY_GROUP})\s+alike\b)")
# narrowing (not CCSVI) a little commoner with MS than with the siblings, as the Lancet
# study found it (74% against 66%), or said with those figures
_SIBLINGS_A_BIT_LESS = _lazy(
    r"\b(?:narrow\w*|stenos[ie]s)\b[^.;:!?]*?\b(?:(?:a bit|a little|slightly|somewhat|"
    r"marginally|a touch) more (?:common|frequent|often|likely)|more (?:common|frequent|"
    r"often|likely)\b(?=[^.;:!?]*\b74\b[^.;:!?]*\b66\b))[^.;:!?]*?\bsiblings?\b")
# the plain statements comparisons are read as ("without" would read as a negation)
_MORE_IN_MS_PLAIN = "ccsvi is more common in people with ms"
_EQUAL_PLAIN = "ccsvi is as rare in people with ms as in healthy people"
_NARROWING_COMMON_PLAIN = ("major neck vein narrowing is common in healthy people as well as "
                          "in people with ms")
_TIMES = (r"(?:twice|double|triple|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|"
          r"fifty|a hundred|\d+|several|many) times)")
_MULTIPLE = _lazy(rf"\b{_TIMES}\s+as\s+(?:common|frequent|prevalent|often|likely)|"
                  # "double the rate of the siblings", "three times as many of the
                  # patients", "as much narrowing as unrelated adults"
                  rf"\b{_TIMES}\s+(?:the\s+(?:rate|number|share|proportion|amount|level|"
                  rf"percentage)\s+of|as\s+(?:many|much)\b(?!\s+(?:{_HEALTHY_GROUP})))")
_MULTIPLE_IN_HEALTHY = _lazy(
    rf"\b{_TIMES}"
    rf"\s+as\s+(?:common|frequent|prevalent|often|likely)\s+(?:found\s+)?(?:in|among)\s+"
    rf"(?:{_HEALTHY_GROUP})\s+(?:as|than)\b")
_ABOUT_VEINS = _lazy(r"\b(?:ccsvi|chronic cerebrospinal|narrow|narrowed|narrowing|"
                          r"stenos[ie]s|blocked|blockage|vein|veins|venous|jugular)")


# "... and the healthy controls didn't": the other side of a comparison, denied elliptically
_DENIED_ENDS = ("not", "n't", "nt")
_OTHER_SIDE = (rf"(?:(?:the|his|her|their|its|all|most|those|of)\s+)*(?:{_HEALTHY_GROUP}|nonms|"
               r"non-ms|control|the controls?|(?:group|ones|lot|folks|people|patients) "
               r"without (?:ms|it)|healthy (?:lot|ones|folks|group))"
               r"(?:\s+(?:group|groups|people|patients|subjects|participants|volunteers|ones|"
               r"cohort|lot))?")
_OTHERS_DID_NOT = _lazy(
    rf"^(?P<what>.*?\b(?:{_MS_GROUP})\b.*?)\s*,?\s+(?:and|but|while|whereas|yet)\s+"
    rf"{_OTHER_SIDE}\s+(?:did|do|does|were|was|had|have|has)(?: not|nt)$")


def _uncontracted(t: str) -> str:
    """Cleaned ``t`` with "isn't", "didn't", "hasn't" ... as "is not", "did not" ..."""
    return re.sub(r"\b(is|was|are|were|does|do|did|have|has|had)n'?t\b", r"\1 not", t)


# "... in the MS patients but not in his controls", "... while the healthy lot were
# fine": the other side spared, elliptically
_OTHERS_SPARED = _lazy(
    rf"^(?P<what>.*?\b(?:{_MS_GROUP}|ms group)\b.*?)\s*,?\s+(?:(?:and|but) not|not)\s+"
    rf"(?:in|among|for|with)\s+{_OTHER_SIDE}$|"
    rf"^(?P<what2>.*?\b(?:{_MS_GROUP}|ms group)\b.*?)\s*,?\s+(?:while|whereas|but|and)\s+"
    rf"{_OTHER_SIDE}\s+(?:were|was|are|is|looked|seemed)\s+(?:perfectly |totally |"
    r"completely |just )?(?:fine|normal|ok|okay|healthy|unaffected|clear)$")


def others_did_not(cleaned: str) -> str | None:
    """What the MS side of a comparison had, when the healthy side is denied in a clause
    of its own: "the patients with MS drained poorly and the control group didn't", or
    spared: "... in the MS patients but not in his controls"."""
    t = cleaned.rstrip(" .!")
    if t.endswith(_DENIED_ENDS):
        m = _OTHERS_DID_NOT.match(_uncontracted(t))
        if m:
            return m.group("what")
    if "not" in t or "fine" in t or "normal" in t or "ok" in t or "healthy" in t:
        m = _OTHERS_SPARED.match(t)
        if m:
            return m.group("what") or m.group("what2")
    return None


# Zamboni's own study, named as such (not a later study that compared with it)
_ZAMBONI_OWN = _lazy(r"\b(?:in )?(?:zamboni'?s?|his) (?:own )?(?:original |first |initial |"
                     r"2008 |2009 |early |ultrasound )*(?:study|paper|work|research)\b|"
                     # "Zamboni found the same rate in both groups": what he found
                     r"\bzamboni (?:(?:originally|first|initially) )?(?:found|reported|saw|"
                     r"observed|recorded|measured|detected)\b")
_OTHER_STUDY = _lazy(r"\b(?:catheter|venography|lancet|canadian|blinded|later|other|"
                     r"independent|society|societies|barreto|siblings?)\b")
_BOTH_GROUPS = _lazy(rf"\bboth\b[^.;]{{0,30}}?\b(?:{_MS_GROUP}|ms group|ms patients)\b"
                     rf"[^.;]{{0,20}}?\band\b[^.;]{{0,30}}?\b(?:{_HEALTHY_GROUP})\b")
_AS_ZAMBONI = _lazy(r"\b(?:(?:about |roughly |nearly )?the same (?:rate|share|proportion)|"
                    r"as (?:often|commonly|frequently))\s+(?:that|as)\s+(?:in\s+)?zamboni")
# later work said to have borne Zamboni out: "every major study since has backed up his
# theory", "his data were confirmed by any team that checked"
_LATER_WORK = (r"(?:later|subsequent|other|independent|every|all|follow-?up|newer|larger|"
               r"bigger|more recent|further)(?:[\s,]+(?:and\s+)?\w+){0,2}?[\s,]+(?:studies|study|"
               r"research|teams?|researchers|labs?|groups|scientists|work|investigators|"
               r"investigations|papers|experiments)|"
               r"(?:everyone|everybody|anyone|(?:every|any) (?:team|lab|group)) (?:who|that) "
               r"(?:looked|checked|tried|tested)")
_BORNE_OUT = (r"(?:confirm\w*|back(?:ed|s)? up|agreed? with|support\w*|replicat\w*|"
              r"reproduc\w*|verif\w*|bore out|borne out|corroborat\w*|validat\w*)")
_HIS_FINDINGS = (r"(?:zamboni'?s?|his)\s+(?:\w+\s+){0,2}?(?:findings?|results?|work|theory|"
                 r"data|claims?|observations?|hypothesis)")
_LATER_CONFIRMED = _lazy(
    rf"\b(?:{_LATER_WORK})\b[^.;:!?]{{0,30}}?\b{_BORNE_OUT}\b[^.;:!?]{{0,20}}?\b{_HIS_FINDINGS}\b|"
    rf"\b{_HIS_FINDINGS}\b[^.;:!?]{{0,30}}?\b(?:was|were|have been|has been|got|been)\s+"
    rf"(?:\w+\s+)?{_BORNE_OUT}\b[^.;:!?]{{0,12}}?\b(?:by|in)\b[^.;:!?]{{0,12}}?\b(?:{_LATER_WORK})")
# doctors or health bodies said to advise against the procedure
_ADVISED_AGAINST = _lazy(
    r"\b(?:doctors?|neurologists?|physicians?|experts?|specialists?|medics|clinicians|"
    r"health (?:bodies|authorities|agencies|officials)|medical (?:bodies|societies|"
    r"organi[sz]ations|community|establishment))\b(?:\s+(?!who\b|that\b|which\b)\w+){0,3}?\s+"
    r"(?:(?:strongly|firmly|clearly|generally|all|now|still)\s+)?(?:discourag\w*|advis\w* "
    r"(?:\w+ )?against|"
    r"recommend\w* (?:\w+ )?against|warn\w* (?:\w+ )?(?:against|off)|steer\w* (?:\w+ ){0,4}?away "
    r"from)\b")
# later work said to have gone against him: "the later, larger studies contradicted his
# original findings"
_LATER_CONTRADICTED = _lazy(
    rf"\b(?:{_LATER_WORK})\b[^.;:!?]{{0,30}}?\b(?:contradict\w*|refut\w*|overturn\w*|"
    rf"undercut|undermin\w*|went against|ran counter to|challenged|questioned|disputed|"
    rf"cast doubt on)\b[^.;:!?]{{0,20}}?\b{_HIS_FINDINGS}\b")
# ... or said never to have been: "nobody has ever questioned Zamboni's findings"
_NEVER_CONTRADICTED = _lazy(
    r"\b(?:nobody|no one|no-one|no researcher|no scientist|no study|no other study|no trial)"
    r"\s+(?:has\s+|have\s+|had\s+|ever\s+|really\s+|seriously\s+)*(?:challenged|questioned|"
    rf"disputed|contradicted|refuted|doubted|cast doubt on)\s+{_HIS_FINDINGS}\b")
_THE_PROCEDURE = _lazy(r"\b(?:the|this) (?:procedure|operation|surgery|treatment)\b")
# the procedure "failed" or "flopped" in its trials, a test: it did not work in them (not
# "failed to": a failure to do something is read as a denial of it); "did not fail" in them,
# it worked
_FAILED_TRIALS = _lazy(
    r"^(?P<subj>.+?)\s+(?P<neg>(?:did|has|have|had|does) not\s+|never\s+)?"
    r"(?:has\s+|have\s+|had\s+|was\s+|(?:completely|totally|utterly)\s+)?"
    r"(?:failed|fails|fail|flopped|flops|flop|bombed)\s+(?:in\s+|at\s+|on\s+)?"
    r"(?P<what>(?:the|its|their|his|every|all|each|both|an?|zamboni'?s)\s+"
    r"(?:[\w'-]+\s+){0,3}?|(?:[\w'-]+\s+){0,2}?)(?P<noun>trials?|tests?|studies|study)\b"
    r"(?P<tail>.*)$")


# A harm of the procedure named ("heart rhythm trouble is a known danger of the vein op",
# "clots have never once been seen after the procedure"): each harm,
# and the plain statement of it the claims hold
_HARMS = (
    (r"blood clots?|clots?|clotting|clotted|thrombos[ie]s", "can cause blood clots"),
    (r"strokes?", "carries a risk of stroke"),
    (r"deaths?|died|dying|fatal|fatalities|killed (?:people|patients|someone|anyone|anybody|"
     r"some|several|at least)", "has led to deaths"),
    (r"(?:cranial )?nerve (?:damage|injury|injuries)|damaged nerves?",
     "can cause cranial nerve damage"),
    (r"(?:abdominal |internal |dangerous )?(?:bleeding|haemorrhage|hemorrhage)",
     "can cause dangerous bleeding"),
    (r"(?:abnormal|irregular|weird) (?:heart ?beats?|heart rhythms?)|heart rhythm (?:problems|"
     r"trouble|issues|stuff)|heart ?beat weird|arrhythmias?", "can cause heart rhythm problems"),
    (r"infections?|infected", "can give you an infection"),
    (r"(?:vein |venous )?(?:ruptures?|ruptured|rupturing|bursts?|burst veins?|torn veins?|"
     r"tears? in the vein)", "can rupture a neck vein"),
    (r"stents? (?:migrat\w*|moving|moved|came loose|coming loose|detach\w*|breaking loose|"
     r"broke loose)|migrating stents?|stent migration", "can make stents move out of place"),
)
# (a word each harm's pattern holds: a statement with none of them names none)
_HARM_KEY = re.compile(r"clot|thromb|stroke|death|died|dying|fatal|kill|nerve|bleed|"
                       r"haemorrh|hemorrh|heart|arrhythm|infect|ruptur|burst|torn|tear|stent")
_HARM_NAMED = _lazy(r"\b(?:" + "|".join(f"(?:{h})" for h, _ in _HARMS) + r")\b")
# ... read so only when the statement neither says how often or how bad (a claim of its
# own: "complications are rare"), nor compares, nor names a source, a figure or a year
_HARM_QUALIFIED = _lazy(
    r"\b(?:rare|rarely|uncommon|unusual|minor|tiny|small|low|few|fewer|only|mild|trivial|"
    r"negligible|overblown|exaggerated|overstated|hardly|seldom|most|all|every|always|usually|"
    r"common|commonly|often|frequent\w*|safe|safer|safest|risk-free|worth|than|more|less|"
    r"fda|regulators?|trials?|study|studies|lancet|burton|calgary|abroad|overseas|"
    r"mexico|costa rica|india|poland|tourism|foreign|if|whether|because|ms drugs?|"
    r"medications?|drugs?|"
    # another procedure, or a harm of waiting ("putting off MS treatment risks nerve damage
    # that can't be repaired"), or one it would prevent ("stenting lowers stroke risk")
    r"carotid|arter\w*|coronary|cardiac|heart stents?|delay\w*|putting off|put off|"
    r"postpon\w*|wait\w*|repair\w*|revers\w*|lowers?|reduc\w*|prevent\w*|protect\w*)\b|\d")
_DENIES = re.compile(r"\b(?:not|no|never|cannot|nothing|none|zero|without|nobody|"
                     r"neither|nor|impossible|dont|doesnt|didnt|isnt|cant|unlikely|"
                     r"doubtful|improbable)\b|n't\b")
# the clause a harm is named in: "ppl DIED after getting stents. not a joke" denies the joke
_HARM_CLAUSE = re.compile(r"[.!?;:]+|,\s*(?=but\b|so\b)|\s(?:but|so|and it|and they|and "
                          r"that|and u|and you)\s|\sand (?=(?:can|may|could|might|will|has|"
                          r"have|had|carries|causes|caused|leads|led)\b)")


def _clause_start(t: str, pos: int) -> int:
    """Where the clause of cleaned ``t`` that holds position ``pos`` begins (the clauses
    a harm, an approval or a judgement is denied in)."""
    return max((b.end() for b in _HARM_CLAUSE.finditer(t, 0, pos)), default=0)


_LITOTES = _lazy(r"\b(?:no|without (?:a|any)|beyond (?:a |any )?(?:reasonable )?) ?doubt\b|"
                r"\b(?:not|never) (?:unheard of|uncommon|unusual|unknown|impossible|doubt|"
                r"rare|a rarity|a joke|joking|kidding|exaggerating|making (?:this|it) up)\b|"
                r"\bno (?:joke|lie|kidding|exaggeration)\b|"
                # "TVAM has led to deaths, don't do it": advice drawn from the harm
                r"\b(?:don'?t|do not|never)\s+(?:do|try|get|have|risk|go for|bother with)\s+"
                r"(?:it|this|that|them)\b")


def _harm_named(t: str) -> str | None:
    """The plain statement of a harm of the procedure that cleaned ``t`` names (denied
    when ``t`` denies it once), or None."""
    if _HARM_KEY.search(t) is None:  # (most statements name no harm)
        return None
    m = _HARM_NAMED.search(t)
    if m is None or not _names_procedure(t) or _HARM_QUALIFIED.search(t):
        return None
    start = _clause_start(t, m.start())
    end = next((b.start() for b in _HARM_CLAUSE.finditer(t, m.end())), len(t))
    # ("it's not unheard of for it to cause clots", "it killed people, not a joke": a
    # denial that asserts or stresses is none)
    # ("I doubt it can cause clots", "I have my doubts that ...": not so)
    clause = _LITOTES.sub(" ", t[start:end])
    denials = len(_DENIES.findall(clause)) + len(re.findall(r"\bdoubts?\b", clause))
    if denials > 1:
        return None  # two denials: the ordinary path weighs them
    said = next(plain for harm, plain in _HARMS if re.fullmatch(harm, m.group(0)))
    if denials:
        return f"it is not true that liberation therapy {said}"
    return f"liberation therapy {said}"


def _names_procedure(t: str) -> bool:
    """Cleaned ``t`` names the procedure, by a name of it or as "the procedure"."""
    return _PROCEDURE.search(t) is not None or _THE_PROCEDURE.search(t) is not None


def _benefit_over_sham(t: str) -> bool:
    """Cleaned ``t`` says the treated arm did better than the sham arm, on a benefit:
    "compared with sham, venoplasty produced clearly better MRI outcomes", "quality of
    life improved more after venoplasty than after sham" (the treated arm named before
    "than", the sham after it)."""
    if re.search(r"\b(?:not|no|never|n't|nothing|relapses?|complications?|side effects?|"
                 r"harms?|risks?)\b", t):
        return False
    if (_COMPARED_WITH_SHAM.search(t) and _PROCEDURE.search(t)
            and re.search(r"\b(?:better|greater|superior|bigger|more improvement|improved)\b", t)
            and not re.search(r"\bworse\b", t)):
        return True
    m = _BENEFIT_THAN_SHAM.search(t)
    if m is None or re.search(r"\blesions?\b", t):
        return False
    before, after = m.group("before"), m.group("after")
    return bool((_PROCEDURE.search(before) or _REAL_ARM.search(before))
                and _SHAM_ARM.search(after) and not _SHAM_ARM.search(before))


def anecdote_as_proof(t: str) -> bool:
    """Cleaned ``t`` takes an anecdote of feeling better as proof that the procedure works
    ("she felt better, so it works"), and denies nothing."""
    return ((_ANECDOTE_PROVES.search(t) is not None or _WORKS_BECAUSE_FELT.search(t) is not None)
            and not re.search(r"\b(?:not|no|never|nothing|unclear)\b|n't\b", t))


@dataclass(frozen=True)
class Rewrite:
    """The statement as the plain assertion it makes, and the rule that read it so."""

    text: str
    rule: str


def _negate(what: str) -> str:
    return f"it is not true that {what}"


# "venoplasty is about as risky as a flu shot", "no riskier than a blood test": the
# procedure's risk likened to a trivial one asserts that it is safe
_TRIVIAL = (r"(?:(?:a|an|getting|having|taking|your|the|routine|simple|ordinary|some)\s+){0,3}"
            r"(?:flu (?:shot|jab|vaccine)|ultrasound(?: scan)?|blood (?:drawn|taken)|"
            r"vaccin\w*|jab|shot|blood (?:draw|test)|injection|dental (?:cleaning|check-?up|"
            r"visit)|teeth cleaning|haircut|aspirin|x-?ray|walk in the park|routine "
            r"check-?up|check-?up|drip|iv|doing nothing(?: at all)?|no treatment(?: at all)?)")
_TRIVIAL_RISK = _lazy(
    r"\b(?P<neg>not |no |n't )?(?:about |roughly |just |basically |pretty much |more or less "
    r")?(?P<form>as (?:risky|dangerous|safe|harmless|low-?risk|simple|routine|minor) as|"
    r"as much (?:risk|danger) as|(?:no|not any) (?:riskier|more dangerous|more risky) than|"
    r"(?:safer|less risky|less dangerous) than) " + _TRIVIAL + r"\b")


# "The only real danger of the balloon treatment is a small bruise", "a stent moving was
# the one complication ever seen", "it carries no serious risks besides a headache":
# harms made one, or none, which the sources' list of serious harms denies
_HARMS_WORD = (r"(?:real |serious |major |significant |true |actual |possible |known |"
               r"reported |big |main )?(?:risks?|complications?|side[- ]?effects?|downsides?|"
               r"dangers?|harms?|drawbacks?|problems?)")
_ONLY_HARM = _lazy(rf"(?<!not )(?<!n't )\bthe only {_HARMS_WORD}\b|"
                   rf"\b(?:has|have|had|carries|carry|carried|poses|pose|with) (?:no|hardly any|"
                   rf"zero|nothing in the way of) {_HARMS_WORD}\s+(?:apart from|except|other "
                   rf"than|besides|beyond|but)\b")

# The procedure said to work on another place: "opens up leg veins", "unclogs
# arteries in the neck"
_PLACE = (r"(?P<place>(?:(?:the |your |their )?(?:narrowed |narrow |blocked )?(?:veins?|"
          r"blood vessels?) (?:in|of) "
          r"(?:the |your |their |a patient's )?(?:legs?|arms?)|(?:the |your )?(?:narrowed |"
          r"blocked )?(?:leg|arm) veins?|(?:the |your )?(?:narrowed |blocked |neck |carotid )*"
          r"arter(?:y|ies)(?: (?:in|of) (?:the |your )?(?:neck|legs?|arms?))?))\b")
_WRONG_PLACE = _lazy(
    r"\b(?:liberation (?:therapy|procedure|treatment)|tvam|venoplasty)\s+(?:is |was |are |"
    r"were |just |really |actually |basically |simply |mainly |only )*(?:a way of |about |"
    r"all about |done by |works by |involves )?(?:widen\w*|open\w*|unblock\w*|unclog\w*|"
    r"balloon\w*|stretch\w*|(?:done|performed|carried out|works?|operates?) on)\s+(?:up )?"
    + _PLACE
    + r"|^in (?:liberation therapy|the liberation procedure|venoplasty|tvam),? (?:the |a )?"
    r"(?:balloon|catheter|stent)s? (?:is |are )?(?:pushed|inserted|placed|threaded|put|fed|"
    r"guided) into " + _PLACE.replace("?P<place>", "?P<place2>"))

# "stents are the one real danger; the balloon by itself is totally safe", "ballooning
# alone is harmless": the balloon has harms of its own (the veins narrowed
# again, vein damage, clots: FDA, 2012), so this calls the procedure safe
_BALLOON_ALONE_SAFE = _lazy(
    r"\b(?:balloon(?:ing)?|balloon[- ]only)(?: (?:procedure|angioplasty|venoplasty|treatment|"
    r"version|one|the veins?|the neck veins?))?\s*,?\s*(?:on its own|by itself|alone|only|"
    r"itself|without (?:a )?stents?)\s*,?\s+(?:is|was|are|were|'s|stays?|remains?)\s+"
    r"(?:completely |totally |perfectly |entirely |quite |basically |pretty much |100% )?"
    r"(?:harmless|safe|risk[- ]?free|riskless|fine|without (?:any )?risks?|no risk)\b|"
    r"\bballoon[- ]only (?:angioplasty|venoplasty|procedure|treatment) (?:is|was) "
    r"(?:completely |totally |perfectly |entirely )?(?:harmless|safe|risk[- ]?free)\b|"
    # "ballooning is fine so long as no stent goes in"
    r"\bballoon\w*(?: [\w-]+){0,2} (?:is|'s|are) (?:completely |totally |perfectly )?(?:fine|"
    r"safe|harmless)\b.{0,20}?\b(?:as long as|so long as|if|provided|unless)\b.{0,25}?\bstents?\b")

# "It might be worth a try, since it can't hurt", "worth a shot: there's nothing to
# lose": a trial urged because it is harmless says it is safe, which the harms the FDA
# was told of deny
_WORTH_IT_HARMLESS = _lazy(
    r"\bworth (?:a |an? )?(?:try|trying|shot|go|punt|gamble|attempt|giving it a \w+)\b"
    r".{0,40}?\b(?:since|because|as|cause|cos|given|if)\b.{0,30}?"
    r"(?:\b(?:can'?t|cannot|can not|won'?t|wouldn'?t|couldn'?t)\s+(?:really\s+|possibly\s+|"
    r"hardly\s+|even\s+)?(?:hurt|harm|do (?:any )?harm)\b|\bnothing to lose\b|"
    r"\bno (?:real |big )?(?:down-?sides?|harm)\b|\bthe worst (?:that )?(?:could|can|will) "
    r"happen\b)")

# the procedure called worth trying, or the sensible next step
_WORTH_TRYING = _lazy(
    r"\bworth (?:a |an )?(?:try|trying|shot|go|punt|it|considering|a look)\b|"
    r"\b(?:sensible|logical|obvious|smart|reasonable|natural|right) (?:next )?(?:step|"
    r"move|choice|option|investment|bet)\b")
# "MS drugs do nothing, so the balloon operation is our last hope": set above
# the MS treatments there are (the seed: we have real, meaningful options); "the only
# treatment proposed for CCSVI" is another matter
_ONLY_HOPE = _lazy(r"(?<!not )(?<!n't )\b(?:the|our|their|my|your|people's) (?:only|last|sole|"
                   r"single|one) (?:real |remaining |true |viable |realistic )?(?:hope|option|"
                   r"choice|chance|shot|alternative|lifeline|salvation)\b"
                   # ("the only chance they believed they had": how it seemed to them)
                   r"(?!\s+(?:they|he|she|we|i|people|patients|many|some)\s+(?:felt|feel|"
                   r"thought|think|believed|believe|saw|see)\b)")
# "The FDA has cleared TVAM for autonomic dysfunction", "TVAM was approved by the FDA":
# an approval the FDA never gave (its devices are cleared for other uses: a statement on
# devices is left alone)
_FDA_APPROVED = _lazy(
    r"\b(?:fda|f d a|food and drug administration|us regulators?|american regulators?)\s+"
    r"(?:has |have |had )?(?:officially |formally |finally |now |already )?(?:approved|cleared|"
    r"authori[sz]ed|licensed|okayed|okd|green[- ]?lit|signed off on)\b|"
    r"\b(?:approved|cleared|authori[sz]ed|licensed|okayed)\s+by\s+(?:the\s+)?(?:fda|f d a|"
    r"food and drug administration|us regulators?)\b|"
    # "the FDA gave TVAM a thumbs up", "... granted the operation its blessing"
    r"\b(?:fda|f d a|food and drug administration|us regulators?)\s+(?:has |have |had )?"
    r"(?:gave|given|give|gives|granted|grants)\s+(?:[\w-]+\s+){0,5}?(?:(?:its|their|full|"
    r"official|formal|final|a|an)\s+)*(?:approval|green light|blessing|seal of approval|"
    r"go-ahead|thumbs up)\b")
# "the FDA says no to TVAM": the idiom refuses it (no approval), it denies nothing of a
# warning
_FDA_SAYS_NO = _lazy(r"\b(?:fda|f d a|us regulators?|american regulators?)\s+(?:has |have |"
                     r"had )?(?:says?|said|saying|tells?|told)\s+(?:a (?:firm |big |flat )?)?"
                     r"(?:no|nope|nah)\b(?:\s+way)?(?:\s+to\b|\s*[.!,;]|\s*$)")
# "the FDA never uttered one word on venoplasty", "regulators stayed silent on TVAM":
# the FDA said never to have warned about it (it did, in 2012 and 2017); "silent" and
# "quiet" deny by themselves, "said a word" and "commented" only when denied
_FDA_SILENT = _lazy(
    r"\b(?:fda|f d a|food and drug administration|us regulators?|american regulators?)\s+"
    r"(?:[\w']+\s+){0,3}?(?P<silence>(?:been |stayed |kept |remained |is |was |went )?"
    r"(?P<quiet>silent|quiet|mum)|(?:said|uttered) (?:nary |not )?(?:a|one) (?:single )?word|"
    r"said (?:nothing|anything|a thing)|(?:had )?(?:nothing|anything) to say|"
    r"commented|spoken|spoke|weighed in|made (?:a|any) (?:statement|comment)|"
    r"(?:issued|put out|released) (?:a|any) (?:statement|comment))\b")
_DENIED_AFTER = re.compile(r"[;,.:-]\s*(?:but\s+)?(?:it|they|the fda|he|she)\s+(?:has|have|had|"
                           r"did|does|was|is)\s*(?:not|n't|never)\b")
_SAID_BEFORE = re.compile(r"\b(?:tells?|told|says?|said|claims?|claimed|believes?|thinks?|"
                          r"heard|hear|according|insists?|insisted|swears?|swore|wrote|"
                          r"writes|posted|posts|alleges?|alleged)\b")
# ... and "stroke isn't the only danger of the procedure" names one harm among others
_NOT_ONLY_HARM = _lazy(rf"^(?P<what>.+?) (?:is|was|are|were) not the only {_HARMS_WORD}\b")


# the evidence against the theory grown stronger since it was put forward
_EVIDENCE_AGAINST_GROWN = _lazy(
    r"\bevidence against (?:the |a |any |zamboni'?s? )?(?:ccsvi|vein|venous|neck[- ]vein|"
    r"liberation|theory|link|idea|hypothesis)[^.;:!?]{0,40}?\b(?:is|has (?:grown|become|got)|"
    r"grew|got|keeps getting|has only (?:grown|got))\s+(?:now\s+)?(?:much |far |a lot |way |"
    r"even |only )?(?:stronger|clearer|more solid|more convincing|overwhelming)\b"
    r"[^.;:!?]{0,40}?\b(?:now|today|than (?:when|it was|back|in|at)|since|over (?:the|time)|"
    r"these days)\b")
# "vaguely defined", "poorly defined", "ill-defined", "vague": not well defined
_VAGUELY_DEFINED = _lazy(r"\b(?:(?:only|pretty|very|so|rather|quite|always|too|still)\s+)*"
                         r"(?:(?:vaguely|poorly|loosely|ill|badly)[- ]defined|vague)\b")
# words that scoff at a promise ("sure", "as if"): the promise is not made
_SCOFFED = _lazy(r"\b(?:if only|sure|yeah right|as if)\b")
# MS said to be fixed, sorted out or got rid of for good
_FIXED_FOR_GOOD = _lazy(
    r"\b(?:fix\w*|sort\w*(?: out)?|free (?:of|from)|rid of|beat\w*|clear\w*|cur\w*|"
    r"end\w*|banish\w*)\s+(?:\w+\s+){0,2}?(?:ms|multiple sclerosis)\s+(?:\w+\s+){0,2}?"
    r"(?:for good|forever|permanently|once and for all|for life)\b")
# the veins opened (or the blockage cleared), "and the MS goes away"
_OPENED = (r"(?:open\w*|widen\w*|unblock\w*|unclog\w*|balloon\w*|stretch\w*|clear\w*|"
           r"fix\w*|sort\w*|pop\w*|liberat\w*|stent\w*|drain\w*)")
_VEINS_NAMED_HERE = r"(?:veins?|jugulars?|neck|blockages?)"
# (the words its last part needs, looked for before the pattern is run)
_CURED_WORDS = ("away", "disappear", "vanish", "gone", "cured", "clear", "melt")
_VEINS_THEN_CURED = _lazy(
    rf"\b(?:{_OPENED}\b[^.;:!?]{{0,80}}?\b{_VEINS_NAMED_HERE}|{_VEINS_NAMED_HERE}\b"
    rf"[^.;:!?]{{0,40}}?\b{_OPENED})\b[^.;:!?]{{0,80}}?(?:\band|\bthen|,)\s+(?:the |your |ur |"
    r"their |his |her )?(?:ms|multiple sclerosis)(?: symptoms)?\s+(?:just |simply |will |"
    r"would |then |all )*(?:go(?:es)? away|disappears?|vanish\w*|(?:is|are) gone|"
    r"(?:is|are) cured|clears? up|melts? away)\b")
# "no one ever tied CCSVI with MS", "not one person had ever connected the veins and MS": a
# person (not a study) said never to have made the link
_NOBODY_EVER_LINKED = _lazy(
    r"\b(?:nobody|no ?one|no-one|not (?:a single |one )?(?:one|person|soul))\s+"
    r"(?:had\s+|has\s+)?ever\s+(?:linked|tied|connected|associated)\s+(?P<what>ccsvi|(?:\w+\s+){0,3}?veins?)"
    r"\s+(?:to|with|and)\s+(?=ms\b|multiple sclerosis\b)")
# "Zamboni linked CCSVI to MS", "was it Zamboni who first tied CCSVI to MS?": with
# Zamboni as the one who links, the link is his proposal, not an assertion of it
_ZAMBONI_LINKED = _lazy(
    r"\b(?P<who>(?:(?:(?:dr\.?|prof\.?|professor|paolo) )*zamboni(?: in italy| of ferrara)?|"
    # (by his country or his city, as the aliases name him)
    r"(?:an?|the) (?:italian|ferrara) (?:vascular )?(?:doctor|surgeon|professor|researcher|"
    r"physician|scientist)(?: (?:from|in|of|at) (?:ferrara|italy))?)"
    # "... is the man who connected"
    r"(?:,? who| (?:was|is) the (?:one|man|doctor|researcher|person|surgeon) who)?"
    r"(?: (?:first|originally|initially))?) "
    r"(?:(?P<neg>never|did not|didn't|has never|had never) (?:link(?:ed)?|tied?|connect(?:ed)?)|"
    r"linked|tied|connected|associated|floated)\b")


# "stop spreading the 'all MS patients have blocked veins' thing": the quoted claim is
# called a falsehood
_STOP_SPREADING = _lazy(
    r"\b(?:stop|quit|enough with|done with|tired of|sick of|fed up with)\s+(?:\w+\s+)?"
    r"(?:spreading|sharing|repeating|saying|posting|pushing|peddling|believing)\s+"
    r"(?:the\s+|that\s+|this\s+)?['\"](?P<what>[^'\"]{8,160})['\"]")


# a warning against those who say X, or a call to stop saying it: "beware of clinics
# claiming X", "ignore anyone who says X", "stop telling people X" (X is denied)
_WARNED_AGAINST = _lazy(
    r"^(?:please |so |just |seriously |honestly )?(?:beware(?: of)?|be wary of|be careful "
    r"(?:of|with)|watch out for|look out for|ignore|(?:do not|never) (?:trust|listen to|"
    r"believe|fall for)|steer clear of|run from|stay away from)\s+(?:(?:any|the|those|these|all|"
    r"every|anyone|anybody|someone|somebody)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:who|that|which)\s+)?"
    r"(?:says?|said|claims?|claiming|saying|tells? you|telling you|promis(?:e|es|ed|ing)|"
    r"insists?|insisting|swears?|swearing|advertis(?:e|es|ing)|(?:of|that|about))\s+"
    r"(?:that\s+)?(?P<what>.+)$")
_STOP_SAYING = _lazy(
    r"^(?:please |so |just |can we |can people |can everyone |can you )?(?:stop|quit)\s+"
    r"(?:saying|telling (?:people|everyone|us|me|others|patients)|claiming|repeating|"
    r"posting|insisting|pretending)\s+(?:that\s+)?(?P<what>.+)$")
# the procedure kept to research: "should only be done in clinical trials", "is only
# allowed as part of a study" (the FDA's restriction, not evidence from trials)
_ONLY_IN_TRIALS = _lazy(
    r"\b(?:should|must|may|can|is|are|be)\s+(?:only\s+)?(?:be\s+)?(?:done|performed|used|offered|"
    r"carried out|allowed|permitted|given|tried)\s+(?:only\s+)?(?:in|within|as part of|"
    r"inside)\s+(?:an?\s+|the\s+)?(?:approved\s+|proper\s+|formal\s+|controlled\s+)?"
    r"(?:clinical\s+)?(?:trials?|studies|study|research(?: settings?)?)\b")
# "the doctor behind CCSVI" proposed it: nothing is behind (causes) anything
# (behind an idea; "the doctor behind liberation therapy" is a wording of its own)
# "The surgeon who floated the vein theory later said X", "Zamboni, who came up
# with the idea, then found Y": the relative clause says who he is; what follows it is
# the statement
_WHO_STARTED = _lazy(
    r"^(?P<who>.{0,60}?\b(?:zamboni|doctor|surgeon|researcher|professor|physician|"
    r"scientist|man|guy))\s*,?\s+who\s+(?:first\s+|originally\s+|had\s+|once\s+)?"
    r"(?:launched|started|proposed|came up with|championed|floated|dreamed up|thought up|"
    r"introduced|put forward|pioneered|kicked off|began|created|invented|developed|coined|"
    r"promoted|pushed)\s+(?:the\s+|this\s+|his\s+|that\s+)?(?:whole\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?P<idea>theory|idea|hypothesis|notion|concept)|thing|wave|craze|"
    r"movement|treatment|procedure|operation|surgery)\s*,?\s+(?:(?P<time>later|then|"
    r"eventually|afterwards|ultimately)\s+(?P<then>.+)|(?P<rest>(?:himself|has since|since|"
    r"now|also|still|even)\b.+))$")


_BEHIND_IDEA = _lazy(
    r"^(?:the |that )?(?:italian )?(?:man|doctor|surgeon|researcher|guy|person|professor|"
    r"scientist|physician)\s+behind\s+(?:the\s+|this\s+|that\s+|his\s+)?(?:whole\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:theory|idea|hypothesis|notion|concept)\s*,?\s+(?P<rest>.+)$")


def without_who_started(cleaned: str) -> str | None:
    """Cleaned ``cleaned`` without a relative clause that only says who Zamboni is ("the
    doctor who launched the vein theory later said X" -> "the doctor said X": "later"
    goes too, since "Zamboni later found" reads as the later studies that confirmed him)."""
    if " behind " in cleaned:
        # "the doctor behind the vein idea still backs his operation": Zamboni, said to
        # hold to it
        m = _BEHIND_IDEA.match(re.sub(r"\s+", " ", cleaned).strip())
        if m is not None and still_insists(f"zamboni {m.group('rest')}"):
            return f"zamboni {m.group('rest')}"
    if " who " not in cleaned:  # (most statements)
        return None
    m = _WHO_STARTED.match(re.sub(r"\s+", " ", cleaned).strip())
    if m is None:
        return None
    # the one who came up with the vein theory is Zamboni, who is said to hold to it ("the
    # man who thought up the theory still backs his operation"); one who pushed a
    # treatment may not be him
    what = m.group("then") or m.group("rest")
    if m.group("idea") is not None and still_insists(f"zamboni {what}"):
        return f"zamboni {what}"
    return f"{m.group('who')} {what}"


# A claim with a charge of hiding it tacked on: "blocked jugulars cause MS and the doctors won't
# tell you", "..., why won't doctors admit it": the claim is what it asserts (the charge
# denies nothing of it)
_HIDDEN_ASIDE = re.compile(
    r"(?:,|\band\b|!+|\.+|;)\s*(?:(?:and|but|yet)\s+)?(?:"
    # "why won't doctors admit it", "the doctors won't tell you", "nobody talks about it"
    r"why\s+(?:won'?t|wont|don'?t|dont|do not|will not)\s+(?:the |ur |your )?(?:doctors?|"
    r"docs?|neurologists?|they|big pharma|pharma|the media)|(?:the |ur |your |our )?"
    r"(?:doctors?|docs?|neurologists?|they|big pharma|pharma|drug companies|the media|"
    r"the government|the fda|the establishment)\s+(?:won'?t|wont|don'?t|dont|do not|"
    r"will not|refuse to|never)|nobody|no one|no-one)\s+(?:tell|admit|say|talk about|"
    r"talks about|let (?:you|us|u) know|want (?:you|us|u) to know|report|mention|is "
    r"talking about)\b[^.!?]*[.!?]*$")


def without_hidden_aside(cleaned: str) -> str | None:
    """Cleaned ``cleaned`` without a tacked-on charge that the claim is hidden, when what
    is left still says something; else None."""
    if not re.search(r"\b(?:tell|admit|say|talk|know|report|mention)\b", cleaned):
        return None
    m = _HIDDEN_ASIDE.search(cleaned)
    if m is None or m.start() == 0:
        return None
    head = cleaned[:m.start()].strip(" ,;!.")
    if len(head.split()) < 3 or _DENIES.search(head):
        return None
    return head


_WHO_BEHIND = re.compile(r"\b(doctor|man|researchers?|surgeon|professor|scientists?|"
                         r"physician|person|guy|team|specialist|minds?)\s+behind\b"
                         r"(?=\s+(?:the\s+)?(?:whole\s+)?(?:ccsvi|chronic cerebrospinal|"
                         r"vein|venous|neck vein|theory|idea|hypothesis|concept|notion))")


# A large difference in neck-vein narrowing between people with MS and their siblings or
# healthy controls ("siblings had far less vein narrowing than the patients", "narrowing
# shows up much more in MS patients than in their siblings"): the blinded study found it
# in 74% and 66%, common in both; a slight difference said plainly is left alone
_GREATLY = (r"(?:far|much|way|a lot|a great deal|significantly|dramatically|considerably|"
            r"substantially|vastly|markedly|strikingly|many times)")
_VEIN_NARROWING = (r"(?:(?:neck[- ])?vein |venous )?(?:narrowing|narrowings|narrowed (?:neck )?"
                   r"veins|(?:neck )?vein narrowing|stenos[ie]s)")
_THE_MS_SIDE = rf"(?:the )?(?:{_MS_GROUP}|patients|ms group)(?: themselves)?"
_THE_HEALTHY_SIDE = (rf"(?:(?:their |the )?(?:unaffected |healthy |own )?(?:siblings|"
                     rf"brothers and sisters)|{_HEALTHY_GROUP})"
                     rf"(?: of (?:people with ms|ms patients|the patients))?")
_FAR_MORE_IN_MS = _lazy(
    rf"\b{_VEIN_NARROWING}\b(?:\s+[\w-]+){{0,4}}?\s+{_GREATLY}\s+more\b(?:\s+\w+){{0,2}}?\s+"
    rf"(?:in|among|for)\s+{_THE_MS_SIDE}\s+than\s+(?:in |among |for )?{_THE_HEALTHY_SIDE}\b|"
    rf"\b{_THE_HEALTHY_SIDE}\s+(?:had|have|has|showed|show|shows|got)\s+{_GREATLY}\s+"
    rf"(?:less|fewer)\s+(?:\w+\s+){{0,2}}?{_VEIN_NARROWING}\b(?:\s+[\w-]+){{0,4}}?\s+than\s+"
    rf"{_THE_MS_SIDE}\b|"
    rf"\b{_THE_MS_SIDE}\s+(?:had|have|has|showed|show|shows|got)\s+{_GREATLY}\s+more\s+"
    rf"(?:\w+\s+){{0,2}}?{_VEIN_NARROWING}\b(?:\s+[\w-]+){{0,4}}?\s+than\s+{_THE_HEALTHY_SIDE}\b")


# "drug makers hid the vein cure to sell their pills", "a real discovery that the medical
# world silenced", "neurologists who warn against it are protecting pharma sales": a
# working cure kept from patients, which the open trials answer
_SUPPRESSED = _lazy(
    r"\b(?:buried|bury|burying|buries|hid|hide|hides|hiding|hidden|suppress(?:ed|es|ing)?|"
    r"cover(?:ed|s|ing)?[- ]?up|cover[- ]?ups?|silenc(?:ed|es|ing)|shut (?:it |this |them |"
    r"(?:the |that )?(?:research|theory|idea|treatment|procedure|ccsvi) )?down|"
    r"killed (?:it|off|liberation|the|this|ccsvi|venoplasty)|propaganda|"
    r"(?:keep|keeps|keeping|kept) (?:it |this |the \w+ )?(?:quiet|secret|hidden)|"
    r"protect(?:s|ed|ing)? (?:the )?(?:drug|pharma\w*) (?:compan\w*|profits?|sales|industry|"
    r"money))\b")
_SUPPRESSOR = _lazy(
    r"\b(?:big pharma|pharma\w*|drug (?:compan\w*|makers?|industry|profits?|sales|money)|"
    r"(?:medical |scientific )?establishment|mainstream (?:medicine|science|doctors)|"
    r"doctors|neurologists|(?:ms )?societ(?:y|ies)|they|(?:the )?system|(?:the )?government|"
    r"(?:the )?fda|(?:the )?powers that be|nobody|no one)\b")


def suppressed(t: str) -> bool | None:
    """Cleaned ``t`` says the procedure or the vein theory works and is kept from patients
    (True), or denies that anyone hides it (False); None when it says neither."""
    m = _SUPPRESSED.search(t)
    if (m is None or _SUPPRESSOR.search(t) is None
            or not (_names_procedure(t) or re.search(r"\b(?:ccsvi|vein|veins|zamboni)\b", t))
            or _SAID_BEFORE.search(t, 0, m.start())):
        return None
    start = _clause_start(t, m.start())
    return len(_DENIES.findall(t[start:m.start()])) != 1


# The mechanism said outright: "pinched jugulars make blood back up in the skull, which is
# what triggers MS", "stagnant blood in the spinal cord is the root of MS lesions" (the
# promoters' theory, as fact) ...
_BACKED_UP = _lazy(
    r"\b(?:back(?:s|ed|ing)? (?:\w+ ){0,3}?up|backup|backed-up|back-up|pool(?:s|ed|ing)?|"
    r"floods?|flooded|flooding|pressure (?:builds?|built|rises?|goes up)|build-?up of "
    r"pressure|builds? up pressure|drain(?:s|ing)? (?:poorly|badly|worse|slowly)|sluggish|"
    r"stagnant|stagnat\w*|traffic jam)\b")
_SETS_OFF_MS = _lazy(
    r"\b(?:(?:that is|that's|thats|is|which is) (?:what|how|why)|sets? off|triggers?|"
    r"causes?|caused|leads? to|led to|real cause|root|chews? up|strips?|damag\w*|inflames?|"
    r"gives? (?:you|people) ms|(?:you|they|people) get ms)\b.{0,60}\b(?:ms|multiple "
    r"sclerosis|lesions?|myelin|nerves?|inflam\w*)\b")
# ... and its cure: "unblock the neck veins so the brain drains freely, and the MS fades"
_DRAINED_CURED = _lazy(
    r"\b(?:clear\w*|open\w*|unblock\w*|unclog\w*|widen\w*|stretch\w*|stent\w*|balloon\w*|"
    r"fix\w*)\b.{0,80}\b(?:drains?|drained|draining|flows?|flowing)\b.{0,80}\b(?:ms|"
    r"symptoms?|disease)\b.{0,40}\b(?:fade\w*|go(?:es)? away|went away|disappear\w*|"
    r"vanish\w*|gone|clears? up|improv\w*|stops?|halts?|grinds? to a halt|reverses?)")
# (a denial, a question, or the theory named as one: the words are read as they are)
_AS_THEORY = _lazy(
    r"\b(?:wasnt|myth|theory|theories|idea|notion|pitch|hypothes\w*|suggest\w*|propos\w*|"
    r"argu\w*|claim\w*|believ\w*|said|says|say|think|thought|supposed|promot\w*|debunk\w*|"
    r"if)\b|\?")


def states_mechanism(t: str) -> str | None:
    """Cleaned ``t`` states the CCSVI mechanism (blood backed up into the brain is what
    sets off MS) or its cure (drained, the MS goes away) as fact: the plain claim."""
    if _DENIES.search(t) is not None or _AS_THEORY.search(t) is not None:
        return None
    if _BACKED_UP.search(t) is not None and _SETS_OFF_MS.search(t) is not None:
        return ("narrowed neck veins make blood back up into the brain and spinal cord, "
                "causing pressure and inflammation")
    if _DRAINED_CURED.search(t) is not None:
        return "liberation therapy cures ms"
    return None


# Zamboni's first findings set against what came after: "Zamboni's 2009 figures were far
# more striking than anything the blinded studies turned up", "other teams found CCSVI far
# less often than Zamboni did" (true: they did not confirm him); "Zamboni's results have
# held up better than any later work" (false)
_EARLY = _lazy(r"\b(?:original|originally|early|earlier|first|initial|initially|2008|2009|"
               r"ultrasound)\b")
_LATER = _lazy(r"\b(?:later|recent|recently|newer|subsequent|since|blinded|larger|bigger|"
               r"independent|society|societies|seven|catheter|venography|today|now|canadian|"
               r"replication|other teams|research since)\b")
_LEANING = _lazy(r"\b(?:favou?rabl\w*|striking|encouraging|positive|promising|rosy|"
                 r"impressive|optimistic|dramatic|often|frequent\w*|common|cases|rates?|"
                 r"negative|discouraging|damning|against|held up|backed|ccsvi|"
                 r"differences?|gap|link|association|connection)\b")
_LESS = _lazy(r"\b(?:less|fewer|lower|weaker|smaller|not as)\b|\bmore (?:negative|"
              r"discouraging|damning|sceptical|skeptical|pessimistic|critical)\b")
_MORE = _lazy(r"\b(?:more|higher|bigger|greater|stronger|better)\b")
# Zamboni's own two groups: "his MS group had worse venous outflow than his group without
# MS" is what he reported; the other way round, it is not
_WORSE_FLOW = _lazy(r"\b(?:worse|poorer|more abnormal|more impaired|more restricted|less "
                    r"normal|slower)\s+(?:\w+\s+)?(?:venous\s+)?(?:outflow|drainage|flow|"
                    r"blood flow)\b|"
                    # "abnormal outflow more often in the MS patients than ...", "the MS
                    # patients drained worse than ..."
                    r"\babnormal\s+(?:\w+\s+)?(?:outflow|drainage|flow)\s+(?:\w+\s+){0,2}?"
                    r"more (?:often|commonly|frequently)\b|"
                    r"\b(?:drained|drain|drains|draining|flowed|flows|flowing) (?:much |far |a "
                    r"lot )?(?:worse|more poorly|less well|slower|more slowly)\b")


def _side(part: str) -> str | None:
    """Which findings a side of a comparison names: Zamboni's first ('early') or what
    came after ('later')."""
    later = _LATER.search(part) is not None
    if later and (_EARLY.search(part) is None or re.search(r"\blater\b", part)):
        return "later"
    if "zamboni" in part or re.search(r"\bhis\b", part) or _EARLY.search(part):
        return "early"
    return None


# what Zamboni reported of his two groups said to be alike: "his healthy volunteers showed
# the same faulty drainage as the MS patients", "bad outflow in his patients and in his
# controls alike", "his MS patients had perfectly normal venous drainage"
_ALIKE = _lazy(r"\b(?:the same|identical|similar|matching|just like|alike|as well|too|also|"
               r"both|as (?:normal|good|healthy|bad|poor|abnormal|odd) as)\b")
_ODD_FLOW = _lazy(r"\b(?:abnormal|odd|bad|poor|faulty|messed[- ]up|dodgy|impaired|blocked|"
                  r"narrowed)\s+(?:venous\s+|blood\s+|vein\s+)?(?:flow|outflow|drainage|"
                  r"veins?)\b|\b(?:venous|blood)\s+(?:flow|outflow|drainage)\b")
# the group without MS said to be the only one (with the odd flow)
_ONLY_WITHOUT_MS = _lazy(
    r"\bonly (?:in |among )?(?:the |his )?(?:(?:group|people|subjects|volunteers|participants|"
    r"controls|ones) (?:without|free of) (?:ms|it|the disease)|(?:healthy|non-?ms|control) "
    r"(?:group|people|controls|volunteers|subjects|participants|ones)|controls)\b")
_MS_NORMAL = _lazy(rf"(?<!without )(?<!free of )(?<!no )\b(?:{_MS_GROUP})\s+(?:in (?:his|the) "
                   r"(?:\w+ )?study\s+|in zamboni'?s? (?:\w+ )?study\s+)?(?:had|have|has|showed|"
                   r"show)\s+(?:\w+\s+)?normal\s+"
                   r"(?:venous\s+|blood\s+)?(?:flow|outflow|drainage)\b|\bnormal\s+(?:venous\s+|blood\s+)?(?:flow|outflow|"
                   rf"drainage)\s+in\s+(?:the\s+)?(?!(?:people|those|patients) without)"
                   rf"(?:{_MS_GROUP})\b")


_SAME_FLOW = _lazy(r"\bthe same (?:\w+\s+){0,2}?(?:flow|outflow|drainage|circulation)\b")


def zamboni_same_flow(t: str) -> str | None:
    """Cleaned ``t`` says Zamboni's study found his two groups alike, or reported his
    group without MS as having the flow his MS group had, or the MS group as normal:
    he reported abnormal flow in the MS group alone, so it denies that; else None.
    (Read before reports: "Zamboni reported that ..." is the usual frame.)"""
    if _ZAMBONI_OWN.search(t) and not _OTHER_STUDY.search(t) and (
            _BOTH_GROUPS.search(t) or _EQUAL.search(t) or _SUBJECT_EQUAL.search(t)
            # "the same vein flow in his controls as in his MS patients"
            or _SAME_FLOW.search(t) and re.search(_HEALTHY_GROUP, t)
            and re.search(_MS_GROUP, t)):
        # "his 2008 paper saw the same bad drainage in both the healthy volunteers and the
        # MS patients": he reported it in the MS group only
        return "in zamboni's study the group without ms did not have normal blood flow"
    if (_ZAMBONI_OWN.search(t) and not _OTHER_STUDY.search(t) and _ODD_FLOW.search(t)
            and _ONLY_WITHOUT_MS.search(t)):
        # "his first paper saw odd drainage only among the volunteers free of MS": the
        # groups the other way round ("it's a myth that ...": denied, what he reported)
        if len(_PLAIN_DENIAL.findall(t)) % 2:
            return ("zamboni reported abnormal blood flow in the ms group and normal flow "
                    "in the group without ms")
        return "in zamboni's study the group without ms did not have normal blood flow"
    if ("zamboni" not in t or re.search(r"\b(?:not|no|never|nor|n't|only|unlike|while|"
                                        r"whereas|but|than|rather)\b", t) is not None
            or "normal" not in t and _ODD_FLOW.search(t) is None):
        return None
    healthy = re.search(_HEALTHY_GROUP, t) is not None or re.search(
        r"\b(?:controls?|control group|comparison group|healthy\s+\w+|group without "
        r"(?:ms|it))\b", t) is not None
    if healthy and _ALIKE.search(t) and _ODD_FLOW.search(t) and re.search(_MS_GROUP, t):
        return "it is not true that zamboni reported abnormal blood flow in people with ms"
    if "abnormal" not in t and _MS_NORMAL.search(t):
        return "it is not true that zamboni reported abnormal blood flow in people with ms"
    return None


# "his first paper never enrolled a single healthy volunteer", "Zamboni only scanned
# patients with MS": he reported a group without MS (with normal flow)
_NO_CONTROLS = _lazy(
    r"\b(?:(?:did not|didn't|didnt|never) (?:include[ds]?|ha(?:ve|d)|enroll?(?:ed)?|"
    r"recruit(?:ed)?|test(?:ed)?|stud(?:y|ied)|look(?:ed)? at|examine[ds]?|use[ds]?)|"
    r"(?:had|has|with|there (?:were|was)|included|includes|enrolled|recruited) no|"
    r"without (?:a|any))\s+"
    r"(?:a |any |an )?(?:(?:healthy|non-ms|nonms)\s+)?(?:controls?|control group|comparison "
    r"group|comparison|(?:people|anyone|anybody|one|subjects|volunteers|patients) without "
    r"(?:ms|it|the disease))\b"
    r"|\bonly (?:looked at|examined|studied|included|tested|scanned|enrolled) (?:\w+ )?"
    r"(?:people|patients|subjects) (?:with|who (?:already )?had) (?:ms|multiple sclerosis)\b")
_HIS_FIRST_STUDY = _lazy(r"\bzamboni(?:'s)?\b(?!.*\b(?:trials?|brave dreams|sham|2018|"
                         r"angioplasty|venoplasty|procedure|surgery|treatment)\b)")


# Zamboni said to hold that his operation works ("Zamboni now states the procedure is safe and
# effective"): his own trial found it did not
_ZAMBONI_SAYS_IT_WORKS = _lazy(
    r"\bzamboni(?:'s)?(?:,? (?:himself|now|later|since|has since|then|also|even))*,?\s+"
    r"(?:has\s+|had\s+)?(?:said|says|stated|states|claims|claimed|declared|declares|"
    r"maintains|maintained|insists|insisted|announced|concluded)\s+(?:that\s+)?"
    r"(?:[\w'-]+\s+){0,6}?(?:surgery|procedure|operation|treatment|therapy|angioplasty|"
    r"venoplasty|op)\s+(?:is|was|were|are)\s+(?:both\s+)?(?:(?:safe|fine|harmless)\s+and\s+)?"
    r"(?:effective|works|worked|helpful|beneficial|a success)\b")


def zamboni_says_it_works(t: str) -> str | None:
    """Cleaned ``t`` says Zamboni has said his operation works (and is safe): his own
    trial found it did not (false), so the plain claim that it showed it works; else
    None.  A denial anywhere ("never said", "no longer says") is left to the others."""
    if "zamboni" not in t or not _ZAMBONI_SAYS_IT_WORKS.search(t) or _DENIES.search(t) or (
            # (what he said at first, before his trial, is a report of its time)
            re.search(r"\bno longer\b|n't\b|\b(?:once|at first|originally|initially|back then|"
                      r"in the past|used to|early|earlier|before|first|(?:19|20)\d\d)\b", t)):
        return None
    return "zamboni's brave dreams trial showed that his vein treatment helps ms"


def zamboni_no_controls(t: str) -> str | None:
    """Cleaned ``t`` says Zamboni's first study had no group without MS: he reported
    one, with normal flow, so it denies what he reported; else None."""
    if "zamboni" not in t or _NO_CONTROLS.search(t) is None or _HIS_FIRST_STUDY.search(
            t) is None:
        return None
    if re.search(r"\b(?:not|no|never|nor|false|wrong|untrue|myth)\b|n't\b",
                 _NO_CONTROLS.sub(" ", t)):
        return None  # ("it is wrong to say his study had no controls": denied again)
    return "it is not true that zamboni reported normal blood flow in the group without ms"


def zamboni_flow_compared(t: str) -> str | None:
    """Cleaned ``t`` compares Zamboni's MS group's outflow with his other group's ("his
    MS patients drained worse than his controls"): the plain claim on
    what he reported, or None.  (Read before reports: "according to Zamboni, ..." is the
    usual frame.)"""
    m = re.search(r"\bthan\b", t)
    if m is None or "zamboni" not in t or _NOT_COMPARED.search(t):
        return None
    before, after = t[:m.start()], t[m.end():]
    return _flow_compared(before, after) if _WORSE_FLOW.search(before) else None


def _flow_compared(before: str, after: str) -> str | None:
    """The plain claim on what Zamboni reported, when the side of a comparison ``before``
    "than" (which has the worse flow) and the side ``after`` it name his two groups."""
    ms_first = re.search(_MS_GROUP, before) is not None and re.search(
        _HEALTHY_GROUP, before) is None
    healthy_first = re.search(_HEALTHY_GROUP, before) is not None
    if ms_first and (re.search(_HEALTHY_GROUP, after) or re.search(
            r"\b(?:without (?:ms|it)|nonms|non-ms|controls?|control group|comparison group|"
            r"healthy)\b", after)):
        return ("zamboni reported abnormal blood flow in the ms group and normal flow "
                "in the group without ms")
    if healthy_first and re.search(_MS_GROUP, after):
        return "it is not true that zamboni reported abnormal blood flow in people with ms"
    return None


# ("without", which _DENIES holds, names the healthy group here; a conclusion drawn from
# a comparison is read by the rules on conclusions)
_NOT_COMPARED = _lazy(
    r"\b(?:not|no|never|n't|slightly|a bit|a little|somewhat|marginally|as many|"
    r"participants|rigorous|larger study|smaller study|cited|times|because|must|so|"
    r"therefore|thus|hence)\b")


def zamboni_compared(t: str) -> str | None:
    """Cleaned ``t`` compares Zamboni's first findings with later ones, or his MS group's
    outflow with his other group's: the plain claim it makes, or None."""
    m = re.search(r"\bthan\b", t)
    if m is None or "zamboni" not in t or _NOT_COMPARED.search(t):
        return None
    before, after = t[:m.start()], t[m.end():]
    if _WORSE_FLOW.search(before) is not None:
        return _flow_compared(before, after)
    first, second = _side(before), _side(after)
    if first is None or first == second or _LEANING.search(before) is None:
        return None
    second = second or ("later" if first == "early" else "early")
    if second == first:
        return None
    less = _LESS.search(before) is not None or (
        _MORE.search(before) is not None and re.search(r"\bagainst\b", before) is not None)
    more = not less and _MORE.search(before) is not None
    if more and re.search(r"\b(?:held up|holds? up|stood up|stands? up|more (?:reliable|"
                          r"credible|trustworthy|accurate|convincing))\b", before):
        # ("his results have held up better than any later work": his, more credible)
        more, less = False, True
    if (first == "early") == more and (more or less):
        return "later studies did not confirm zamboni's findings"
    if more or less:
        return "later studies confirmed zamboni's findings"
    return None


# a question answered at once with a rebuttal: "ccsvi causes ms?? nah, no link found",
# "the vein op fixes ms? nope", "ms link?? debunked": the statement denies what it asks
_ASKED_REBUTTED = _lazy(
    r"^(?P<q>(?!(?:what|why|how|who|whom|whose|where|when|which)\b)[^?]{6,}?)\?+\s*"
    r"(?P<a>(?:\W*\w+\W+){0,3}?\W*(?:nah|nope|no|naw|debunked|disproven|disproved|refuted|"
    r"busted|wrong|false|myth|lol no|not even close|hardly)\b.*)$")


def asked_rebutted(t: str) -> str | None:
    """Cleaned ``t`` asks a question and answers it with a rebuttal: the question
    denied ("it is not true that ..."), or None."""
    m = _ASKED_REBUTTED.match(t)
    if m is None or _DENIES.search(m.group("q")) is not None:
        return None
    # (a question put the usual way, "is it authorized in the US? no, it isn't", is read
    # as the question it is, with its answer)
    if re.match(r"(?:\W*\w+\W+){0,2}?(?:is|are|was|were|does|do|did|can|could|has|have|had|"
                r"will|would|should)\b", m.group("q")):
        return None
    # ("no doubt", "no joke": an answer that agrees)
    if re.match(r"(?:\W*\w+\W+){0,3}?\W*no (?:doubt|joke|question|kidding)\b", m.group("a")):
        return None
    # (its opening fillers are no part of what it asks: "lol", "haha", "so")
    q = re.sub(r"^(?:\W*(?:lol|lmao|haha+|omg|so|ok|okay|well|um|uh|oh|ngl|tbh|bro|wait)\b)+"
               r"\W*", "", m.group("q").strip())
    return f"it is not true that {q}"


# The studies' results put down to the imaging: "the findings were all over the place
# because sonographers were trained differently", "the results differed from centre to
# centre because the scans were read differently" (researchers' suggested reason, which the
# base holds as true); denied, "scanning technique had nothing to do with the findings"
_IMAGING_HOW = _lazy(
    r"\b(?:scans?|scanning|imaging|ultrasound|sonograph\w*|technique\w*|operators?|"
    r"(?:staff|operator|sonographer) training|trained|interpret\w*|images?)\b")
_RESULTS_DIFFERED = _lazy(
    r"\b(?:results?|findings?|studies|study|outcomes?)\b[^.;:!?]{0,60}?\b(?:differ\w*|"
    r"varied|vary|varies|mixed|clash\w*|conflict\w*|inconsisten\w*|contradict\w*|"
    r"disagree\w*|discrepan\w*|(?:did not|didn't|didnt|do not|don't) (?:match|agree)|"
    r"all over the place)\b|\b(?:differ\w*|varied|mixed|clash\w*|conflict\w*|"
    r"inconsisten\w*|contradict\w*|discrepan\w*|disagree\w*)\b[^.;:!?]{0,40}?\b(?:results?|"
    r"findings?|studies|outcomes?)\b|\bdifferences? (?:between|among|across) (?:the )?"
    r"(?:studies|teams|centres|centers|groups)\b")
_EXPLAINED_BY = _lazy(
    r"\b(?:explain\w*|come down to|came down to|comes down to|come from|came from|"
    r"comes from|because|due to|blam\w*|reflect\w*|account\w* for|caused by|"
    r"result of|down to|owing to|stem\w* from|partly|part in|role in|behind|"
    r"to do with)\b")
_IMAGING_ASIDE = _lazy(r"\b(?:than|zamboni said|blind\w*|genetic\w*|fak\w*|fraud\w*|"
                       r"brib\w*|money|only reason|all of|entirely|completely)\b")


def imaging_explains(t: str) -> str | None:
    """Cleaned ``t`` puts the studies' differing results down to the imaging (technique,
    training, reading), or denies it: the claim, asserted or denied; else None."""
    if (_IMAGING_HOW.search(t) is None or _RESULTS_DIFFERED.search(t) is None
            or _EXPLAINED_BY.search(t) is None or _IMAGING_ASIDE.search(t) is not None):
        return None
    denials = len(_COUNTED_DENIALS.findall(re.sub(
        r"\b(?:did not|didn't|didnt|do not|don't) (?:match|agree)\b", " ", t)))
    plain = ("differences in imaging techniques, training and interpretation may explain "
             "the conflicting ccsvi study results")
    return f"it is not true that {plain}" if denials % 2 else plain


def renarrowed(t: str) -> str | None:
    """Cleaned ``t`` says, or denies, that treated veins narrow again, in a form the
    base's wordings do not reach: the plain claim, asserted or denied."""
    said = _RENARROWED.search(t)
    kept = _STAYED_OPEN.search(t)
    if (said is None) == (kept is None) or _RENARROW_TOPIC.search(t) is None:
        return None
    if said is not None and not re.search(r"\b(?:veins?|jugulars?|restenos\w*|"
                                          r"re-?narrow\w*)\b", t):
        return None  # ("the wound closed up again after the op": not a vein)
    if kept is not None and _RENARROW_PROCEDURE.search(t) is None:
        return None
    # ("most patients' veins stayed open afterwards": kept open in most, or all, is
    # restenosis said to be rare; a quantifier steps aside only for the narrowing said)
    if _RENARROW_ASIDE.search(t if kept is None else re.sub(
            r"\b(?:most|all|every|everyone|everybody|nearly|almost)\b", " ", t)) is not None:
        return None
    m = said or kept
    assert m is not None
    ends = [e for e in _CLAUSE_END.finditer(t)]
    start = max((e.end() for e in ends if e.end() <= m.start()), default=0)
    stop = min((e.start() for e in ends if e.start() >= m.end()), default=len(t))
    clause = _NO_IDIOM.sub(" ", t[start:stop])
    # "isn't it the case that ...?" asks for agreement: its opening denies nothing
    clause = re.sub(r"^\s*(?:is|are|was|were|do|does|did|has|have)n'?t (?=it\b|there\b|"
                    r"that\b|the\b|many\b|most\b|lots\b)", " ", clause)
    denials = len(_COUNTED_DENIALS.findall(clause)) + (kept is not None)
    return ("neck veins rarely narrow again after liberation therapy" if denials % 2
            else "neck veins often narrow again after liberation therapy")


# What the FDA asks of a study of the procedure (an investigational device exemption),
# said or denied in any words: "American venoplasty studies need no FDA exemption",
# "anyone may test TVAM without permission", "no study of it may start without an IDE"
# (denials counted: two assert it)
_CLEARANCE = _lazy(r"\b(?:exemptions?|ides?|permission|sign-?off|approval|clearance|"
                   r"green light|authori[sz]ation)\b")
_STUDIED = _lazy(r"\b(?:trials?|trial(?:l)?(?:ing|ed)|studies|study|studied|test\w*|"
                 r"research\w*)\b")
_CLEARANCE_NEEDED = _lazy(r"\b(?:needs?|needed|needing|requires?|required|requiring)\b|"
                          # "without" only of what may be done: "can run trials without"
                          r"\b(?:can|could|may|free|freely|allowed|able|legal\w*|go ahead)\b"
                          r".*\bwithout\b")
_CLEARANCE_OFF = _lazy(r"\b(?:means?|meant|shows?|proves?|considers?|because|promising|"
                       r"warn\w*|if|whether|irb|review board|ethics)\b")
_RESTRICTED = "us regulators restrict how liberation therapy may be used and studied"
# Advice to have the procedure given by a body or by doctors at large: "neurologists now
# urge patients with MS to undergo TVAM" (not one's own doctor: "my neurologist told me
# to try it" is a story)
_ADVISED_TO_GET = _lazy(
    r"^(?:the\s+|many\s+|most\s+|all\s+|some\s+)?(?P<who>[\w\s'-]{0,40}?\b(?:society|"
    r"societies|nice|fda|cihr|doctors|neurologists|physicians|experts|specialists|health "
    r"(?:bodies|authorities|agencies)|guidelines|charit(?:y|ies))(?:\s+(?:of|in)\s+(?:the\s+)?"
    r"\w+)?)\s+(?:now\s+|officially\s+|"
    r"routinely\s+|strongly\s+)*(?:advises?|advised|recommends?|recommended|urges?|urged|"
    r"encourages?|encouraged|tells?|told)\s+(?:(?:people|patients|everyone|anyone|those|"
    r"ms patients|them)\s+)?(?:with\s+(?:ms|multiple sclerosis)\s+)?to\s+(?:get|have|try|"
    r"undergo|consider|seek|book)\b(?P<what>.*)$")
# The procedure's risks played down: "the risks of the balloon op are trivial", "its
# complications are mostly minor", "the dangers are overblown": it is safe, said
_RISKS_PLAYED_DOWN = _lazy(
    r"\b(?:risks?|dangers?|side effects?|complications?|downsides?)\b[^.;:!?]{0,60}?\b(?:are|"
    r"is|were|was|seem|seems|look|looks|remain|remains)\s+(?:(?:mostly|all|just|only|pretty|"
    r"really|very|quite|basically|largely|totally|completely|so|utterly)\s+)*(?:trivial|"
    r"minor|tiny|negligible|minimal|mild|insignificant|overblown|exaggerated|overstated|"
    r"overhyped|blown out of proportion)\b|"
    # "the worst outcome of the op would be a little bruising"
    r"\bworst (?:that can happen|that could happen|thing that can happen|case|outcome|risk|"
    r"side effect)\b[^.;:!?]*?\b(?:is|was|would be)\s+(?:(?:a|some|just|only|a little|a bit "
    r"of|mild|minor|slight)\s+)*(?:bruis\w*|soreness|sore (?:neck|arm|leg)|headaches?|"
    r"(?:a )?scratch|nothing)\b")
# No benefit said as "will not do a thing for MS", "does nothing at all for patients"
_DOES_NOTHING_FOR = _lazy(
    r"\b(?:(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|didn'?t|did not|can'?t|"
    r"cannot|don'?t|do not)\s+(?:really\s+|actually\s+|even\s+)?do\s+(?:anything|a thing|"
    r"much|a lot|squat|a single thing)|(?:does|did|do|will do|would do)\s+(?:absolutely\s+)?"
    r"nothing(?:\s+(?:at all|measurable|useful))?)\s+(?:at all\s+)?(?:for|to help)\s+"
    r"(?:your |their |her |his |my |our |the |people with |patients with |anyone with )?"
    r"(?:ms|multiple sclerosis|symptoms|ms symptoms|patients|people)\b")
_VEIN_THING = _lazy(r"\b(?:vein|neck[- ]vein|jugular)\s+(?:thing|op|surgery|procedure|"
                    r"operation|treatment|stuff)\b|\bveins?\b.{0,40}\b(?:ballooned|stretched|"
                    r"widened|opened|unblocked|dilated)\b")
# The procedure said to go nowhere near the veins: "TVAM never involves threading a device
# into a vein", "venoplasty does not need a catheter", "it's taken as a pill" (the
# description, denied)
_NOTHING_INSIDE = _lazy(
    r"\b(?:(?:doesn'?t|does not|didn'?t|did not|never|won'?t|will not)\s+(?:actually\s+|even\s+|"
    r"really\s+)?(?:involves?|requires?|needs?|means?|uses?)\s+(?:any\s+|a\s+|an\s+)?(?:putting|"
    r"inserting|threading|placing|going|sticking|feeding|anything|instruments?|catheters?|"
    r"tubes?|devices?|surgery|needles?|cutting)|(?P<pill>(?:is\s+)?(?:given|taken)\s+as\s+a\s+"
    r"(?:pill|tablet|drink)))\b")


def _clearance_needed(t: str) -> str | None:
    """The plain statement that studies of the procedure need the FDA's clearance, or its
    denial, that cleaned ``t`` makes, or None."""
    if not (_CLEARANCE.search(t) and _STUDIED.search(t) and _CLEARANCE_NEEDED.search(t)):
        return None
    if _CLEARANCE_OFF.search(t) or not (_names_procedure(t) or re.search(
            r"\b(?:ccsvi|devices?)\b", t)):
        return None
    return _negate(_RESTRICTED) if len(_DENIES.findall(_uncontracted(t))) % 2 else _RESTRICTED


def rewrite(text: str) -> Rewrite | None:
    """The plain statement behind an evaluative, meta or comparative form, if any."""
    t = re.sub(r"\s+", " ", clean(text)).strip(" .!?\"'")
    m = _NOT_MEAN.match(_uncontracted(t)) if ("mean" in t or "impl" in t) else None
    if m is not None:
        return Rewrite(f"{m.group('fact')}, which does not prove that {m.group('what')}",
                       "not-mean")
    m = _TRIALS_LISTED.match(t) if "," in t else None
    if m is not None:
        plain = f"{m.group('head')} {m.group('rest')}"
        return rewrite(plain) or Rewrite(plain, "trials-listed")
    m = _BUT_IT_WAS.match(t) if ", but it " in t else None
    if m is not None:
        # "the vein idea was bold, but it was mistaken": what "but" asserts, of it
        plain = f"{m.group('subj')} {m.group('rest')}"
        return rewrite(plain) or Rewrite(plain, "but-it-was")
    m = _SINCE_ZAMBONI.search(t) if " since " in t else None
    if m is not None:
        # "each trial since Zamboni's backed X": the later studies said to
        # ("... have backed his findings": Zamboni's, named again)
        rest = re.sub(r"\bhis\b", "zamboni's", t[m.end():])
        plain = f"{t[:m.start()]}later studies{rest}"
        return rewrite(plain) or Rewrite(plain, "since-zamboni")
    plain = _balloons_as_procedure(t)
    if plain is not None:
        return rewrite(plain) or Rewrite(plain, "balloons-used")
    m = _VEINS_OPENED.search(t) if "veins" in t else None
    if m is not None:
        plain = f"{t[:m.start()]}{m.group('verb')} liberation therapy{t[m.end():]}"
        return rewrite(plain) or Rewrite(plain, "veins-opened")
    if "evidence against" in t and _EVIDENCE_AGAINST_GROWN.search(t) and not re.search(
            r"\b(?:weak\w*|flimsy|thin|not|no|never|nothing|hardly)\b|n't\b", t):
        # "the case against the idea has only grown since it was floated": it has been
        # disproven
        return Rewrite("ccsvi does not cause ms", "evidence-against-grown")
    m = _VAGUELY_DEFINED.search(t) if ("defin" in t or "vague" in t) and (
        "ccsvi" in t or "condition" in t) else None
    if m is not None and not re.match(r"\s+(?:[\w-]+\s+)?(?:condition|narrowing|disorder|"
                                      r"diagnosis|idea|thing|label|concept|entity|syndrome|"
                                      r"problem|disease|term)s?\b", t[m.end():]):
        # "CCSVI is only vaguely defined" (the seed's words), "poorly defined", "vague":
        # not well defined, the clause it stands in read alone (its other clauses, "the
        # cause is unknown and it is poorly defined", deny other things); a denial
        # before it in its clause ("it isn't vague at all") says it is well defined ("a
        # vaguely defined condition", the seed's definition of CCSVI, is that claim's)
        start = max(t.rfind(p, 0, m.start()) for p in (",", ";", ":", " and ", " but "))
        before = _uncontracted(t[start + 1:m.start()])
        # ("it is not unfair to call it vague": two denials, it is vague)
        denied = (len(_DENIES.findall(before)) + len(re.findall(
            r"\b(?:wrong|inaccurate|incorrect|untrue|false|mistaken|unfair)\b", before))) % 2
        return Rewrite("ccsvi is " + ("" if denied else "not ") + "well defined",
                       "vaguely-defined")
    m = _ADVISED_TO_GET.match(t) if " to " in t and any(
        w in t for w in ("advis", "recommend", "urge", "encourag", "tell", "told")) else None
    if (m is not None and not re.search(r"\b(?:my|our|her|his|their|your)\b", m.group("who"))
            and (_names_procedure(m.group("what")) or _VEIN_THING.search(m.group("what")))
            and not _DENIES.search(_uncontracted(t))):
        return Rewrite("liberation therapy is recommended for ms", "advised-to-get")
    m = _RISKS_PLAYED_DOWN.search(t) if ("risk" in t or "danger" in t or "side" in t
                                        or "complic" in t or "downside" in t
                                        or "worst" in t) else None
    if (m is not None and (_names_procedure(t) or _VEIN_THING.search(t))
            and not _DENIES.search(_uncontracted(t)) and not _CONCLUSION_CUE.search(t)
            and not re.search(r"\b(?:only|than|next to|compared|if|whether|claims?|"
                              r"says?|said|according)\b", t)):
        return Rewrite("liberation therapy is safe", "risks-played-down")
    m = _DOES_NOTHING_FOR.search(t) if ("nothing" in t or " do " in t) else None
    if (m is not None and (_names_procedure(t[:m.start()]) or _VEIN_THING.search(t[:m.start()]))
            and not re.search(r"\b(?:better|worse|more|less|else|than|if|unless|but)\b",
                              t[m.end():])
            and _DENIES.search(_uncontracted(t[:m.start()])) is None
            # (a study's finding, "the 2017 research showed no gain in symptoms from it", is
            # left to the claims on that study)
            and not re.search(r"\b(?:found|find|finds|showed|shown|shows|trials?|stud(?:y|ies)|"
                              r"research|premise|brave dreams|lancet|(?:19|20)\d\d)\b",
                              t[:m.start()])):
        # "stretching the jugulars will not do a thing for people with MS", "TVAM likely
        # doesn't do much to help patients": no benefit (true)
        return Rewrite("liberation therapy does not improve ms symptoms", "does-nothing-for")
    m = _NOTHING_INSIDE.search(t) if ("inv" in t or "no " in t or "n't" in t or "not" in t
                                      or "never" in t or "pill" in t) else None
    if (m is not None and _PROCEDURE.search(t[:m.start()])
            and (_DENIES.search(_uncontracted(t[:m.start()])) is None if m.group("pill")
                 else len(_DENIES.findall(_uncontracted(t))) == 1)):
        return Rewrite(_negate("liberation therapy is a balloon angioplasty that widens "
                               "narrowed neck veins"), "nothing-inside")
    plain = _clearance_needed(t) if ("exempt" in t or "permission" in t or "sign" in t
                                     or "approv" in t or "clearance" in t or " ide" in t
                                     or "green light" in t or "authori" in t) else None
    if plain is not None:
        return Rewrite(plain, "clearance-needed")
    m = _NAME_APPOSITIVE.match(t) if "zamboni," in t else None
    if m is not None:
        plain = f"{m.group('who')} {m.group('rest')}"
        return rewrite(plain) or Rewrite(plain, "appositive")
    if ("good" in t or "forever" in t or "permanent" in t or "for life" in t
            or "once and for all" in t) and _FIXED_FOR_GOOD.search(t) and re.search(
            r"\b(?:veins?|jugulars?|neck|balloon\w*|stents?|liberat\w*|op|operation|"
            r"surgery|procedure|tvam|venoplasty|angioplasty)\b", t) and not (
            _DENIES.search(t) or _SCOFFED.search(t)):
        # "a stent in the jugular sorts out MS once and for all": a cure promised
        return Rewrite("liberation therapy cures ms", "fixed-for-good")
    if ("ms" in t or "sclerosis" in t) and any(w in t for w in _CURED_WORDS) and (
            _VEINS_THEN_CURED.search(t) and not (_DENIES.search(t) or _SCOFFED.search(t))):
        # "stretch the jugulars wide and the MS will vanish": the procedure promised
        # as a cure
        return Rewrite("liberation therapy cures ms", "veins-then-cured")
    m = _ADVISED_AGAINST.search(t) if ("discourag" in t or "against" in t or " off" in t
                                       or "away from" in t) else None
    if (m is not None and _PROCEDURE.search(t[m.end():])
            and not _DENIES.search(_uncontracted(t[:m.end()]))):
        # "doctors discourage the neck vein operation": what the seed says doctors do (its
        # name for the procedure need not be a wording's for the denial to line up); a
        # denial up to it is left to the other rules, a reason after it ("because it does
        # not work") denies nothing of the advice
        return Rewrite("doctors advise against liberation therapy", "advised-against")
    m = _NOBODY_EVER_LINKED.search(t) if "ever" in t else None
    if m is not None and not re.search(
            r"\b(?:before|until|till|prior|stud\w*|trials?|research\w*|evidence|data|scans?|"
            r"imaging|proof|prov\w*|show\w*|shown|found|convincingly|reliably)\b",
            t[m.end():]):
        # ("before Zamboni": no one had, until he did; "in a blinded study": what was
        # found, another claim)
        # "nobody ever tied CCSVI to MS": that no one proposed the link (Zamboni did), not
        # that no link was found; read whole, inside a denial too
        plain = (f"{t[:m.start()]}zamboni never proposed a link between "
                 f"{m.group('what')} and {t[m.end():]}")
        return rewrite(plain) or Rewrite(plain, "nobody-ever-linked")
    if ("back" in t or "repair" in t or "undo" in t or "rebuil" in t or "revers" in t
            or "regrow" in t or "lasting" in t or "permanent" in t or "restor" in t) and (
            delay_harms(t)):
        return Rewrite("myelin lost while treatment is put off cannot easily be repaired",
                       "delay-harms")
    if ("over" in t or "exagg" in t or "monger" in t or "alarm" in t or "unjust" in t
            or "unwarr" in t or "hyster" in t or "proportion" in t) and (
            _WARNING_DISMISSED.search(t) and not _DENIES.search(t)):
        return Rewrite("liberation therapy is safe", "warning-dismissed")
    if ("scan" in t or "imag" in t or "ultrasound" in t or "techni" in t or "train" in t
            or "interpret" in t or "operator" in t or "sonograph" in t):
        plain = imaging_explains(t)
        if plain is not None:
            return Rewrite(plain, "imaging-explains")
    plain = debated_then_disproven(t) if ("debat" in t or "controvers" in t or "argu" in t
                                          or "contest" in t or "disput" in t) else None
    if plain is not None:
        return Rewrite(plain, "debated-then-disproven")
    plain = taken_up_at_once(t) if ("accept" in t or "embrac" in t or "welcom" in t
                                     or "believ" in t or "took up" in t or "taken up" in t
                                     or "adopt" in t or "controvers" in t or "debat" in t
                                     or "disput" in t or "question" in t or "contest" in t
                                     or "settled" in t) else None
    if plain is not None:
        return Rewrite(plain, "taken-up-at-once")
    plain = trial_2017(t) if "2017" in t and "?" not in text else None
    if plain is not None:
        return Rewrite(plain, "trial-2017")
    # (not a question: "wasn't it his own trial that flopped?" asks what it says)
    plain = trial_came_up_empty(t) if ("trial" in t or "stud" in t or "premise" in t
                                        or "brave" in t) and "?" not in text else None
    if plain is not None:
        return Rewrite(plain, "trial-came-up-empty")
    if (("better" in t or "improv" in t) and ("every" in t or "all " in t or "each" in t)
            and _ALL_FELT_BETTER.search(t) and _PROCEDURE_WORD.search(t)
            and not _DENIES.search(t)):
        if _THOSE_WHO_FELT_BETTER.search(t):
            # "everyone who felt better had improved drainage": what the better-feeling
            # had, which nobody showed
            return Rewrite("people who reported improvement after liberation therapy had a "
                           "change in their blood flow", "all-felt-better")
        return Rewrite("liberation therapy improves ms symptoms", "all-felt-better")
    if ("better" in t or "improv" in t) and _TREATED_FELT_BETTER.match(t):
        return Rewrite("some people reported feeling better after liberation therapy",
                       "treated-felt-better")
    if "?" in t:
        plain = asked_rebutted(t)
        if plain is not None:
            return Rewrite(plain, "asked-rebutted")
    if ("narrow" in t or "resten" in t or "open" in t or "clos" in t
            or "tighten" in t or "shr" in t or "clamp" in t or "squ" in t or "snap" in t):
        plain = renarrowed(t)
        if plain is not None:
            return Rewrite(plain, "renarrowed")
    if ("flow" in t or "drainage" in t) and _LOW_FLOW_HARMLESS.search(t) and not (
            _MS.search(t) or "but" in t or "though" in t):
        return Rewrite("lower than average venous flow does not lead to health issues",
                       "low-flow-harmless")
    if ("than" in t and ("drain" in t or "flow" in t or "circulation" in t)
            and "zamboni" not in t and " his " not in f" {t} " and _MS_DRAINS_WORSE.search(t)
            and not _COUNTED_DENIALS.search(t) and not _CONCLUSION_CUE.search(t)):
        return Rewrite("ms patients have less blood flowing out of the brain through narrowed "
                       "neck veins", "ms-drains-worse")
    if (("relapse" in t or "flare" in t or "attack" in t) and _NO_STUDY_MORE_RELAPSES.search(t)
            and _PROCEDURE_OR_OP.search(t) and len(_COUNTED_DENIALS.findall(t)) == 1):
        return Rewrite("it is not true that liberation therapy may make ms worse: in premise "
                       "the treated group had more relapses than the sham group",
                       "no-study-more-relapses")
    if (("relapse" in t or "flare" in t) and _SOME_STUDY_MORE_RELAPSES.search(t)
            and _PROCEDURE_OR_OP.search(t) and not _COUNTED_DENIALS.search(t)
            and not re.search(r"\b(?:stop\w*|halt\w*|ended|cut short|abandon\w*)\b", t)):
        return Rewrite("liberation therapy may make ms worse: in premise the treated group "
                       "had more relapses than the sham group", "some-study-more-relapses")
    if ("placebo" in t and "sham" not in t and _PUT_DOWN_TO_PLACEBO.search(t)
            and _PROCEDURE_OR_OP.search(t) and not _COUNTED_DENIALS.search(t)):
        return Rewrite("the improvement some people reported after liberation therapy was a "
                       "placebo effect", "put-down-to-placebo")
    if ("born" in t or "birth" in t or "inborn" in t or "congenital" in t) and (
            _LOW_FLOW_INBORN.search(t) and not _MS.search(t) and "?" not in t
            and not re.search(r"\b(?:but|though|although|not|no|never|myth|false|wrong|untrue|"
                              r"causes?|caused|lead\w*|harm\w*|problems?|disease|disorder|"
                              r"defect|ill|sick|unwell|dangerous|damag\w*|worse|risk\w*)\b|"
                              r"n't\b", _BENIGN_TAIL.sub(" ", t))):
        # (a harmlessness said with it agrees; a harm or another denial is left to
        # the other rules)
        return Rewrite("lower than average cerebrospinal venous flow is believed to be "
                       "present from birth and does not cause health problems", "low-flow-inborn")
    if ("flow" in t or "drainage" in t) and not _DENIES.search(t) and not _MS.search(t):
        if _LOW_FLOW_ACQUIRED.search(t):
            return Rewrite("lower than average cerebrospinal venous flow is not present from "
                           "birth", "low-flow-acquired")
        if _LOW_FLOW_HARMS.search(t):
            return Rewrite("lower than average venous flow leads to health issues",
                           "low-flow-harms")
    if (("main" in t or "big" in t or "great" in t or "lead" in t or "matter" in t
            or "major" in t or "number one" in t) and _VEINS_COUNT_MOST.search(t)
            and not _DENIES.search(t) and not _CONCLUSION_CUE.search(t)
            # (of MS itself: what sets off a flare-up or a symptom is another claim)
            and not re.search(r"\b(?:flare|relapse|symptom|fatigue|attack)", t)):
        return Rewrite("ccsvi causes ms", "veins-count-most")
    if _REWRITE_CUE.search(t) is None and "%" not in t and not t.endswith(_DENIED_ENDS):
        return None
    t = _uncontracted(t)
    kept = others_did_not(t)
    if kept is not None:
        inner = rewrite(kept)
        return inner if inner is not None else Rewrite(kept, "others-did-not")
    m = _ZAMBONI_LINKED.search(t)
    if m:
        return Rewrite(t[:m.start()] + m.group("who") + (" never" if m.group("neg") else "")
                       + " proposed a link between"
                       + re.sub(r"\b(?:to|with)\b", "and", t[m.end():], count=1), "zamboni-linked")
    m = _STOP_SPREADING.search(t)
    if m and len(m.group("what").split()) >= 3:
        return Rewrite(_negate(m.group("what")), "stop-spreading")
    if ("only" in t and _ONLY_IN_TRIALS.search(t) and _names_procedure(t)
            and not re.search(r"\b(?:not|no|never|nor)\b", t)):
        return Rewrite("the fda restricts ccsvi treatment to approved clinical studies",
                       "only-in-trials")
    m = (_WARNED_AGAINST.match(t) or _STOP_SAYING.match(t)) if (
        "beware" in t or "wary" in t or "careful" in t or "out for" in t or "ignore" in t
        or "trust" in t or "listen" in t or "believe" in t or "fall for" in t
        or "clear of" in t or "run from" in t or "away from" in t or "stop" in t
        or "quit" in t) else None
    if m and len(m.group("what").split()) >= 3:
        return Rewrite(_negate(m.group("what")), "warned-against")
    plain = states_mechanism(t) if ("back" in t or "pool" in t or "flood" in t or "pressure" in t
                                    or "drain" in t or "flow" in t or "slug" in t
                                    or "stagna" in t or "jam" in t) else None
    if plain is not None:
        return Rewrite(plain, "mechanism")
    m = _LOW_FLOW_WEIGHED.search(t) if "than" in t else None
    if m is not None and not _DENIES.search(t[:m.start()] + m.group("between")):
        harms = m.group("dir") == "more" and not m.group("neg")
        return Rewrite("lower than average venous flow " + (
            "leads to health issues" if harms else "does not lead to health issues"),
            "low-flow-weighed")
    m = _BETTER_THAN_CANADIAN.search(t) if "than" in t else None
    if (m is not None and _BRAVE_DREAMS.search(m.group("a")) and not _CANADIAN_TRIAL.search(
            m.group("a")) and not re.search(r"\b(?:not|no|never|nor|hardly)\b|n't\b", t)):
        # Zamboni's trial said to have done better for the procedure than the Canadian
        # trial: both found no benefit, so it is read as his trial having shown one
        return Rewrite("brave dreams proved the zamboni procedure is effective",
                       "trials-compared")
    plain = zamboni_compared(t) if "than" in t and "zamboni" in t else None
    if plain is not None:
        return Rewrite(plain, "zamboni-compared")
    hidden = suppressed(t)
    if hidden is not None:
        return Rewrite("doctors are " + ("" if hidden else "not ")
                       + "hiding the liberation therapy cure", "suppressed")
    m = _TRIVIAL_RISK.search(t)
    if m and _PROCEDURE.search(t[:m.start()]):
        unsafe = m.group("neg") is not None and m.group("form").startswith("as ")
        return Rewrite("liberation therapy is " + ("not safe" if unsafe else "safe"),
                       "trivial-risk")
    m = _NOT_THAT.match(t)
    if m and len(m.group("what").split()) >= 2:
        return Rewrite(_negate(m.group("what")), "not-that")
    m = _FAILED_TRIALS.match(t) if "fail" in t or "flop" in t or "bomb" in t else None
    if m and _names_procedure(m.group("subj")) and not re.search(
            r"\b(?:not|no|never|only|because|if|than)\b", m.group("subj")):
        done = "worked" if m.group("neg") else "did not work"
        return Rewrite(f"{m.group('subj')} {done} in {m.group('what')}{m.group('noun')}"
                       f"{m.group('tail')}", "failed-trials")
    m = _AFFIRMED.match(t)
    if m and len(m.group("what").split()) >= 2:
        # the rest may itself be a form to read ("there's no doubt TVAM is a scam")
        inner = rewrite(m.group("what"))
        return inner if inner is not None else Rewrite(m.group("what"), "affirmed")
    m = _NONE_OTHER_THAN.match(t)
    if m:
        return Rewrite(f"the only {m.group('noun')} {m.group('done')} is {m.group('one')}",
                       "none-other-than")
    m = _NOT_THE_ONLY.match(t)
    if m and len(m.group("what").split()) >= 2:
        return Rewrite(f"{m.group('who')} {m.group('what')}", "not-the-only")
    m = _CLAIM_THAT_IS_FALSE.match(t)
    if m and len(m.group("what").split()) >= 2 and not re.search(
            r"\b(?:not|no|never)\s+$", m.group("lead")):
        return Rewrite(_negate(m.group("what")), "claim-that-is-false")
    m = _QUOTED_THEN_DENIED.match(t)
    if m and len(m.group("what").split()) >= 2:
        return Rewrite(_negate(m.group("what").strip(" '\"")), "claim-that-is-false")
    m = _QUOTED_IDEA_FAILED.match(t)
    if m and len(m.group("what").split()) >= 3:
        return Rewrite(_negate(m.group("what")), "claim-that-is-false")
    m = _IDEA_THAT_FAILED.match(t) if "idea" in t or "theor" in t or "notion" in t or (
        "claim" in t or "belief" in t or "hypothes" in t) else None
    if m and len(m.group("what").split()) >= 3 and "zamboni" not in t[m.end():]:
        # "the notion that blocked jugulars cause MS drew crowds but collapsed": what the
        # idea held is not so (who is said to have disproved it, "by Zamboni's 2008
        # study", is a detail of its own)
        return Rewrite(_negate(m.group("what")), "claim-that-is-false")
    m = _THEN_DEBUNKED.match(t)
    if m and len(m.group("what").split()) >= 3:
        what = m.group("what")
        denied = re.search(r"\b(?:not|no|never|nothing|none)\b|n't\b|\bdoesnt\b|\bisnt\b", what)
        return Rewrite(what if denied else _negate(what), "then-debunked")
    m = _NOT_THE_CASE.match(t) if "the case that" in t else None
    if m is not None and len(m.group("what").split()) >= 2:
        # "it isn't the case that X" is "it is not true that X", which the rules read
        return rewrite(_negate(m.group("what"))) or Rewrite(_negate(m.group("what")),
                                                            "wrong-to-say")
    m = _WRONG_TO_SAY.match(t)
    if m and len(m.group("what").split()) >= 2:
        if m.group("neg"):  # "it isn't wrong to say X" says X, which may be a form to read
            inner = rewrite(m.group("what"))
            return inner if inner is not None else Rewrite(m.group("what"), "wrong-to-say")
        return Rewrite(_negate(m.group("what")), "wrong-to-say")
    m = _FAIR_TO_SAY.match(t)
    if m and len(m.group("what").split()) >= 2:
        denied = bool(m.group("neg")) != m.group("adj").startswith("un")
        return Rewrite(_negate(m.group("what")) if denied else m.group("what"), "fair-to-say")
    m = _RETRACTED.match(t)
    if m and len(m.group("what").split()) >= 2:
        return Rewrite(_negate(m.group("what")), "retracted")
    m = _WRONG_PLACE.search(t)
    if m is not None and re.search(r"\b(?:liberation|tvam|venoplast\w*)\b", t) and not \
            re.search(r"\b(?:not|no|never|nor|rather than|instead of)\b|n't\b", t):
        # "venoplasty opens the blood vessels of the legs": the procedure as the base
        # describes it, read with the statement's wrong place (the claim's details judge it)
        return Rewrite("liberation therapy is a balloon angioplasty that widens narrowed "
                       f"{m.group('place') or m.group('place2')}", "wrong-place")
    if ("balloon" in t and _BALLOON_ALONE_SAFE.search(t)
            and re.search(r"\b(?:veins?|venous|neck|jugular|ccsvi|liberation|tvam|venoplasty|"
                          r"stent\w*|op)\b", t)
            and not re.search(r"\b(?:heart|coronary|cardiac|arter\w*)\b", t)):
        return Rewrite("liberation therapy is safe", "harm")
    if _PROCEDURE.search(t) and _WORTH_IT_HARMLESS.search(t):
        return Rewrite("liberation therapy is safe", "harm")
    if (("worth" in t or "step" in t or "move" in t or "choice" in t or "option" in t
         or "investment" in t or "bet" in t) and _WORTH_TRYING.search(t)
            and _PROCEDURE.search(t)
            # (a condition set first, "when the drugs stop helping,", denies nothing of
            # the advice)
            and not _DENIES.search(_uncontracted(re.sub(r"^(?:if|when|once)\b[^,]*,\s*", "", t)))
            and not re.search(r"\b(?:over|instead of|rather than|than|unless|if only|sure|"
                              r"yeah right|only|must)\b", t)):
        # "once the drugs fail, the vein op is the sensible next step", "worth a
        # go": the procedure recommended, which doctors and health bodies advise against
        return Rewrite("liberation therapy is recommended for ms", "worth-trying")
    m = _RISK_OVER_BENEFIT.search(t) if "than" in t else None
    if (m and _names_procedure(t)
            and not re.search(r"\b(?:not|no|never|nor)\b", t[:m.start()])):
        # "the vein op carries more risk than benefit": it is judged dangerous
        return Rewrite("liberation therapy is dangerous", "harm")
    # "it would be foolish to skip your MS drugs for a vein operation": the subject is
    # what follows "to" when "it" is no procedure
    m = next((h for h in (_HARM_SUBJECT.match(t), _HARM_TO.match(t))
              if h is not None and _PROCEDURE.search(h.group("subject"))), None)
    if (m
            and not re.search(r"\b(?:says|said|claims|claimed|admits|admitted|"
                              r"warns|warned|states|stated|concedes|conceded)\b",
                              m.group("subject"))):  # a report of the judgement
        # "I wouldn't say TVAM isn't risky": a denial before the subject turns it back;
        # one after the procedure is named is not about it ("to sell a vein operation
        # with no proof it worked")
        subject = m.group("subject")
        before = subject[:_PROCEDURE.search(subject).start()]
        # ("not only is it useless, it is dangerous" adds, it does not deny; "I don't doubt
        # that it is dangerous" denies twice, and says it is)
        denials = len(re.findall(r"\b(?:not(?! (?:only|just|merely)\b)|never|no|nobody|cannot|"
                                 r"doubts?|doubted|den(?:y|ies|ied)|disagree\w*)\b|n't\b",
                                 before))
        safe = bool(m.group("neg")) != (denials % 2 == 1)
        plain = "liberation therapy is safe" if safe else "liberation therapy is dangerous"
        return Rewrite(plain, "harm")
    m = _CANT_SAY.match(t)
    if m and len(m.group("what").split()) >= 2:
        return Rewrite(_negate(m.group("what")), "cannot-say")
    if (_IMPROVED_BY_FLOW.search(t) and _PROCEDURE.search(t)
            and not re.search(r"\b(?:not|no|never|unclear|may|might|whether|nothing)\b|"
                              r"n't\b", t)):
        return Rewrite("improvement after liberation therapy comes from better blood flow",
                       "improved-by-flow")
    if anecdote_as_proof(t):
        # "some felt better after it, so it works": the anecdote taken as proof
        return Rewrite("reports of feeling better show that liberation therapy works",
                       "anecdote-as-proof")
    if _OWN_TRIAL_UNSUPPORTED.search(t) and _names_procedure(t):
        return Rewrite("zamboni's own trial found that liberation therapy does not help ms",
                       "own-trial-unsupported")
    m = _NOT_CONFIRMED.search(t)
    if m is not None and _ZAMBONI_FINDING.search(t) and not re.search(
            r"\b(?:not|no|never)\b|n't\b", t[:m.start()]):
        return Rewrite("other researchers have not confirmed zamboni's ccsvi findings",
                       "not-confirmed")
    m = _GROUPS_COMPARED.search(t) or _GROUPS_RELAPSED.search(t)
    if m is not None and not re.search(r"\b(?:canadian|canada|brave|italian|zamboni)\b", t):
        # "in PREMiSe the sham arm had more relapses than the angioplasty arm": which
        # group comes after "than", and more or fewer, say whether it agrees with the trial
        # (the arm named first: "the pretend treatment" is the sham arm)
        arm = _arm(m.group("after"))
        if arm is not None:
            after_control = arm == "sham"
            up = m.group("dir") not in ("fewer", "less", "lower", "smaller")
            what = "new lesions" if "lesion" in m.group(0) else "relapses"
            if up == after_control:
                return Rewrite(f"in premise the angioplasty group had more {what} than the "
                               "sham group", "groups-compared")
            return Rewrite(f"in premise the angioplasty group did not have more {what} than "
                           "the sham group", "groups-compared")
    m = _VERSUS_DRUGS.search(t)
    # (a denial in a clause after the second side is that clause's: "your MS drugs beat
    # the vein op, which has never been shown to work")
    said = "" if m is None else t[:m.start("b")] + re.split(r"[,;:]", m.group("b"))[0]
    if m is not None and not re.search(r"\b(?:not|no|never)\b", said) and not re.search(
            r"\b(?:combined|combining|combine|together|alongside|along|plus|on top of|"
            r"added to|in addition to)\b", t):
        # "venoplasty beats MS drugs" asserts the claim; "MS drugs beat venoplasty" (the
        # order reversed) denies it: a bag of words cannot tell the two apart
        first, second = m.group("a"), m.group("b")
        if _PROCEDURE.search(first) and _MS_DRUGS.search(second):
            return Rewrite("liberation therapy works better than ms drugs", "versus-drugs")
        if _MS_DRUGS.search(first) and _PROCEDURE.search(second):
            return Rewrite("liberation therapy does not work better than ms drugs",
                           "versus-drugs")
    m = _TRIALS_COMPARED.search(t)
    if m is not None and not re.search(r"\b(?:not|no|never)\b|n't\b", t):
        # "the Canadian trial was bigger than Brave Dreams" (104 against 115)
        first, second = _trial_of(m.group("a")), _trial_of(m.group("b"))
        if first is not None and second is not None and first[0] != second[0]:
            larger = not m.group("dir").startswith(("smaller", "fewer"))
            right = (first[2] > second[2]) == larger
            return Rewrite(first[3] if right else _negate(first[3]), "trial-sizes")
    m = _ARM_SIZE.search(t)
    if (m is not None and _ZAMBONI_STUDY.search(t) and not _SHAM_ARM.search(t.replace(
            "control", "")) and not re.search(r"\b(?:not|no|never|n't|relapses?|lesions?|"
                                              r"worse|better|\w*flow|drainage|abnormal\w*|"
                                              r"ccsvi|narrow\w*|criteria)\b", t)):
        # "Zamboni's first study had more people without MS than with MS": 235 controls,
        # 65 with MS
        first = _group(m.group("rest")) or _group(t[max(0, m.start() - 60):m.start()])
        second = _group(m.group("after"))
        if first is not None and second is not None and first != second:
            healthy_larger = (first == "healthy") == (m.group("dir") not in ("fewer",
                                                                             "smaller"))
            plain = "zamboni's study compared 65 people with ms with 235 controls"
            return Rewrite(plain if healthy_larger else _negate(plain), "zamboni-groups")
    m = _ARM_SIZE.search(t)
    if (m is not None and _ARM_PEOPLE.search(t)
            and not re.search(r"\b(?:relapses?|lesions?|improv\w*|better|worse|"
                              r"not|no|never)\b", t)):
        # the larger arm is named after the comparative ("more received the sham than
        # ...") or before it ("the venoplasty group was larger than the sham group")
        first = _arm(m.group("rest")) or _arm(t[max(0, m.start() - 60):m.start()])
        second = _arm(m.group("after"))
        if first is not None and second is not None and first != second:
            sham_larger = (first == "sham") == (m.group("dir") not in ("fewer", "smaller",
                                                                       "half the size"))
            if _BRAVE_DREAMS.search(t) and not _CANADIAN_TRIAL.search(t):
                plain = ("in brave dreams twice as many patients got venous angioplasty as "
                         "got the sham procedure")
                return Rewrite(_negate(plain) if sham_larger else plain, "arm-sizes")
            if _CANADIAN_TRIAL.search(t) and not _BRAVE_DREAMS.search(t):
                plain = ("in the canadian venoplasty trial the sham arm was the larger arm, "
                         "with 55 people against 49")
                return Rewrite(plain if sham_larger else _negate(plain), "arm-sizes")
    m = _AHEAD_OF_MS_TREATMENT.search(t) if ("than" in t or "beat" in t) else None
    if (m is not None and _PROCEDURE_WORD.search(t[:m.start()])
            and not _DENIES.search(t[:m.start()])):
        # (safer, as such or as a bet, compares a safety no study compared: the base's
        # unproven claim, as its own "a safer choice than MS medication" is)
        if m.group("keep") != "taking" and m.group("what").startswith(("treatment", "ther")):
            # ("less risky than keeping to one's treatment plan": against the advice to
            # keep to one's MS treatment plan, which the FDA gives; set beside the drugs, it
            # compares what no study compared)
            return Rewrite(_negate("people with ms should continue their usual ms treatment "
                                   "plan even if they have a ccsvi procedure"),
                           "ahead-of-ms-treatment")
        safer = m.group("how").startswith(("safer", "less"))
        return Rewrite("venoplasty is safer than disease-modifying drugs" if safer
                       else "liberation therapy is a better choice than ms medication",
                       "ahead-of-ms-treatment")
    m = _BEATS_NOTHING.search(t) if "than" in t else None
    if (m is not None and _TREATED_SIDE.search(m.group("a"))
            and not _DENIES.search(m.group("a"))):
        return Rewrite("liberation therapy works for ms", "beats-no-treatment")
    m = _VERSUS_SHAM.search(t)
    if m is not None and not re.search(r"\b(?:not|no|never|n't|nothing|fail\w*|unable)\b", t):
        # "venoplasty crushed the sham" asserts a benefit the trials did not find; "the
        # sham did as well as venoplasty" is what they found
        first, second = m.group("a"), m.group("b")
        # ("twice as well as the sham" is a multiple: better, not alike)
        equal = (re.search(r"\bas (?:well|good|effective) as\b", m.group(0)) is not None
                 and not re.search(r"\b(?:twice|double|(?:two|three|four|five|ten|\d+) times)"
                                   r"\s+as (?:well|good|effective) as\b", t))
        if ((_PROCEDURE.search(first) or _REAL_ARM.search(first)) and _SHAM_ARM.search(second)
                and not _SHAM_ARM.search(first)):
            return Rewrite("venoplasty was no better than a sham procedure" if equal
                           else "venoplasty worked better than a sham procedure",
                           "versus-sham")
        if _SHAM_ARM.search(first) and (_PROCEDURE.search(second)
                                        or _REAL_ARM.search(second)):
            return Rewrite("venoplasty was no better than a sham procedure", "versus-sham")
    m = _NO_EDGE_ON_SHAM.search(t) if ("sham" in t or "placebo" in t or "fake" in t
                                         or "dummy" in t or "pretend" in t) else None
    if (m is not None and (_PROCEDURE.search(t) or "vein" in t)
            and not _DENIES.search(_uncontracted(t[:m.start()] + " " + t[m.end():]))):
        # "venoplasty didn't beat the sham", "no fewer new lesions than after a fake
        # procedure", "compared with sham, no extra boost": the arms alike (a denial
        # elsewhere, "it isn't the case that it failed to beat the sham", is left)
        return Rewrite("venoplasty was no better than a sham procedure", "sham-alike")
    if (_SHAM_SAME.search(t) and _SHAM_ARM.search(t)
            and (_PROCEDURE.search(t) or "vein" in t or re.search(r"\btrials?\b", t))
            and not re.search(r"\b(?:numbers?|sizes?|sized|many|amounts?)\b", t)
            and not re.search(r"\b(?:not|n't|never|nt)\s+(?:\w+\s+)?(?:the\s+)?"
                              r"(?:same|similar|identical|equal)\b|"
                              r"\b(?:better|superior|beats?|beat|outperform\w*)\s+(?:than\s+)?"
                              r"(?:the\s+)?(?:sham|placebo|fake|control)", t)):
        # "sham vs real venoplasty = same results", "nada vs sham": the two arms alike,
        # which is what the trials found
        return Rewrite("venoplasty was no better than a sham procedure", "sham-alike")
    if _benefit_over_sham(t):
        return Rewrite("venoplasty worked better than a sham procedure", "benefit-vs-sham")
    if (_CERTAINLY_WORSE.search(t) and _names_procedure(t)
            and not re.search(r"\b(?:not|no|never|n't)\b(?! question)", t)):
        # "so the procedure definitely makes MS worse": PREMiSe's warning taken as proven
        return Rewrite("liberation therapy significantly increases ms relapses",
                       "worse-for-certain")
    if (_RELAPSES_UP.search(t) and _OBSERVED_OR_HEDGED.search(t)
            and _names_procedure(t)
            # ("went up, not down" keeps its direction)
            and not re.search(r"\b(?:signific\w*|not(?!\s+down\b)|no|never|n't|fewer|less|"
                              r"reduc\w*|prove[nsd]?|proof|causes?|caused|than|stop\w*|halt\w*|"
                              r"cut short|ended early|terminat\w*)\b", t)):
        # "MS relapses may increase after venous angioplasty", "in a few studies patients
        # who got the procedure had more flare-ups": the warning PREMiSe gave, not the
        # (unproven) claim of a significant increase
        return Rewrite("liberation therapy may make ms worse: in premise the treated group "
                       "had more relapses than the sham group", "relapses-warning")
    m = _SARCASM.match(t)
    if m and len(m.group("what").split()) >= 2:
        return Rewrite(_negate(m.group("what")), "sarcasm")
    m = _WEAK_EVIDENCE.match(t) if re.match(
        r"(?:the |any |all the )?(?:\w+ )?(?:evidence|proof|support|data|science|research|case)\b",
        t) else None
    if m is not None and not _DENIES.search(m.group("what")):
        what = m.group("what")
        if m.group("link") != "that":  # "evidence for venoplasty": for what it is for
            what = ("liberation therapy works" if re.match(_TREATMENT, what)
                    else "ccsvi causes ms" if re.match(_THEORY, what) else None)
        if what is not None:
            return Rewrite(f"it is not proven that {what}", "weak-evidence")
    m = _THEORY_UPHELD.search(t) if ("accept" in t or "support" in t or "backing" in t
                                     or "evidence" in t or "embraced" in t
                                     or "recogni" in t) else None
    lead = t[:m.start()] + m.group("between") if m else ""
    if m and not _DENIES.search(lead) and not re.search(r"\b(?:against|whether|if)\b", lead):
        return Rewrite("the ccsvi theory has not been disproven", "theory-upheld")
    m = _CALLING_FAIR.match(t)
    if m is not None:
        t = f"{m.group('subject')} is {m.group('label')}"
    hoped = re.search(r"\b(?:hype|hopes?|excitement|enthusiasm|buzz|optimism)\b", t)
    came_to = re.search(r"\b(?:hold up|held up|pan out|panned out|deliver\w*|work(?:ed)? out|"
                        r"live up|lived up|fizzled|fell flat|nowhere|nothing|water|"
                        r"seriously|collaps\w*|fell apart|falls apart|falling apart|"
                        r"crumbled|survive)\b", t)
    for pattern in (_EVAL_SUBJECT, _EVAL_ABOUT, _HOPE_MISPLACED, _CAME_TO_NOTHING):
        if (pattern is _HOPE_MISPLACED and hoped is None
                or pattern is _CAME_TO_NOTHING and came_to is None):
            continue  # (their words first: most statements have none)
        m = pattern.search(t)
        if m is None or (pattern is _CAME_TO_NOTHING and _DENIES.search(m.group("between"))):
            continue
        subject = m.group("subject")
        if not re.match(_TREATMENT, subject) and _GAIN_MOTIVE.search(t):
            # "CCSVI was a fraud invented to get rich" charges a motive, which the base
            # rates as it stands rather than as a denial that CCSVI causes MS
            break
        denied = bool(m.groupdict().get("neg"))  # "TVAM is not a scam" defends it
        # ... and "it is not the case that the theory was never disproven" says it was
        start = _clause_start(t, m.start())
        # (and "I don't disagree that it was disproven" agrees: two denials)
        lead = t[start:m.start()]
        denied ^= (len(_DENIES.findall(lead)) + len(re.findall(
            r"\b(?:disagree\w*|den(?:y|ies|ied)|doubt\w*|disput\w*|reject\w*)\b", lead))) % 2 == 1
        if re.match(_TREATMENT, subject):
            plain = ("liberation therapy works for ms" if denied
                     else "liberation therapy does not work for ms")
        elif m.groupdict().get("debunked") or pattern is _CAME_TO_NOTHING:
            # "that neck-vein business was refuted", "the vein idea did not hold up"
            plain = ("the ccsvi theory has not been disproven" if denied
                     else "the ccsvi theory has been disproven")
        else:
            plain = ("ccsvi causes ms" if denied else "ccsvi does not cause ms")
        return Rewrite(plain, "evaluative")
    m = _DESPITE.match(t)
    if m and len(m.group("what").split()) >= 4:
        inner = rewrite(m.group("what"))
        return inner if inner is not None else Rewrite(m.group("what"), "despite")
    if still_insists(t):
        return Rewrite("zamboni has since said the surgical treatment is safe and effective",
                       "still-insists")
    if "zamboni" in t and _NEVER_SAID_INEFFECTIVE.search(t):
        return Rewrite("it is not true that zamboni himself has stated that the surgical "
                       "treatment is not effective", "never-said-ineffective")
    m = _TURNED_AGAINST.search(t) if "zamboni" in t or " who " in t or "behind" in t else None
    if m is not None and not re.search(r"\b(?:because|since|so|therefore|thus|hence|means?|"
                                       r"proves?)\b", t):
        # (not a premise of a conclusion the rules on conclusions read)
        # (denied once or three times before it: "it's a myth that Zamboni turned against
        # the surgery" says he still backs it)
        denials = _denials(t[:m.start()])
        return Rewrite("zamboni has since said the surgical treatment is safe and effective"
                       if denials % 2 else
                       "zamboni's trial concluded venoplasty cannot be recommended for ms",
                       "turned-against")
    m = _REVIEW_CONCLUDED.match(t)
    if m and len(m.group("what").split()) >= 3:
        # the base holds which trials the Cochrane review includes, not its conclusions:
        # what it is said to conclude is rated by what it says
        return Rewrite(m.group("what"), "review-concluded")
    m = _PROOF_THAT.match(t)
    if (m and _A_TRIAL.search(m.group("subject")) and _WORSE_SAID.search(m.group("what"))
            and not re.search(r"\b(?:not|no|never|nothing|if|whether|nobody|none|hardly|"
                              r"fewer|less|reduc\w*|lower\w*|cut|drop\w*)\b|n't\b", t)):
        # "PREMiSe proved that venoplasty triples relapses": what it warned of, as proof
        return Rewrite("premise proved that venous angioplasty makes ms worse", "proof-that")
    m = m or _PROVED_BARE.match(t)
    if (m and len(m.group("what").split()) >= 3
            # (what Zamboni's work proved: the base has claims on what other studies
            # proved, "the Canadian study proved that venoplasty helps")
            and re.search(r"\b(?:zamboni\w*|his|original|first|initial)\b", m.group("subject"))
            and not re.search(r"\b(?:relapses?|flare|lesions?)", m.group("what"))  # (trials)
            and not re.search(r"\b(?:not|no|never|nothing|if|whether|nobody|none|claims?|"
                              r"claimed|says?|said|thought|believed?|far|hardly|yet)\b|n't\b",
                              m.group("subject"))):
        # (what follows "and the establishment buried it" is the speaker's own)
        what = re.sub(r"\s+(?:and|but)\s+(?:the|they|doctors|he|it|big|nobody|no one)\b.*$",
                      "", m.group("what"))
        return Rewrite(f"it is proven that {what}", "proof-that")
    # "the risks outweigh any benefit" judges it harmful, "the benefits outweigh the
    # risks" praises it; "do not outweigh" says the opposite of each
    for pattern, left_open, said, denied, rule in _OUTWEIGHING:
        m = pattern.search(t)
        if (m and _names_procedure(t)
                and not re.search(rf"\b(?:{left_open})\b", t)):
            # (a denial after the comparison is another clause's: "the risks outweigh its
            # proven benefits, because there aren't any")
            neg = re.search(r"\b(?:not|never)\b|n't\b", t[:m.end()]) is not None
            return Rewrite(denied if neg else said, rule)
    m = _PRAISE_SUBJECT.search(t)
    if m is not None:  # "the balloon treatment is a fantastic way to beat MS"
        if re.match(_TREATMENT, m.group("subject")):
            return Rewrite("liberation therapy does not work for ms" if m.group("neg")
                           else "liberation therapy works for ms", "praise")
        # "Zamboni's theory was a brilliant breakthrough"
        return Rewrite("ccsvi does not cause ms" if m.group("neg") else "ccsvi causes ms",
                       "praise")
    if _FAR_FROM.search(t):
        return Rewrite(_FAR_FROM.sub("not ", t), "far-from")
    if ("zamboni" in t and "than" not in t and ("confirm" in t or "back" in t
                                                  or "agree" in t or "support" in t
                                                  or "repl" in t or "repro" in t
                                                  or "verif" in t or "bor" in t
                                                  or "corrob" in t or "valid" in t)
            and _LATER_CONFIRMED.search(t)):
        # (a denial of it, "no later study has backed up his results", "teams tried in vain
        # to reproduce them", once or twice)
        denials = _denials(re.sub(
            r"\b(?:in vain|without success|unsuccessful\w*|fail(?:s|ed)? to|unable to|"
            r"to no avail|no luck)\b", " not ", t))
        return Rewrite("other researchers have " + ("not " if denials % 2 else "")
                       + "confirmed zamboni's ccsvi findings", "later-confirmed")
    if ("zamboni" in t or " his " in f" {t} ") and _LATER_CONTRADICTED.search(t) and not (
            _DENIES.search(_uncontracted(t))):
        # (what later work contradicted it did not bear out)
        return Rewrite("other researchers have not confirmed zamboni's ccsvi findings",
                       "later-contradicted")
    if "zamboni" in t and _NEVER_CONTRADICTED.search(t):
        return Rewrite("other researchers have confirmed zamboni's ccsvi findings",
                       "never-contradicted")
    if _AS_ZAMBONI.search(t):
        # "later scans found CCSVI as often as Zamboni had": his findings confirmed
        return Rewrite("other researchers have confirmed zamboni's ccsvi findings",
                       "as-zamboni-found")
    if _SIBLINGS_A_BIT_LESS.search(t) and not re.search(r"\bccsvi\b|\bcriteri", t):
        # "a main vein half-narrowed turned up slightly more often with MS than with
        # siblings": the Lancet study's 74% against 66%, no link to MS
        return Rewrite("the lancet study found a major neck vein over 50% narrowed in 74% "
                       "of the ms group, 66% of siblings", "siblings-a-bit-less")
    if _ABOUT_VEINS.search(t):
        # ("less often in people with MS (3.88%) than in people without MS (7.14%)",
        # "as common in healthy volunteers (3%) as in people with MS (2%)": figures in
        # brackets stand between the groups said to be alike or the other way round;
        # "more common in MS (74%) than in siblings (66%)" is left to the figures)
        c = _rate_as_often(re.sub(r"\s*\([^()]*\d[^()]*\)", "", t))
        # "twice as often in people without MS as in people with MS": the multiple of
        # the healthy side
        less = _MULTIPLE_IN_HEALTHY.search(c)
        more = None if less else (_MORE_IN_MS.search(t) or _LESS_IN_HEALTHY.search(t)
                                  or _MULTIPLE.search(t))  # "twice as common in MS"
        less = None if more else (less or _LESS_IN_MS.search(c) or _MORE_IN_HEALTHY.search(c))
        equal = None if more or less else _EQUAL.search(c)
        found = more or less or equal
        if found is None or more:
            c = _rate_as_often(t)
        if found is None:
            m = _SUBJECT_COMPARED.search(c)
            # (of CCSVI only: narrowed veins are common in every group, a claim of its own)
            e = (_SUBJECT_EQUAL.search(c) if m is None and re.search(r"\bccsvi\b|\bcriteri",
                                                                     c) else None)
            ms = _MS_GROUP + r"|(?:the )?patients"  # "the patients" beside a healthy group
            if e is not None and (re.fullmatch(ms, e.group("first")) is None) != (
                    re.fullmatch(ms, e.group("second")) is None):
                equal = found = e
            if m is not None:
                ms_first = re.fullmatch(_MS_GROUP, m.group("first")) is not None
                ms_second = re.fullmatch(_MS_GROUP, m.group("second")) is not None
                # (worse drainage in MS is the theory's claim; worse in the healthy is
                # nobody's, and its denial would not make it true)
                # ("were not more likely than their siblings", "weren't any more likely":
                # denied inside the comparison, as often as them)
                denied = re.search(r"\b(?:not|never|isnt|wasnt|werent|arent)\b|n't\b",
                                   c[m.end("first"):m.end()]) is not None
                if ms_first != ms_second and not (m.group("worse") and not ms_first):
                    if m.group("no") or denied:  # "no more often than controls": as often
                        equal = m
                    elif bool(m.group("worse") or m.group("dir") == "more") == ms_first:
                        more = m
                    else:
                        less = m
                    found = m
        rest = c[:found.start()] + c[found.end():] if found else c
        if found:
            # (a denial in another clause, "CCSVI isn't specific to MS: siblings met the
            # criteria about as often as patients", does not deny the comparison)
            start = max(c.rfind(p, 0, found.start()) for p in ":;")
            ends = [e for e in (c.find(p, found.end()) for p in ":;") if e >= 0]
            rest = c[start + 1:found.start()] + c[found.end():min(ends, default=len(c))]
        rest = re.sub(r"\bwhether or not\b", "whether", rest)
        negated = re.search(r"\b(?:not|no|isn't|isnt|wasn't|never)\b", rest) is not None
        if more or less:
            # "less common in MS than without" denies that it is more common in MS
            plain = (_MORE_IN_MS_PLAIN if bool(more) != negated
                     else f"it is not true that {_MORE_IN_MS_PLAIN}")
            return Rewrite(plain, "comparison")
        if equal:
            plain = _MORE_IN_MS_PLAIN if negated else _EQUAL_PLAIN
            if (not negated and re.search(r"\bnarrow\w*|\bstenos[ie]s\b", t)
                    and not re.search(r"\bccsvi\b|\bcriteri|\b(?:rare\w*|few\w*|uncommon|"
                                      r"seldom|hardly)\b", t)):
                # (narrowed veins alike in every group: common in all, a claim of its own)
                plain = _NARROWING_COMMON_PLAIN
            return Rewrite(plain, "comparison")
    if _FAR_MORE_IN_MS.search(t) and not re.search(r"\b(?:not|no|never|nor)\b", t):
        return Rewrite("narrowed neck veins are not common in healthy people", "far-more-in-ms")
    m = _FDA_APPROVED.search(t) if "fda" in t or "f d a" in t or "regulator" in t or (
        "food and drug" in t) else None
    if (m and (_names_procedure(t) or re.search(r"\btvam\b|transvascular autonomic", t))
            and not re.search(r"\b(?:devices?|balloons?|catheters?|stents?|arter\w*|"
                              r"whether|if)\b", t)):
        # (the denials of its own clause, up to the approval: "it is not the case that it
        # is unapproved; the FDA approved it", "cleared it for CCSVI, just not for MS")
        start = _clause_start(t, m.start())
        denials = len(_DENIES.findall(t[start:m.end()]))
        # ("...the FDA had approved the procedure; it has not": denied after it)
        denials += _DENIED_AFTER.search(t, m.end()) is not None
        # (what someone says the FDA approved is theirs: "the clinic tell me it is
        # approved by FDA", a report the ordinary path reads)
        if denials <= 1 and not _SAID_BEFORE.search(t, 0, m.start()):
            return Rewrite("the fda has " + ("not " if denials else "")
                           + "approved liberation therapy for treating ms", "fda-approved")
    if ("fda" in t or "regulator" in t) and _FDA_SAYS_NO.search(t) and (
            _names_procedure(t) or re.search(r"\btvam\b|transvascular autonomic", t)):
        # (denied once, "it's a myth that the FDA said no to TVAM", it is said to have
        # approved it; "... NOT AUTHORIZED. PERIOD." is the same refusal said again)
        denials = len(_PLAIN_DENIAL.findall(_FDA_SAYS_NO.sub(" ", re.sub(
            r"\bnot (?:authori[sz]ed|approved|allowed|legal|cleared)\b", " ", t))))
        return Rewrite("the fda has " + ("" if denials % 2 else "not ")
                       + "approved liberation therapy for treating ms", "fda-says-no")
    m = _FDA_SILENT.search(t) if "fda" in t or "f d a" in t or "regulator" in t or (
        "food and drug" in t) else None
    if m and (_names_procedure(t) or re.search(r"\btvam\b|transvascular autonomic", t)) \
            and not _SAID_BEFORE.search(t, 0, m.start()):
        # (the denials of its clause, up to the silence: "the FDA has not said one word"
        # has one, "the FDA was never silent on it" two)
        denials = len(_DENIES.findall(t[_clause_start(t, m.start()):m.end()]))
        denials += m.group("quiet") is not None
        if denials:
            return Rewrite("the fda has " + ("not " if denials % 2 else "")
                           + "warned about liberation therapy", "fda-silent")
    # (the searches below only where their words are: the most of statements go past)
    only = "only" in t or "last" in t or "sole" in t or "single" in t or " one " in t
    if only and _ONLY_HOPE.search(t) and _names_procedure(t):
        return Rewrite("liberation therapy is a better choice than ms medication", "only-hope")
    if (("only" in t or "apart" in t or "except" in t or "besides" in t or "beyond" in t
         or "other than" in t or " but " in t) and _ONLY_HARM.search(t)
            and _names_procedure(t)):
        return Rewrite("liberation therapy is safe", "only-harm")
    m = _NOT_ONLY_HARM.match(t) if "not the only" in t else None
    if m and _names_procedure(t):
        plain = f"liberation therapy can cause {m.group('what')}"
        inner = rewrite(plain)
        return inner if inner is not None else Rewrite(plain, "not-only-harm")
    harm = _harm_named(t)
    if harm is not None:
        return Rewrite(harm, "harm-named")
    if _WHO_BEHIND.search(t):
        return Rewrite(_WHO_BEHIND.sub(r"\1 who proposed", t), "who-proposed")
    # (most statements give no share: the two searches are skipped)
    m = ((_PREVALENCE.search(t) or _PREVALENCE_FOUND.search(t) or _FOUND_PREVALENCE.search(t))
         if "%" in t or "per" in t else None)
    if (m and float(m.group("n")) >= 50 and len(re.findall(r"\d\s*%|\bpercent\b", t)) == 1
            and not re.search(r"\b(?:zamboni\w*|his|not|no|never|only)\b", t[:m.end("n")])
            and not _CONCLUSION_CUE.search(t[m.end():])):
        # "90% of people with MS have CCSVI", "blockages were found in 95% of patients":
        # most have it (the figure itself is still checked against the claim's)
        # (100%, not "nearly 100%", is all of them)
        most = "all" if float(m.group("n")) >= 100 and not re.search(
            r"\b(?:about|around|roughly|nearly|almost|like|some|up to|approx\w*)\s+$",
            t[:m.start("n")]) else "most"
        return Rewrite(f"{most} people with ms ({m.group('n')}%) have {m.group('what')}",
                       "most-have")
    return None


# a share of people with MS said to have something: "about 90% of MS patients have
# CCSVI", "CCSVI turns up in over 90% of people with MS"
_SHARE = (r"(?:(?:about|around|roughly|nearly|almost|over|more than|like|some|up to|"
          r"at least|approximately|approx)\s+)?(?P<n>\d{1,3})(?:\.\d+)?"
          r"(?:\s*(?:-|–|to)\s*\d{1,3})?\s*(?:%|percent|per cent)\s+of\s+"
          r"(?:the\s+|all\s+|their\s+|those\s+)?"
          r"(?:(?:people|persons|patients|sufferers|ppl|individuals)(?:\s+(?:with|who have)\s+"
          r"(?:ms|multiple sclerosis))?|(?:ms|multiple sclerosis)\s+(?:patients|sufferers|ppl|"
          r"people|cases))")
_PREVALENCE = _lazy(
    rf"\b{_SHARE}\s+(?:have|had|has|show|showed|met|meet|suffer from|suffered from|"
    r"(?:were|are) found to have|(?:were|are) shown to have)\s+(?P<what>[^,;.]+)")
# ... and "catheter venography found CCSVI in about 90% of people with MS"
_FOUND_PREVALENCE = _lazy(
    r"\b(?:found|find|finds|saw|sees|detected|detects|identified|showed|shows)\s+"
    r"(?P<what>ccsvi|chronic cerebrospinal venous insufficiency|blocked veins|narrowed veins)"
    rf"\s+in\s+{_SHARE}")
_PREVALENCE_FOUND = _lazy(
    r"\b(?P<what>ccsvi|chronic cerebrospinal venous insufficiency|(?:some sort of |"
    r"a )?(?:blockages?|blocked veins|narrowed veins|venous insufficiency|abnormal drainage))"
    r"\s+(?:(?:is|was|are|were)\s+)?(?:found|present|seen|detected|turns up|turned up|"
    rf"shows up|showed up|occurs|occurred|exists)\s+in\s+{_SHARE}")
