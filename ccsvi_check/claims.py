"""The claim base: data model, YAML loading with line numbers, and validation.

Loading walks YAML *nodes* rather than constructed Python objects, so that every
problem can be reported as ``PATH:LINE: message`` and so that an unquoted
``verdict: false`` (which YAML would turn into a boolean) is read from its source text,
as the verdict "false", and never misread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .details import KINDS as DETAIL_KINDS
from .details import Detail

VERDICTS = ("true", "false", "misleading", "unproven")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SCHEMA_VERSION = 1


class ClaimsError(Exception):
    """A problem the user can fix in a claim file; ``str()`` is one line, with place."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.location_prefix() + message)

    def location_prefix(self) -> str:
        if self.path is None:
            return ""
        if self.line is None:
            return f"{self.path}: "
        return f"{self.path}:{self.line}: "


class ClaimsProblems(ClaimsError):
    """Several problems in one claim base; ``problems`` lists every one."""

    def __init__(self, problems: list[ClaimsError]):
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(first.message + more, first.path, first.line)


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str
    year: int | None  # None: the work carries no date ("n.d." in the claim file)
    url: str | None = None
    doi: str | None = None

    @property
    def year_text(self) -> str:
        """The year as cited: "2014", or "n.d." for an undated work."""
        return "n.d." if self.year is None else str(self.year)

    @property
    def link(self) -> str:
        """A URL to cite: the url, or the DOI resolver address."""
        if self.url:
            return self.url
        return f"https://doi.org/{self.doi}"

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "publisher": self.publisher, "year": self.year,
                "url": self.link}


@dataclass(frozen=True)
class Claim:
    id: str
    claim: str
    verdict: str
    explanation: str
    variants: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    path: str = ""
    line: int = 0
    # checkable details (years, counts, places, terms): see ccsvi_check/details.py
    details: tuple[Detail, ...] = ()
    # the verdict on a statement that denies the claim, when the claim says so ("feeling
    # better does not prove it works" is true); None: the usual flip (see verdict_for)
    denied: str | None = None

    @property
    def wordings(self) -> tuple[str, ...]:
        """The canonical wording first, then the variants."""
        return (self.claim, *self.variants)


@dataclass
class ClaimBase:
    """Claims in file order, plus the alias groups and topic terms of the matcher."""

    claims: list[Claim] = field(default_factory=list)
    aliases: list[tuple[str, ...]] = field(default_factory=list)
    topic: list[str] = field(default_factory=list)
    # terms that speak of the procedure by its harms ("clots and vein rupture"): a statement
    # that names no topic term but holds one is read as speaking of the procedure
    procedure_harms: list[str] = field(default_factory=list)
    # when the base was last reviewed as a whole (YYYY-MM-DD, the file's ``reviewed``)
    reviewed: str | None = None

    def by_id(self, claim_id: str) -> Claim | None:
        for c in self.claims:
            if c.id == claim_id:
                return c
        return None

    def merged(self, other: ClaimBase) -> ClaimBase:
        """``other`` layered on this base: new ids are added, equal ids replaced."""
        index = {c.id: i for i, c in enumerate(self.claims)}
        claims = list(self.claims)
        for c in other.claims:
            if c.id in index:
                claims[index[c.id]] = c
            else:
                index[c.id] = len(claims)
                claims.append(c)
        # the newest review date (ISO dates order as text); a layer's if only it has one
        dates = [d for d in (self.reviewed, other.reviewed) if d]
        return ClaimBase(claims, self.aliases + other.aliases,
                         list(dict.fromkeys(self.topic + other.topic)),
                         list(dict.fromkeys(self.procedure_harms + other.procedure_harms)),
                         max(dates) if dates else None)


# --------------------------------------------------------------------------- loading

def _yaml():
    import yaml  # imported here: start-up time matters for a command scripts call often

    return yaml


def _scalar_text(node: Any) -> str | None:
    """The source text of a scalar node (``false`` stays the string 'false')."""
    yaml = _yaml()
    if isinstance(node, yaml.ScalarNode):
        return node.value
    return None


