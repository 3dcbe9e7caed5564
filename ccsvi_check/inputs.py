"""Reading what users give us: stdin lines and files, decoded without losing a line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import BinaryIO


def decode_line(raw: bytes) -> str:
    """Bytes of one line -> text: UTF-8, with U+FFFD for bytes that are not UTF-8."""
    if raw.endswith(b"\n"):
        raw = raw[:-1]
        if raw.endswith(b"\r"):
            raw = raw[:-1]
    return raw.decode("utf-8", errors="replace")


def stream_lines(stream: BinaryIO | None = None) -> Iterator[str]:
    """Each line of ``stream`` (default: stdin) as soon as it is complete.

    One item per line, whatever the line holds (empty, NUL bytes, invalid UTF-8), so N
    input lines always give N results.  A final line without a newline still counts.
    """
    if stream is None:
        stream = sys.stdin.buffer
    while True:
        raw = stream.readline()
        if not raw:
            return
        yield decode_line(raw)
