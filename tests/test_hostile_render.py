"""Hostile text through the renderers (no subprocess): ``safe.inert`` and property tests
that no control, format or separator character of the input reaches the text or
Markdown output, and that the fast JSON encoders stay byte-identical to json.dumps."""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccsvi_check.checker import Alternative, ClaimRef, Result
from ccsvi_check.claims import Source
from ccsvi_check.export import md_escape, md_url
from ccsvi_check.render import (
    FindingJson,
    MarkdownWriter,
    ResultJson,
    TextWriter,
    json_record,
    render_markdown,
)
from ccsvi_check.render_scan import ScanMarkdownWriter, ScanTextWriter, finding_line
from ccsvi_check.safe import UNSAFE_CLASS, inert, is_inert
from ccsvi_check.scan import Finding

UNSAFE = re.compile(f"[{UNSAFE_CLASS}]")
SGR = re.compile(r"\x1b\[[0-9;]*m")          # rich's own colour codes
OSC8 = re.compile(r"\x1b\]8;[^\x1b\x07]*(?:\x1b\\|\x07)")  # rich's own hyperlinks
UNSAFE_CATEGORIES = ("Cc", "Cf", "Zl", "Zp", "Cs")

ATTACKS = [
    "liberation therapy cures MS\x1b[1A\x1b[1G\x1b[1;37;42m TRUE \x1b[0m",  # issue 13
    "\x1b]0;pwned\x07CCSVI causes MS", "\x1b[2J\x1b[H", "\x9b2J\x9d0;t\x9c", "a\rTRUE ",
    "a\x08\x08\x08TRUE", "x\x7fy", "\x1bP+q\x1b\\", "\u202eSM sesuac IVSCC\u202c",
    "\u2066TRUE\u2069 \u2067x\u2069 \u2068y\u2069 \u202a\u202b\u202d",
    "CC\u200dSVI\u200b causes\u200c MS\ufeff\u2060", "tag\U000e0041\U000e007f", "a\u2028b\u2029c",
    "a\tb\nc", "\x00NUL\x00", "[bold red]FALSE[/] [link=https://evil.example]x[/link] :smile:",
    "&#x202e; &lt;script&gt; <script>alert(1)</script> **bold** `code` # h", "\ud800lone",
]


def visible(out: str) -> str:
    """Terminal output with the renderer's own colour and link codes removed."""
    return SGR.sub("", OSC8.sub("", out))


def assert_inert_output(out: str) -> None:
    leftover = UNSAFE.findall(visible(out).replace("\n", ""))
    assert not leftover, f"control/format characters reached the output: {leftover!r}"


# ---------------------------------------------------------------------- inert


def test_unsafe_class_covers_every_control_format_and_separator_character():
    missing = [f"U+{cp:04X}" for cp in range(sys.maxunicode + 1)
               if unicodedata.category(chr(cp)) in UNSAFE_CATEGORIES
               and is_inert(chr(cp))]
    assert not missing, f"safe._REST lacks (newer Unicode?): {missing}"


@pytest.mark.parametrize("text, shown", [
    ("\x1b[2J", "\\x1b[2J"), ("\u202e", "\\u202e"), ("a\tb", "a\\tb"), ("a\nb", "a\\nb"),
    ("\r", "\\r"), ("\x00", "\\x00"), ("\x9b", "\\x9b"), ("\U000e0041", "\\U000e0041"),
    ("\u200d", "\\u200d"), ("\ufeff", "\\ufeff"), ("\u2028", "\\u2028"), ("\ud800", "\\ud800"),
    ("plain é ü 🙏 中文 العربية", "plain é ü 🙏 中文 العربية"),
])
def test_inert_shows_escapes(text, shown):
    assert inert(text) == shown


def test_inert_keeps_newlines_only_when_asked():
    assert inert("a\nb\tc\x1b", newlines=True) == "a\nb\\tc\\x1b"


@given(st.text())
def test_inert_leaves_nothing_unsafe_and_is_idempotent(text):
    out = inert(text)
    assert is_inert(out)
    assert inert(out) == out
    if is_inert(text):
        assert out == text


# ---------------------------------------------------------------------- renderers

hostile_text = st.one_of(
    st.text(max_size=120),
    st.sampled_from(ATTACKS),
    st.lists(st.sampled_from(ATTACKS + ["CCSVI", " causes ", "MS", "[", "]", "\\"]),
             max_size=8).map("".join),
    st.binary(max_size=80).map(lambda b: b.decode("utf-8", errors="surrogateescape")),
)


def result_for(text: str, claim_text: str = "", hostile_claim: bool = False) -> Result:
    """A Result whose statement (and, with ``hostile_claim``, claim-file text) is hostile."""
    t = claim_text if hostile_claim else "Liberation therapy cures MS."
    src = Source(t or "Title", t or "Publisher", 2014,
                 url=("https://example.org/" + t) if hostile_claim else "https://example.org/a")
    return Result(text, "false", 100.0, False, ClaimRef("liberation-therapy-cures-ms", t, "false"),
                  (t or "Explanation.") + "\nsecond line", (src,),
                  (Alternative("a-b", 50.0),), {"wording": t})


def text_output(results: list[Result], color: str) -> str:
    out = io.StringIO()
    w = TextWriter(out, color)
    for r in results:
        w.emit(r)
    w.close()
    return out.getvalue()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, hostile_text, st.booleans(), st.sampled_from(["always", "never"]))
