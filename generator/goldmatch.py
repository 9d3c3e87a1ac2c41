"""How predicted records are matched with gold annotations: names, events, their fields.

Names compare without case, accents or punctuation, against a record's name and aliases.
Events pair one-to-one: dates within a day and shared participants, most shared first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from generator.gold import GoldEvent, GoldName
from generator.records import Archive, DateSpan, Event, Participant, Quote
from generator.scores import Tally, missing_extra, show_date, show_participant

G = TypeVar("G")
P = TypeVar("P")


def normalise(text: str) -> str:
    """Lowercase words without accents or punctuation: 'António' and 'Antonio' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.findall(r"\w+", plain.casefold()))


class Names:
    """Every spelling of each record of the predicted archive, to compare with gold names."""

    def __init__(self, archive: Archive) -> None:
        self.people = {p.id: spellings(p.name, *p.aliases) for p in archive.people}
        self.names = {p.id: p.name for p in archive.people}
        self.places = {p.id: spellings(p.name, *p.aliases) for p in archive.places}
        self.topics = {t.id: spellings(t.id, t.name) for t in archive.topics}

    def person(self, name: GoldName, person_id: str) -> bool:
        return named(name, self.people.get(person_id) or spellings(person_id))

    def place(self, name: GoldName, place_id: str) -> bool:
        return named(name, self.places.get(place_id) or spellings(place_id))

    def topic(self, name: str, topic_id: str) -> bool:
        return normalise(name) in (self.topics.get(topic_id) or spellings(topic_id))

    def participant(self, name: GoldName, participant: Participant) -> bool:
        if name.country:
            return participant.person is None and participant.country == name.country
        return participant.person is not None and self.person(name, participant.person)

    def speaker(self, quote: Quote) -> str:
        return self.names.get(quote.speaker, quote.speaker)


def spellings(*names: str) -> frozenset[str]:
    return frozenset(normalise(name) for name in names)


def named(name: GoldName, known: frozenset[str]) -> bool:
    return any(normalise(spelling) in known for spelling in name.spellings)


def pair(golds: Sequence[G], found: Sequence[P], same: Callable[[G, P], bool]) -> list:
    """One-to-one pairs (gold, found), each gold taking the first free item that matches."""
    free = list(range(len(found)))
    pairs = []
    for gold in golds:
        index = next((i for i in free if same(gold, found[i])), None)
        if index is not None:
            free.remove(index)
            pairs.append((gold, found[index]))
    return pairs


# --- Events ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventCheck:
    """How one predicted event compares with the gold event it was matched to."""

    gold: GoldEvent
    found: Event
    type: bool
    date: bool
    place: bool
    status: bool
    participants: Tally
    topics: Tally
    differences: tuple[str, ...]


def match_events(golds: Sequence[GoldEvent], found: Sequence[Event], names: Names) -> list:
    """One-to-one (gold, found) pairs: dates within a day, shared participants, best first."""
    ranked = []
    for gold_index, gold in enumerate(golds):
        for found_index, event in enumerate(found):
            if not any(near(date, event.date) for date in gold.dates):
                continue
            shared = len(pair(gold.participants, event.participants, names.participant))
            if shared == 0 and (gold.participants or event.participants):
                continue
            rank = (-shared, gold.type != event.type, gap(gold, event), gold_index, found_index)
            ranked.append((rank, gold_index, found_index))
    taken_gold: set[int] = set()
    taken_found: set[int] = set()
    pairs = []
    for _rank, gold_index, found_index in sorted(ranked):
        if gold_index not in taken_gold and found_index not in taken_found:
            taken_gold.add(gold_index)
            taken_found.add(found_index)
            pairs.append((golds[gold_index], found[found_index]))
    return sorted(pairs, key=lambda pair: golds.index(pair[0]))


def near(gold: DateSpan | None, found: DateSpan | None) -> bool:
    """Undated matches undated; dated spans match when they overlap or touch within a day."""
    if gold is None or found is None:
        return gold is found
    slack = 1
    return (found.start - gold.end).days <= slack and (gold.start - found.end).days <= slack


def same_days(gold: DateSpan | None, found: DateSpan | None) -> bool:
    if gold is None or found is None:
        return gold is found
    return (gold.start, gold.end) == (found.start, found.end)


def gap(gold: GoldEvent, event: Event) -> int:
    gaps = [
        abs((event.date.start - date.start).days) if date and event.date else 0
        for date in gold.dates
        if near(date, event.date)
    ]
    return min(gaps, default=0)


def check_event(gold: GoldEvent, found: Event, names: Names) -> EventCheck:
    shared = pair(gold.participants, found.participants, names.participant)
    participants = Tally(len(shared), len(found.participants), len(gold.participants))
    topics = Tally()
    if gold.topics is not None:
        hits = pair(gold.topics, found.topics, names.topic)
        topics = Tally(len(hits), len(found.topics), len(gold.topics))
    place = any(
        found.place is None
        if place is None
        else bool(found.place and names.place(place, found.place))
        for place in gold.places
    )
    date = any(same_days(date, found.date) for date in gold.dates)
    check = EventCheck(
        gold,
        found,
        found.type == gold.type,
        date,
        place,
        found.status == gold.status,
        participants,
        topics,
        (),
    )
    return replace(check, differences=differences(check, shared, names))


def differences(check: EventCheck, shared: list, names: Names) -> tuple[str, ...]:
    gold, found = check.gold, check.found
    notes = []
    if not check.type:
        notes.append(f"type {found.type}, expected {gold.type}")
    if not check.date:
        expected = " or ".join(show_date(date) for date in gold.dates)
        notes.append(f"date {show_date(found.date)}, expected {expected}")
    if not check.place:
        expected = " or ".join(str(place) if place else "none" for place in gold.places)
        notes.append(f"place {found.place or 'none'}, expected {expected}")
    if not check.status:
        notes.append(f"status {found.status}, expected {gold.status}")
    missing = [str(name) for name in gold.participants if name not in {g for g, _ in shared}]
    extra = [show_participant(p) for p in found.participants if p not in {f for _, f in shared}]
    notes += missing_extra("participants", missing, extra)
    if gold.topics is not None:
        hits = pair(gold.topics, found.topics, names.topic)
        missing = [topic for topic in gold.topics if topic not in {g for g, _ in hits}]
        extra = [topic for topic in found.topics if topic not in {f for _, f in hits}]
        notes += missing_extra("topics", missing, extra)
    return tuple(notes)
