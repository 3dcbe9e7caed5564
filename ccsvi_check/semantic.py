"""Semantic recall: the claim wordings nearest a statement in a static embedding space.

The embedding model (``embed.py``) is loaded on first use.  Each claim wording is
embedded once per process; a statement is embedded and compared with all of them by
cosine.  A cosine becomes a 0-100 score on the matcher's scale through a linear ramp
from ``FLOOR`` (nothing in common) to ``CEILING`` (the same claim in other words), so
that the checker's threshold means the same for both layers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

# the groups the words layer reads as healthy when named by what they lack
from .matcher import GROUP_NOUNS

if TYPE_CHECKING:  # pragma: no cover
    from .claims import ClaimBase

FLOOR = 0.55    # cosine at or below which the semantic score is 0
CEILING = 0.92  # cosine at or above which it is TOP_SCORE
# below 100: only the exact words of a wording (the lexical layer) score 100, so that
# --threshold 100 keeps its meaning
TOP_SCORE = 95.0
TOP = 8         # wordings looked at per statement
# wordings of fewer words ("TVAM is approved") are left to the lexical layer: in a mean
# of static word vectors they are little more than the topic's name, near every
# statement that names it ("Just finished reading a long article on TVAM")
MIN_WORDS = 4


def to_score(cosine: float) -> float:
    """A cosine as a 0-100 score on the matcher's scale."""
    if cosine <= FLOOR:
        return 0.0
    return min(TOP_SCORE, TOP_SCORE * (cosine - FLOOR) / (CEILING - FLOOR))


# Abbreviations the embedding model splits into meaningless pieces ("cc ##s ##vi"),
# spelled out on both sides before embedding (CCSVI shortly: a long expansion would
# outweigh the rest of a short statement in the mean of its token vectors).
_EXPANSIONS = (
    (re.compile(r"(?i)\bc\.?c\.?s\.?v\.?i\.?(?!\w)"),
     "venous insufficiency"),
    (re.compile(r"(?i)\bt\.?v\.?a\.?m\.?(?!\w)"),
     "transvascular autonomic modulation venous angioplasty"),
    (re.compile(r"\bM\.?S\b\.?|\bms\b"), "multiple sclerosis"),
)


# The topic named alone: a statement no nearer any wording than to one of these says
# nothing the embedding can place beyond naming the topic ("We talked about CCSVI today"
# is as near "CCSVI" as it is near "CCSVI makes people feel ill")
TOPIC_ANCHORS = ("CCSVI", "CCSVI and MS", "liberation therapy", "liberation therapy for MS",
                 "multiple sclerosis", "TVAM")
# how much nearer than the topic alone a wording must be
TOPIC_MARGIN = 0.0


_WORD = re.compile(r"[A-Za-z]{4,}")
# "people without MS" in a statement are the healthy group: the model reads the "MS" in
# it as MS ("narrowed neck veins show up in ppl w/o MS" came nearest "MS comes from narrowed
# neck veins"), so "healthy" goes before it; the wordings are embedded as written
_WITHOUT_MS = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(GROUP_NOUNS)) + r")\s+(?:without|w/o|w/out)\s+"
    r"(?:m\.?s\b\.?|multiple sclerosis\b|the disease\b)")
_HEALTHY = "healthy people without MS"


def spell_out(text: str) -> str:
    """``text`` with CCSVI, TVAM and MS written out in full."""
    for pattern, full in _EXPANSIONS:
        text = pattern.sub(full, text)
    return text


class SemanticIndex:
    """The claim base's wordings as unit vectors; built lazily, once per process."""

    def __init__(self, base: ClaimBase):
        self.base = base
        self._ready = False
        self._embedder: Any = None
        self._matrix: Any = None
        self._anchors: Any = None
        self._claim_of: list[int] = []
        self._wording_of: list[int] = []

    def __getstate__(self) -> dict[str, Any]:
        return {"base": self.base}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["base"])

    def _build(self) -> None:
        from .embed import StaticEmbedder

        self._embedder = StaticEmbedder.load()
        texts: list[str] = []
        wi = 0
        for ci, claim in enumerate(self.base.claims):
            for text in claim.wordings:
                if len(text.split()) >= MIN_WORDS:
                    texts.append(spell_out(text))
                    self._claim_of.append(ci)
                    self._wording_of.append(wi)
                wi += 1
        self._matrix = self._embedder.encode(texts)
        self._anchors = self._embedder.encode([spell_out(a) for a in TOPIC_ANCHORS])
        self._ready = True

    def nearest(self, text: str, top: int = TOP,
                respell: Callable[[str], str | None] | None = None
                ) -> dict[int, tuple[float, int]]:
        """Claim index -> (score, wording index) of the claims nearest ``text``.

        The wording index counts the base's wordings in order (claim text, then its
        variants), as the matcher's ``wordings`` list does.  ``respell`` gives the word a
        misspelt word stands for (or None): a word the model does not hold whole is
        replaced by it, since its pieces ("vai ##ns") mean nothing.
        """
        if not self._ready:
            self._build()
        from .embed import cosine_top

        if respell is not None:
            text = self._respelled(text, respell)
        vec = self._embedder.encode([spell_out(_WITHOUT_MS.sub(_HEALTHY, text))])
        idx, cosines = cosine_top(vec, self._matrix, top)
        # no nearer a wording than to the topic named alone: nothing to go on
        topic_only = float((self._anchors @ vec[0]).max())
        out: dict[int, tuple[float, int]] = {}
        for i, cosine in zip(idx[0].tolist(), cosines[0].tolist(), strict=True):
            score = to_score(cosine)
            if score <= 0 or cosine <= topic_only + TOPIC_MARGIN:
                continue
            # scores at the ceiling tie: the nearer wording still ranks first
            score += cosine * 1e-6
            ci = self._claim_of[i]
            if ci not in out or score > out[ci][0]:
                out[ci] = (score, self._wording_of[i])
        return out

    def _respelled(self, text: str, respell: Callable[[str], str | None]) -> str:
        """``text`` with the words the model does not hold whole respelt, where
        ``respell`` knows them."""
        whole = self._embedder.tokenizer.token_to_id

        def fix(m: re.Match[str]) -> str:
            word = m.group(0).lower()
            if whole(word) is not None:
                return m.group(0)
            return respell(word) or m.group(0)

        return _WORD.sub(fix, text)
