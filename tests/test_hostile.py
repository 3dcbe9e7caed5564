"""Hostile input through the installed entry point (issue 13): terminal injection, verdict
spoofing, and inputs that must be survived: for each, the exit status README gives, a
one-line error on stderr, no traceback, and nothing written outside the cache directory.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import entry_point

from ccsvi_check.safe import UNSAFE_CLASS

UNSAFE = re.compile(f"[{UNSAFE_CLASS}]")
SGR = re.compile(r"\x1b\[[0-9;]*m")
OSC8 = re.compile(r"\x1b\]8;[^\x1b\x07]*(?:\x1b\\|\x07)")
ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0

ISSUE_ATTACK = b"liberation therapy cures MS\x1b[1A\x1b[1G\x1b[1;37;42m TRUE \x1b[0m\n"
ATTACKS = [
    "\x1b]0;pwned\x07CCSVI causes MS", "CCSVI causes MS\x1b[2J\x1b[H", "TVAM is safe\x9b2J",
    "CCSVI causes MS\rTRUE ", "TVAM\x08\x08\x08\x08TRUE is safe", "CCSVI\x7f causes MS",
    "\u202eSM sesuac IVSCC", "\u2066TRUE\u2069 CCSVI causes MS", "CC\u200dSVI causes\u200b MS",
    "CCSVI causes MS\ufeff\u2060\U000e0041", "CCSVI causes MS\u2028TRUE", "CCSVI\tcauses\nMS",
    "[bold green]TRUE[/] :smile: CCSVI causes MS", "\x1bP+q\x1b\\CCSVI causes MS",
]


# ---------------------------------------------------------------------- helpers


class Box:
    """A sandbox: HOME, a working directory and a cache directory under tmp_path; every
    run's environment points there, so what a run writes can be checked."""

    def __init__(self, tmp: Path):
        self.root = tmp
        self.home, self.work, self.cache = tmp / "home", tmp / "work", tmp / "cache"
        for d in (self.home, self.work):
            d.mkdir()
        self.before = self.files()

    def files(self) -> set[str]:
        """Every path under the sandbox but the cache directory."""
        out = set()
        for dirpath, dirnames, filenames in os.walk(self.root):
            if Path(dirpath) == self.root:
                dirnames[:] = [d for d in dirnames if d != "cache"]
            rel = os.path.relpath(dirpath, self.root)
            out.update(os.path.normpath(os.path.join(rel, n)) for n in dirnames + filenames)
        return out

    def file(self, name: str, data: str | bytes) -> Path:
        p = self.work / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        p.write_bytes(data)
        self.before = self.files()
        return p

    def run(self, *args: str, input: bytes | str = b"", env: dict | None = None,
            unset: tuple[str, ...] = (), timeout: float = 120,
            preexec=None) -> subprocess.CompletedProcess:
        full = {k: v for k, v in os.environ.items()
                if k not in ("NO_COLOR", "FORCE_COLOR", "XDG_CACHE_HOME", "CCSVI_CHECK_CONFIG")}
        full.update(HOME=str(self.home), CCSVI_CHECK_CACHE=str(self.cache))
        full.update(env or {})
        for k in unset:
            full.pop(k, None)
        data = input.encode("utf-8") if isinstance(input, str) else input
        p = subprocess.run([entry_point(), *args], input=data, capture_output=True, env=full,
                           cwd=self.work, timeout=timeout, preexec_fn=preexec)
        return subprocess.CompletedProcess(p.args, p.returncode,
                                           p.stdout.decode("utf-8", "replace"),
                                           p.stderr.decode("utf-8", "replace"))

    def wrote_nothing(self) -> None:
        new = self.files() - self.before
        assert not new, f"written outside the cache directory: {sorted(new)}"


@pytest.fixture
def box(tmp_path) -> Box:
    return Box(tmp_path)


def jsonl(stdout: str) -> list[dict]:
    """JSON lines split at "\\n" only (str.splitlines would also split at U+2028, which
    JSON leaves unescaped inside a string)."""
    return [json.loads(line) for line in stdout.split("\n") if line.strip()]


def visible(out: str) -> str:
    return SGR.sub("", OSC8.sub("", out))


def assert_inert(out: str) -> None:
    """Only the renderer's own colour codes and newlines: nothing from the input."""
    leftover = UNSAFE.findall(visible(out).replace("\n", ""))
    assert not leftover, f"control/format characters reached the terminal: {leftover!r}"


