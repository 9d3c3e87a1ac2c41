"""One parser per record kind: validated fields of one file -> a frozen record, or None.

A record is skipped (None) only when a required field is missing or unusable; a bad
optional field is reported and left out, so one typo does not hide a whole record.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.fields import Fields
from generator.records import (
    DATE_PRECISIONS,
    EVENT_STATUSES,
    EVENT_TYPES,
    ORGANIZATION_KINDS,
    PLACE_KINDS,
    ROLE_KINDS,
    Article,
    Country,
    DateSpan,
    Event,
    Extraction,
    Organization,
    Participant,
    Person,
    Place,
    Quote,
    Role,
    Source,
    SourceRef,
    Topic,
)

ARTICLE_FIELDS = ("title", "date", "source", "url", "language")
PERSON_FIELDS = ("name", "aliases", "country", "roles", "description", "reviewed")
ROLE_FIELDS = ("title", "kind", "country", "organization", "start", "end")
PLACE_FIELDS = ("name", "aliases", "country", "kind", "description", "reviewed")
ORGANIZATION_FIELDS = ("name", "aliases", "kind", "country", "description", "reviewed")
TOPIC_FIELDS = ("name", "phrases", "description", "reviewed")
COUNTRY_FIELDS = ("name", "aliases", "demonyms", "capital", "seats")
EVENT_FIELDS = (
    "id",
    "title",
    "type",
    "status",
    "date",
    "place",
    "parent",
    "participants",
    "organizations",
    "topics",
    "quotes",
    "sources",
    "extraction",
    "reviewed",
)
DATE_FIELDS = ("start", "end", "precision")
PARTICIPANT_FIELDS = ("person", "role", "country")
QUOTE_FIELDS = ("speaker", "article", "text")
SOURCE_FIELDS = ("article", "evidence")
EXTRACTION_FIELDS = ("confidence", "model", "generator")

Data = Mapping[str, Any]


def _top(fields: Fields, allowed: tuple[str, ...]) -> Data | None:
    data = fields.mapping(fields.document.data, ())
    if data is not None:
        fields.known(data, (), allowed)
    return data


def _origin(fields: Fields) -> SourceRef:
    return SourceRef(fields.path, 1)


def parse_article(fields: Fields, article_id: str, body: str) -> Article | None:
    data = _top(fields, ARTICLE_FIELDS)
    if data is None:
        return None
    missing = [
        fields.missing(data, (), "title", "add the headline as 'title: …'"),
        fields.missing(data, (), "date", "add the publication date as 'date: YYYY-MM-DD'"),
        fields.missing(data, (), "source", "add the publisher as 'source: …'"),
    ]
    published = fields.date(data, (), "date")
    if any(missing) or published is None:
        return None
    return Article(
        id=article_id,
        title=fields.text(data, (), "title") or "",
        published=published,
        source=fields.text(data, (), "source") or "",
        text=body.strip() + "\n",
        url=fields.text(data, (), "url"),
        language=fields.text(data, (), "language") or "en",
        origin=_origin(fields),
    )


def parse_person(fields: Fields, person_id: str) -> Person | None:
    data = _top(fields, PERSON_FIELDS)
    if data is None or fields.missing(data, (), "name", "add the name pages show"):
        return None
    items = enumerate(_list(fields, data, "roles"))
    roles = [_role(fields, item, ("roles", index)) for index, item in items]
    return Person(
        id=person_id,
        name=fields.text(data, (), "name") or "",
        aliases=fields.texts(data, (), "aliases"),
        country=fields.country(data, (), "country"),
        roles=tuple(role for role in roles if role is not None),
        description=fields.text(data, (), "description"),
        reviewed=fields.flag(data, (), "reviewed"),
        origin=_origin(fields),
    )


def _list(fields: Fields, data: Data, key: str) -> list[Any]:
    return fields.items(data, (), key)


def _role(fields: Fields, item: Any, location: tuple) -> Role | None:
    data = fields.mapping(item, location)
    if data is None:
        return None
    fields.known(data, location, ROLE_FIELDS)
    if fields.missing(data, location, "title", "every role needs a title"):
        return None
    start = fields.date(data, location, "start")
    end = fields.date(data, location, "end")
    fields.span_order(location, start, end)
    return Role(
        title=fields.text(data, location, "title") or "",
        kind=fields.choice(data, location, "kind", ROLE_KINDS),
        country=fields.country(data, location, "country"),
        organization=fields.identifier(data, location, "organization"),
        start=start,
        end=end,
    )


def parse_place(fields: Fields, place_id: str) -> Place | None:
    data = _top(fields, PLACE_FIELDS)
    if data is None or fields.missing(data, (), "name", "add the place's name"):
        return None
    return Place(
        id=place_id,
        name=fields.text(data, (), "name") or "",
        aliases=fields.texts(data, (), "aliases"),
        country=fields.country(data, (), "country"),
        kind=fields.choice(data, (), "kind", PLACE_KINDS) or "city",
        description=fields.text(data, (), "description"),
        reviewed=fields.flag(data, (), "reviewed"),
        origin=_origin(fields),
    )


def parse_organization(fields: Fields, organization_id: str) -> Organization | None:
    data = _top(fields, ORGANIZATION_FIELDS)
    if data is None or fields.missing(data, (), "name", "add the organization's name"):
        return None
    return Organization(
        id=organization_id,
        name=fields.text(data, (), "name") or "",
        aliases=fields.texts(data, (), "aliases"),
        kind=fields.choice(data, (), "kind", ORGANIZATION_KINDS) or "international",
        country=fields.country(data, (), "country"),
        description=fields.text(data, (), "description"),
        reviewed=fields.flag(data, (), "reviewed"),
        origin=_origin(fields),
    )


def parse_topic(fields: Fields, topic_id: str) -> Topic | None:
    data = _top(fields, TOPIC_FIELDS)
    if data is None or fields.missing(data, (), "name", "add the topic's name"):
        return None
    return Topic(
        id=topic_id,
        name=fields.text(data, (), "name") or "",
        phrases=fields.texts(data, (), "phrases"),
        description=fields.text(data, (), "description"),
        reviewed=fields.flag(data, (), "reviewed"),
        origin=_origin(fields),
    )


def parse_countries(fields: Fields) -> list[Country]:
    data = fields.mapping(fields.document.data, ())
    if data is None:
        return []
    countries = []
    for code, entry in data.items():
        country = _country(fields, str(code), entry)
        if country is not None:
            countries.append(country)
    return countries


def _country(fields: Fields, code: str, entry: Any) -> Country | None:
    location = (code,)
    if fields.country({"code": code}, location, "code") is None:
        return None
    data = fields.mapping(entry, location)
    if data is None:
        return None
    fields.known(data, location, COUNTRY_FIELDS)
    if fields.missing(data, location, "name", "add the country's short name"):
        return None
    return Country(
        code=code,
        name=fields.text(data, location, "name") or "",
        aliases=fields.texts(data, location, "aliases"),
        demonyms=fields.texts(data, location, "demonyms"),
        capital=fields.text(data, location, "capital"),
        seats=fields.texts(data, location, "seats"),
        origin=SourceRef(fields.path, fields.document.line(code)),
    )


def parse_event(fields: Fields, event_id: str) -> Event | None:
    data = _top(fields, EVENT_FIELDS)
    if data is None:
        return None
    required = [
        fields.missing(data, (), "id", f"add 'id: {event_id}' (the file name)"),
        fields.missing(data, (), "title", "add a short headline"),
        fields.missing(data, (), "type", "add one of: " + ", ".join(EVENT_TYPES)),
        fields.missing(data, (), "status", "add one of: " + ", ".join(EVENT_STATUSES)),
        fields.missing(data, (), "sources", "list the articles that report the event"),
    ]
    if "date" not in data:
        fields.report(("date",), "missing required field 'date'; add it, or 'date: null'")
        required.append(True)
    if any(required) or not _id_matches_file(fields, data, event_id):
        return None
    event_type = fields.choice(data, (), "type", EVENT_TYPES)
    status = fields.choice(data, (), "status", EVENT_STATUSES)
    if event_type is None or status is None:
        return None
    return Event(
        id=event_id,
        title=fields.text(data, (), "title") or "",
        type=event_type,
        status=status,
        date=_date_span(fields, data.get("date"), ("date",)),
        participants=_each(fields, data, "participants", _participant),
        sources=_each(fields, data, "sources", _source),
        place=fields.identifier(data, (), "place"),
        parent=fields.identifier(data, (), "parent"),
        organizations=_ids(fields, data, "organizations"),
        topics=_ids(fields, data, "topics"),
        quotes=_each(fields, data, "quotes", _quote),
        extraction=_extraction(fields, data.get("extraction")),
        reviewed=fields.flag(data, (), "reviewed"),
        origin=_origin(fields),
    )


def _id_matches_file(fields: Fields, data: Data, event_id: str) -> bool:
    written = fields.text(data, (), "id")
    if written == event_id:
        return True
    hint = f"write 'id: {event_id}' or rename the file"
    fields.report(("id",), f"id '{written}' does not match the file name; {hint}")
    return False


def _date_span(fields: Fields, value: Any, location: tuple) -> DateSpan | None:
    if value is None:
        return None
    data = fields.mapping(value, location)
    if data is None:
        return None
    fields.known(data, location, DATE_FIELDS)
    if fields.missing(data, location, "start", "add the first day as YYYY-MM-DD"):
        return None
    start = fields.date(data, location, "start")
    end = fields.date(data, location, "end") if data.get("end") is not None else start
    fields.span_order(location, start, end)
    precision = fields.choice(data, location, "precision", DATE_PRECISIONS) or "day"
    if start is None or end is None or end < start:
        return None
    return DateSpan(start, end, precision)


def _each(fields: Fields, data: Data, key: str, parse_item) -> tuple:
    parsed = (parse_item(fields, item, (key, i)) for i, item in enumerate(_list(fields, data, key)))
    return tuple(item for item in parsed if item is not None)


def _ids(fields: Fields, data: Data, key: str) -> tuple[str, ...]:
    values = fields.texts(data, (), key)
    wrapper = dict(enumerate(values))
    return tuple(
        value for i, value in wrapper.items() if fields.identifier(wrapper, (key,), i) is not None
    )


def _participant(fields: Fields, item: Any, location: tuple) -> Participant | None:
    data = fields.mapping(item, location)
    if data is None:
        return None
    fields.known(data, location, PARTICIPANT_FIELDS)
    if data.get("person") is None and data.get("country") is None:
        fields.report(location, "a participant needs a person, a country, or both")
        return None
    return Participant(
        person=fields.identifier(data, location, "person"),
        role=fields.text(data, location, "role"),
        country=fields.country(data, location, "country"),
    )


def _quote(fields: Fields, item: Any, location: tuple) -> Quote | None:
    data = fields.mapping(item, location)
    if data is None:
        return None
    fields.known(data, location, QUOTE_FIELDS)
    missing = [
        fields.missing(data, location, "speaker", "add the person id of who said it"),
        fields.missing(data, location, "article", "add the id of the article that quotes it"),
        fields.missing(data, location, "text", "add the quoted words"),
    ]
    if any(missing):
        return None
    speaker = fields.identifier(data, location, "speaker")
    article = fields.identifier(data, location, "article")
    if speaker is None or article is None:
        return None
    return Quote(speaker, article, fields.text(data, location, "text") or "")


def _source(fields: Fields, item: Any, location: tuple) -> Source | None:
    data = fields.mapping(item, location)
    if data is None:
        return None
    fields.known(data, location, SOURCE_FIELDS)
    if fields.missing(data, location, "article", "add the id of the article that reports it"):
        return None
    article = fields.identifier(data, location, "article")
    if article is None:
        return None
    return Source(article, fields.text(data, location, "evidence") or "")


def _extraction(fields: Fields, value: Any) -> Extraction | None:
    location = ("extraction",)
    if value is None:
        return None
    data = fields.mapping(value, location)
    if data is None:
        return None
    fields.known(data, location, EXTRACTION_FIELDS)
    confidence = fields.number(data, location, "confidence")
    return Extraction(
        confidence=float(confidence) if confidence is not None else 0.0,
        model=fields.text(data, location, "model") or "",
        generator=fields.text(data, location, "generator") or "",
    )
