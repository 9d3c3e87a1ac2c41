"""Stage 3, curate: merge what extraction proposes into the curated archive.

The rules a curator relies on (docs/curating.md):
- the machine only creates records and appends to the `sources` and `quotes` of events;
- a proposed event that is the same real event as a record (date within a day, the same
  participants or a subset of them, a compatible type) adds its article to that record;
- an article that an event already cites adds nothing more to it, so a quote a curator
  deleted, or a date or participant a curator corrected, stays as the curator left it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from generator.matching import (
    cites,
    closeness,
    combined,
    free_id,
    names,
    same_entity,
    same_event,
    same_evidence,
    sides,
    unique_quotes,
)
from generator.records import (
    Archive,
    ArticleProposals,
    Event,
    Organization,
    Person,
    Place,
    Quote,
    Source,
)

Entity = Person | Place | Organization
Record = Event | Entity
LOW_CONFIDENCE = 0.6


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one proposed event: a new record, an added source, or nothing new."""

    article: str
    proposed: Event  # references rewritten to the ids the records use
    record: str  # id of the record that holds the event
    action: str  # created | added | known


@dataclass(frozen=True, slots=True)
class Addition:
    """Items appended to an event record that was already in seeds/."""

    event: str
    sources: tuple[Source, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class Doubt:
    """Something a reviewer should check, and why."""

    kind: str  # event | person | place | organization
    id: str
    reason: str


@dataclass(frozen=True, slots=True)
class Found:
    """The people an article mentions, known or new, in order of first mention."""

    article: str
    people: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Curated:
    """The merged archive and what changed: new records, additions, and items to check."""

    archive: Archive
    created: tuple[Record, ...] = ()
    additions: tuple[Addition, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    doubts: tuple[Doubt, ...] = ()
    found: tuple[Found, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.created or self.additions)


def merge(archive: Archive, proposals: Sequence[ArticleProposals]) -> Curated:
    """Merge proposals, article by article in id order, into `archive`."""
    merger = _Merger(archive)
    for article in sorted(proposals, key=lambda proposal: proposal.article):
        merger.admit(article)
    return merger.result()


@dataclass
class _Registry:
    """People, places or organizations: the curated ones and those created in this run."""

    kind: str
    records: dict[str, Entity]
    created: list[str] = field(default_factory=list)
    by_name: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for record in self.records.values():
            self._index(record)

    def _index(self, record: Entity) -> None:
        for name in names(record):
            self.by_name.setdefault(name, set()).add(record.id)

    def admit(self, proposed: Entity, doubts: list[Doubt]) -> str:
        """The id the proposed record goes by: an existing record's, or a new one's."""
        same = self._find(proposed)
        if same is not None:
            if same.id in self.created:
                self.records[same.id] = combined(same, proposed)
                self._index(self.records[same.id])
            return same.id
        new_id = free_id(proposed.id, self.records)
        if new_id != proposed.id:
            reason = f"another {self.kind} already has the id '{proposed.id}'; check they differ"
            doubts.append(Doubt(self.kind, new_id, reason))
        self.records[new_id] = replace(proposed, id=new_id, reviewed=False)
        self.created.append(new_id)
        self._index(self.records[new_id])
        return new_id

    def _find(self, proposed: Entity) -> Entity | None:
        candidates = {proposed.id} | set().union(
            *(self.by_name.get(name, set()) for name in names(proposed))
        )
        for record_id in sorted(candidates, key=lambda rid: (rid != proposed.id, rid)):
            record = self.records.get(record_id)
            if record is not None and same_entity(record, proposed):
                return record
        return None

    def new_records(self) -> list[Entity]:
        return [self.records[record_id] for record_id in sorted(self.created)]


class _Merger:
    """The working state of one merge: every event and entity, and what changed."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.countries = {country.code for country in archive.countries}
        self.events: dict[str, Event] = {event.id: event for event in archive.events}
        self.people = _Registry("person", {p.id: p for p in archive.people})
        self.places = _Registry("place", {p.id: p for p in archive.places})
        self.organizations = _Registry("organization", {o.id: o for o in archive.organizations})
        self.created_events: list[str] = []
        self.additions: dict[str, Addition] = {}
        self.outcomes: list[Outcome] = []
        self.doubts: list[Doubt] = []
        self.found: list[Found] = []
        self.touched: set[str] = set()  # records the current article created or extended
        self.proposed_gatherings: set[str] = set()  # the current article's sessions, summits
        # Events others were held beside (a session, a summit): a bilateral report avoids them.
        self.gatherings = {event.parent for event in archive.events if event.parent}
        self.by_year: dict[int | None, set[str]] = {}
        for event in archive.events:
            self.by_year.setdefault(event.year, set()).add(event.id)

    def admit(self, proposals: ArticleProposals) -> None:
        ids = self._admit_entities(proposals)
        event_ids: dict[str, str] = {}
        created: list[str] = []
        # Two events an article reports are two events (talks and the session they were held
        # beside): a record this article created or extended takes no second one from it.
        self.touched = set()
        self.proposed_gatherings = {event.parent for event in proposals.events if event.parent}
        for proposed in proposals.events:
            event = self._known_only(_resolved(proposed, proposals.article, ids))
            outcome = self._admit_event(event, proposals.article)
            self.outcomes.append(outcome)
            event_ids.setdefault(proposed.id, outcome.record)
            if outcome.action != "known":
                self.touched.add(outcome.record)
            if outcome.action == "created":
                created.append(outcome.record)
        for event_id in created:
            self._settle_parent(event_id, event_ids)
        people = (ids["person"].get(m.id, m.id) for m in proposals.mentions if m.kind == "person")
        self.found.append(Found(proposals.article, tuple(dict.fromkeys(people))))

    def _admit_entities(self, proposals: ArticleProposals) -> dict[str, dict[str, str]]:
        registries = (  # organizations first: a new person's role may name one
            (self.organizations, proposals.organizations),
            (self.places, proposals.places),
            (self.people, proposals.people),
        )
        return {
            registry.kind: {
                record.id: registry.admit(self._known_codes(record), self.doubts)
                for record in records
            }
            for registry, records in registries
        }

    def _known_codes(self, record: Entity) -> Entity:
        """The record without country codes or organizations that the archive does not have."""
        known = record.country if record.country in self.countries else None
        if not isinstance(record, Person):
            return replace(record, country=known)
        roles = tuple(
            replace(
                role,
                country=role.country if role.country in self.countries else None,
                organization=role.organization
                if role.organization in self.organizations.records
                else None,
            )
            for role in record.roles
        )
        return replace(record, country=known, roles=roles)

    def _admit_event(self, event: Event, article: str) -> Outcome:
        record = self._recorded_from(event, article)
        if record is not None:
            return Outcome(article, event, record.id, "known")
        record = self._best_match(event)
        if record is not None:
            self._extend(record, event, article)
            return Outcome(article, event, record.id, "added")
        return Outcome(article, event, self._create(event), "created")

    def _candidates(self, event: Event) -> Iterator[Event]:
        year = event.year
        years = (year,) if year is None else (year - 1, year, year + 1)
        ids = set().union(*(self.by_year.get(y, set()) for y in years)) - self.touched
        return (self.events[event_id] for event_id in sorted(ids))

    def _recorded_from(self, event: Event, article: str) -> Event | None:
        """A record that already cites this article for this event, however it was edited."""
        same_id = self.events.get(event.id)
        if same_id is not None and cites(same_id, article) and same_id.id not in self.touched:
            return same_id
        matches = [
            record
            for record in self._candidates(event)
            if cites(record, article)
            and (same_event(record, event) or same_evidence(record, event, article))
        ]
        return self._closest(matches, event)

    def _best_match(self, event: Event) -> Event | None:
        matches = [record for record in self._candidates(event) if same_event(record, event)]
        return self._closest(matches, event)

    def _closest(self, matches: list[Event], event: Event) -> Event | None:
        gatherings = self.gatherings | self.proposed_gatherings
        return min(matches, key=lambda record: closeness(record, event, gatherings), default=None)

    def _extend(self, record: Event, event: Event, article: str) -> None:
        sources = event.sources
        quotes = unique_quotes(event.quotes, record.quotes)
        self.events[record.id] = replace(
            record, sources=(*record.sources, *sources), quotes=(*record.quotes, *quotes)
        )
        if record.id not in self.created_events:
            earlier = self.additions.get(record.id, Addition(record.id))
            self.additions[record.id] = Addition(
                record.id, (*earlier.sources, *sources), (*earlier.quotes, *quotes)
            )
        self._doubt_merge(record, event, article)

    def _doubt_merge(self, record: Event, event: Event, article: str) -> None:
        if record.reviewed:
            reason = (
                f"reviewed record: {article} was added as a source; check it reports this event"
            )
            self.doubts.append(Doubt("event", record.id, reason))
        elif sides(record, event) == "subset":
            reason = f"{article} names other participants; check it reports the same event"
            self.doubts.append(Doubt("event", record.id, reason))

    def _create(self, event: Event) -> str:
        new_id = free_id(event.id, self.events)
        record = replace(event, id=new_id, quotes=unique_quotes(event.quotes), reviewed=False)
        self.events[new_id] = record
        self.by_year.setdefault(record.year, set()).add(new_id)
        self.created_events.append(new_id)
        confidence = event.extraction.confidence if event.extraction else 0.0
        if confidence < LOW_CONFIDENCE:
            reason = f"low confidence {confidence:.2f} (below {LOW_CONFIDENCE:.2f})"
            self.doubts.append(Doubt("event", new_id, reason))
        if new_id != event.id:
            reason = f"another event already has the id '{event.id}'; check they differ"
            self.doubts.append(Doubt("event", new_id, reason))
        return new_id

    def _known_only(self, event: Event) -> Event:
        """The event without references to records that do not exist, which `check` rejects."""
        people = self.people.records
        participants = (
            replace(
                p,
                person=p.person if p.person in people else None,
                country=p.country if p.country in self.countries else None,
            )
            for p in event.participants
        )
        topics = {topic.id for topic in self.archive.topics}
        return replace(
            event,
            participants=tuple(p for p in participants if p.person or p.country),
            quotes=tuple(quote for quote in event.quotes if quote.speaker in people),
            place=event.place if event.place in self.places.records else None,
            organizations=tuple(o for o in event.organizations if o in self.organizations.records),
            topics=tuple(topic for topic in event.topics if topic in topics),
        )

    def _settle_parent(self, event_id: str, event_ids: Mapping[str, str]) -> None:
        """Point `parent` at the record its proposed parent became (None if there is none)."""
        event = self.events[event_id]
        parent = event_ids.get(event.parent, event.parent) if event.parent else None
        known = parent if parent in self.events and parent != event_id else None
        self.events[event_id] = replace(event, parent=known)
        if known:
            self.gatherings.add(known)

    def result(self) -> Curated:
        new_entities = [
            *self.people.new_records(),
            *self.places.new_records(),
            *self.organizations.new_records(),
        ]
        new_events = [self.events[event_id] for event_id in sorted(self.created_events)]
        archive = replace(
            self.archive,
            events=_by_id(self.events.values()),
            people=_by_id(self.people.records.values()),
            places=_by_id(self.places.records.values()),
            organizations=_by_id(self.organizations.records.values()),
        )
        return Curated(
            archive=archive,
            created=(*new_entities, *new_events),
            additions=tuple(self.additions[event_id] for event_id in sorted(self.additions)),
            outcomes=tuple(self.outcomes),
            doubts=tuple(self.doubts),
            found=tuple(self.found),
        )


def _by_id(records: Iterable[Record]) -> tuple:
    return tuple(sorted(records, key=lambda record: record.id))


def _resolved(event: Event, article: str, ids: Mapping[str, Mapping[str, str]]) -> Event:
    """The proposed event citing `article`, naming people, places, organizations by final id."""
    people, places, organizations = ids["person"], ids["place"], ids["organization"]
    participants = tuple(
        replace(p, person=people.get(p.person, p.person)) if p.person else p
        for p in event.participants
    )
    quotes = tuple(
        replace(q, speaker=people.get(q.speaker, q.speaker), article=article) for q in event.quotes
    )
    # Every sentence that reports the event stays as evidence, each once.
    sources = tuple(dict.fromkeys(replace(source, article=article) for source in event.sources))
    return replace(
        event,
        participants=participants,
        quotes=quotes,
        sources=sources or (Source(article),),
        place=places.get(event.place, event.place) if event.place else None,
        organizations=tuple(organizations.get(o, o) for o in event.organizations),
    )
