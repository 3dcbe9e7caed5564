"""The naive approach of issue 4, the baseline of the throughput benchmark.

Reads statements from stdin, one a line, and for each runs

    rapidfuzz.process.extractOne(line, wordings, scorer=fuzz.WRatio,
                                 processor=utils.default_process)

over every wording (claim and variants) of the same claim base (``load_claims()``), then
writes one JSON line: the input, the best claim's id and score, and a verdict (the
claim's verdict when the score is at least --cutoff, else "unknown"; no negation
handling, no topic gate).

    python benchmarks/naive.py < lines.txt > out.jsonl

Extra arguments other than --cutoff are ignored, so that the eval script can run it as
a stand-in for the tool: evaluate.py dev.jsonl --cmd 'python benchmarks/naive.py'
(it appends ``check --format jsonl``).
"""

from __future__ import annotations

import argparse
import json
import sys

from rapidfuzz import fuzz, process, utils

from ccsvi_check.claims import load_claims

DEFAULT_CUTOFF = 80.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="naive extractOne baseline")
    ap.add_argument("--cutoff", type=float, default=DEFAULT_CUTOFF,
                    help="score from which the matched claim's verdict is given")
    a, _ignored = ap.parse_known_args(argv)
    claims = load_claims().claims
    wordings: list[str] = []
    owner: list[int] = []
    for i, c in enumerate(claims):
        for w in c.wordings:
            wordings.append(w)
            owner.append(i)
    out = sys.stdout
    for raw in sys.stdin.buffer:
        line = raw.rstrip(b"\n").rstrip(b"\r").decode("utf-8", errors="replace")
        best = process.extractOne(line, wordings, scorer=fuzz.WRatio,
                                  processor=utils.default_process)
        if best is None:
            record = {"input": line, "id": None, "score": 0.0, "verdict": "unknown"}
        else:
            _, score, index = best
            claim = claims[owner[index]]
            record = {"input": line, "id": claim.id, "score": round(score, 1),
                      "verdict": claim.verdict if score >= a.cutoff else "unknown"}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
