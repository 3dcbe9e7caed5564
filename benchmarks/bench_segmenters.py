"""Sentence segmenters for `scan`, measured: accuracy on the labelled hard boundaries of
tests/data/sentence_boundaries.yaml, and speed on bench_scan.py's document (issue 11).

Every candidate is called through its public API, and only if it is installed here
(pip install pysbd sentencex blingfire nupunkt to compare them all):

- syntok: ``syntok.segmenter.segment(syntok.tokenizer.Tokenizer().tokenize(text))``;
- pysbd: ``pysbd.Segmenter(language="en", clean=False, char_span=True)``;
- sentencex: ``sentencex.get_sentence_boundaries("en", text)``;
- blingfire: ``blingfire.text_to_sentences_and_offsets(text)``;
- nupunkt: ``nupunkt.sent_spans(text)``.

Accuracy is the share of cases whose sentences come out exactly as labelled, first with
the candidate given the whole text ("alone"), then as ``scan`` uses it: after the
pipeline has cut the text at its hard breaks (line breaks that end a line, list items,
headings), the candidate splits each piece ("in scan").  Speed is the generated
sentences of a --mb document (benchmarks/corpus.py, as bench_scan.py makes it) split
per second by the candidate alone, on its paragraphs, in this process; then the scan
pipeline's own splitting (masking, blocks and sentences, with positions) with the
segmenter it ships.

    python benchmarks/bench_segmenters.py           # 1 MB
    python benchmarks/bench_segmenters.py --small   # CI: 0.05 MB
    python benchmarks/bench_segmenters.py --failures   # also list each miss
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import _common as c
import corpus

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "sentence_boundaries.yaml"

Starts = Callable[[str], list[int]]


def load_cases() -> list[dict]:
    import yaml

    return yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]


def candidates() -> dict[str, Starts | str]:
    """Name -> a function giving the start offsets of the sentences of a text, or the
    reason it cannot run here."""
    out: dict[str, Starts | str] = {}
    try:
        from syntok.segmenter import segment
        from syntok.tokenizer import Tokenizer

        tok = Tokenizer(replace_not_contraction=False)
        out["syntok"] = lambda t: [s[0].offset for s in segment(tok.tokenize(t))]
    except ImportError:
        out["syntok"] = "not installed"
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        out["pysbd"] = lambda t: [s.start for s in seg.segment(t)]
    except ImportError:
        out["pysbd"] = "not installed"
    try:
        import sentencex

        out["sentencex"] = lambda t: [b["start_index"] for b in
                                      sentencex.get_sentence_boundaries("en", t)]
    except ImportError:
        out["sentencex"] = "not installed"
    try:
        import blingfire

        out["blingfire"] = lambda t: [a for a, _ in
                                      blingfire.text_to_sentences_and_offsets(t)[1]]
    except (ImportError, OSError):
        out["blingfire"] = "not installed"
    try:
        import nupunkt

        out["nupunkt"] = lambda t: [a for a, _ in nupunkt.sent_spans(t)]
    except ImportError:
        out["nupunkt"] = "not installed"
    return out


def pieces(text: str, starts: list[int]) -> list[str]:
    """The sentences between ``starts``, stripped, the empty ones left out."""
    cuts = sorted(set(starts) | {len(text)})
    if cuts[0] != 0:
        cuts.insert(0, 0)
    out = [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
    return [p for p in out if p]


def alone(starts: Starts) -> Callable[[str], list[str]]:
    return lambda text: pieces(text, starts(text))


def in_scan(starts: Starts | None) -> Callable[[str], list[str]]:
    """The scan pipeline's sentences of ``text`` (plain text), with ``starts`` splitting
    each piece between hard breaks (None: the segmenter the pipeline ships)."""
    from ccsvi_check import sentences

    def run(text: str) -> list[str]:
        return [text[s.start:s.end] for s in sentences.split_sentences(text, "text", starts)]

    return run


def accuracy(split: Callable[[str], list[str]], cases: list[dict],
             misses: list[str] | None = None) -> float:
    good = 0
    for case in cases:
        try:
            got = split(case["text"])
        except Exception as exc:  # noqa: BLE001 - a candidate's failure is a miss
            got = [f"<{type(exc).__name__}: {exc}>"]
        if got == case["sentences"]:
            good += 1
        elif misses is not None:
            misses.append(f"    {case['id']}: {got!r}")
    return good / len(cases)


def speed(starts: Starts, paragraphs: list[str], n_sentences: int) -> float:
    t0 = time.perf_counter()
    for p in paragraphs:
        starts(p)
    return n_sentences / (time.perf_counter() - t0)


def body(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, help="document size in MB (default 1)")
    ap.add_argument("--small", action="store_true", help="tiny sizes, for CI")
    ap.add_argument("--failures", action="store_true", help="list every miss")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    a = ap.parse_args(argv)
    mb = a.mb if a.mb is not None else (0.05 if a.small else 1.0)
    print(c.header("sentence segmenters: accuracy and speed (issue 11)", a.small),
          flush=True)
    cases = load_cases()
    text, n_sent = corpus.document_of_size(mb, a.seed)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    print(f"cases     {len(cases)} labelled texts ({CASES.name}); document {mb:g} MB, "
          f"{n_sent:,} generated sentences in {len(paragraphs):,} paragraphs")
    print(f"{'candidate':12s} {'alone':>7s} {'in scan':>8s} {'sentences/s':>12s}")
    for name, starts in candidates().items():
        if isinstance(starts, str):
            print(f"{name:12s} {starts}")
            continue
        misses: list[str] | None = [] if a.failures else None
        acc_alone = accuracy(alone(starts), cases)
        acc_scan = accuracy(in_scan(starts), cases, misses)
        rate = speed(starts, paragraphs, n_sent)
        print(f"{name:12s} {acc_alone:7.1%} {acc_scan:8.1%} {c.fmt_rate(rate):>12s}",
              flush=True)
        for m in misses or ():
            print(m)
    from ccsvi_check import sentences

    misses = [] if a.failures else None
    acc = accuracy(in_scan(None), cases, misses)
    lines = text.split("\n")
    t0 = time.perf_counter()
    for block in sentences.blocks(lines):
        for _ in sentences.block_sentences(block):
            pass
    rate = n_sent / (time.perf_counter() - t0)
    print(f"scan      the pipeline as shipped ({sentences.SEGMENTER}): {acc:.1%} of the "
          f"cases; masking, blocks and sentences with positions: {c.fmt_rate(rate)} "
          f"sentences/s", flush=True)
    for m in misses or ():
        print(m)


def main(argv: list[str] | None = None) -> int:
    return c.main_wrapper(lambda: body(argv))


if __name__ == "__main__":
    sys.exit(main())
