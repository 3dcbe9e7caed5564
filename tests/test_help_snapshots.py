"""Snapshot tests of every command's help: what `ccsvi-check ... --help` shows at 100
columns, colour off, compared with the expected screens in tests/snapshots/help-*.txt.

A change to a help text, an option or an example changes a screen: look at the new one,
and if it is right, refresh the stored screens with

    UPDATE_SNAPSHOTS=1 python -m pytest tests/test_help_snapshots.py

which writes every screen afresh (the tests then pass); review the diff before you
commit it (``git diff tests/snapshots``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_cli

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
COMMANDS = [[], ["check"], ["scan"], ["claims"], ["claims", "list"], ["claims", "show"],
            ["claims", "search"], ["validate"], ["export"]]
UPDATE = os.environ.get("UPDATE_SNAPSHOTS", "") not in ("", "0")


def snapshot_path(command: list[str]) -> Path:
    return SNAPSHOTS / f"help-{'-'.join(command) or 'root'}.txt"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_help_matches_its_snapshot(command):
    p = run_cli(*command, "--help", env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert p.returncode == 0 and p.stderr == ""
    path = snapshot_path(command)
    if UPDATE:
        path.write_text(p.stdout, encoding="utf-8")
        return
    assert path.is_file(), f"no snapshot {path.name}: run with UPDATE_SNAPSHOTS=1"
    expected = path.read_text(encoding="utf-8")
    assert p.stdout == expected, (
        f"`ccsvi-check {' '.join(command)} --help` differs from {path.name}; if the new "
        f"screen is right, refresh with UPDATE_SNAPSHOTS=1 (see this module's docstring)")


def test_every_snapshot_belongs_to_a_command():
    """A command renamed or removed leaves no stale screen behind."""
    stored = {p.name for p in SNAPSHOTS.glob("help-*.txt")}
    assert stored <= {snapshot_path(c).name for c in COMMANDS}
