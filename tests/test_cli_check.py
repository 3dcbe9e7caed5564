"""`ccsvi-check check` through the installed entry point: formats, exit codes, streaming,
and every kind of bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess

import pytest
from conftest import entry_point, jsonl, run_cli

FIELDS = {"schema", "input", "verdict", "score", "negated", "claim", "explanation", "sources",
          "reviewed"}


def test_bare_statement_is_check_and_exits_1_on_false():
    p = run_cli("CCSVI causes MS", "--format", "jsonl")
    assert p.returncode == 1, p.stderr
    (rec,) = jsonl(p.stdout)
    assert set(rec) == FIELDS
    assert rec["schema"] == 1 and rec["input"] == "CCSVI causes MS"
    assert rec["verdict"] == "false" and rec["negated"] is False
    assert rec["claim"]["verdict"] == "false" and rec["claim"]["id"]
    assert 0 <= rec["score"] <= 100
    assert rec["sources"] and all(set(s) == {"title", "publisher", "year", "url"}
                                  for s in rec["sources"])
    assert all(s["url"].startswith("http") for s in rec["sources"])
    assert run_cli("check", "CCSVI causes MS", "--format", "jsonl").stdout == p.stdout


def test_negated_statement_is_true_and_exits_0():
    p = run_cli("--format", "jsonl", "CCSVI does not cause MS.")
    assert p.returncode == 0
    (rec,) = jsonl(p.stdout)
    assert rec["verdict"] == "true" and rec["negated"] is True
    assert rec["claim"]["verdict"] == "false"


def test_off_topic_is_unknown_with_null_claim():
    p = run_cli("--format", "jsonl", "The stock market fell three percent today.")
    assert p.returncode == 0
    (rec,) = jsonl(p.stdout)
    assert rec["verdict"] == "unknown" and rec["claim"] is None and rec["sources"] == []


def test_several_statements_in_order_and_json_array():
    args = ["CCSVI causes MS", "Please remember to vote", "Liberation therapy is safe."]
    p = run_cli("--format", "json", *args)
    data = json.loads(p.stdout)
    assert [r["input"] for r in data] == args
    assert [r["verdict"] for r in data] == ["false", "unknown", "false"]
    assert p.returncode == 1


def test_empty_json_array_for_no_input():
    p = run_cli("--format", "json", "-", input="")
    assert p.returncode == 0 and json.loads(p.stdout) == []


def test_top_adds_alternatives():
    (rec,) = jsonl(run_cli("--format", "jsonl", "--top", "3", "CCSVI causes MS").stdout)
    alts = rec["alternatives"]
    assert 1 <= len(alts) <= 3 and alts[0]["id"] == rec["claim"]["id"]
    assert all(set(a) == {"id", "score"} for a in alts)
    assert [a["score"] for a in alts] == sorted((a["score"] for a in alts), reverse=True)


def test_threshold_100_makes_paraphrases_unknown():
    text = "honestly ccsvi causes ms in everyone"
    p = run_cli("--format", "jsonl", "--threshold", "100", text)
    assert jsonl(p.stdout)[0]["verdict"] == "unknown"
    p = run_cli("--format", "jsonl", "--threshold", "60", text)
    assert jsonl(p.stdout)[0]["verdict"] == "false"


def test_text_output_has_verdict_claim_and_sources_without_colour_off_terminal():
    p = run_cli("CCSVI causes MS")
    assert p.returncode == 1
    assert "FALSE" in p.stdout and "Sources:" in p.stdout and "https://" in p.stdout
    assert "\x1b[" not in p.stdout


def test_color_always_and_no_color():
    assert "\x1b[" in run_cli("--color", "always", "CCSVI causes MS").stdout
    # the flag wins over the environment (no-color.org): the badge keeps its red
    forced = run_cli("--color", "always", "CCSVI causes MS", env={"NO_COLOR": "1"}).stdout
    assert "41m FALSE" in forced
    assert "\x1b[" not in run_cli("--color", "never", "CCSVI causes MS").stdout
    assert "\x1b[" not in run_cli("CCSVI causes MS", env={"NO_COLOR": "1"}).stdout


BAD_LINES = [
    "",
    "   \t  ",
    "nul\x00byte and \x07 bell \x1b[31m escape",
    "🙏🙏🙏🔥",
    "x" * 1_000_000,
    "CCSVI causes MS",
]


def test_every_bad_line_gives_exactly_one_record_in_order():
    payload = ("\n".join(BAD_LINES) + "\n").encode() + b"invalid \xff\xfe utf-8\n" + b"last"
    p = run_cli("--format", "jsonl", input=payload)
    recs = jsonl(p.stdout)
    assert len(recs) == len(BAD_LINES) + 2, p.stderr
    assert [r["input"] for r in recs[: len(BAD_LINES)]] == BAD_LINES
    assert recs[-2]["input"] == "invalid \ufffd\ufffd utf-8" and recs[-1]["input"] == "last"
    assert recs[-3]["verdict"] == "false"
    assert all(r["verdict"] == "unknown" for r in recs[:5])
    assert p.returncode == 1 and p.stderr == ""


def test_crlf_lines():
    recs = jsonl(run_cli("-f", "jsonl", input=b"CCSVI causes MS\r\nhello\r\n").stdout)
    assert [r["input"] for r in recs] == ["CCSVI causes MS", "hello"]


@pytest.mark.parametrize("args,needle", [
    (["--format", "xml", "x"], "--format"),
    (["--threshold", "150", "x"], "--threshold"),
    (["--top", "-1", "x"], "--top"),
    (["--claims", "/nonexistent/claims.yaml", "x"], "/nonexistent/claims.yaml"),
    (["--bogus", "x"], "--bogus"),
])
def test_usage_errors_are_one_line_exit_2(args, needle):
    p = run_cli(*args)
    assert p.returncode == 2
    assert p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in p.stderr


def test_bad_claims_file_names_file_and_line(tmp_path):
    bad = tmp_path / "extra.yaml"
    bad.write_text("version: 1\nclaims:\n  - id: x\n    claim: y\n    verdict: maybe\n")
    p = run_cli("--claims", str(bad), "CCSVI causes MS")
    assert p.returncode == 2
    assert p.stderr.startswith(f"ccsvi-check: error: {bad}:3: ") or \
        p.stderr.startswith(f"ccsvi-check: error: {bad}:5: ")
    assert len(p.stderr.strip().splitlines()) == 1


def test_extra_claims_file_adds_and_replaces(tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "version: 1\n"
        "claims:\n"
        "  - id: ccsvi-causes-ms\n"
        "    claim: CCSVI causes MS.\n"
        "    verdict: misleading\n"
        "    explanation: Replaced for this test.\n"
        "    sources: [{title: T, publisher: P, year: 2020, url: 'https://example.org'}]\n"
        "  - id: local-claim\n"
        "    claim: Liberation therapy is available in Atlantis.\n"
        "    verdict: unproven\n"
        "    explanation: A local claim.\n"
        "    sources: [{title: T, publisher: P, year: 2020, url: 'https://example.org'}]\n")
    recs = jsonl(run_cli("-f", "jsonl", "-c", str(extra), "CCSVI causes MS",
                         "Liberation therapy is available in Atlantis").stdout)
    assert recs[0]["claim"]["id"] == "ccsvi-causes-ms" and recs[0]["verdict"] == "misleading"
    assert recs[0]["explanation"] == "Replaced for this test."
    assert recs[1]["claim"]["id"] == "local-claim" and recs[1]["verdict"] == "unproven"


def test_stdin_is_streamed_record_by_record():
    proc = subprocess.Popen([entry_point(), "--format", "jsonl"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        proc.stdin.write(b"CCSVI causes MS\n")
        proc.stdin.flush()
        first = proc.stdout.readline()  # arrives before stdin is closed
        assert json.loads(first)["verdict"] == "false"
        proc.stdin.write(b"hello\n")
        proc.stdin.close()
        rest = proc.stdout.read()
        assert len(rest.splitlines()) == 1
    finally:
        proc.kill()
        proc.wait()


def test_head_closes_pipe_quietly():
    p = subprocess.run(f"yes 'CCSVI causes MS' | head -n 3000 | {entry_point()} -f jsonl "
                       "| head -n 1", shell=True, capture_output=True, timeout=120)
    assert len(p.stdout.splitlines()) == 1
    assert b"Traceback" not in p.stderr and p.stderr == b""


@pytest.mark.parametrize("fmt", ["text", "jsonl", "markdown"])
def test_closed_pipe_exits_141_in_every_format(fmt):
    # rich, left alone, exits 1 on a broken pipe: that would read as "a claim is false"
    script = (f"yes 'Vitamin D helps' | head -n 20000 | {entry_point()} -f {fmt} "
              "| head -n 1 >/dev/null; echo ${PIPESTATUS[2]}")
    p = subprocess.run(["/bin/bash", "-c", script], capture_output=True, timeout=120)
    assert p.stdout.decode().strip() == "141"
    assert b"Traceback" not in p.stderr


def test_text_output_off_terminal_keeps_long_links_whole():
    p = run_cli("Liberation therapy is safe", env={"COLUMNS": "40"})
    assert "https://pmc.ncbi.nlm.nih.gov/articles/PMC5833494/" in p.stdout
    assert "http://www.fda.gov/MedicalDevices/Safety/AlertsandNotices/ucm303318.htm" in p.stdout


def test_ctrl_c_exits_130_quietly():
    proc = subprocess.Popen([entry_point(), "-f", "jsonl"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(b"CCSVI causes MS\n")
    proc.stdin.flush()
    proc.stdout.readline()  # the checker is loaded and waiting for input
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert b"Traceback" not in err and err.strip() == b""


def test_python_dash_m_works():
    import sys

    p = subprocess.run([sys.executable, "-m", "ccsvi_check", "-f", "jsonl", "CCSVI causes MS"],
                       capture_output=True, text=True, cwd="/", timeout=60,
                       env={**os.environ, "PYTHONPATH": ""})
    assert p.returncode == 1 and jsonl(p.stdout)[0]["verdict"] == "false"


def test_version():
    p = run_cli("--version")
    assert p.returncode == 0 and p.stdout.startswith("ccsvi-check ")


def test_startup_is_not_slowed_by_rich_on_json_paths():
    code = ("import sys; from ccsvi_check.cli import run; run(['-f','jsonl','CCSVI causes MS']);"
            "print('rich' in sys.modules, file=sys.stderr)")
    import sys

    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=60)
    assert p.stderr.strip().endswith("False")


def test_a_check_run_converts_its_options_without_pydantic():
    # typer 0.29 converts every parameter through pydantic (more than doubling start-up);
    # pyproject.toml keeps typer below it: this fails if an installed typer does that
    code = ("import sys; from ccsvi_check.cli import run; "
            "rc = run(['-f','jsonl','-t','70','-k','2','CCSVI causes MS']); "
            "print(rc, sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'), "
            "file=sys.stderr)")
    import sys

    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=60)
    assert p.stderr.strip().splitlines()[-1] == "1 []"


def test_explain_shows_why_in_json_and_text():
    (rec,) = jsonl(run_cli("--format", "jsonl", "--explain", "TVAM is a scam").stdout)
    assert rec["why"]["rule"] == "evaluative" and rec["verdict"] == "true"
    assert "read_as" in rec["why"] and "wording" in rec["why"]
    (rec,) = jsonl(run_cli("--format", "jsonl", "TVAM is a scam").stdout)
    assert "why" not in rec
    p = run_cli("--color", "never", "--explain", "My cousin says CCSVI causes MS")
    assert "Why: " in p.stdout and '"rule": "attribution"' in p.stdout


# ---------------------------------------------------------------------- a path given to check


@pytest.mark.parametrize("name", ["draft.md", "my draft.md", "docs"])
def test_a_path_as_the_only_statement_is_a_hint_to_scan_exit_2(tmp_path, name):
    path = tmp_path / name
    if name == "docs":
        path.mkdir()
    else:
        path.write_text("CCSVI causes MS.\n", encoding="utf-8")
    kind = "directory" if name == "docs" else "file"
    quoted = f"'{name}'" if " " in name else name
    for args in ([name], ["check", name], ["-f", "jsonl", name]):
        p = run_cli(*args, cwd=tmp_path)
        assert (p.returncode, p.stdout) == (2, ""), args
        assert p.stderr == (f"ccsvi-check: error: {name} is a {kind}: use ccsvi-check scan "
                            f"{quoted} (or --literal to check the words themselves)\n")


def test_literal_checks_the_words_of_a_name_that_is_a_file(tmp_path):
    (tmp_path / "CCSVI causes MS").write_text("", encoding="utf-8")
    p = run_cli("--literal", "-f", "jsonl", "CCSVI causes MS", cwd=tmp_path)
    assert p.returncode == 1 and jsonl(p.stdout)[0]["verdict"] == "false"


def test_no_hint_for_statements_that_are_not_paths_or_are_several(tmp_path):
    (tmp_path / "draft.md").write_text("", encoding="utf-8")
    # two arguments, a missing path, an over-long one, '-': all statements, as before
    p = run_cli("-f", "jsonl", "draft.md", "CCSVI causes MS", cwd=tmp_path)
    assert p.returncode == 1 and len(jsonl(p.stdout)) == 2
    for arg in ("nothere.md", "x" * 5000):
        p = run_cli("-f", "jsonl", arg, cwd=tmp_path)
        assert p.returncode == 0 and p.stderr == "", arg
    assert run_cli("-f", "jsonl", "-", input="draft.md\n", cwd=tmp_path).returncode == 0


def test_typing_at_a_terminal_gets_a_prompt_and_a_tally_at_ctrl_d():
    """A person at a terminal sees the hint, a '> ' prompt before each line, each answer
    at once, and at Ctrl-D a tally on a line of its own."""
    import os
    import pty
    import select
    import subprocess
    import time

    from conftest import entry_point

    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm-256color", "NO_COLOR": "1"}
    proc = subprocess.Popen([entry_point()], stdin=follower, stdout=follower,
                            stderr=follower, env=env)
    os.close(follower)
    screen = b""

    def read_until(marker: bytes, count: int = 1, timeout: float = 60) -> None:
        nonlocal screen
        deadline = time.monotonic() + timeout
        while screen.count(marker) < count and time.monotonic() < deadline:
            if select.select([leader], [], [], 0.5)[0]:
                try:
                    screen += os.read(leader, 65536)
                except OSError:
                    return

    try:
        read_until(b"> ")
        os.write(leader, b"CCSVI causes MS\n")
        read_until(b"> ", 2)  # the answer, then the next prompt
        os.write(leader, b"CCSVI does not cause MS\n")
        read_until(b"> ", 3)
        os.write(leader, b"\x04")  # Ctrl-D
        read_until(b"2 statements")
        proc.wait(timeout=30)
    finally:
        os.close(leader)
        proc.kill()
    text = screen.decode("utf-8", "replace").replace("\r\n", "\n")
    assert "reading statements from the terminal" in text
    assert text.count("\n> ") + text.startswith("> ") >= 3  # a prompt before each line
    assert text.index("FALSE") < text.index("TRUE")  # each answer as its line came
    assert "\nccsvi-check: 2 statements: 1 false, 1 true" in text  # a line of its own
    assert proc.returncode == 1
