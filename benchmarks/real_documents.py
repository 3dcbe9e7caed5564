"""What `scan` gets right and wrong on real documents (issue 15).

tests/data/real/documents.yaml holds labelled sentences of real pages about CCSVI,
from both sides (see tests/data/real/README.md). Each document is rebuilt from its
sentences (one a line, in page order; a blank line where `para: new` starts a new
paragraph, so that "it" and "the procedure" are read from the right context) and
scanned through the public Python API, as `ccsvi-check scan --all` would. Printed:

- false alarms: consensus sentences called false or misleading;
- reported claims ("Zamboni believes...", "the clinic says...") called false or
  misleading;
- myths found: myth sentences (asserted in the page's own voice) given one of their
  verdicts, on advocacy pages and overall;
- other diseases and off-topic sentences that are not `unknown`;
- with --wrong, every sentence that breaks its labels, with the verdict and claim.

    python benchmarks/real_documents.py            # the figures
    python benchmarks/real_documents.py --wrong    # and every wrong sentence
    python benchmarks/real_documents.py --json     # one JSON record per sentence
    python benchmarks/real_documents.py --docs OTHER.yaml   # another labelled corpus

Exits 0 (a report, not a gate: tests/test_real_documents.py locks the figures), or 2 when
the documents cannot be read.
--small is accepted, for symmetry with the bench_*.py scripts; the run is small anyway.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data" / "real" / "documents.yaml"
VERDICTS = ("true", "false", "misleading", "unproven", "unknown")
KINDS = ("myth", "consensus", "reported", "offtopic", "other-disease")
FLAGS = ("false", "misleading")


@dataclass
class Row:
    """One labelled sentence and what scan gave it."""

    doc: str
    side: str
    index: int
    text: str
    kind: str
    must: list[str]
    never: list[str]
    claim: str | None
    note: str | None
    got: list[str] = field(default_factory=list)       # verdicts (unknown if none)
    claims: list[str] = field(default_factory=list)    # claim ids scan named
    negated: bool = False

    @property
    def must_ok(self) -> bool:
        return not self.must or bool(set(self.got) & set(self.must))

    @property
    def never_ok(self) -> bool:
        return not set(self.got) & set(self.never)

    @property
    def ok(self) -> bool:
        return self.must_ok and self.never_ok

    @property
    def key(self) -> str:
        return f"{self.doc}:{self.index}"

    def to_dict(self) -> dict:
        return {"key": self.key, "side": self.side, "kind": self.kind, "text": self.text,
                "must": self.must, "never": self.never, "claim": self.claim,
                "got": self.got, "claims": self.claims, "negated": self.negated,
                "ok": self.ok}


def load(path: Path = DATA) -> list[dict]:
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]


def document_text(doc: dict) -> tuple[str, list[int]]:
    """The document rebuilt from its sentences, and the 1-based line of each."""
    lines: list[str] = []
    where: list[int] = []
    for i, s in enumerate(doc["sentences"]):
        if i and s.get("para") == "new":
            lines.append("")
        lines.append(s["text"])
        where.append(len(lines))
    return "\n".join(lines) + "\n", where


def evaluate(checker=None, docs: Iterable[dict] | None = None) -> list[Row]:
    """Scan every document; one Row per labelled sentence."""
    from ccsvi_check import Checker
    from ccsvi_check.scan import scan_text

    checker = checker or Checker()
    rows: list[Row] = []
    for doc in load() if docs is None else docs:
        text, where = document_text(doc)
        findings = scan_text(checker, text, path=doc["id"], include_unknown=True)
        for i, (s, line) in enumerate(zip(doc["sentences"], where, strict=True)):
            mine = [f for f in findings if f.line <= line <= f.end_line]
            rated = [f for f in mine if f.result.verdict != "unknown"]
            got = sorted({f.result.verdict for f in rated}) or ["unknown"]
            claims = [f.result.claim.id for f in mine if f.result.claim]
            rows.append(Row(doc["id"], doc["side"], i, s["text"], s["kind"],
                            list(s.get("must") or []), list(s.get("never") or []),
                            s.get("claim"), s.get("note"), got, claims,
                            any(f.result.negated for f in rated)))
    return rows


@dataclass
class Figures:
    consensus: int
    false_alarms: list[Row]
    reported: int
    reported_flagged: list[Row]
    myths: int
    myths_found: int
    advocacy_myths: int
    advocacy_myths_found: int
    aside: int            # off-topic and other-disease sentences
    aside_rated: list[Row]
    consensus_true: int   # consensus sentences the tool rated true
    wrong: list[Row]


def figures(rows: list[Row]) -> Figures:
    cons = [r for r in rows if r.kind == "consensus"]
    rep = [r for r in rows if r.kind == "reported"]
    myth = [r for r in rows if r.kind == "myth"]
    adv = [r for r in myth if r.side == "advocacy"]
    aside = [r for r in rows if r.kind in ("offtopic", "other-disease")]
    return Figures(
        consensus=len(cons),
        false_alarms=[r for r in cons if set(r.got) & set(FLAGS)],
        reported=len(rep),
        reported_flagged=[r for r in rep if set(r.got) & set(FLAGS)],
        myths=len(myth),
        myths_found=sum(r.must_ok for r in myth),
        advocacy_myths=len(adv),
        advocacy_myths_found=sum(r.must_ok for r in adv),
        aside=len(aside),
        aside_rated=[r for r in aside if r.got != ["unknown"]],
        consensus_true=sum(r.got == ["true"] for r in cons),
        wrong=[r for r in rows if not r.ok],
    )


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "0/0"


def report(rows: list[Row], docs: list[dict], show_wrong: bool = False) -> str:
    f = figures(rows)
    sides: dict[str, int] = {}
    for d in docs:
        sides[d["side"]] = sides.get(d["side"], 0) + 1
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
    out = [
        f"real documents: {len(docs)} documents "
        f"({', '.join(f'{k} {v}' for k, v in sorted(sides.items()))}), "
        f"{len(rows)} sentences ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})",
        f"false alarms on consensus prose (false/misleading): "
        f"{_pct(len(f.false_alarms), f.consensus)}",
        f"consensus sentences rated true: {_pct(f.consensus_true, f.consensus)}",
        f"reported claims called false/misleading: "
        f"{_pct(len(f.reported_flagged), f.reported)}",
        f"myths found (own voice, all pages): {_pct(f.myths_found, f.myths)}",
        f"myths found on advocacy pages: {_pct(f.advocacy_myths_found, f.advocacy_myths)}",
        f"off-topic / other-disease sentences not unknown: "
        f"{_pct(len(f.aside_rated), f.aside)}",
        f"sentences right on every label: {_pct(len(rows) - len(f.wrong), len(rows))}",
    ]
    if show_wrong and f.wrong:
        out.append("")
        out.append("wrong sentences (kind; got -> must / never; claims named):")
        for r in f.wrong:
            want = f"must {r.must}" if not r.must_ok else f"never {r.never}"
            out.append(f"- [{r.key}] {r.kind}: got {r.got} -> {want}; "
                       f"claims {r.claims or '-'}{' (negated)' if r.negated else ''}")
            out.append(f"    {r.text}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", action="store_true", help="accepted; the run is small")
    ap.add_argument("--wrong", action="store_true", help="list every wrong sentence")
    ap.add_argument("--json", action="store_true", help="one JSON record per sentence")
    ap.add_argument("--docs", type=Path, default=DATA,
                    help="labelled documents in the same format (default: the repository's)")
    a = ap.parse_args(argv)
    import yaml

    try:
        docs = load(a.docs)
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError) as e:
        print(f"real_documents.py: cannot read {a.docs}: {' '.join(str(e).split())}",
              file=sys.stderr)
        return 2
    rows = evaluate(docs=docs)
    if a.json:
        for r in rows:
            print(json.dumps(r.to_dict(), ensure_ascii=False))
    else:
        print(report(rows, docs, show_wrong=a.wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
