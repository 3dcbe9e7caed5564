"""The documents `scan` reads: paths -> files (directories walked) -> decoded lines.

No printing: problems come back as ``scan.Notice`` items in input order, and the CLI
reports them.  Lines are read one at a time, so a file of any size streams.

- A directory is walked recursively in sorted order; it yields the files whose names end
  with a text extension (TEXT_EXTENSIONS), skipping hidden entries (".git", ".venv",
  ".notes.md"), node_modules and __pycache__, and anything that is not a regular file.
  A file named on the command line is read whatever its name.
- ``-`` is standard input, read as one document.
- Binary files (a NUL byte in the first 8 KiB) are skipped with a notice.
- Reads are bounded: a line longer than MAX_LINE bytes stops the reading of its input
  (what came before is scanned; an error notice, exit 2); a device named on the command
  line (``/dev/zero``) is refused unread; a named pipe is opened once.
- Each line is decoded as UTF-8; a line that is not valid UTF-8 is decoded as cp1252,
  and failing that as latin-1, so no file is ever refused for its encoding.  Lines end
  at LF or CRLF; a UTF-8 byte-order mark is dropped.
- A file name that is not valid UTF-8 is shown with its odd bytes as ``\\xNN`` escapes
  (``display_name``): the name in a finding or a notice can always be printed.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from .scan import Document, Notice

TEXT_EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".rst": "rst",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
SKIP_DIRS = frozenset({"node_modules", "__pycache__"})
SNIFF_BYTES = 8192
STDIN = "-"
STDIN_NAME = "<stdin>"
BINARY_MESSAGE = "binary file (NUL byte in the first 8 KiB), skipped"
MAX_LINE = 4 << 20  # bytes: a longer line ends the reading of its input (an error)
DEVICE_MESSAGE = "not a regular file, pipe or directory (a device): not read"


class BinaryFile(OSError):
    """The input has a NUL byte in its first 8 KiB: skipped, not an error."""

    notice_kind = "skipped"


def markup_for(path: str, choice: str = "auto") -> str:
    """The markup to mask: ``choice``, or (auto) the one the file's extension names."""
    if choice != "auto":
        return choice
    return TEXT_EXTENSIONS.get(os.path.splitext(path)[1].lower(), "text")


def display_name(path: str) -> str:
    """``path`` as text that any output can encode: bytes of the file name that are not
    UTF-8 (held as surrogates by os) become ``\\xNN`` escapes, as Python prints them on
    stderr."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def decode(raw: bytes) -> str:
    """One line's bytes -> text: UTF-8, else cp1252, else latin-1 (never fails)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


class LineTooLong(OSError):
    """A line longer than MAX_LINE bytes: what came before it is scanned, the rest of
    the input is not read (an error: exit 2)."""

    notice_kind = "unreadable"


def _raw_lines(head: bytes, rest: BinaryIO, limit: int) -> Iterator[bytes]:
    """The lines of ``head`` + ``rest`` (``head`` already read from ``rest``), each read
    with a bound: a line longer than ``limit`` bytes raises LineTooLong, having read at
    most ``limit + 1`` bytes of it."""
    pending = b""
    lineno = 0
    for raw in io.BytesIO(head):
        if raw.endswith(b"\n"):
            lineno += 1
            if len(raw) > limit + 1:
                raise _too_long(lineno, limit)
            yield raw
        else:
            pending = raw[:limit + 1]
    while True:
        more = limit + 1 - len(pending)
        raw = pending + (rest.readline(more) if more > 0 else b"")
        pending = b""
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not (len(raw) == limit + 1 and raw.endswith(b"\n")):
            raise _too_long(lineno, limit)
        yield raw


def _too_long(lineno: int, limit: int) -> LineTooLong:
    size = f"{limit >> 20} MiB" if limit >= 1 << 20 else f"{limit} bytes"
    return LineTooLong(0, f"line {lineno} is longer than {size}: the rest of the input "
                          "is not read")


def read_lines(stream: BinaryIO, limit: int | None = None) -> Iterator[str]:
    """Decoded lines of a binary stream, without their line ends.

    Raises BinaryFile (before yielding anything) if the first 8 KiB hold a NUL byte, and
    LineTooLong for a line longer than ``limit`` bytes (default MAX_LINE).
    """
    head = stream.read(SNIFF_BYTES)
    if b"\0" in head:
        raise BinaryFile(BINARY_MESSAGE)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    for raw in _raw_lines(head, stream, MAX_LINE if limit is None else limit):
        if raw.endswith(b"\n"):
            raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1]
        yield decode(raw)


class _Lines:
    """The lines of a file, opened when first iterated (so one file is open at a time)."""

    def __init__(self, path: str):
        self.path = path

    def __iter__(self) -> Iterator[str]:
        with open(self.path, "rb") as f:
            yield from read_lines(f)


class _StdinLines:
    def __init__(self, stream: BinaryIO | None):
        self.stream = stream

    def __iter__(self) -> Iterator[str]:
        yield from read_lines(self.stream if self.stream is not None else sys.stdin.buffer)


def _sniff(path: str) -> Notice | None:
    """A notice if ``path`` can't be opened or is binary; None if it reads as text."""
    try:
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError as exc:
        return Notice(display_name(path), "unreadable", exc.strerror or str(exc))
    if b"\0" in head:
        return Notice(display_name(path), "skipped", BINARY_MESSAGE)
    return None


def walk(root: str) -> Iterator[str | Notice]:
    """The text files under directory ``root``, sorted, as paths (or notices)."""
    notices: list[Notice] = []

    def onerror(exc: OSError) -> None:
        notices.append(Notice(display_name(exc.filename or root), "unreadable",
                              exc.strerror or str(exc)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        yield from notices
        notices.clear()
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS)
        for name in sorted(filenames):
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in TEXT_EXTENSIONS:
                continue
            path = os.path.join(dirpath, name)
            try:
                mode = os.stat(path).st_mode
            except OSError:
                yield path  # a dangling link: reading it reports why
                continue
            if stat.S_ISREG(mode):
                yield path
    yield from notices


def documents(args: Iterable[str] | None, markup: str = "auto",
              stdin_name: str | None = None,
              stdin: BinaryIO | None = None) -> Iterator[Document | Notice]:
    """Documents (and notices for missing or skipped inputs) for the ``scan`` arguments.

    No arguments, or ``-``, is standard input (named ``stdin_name`` or "<stdin>").
    """
    args = list(args or [STDIN])
    for arg in args:
        if arg == STDIN:
            name = stdin_name or STDIN_NAME
            yield Document(display_name(name), markup_for(name, markup), _StdinLines(stdin))
            continue
        if os.path.isdir(arg):
            for item in walk(arg):
                yield item if isinstance(item, Notice) else _file(item, markup)
            continue
        if not os.path.lexists(arg):
            yield Notice(display_name(arg), "missing", "no such file or directory")
            continue
        yield _file(arg, markup)


def _file(path: str, markup: str) -> Document | Notice:
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return Notice(display_name(path), "unreadable", exc.strerror or str(exc))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):  # /dev/zero, /dev/urandom, a disk
        return Notice(display_name(path), "unreadable", DEVICE_MESSAGE)
    if not stat.S_ISREG(mode):  # a pipe (named, or <(...)): opened once, sniffed then
        return Document(display_name(path), markup_for(path, markup), _Lines(path))
    notice = _sniff(path)
    if notice is not None:
        return notice
    return Document(display_name(path), markup_for(path, markup), _Lines(path))
