"""`claims list/show/search`, `validate`, `export` and `check --format markdown` through
the installed entry point, against the shipped base (read here for ids and counts)."""

from __future__ import annotations

import json
import os
import textwrap

import pytest
from conftest import ROOT, run_cli

from ccsvi_check.export import RATINGS


@pytest.fixture(scope="module")
def base():
    from ccsvi_check.claims import load_claims

    return load_claims()


@pytest.fixture(scope="module")
def first(base):
    return base.claims[0]


# ---------------------------------------------------------------------- claims


def test_claims_list_json_is_every_claim_in_order(base):
    p = run_cli("claims", "list", "--format", "json")
    assert p.returncode == 0, p.stderr
    rows = json.loads(p.stdout)
    assert rows == [{"id": c.id, "verdict": c.verdict, "claim": c.claim} for c in base.claims]


def test_claims_list_in_a_pipe_is_one_claim_a_line_tab_separated(base):
    p = run_cli("claims", "list", env={"COLUMNS": "40"})
    assert p.returncode == 0 and "\x1b[" not in p.stdout
    assert p.stdout.splitlines() == [f"{c.id}\t{c.verdict}\t{c.claim}" for c in base.claims]
    assert p.stderr == f"ccsvi-check: {len(base.claims)} claims\n"


def test_claims_show_the_whole_claim(first):
    p = run_cli("claims", "show", first.id, env={"COLUMNS": "400"})
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert first.id in out and first.verdict.upper() in out
    assert first.claim in out and " ".join(first.explanation.split()) in " ".join(out.split())
    for w in first.wordings:
        assert f"  - {w}" in out
    for s in first.sources:
        assert s.link in out and s.title in out


def test_claims_show_json_and_markdown(first):
    data = json.loads(run_cli("claims", "show", first.id, "-f", "json").stdout)
    assert data["id"] == first.id and data["variants"] == list(first.variants)
    assert [s["url"] for s in data["sources"]] == [s.link for s in first.sources]
    md = run_cli("claims", "show", first.id, "-f", "markdown").stdout
    assert md.startswith(f'## <a id="{first.id}"></a>')
    assert all(f"]({s.link})" in md or "%2" in md for s in first.sources)


def test_unknown_id_exits_2_and_suggests_the_nearest(first):
    typo = first.id[:-1]  # one letter short
    p = run_cli("claims", "show", typo)
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.count("\n") == 1
    assert f"unknown claim id '{typo}'" in p.stderr and first.id in p.stderr


def test_unknown_id_suggests_the_id_holding_its_words():
    p = run_cli("claims", "show", "liberation-safe")
    assert p.returncode == 2 and "did you mean liberation-therapy-safe" in p.stderr


def test_claims_list_never_cuts_ids_in_a_pipe():
    from ccsvi_check import Checker

    out = run_cli("claims", "list", env={"COLUMNS": "60"}).stdout
    assert all(c.id in out for c in Checker().base.claims)


def test_claims_search_ranks_with_scores(first):
    p = run_cli("claims", "search", first.claim, "--format", "json")
    assert p.returncode == 0, p.stderr
    hits = json.loads(p.stdout)
    assert hits[0]["id"] == first.id and hits[0]["score"] == 100
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert all(set(h) == {"id", "verdict", "claim", "score"} for h in hits)
    assert len(hits) <= 10
    assert len(json.loads(run_cli("claims", "search", first.claim, "-n", "2", "-f", "json")
                          .stdout)) <= 2
    p = run_cli("claims", "search", first.claim, env={"COLUMNS": "40"})
    lines = p.stdout.splitlines()
    assert lines[0] == f"{first.id}\t{first.verdict}\t{first.claim}\t100"
    assert [line.split("\t")[0] for line in lines] == [h["id"] for h in hits]
    assert p.stderr == f"ccsvi-check: {len(hits)} claims match\n"


