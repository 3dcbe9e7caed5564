"""Candidate retrieval and scoring of a statement against the claim base.

Everything derived from the claim base (vocabulary, alias table, token weights, the
inverted index) is computed once, in ``Matcher.__init__``; matching a statement is then:

    words -> negation cues -> spelling -> stems -> aliases -> clauses
          -> candidates from the inverted index -> weighted overlap score -> polarity

The score of a claim wording W against a span S of the statement is a recall-leaning
F-measure of their weighted token overlap (weights are inverse claim frequencies, so
"ccsvi" counts for little and "restenosis" for much).  A span must name the topic (a
``topic`` term of the claim base) to match at all: the tool never guesses outside CCSVI
and liberation therapy.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from .claims import Claim, ClaimBase
from .polarity import NEGATIVE_WORDS, NEGATORS, ONE_WORD, WHOLE_CLAUSE, drop_rhetorical_cue, expand
from .text import clause_tokens, iter_words, stem, words

# ordinary words one letter away from a word of the base: never read as its misspelling
# ("Shame, I wanted it to work" is no sham; results "lining up" or "in line" are not
# "linking" or French "lien", a link)
_NOT_TYPOS = frozenset({"shame", "shamed", "shames", "shameful", "line", "lines", "lined",
                        "lining"})
# ordinary words one letter away from a negative word: never read as its misspelling
# ("insurers refuse to cover it" refutes nothing; "locked" is not "lacked")
_NOT_NEGATIVE_TYPOS = frozenset({"refuse", "refused", "refuses", "refusing", "locked",
                                 "licked", "lucked", "lacing", "unclean", "unlined"})
STOPWORDS = frozenset("""
a an the this that these those it its it's they them their there here he she him her his
hers i me my mine we us our you your yours u ur one ones someone anyone people
person folks is are was were be been being am do does did doing done have has had having
will would shall should can could may might must get gets got go goes going
of in on at to for from by with about as into onto over under between through during
after before since until up down out off than then so such very really just also even
still too quite rather pretty much some any both either
other another own same only already yet ever
strongly highly completely absolutely simply
and or but if because while whereas although though however therefore thus
what which who whom whose when where why how whether
say says said tell told read think thinks thought know knows knew believe believes
claim claims claimed hear heard saw see seen seem seems seemed
actually basically literally totally definitely certainly truly honestly clearly
apparently possibly probably perhaps maybe reportedly seemingly arguably conceivably
presumably evidently surely imo imho tbh fwiw
ppl roughly approximately approx smh ngl psa fyi btw idk iirc afaik tho lmao haha bro dude
wild trust bc af fam bruh yall lowkey fr sheeple
guys kinda sorta anyway anyways itself themselves
lol omg wow pls plz please thanks thank yes yeah ok okay hey hi hello
share sharing repost retweet rt via thread post posted posting
want wants wanted like likes liked let lets make makes made
sure true fact facts real really thing things way ways
de del des la le les el il lo los las der das den und et en y e um una uno une
di da con su per tra fra che della delle dei degli nel nella al alla gli un sono
du au aux est dans pour par sur que qui sont ont
es con por para al son
dem des ein eine einen ist sind mit von zu fur dass auch
""".split())
ENGLISH_WORDS = Path(__file__).resolve().parent / "data" / "english_words.txt"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common English words of five letters or more (scripts/build_wordlist.py made the
    file from pyspellchecker's word list), read on first use."""
    return frozenset(line for line in ENGLISH_WORDS.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_DET = "<det>"

OOV_WEIGHT = 1.0      # weight of an input word the claim base never uses
BETA = 1.6            # > 1 favours recall of the claim over extra words in the input
MAX_SPAN_CLAUSES = 3  # spans of up to this many consecutive clauses are scored
MAX_CLAUSES = 12      # beyond this, only single clauses and the whole are scored
MAX_FRAGMENT_WORDS = 2  # statements this short must hold a whole wording
# (0.37, not 0.4: at 0.4, 'tvam', in 37 of 92 claims on 2026-12-05, fell out of the
# weak words with the next claim added without a TVAM wording, and scan's reading of
# "it" with it)
WEAK_CLAIM_SHARE = 0.37  # a word in this share of the claims cannot make a candidate...
WEAK_MIN_CLAIMS = 10    # ...in a base of at least this many claims
MAX_WEAK = 8            # at most this many weak words (the most frequent)
# Bounded caches (memory stays flat however long the input): spelling corrections of
# unknown words, and normalised clauses.  Small enough to fill within the first few
# thousand lines, so that peak memory is reached early and then holds.
CACHE_SIZE = 2048
CLAUSE_CACHE_SIZE = 1024


class Wording(NamedTuple):
    """One wording of a claim (its text or a variant), as the matcher holds it.  (A named
    tuple: the matcher cache unpickles its 1,300 or so in a fifth of a frozen
    dataclass's time, a few ms of every run's start-up.)"""

    claim_index: int
    text: str
    tokens: frozenset[str]
    cues: tuple[frozenset[str], ...]  # the wording's own negation cues (see _Clause)
    weight: float

    @property
    def negated(self) -> bool:
        """The wording, read whole, denies something ("... does not cause problems")."""
        return len(self.cues) % 2 == 1


class Match(NamedTuple):
    """The best match of one claim against a statement."""

    claim: Claim
    score: float
    negated: bool
    wording: str
    # a negation elsewhere in the statement may or may not bear on the claim ("X had
    # abnormal flow, while the healthy ones did not"; "some say X, but it does not"):
    # whether the statement asserts or denies the claim is unclear
    ambiguous: bool = False
    lexical: float = 0.0  # the lexical layer's own score, before fusion
    cues: bool = False  # the statement holds a negation cue somewhere
    # of the statement's weighted words (in the matched span), the share the wording
    # holds: low when the statement says much that the claim does not
    precision: float = 1.0
    span: frozenset[str] = frozenset()  # the symbols of the clauses the claim matched


# "people without MS", "235 controls without": a group named, not a denial (read as
# "healthy people", as the base's wordings are read the same way)
GROUP_NOUNS = frozenset({
    "people", "patients", "persons", "individuals", "those", "adults", "controls",
    "volunteers", "participants", "ones", "subjects", "siblings", "group", "others",
    "ppl", "folks", "men", "women", "relatives", "groups", "anyone", "anybody",
    "someone", "somebody", "everyone", "everybody"})
_WITHOUT_WHAT = (("multiple", "sclerosis"), ("the", "disease"), ("ms",), ("it",))


# "235 people who didn't", "those who do not have MS": the group without MS, named by a
# relative clause whose verb is left out or is "have"
_WHO_NOT = frozenset((who, aux, "not") for who in ("who", "that")
                     for aux in ("do", "did", "does"))
_HAVE = frozenset({"have", "had", "has"})
# what may follow a left-out verb ("people who don't *as* in people who do")
_AFTER_ELIDED = frozenset({"and", "as", "in", "were", "was", "had", "have", "showed", "show",
                           "at", "with", "than", "or", "but", "too", "either", "also"})


def _group_who_not(before: list[str], rest: list[str]) -> int:
    """Tokens of "who did not [have MS]" at the start of ``rest``, or 0 if none (the verb
    left out only just after MS was named: "65 who had MS and 235 who didn't", not "those
    who had angioplasty and those who did not")."""
    if tuple(rest[:3]) not in _WHO_NOT:
        return 0
    after = rest[3:]
    if after[:1] and after[0] in _HAVE:
        what = next((w for w in _WITHOUT_WHAT if tuple(after[1:1 + len(w)]) == w), None)
        return 4 + len(what) if what is not None else 0
    return 3 if ((not after or after[0] in _AFTER_ELIDED)
                 and ("ms" in before[-6:] or "sclerosis" in before[-6:])) else 0


def _groups_without(words_: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words_):
        t = words_[i]
        if (t in ("who", "that") and out and (out[-1] in GROUP_NOUNS or out[-1].isdigit())
                and (used := _group_who_not(out, words_[i:]))):
            out.append("healthy")
            i += used
            continue
        if t == "without" and out and (out[-1] in GROUP_NOUNS or out[-1].isdigit()
                                       or out[-1] in ("pct", "percent")):
            rest = words_[i + 1:]
            what = next((w for w in _WITHOUT_WHAT if tuple(rest[:len(w)]) == w), None)
            if what is not None or not rest:
                out.append("healthy")
                i += 1 + (len(what) if what else 0)
                continue
        out.append(t)
        i += 1
    return out


# a share: "3.88%", "7.1 percent", "4 per cent"
_SHARE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)(?=\s*(?:%|percent\b|per cent\b))")
_TVAM_LETTERS = sorted("tvam")
# the words of a clause that only denies the one before it ("... NOT", "there isn't")
_BARE_DENIAL = frozenset({
    "not", "no", "nope", "nah", "never", "nothing", "there", "it", "that", "this", "is",
    "are", "was", "were", "does", "do", "did", "has", "have", "true", "really", "at", "all",
    "so", "lol", "jk", "just", "kidding", "of", "course", "even", "close", "way",
    # "Hardly.", "Absolutely not.", "Certainly not.", "Not likely.", "Not a chance.",
    # "Not in the slightest." (polarity reads the last two as a plain "not")
    "hardly", "absolutely", "certainly", "definitely", "likely", "remotely", "a", "chance",
    "in", "the", "slightest"})


