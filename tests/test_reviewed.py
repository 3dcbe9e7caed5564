"""The claim base's `reviewed` date: loaded and checked with its line, layered (the newest
wins), and carried by `check` and `scan` records and by `claims show`."""

from __future__ import annotations

import json
import re

import pytest
from conftest import jsonl, run_cli, zucchini_layer

from ccsvi_check.claims import ClaimBase, ClaimsProblems, load_claims, parse_claims

LAYER = "version: 1\n{reviewed}claims: []\n"


def shipped_date() -> str:
    date = load_claims().reviewed
    assert date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)
    return date


def test_the_shipped_base_is_dated():
    shipped_date()


@pytest.mark.parametrize("raw", ["2026-12-02", '"2026-12-02"', "'2026-12-02'"])
def test_a_date_loads_as_text(raw):
    assert parse_claims(LAYER.format(reviewed=f"reviewed: {raw}\n")).reviewed == "2026-12-02"


def test_no_date_is_none():
    assert parse_claims(LAYER.format(reviewed="")).reviewed is None


@pytest.mark.parametrize("raw", ["2026-13-02", "2026-02-30", "2026-1-2", "02/12/2026",
                                 "yesterday", "[2026-12-02]", "2026-12-02T10:00"])
def test_a_bad_date_is_a_problem_with_its_line(raw):
    with pytest.raises(ClaimsProblems) as info:
        parse_claims(LAYER.format(reviewed=f"reviewed: {raw}\n"), "f.yaml")
    (problem,) = info.value.problems
    assert str(problem).startswith("f.yaml:2: reviewed must be a date, YYYY-MM-DD")


@pytest.mark.parametrize("mine, theirs, want", [
    ("2026-12-02", "2027-01-05", "2027-01-05"),
    ("2027-01-05", "2026-12-02", "2027-01-05"),
    ("2026-12-02", None, "2026-12-02"),
    (None, "2026-12-02", "2026-12-02"),
    (None, None, None),
])
def test_merge_keeps_the_newest_date(mine, theirs, want):
    assert ClaimBase(reviewed=mine).merged(ClaimBase(reviewed=theirs)).reviewed == want


def test_validate_and_check_report_a_bad_date_with_its_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(zucchini_layer("zucchini-cure").replace(
        "version: 1\n", "version: 1\nreviewed: 2026-02-30\n"), encoding="utf-8")
    p = run_cli("validate", str(bad))
    assert p.returncode == 2
    assert p.stdout == f"{bad}:2: reviewed must be a date, YYYY-MM-DD (got '2026-02-30')\n"
    p = run_cli("--claims", str(bad), "CCSVI causes MS")
    assert p.returncode == 2 and p.stdout == ""
    assert f"{bad}:2: reviewed must be a date" in p.stderr


def test_check_records_carry_the_date_in_every_json_path(tmp_path):
    date = shipped_date()
    p = run_cli("-f", "jsonl", "CCSVI causes MS", "I had a great time at the concert")
    assert [r["reviewed"] for r in jsonl(p.stdout)] == [date, date]
    # stdin in json goes through the fast encoder (and the worker pool when large)
    p = run_cli("-f", "json", input="CCSVI causes MS\nhello\n")
    assert [r["reviewed"] for r in json.loads(p.stdout)] == [date, date]
    later = tmp_path / "later.yaml"
    later.write_text(LAYER.format(reviewed="reviewed: 2099-01-01\n"), encoding="utf-8")
    p = run_cli("--claims", str(later), "-f", "jsonl", "CCSVI causes MS")
    assert jsonl(p.stdout)[0]["reviewed"] == "2099-01-01"


def test_scan_records_carry_the_date():
    p = run_cli("scan", "-f", "jsonl", input="CCSVI causes MS. Liberation therapy is safe.\n")
    recs = jsonl(p.stdout)
    assert len(recs) == 2 and all(r["reviewed"] == shipped_date() for r in recs)


def test_the_fast_encoder_writes_what_to_dict_does(checker):
    from dataclasses import replace

    from ccsvi_check.render import ResultJson, json_record

    encode = ResultJson()
    for text in ("CCSVI causes MS", "hello there"):
        result = checker.check(text)
        for r in (result, replace(result, reviewed=None), replace(result, reviewed="2030-01-01")):
            assert encode(r) == json_record(r.to_dict())


def test_claims_show_gives_the_date_in_every_format():
    date = shipped_date()
    p = run_cli("claims", "show", "ccsvi-causes-ms", "--color", "never")
    assert f"\nReviewed: {date}\n" in p.stdout
    p = run_cli("claims", "show", "ccsvi-causes-ms", "-f", "json")
    assert json.loads(p.stdout)["reviewed"] == date
    p = run_cli("claims", "show", "ccsvi-causes-ms", "-f", "markdown")
    assert p.stdout.endswith(f"\nReviewed: {date}\n")
