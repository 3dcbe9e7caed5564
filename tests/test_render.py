"""The JSON-lines fast path writes exactly what json_record(result.to_dict()) writes."""

from __future__ import annotations

import json

import pytest

from ccsvi_check.render import ResultJson, json_record

STATEMENTS = [
    "CCSVI causes MS", "CCSVI does not cause MS", "Vitamin D helps", "",
    "La CCSVI non causa la sclerosi multipla ✓ \u2028 \"quoted\" \\ back",
    "Liberation therapy does not improve symptoms much, some say",  # negated unproven?
    "Doctors routinely test people with MS for CCSVI", "\x00\x1f",
]


@pytest.mark.parametrize("text", STATEMENTS)
@pytest.mark.parametrize("top", [0, 2])
def test_fast_path_is_byte_identical(checker, text, top):
    encode = ResultJson()
    for _ in range(2):  # the second time from the per-claim cache
        r = checker.check(text, top=top)
        line = encode(r)
        assert line == json_record(r.to_dict())
        assert json.loads(line)["input"] == text


@pytest.mark.parametrize("include_unknown", [False, True])
def test_scan_fast_path_is_byte_identical(checker, include_unknown):
    from ccsvi_check.render import FindingJson
    from ccsvi_check.scan import scan_text

    text = "\n\n".join(STATEMENTS[:3] + STATEMENTS[5:7]) + "\n\nIt is not approved.\n"
    encode = FindingJson()
    findings = []
    for path in ("a.txt", 'dir/"odd" é.md', "a.txt"):
        findings += scan_text(checker, text, path, include_unknown=include_unknown)
    assert len(findings) >= 9
    for f in findings:
        assert encode(f) == json_record(f.to_dict())


def test_a_citation_ends_each_part_with_one_full_stop():
    from ccsvi_check.claims import Source
    from ccsvi_check.render import source_line

    undated = Source("Society-funded CCSVI research", "National MS Society", None,
                     "https://example.org/a")
    assert source_line(undated).plain == ("  - Society-funded CCSVI research. National MS "
                                          "Society, n.d. https://example.org/a")
    asked = Source("Is CCSVI real?", "A journal", 2014, "https://example.org/b")
    assert source_line(asked).plain == "  - Is CCSVI real? A journal, 2014. https://example.org/b"
