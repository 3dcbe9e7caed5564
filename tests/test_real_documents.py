"""Real documents (issue 15): no false alarm on consensus prose, every myth on advocacy
pages. tests/data/real/documents.yaml holds labelled sentences of real pages (see the
README beside it); benchmarks/real_documents.py scans them and prints the figures.

Every sentence the tool gets right today must stay right. The ones it gets wrong today
are strict xfails, grouped by shape below: a fix flips one to XPASS, the run fails, and
whoever fixed it moves the sentence out of KNOWN_WRONG (and tightens the floors).
Statements about other diseases (and bare "sclerosis") are at the end.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml
from conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import real_documents as rd  # noqa: E402

DOCS = rd.load()
CLAIM_IDS = {c["id"] for c in yaml.safe_load(
    (ROOT / "claims.yaml").read_text(encoding="utf-8"))["claims"]}
SIDES = {"consensus", "advocacy", "mixed", "news"}
DOC_KEYS = {"id", "url", "title", "publisher", "date", "side", "licence", "sentences"}
SENTENCE_KEYS = {"text", "kind", "must", "never", "claim", "note", "para"}
MAX_EXCERPT = 350  # one sentence, about 300 characters: never a page's text
# kept for the product's blind test: no page of these may be used here
FORBIDDEN = ("angeleshealth.com", "ccsvi.net", "conavi.org.mx", "ctrlaltdefeat.blogspot",
             "ocregister.com", "reddeeradvocate.com", "synergyhealthconcepts.com",
             "theragenesis.com", "thisisms.com", "wikipedia", "wiki3.", "handwiki",
             "nina.az")

# Today's mistakes, by shape: key (document id:index of the sentence) -> shape.
DENIAL_MISSED = "consensus: the denial or hedge was not read"
NAMING = "consensus: a sentence naming or defining CCSVI matched a myth"
GENERIC = "consensus: generic words matched a myth"
DETAIL = "consensus: a detail of another study read as a contradiction"
REPORTED = "reported claim called false: the reporting verb was not read"
CONTEXT = ("scan's context retry ('CCSVI: <sentence>') turned an attributed or "
           "off-topic sentence, unknown alone, into a finding")
MYTH_MISSED = "myth asserted in the page's voice: not found"
MYTH_TRUE = "myth asserted in the page's voice: rated true"
KNOWN_WRONG = {
    # the ten pages measured unseen on 2026-12-03 (see documents.yaml)
    "msaustralia-albany-cosmo:5": GENERIC,
    "cihr-trial-faq:1": GENERIC,  # "all patients will have received the procedure"
    "diagnosisms-ccsvi-liberation:0": GENERIC,  # "everyone with MS has heard of CCSVI"
    "diagnosisms-ccsvi-liberation:1": MYTH_MISSED,
    # ("a separate condition from MS" was found by "CCSVI is found only in people with
    # MS", which a statement that names no group alone, or no other group, no longer meets)
    "diagnosisms-ccsvi-liberation:4": MYTH_MISSED,
    "gme-surgical-liberation:0": MYTH_TRUE,  # "a potentially ground breaking discovery"
    "gme-surgical-liberation:5": MYTH_MISSED,
    "ccsvi-alliance-liberation-term:1": MYTH_MISSED,  # "saw improvement": no report, no claim
    "mshope-testing-treatment:1": MYTH_MISSED,
    "mshope-testing-treatment:4": MYTH_MISSED,
    "mshope-testing-treatment:5": MYTH_MISSED,
    "mskickforthecure-ccsvi:0": MYTH_MISSED,  # rated misleading, not false
    "mskickforthecure-ccsvi:7": MYTH_MISSED,
    "wheelchairkamikaze-2010-videos:2": MYTH_MISSED,
    "ginamiller-blog:1": MYTH_TRUE,  # a lasting improvement, read as a report of feeling better
    "mstriptobulgaria-what-is-ccsvi:0": MYTH_MISSED,
    "mstriptobulgaria-what-is-ccsvi:1": MYTH_MISSED,
    "mstriptobulgaria-what-is-ccsvi:2": MYTH_MISSED,
    "mstriptobulgaria-what-is-ccsvi:3": MYTH_MISSED,
    "ccsviaustralia-about:1": MYTH_MISSED,
    "ccsviaustralia-about:5": MYTH_MISSED,
    "ccsvi-clinic-hope:2": MYTH_MISSED,
    "ccsvi-clinic-vs-drugs:1": MYTH_MISSED,
    "ccsvi-clinic-vs-drugs:2": MYTH_MISSED,
    "ameds-ccsvi:0": MYTH_MISSED,
    "ccsvi-atlanta-venoplasty:0": MYTH_MISSED,
    "ccsvi-atlanta-venoplasty:3": MYTH_TRUE,
    "jama-neurology-brave-dreams:5": DENIAL_MISSED,
    "ctvnews-2017-vein-therapy:1": CONTEXT,
    "topnews-ms-treatment-abroad:2": MYTH_MISSED,
    "topnews-ms-treatment-abroad:3": MYTH_MISSED,
    "ginamiller-blog:0": MYTH_MISSED,
    "lizzymcfly-2011-03:2": MYTH_MISSED,
    # ten more pages measured unseen on 2026-12-03 (see documents.yaml)
    "jcbfm-what-went-wrong-ccsvi-2013:0": REPORTED,  # "which he found exclusively ..."
    # "The revival of this concept ...": the context retry reads "this concept" as the
    # CCSVI theory, against "the theory has been debunked" (once hidden by "generated"
    # misread as "general", which the English word list now stops)
    "zoomer-lancet-venous-narrowing-2013:6": GENERIC,  # a patient's story
    "veinsamerica-liberation-procedure:4": MYTH_MISSED,
    "veinsamerica-liberation-procedure:6": MYTH_TRUE,
    "ccsvicare-diagnosis-treatment:0": GENERIC,  # "techniques are used to diagnose CCSVI"
    "ccsvicare-diagnosis-treatment:1": MYTH_TRUE,
    "ccsvicare-diagnosis-treatment:3": MYTH_TRUE,
    "azdoppler-what-is-ccsvi:1": MYTH_MISSED,
    "azdoppler-what-is-ccsvi:2": MYTH_MISSED,
    "azdoppler-what-is-ccsvi:4": MYTH_MISSED,
    # found, as a denial that the theory was disproven, only while no claim said the
    # theory was debated at first; that claim rates the past alone ("the theory is
    # controversial" says it is open still), and nothing now reads the present
    "azdoppler-what-is-ccsvi:6": MYTH_MISSED,
    "sethroberts-examples-liberation-2010:2": MYTH_MISSED,
    "sethroberts-examples-liberation-2010:3": MYTH_MISSED,
    "sethroberts-examples-liberation-2010:6": MYTH_MISSED,
    "todaywithms-slow-massacre-2010:2": MYTH_MISSED,
    "todaywithms-slow-massacre-2010:3": MYTH_MISSED,
    # ten more pages measured unseen on 2026-12-03 at ee9ffc6 (see documents.yaml)
    "autonomicspecialists-tvam-safety:0": MYTH_MISSED,  # TVAM's own claims, "CVA"
    "autonomicspecialists-tvam-safety:3": MYTH_MISSED,
    "autonomicspecialists-tvam-safety:4": MYTH_MISSED,
    "stanleyrtaylor-liberation-treatment:1": MYTH_TRUE,  # Zamboni of Ferrara, true alone
    "stanleyrtaylor-liberation-treatment:3": MYTH_MISSED,
    "stanleyrtaylor-liberation-treatment:4": MYTH_MISSED,
    "tamingms-breakthrough-article:0": MYTH_MISSED,  # "amazing discovery", "breakthrough"
    "tamingms-breakthrough-article:1": MYTH_MISSED,
    "tamingms-breakthrough-article:2": MYTH_MISSED,
    "tamingms-breakthrough-article:3": MYTH_MISSED,
    # eleven more pages measured unseen on 2026-12-03 at 7a63df0 (see documents.yaml)
    "vital-now-ccsvi-information:1": MYTH_MISSED,  # "not treating the cause"
    "vital-now-ccsvi-information:3": MYTH_TRUE,  # "a recently identified condition"
    "vital-now-ccsvi-information:5": MYTH_MISSED,
    "travcure-ccsvi-liberation:0": MYTH_MISSED,  # "this condition": CCSVI by context
    "travcure-ccsvi-liberation:1": MYTH_TRUE,  # its first clause (no cause pinned down) is true
    "travcure-ccsvi-liberation:3": MYTH_MISSED,
    "travcure-ccsvi-liberation:4": MYTH_MISSED,
    "medicaltourism-fortis-ccsvi:1": MYTH_TRUE,  # "MS is vascular in nature"
    "debatepolitics-ms-breakthrough:0": MYTH_MISSED,  # symptoms gone in 73%
    "debatepolitics-ms-breakthrough:2": MYTH_MISSED,
    "debatepolitics-ms-breakthrough:5": MYTH_MISSED,
    "hubbard-foundation-restenosis:2": MYTH_MISSED,
    "hubbard-foundation-restenosis:3": MYTH_MISSED,
    "hubbard-foundation-restenosis:4": MYTH_MISSED,
    "komo-liberate-ms:0": MYTH_MISSED,
    "globe-labour-of-love:5": MYTH_MISSED,
    "hivehealth-dont-rush-liberation:0": REPORTED,  # "researchers at ... report that"
    # found through the devices' approval claim until that claim came to rate only
    # sentences that speak of approval
    "vici-initiative-frustrated-voice:1": MYTH_MISSED,
}

# Floors of today's figures (benchmarks/real_documents.py prints them): never worse.
MAX_CONSENSUS_FALSE_ALARMS = 3    # of 216 consensus sentences
MAX_REPORTED_FLAGGED = 3          # of 106 reported claims
MIN_MYTHS_FOUND = 35              # of 103 myths (34 of 100 on advocacy pages)
MAX_ASIDE_RATED = 7               # of 41 off-topic and other-disease sentences


# ------------------------------------------------------------------------ the data

def test_documents_are_well_formed():
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids)), "a document id is used twice"
    assert len(DOCS) >= 20
    for d in DOCS:
        assert set(d) <= DOC_KEYS, f"{d['id']}: unknown keys {set(d) - DOC_KEYS}"
        for k in ("url", "title", "publisher", "side", "licence", "sentences"):
            assert d.get(k), f"{d['id']}: {k} missing"
        assert re.match(r"^https?://\S+$", d["url"]), d["id"]
        assert d["side"] in SIDES, d["id"]
        for i, s in enumerate(d["sentences"]):
            where = f"{d['id']}:{i}"
            assert set(s) <= SENTENCE_KEYS, f"{where}: unknown keys {set(s) - SENTENCE_KEYS}"
            assert s["kind"] in rd.KINDS, where
            assert isinstance(s["text"], str) and s["text"].strip(), where
            assert "\n" not in s["text"], where
            assert len(s["text"]) <= MAX_EXCERPT, f"{where}: an excerpt is one sentence"
            for label in (*s["must"], *s["never"]):
                assert label in rd.VERDICTS, f"{where}: {label!r} is not a verdict"
            assert not set(s["must"]) & set(s["never"]), where
            if s.get("claim"):
                assert s["claim"] in CLAIM_IDS, f"{where}: no claim {s['claim']!r}"
            if s.get("para") is not None:
                assert s["para"] == "new", where


def test_labels_follow_the_rules_of_issue_15():
    for d in DOCS:
        for i, s in enumerate(d["sentences"]):
            where = f"{d['id']}:{i}"
            if s["kind"] in ("consensus", "reported"):
                # a correct sentence, or a claim reported, is never called false
                assert "false" in s["never"], where
                assert not set(s["must"]) & {"false", "misleading"}, where
            if s["kind"] == "consensus":
                assert "misleading" in s["never"], where
            if s["kind"] == "myth":
                assert s["must"] and "unknown" not in s["must"], where
            if s["kind"] == "other-disease":
                assert s["must"] == ["unknown"], where


def test_no_forbidden_source_is_used():
    for d in DOCS:
        assert not any(f in d["url"].lower() for f in FORBIDDEN), d["id"]


def test_no_excerpt_is_a_claim_wording():
    """The excerpts measure the engine; they must never be copied into claims.yaml."""
    text = (ROOT / "claims.yaml").read_text(encoding="utf-8").lower()
    for d in DOCS:
        for s in d["sentences"]:
            if len(s["text"]) > 40:
                assert s["text"].lower().rstrip(".") not in text, s["text"]


def test_both_sides_are_present():
    sides = {d["side"] for d in DOCS}
    assert {"consensus", "advocacy"} <= sides
    kinds = {s["kind"] for d in DOCS for s in d["sentences"]}
    assert kinds == set(rd.KINDS)


# ------------------------------------------------------------------------ the engine

@pytest.fixture(scope="module")
def rows(checker):
    return {r.key: r for r in rd.evaluate(checker, DOCS)}


def _cases():
    out = []
    for d in DOCS:
        for i, _ in enumerate(d["sentences"]):
            key = f"{d['id']}:{i}"
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[key])] \
                if key in KNOWN_WRONG else []
            out.append(pytest.param(key, id=key, marks=marks))
    return out


@pytest.mark.parametrize("key", _cases())
def test_sentence(rows, key):
    r = rows[key]
    assert r.must_ok, f"{r.text!r}: got {r.got} (claims {r.claims}), must be one of {r.must}"
    assert r.never_ok, f"{r.text!r}: got {r.got} (claims {r.claims}), never {r.never}"


def test_known_wrong_are_real_keys():
    keys = {f"{d['id']}:{i}" for d in DOCS for i in range(len(d["sentences"]))}
    assert set(KNOWN_WRONG) <= keys


def test_figures_never_fall_back(rows):
    f = rd.figures(list(rows.values()))
    assert len(f.false_alarms) <= MAX_CONSENSUS_FALSE_ALARMS, [r.text for r in f.false_alarms]
    assert len(f.reported_flagged) <= MAX_REPORTED_FLAGGED, \
        [r.text for r in f.reported_flagged]
    assert f.myths_found >= MIN_MYTHS_FOUND
    assert len(f.aside_rated) <= MAX_ASIDE_RATED, [r.text for r in f.aside_rated]


def test_harness_prints_the_figures_and_exits_0():
    import subprocess

    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "real_documents.py"),
                           "--small", "--wrong"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    for line in ("false alarms on consensus prose", "reported claims called false",
                 "myths found on advocacy pages", "off-topic / other-disease"):
        assert line in proc.stdout


def test_scan_jsonl_on_a_real_document_never_flags_consensus(tmp_path):
    """The CLI path too: a page rebuilt from its sentences, scanned as a file."""
    doc = next(d for d in DOCS if d["id"] == "xagena-fda-2012")
    text, _ = rd.document_text(doc)
    page = tmp_path / "xagena.txt"
    page.write_text(text, encoding="utf-8")
    proc = run_cli("scan", "-f", "jsonl", str(page))
    assert proc.returncode == 0, proc.stdout  # nothing false or misleading
    assert '"verdict": "true"' in proc.stdout


# ------------------------------------------------------------- other diseases (issue 15)

OTHER_DISEASE = [
    "CCSVI is linked to ALS.",
    "CCSVI causes amyotrophic lateral sclerosis.",
    "Liberation therapy helps people with Parkinson's disease.",
    "Narrowed neck veins are common in Parkinson's patients.",
    "Narrowed neck veins cause systemic sclerosis.",
    "Liberation therapy cures systemic sclerosis.",
    "Balloon angioplasty of narrowed veins helps systemic sclerosis patients.",
    "Venous angioplasty treats May-Thurner syndrome.",
    "Stents in the iliac vein treat May-Thurner syndrome safely.",
    "Balloon angioplasty of the leg veins treats chronic venous insufficiency.",
    "Leg vein insufficiency is treated with venous stenting.",
    "Stenting leg veins is safe.",
    "CCSVI is found in people with Meniere's disease.",
    "CCSVI causes tuberous sclerosis.",
    "Narrowed neck veins cause atherosclerosis.",
    "Angioplasty of the neck veins helps people with Alzheimer's disease.",
    "Jugular venous reflux is linked to transient global amnesia.",
]
# bare "sclerosis" is not MS (issue 15)
BARE_SCLEROSIS = [
    "CCSVI causes sclerosis.",
    "Opening the neck veins cures sclerosis.",
    "Liberation therapy cures sclerosis.",
]
# the rule must not reach statements about MS that name another disease too
STILL_MS = [
    ("CCSVI causes multiple sclerosis.", "false"),
    ("CCSVI causes MS, not ALS.", "false"),
    ("Liberation therapy cures MS and Parkinson's disease.", "false"),
]


@pytest.mark.parametrize("text", OTHER_DISEASE)
def test_other_disease_is_unknown(checker, text):
    assert checker.check(text).verdict == "unknown"


@pytest.mark.parametrize("text", BARE_SCLEROSIS)
def test_bare_sclerosis_is_not_ms(checker, text):
    assert checker.check(text).verdict == "unknown"


@pytest.mark.parametrize("text,verdict", STILL_MS)
def test_ms_named_beside_another_disease_is_still_rated(checker, text, verdict):
    assert checker.check(text).verdict == verdict


def test_another_corpus_is_measured_the_same_way(tmp_path, capsys):
    # --docs measures a labelled corpus of the same format (an unseen one, say)
    doc = {"documents": [{"id": "t", "url": "https://example.org/", "title": "t",
                          "publisher": "p", "date": 2024, "side": "consensus",
                          "licence": "test", "sentences": [
                              {"text": "CCSVI does not cause MS.", "kind": "consensus",
                               "must": ["true"], "never": ["false", "misleading"]}]}]}
    good = tmp_path / "docs.yaml"
    good.write_text(yaml.safe_dump(doc), encoding="utf-8")
    assert rd.main(["--docs", str(good)]) == 0
    assert "sentences right on every label: 1/1" in capsys.readouterr().out


@pytest.mark.parametrize("content", [None, "documents: [\n", "other: 1\n"])
def test_an_unreadable_corpus_is_one_line_and_exit_2(tmp_path, capsys, content):
    path = tmp_path / "docs.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert rd.main(["--docs", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("real_documents.py: cannot read") and err.count("\n") == 1