def _line(node: Any) -> int:
    return node.start_mark.line + 1


class _Reader:
    """Turns a composed YAML node tree into a ClaimBase, collecting every problem."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[ClaimsError] = []

    def problem(self, message: str, node: Any) -> None:
        self.problems.append(ClaimsError(message, self.path, _line(node) if node else None))

    def mapping(self, node: Any, what: str) -> dict[str, Any] | None:
        yaml = _yaml()
        if not isinstance(node, yaml.MappingNode):
            self.problem(f"{what} must be a mapping", node)
            return None
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar_text(key_node)
            if key is None:
                self.problem(f"{what}: keys must be plain words", key_node)
                continue
            if key in out:
                self.problem(f"{what}: duplicate key '{key}'", key_node)
            out[key] = value_node
        return out

    def text(self, node: Any, what: str, required: bool = True) -> str | None:
        yaml = _yaml()
        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            if required:
                self.problem(f"{what} must be text", node)
            return None
        value = node.value.strip()
        if not value and required:
            self.problem(f"{what} is empty", node)
            return None
        return value

    def text_list(self, node: Any, what: str) -> list[tuple[str, Any]]:
        yaml = _yaml()
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(f"{what} must be a list", node)
            return []
        out = []
        for item in node.value:
            value = self.text(item, f"{what} item")
            if value:
                out.append((value, item))
        return out

    def source(self, node: Any, where: str) -> Source | None:
        m = self.mapping(node, f"{where} source")
        if m is None:
            return None
        for key in m:
            if key not in ("title", "publisher", "year", "url", "doi"):
                self.problem(f"{where} source: unknown field '{key}'", m[key])
        title = self.text(m.get("title"), f"{where} source title") if "title" in m else None
        publisher = (self.text(m.get("publisher"), f"{where} source publisher")
                     if "publisher" in m else None)
        url = self.text(m.get("url"), f"{where} source url", required=False)
        doi = self.text(m.get("doi"), f"{where} source doi", required=False)
        ok = True
        for name, value in (("title", title), ("publisher", publisher)):
            if name not in m:
                self.problem(f"{where} source: missing '{name}'", node)
                ok = False
            elif not value:
                ok = False
        year_node = m.get("year")
        year: int | None = None
        dated = False  # a year was given: four digits, or "n.d." for an undated work
        if year_node is None:
            self.problem(f"{where} source: missing 'year'", node)
        else:
            raw = _scalar_text(year_node)
            if raw is not None and raw.strip() == "n.d.":
                dated = True
            elif raw is None or not raw.strip().isdigit() or not 1800 <= int(raw) <= 2100:
                self.problem(f"{where} source: year must be a four-digit year or n.d.",
                             year_node)
            else:
                year = int(raw)
                dated = True
        if not url and not doi:
            self.problem(f"{where} source: needs a 'url' or a 'doi'", node)
            ok = False
        if url and not re.match(r"^https?://\S+$", url):
            self.problem(f"{where} source: url must start with http:// or https://",
                         m["url"])
            ok = False
        if doi and not re.match(r"^10\.\d{4,9}/\S+$", doi):
            self.problem(f"{where} source: doi must look like 10.NNNN/suffix (no resolver)",
                         m["doi"])
            ok = False
        if not ok or not dated:
            return None
        return Source(title or "", publisher or "", year, url, doi)

    def claim(self, node: Any, seen: dict[str, int]) -> Claim | None:
        m = self.mapping(node, "claim")
        if m is None:
            return None
        for key in m:
            if key not in ("id", "claim", "verdict", "explanation", "variants", "sources",
                           "details", "denied"):
                self.problem(f"claim: unknown field '{key}'", m[key])
        ok = True
        cid = self.text(m.get("id"), "claim id")
        where = f"claim '{cid}'" if cid else "claim"
        for name in ("id", "claim", "verdict", "explanation", "sources"):
            if name not in m:
                self.problem(f"{where}: missing '{name}'", node)
                ok = False
        if cid:
            if not ID_RE.match(cid):
                self.problem(f"{where}: id must be kebab-case (a-z, 0-9, '-')", m["id"])
                ok = False
            if cid in seen:
                self.problem(f"{where}: duplicate id (first at line {seen[cid]})", m["id"])
                ok = False
            else:
                seen[cid] = _line(m["id"])
        text = self.text(m.get("claim"), f"{where}: claim")
        verdict = None
        if "verdict" in m:
            raw = _scalar_text(m["verdict"])
            verdict = raw.strip().lower() if raw is not None else None
            if verdict not in VERDICTS:
                self.problem(
                    f"{where}: verdict must be one of {', '.join(VERDICTS)} (got {raw!r})",
                    m["verdict"])
                ok = False
        explanation = self.text(m.get("explanation"), f"{where}: explanation")
        variants = [v for v, _ in self.text_list(m.get("variants"), f"{where}: variants")]
        sources = []
        src_node = m.get("sources")
        yaml = _yaml()
        if src_node is not None:
            if not isinstance(src_node, yaml.SequenceNode) or not src_node.value:
                self.problem(f"{where}: sources must be a non-empty list", src_node)
                ok = False
            else:
                for item in src_node.value:
                    s = self.source(item, where)
                    if s is None:
                        ok = False
                    else:
                        sources.append(s)
        details = self.details(m.get("details"), where)
        denied = None
        if "denied" in m:
            raw = _scalar_text(m["denied"])
            denied = raw.strip().lower() if raw is not None else None
            if denied not in ("true", "false", "unknown"):
                self.problem(f"{where}: denied must be one of true, false, unknown "
                             f"(got {raw!r})", m["denied"])
                ok = False
        if not (ok and cid and text and verdict and explanation) or details is None:
            return None
        return Claim(cid, text, verdict, explanation, tuple(variants), tuple(sources),
                     self.path, _line(node), details, denied)

    def details(self, node: Any, where: str) -> tuple[Detail, ...] | None:
        """A claim's ``details``: a list of {kind, values, wrong}; None if malformed."""
        yaml = _yaml()
        if node is None:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(f"{where}: details must be a list", node)
            return None
        out = []
        for item in node.value:
            m = self.mapping(item, f"{where} detail")
            if m is None:
                return None
            for key in m:
                if key not in ("kind", "values", "wrong"):
                    self.problem(f"{where} detail: unknown field '{key}'", m[key])
                    return None
            kind = self.text(m.get("kind"), f"{where} detail kind")
            if kind not in DETAIL_KINDS:
                self.problem(f"{where} detail: kind must be one of "
                             f"{', '.join(DETAIL_KINDS)} (got {kind!r})", m.get("kind") or item)
                return None
            values = [v for v, _ in self.text_list(m.get("values"), f"{where} detail values")]
            wrong = [v for v, _ in self.text_list(m.get("wrong"), f"{where} detail wrong")]
            if not values:
                self.problem(f"{where} detail: needs 'values'", item)
                return None
            out.append(Detail(kind, tuple(values), tuple(wrong)))
        return tuple(out)

    def base(self, root: Any) -> ClaimBase:
        yaml = _yaml()
        top = self.mapping(root, "claim file") if root is not None else None
        if top is None:
            if root is None:
                self.problems.append(ClaimsError("claim file is empty", self.path, 1))
            return ClaimBase()
        for key in top:
            if key not in ("version", "reviewed", "aliases", "topic", "procedure_harms",
                           "claims"):
                self.problem(f"unknown top-level key '{key}'", top[key])
        version = _scalar_text(top.get("version")) if "version" in top else None
        if version is None:
            self.problem("missing 'version: 1'", root)
        elif version.strip() != str(SCHEMA_VERSION):
            self.problem(f"unsupported version {version!r} (this tool reads version 1)",
                         top["version"])
        reviewed = self.reviewed(top.get("reviewed"))
        aliases: list[tuple[str, ...]] = []
        alias_node = top.get("aliases")
        if alias_node is not None:
            if not isinstance(alias_node, yaml.SequenceNode):
                self.problem("aliases must be a list of lists of phrases", alias_node)
            else:
                for group in alias_node.value:
                    phrases = [p for p, _ in self.text_list(group, "alias group")]
                    if len(phrases) < 2:
                        self.problem("alias group needs at least two phrases", group)
                    else:
                        aliases.append(tuple(phrases))
        topic = [t for t, _ in self.text_list(top.get("topic"), "topic")]
        harms = [t for t, _ in self.text_list(top.get("procedure_harms"), "procedure_harms")]
        claims: list[Claim] = []
        claims_node = top.get("claims")
        if claims_node is None:
            self.problem("missing 'claims'", root)
        elif not isinstance(claims_node, yaml.SequenceNode):
            self.problem("claims must be a list", claims_node)
        else:
            seen: dict[str, int] = {}
            for item in claims_node.value:
                c = self.claim(item, seen)
                if c is not None:
                    claims.append(c)
        return ClaimBase(claims, aliases, topic, procedure_harms=harms, reviewed=reviewed)

    def reviewed(self, node: Any) -> str | None:
        """The optional top-level ``reviewed`` date: YYYY-MM-DD, a real date."""
        if node is None:
            return None
        raw = _scalar_text(node)
        value = raw.strip() if raw is not None else ""
        if _DATE_RE.match(value):
            from datetime import date

            try:
                date.fromisoformat(value)
                return value
            except ValueError:
                pass
        self.problem(f"reviewed must be a date, YYYY-MM-DD (got {raw!r})", node)
        return None


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_claims_report(text: str, path: str = "<claims>"
                        ) -> tuple[ClaimBase, list[ClaimsError]]:
    """Parse claim-file text without raising: the well-formed claims, and every problem.

    For tools that report all they can (``ccsvi-check validate``); loading for use goes
    through ``parse_claims``, which refuses a file with any problem.
    """
    yaml = _yaml()
    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader_cls)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return ClaimBase(), [ClaimsError(f"not valid YAML: {reason}", path, line)]
    reader = _Reader(path)
    base = reader.base(root)
    return base, reader.problems


