"""The worker processes of `check` and `scan` (ccsvi_check.workers): results in order,
and no process left behind, whether the parent ends, is interrupted or is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from conftest import entry_point

from ccsvi_check import bulk, scan
from ccsvi_check.workers import Workers, fork_available

pytestmark = pytest.mark.skipif(not fork_available(), reason="workers need fork")


def _square(x: int) -> int:
    return x * x


def _slow_first(x: int) -> int:
    time.sleep(0.3 if x == 0 else 0)
    return x


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                out.add(int(entry.name))
    return out


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"  # a zombie has ended


def test_results_come_back_in_the_order_given():
    workers = Workers(2, _slow_first)
    try:
        assert workers.send(0) and workers.send(1) and not workers.send(2)
        assert workers.in_flight == 2
        assert [workers.recv(), workers.recv()] == [0, 1]
        assert workers.send(3) and workers.recv() == 3
        workers.close()
        assert all(not p.is_alive() for p in workers.procs)
    finally:
        workers.kill()


def test_kill_ends_busy_workers():
    workers = Workers(2, _square)
    workers.send(4)
    assert workers.recv() == 16
    workers.kill()
    assert all(not p.is_alive() for p in workers.procs)


def _start(kind: str, tmp_path: Path) -> subprocess.Popen:
    """A `check` or `scan` run that has started its workers and is still busy."""
    if kind == "check":
        data = b"".join(b"CCSVI causes MS, said post %d\n" % i
                        for i in range(4 * bulk.POOL_AFTER_LINES))
        proc = subprocess.Popen([entry_point(), "-f", "jsonl", "-j", "2"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)

        def feed() -> None:  # stdin stays open: the command waits for more
            try:
                proc.stdin.write(data)
                proc.stdin.flush()
            except OSError:
                pass

        threading.Thread(target=feed, daemon=True).start()
    else:
        doc = tmp_path / "big.txt"
        para = "CCSVI causes MS. Liberation therapy is safe. The weather is fine. " * 8
        units = 3 * scan.POOL_AFTER_UNITS * scan.BATCH_CHARS // len(para)
        doc.write_text("\n\n".join(para for _ in range(units)), encoding="utf-8")
        proc = subprocess.Popen([entry_point(), "scan", "-f", "jsonl", "-j", "2", str(doc)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline()  # it is checking

    def drain() -> None:  # output read as it comes, or the command would wait on it
        while proc.stdout.read(65536):
            pass

    threading.Thread(target=drain, daemon=True).start()
    deadline = time.monotonic() + 60
    while len(children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    return proc


@pytest.mark.parametrize("kind", ["check", "scan"])
def test_killing_the_parent_leaves_no_worker_behind(kind, tmp_path):
    proc = _start(kind, tmp_path)
    workers = children(proc.pid)
    try:
        assert len(workers) >= 2, "the workers did not start"
        proc.kill()  # SIGKILL: the parent cannot clean up
        proc.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if alive(w)]
    finally:
        proc.kill()
        for w in workers:  # whatever the test found, ended (by the ids it recorded)
            if alive(w):
                os.kill(w, signal.SIGKILL)


@pytest.mark.parametrize("kind", ["check", "scan"])
def test_ctrl_c_ends_the_workers_and_exits_130(kind, tmp_path):
    proc = _start(kind, tmp_path)
    workers = children(proc.pid)
    try:
        assert len(workers) >= 2, "the workers did not start"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 130
        err = proc.stderr.read()
        assert b"Traceback" not in err
        assert not [w for w in workers if alive(w)]
    finally:
        proc.kill()
        for w in workers:
            if alive(w):
                os.kill(w, signal.SIGKILL)
