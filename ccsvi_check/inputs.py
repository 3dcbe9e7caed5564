"""Reading what users give us: stdin lines and files, decoded without losing a line.

A line may be of any length, but only its first MAX_LINE bytes are kept: the rest is
read and dropped as it arrives, so memory stays bounded whatever comes in (a 50 MB
line, an endless stream without a newline).  Each such line is told on stderr as it
ends, counted in ``overlong``, and the command exits 2 at the end: text that was not
checked is never reported clean.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import BinaryIO

_CHUNK = 1 << 16
MAX_LINE = 1 << 20  # bytes of one statement kept (1 MiB)

overlong = 0  # lines cut to MAX_LINE so far (in this process)


def decode_line(raw: bytes) -> str:
    """Bytes of one line -> text: UTF-8, with U+FFFD for bytes that are not UTF-8."""
    if raw.endswith(b"\n"):
        raw = raw[:-1]
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    return raw.decode("utf-8", errors="replace")


def _cut(raw: bytes) -> bytes:
    """The first MAX_LINE bytes of ``raw``, not ending inside a UTF-8 character."""
    raw = raw[:MAX_LINE]
    for back in range(1, 4):  # a lead byte of a sequence the cut left unfinished
        if len(raw) < back:
            break
        b = raw[-back]
        if b & 0xC0 != 0x80:
            need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else \
                4 if b & 0xF8 == 0xF0 else 1
            if need > back:
                raw = raw[:-back]
            break
    return raw


def _told(lineno: int, size: int) -> None:
    """Tell stderr that line ``lineno`` (``size`` bytes) was cut to MAX_LINE."""
    global overlong
    overlong += 1
    sys.stderr.write(f"ccsvi-check: error: <stdin>:{lineno}: line longer than "
                     f"{MAX_LINE >> 20} MiB ({size} bytes): only its first "
                     f"{MAX_LINE >> 20} MiB was checked\n")
    sys.stderr.flush()


def stream_lines(stream: BinaryIO | None = None,
                 on_wait: Callable[[], None] | None = None) -> Iterator[str]:
    """Each line of ``stream`` (default: stdin) as soon as it is complete.

    One item per line, whatever the line holds (empty, NUL bytes, invalid UTF-8), so N
    input lines always give N results.  A final line without a newline still counts.
    A line longer than MAX_LINE bytes gives its first MAX_LINE bytes (see the module).

    ``on_wait`` is called before every read that may block, so a caller can flush its
    output then, and only then: a person typing sees each answer at once, and a file
    piped in is not paid for with one flush per line.
    """
    if stream is None:
        stream = sys.stdin.buffer
    read1 = getattr(stream, "read1", None)
    if read1 is None:
        lineno = 0
        while True:
            if on_wait is not None:
                on_wait()
            raw = stream.readline(MAX_LINE + 1)
            if not raw:
                return
            lineno += 1
            if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
                size = len(raw)
                while True:  # drop the rest of the line, a bounded piece at a time
                    rest = stream.readline(_CHUNK)
                    size += len(rest)
                    if not rest or rest.endswith(b"\n"):
                        break
                _told(lineno, size - rest.endswith(b"\n"))
                raw = _cut(raw)
            yield decode_line(raw)
    batches = read_batches(stream)
    while True:
        if on_wait is not None:
            on_wait()
        batch = next(batches, None)
        if batch is None:
            return
        yield from batch


def read_batches(stream: BinaryIO) -> Iterator[list[str]]:
    """The complete lines that each read of ``stream`` brings (a final line without a
    newline included), decoded as ``decode_line`` does.  ``stream`` needs ``read1``.

    A line longer than MAX_LINE bytes is kept cut to MAX_LINE (the rest is dropped as
    it is read), told on stderr and counted in ``overlong``.
    """
    pending = b""
    dropped = 0  # bytes of the current line beyond ``pending`` that were dropped
    lineno = 0
    while True:
        chunk = stream.read1(_CHUNK)  # type: ignore[attr-defined]
        if not chunk:
            break
        if b"\n" not in chunk:
            if dropped:
                dropped += len(chunk)
            else:
                pending += chunk
                if len(pending) > MAX_LINE:
                    dropped = len(pending) - MAX_LINE
                    pending = pending[:MAX_LINE]
            continue
        if dropped:
            cut = chunk.index(b"\n")
            dropped += cut
            chunk = chunk[cut:]  # the newline that ends the long line, and what follows
        parts = (pending + chunk).split(b"\n")
        pending = parts.pop()
        if dropped or len(parts[0]) > MAX_LINE:
            size = len(parts[0]) + dropped  # the bytes before the newline
            _told(lineno + 1, size)
            parts[0] = _cut(parts[0])
            dropped = 0
        lineno += len(parts)
        yield [decode_line(p) for p in parts]
    if pending or dropped:
        if dropped:
            _told(lineno + 1, len(pending) + dropped)
            pending = _cut(pending)
        yield [decode_line(pending)]
