"""Finding the claims inside a document, the last stage of ``scan``: sentences in,
findings out, over many documents and, for a large input, worker processes.

Pure: text in, findings out; nothing here prints or opens files (``documents.py`` reads,
``cli/scan.py`` renders).  The pipeline, one line at a time so that a document of any
size streams through in bounded memory:

    lines -> mask markup (markup.py) -> blocks, segments, sentences (sentences.py)
          -> Checker.check(sentence) -> findings with positions (here)
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain
from typing import TYPE_CHECKING, Any

from .markup import MARKUPS
from .rules import attribution, request
from .sentences import Block, block_sentences, blocks

if TYPE_CHECKING:  # pragma: no cover
    from .checker import Checker, Result

BATCH_CHARS = 32_000     # text per unit of work (a worker task with --jobs)
POOL_AFTER_UNITS = 4     # worker processes start once this many units are read

__all__ = ["MARKUPS", "BatchResult", "Document", "Finding", "Notice", "Opened",
           "check_blocks", "scan_documents", "scan_text"]


# --------------------------------------------------------------------------- checking

@dataclass(frozen=True)
class Finding:
    """A sentence of a document and its verdict; positions 1-based, end exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    result: Result

    def to_dict(self) -> dict[str, Any]:
        d = self.result.to_dict()
        d.update(path=self.path, line=self.line, column=self.column,
                 end_line=self.end_line, end_column=self.end_column)
        return d


@dataclass
class BatchResult:
    findings: list[Finding]
    sentences: int


# A sentence with one of these refers back to what came before it: a pronoun, or a
# generic name ("the procedure", "the trial") that only the context makes precise.
_ANAPHORA = re.compile(
    r"(?i)\b(?:it|its|this|that|these|those|they|"
    r"such|he|his|she|her|them|the (?:procedure|surgery|operation|treatment|therapy|"
    r"condition|syndrome|disorder|"
    r"trial|study|studies|veins?|balloon|stents?|theory|idea|results?|venoplasty group|"
    r"angioplasty group|treated group)|these (?:procedures|treatments|operations|"
    r"surgeries|studies|trials|results)|opening (?:them|the veins)|"
    # "my veins narrowed again", "possible complications include ...": the veins and the
    # risks of the treatment just named
    r"(?:my|her|his|their|our) (?:neck )?veins|(?:possible|potential|the|its|known) "
    r"(?:complications|risks|side effects))\b")


# What a sentence that names the topic is about, for the sentences after it that say
# "it" or "the procedure": the treatment, or the condition (the first named wins).
_SUBJECT = re.compile(
    r"(?i)\b(?:(?P<treatment>liberation (?:therapy|procedure|treatment)|tvam|venoplasty|"
    r"(?:venous|vein|balloon) angioplasty|angioplasty)|(?P<condition>ccsvi|chronic "
    r"cerebrospinal venous insufficiency|narrow(?:ed)? (?:neck )?veins))\b")
_SUBJECTS = {"treatment": "liberation therapy", "condition": "CCSVI"}
# the lexical score a sentence read with its paragraph's subject must reach on its own
# words (see check_blocks): a word or two beyond the subject
ANAPHORA_MIN_LEXICAL = 25.0


# a question ("Did it help you at all?") or an instruction to the reader ("Please don't
# lean on the glass, it was just cleaned", "Discuss the duties of a clinician asked to
# refer a patient for this procedure") asserts nothing of what the paragraph named (a
# question tagged on to a claim still makes it: "And it is FDA approved, so how bad can
# it be?")
_ASKS_OR_INSTRUCTS = re.compile(
    r"(?i)^\W*(?:(?:is|are|was|were|do|does|did|can|could|would|will|should|has|have|had|"
    r"why|how|what|who|where|when)\b[^.!]*\?+\W*$|"
    r"(?:please|pls|plz|let'?s|discuss|explain|describe|imagine)\b)")


def _with_subject(checker: Checker, sentence: str, subject: str,
                  min_lexical: float) -> Result | None:
    """``sentence``, unknown alone, read as speaking of ``subject`` (what the text before
    it named) when it refers back to it ("it", "the procedure"); None when it does not,
    asserts nothing, or matches only through the subject."""
    if (not _ANAPHORA.search(sentence) or _ASKS_OR_INSTRUCTS.search(sentence)
            or _ruled_out(checker, sentence)):
        return None
    said = f"{subject}: {sentence}" if subject else sentence
    again = checker.check(said, on_topic=True, explain=True)
    # some words must match: the subject put before the sentence brings it near every
    # claim on that subject in meaning ("CCSVI: it keeps getting buried" is not "CCSVI is
    # a recognized condition"), and some of them must be the sentence's own ("Patients
    # deserve honesty about that" met "CCSVI only shows up in MS patients" through the
    # subject and "patients")
    if ((again.why or {}).get("lexical", 0.0) < min_lexical
            or not _own_words_match(checker, sentence)):
        return None
    return replace(again, input=sentence, why=None)


