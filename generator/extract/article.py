"""One article's proposals: its events (and the gatherings they were held beside), the new
people, places and organizations they involve, every resolved name, and the quotes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from generator import __version__
from generator.extract import events as ev
from generator.extract.briefings import briefing_from_title
from generator.extract.candidates import find_candidates
from generator.extract.clusters import Cluster, cluster_candidates
from generator.extract.dating import find_dates
from generator.extract.event_dates import dated
from generator.extract.gatherings import (
    Parent,
    adopt_reported,
    beside_the_summit,
    collect_parents,
    gathering_key,
    parent_events,
    with_attendees,
    with_parent,
)
from generator.extract.quotes import QuoteFound, find_quotes, with_speakers_in_quotes
from generator.extract.reading import PlaceMention, Reading
from generator.extract.records_out import new_records, resolved_mentions
from generator.extract.tellings import tellings
from generator.extract.topics import event_topics, topic_spans, topics_by_sentence
from generator.records import ArticleProposals, Event, Extraction, Quote, Source

# How many sentences after an event's mention a quote of one of its people still belongs to it.
QUOTE_REACH = 2
# Events with no place by nature: a call, a written statement.
PLACELESS_TYPES = {"phone_call", "statement"}
# How many days from publication an event may be and still have happened at the dateline.
DATELINE_REACH_DAYS = 2
# Confidence lost for each guess an event rests on.
PENALTIES = {"published": 0.3, "borrowed": 0.15, "parent": 0.1, "related": 0.1, "none": 0.1}
BASE_CONFIDENCE = 0.9


@dataclass(frozen=True, slots=True)
class Settings:
    model: str
    topic_matcher: object


def propose_article(reading: Reading, settings: Settings) -> ArticleProposals:
    quotes = find_quotes(reading)
    reading = with_speakers_in_quotes(reading, quotes)
    dates = find_dates(reading.doc, reading.article.published)
    candidates = dated(reading, find_candidates(reading), dates)
    clusters = cluster_candidates(candidates, reading.article.published)
    spans = topic_spans(reading, settings.topic_matcher)
    topics = event_topics(reading, clusters, topics_by_sentence(reading, spans))
    builder = _EventBuilder(reading, settings.model, quotes)
    records = _with_places(reading, builder.build(clusters, topics))
    briefing = briefing_from_title(reading, records, settings.model)
    records = (*records, briefing) if briefing else records
    people, places, organizations = new_records(reading, records, quotes)
    return ArticleProposals(
        article=reading.article.id,
        events=records,
        people=people,
        places=places,
        organizations=organizations,
        mentions=resolved_mentions(reading, (people, places, organizations), spans),
        quotes=tuple(_quote(reading, quote) for quote in quotes),
        tellings=tellings(reading, candidates),
    )


def _quote(reading: Reading, found: QuoteFound) -> Quote:
    return Quote(speaker=found.speaker, article=reading.article.id, text=found.text)


class _EventBuilder:
    def __init__(self, reading: Reading, model: str, quotes: tuple[QuoteFound, ...]) -> None:
        self.reading = reading
        self.extraction_model = model
        self.quotes = quotes
        self.taken: set[str] = set()
        self.homes: dict[QuoteFound, Cluster] = {}
        self.clusters: tuple[Cluster, ...] = ()

    def build(
        self, clusters: tuple[Cluster, ...], topics: dict[int, tuple[str, ...]]
    ) -> tuple[Event, ...]:
        self.homes = quote_homes(self.quotes, clusters)
        self.clusters = clusters
        parents = collect_parents(clusters)
        _count_sentences(parents, self.reading)
        keys = [_parent_key(cluster) for cluster in clusters]
        built = [
            self._event(cluster, topics.get(position, ()), parents.get(keys[position] or ""))
            for position, cluster in enumerate(clusters)
        ]
        built = self._with_stray_quotes(clusters, built)
        adopt_reported(parents, built, keys)
        built = [
            with_parent(event, parents[key]) if key else event
            for event, key in zip(built, keys, strict=True)
        ]
        built = beside_the_summit(built, [any(m.beside for m in c.members) for c in clusters])
        built = [
            attended
            for attended in (with_attendees(event, parents.values()) for event in built)
            if attended.participants  # "the EU summit": an organization's event, no one named
        ]
        # Gatherings come after the events held beside them: a merge that takes one for the
        # other (same people, same day) then keeps the event the text reports.
        gatherings = parent_events(parents, self.taken)
        return (*sorted(built, key=lambda event: event.id), *gatherings)

    def _event(self, cluster: Cluster, topics: tuple[str, ...], parent: Parent | None) -> Event:
        reading = self.reading
        published = reading.article.published
        related = ev.related_date(cluster, self.clusters)
        dating = ev.dating(cluster, published, parent.date if parent else None, related)
        status = _status(cluster, dating, published)
        place = ev.place(cluster)
        day = dating.span.start if dating.span else published
        participants = ev.participants(reading, cluster, day)
        names = ev.short_names(reading, cluster, participants)
        senior = ev.short_names(reading, cluster, ev.principals(cluster, participants))
        event_type = ev.hosted_type(reading, cluster)
        return Event(
            id=self._unique(ev.event_id(reading, event_type, status, dating.span, senior)),
            title=ev.title(event_type, status, names, place.text if place else None),
            type=event_type,
            status=status,
            date=dating.span,
            participants=participants,
            sources=(Source(reading.article.id, cluster.seed.evidence),),
            place=place.id if place else None,
            organizations=ev.organizations(cluster, ev.gathering(cluster)),
            topics=topics,
            quotes=self._quotes_of(cluster),
            extraction=self._extraction(cluster, dating.source, status),
        )

    def _with_stray_quotes(self, clusters: tuple[Cluster, ...], built: list[Event]) -> list[Event]:
        """A quote no nearby event claims goes to the closest earlier event its speaker took part
        in: readouts often quote a participant paragraphs after the sentence reporting the event."""
        events = list(built)
        for quote in (quote for quote in self.quotes if quote not in self.homes):
            taking_part = [
                position
                for position, event in enumerate(events)
                if quote.speaker in {participant.person for participant in event.participants}
            ]
            if not taking_part:
                continue

            chosen = min(taking_part, key=lambda position: _distance(quote, clusters[position]))
            quotes = (*events[chosen].quotes, _quote(self.reading, quote))
            events[chosen] = replace(events[chosen], quotes=quotes)
        return events

    def _unique(self, event_id: str) -> str:
        candidate, number = event_id, 2
        while candidate in self.taken:
            candidate, number = f"{event_id}-{number}", number + 1
        self.taken.add(candidate)
        return candidate

    def _quotes_of(self, cluster: Cluster) -> tuple[Quote, ...]:
        chosen = [quote for quote in self.quotes if self.homes.get(quote) is cluster]
        return tuple(_quote(self.reading, quote) for quote in chosen)

    def _extraction(self, cluster: Cluster, date_source: str, status: str) -> Extraction:
        score = BASE_CONFIDENCE - PENALTIES.get(date_source, 0.0)
        if len(cluster.sides) < 2:
            score -= 0.1
        if any(actor.kind == "person" and not actor.known for actor in cluster.actors):
            score -= 0.05
        if status != "occurred":
            score -= 0.05
        if len(cluster.members) > 1:
            score += 0.05
        confidence = round(min(0.99, max(0.05, score)), 2)
        return Extraction(confidence, self.extraction_model, __version__)


def _distance(quote: QuoteFound, cluster: Cluster) -> tuple[bool, int]:
    """How far a quote stands from an event's first report, earlier reports first."""
    gap = min(quote.sentences) - min(member.sentence for member in cluster.members)
    return (gap < 0, abs(gap))