def assert_error(p: subprocess.CompletedProcess, code: int = 2, *words: str) -> None:
    """Exit ``code``, one clean line on stderr (containing ``words``), no traceback."""
    assert p.returncode == code, (p.returncode, p.stderr[-2000:])
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout
    lines = p.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ccsvi-check: "), p.stderr[-2000:]
    assert_inert(p.stderr)
    for w in words:
        assert w in lines[0], (w, lines[0])


def layer(claim: str = "CCSVI is cured by eating purple zucchini on Tuesdays.",
          explanation: str = "Nothing supports it.", cid: str = "zucchini-cure",
          url: str = "https://example.org/z", extra: str = "") -> str:
    return (f"version: 1\nclaims:\n  - id: {cid}\n    claim: {claim}\n    verdict: false\n"
            f"    explanation: {explanation}\n{extra}    sources:\n"
            f"      - {{title: T, publisher: P, year: 2020, url: {url}}}\n")


# ---------------------------------------------------------------------- terminal injection


def test_the_issue_cursor_up_attack_cannot_paint_a_true_badge(box):
    p = box.run("--color", "always", input=ISSUE_ATTACK)
    assert p.returncode == 1  # false: the real verdict stands
    assert_inert(p.stdout)
    # every ESC on stdout starts one of the renderer's own colour codes: none moves the
    # cursor, and the statement's own sequences are shown as text
    assert not re.search(r"\x1b(?!\[[0-9;]*m)", OSC8.sub("", p.stdout))
    assert "\x1b[1A" not in p.stdout and "\x1b[1;37;42m" not in p.stdout
    plain = visible(p.stdout)
    assert "\\x1b[1A\\x1b[1G\\x1b[1;37;42m TRUE \\x1b[0m" in plain
    # --color always: the terminal look (issue 14), badge and confidence on line one
    assert plain.splitlines()[0].split() == ["FALSE", "strong", "match", "(score", "100)"]
    assert "\x1b" not in box.run("--color", "never", input=ISSUE_ATTACK).stdout


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("how", ["argv", "stdin"])
def test_check_text_output_is_inert(box, attack, how):
    if how == "argv":
        p = box.run("--color", "always", "--", attack)
        n = 1
    else:
        data = attack.encode("utf-8", "surrogateescape") + b"\n"
        p = box.run("--color", "always", input=data)
        n = data.count(b"\n")
    assert p.returncode in (0, 1) and "Traceback" not in p.stderr
    assert_inert(p.stdout)
    # --color always: the terminal look (issue 14), where the label stands alone
    assert len([ln for ln in visible(p.stdout).splitlines()
                if ln.startswith("Statement ")]) == n
    if "[bold green]" in attack:  # rich markup is printed, not obeyed
        assert "[bold green]TRUE[/] :smile:" in visible(p.stdout)


@pytest.mark.parametrize("attack", ATTACKS)
def test_json_keeps_the_input_exactly(box, attack):
    p = box.run("-f", "jsonl", "--", attack)
    (rec,) = jsonl(p.stdout)
    assert rec["input"] == attack
    assert not re.search(r"[\x00-\x1f]", p.stdout.rstrip("\n")), "C0 escaped by the encoder"


@pytest.mark.parametrize("attack", ATTACKS)
def test_markdown_output_is_inert(box, attack):
    p = box.run("-f", "markdown", "--", attack)
    assert p.returncode in (0, 1)
    assert_inert(p.stdout)
    assert p.stdout.splitlines()[0].startswith("### ")


def test_scan_text_output_is_inert_for_sentences_and_paths(box):
    doc = "\n\n".join(a.replace("\n", " ") + "." for a in ATTACKS) + "\n"
    box.file("posts/a\x1b[2Jb.txt", doc)
    box.file("posts/\u202etxt.md", "TVAM is safe.\x1b]0;x\x07\n")
    p = box.run("scan", "--all", "--color", "always", "posts")
    assert p.returncode == 1, p.stderr
    assert_inert(p.stdout)
    assert_inert(p.stderr)
    assert "posts/a\\x1b[2Jb.txt:" in visible(p.stdout)
    assert "posts/\\u202etxt.md:1:1 " in visible(p.stdout)  # the terminal look (issue 14)
    for fmt in ("markdown",):
        assert_inert(box.run("scan", "-f", fmt, "posts").stdout)
    recs = jsonl(box.run("scan", "-f", "jsonl", "posts").stdout)
    assert {r["path"] for r in recs} == {"posts/a\x1b[2Jb.txt", "posts/\u202etxt.md"}


