"""Every console example of README.md is run and its output compared (issue 14): a
block ```console``` holds commands (`$ ...`) each followed by what it prints.

A command that writes to a pipe or a file (`|`, `>`) is run by bash with stdout and
stderr apart (the lines starting `ccsvi-check: ` are stderr's); any other runs on a
100-column pseudo-terminal without colour, as a reader at a terminal would run it, and
is compared with what the screen shows. The commands run in a copy of tests/data/readme/
(docs/, posts.txt, article.txt), with a binary docs/blob.txt, a draft.md, the claim file
the README shows (our-claims.yaml) and one with the problems it lists (bad.yaml) added.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import DATA, ROOT, entry_point, run_in_terminal

README = ROOT / "README.md"
BLOCK = re.compile(r"^```console\n(.*?)^```", re.M | re.S)


def examples() -> list[tuple[str, str]]:
    """(command, expected output) for every `$ ` line of every console block."""
    found = []
    for block in BLOCK.findall(README.read_text(encoding="utf-8")):
        command, lines = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    found.append((command, "".join(f"{x}\n" for x in lines)))
                command, lines = line[2:], []
            else:
                lines.append(line)
        if command is not None:
            found.append((command, "".join(f"{x}\n" for x in lines)))
    return found


EXAMPLES = examples()


def test_the_readme_has_console_examples():
    assert len(EXAMPLES) >= 15
    assert any("|" not in c and c.startswith("ccsvi-check scan") for c, _ in EXAMPLES)


def writes_to_a_pipe(command: str) -> bool:
    """The command's output goes through `|` or `>` (outside quotes)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    return any(tok in ("|", ">", "2>", ";") or tok.startswith(("|", ">"))
               for tok in lexer)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("readme")
    shutil.copytree(DATA / "readme", work, dirs_exist_ok=True)
    (work / "docs" / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (work / "draft.md").write_text("# A draft\n\nCCSVI causes MS.\n", encoding="utf-8")
    text = README.read_text(encoding="utf-8")
    shown = text[text.index("This file validates clean"):]
    layer = re.search(r"^```yaml\n(.*?)^```", shown, re.M | re.S)
    (work / "our-claims.yaml").write_text(layer.group(1), encoding="utf-8")
    (work / "bad.yaml").write_text("version: 1\nclaims:\n  - id: Bad_Id\n"
                                   "    claim: CCSVI is a thing.\n    verdict: maybe\n",
                                   encoding="utf-8")
    return work


@pytest.mark.parametrize("command,expected", EXAMPLES, ids=[c[:60] for c, _ in EXAMPLES])
def test_console_example(command, expected, workdir):
    if "jq " in command and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "COLORTERM")}
    env.update(PATH=f"{Path(entry_point()).parent}{os.pathsep}{env.get('PATH', '')}",
               NO_COLOR="1", COLUMNS="100", CCSVI_CHECK_CONFIG="off")
    if writes_to_a_pipe(command):
        p = subprocess.run(["bash", "-c", command], cwd=workdir, env=env,
                           capture_output=True, text=True, timeout=120)
        want_err = "".join(x for x in expected.splitlines(True)
                           if x.startswith("ccsvi-check: "))
        want_out = "".join(x for x in expected.splitlines(True)
                           if not x.startswith("ccsvi-check: "))
        assert (p.stdout, p.stderr) == (want_out, want_err), command
    else:
        rc, screen = run_in_terminal("-c", command, cwd=workdir, env=env, program="bash")
        assert screen == expected, command
