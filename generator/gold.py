"""Gold annotations: what a careful reader finds in a set of articles (docs/evaluation.md).

A gold file names people, places and topics by name, not by record id, so it stays valid
whatever ids the seeds use. `load_gold` reads one file and the articles it lists, and
reports every problem of the file at once, each with its line and field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.fields import COUNTRY_PATTERN, ID_PATTERN, Fields
from generator.parsers import parse_article
from generator.records import (
    DATE_PRECISIONS,
    EVENT_STATUSES,
    EVENT_TYPES,
    Article,
    DateSpan,
    Problem,
)
from generator.yamlfile import Path_, YamlError, parse

GOLD_FIELDS = ("articles", "events", "people", "quotes")
EVENT_FIELDS = ("key", "type", "status", "date", "place", "participants", "topics", "sources")
QUOTE_FIELDS = ("article", "speaker", "text")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, slots=True)
class GoldName:
    """A person or place with every spelling accepted, or a government acting as a whole."""

    spellings: tuple[str, ...] = ()
    country: str | None = None

    def __str__(self) -> str:
        return self.country or self.spellings[0]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    key: str
    type: str
    status: str
    dates: tuple[DateSpan | None, ...]  # every accepted date; None: the text gives none
    places: tuple[GoldName | None, ...]  # every accepted place; None: no place
    participants: tuple[GoldName, ...]
    sources: tuple[str, ...]
    topics: tuple[str, ...] | None = None  # None: topics not annotated, not scored


@dataclass(frozen=True, slots=True)
class GoldQuote:
    article: str
    speaker: GoldName
    text: str


@dataclass(frozen=True, slots=True)
class GoldPeople:
    article: str
    names: tuple[GoldName, ...]


@dataclass(frozen=True, slots=True)
class Gold:
    path: str
    articles: tuple[Article, ...]
    events: tuple[GoldEvent, ...] = ()
    people: tuple[GoldPeople, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()

    def no_event_articles(self) -> tuple[str, ...]:
        """Articles that report no event at all: nothing should be proposed from them."""
        reported = {source for event in self.events for source in event.sources}
        return tuple(article.id for article in self.articles if article.id not in reported)


class GoldError(Exception):
    """The gold file or an article it lists cannot be used; every problem found."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def load_gold(path: Path) -> Gold:
    """Read and validate a gold file and its articles; raise GoldError listing every problem."""
    problems: list[Problem] = []
    fields = _parse(path, path.read_text(encoding="utf-8"), problems)
    data = fields.mapping(fields.document.data, ()) if fields else None
    if fields is None or data is None:
        raise GoldError(tuple(problems))
    fields.known(data, (), GOLD_FIELDS)
    reader = _GoldReader(fields, path.parent)
    gold = Gold(
        path=path.as_posix(),
        articles=reader.articles(data),
        events=reader.events(data),
        people=reader.people(data),
        quotes=reader.quotes(data),
    )
    if problems:
        order = sorted(problems, key=lambda p: (p.path != fields.path, p.path, p.line))
        raise GoldError(tuple(order))
    return gold


def _parse(path: Path, text: str, problems: list[Problem], first_line: int = 1) -> Fields | None:
    try:
        document = parse(text, first_line)
    except YamlError as error:
        message = f"is not valid YAML: {error.message}; fix the syntax"
        problems.append(Problem(path.as_posix(), error.line, (), message))
        return None
    return Fields(path.as_posix(), document, problems)


