"""Stage 3, curate: merge what extraction proposes into the curated archive.

The rules a curator relies on (docs/curating.md):
- the machine only creates records and appends to the `sources` and `quotes` of events;
- a proposed event that is the same real event as a record (`matching.same_event`: the same
  status family, dates that agree, the same sides or most of them, a compatible type) adds its
  article to that record, but never to the gathering it was held beside;
- an article that an event already cites adds nothing more to it, so a quote a curator
  deleted, or a date or participant a curator corrected, stays as the curator left it;
- an article that tells in passing an event another article yielded (`matching.tells`) is
  added to that record's sources, for a curator to check.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from generator.entity_registry import Doubt, Registry, free_id
from generator.matching import (
    beside_rather,
    cites,
    closeness,
    happened,
    joined_sides,
    named_alike,
    same_event,
    same_evidence,
    sharper,
    sides,
    told_record,
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
    ordered = sorted(proposals, key=lambda proposal: proposal.article)
    for article in ordered:
        merger.admit(article)
    # Then what each article tells in passing of the events the others reported.
    for article in ordered:
        merger.corroborate(article)
    return merger.result()


class _Merger:
    """The working state of one merge: every event and entity, and what changed."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.countries = {country.code for country in archive.countries}
        self.published = {article.id: article.published for article in archive.articles}
        self.events: dict[str, Event] = {event.id: event for event in archive.events}
        self.people = Registry("person", {p.id: p for p in archive.people})
        self.places = Registry("place", {p.id: p for p in archive.places})
        self.organizations = Registry("organization", {o.id: o for o in archive.organizations})
        self.created_events: list[str] = []
        self.additions: dict[str, Addition] = {}
        self.outcomes: list[Outcome] = []
        self.doubts: list[Doubt] = []
        self.found: list[Found] = []
        self.touched: set[str] = set()  # records the current article created or extended
        self.proposed_gatherings: set[str] = set()  # the current article's sessions, summits
        self.beside: dict[str, list[Event]] = {}  # the current article's events beside each
        self.article_events: list[Event] = []  # the current article's events
        # Events others were held beside (a session, a summit): a bilateral report avoids them.
        self.gatherings = {event.parent for event in archive.events if event.parent}
        self.renamed: dict[str, str] = {}  # records of this run a later report dated better
        self.person_ids: dict[str, Mapping[str, str]] = {}  # each article's new people
        self.by_year: dict[int | None, set[str]] = {}
        for event in archive.events:
            self.by_year.setdefault(event.year, set()).add(event.id)

    def admit(self, proposals: ArticleProposals) -> None:
        ids = self._admit_entities(proposals)
        self.person_ids[proposals.article] = ids["person"]
        event_ids: dict[str, str] = {}
        outcomes: dict[int, Outcome] = {}
        # Two events an article reports are two events (talks and the session they were held
        # beside): a record this article created or extended takes no second one from it.
        self.touched = set()
        self.proposed_gatherings = {event.parent for event in proposals.events if event.parent}
        events = [self._known_only(_resolved(e, proposals.article, ids)) for e in proposals.events]
        self.beside = {}
        self.article_events = events
        for event in events:
            if event.parent:
                self.beside.setdefault(event.parent, []).append(event)
        for index in self._gatherings_first(proposals.events):
            proposed, event = proposals.events[index], events[index]
            parent = event_ids.get(proposed.parent, proposed.parent) if proposed.parent else None
            outcome = self._admit_event(event, proposals.article, parent)
            outcomes[index] = outcome
            event_ids.setdefault(proposed.id, outcome.record)
            if outcome.action != "known":
                self.touched.add(outcome.record)
        self.outcomes.extend(outcomes[index] for index in sorted(outcomes))
        for index in sorted(outcomes):
            if outcomes[index].action == "created":
                self._settle_parent(outcomes[index].record, event_ids)
        people = (ids["person"].get(m.id, m.id) for m in proposals.mentions if m.kind == "person")
        self.found.append(Found(proposals.article, tuple(dict.fromkeys(people))))

    def corroborate(self, proposals: ArticleProposals) -> None:
        """Add the article as a source to each event it tells that another article yielded."""
        article = proposals.article
        published = self.published.get(article)
        ids = self.person_ids.get(article, {})
        for telling in proposals.tellings if published else ():
            telling = replace(telling, people=tuple(ids.get(p, p) for p in telling.people))
            day = telling.date.start if telling.date else published
            near = set().union(*(self.by_year.get(y, set()) for y in (day.year - 1, day.year)))
            records = [self.events[i] for i in sorted(near) if i in self.events]
            record = told_record(records, telling, article, published)
            if record is not None:
                source = Source(article, telling.evidence)
                self.events[record.id] = replace(record, sources=(*record.sources, source))
                self._note_addition(record.id, (source,), ())
                reason = f"{article} tells it in passing; check the sentence added as a source"
                self.doubts.append(Doubt("event", record.id, reason))

    def _note_addition(
        self, record_id: str, sources: tuple[Source, ...], quotes: tuple[Quote, ...]
    ) -> None:
        """What a run appends to a record already in `seeds/` (none to one it creates)."""
        if record_id not in self.created_events:
            earlier = self.additions.get(record_id, Addition(record_id))
            self.additions[record_id] = Addition(
                record_id, (*earlier.sources, *sources), (*earlier.quotes, *quotes)
            )

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

    def _gatherings_first(self, events: Sequence[Event]) -> list[int]:
        """Indexes of `events`, sessions and summits first: events beside them then know
        which record their gathering became, and never join it."""
        gathering = [event.id in self.proposed_gatherings for event in events]
        return sorted(range(len(events)), key=lambda index: (not gathering[index], index))

    def _admit_event(self, event: Event, article: str, parent: str | None = None) -> Outcome:
        record = self._recorded_from(event, article)
        if record is not None:
            return Outcome(article, event, record.id, "known")
        record = self._best_match(event, parent)
        if record is not None:
            record_id = self._extend(record, event, article)
            return Outcome(article, event, record_id, "added")
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
            and (same_event(record, event, self.published) or same_evidence(record, event, article))
        ]
        return self._closest(matches, event)

    def _best_match(self, event: Event, parent: str | None) -> Event | None:
        matches = [
            record
            for record in self._candidates(event)
            if same_event(record, event, self.published) and self._may_join(record, event, parent)
        ]
        return self._closest(matches, event)

    def _may_join(self, record: Event, event: Event, parent: str | None) -> bool:
        """An event never joins the gathering it was held beside, nor a session or summit
        that others were held beside; a gathering never joins an event held beside one."""
        if event.parent:
            return (
                record.id != self.renamed.get(parent, parent) and record.id not in self.gatherings
            )
        if event.id not in self.proposed_gatherings:
            return True
        # "A meeting of the SCO foreign ministers ... Wang and Jaishankar held talks": the
        # gathering leaves a record to the event of its article that fits it better.
        children = self.beside.get(event.id, [])
        others = [e for e in self.article_events if e.id not in self.proposed_gatherings]
        return not (
            record.parent
            or any(beside_rather(record, child, event, self.published) for child in children)
            or any(named_alike(record, other, event, self.published) for other in others)
        )

    def _closest(self, matches: list[Event], event: Event) -> Event | None:
        gatherings = self.gatherings | self.proposed_gatherings
        return min(matches, key=lambda record: closeness(record, event, gatherings), default=None)

    def _extend(self, record: Event, event: Event, article: str) -> str:
        """Add the event's article to the record; return the record's id, which changes only
        when this report dates more precisely a record of this run."""
        sources = event.sources
        quotes = unique_quotes(event.quotes, record.quotes)
        extended = replace(
            record, sources=(*record.sources, *sources), quotes=(*record.quotes, *quotes)
        )
        if record.id in self.created_events:
            # Not yet a curated record: another report may name more of who took part.
            extended = replace(extended, participants=joined_sides(record, event))
            if extended.place is None and event.place in self.places.records:
                extended = replace(extended, place=event.place)
            extended = self._retold(extended, event)
        self.events[extended.id] = extended
        self._note_addition(record.id, sources, quotes)
        self._doubt_merge(extended, event, article)
        return extended.id

    def _retold(self, record: Event, event: Event) -> Event:
        """The record, not yet written, as a later report tells it: dated more precisely, or
        a plan that was held, which takes that report's id, title, status and date."""
        changes: dict[str, object] = {}
        if sharper(event.date, record.date):
            changes["date"] = event.date
        if happened(event) and not happened(record):
            changes.update(title=event.title, status=event.status, date=event.date)
        if not changes:
            return record
        # One new id for both changes: the record is renamed once, under the report's id.
        new_id = free_id(event.id, self.events.keys() - {record.id})
        del self.events[record.id]
        self._rename(record.id, new_id)
        retold = replace(record, id=new_id, **changes)
        self.by_year.setdefault(retold.year, set()).add(new_id)
        return retold

    def _rename(self, old: str, new: str) -> None:
        """Point everything this run holds about the record `old` at `new`."""
        self.renamed = {key: new if value == old else value for key, value in self.renamed.items()}
        self.renamed[old] = new
        self.created_events = [new if rid == old else rid for rid in self.created_events]
        for ids in self.by_year.values():
            ids.discard(old)
        for ids in (self.gatherings, self.touched):
            if old in ids:
                ids.discard(old)
                ids.add(new)
        self.outcomes = [replace(o, record=new) if o.record == old else o for o in self.outcomes]
        self.doubts = [replace(d, id=new) if d.id == old else d for d in self.doubts]
        for event_id, event in self.events.items():
            if event.parent == old:
                self.events[event_id] = replace(event, parent=new)

    def _doubt_merge(self, record: Event, event: Event, article: str) -> None:
        if happened(event) and not happened(record):
            reason = f"{article} reports this {record.status} event as held; check its status"
            self.doubts.append(Doubt("event", record.id, reason))
        elif record.reviewed:
            reason = (
                f"reviewed record: {article} was added as a source; check it reports this event"
            )
            self.doubts.append(Doubt("event", record.id, reason))
        elif sides(record, event) != "same":
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
        parent = self.renamed.get(parent, parent) if parent else None
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
