"""Held-out sets of statements written after the claim base (tests/data/heldout/, in
the format of ../shared/eval/dev.jsonl), each by a session that saw neither the code nor
the claim base: accuracy must not fall back, and a true or unknown statement called
false (the moderator's worst mistake) must not come back.

They were used to find missing synonyms and polarity rules; the figures they give are
therefore no longer unseen-data figures, only a guard against regressions.  Unseen, set 4
(written after sets 1-3 had been used) scored 73.3% with 6 false flags of 92.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SETS = sorted((Path(__file__).parent / "data" / "heldout").glob("*.jsonl"))
# what the sets give today (see the closing notes), with a little room; set 4 is harder
# (hearsay, double negations, details only the sources hold) and gives 78.8%
MIN_ACCURACY = {"set4": 0.76}
DEFAULT_MIN_ACCURACY = 0.88
MAX_FALSE_FLAGS = 0


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_heldout_accuracy_and_false_flags(checker, path):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    main = [r for r in rows if r["kind"] != "multilingual"]
    right = sum(checker.check(r["text"]).verdict in r["accept"] for r in main)
    false_flags = [r["text"] for r in rows if "false" not in r["accept"]
                   and checker.check(r["text"]).verdict == "false"]
    assert right / len(main) >= MIN_ACCURACY.get(path.stem, DEFAULT_MIN_ACCURACY), \
        f"{right}/{len(main)}"
    assert len(false_flags) <= MAX_FALSE_FLAGS, false_flags
