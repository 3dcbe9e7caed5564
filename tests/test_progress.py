"""The progress bar of a long `scan` (issue 14): on a terminal stderr only, for a large
input only, never with --quiet, and never changing what is written on stdout."""

from __future__ import annotations

import io
import os
import pty
import subprocess
from pathlib import Path

import pytest
from conftest import entry_point, run_cli

from ccsvi_check import progress
from ccsvi_check.progress import NoProgress, ScanProgress, measure, scan_progress
from ccsvi_check.scan import Document, Finding, Notice, Opened, scan_documents

FALSE = "Liberation therapy cures MS."


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def make_files(root: Path, n: int) -> Path:
    docs = root / "docs"
    docs.mkdir()
    for i in range(n):
        (docs / f"{i:02}.md").write_text(f"# Post {i}\n\n{FALSE} Vitamin D is good.\n",
                                         encoding="utf-8")
    return docs


def test_measure_counts_the_files_a_scan_reads(tmp_path):
    docs = make_files(tmp_path, 3)
    (docs / ".hidden.md").write_text("x", encoding="utf-8")
    (docs / "image.png").write_bytes(b"\x89PNG")
    files, size = measure([str(docs), str(docs / "00.md")])
    assert files == 4
    assert size == sum(p.stat().st_size for p in docs.glob("[0-9]*.md")) + \
        (docs / "00.md").stat().st_size


def test_no_bar_in_a_pipe_with_quiet_or_for_a_small_input(tmp_path):
    docs = str(make_files(tmp_path, 21))
    assert isinstance(scan_progress([docs], stream=io.StringIO()), NoProgress)
    assert isinstance(scan_progress([docs], quiet=True, stream=Tty()), NoProgress)
    assert isinstance(scan_progress([docs + "/00.md"], stream=Tty()), NoProgress)
    assert isinstance(scan_progress([docs], stream=Tty(), stdout=io.StringIO()),
                      ScanProgress)


def test_the_bar_passes_every_event_through_and_is_erased(tmp_path, checker, monkeypatch):
    monkeypatch.setattr(progress, "REFRESH", 0.0)  # draw at every event
    docs = make_files(tmp_path, 21)
    paths = sorted(str(p) for p in docs.iterdir())

    def items():
        for p in paths:
            yield Document(p, "markdown", Path(p).read_text(encoding="utf-8").split("\n"))
        yield Notice("gone.md", "missing", "No such file or directory")

    plain = list(scan_documents(checker, items()))
    stream = Tty()
    with scan_progress(paths, stream=stream, stdout=Tty()) as bar:
        seen = list(bar.events(scan_documents(checker, bar.documents(items()))))
        assert bar.read == sum(Path(p).stat().st_size + 1 for p in paths)
    assert seen == plain
    assert sum(isinstance(e, Finding) for e in seen) == 21
    assert sum(isinstance(e, Opened) for e in seen) == 21
    drawn = stream.getvalue()
    assert "scanning" in drawn and "files" in drawn
    assert drawn.endswith("\x1b[2K")  # transient: the last thing done is erasing it


def run_in_pty(*args: str, cwd: Path) -> tuple[int, str, str]:
    """`ccsvi-check ARGS` with stderr on a terminal and stdout in a pipe."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(COLUMNS="100", TERM="xterm-256color")
    p = subprocess.Popen([entry_point(), *args], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=slave, cwd=cwd, env=env)
    os.close(slave)
    out = p.stdout.read()
    err = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    return p.wait(), out.decode("utf-8"), err.decode("utf-8", "replace")


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_stdout_is_the_same_with_a_terminal_stderr(tmp_path, fmt):
    make_files(tmp_path, 21)
    piped = run_cli("scan", "-f", fmt, "docs", cwd=tmp_path)
    rc, out, err = run_in_pty("scan", "-f", fmt, "docs", cwd=tmp_path)
    assert (rc, out) == (piped.returncode, piped.stdout) and rc == 1
    assert "Traceback" not in err
    assert piped.stderr == ""  # no bar, no escape codes in a pipe
    rc, out, err = run_in_pty("scan", "-f", fmt, "--quiet", "docs", cwd=tmp_path)
    assert (rc, out) == (1, piped.stdout)
    assert "\x1b" not in err and "scanning" not in err  # the tally, if any, and no bar
