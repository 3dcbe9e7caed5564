"""CSV and TSV output of ``check`` and ``scan``: a header row, then one row per record,
for spreadsheets and for ``cut``/``awk``.

The columns are stable (new ones are only ever added at the end):
``input, verdict, score, negated, claim_id, claim, explanation, sources``, and for
``scan`` ``path, line, column, end_line, end_column`` after them.  ``sources`` holds the
sources' links joined by " | ".  CSV goes through the standard ``csv`` module (fields
quoted when they hold a comma, a quote or a line break); TSV is never quoted, so a tab,
line break or backslash inside a field is written as ``\\t``, ``\\n``, ``\\r``, ``\\\\``
and every record stays on one line.
"""

from __future__ import annotations

import csv
from typing import IO, Any

COLUMNS = ("input", "verdict", "score", "negated", "claim_id", "claim", "explanation",
           "sources")
SCAN_COLUMNS = COLUMNS + ("path", "line", "column", "end_line", "end_column")
SOURCE_SEPARATOR = " | "

_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def result_row(result: Any) -> list[str]:
    claim = result.claim
    return [result.input, result.verdict, f"{result.score:g}",
            "true" if result.negated else "false",
            claim.id if claim else "", claim.text if claim else "",
            result.explanation or "",
            SOURCE_SEPARATOR.join(s.link for s in result.sources)]


def finding_row(finding: Any) -> list[str]:
    return result_row(finding.result) + [finding.path, str(finding.line), str(finding.column),
                                         str(finding.end_line), str(finding.end_column)]


class DelimitedWriter:
    """Rows on ``out``: the header first (also when no row follows), each row flushed
    when the caller flushes.  ``tsv`` picks tabs and escapes over CSV quoting."""

    def __init__(self, out: IO[str], tsv: bool = False, scan: bool = False):
        self.out, self.tsv = out, tsv
        self._csv = None if tsv else csv.writer(out, lineterminator="\n")
        self._write(SCAN_COLUMNS if scan else COLUMNS)

    def _write(self, row: Any) -> None:
        if self._csv is not None:
            self._csv.writerow(row)
        else:
            self.out.write("\t".join(f.translate(_TSV_ESCAPES) for f in row) + "\n")

    def emit(self, result: Any) -> None:
        self._write(result_row(result))

    def emit_finding(self, finding: Any) -> None:
        self._write(finding_row(finding))
        self.out.flush()

    def flush(self) -> None:
        self.out.flush()

    def close(self) -> None:
        self.out.flush()
