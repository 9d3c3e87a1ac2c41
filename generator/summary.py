"""What a reviewer reads: the summary of an `add` or `extract` run, and the `review` list.

The run summary comes as plain text for the terminal and as Markdown for a pull request's
job summary. Names and titles come from articles, so in Markdown they are escaped: a title
with `|`, `*` or `<script>` stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from generator.contribute import Run
from generator.curate import LOW_CONFIDENCE, Outcome
from generator.records import (
    Archive,
    DateSpan,
    Event,
    Organization,
    Participant,
    Person,
    Place,
    Topic,
)
from generator.serialize import kind_of

ACTIONS = {"created": "new", "added": "added to", "known": "already in"}
SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring"}
SEASONS |= {6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}
# Enough to keep text as text in GitHub's Markdown: no emphasis, link, HTML, table cell or entity.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#!|~&])")


@dataclass(frozen=True, slots=True)
class EventLine:
    """One proposed event as a reviewer sees it."""

    action: str
    date: str
    type: str
    status: str
    participants: str
    place: str
    confidence: str
    path: str


def format_date(span: DateSpan | None) -> str:
    """A date as precise as the record says: 2019-05-06, 2019-05, summer 2018, 2016."""
    if span is None:
        return "no date"
    if span.precision == "year":
        return str(span.start.year)
    if span.precision == "season":
        return f"{SEASONS[span.start.month]} {span.end.year}"
    if span.precision == "month":
        return span.start.strftime("%Y-%m")
    if span.end != span.start:
        return f"{span.start.isoformat()} to {span.end.isoformat()}"
    return span.start.isoformat()


class _Names:
    """Display names of the records a summary mentions."""

    def __init__(self, archive: Archive) -> None:
        self.people = {person.id: person.name for person in archive.people}
        self.places = {place.id: place.name for place in archive.places}
        self.countries = {country.code: country.name for country in archive.countries}

    def participant(self, participant: Participant) -> str:
        if participant.person is None:
            return self.countries.get(participant.country or "", participant.country or "?")
        name = self.people.get(participant.person, participant.person)
        return f"{name} ({participant.country})" if participant.country else name

    def participants(self, event: Event) -> str:
        return ", ".join(self.participant(p) for p in event.participants) or "none found"

    def place(self, event: Event) -> str:
        return self.places.get(event.place, event.place) if event.place else "-"


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """One article of a run as a reviewer sees it: its events and the people it names."""

    path: str
    title: str
    source: str
    events: tuple[EventLine, ...]
    people: str


def article_reports(run: Run) -> list[ArticleReport]:
    """A report per article, leaving out those that only confirmed what is recorded."""
    names = _Names(run.curated.archive)
    new_people = {record.id for record in run.curated.created if kind_of(record) == "person"}
    found = {item.article: item.people for item in run.curated.found}
    outcomes: dict[str, list[Outcome]] = {}
    for outcome in run.curated.outcomes:
        outcomes.setdefault(outcome.article, []).append(outcome)
    reports = []
    for article in run.articles:
        own = outcomes.get(article.id, [])
        if own and all(outcome.action == "known" for outcome in own):
            continue
        people = [
            names.people.get(pid, pid) + (" (new)" if pid in new_people else "")
            for pid in found.get(article.id, ())
        ]
        reports.append(
            ArticleReport(
                path=run.paths.get(("article", article.id), article.id),
                title=article.title,
                source=article.source,
                events=tuple(_event_line(run, names, outcome) for outcome in own),
                people=", ".join(people) or "none",
            )
        )
    return reports


def _event_line(run: Run, names: _Names, outcome: Outcome) -> EventLine:
    event = outcome.proposed
    confidence = event.extraction.confidence if event.extraction else None
    return EventLine(
        action=ACTIONS[outcome.action],
        date=format_date(event.date),
        type=event.type,
        status=event.status,
        participants=names.participants(event),
        place=names.place(event),
        confidence="-" if confidence is None else f"{confidence:.2f}",
        path=run.paths.get(("event", outcome.record), outcome.record),
    )


def _headline(run: Run) -> str:
    outcomes = run.curated.outcomes
    counts = {action: sum(o.action == action for o in outcomes) for action in ACTIONS}
    return (
        f"{_count(len(run.articles), 'article')}: {_count(len(outcomes), 'event')} found "
        f"({counts['created']} new, {counts['added']} added to existing records, "
        f"{counts['known']} already recorded); {_count(len(run.curated.created), 'new record')}; "
        f"{_count(len(run.curated.doubts), 'item')} to check."
    )


def _count(number: int, noun: str, plural: str = "") -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {plural or noun + 's'}"


def _doubts(run: Run) -> Iterator[tuple[str, str]]:
    for doubt in run.curated.doubts:
        yield run.paths.get((doubt.kind, doubt.id), doubt.id), doubt.reason


def _additions(run: Run) -> Iterator[tuple[str, str]]:
    for addition in run.curated.additions:
        what = f"{_count(len(addition.sources), 'source')}, {_count(len(addition.quotes), 'quote')}"
        yield run.paths[("event", addition.event)], what


def _created(run: Run) -> Iterator[tuple[str, str]]:
    for record in run.curated.created:
        label = getattr(record, "title", None) or getattr(record, "name", record.id)
        yield run.paths[(kind_of(record), record.id)], f"{kind_of(record)}: {label}"


def _lists(run: Run) -> list[tuple[str, list[tuple[str, str]]]]:
    """The run's new records, additions and items to check, each as (path, what)."""
    lists = [
        ("New records", list(_created(run))),
        ("Added to existing records", list(_additions(run))),
        ("To check", list(_doubts(run))),
    ]
    return [(title, items) for title, items in lists if items]


