"""Settings: ``[tool.ccsvi-check]`` in a ``pyproject.toml``, or a ``.ccsvi-check.toml``.

The first directory, from the current one upwards, that holds a ``.ccsvi-check.toml``
(keys at the top level, or under ``[tool.ccsvi-check]``) or a ``pyproject.toml`` with a
``[tool.ccsvi-check]`` table supplies the settings; a ``pyproject.toml`` without that
table is passed over.  ``CCSVI_CHECK_CONFIG=PATH`` names the file instead, and
``CCSVI_CHECK_CONFIG=off`` ignores settings files.

Keys::

    claims = ["our-claims.yaml"]   # extra claim files, relative to the settings file
    threshold = 70                 # 0-100
    format = "jsonl"               # text, json, jsonl, markdown, csv or tsv (for check)

Options given on the command line win (``--claims`` replaces the ``claims`` list).
A bad settings file is a ``SettingsError``: one line, ``PATH[:LINE]: message``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .claims import ClaimsError

TABLE = "ccsvi-check"
DOTFILE = ".ccsvi-check.toml"
FORMATS = ("text", "json", "jsonl", "markdown", "csv", "tsv")
KEYS = ("claims", "threshold", "format")
# a pyproject that may hold our table: [tool.ccsvi-check], tool.ccsvi-check.x = ...,
# or ccsvi-check = {...} under [tool]
_MENTIONS_TABLE = re.compile(
    r"""tool\s*\.\s*["']?ccsvi-check|^\s*["']?ccsvi-check["']?\s*(\.|=\s*\{)""", re.MULTILINE)


class SettingsError(ClaimsError):
    """A bad settings file (unparsable, unknown key, wrong type): one line with its path.

    A ClaimsError, so that every command reports it as it reports a bad claim file.
    """


@dataclass(frozen=True)
class Settings:
    """What a settings file says; None (or empty) for what it leaves out."""

    path: Path | None = None
    claims: list[Path] = field(default_factory=list)
    threshold: float | None = None
    format: str | None = None


def _toml():
    try:
        import tomllib  # Python 3.11+
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib


def _line_of(text: str, key: str) -> int | None:
    """Best effort: the line where ``key = ...`` or ``[key]`` is (for messages)."""
    pat = re.compile(rf"^\s*(?:\[+\s*)?[\"']?{re.escape(key)}[\"']?\s*[=\].]", re.MULTILINE)
    m = pat.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _table(path: Path, text: str) -> dict[str, Any] | None:
    """The settings table of a settings file, or None when it has none (pyproject)."""
    tomllib = _toml()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"\s*\(at line (\d+), column \d+\)$", msg)
        line = int(m.group(1)) if m else None
        msg = msg[: m.start()] if m else msg
        raise SettingsError(f"not valid TOML: {msg}", str(path), line) from None
    tool = data.get("tool")
    table = tool.get(TABLE) if isinstance(tool, dict) else None
    if path.name == "pyproject.toml":
        if table is None:
            return None
    elif table is None:
        table = data
    elif set(data) != {"tool"} or set(tool) != {TABLE}:
        extra = next(k for k in data if k != "tool") if set(data) != {"tool"} else "tool"
        raise SettingsError(f"unknown key '{extra}' beside [tool.{TABLE}]", str(path),
                            _line_of(text, extra))
    if not isinstance(table, dict):
        raise SettingsError(f"tool.{TABLE} must be a table", str(path))
    return table


def parse_settings(path: Path, text: str) -> Settings | None:
    """The settings in ``text`` (the content of ``path``); None if it has no table."""
    table = _table(path, text)
    if table is None:
        return None

    def bad(key: str, message: str) -> SettingsError:
        return SettingsError(message, str(path), _line_of(text, key))

    for key in table:
        if key not in KEYS:
            raise bad(key, f"unknown key '{key}' (known keys: {', '.join(KEYS)})")
    claims: list[Path] = []
    raw = table.get("claims", [])
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(c, str) and c for c in raw):
        raise bad("claims", "claims must be a list of claim-file paths (strings)")
    for c in raw:
        p = Path(os.path.expanduser(c))
        claims.append(p if p.is_absolute() else path.parent / p)
    threshold = table.get("threshold")
    if threshold is not None:
        if isinstance(threshold, bool) or not isinstance(threshold, int | float):
            raise bad("threshold", "threshold must be a number from 0 to 100")
        if not 0 <= threshold <= 100:
            raise bad("threshold", f"threshold must be from 0 to 100 (got {threshold})")
        threshold = float(threshold)
    fmt = table.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise bad("format", f"format must be one of {', '.join(FORMATS)} (got {fmt!r})")
    return Settings(path, claims, threshold, fmt)


def read_settings(path: str | Path) -> Settings:
    """The settings in one file (an empty Settings if a pyproject has no table)."""
    p = Path(path)
    try:
        text = _read_text(p)
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise SettingsError(f"cannot read settings file: {reason}", str(p)) from None
    return parse_settings(p, text) or Settings(p)


MAX_SETTINGS_FILE = 1 << 20  # bytes: settings files are small; /dev/zero is not one


def _read_text(path: Path) -> str:
    """A settings file's text, read once and at most MAX_SETTINGS_FILE bytes (OSError
    if larger, UnicodeDecodeError if not UTF-8)."""
    from .safe import read_bounded

    return read_bounded(path, MAX_SETTINGS_FILE, "settings file").decode("utf-8")


def find_settings_file(start: str | Path | None = None) -> Path | None:
    """The settings file that applies in ``start`` (default: the current directory)."""
    here = Path(start if start is not None else os.getcwd()).resolve()
    for folder in (here, *here.parents):
        dotfile = folder / DOTFILE
        if dotfile.is_file():
            return dotfile
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = _read_text(pyproject)
            except (OSError, UnicodeDecodeError):
                continue
            # cheap test first: most pyprojects have no table of ours, and parsing TOML
            # on every run would cost start-up time
            if _MENTIONS_TABLE.search(text) and _table(pyproject, text) is not None:
                return pyproject
    return None


def load_settings(start: str | Path | None = None) -> Settings:
    """The settings that apply (CCSVI_CHECK_CONFIG, else found from ``start`` upwards)."""
    env = os.environ.get("CCSVI_CHECK_CONFIG", "")
    if env.lower() in ("off", "none", "0", "no", "false"):
        return Settings()
    if env:
        return read_settings(env)
    found = find_settings_file(start)
    return read_settings(found) if found else Settings()
