"""Throughput and peak memory of `ccsvi-check scan` on one large document (issue 3).

The document (default 20 MB) is generated into a temporary directory from the mix of
on- and off-topic sentences of benchmarks/corpus.py, in paragraphs of 2-8 sentences.
Figures, each a whole fresh process (start-up included) with a warm matcher cache:

- `scan --format jsonl FILE` (and with --jobs 2): sentences/s and peak RSS, measured
  by a wrapper that reports resource.getrusage(RUSAGE_CHILDREN).ru_maxrss of the child.
  "Sentences" are the generated ones (the same count for every run).
- `check --format jsonl` on the same sentences, one a line: lines/s, and the ratio
  scan/check (the target of issue 4: at least 0.5).
- In this process, on the first --sample-mb of the document: the cost of splitting
  alone (ccsvi_check.sentences: masking, blocks, sentences with positions), of its
  segmenter, syntok, by itself on the same paragraphs, and of syntok on the
  paragraphs' skeletons (sentences.skeleton_starts, as scan runs it; it must find the
  same sentence starts), in sentences/s (the other candidates: bench_segmenters.py).

    python benchmarks/bench_scan.py             # 20 MB
    python benchmarks/bench_scan.py --mb 2      # smaller
    python benchmarks/bench_scan.py --small     # CI: 0.2 MB, figures not meaningful
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from pathlib import Path

import _common as c
import corpus

TARGET_SCAN_VS_CHECK = 0.5


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, help="document size in MB (default 20)")
    ap.add_argument("--small", action="store_true", help="tiny sizes, for CI (--mb 0.2)")
    ap.add_argument("--jobs", default="1,2", help="--jobs values to run scan with (1,2)")
    ap.add_argument("--sample-mb", type=float, help="text for the in-process segmenter "
                    "figures (default: 1 MB, or the document if smaller)")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    c.add_cmd_option(ap)
    a = ap.parse_args(argv)
    a.mb = a.mb if a.mb is not None else (0.2 if a.small else 20.0)
    a.sample_mb = min(a.sample_mb or 1.0, a.mb)
    a.jobs = [int(j) for j in a.jobs.split(",") if j.strip()]
    return a


def segmenter_figures(text: str) -> None:
    """Sentences/s of the scan splitter (masking included), of its segmenter, syntok,
    by itself on whole paragraphs, and of syntok on the paragraphs' skeletons (which
    must give the same sentence starts), in-process."""
    from ccsvi_check import sentences

    lines = text.split("\n")
    start = time.perf_counter()
    n = sum(1 for b in sentences.blocks(lines) for _ in sentences.block_sentences(b))
    secs = time.perf_counter() - start
    print(f"splitter  ccsvi_check.sentences (masking, blocks, {sentences.SEGMENTER}, "
          f"positions): {n:,} sentences in {secs:.2f} s = {c.fmt_rate(n / secs)} "
          "sentences/s", flush=True)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    figures = {}
    for name, starts in (("syntok", sentences.syntok_starts),
                         ("syntok on skeletons", sentences.skeleton_starts)):
        start = time.perf_counter()
        found = [starts(p) for p in paragraphs]
        figures[name] = found, time.perf_counter() - start
    plain, secs = figures["syntok"]
    n = sum(map(len, plain))
    print(f"splitter  syntok by itself (public API, whole paragraphs): {n:,} sentences in "
          f"{secs:.2f} s = {c.fmt_rate(n / secs)} sentences/s", flush=True)
    skeletal, secs = figures["syntok on skeletons"]
    same = sum(a == b for a, b in zip(plain, skeletal, strict=True))
    print(f"splitter  syntok on the paragraphs' skeletons (sentences.skeleton_starts): "
          f"{c.fmt_rate(n / secs)} sentences/s; the same starts in {same:,} of "
          f"{len(plain):,} paragraphs", flush=True)
    if same != len(plain):
        raise c.ToolFailed("syntok on skeletons differs from syntok")


def body(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    print(c.header("ccsvi-check scan: throughput and peak memory (issue 3)", a.small),
          flush=True)
    tool = c.tool_command(a.cmd)
    with c.tempdir("scan") as tmp:
        d = Path(tmp)
        env = c.bench_env(d / "cache")
        c.warm_up(tool, env)
        if not c.scan_available(tool, env):
            raise c.ToolFailed("this ccsvi-check has no scan command")
        wordings = corpus.claim_wordings()
        text, n_sent = corpus.document_of_size(a.mb, a.seed, wordings)
        doc = d / "document.txt"
        doc.write_text(text, encoding="utf-8")
        lines_path = d / "lines.txt"
        corpus.write_lines(str(lines_path), n_sent, a.seed, wordings)
        sample = text[:int(a.sample_mb * 1_000_000)]
        sample = sample[:sample.rfind("\n\n") + 1] or sample
        del text
        size = doc.stat().st_size
        print(f"document  {size / 1e6:.1f} MB, {n_sent:,} generated sentences in "
              f"paragraphs (benchmarks/corpus.py, seed {a.seed})", flush=True)
        segmenter_figures(sample)
        del sample

        check_cmd = [*tool, "check", "--format", "jsonl"]
        run = c.run_peak_rss(check_cmd, lines_path, env, d)
        c.check_rc("check", run.returncode, run.stderr)
        check_rate = n_sent / run.seconds
        print(f"check     {shlex.join(check_cmd)} < LINES: {run.seconds:.2f} s, "
              f"{c.fmt_rate(check_rate)} lines/s, peak RSS {run.peak_kib / 1024:.1f} MiB",
              flush=True)
        for jobs in a.jobs:
            cmd = [*tool, "scan", "--format", "jsonl", "--jobs", str(jobs), str(doc)]
            out = d / f"scan-{jobs}.jsonl"
            run = c.run_peak_rss(cmd, lines_path, env, d, stdout_path=out)
            c.check_rc("scan", run.returncode, run.stderr)
            rate = n_sent / run.seconds
            findings = c.count_lines(out)
            print(f"scan -j{jobs}  {run.seconds:.2f} s, {c.fmt_rate(rate)} sentences/s, "
                  f"peak RSS {run.peak_kib / 1024:.1f} MiB (largest process), "
                  f"{findings:,} findings; "
                  f"ratio to check {rate / check_rate:.2f} "
                  f"(target >= {TARGET_SCAN_VS_CHECK:g})", flush=True)
            out.unlink()


def main(argv: list[str] | None = None) -> int:
    return c.main_wrapper(lambda: body(argv))


if __name__ == "__main__":
    sys.exit(main())