def test_scan_notices_and_stdin_filename_are_inert(box):
    p = box.run("scan", "missing\x1b]0;t\x07.txt")
    assert_error(p, 2, "missing\\x1b]0;t\\x07.txt")
    p = box.run("scan", "--stdin-filename", "x\x1b[31m.txt", input="TVAM is safe.\n")
    assert p.returncode == 1 and "x\\x1b[31m.txt:1:1:" in p.stdout
    assert_inert(p.stdout)


def test_error_messages_that_echo_input_are_inert(box):
    assert_error(box.run("claims", "show", "x\x1b[2J\u202e"), 2, "x\\x1b[2J\\u202e")
    assert_error(box.run("-c", "no\x1b]0;pwn\x07.yaml", "x"), 2, "no\\x1b]0;pwn\\x07.yaml")
    assert_error(box.run("--\x1b[31mfoo"), 2)
    assert_error(box.run("-t", "\x1b[2J"), 2)


def hostile_layer(box: Box) -> Path:
    return box.file("evil.yaml", layer(
        claim='"CCSVI is cured by [bold green]TRUE[/] zucchini\\e[2J\\u202e on Tuesdays :smile:"',
        explanation='"Line one\\nline\\ttwo\\e]0;title\\a \\u2066x\\u2069"',
        url='"https://example.org/\\e]8;;https://evil\\e\\\\"'))


@pytest.mark.parametrize("args", [
    ("claims", "list"), ("claims", "search", "zucchini"), ("claims", "show", "zucchini-cure"),
    ("--color", "always", "purple zucchini cures CCSVI"),
    ("claims", "show", "zucchini-cure", "-f", "markdown"), ("export", "-f", "markdown"),
])
def test_claim_file_text_is_inert(box, args):
    evil = hostile_layer(box)
    p = box.run(*args, "-c", str(evil), env={"COLUMNS": "300"})
    assert p.returncode in (0, 1), p.stderr
    stdout = p.stdout
    if args[1] in ("list", "search"):  # in a pipe: fields separated by tabs, the tool's own
        fields = len(stdout.split("\n")[0].split("\t"))
        assert all(line.count("\t") == fields - 1 for line in stdout.splitlines())
        stdout = stdout.replace("\t", " ")
    assert_inert(stdout)
    out = visible(stdout)
    assert "zucchini" in out
    if args[1] in ("show", "always") and "markdown" not in args:
        assert "[bold green]TRUE[/]" in out and "\\x1b[2J\\u202e" in out
        assert "\\x1b]0;title\\x07" in out
    assert "evil" not in "".join(OSC8.findall(p.stdout))
    box.wrote_nothing()


def test_validate_messages_are_inert(box):
    bad = box.file("bad.yaml", 'version: 1\nclaims:\n  - id: "Bad\\e[2J\\u202eId"\n'
                   '    claim: "x\\e]0;t\\a"\n    verdict: "maybe\\e[1A"\n')
    p = box.run("validate", str(bad))
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert_inert(p.stdout)
    assert_inert(p.stderr)
    assert "Bad\\x1b[2J\\u202eId" in p.stdout


def test_settings_file_errors_are_inert(box):
    box.file(".ccsvi-check.toml", '"\\u001b]0;pwn\\u0007" = 1\n')
    assert_error(box.run("x"), 2, "\\x1b]0;pwn\\x07")
    box.file(".ccsvi-check.toml", 'format = "\\u001b[2J\\u202e"\n')
    assert_error(box.run("x"), 2, "\\x1b[2J")


def test_homoglyphs_are_read_but_never_hidden(box):
    # Cyrillic С, е, а; Greek Μ: shown as they are (letters, not controls), one record each
    text = "\u0421CSVI caus\u0435s \u039cS\nliber\u0430tion therapy cures MS\n"
    recs = jsonl(box.run("-f", "jsonl", input=text).stdout)
    assert [r["input"] for r in recs] == text.splitlines()
    p = box.run(input=text)
    assert "\u0421CSVI caus\u0435s \u039cS" in p.stdout
    assert_inert(p.stdout)


