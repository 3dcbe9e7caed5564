"""Near misses of the claim base (tests/data/near_misses.yaml): statements that must not
get a given verdict, so that no alias or wording can again change what a statement means
("CCSVI is common in healthy people" is not TRUE because narrowed neck veins are common).

Each row runs through ``ccsvi_check.checker.Checker`` with the shipped base.  A row the
matcher cannot pass yet carries ``xfail: <reason>``: it is a strict xfail, so it fails
the day it starts passing, and the key must then be removed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ccsvi_check.claims import VERDICTS, load_claims

DATA = Path(__file__).resolve().parent / "data"
ROWS = yaml.safe_load((DATA / "near_misses.yaml").read_text(encoding="utf-8")) or []
IDS = {c.id for c in load_claims().claims}


def cases():
    out = []
    for n, row in enumerate(ROWS, 1):
        marks = []
        if row.get("xfail"):
            marks.append(pytest.mark.xfail(reason=str(row["xfail"]), strict=True))
        out.append(pytest.param(row, id=f"{n}:{row.get('text')}", marks=marks))
    return out


def test_table_is_well_formed():
    assert isinstance(ROWS, list) and len(ROWS) >= 30
    texts = [" ".join(str(r.get("text", "")).casefold().split()) for r in ROWS]
    assert sorted({t for t in texts if texts.count(t) > 1}) == [], "statement listed twice"
    for n, row in enumerate(ROWS, 1):
        assert set(row) <= {"text", "not", "claim", "why", "xfail"}, f"row {n}: {sorted(row)}"
        assert isinstance(row.get("text"), str) and row["text"].strip(), f"row {n}: text"
        assert row.get("not") in VERDICTS, f"row {n}: 'not' must be one of {VERDICTS}"
        assert isinstance(row.get("why"), str) and row["why"].strip(), f"row {n}: why"
        if "claim" in row:
            assert row["claim"] in IDS, f"row {n}: no claim {row['claim']!r}"
        if "xfail" in row:
            assert isinstance(row["xfail"], str) and row["xfail"].strip(), f"row {n}: reason"


@pytest.mark.parametrize("row", cases())
def test_near_miss_does_not_get_the_verdict(checker, row):
    r = checker.check(row["text"])
    got = r.claim.id if r.claim else None
    if "claim" in row:
        assert not (got == row["claim"] and r.verdict == row["not"]), \
            f"rated {r.verdict} through {got} (score {r.score})"
    else:
        assert r.verdict != row["not"], f"rated {r.verdict} through {got} (score {r.score})"
