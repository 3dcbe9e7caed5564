"""Every source claims.yaml cites is a work of ../shared/sources.md, cited by an
identifier that list allows (tests/data/allowed_sources.yaml): no invented URL or DOI,
no field sources.md marks unverified unless it has been verified since.  A work sources.md
lacks is listed from number 100 on, with where it was verified."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
ALLOWED = yaml.safe_load((DATA / "allowed_sources.yaml").read_text(encoding="utf-8")) or []
RAW_CLAIMS = yaml.safe_load((ROOT / "claims.yaml").read_text(encoding="utf-8"))["claims"]

KEYS = {"number", "title", "year", "url", "doi", "note", "verified", "blocked"}


def _ids(entry: dict) -> set[str]:
    return {str(entry[k]) for k in ("url", "doi") if entry.get(k)}


CITABLE = [e for e in ALLOWED if not e.get("blocked")]
BY_ID = {i: e for e in CITABLE for i in _ids(e)}


def source_cases():
    return [pytest.param(c["id"], n, s, id=f"{c['id']}:{n}")
            for c in RAW_CLAIMS for n, s in enumerate(c.get("sources") or [], 1)]


def test_allow_list_is_well_formed():
    assert isinstance(ALLOWED, list) and ALLOWED
    numbers = [e.get("number") for e in ALLOWED]
    assert len(numbers) == len(set(numbers)), "a sources.md number is listed twice"
    for e in ALLOWED:
        where = f"entry {e.get('number')}"
        assert set(e) <= KEYS, f"{where}: unknown keys {sorted(set(e) - KEYS)}"
        assert isinstance(e.get("number"), int), f"{where}: number"
        assert isinstance(e.get("title"), str) and e["title"].strip(), f"{where}: title"
        if e.get("blocked"):
            continue
        if e["number"] >= 100:
            assert e.get("verified"), f"{where}: a work sources.md lacks needs 'verified'"
        assert _ids(e), f"{where}: a citable entry needs a url or a doi"
        assert isinstance(e.get("year"), int) or e.get("year") == "n.d.", \
            f"{where}: a citable entry needs a year (or n.d. for an undated work)"
        if e.get("url"):
            assert re.match(r"^https?://\S+$", e["url"]), f"{where}: url"
        if e.get("doi"):
            assert re.match(r"^10\.\d{4,9}/\S+$", str(e["doi"])), f"{where}: doi"
    all_ids = [i for e in CITABLE for i in _ids(e)]
    assert len(all_ids) == len(set(all_ids)), "an identifier belongs to two entries"


@pytest.mark.parametrize("cid,n,source", source_cases())
def test_every_source_is_an_allowed_work(cid, n, source):
    ids = {str(source[k]) for k in ("url", "doi") if source.get(k)}
    assert ids, "needs a url or a doi"
    entries = {BY_ID[i]["number"] for i in ids if i in BY_ID}
    unknown = sorted(i for i in ids if i not in BY_ID)
    assert unknown == [], f"not in tests/data/allowed_sources.yaml: {unknown}"
    assert len(entries) == 1, f"url and doi belong to different works: {sorted(entries)}"
    entry = BY_ID[next(iter(ids))]
    where = f"sources.md #{entry['number']}"
    assert source.get("title") == entry["title"], f"title differs from {where}"
    if "year" in entry:
        assert source.get("year") == entry["year"], f"year differs from {where}"
