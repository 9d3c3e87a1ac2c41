"""When two records are one: the same real event, the same person, place or organization.

Pure predicates over frozen records, used by `generator.curate` to merge proposals.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from generator.records import Event, Organization, Person, Place, Quote

Entity = Person | Place | Organization
_ONE_DAY = dt.timedelta(days=1)
# Types that can name one real event: one report says "talks", another "met", a third "visit".
_TYPE_FAMILY = dict.fromkeys(("meeting", "talks", "summit", "visit"), "in person")


def same_event(record: Event, proposed: Event) -> bool:
    """True when two event records describe one real event."""
    return (
        family(record.type) == family(proposed.type)
        and dates_agree(record, proposed)
        and sides(record, proposed) is not None
    )


def family(event_type: str) -> str:
    return _TYPE_FAMILY.get(event_type, event_type)


def dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        # Undated events are mostly proposals: the same pair's possible meeting, in one year.
        happened = (a.status == "occurred") == (b.status == "occurred")
        return a.date is None and b.date is None and happened and a.year == b.year
    return a.date.start - _ONE_DAY <= b.date.end and b.date.start - _ONE_DAY <= a.date.end


def sides(a: Event, b: Event) -> str | None:
    """'same' or 'subset' when the participants agree (people, else countries), else None."""
    left, right = people_of(a), people_of(b)
    if not (left and right):
        left, right = set(a.countries), set(b.countries)
    if not (left and right) or not (left <= right or right <= left):
        return None
    return "same" if left == right else "subset"


def people_of(event: Event) -> set[str]:
    return {participant.person for participant in event.participants if participant.person}


def closeness(record: Event, proposed: Event, gatherings: Collection[str] = ()) -> tuple:
    """Sort key among matching records: the likeliest record of the proposed event first.

    `gatherings` are the ids of events that others were held beside (a session, a summit),
    records and proposals alike. An event held beside another never prefers a gathering;
    a plain "X met Y" prefers the side meeting of X and Y to the session around it. Then
    come the same type, the same participants, the nearest date.
    """
    record_gathers, proposal_gathers = record.id in gatherings, proposed.id in gatherings
    return (
        proposed.parent is not None and record.parent is None,
        record_gathers != proposal_gathers,
        record.type != proposed.type,
        sides(record, proposed) != "same",
        day_distance(record, proposed),
        record.id,
    )


def day_distance(a: Event, b: Event) -> int:
    if a.date is None or b.date is None:
        return 0
    return abs((a.date.start - b.date.start).days)


def cites(event: Event, article: str) -> bool:
    return any(source.article == article for source in event.sources)


def same_evidence(record: Event, proposed: Event, article: str) -> bool:
    """The record cites the same sentence for a compatible event among the same people."""
    sentences = {_words(s.evidence) for s in record.sources if s.article == article} - {""}
    proposed_sentences = {_words(source.evidence) for source in proposed.sources}
    return (
        bool(sentences & proposed_sentences)
        and family(record.type) == family(proposed.type)
        and _overlap(record, proposed)
    )


def _overlap(a: Event, b: Event) -> bool:
    """Some participant in common: a person, or a country when either names no person."""
    left, right = people_of(a), people_of(b)
    if not (left and right):
        left, right = set(a.countries), set(b.countries)
    return bool(left & right)


def _words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _quote_key(text: str) -> str:
    return _words(text).strip(" \"'“”‘’«».,;:…")


def repeats(quote: Quote, quotes: Iterable[Quote]) -> bool:
    """True when `quotes` already hold these words (or, from the same speaker, more of them)."""
    key = _quote_key(quote.text)
    for other in quotes:
        other_key = _quote_key(other.text)
        if key == other_key or (other.speaker == quote.speaker and key in other_key):
            return True
    return False


def unique_quotes(quotes: Iterable[Quote], kept: Sequence[Quote] = ()) -> tuple[Quote, ...]:
    new: list[Quote] = []
    for quote in quotes:
        if quote.text.strip() and not repeats(quote, [*kept, *new]):
            new.append(quote)
    return tuple(new)


def free_id(base: str, taken: Mapping[str, object] | set[str]) -> str:
    """`base`, or `base-2`, `base-3`… when another record already has it."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def name_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().replace(".", " ").replace("-", " ").split())


def names(record: Entity) -> set[str]:
    return {name_key(name) for name in (record.name, *record.aliases)} - {""}


def same_entity(a: Entity, b: Entity) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    return name_key(a.name) in names(b) or name_key(b.name) in names(a)


def combined(first: Entity, second: Entity) -> Entity:
    """One new record from two proposals of it: the first's values, every alias of both."""
    names = [*first.aliases, second.name, *second.aliases]
    aliases = tuple(dict.fromkeys(name for name in names if name != first.name))
    filled = {"aliases": aliases, "country": first.country or second.country}
    if isinstance(first, Person) and isinstance(second, Person):
        filled["roles"] = tuple(dict.fromkeys((*first.roles, *second.roles)))
    return replace(first, **filled)
