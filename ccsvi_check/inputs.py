"""Reading what users give us: stdin lines and files, decoded without losing a line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import BinaryIO

_CHUNK = 1 << 16


def decode_line(raw: bytes) -> str:
    """Bytes of one line -> text: UTF-8, with U+FFFD for bytes that are not UTF-8."""
    if raw.endswith(b"\n"):
        raw = raw[:-1]
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    return raw.decode("utf-8", errors="replace")


def stream_lines(stream: BinaryIO | None = None,
                 on_wait: Callable[[], None] | None = None) -> Iterator[str]:
    """Each line of ``stream`` (default: stdin) as soon as it is complete.

    One item per line, whatever the line holds (empty, NUL bytes, invalid UTF-8), so N
    input lines always give N results.  A final line without a newline still counts.

    ``on_wait`` is called before every read that may block, so a caller can flush its
    output then, and only then: a person typing sees each answer at once, and a file
    piped in is not paid for with one flush per line.
    """
    if stream is None:
        stream = sys.stdin.buffer
    read1 = getattr(stream, "read1", None)
    if read1 is None:
        while True:
            if on_wait is not None:
                on_wait()
            raw = stream.readline()
            if not raw:
                return
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
    newline included), decoded as ``decode_line`` does.  ``stream`` needs ``read1``."""
    pending = b""
    while True:
        chunk = stream.read1(_CHUNK)  # type: ignore[attr-defined]
        if not chunk:
            break
        if b"\n" not in chunk:
            pending += chunk
            continue
        parts = (pending + chunk).split(b"\n")
        pending = parts.pop()
        yield [decode_line(p) for p in parts]
    if pending:
        yield [decode_line(pending)]
