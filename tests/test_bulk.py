"""`check` on large piped input with worker processes (ccsvi_check.bulk): the same
records in the same order as one process, streaming kept, Ctrl-C and closed pipes."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import threading

from conftest import entry_point, run_cli

from ccsvi_check import bulk

LINES = ["CCSVI causes MS", "CCSVI does not cause MS", "Vitamin D helps", "",
         "bad \x00 byte", "Is liberation therapy safe?", "  ", "😀😀",
         "The FDA has not approved liberation therapy"]


def big_input(n: int) -> bytes:
    body = b"\n".join((LINES[i % len(LINES)] + f" #{i}").encode() for i in range(n))
    return body + b"\n\xff\xfe not utf-8\nlast line without newline"


def test_workers_write_what_one_process_writes():
    data = big_input(3 * bulk.POOL_AFTER_LINES)
    one = run_cli("-f", "jsonl", "-j", "1", input=data)
    two = run_cli("-f", "jsonl", "-j", "2", input=data)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    recs = [json.loads(line) for line in two.stdout.splitlines()]
    assert len(recs) == 3 * bulk.POOL_AFTER_LINES + 2
    assert recs[-1]["input"] == "last line without newline"
    assert recs[-2]["input"] == "\ufffd\ufffd not utf-8"
    arr = run_cli("-f", "json", "-j", "2", input=data)
    assert [json.dumps(r, ensure_ascii=False) for r in json.loads(arr.stdout)] == \
        [json.dumps(r, ensure_ascii=False) for r in recs]


def test_line_batches_keep_every_line():
    raw = b"a\r\nb\n\nc"
    got = [line for lines, _ in bulk.line_batches(io.BufferedReader(io.BytesIO(raw)))
           for line in lines]
    assert got == ["a", "b", "", "c"]
    assert bulk.readable_now(io.BytesIO(b""))  # no descriptor: never waits


def test_ctrl_c_with_workers_running_exits_130_quietly():
    proc = subprocess.Popen([entry_point(), "-f", "jsonl", "-j", "2"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    def feed() -> None:  # from a thread: the pipes both ways would fill otherwise
        proc.stdin.write(big_input(2 * bulk.POOL_AFTER_LINES))
        proc.stdin.flush()  # stdin stays open: the command waits for more

    writer = threading.Thread(target=feed, daemon=True)
    try:
        writer.start()
        for _ in range(2 * bulk.POOL_AFTER_LINES):
            proc.stdout.readline()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert b"Traceback" not in err and err.strip() == b""


def test_closed_pipe_with_workers_exits_141():
    script = (f"yes 'CCSVI causes MS' | head -n 50000 | {entry_point()} -f jsonl -j 2 "
              "| head -n 1 >/dev/null; echo ${PIPESTATUS[2]}")
    p = subprocess.run(["/bin/bash", "-c", script], capture_output=True, timeout=120)
    assert p.stdout.decode().strip() == "141"
    assert b"Traceback" not in p.stderr
