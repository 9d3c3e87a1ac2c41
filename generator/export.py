"""Export: the archive's public data as JSON, CSV or iCalendar text.

Pure functions from an Archive to text; the command line decides where the text goes.
The same archive always gives the same bytes: records are sorted by id, JSON keys are
sorted, and nothing depends on the clock (the iCalendar DTSTAMP comes from the event).
Field meanings are documented in docs/reference/export.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from generator import __version__
from generator.codes import EventCodes, event_codes
from generator.icalendar import content_lines, escape_text
from generator.records import (
    Archive,
    Article,
    Country,
    DateSpan,
    Event,
    Organization,
    Participant,
    Person,
    Place,
    Quote,
    Source,
    Topic,
)

FORMATS = ("json", "csv", "ics")
CSV_COLUMNS = (
    *("id", "title", "type", "status", "start", "end", "precision", "place", "countries"),
    *("participants", "topics", "sources", "cameo", "plover_type", "plover_mode"),
)
LIST_SEPARATOR = "; "
# iCalendar UIDs must be globally unique; a fixed suffix keeps them stable wherever the
# site is hosted, because the archive has no domain of its own.
UID_SUFFIX = "@diplomatic-archive"
ICS_STATUS = {
    "occurred": "CONFIRMED",
    "planned": "CONFIRMED",
    "proposed": "TENTATIVE",
    "cancelled": "CANCELLED",
    "denied": "CANCELLED",
}


def export(archive: Archive, fmt: str) -> str:
    """The archive as text in `fmt`, one of FORMATS."""
    writers: dict[str, Callable[[Archive], str]] = {
        "json": to_json,
        "csv": to_csv,
        "ics": to_ics,
    }
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return writers[fmt](archive)


@dataclass(frozen=True, slots=True)
class ExpandedEvent:
    """An event with its references resolved, shared by the three formats."""

    event: Event
    participants: tuple[dict[str, Any], ...]
    place: dict[str, Any] | None
    countries: tuple[str, ...]
    codes: EventCodes


class Index:
    """Every record by id, to expand the references an event holds."""

    def __init__(self, archive: Archive) -> None:
        self.articles: dict[str, Article] = {a.id: a for a in archive.articles}
        self.people: dict[str, Person] = {p.id: p for p in archive.people}
        self.places: dict[str, Place] = {p.id: p for p in archive.places}
        self.organizations: dict[str, Organization] = {o.id: o for o in archive.organizations}
        self.topics: dict[str, Topic] = {t.id: t for t in archive.topics}
        self.countries: dict[str, Country] = {c.code: c for c in archive.countries}
        self.events: dict[str, Event] = {e.id: e for e in archive.events}

    def expand(self, event: Event) -> ExpandedEvent:
        participants = tuple(self.participant(p, event.date) for p in event.participants)
        place = self.place(event.place)
        countries = tuple(dict.fromkeys(p["country"] for p in participants if p["country"]))
        place_country = place["country"] if place else None
        codes = event_codes(event.type, event.status, countries, place_country)
        return ExpandedEvent(event, participants, place, countries, codes)

    def participant(self, participant: Participant, date: DateSpan | None) -> dict[str, Any]:
        """{id, name, role, country}; a government acting as a whole is named by its country."""
        person = self.people.get(participant.person or "")
        country = participant.country or (person.country if person else None)
        role = participant.role
        if role is None and person is not None:
            held = person.role_on(date.start if date else None)
            role = held.title if held else None
        name = person.name if person else participant.person or self.country_name(country)
        return {"id": participant.person, "name": name, "role": role, "country": country}

    def place(self, place_id: str | None) -> dict[str, Any] | None:
        if place_id is None:
            return None
        place = self.places.get(place_id)
        name, country = (place.name, place.country) if place else (place_id, None)
        return {"id": place_id, "name": name, "country": country}

    def country_name(self, code: str | None) -> str | None:
        country = self.countries.get(code or "")
        return country.name if country else code

    @staticmethod
    def name_of(records: Mapping[str, Any], record_id: str) -> str:
        record = records.get(record_id)
        return record.name if record else record_id


def expanded_events(index: Index, archive: Archive) -> tuple[ExpandedEvent, ...]:
    return tuple(index.expand(event) for event in sorted(archive.events, key=_by_id))


# JSON ------------------------------------------------------------------------------------


def to_json(archive: Archive) -> str:
    """Every collection of the archive, events expanded, as indented UTF-8 JSON."""
    index = Index(archive)
    data = {
        "articles": [article_data(a) for a in sorted(archive.articles, key=_by_id)],
        "countries": [country_data(c) for c in sorted(archive.countries, key=_by_code)],
        "events": [event_data(index, e) for e in expanded_events(index, archive)],
        "organizations": [organization_data(o) for o in sorted(archive.organizations, key=_by_id)],
        "people": [person_data(p) for p in sorted(archive.people, key=_by_id)],
        "places": [place_data(p) for p in sorted(archive.places, key=_by_id)],
        "topics": [topic_data(t) for t in sorted(archive.topics, key=_by_id)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def event_data(index: Index, expanded: ExpandedEvent) -> dict[str, Any]:
    event = expanded.event
    return {
        "id": event.id,
        "title": event.title,
        "type": event.type,
        "status": event.status,
        "date": date_data(event.date),
        "place": expanded.place,
        "parent": _parent_data(index, event.parent),
        "participants": list(expanded.participants),
        "countries": list(expanded.countries),
        "organizations": [_named(index.organizations, o) for o in event.organizations],
        "topics": [_named(index.topics, t) for t in event.topics],
        "quotes": [_quote_data(index, q) for q in event.quotes],
        "sources": [source_data(index, s) for s in event.sources],
        "cameo": expanded.codes.cameo,
        "plover": {"type": expanded.codes.plover_type, "mode": expanded.codes.plover_mode},
        "extraction": asdict(event.extraction) if event.extraction else None,
        "reviewed": event.reviewed,
    }


def date_data(date: DateSpan | None) -> dict[str, str] | None:
    if date is None:
        return None
    return {"start": _iso(date.start), "end": _iso(date.end), "precision": date.precision}


def source_data(index: Index, source: Source) -> dict[str, Any]:
    """{article, title, url, published, evidence}: where to read the event for oneself."""
    article = index.articles.get(source.article)
    return {
        "article": source.article,
        "title": article.title if article else None,
        "url": article.url if article else None,
        "published": _iso(article.published) if article else None,
        "evidence": source.evidence,
    }


def _quote_data(index: Index, quote: Quote) -> dict[str, Any]:
    speaker = {"id": quote.speaker, "name": index.name_of(index.people, quote.speaker)}
    return {"speaker": speaker, "article": quote.article, "text": quote.text}


def _parent_data(index: Index, parent_id: str | None) -> dict[str, Any] | None:
    if parent_id is None:
        return None
    parent = index.events.get(parent_id)
    return {"id": parent_id, "title": parent.title if parent else None}


def _named(records: Mapping[str, Any], record_id: str) -> dict[str, str]:
    return {"id": record_id, "name": Index.name_of(records, record_id)}


def article_data(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "published": _iso(article.published),
        "source": article.source,
        "url": article.url,
        "language": article.language,
        "text": article.text,
    }


def person_data(person: Person) -> dict[str, Any]:
    roles = [
        {
            "title": role.title,
            "kind": role.kind,
            "country": role.country,
            "organization": role.organization,
            "start": _iso(role.start),
            "end": _iso(role.end),
        }
        for role in person.roles
    ]
    aliases = list(person.aliases)
    return {**_common(person), "aliases": aliases, "country": person.country, "roles": roles}


def place_data(place: Place) -> dict[str, Any]:
    details = {"aliases": list(place.aliases), "country": place.country, "kind": place.kind}
    return {**_common(place), **details}


def organization_data(organization: Organization) -> dict[str, Any]:
    details = {
        "aliases": list(organization.aliases),
        "country": organization.country,
        "kind": organization.kind,
    }
    return {**_common(organization), **details}


def topic_data(topic: Topic) -> dict[str, Any]:
    return {**_common(topic), "phrases": list(topic.phrases)}


def country_data(country: Country) -> dict[str, Any]:
    return {
        "code": country.code,
        "name": country.name,
        "aliases": list(country.aliases),
        "demonyms": list(country.demonyms),
        "capital": country.capital,
        "seats": list(country.seats),
    }


def _common(record: Person | Place | Organization | Topic) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "description": record.description,
        "reviewed": record.reviewed,
    }


# CSV -------------------------------------------------------------------------------------


def to_csv(archive: Archive) -> str:
    """One row per event, lists joined by "; ", in RFC 4180 form (CRLF line ends)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    index = Index(archive)
    for expanded in expanded_events(index, archive):
        writer.writerow(csv_row(index, expanded))
    return buffer.getvalue()


