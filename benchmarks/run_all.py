"""Run every benchmark (bench_*.py) in turn, each passed the same arguments.

    python benchmarks/run_all.py            # full sizes (several minutes)
    python benchmarks/run_all.py --small    # what CI runs: tiny sizes, under a minute

Only arguments every benchmark accepts make sense here (--small, --cmd).  Exits 1 if any
benchmark failed (the tool failed; there are no timing assertions).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        start = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script), *args])
        print(f"-- {script.name}: exit {rc}, {time.perf_counter() - start:.1f} s\n",
              flush=True)
        if rc != 0:
            failed.append(script.name)
    if failed:
        print(f"failed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
