"""Help at 100 columns, colour off: plain metavars, no type jargon in options."""

from __future__ import annotations

import re

import pytest
from conftest import run_cli

COMMANDS = [[], ["check"], ["scan"], ["claims"], ["claims", "list"], ["claims", "show"],
            ["claims", "search"], ["validate"], ["export"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_help_fits_100_columns_with_plain_metavars(command):
    p = run_cli(*command, "--help", env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert p.returncode == 0 and p.stderr == ""
    assert all(len(line) <= 100 for line in p.stdout.splitlines())
    options = [line for line in p.stdout.splitlines() if line.startswith("  -")]
    for jargon in ("<int range>", "<float range>", "<list[Path]>"):
        assert not any(jargon in line for line in options), jargon


@pytest.mark.parametrize(("command", "shown"), [
    (["check"], ["[STATEMENT]...", "-t, --threshold N", "-k, --top K", "-c, --claims FILE",
                 "-j, --jobs N", "--only LIST", "--min-score N", "--summary / --no-summary",
                 "--literal", "csv|tsv"]),
    (["scan"], ["[PATH]...", "-j, --jobs N", "--only LIST", "--min-score N", "csv or tsv"]),
    (["claims", "list"], ["--verdict LIST", "-c, --claims FILE"]),
    (["claims", "search"], ["-n, --limit N", "--verdict LIST"]),
])
def test_new_options_are_in_the_help(command, shown):
    out = run_cli(*command, "--help", env={"COLUMNS": "100"}).stdout
    flat = " ".join(out.split())
    for s in shown:
        assert s in flat, s


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_help_never_breaks_a_word_at_its_hyphen_or_cuts_a_line(command):
    out = run_cli(*command, "--help", env={"COLUMNS": "100", "NO_COLOR": "1"}).stdout
    # a line may end in '-' only where the text has a lone '-' (stdin)
    assert not [line for line in out.splitlines() if re.search(r"\w-$", line)]
    # nor is a line cut short with '...' (as click does to a long summary of a command)
    assert not [line for line in out.splitlines() if re.search(r"[^\]]\.\.\.$", line)]


def test_scan_help_keeps_the_ignore_comments_whole():
    out = run_cli("scan", "--help", env={"COLUMNS": "100", "NO_COLOR": "1"}).stdout
    assert "'ccsvi-check: ignore'" in out and "'ccsvi-check: ignore-next-line'" in out


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ([], ["claims"])],
                         ids=" ".join)
def test_every_command_has_examples_for_a_journalist_a_moderator_and_a_script(command):
    out = run_cli(*command, "--help", env={"COLUMNS": "100", "NO_COLOR": "1"}).stdout
    examples = out.split("Examples:")[1]
    for who in ("A journalist", "A moderator", "A script"):
        assert who in examples, who
    # each example is a command line of this command
    lines = [line.strip() for line in examples.splitlines() if line.startswith("      ")]
    assert lines and all("ccsvi-check" in line for line in lines)
    if command[0] != "check":
        assert all(" ".join(["ccsvi-check", *command]) in line for line in lines)


@pytest.mark.parametrize("command,panels", [
    ("check", ["Arguments", "Input", "Matching", "Filters", "Output", "Run", "Options"]),
    ("scan", ["Arguments", "Input", "Matching", "Filters", "Output", "Run", "Options"]),
])
def test_the_options_of_check_and_scan_come_in_sections(command, panels):
    out = run_cli(command, "--help", env={"COLUMNS": "100"}).stdout
    headings = [line[:-1] for line in out.splitlines()
                if line.endswith(":") and line[:1].isupper() and " " not in line]
    assert headings == panels
    # each option under its own heading
    section = out[out.index("\nFilters:"):out.index("\nOutput:")]
    assert "--only" in section and "--min-score" in section
    assert "--threshold" in out[out.index("\nMatching:"):out.index("\nFilters:")]