def parse_claims(text: str, path: str = "<claims>") -> ClaimBase:
    """Parse claim-file text; raise ClaimsProblems listing every problem found."""
    base, problems = parse_claims_report(text, path)
    if problems:
        raise ClaimsProblems(problems)
    return base


def read_claims_text(path: str | Path) -> str:
    """The text of a claim file; a ClaimsError naming the file if it can't be read."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ClaimsError(f"cannot read claim file: {exc.strerror or exc}", str(p)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ClaimsError("claim file is not UTF-8 text", str(p), line) from None


def read_claims_file(path: str | Path) -> ClaimBase:
    """Load one claim file from disk, with errors naming the file."""
    return parse_claims(read_claims_text(path), str(Path(path)))


def default_claims_path() -> Path:
    """Where the shipped claim base is: inside the installed package, or, when running
    from a source checkout (an editable install), at the repository root."""
    here = Path(__file__).resolve().parent
    for path in (here / "claims.yaml", here.parent / "claims.yaml"):
        if path.is_file():  # the wheel puts it in the package directory
            return path
    # (a package imported from a zip file: importlib.resources, which costs a few ms of
    # start-up with the modules it imports, only here)
    from importlib import resources

    return Path(str(resources.files("ccsvi_check").joinpath("claims.yaml")))


def default_claims_text() -> str:
    """The text of the shipped claim base (a ClaimsError if it can't be read)."""
    return read_claims_text(default_claims_path())


def load_claims(paths: list[str | Path] | tuple[str | Path, ...] = (),
                include_default: bool = True) -> ClaimBase:
    """The shipped claim base, with each file in ``paths`` layered on it in order."""
    base = parse_claims(default_claims_text(), "claims.yaml") if include_default else ClaimBase()
    for p in paths:
        base = base.merged(read_claims_file(p))
    return base
