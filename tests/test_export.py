"""Exports of the base (ClaimReview JSON-LD, data, a Markdown page) and the Markdown
rendering of one result, as pure functions."""

from __future__ import annotations

import json
import re
import textwrap

import pytest

from ccsvi_check import Checker
from ccsvi_check.claims import parse_claims
from ccsvi_check.export import (
    RATINGS,
    base_data,
    base_markdown,
    claim_review,
    claim_reviews,
    claim_url,
    md_escape,
    md_url,
    publication_date,
)
from ccsvi_check.render import MarkdownWriter, render_markdown

BASE = textwrap.dedent("""\
    version: 1
    aliases:
      - [ccsvi, narrowed neck veins]
      - [ms, multiple sclerosis]
      - [liberation therapy, tvam, venous angioplasty]
      - [approved, approve, approval]
      - [cause, causes]
    topic: [ccsvi, liberation therapy]
    claims:
      - id: ccsvi-causes-ms
        claim: CCSVI causes MS.
        verdict: false
        explanation: Blinded studies found *no* link [see below].
        variants: [Narrowed neck veins cause MS]
        sources:
          - {title: "Prevalence of venous narrowing (CCSVI)", publisher: The Lancet, year: 2014,
             doi: 10.1016/S0140-6736(13)61747-X}
          - {title: FDA notice, publisher: FDA, year: 2012, url: "https://www.fda.gov/x"}
      - id: tvam-helps-some
        claim: Some patients feel better after liberation therapy.
        verdict: misleading
        explanation: Placebo effects and regression to the mean.
        sources:
          - {title: T, publisher: P, year: 2017, url: "https://example.org/t"}
      - id: ccsvi-more-common
        claim: CCSVI is more common in people with MS.
        verdict: unproven
        explanation: Findings conflict.
        sources:
          - {title: T, publisher: P, year: 2013, url: "https://example.org/u"}
      - id: fda-no-approval
        claim: The FDA has not approved liberation therapy for MS.
        verdict: "true"
        explanation: No device or procedure is approved for CCSVI.
        sources:
          - {title: T, publisher: FDA, year: 2012, url: "https://example.org/v"}
    """)


@pytest.fixture(scope="module")
def base():
    return parse_claims(BASE, "base.yaml")


def test_claimreview_field_by_field(base):
    claim = base.by_id("ccsvi-causes-ms")
    r = claim_review(claim, author="Newsroom", author_url="https://news.example",
                     base_url="https://news.example/claims/{id}.html", date="2024-05-01")
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    assert r["claimReviewed"] == "CCSVI causes MS."
    assert r["url"] == "https://news.example/claims/ccsvi-causes-ms.html"
    assert r["datePublished"] == "2024-05-01"
    assert r["author"] == {"@type": "Organization", "name": "Newsroom",
                           "url": "https://news.example"}
    assert r["reviewRating"] == {"@type": "Rating", "ratingValue": 1, "bestRating": 5,
                                 "worstRating": 1, "alternateName": "False"}
    assert r["itemReviewed"] == {"@type": "Claim", "name": "CCSVI causes MS."}
    assert r["reviewBody"] == claim.explanation and r["identifier"] == "ccsvi-causes-ms"
    first, second = r["citation"]
    assert first["url"] == "https://doi.org/10.1016/S0140-6736(13)61747-X"
    assert first["identifier"] == "doi:10.1016/S0140-6736(13)61747-X"
    assert first["publisher"] == {"@type": "Organization", "name": "The Lancet"}
    assert second["url"] == "https://www.fda.gov/x" and "identifier" not in second
    json.dumps(r)  # plain JSON


def test_ratings_on_a_one_to_five_scale(base):
    reviews = claim_reviews(base, date="2024-01-01")
    got = {r["identifier"]: (r["reviewRating"]["ratingValue"],
                             r["reviewRating"]["alternateName"]) for r in reviews}
    assert got == {"ccsvi-causes-ms": (1, "False"), "tvam-helps-some": (2, "Misleading"),
                   "ccsvi-more-common": (3, "Unproven"), "fda-no-approval": (5, "True")}
    assert set(RATINGS) == {"true", "false", "misleading", "unproven"}
    assert "url" not in reviews[0]["author"]  # no author url unless given


