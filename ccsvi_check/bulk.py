"""`check` on a large piped stream: JSON records made by worker processes, in order.

A moderator pushes millions of posts through `check --format jsonl`.  One process
checks about 20,000 lines a second; the rest of the machine's cores sit idle.  Here the
lines read from stdin go, in batches, to a pool of worker processes that return the
encoded records (strings: cheap to send back), and this process writes them in input
order.  Nothing changes for a person typing: the pool starts only once a few thousand
lines have arrived without the reader having to wait, and whenever the input would
make the reader wait, every record of the lines read so far is written and flushed
first.  Memory stays bounded: one batch in flight per worker (``workers.Workers``, the
mechanism ``scan`` uses too).
"""

from __future__ import annotations

import os
import select
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from .inputs import read_batches
from .workers import Workers, fork_available

if TYPE_CHECKING:
    from .checker import Checker

BATCH_LINES = 500          # statements per task sent to a worker
POOL_AFTER_LINES = 4_000   # workers start once this many lines came without a wait


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
    for lines in read_batches(stream):
        yield lines, readable_now(stream)


class Encoder:
    """Statements -> (their JSON records joined by ``sep``, how many, whether any is
    false or misleading, how many got each verdict).  Only the records ``keep`` keeps
    (all without it) are encoded; every statement is counted.  One string a batch: a
    million small strings sent between processes and freed one by one fragment the
    heap; a few large ones do not."""

    def __init__(self, checker: Checker, top: int, sep: str,
                 keep: Callable[[Any], bool] | None = None):
        from .render import ResultJson

        self.checker, self.top, self.sep, self.keep = checker, top, sep, keep
        self.fast = ResultJson()

    def __call__(self, lines: list[str]) -> tuple[str, int, bool, dict[str, int]]:
        out: list[str] = []
        flagged = False
        counts: dict[str, int] = {}
        check, top, fast, keep = self.checker.check, self.top, self.fast, self.keep
        for text in lines:
            result = check(text, top=top)
            flagged = flagged or result.is_flag
            counts[result.verdict] = counts.get(result.verdict, 0) + 1
            if keep is None or keep(result):
                out.append(fast(result))
        return self.sep.join(out), len(out), flagged, counts


def check_stream(checker: Checker, stream: BinaryIO, jobs: int, top: int,
                 write: Callable[[str, int], None], flush: Callable[[], None],
                 sep: str = "\n", keep: Callable[[Any], bool] | None = None,
                 tally: Any = None) -> bool:
    """Check every line of ``stream``; ``write(records, n)`` gets the JSON records of
    each batch, joined by ``sep``, in input order: those ``keep`` keeps (all without it).
    ``tally.merge(counts, shown)`` (``tally.Tally``) counts every statement's verdict.

    Returns whether any statement was judged false or misleading (shown or not).
    """
    inline = Encoder(checker, top, sep, keep)
    workers: Workers | None = None
    queue: deque[list[str]] = deque()
    flagged = False
    seen = 0

    def take(result: tuple[str, int, bool, dict[str, int]]) -> None:
        nonlocal flagged
        records, n, flag, counts = result
        flagged = flagged or flag
        if tally is not None:
            tally.merge(counts, n)
        if n:
            write(records, n)

    try:
        for lines, more in line_batches(stream):
            seen += len(lines)
            if workers is None and jobs > 1 and more and seen >= POOL_AFTER_LINES:
                if fork_available():
                    workers = Workers(jobs, Encoder(checker, top, sep, keep))
                else:
                    jobs = 1
            if workers is None:
                take(inline(lines))
            else:
                queue.extend(lines[k:k + BATCH_LINES]
                             for k in range(0, len(lines), BATCH_LINES))
                while queue:
                    if not workers.send(queue[0]):
                        take(workers.recv())  # the oldest batch: frees its worker
                        continue
                    queue.popleft()
                if not more:
                    while workers.order:
                        take(workers.recv())
            if not more:
                flush()
        if workers is not None:
            while workers.order:
                take(workers.recv())
            workers.close()
    finally:
        if workers is not None:
            workers.kill()
    return flagged


def default_jobs() -> int:
    """One worker per CPU this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