def test_claims_search_by_keyword_and_nothing_found(first):
    import re

    # one word of the claim, which names no topic term: found by keyword
    word = max(re.findall(r"[A-Za-z]+", first.claim), key=len)
    hits = json.loads(run_cli("claims", "search", word.lower(), "-f", "json").stdout)
    assert first.id in [h["id"] for h in hits] and all(h["score"] > 0 for h in hits)
    assert json.loads(run_cli("claims", "search", "qqqxxyz", "-f", "json").stdout) == []
    p = run_cli("claims", "search", "qqqxxyz")
    assert (p.stdout, p.stderr) == ("", "ccsvi-check: No claim matches.\n")


def test_claims_alone_prints_its_help():
    p = run_cli("claims")
    assert p.returncode == 0 and "list" in p.stdout and "search" in p.stdout


# ---------------------------------------------------------------------- validate


def test_the_shipped_claims_yaml_validates_clean():
    p = run_cli("validate", str(ROOT / "claims.yaml"))
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout == "" and "ok" in p.stderr
    assert run_cli("validate").returncode == 0  # no file: the shipped base


BAD = textwrap.dedent("""\
    version: 1
    topic: [ccsvi]
    claims:
      - id: ccsvi-one
        claim: CCSVI causes MS.
        verdict: false
        explanation: x
        sources:
          - {title: T, publisher: P, year: 2014, url: "https://example.org/a"}
      - id: ccsvi-one
        claim: CCSVI narrows veins.
        verdict: wrong
        explanation: ""
        sources:
          - {title: T, publisher: P, year: 2014}
      - id: ccsvi-two
        claim: MS is caused by CCSVI
        verdict: unproven
        explanation: y
        sources: []
      - id: ccsvi-three
        claim: Causing MS, CCSVI.
        verdict: unproven
        explanation: z
        sources:
          - {title: T, publisher: P, year: 2014, doi: 10.1000/xyz}
    """)


def test_validate_lists_every_problem_with_its_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD, encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(BAD.split("  - id: ccsvi-one\n    claim: CCSVI narrows")[0],
                    encoding="utf-8")
    p = run_cli("validate", str(good), str(bad))
    assert p.returncode == 2
    lines = p.stdout.splitlines()
    assert all(line.startswith(f"{bad}:") for line in lines)  # the good file: no lines
    got = [(int(line.split(":")[1]), line) for line in lines]
    expected = [
        (10, "duplicate id (first at line 4)"),
        (12, "verdict must be one of"),
        (13, "explanation is empty"),
        (15, "needs a 'url' or a 'doi'"),
        (20, "sources must be a non-empty list"),
        (22, "wording 'Causing MS, CCSVI.' collides with wording 'CCSVI causes MS.' "
             "of claim 'ccsvi-one' (line 5)"),
    ]
    assert len(got) == len(expected), lines
    for (line, text), (want_line, want) in zip(got, expected, strict=True):
        assert line == want_line and want in text, (line, text)
    assert f"{good}: ok" in p.stderr and "6 problem(s)" in p.stderr


def test_validate_a_layer_against_the_shipped_base(tmp_path, first):
    layer = tmp_path / "layer.yaml"
    layer.write_text(textwrap.dedent(f"""\
        version: 1
        claims:
          - id: zz-copy
            claim: {json.dumps(first.claim)}
            verdict: {first.verdict}
            explanation: The same wording as a shipped claim.
            sources:
              - {{title: T, publisher: P, year: 2014, url: "https://example.org/a"}}
        """), encoding="utf-8")
    p = run_cli("validate", str(layer))
    assert p.returncode == 2
    (line,) = p.stdout.splitlines()
    assert line.startswith(f"{layer}:4: claim 'zz-copy'") and f"'{first.id}'" in line


def test_validate_missing_file_is_exit_2(tmp_path):
    p = run_cli("validate", str(tmp_path / "nope.yaml"))
    assert p.returncode == 2 and "cannot read claim file" in p.stdout


# ---------------------------------------------------------------------- export