def csv_row(index: Index, expanded: ExpandedEvent) -> tuple[str, ...]:
    event, date, codes = expanded.event, expanded.event.date, expanded.codes
    return (
        event.id,
        event.title,
        event.type,
        event.status,
        _iso(date.start) if date else "",
        _iso(date.end) if date else "",
        date.precision if date else "",
        expanded.place["name"] if expanded.place else "",
        _joined(expanded.countries),
        _joined(p["name"] or "" for p in expanded.participants),
        _joined(index.name_of(index.topics, topic) for topic in event.topics),
        _joined(_source_articles(event)),
        codes.cameo or "",
        codes.plover_type or "",
        codes.plover_mode or "",
    )


def _joined(values: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(values)


def _source_articles(event: Event) -> tuple[str, ...]:
    """Each article once, though it may report the event in several sentences."""
    return tuple(dict.fromkeys(source.article for source in event.sources))


# iCalendar -------------------------------------------------------------------------------


def to_ics(archive: Archive) -> str:
    """An RFC 5545 calendar with one all-day VEVENT per dated event, CRLF line ends."""
    index = Index(archive)
    dated = [e for e in expanded_events(index, archive) if e.event.date is not None]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Diplomatic events archive//generator {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Diplomatic events",
    ]
    for expanded in sorted(dated, key=_calendar_order):
        lines.extend(vevent_lines(index, expanded))
    lines.append("END:VCALENDAR")
    return content_lines(lines)


