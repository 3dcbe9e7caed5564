"""Text normalisation: what people type -> a clean sequence of word tokens.

Pure functions, no I/O.  The same pipeline runs over the claim base's wordings and over
user input, so whatever it does (case folding, look-alike letters, light stemming) is
applied identically on both sides and only has to be consistent, not linguistically
perfect.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any


class LazyPattern:
    """A regular expression compiled on first use: the rules' patterns are large, and
    compiling them all costs a one-statement run a quarter of its start-up time, while
    most statements need few of them (each rule looks for a cheap cue first)."""

    __slots__ = ("_args", "_re")

    def __init__(self, *args: object) -> None:
        self._args = args
        self._re: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._re is None:
            self._re = re.compile(*self._args)  # type: ignore[arg-type]
        return self._re

    def search(self, text: str) -> re.Match[str] | None:
        return self._get().search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self._get().match(text)

    def sub(self, repl: str, text: str) -> str:
        return self._get().sub(repl, text)

    def findall(self, text: str) -> list[Any]:
        return self._get().findall(text)


# Longest text we try to match.  Longer input is still echoed back whole; only its
# first MAX_MATCH_CHARS characters are looked at (a "statement" longer than this is a
# document: use `scan`).
MAX_MATCH_CHARS = 10_000

# Latin look-alikes from Cyrillic and Greek that NFKC leaves alone (homoglyph spam).
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "к": "k", "м": "m", "т": "t",
        "в": "b", "н": "h", "ӏ": "l", "ο": "o", "α": "a", "ν": "v", "ι": "i", "κ": "k",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ε": "e", "ѵ": "v", "ℓ": "l",
        "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p",
        "С": "c", "Т": "t", "Х": "x", "У": "y", "І": "i", "Ј": "j", "Ѕ": "s",
        "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m",
        "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
    }
)

# combining marks (accents) left apart by NFKD: "sclérose" -> "sclerose"
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# symbols that stand for words in posts: "MS ≠ a vein disease", "neck veins → MS? ❌"
_SYMBOLS = str.maketrans({
    "\u2260": " is not ", "\u2192": " leads to ", "\u27a1": " leads to ",
})
# a cross mark says "no" where it answers ("X? ❌") or opens ("❌ X"); elsewhere, after
# a sentence that says "not" already, it is emphasis
_CROSS = "\u274c\U0001f6ab\u26d4\u2716"
_CROSS_ANSWER = re.compile(rf"(?:(?<=\?)|^)\s*[{_CROSS}]+")
_CROSS_OTHER = re.compile(rf"[{_CROSS}]+")
# letters typed apart: "C C S V I", "m s"
_SPACED = re.compile(r"\b[a-z](?: [a-z]\b){2,}|\bm s\b")
# letter-dotted acronyms: "C.C.S.V.I." -> "CCSVI", "U.S." -> "US"
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}(?:[A-Za-z](?![\w.]))?")
_TRAILING_TAGS = re.compile(r"(\s+#\w+(?:\s+#\w+)*)\s*$")
_NON_PREFIX = re.compile(r"\b[Nn][Oo][Nn]-(?=[A-Za-z])")
_LINKISH = re.compile(r"@|://|www", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MENTION = re.compile(r"(?<!\w)@\w+")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Contractions that carry a negation: split so that the negation is a token of its own.
_NEG_CONTRACTIONS = {
    "can't": ("can", "not"),
    "cant": ("can", "not"),
    "won't": ("will", "not"),
    "wont": ("will", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("is", "not"),
    "aint": ("is", "not"),
}
_NT_BARE = {  # "dont", "doesnt", ... typed without the apostrophe
    "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent",
    "hadnt", "couldnt", "shouldnt", "wouldnt", "mustnt", "neednt",
    "dosent", "dosnt", "doesent",  # and as often misspelled
}


# a bare nought before a word is a count of none ("7 studies, 0 found a link"), not a
# figure ("2.0", "10", "$0")
_NOUGHT = re.compile(r"(?<![\w.,$£€-])0(?= +[a-z])")
# An equals sign in a post: "=>" leads to; between a thing and MS it says the one causes
# the other ("neck veins clogged = MS", "MS = bad drainage from the brain"); elsewhere it
# says "is" ("liberation therapy = risky")
_LEADS_TO = re.compile(r"\s*=+>\s*")
_EQUALS_MS = re.compile(r"\s*=+\s*(?=ms\b)")
_MS_EQUALS = re.compile(r"\bms\s*=+\s*")


def _equals(text: str) -> str:
    text = _LEADS_TO.sub(" leads to ", text)
    text = _EQUALS_MS.sub(" causes ", text)
    text = _MS_EQUALS.sub("ms is caused by ", text)
    return re.sub(r"\s*=+\s*", " is ", text)


def clean(text: str) -> str:
    """Fold case, Unicode compatibility forms and look-alikes; drop URLs and @mentions.

    The rules read the same statement several times: the last statement-sized texts
    cleaned are kept (a cache bounded in count and size), so that each is cleaned once.

    Hashtags keep their word (``#CCSVI`` -> ``ccsvi``); emoji and other symbols become
    spaces; accents are stripped (``sclérose`` -> ``sclerose``).
    """
    if len(text) <= _CACHED_CHARS:
        return _clean_cached(text)
    return _clean(text)


_CACHED_CHARS = 2_000


def _clean(text: str) -> str:
    """``clean``, uncached."""
    text = text[:MAX_MATCH_CHARS]
    text = unicodedata.normalize("NFKC", text)
    if "." in text:
        text = _DOTTED.sub(_undot, text)
    if not text.isascii():
        text = text.translate(_SYMBOLS)
        text = _CROSS_OTHER.sub(" ", _CROSS_ANSWER.sub(_cross_answer, text))
    if not text.isascii():
        text = text.translate(_CONFUSABLES)
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    text = strip_links(text)
    if "#" in text:
        # "NO link to MS #debunked": a denying tag after a denial stresses it; after an
        # assertion ("CCSVI causes MS #debunked") it denies, and stays
        text = _TRAILING_TAGS.sub(_trailing_tags, text)
    if "on-" in text or "ON-" in text:  # "non-compliance" is a noun, not "non" + noun
        text = _NON_PREFIX.sub("non", text)
    if _CAMEL.search(text) is not None:  # "#LiberationTherapyCuresMS"
        text = _CAMEL.sub(_uncamel, text)
    text = text.casefold()
    if "=" in text:
        text = _equals(text)
    if "0 " in text:  # "7 studies, 0 found a link": a count of none
        text = _NOUGHT.sub("zero", text)
    if " " in text:
        text = _SPACED.sub(_unspace, text)
    if "/" in text:  # "ppl w/o MS", "w/ the vein op": shorthand for without and with
        text = _SLASHED.sub(lambda m: _SLASH_WORDS[m.group(1)] + " ", text)
    if "with or without" in text:  # "in lots of people, with or without MS": in both
        text = text.replace("with or without", "with and without")
    if "re-sten" in text or "re sten" in text:  # "re-stenosis": restenosis, hyphenated
        text = _RE_STENOSIS.sub("resten", text)
    return text


_RE_STENOSIS = re.compile(r"\bre[- ]sten(?=os[ie]s\b|osed\b|otic\b)")


_SLASH_WORDS = {"w/o": "without", "w/": "with", "b/c": "because", "b/w": "between"}
# (longest first: "w/o" before "w/")
_SLASHED = re.compile(r"(?<![\w/])(" + "|".join(
    re.escape(k) for k in sorted(_SLASH_WORDS, key=len, reverse=True)) + r")(?!/)")


# a run of three or more capitalised words written as one ("LiberationTherapyCuresMS",
# hashtags): two ("PubMed", "YouTube") are left as they are
_CAMEL = re.compile(r"\b[A-Z]?[a-z]+(?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z])){2,}\b")
_CAMEL_CUT = re.compile(r"(?<=[a-z])(?=[A-Z])")


_clean_cached = lru_cache(maxsize=256)(_clean)


def _uncamel(m: re.Match[str]) -> str:
    return _CAMEL_CUT.sub(" ", m.group(0))


def _cross_answer(m: re.Match[str]) -> str:
    # "❌ CCSVI causes MS" denies; "🚫 CCSVI does NOT cause MS" says "not" once: a cross
    # before a sentence that denies already is emphasis
    rest = _FIRST_SENTENCE.match(m.string, m.end())
    said = rest.group(0) if rest else ""
    return " " if _DENIES.search(said) else " not "


_FIRST_SENTENCE = re.compile(r"[^.!?\n]*")
_DENIES = re.compile(r"\b(?:not|no|never|none|nothing)\b|n't\b|n’t\b", re.IGNORECASE)


def _trailing_tags(m: re.Match[str]) -> str:
    before = m.string[:m.start()]
    if not _DENIES.search(before):
        return m.group(0)
    return _DENYING_TAG.sub(" ", m.group(0))


_DENYING_TAG = re.compile(r"#(?:debunked|disproven|busted|myth|fake|false|hoax|lies|nope|"
                          r"notproven|junkscience)\b", re.IGNORECASE)


def _unspace(m: re.Match[str]) -> str:
    return m.group(0).replace(" ", "")


def _undot(m: re.Match[str]) -> str:
    return m.group(0).replace(".", "")


def strip_links(text: str) -> str:
    """Blank out URLs and @mentions (they hold no claim, and their dots and colons
    would split clauses)."""
    if _LINKISH.search(text) is None:
        return text
    return _MENTION.sub(" ", _URL.sub(" ", text))


def words(text: str) -> list[str]:
    """Split cleaned text into word tokens, with negative contractions made explicit."""
    return split_contractions(_TOKEN.findall(clean(text)))


def iter_words(text: str) -> Iterator[str]:
    """``words(text)`` one at a time: a caller that stops at the first word it looks for
    (a paragraph naming the topic) does not split the rest."""
    for m in _TOKEN.finditer(clean(text)):
        tok = m.group()
        if "'" in tok or tok in _NT_BARE or tok in _NEG_CONTRACTIONS:
            yield from split_contractions([tok])
        else:
            yield tok


# A word, or a clause boundary in cleaned text: punctuation that ends a clause, or a full
# stop before a space.  Words that open a contrasting clause are listed apart.
# a comma between digits ("1,000") is a thousands separator, not a clause break
_PIECE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|,(?!\d)|(?<!\d),|[;:!?()\[\]{}\"“”«»—–]|\.(?=\s|$)"
                    # an emoji or a pictograph ends a clause, as a full stop would ("a
                    # warning on TVAM 😬 don't do it": the denial is the next clause's)
                    r"|[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
CONTRAST_WORDS = frozenset({"but", "however", "although", "though", "whereas", "while",
                            "because"})


# (not "lol", "tbh", "ngl": they often open a clause, "it is not true that lol ppl ...")
_INTERJECTIONS = frozenset({"lmao", "lmfao", "rofl", "smh", "haha", "hahaha"})


def clause_tokens(text: str) -> list[list[str]]:
    """The word tokens of ``text`` (as ``words``), grouped into clauses.

    One pass of ``clean`` and one regular expression: clauses end at punctuation and
    before a contrasting conjunction ("CCSVI is rare, but it causes MS").
    """
    groups: list[list[str]] = []
    cur: list[str] = []
    pieces = _PIECE.findall(clean(text))
    for k, piece in enumerate(pieces):
        if piece in _INTERJECTIONS and len(cur) >= 3:
            # "no one can define CCSVI smh there is no agreed way to measure it": a
            # run-on's laugh or aside ends a clause, as a full stop would
            groups.append(split_contractions(cur))
            cur = []
            continue
        if (piece == "even" and k + 1 < len(pieces) and pieces[k + 1] == "if" and cur
                and not _negative_opener(cur)):
            # "it is harmless even if it doesn't work": the concession is a clause of
            # its own, and so is its denial
            groups.append(split_contractions(cur))
            cur = []
        if (piece == "," and len(cur) >= 2 and cur[-2] in ("no", "any")
                and cur[-1] in _LISTED_ADJECTIVES and k + 1 < len(pieces)
                and pieces[k + 1] in _LISTED_ADJECTIVES):
            # "no real, meaningful treatments": a comma between two adjectives of one noun
            # after "no" or "any" ends no clause (the denial is of the noun they describe)
            continue
        if piece[0].isalnum() and (piece not in CONTRAST_WORDS or (
                # "anything but safe", "nothing but a scam": no contrast
                piece == "but" and cur and cur[-1] in _BUT_AFTER)) and not (
                piece == "and" and k + 1 < len(pieces) and (
                    pieces[k + 1] in _NEW_PREDICATE
                    and any(t in _NEGATION_HINTS or t.endswith("n't") for t in cur)
                    # "they paid for seven studies and none of them found a link": the
                    # denial has a subject of its own
                    or pieces[k + 1] in _NEGATIVE_SUBJECTS and len(cur) >= 3)):
            cur.append(piece)
        elif cur and not (not piece[0].isalnum() and _negative_opener(cur)):
            groups.append(split_contractions(cur))
            cur = []
    if cur:
        groups.append(split_contractions(cur))
    if len(groups) >= 3:
        groups = _rejoin_subjects(groups)
    return groups


# "These data, which thousands of patients took part in, do not support X": the subject
# cut off by a relative clause between commas is one clause with it and its predicate
# again (a subject alone asserts nothing)
_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_PREDICATE_OPENERS = frozenset({
    "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "can", "could",
    "may", "might", "will", "would", "should", "must", "cannot", "not", "never", "remains",
    "remain", "remained", "showed", "shows", "show", "found", "failed", "fails", "proved",
    "proves", "causes", "caused", "cause", "works", "worked", "helps", "helped",
})


def _rejoin_subjects(groups: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = []
    i = 0
    while i < len(groups):
        if (i + 2 < len(groups) and groups[i + 1][0] in _RELATIVES
                and groups[i + 2][0] in _PREDICATE_OPENERS
                and groups[i][0] not in _RELATIVES):
            out.append(groups[i] + groups[i + 1] + groups[i + 2])
            i += 3
        else:
            out.append(groups[i])
            i += 1
    return out


_BUT_AFTER = frozenset({"anything", "nothing"})
_NEGATIVE_SUBJECTS = frozenset({"none", "nobody", "nothing", "neither", "noone"})


# "Nobody, anywhere, has ever died from it": a negative subject set off by commas stays
# with its predicate ("No, it does not" is an answer, and ends its clause)
_OPENERS = frozenset({"nobody", "none", "never", "noone"})
_OPENER_FILLERS = frozenset({"nobody", "none", "never", "noone", "no", "one", "anywhere",
                             "ever", "whatsoever", "absolutely", "literally", "really",
                             "at", "all", "of", "them", "us", "anyone", "else"})


# adjectives that are listed before one noun, parted by commas
_LISTED_ADJECTIVES = frozenset({"real", "meaningful", "genuine", "effective", "proper",
                                "proven", "approved", "reliable", "lasting"})


def _negative_opener(cur: list[str]) -> bool:
    """``cur`` is only a negative subject ("nobody", "no one, anywhere")."""
    return ((cur[0] in _OPENERS or cur[:2] == ["no", "one"])
            and all(t in _OPENER_FILLERS for t in cur))


# "X is not beneficial *and can* even cause harm": after a negation, "and" before a new
# verb starts a new clause, so that the negation stays with its own predicate
_NEW_PREDICATE = frozenset({
    "can", "could", "may", "might", "will", "would", "should", "must", "is", "are", "was",
    "were", "has", "have", "had", "does", "do", "did", "also", "even", "often", "causes",
    "cause", "caused", "carries", "carry", "leads", "led", "increases", "raises",
})
_NEGATION_HINTS = frozenset({"not", "no", "never", "cannot", "cant", "dont", "doesnt",
                             "didnt", "isnt", "arent", "wasnt", "werent", "nothing"})


def split_contractions(tokens: list[str]) -> list[str]:
    """Negative contractions made explicit ("doesn't" -> "does", "not")."""
    out: list[str] = []
    for tok in tokens:
        if "'" not in tok and tok not in _NT_BARE and tok not in _NEG_CONTRACTIONS:
            out.append(tok)
        elif tok in _NEG_CONTRACTIONS:
            out.extend(_NEG_CONTRACTIONS[tok])
        elif tok.endswith("n't"):
            out.extend((tok[:-3], "not"))
        elif tok in _NT_BARE:
            out.extend((tok[:-2], "not"))
        elif "'" in tok:
            out.append(tok.split("'", 1)[0])  # "zamboni's" -> "zamboni", "it's" -> "it"
        else:
            out.append(tok)
    return out


_DOUBLE = re.compile(r"([bdfgklmnprtvz])\1$")


@lru_cache(maxsize=2048)
def stem(word: str) -> str:
    """A light, conservative English suffix folder (causes/caused/causing -> caus).

    Deliberately small (a full Snowball stemmer costs more start-up time than the whole
    matcher): it only needs to fold the inflections that people vary when restating a
    claim, and it runs identically on claims and input.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if (len(word) == 4 and word.endswith("ed") and word[1] != "e"
            and (word[0] in "aeiou" or word[1] in "aeiouy")):
        return word[:3]  # used -> use, died -> die (not need, shed, bred)
    w = word
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ingly", "edly", "ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if _DOUBLE.search(w):
                w = w[:-1]
            break
    if w.endswith("ly") and len(w) > 5:
        w = w[:-2]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"
    return w