def _own_words_match(checker: Checker, sentence: str) -> bool:
    """Some word of ``sentence`` itself, without the paragraph's subject, matches a
    wording of the base (read as on topic: the sentence has no topic name of its own)."""
    return (checker.check(sentence, on_topic=True, explain=True).why or {}).get(
        "lexical", 0.0) > 0.0


# rules whose "unknown" stands whatever the sentence before it named: a report ("He
# claims that it causes MS"), another disease, a prediction
_FINAL_RULES = frozenset({"attribution", "other-condition", "prediction", "request"})


def _ruled_out(checker: Checker, sentence: str) -> bool:
    """A rule made ``sentence`` unknown (read again with its reasons: a rare path)."""
    if attribution(sentence) is not None:  # "Others believe it causes MS"
        return True
    if request(sentence):  # "Everyone should try it!", "Anyone else tired of this?"
        return True
    why = checker.check(sentence, explain=True).why or {}
    return why.get("rule") in _FINAL_RULES


def check_blocks(checker: Checker, batch: list[Block], paths: dict[int, str],
                 include_unknown: bool = False, count_all: bool = True) -> BatchResult:
    """Check every sentence of ``batch``; findings in document order.

    ``count_all`` False: a paragraph none of whose words can name the topic is passed
    over unsplit (it cannot hold a finding), and its sentences are not counted.
    """
    findings: list[Finding] = []
    count = 0
    skip_off_topic = not count_all and not include_unknown
    for block in batch:
        if skip_off_topic and not checker.matcher.may_name_topic(block.text):
            continue
        path = paths[block.doc]
        topical = False  # a sentence before, in this paragraph, named the topic
        subject = ""  # what the last such sentence named ("liberation therapy", ...)
        for _, _, line, col, end_line, end_col, clean in block_sentences(block):
            count += 1
            result = checker.check(clean)
            if result.verdict == "unknown" and topical:
                # "The FDA warned about TVAM. It is not authorized ...": "it" is TVAM
                result = _with_subject(checker, clean, subject, ANAPHORA_MIN_LEXICAL) or result
            if checker.matcher.mentions_topic(clean):
                topical = True
                named = _SUBJECT.search(clean)
                subject = _SUBJECTS[named.lastgroup] if named else subject
            parts = _claims_apart(checker, clean) if _CLAUSE_BREAK.search(clean) else None
            if parts:
                findings += [Finding(path, line, col, end_line, end_col, r) for r in parts]
            elif include_unknown or result.verdict != "unknown":
                findings.append(Finding(path, line, col, end_line, end_col, result))
    return BatchResult(findings, count)


# "Zamboni proposed the link in 2008, but a 2017 trial found the procedure did no better
# than a sham": two claims in one sentence, each rated on its own
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:but|and|while|whereas|yet|although|though)\s+|"
                           r"\s+but\s+")
MIN_PART_WORDS = 4


def _claims_apart(checker: Checker, sentence: str) -> list[Result] | None:
    """The results of a sentence's clauses, when two or more of them each make a claim
    of their own (different claims, each rated); None otherwise."""
    parts = [p for p in _CLAUSE_BREAK.split(sentence) if len(p.split()) >= MIN_PART_WORDS]
    if len(parts) < 2:
        return None
    named = _SUBJECT.search(sentence)
    subject = _SUBJECTS[named.lastgroup] if named else ""
    results = []
    for k, part in enumerate(parts):
        result = checker.check(part)
        if (result.verdict == "unknown" and k and subject
                and not checker.matcher.mentions_topic(part)):
            # "..., and the UK MS Society says it may worsen relapses": "it" is what the
            # clause before named; its words must match as a statement's would ("yet long
            # will it live in the hearts of desperate MS patients" met a myth at 30)
            result = _with_subject(checker, part, subject, checker.threshold) or result
        results.append(result)
    rated = [r for r in results if r.verdict != "unknown"]
    ids = {r.claim.id for r in rated if r.claim is not None}
    if len(rated) < 2 or len(ids) < len(rated):
        return None
    return [replace(r, input=sentence) for r in rated]


def scan_text(checker: Checker, text: str, path: str = "<text>", markup: str = "text",
              include_unknown: bool = False) -> list[Finding]:
    """Every finding in ``text`` (a whole document held in memory; for tests and the API)."""
    out: list[Finding] = []
    for block in blocks(text.split("\n"), markup):
        out += check_blocks(checker, [block], {0: path}, include_unknown).findings
    return out


# ---------------------------------------------------------------- many documents, many jobs

@dataclass(frozen=True)
class Notice:
    """Something to tell the user about one input: it is missing, unreadable or skipped."""

    path: str
    kind: str      # "missing", "unreadable" or "skipped"
    message: str

    @property
    def is_error(self) -> bool:
        return self.kind in ("missing", "unreadable")


