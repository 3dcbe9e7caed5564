"""Worker processes for `check` (bulk.py) and `scan` (scan.py): one mechanism.

Forked processes, each with its own pipe and one task at a time; results are taken
back in the order the tasks were given, so the output is that of one process whatever
the number of workers.  No threads in the parent (multiprocessing.Pool runs three,
whose allocations made the parent's memory creep over millions of records), and at most
one task in flight per worker, so memory stays flat.  Workers are forked so that they
inherit the built matcher instead of unpickling it.

Ending: ``close`` lets the workers finish and joins them; ``kill`` terminates what is
left (the caller's ``finally``).  Ctrl-C is the parent's: workers ignore SIGINT, and
the parent kills them on its way out.  If the parent dies without a word (SIGKILL), a
worker's next read finds its pipe closed and it exits: each worker closes the parent's
ends of every pipe it inherited, its own included, so nothing else holds them open.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable
from typing import Any


def fork_available() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _serve(conn: Any, inherited: list[Any], task: Callable[[Any], Any]) -> None:
    """A worker: tasks in, results out, until None or the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for other in inherited:  # the parent's ends: held here, they would hide its death
        other.close()
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if item is None:
            return
        conn.send(task(item))


class Workers:
    """``n`` forked processes applying ``task`` to the items sent; results in order."""

    def __init__(self, n: int, task: Callable[[Any], Any]):
        import multiprocessing

        context = multiprocessing.get_context("fork")  # workers inherit the checker
        self.conns: list[Any] = []
        self.procs: list[Any] = []
        for _ in range(n):
            mine, theirs = context.Pipe()
            self.conns.append(mine)
            proc = context.Process(target=_serve, args=(theirs, list(self.conns), task),
                                   daemon=True)
            proc.start()
            theirs.close()
            self.procs.append(proc)
        self.busy = [False] * n
        self.order: deque[int] = deque()  # the worker of each task in flight, oldest first

    @property
    def in_flight(self) -> int:
        return len(self.order)

    def send(self, item: Any) -> bool:
        """Give ``item`` to an idle worker; False if none is idle."""
        for w, busy in enumerate(self.busy):
            if not busy:
                self.conns[w].send(item)
                self.busy[w] = True
                self.order.append(w)
                return True
        return False

    def ready(self) -> bool:
        """Whether the result of the oldest task in flight is there."""
        return bool(self.order) and self.conns[self.order[0]].poll()

    def recv(self) -> Any:
        """The result of the oldest task in flight (waits for it)."""
        w = self.order.popleft()
        result = self.conns[w].recv()
        self.busy[w] = False
        return result

    def close(self) -> None:
        """Let the workers finish and end."""
        for conn in self.conns:
            conn.send(None)
        for proc in self.procs:
            proc.join(timeout=10)

    def kill(self) -> None:
        """End every worker still running (safe after close)."""
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
            proc.join()
        for conn in self.conns:
            conn.close()
