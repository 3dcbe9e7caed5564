"""Progress of a long `scan` on stderr: a rich progress bar (files, bytes, sentences a
second, time left), shown only where it helps and can do no harm.

Shown when stderr is a terminal, ``--quiet`` was not given and the input is large: more
than LARGE_BYTES bytes or more than LARGE_FILES files named or found under the
directories given (standard input counts by its size when it is a file redirected,
``< big.md``, else not at all).  Never on stdout and never in a pipe: the output of a
scan is the same byte for byte with it or without it.

Bytes are counted as the documents' lines are read (``ScanProgress.documents``), so the
bar moves through a single large file; the reader runs at most a few units of work
(``scan.BATCH_CHARS``) ahead of the checking.  The bar is redrawn as events come back
(``ScanProgress.events``), at most every REFRESH seconds, from this thread: rich's
refresh thread is not started (``auto_refresh=False``), so nothing runs beside the
forked worker processes (``workers.py``) and Ctrl-C goes where it always went.  It is
transient, and it is taken off the screen before a line is written to the terminal it
shares (a finding on a terminal stdout, a note on stderr), then drawn again at the next
refresh, so it never tears the output.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import IO, Any

from .render import is_terminal

LARGE_BYTES = 1 << 20  # 1 MiB
LARGE_FILES = 20
REFRESH = 0.1  # seconds between two redraws of the bar


def measure(paths: Iterable[str] | None, stdin: IO[Any] | None = None) -> tuple[int, int]:
    """The number of files ``scan`` will read from ``paths`` and their size in bytes
    (a redirected stdin counts by its size; a pipe, for nothing)."""
    from .documents import STDIN, walk

    files = size = 0
    for arg in paths or [STDIN]:
        if arg == STDIN:
            files += 1
            size += _stdin_size(sys.stdin if stdin is None else stdin)
            continue
        found = (p for p in walk(arg) if isinstance(p, str)) if os.path.isdir(arg) else [arg]
        for path in found:
            files += 1
            try:
                st = os.stat(path)
            except (OSError, ValueError):
                continue
            if stat.S_ISREG(st.st_mode):
                size += st.st_size
    return files, size


def _stdin_size(stdin: IO[Any]) -> int:
    try:
        st = os.fstat(stdin.fileno())
    except (OSError, ValueError, AttributeError):
        return 0
    return st.st_size if stat.S_ISREG(st.st_mode) else 0


def is_large(files: int, size: int) -> bool:
    return size > LARGE_BYTES or files > LARGE_FILES


class NoProgress:
    """What ``scan_progress`` gives when no bar is shown: everything passes unchanged."""

    def __enter__(self) -> NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def documents(self, items: Iterable[Any]) -> Iterable[Any]:
        return items

    def events(self, events: Iterable[Any]) -> Iterable[Any]:
        return events


def scan_progress(paths: list[str] | None, *, quiet: bool = False,
                  stream: IO[str] | None = None, stdout: IO[str] | None = None
                  ) -> NoProgress | ScanProgress:
    """A progress bar on ``stream`` (stderr) for a scan of ``paths``, as a context
    manager: a ``ScanProgress`` when stderr is a terminal, not ``quiet`` and the input
    large (see the module's docstring), else a ``NoProgress``."""
    stream = sys.stderr if stream is None else stream
    if quiet or not is_terminal(stream):
        return NoProgress()
    files, size = measure(paths)
    if not is_large(files, size):
        return NoProgress()
    return ScanProgress(files, size, stream,
                        shares_screen=is_terminal(sys.stdout if stdout is None else stdout))


class ScanProgress:
    """The bar of a large scan: wrap the documents read (bytes) and the scan's events
    (files, sentences, findings) in ``with`` it; leaving erases the bar."""

    def __init__(self, files: int, size: int, stream: IO[str], shares_screen: bool):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.shares_screen = shares_screen
        self.read = 0  # bytes read so far (lines, with their line ends)
        self.progress = Progress(
            TextColumn("[bold]scanning"), BarColumn(), DownloadColumn(),
            TextColumn("{task.fields[files]}/{task.fields[total_files]} files"),
            TextColumn("{task.fields[sentences]:,} sentences ({task.fields[rate]:,.0f}/s)"),
            TimeElapsedColumn(), TextColumn("elapsed,"), TimeRemainingColumn(),
            TextColumn("left"),
            console=Console(file=stream, highlight=False), transient=True,
            auto_refresh=False, redirect_stdout=False, redirect_stderr=False)
        self.task = self.progress.add_task("scan", total=size or None, files=0,
                                           total_files=files, sentences=0, rate=0.0)
        self.shown = False

    def __enter__(self) -> ScanProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self._hide()

    def _hide(self) -> None:
        if self.shown:
            self.progress.stop()  # transient: the bar is erased
            self.shown = False

    def documents(self, items: Iterable[Any]) -> Iterator[Any]:
        """``items`` (``documents.documents``), each document's lines counted as read."""
        from .scan import Document

        for item in items:
            yield replace(item, lines=self._count(item.lines)) \
                if isinstance(item, Document) else item

    def _count(self, lines: Iterable[str]) -> Iterator[str]:
        for line in lines:
            self.read += len(line) + 1
            yield line

    def events(self, events: Iterable[Any]) -> Iterator[Any]:
        """``events`` (``scan.scan_documents``), passed through unchanged, the bar
        redrawn between them."""
        from .scan import Finding, Notice, Opened

        start = last = time.monotonic()
        opened = sentences = 0
        for event in events:
            if isinstance(event, int):
                sentences += event
            elif isinstance(event, Opened):
                opened += 1
            writes = isinstance(event, Notice) or (self.shares_screen
                                                   and isinstance(event, Finding))
            if writes:
                self._hide()  # before the line is written to the same screen
            else:
                now = time.monotonic()
                if now - last >= REFRESH:
                    last = now
                    self.progress.update(
                        self.task, files=opened, sentences=sentences,
                        rate=sentences / max(now - start, 1e-6),
                        completed=min(self.read, self.progress.tasks[0].total or self.read))
                    if self.shown:
                        self.progress.refresh()
                    else:
                        self.progress.start()
                        self.shown = True
            yield event
