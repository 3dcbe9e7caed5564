"""`--format csv` and `--format tsv` for `check` and `scan`: a header row, one row per
record, the same content as the JSON record."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import jsonl, run_cli

from ccsvi_check.render_csv import COLUMNS, SCAN_COLUMNS

HEADER = "input,verdict,score,negated,claim_id,claim,explanation,sources"
POSTS = ("CCSVI causes MS\n"
         "my neuro warned me liberation therapy is dangerous\n"
         "Vitamin D prevents MS\n"
         "\n"
         'He said "liberation therapy cures MS", then left\n')


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_columns_are_stable():
    # scripts and spreadsheets index these: new columns only ever at the end
    assert COLUMNS == ("input", "verdict", "score", "negated", "claim_id", "claim",
                       "explanation", "sources")
    assert SCAN_COLUMNS[:len(COLUMNS)] == COLUMNS
    assert SCAN_COLUMNS[len(COLUMNS):] == ("path", "line", "column", "end_line",
                                           "end_column")


def test_csv_is_the_json_record_one_row_per_input():
    p = run_cli("-f", "csv", input=POSTS)
    assert p.returncode == 1 and p.stdout.splitlines()[0] == HEADER
    rows = _rows(p.stdout)
    records = jsonl(run_cli("-f", "jsonl", input=POSTS).stdout)
    assert len(rows) == len(records) == 5
    for row, rec in zip(rows, records, strict=True):
        assert row["input"] == rec["input"] and row["verdict"] == rec["verdict"]
        assert float(row["score"]) == rec["score"]
        assert row["negated"] == str(rec["negated"]).lower()
        assert row["claim_id"] == (rec["claim"]["id"] if rec["claim"] else "")
        assert row["claim"] == (rec["claim"]["text"] if rec["claim"] else "")
        assert row["explanation"] == rec["explanation"]
        assert row["sources"] == " | ".join(s["url"] for s in rec["sources"])
    # quotes and commas are quoted, as the csv module reads them back
    assert '"He said ""liberation therapy cures MS"", then left"' in p.stdout


def test_csv_header_alone_when_nothing_is_shown():
    p = run_cli("-f", "csv", "--only", "misleading", "CCSVI causes MS")
    assert p.stdout == HEADER + "\n" and p.returncode == 1


def test_tsv_never_quotes_and_keeps_one_line_per_record():
    text = "CCSVI causes MS\ttab\\slash"
    p = run_cli("-f", "tsv", text, "Vitamin D prevents MS")
    lines = p.stdout.splitlines()
    assert lines[0] == HEADER.replace(",", "\t") and len(lines) == 3
    assert lines[1].split("\t")[0] == "CCSVI causes MS\\ttab\\\\slash"
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)
    assert '"' not in lines[2]


def test_csv_with_filters_and_summary():
    p = run_cli("-f", "csv", "--only", "false", "--summary", input=POSTS)
    assert [r["input"] for r in _rows(p.stdout)] == ["CCSVI causes MS"]
    assert p.stderr.startswith("ccsvi-check: 5 statements: ")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_scan_rows_carry_the_positions(tmp_path, fmt):
    (tmp_path / "post.txt").write_text(POSTS, encoding="utf-8")
    p = run_cli("scan", "-f", fmt, "post.txt", cwd=tmp_path)
    rows = list(csv.DictReader(io.StringIO(p.stdout), delimiter="," if fmt == "csv" else "\t"))
    found = jsonl(run_cli("scan", "-f", "jsonl", "post.txt", cwd=tmp_path).stdout)
    assert [(r["path"], int(r["line"]), int(r["column"]), int(r["end_line"]),
             int(r["end_column"]), r["verdict"]) for r in rows] == \
        [(f["path"], f["line"], f["column"], f["end_line"], f["end_column"], f["verdict"])
         for f in found]
    assert p.returncode == 1


def test_a_settings_file_may_choose_csv(tmp_path):
    (tmp_path / ".ccsvi-check.toml").write_text('format = "csv"\n', encoding="utf-8")
    assert run_cli("CCSVI causes MS", cwd=tmp_path).stdout.startswith(HEADER + "\n")
