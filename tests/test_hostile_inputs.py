"""Bounded readers, the claim-file guards and the cache's rules, in process (issue 13)."""

from __future__ import annotations

import io
import os

import pytest

from ccsvi_check import cache, inputs
from ccsvi_check.claims import ClaimsError
from ccsvi_check.documents import LineTooLong, read_lines
from ccsvi_check.safe import TooLarge, read_bounded, yaml_problem


class Slow(io.RawIOBase):
    """A raw stream handing out ``step`` bytes per read (as a pipe does)."""

    def __init__(self, data: bytes, step: int):
        self.data, self.step, self.pos = data, step, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        chunk = self.data[self.pos:self.pos + min(self.step, len(b))]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setattr(inputs, "MAX_LINE", 1000)
    monkeypatch.setattr(inputs, "_CHUNK", 64)
    monkeypatch.setattr(inputs, "overlong", 0)


def lines_of(data: bytes, step: int, read1: bool = True) -> list[str]:
    stream = io.BufferedReader(Slow(data, step), buffer_size=64)
    if not read1:
        stream = io.BytesIO(data)
        stream.read1 = None  # type: ignore[attr-defined]
        del stream.read1
    return list(inputs.stream_lines(stream))


class NoRead1:
    def __init__(self, data: bytes):
        self.f = io.BytesIO(data)

    def readline(self, n: int = -1) -> bytes:
        return self.f.readline(n)


@pytest.mark.parametrize("step", [1, 7, 64, 5000])
def test_long_lines_are_cut_and_counted_whatever_the_reads(small_limit, step, capsys):
    data = b"a\n" + "é".encode() * 900 + b"\nb\n" + b"x" * 2500 + b"\r\n\nlast" + b"y" * 3000
    got = list(inputs.stream_lines(io.BufferedReader(Slow(data, step), buffer_size=64)))
    assert len(got) == 6 and got[0] == "a" and got[2] == "b" and got[4] == ""
    assert got[1] == "é" * 500                       # cut at a character boundary
    assert got[3] == "x" * 1000 and got[5] == ("last" + "y" * 3000)[:1000]
    assert inputs.overlong == 3
    err = capsys.readouterr().err.splitlines()
    assert [e.split(": ")[2] for e in err] == ["<stdin>:2", "<stdin>:4", "<stdin>:6"]
    assert "(1800 bytes)" in err[0] and "(2501 bytes)" in err[1] and "(3004 bytes)" in err[2]


def test_the_readline_path_is_bounded_too(small_limit, capsys):
    data = b"a\n" + b"x" * 5000 + b"\nb"
    got = list(inputs.stream_lines(NoRead1(data)))  # type: ignore[arg-type]
    assert got == ["a", "x" * 1000, "b"] and inputs.overlong == 1


def test_short_lines_are_untouched(small_limit):
    data = b"".join(b"line %d \xff\n" % i for i in range(300))
    got = list(inputs.stream_lines(io.BufferedReader(Slow(data, 13), buffer_size=64)))
    assert got == [f"line {i} \ufffd" for i in range(300)] and inputs.overlong == 0


def test_scan_reader_stops_at_a_long_line():
    data = b"one\n" + b"z" * 50 + b"\nthree\n"
    it = read_lines(io.BufferedReader(io.BytesIO(data)), limit=20)
    assert next(it) == "one"
    with pytest.raises(LineTooLong, match="line 2 is longer"):
        next(it)
    assert list(read_lines(io.BufferedReader(io.BytesIO(b"\xef\xbb\xbfa\r\nb")), 20)) == \
        ["a", "b"]


def test_read_bounded(tmp_path):
    f = tmp_path / "f"
    f.write_bytes(b"x" * 100)
    assert read_bounded(f, 100) == b"x" * 100
    with pytest.raises(TooLarge, match="larger than"):
        read_bounded(f, 99)
    if os.path.exists("/dev/zero"):
        with pytest.raises(TooLarge):
            read_bounded("/dev/zero", 1 << 16)


@pytest.mark.parametrize("text, problem", [
    ("a: &a [x, y]\nb: *a\nc: *a\n", None),
    ("version: 1\nclaims: []\n", None),
    ("x: 'R&D costs *a lot*'\n", None),
    ("a: &a [" + ", ".join(["x"] * 400) + "]\nb: [" + ", ".join(["*a"] * 400) + "]\n",
     "YAML bomb"),
    ("a: !!python/object/apply:os.system [ls]\n", "YAML tag '!!python/object/apply:os.system'"),
    ("a: !!str fine\nb: ! fine\n", None),
    ("a: !!set {x}\n", "YAML tag '!!set'"),
    ("a: [unclosed\n", None),  # the loader reports it
])
def test_yaml_problem(text, problem):
    found = yaml_problem(text, max_extra=1000)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found[0]


def test_read_claim_text_refuses_non_utf8_and_says_where(tmp_path):
    f = tmp_path / "c.yaml"
    f.write_bytes(b"version: 1\n\xff\n")
    with pytest.raises(ClaimsError, match=r"c.yaml:2: claim file is not UTF-8"):
        cache.read_claim_text(f)


@pytest.mark.parametrize("env, expected", [
    ({"CCSVI_CHECK_CACHE": "off"}, None),
    ({"XDG_CACHE_HOME": "/x/y", "HOME": "/h"}, "/x/y/ccsvi-check"),
    ({"XDG_CACHE_HOME": "relative", "HOME": "/h"}, "/h/.cache/ccsvi-check"),
    ({"XDG_CACHE_HOME": "", "HOME": ""}, None),
    ({"HOME": "rel/home"}, None),
])
def test_cache_dir_rules(monkeypatch, env, expected):
    for k in ("CCSVI_CHECK_CACHE", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(k, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    got = cache.cache_dir()
    assert (None if got is None else str(got)) == expected


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_pickle_others_could_write_is_not_loaded(tmp_path, monkeypatch):
    folder = tmp_path / "c"
    monkeypatch.setenv("CCSVI_CHECK_CACHE", str(folder))
    cache.load_matcher()
    (target,) = folder.glob("matcher-*.pickle")
    assert cache._load(target) is not None
    target.chmod(0o666)
    assert cache._load(target) is None
    target.chmod(0o600)
    folder.chmod(0o777)
    assert not cache._private_dir(folder)
    link = folder.parent / "link.pickle"
    link.symlink_to(target)
    assert cache._load(link) is None  # never through a symbolic link