def test_export_claimreview_field_by_field(base):
    p = run_cli("export", "--format", "claimreview", "--author", "Example News",
                "--author-url", "https://news.example", "--base-url",
                "https://news.example/ccsvi/{id}", "--date", "2024-05-01")
    assert p.returncode == 0, p.stderr
    reviews = json.loads(p.stdout)
    assert len(reviews) == len(base.claims)
    for r, c in zip(reviews, base.claims, strict=True):
        assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
        assert r["claimReviewed"] == c.claim
        assert r["url"] == f"https://news.example/ccsvi/{c.id}"
        assert r["datePublished"] == "2024-05-01"
        assert r["author"] == {"@type": "Organization", "name": "Example News",
                               "url": "https://news.example"}
        rating = r["reviewRating"]
        assert rating["@type"] == "Rating" and rating["ratingValue"] == RATINGS[c.verdict]
        assert rating["bestRating"] == 5 and rating["worstRating"] == 1
        assert rating["alternateName"].lower() == c.verdict
        assert r["itemReviewed"]["@type"] == "Claim"
        assert [x["url"] for x in r["citation"]] == [s.link for s in c.sources]
    assert p.stderr == ""


def test_export_claimreview_defaults_are_reproducible():
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    p = run_cli("export", "-f", "claimreview", env=env)
    assert p.returncode == 0 and "--base-url" in p.stderr  # the placeholder is pointed out
    reviews = json.loads(p.stdout)
    assert {r["datePublished"] for r in reviews} == {"2023-11-14"}
    assert reviews[0]["author"]["name"] == "ccsvi-check"
    assert reviews[0]["url"].endswith("#" + reviews[0]["identifier"])
    assert run_cli("export", "-f", "claimreview", env=env).stdout == p.stdout
    bad = run_cli("export", "-f", "claimreview", "--date", "May 1")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_export_json_is_the_base(base):
    p = run_cli("export", "--format", "json")
    assert p.returncode == 0
    data = json.loads(p.stdout)
    assert data["schema"] == 1
    assert [c["id"] for c in data["claims"]] == [c.id for c in base.claims]
    assert data["topic"] == list(base.topic)
    assert run_cli("export").stdout == p.stdout  # json is the default


def test_export_markdown_page(base):
    p = run_cli("export", "--format", "markdown", "--date", "2024-05-01", "--title", "Our page")
    assert p.returncode == 0
    md = p.stdout
    assert md.startswith("# Our page\n") and "Published 2024-05-01." in md
    for c in base.claims:
        assert f'<a id="{c.id}"></a>' in md
        for s in c.sources:
            assert s.link in md or "%2" in md


# ---------------------------------------------------------------------- check markdown


def test_check_markdown_for_a_draft():
    p = run_cli("--format", "markdown", "CCSVI causes MS", "The weather is nice today")
    assert p.returncode == 1, p.stderr
    first, second = p.stdout.split("\n\n### ")
    assert first.startswith("### False: “CCSVI causes MS”")
    assert "**Claim checked:**" in first and "Sources:" in first and "](https://" in first
    assert second.startswith("Unknown: “The weather is nice today”")
    jsonl_out = run_cli("--format", "jsonl", "CCSVI causes MS").stdout
    assert json.loads(jsonl_out)["explanation"].split()[0] in first


# ---------------------------------------------------------------------- completion


def test_show_completion_goes_through_the_router():
    p = run_cli("--show-completion", "bash")
    assert p.returncode == 0 and "_CCSVI_CHECK_COMPLETE=complete_bash" in p.stdout
    assert "complete " in p.stdout and "ccsvi-check" in p.stdout


@pytest.mark.parametrize("words, cword, expected", [
    ("ccsvi-check cl", "1", {"claims"}),
    ("ccsvi-check claims s", "2", {"show", "search"}),
    ("ccsvi-check export --format ", "3", {"json", "claimreview", "markdown"}),
])
def test_bash_completion_completes_commands_and_choices(words, cword, expected):
    env = {"_CCSVI_CHECK_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword}
    p = run_cli(env=dict(os.environ, **env))
    assert p.returncode == 0, p.stderr
    assert set(p.stdout.split()) == expected
