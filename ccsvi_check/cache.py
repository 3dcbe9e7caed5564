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
import stat
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

from .claims import default_claims_path, load_claims, parse_claims
from .matcher import Matcher
from .safe import TooLarge

FORMAT = 3  # bump when the Matcher's internal tables (or the ClaimBase) change shape
_BUILDERS = ("matcher.py", "text.py", "polarity.py", "claims.py")


MAX_CLAIM_FILE = 16 << 20  # bytes: a larger claim file (or /dev/zero) is refused


def cache_dir() -> Path | None:
    """Where cached matchers live, or None when caching is off.

    ``$XDG_CACHE_HOME`` is used only when it is an absolute path (the XDG rule), and the
    home directory only when it is one: an empty or relative ``HOME`` never puts a
    cache in the current directory.
    """
    setting = os.environ.get("CCSVI_CHECK_CACHE", "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    if setting:
        return Path(setting)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):
        return Path(xdg) / "ccsvi-check"
    home = os.environ.get("HOME")
    if home is None:  # unset: the password database's (expanduser asks it)
        home = os.path.expanduser("~")
    if not os.path.isabs(home):  # empty or relative: no cache rather than one in "."
        return None
    return Path(home) / ".cache" / "ccsvi-check"


def read_claim_bytes(path: str | Path) -> bytes:
    """The bytes of a claim file, read once (a pipe too) and at most MAX_CLAIM_FILE of
    them; a ClaimsError naming the file if it can't be read or is larger."""
    from .claims import ClaimsError
    from .safe import read_bounded

    try:
        return read_bounded(path, MAX_CLAIM_FILE, "claim file")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if not isinstance(exc, TooLarge):
            reason = f"cannot read claim file: {reason}"
        raise ClaimsError(reason, str(Path(path))) from None


def claim_text(data: bytes, path: str | Path) -> str:
    """A claim file's bytes as text, refused (ClaimsError) if not UTF-8, if it holds a
    YAML tag, or if its aliases would expand it far beyond its size (``safe.yaml_problem``)."""
    from .claims import ClaimsError
    from .safe import yaml_problem

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ClaimsError("claim file is not UTF-8 text", str(Path(path)), line) from None
    bomb = yaml_problem(text)
    if bomb is not None:
        raise ClaimsError(bomb[0], str(Path(path)), bomb[1])
    return text


def read_claim_text(path: str | Path) -> str:
    """The text of an untrusted claim file: read once, bounded, alias expansion checked."""
    return claim_text(read_claim_bytes(path), path)


def _key(contents: list[tuple[Path, bytes]], include_default: bool) -> str | None:
    from . import __version__

    h = _hash(f"{FORMAT}|{__version__}|{sys.version}|{include_default}".encode())
    # the code that builds the tables is part of the key: an edited matcher never
    # loads a pickle made by another version of itself
    here = Path(__file__).parent
    files = [here / m for m in _BUILDERS]
    files += [default_claims_path()] if include_default else []
    try:
        parts = [(p, p.read_bytes()) for p in files]
    except OSError:
        return None  # let the real loader report it
    for p, data in parts + contents:
        h.update(str(p).encode() + b"\0" + data + b"\0")
    return h.hexdigest()[:32]


def _private_dir(folder: Path) -> bool:
    """``folder`` is a directory of this user that no one else may write to: only then
    is a pickle in it loaded (unpickling runs code) or written."""
    if not hasattr(os, "getuid"):  # pragma: no cover - not POSIX
        return True
    try:
        st = os.stat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o022


def _load(target: Path) -> Matcher | None:
    """The pickled Matcher at ``target`` if it is this user's own regular file, written
    by no one else; else None."""
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        if hasattr(os, "getuid"):
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_uid != os.getuid() \
                    or st.st_mode & 0o022:
                return None
        try:
            matcher = _pickle_load(f)
        except Exception:  # a stale or corrupt cache file is never fatal
            return None
    return matcher if isinstance(matcher, Matcher) else None


def load_matcher(paths: list[str | Path] | tuple[str | Path, ...] = (),
                 include_default: bool = True) -> Matcher:
    """The Matcher for the shipped base plus ``paths``, from the cache when possible.

    Claim files in ``paths`` are untrusted: each is read once, at most MAX_CLAIM_FILE
    bytes, and refused if its aliases would expand it (``claim_text``).
    """
    contents = [(Path(p), read_claim_bytes(p)) for p in paths]
    folder = cache_dir()
    if folder is not None and folder.exists() and not _private_dir(folder):
        folder = None  # someone else could plant a pickle there: no cache
    key = _key(contents, include_default) if folder else None
    target = folder / f"matcher-{key}.pickle" if folder and key else None
    if target is not None:
        matcher = _load(target)
        if matcher is not None:
            return matcher
    base = load_claims((), include_default)
    for p, data in contents:
        base = base.merged(parse_claims(claim_text(data, p), str(p)))
    matcher = Matcher(base)
    if target is not None:
        _store(target, matcher)
    return matcher


def _store(target: Path, matcher: Matcher) -> None:
    """Write atomically (a temporary file, then rename): eight processes building the
    cache at once each write whole files, and a reader never sees half of one.  A
    read-only or full cache directory is ignored."""
    import pickle
    import tempfile

    tmp: str | None = None
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private_dir(target.parent):
            return
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".matcher-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(matcher, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)  # atomic: concurrent runs never see half a file
        tmp = None
    except (OSError, pickle.PicklingError, RecursionError):
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
