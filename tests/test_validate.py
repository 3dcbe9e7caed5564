"""The validator: every problem of a claim file, with its line, including the checks
across claims (wordings the matcher can't tell apart) and layering on a shipped base."""

from __future__ import annotations

import textwrap

from ccsvi_check.claims import parse_claims
from ccsvi_check.validate import validate_file, validate_text

SHIPPED = textwrap.dedent("""\
    version: 1
    aliases:
      - [ccsvi, chronic cerebrospinal venous insufficiency, narrowed neck veins]
      - [ms, multiple sclerosis]
      - [liberation therapy, tvam, venous angioplasty]
      - [safe, harmless]
    topic: [ccsvi, liberation therapy]
    claims:
      - id: ccsvi-causes-ms
        claim: CCSVI causes MS.
        verdict: false
        explanation: Blinded studies found no link.
        sources:
          - {title: A study, publisher: The Lancet, year: 2014, doi: 10.1016/S0140-6736(13)61747-X}
      - id: liberation-therapy-safe
        claim: Liberation therapy is safe.
        verdict: false
        explanation: It has serious risks.
        sources:
          - {title: Notice, publisher: FDA, year: 2012, url: "https://www.fda.gov/x"}
    """)

# one file, many different problems; the line of each is asserted below
BAD = textwrap.dedent("""\
    version: 1
    aliases:
      - [ccsvi, narrowed neck veins]
      - [ms, multiple sclerosis]
    topic: [ccsvi]
    claims:
      - id: ccsvi-causes-ms
        claim: CCSVI causes MS.
        verdict: false
        explanation: Studies found no link.
        variants: [the ccsvi is what causes multiple sclerosis]
        sources:
          - {title: T, publisher: P, year: 2014, doi: 10.1016/S0140-6736(13)61747-X}
      - id: ccsvi-causes-ms
        claim: Something else about ccsvi.
        verdict: false
        explanation: Duplicate id.
        sources:
          - {title: T, publisher: P, year: 2014, url: "https://example.org/a"}
      - id: ccsvi-maybe
        claim: CCSVI might matter.
        verdict: maybe
        explanation: Unknown verdict.
        sources:
          - {title: T, publisher: P, year: 2014, url: "https://example.org/b"}
      - id: ccsvi-empty
        claim: CCSVI is empty.
        verdict: unproven
        explanation: ""
        sources:
          - {title: T, publisher: P, year: 2014, url: "https://example.org/c"}
      - id: ccsvi-no-link
        claim: CCSVI has no link.
        verdict: unproven
        explanation: A source without url or doi.
        sources:
          - {title: T, publisher: P, year: 2014}
      - id: ms-from-ccsvi
        claim: Narrowed neck veins are why people get MS.
        verdict: "true"
        explanation: Collides with the first claim.
        variants:
          - MS is caused by narrowed neck veins
          - Blinded studies found nothing
        sources:
          - {title: T, publisher: P, year: 2014, url: "https://example.org/d"}
      - id: ccsvi-missing
        claim: CCSVI is missing fields.
        verdict: "false"
    """)


def shipped():
    return parse_claims(SHIPPED, "claims.yaml")


def lines_and_messages(problems):
    return [(p.line, p.message) for p in problems]


def test_every_problem_is_listed_with_its_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(BAD, encoding="utf-8")
    problems = validate_file(path)
    got = lines_and_messages(problems)
    assert all(p.path == str(path) for p in problems)
    assert [line for line, _ in got] == sorted(line for line, _ in got)

    def at(line, *words):
        hits = [m for n, m in got if n == line and all(w in m for w in words)]
        assert hits, f"no problem at line {line} with {words}: {got}"

    at(14, "duplicate id", "first at line 7")
    at(22, "verdict must be one of", "'maybe'")
    at(29, "explanation is empty")
    at(37, "needs a 'url' or a 'doi'")
    # the collision is reported at the later wording and names the earlier one
    at(43, "'MS is caused by narrowed neck veins'", "collides", "'ccsvi-causes-ms'",
       "line 8")
    at(44, "'Blinded studies found nothing'", "names no topic term")
    at(47, "ccsvi-missing", "missing 'explanation'")
    at(47, "ccsvi-missing", "missing 'sources'")
    # the variant of the first claim reads like its own claim: not a collision
    assert not any("the ccsvi is what causes" in m for _, m in got)
    assert len(got) == 8, got
    assert all(str(p).startswith(f"{path}:{p.line}: ") for p in problems)


def test_clean_file_has_no_problems():
    assert validate_text(SHIPPED, "claims.yaml") == []


def test_a_wording_of_stop_words_only_is_a_problem():
    text = SHIPPED.replace("claim: Liberation therapy is safe.",
                           "claim: Liberation therapy is safe.\n    variants: [it is what it is]")
    ((line, message),) = lines_and_messages(validate_text(text, "f.yaml"))
    assert line == 17 and "no words the matcher can use" in message


def test_unparsable_and_unreadable_files_are_one_problem_each(tmp_path):
    (problem,) = validate_text("version: 1\nclaims: [\n", "f.yaml")
    assert problem.path == "f.yaml" and "not valid YAML" in problem.message
    (problem,) = validate_file(tmp_path / "missing.yaml")
    assert "cannot read claim file" in problem.message


LAYER = textwrap.dedent("""\
    version: 1
    claims:
      - id: tvam-harmless
        claim: TVAM is harmless.
        verdict: false
        explanation: Same claim as the shipped one, in other words.
        sources:
          - {title: T, publisher: P, year: 2014, url: "https://example.org/e"}
      - id: ccsvi-causes-ms
        claim: Chronic cerebrospinal venous insufficiency causes multiple sclerosis.
        verdict: false
        explanation: Replaces the shipped claim of the same id, which is no collision.
        sources:
          - {title: T, publisher: P, year: 2014, url: "https://example.org/f"}
    """)


def test_a_layer_is_checked_on_the_shipped_base_with_its_aliases():
    problems = validate_text(LAYER, "layer.yaml", shipped)
    ((line, message),) = lines_and_messages(problems)
    assert line == 4
    assert "'TVAM is harmless.'" in message and "'liberation-therapy-safe'" in message
    assert "claims.yaml:" in message  # the other claim is in the shipped file


def test_a_layer_alone_has_no_aliases_so_no_collision():
    assert validate_text(LAYER, "layer.yaml", None) == []


def test_a_file_with_a_topic_is_a_whole_base_and_checked_alone():
    whole = LAYER.replace("version: 1\n", "version: 1\ntopic: [tvam, ccsvi, cerebrospinal]\n")
    assert validate_text(whole, "whole.yaml", shipped) == []


def test_structural_problems_and_collisions_together():
    text = LAYER.replace("explanation: Same claim", "explanation: ''\n    x: Same claim")
    got = lines_and_messages(validate_text(text, "layer.yaml", shipped))
    assert [n for n, _ in got] == [6, 7]
    assert "explanation is empty" in got[0][1] and "unknown field 'x'" in got[1][1]


def test_a_procedure_harms_term_of_stop_words_only_is_reported_and_matches_nothing(tmp_path):
    from ccsvi_check import Checker

    text = SHIPPED.replace("topic: [ccsvi, liberation therapy]\n",
                           "topic: [ccsvi, liberation therapy]\nprocedure_harms: [of the]\n")
    problems = [str(p) for p in validate_text(text, "f.yaml")]
    assert any("procedure_harms term 'of the' has no words" in p for p in problems), problems
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    checker = Checker(claims=[path], include_default=False)
    assert checker.check("Nothing at all of the sort").verdict == "unknown"
