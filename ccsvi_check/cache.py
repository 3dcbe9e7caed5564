"""A cache of the built matcher, keyed on the claim files' bytes.

Parsing the YAML base and deriving the matcher's tables costs more than the rest of a
one-statement run, and scripts call the command once per statement.  The built Matcher
is pickled under the user's cache directory, named by a hash of every claim file's
content, the package version and the Python version, so any edit to a claim file is a
new key.  Set CCSVI_CHECK_CACHE=off to disable it, or CCSVI_CHECK_CACHE=DIR to choose
the directory.  A cache that can't be read or written is ignored.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# A cache hit is on the start-up path of every run, so only what a hit needs is imported
# here, and the cheapest way: hashlib's blake2b and pickle's load are these C functions,
# but `import hashlib` also loads OpenSSL and `import pickle` the pure-Python pickler
# (a few ms together).  tempfile (for writing) is imported when the cache is written.
try:
    from _blake2 import blake2b as _hash
except ImportError:  # pragma: no cover - a Python without the builtin module
    from hashlib import blake2b as _hash
try:
    from _pickle import load as _pickle_load
except ImportError:  # pragma: no cover - a Python without the C pickle
    from pickle import load as _pickle_load

from .claims import default_claims_path, load_claims
from .matcher import Matcher

FORMAT = 2  # bump when the Matcher's internal tables change shape
_BUILDERS = ("matcher.py", "text.py", "polarity.py", "claims.py")


def cache_dir() -> Path | None:
    """Where cached matchers live, or None when caching is off."""
    setting = os.environ.get("CCSVI_CHECK_CACHE", "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ccsvi-check"


def _key(paths: list[Path], include_default: bool) -> str | None:
    from . import __version__

    h = _hash(f"{FORMAT}|{__version__}|{sys.version}|{include_default}".encode())
    # the code that builds the tables is part of the key: an edited matcher never
    # loads a pickle made by another version of itself
    here = Path(__file__).parent
    files = [here / m for m in _BUILDERS]
    files += ([default_claims_path()] if include_default else []) + paths
    for p in files:
        try:
            h.update(str(p).encode() + b"\0" + p.read_bytes() + b"\0")
        except OSError:
            return None  # let the real loader report it
    return h.hexdigest()[:32]


def load_matcher(paths: list[str | Path] | tuple[str | Path, ...] = (),
                 include_default: bool = True) -> Matcher:
    """The Matcher for the shipped base plus ``paths``, from the cache when possible."""
    folder = cache_dir()
    key = _key([Path(p) for p in paths], include_default) if folder else None
    target = folder / f"matcher-{key}.pickle" if folder and key else None
    if target is not None:
        try:
            with open(target, "rb") as f:
                matcher = _pickle_load(f)
            if isinstance(matcher, Matcher):
                return matcher
        except FileNotFoundError:
            pass
        except Exception:  # a stale or corrupt cache file is never fatal
            pass
    matcher = Matcher(load_claims(paths, include_default))
    if target is not None:
        _store(target, matcher)
    return matcher


def _store(target: Path, matcher: Matcher) -> None:
    import pickle
    import tempfile

    tmp: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".matcher-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(matcher, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)  # atomic: concurrent runs never see half a file
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
