"""The matcher cache: used when valid, rebuilt when a claim file changes, never fatal."""

from __future__ import annotations

import pytest

from ccsvi_check import cache
from ccsvi_check.matcher import Matcher

EXTRA = """version: 1
claims:
  - id: local-claim
    claim: Liberation therapy is sold in Atlantis.
    verdict: unproven
    explanation: A local claim.
    sources: [{title: T, publisher: P, year: 2020, url: "https://example.org"}]
"""


@pytest.fixture
def cache_at(tmp_path, monkeypatch):
    monkeypatch.setenv("CCSVI_CHECK_CACHE", str(tmp_path / "c"))
    return tmp_path / "c"


def test_second_load_comes_from_the_cache(cache_at, monkeypatch):
    first = cache.load_matcher()
    files = list(cache_at.glob("matcher-*.pickle"))
    assert len(files) == 1

    def boom(self, base):
        raise AssertionError("the matcher was rebuilt instead of loaded")

    monkeypatch.setattr(Matcher, "__init__", boom)
    second = cache.load_matcher()
    assert [c.id for c in second.claims] == [c.id for c in first.claims]
    assert second.match("CCSVI causes MS")[0].claim.id == first.match("CCSVI causes MS")[0].claim.id


def test_editing_a_claim_file_changes_the_key(cache_at, tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text(EXTRA)
    m1 = cache.load_matcher([extra])
    extra.write_text(EXTRA.replace("Atlantis", "El Dorado"))
    m2 = cache.load_matcher([extra])
    assert m1.base.by_id("local-claim").claim != m2.base.by_id("local-claim").claim
    assert len(list(cache_at.glob("matcher-*.pickle"))) == 2


def test_corrupt_cache_file_is_ignored(cache_at):
    cache.load_matcher()
    (target,) = cache_at.glob("matcher-*.pickle")
    target.write_bytes(b"not a pickle")
    assert cache.load_matcher().match("CCSVI causes MS")


def test_cache_off(monkeypatch, tmp_path):
    monkeypatch.setenv("CCSVI_CHECK_CACHE", "off")
    assert cache.cache_dir() is None
    assert cache.load_matcher().claims


def test_unwritable_cache_dir_is_not_fatal(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CCSVI_CHECK_CACHE", str(blocker / "sub"))
    assert cache.load_matcher().claims
