"""`ccsvi-check scan` through the installed entry point, with the shipped claim base:
positions, directories, stdin, markup, encodings, binary and unreadable files, the
ignore comment, formats (Markdown too), settings files, exit codes and --jobs."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from conftest import ROOT, jsonl, run_cli, zucchini_layer

FIELDS = {"schema", "input", "verdict", "score", "negated", "claim", "explanation", "sources",
          "reviewed", "path", "line", "column", "end_line", "end_column"}
FALSE_1 = "CCSVI causes MS."
FALSE_2 = "Liberation therapy is safe."
TRUE_1 = "The FDA has issued a warning about TVAM."
OFF = "I had a great time at the concert."


def scan(*args, **kw):
    return run_cli("scan", *args, **kw)


def at(text: str, rec: dict) -> str:
    """The text of a record's span (1-based, end exclusive) in ``text``."""
    lines = text.split("\n")
    if rec["line"] == rec["end_line"]:
        return lines[rec["line"] - 1][rec["column"] - 1:rec["end_column"] - 1]
    first = lines[rec["line"] - 1][rec["column"] - 1:]
    middle = lines[rec["line"]:rec["end_line"] - 1]
    last = lines[rec["end_line"] - 1][:rec["end_column"] - 1]
    return "\n".join([first, *middle, last])


def test_positions_in_a_multi_line_file(tmp_path):
    text = (f"{OFF} Honestly, I think that {FALSE_1}\n"
            "\n"
            f"  Nothing here. {FALSE_2} And then\n"
            "we went home.\n")
    f = tmp_path / "notes.txt"
    f.write_text(text, encoding="utf-8")
    p = scan("--format", "jsonl", str(f))
    assert p.returncode == 1, p.stderr
    recs = jsonl(p.stdout)
    assert [r["verdict"] for r in recs] == ["false", "false"]
    assert all(set(r) == FIELDS and r["path"] == str(f) for r in recs)
    assert (recs[0]["line"], recs[0]["column"]) == (1, len(OFF) + 2)
    assert at(text, recs[0]) == f"Honestly, I think that {FALSE_1}"
    assert recs[0]["end_column"] == len(text.split("\n")[0]) + 1  # exclusive
    assert (recs[1]["line"], recs[1]["column"], recs[1]["end_line"]) == (3, 17, 3)
    assert at(text, recs[1]) == FALSE_2