@dataclass(frozen=True)
class Opened:
    """A document that was read (the CLI counts them): one of its blocks is coming, or
    it holds no text.  A document refused before any text (binary, unreadable) has none.
    """

    path: str


@dataclass(frozen=True)
class Document:
    """An input from the reader: iterating ``lines`` gives its text or raises OSError."""

    path: str
    markup: str
    lines: Iterable[str]


@dataclass
class _Unit:
    """A unit of work: blocks of one or more documents."""

    blocks: list[Block]
    paths: dict[int, str]


def _check_unit(checker: Checker, include_unknown: bool, count_all: bool,
                unit: _Unit) -> BatchResult:
    return check_blocks(checker, unit.blocks, unit.paths, include_unknown, count_all)


def _units(items: Iterable[Document | Notice]) -> Iterator[_Unit | Notice | Opened]:
    """Documents -> units of work of about BATCH_CHARS, with notices, in input order."""
    unit = _Unit([], {})
    size = 0
    for doc_index, item in enumerate(items):
        if isinstance(item, Notice):
            if unit.blocks:
                yield unit
                unit, size = _Unit([], {}), 0
            yield item
            continue
        unit.paths[doc_index] = item.path
        opened = False  # Opened once text was read: a binary or unreadable input is none
        try:
            for block in blocks(item.lines, item.markup, doc_index):
                if not opened:
                    opened = True
                    yield Opened(item.path)
                unit.blocks.append(block)
                size += len(block.text)
                if size >= BATCH_CHARS:
                    yield unit
                    unit, size = _Unit([], {doc_index: item.path}), 0
        except OSError as exc:
            if unit.blocks:
                yield unit
                unit, size = _Unit([], {}), 0
            yield Notice(item.path, getattr(exc, "notice_kind", "unreadable"),
                         exc.strerror or str(exc))
            continue
        if not opened:  # an empty document (or one of blank lines) is still a document
            yield Opened(item.path)
    if unit.blocks:
        yield unit


Event = Finding | Notice | Opened | int


def scan_documents(checker: Checker, items: Iterable[Document | Notice], jobs: int = 1,
                   include_unknown: bool = False, count_all: bool = True
                   ) -> Iterator[Event]:
    """Findings, notices, Opened markers and sentence counts (ints), in input order.

    ``count_all`` False (the caller prints no sentence count): paragraphs that cannot
    name the topic are not split into sentences at all (see ``check_blocks``).

    With ``jobs`` > 1, blocks are checked by that many forked worker processes
    (``workers.Workers``, as ``check`` uses) while this one reads and masks; one unit of
    work is with each worker and at most as many wait, so memory stays flat, and
    results come back in input order: the output is that of one job.
    """
    def unpack(res: BatchResult) -> Iterator[Event]:
        yield from res.findings
        yield res.sentences

    def inline(units: Iterable[_Unit | Notice | Opened]) -> Iterator[Event]:
        for unit in units:
            if isinstance(unit, _Unit):
                yield from unpack(check_blocks(checker, unit.blocks, unit.paths,
                                               include_unknown, count_all))
            else:
                yield unit

    stream = _units(items)
    if jobs <= 1:
        yield from inline(stream)
        return
    # workers pay off only on enough text: a post or a short file is checked here
    head: list[_Unit | Notice | Opened] = []
    for unit in stream:
        head.append(unit)
        if sum(isinstance(u, _Unit) for u in head) >= POOL_AFTER_UNITS:
            break
    else:
        yield from inline(head)
        return
    from functools import partial

    from .workers import Workers, fork_available

    if not fork_available():  # workers inherit the checker by fork; else one process
        yield from inline(chain(head, stream))
        return
    # forked workers share this process's string hashing, so any order that depends on
    # it (ties in the matcher) is the same as with one job
    workers = Workers(jobs, partial(_check_unit, checker, include_unknown, count_all))
    # in input order: notices and Opened markers, and units (the first
    # ``workers.in_flight`` of them are with the workers, the rest wait)
    pending: deque[_Unit | Notice | Opened] = deque()
    waiting = 0  # units in ``pending`` not sent yet

    def pump(final: bool) -> Iterator[Event]:
        """Send waiting units to idle workers; give out what is done at the front,
        waiting for it while more units wait than there are workers (memory stays
        flat: one unit with each worker, at most as many waiting), or at the end."""
        nonlocal waiting
        while True:
            if waiting:
                units = [u for u in pending if isinstance(u, _Unit)]
                while waiting and workers.send(units[len(units) - waiting]):
                    waiting -= 1
            if not pending:
                return
            head_item = pending[0]
            if not isinstance(head_item, _Unit):
                pending.popleft()
                yield head_item
                continue
            if not (final or waiting > jobs or workers.ready()):
                return
            pending.popleft()
            yield from unpack(workers.recv())

    try:
        for unit in chain(head, stream):
            pending.append(unit)
            if isinstance(unit, _Unit):
                waiting += 1
            yield from pump(final=False)
        yield from pump(final=True)
        workers.close()
    finally:
        workers.kill()
