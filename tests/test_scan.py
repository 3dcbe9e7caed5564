"""Unit tests of the scanner's stages (ccsvi_check.markup, .sentences, .scan) and the
reader (ccsvi_check.documents): masking, sentence offsets, ignore comments, decoding,
walking, jobs.  A small claim base
of their own keeps them independent of the shipped claims.yaml."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccsvi_check import documents, scan, sentences
from ccsvi_check.markup import mask
from ccsvi_check.scan import Document, Notice, Opened, scan_documents
from ccsvi_check.sentences import split_sentences

MINI = """\
version: 1
aliases:
  - [ccsvi, chronic cerebrospinal venous insufficiency, narrow neck veins]
  - [ms, multiple sclerosis]
  - [liberation therapy, liberation procedure, tvam]
  - [cause, causes, caused]
topic: [ccsvi, liberation therapy]
claims:
  - id: ccsvi-causes-ms
    claim: CCSVI causes multiple sclerosis.
    verdict: "false"
    explanation: Blinded studies found no link.
    sources:
      - {title: "A study", publisher: The Lancet, year: 2014, doi: 10.1016/S0140-6736(13)61747-X}
  - id: liberation-therapy-safe
    claim: Liberation therapy is safe.
    verdict: "false"
    explanation: Serious complications were reported.
    sources:
      - {title: "A study", publisher: The Lancet, year: 2014, doi: 10.1016/S0140-6736(13)61747-X}
"""


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    from ccsvi_check import Checker

    path = tmp_path_factory.mktemp("claims") / "claims.yaml"
    path.write_text(MINI, encoding="utf-8")
    return Checker(claims=[path], include_default=False)


def spans(text: str, markup: str = "text") -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, markup)]


# ------------------------------------------------------------------ sentences and offsets

def test_offsets_and_positions_exact():
    text = "First one here. Second one!\n  Third on line two? Yes.\n"
    got = split_sentences(text)
    assert [text[s.start:s.end] for s in got] == [
        "First one here.", "Second one!", "Third on line two?", "Yes."]
    assert [(s.line, s.column, s.end_line, s.end_column) for s in got] == [
        (1, 1, 1, 16), (1, 17, 1, 28), (2, 3, 2, 21), (2, 22, 2, 26)]
    assert got[1].start == 16 and got[1].end == 27  # end exclusive


def test_lines_without_final_punctuation_are_sentences():
    assert spans("CCSVI causes MS\nliberation therapy is safe\nhappy friday") == [
        "CCSVI causes MS", "liberation therapy is safe", "happy friday"]


def test_hard_wrapped_paragraph_stays_one_sentence():
    text = ("Some people in the online forums keep saying that the\n"
            "liberation procedure is a cure. It is not.\n")
    got = split_sentences(text)
    assert [text[s.start:s.end] for s in got] == [
        "Some people in the online forums keep saying that the\nliberation procedure is a "
        "cure.", "It is not."]
    assert (got[0].line, got[0].column, got[0].end_line, got[0].end_column) == (1, 1, 2, 32)
    assert got[0].text == ("Some people in the online forums keep saying that the liberation "
                           "procedure is a cure.")


def test_capitalised_line_after_long_line_starts_a_sentence():
    text = "My neurologist keeps telling me the same thing every visit\nThen I went home"
    assert spans(text) == ["My neurologist keeps telling me the same thing every visit",
                           "Then I went home"]


def test_blank_lines_separate_paragraphs_and_crlf_offsets_hold():
    text = "One sentence\r\n\r\nAnother one.\r\n"
    assert spans(text) == ["One sentence", "Another one."]


def test_abbreviations_and_ms_full_stop():
    assert spans("Dr. Smith says CCSVI causes MS. Liberation therapy is safe.") == [
        "Dr. Smith says CCSVI causes MS.", "Liberation therapy is safe."]
    assert spans("See e.g. Zamboni et al. 2009 for it. The dose was 3.5 mg.") == [
        "See e.g. Zamboni et al. 2009 for it.", "The dose was 3.5 mg."]


def test_a_capital_after_a_line_that_could_be_a_sentence_starts_one():
    # a post: two claims on two lines, the first long and without a full stop
    text = "Liberation therapy is safe, say many clinics abroad\nCCSVI causes MS."
    got = split_sentences(text)
    assert [text[s.start:s.end] for s in got] == [
        "Liberation therapy is safe, say many clinics abroad", "CCSVI causes MS."]
    assert [(s.line, s.column, s.end_line, s.end_column) for s in got] == [
        (1, 1, 1, 52), (2, 1, 2, 17)]
    assert spans("My neurologist keeps telling me the same thing every visit\n"
                 "2 studies found nothing") == [
        "My neurologist keeps telling me the same thing every visit", "2 studies found nothing"]
    assert spans("My neurologist keeps telling me the same thing every visit\n"
                 "\"Then I went home\"") == [
        "My neurologist keeps telling me the same thing every visit", "\"Then I went home\""]


def test_a_line_ending_mid_phrase_or_a_line_that_cannot_start_a_sentence_wraps():
    for end, nxt in [("treated for", "CCSVI at clinics abroad."),
                     ("the", "TVAM procedure is a cure."),
                     ("treated in it,", "Liberation therapy they call it."),
                     ("treated in it and", "Zamboni said so."),
                     ("treated in it", "(see the link below)."),
                     ("treated in it", "\u201cliberation therapy\u201d they call it.")]:
        text = f"Many patients in the forums flew abroad to get {end}\n{nxt}"
        assert spans(text) == [text], text


def test_markup_paragraphs_keep_acronyms_in_the_wrapped_sentence():
    # Markdown, HTML and reST render a line break as a space: a hard-wrapped paragraph
    text = "Zamboni's theory says that chronic venous insufficiency causes\nMS in most people."
    for markup in ("markdown", "html", "rst"):
        assert spans(text, markup) == [text], markup
    assert spans(text) == [text.split("\n")[0], "MS in most people."]  # a post: two lines
    text = "Zamboni's theory says that chronic venous insufficiency causes\nThen MS follows."
    assert spans(text, "markdown") == text.split("\n")


def test_non_ascii_columns_count_characters():
    text = "Café 😀 talk is über. CCSVI causes MS."
    s = split_sentences(text)[1]
    assert text[s.start:s.end] == "CCSVI causes MS." and s.column == 22


# ------------------------------------------------------------------ masking

MD = """\
# CCSVI causes MS

