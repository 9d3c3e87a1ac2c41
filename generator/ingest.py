"""Stage 1, ingest: read seeds/, validate every file, report every problem with its place.

A file that cannot be read as a record is reported and skipped; the rest still loads.
References between records are checked last, once every id is known, and references to
files that were skipped are dropped from the archive so later stages never meet them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from generator import references
from generator.fields import ID_PATTERN, Fields
from generator.parsers import (
    parse_article,
    parse_countries,
    parse_event,
    parse_organization,
    parse_person,
    parse_place,
    parse_topic,
)
from generator.records import Archive, Loaded, Problem
from generator.yamlfile import Document, YamlError, parse

T = TypeVar("T")
RECORD_SUFFIXES = (".yml", ".yaml")


def load(seeds: Path, root: Path) -> Loaded:
    """Read and validate everything under `seeds`; paths in problems are relative to `root`."""
    problems: list[Problem] = []
    reader = _Reader(root, problems)
    countries = reader.countries(seeds / "countries.yml")
    articles = reader.articles(seeds / "articles")
    people = reader.records(seeds / "people", parse_person)
    places = reader.records(seeds / "places", parse_place)
    organizations = reader.records(seeds / "organizations", parse_organization)
    topics = reader.records(seeds / "topics", parse_topic)
    events = reader.records(seeds / "events", parse_event, nested=True)
    archive = Archive(
        articles=_sorted(articles),
        people=_sorted(people),
        places=_sorted(places),
        organizations=_sorted(organizations),
        topics=_sorted(topics),
        countries=tuple(sorted(countries, key=lambda country: country.code)),
        events=_sorted(events),
    )
    problems.extend(references.check(archive, reader.skipped, reader.documents))
    archive = references.prune(archive)
    return Loaded(archive, tuple(sorted(problems, key=_problem_order)))


def summary(archive: Archive) -> str:
    """One line counting what was loaded, as `check` and `build` print it."""
    counts = [
        (len(archive.articles), "article", "articles"),
        (len(archive.events), "event", "events"),
        (len(archive.people), "person", "people"),
        (len(archive.places), "place", "places"),
        (len(archive.organizations), "organization", "organizations"),
        (len(archive.topics), "topic", "topics"),
        (len(archive.countries), "country", "countries"),
    ]
    parts = [f"{n} {one if n == 1 else many}" for n, one, many in counts]
    return "Loaded " + ", ".join(parts) + "."


def _sorted(records: list[T]) -> tuple[T, ...]:
    return tuple(sorted(records, key=lambda record: record.id))


def _problem_order(problem: Problem) -> tuple[str, int, str]:
    return (problem.path, problem.line, problem.message)


class _Reader:
    """Walks seeds/ in sorted order and turns files into records, collecting problems."""

    def __init__(self, root: Path, problems: list[Problem]) -> None:
        self.root = root
        self.problems = problems
        # Ids of files that exist but could not be loaded: references to them are not
        # reported again, since the file's own problem already says what to fix.
        self.skipped: set[tuple[str, str]] = set()
        self.documents: dict[str, Document] = {}

    def relative(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def countries(self, path: Path) -> list:
        if not path.is_file():
            self.problems.append(Problem(self.relative(path), 1, (), _NO_COUNTRIES))
            return []
        fields = self._parse(path, path.read_text(encoding="utf-8"))
        return parse_countries(fields) if fields else []

    def articles(self, folder: Path) -> list:
        found = []
        for path in _walk(folder, nested=True):
            if path.suffix != ".md":
                self._stray(path, "an article must be a .md file")
                continue
            record = self._article(path)
            if record is not None:
                found.append(record)
        return _unique(found, self.problems, "article")

    def _article(self, path: Path):
        relative = self.relative(path)
        text = path.read_text(encoding="utf-8")
        if not self._valid_id(path):
            return None
        head, body, first_line = _split_front_matter(text)
        if head is None:
            self.problems.append(Problem(relative, 1, (), _NO_FRONT_MATTER))
            self.skipped.add(("article", path.stem))
            return None
        fields = self._parse(path, head, first_line)
        record = parse_article(fields, path.stem, body) if fields else None
        if record is None:
            self.skipped.add(("article", path.stem))
        return record

    def records(self, folder: Path, parser: Callable[[Fields, str], Any], nested: bool = False):
        kind = _SINGULAR[folder.name]
        found = []
        for path in _walk(folder, nested):
            if path.suffix not in RECORD_SUFFIXES:
                self._stray(path, "a record must be a .yml file")
                continue
            if not self._valid_id(path):
                continue
            fields = self._parse(path, path.read_text(encoding="utf-8"))
            record = parser(fields, path.stem) if fields else None
            if record is None:
                self.skipped.add((kind, path.stem))
            else:
                found.append(record)
        return _unique(found, self.problems, kind)

    def _parse(self, path: Path, text: str, first_line: int = 1) -> Fields | None:
        relative = self.relative(path)
        try:
            document = parse(text, first_line)
        except YamlError as error:
            message = f"is not valid YAML: {error.message}; fix the syntax"
            self.problems.append(Problem(relative, error.line, (), message))
            return None
        self.documents[relative] = document
        fields = Fields(relative, document, self.problems)
        _report_duplicate_keys(fields, document)
        return fields

    def _valid_id(self, path: Path) -> bool:
        if ID_PATTERN.match(path.stem):
            return True
        hint = "rename the file to lowercase words joined by hyphens, like 'sergey-lavrov.yml'"
        message = f"file name '{path.stem}' is not a valid id; {hint}"
        self.problems.append(Problem(self.relative(path), 1, (), message))
        return False

    def _stray(self, path: Path, hint: str) -> None:
        message = f"not a record file; {hint}, or move it out of seeds/"
        self.problems.append(Problem(self.relative(path), 1, (), message))


_SINGULAR = {
    "people": "person",
    "places": "place",
    "organizations": "organization",
    "topics": "topic",
    "events": "event",
}
_NO_COUNTRIES = "missing; seeds/countries.yml must list the countries by ISO 3166-1 alpha-2 code"
_NO_FRONT_MATTER = (
    "no front matter; start the file with a '---' line, then title, date and source, then '---'"
)


def _walk(folder: Path, nested: bool) -> Iterator[Path]:
    """Files of `folder` in sorted order (one level of year folders when nested)."""
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_dir() and nested:
            yield from (child for child in sorted(path.iterdir()) if child.is_file())
        elif path.is_file():
            yield path


def _split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter, body, line of the first front matter line) of an article."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text, 1
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            head = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return head, body, 2
    return None, text, 1


def _report_duplicate_keys(fields: Fields, document: Document) -> None:
    for location, _line in document.duplicate_keys:
        fields.report(location, "is given twice; keep one of them")


def _unique(records: list[T], problems: list[Problem], kind: str) -> list[T]:
    """Drop records whose id was already taken, reporting where the first one lives."""
    first_seen: dict[str, Any] = {}
    kept = []
    for record in records:
        earlier = first_seen.get(record.id)
        if earlier is None:
            first_seen[record.id] = record
            kept.append(record)
            continue
        where = f"{earlier.origin.path}:{earlier.origin.line}"
        message = f"duplicate {kind} id '{record.id}', also used by {where}; rename one of them"
        problems.append(Problem(record.origin.path, record.origin.line, ("id",), message))
    return kept
