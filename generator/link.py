"""Stage 4, link: where every record's page lives, and what points to what.

`link(archive)` decides each page's path, which countries and pairs of countries get a page,
and gathers the cross-references every page shows: the events of each person, place, topic
and country, the people met most often, the quotes of each speaker, and the sentences of the
articles that name each record. Article texts are cut into segments here, so that the render
stage only has to escape text and write links.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import combinations
from types import MappingProxyType
from typing import Any
from urllib.parse import quote as percent_encode

from generator.records import Archive, Article, Country, Event, Quote

SECTIONS = {
    "event": "events",
    "person": "people",
    "country": "countries",
    "pair": "pairs",
    "place": "places",
    "organization": "organizations",
    "topic": "topics",
    "article": "articles",
    "year": "years",
}
# Gatherings of more sides than this appear on country pages only: a summit of twenty
# states would otherwise make 190 pair pages that each list the same event.
MAX_PAIR_SIDES = 4
# When one text names records of two kinds, the more specific kind wins.
KIND_PRIORITY = ("person", "organization", "place", "country")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(\s+)(?=[\"“‘(]?[A-Z0-9])")
# A full stop after these words rarely ends a sentence ("U.S. President", "Robert S. Mueller").
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Jr|Sr|No"
    r"|Lt|Col|Capt|Adm|Amb|Hon|Rev|Inc|Ltd|Corp|Co|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov))\.$"
)


@dataclass(frozen=True, slots=True)
class Ref:
    """A page: what it is about, the name it shows, and its path inside docs/."""

    kind: str
    id: str
    name: str
    path: str


@dataclass(frozen=True, slots=True)
class Citation:
    """A sentence of an article that names a record."""

    article: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of an article paragraph; `ref` is set where the piece names a known record."""

    text: str
    ref: Ref | None = None


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """A quote together with the event it was recorded on."""

    event: str
    quote: Quote


@dataclass(frozen=True, slots=True)
class Links:
    """Everything the render stage needs to know about pages and what links to what.

    `events_of` is keyed by (kind, id) and lists event ids in date order. Its kinds are the page
    kinds plus "host" (events held in a country) and "event" (events held beside an event).
    """

    refs: Mapping[tuple[str, str], Ref]
    events_of: Mapping[tuple[str, str], tuple[str, ...]]
    people_of: Mapping[tuple[str, str], tuple[str, ...]]
    citations: Mapping[tuple[str, str], tuple[Citation, ...]]
    quotes_of: Mapping[tuple[str, str], tuple[QuoteRef, ...]]
    met: Mapping[str, tuple[tuple[str, int], ...]]
    pairs: tuple[str, ...]
    paragraphs: Mapping[str, tuple[tuple[Segment, ...], ...]]

    def ref(self, kind: str, record_id: str | None) -> Ref | None:
        return self.refs.get((kind, record_id)) if record_id else None

    def all(self, kind: str) -> tuple[Ref, ...]:
        return tuple(ref for (ref_kind, _), ref in self.refs.items() if ref_kind == kind)


def link(archive: Archive) -> Links:
    events = sorted(archive.events, key=chronological)
    every_country = {country.code: country for country in archive.countries}
    matcher = _Matcher(archive, _refs(archive, every_country))
    paragraphs = {article.id: tuple(matcher.segments(article)) for article in archive.articles}
    refs = _refs(archive, _countries_with_pages(archive, paragraphs.values()))
    return Links(
        refs=_frozen(refs),
        events_of=_frozen(_events_of(archive, events, refs)),
        people_of=_frozen(_people_of(archive)),
        citations=_frozen(_citations(archive, paragraphs, _TopicMatcher(archive))),
        quotes_of=_frozen(_quotes_of(events)),
        met=_frozen(_met(events, refs)),
        pairs=tuple(sorted(ref.id for ref in refs.values() if ref.kind == "pair")),
        paragraphs=_frozen(paragraphs),
    )


def relative_href(from_path: str, to_path: str) -> str:
    """The link from one page to another, relative so that MkDocs can check it."""
    return percent_encode(
        posixpath.relpath(to_path, posixpath.dirname(from_path) or "."), safe="/.-_~"
    )


def chronological(event: Event) -> tuple[bool, dt.date, str]:
    """Dated events first, oldest first; undated ones after them, by id."""
    start = event.date.start if event.date else dt.date.max
    return (event.date is None, start, event.id)


def pair_id(first: str, second: str) -> str:
    return "-".join(sorted((first.lower(), second.lower())))


def event_pairs(event: Event) -> list[tuple[str, str]]:
    """The pairs of countries an event is between, in code order."""
    sides = sorted(event.countries)
    return list(combinations(sides, 2)) if len(sides) <= MAX_PAIR_SIDES else []


