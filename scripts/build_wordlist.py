"""Build ``ccsvi_check/data/english_words.txt``: common English words of five letters or
more, which the matcher never reads as a misspelling of a word two or more edits away
("extensive" is not "exclusive", "conceded" is not "concluded").

Run offline, once, by a maintainer; the package only reads the text file it writes.
The words come from the English word-frequency list that ships inside the PyPI package
``pyspellchecker`` (MIT licence), read through its public API
(``SpellChecker(language="en").word_frequency``): every word of ASCII letters, five or
more long, seen at least ``--min-count`` times (100 by default: about 41,000 words)::

    python3 -m venv /tmp/wordenv && /tmp/wordenv/bin/pip install pyspellchecker==0.9.1
    /tmp/wordenv/bin/python scripts/build_wordlist.py

``--check`` rebuilds in memory and compares with the shipped file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ccsvi_check" / "data" / "english_words.txt"


def build(min_count: int) -> str:
    from importlib.metadata import version

    from spellchecker import SpellChecker

    frequency = SpellChecker(language="en").word_frequency
    chosen = sorted(w for w, n in frequency.items()
                    if n >= min_count and len(w) >= 5 and w.isascii() and w.isalpha())
    header = (f"# common English words, 5+ letters, seen {min_count}+ times in the English "
              f"frequency list of pyspellchecker {version('pyspellchecker')} (MIT licence); "
              f"built by scripts/build_wordlist.py\n")
    return header + "\n".join(chosen) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--min-count", type=int, default=100)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with the shipped file")
    args = ap.parse_args(argv)
    text = build(args.min_count)
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("same as the shipped file" if same else "DIFFERS from the shipped file")
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 1} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