# ---------------------------------------------------------------------- inputs survived


def test_invalid_utf8_nul_and_utf16_lines_give_one_record_each(box):
    data = (b"CCSVI causes MS\xff\xfe\n\x00\x00\n\xc0\xaf\xed\xa0\x80\n"
            b"\xff\xfe" + "CCSVI causes MS\n".encode("utf-16-le") + b"last")
    recs = jsonl(box.run("-f", "jsonl", input=data).stdout)
    assert len(recs) == data.count(b"\n") + 1
    assert recs[1]["input"] == "\x00\x00" and "\ufffd" in recs[0]["input"]
    p = box.run("--color", "always", input=data)
    assert p.returncode in (0, 1) and "Traceback" not in p.stderr
    assert_inert(p.stdout)
    assert "\\x00\\x00" in p.stdout


def test_scan_reads_utf16_with_bom_as_binary_and_invalid_utf8_as_cp1252(box):
    box.file("u16.txt", "\ufeffCCSVI causes MS.\n".encode("utf-16"))
    box.file("bad.txt", b"CCSVI causes MS. caf\xe9 \x9b2J\n")
    p = box.run("scan", "u16.txt", "bad.txt")
    assert p.returncode == 1
    assert "u16.txt: binary file" in p.stderr and "bad.txt:1:1: FALSE" in p.stdout
    assert_inert(p.stdout)


