"""The claim-file loader: format rules, and every problem reported with file and line."""

from __future__ import annotations

import textwrap

import pytest

from ccsvi_check.claims import ClaimBase, ClaimsError, ClaimsProblems, parse_claims

GOOD = textwrap.dedent("""\
    version: 1
    aliases:
      - [ms, multiple sclerosis]
    topic: [ccsvi]
    claims:
      - id: ccsvi-causes-ms
        claim: CCSVI causes MS.
        verdict: false
        explanation: Studies found no link. Keep to your treatment plan.
        variants: [CCSVI is the cause of MS]
        sources:
          - title: A study
            publisher: The Lancet
            year: 2014
            doi: 10.1016/S0140-6736(13)61747-X
      - id: fda-warning
        claim: The FDA warned about the procedure.
        verdict: "true"
        explanation: The FDA issued a safety communication.
        sources:
          - {title: Notice, publisher: FDA, year: 2012, url: "https://www.fda.gov/x"}
    """)


def problems_of(text: str) -> list[str]:
    with pytest.raises(ClaimsProblems) as info:
        parse_claims(text, "f.yaml")
    return [str(p) for p in info.value.problems]


def test_good_file_loads_with_all_fields():
    base = parse_claims(GOOD, "f.yaml")
    assert [c.id for c in base.claims] == ["ccsvi-causes-ms", "fda-warning"]
    first = base.claims[0]
    assert first.wordings == ("CCSVI causes MS.", "CCSVI is the cause of MS")
    assert first.sources[0].link == "https://doi.org/10.1016/S0140-6736(13)61747-X"
    assert first.line == 6
    assert base.aliases == [("ms", "multiple sclerosis")]
    assert base.topic == ["ccsvi"]
    assert base.procedure_harms == []


def test_procedure_harms_are_read_and_merged_with_a_layer():
    text = GOOD.replace("topic: [ccsvi]\n",
                        "topic: [ccsvi]\nprocedure_harms: [vein rupture infection]\n")
    base = parse_claims(text, "f.yaml")
    assert base.procedure_harms == ["vein rupture infection"]
    layer = ClaimBase(procedure_harms=["vein rupture infection", "clots vein rupture"])
    assert base.merged(layer).procedure_harms == ["vein rupture infection", "clots vein rupture"]
    assert base.merged(layer).reviewed == base.reviewed


def test_procedure_harms_must_be_a_list():
    text = GOOD.replace("topic: [ccsvi]\n", "topic: [ccsvi]\nprocedure_harms: clots\n")
    assert any("procedure_harms must be a list" in p for p in problems_of(text))


@pytest.mark.parametrize("raw", ["false", "False", "FALSE", '"false"', "'false'"])
def test_unquoted_false_is_read_as_the_verdict_false(raw):
    base = parse_claims(GOOD.replace("verdict: false", f"verdict: {raw}"), "f.yaml")
    assert base.claims[0].verdict == "false"


@pytest.mark.parametrize("raw", ["no", "off", "0", "maybe", "[false]", "''"])
def test_other_yaml_booleans_and_junk_are_refused_with_the_line(raw):
    found = problems_of(GOOD.replace("verdict: false", f"verdict: {raw}"))
    assert len(found) == 1
    assert found[0].startswith("f.yaml:8: claim 'ccsvi-causes-ms': verdict must be one of")


def test_every_problem_is_listed_with_its_line():
    bad = GOOD.replace("id: fda-warning", "id: ccsvi-causes-ms")
    bad = bad.replace("    explanation: Studies found no link. Keep to your treatment plan.\n", "")
    bad = bad.replace("year: 2014", "year: soon")
    assert problems_of(bad) == [
        "f.yaml:6: claim 'ccsvi-causes-ms': missing 'explanation'",
        "f.yaml:13: claim 'ccsvi-causes-ms' source: year must be a four-digit year or n.d.",
        "f.yaml:15: claim 'ccsvi-causes-ms': duplicate id (first at line 6)",
    ]


def test_source_without_url_or_doi_is_refused():
    bad = GOOD.replace("        doi: 10.1016/S0140-6736(13)61747-X\n", "")
    assert problems_of(bad) == [
        "f.yaml:12: claim 'ccsvi-causes-ms' source: needs a 'url' or a 'doi'"]


@pytest.mark.parametrize("field,value,message", [
    ("id", "Bad_Id", "kebab-case"),
    ("claim", "''", "is empty"),
    ("explanation", "~", "must be text"),
])
def test_bad_fields(field, value, message):
    lines = GOOD.splitlines()
    i = next(n for n, line in enumerate(lines) if line.strip().startswith(f"{field}:")
             or line.strip().startswith(f"- {field}:"))
    prefix = lines[i][: lines[i].index(field)]
    lines[i] = f"{prefix}{field}: {value}"
    found = problems_of("\n".join(lines) + "\n")
    assert any(message in p and p.startswith(f"f.yaml:{i + 1}:") for p in found), found


def test_invalid_yaml_reports_line():
    found = problems_of("version: 1\nclaims:\n  - id: [unclosed\n")
    assert len(found) == 1 and found[0].startswith("f.yaml:")
    assert "not valid YAML" in found[0]


@pytest.mark.parametrize("text,message", [
    ("", "claim file is empty"),
    ("version: 2\nclaims: []\n", "unsupported version"),
    ("claims: []\n", "missing 'version: 1'"),
    ("version: 1\n", "missing 'claims'"),
    ("version: 1\nclaims: {}\n", "claims must be a list"),
    ("version: 1\nclams: []\nclaims: []\n", "unknown top-level key 'clams'"),
])
def test_top_level_problems(text, message):
    assert any(message in p for p in problems_of(text))


def test_error_is_one_line():
    err = ClaimsError("something is wrong", "a.yaml", 3)
    assert str(err) == "a.yaml:3: something is wrong"
    assert "\n" not in str(err)


def test_merge_adds_and_replaces_by_id():
    base = parse_claims(GOOD, "a.yaml")
    extra = parse_claims(GOOD.replace("The FDA warned about the procedure.", "Replaced.")
                         .replace("id: ccsvi-causes-ms", "id: new-claim"), "b.yaml")
    merged = base.merged(extra)
    assert [c.id for c in merged.claims] == ["ccsvi-causes-ms", "fda-warning", "new-claim"]
    assert merged.by_id("fda-warning").claim == "Replaced."
    assert merged.by_id("fda-warning").path == "b.yaml"
    assert isinstance(merged, ClaimBase)


def test_denied_gives_the_verdict_on_a_denial():
    from ccsvi_check.checker import verdict_for

    text = GOOD.replace('    verdict: "true"\n', '    verdict: misleading\n    denied: true\n')
    claim = parse_claims(text, "f.yaml").claims[1]
    assert claim.denied == "true"
    assert verdict_for(claim, negated=True) == "true"
    assert verdict_for(claim, negated=False) == "misleading"
    # without it, the denial of a misleading claim is not rated
    plain = parse_claims(GOOD.replace('    verdict: "true"\n', '    verdict: misleading\n'),
                         "f.yaml").claims[1]
    assert plain.denied is None and verdict_for(plain, negated=True) == "unknown"


@pytest.mark.parametrize("raw", ["maybe", "misleading", "[true]"])
def test_a_bad_denied_is_refused_with_its_line(raw):
    text = GOOD.replace('    verdict: "true"\n', f'    verdict: "true"\n    denied: {raw}\n')
    found = problems_of(text)
    assert any("denied must be one of" in p and p.startswith("f.yaml:19:") for p in found), \
        found
