"""The larger events that others were held beside ("on the sidelines of the Arctic Council").

Every mention of one gathering in an article, however worded ("the ministerial session of the
Arctic Council", "the Arctic Council"), becomes one parent event, dated and placed by the
events held beside it, with one id: date, organization and kind ("...-arctic-council-ministerial").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from generator import __version__
from generator.extract import events as ev
from generator.extract.attributes import Gathering
from generator.extract.clusters import Cluster
from generator.extract.names import slugify
from generator.extract.reading import PlaceMention
from generator.matching import same_side
from generator.records import DateSpan, Event, Extraction

# A gathering is known less surely than the events the text reports held beside it.
PARENT_PENALTY = 0.2
GATHERING_TYPES = {"summit", "meeting"}


@dataclass(slots=True)
class Parent:
    key: str
    name: str
    organization: str | None
    descriptor: str | None = None
    date: DateSpan | None = None
    place: PlaceMention | None = None
    children: list[Event] = field(default_factory=list)
    reported_as: str | None = None
    sentences: int = 0  # how many sentences name its organization

    @property
    def reported_on(self) -> bool:
        """The text tells of the gathering itself, not only as where something else was: it
        reports it as an event, or names its organization in more than one sentence."""
        return self.reported_as is not None or (
            self.organization is not None and self.sentences > 1
        )

    @property
    def id(self) -> str:
        if self.reported_as:
            return self.reported_as
        when = self.date.start.isoformat() if self.date else ""
        kind = self.descriptor if self.descriptor not in self.key.split("-") else None
        return "-".join(part for part in (when, self.key, kind) if part)


def gathering_key(gathering: Gathering) -> str:
    if gathering.organization is not None:
        return gathering.organization.id
    return slugify(gathering.text)


def collect_parents(clusters: tuple[Cluster, ...]) -> dict[str, Parent]:
    """One parent per gathering, described by the fullest wording and the first date given."""
    parents: dict[str, Parent] = {}
    for cluster in clusters:
        gathering = ev.gathering(cluster)
        if gathering is None:
            continue
        key = gathering_key(gathering)
        org = gathering.organization
        parent = parents.setdefault(
            key, Parent(key, org.text if org else gathering.text, org.id if org else None)
        )
        parent.descriptor = parent.descriptor or gathering.descriptor
        parent.date = parent.date or cluster.own_date
        parent.place = parent.place or gathering.place or _city(ev.place(cluster))
    return parents


def _city(place: PlaceMention | None) -> PlaceMention | None:
    return place if place is not None and place.kind in ("city", "venue") else None


def adopt_reported(parents: dict[str, Parent], events: list[Event], keys: list[str | None]) -> None:
    """A gathering the article also reports as an event ("The G20 Summit ... will be held on
    28-29 June") is that event: children point at it and no second record is made. An event
    held beside the gathering (`keys` give each event's) never reports it."""
    for parent in parents.values():
        for event, key in zip(events, keys, strict=True):
            if key != parent.key and _reports(parent, event):
                parent.reported_as = event.id
                break


def _reports(parent: Parent, event: Event) -> bool:
    """ "The G20 Summit will be held on 28-29 June" reports the G20 summit; with no name ("on
    the sidelines of the summit"), the summit the article reports is the one meant."""
    if event.type not in GATHERING_TYPES:
        return False
    if parent.organization is None:
        return event.type == parent.descriptor
    # "Met on the sidelines of the SCO summit in Samarkand ... also attended the summit": the
    # summit the article reports, unnamed, where and when the gathering was.
    unnamed = event.type == parent.descriptor == "summit" and not event.organizations
    here = event.place is None or (parent.place is not None and event.place == parent.place.id)
    when = event.date is None or parent.date is None or event.date == parent.date
    return parent.organization in event.organizations or (unnamed and here and when)


def parent_events(parents: dict[str, Parent], taken: set[str]) -> list[Event]:
    """Each gathering as an event of its own, unless the article reported it as one already."""
    events = []
    for key in sorted(parents):
        parent = parents[key]
        held = [c for c in parent.children if c.status in ("occurred", "planned")]
        if held and not parent.reported_as and parent.id not in taken:
            events.append(_parent_event(parent, held))
    return events


def _parent_event(parent: Parent, held: list[Event]) -> Event:
    """The gathering as an event, from the events held (or to be held) beside it; one only
    proposed or denied there says nothing of whether the gathering took place."""
    first = held[0]
    people = tuple(dict.fromkeys(p for child in held for p in child.participants))
    kind = parent.descriptor or "meeting"
    where = f" in {parent.place.text}" if parent.place else ""
    confidence = first.extraction.confidence if first.extraction else 0.5
    return Event(
        id=parent.id,
        title=f"{parent.name} {kind}{where}",
        type="summit" if parent.descriptor == "summit" else "meeting",
        status=first.status,
        date=parent.date or first.date,
        participants=people,
        sources=first.sources,
        place=parent.place.id if parent.place else first.place,
        organizations=(parent.organization,) if parent.organization else (),
        extraction=Extraction(
            round(max(0.05, confidence - PARENT_PENALTY), 2),
            first.extraction.model if first.extraction else "",
            __version__,
        ),
    )


def with_parent(event: Event, parent: Parent) -> Event:
    """The child points at its parent, and happened where it did unless the text says else.

    A gathering the article names only as the setting of the event ("met on the sidelines of
    the BRICS summit in Johannesburg"), or by a common noun alone ("the summit"), is no record
    of its own: the child then has no parent, but still its place ("on the margins of the
    summit in Hiroshima").
    """
    place = event.place or (parent.place.id if parent.place else None)
    if parent.reported_as == event.id or not parent.reported_on:
        return replace(event, place=place)
    parent.children.append(event)
    return replace(event, parent=parent.id, place=place)


def with_attendees(event: Event, parents: Iterable[Parent]) -> Event:
    """A summit the article reports has, among its participants, everyone who met on its
    sidelines ("Starmer met Xi on the sidelines of the summit")."""
    children = [child for p in parents if p.reported_as == event.id for child in p.children]
    if not children:
        return event
    extra = [
        p
        for child in children
        for p in child.participants
        if not any(same_side(p, q) for q in event.participants)
    ]
    return replace(event, participants=tuple(dict.fromkeys((*event.participants, *extra))))


def beside_the_summit(built: list[Event], beside: list[bool]) -> list[Event]:
    """ "On the sidelines, Modi, Biden ... signed": held beside the one summit the article
    reports that day, which they attended too."""
    built = list(built)
    for position, event in enumerate(built):
        if not beside[position] or event.parent is not None or event.date is None:
            continue
        summits = [
            (index, summit)
            for index, summit in enumerate(built)
            if summit.type == "summit"
            and summit.status == "occurred"
            and summit.date
            and summit.date.start <= event.date.end
            and event.date.start <= summit.date.end
        ]
        if len(summits) != 1:
            continue
        index, summit = summits[0]
        extra = [
            p for p in event.participants if not any(same_side(p, q) for q in summit.participants)
        ]
        built[index] = replace(summit, participants=(*summit.participants, *extra))
        built[position] = replace(event, parent=summit.id, place=event.place or summit.place)
    return built