def test_a_long_line_is_bounded_and_told(box):
    long_line = b"CCSVI causes MS " * (3 * 1024 * 1024 // 16)  # 3 MiB, no newline yet
    data = b"TVAM is safe\n" + long_line + b"\nCCSVI does not cause MS\n"
    p = box.run("-f", "jsonl", input=data)
    assert_error(p, 2, "<stdin>:2: line longer than 1 MiB")
    recs = jsonl(p.stdout)
    assert len(recs) == 3 and len(recs[1]["input"]) <= 1 << 20
    assert recs[2]["input"] == "CCSVI does not cause MS"
    assert_error(box.run(input=data), 2, "<stdin>:2:")
    # an endless line without a newline: still bounded, one record
    p = box.run("-f", "jsonl", input=long_line * 2)
    assert_error(p, 2, "<stdin>:1:")
    assert len(jsonl(p.stdout)) == 1


def test_scan_stops_at_a_line_longer_than_its_limit(box):
    f = box.file("long.txt", b"CCSVI causes MS.\n" + b"x" * (5 * 1024 * 1024) + b"\nTVAM.\n")
    p = box.run("scan", "-f", "jsonl", str(f))
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert "long.txt: line 2 is longer than 4 MiB" in p.stderr
    assert [r["line"] for r in jsonl(p.stdout)] == [1]


def test_100000_lines_give_100000_records(box):
    lines = ["CCSVI causes MS", "", "\x00", "TVAM is safe", "weather"] * 20_000
    data = "\n".join(lines) + "\n"
    p = box.run("-f", "jsonl", input=data, timeout=300)
    assert p.returncode == 1
    recs = jsonl(p.stdout)
    assert len(recs) == 100_000
    assert [r["input"] for r in recs[:5]] == lines[:5]
    assert [r["input"] for r in recs[-5:]] == lines[-5:]


def _fifo(box: Box, name: str, data: bytes) -> Path:
    path = box.work / name
    os.mkfifo(path)
    box.before = box.files()

    def feed() -> None:
        with open(path, "wb") as f:
            f.write(data)

    threading.Thread(target=feed, daemon=True).start()
    return path


def test_named_pipes_are_read_once(box):
    fifo = _fifo(box, "doc.fifo", b"CCSVI causes MS.\n")
    p = box.run("scan", "-f", "jsonl", str(fifo), timeout=60)
    assert p.returncode == 1, p.stderr
    assert [r["claim"]["id"] for r in jsonl(p.stdout)] == ["ccsvi-causes-ms"]
    fifo = _fifo(box, "claims.fifo", layer().encode())
    p = box.run("-f", "jsonl", "-c", str(fifo), "purple zucchini cures CCSVI", timeout=60)
    assert p.returncode == 1, p.stderr
    assert jsonl(p.stdout)[0]["claim"]["id"] == "zucchini-cure"
    fifo = _fifo(box, "settings.fifo", b"threshold = 70\nformat = \"jsonl\"\n")
    p = box.run("CCSVI causes MS", env={"CCSVI_CHECK_CONFIG": str(fifo)}, timeout=60)
    assert p.returncode == 1 and json.loads(p.stdout)["verdict"] == "false"
    fifo = _fifo(box, "validate.fifo", layer().encode())
    p = box.run("validate", str(fifo), timeout=60)
    assert p.returncode == 0 and p.stderr.endswith(": ok\n"), p.stdout + p.stderr
    box.wrote_nothing()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_is_never_read_without_bound(box):
    assert_error(box.run("scan", "/dev/zero", timeout=60), 2, "/dev/zero: not a regular file")
    assert_error(box.run("-c", "/dev/zero", "x", timeout=60), 2, "larger than 16 MiB")
    assert_error(box.run("x", env={"CCSVI_CHECK_CONFIG": "/dev/zero"}, timeout=60), 2,
                 "settings file is larger than 1 MiB")
    p = box.run("validate", "/dev/zero", timeout=60)
    assert p.returncode == 2 and "larger than 16 MiB" in p.stdout
    box.wrote_nothing()


@pytest.mark.skipif(ROOT_USER, reason="root reads files whatever their mode")
def test_unreadable_files(box):
    doc = box.file("secret.txt", "CCSVI causes MS.\n")
    claims = box.file("secret.yaml", layer())
    doc.chmod(0)
    claims.chmod(0)
    assert_error(box.run("scan", str(doc)), 2, "Permission denied")
    assert_error(box.run("-c", str(claims), "x"), 2, "Permission denied")
    assert_error(box.run("x", env={"CCSVI_CHECK_CONFIG": str(claims)}), 2, "Permission denied")


def test_paths_that_cannot_be_read(box):
    d = box.file("dir/a.txt", "x\n").parent
    assert_error(box.run("-c", str(d), "x"), 2, "Is a directory")
    assert_error(box.run("-c", str(d / "a.txt" / "x"), "x"), 2, "Not a directory")
    assert_error(box.run("scan", str(d / "a.txt" / "x")), 2)
    box.wrote_nothing()


def test_symlink_loops(box):
    os.symlink("loop2", box.work / "loop1")
    os.symlink("loop1", box.work / "loop2")
    os.makedirs(box.work / "tree")
    os.symlink("..", box.work / "tree" / "up")
    os.symlink(".", box.work / "tree" / "self.txt")
    (box.work / "tree" / "a.txt").write_text("CCSVI causes MS.\n")
    box.before = box.files()
    assert_error(box.run("scan", "loop1"), 2, "Too many levels of symbolic links")
    assert_error(box.run("-c", "loop1", "x"), 2, "Too many levels of symbolic links")
    assert_error(box.run("x", env={"CCSVI_CHECK_CONFIG": "loop1"}), 2, "symbolic links")
    p = box.run("validate", "loop1")
    assert p.returncode == 2 and "symbolic links" in p.stdout
    p = box.run("scan", "-f", "jsonl", "tree", timeout=60)  # links are not followed
    assert p.returncode == 1 and [r["path"] for r in jsonl(p.stdout)] == ["tree/a.txt"]
    box.wrote_nothing()


BOMB_GROUPS = ("version: 1\naliases:\n  - &g [" + ", ".join(f"w{i}" for i in range(3000))
               + "]\n" + "  - *g\n" * 3000 + "claims: []\n")
BILLION_LAUGHS = "version: 1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + \
    "".join(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 10)) + \
    "claims: [*a9, *a9, *a9]\n"


@pytest.mark.parametrize("text", [BOMB_GROUPS, BILLION_LAUGHS], ids=["groups", "laughs"])
def test_yaml_bombs_are_refused_quickly(box, text):
    bomb = box.file("bomb.yaml", text)
    assert_error(box.run("-c", str(bomb), "x", timeout=60), 2, "YAML bomb")
    p = box.run("validate", str(bomb), timeout=60)
    assert p.returncode == 2 and "YAML bomb" in p.stdout and "Traceback" not in p.stderr
    assert_error(box.run("claims", "list", "-c", str(bomb), timeout=60), 2, "YAML bomb")
    box.wrote_nothing()


def test_a_few_aliases_are_fine(box):
    f = box.file("anchors.yaml", layer(extra="    variants: &v [purple zucchini heals CCSVI]\n")
                 + "  - id: zucchini-two\n    claim: Zucchini fixes CCSVI veins on Mondays.\n"
                 "    verdict: false\n    explanation: No.\n    variants: *v\n"
                 "    sources: [{title: T, publisher: P, year: 2020, url: 'https://e.org/'}]\n")
    p = box.run("validate", str(f))
    assert "YAML bomb" not in p.stdout and "Traceback" not in p.stderr


@pytest.mark.parametrize("tagged", [
    'claim: !!python/object/apply:os.system ["touch PWNED"]',
    "claim: !!python/name:os.system",
    'claim: !!python/object:collections.OrderedDict {a: 1}',
    "claim: !!binary aGVsbG8=", "claim: !local x",
])
def test_yaml_tags_that_construct_objects_are_refused(box, tagged):
    f = box.file("tags.yaml", layer().replace(
        "claim: CCSVI is cured by eating purple zucchini on Tuesdays.", tagged))
    assert_error(box.run("-c", str(f), "x"), 2, "YAML tag")
    p = box.run("validate", str(f))
    assert p.returncode == 2 and "YAML tag" in p.stdout
    assert not (box.work / "PWNED").exists() and not Path("PWNED").exists()
    box.wrote_nothing()


def big_layer(n: int) -> str:
    head = "version: 1\nclaims:\n"
    return head + "".join(
        f"  - id: generated-claim-{i}\n"
        f"    claim: \"CCSVI treatment number {i} cures MS in patient group {i}.\"\n"
        f"    verdict: false\n    explanation: \"Generated claim {i}; nothing supports it.\"\n"
        f"    sources:\n      - {{title: \"Source {i}\", publisher: P, year: 2020, "
        f"url: \"https://example.org/{i}\"}}\n" for i in range(n))


def test_a_big_claim_file_loads_and_a_huge_one_is_refused(box):
    big = box.file("big.yaml", big_layer(16_000))  # about 5 MB
    assert big.stat().st_size > 4_500_000
    p = box.run("-f", "jsonl", "-c", str(big), "CCSVI treatment number 7 cures MS in "
                "patient group 7", timeout=300)
    assert p.returncode == 1, p.stderr
    assert jsonl(p.stdout)[0]["claim"]["id"] == "generated-claim-7"
    huge = box.file("huge.yaml", "version: 1\nclaims: []\n")
    with open(huge, "ab") as f:
        f.write((b"#" * 99 + b"\n") * (17 * 1024 * 1024 // 100))
    assert_error(box.run("-c", str(huge), "x", timeout=60), 2, "larger than 16 MiB")
    p = box.run("validate", str(huge), timeout=60)
    assert p.returncode == 2 and "larger than 16 MiB" in p.stdout


@pytest.mark.parametrize("text, words", [
    (layer().replace("    verdict: false\n", "    verdict: false\n    verdict: true\n"),
     "duplicate key 'verdict'"),
    ("version: 1\nversion: 1\nclaims: []\n", "duplicate key 'version'"),
    ("version: 1\nclaims: 5\n", "claims must be a list"),
    ("- version: 1\n", "must be a mapping"),
    ("", "claim file is empty"),
    ("version: [1]\nclaims: []\n", "version"),
    (layer(url="[1, 2]"), "needs a 'url' or a 'doi'"),
    (layer().replace("year: 2020", "year: {a: 1}"), "year"),
    (layer().replace("verdict: false", "verdict: [false]"), "verdict"),
    ("version: 1\nclaims: [\n", "not valid YAML"),
    ("\ufeffversion: 1\nclaims:\n  - 7\n", "claim must be a mapping"),
])
def test_malformed_claim_files(box, text, words):
    f = box.file("bad.yaml", text)
    assert_error(box.run("-c", str(f), "CCSVI causes MS"), 2, words)
    p = box.run("validate", str(f))
    assert p.returncode == 2 and words in p.stdout and "Traceback" not in p.stderr
    assert_inert(p.stdout)
    box.wrote_nothing()


@pytest.mark.parametrize("toml, words", [
    ('threshold = "high"\n', "threshold must be a number"),
    ("threshold = 1000\n", "from 0 to 100"),
    ("claims = 5\n", "claims must be a list"),
    ("format = 1\n", "format must be one of"),
    ("threshold = 1\nthreshold = 2\n", "not valid TOML"),
    ("[tool.ccsvi-check\n", "not valid TOML"),
    ("claims = ['nope.yaml']\n", "cannot read claim file"),
    (b"threshold = 7\xff\n", "cannot read settings file"),
    (b"\x00\x00\x00", "not valid TOML"),
])
def test_malformed_settings_files(box, toml, words):
    box.file(".ccsvi-check.toml", toml)
    assert_error(box.run("x"), 2, words)
    box.wrote_nothing()


# ---------------------------------------------------------------------- the cache


def cache_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_cache_under_a_file_or_read_only_dir_is_not_fatal(box):
    blocker = box.file("blocker", "x")
    p = box.run("-f", "jsonl", "CCSVI causes MS", env={"CCSVI_CHECK_CACHE": str(blocker / "c")})
    assert p.returncode == 1 and p.stderr == ""
    ro = box.root / "ro"
    ro.mkdir(mode=0o500)
    p = box.run("-f", "jsonl", "CCSVI causes MS", env={"CCSVI_CHECK_CACHE": str(ro)})
    assert p.returncode == 1 and p.stderr == ""
    if not ROOT_USER:
        assert cache_files(ro) == []
    assert not [n for n in cache_files(ro) if n.startswith(".matcher-")]


def _small_files() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # a full disk: EFBIG


def test_a_full_cache_directory_is_not_fatal_and_leaves_no_temp_file(box):
    p = box.run("-f", "jsonl", "CCSVI causes MS", preexec=_small_files)
    assert p.returncode == 1 and p.stderr == "", p.stderr
    assert jsonl(p.stdout)[0]["verdict"] == "false"
    assert not [n for n in cache_files(box.cache) if n.startswith(".matcher-")]
    assert not [n for n in cache_files(box.cache) if n.endswith(".pickle")]


def test_a_cache_others_can_write_is_not_used(box):
    shared = box.root / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    p = box.run("-f", "jsonl", "CCSVI causes MS", env={"CCSVI_CHECK_CACHE": str(shared)})
    assert p.returncode == 1 and cache_files(shared) == []
    p = box.run("CCSVI causes MS")  # the private default: made 0700, used
    assert cache_files(box.cache) and (box.cache.stat().st_mode & 0o777) == 0o700
    pickle_file = next(box.cache.glob("matcher-*.pickle"))
    assert pickle_file.stat().st_mode & 0o077 == 0


def test_home_unset_or_empty(box):
    xdg = box.root / "xdg"
    p = box.run("-f", "jsonl", "CCSVI causes MS", unset=("HOME", "CCSVI_CHECK_CACHE"),
                env={"XDG_CACHE_HOME": str(xdg)})
    assert p.returncode == 1 and p.stderr == ""
    assert list((xdg / "ccsvi-check").glob("matcher-*.pickle"))
    for home in ("", "relative/home"):  # never a cache in the current directory
        p = box.run("-f", "jsonl", "CCSVI causes MS", unset=("CCSVI_CHECK_CACHE",),
                    env={"HOME": home, "XDG_CACHE_HOME": "rel-cache"})
        assert p.returncode == 1 and p.stderr == ""
    assert sorted(box.files() - box.before) == ["xdg", os.path.join("xdg", "ccsvi-check"),
                                                *[os.path.join("xdg", "ccsvi-check", n)
                                                  for n in cache_files(xdg / "ccsvi-check")]]


def test_eight_processes_building_the_cache_at_once(box):
    claims = box.file("layer.yaml", layer())
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(HOME=str(box.home), CCSVI_CHECK_CACHE=str(box.cache))
    procs = [subprocess.Popen([entry_point(), "-f", "jsonl", "-c", str(claims),
                               "purple zucchini cures CCSVI"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env, cwd=box.work)
             for _ in range(8)]
    outs = [(p.communicate(timeout=300), p.returncode) for p in procs]
    assert {rc for _, rc in outs} == {1}
    assert {out for (out, _), _ in outs} == {outs[0][0][0]}
    assert all(err == b"" for (_, err), _ in outs)
    names = cache_files(box.cache)
    assert len([n for n in names if n.endswith(".pickle")]) == 1
    assert not [n for n in names if n.startswith(".matcher-")]
    p = box.run("-f", "jsonl", "-c", str(claims), "purple zucchini cures CCSVI")
    assert p.stdout.encode() == outs[0][0][0]
    box.wrote_nothing()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
