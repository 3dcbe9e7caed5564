"""`check` on a large piped stream: JSON records made by worker processes, in order.

A moderator pushes millions of posts through `check --format jsonl`.  One process
checks about 20,000 lines a second; the rest of the machine's cores sit idle.  Here the
lines read from stdin go, in batches, to a pool of worker processes that return the
encoded records (strings: cheap to send back), and this process writes them in input
order.  Nothing changes for a person typing: the pool starts only once a few thousand
lines have arrived without the reader having to wait, and whenever the input would
make the reader wait, every record of the lines read so far is written and flushed
first.  Memory stays bounded: at most ``4 * jobs`` batches are in flight.
"""

from __future__ import annotations

import os
import select
import signal
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from .inputs import decode_line

if TYPE_CHECKING:
    from .checker import Checker

BATCH_LINES = 500          # statements per task sent to a worker
POOL_AFTER_LINES = 4_000   # workers start once this many lines came without a wait
_CHUNK = 1 << 16


def readable_now(stream: BinaryIO) -> bool:
    """Would reading ``stream`` return at once (data or end of input)?"""
    try:
        ready, _, _ = select.select([stream.fileno()], [], [], 0)
    except (OSError, ValueError):  # not a real file descriptor: assume it never waits
        return True
    return bool(ready)


def line_batches(stream: BinaryIO) -> Iterator[tuple[list[str], bool]]:
    """The lines of ``stream`` in the batches the system hands them over, each with
    whether more input is ready now (if not, the next read may wait)."""
    pending = b""
    while True:
        chunk = stream.read1(_CHUNK)
        if not chunk:
            break
        if b"\n" not in chunk:
            pending += chunk
            continue
        parts = (pending + chunk).split(b"\n")
        pending = parts.pop()
        yield [decode_line(p) for p in parts], readable_now(stream)
    if pending:
        yield [decode_line(pending)], False


class Encoder:
    """Statements -> (JSON records, whether any is false or misleading)."""

    def __init__(self, checker: Checker, top: int):
        from .render import ResultJson, json_record

        self.checker, self.top = checker, top
        self.fast = ResultJson()
        self.record = json_record

    def __call__(self, lines: list[str]) -> tuple[list[str], bool]:
        out: list[str] = []
        flagged = False
        check, top, fast = self.checker.check, self.top, self.fast
        for text in lines:
            result = check(text, top=top)
            flagged = flagged or result.is_flag
            out.append(fast(result))
        return out, flagged


_worker: Encoder | None = None


def _init_worker(checker: Checker, top: int) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker = Encoder(checker, top)


def _encode(lines: list[str]) -> tuple[list[str], bool]:
    assert _worker is not None
    return _worker(lines)


def check_stream(checker: Checker, stream: BinaryIO, jobs: int, top: int,
                 write: Callable[[str], None], flush: Callable[[], None]) -> bool:
    """Check every line of ``stream``; ``write`` each JSON record in input order.

    Returns whether any statement was judged false or misleading.
    """
    inline = Encoder(checker, top)
    pool: Any = None
    pending: deque[Any] = deque()
    flagged = False
    seen = 0

    def take(result: tuple[list[str], bool]) -> None:
        nonlocal flagged
        records, flag = result
        flagged = flagged or flag
        for r in records:
            write(r)

    try:
        for lines, more in line_batches(stream):
            seen += len(lines)
            if pool is None and jobs > 1 and more and seen >= POOL_AFTER_LINES:
                import multiprocessing

                methods = multiprocessing.get_all_start_methods()
                if "fork" in methods:  # workers inherit the loaded matcher
                    pool = multiprocessing.get_context("fork").Pool(
                        jobs, _init_worker, (checker, top))
                else:
                    jobs = 1
            if pool is None:
                take(inline(lines))
            else:
                for k in range(0, len(lines), BATCH_LINES):
                    pending.append(pool.apply_async(_encode, (lines[k:k + BATCH_LINES],)))
                while pending and (not more or len(pending) > 4 * jobs
                                   or pending[0].ready()):
                    take(pending.popleft().get())
            if not more:
                flush()
        while pending:
            take(pending.popleft().get())
        if pool is not None:
            pool.close()
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    return flagged


def default_jobs() -> int:
    """One worker per CPU this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
