"""Markup masking (ccsvi_check.markup) against the CommonMark spec's own examples
(tests/data/commonmark_examples.json): nothing inside code, link targets or HTML tags
survives masking, what survives sits at its offset in the original, and the text of
the examples is kept.  The reference is markdown-it-py's own reading of each example."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from ccsvi_check.markup import mask, mask_lines
from ccsvi_check.sentences import split_sentences

DATA = Path(__file__).resolve().parent / "data" / "commonmark_examples.json"
EXAMPLES = json.loads(DATA.read_text(encoding="utf-8"))["examples"]
_MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_WORD = re.compile(r"[A-Za-z0-9]{2,}")
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


def words(text: str) -> set[str]:
    return set(_WORD.findall(text))


def reading(markdown: str) -> tuple[set[str], set[str]]:
    """(words only in code, link targets or HTML markup; words of the text), as
    markdown-it-py reads ``markdown``."""
    hidden: set[str] = set()
    visible: set[str] = set()
    for tok in _MD.parse(markdown):
        if tok.type in ("fence", "code_block"):
            hidden |= words(tok.content) | words(tok.info)
        elif tok.type == "html_block":
            hidden |= words(" ".join(_TAG.findall(tok.content)))
            visible |= words(_TAG.sub(" ", tok.content))
        elif tok.type == "inline":
            for child in tok.children or ():
                if child.type == "code_inline":
                    hidden |= words(child.content)
                elif child.type == "html_inline":
                    hidden |= words(child.content)
                elif child.type in ("link_open", "image"):
                    hidden |= words(str(child.attrs.get("href") or child.attrs.get("src")))
                    hidden |= words(str(child.attrs.get("title") or ""))
                    if child.type == "image":  # its alt text is text
                        visible |= words(child.content)
                elif child.type == "text":
                    visible |= words(child.content)
    return hidden - visible, visible


@pytest.mark.parametrize("ex", EXAMPLES, ids=[f"{e['example']}" for e in EXAMPLES])
def test_commonmark_example_code_and_targets_are_never_text(ex):
    src = ex["markdown"]
    masked = mask(src, "markdown")
    assert len(masked) == len(src)
    hidden, _ = reading(src)
    assert not (hidden & words(masked)), (src, masked)
    # every character kept is the original's at the same offset (an entity may be
    # decoded in place, padded with NULs)
    for i, (a, b) in enumerate(zip(src, masked, strict=True)):
        assert b in (" ", "\0") or a == b or "&" in src[max(0, i - 40):i + 1], (i, src)


def test_commonmark_examples_keep_their_text():
    kept = 0
    for ex in EXAMPLES:
        _, visible = reading(ex["markdown"])
        if visible <= words(mask(ex["markdown"], "markdown")):
            kept += 1
    # measured: see the assertion message; entities and escapes account for most misses
    assert kept / len(EXAMPLES) >= 0.9, kept


def test_a_finding_points_at_its_sentence_in_the_original_file():
    src = ("# CCSVI\n\n> Some say `CCSVI causes MS` in code. Liberation therapy is safe.\n\n"
           "```\nCCSVI causes MS.\n```\n\n| claim | verdict |\n|---|---|\n"
           "| TVAM cures MS. | false |\n\n    indented CCSVI causes MS.\n")
    lines = src.split("\n")
    got = [(s.text, s.line, s.column) for s in split_sentences(src, "markdown")]
    for text, line, col in got:
        assert lines[line - 1][col - 1:].startswith(text.split()[0])
        assert "causes MS" not in text or "code" in text
    assert ("Liberation therapy is safe.", 3, 39) in got
    assert ("TVAM cures MS.", 11, 3) in got
    assert not any(line in (6, 13) for _, line, _ in got)


@pytest.mark.parametrize("markup", ["html", "markdown"])
@pytest.mark.parametrize("text", ["<![", "Text <![foo bar.\nCCSVI causes MS.", "a <![ b"])
def test_a_broken_marked_section_is_text_not_a_crash(text, markup):
    # html.parser raises AssertionError on "<![" without a keyword (Python < 3.13)
    masked = mask(text, markup)
    assert len(masked) == len(text)
    if "CCSVI" in text:
        assert "CCSVI causes MS." in masked


def test_html_through_html_parser_keeps_text_only():
    page = ("<html><head><style>p { color: red }</style><title>CCSVI</title></head>\n"
            "<body><p>Liberation therapy &amp; MS: <b>it is safe</b>.</p>\n"
            "<script>var claim = 'CCSVI causes MS';</script><!-- CCSVI causes MS -->\n"
            "<pre>CCSVI causes MS.</pre><p>The end.</p></body></html>")
    masked = mask(page, "html")
    assert len(masked) == len(page)
    assert "color" not in masked and "causes" not in masked and "var" not in masked
    assert "Liberation therapy &\0\0\0\0 MS:    it is safe    ." in masked
    got = [(s.text, s.line, s.column) for s in split_sentences(page, "html")]
    assert ("Liberation therapy & MS: it is safe.", 2, 10) in got
    assert ("The end.", 4, 31) in got


def test_an_html_tag_across_lines_holds_its_lines_back_until_it_closes():
    lines = ['<p class="a', 'b">Text one.</p>', "<p>Two.</p>"]
    out = list(mask_lines(iter(lines), "html"))
    assert [o[0] for o in out] == lines
    assert [o[1].strip() for o in out] == ["", "Text one.", "Two."]


def test_an_error_reading_comes_after_the_lines_read_before_it():
    def failing():
        yield "Para one."
        yield "still para one"
        raise OSError("boom")

    seen = []
    with pytest.raises(OSError):
        for line, _, _ in mask_lines(failing(), "markdown"):
            seen.append(line)
    assert seen == ["Para one.", "still para one"]


@pytest.mark.parametrize("text,said", [
    ("CCSVI causes MS.\r\rLiberation therapy cures MS.", "Liberation therapy cures MS."),
    ("# CCSVI\r\r- Liberation therapy cures MS.\r", "Liberation therapy cures MS."),
    ("| a | b |\r|---|---|\r| CCSVI causes MS. | x |", "CCSVI causes MS."),
])
def test_a_lone_carriage_return_in_markdown_is_a_space(text, said):
    # markdown-it reads a lone \r as a line break, which once put its line map past the
    # lines split at \n (IndexError); the text is read with the \r as a space, and each
    # sentence still points at its place in the text
    from ccsvi_check.sentences import split_sentences

    got = split_sentences(text, "markdown")
    assert any(said in s.text for s in got)
    assert all(s.text.split()[-1] in text[s.start:s.end] for s in got)
