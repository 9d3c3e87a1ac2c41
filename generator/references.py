"""Cross-record checks: every id a record names must exist, once all records are read."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace

from generator.records import Archive, Event, Person, Problem, Role
from generator.yamlfile import Document, Path_

# kind -> (folder under seeds/, what to call it in a message)
KINDS = {
    "article": ("articles/<year>", ".md"),
    "person": ("people", ".yml"),
    "place": ("places", ".yml"),
    "organization": ("organizations", ".yml"),
    "topic": ("topics", ".yml"),
    "event": ("events/<year>", ".yml"),
}


@dataclass(frozen=True, slots=True)
class Reference:
    """One id named by a record, and where it is named."""

    path: str
    location: Path_
    kind: str
    target: str


def check(
    archive: Archive, skipped: set[tuple[str, str]], documents: Mapping[str, Document]
) -> list[Problem]:
    """Problems for references to ids that no file defines (skipped files excepted)."""
    known = _known_ids(archive)
    problems = []
    for ref in references(archive):
        if ref.target in known[ref.kind] or (ref.kind, ref.target) in skipped:
            continue
        document = documents.get(ref.path)
        line = document.line(*ref.location) if document else 1
        problems.append(Problem(ref.path, line, ref.location, _message(ref)))
    return problems


def prune(archive: Archive) -> Archive:
    """The archive without references to records that are not in it."""
    known = _known_ids(archive)
    events = tuple(_prune_event(event, known) for event in archive.events)
    people = tuple(_prune_person(person, known) for person in archive.people)
    return replace(archive, events=events, people=people)


def references(archive: Archive) -> Iterator[Reference]:
    for person in archive.people:
        yield from _person_references(person)
    for record in (*archive.places, *archive.organizations):
        if record.country:
            yield Reference(record.origin.path, ("country",), "country", record.country)
    for event in archive.events:
        yield from _event_references(event)


def _person_references(person) -> Iterator[Reference]:
    path = person.origin.path
    if person.country:
        yield Reference(path, ("country",), "country", person.country)
    for index, role in enumerate(person.roles):
        if role.country:
            yield Reference(path, ("roles", index, "country"), "country", role.country)
        if role.organization:
            location = ("roles", index, "organization")
            yield Reference(path, location, "organization", role.organization)


def _event_references(event: Event) -> Iterator[Reference]:
    path = event.origin.path
    if event.place:
        yield Reference(path, ("place",), "place", event.place)
    if event.parent:
        yield Reference(path, ("parent",), "event", event.parent)
    for index, participant in enumerate(event.participants):
        if participant.person:
            location = ("participants", index, "person")
            yield Reference(path, location, "person", participant.person)
        if participant.country:
            location = ("participants", index, "country")
            yield Reference(path, location, "country", participant.country)
    for key, kind in (("organizations", "organization"), ("topics", "topic")):
        for index, target in enumerate(getattr(event, key)):
            yield Reference(path, (key, index), kind, target)
    for index, quote in enumerate(event.quotes):
        yield Reference(path, ("quotes", index, "speaker"), "person", quote.speaker)
        yield Reference(path, ("quotes", index, "article"), "article", quote.article)
    for index, source in enumerate(event.sources):
        yield Reference(path, ("sources", index, "article"), "article", source.article)


def _known_ids(archive: Archive) -> dict[str, set[str]]:
    return {
        "article": {record.id for record in archive.articles},
        "person": {record.id for record in archive.people},
        "place": {record.id for record in archive.places},
        "organization": {record.id for record in archive.organizations},
        "topic": {record.id for record in archive.topics},
        "event": {record.id for record in archive.events},
        "country": {record.code for record in archive.countries},
    }


def _message(ref: Reference) -> str:
    if ref.kind == "country":
        hint = "use an ISO 3166-1 alpha-2 code listed in seeds/countries.yml"
        return f"no country '{ref.target}'; {hint}"
    folder, suffix = KINDS[ref.kind]
    return (
        f"no {ref.kind} '{ref.target}'; add seeds/{folder}/{ref.target}{suffix}"
        f" or use an existing {ref.kind} id"
    )


def _prune_person(person: Person, known: dict[str, set[str]]) -> Person:
    def known_organization(role: Role) -> Role:
        if role.organization is None or role.organization in known["organization"]:
            return role
        return replace(role, organization=None)

    return replace(person, roles=tuple(map(known_organization, person.roles)))


def _prune_event(event: Event, known: dict[str, set[str]]) -> Event:
    def keep(kind: str) -> Callable[[str | None], bool]:
        return lambda target: target is None or target in known[kind]

    return replace(
        event,
        place=event.place if keep("place")(event.place) else None,
        parent=event.parent if keep("event")(event.parent) else None,
        participants=tuple(
            p for p in event.participants if keep("person")(p.person) and keep("country")(p.country)
        ),
        organizations=tuple(filter(keep("organization"), event.organizations)),
        topics=tuple(filter(keep("topic"), event.topics)),
        quotes=tuple(
            q for q in event.quotes if keep("person")(q.speaker) and keep("article")(q.article)
        ),
        sources=tuple(s for s in event.sources if keep("article")(s.article)),
    )
