"""What the extraction tests read of a proposal: who took part in each event, sorted, so that
an assertion names people and not the order the extractor found them in."""

from __future__ import annotations


def people_at(event) -> list[str | None]:
    """The people of an event, sorted."""
    return sorted(p.person for p in event.participants)


def people_of(found) -> list[list[str]]:
    """The sorted people and countries of each proposed event, events sorted."""
    return sorted(
        sorted(p.person or p.country or "" for p in event.participants) for event in found.events
    )