def test_text_output_never_carries_input_controls(text, claim_text, hostile_claim, color):
    out = text_output([result_for(text, claim_text, hostile_claim)], color)
    assert_inert_output(out)
    if color == "never":
        assert "\x1b" not in out
    # the statement line is one line: a newline in the input cannot start a fake badge
    statement_lines = [ln for ln in visible(out).splitlines() if ln.startswith("Statement: ")]
    assert len(statement_lines) == 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, hostile_text, st.booleans())
def test_markdown_output_never_carries_input_controls(text, claim_text, hostile_claim):
    out = io.StringIO()
    MarkdownWriter(out).emit(result_for(text, claim_text, hostile_claim), location=text)
    md = out.getvalue()
    assert_inert_output(md)
    heading = md.splitlines()[0]
    assert heading.startswith("### False: “") and heading.endswith("”")
    assert "<" not in heading.replace("\\<", "") and "&" not in heading.replace("\\&", "")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, hostile_text, st.sampled_from(["always", "never"]))
def test_scan_output_never_carries_input_controls(sentence, path, color):
    f = Finding(path or "p", 3, 1, 3, 9, result_for(sentence))
    out = io.StringIO()
    w = ScanTextWriter(out, color)
    w.emit(f)
    w.summary("1 finding.")
    w.close()
    assert_inert_output(out.getvalue())
    assert_inert_output(finding_line(f))
    assert len(out.getvalue().splitlines()) == 3  # the finding, the sentence, the summary
    md = io.StringIO()
    mw = ScanMarkdownWriter(md)
    mw.emit(f)
    mw.summary("1 finding.")
    assert_inert_output(md.getvalue())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, hostile_text, st.booleans(), st.sampled_from(["always", "never"]),
       st.integers(min_value=20, max_value=120))
def test_the_terminal_look_never_carries_input_controls(text, claim_text, hostile_claim,
                                                        color, width):
    """The terminal look (issue 14) wraps what it prints: still inert, at any width."""
    from ccsvi_check.render_scan import ScanTerminalWriter
    from ccsvi_check.render_terminal import TerminalWriter

    out = io.StringIO()
    w = TerminalWriter(out, color, width=width)
    w.emit(result_for(text, claim_text, hostile_claim))
    w.close()
    assert_inert_output(out.getvalue())
    assert len([ln for ln in visible(out.getvalue()).splitlines()
                if ln.startswith("Statement ")]) == 1
    f = Finding(text or "p", 3, 1, 3, 9, result_for(claim_text, text, hostile_claim))
    scan_out = io.StringIO()
    sw = ScanTerminalWriter(scan_out, color, width=width)
    sw.emit(f)
    sw.finish(Counter({"false": 1}), 1, 1, 0, 0)
    sw.close()
    assert_inert_output(scan_out.getvalue())
    if color == "never":
        assert "\x1b" not in out.getvalue() + scan_out.getvalue()


@pytest.mark.parametrize("attack", ATTACKS)
def test_each_attack_is_shown_escaped_in_text(attack, monkeypatch):
    monkeypatch.setenv("COLUMNS", "1000")  # no wrapping: the whole line is compared
    out = text_output([result_for(attack)], "always")
    assert_inert_output(out)
    line = next(ln for ln in visible(out).splitlines() if ln.startswith("Statement: "))
    assert line == "Statement: " + inert(attack)


def test_markup_in_the_statement_is_printed_not_interpreted():
    attack = "[bold red]FALSE[/] [link=https://evil.example]x[/link] :smile:"
    out = text_output([result_for(attack)], "always")
    assert attack in visible(out)
    assert "evil.example" not in OSC8.sub("", out).replace(attack, "")
    assert "😄" not in out


def test_a_hostile_source_url_is_not_made_a_hyperlink():
    r = result_for("x", "\x1b]8;;https://evil\x1b\\", hostile_claim=True)
    out = text_output([r], "always")
    assert_inert_output(out)
    assert "evil" not in "".join(OSC8.findall(out))


def test_markdown_escapes_html_and_entities():
    md = render_markdown(result_for("&#x202e; <img src=x onerror=alert(1)> *a* `b`"))
    first = md.splitlines()[0]
    assert "\\&#x202e;" in first and "\\<img" in first and "\\*a\\*" in first
    assert md_escape("\x1b[2J\u202e") == "\\\\x1b\\[2J\\\\u202e"
    assert md_url("https://a.example/\x1b\u202e") == "https://a.example/%1B%E2%80%AE"


# ---------------------------------------------------------------------- JSON stays exact


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120) | st.sampled_from(ATTACKS))
def test_fast_json_encoders_escape_exactly_as_json_dumps(checker, text):
    text = text.encode("utf-8", "replace").decode("utf-8")  # what reaches the encoder
    r = checker.check(text)
    line = ResultJson()(r)
    assert line == json_record(r.to_dict())
    assert json.loads(line)["input"] == text
    assert not re.search(r"[\x00-\x1f]", line), "JSON escapes every C0 control"
    f = Finding(text or "p", 1, 1, 1, 2, r)
    rec = FindingJson()(f)
    assert rec == json_record(f.to_dict())
    assert json.loads(rec)["path"] == (text or "p")
