"""`--only`, `--min-score` and `--summary` on `check` and `scan`, through the installed
entry point; the filter and the tally as units."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from conftest import entry_point, jsonl, run_cli

from ccsvi_check.filters import FilterError, RecordFilter, make_filter, parse_verdicts
from ccsvi_check.tally import Tally

POSTS = ("CCSVI causes MS\n"
         "my neuro warned me liberation therapy is dangerous\n"
         "Vitamin D prevents MS\n"
         "\n"
         "liberation therapy cures ms!!!\n")
# what each line gets, unfiltered (as README shows)
VERDICTS = ["false", "true", "unknown", "unknown", "false"]


def test_unfiltered_posts_are_what_the_filters_are_tested_against():
    p = run_cli("-f", "jsonl", input=POSTS)
    assert [r["verdict"] for r in jsonl(p.stdout)] == VERDICTS and p.returncode == 1


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_only_keeps_those_verdicts_in_input_order(fmt, jobs):
    p = run_cli("-f", fmt, "-j", jobs, "--only", "false,misleading", input=POSTS)
    records = jsonl(p.stdout) if fmt == "jsonl" else json.loads(p.stdout)
    assert [r["input"] for r in records] == ["CCSVI causes MS",
                                             "liberation therapy cures ms!!!"]
    assert p.returncode == 1 and p.stderr == ""


def test_only_on_a_large_input_through_the_workers():
    text = POSTS * 1500  # 7,500 lines: enough for the worker pool
    p = run_cli("-f", "jsonl", "-j", "2", "--only", "true", "--summary", input=text)
    records = jsonl(p.stdout)
    assert len(records) == 1500 and {r["verdict"] for r in records} == {"true"}
    assert p.stderr == "ccsvi-check: 7500 statements: 3000 false, 1500 true, 3000 unknown; " \
                       "1500 shown\n"


def test_exit_status_counts_every_input_not_only_the_shown():
    # a false statement hidden by the filter still makes the run exit 1
    p = run_cli("-f", "jsonl", "--only", "true", input=POSTS)
    assert p.returncode == 1 and [r["verdict"] for r in jsonl(p.stdout)] == ["true"]
    p = run_cli("-f", "jsonl", "--only", "unknown", "Vitamin D prevents MS")
    assert p.returncode == 0 and len(jsonl(p.stdout)) == 1


def test_min_score_drops_weaker_matches_without_changing_verdicts():
    p = run_cli("-f", "jsonl", "--min-score", "95", input=POSTS)
    records = jsonl(p.stdout)
    assert [r["input"] for r in records] == ["CCSVI causes MS", "liberation therapy cures ms!!!"]
    assert all(r["score"] >= 95 for r in records)
    # the 76.5 match is dropped, not made unknown as --threshold 95 would
    p = run_cli("-f", "jsonl", "--threshold", "95", input=POSTS)
    assert [r["verdict"] for r in jsonl(p.stdout)][1] == "unknown"


def test_filters_in_text_and_markdown():
    p = run_cli("--only", "true", "CCSVI causes MS", "CCSVI does not cause MS")
    assert "Statement: CCSVI does not cause MS" in p.stdout
    assert "Statement: CCSVI causes MS\n" not in p.stdout and p.returncode == 1
    p = run_cli("-f", "markdown", "--only", "misleading", "CCSVI causes MS")
    assert p.stdout == "" and p.returncode == 1


@pytest.mark.parametrize(("args", "message"), [
    (["--only", "flase"], "--only: unknown verdict 'flase' (verdicts: true, false, "
                          "misleading, unproven, unknown)"),
    (["--only", ""], "--only needs a comma list of verdicts (true, false, misleading, "
                     "unproven, unknown)"),
    (["--only", "false,,true"], "--only: an empty verdict in 'false,,true'"),
    (["--min-score", "101"], "Invalid value for '--min-score'"),
    (["--min-score", "-1"], "Invalid value for '--min-score'"),
    (["--min-score", "lots"], "Invalid value for '--min-score'"),
])
@pytest.mark.parametrize("command", [[], ["scan", "-"]])
def test_bad_filter_values_are_one_line_exit_2(command, args, message):
    p = run_cli(*command, *args, *([] if command else ["CCSVI causes MS"]), input="x")
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.startswith(f"ccsvi-check: error: {message}")
    assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr


def test_summary_goes_to_stderr_never_stdout():
    p = run_cli("-f", "json", "--summary", input=POSTS)
    assert len(json.loads(p.stdout)) == 5  # the JSON is whole, and only JSON
    assert p.stderr == "ccsvi-check: 5 statements: 2 false, 1 true, 2 unknown\n"
    p = run_cli("--summary", "CCSVI causes MS")
    assert p.stderr == "ccsvi-check: 1 statement: 1 false\n"
    assert "statement:" not in p.stdout
    assert run_cli("-f", "jsonl", input=POSTS).stderr == ""  # not a terminal: no tally


def _stderr_on_a_terminal(*args: str, stdin: str) -> tuple[str, str]:
    """Run with stderr on a pseudo-terminal: (stdout, what the terminal showed)."""
    import pty

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    proc = subprocess.run([entry_point(), *args], input=stdin.encode(), stdout=subprocess.PIPE,
                          stderr=follower, env=env, timeout=120)
    os.close(follower)
    shown = b""
    try:
        while chunk := os.read(leader, 4096):
            shown += chunk
    except OSError:  # the terminal closed
        pass
    os.close(leader)
    return proc.stdout.decode(), shown.decode().replace("\r\n", "\n")


def test_summary_by_default_when_stderr_is_a_terminal_and_several_inputs():
    out, err = _stderr_on_a_terminal("-f", "jsonl", "--only", "false", stdin=POSTS)
    assert len(jsonl(out)) == 2
    assert err == "ccsvi-check: 5 statements: 2 false, 1 true, 2 unknown; 2 shown\n"
    _, err = _stderr_on_a_terminal("-f", "jsonl", "CCSVI causes MS", stdin="")
    assert err == ""  # one statement: its record says it all
    _, err = _stderr_on_a_terminal("-f", "jsonl", "--no-summary", stdin=POSTS)
    assert err == ""


def test_scan_filters_and_tally(tmp_path):
    (tmp_path / "post.txt").write_text(POSTS, encoding="utf-8")
    p = run_cli("scan", "-f", "jsonl", "--only", "true", "--summary", "post.txt", cwd=tmp_path)
    assert [(r["line"], r["verdict"]) for r in jsonl(p.stdout)] == [(2, "true")]
    assert p.returncode == 1  # the false findings count, though not shown
    assert p.stderr == "ccsvi-check: 3 findings: 2 false, 1 true; 1 shown\n"
    p = run_cli("scan", "--min-score", "95", "post.txt", cwd=tmp_path)
    assert p.stdout.splitlines()[-1] == "2 findings (2 false) in 1 file, 4 sentences checked."
    assert p.stderr == ""  # text ends with its own summary: the tally only if asked


# ---------------------------------------------------------------------- units


def test_parse_verdicts_folds_case_and_spaces():
    assert parse_verdicts(" False , MISLEADING") == {"false", "misleading"}
    with pytest.raises(FilterError):
        parse_verdicts("flagged")


def test_record_filter_and_make_filter():
    class R:
        def __init__(self, verdict, score):
            self.verdict, self.score = verdict, score

    f = RecordFilter(frozenset({"false"}), 80)
    assert f(R("false", 80)) and not f(R("false", 79.9)) and not f(R("true", 100))
    assert make_filter(None, None) is None and make_filter(None, 0) is None
    assert make_filter("true", None) == RecordFilter(frozenset({"true"}), 0.0)
    with pytest.raises(FilterError):
        make_filter(None, 100.5)


def test_tally_line():
    t = Tally()
    assert t.line() == "0 statements"
    for v, shown in [("true", True), ("false", False), ("unknown", True), ("false", True)]:
        t.add(v, shown)
    assert t.line() == "4 statements: 2 false, 1 true, 1 unknown"
    assert t.line("finding", filtered=True) == "4 findings: 2 false, 1 true, 1 unknown; 3 shown"