class _GoldReader:
    """Reads the four sections of one gold file, reporting problems into its Fields."""

    def __init__(self, fields: Fields, folder: Path) -> None:
        self.fields = fields
        self.folder = folder
        self.article_ids: set[str] = set()

    def report(self, location: Path_, message: str) -> None:
        self.fields.report(location, message)

    def items(self, data: Mapping[str, Any], key: str) -> list[tuple[Path_, Any]]:
        return [((key, index), item) for index, item in enumerate(self.fields.items(data, (), key))]

    def articles(self, data: Mapping[str, Any]) -> tuple[Article, ...]:
        if self.fields.missing(data, (), "articles", "list the article files, one per line"):
            return ()
        found: list[Article] = []
        for location, item in self.items(data, "articles"):
            article = self.article(location, item)
            if article is None:
                continue
            if article.id in self.article_ids:
                self.report(location, f"article '{article.id}' is listed twice; keep one")
                continue
            self.article_ids.add(article.id)
            found.append(article)
        return tuple(found)

    def article(self, location: Path_, item: Any) -> Article | None:
        if not isinstance(item, str):
            self.report(location, "expected the path of an article file, relative to this file")
            return None
        path = self.folder / item
        if not path.is_file():
            self.report(location, f"no article file '{item}' (looked for {path.as_posix()})")
            return None
        return _read_article(path, self.fields.problems)

    def events(self, data: Mapping[str, Any]) -> tuple[GoldEvent, ...]:
        keys: set[str] = set()
        found = []
        for location, item in self.items(data, "events"):
            event = self.event(location, item)
            if event is None:
                continue
            if event.key in keys:
                self.report((*location, "key"), f"key '{event.key}' is used twice; rename one")
                continue
            keys.add(event.key)
            found.append(event)
        return tuple(found)

    def event(self, location: Path_, item: Any) -> GoldEvent | None:
        data = self.fields.mapping(item, location)
        if data is None:
            return None
        self.fields.known(data, location, EVENT_FIELDS)
        complete = self.complete(data, location)
        type_ = self.fields.choice(data, location, "type", EVENT_TYPES)
        status = self.fields.choice(data, location, "status", EVENT_STATUSES)
        event = GoldEvent(
            key=self.fields.text(data, location, "key") or "",
            type=type_ or "",
            status=status or "",
            dates=self.alternatives(data, location, "date", self.date),
            places=self.alternatives(data, location, "place", self.place),
            participants=self.names(data, location, "participants", countries=True),
            sources=self.sources(data, location),
            topics=self.fields.texts(data, location, "topics") if "topics" in data else None,
        )
        return event if complete and type_ and status else None

    def complete(self, data: Mapping[str, Any], location: Path_) -> bool:
        """Report each required field that is missing; True when none is."""
        missing = [
            self.fields.missing(data, location, "key", "add a unique label, like 'lavrov-pompeo'"),
            self.fields.missing(data, location, "type", f"use one of: {', '.join(EVENT_TYPES)}"),
            self.fields.missing(data, location, "status", "use occurred, planned, proposed, …"),
            self.fields.missing(data, location, "participants", "name the people or countries"),
            self.fields.missing(data, location, "sources", "list the ids of its articles"),
        ]
        if data.get("participants") == []:
            self.report((*location, "participants"), "empty; name at least one person or country")
            missing.append(True)
        for key in ("date", "place"):
            if key not in data:
                self.report((*location, key), f"missing field '{key}'; write null if none")
                missing.append(True)
        return not any(missing)

    def alternatives(self, data: Mapping[str, Any], location: Path_, key: str, read) -> tuple:
        """One value, or a list of values the annotator accepts equally."""
        value = data.get(key)
        if value == []:
            self.report((*location, key), "empty list; give at least one accepted value, or null")
        if isinstance(value, list):
            return tuple(read(item, (*location, key, index)) for index, item in enumerate(value))
        return (read(value, (*location, key)),)

    def date(self, value: Any, location: Path_) -> DateSpan | None:
        if value is None:
            return None
        span = _date_value(value)
        if span is None:
            self.report(location, f"'{value}' is not a date; {_DATE_HINT}")
        return span

    def place(self, value: Any, location: Path_) -> GoldName | None:
        if value is None:
            return None
        return self.name(value, location, countries=False)

    def names(
        self, data: Mapping[str, Any], location: Path_, key: str, countries: bool
    ) -> tuple[GoldName, ...]:
        found = []
        for index, item in enumerate(self.fields.items(data, location, key)):
            name = self.name(item, (*location, key, index), countries)
            if name is not None:
                found.append(name)
        return tuple(found)

    def name(self, value: Any, location: Path_, countries: bool) -> GoldName | None:
        if isinstance(value, dict) and countries and set(value) == {"country"}:
            code = str(value["country"])
            if COUNTRY_PATTERN.match(code):
                return GoldName(country=code)
            self.report(location, f"'{code}' is not a country code; use ISO codes like 'RU'")
            return None
        if isinstance(value, str) and value.strip():
            spellings = tuple(part.strip() for part in value.split("|") if part.strip())
            return GoldName(spellings=spellings)
        hint = "a name (alternatives joined by '|')"
        expected = f"{hint} or {{country: XX}}" if countries else hint
        self.report(location, f"expected {expected}")
        return None

    def sources(self, data: Mapping[str, Any], location: Path_) -> tuple[str, ...]:
        found = []
        for index, article in enumerate(self.fields.texts(data, location, "sources")):
            if self.known_article(article, (*location, "sources", index)):
                found.append(article)
        return tuple(found)

    def known_article(self, article: str, location: Path_) -> bool:
        if article in self.article_ids:
            return True
        self.report(location, f"no article '{article}' in 'articles'; use the file's name")
        return False

    def people(self, data: Mapping[str, Any]) -> tuple[GoldPeople, ...]:
        section = data.get("people")
        if section is None:
            return ()
        table = self.fields.mapping(section, ("people",))
        if table is None:
            return ()
        found = []
        for article in table:
            if self.known_article(str(article), ("people", article)):
                names = self.names(table, ("people",), article, countries=False)
                found.append(GoldPeople(str(article), names))
        return tuple(sorted(found, key=lambda people: people.article))

    def quotes(self, data: Mapping[str, Any]) -> tuple[GoldQuote, ...]:
        found = []
        for location, item in self.items(data, "quotes"):
            quote = self.quote(location, item)
            if quote is not None:
                found.append(quote)
        return tuple(found)

    def quote(self, location: Path_, item: Any) -> GoldQuote | None:
        data = self.fields.mapping(item, location)
        if data is None:
            return None
        self.fields.known(data, location, QUOTE_FIELDS)
        missing = [
            self.fields.missing(data, location, "article", "add the id of the article"),
            self.fields.missing(data, location, "speaker", "add the speaker's name"),
            self.fields.missing(data, location, "text", "add the quoted words"),
        ]
        if any(missing):
            return None
        article = self.fields.text(data, location, "article") or ""
        speaker = self.name(data["speaker"], (*location, "speaker"), countries=False)
        if not self.known_article(article, (*location, "article")) or speaker is None:
            return None
        return GoldQuote(article, speaker, self.fields.text(data, location, "text") or "")