# who answers "no" to the clause before: "Does it work? The trials say no.", "The answer
# is no.", "Short answer: no." are a bare "no"
_ANSWER_LEAD = frozenset({
    "the", "trials", "trial", "studies", "study", "research", "evidence", "science", "data",
    "experts", "doctors", "answer", "short", "say", "says", "said", "is", "was", "all",
    "clear", "simple", "a", "big", "resounding", "firm", "in", "hard"})


# a clause these open carries on the denial of the clause before it
_OR_EVEN = frozenset({("or", "even"), ("or", "that"), ("or", "any"), ("let", "alone")})


@dataclass
class _Clause:
    tokens: list[str]
    # one entry per negation cue: the content symbols that follow it in the clause
    cues: tuple[frozenset[str], ...] = ()
    # a pronoun comes before the clause's last cue ("but *it* does not"): the clause
    # may speak of something named in another clause
    refers_back: bool = False
    # the clause opens with its only cue ("..., *not* an immune disease"): after another
    # clause, it denies an alternative to what that clause says
    contrast: bool = False
    # distinct content words before aliases joined them ("narrowed neck veins" is 3): a
    # statement of few words must hold a whole wording (see MAX_FRAGMENT_WORDS)
    words: int = 0
    # parallel to ``cues``: the cue denies a noun phrase ("*no* serious risks", "*without*
    # MS") rather than a predicate ("were *never* established")
    nominal: tuple[bool, ...] = ()

    def cues_against(self, wording: frozenset[str]) -> int:
        """The cues of this clause that bear on ``wording``.

        A cue counts when what follows it belongs to the wording ("CCSVI does *not
        cause* MS") or when nothing follows it ("CCSVI causes MS is a *myth*"); a cue
        whose words are all foreign to the wording ("TVAM is safe with *no serious
        risks*") negates something else.
        """
        bearing = [nom for after, nom in zip(self.cues, self.nominal or (False,) * len(
            self.cues), strict=False) if not after or not after.isdisjoint(wording)]
        # "no agreed definition and no accepted standard": denials of several nouns in a
        # row are one denial, not two that cancel ("not true that there is no link" still
        # cancels: there the first denies a predicate)
        # (only denials of nouns next to each other: "no reason to doubt that it found no
        # improvement" holds a predicate's denial between its two)
        return sum(1 for k, nom in enumerate(bearing) if not (nom and k and bearing[k - 1]))


_NOT = "<not>"
_NOT_NOUN = "<no>"
# negators that deny a noun phrase ("no serious risks", "without MS", "zero benefit")
NOMINAL_NEGATORS = frozenset({"no", "without", "zero", "none", "nothing", "lack", "lacks", "lacked",
                              "lacking", "kein", "keine", "keinen", "keinem", "keiner",
                              "keines", "senza", "sans", "sin", "ohne", "aucun", "aucune",
                              "nessun", "nessuna", "nessuno", "ningun", "ninguno",
                              "ninguna"})
# in a wording, what follows these is what the claim is set against
_ALTERNATIVE = re.compile(r"(?i)\b(?:rather than|instead of)\b([^,;.]*)")
_NOT_ALL = "<not-all>"
_NOT_ONE = "<not-one>"  # denies the next word only ("useless", "unsafe")
_BACK_REFERENCES = frozenset({"it", "this", "that", "they", "these", "those", "which",
                              "he", "she"})


_INFLECTIONS = frozenset({"es", "ed", "ing", "ings", "ly", "er", "ers", "est", "ne"})
_TIE = 1e-9  # scores closer than this are equal
# long negative words, which a misspelling ("debunkd") must not turn into a plain word
NEGATIVE_VOCABULARY = sorted(w for w in (*NEGATIVE_WORDS, *NEGATORS) if len(w) >= 6)
# claim index -> (score 0-100, wording index), from the embedding layer
SemanticScores = dict[int, tuple[float, int]]