def quote_homes(
    quotes: tuple[QuoteFound, ...], clusters: tuple[Cluster, ...]
) -> dict[QuoteFound, Cluster]:
    """The event each quote belongs to: one its speaker took part in, reported in the quote's
    sentence, else the nearest one reported shortly before it."""
    homes: dict[QuoteFound, Cluster] = {}
    for quote in quotes:
        scored = []
        for position, cluster in enumerate(clusters):
            if quote.speaker not in cluster.people:
                continue
            gaps = [min(quote.sentences) - m.sentence for m in cluster.members]
            before = [gap for gap in gaps if 0 <= gap <= QUOTE_REACH]
            if set(quote.sentences) & {m.sentence for m in cluster.members}:
                scored.append((0, position))
            elif before:
                scored.append((min(before), position))
        if scored:
            homes[quote] = clusters[min(scored)[1]]
    return homes


def _count_sentences(parents: dict[str, Parent], reading: Reading) -> None:
    for parent in parents.values():
        named = {
            reading.sentence_of(org.start).start
            for org in reading.organizations
            if org.id == parent.organization
        }
        parent.sentences = len(named)


def _parent_key(cluster: Cluster) -> str | None:
    gathering = ev.gathering(cluster)
    return gathering_key(gathering) if gathering else None


def _with_places(reading: Reading, events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Where the text names no place for a recent in-person event: the dateline's city, else
    the city of another event the article reports on the same day."""
    dateline = reading.dateline
    return tuple(_placed(event, events, dateline, reading.article.published) for event in events)


def _placed(
    event: Event, events: tuple[Event, ...], dateline: PlaceMention | None, published: dt.date
) -> Event:
    if event.place or event.type in PLACELESS_TYPES or event.status != "occurred":
        return event
    if event.date is None or abs((event.date.start - published).days) > DATELINE_REACH_DAYS:
        return event
    if dateline is not None:
        return replace(event, place=dateline.id)
    # Where a spokesperson briefed says nothing of where the events briefed on were.
    same_day = [
        e.place
        for e in events
        if e.place and e.date == event.date and e is not event and e.type != "press_conference"
    ]
    return replace(event, place=same_day[0]) if same_day else event


def _status(cluster: Cluster, dating: ev.Dating, published: dt.date) -> str:
    """A plan the text gives a time to come is scheduled: "would host Xi in March" is planned,
    "a possible meeting" with no time proposed."""
    status = ev.status(cluster)
    future = dating.span is not None and dating.span.start > published
    timed = future and dating.source == "text"
    if status == "planned" and dating.span is None:
        return "proposed"
    return (
        "planned"
        if (status == "occurred" and future) or (status == "proposed" and timed)
        else status
    )