Text with `CCSVI causes MS` and a [link](https://x.org/ccsvi "CCSVI title").
**Bold** claim.

```python
print("CCSVI causes MS.")
```

    indented CCSVI causes MS.

- item one
- item two
<!-- CCSVI causes MS -->
[ref]: https://ccsvi.example/causes-ms
"""


def test_markdown_mask_keeps_length_and_hides_code_and_targets():
    masked = mask(MD, "markdown")
    assert len(masked) == len(MD)
    assert [i for i, c in enumerate(MD) if c == "\n"] == \
        [i for i, c in enumerate(masked) if c == "\n"]
    assert masked.count("CCSVI") == 1  # only the heading's
    assert "https" not in masked and "print" not in masked and "title" not in masked
    assert "link" in masked and "Bold" in masked and "**" not in masked


def test_markdown_sentences():
    assert spans(MD, "markdown") == [
        "CCSVI causes MS", "Text with `CCSVI causes MS` and a [link](https://x.org/ccsvi "
        "\"CCSVI title\").", "Bold** claim.", "item one", "item two"]
    s = split_sentences(MD, "markdown")[1]
    assert s.text == "Text with and a link."
    assert (s.line, s.column) == (3, 1)


def test_html_mask_comments_scripts_entities():
    page = ("<html><head><style>p {}</style><script>var a = 'CCSVI causes MS.';\n"
            "</script></head><body><h1>Title</h1><p>CCSVI doesn&rsquo;t cause MS.<!-- a\n"
            "CCSVI causes MS --> Fine&nbsp;text.</p></body></html>\n")
    masked = mask(page, "html")
    assert len(masked) == len(page)
    assert "var" not in masked and "CCSVI causes MS" not in masked
    got = split_sentences(page, "html")
    assert [s.text for s in got] == ["Title", "CCSVI doesn’t cause MS.", "Fine text."]
    assert page[got[1].start:got[1].end] == "CCSVI doesn&rsquo;t cause MS."


def test_rst_mask():
    text = "Title\n=====\n\nSee ``CCSVI causes MS`` here.\n\n.. code::\n\n   CCSVI causes MS.\n"
    masked = mask(text, "rst")
    assert len(masked) == len(text) and "CCSVI" not in masked and "=====" not in masked


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n#*-`[]()<>&;|_:x1\t")), max_size=80),
       st.sampled_from(["text", "markdown", "html", "rst"]))
def test_property_offsets_map_to_the_original(text, markup):
    assert len(mask(text, markup)) == len(text)
    line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for s in split_sentences(text, markup):
        assert 0 <= s.start < s.end <= len(text)
        assert s.start == line_starts[s.line - 1] + s.column - 1
        assert s.end == line_starts[s.end_line - 1] + s.end_column - 1
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()


# ------------------------------------------------------------------ checking

def test_scan_text_findings(mini):
    text = "Hello there.\nShe read that CCSVI causes MS. Nice weather.\n"
    found = scan.scan_text(mini, text, "a.txt")
    assert [(f.line, f.column, f.end_line, f.end_column, f.result.verdict) for f in found] == \
        [(2, 1, 2, 31, "false")]
    d = found[0].to_dict()
    assert d["path"] == "a.txt" and d["input"] == "She read that CCSVI causes MS."
    everything = scan.scan_text(mini, text, "a.txt", include_unknown=True)
    assert [f.result.verdict for f in everything] == ["unknown", "false", "unknown"]


def test_ignore_comments(mini):
    text = ("CCSVI causes MS. <!-- ccsvi-check: ignore -->\n"
            "<!-- ccsvi-check: ignore-next-line -->\n"
            "Liberation therapy is safe.\n"
            "Liberation therapy is safe.\n")
    found = scan.scan_text(mini, text, "a.md", "markdown")
    assert [f.line for f in found] == [4]
    plain = scan.scan_text(mini, "CCSVI causes MS. ccsvi-check: ignore\nOk.", include_unknown=True)
    assert [f.result.input for f in plain] == ["Ok."]


def test_an_ignored_line_is_a_sentence_break_on_both_sides(mini):
    def found(text, markup="text"):
        return [(f.line, f.result.input, f.result.verdict)
                for f in scan.scan_text(mini, text, markup=markup, include_unknown=True)]

    # the claim on the next line is reported, not swallowed into the ignored sentence
    assert found("Liberation therapy is safe. ccsvi-check: ignore\nCCSVI causes MS.") == [
        (2, "CCSVI causes MS.", "false")]
    # a line before the ignored one, ending mid-phrase, is still its own sentence
    before = "People in the forums keep repeating the tired old claim that"
    assert found(f"{before}\nCCSVI causes MS. # ccsvi-check: ignore\n") == [
        (1, before, "unknown")]
    # ignore-next-line: the silenced line does not take the line after it along
    text = ("<!-- ccsvi-check: ignore-next-line -->\n"
            "Liberation therapy is safe and people keep saying that\n"
            "ccsvi causes ms\n")
    for markup in ("text", "markdown"):
        assert found(text, markup) == [(3, "ccsvi causes ms", "false")], markup


@pytest.mark.parametrize("comment", [
    "<!-- ccsvi-check: ignore-next-line -->", "# ccsvi-check: ignore-next-line",
    "// ccsvi-check: ignore-next-line", "/* ccsvi-check: ignore-next-line */",
    "ccsvi-check: ignore-next-line", "  #ccsvi-check:ignore-next-line  ",
])
def test_the_ignore_comment_is_masked_not_checked(mini, comment):
    text = f"{comment}\nCCSVI causes MS.\nOk.\n"
    assert spans(text) == ["Ok."]
    (block,) = sentences.blocks(text.split("\n"))  # the comment's line is a blank one
    assert (block.line, block.text) == (2, "CCSVI causes MS.\nOk.")
    res = scan.check_blocks(mini, [block], {0: "a.txt"}, include_unknown=True)
    assert res.sentences == 1 and [f.result.input for f in res.findings] == ["Ok."]
    # beside a sentence: the sentence is checked, with its position; the comment is not
    text = f"Fine here. {comment}\nCCSVI causes MS."
    (s,) = split_sentences(text)
    assert (s.text, s.line, s.column, s.end_column) == ("Fine here.", 1, 1, 11)
    (block,) = sentences.blocks(text.split("\n"))
    assert block.text == "Fine here. " + " " * len(comment) + "\nCCSVI causes MS."


def test_an_unreadable_document_is_reported_and_the_rest_scanned(mini):
    def failing():
        yield "CCSVI causes MS."
        raise PermissionError(13, "Permission denied")

    items = [Document("a.txt", "text", ["Liberation therapy is safe."]),
             Document("b.txt", "text", failing()),
             Document("c.txt", "text", ["CCSVI causes MS."])]
    events = list(scan_documents(mini, items))
    assert [e.path for e in events if isinstance(e, Opened)] == ["a.txt", "b.txt", "c.txt"]
    events = [e for e in events if not isinstance(e, (int, Opened))]
    assert [(type(e).__name__, e.path) for e in events] == [
        ("Finding", "a.txt"), ("Finding", "b.txt"), ("Notice", "b.txt"), ("Finding", "c.txt")]
    assert events[2].kind == "unreadable" and events[2].message == "Permission denied"


def test_two_jobs_give_the_same_events_as_one(mini, monkeypatch):
    monkeypatch.setattr(scan, "BATCH_CHARS", 200)  # many units of work
    docs = [[f"Line {i} of doc {k}. CCSVI causes MS." if i % 7 == 0 else f"Filler {i}."
             for i in range(300)] for k in range(4)]

    def items():
        return [Document(f"d{k}.txt", "text", lines) for k, lines in enumerate(docs)] + \
            [Notice("gone.txt", "missing", "no such file or directory")]

    def key(e):
        return e if isinstance(e, (int, Notice, Opened)) else e.to_dict()

    one = [key(e) for e in scan_documents(mini, items(), jobs=1)]
    two = [key(e) for e in scan_documents(mini, items(), jobs=2)]
    assert one == two and sum(isinstance(e, dict) for e in one) == 4 * 43


# ------------------------------------------------------------------ reading

def test_decode_falls_back_per_line():
    data = "naïve\n".encode() + "café — “quoted”\n".encode("cp1252") + b"\x81\xff\n"
    assert list(documents.read_lines(io.BytesIO(data))) == [
        "naïve", "café — “quoted”", "\x81ÿ"]


def test_read_lines_bom_crlf_and_last_line():
    data = b"\xef\xbb\xbfone\r\ntwo\nthree"
    assert list(documents.read_lines(io.BytesIO(data))) == ["one", "two", "three"]


def test_read_lines_longer_than_the_sniff():
    data = ("x" * 10_000 + "\n" + "y" * 5 + "\n").encode()
    assert list(documents.read_lines(io.BytesIO(data))) == ["x" * 10_000, "yyyyy"]


def test_binary_is_refused():
    with pytest.raises(documents.BinaryFile):
        list(documents.read_lines(io.BytesIO(b"abc\0def")))


def test_walk_filters_and_sorts(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "node_modules").mkdir()
    for name in ("z.md", "a.txt", "b/c.rst", "b/d.html", "e.py", ".hidden.md",
                 ".git/x.md", "node_modules/y.md"):
        (tmp_path / name).write_text("text\n")
    got = [os.path.relpath(p, tmp_path) for p in documents.walk(str(tmp_path))]
    assert got == ["a.txt", "z.md", os.path.join("b", "c.rst"), os.path.join("b", "d.html")]


def test_documents_missing_binary_and_markup(tmp_path):
    (tmp_path / "x.bin").write_bytes(b"\0\1\2")
    (tmp_path / "y.md").write_text("# hi\n")
    items = list(documents.documents([str(tmp_path / "nope.txt"), str(tmp_path / "x.bin"),
                                      str(tmp_path / "y.md")]))
    assert [(type(i).__name__, getattr(i, "kind", None)) for i in items] == [
        ("Notice", "missing"), ("Notice", "skipped"), ("Document", None)]
    assert items[2].markup == "markdown"
    assert documents.markup_for("page.HTM") == "html"
    assert documents.markup_for("notes.md", "text") == "text"


def test_a_document_refused_before_any_text_is_not_opened(mini):
    def binary():
        raise documents.BinaryFile(documents.BINARY_MESSAGE)
        yield  # pragma: no cover

    items = [Document("<stdin>", "text", binary()), Document("empty.txt", "text", []),
             Document("a.txt", "text", ["CCSVI causes MS."])]
    events = [e for e in scan_documents(mini, items) if not isinstance(e, int)]
    assert [(type(e).__name__, e.path) for e in events] == [
        ("Notice", "<stdin>"), ("Opened", "empty.txt"), ("Opened", "a.txt"),
        ("Finding", "a.txt")]
    assert events[0].kind == "skipped" and not events[0].is_error


@pytest.mark.skipif(os.name != "posix", reason="file names of arbitrary bytes")
def test_display_name_escapes_bytes_that_are_not_utf8(tmp_path):
    assert documents.display_name("notes/café.md") == "notes/café.md"
    odd = os.fsdecode(b"d/caf\xe9.txt")
    assert documents.display_name(odd) == "d/caf\\xe9.txt"
    try:
        (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text("text\n")
    except (OSError, UnicodeError):  # pragma: no cover
        pytest.skip("this file system refuses the name")
    (doc,) = documents.documents([str(tmp_path)])
    assert doc.path.endswith("caf\\xe9.txt") and list(doc.lines) == ["text"]


def test_small_input_is_checked_without_worker_processes(mini, monkeypatch):
    import multiprocessing

    def no_pool(*_a, **_k):
        raise AssertionError("a pool was started for a short post")

    monkeypatch.setattr(multiprocessing, "get_context", no_pool)
    doc = Document("post.txt", "text", ["CCSVI causes MS. Nice day."])
    found = [e for e in scan_documents(mini, [doc], jobs=8) if isinstance(e, scan.Finding)]
    assert [f.result.verdict for f in found] == ["false"]


def test_off_topic_paragraphs_need_no_splitting_when_nothing_is_counted(mini, monkeypatch):
    text = ["Nice weather today. We went out.", "", "My cat sleeps. All day.", "",
            "She read that CCSVI causes MS. It does not.", "", "Hello. Goodbye."]
    splits: list[str] = []
    real = sentences.split_segment

    def spy(seg: str, splitter=None) -> list[int]:
        splits.append(seg)
        return real(seg, splitter)

    def findings(count_all: bool) -> list[dict]:
        doc = Document("d.txt", "text", list(text))
        return [e.to_dict() for e in scan_documents(mini, [doc], count_all=count_all)
                if isinstance(e, scan.Finding)]

    monkeypatch.setattr(sentences, "split_segment", spy)
    everything = findings(True)
    assert len(splits) == 4
    splits.clear()
    assert findings(False) == everything and len(everything) == 1
    assert len(splits) == 1  # only the paragraph that names CCSVI


def test_a_later_sentence_that_says_it_speaks_of_what_the_paragraph_named(checker):
    text = ("Liberation therapy was first offered at a clinic in 2009. "
            "The FDA later approved it for everyone with MS.")
    findings = scan.scan_text(checker, text)
    assert [(f.result.verdict, f.result.claim.id) for f in findings] == [
        ("false", "fda-approved-liberation-therapy")]
    assert findings[0].result.input == "The FDA later approved it for everyone with MS."
    # without a sentence naming the topic before it, "it" is nothing
    assert scan.scan_text(checker, "The FDA later approved it for everyone with MS.") == []


def test_a_report_after_the_topic_stays_a_report():
    """'Others believe it cures MS': the context names 'it', but the sentence reports."""
    from ccsvi_check import Checker
    from ccsvi_check.scan import scan_text

    checker = Checker()
    before = "The FDA warned about liberation therapy in 2012. "
    found = scan_text(checker, before + "Others believe it cures MS.")
    assert [(f.result.input, f.result.verdict) for f in found] == [
        ("The FDA warned about liberation therapy in 2012.", "true")]
    # without the report, the same context still reads 'it' as liberation therapy
    found = scan_text(checker, before + "It cures MS.")
    assert [f.result.verdict for f in found] == ["true", "false"]


def test_a_later_sentence_must_match_in_words_not_only_through_the_subject(checker):
    """'It keeps getting buried' after a sentence on CCSVI is near 'CCSVI is a recognized
    condition' in meaning only because the subject is put before it: not a finding."""
    text = "Mods, can we pin the CCSVI thread again? It keeps getting buried. Thanks!"
    assert scan.scan_text(checker, text) == []
    # a later sentence whose own words match still is one
    found = scan.scan_text(checker, "Our group read about CCSVI this week. It does not cause MS.")
    assert [(f.result.input, f.result.verdict) for f in found] == [
        ("It does not cause MS.", "true")]


def test_a_question_or_an_instruction_after_the_topic_asserts_nothing(checker):
    """A question or an instruction to the reader says 'it' or 'this procedure' but
    claims nothing about what the paragraph named."""
    before = "Liberation therapy was first offered at a clinic in 2009. "
    for later in ("Please don't touch the glass case, it was just cleaned.",
                  "Did it work for your sister?",
                  "Explain why a clinician might refuse to refer a patient for this "
                  "procedure."):
        found = scan.scan_text(checker, before + later)
        assert [f.result.input for f in found if f.result.input == later] == [], later
    # a statement after the same context still speaks of it
    found = scan.scan_text(checker, before + "The FDA later approved it for everyone with MS.")
    assert [f.result.verdict for f in found] == ["false"]


def test_a_later_sentence_must_match_in_its_own_words(checker):
    """The subject put before a later sentence must not be what makes its words match:
    'CCSVI: Patients deserve honesty about that' met 'CCSVI only shows up in MS
    patients' on the subject and one word."""
    before = "The neck vein narrowing called CCSVI turns up in healthy people too. "
    for later in ("So much for that vein theory then!",
                  "My cousin flew to Costa Rica for it last spring."):
        found = scan.scan_text(checker, before + later)
        assert [f.result.input for f in found if f.result.input == later] == [], later


def test_a_later_clause_that_says_it_speaks_of_what_the_sentence_named(checker):
    """'..., and none of them found a link': the later clause's 'them' and 'it' are what
    the clause before named, so each clause makes its claim."""
    found = scan.scan_text(checker, "The two MS societies paid for seven CCSVI studies, and "
                                    "none of them found a link.")
    assert [(f.result.verdict, f.result.claim.id) for f in found] == [
        ("true", "ms-societies-funded-seven-studies"), ("true", "ccsvi-linked-to-ms")]
    found = scan.scan_text(checker, "Venous angioplasty may carry a few risks, but it is our "
                                    "best shot at stopping MS progression.")
    assert [(f.result.verdict, f.result.claim.id) for f in found] == [
        ("true", "liberation-therapy-serious-complications"),
        ("false", "liberation-therapy-stops-progression")]


def test_a_sentence_with_two_claims_in_clauses_of_their_own_gives_two_findings(checker):
    from ccsvi_check.scan import scan_text

    text = ("Zamboni first proposed the link in 2008, but a 2017 Canadian trial found the "
            "procedure did no better than a sham.")
    found = scan_text(checker, text)
    assert [f.result.verdict for f in found] == ["true", "true"]
    assert len({f.result.claim.id for f in found}) == 2
    assert {f.result.input for f in found} == {text}
    # one claim said in two clauses stays one finding
    text = "CCSVI does not cause MS, and it never did cause MS."
    assert len(scan_text(checker, text)) == 1
    # a clause too short to rate alone leaves the sentence whole
    text = "Liberation therapy cures MS; not really."
    assert len(scan_text(checker, text)) <= 1