def _ranked(best: dict[int, tuple[float, int, int, int]], top: int
            ) -> list[tuple[int, tuple[float, int, int, int]]]:
    """The ``top`` best claims of ``best``, best score first; between equal scores, the
    claim that comes first in the base.

    Scores within _TIE are equal: two sums of the same weights in another order can
    differ in their last bits, and that noise must not pick the claim."""
    out = []
    left = dict(best)
    for _ in range(min(top, len(best))):
        hi = max(v[0] for v in left.values()) - _TIE
        ci = min(c for c, v in left.items() if v[0] >= hi)
        out.append((ci, left.pop(ci)))
    return out


class Matcher:
    """Scores statements against a claim base; build once, call ``match`` many times."""

    def __init__(self, base: ClaimBase):
        self.base = base
        self.claims = list(base.claims)
        # 1. spelling vocabulary: every raw word the base uses
        raw_vocab: set[str] = set(STOPWORDS)
        texts = [w for c in self.claims for w in c.wordings]
        texts += ([p for group in base.aliases for p in group] + list(base.topic)
                  + list(base.procedure_harms))
        # how often the base uses each word: of equally near spellings, the commoner word
        # ("liberasion" is "liberation", not the Spanish "liberacion")
        self._uses: dict[str, int] = {}
        for t in texts:
            toks = expand(words(t))[0]
            raw_vocab.update(toks)
            for w in toks:
                self._uses[w] = self._uses.get(w, 0) + 1
        raw_vocab.discard(WHOLE_CLAUSE)
        raw_vocab.discard(ONE_WORD)
        self._vocab = raw_vocab
        self._vocab_list = sorted(raw_vocab)
        self._vocab_by_initial: dict[str, list[str]] = {}
        for v in self._vocab_list:
            self._vocab_by_initial.setdefault(v[0], []).append(v)
        # the shares the base gives with decimals ("3.88%"): a statement's share that
        # rounds one of them ("3.9%", "about 4%") is read as it
        self._shares = sorted({m.group(1) for t in texts for m in _SHARE.finditer(t)
                               if "." in m.group(1)})
        # every word of the base -> its symbols (none for a stop word); other words go
        # through spelling correction, remembered in a bounded cache
        self._known = {v: (() if v in STOPWORDS else (stem(v),)) for v in raw_vocab}
        self._stems = frozenset(s for syms in self._known.values() for s in syms)
        self._make_caches()
        # 2. alias table: stemmed phrase -> canonical symbol
        self._aliases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for group in base.aliases:
            canonical = "_".join(t for t in self._alias_key(group[0]) if t != _DET)
            for phrase in group:
                key = self._alias_key(phrase)
                if key and key != (_DET,):
                    self._aliases.setdefault(key[0], []).append((key, canonical))
        for entries in self._aliases.values():
            entries.sort(key=lambda e: -len(e[0]))
        # a topic term of one symbol names the topic alone; a term of several ("veins
        # restenosis") names it only when all of them are in the statement
        terms = [frozenset(self.symbols(term)) for term in base.topic]
        self._topic = frozenset(t for term in terms if len(term) == 1 for t in term)
        self._topic_sets = tuple(term for term in terms if len(term) > 1)
        # the procedure named by its harms (all the symbols of a term; see names_harms)
        # (a term of stop words only is no term: ``claims validate`` reports it)
        self._harm_sets = tuple(ts for ts in (frozenset(self.symbols(term))
                                              for term in base.procedure_harms) if ts)
        # every stem that can take part in naming the topic, aliases included: a
        # statement with none of them is off topic, and is known to be at the cost of
        # one dictionary lookup a word (most statements a moderator sees are)
        # 3. wordings, weights and the inverted index
        wordings: list[tuple[int, str, frozenset[str], tuple[frozenset[str], ...]]] = []
        df: dict[str, int] = {}
        for ci, c in enumerate(self.claims):
            seen: set[str] = set()
            for text in c.wordings:
                clauses = self._clauses(text)
                toks = frozenset(t for cl in clauses for t in cl.tokens)
                cues = tuple(after for cl in clauses for after in cl.cues)
                wordings.append((ci, text, toks, cues))
                seen |= toks
            for t in seen:
                df[t] = df.get(t, 0) + 1
        n = max(len(self.claims), 1)
        self._weight = {t: math.log(1 + n / d) for t, d in df.items()}
        self.wordings: list[Wording] = []
        # what each claim is set against, from its wordings ("MS is a disease of blocked
        # neck veins *rather than the immune system*"): a statement's "..., not an
        # immune disease" agrees with the claim rather than denying it
        self._alternatives: list[frozenset[str]] = [frozenset()] * len(self.claims)
        self._index: dict[str, list[int]] = {}
        for ci, text, toks, cues in wordings:
            wi = len(self.wordings)
            total = sum(self._weight[t] for t in sorted(toks))  # not in hash order
            self.wordings.append(Wording(ci, text, toks, cues, total))
            m = _ALTERNATIVE.search(text)
            if m:
                self._alternatives[ci] |= frozenset(self.symbols(m.group(1)))
            for t in sorted(toks):
                self._index.setdefault(t, []).append(wi)
        # every stem that can take part in naming the topic, aliases included: a
        # statement with none of them is off topic, and is known to be at the cost of
        # one dictionary lookup a word (most statements a moderator sees are).  Of a
        # term of several words, the rarest is enough to look for ("liberation", not
        # "ms", in "liberation ms").
        self._topic_stems = self._stems_naming(self._topic, self._topic_sets, df)
        # (and of the procedure's harms: the fewest symbols that every term holds one of,
        # a torn vein in the shipped base, so that few statements are read further)
        cover: set[str] = set()
        left = list(self._harm_sets)
        while left:
            counts = Counter(t for ts in left for t in ts)
            best = min(counts, key=lambda t: (-counts[t], df.get(t, 0), t))
            cover.add(best)
            left = [ts for ts in left if best not in ts]
        self._harm_stems = self._stems_naming(frozenset(cover), (), df)
        # ... looked for first by the start of a word (a misspelling keeps it: "rupure"),
        # which costs a regular-expression search, not a read of every word
        starts = sorted({st.rsplit("_", 1)[-1][:3] for st in self._harm_stems})
        self._harm_hint = (re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, starts)) + ")")
                           if starts else None)
        # flat per-wording tables for the hot loop
        self._wtokens = [w.tokens for w in self.wordings]
        self._wclaim = [w.claim_index for w in self.wordings]
        # words in so many claims that they cannot pick a candidate on their own
        weak = sorted((t for t, d in df.items() if d >= WEAK_CLAIM_SHARE * n
                       and n >= WEAK_MIN_CLAIMS), key=lambda t: (-df[t], t))[:MAX_WEAK]
        self._weak = frozenset(weak)
        # weak words as bits: a wording's weak overlap is one AND and one list lookup
        self._weak_bit = {t: 1 << b for b, t in enumerate(weak)}
        self._weak_sum = [sum(self._weight[t] for b, t in enumerate(weak) if m >> b & 1)
                          for m in range(1 << len(weak))]
        self._wmask = [sum(self._weak_bit.get(t, 0) for t in w.tokens) for w in self.wordings]
        self._wden = [BETA * BETA * w.weight for w in self.wordings]
        self._denying = frozenset(w.text for w in self.wordings if w.cues)

    def denies(self, wording: str) -> bool:
        """The wording ``wording`` (a claim's text or variant) holds a negation cue."""
        return wording in self._denying

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        for cache in ("_correct", "_oov", "_clause", "_negative"):  # per-process caches
            del state[cache]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._make_caches()

    def _make_caches(self) -> None:
        self._correct = lru_cache(maxsize=CACHE_SIZE)(self._correct_uncached)
        self._oov = lru_cache(maxsize=CACHE_SIZE)(self._oov_uncached)
        self._negative = lru_cache(maxsize=CACHE_SIZE)(self._negative_uncached)
        # clauses repeat (copied posts, "lol", "smh"): a bounded cache of normalised ones
        self._clause = lru_cache(maxsize=CLAUSE_CACHE_SIZE)(self._normalise)

    # ------------------------------------------------------------------ normalising

    def _correct_uncached(self, tok: str) -> tuple[str, ...]:
        """Spelling: an unknown word -> the nearest word of the base, or a split of it."""
        if sorted(tok) == _TVAM_LETTERS:  # "tvma", "tavm": its letters swapped
            return ("tvam",)
        if len(tok) == 4 and tok.isalpha():
            # a short word only with two letters swapped ("vien" for "vein"): another edit
            # of four letters is too often another word
            swapped = [v for v in self._vocab_by_initial.get(tok[0], ())
                       if len(v) == 4 and sorted(v) == sorted(tok)
                       and DamerauLevenshtein.distance(tok, v) == 1]
            return (max(swapped, key=lambda v: (self._uses.get(v, 0), v)),) if swapped else (tok,)
        if len(tok) < 5 or not tok.isalpha():
            return (tok,)
        near = process.extract(tok, self._vocab_by_initial.get(tok[0], ()),
                               scorer=DamerauLevenshtein.distance,
                               score_cutoff=2 if len(tok) >= 8 else 1, limit=8)
        # of equally near words, the one sharing most letters in order ("venus" is
        # "venous" rather than Spanish "venas")
        # (the base's use decides between words one edit away only: two edits from a
        # common word of the base is as often another English word, "standing")
        best = (min(near, key=lambda c: (c[1], -fuzz.ratio(tok, c[0]),
                                         -self._uses.get(c[0], 0) if c[1] <= 1 else 0, c[0]))
                if near else None)
        # another first letter only in a long word: a short one is more often another
        # word ("reading" is not "leading")
        if best is None and len(tok) >= 8:
            best = process.extractOne(tok, self._vocab_list,
                                      scorer=DamerauLevenshtein.distance, score_cutoff=1)
        if best is None and len(tok) >= 9:  # "liberashun": a long word, sounded out
            near = process.extract(tok, self._vocab_by_initial.get(tok[0], ()),
                                   scorer=DamerauLevenshtein.distance, score_cutoff=3,
                                   limit=8)
            if near:  # of equally near words, the one sharing most letters in order
                best = max(near, key=lambda c: (-c[1], fuzz.ratio(tok, c[0]), c[0]))
        if (best is not None and best[1] >= 2 and not tok.startswith(best[0])
                and tok in english_words()):
            # a common English word is no misspelling two edits or more from a word of
            # the base: "extensive" is not "exclusive", "conceded" not "concluded" (one
            # edit away, "brian" and "venus" are still "brain" and "venous")
            return (tok,)
        if best is not None:
            if (tok.startswith(best[0]) and len(tok) - len(best[0]) >= 2
                    and tok[len(best[0]):] not in _INFLECTIONS):
                # a word the base's word begins, with more than an inflection after it,
                # is another word made from it, not a misspelling: "original" is not
                # "origin"
                return (tok,)
            return (best[0],)
        if len(tok) >= 7:  # hashtags: "liberationtherapy" -> "liberation therapy"
            for i in range(3, len(tok) - 2):
                left, right = tok[:i], tok[i:]
                if left in self._vocab and right in self._vocab:
                    return (left, right)
        return (tok,)

    def unrounded(self, text: str) -> str:
        """``text`` with each share that rounds one the base gives with decimals, and no
        other, written as the base gives it ("about 4%" -> "3.88%")."""
        if not self._shares or ("%" not in text and "percent" not in text
                                and "per cent" not in text):
            return text
        return _SHARE.sub(self._unrounded, text)

    def _unrounded(self, m: re.Match[str]) -> str:
        """A share as the base gives it, when it is that share rounded and no other."""
        said = m.group(1)
        places = len(said.partition(".")[2])
        half = 0.5 * 10 ** -places + 1e-9
        near = [v for v in self._shares if len(v.partition(".")[2]) > places
                and abs(float(v) - float(said)) <= half]
        if said in self._shares or len(near) != 1:
            return m.group(0)
        return near[0] + m.group(0)[len(said):]

    def respell(self, word: str) -> str | None:
        """The base's word(s) a misspelt lower-case ``word`` stands for, or None when the
        base uses it or knows nothing near it."""
        if word in self._vocab or word in _NOT_TYPOS:
            return None
        fixed = self._correct(word)
        if fixed == (word,) or (len(fixed) == 1
                                and DamerauLevenshtein.distance(word, fixed[0]) > 2):
            return None  # (a word sounded out, "liberashun", is left to the word layer)
        return " ".join(fixed)

    def _negative_uncached(self, tok: str) -> str:
        """``tok``, or the negative word it misspells (one edit away)."""
        if tok in _NOT_NEGATIVE_TYPOS:
            return tok
        best = process.extractOne(tok, NEGATIVE_VOCABULARY, scorer=DamerauLevenshtein.distance,
                                  score_cutoff=1)
        # a typo seldom changes the first letter: "hailed as a breakthrough" and "nailed
        # it" are not "failed"
        return best[0] if best is not None and best[0][0] == tok[0] else tok

    def _oov_uncached(self, tok: str) -> tuple[str, ...]:
        """The symbols of a word the base never uses: another form of a word it uses
        ("inflated" for "inflates"), else spelling-corrected, and stemmed."""
        if tok in _NOT_TYPOS:  # (nor as another form of it: "shame" is no "sham")
            return (tok,)
        s = stem(tok)
        if s in self._stems:
            return (s,)
        return tuple(stem(c) for c in self._correct(tok) if c not in STOPWORDS)

    def _alias_key(self, phrase: str) -> tuple[str, ...]:
        """An alias phrase as the matcher sees it; a leading determiner is kept."""
        toks, _ = expand(words(phrase))
        key = [_DET if i == 0 and t in DETERMINERS else stem(t)
               for i, t in enumerate(toks) if t not in STOPWORDS or (i == 0 and t in DETERMINERS)]
        return tuple(key)

    def symbols(self, text: str) -> list[str]:
        """Content symbols of a short phrase (aliases applied; none for stop words)."""
        return [t for cl in self._clauses(text) for t in cl.tokens]

    def _normalise(self, words_: tuple[str, ...], question: bool = False) -> _Clause:
        known = self._known
        # a misspelt negative word ("debunkd", "disproved") is still a negation
        words_list = [t if t in known or len(t) < 6 or not t.isalpha()
                      else self._negative(t) for t in words_]
        if "without" in words_list or "not" in words_list:
            words_list = _groups_without(words_list)
        if "than" in words_list:
            # "narrowing of more than 50 percent": a quantity, not "more common"
            words_list = [t for k, t in enumerate(words_list)
                          if not (t in ("more", "less", "fewer") and k + 2 < len(words_list)
                                  and words_list[k + 1] == "than"
                                  and words_list[k + 2][:1].isdigit())]
        if "called" in words_list:
            # "this so-called liberation procedure": scare quotes, nobody "called" it so
            words_list = [t for k, t in enumerate(words_list)
                          if not (t == "called" and k and words_list[k - 1] == "so")]
        if "all" in words_list:
            # "not vaguely defined at all", "isn't keen on it at all": emphasis, not "all"
            # of anyone
            words_list = [t for k, t in enumerate(words_list)
                          if not (t == "all" and k and words_list[k - 1] == "at")]
        toks, cues = expand(words_list)
        cues = drop_rhetorical_cue(toks, cues, question)
        seq: list[str] = []
        oov = self._oov
        for t, cue in zip(toks, cues, strict=False):
            if cue:
                seq.append(_NOT_ALL if t == WHOLE_CLAUSE else _NOT_ONE if t == ONE_WORD else
                           _NOT_NOUN if t in NOMINAL_NEGATORS else _NOT)
            elif t in DETERMINERS:
                seq.append(_DET)
            else:
                syms = known.get(t)
                seq.extend(oov(t) if syms is None else syms)
        words = len(set(seq) - {_DET, _NOT, _NOT_ALL, _NOT_ONE})
        seq = self._apply_aliases(seq)
        if (_NOT not in seq and _NOT_ALL not in seq and _NOT_NOUN not in seq
                and _NOT_ONE not in seq):
            return _Clause(seq, words=words)
        tokens: list[str] = []
        marks: list[int] = []  # for each cue, how many tokens came before it
        ends: list[int | None] = []  # and where its scope ends (None: the clause's end)
        nominal: list[bool] = []
        for t in seq:
            if t in (_NOT, _NOT_NOUN, _NOT_ONE):
                marks.append(len(tokens))
                ends.append(len(tokens) + 1 if t == _NOT_ONE else None)
                nominal.append(t in (_NOT_NOUN, _NOT_ONE))
            elif t == _NOT_ALL:
                marks.append(0)  # bears on the whole clause
                ends.append(None)
                nominal.append(False)
            else:
                tokens.append(t)
        last_cue = max(k for k, c in enumerate(cues) if c)
        refers_back = not _BACK_REFERENCES.isdisjoint(toks[:last_cue])
        contrast = seq[0] in (_NOT, _NOT_NOUN) and len(marks) == 1
        return _Clause(tokens, tuple(frozenset(tokens[m:e]) for m, e in zip(marks, ends,
                                                                               strict=True)),
                       refers_back, contrast, words, tuple(nominal))

    def _alias_at(self, seq: list[str], i: int) -> tuple[int, str] | None:
        """The longest alias starting at ``seq[i]``: (tokens consumed, canonical)."""
        for key, canonical in self._aliases.get(seq[i], ()):
            j = i
            for k in key:
                while j < len(seq) and seq[j] == _DET and k != _DET:
                    j += 1
                if j >= len(seq) or seq[j] != k:
                    break
                j += 1
            else:
                return j - i, canonical
        return None

    def _apply_aliases(self, seq: list[str]) -> list[str]:
        out: list[str] = []
        aliases = self._aliases
        i = 0
        while i < len(seq):
            if seq[i] not in aliases:
                if seq[i] != _DET:
                    out.append(seq[i])
                i += 1
                continue
            hit = self._alias_at(seq, i)
            if hit is None:
                if seq[i] != _DET:
                    out.append(seq[i])
                i += 1
                continue
            used, canonical = hit
            if not out or out[-1] != canonical:
                out.append(canonical)
            i += used
        return out

    def _clauses(self, raw: str) -> list[_Clause]:
        return self._build_clauses(clause_tokens(raw), raw.rstrip().endswith("?"))

    def _build_clauses(self, groups: list[list[str]], question: bool) -> list[_Clause]:
        """Normalised clauses; ``question``: the text ends with a question mark (the
        rhetorical-question rule then applies to its last clause)."""
        last = len(groups) - 1
        parts = [(tuple(g), question and n == last) for n, g in enumerate(groups)]
        out: list[_Clause] = []
        answered = False  # the clause before was a bare "no" / "nope" / "nah"
        for p, q in parts:
            if len(p) > 1 and p[-1] in ("no", "nope") and _ANSWER_LEAD.issuperset(p[:-1]):
                p = (p[-1],)
            elif "answer" in p and _ANSWER_LEAD.issuperset(p):
                continue  # "Short answer: no.": the answer is the clause after
            if p[:2] in _OR_EVEN and out and out[-1].cues:
                # "a lack of evidence on its safety, or even that there is any link": the
                # denial goes on into the clause "or even" opens
                p = ("not", *p)
            cl = self._clause(p, q)
            if (not cl.tokens and cl.cues and out and p[:2] != ("do", "not")
                    and _BARE_DENIAL.issuperset(p)):
                # "CCSVI causes MS... NOT", "there is a standard. there isn't": a bare
                # denial denies the clause before it (an order to the reader, "... don't
                # do it", and a doubt, "though nobody is sure", deny nothing)
                if answered:
                    # "No, it does not.": the answer and the denial after it are one
                    answered = False
                    continue
                answered = p in (("no",), ("nope",), ("nah",))
                prev = out[-1]
                # (the clause before keeps its word count and the kind of its own cues)
                cl = replace(prev, cues=prev.cues + tuple(frozenset() for _ in cl.cues),
                             nominal=prev.nominal + (False,) * len(cl.cues))
                out[-1] = cl
                continue
            answered = False
            out.append(cl)
        return out

    # ------------------------------------------------------------------ matching

    def _stems_naming(self, singles: frozenset[str], sets: tuple[frozenset[str], ...],
                      df: dict[str, int]) -> frozenset[str]:
        """The stems to look for in a statement that may hold one of the terms
        (``singles``, of one symbol, and ``sets``, of several)."""
        named = set(singles)
        named.update(min(ts, key=lambda t: (df.get(t, 0), t)) for ts in sets)
        # an alias needs all its words: one of each is enough to look for, the one
        # already looked for if any ("zamboni" in "doctor zamboni"), else its last
        # ("vein" in "open neck veins"), not "doctor", "open" or "treatment"
        keys = [tuple(k for k in key if k != _DET) for entries in self._aliases.values()
                for key, canonical in entries if canonical in named]
        stems = set(named) | {key[0] for key in keys if len(key) == 1}
        stems |= {key[-1] for key in keys if len(key) > 1 and stems.isdisjoint(key)}
        return frozenset(stems)

    def may_name_topic(self, text: str) -> bool:
        """False when no word of ``text`` can be part of a name of the topic."""
        return self._names_topic_maybe(iter_words(text))

    def _names_topic_maybe(self, tokens: Iterable[str],
                           stems: frozenset[str] | None = None) -> bool:
        known, oov = self._known, self._oov
        stems = self._topic_stems if stems is None else stems
        for t in tokens:
            syms = known.get(t)
            if syms is None:
                syms = oov(t)
            for sym in syms:
                if sym in stems:
                    return True
        return False

    def mentions_topic(self, text: str) -> bool:
        """Does ``text`` name the topic (CCSVI, liberation therapy, ...)?"""
        if not self.may_name_topic(text):
            return False
        toks = frozenset(t for c in self._clauses(text) for t in c.tokens)
        return not toks.isdisjoint(self._topic) or any(ts <= toks for ts in self._topic_sets)

    def names_harms(self, text: str) -> bool:
        """Does ``text`` speak of the procedure by its harms (a ``procedure_harms`` term of
        the base: "clots, infection and a torn vein")?"""
        if (self._harm_hint is None or self._harm_hint.search(text) is None
                or not self._names_topic_maybe(iter_words(text), self._harm_stems)):
            return False
        toks = frozenset(t for c in self._clauses(text) for t in c.tokens)
        return any(ts <= toks for ts in self._harm_sets)

    def _names_topic(self, clauses: list[_Clause]) -> bool:
        """Some clause names the topic: the embedding layer, which reads no names, is
        asked only then ("Bee venom therapy cures MS" is near "liberation therapy cures
        MS" in its space)."""
        toks = frozenset().union(*(cl.tokens for cl in clauses))
        return not toks.isdisjoint(self._topic) or any(ts <= toks for ts in self._topic_sets)

    def _score_spans(self, clauses: list[_Clause], on_topic: bool = False
                     ) -> dict[int, tuple[float, int, int, int]]:
        """For each claim with a candidate wording: (score, wording, span start, end)."""
        k = len(clauses)
        width = MAX_SPAN_CLAUSES if k <= MAX_CLAUSES else 1
        spans = [(i, j) for i in range(k) for j in range(i + 1, min(k, i + width) + 1)]
        if (0, k) not in spans:
            spans.append((0, k))
        sets = [frozenset(c.tokens) for c in clauses]
        nwords = [c.words for c in clauses]
        topic, topic_sets = self._topic, self._topic_sets
        weak_bit, weak_sum = self._weak_bit, self._weak_sum
        weight, index = self._weight, self._index
        wtokens, wmask, wclaim, wden = self._wtokens, self._wmask, self._wclaim, self._wden
        gain = 100.0 * (1 + BETA * BETA)
        best: dict[int, tuple[float, int, int, int]] = {}
        for i, j in spans:
            toks = sets[i] if j == i + 1 else frozenset().union(*sets[i:j])
            if (not on_topic and toks.isdisjoint(topic)
                    and not any(ts <= toks for ts in topic_sets)):
                continue
            # candidates come from the selective words only: near-ubiquitous words
            # ("ccsvi", "ms") add to a candidate's overlap but never make one
            acc: dict[int, float] = {}
            acc_get = acc.get
            span_mask = 0
            span_weight = 0.0
            for t in sorted(toks):
                w = weight.get(t)
                if w is None:
                    span_weight += OOV_WEIGHT
                    continue
                span_weight += w
                bit = weak_bit.get(t)
                if bit is not None:
                    span_mask |= bit
                    continue
                for wi in index[t]:
                    acc[wi] = acc_get(wi, 0.0) + w
            # two words or fewer ("ccsvi-check") are a claim only when they hold all of
            # a wording's selective words ("Is TVAM safe?", "TVAM does not work")
            fragment = (toks | self._weak if sum(nwords[i:j]) <= MAX_FRAGMENT_WORDS
                        else None)
            # F-beta of precision o/S and recall o/W is (1 + b2) o / (b2 W + S)
            for wi, overlap in acc.items():
                if fragment is not None and not wtokens[wi] <= fragment:
                    continue
                if span_mask:
                    overlap += weak_sum[wmask[wi] & span_mask]
                score = gain * overlap / (wden[wi] + span_weight)
                ci = wclaim[wi]
                prev = best.get(ci)
                if prev is None or score > prev[0]:
                    best[ci] = (score, wi, i, j)
        return best

    def _ambiguous(self, clauses: list[_Clause], i: int, j: int,
                   wording: frozenset[str]) -> bool:
        """A negation outside the clause that carries the claim, which the polarity
        rules cannot attach: one with nothing after it in a clause that speaks of the
        claim's words or refers back to them ("..., while the healthy ones did not";
        "..., but it does not"); inside the matched span, one whose words are foreign
        to the claim; outside it, one that denies something of the topic the claim
        does not name ("approved for arteries, not for neck veins")."""
        if not any(cl.cues for cl in clauses):
            return False
        main = max(range(i, j), key=lambda k: len(wording.intersection(clauses[k].tokens)))
        for k, cl in enumerate(clauses):
            if k == main or (len(cl.cues) % 2 == 0 and not any(cl.cues)):
                # ("CCSVI is *not* a *myth*; it causes MS": two denials cancel)
                continue
            for after in cl.cues:
                if not after:
                    if cl.refers_back or not wording.isdisjoint(cl.tokens):
                        return True
                elif after.isdisjoint(wording) and (
                        i <= k < j or not after.isdisjoint(self._topic)):
                    if (i <= k < j and k < main
                            and (wording.intersection(cl.tokens) - _WHO) <= self._topic):
                        # "the surgery for CCSVI is not beneficial, and can cause clots":
                        # a clause before the claim's own that shares only its subject
                        # denies its own predicate
                        continue
                    return True
        return False

    def _denies_elsewhere(self, span: list[_Clause], wording: frozenset[str]) -> bool:
        """In the clause that carries the claim, a predicate denied that the wording does
        not hold ("the criteria were *never established*" against "there are clear
        criteria"): the statement may deny the claim in words the base lacks, so whether
        it asserts or denies it is unclear.  A denied noun phrase ("safe with *no*
        serious risks") is a detail, and is left alone; so is a denial against a wording
        that denies something itself ("it does *not hurt* you" against "it does *no*
        harm"): the two denials are taken to be the same."""
        main = max(span, key=lambda cl: len(wording.intersection(cl.tokens)))
        return any(after and not nominal and after.isdisjoint(wording)
                   and not after <= self._weak
                   for after, nominal in zip(main.cues, main.nominal, strict=False))

    def _precision(self, span: list[_Clause], wording: frozenset[str]) -> float:
        toks = frozenset().union(*(cl.tokens for cl in span))
        weight = self._weight
        total = sum(weight.get(t, OOV_WEIGHT) for t in toks)
        if not total:
            return 0.0
        return round(sum(weight.get(t, OOV_WEIGHT) for t in toks & wording) / total, 3)

    def match(self, text: str, top: int = 1, on_topic: bool = False,
              semantic: SemanticScores | Callable[[], SemanticScores] | None = None,
              trust: float = 60.0, exclude: frozenset[str] = frozenset()) -> list[Match]:
        """The ``top`` best-scoring claims for ``text``, best first (may be empty).

        ``on_topic``: the context has named the topic already ("The FDA warned about
        TVAM. *It* is not authorized..."), so ``text`` need not name it itself.
        ``semantic``: claim index -> (score 0-100, wording index) from the embedding
        layer, or a function that returns them, called only when no lexical match
        reaches ``trust`` (see ``fuse``).  ``exclude``: ids of claims left out of both
        layers (a claim a rule has set aside, so that the others compete without it).  Ties are
        broken by the claims' order in the base, so results never depend on hashing.
        """
        text = self.unrounded(text)
        groups = clause_tokens(text)  # cleaned first: links go before clauses are cut
        if not on_topic and not self._names_topic_maybe(chain.from_iterable(groups)):
            return []
        clauses = [c for c in self._build_clauses(groups, text.rstrip().endswith("?"))
                   if c.tokens]
        if not clauses:
            return []
        best = self._score_spans(clauses, on_topic)
        if exclude:
            best = {ci: v for ci, v in best.items() if self.claims[ci].id not in exclude}
        lexical = {ci: v[0] for ci, v in best.items()}
        # a fragment ("CCSVI.", "#tvam") is a claim only when it holds a whole wording:
        # the embedding layer, which would find it near every claim, is not asked
        if (semantic is not None and sum(c.words for c in clauses) > MAX_FRAGMENT_WORDS
                and max((v[0] for v in best.values()), default=0.0) < trust - _TIE
                and (on_topic or self._names_topic(clauses))):
            if callable(semantic):
                semantic = semantic()
            if semantic and exclude:
                semantic = {ci: v for ci, v in semantic.items()
                            if self.claims[ci].id not in exclude}
            if semantic:
                best = fuse(best, semantic, trust, len(clauses))
        if on_topic and best and not self._names_topic(clauses):
            # "It keeps getting buried" after a sentence on CCSVI: a statement that names
            # the topic only through its context must hold at least half of a wording's
            # selective words ("keeps" alone is not "liberation therapy keeps the neck
            # veins open"; "it does not cure MS" holds all of "liberation therapy cures MS")
            def holds_half(v: tuple[float, int, int, int]) -> bool:
                selective = self.wordings[v[1]].tokens - self._weak
                said = frozenset().union(*(c.tokens for c in clauses[v[2]:v[3]]))
                return 2 * len(selective & said) >= len(selective)
            best = {ci: v for ci, v in best.items() if holds_half(v)}
        if not best:
            return []
        ranked = _ranked(best, top)
        out: list[Match] = []
        any_cues = any(cl.cues for cl in clauses)
        for ci, (score, wi, i, j) in ranked:
            wording = self.wordings[wi]
            precision = self._precision(clauses[i:j], wording.tokens)
            span_symbols = frozenset().union(*(cl.tokens for cl in clauses[i:j]))
            # "you might catch an infection from it" against "it is safe": the harm
            # denies the safety, and a harm denied ("nobody has died after it") asserts it
            harm = _harm_against_safe(clauses[i:j], span_symbols, wording)
            if harm is not None:
                out.append(Match(self.claims[ci], round(score, 1), harm, wording.text,
                                 False, round(lexical.get(ci, 0.0), 1), any_cues, precision,
                                 span_symbols))
                continue
            # "CCSVI is common in MS" said against "CCSVI is rare in MS": the scales
            # oppose, which is a denial the words do not carry
            flip = _opposite_scales(span_symbols, wording.tokens)
            if not any_cues and not wording.cues:  # most statements: nothing to weigh
                out.append(Match(self.claims[ci], round(score, 1), flip, wording.text,
                                 False, round(lexical.get(ci, 0.0), 1), False, precision,
                                 span_symbols))
                continue
            span = clauses[i:j]
            # two denials cancel inside a clause ("it is not true that it does not"), not
            # across clauses: "don't put off your MS meds, nobody can regrow myelin" denies
            # twice, each clause once
            said = any((0 if _conceded(span, k - i, wording.tokens, self._topic)
                        or _denial_goes_on(span, k - i, wording.tokens)
                        else cl.cues_against(wording.tokens)) % 2 for k, cl in enumerate(span, i)
                       if not wording.tokens.isdisjoint(cl.tokens)
                       and not (k and cl.contrast and not (cl.cues[0] - self._weak)
                                .isdisjoint(self._alternatives[ci])))
            # the wording's own cues count only where the statement speaks of what they
            # deny: "X is present from birth" does not deny "X is present from birth and
            # does not cause problems"
            toks = frozenset().union(*(cl.tokens for cl in span))
            # ... or where a denial of the statement has nothing after it: "neurologists
            # recommend against it" speaks of what "recommend against X" denies
            # (a clause that shares no word with the wording is about something else:
            # "first veins, then iron, now nothing: the idea is dead")
            bare = any(not after for cl in span
                       if not wording.tokens.isdisjoint(cl.tokens) for after in cl.cues)
            meant = sum(1 for after in wording.cues
                        if bare or not after or not after.isdisjoint(toks))
            negated = (said + meant + flip) % 2 == 1
            out.append(Match(self.claims[ci], round(score, 1), negated, wording.text,
                             self._ambiguous(clauses, i, j, wording.tokens)
                             or (not wording.cues
                                 and self._denies_elsewhere(span, wording.tokens)),
                             round(lexical.get(ci, 0.0), 1), any_cues, precision,
                             span_symbols))
        return out


