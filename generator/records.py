"""Frozen records passed between pipeline stages.

Every stage takes and returns these; none of them holds a spaCy object, so only
`generator.extract` needs spaCy. Collections are tuples so records stay hashable
and immutable. Field meanings are documented in docs/reference/records.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

EVENT_TYPES = (
    "phone_call",
    "meeting",
    "talks",
    "visit",
    "summit",
    "press_conference",
    "statement",
    "agreement_signing",
    "other",
)
EVENT_STATUSES = ("occurred", "planned", "proposed", "cancelled", "denied")
DATE_PRECISIONS = ("day", "month", "season", "year")
ROLE_KINDS = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "spokesperson",
    "minister",
    "diplomat",
    "official",
    "other",
)
PLACE_KINDS = ("city", "region", "venue", "other")
ORGANIZATION_KINDS = ("international", "government", "media", "other")


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a record was read from: a path relative to the project and a 1-based line."""

    path: str
    line: int = 1


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input, located precisely enough to fix it."""

    path: str
    line: int
    location: tuple[str | int, ...]
    message: str

    def __str__(self) -> str:
        where = " -> ".join(str(part) for part in self.location)
        prefix = f"{self.path}:{self.line}:"
        return f"{prefix} [{where}] {self.message}" if where else f"{prefix} {self.message}"


@dataclass(frozen=True, slots=True)
class DateSpan:
    """When something happened, as precisely as the text says it."""

    start: dt.date
    end: dt.date
    precision: str = "day"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    published: dt.date
    source: str
    text: str
    url: str | None = None
    language: str = "en"
    origin: SourceRef = field(default=SourceRef(""), compare=False)

    @property
    def year(self) -> int:
        return self.published.year


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    kind: str | None = None
    country: str | None = None
    organization: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def held_on(self, day: dt.date) -> bool:
        after_start = self.start is None or self.start <= day
        before_end = self.end is None or day <= self.end
        return after_start and before_end


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    roles: tuple[Role, ...] = ()
    description: str | None = None
    reviewed: bool = False
    origin: SourceRef = field(default=SourceRef(""), compare=False)

    def role_on(self, day: dt.date | None) -> Role | None:
        """The main role held that day (or today, when the day is unknown).

        Someone holding two offices at once is shown by the higher one: a prime
        minister who is also foreign minister appears as prime minister.
        """
        held = [role for role in self.roles if day is None or role.held_on(day)]
        if day is None:
            held = [role for role in held if role.end is None] or list(self.roles[-1:])
        return min(held, key=_role_rank, default=None)


def _role_rank(role: Role) -> tuple[int, int]:
    kind = ROLE_KINDS.index(role.kind) if role.kind in ROLE_KINDS else len(ROLE_KINDS)
    start = role.start.toordinal() if role.start else 0
    return (kind, -start)


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    kind: str = "city"
    description: str | None = None
    reviewed: bool = False
    origin: SourceRef = field(default=SourceRef(""), compare=False)


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "international"
    country: str | None = None
    description: str | None = None
    reviewed: bool = False
    origin: SourceRef = field(default=SourceRef(""), compare=False)


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    name: str
    phrases: tuple[str, ...] = ()
    description: str | None = None
    reviewed: bool = False
    origin: SourceRef = field(default=SourceRef(""), compare=False)


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    seats: tuple[str, ...] = ()
    origin: SourceRef = field(default=SourceRef(""), compare=False)

    @property
    def id(self) -> str:
        return self.code.lower()


@dataclass(frozen=True, slots=True)
class Participant:
    person: str | None = None
    role: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str
    article: str
    text: str


@dataclass(frozen=True, slots=True)
class Source:
    article: str
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    confidence: float
    model: str
    generator: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    type: str
    status: str
    date: DateSpan | None
    participants: tuple[Participant, ...]
    sources: tuple[Source, ...]
    place: str | None = None
    parent: str | None = None
    organizations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    extraction: Extraction | None = None
    reviewed: bool = False
    origin: SourceRef = field(default=SourceRef(""), compare=False)

    @property
    def countries(self) -> tuple[str, ...]:
        """ISO codes of the sides taking part, in order of first appearance."""
        return tuple(dict.fromkeys(p.country for p in self.participants if p.country))

    @property
    def year(self) -> int | None:
        if self.date is not None:
            return self.date.start.year
        head = self.id[:4]
        return int(head) if head.isdigit() else None


@dataclass(frozen=True, slots=True)
class Archive:
    """Everything in seeds/, validated, each collection sorted by id."""

    articles: tuple[Article, ...] = ()
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    topics: tuple[Topic, ...] = ()
    countries: tuple[Country, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True, slots=True)
class Loaded:
    """What ingest returns: the archive that could be read, and every problem found."""

    archive: Archive
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A name the extractor found in an article and the record it resolved to."""

    kind: str  # person | place | organization | country | topic
    id: str  # the record id (country: ISO code)
    text: str  # the words in the article
    sentence: str  # the sentence around it, shown as evidence on entity pages


@dataclass(frozen=True, slots=True)
class Telling:
    """A sentence that tells of an event, whatever record the article's extraction made of
    it: curation adds the article as a source to the record of that event that another
    article yielded ("Albanese, who visited Beijing in November, ...")."""

    type: str
    occurred: bool
    date: DateSpan | None  # the date the text gives the mention, if any
    people: tuple[str, ...]  # who took part, as the sentence names them, by record id
    evidence: str


@dataclass(frozen=True, slots=True)
class ArticleProposals:
    """What extraction proposes for one article, before merging with the curated seeds.

    `events` are full records with machine ids; `people`, `places` and
    `organizations` hold only records that are not in the seeds yet (new ids);
    `mentions` lists every resolved name, known or new.
    """

    article: str
    events: tuple[Event, ...] = ()
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    tellings: tuple[Telling, ...] = ()
