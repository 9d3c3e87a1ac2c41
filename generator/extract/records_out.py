"""New people, places and organizations worth proposing, and every resolved name as a Mention.

New records are proposed conservatively: a person with an official title, in an event or
quoted; a place where an event happened; an organization an event involved.
"""

from __future__ import annotations

from generator.extract.lexicon import DIPLOMATIC_KINDS
from generator.extract.quotes import QuoteFound
from generator.extract.reading import NewPerson, Reading
from generator.records import Event, Mention, Organization, Person, Place, Role


def new_records(
    reading: Reading, events: tuple[Event, ...], quotes: tuple[QuoteFound, ...]
) -> tuple[tuple[Person, ...], tuple[Place, ...], tuple[Organization, ...]]:
    involved = {p.person for e in events for p in e.participants if p.person}
    involved |= {quote.speaker for quote in quotes}
    people = tuple(
        _person(new)
        for new_id, new in sorted(reading.new_people.items())
        if new_id in involved or _full_name(new.name)
    )
    return people, _places(reading, events), _organizations(reading, events)


def _full_name(name: str) -> bool:
    """A first name and a surname, as a person is introduced: "Paddy Cosgrave", "Lloyd J.
    Austin III"."""
    words = name.replace("-", " ").replace("'", "").replace(".", "").split()
    return len(words) > 1 and all(word[:1].isupper() and word.isalpha() for word in words)


def _person(new: NewPerson) -> Person:
    roles = ()
    if new.role:
        roles = (Role(title=new.role, kind=_role_kind(new.role_kind), country=new.country),)
    aliases = tuple(form for form in new.forms if form != new.name)
    return Person(id=new.id, name=new.name, aliases=aliases, country=new.country, roles=roles)


def _role_kind(kind: str | None) -> str | None:
    """ "Leader" and "counterpart" say whose office, not which; the record keeps no kind."""
    return kind if kind in DIPLOMATIC_KINDS - {"leader"} else None


def _places(reading: Reading, events: tuple[Event, ...]) -> tuple[Place, ...]:
    used = {event.place for event in events if event.place}
    found: dict[str, Place] = {}
    for place in reading.places:
        if not place.known and place.id in used and place.id not in reading.registry.places:
            found.setdefault(
                place.id,
                Place(id=place.id, name=place.text, country=place.country, kind=place.kind),
            )
    return tuple(found[key] for key in sorted(found))


def _organizations(reading: Reading, events: tuple[Event, ...]) -> tuple[Organization, ...]:
    used = {org for event in events for org in event.organizations}
    found: dict[str, Organization] = {}
    for org in reading.organizations:
        if not org.known and org.id in used and org.id not in reading.registry.organizations:
            found.setdefault(
                org.id,
                Organization(id=org.id, name=org.text, kind=org.kind, country=org.country),
            )
    return tuple(found[key] for key in sorted(found))


def resolved_mentions(
    reading: Reading,
    proposed: tuple[tuple[Person, ...], tuple[Place, ...], tuple[Organization, ...]],
    topics: list[tuple[str, int, int]],
) -> tuple[Mention, ...]:
    """Every name that resolved to a record, known or proposed now, and every topic phrase,
    each with its sentence."""
    new_ids = {record.id for records in proposed for record in records}
    mentions = [*_actor_mentions(reading, new_ids)]
    for place in reading.places:
        if place.known or place.id in new_ids:
            mentions.append(_mention(reading, "place", place.id, place.start, place.end))
    for org in reading.organizations:
        if org.known or org.id in new_ids:
            mentions.append(_mention(reading, "organization", org.id, org.start, org.end))
    mentions.extend(_mention(reading, "topic", topic, start, end) for topic, start, end in topics)
    return tuple(dict.fromkeys(sorted(mentions, key=lambda m: (m.kind, m.id, m.text, m.sentence))))


def _actor_mentions(reading: Reading, new_ids: set[str]) -> list[Mention]:
    found = []
    for actor in reading.actors:
        known = actor.id in reading.registry.people or actor.kind != "person"
        if actor.id and ((known and actor.known) or actor.id in new_ids):
            found.append(_mention(reading, actor.kind, actor.id, actor.start, actor.end))
    return found


def _mention(reading: Reading, kind: str, record_id: str, start: int, end: int) -> Mention:
    span = reading.doc[start:end]
    sentence = " ".join(span.sent.text.split())
    return Mention(kind=kind, id=record_id, text=span.text, sentence=sentence)
