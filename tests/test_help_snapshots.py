"""Snapshot tests of every command's help: what `ccsvi-check ... --help` shows at 100
columns, colour off, compared with the expected screens in tests/snapshots/help-*.txt.

A change to a help text, an option or an example changes a screen: look at the new one,
and if it is right, refresh the stored screens with

    UPDATE_SNAPSHOTS=1 python -m pytest tests/test_help_snapshots.py

which writes every screen afresh (the tests then pass); review the diff before you
commit it (``git diff tests/snapshots``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SNAPSHOTS, check_snapshot, run_cli

COMMANDS = [[], ["check"], ["scan"], ["claims"], ["claims", "list"], ["claims", "show"],
            ["claims", "search"], ["validate"], ["export"]]


def snapshot_path(command: list[str]) -> Path:
    return SNAPSHOTS / f"help-{'-'.join(command) or 'root'}.txt"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_help_matches_its_snapshot(command):
    p = run_cli(*command, "--help", env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert p.returncode == 0 and p.stderr == ""
    check_snapshot(snapshot_path(command).name, p.stdout,
                   f"`ccsvi-check {' '.join(command)} --help`")


def test_every_snapshot_belongs_to_a_command():
    """A command renamed or removed leaves no stale screen behind."""
    stored = {p.name for p in SNAPSHOTS.glob("help-*.txt")}
    assert stored <= {snapshot_path(c).name for c in COMMANDS}