def test_claim_urls():
    assert claim_url("https://x.org/claims", "a-b") == "https://x.org/claims#a-b"
    assert claim_url("https://x.org/claims.html#top", "a-b") == "https://x.org/claims.html#a-b"
    assert claim_url("https://x.org/c/{id}/", "a-b") == "https://x.org/c/a-b/"


def test_publication_date_is_deterministic_when_asked():
    assert publication_date("2024-02-29") == "2024-02-29"
    assert publication_date(None, {"SOURCE_DATE_EPOCH": "1700000000"}) == "2023-11-14"
    assert publication_date("2024-02-29", {"SOURCE_DATE_EPOCH": "0"}) == "2024-02-29"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", publication_date(None, {}))
    for bad in ("2024-13-01", "yesterday"):
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            publication_date(bad)
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH"):
        publication_date(None, {"SOURCE_DATE_EPOCH": "soon"})


def test_json_export_is_the_base_as_data(base):
    data = base_data(base)
    assert data["schema"] == 1 and data["topic"] == ["ccsvi", "liberation therapy"]
    assert data["aliases"][0] == ["ccsvi", "narrowed neck veins"]
    first = data["claims"][0]
    assert set(first) == {"id", "claim", "verdict", "explanation", "variants", "sources"}
    assert first["variants"] == ["Narrowed neck veins cause MS"]
    assert first["sources"][0] == {
        "title": "Prevalence of venous narrowing (CCSVI)", "publisher": "The Lancet",
        "year": 2014, "url": "https://doi.org/10.1016/S0140-6736(13)61747-X",
        "doi": "10.1016/S0140-6736(13)61747-X"}
    assert [c["id"] for c in data["claims"]] == [c.id for c in base.claims]


def test_markdown_page_has_every_claim_with_anchor_verdict_and_linked_sources(base):
    page = base_markdown(base, "Claims", "2024-05-01")
    assert page.startswith("# Claims\n") and "Published 2024-05-01." in page
    assert "4 claims (1 false, 1 misleading, 1 unproven, 1 true)." in page
    for c in base.claims:
        assert f'<a id="{c.id}"></a>' in page and f"](#{c.id})" in page
    assert "**Verdict: Misleading**" in page
    # markdown specials in the text are escaped; DOI links keep their parentheses
    assert r"Blinded studies found \*no\* link \[see below\]." in page
    assert ("- [Prevalence of venous narrowing (CCSVI)]"
            "(https://doi.org/10.1016/S0140-6736(13)61747-X), The Lancet, 2014") in page
    assert "“Narrowed neck veins cause MS”" in page


def test_md_helpers():
    assert md_escape("1. a_b *c*\n  d") == r"1\. a\_b \*c\* d"
    assert md_escape("# not a heading") == r"\# not a heading"
    assert md_url("https://x.org/a b") == "https://x.org/a%20b"
    assert md_url("https://x.org/a)b") == "https://x.org/a%29b"


# ------------------------------------------------------------------ one result


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    path = tmp_path_factory.mktemp("base") / "base.yaml"
    path.write_text(BASE, encoding="utf-8")
    return Checker(claims=[path], include_default=False)


def test_render_markdown_of_a_flagged_result(checker):
    result = checker.check("Narrowed neck veins cause MS!")
    assert result.verdict == "false"
    md = render_markdown(result)
    lines = md.splitlines()
    assert lines[0] == "### False: “Narrowed neck veins cause MS!”"
    assert "**Verdict:** False  " in lines
    assert "**Claim checked:** CCSVI causes MS. (rated False, `ccsvi-causes-ms`)  " in lines
    assert r"Blinded studies found \*no\* link \[see below\]." in lines
    assert "- [FDA notice](https://www.fda.gov/x), FDA, 2012" in lines
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_render_markdown_options_and_unknown(checker):
    result = checker.check("The weather is nice")
    md = render_markdown(result, heading_level=2, location="notes.txt, line 3",
                         show_score=False)
    assert md.startswith("## Unknown: “The weather is nice”\n\n*notes.txt, line 3*\n")
    assert "Claim checked" not in md and "Sources" not in md and "score" not in md


def test_markdown_writer_separates_results(checker):
    import io

    out = io.StringIO()
    w = MarkdownWriter(out)
    for text in ("CCSVI causes MS", "tvam is approved by the fda"):
        w.emit(checker.check(text))
    w.close()
    sections = out.getvalue().split("\n\n### ")
    assert len(sections) == 2 and sections[0].startswith("### False")