def _unchanged(run: Run, reports: Sequence[ArticleReport]) -> list[str]:
    """A line for the articles left out, which only confirmed what is recorded."""
    hidden = len(run.articles) - len(reports)
    noun = "other article" if reports else "article"
    return ["", f"{_count(hidden, noun)}: nothing new."] if hidden else []


def summary_text(run: Run) -> str:
    """The run summary for the terminal."""
    reports = article_reports(run)
    out = [_headline(run)]
    for report in reports:
        out += ["", f"{report.path}  {report.title}"]
        out += [_text_event(line) for line in report.events] or ["  no diplomatic event found"]
        out.append(f"  people: {report.people}")
    out += _unchanged(run, reports)
    for title, items in _lists(run):
        out += ["", f"{title} ({len(items)}):", *(f"  {path}: {what}" for path, what in items)]
    return "\n".join(out) + "\n"


def _text_event(line: EventLine) -> str:
    head = f"  {line.action} {line.path}"
    body = f"{line.date}, {line.type}, {line.status}: {line.participants}; place {line.place}"
    return f"{head}\n    {body}; confidence {line.confidence}"


def summary_markdown(run: Run) -> str:
    """The run summary as Markdown, for a pull request's job summary."""
    reports = article_reports(run)
    out = ["## Extraction summary", "", _escape(_headline(run))]
    for report in reports:
        out += [
            "",
            f"### {_escape(report.title)}",
            "",
            f"`{report.path}`, {_escape(report.source)}",
        ]
        out += ["", *_markdown_table(report.events), "", f"People: {_escape(report.people)}"]
    out += _unchanged(run, reports)
    for title, items in _lists(run):
        out += ["", f"### {title} ({len(items)})", ""]
        out += [f"- `{path}`: {_escape(what)}" for path, what in items]
    return "\n".join(out) + "\n"


def _markdown_table(lines: Sequence[EventLine]) -> list[str]:
    if not lines:
        return ["No diplomatic event found."]
    header = "| | Date | Type | Status | Participants | Place | Confidence | Record |"
    rows = [header, "|---|---|---|---|---|---|---|---|"]
    for line in lines:
        cells = [line.action, line.date, line.type, line.status, line.participants, line.place]
        escaped = [_escape(cell) for cell in (*cells, line.confidence)]
        rows.append("| " + " | ".join([*escaped, f"`{line.path}`"]) + " |")
    return rows


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


REVIEW_KINDS = ("events", "people", "places", "organizations", "topics")


def review_text(archive: Archive, kinds: Sequence[str] = REVIEW_KINDS) -> str:
    """Records of `kinds` with `reviewed: false`, by kind; the least certain events first."""
    groups = [
        ("Events", "event", sorted(archive.events, key=_review_order)),
        ("People", "person", archive.people),
        ("Places", "place", archive.places),
        ("Organizations", "organization", archive.organizations),
        ("Topics", "topic", archive.topics),
    ]
    waiting = [
        (title, noun, [record for record in records if not record.reviewed])
        for title, noun, records in groups
        if title.lower() in kinds
    ]
    waiting = [group for group in waiting if group[2]]
    if not waiting:
        return "Nothing waits for a curator: every record is reviewed.\n"
    counts = ", ".join(
        _count(len(records), noun, title.lower()) for title, noun, records in waiting
    )
    out = [f"Waiting for a curator: {counts}."]
    for title, _noun, records in waiting:
        out += ["", f"{title} ({len(records)}):", *(_review_line(record) for record in records)]
    return "\n".join(out) + "\n"


def _review_order(event: Event) -> tuple[float, str]:
    # Hand-written events have no confidence; they come after the machine's doubtful ones.
    return (event.extraction.confidence if event.extraction else 1.0, event.id)


def _review_line(record: Event | Person | Place | Organization | Topic) -> str:
    path = record.origin.path
    if not isinstance(record, Event):
        return f"  {path}  {record.name}"
    if record.extraction is None:
        return f"  -     {path}  {record.title}"
    confidence = record.extraction.confidence
    low = "  (low confidence)" if confidence < LOW_CONFIDENCE else ""
    return f"  {confidence:.2f}  {path}  {record.title}{low}"