def test_text_output_is_linter_style_with_a_summary(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(f"{OFF}\n{FALSE_1}\n", encoding="utf-8")
    p = scan(str(f), "--color", "never")
    assert p.returncode == 1
    lines = p.stdout.splitlines()
    assert re.fullmatch(rf"{re.escape(str(f))}:2:1: FALSE [\w-]+: .+", lines[0]), lines
    assert lines[1].strip() == FALSE_1
    assert lines[-1].startswith("1 finding (1 false) in 1 file, 2 sentences checked")
    assert "\x1b[" not in p.stdout
    assert "\x1b[" in scan(str(f), "--color", "always").stdout
    assert "\x1b[" not in scan(str(f), "--color", "auto").stdout  # not a terminal


def test_directory_tree_sorted_and_filtered(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "b.md").write_text(f"# Notes\n\n{FALSE_1}\n")
    (tmp_path / "a.txt").write_text(f"{OFF}\n")
    (tmp_path / "sub" / "c.rst").write_text(f"{FALSE_2}\n")
    (tmp_path / "sub" / "deeper" / "d.html").write_text(f"<p>{FALSE_1}</p>\n")
    (tmp_path / "sub" / "code.py").write_text(f"# {FALSE_1}\n")
    (tmp_path / ".git" / "e.md").write_text(f"{FALSE_1}\n")
    p = scan("--format", "jsonl", str(tmp_path))
    assert p.returncode == 1, p.stderr
    got = [(os.path.relpath(r["path"], tmp_path), r["line"], r["column"]) for r in jsonl(p.stdout)]
    assert got == [("b.md", 3, 1), (os.path.join("sub", "c.rst"), 1, 1),
                   (os.path.join("sub", "deeper", "d.html"), 1, 4)]


def test_stdin_is_one_document():
    text = f"{OFF}\n{FALSE_1} {TRUE_1}\nhappy friday"
    for args in ([], ["-"]):
        p = scan("--format", "jsonl", *args, input=text)
        assert p.returncode == 1, p.stderr
        recs = jsonl(p.stdout)
        assert [(r["path"], r["line"], r["verdict"]) for r in recs] == [
            ("<stdin>", 2, "false"), ("<stdin>", 2, "true")]
        assert at(text, recs[1]) == TRUE_1
    p = scan("--format", "jsonl", "--stdin-filename", "post.md", input=f"`{FALSE_1}`\n")
    assert p.returncode == 0 and p.stdout == ""


def test_lines_without_punctuation_and_all(tmp_path):
    p = scan("--format", "jsonl", "--all", "-", input=f"{FALSE_1[:-1]}\n{OFF[:-1]}\nthanks")
    recs = jsonl(p.stdout)
    assert [(r["line"], r["verdict"]) for r in recs] == [(1, "false"), (2, "unknown"),
                                                       (3, "unknown")]
    assert recs[1]["claim"] is None and recs[1]["input"] == OFF[:-1]


def test_markdown_code_blocks_and_links(tmp_path):
    text = (f"# Reading notes\n\n"
            f"Quote: `{FALSE_1}` and a [link](https://example.org/{FALSE_1.replace(' ', '-')}).\n"
            f"\n```\n{FALSE_1}\n```\n\n    {FALSE_2}\n\n"
            f"<!-- {FALSE_2} -->\n"
            f"- **{FALSE_2}**\n")
    f = tmp_path / "notes.md"
    f.write_text(text, encoding="utf-8")
    p = scan("--format", "jsonl", str(f))
    recs = jsonl(p.stdout)
    assert [(r["line"], r["column"], r["verdict"]) for r in recs] == [(12, 5, "false")], recs
    assert recs[0]["input"] == FALSE_2 and recs[0]["end_column"] == 5 + len(FALSE_2)
    assert p.returncode == 1
    plain = jsonl(scan("--format", "jsonl", "--markup", "text", str(f)).stdout)
    assert len(plain) > 1


def test_latin1_file_is_decoded(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes(f"Café crème. {FALSE_1}\n".encode("latin-1"))
    p = scan("--format", "jsonl", str(f))
    assert p.returncode == 1, p.stderr
    (rec,) = jsonl(p.stdout)
    assert (rec["line"], rec["column"], rec["input"]) == (1, 13, FALSE_1)


def test_binary_file_is_skipped_with_a_note(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\0\0\0" + FALSE_1.encode())
    (tmp_path / "b.txt").write_text(FALSE_1)
    p = scan("--format", "jsonl", str(tmp_path))
    assert p.returncode == 1
    assert [os.path.basename(r["path"]) for r in jsonl(p.stdout)] == ["b.txt"]
    (note,) = p.stderr.splitlines()
    assert "a.txt" in note and "binary" in note


def test_unreadable_file_among_readable_ones(tmp_path):
    (tmp_path / "a.txt").write_text(FALSE_1)
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")  # dangling: can't be read
    (tmp_path / "c.txt").write_text(FALSE_2)
    p = scan("--format", "jsonl", str(tmp_path))
    assert p.returncode == 2
    assert [os.path.basename(r["path"]) for r in jsonl(p.stdout)] == ["a.txt", "c.txt"]
    (err,) = p.stderr.splitlines()
    assert "b.txt" in err


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads a chmod 000 file; test_scan.py injects the OSError")
def test_permission_denied_file(tmp_path):
    (tmp_path / "a.txt").write_text(FALSE_1)
    (tmp_path / "b.txt").write_text(FALSE_1)
    (tmp_path / "b.txt").chmod(0)
    try:
        p = scan("--format", "jsonl", str(tmp_path))
    finally:
        (tmp_path / "b.txt").chmod(0o600)
    assert p.returncode == 2 and len(jsonl(p.stdout)) == 1 and "b.txt" in p.stderr


def test_missing_path_is_reported_and_the_rest_scanned(tmp_path):
    (tmp_path / "a.txt").write_text(OFF)
    p = scan("--format", "jsonl", str(tmp_path / "nope.md"), str(tmp_path / "a.txt"))
    assert p.returncode == 2 and p.stdout == ""
    (err,) = p.stderr.splitlines()
    assert "nope.md" in err and "no such file" in err


def test_ignore_comment(tmp_path):
    text = (f"A myth: {FALSE_1} <!-- ccsvi-check: ignore -->\n"
            f"<!-- ccsvi-check: ignore-next-line -->\n{FALSE_2}\n\n"
            f"{FALSE_1}\n")
    f = tmp_path / "article.md"
    f.write_text(text)
    recs = jsonl(scan("--format", "jsonl", str(f)).stdout)
    assert [r["line"] for r in recs] == [5]
    p = scan("--format", "jsonl", input=f"{FALSE_1}  # ccsvi-check: ignore\n")
    assert p.returncode == 0 and p.stdout == ""


def test_ignore_comment_does_not_hide_the_next_line():
    text = "Venous angioplasty is safe. ccsvi-check: ignore\nTVAM improves MS symptoms.\n"
    p = scan("--color", "never", input=text)
    assert p.returncode == 1, p.stderr
    assert p.stdout.startswith("<stdin>:2:1: FALSE ")
    assert p.stdout.splitlines()[-1].endswith(" 1 sentence checked.")


@pytest.mark.parametrize("comment", [
    "<!-- ccsvi-check: ignore-next-line -->", "# ccsvi-check: ignore-next-line",
    "// ccsvi-check: ignore-next-line", "ccsvi-check: ignore-next-line",
])
def test_ignore_next_line_comment_is_not_a_sentence(comment):
    text = f"{comment}\n{FALSE_1}\n{OFF}\n"
    recs = jsonl(scan("--format", "jsonl", "--all", input=text).stdout)
    assert [(r["line"], r["verdict"], r["input"]) for r in recs] == [(3, "unknown", OFF)]
    p = scan("--color", "never", "--all", input=text)
    assert "ccsvi-check: ignore" not in p.stdout
    assert p.stdout.splitlines()[-1].endswith(" 1 sentence checked.")


def test_two_claims_on_two_lines_of_a_post_are_both_found():
    text = "Venous angioplasty is safe, say many clinics abroad\nTVAM improves MS symptoms.\n"
    p = scan("--format", "jsonl", input=text)
    assert p.returncode == 1, p.stderr
    recs = jsonl(p.stdout)
    assert [(r["line"], r["column"], r["end_line"], r["verdict"]) for r in recs] == [
        (1, 1, 1, "false"), (2, 1, 2, "false")]
    assert [at(text, r) for r in recs] == text.splitlines()
    assert recs[0]["claim"]["id"] != recs[1]["claim"]["id"]


def test_json_array_and_exit_0_without_flags(tmp_path):
    p = scan("--format", "json", input=f"{OFF} {TRUE_1}")
    assert p.returncode == 0
    data = json.loads(p.stdout)
    assert [r["verdict"] for r in data] == ["true"]
    p = scan("--format", "json", input=OFF)
    assert p.returncode == 0 and json.loads(p.stdout) == []


def test_jobs_2_gives_the_same_output_as_one(tmp_path):
    for k in range(6):
        body = "\n\n".join(f"Paragraph {i} of file {k}. {FALSE_1 if i % 3 == 0 else OFF} "
                           f"{FALSE_2 if i % 5 == 0 else 'Fine.'}" for i in range(400))
        (tmp_path / f"f{k}.txt").write_text(body + "\n")
    env = {"PYTHONHASHSEED": "0"}  # the same hashing in both runs, workers included
    one = scan("--format", "jsonl", "--jobs", "1", str(tmp_path), env=env)
    two = scan("--format", "jsonl", "--jobs", "2", str(tmp_path), env=env)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and len(jsonl(one.stdout)) >= 6 * 200
    text_one = scan("--jobs", "1", "--color", "never", str(tmp_path), env=env)
    text_two = scan("--jobs", "2", "--color", "never", str(tmp_path), env=env)
    assert text_one.stdout == text_two.stdout


def test_usage_error_exits_2():
    p = scan("--format", "yaml", input="x")
    assert p.returncode == 2 and p.stdout == ""


def test_pre_commit_hook_definition():
    yaml = pytest.importorskip("yaml")
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    (hook,) = [h for h in hooks if h["id"] == "ccsvi-check"]
    assert hook["entry"].split()[:2] == ["ccsvi-check", "scan"]
    assert hook["language"] == "python"
    assert re.search(hook["files"], "docs/notes.md") and re.search(hook["files"], "a.txt")
    assert not re.search(hook["files"], "setup.py")


def test_scan_is_listed_and_check_start_up_does_not_load_the_scanner():
    p = run_cli("--help")
    assert re.search(r"^[\s│|]*scan\b", p.stdout.partition("Commands")[2], re.MULTILINE)
    code = ("import sys; from ccsvi_check import cli; "
            "print(sorted(m for m in ('syntok', 'ccsvi_check.scan', 'ccsvi_check.documents', "
            "'rich') if m in sys.modules))")
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(ROOT), check=True).stdout
    assert out.strip() == "[]"


# ---------------------------------------------------------------------- markdown


def test_markdown_for_a_draft_reuses_checks_markdown(tmp_path):
    sentence = f"Honestly, I think that {FALSE_1}"
    (tmp_path / "draft.txt").write_text(f"{OFF} {sentence}\n\n{FALSE_2}\n", encoding="utf-8")
    p = scan("--format", "markdown", "draft.txt", cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    first, second = p.stdout.split("\n\n### ")
    # the verdict and the sentence quoted, then where it is
    assert first.startswith(f"### False: “{sentence}”\n\n*draft.txt:1:{len(OFF) + 2}*\n\n")
    assert "**Claim checked:**" in first and "Sources:" in first and "](https://" in first
    assert second.startswith(f"False: “{FALSE_2}”\n\n*draft.txt:3:1*\n")
    # the rest of a section is what `check --format markdown` says of the sentence
    checked = run_cli("check", "--format", "markdown", sentence).stdout
    assert first.replace(f"*draft.txt:1:{len(OFF) + 2}*\n\n", "") == checked.rstrip("\n")
    # the summary closes the output, as in the text format
    assert p.stdout.endswith("\n\n*2 findings (2 false) in 1 file, 3 sentences checked.*\n")
    assert "\x1b[" not in scan("--format", "markdown", "--color", "always", "draft.txt",
                               cwd=tmp_path).stdout


def test_markdown_all_no_findings_and_escaping(tmp_path):
    p = scan("-f", "markdown", "--all", "--stdin-filename", "my_post.txt", input=OFF)
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith(f"### Unknown: “{OFF}”\n\n*my\\_post.txt:1:1*\n")
    assert p.stdout.endswith("*1 finding (1 unknown) in 1 file, 1 sentence checked.*\n")
    p = scan("-f", "markdown", input=OFF)
    assert (p.returncode, p.stdout) == (0, "*No findings in 1 file, 1 sentence checked.*\n")


# ---------------------------------------------------------------------- settings

LAYER = zucchini_layer("zz-scan-settings-claim")
PARAPHRASE = "Purple zucchini on tuesdays cure ccsvi, lol."
EXACT = "CCSVI is cured by eating purple zucchini on Tuesdays."


def test_settings_file_and_command_line_options_win(tmp_path):
    (tmp_path / "ours.yaml").write_text(LAYER, encoding="utf-8")
    (tmp_path / ".ccsvi-check.toml").write_text(
        'claims = ["ours.yaml"]\nthreshold = 100\nformat = "jsonl"\n', encoding="utf-8")
    sub = tmp_path / "docs"
    sub.mkdir()
    (sub / "post.md").write_text(f"{PARAPHRASE}\n\n{EXACT}\n", encoding="utf-8")
    env = {"CCSVI_CHECK_CONFIG": ""}

    def run(*args):
        p = scan(*args, "post.md", cwd=sub, env=env)
        assert p.returncode in (0, 1), p.stderr
        return p

    # claims, threshold (100: only the exact wording) and format from the settings
    recs = jsonl(run().stdout)
    assert [(r["line"], r["claim"]["id"]) for r in recs] == [(3, "zz-scan-settings-claim")]
    # --threshold wins over the settings'
    recs = jsonl(run("--threshold", "30").stdout)
    assert [r["line"] for r in recs] == [1, 3]
    # --format wins
    assert [r["line"] for r in json.loads(run("-f", "json").stdout)] == [3]
    assert run("-f", "text", "--color", "never").stdout.startswith("post.md:3:1: FALSE ")
    # --claims replaces the settings' list
    (tmp_path / "other.yaml").write_text(
        LAYER.replace("zz-scan-settings-claim", "zz-other"), encoding="utf-8")
    recs = jsonl(run("-c", str(tmp_path / "other.yaml")).stdout)
    assert [r["claim"]["id"] for r in recs] == ["zz-other"]
    # the settings' format may be markdown
    (tmp_path / ".ccsvi-check.toml").write_text(
        'claims = ["ours.yaml"]\nthreshold = 100\nformat = "markdown"\n', encoding="utf-8")
    md = run().stdout
    assert md.startswith(f"### False: “{EXACT}”\n\n*post.md:3:1*") and md.count("### ") == 1
    # turned off: the shipped base alone
    p = scan("-f", "jsonl", "post.md", cwd=sub, env={"CCSVI_CHECK_CONFIG": "off"})
    assert p.returncode in (0, 1) and "zz-scan-settings-claim" not in p.stdout


def test_bad_settings_file_is_one_line_exit_2(tmp_path):
    cfg = tmp_path / ".ccsvi-check.toml"
    cfg.write_text("threshold = 500\n", encoding="utf-8")
    p = scan("-", cwd=tmp_path, input=FALSE_1, env={"CCSVI_CHECK_CONFIG": ""})
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.count("\n") == 1 and f"{cfg}:1:" in p.stderr and "threshold" in p.stderr


# ---------------------------------------------------------------------- robustness


@pytest.mark.skipif(os.name != "posix", reason="file names of arbitrary bytes")
def test_file_name_that_is_not_utf8_is_printed_escaped(tmp_path):
    try:
        (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text(FALSE_1)
    except (OSError, UnicodeError):  # pragma: no cover - a file system that refuses it
        pytest.skip("this file system refuses the name")
    env = {"PYTHONIOENCODING": "utf-8:strict"}  # as under a UTF-8 locale
    for fmt in ("text", "jsonl", "json", "markdown"):
        p = scan("-f", fmt, "--color", "never", str(tmp_path), env=env)
        assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
        assert "caf\\xe9.txt" in p.stdout.replace("\\\\", "\\"), p.stdout
    (rec,) = jsonl(scan("-f", "jsonl", str(tmp_path), env=env).stdout)
    assert rec["path"] == os.path.join(str(tmp_path), "caf\\xe9.txt")


def test_output_encoding_without_the_characters_does_not_fail(tmp_path):
    p = scan("--color", "never", "-", input=f"{FALSE_1} 😀 Ça va.\n",
             env={"PYTHONIOENCODING": "latin-1"})
    assert p.returncode == 1 and p.stderr == ""
    assert p.stdout.startswith("<stdin>:1:1: FALSE ")


def test_binary_stdin_is_skipped_with_a_note_and_is_no_file():
    p = scan("--color", "never", input=b"\x89PNG\0\0" + FALSE_1.encode())
    assert p.returncode == 0
    assert p.stdout == "No findings in 0 files, 0 sentences checked; 1 skipped.\n"
    assert p.stderr.startswith("ccsvi-check: <stdin>: binary file") and "skipped" in p.stderr


@pytest.mark.parametrize("args", [
    ["--jobs", "-1"], ["--threshold", "101"], ["--markup", "latex"], ["--stdin-filename", " "],
    ["--claims", "/nonexistent/claims.yaml"], ["--nope"],
])
def test_bad_input_is_one_line_exit_2(args):
    p = scan(*args, "-", input=FALSE_1)
    assert p.returncode == 2 and p.stdout == "", (args, p.stdout)
    assert p.stderr.count("\n") == 1 and p.stderr.startswith("ccsvi-check: error: "), p.stderr