_DATE_HINT = "write YYYY-MM-DD, YYYY-MM, YYYY, {start, end, precision} or null"


def _date_value(value: Any) -> DateSpan | None:
    """A day, a month (YYYY-MM), a year, or a {start, end, precision} mapping."""
    if isinstance(value, dict):
        return _date_mapping(value)
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    month = _MONTH.match(text)
    if month:
        return _month_span(int(month.group(1)), int(month.group(2)))
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return DateSpan(day, day, "day")


def _month_span(year: int, month: int) -> DateSpan | None:
    if not 1 <= month <= 12:
        return None
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return DateSpan(dt.date(year, month, 1), following - dt.timedelta(days=1), "month")


def _date_mapping(value: Mapping[str, Any]) -> DateSpan | None:
    if not set(value) <= {"start", "end", "precision"} or "start" not in value:
        return None
    try:
        start = dt.date.fromisoformat(str(value["start"]))
        end = dt.date.fromisoformat(str(value.get("end", value["start"])))
    except ValueError:
        return None
    precision = str(value.get("precision", "day"))
    if end < start or precision not in DATE_PRECISIONS:
        return None
    return DateSpan(start, end, precision)


def _read_article(path: Path, problems: list[Problem]) -> Article | None:
    """An article file with front matter, as ingest reads the ones in seeds/articles/."""
    if not ID_PATTERN.match(path.stem):
        hint = "rename it to lowercase words joined by hyphens"
        problems.append(Problem(path.as_posix(), 1, (), f"'{path.stem}' is not a valid id; {hint}"))
        return None
    lines = path.read_text(encoding="utf-8").split("\n")
    closing = [index for index, line in enumerate(lines) if line.strip() == "---"]
    if not closing or closing[0] != 0 or len(closing) < 2:
        message = "no front matter; start the file with '---', then title, date and source, '---'"
        problems.append(Problem(path.as_posix(), 1, (), message))
        return None
    head, body = "\n".join(lines[1 : closing[1]]), "\n".join(lines[closing[1] + 1 :])
    fields = _parse(path, head, problems, first_line=2)
    return parse_article(fields, path.stem, body) if fields else None
