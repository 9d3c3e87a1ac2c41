"""What reviewers read: dates as precise as the record, the least certain events first."""

from __future__ import annotations

import datetime as dt

from generator.records import Archive, DateSpan, Event, Extraction, Source, SourceRef
from generator.summary import format_date, review_text


def span(start: str, end: str, precision: str) -> DateSpan:
    return DateSpan(dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision)


def test_dates_show_their_precision() -> None:
    assert format_date(span("2019-05-06", "2019-05-06", "day")) == "2019-05-06"
    assert format_date(span("2019-05-06", "2019-05-07", "day")) == "2019-05-06 to 2019-05-07"
    assert format_date(span("2019-05-01", "2019-05-31", "month")) == "2019-05"
    assert format_date(span("2018-06-01", "2018-08-31", "season")) == "summer 2018"
    assert format_date(span("2018-12-01", "2019-02-28", "season")) == "winter 2019"
    assert format_date(span("2016-01-01", "2016-12-31", "year")) == "2016"
    assert format_date(None) == "no date"


def event(event_id: str, confidence: float | None, reviewed: bool = False) -> Event:
    extraction = Extraction(confidence, "m", "0.1.0") if confidence is not None else None
    return Event(
        event_id,
        event_id.title(),
        "talks",
        "occurred",
        None,
        (),
        (Source("a"),),
        extraction=extraction,
        reviewed=reviewed,
        origin=SourceRef(f"seeds/events/2019/{event_id}.yml"),
    )


def test_review_puts_the_least_certain_events_first_and_hand_written_ones_last() -> None:
    events = (
        event("2019-a", 0.95),
        event("2019-b", None),
        event("2019-c", 0.3),
        event("2019-d", 0.1, reviewed=True),
    )
    assert review_text(Archive(events=events)) == (
        "Waiting for a curator: 3 events.\n"
        "\n"
        "Events (3):\n"
        "  0.30  seeds/events/2019/2019-c.yml  2019-C  (low confidence)\n"
        "  0.95  seeds/events/2019/2019-a.yml  2019-A\n"
        "  -     seeds/events/2019/2019-b.yml  2019-B\n"
    )