def _frozen(mapping: Mapping) -> Mapping:
    return MappingProxyType(dict(sorted(mapping.items())))


def _countries_with_pages(archive: Archive, texts: Iterable[tuple]) -> dict[str, Country]:
    """Countries something refers to: a record, or an article that names them."""
    used = {code for code in _record_country_codes(archive) if code}
    named = (
        segment.ref for paragraphs in texts for paragraph in paragraphs for segment in paragraph
    )
    used.update(ref.id.upper() for ref in named if ref and ref.kind == "country")
    return {country.code: country for country in archive.countries if country.code in used}


def _record_country_codes(archive: Archive) -> Iterator[str | None]:
    for event in archive.events:
        yield from event.countries
    for person in archive.people:
        yield person.country
        yield from (role.country for role in person.roles)
    yield from (place.country for place in archive.places)
    yield from (organization.country for organization in archive.organizations)


def _names(record) -> tuple[str, ...]:
    return (record.name, *record.aliases)


def _refs(archive: Archive, countries: dict[str, Country]) -> dict[tuple[str, str], Ref]:
    named = [
        ("event", ((event.id, event.title) for event in archive.events)),
        ("person", ((person.id, person.name) for person in archive.people)),
        ("place", ((place.id, place.name) for place in archive.places)),
        ("organization", ((org.id, org.name) for org in archive.organizations)),
        ("topic", ((topic.id, topic.name) for topic in archive.topics)),
        ("article", ((article.id, article.title) for article in archive.articles)),
        ("country", ((code.lower(), country.name) for code, country in countries.items())),
        ("pair", _pair_names(archive.events, countries)),
        ("year", ((str(year), str(year)) for year in _years(archive.events))),
    ]
    refs = {}
    for kind, entries in named:
        for record_id, name in entries:
            refs[kind, record_id] = Ref(kind, record_id, name, f"{SECTIONS[kind]}/{record_id}.md")
    return refs


def _pair_names(events: Iterable[Event], countries: dict[str, Country]) -> Iterator[tuple]:
    for first, second in sorted({pair for event in events for pair in event_pairs(event)}):
        if first in countries and second in countries:
            name = f"{countries[first].name}–{countries[second].name}"
            yield pair_id(first, second), name


def _years(events: Iterable[Event]) -> list[int]:
    return sorted({event.year for event in events if event.year is not None})


def _events_of(archive: Archive, events: list[Event], refs: Mapping) -> dict:
    places = {place.id: place for place in archive.places}
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event in events:
        keys = [("person", p.person) for p in event.participants if p.person]
        keys += [("country", code.lower()) for code in event.countries]
        keys += [("pair", pair_id(*pair)) for pair in event_pairs(event)]
        keys += [("organization", org) for org in event.organizations]
        keys += [("topic", topic) for topic in event.topics]
        keys += [("article", source.article) for source in event.sources]
        keys += [("year", str(event.year)), ("event", event.parent or "")]
        if event.place:
            keys.append(("place", event.place))
            host = places[event.place].country if event.place in places else None
            keys.append(("host", (host or "").lower()))
        for key in dict.fromkeys(keys):
            found[key].append(event.id)
    kinds_with_pages = {"host": "country", "event": "event"}
    return {
        key: tuple(ids)
        for key, ids in found.items()
        if (kinds_with_pages.get(key[0], key[0]), key[1]) in refs
    }


def _people_of(archive: Archive) -> dict[tuple[str, str], tuple[str, ...]]:
    """People of each country (by nationality or by a role held for it) and organization."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person in archive.people:
        if person.country:
            found["country", person.country.lower()].add(person.id)
        for role in person.roles:
            if role.country:
                found["country", role.country.lower()].add(person.id)
            if role.organization:
                found["organization", role.organization].add(person.id)
    return {key: tuple(sorted(ids)) for key, ids in found.items()}


def _quotes_of(events: list[Event]) -> dict[tuple[str, str], tuple[QuoteRef, ...]]:
    found: dict[tuple[str, str], list[QuoteRef]] = defaultdict(list)
    for event in events:
        for quote in event.quotes:
            found["person", quote.speaker].append(QuoteRef(event.id, quote))
            found["article", quote.article].append(QuoteRef(event.id, quote))
    return {key: tuple(quotes) for key, quotes in found.items()}


def _met(events: list[Event], refs: Mapping) -> dict[str, tuple[tuple[str, int], ...]]:
    """For each person, the others they took part in events with, most often first."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        people = sorted({p.person for p in event.participants if p.person})
        for first, second in combinations(people, 2):
            counts[first][second] += 1
            counts[second][first] += 1

    def name(person: str) -> str:
        ref = refs.get(("person", person))
        return ref.name if ref else person

    return {
        person: tuple(sorted(others.items(), key=lambda item: (-item[1], name(item[0]), item[0])))
        for person, others in counts.items()
    }