# who a claim speaks of, rather than what it says of them
_WHO = frozenset({"ms", "patient", "healthi"})


# how many or how often: a statement on one side said against a wording on the other
# (as the matcher's symbols hold them: the stems of the alias groups' first words)
_HIGH = frozenset(stem(w) for w in ("common", "most"))
_LOW = frozenset(stem(w) for w in ("rare", "few"))


def _opposite_scales(said: frozenset[str], wording: frozenset[str]) -> bool:
    """The statement says "common" or "most" where the wording says "rare" or "few", or
    the other way round (and neither says both)."""
    s_high, s_low = not said.isdisjoint(_HIGH), not said.isdisjoint(_LOW)
    w_high, w_low = not wording.isdisjoint(_HIGH), not wording.isdisjoint(_LOW)
    return (s_high != s_low and w_high != w_low) and s_high != w_high


# safe, against the harms that deny it (as the matcher's symbols hold them: the stems of
# the first words of the claim base's alias groups, joined by "_")
_SAFE = frozenset({stem("safe")})
_HARMS = frozenset("_".join(stem(w) for w in group.split()) for group in (
    "dangerous", "infection", "vein rupture", "abnormal heartbeat", "died"))


def _harm_against_safe(span: list[_Clause], said: frozenset[str],
                       wording: Wording) -> bool | None:
    """Where the wording says the procedure is safe and names no harm, and the statement
    names a harm and not safety: whether it denies the safety (the harm asserted: "you
    might catch an infection from it") or asserts it (every harm it names denied:
    "nobody has died after it").  None when the rule does not apply."""
    if (wording.cues or wording.tokens.isdisjoint(_SAFE) or not wording.tokens.isdisjoint(_HARMS)
            or not said.isdisjoint(_SAFE) or said.isdisjoint(_HARMS)):
        return None
    cues = [after for cl in span for after in cl.cues]
    if len(cues) > 1:
        return None  # two denials or more: left to the parity of the cues
    return not (cues and not (said & _HARMS).isdisjoint(cues[0]))


