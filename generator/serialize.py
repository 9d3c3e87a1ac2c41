"""Records -> YAML text in the formats of docs/reference/records.md, and their paths in seeds/.

The machine writes new records whole; it adds to an existing event only through
`generator.yamlappend`. Output is byte-identical for the same record: keys in the
documented order, list items in the order given, no timestamps.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from generator.records import (
    Article,
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
)

Record = Event | Person | Place | Organization
FOLDERS = {Event: "events", Person: "people", Place: "places", Organization: "organizations"}
KINDS = {Event: "event", Person: "person", Place: "place", Organization: "organization"}
_STR_TAG = "tag:yaml.org,2002:str"
_YAML_11 = yaml.resolver.Resolver()


def kind_of(record: Record) -> str:
    return KINDS[type(record)]


def record_path(record: Record, fallback_year: int) -> str:
    """seeds/events/<year>/<id>.yml for an event (undated: the article's year), else by kind."""
    folder = FOLDERS[type(record)]
    if isinstance(record, Event):
        year = record.year if record.year is not None else fallback_year
        return f"seeds/{folder}/{year}/{record.id}.yml"
    return f"seeds/{folder}/{record.id}.yml"


def article_path(article: Article) -> str:
    return f"seeds/articles/{article.year}/{article.id}.md"


def article_text(article: Article) -> str:
    """The article file: YAML front matter, then the text."""
    head = CommentedMap()
    head["title"] = text(article.title)
    head["date"] = article.published
    head["source"] = text(article.source)
    if article.url:
        head["url"] = text(article.url)
    head["language"] = text(article.language)
    return f"---\n{dump(head)}---\n{article.text.strip()}\n"


def record_text(record: Record) -> str:
    if isinstance(record, Event):
        return dump(event_fields(record))
    if isinstance(record, Person):
        return dump(_person_fields(record))
    if isinstance(record, Place):
        return dump(_place_fields(record))
    return dump(_organization_fields(record))


def event_fields(event: Event) -> CommentedMap:
    fields = CommentedMap()
    fields["id"] = event.id
    fields["title"] = text(event.title)
    fields["type"] = event.type
    fields["status"] = event.status
    fields["date"] = _date_span(event.date) if event.date else None
    fields["place"] = event.place
    if event.parent:
        fields["parent"] = event.parent
    fields["participants"] = [_participant(participant) for participant in event.participants]
    _put_list(fields, "organizations", event.organizations)
    _put_list(fields, "topics", event.topics)
    if event.quotes:
        fields["quotes"] = [quote_fields(quote) for quote in event.quotes]
    fields["sources"] = [source_fields(source) for source in event.sources]
    if event.extraction:
        extraction = event.extraction
        confidence = round(extraction.confidence, 2)
        fields["extraction"] = flow(
            confidence=confidence,
            model=text(extraction.model),
            generator=text(extraction.generator),
        )
    fields["reviewed"] = event.reviewed
    return fields


def _extraction(extraction: Extraction) -> CommentedMap:
    return flow(
        confidence=round(extraction.confidence, 2),
        model=text(extraction.model),
        generator=text(extraction.generator),
    )


def quote_fields(quote: Quote) -> CommentedMap:
    return flow(speaker=quote.speaker, article=quote.article, text=text(quote.text))


def source_fields(source: Source) -> CommentedMap:
    return flow(article=source.article, evidence=text(source.evidence))


def _person_fields(person: Person) -> CommentedMap:
    fields = CommentedMap()
    fields["name"] = text(person.name)
    fields["aliases"] = flow_list(text(alias) for alias in person.aliases)
    if person.country:
        fields["country"] = text(person.country)
    if person.roles:
        fields["roles"] = [_role(role) for role in person.roles]
    _put_description(fields, person.description)
    fields["reviewed"] = person.reviewed
    return fields


def _place_fields(place: Place) -> CommentedMap:
    fields = CommentedMap()
    fields["name"] = text(place.name)
    fields["aliases"] = flow_list(text(alias) for alias in place.aliases)
    fields["country"] = text(place.country) if place.country else None
    fields["kind"] = place.kind
    _put_description(fields, place.description)
    fields["reviewed"] = place.reviewed
    return fields


def _organization_fields(organization: Organization) -> CommentedMap:
    fields = CommentedMap()
    fields["name"] = text(organization.name)
    fields["aliases"] = flow_list(text(alias) for alias in organization.aliases)
    fields["kind"] = organization.kind
    fields["country"] = text(organization.country) if organization.country else None
    _put_description(fields, organization.description)
    fields["reviewed"] = organization.reviewed
    return fields


def _date_span(span: DateSpan) -> CommentedMap:
    return flow(start=span.start, end=span.end, precision=span.precision)


def _participant(participant: Participant) -> CommentedMap:
    values = {
        "person": participant.person,
        "role": text(participant.role) if participant.role else None,
        "country": text(participant.country) if participant.country else None,
    }
    return flow(**{key: value for key, value in values.items() if value is not None})


def _role(role: Role) -> CommentedMap:
    values = {
        "title": text(role.title),
        "kind": role.kind,
        "country": text(role.country) if role.country else None,
        "organization": role.organization,
        "start": role.start,
        "end": role.end,
    }
    return flow(**{key: value for key, value in values.items() if value is not None})


def _put_list(fields: CommentedMap, key: str, values: tuple[str, ...]) -> None:
    if values:
        fields[key] = flow_list(values)


def _put_description(fields: CommentedMap, description: str | None) -> None:
    if description:
        fields["description"] = text(description)


def flow(**values: Any) -> CommentedMap:
    """A mapping written on one line, `{key: value, ...}`, as records.md shows them."""
    mapping = CommentedMap(values)
    mapping.fa.set_flow_style()
    return mapping


def flow_list(values: Iterable[Any]) -> CommentedSeq:
    sequence = CommentedSeq(values)
    sequence.fa.set_flow_style()
    return sequence


def text(value: str) -> str:
    """Quote text that a YAML 1.1 reader would take for something else (NO, yes, 1.0, 2019)."""
    tag = _YAML_11.resolve(yaml.ScalarNode, value, (True, False))
    return value if tag == _STR_TAG else SingleQuotedScalarString(value)


def dump(data: Any) -> str:
    stream = io.StringIO()
    writer().dump(data, stream)
    return stream.getvalue()


def writer() -> YAML:
    writer = YAML(typ="rt")
    # Lines are never folded: an evidence sentence stays on one line, so diffs stay readable.
    writer.width = 1_000_000
    writer.indent(mapping=2, sequence=4, offset=2)
    writer.representer.add_representer(type(None), _represent_null)
    # One date object used as start and end must not come out as `&id001` / `*id001`.
    writer.representer.ignore_aliases = lambda _data: True
    return writer


def _represent_null(representer: Any, _value: None) -> Any:
    # records.md writes `place: null`; an empty value is easy to misread as a mistake.
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")