def _citations(archive: Archive, paragraphs: Mapping, topics: _TopicMatcher) -> dict:
    """The sentences naming each record, newest article first, each sentence once."""
    found: dict[tuple[str, str], dict[Citation, None]] = defaultdict(dict)
    for article in sorted(archive.articles, key=lambda a: (-a.published.toordinal(), a.id)):
        for paragraph in paragraphs[article.id]:
            for sentence, refs in _sentences_with_refs(paragraph):
                keys = [(ref.kind, ref.id) for ref in refs]
                keys += [("topic", topic) for topic in topics.find(sentence)]
                for key in keys:
                    found[key][Citation(article.id, sentence)] = None
    return {key: tuple(citations) for key, citations in found.items()}


def _sentences_with_refs(paragraph: tuple[Segment, ...]) -> Iterator[tuple[str, list[Ref]]]:
    text = "".join(segment.text for segment in paragraph)
    spans, offset = [], 0
    for segment in paragraph:
        if segment.ref:
            spans.append((offset, segment.ref))
        offset += len(segment.text)
    for start, end in sentence_bounds(text):
        yield text[start:end], [ref for at, ref in spans if start <= at < end]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Start and end of each sentence of a paragraph, by punctuation and capitals."""
    bounds, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[start : end.start(1)]):
            continue
        bounds.append((start, end.start(1)))
        start = end.end(1)
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; inside one, all whitespace is a single space."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()]


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().replace("’", "'"), m.start(), m.end()) for m in _TOKEN.finditer(text)]


class _Matcher:
    """Finds the names of people, organizations, places and countries in article texts.

    Names match whole tokens and case, longest name first. A name that two records of one kind
    share is ambiguous and left unlinked rather than guessed.
    """

    def __init__(self, archive: Archive, refs: Mapping[tuple[str, str], Ref]) -> None:
        named = {
            "person": archive.people,
            "organization": archive.organizations,
            "place": archive.places,
            "country": [country for country in archive.countries],
        }
        names: dict[tuple[str, ...], Ref | None] = {}
        for kind in KIND_PRIORITY:
            for record in named[kind]:
                ref = refs.get((kind, record.id.lower() if kind == "country" else record.id))
                for name in _names(record) if ref else ():
                    _claim(names, _key(name), ref)
        self.index = _TokenIndex(names)

    def segments(self, article: Article) -> Iterator[tuple[Segment, ...]]:
        for paragraph in paragraphs_of(article.text):
            yield tuple(self._split(paragraph))

    def _split(self, text: str) -> Iterator[Segment]:
        tokens, at, cursor = _tokens(text), 0, 0
        while at < len(tokens):
            length, ref = self.index.longest(tokens, at)
            if ref is None:
                at += 1
                continue
            start, end = tokens[at][1], tokens[at + length - 1][2]
            if start > cursor:
                yield Segment(text[cursor:start])
            yield Segment(text[start:end], ref)
            cursor, at = end, at + length
        if cursor < len(text):
            yield Segment(text[cursor:])


class _TopicMatcher:
    """Finds the topics a sentence is about from their names and phrases, in any case."""

    def __init__(self, archive: Archive) -> None:
        names: dict[tuple[str, ...], str | None] = {}
        for topic in archive.topics:
            for phrase in (topic.name, *topic.phrases):
                names.setdefault(_key(phrase.lower()), topic.id)
        self.index = _TokenIndex(names)

    def find(self, sentence: str) -> list[str]:
        tokens = [(token.lower(), start, end) for token, start, end in _tokens(sentence)]
        found = (self.index.longest(tokens, at)[1] for at in range(len(tokens)))
        return sorted({topic for topic in found if topic})


class _TokenIndex:
    """Token sequences mapped to what they name, looked up by their first token."""

    def __init__(self, names: Mapping[tuple[str, ...], object]) -> None:
        self.names = {key: value for key, value in names.items() if key and value is not None}
        lengths: dict[str, set[int]] = defaultdict(set)
        for key in self.names:
            lengths[key[0]].add(len(key))
        self.lengths = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}

    def longest(self, tokens: list[tuple[str, int, int]], at: int) -> tuple[int, Any]:
        for length in self.lengths.get(tokens[at][0], ()):
            key = tuple(token for token, _, _ in tokens[at : at + length])
            if key in self.names:
                return length, self.names[key]
        return 0, None


def _key(name: str) -> tuple[str, ...]:
    return tuple(token for token, _, _ in _tokens(name))


def _claim(names: dict[tuple[str, ...], Ref | None], key: tuple[str, ...], ref: Ref) -> None:
    """Give a name to a record; a name two records of one kind share belongs to neither."""
    if key not in names:
        names[key] = ref
        return
    held = names[key]
    if held is not None and held != ref and held.kind == ref.kind:
        names[key] = None
