"""Help at 100 columns, colour off: plain metavars, no type jargon in options."""

from __future__ import annotations

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