def _denial_goes_on(span: list[_Clause], k: int, wording: frozenset[str]) -> bool:
    """Clause ``k`` opens with its only denial right after a clause that denies the claim
    too: "there is no evidence that X, and no good evidence that Y", "X has not been
    established; nor has the FDA approved Y" deny twice, they do not cancel."""
    cl = span[k]
    if not k or not cl.contrast:
        return False
    before = span[k - 1]
    return before.cues_against(wording) % 2 == 1 and not before.contrast


def _conceded(span: list[_Clause], k: int, wording: frozenset[str],
              topic: frozenset[str] | set[str]) -> bool:
    """Clause ``k``'s negation is a concession that a later clause of the span answers:
    in "liberation therapy is *unproven*, but it is safe", the denial bears on the first
    clause's own predicate, while the claim's predicate ("safe") comes, undenied, in a
    later clause.  The denial may share only the topic's words (the subject) with the
    claim: "there is no evidence that blood backs up, because of CCSVI" denies the
    claim's own words."""
    cl = span[k]
    # (a predicate's denial may also share who the claim speaks of: "the treatments did
    # not reduce MS symptoms, and might make relapses worse"; a noun's may not: "with or
    # without MS" is the claim's own)
    nominal = cl.nominal or (False,) * len(cl.cues)
    if not cl.cues or any(not (after & wording) - (frozenset() if nom else _WHO) <= topic
                          for after, nom in zip(cl.cues, nominal, strict=False)):
        return False
    own = wording.intersection(cl.tokens)
    # what the later clause adds must be a predicate, not the topic or who has it ("...
    # almost never have narrowed neck veins, only MS patients do"); its own denial, if
    # any, is counted where it stands ("unproven, so neurologists advise against it")
    return any(wording.intersection(later.tokens) - own - topic - _WHO
               for later in span[k + 1:])


