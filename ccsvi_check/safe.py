"""Hostile input: untrusted text made inert for a terminal, and reads with a bound.

Statements, documents, file names and the text of claim and settings files come from
people the reader of the output does not control.  Every piece of such text that a
text renderer or an error message writes goes through ``inert``: control characters
(C0, DEL, C1: ESC, CSI, BEL...), Unicode format characters (category Cf: bidi
overrides and isolates, zero-width joiners and spaces, the BOM, soft hyphen...), line
and paragraph separators and lone surrogates are written as visible escapes (``\\x1b``,
``\\u202e``), so no input can move the cursor, recolour, retitle or clear the screen,
hide text, or reorder a line: a verdict on screen is always the tool's.  Tab, newline
and carriage return are written ``\\t``, ``\\n``, ``\\r`` (an echoed statement or
sentence stays one line); ``newlines=True`` keeps ``\\n`` for multi-line fields.  JSON
output is not touched here: the JSON encoder escapes what JSON must.

``read_bounded`` reads a file (a regular file, a pipe, anything ``open`` takes) without
ever holding more than its limit: a settings or claim file cannot be ``/dev/zero``.
"""

from __future__ import annotations

import os
import re

# Every character of Unicode categories Cc, Cf, Zl, Zp and Cs (Unicode 15; a test
# checks this set against the running Python's unicodedata).
_REST = (
    "\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
UNSAFE_CLASS = "\x00-\x1f" + _REST
_patterns: list[re.Pattern[str]] = []  # [all unsafe, all unsafe but "\n"], compiled on use


def _compiled() -> list[re.Pattern[str]]:
    if not _patterns:  # compiled on first use: a JSON run never pays for it
        _patterns.extend((re.compile(f"[{UNSAFE_CLASS}]"),
                          re.compile(f"[\x00-\x09\x0b-\x1f{_REST}]")))
    return _patterns


_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

MiB = 1 << 20


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    named = _NAMED.get(ch)
    if named is not None:
        return named
    cp = ord(ch)
    if cp < 0x100:
        return f"\\x{cp:02x}"
    if cp < 0x10000:
        return f"\\u{cp:04x}"
    return f"\\U{cp:08x}"


def inert(text: str, *, newlines: bool = False) -> str:
    """``text`` with every control, format and separator character written as a visible
    escape (``\\x1b``, ``\\u202e``, ``\\t``), so a terminal shows it and never obeys it.

    With ``newlines``, ``\\n`` is kept as a line break (for multi-line fields).
    """
    pattern = _compiled()[1 if newlines else 0]
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape, text)


def is_inert(text: str) -> bool:
    """``text`` holds no character that ``inert`` would escape."""
    return _compiled()[0].search(text) is None


class TooLarge(OSError):
    """A file is larger than the limit it is read with."""


def read_bounded(path: str | os.PathLike[str], limit: int, what: str = "file") -> bytes:
    """The bytes of ``path``, read once (a pipe is read once), at most ``limit`` bytes.

    Raises OSError as ``open`` does, and TooLarge (an OSError whose ``strerror`` says
    so) when the file holds more than ``limit`` bytes: only ``limit + 1`` are ever read.
    """
    with open(path, "rb") as f:
        try:
            size = os.fstat(f.fileno()).st_size
        except OSError:
            size = 0
        if size > limit:
            raise TooLarge(0, f"{what} is larger than {limit // MiB} MiB ({size} bytes)")
        data = f.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(0, f"{what} is larger than {limit // MiB} MiB")
    return data


_PLAIN_TAGS = frozenset({"!", "tag:yaml.org,2002:str"})


def yaml_problem(text: str, max_extra: int = 100_000) -> tuple[str, int] | None:
    """What makes untrusted claim-file text unsafe to load, as (message, line), or None:

    - an explicit YAML tag (``!!python/object:...``, ``!!binary``, ``!local``) other
      than ``!!str``: claim files are plain text, and a tag is how YAML asks for an
      object to be built (the loader never builds one, but such a file is refused);
    - a YAML bomb: aliases (``*a``) that would expand the document to more than twice
      its nodes plus ``max_extra``.  Claim files are composed into nodes without
      expanding aliases, but every use of an alias is walked again when the nodes are
      read, so ``[*a, *a, ...]`` over a list of ``*b`` costs work (and memory) far
      beyond the file's size.  The nodes each anchor stands for are counted from the
      parser's events, in time linear in the file.
    """
    has_alias = "&" in text and "*" in text and re.search(r"&[^\s,\[\]{}]", text) \
        and re.search(r"\*[^\s,\[\]{}]", text)
    if not has_alias and "!" not in text:
        return None  # no anchor, alias or tag: nothing to look at
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    sizes: dict[str, int] = {}
    starts: list[tuple[str | None, int]] = []
    nodes = expanded = 0
    try:
        for ev in yaml.parse(text, Loader=loader):
            tag = getattr(ev, "tag", None)
            if tag is not None and tag not in _PLAIN_TAGS:
                if tag.startswith("tag:yaml.org,2002:"):
                    tag = "!!" + tag[len("tag:yaml.org,2002:"):]
                return (f"YAML tag {tag!r} is not allowed: a claim file holds plain text",
                        ev.start_mark.line + 1)
            if isinstance(ev, yaml.ScalarEvent):
                nodes += 1
                expanded += 1
                if ev.anchor:
                    sizes[ev.anchor] = 1
            elif isinstance(ev, yaml.AliasEvent):
                nodes += 1
                expanded += sizes.get(ev.anchor, 1)
                if expanded - nodes > nodes + max_extra:
                    return ("YAML aliases expand the file far beyond its size "
                            "(a YAML bomb?): not loaded", ev.start_mark.line + 1)
            elif isinstance(ev, yaml.CollectionStartEvent):
                nodes += 1
                expanded += 1
                starts.append((ev.anchor, expanded - 1))
            elif isinstance(ev, yaml.CollectionEndEvent) and starts:
                anchor, start = starts.pop()
                if anchor:
                    sizes[anchor] = expanded - start
    except yaml.YAMLError:
        return None  # the loader reports it, with its line
    return None
