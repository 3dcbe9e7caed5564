"""The Python API: `check(text)` is what the CLI prints, and a `Checker` loads once,
checks many, and travels to worker processes (process pools, Dask, Spark)."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import textwrap
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, is_dataclass

import pytest
from conftest import run_cli

import ccsvi_check
from ccsvi_check import Checker, Result, check

BASE = textwrap.dedent("""\
    version: 1
    aliases:
      - [ccsvi, chronic cerebrospinal venous insufficiency, narrowed neck veins,
         blocked neck veins]
      - [ms, multiple sclerosis]
      - [liberation therapy, tvam, venous angioplasty, zamboni procedure]
      - [safe, harmless, risk free]
      - [cure, cures, cured, fix, fixes]
      - [cause, causes, caused]
    topic: [ccsvi, liberation therapy, zamboni]
    claims:
      - id: ccsvi-causes-ms
        claim: CCSVI causes multiple sclerosis.
        verdict: false
        explanation: Blinded studies found no link.
        variants: [MS is caused by blocked neck veins]
        sources:
          - {title: A study, publisher: The Lancet, year: 2014, doi: 10.1016/S0140-6736(13)61747-X}
      - id: liberation-therapy-cures-ms
        claim: Liberation therapy cures MS.
        verdict: false
        explanation: Sham-controlled trials found no benefit.
        sources:
          - {title: Brave Dreams, publisher: JAMA Neurology, year: 2018, url: "https://example.org/bd"}
      - id: liberation-therapy-safe
        claim: Liberation therapy is safe.
        verdict: false
        explanation: Serious complications and deaths were reported.
        sources:
          - {title: FDA notice, publisher: FDA, year: 2012, url: "https://www.fda.gov/x"}
    """)

STATEMENTS = [
    "CCSVI causes MS",
    "ccsvi does NOT cause ms",
    "MS is caused by blocked neck veins, my cousin says",  # a report: not rated false
    "The Zamboni procedure cured my MS!!",
    "Is TVAM harmless?",
    "liberation therapy is risk free",
    "I had pasta for lunch",
    "",
    "venous angioplasty doesn't fix multiple sclerosis",
    "chronic cerebrospinal venous insufficiency is the cause of multiple sclerosis",
]


@pytest.fixture(scope="module")
def base_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "base.yaml"
    path.write_text(BASE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small_checker(base_path):
    return Checker(claims=[base_path], include_default=False)


def test_public_names():
    assert {"check", "Checker", "Result", "load_claims"} <= set(ccsvi_check.__all__)


def test_checker_loads_once_and_checks_many(small_checker):
    results = [small_checker.check(s) for s in STATEMENTS]
    assert all(isinstance(r, Result) and is_dataclass(r) for r in results)
    assert [r.verdict for r in results[:4]] == ["false", "true", "unknown", "false"]
    assert results[6].verdict == "unknown" and results[6].claim is None
    assert results[1].negated and results[1].claim.id == "ccsvi-causes-ms"
    # the result is a dataclass whose dict is the JSON record
    d = results[0].to_dict()
    assert set(asdict(results[0])) <= set(d) | {"alternatives", "why"}
    assert json.loads(json.dumps(d)) == d


def test_threshold_and_top(base_path):
    strict = Checker(claims=[base_path], include_default=False, threshold=100)
    assert strict.check("narrowed neck veins and diet cause MS in older women").verdict == "unknown"
    r = Checker(claims=[base_path], include_default=False).check("CCSVI causes MS", top=2)
    assert r.alternatives and r.alternatives[0].id == "ccsvi-causes-ms"


def test_checker_pickles_and_gives_the_same_results(small_checker):
    clone = pickle.loads(pickle.dumps(small_checker))
    assert [clone.check(s) for s in STATEMENTS] == [small_checker.check(s) for s in STATEMENTS]
    assert clone.threshold == small_checker.threshold


def check_partition(checker: Checker, statements: list[str]) -> list[dict]:
    """What a Dask or Spark `map_partitions` / `mapPartitions` function does."""
    return [checker.check(s).to_dict() for s in statements]


_worker_checker: Checker | None = None


def _init_worker(checker: Checker) -> None:
    global _worker_checker
    _worker_checker = checker


def _check_one(text: str) -> dict:
    assert _worker_checker is not None
    return _worker_checker.check(text).to_dict()


def test_process_pool_matches_serial(small_checker):
    statements = [f"{s} #{i}" if s else s for i in range(12) for s in STATEMENTS]
    serial = [small_checker.check(s).to_dict() for s in statements]
    chunks = [statements[i:i + 25] for i in range(0, len(statements), 25)]
    # spawn: the workers share no memory with this process, so the Checker really is
    # pickled and rebuilt, as on another machine
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        # the checker sent with each partition ...
        by_partition = [r for part in pool.map(check_partition,
                                                [small_checker] * len(chunks), chunks)
                        for r in part]
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=_init_worker,
                             initargs=(small_checker,)) as pool:
        # ... or once per worker, then statement by statement
        by_statement = list(pool.map(_check_one, statements, chunksize=16))
    assert by_partition == serial
    assert by_statement == serial


# ------------------------------------------------------------------ the shipped base


def test_check_is_what_the_cli_prints_as_json():
    statements = ["CCSVI causes MS", "CCSVI does not cause MS.", "Liberation therapy is safe",
                  "Please remember to vote"]
    p = run_cli("--format", "json", *statements)
    assert p.returncode in (0, 1), p.stderr
    assert [check(s).to_dict() for s in statements] == json.loads(p.stdout)
    assert check("CCSVI causes MS") == Checker().check("CCSVI causes MS")
