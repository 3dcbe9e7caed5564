"""Snapshot tests of what a person sees (issue 14): `check` and `scan` text output on a
100-column pseudo-terminal, colour on and off, and in a pipe, compared with the stored
screens in tests/snapshots/ (check-*.txt, scan-*.txt), as typos does with trycmd.

A change to the look changes a screen, so it is seen in review. If the new screen is
right, refresh the stored ones with

    UPDATE_SNAPSHOTS=1 python -m pytest tests/test_output_snapshots.py

and read ``git diff tests/snapshots`` before committing (``cat`` shows a colour screen
as the terminal does).  The ids of the terminal hyperlinks (OSC 8) are random in rich:
they are stored as ``id=0``.
"""

from __future__ import annotations

import re

import pytest
from conftest import DATA, SNAPSHOTS, check_snapshot, jsonl, run_cli, run_in_terminal

FIXTURES = DATA / "readme"
CASES = {
    "check-false": ["CCSVI causes MS"],
    "check-true": ["Problems after liberation therapy should be reported to the FDA"],
    "check-negated": ["CCSVI does not cause MS"],
    "check-reported": ["Some clinics still claim that CCSVI causes MS"],
    "check-unknown": ["Vitamin D prevents MS"],
    "scan-docs": ["scan", "docs"],
    "scan-docs-all": ["scan", "--all", "docs"],
}
# colour: a terminal with colour; plain: a terminal, --color never; pipe: stdout in a pipe
LOOKS = {"color": ["--color", "always"], "plain": ["--color", "never"], "pipe": []}
LINK_ID = re.compile(r"\x1b\]8;id=[^;\x1b]*;")


def screen(case: str, look: str) -> tuple[int, str]:
    args = CASES[case]
    if args[0] == "scan":
        args = [args[0], *LOOKS[look], *args[1:]]
    else:
        args = [*LOOKS[look], *args]
    if look == "pipe":
        p = run_cli(*args, cwd=FIXTURES)
        assert p.stderr == ""
        return p.returncode, p.stdout
    rc, out = run_in_terminal(*args, cwd=FIXTURES)
    return rc, LINK_ID.sub("\x1b]8;id=0;", out)


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("case", CASES)
def test_output_matches_its_snapshot(case, look):
    rc, out = screen(case, look)
    assert rc in (0, 1) and "Traceback" not in out
    check_snapshot(f"{case}.{look}.txt", out, f"`ccsvi-check {' '.join(CASES[case])}` "
                                             f"({look})")


def test_the_terminal_look_wraps_at_word_boundaries_and_keeps_links_whole():
    for case in CASES:
        rc, out = screen(case, "plain")
        assert "\x1b" not in out
        for line in out.splitlines():
            assert line == line.rstrip(), f"trailing spaces: {line!r}"
            if "://" in line:  # a link stands whole, alone on its line
                assert re.fullmatch(r" *\S+://\S+", line), line
            else:
                assert len(line) <= 100, line
        if case.startswith("check-"):  # no word is cut: the texts read whole
            (rec,) = jsonl(run_cli("-f", "jsonl", *CASES[case]).stdout)
            flowing = " ".join(out.split())
            for text in (rec["input"], rec["explanation"], *(s["url"] for s in rec["sources"])):
                assert " ".join(text.split()) in flowing
    # the colour screen holds the same words, with colour and hyperlinks (and a badge
    # padded with spaces in its colour)
    rc, color = screen("check-false", "color")
    plain = re.sub(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\", "", color)
    assert plain.split() == screen("check-false", "plain")[1].split()
    assert "\x1b]8;id=0;https://doi.org/" in color


def test_every_output_snapshot_belongs_to_a_case():
    stored = {p.name for p in SNAPSHOTS.glob("check-*.txt")} | \
        {p.name for p in SNAPSHOTS.glob("scan-*.txt")}
    assert stored <= {f"{c}.{look}.txt" for c in CASES for look in LOOKS}