def vevent_lines(index: Index, expanded: ExpandedEvent) -> list[str]:
    event = expanded.event
    if event.date is None:
        return []
    start = event.date.start
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.id}{UID_SUFFIX}",
        # RFC 5545 requires DTSTAMP; the event's own start keeps the output reproducible.
        f"DTSTAMP:{start:%Y%m%d}T000000Z",
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{event.date.end + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(event.title)}",
    ]
    location = _location(index, expanded.place)
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    lines.append(f"DESCRIPTION:{escape_text(_description(index, expanded))}")
    lines.append(f"CATEGORIES:{escape_text(_type_label(event.type))}")
    lines.append(f"STATUS:{ICS_STATUS[event.status]}")
    lines.append("END:VEVENT")
    return lines


def _calendar_order(expanded: ExpandedEvent) -> tuple[dt.date | None, str]:
    date = expanded.event.date
    return (date.start if date else None, expanded.event.id)


def _location(index: Index, place: dict[str, Any] | None) -> str:
    if place is None:
        return ""
    country = index.country_name(place["country"])
    return f"{place['name']}, {country}" if country else place["name"]


def _description(index: Index, expanded: ExpandedEvent) -> str:
    event = expanded.event
    lines = [f"{_type_label(event.type)}, {event.status}."]
    if event.date is not None and event.date.precision != "day":
        lines.append(f"Date known to the {event.date.precision} only.")
    if expanded.participants:
        names = _joined(_participant_label(p) for p in expanded.participants)
        lines.append(f"Participants: {names}.")
    if event.topics:
        lines.append(f"Topics: {_joined(index.name_of(index.topics, t) for t in event.topics)}.")
    lines.append(f"Sources: {_joined(_source_articles(event))}.")
    return "\n".join(lines)


def _participant_label(participant: dict[str, Any]) -> str:
    details = ", ".join(d for d in (participant["role"], participant["country"]) if d)
    name = participant["name"] or ""
    return f"{name} ({details})" if details else name


def _type_label(event_type: str) -> str:
    return event_type.replace("_", " ").capitalize()


# Shared ----------------------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _by_id(record: Any) -> str:
    return record.id


def _by_code(country: Country) -> str:
    return country.code