# How much the semantic score adds to a trusted lexical match (at most), to break
# near-ties between claims the lexical layer scores alike.
SEMANTIC_BONUS = 5.0
# How much the lexical score adds below trust, where the semantic one leads.
LEXICAL_TIEBREAK = 0.02


def fuse(lexical: dict[int, tuple[float, int, int, int]],
         semantic: dict[int, tuple[float, int]], trust: float, clauses: int
         ) -> dict[int, tuple[float, int, int, int]]:
    """One candidate list from the lexical and the semantic layer.

    The lexical layer reads words (more/fewer, veins/arteries) that a static embedding
    blurs, so a lexical match of at least ``trust`` leads: the semantic score only
    breaks near-ties between claims.  Below that, the layer that scores a claim higher
    gives its score; the wording and span that polarity is read against stay the
    lexical layer's where it has one (the whole statement otherwise).
    """
    top = max((v[0] for v in lexical.values()), default=0.0)
    out: dict[int, tuple[float, int, int, int]] = {}
    if top >= trust - _TIE:
        for ci, (score, wi, i, j) in lexical.items():
            sem = semantic.get(ci, (0.0, 0))[0]
            if score < 100.0:
                score = min(99.0, score + SEMANTIC_BONUS * sem / 100.0)
            out[ci] = (score, wi, i, j)
        return out
    for ci in set(lexical) | set(semantic):
        lex = lexical.get(ci)
        sem = semantic.get(ci)
        lex_score = lex[0] if lex else 0.0
        # the stronger layer's score; between claims the embedding finds alike, the words
        # decide
        score = min(99.0, max(lex_score, sem[0] if sem else 0.0) + LEXICAL_TIEBREAK * lex_score)
        if lex is not None:
            out[ci] = (score, *lex[1:])
        else:
            assert sem is not None
            out[ci] = (score, sem[1], 0, clauses)
    return out
