"""When two records are one: the same real event, the same person, place or organization.

Pure predicates over frozen records, and the registry of the people, places and organizations
one merge knows, used by `generator.curate` to merge proposals.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from generator.records import DateSpan, Event, Organization, Participant, Person, Place, Quote

Entity = Person | Place | Organization
_ONE_DAY = dt.timedelta(days=1)
# Outlets report one plan within weeks of each other ("they agreed to meet", "they will meet on
# 28 June"); a plan reported further apart is more likely a new one.
_REPORTS_APART = dt.timedelta(days=31)
# Outlets report an event within days; a text with no date gets its publication date.
_LATE_REPORT = dt.timedelta(days=3)
# An undated report of something that happened tells of the past week, not of last month.
_REPORTED_SOON = dt.timedelta(days=7)
# Types that can name one real event: one report says "talks", another "met", a third "visit".
_TYPE_FAMILY = dict.fromkeys(("meeting", "talks", "summit", "visit"), "in person")


def same_event(
    record: Event, proposed: Event, published: Mapping[str, dt.date] | None = None
) -> bool:
    """True when two event records describe one real event.

    `published` gives articles' publication dates, which tell whether a dated and an undated
    report of one plan were written at about the same time.
    """
    return (
        family(record.type) == family(proposed.type)
        and happened(record) == happened(proposed)
        and dates_agree(record, proposed, published or {})
        and not _elsewhere(record, proposed)
        and (sides(record, proposed) is not None or same_gathering(record, proposed))
        and not _more_in_passing(record, proposed)
        and not _more_in_passing(proposed, record)
    )


def _more_in_passing(loose: Event, exact: Event) -> bool:
    """ "When Kishida, Yoon and Biden met in Hiroshima in May" is not Kishida's visit to Seoul
    on May 7: a report in passing, dated by its month or year, that names someone the dated
    report does not is another event."""
    if loose.date is None or exact.date is None or "summit" in (loose.type, exact.type):
        return False  # a summit's reports each name a few of the leaders there
    if loose.date.precision == "day" or exact.date.precision != "day":
        return False
    return _matched(loose.participants, exact.participants) < len(loose.participants)


def _elsewhere(a: Event, b: Event) -> bool:
    """ "Last met in Hiroshima in May" is not the visit to Seoul on May 7: a loose date joins
    another report only where the places agree."""
    loose = any(e.date is not None and e.date.precision != "day" for e in (a, b))
    return loose and a.place is not None and b.place is not None and a.place != b.place


def same_gathering(a: Event, b: Event) -> bool:
    """Two reports of one summit name different leaders: the same organization's summit, or
    a summit in the same city, on days that meet (`dates_agree`) is one."""
    if a.type != "summit" or b.type != "summit":
        return False
    return bool(set(a.organizations) & set(b.organizations)) or (
        a.place is not None and a.place == b.place
    )


def family(event_type: str) -> str:
    return _TYPE_FAMILY.get(event_type, event_type)


def happened(event: Event) -> bool:
    """A meeting that was proposed and the meeting that later took place are two events."""
    return event.status == "occurred"


def dates_agree(a: Event, b: Event, published: Mapping[str, dt.date] | None = None) -> bool:
    published = published or {}
    if a.date is not None and b.date is not None:
        return (
            spans_meet(a.date, b.date)
            or reported_late(a, b, published)
            or reported_late(b, a, published)
        )
    if a.date is None and b.date is None:
        return a.year == b.year
    undated, dated = (a, b) if a.date is None else (b, a)
    if happened(undated) and happened(dated):
        return reported_within_days(dated, undated, published)
    # One report gives a plan its date and another does not: one plan when reported together.
    return not (happened(a) or happened(b)) and reported_together(a, b, published)


def reported_within_days(dated: Event, undated: Event, published: Mapping[str, dt.date]) -> bool:
    """An undated report of an event that happened may be of one dated a few days before it."""
    if dated.date is None:
        return False
    end = dated.date.end
    return any(day - _REPORTED_SOON <= end <= day for day in _published(undated, published))


def spans_meet(a: DateSpan, b: DateSpan) -> bool:
    """Within a day of each other; a month, a week or a season counts as every day in it."""
    return a.start - _ONE_DAY <= b.end and b.start - _ONE_DAY <= a.end


def reported_late(late: Event, other: Event, published: Mapping[str, dt.date]) -> bool:
    """`late`, dated the day its article came out (as when the text gives no date), may be the
    event that `other` dates a few days earlier: a report is never earlier than its event."""
    if not (happened(late) and on_publication_day(late, published) and other.date):
        return False
    day = late.date.start if late.date else None
    return day is not None and day - _LATE_REPORT <= other.date.start <= other.date.end <= day


def on_publication_day(event: Event, published: Mapping[str, dt.date]) -> bool:
    date = event.date
    return (
        date is not None and date.precision == "day" and date.start in _published(event, published)
    )


def sharper(date: DateSpan | None, than: DateSpan | None) -> bool:
    """True when `date` tells more: a date where there was none, a day within a month or week."""
    if date is None:
        return False
    return than is None or (than.start <= date.start <= date.end <= than.end and date != than)


def reported_together(a: Event, b: Event, published: Mapping[str, dt.date]) -> bool:
    """Some article of each was published within a month of one of the other's (else: one year)."""
    left, right = _published(a, published), _published(b, published)
    if not (left and right):
        return a.year == b.year
    return any(abs(first - second) <= _REPORTS_APART for first in left for second in right)


def _published(event: Event, published: Mapping[str, dt.date]) -> list[dt.date]:
    dates = (published.get(source.article) for source in event.sources)
    return [date for date in dates if date is not None]


def sides(a: Event, b: Event) -> str | None:
    """How the participants agree: 'same', 'subset' (one report names fewer), 'overlap', or None.

    A side is a person, or a country: a report that names only Turkey and one that names
    Turkey's president agree on that side; two different people of one country do not.
    'overlap': at least two sides in common, making at least half of each report's sides or
    the two each names first, beside officials of their countries only, as when each outlet
    adds a different minister to the two leaders who met.
    """
    a_in_b, b_in_a = (
        _matched(a.participants, b.participants),
        _matched(b.participants, a.participants),
    )
    if not (a_in_b and b_in_a):
        return None
    if a_in_b == len(a.participants) and b_in_a == len(b.participants):
        return "same"
    if a_in_b == len(a.participants) or b_in_a == len(b.participants):
        return "subset"
    halves = 2 * a_in_b >= len(a.participants) and 2 * b_in_a >= len(b.participants)
    delegations = _delegations_only(a, b) and _delegations_only(b, a)
    return "overlap" if min(a_in_b, b_in_a) >= 2 and (halves or delegations) else None


def _delegations_only(a: Event, b: Event) -> bool:
    """The two `a` names first are in `b`, and everyone else `a` names beyond `b` is of their
    countries (or of none known): each readout lists its own side's delegation ("joined by
    Blinken, Yellen and Sullivan"; "Wang Yi was present")."""
    shared = [p for p in a.participants if any(same_side(p, q) for q in b.participants)]
    if any(p not in shared for p in a.participants[:2]):
        return False
    countries = {p.country for p in shared if p.country}
    extra = [p for p in a.participants if p not in shared]
    return all(p.country is None or p.country in countries for p in extra)


def joined_sides(record: Event, other: Event) -> tuple[Participant, ...]:
    """The record's participants, a country named for want of a name replaced by the people
    of that country `other` names ("Tuvalu's prime minister" by Kausea Natano), then those of
    `other` on a side the record does not name."""
    named = [*record.participants]
    for index, side in reversed(list(enumerate(named))):
        if side.person is None and side.country is not None:
            people = [p for p in other.participants if _stands_for(p, side)]
            named[index : index + 1] = [p for p in people if p not in named] or [side]
    extra = (p for p in other.participants if not any(same_side(p, q) for q in named))
    return (*named, *extra)


def _stands_for(person: Participant, side: Participant) -> bool:
    """A named person of the country, with the title the side was given, if any."""
    titled = side.role is None or person.role == side.role
    return person.person is not None and person.country == side.country and titled


def covers(larger: Event, smaller: Event) -> bool:
    """`larger` names every side `smaller` does, and more."""
    inside = _matched(smaller.participants, larger.participants) == len(smaller.participants)
    return inside and len(larger.participants) > len(smaller.participants)


def _matched(some: Iterable[Participant], others: Sequence[Participant]) -> int:
    """How many of `some` are on a side that `others` name."""
    return sum(any(same_side(one, other) for other in others) for one in some)


def same_side(one: Participant, other: Participant) -> bool:
    if one.person and other.person:
        return one.person == other.person
    return one.country is not None and one.country == other.country


def closeness(record: Event, proposed: Event, gatherings: Collection[str] = ()) -> tuple:
    """Sort key among matching records: the likeliest record of the proposed event first.

    `gatherings` are the ids of events that others were held beside (a session, a summit),
    records and proposals alike. An event held beside another never prefers a gathering;
    a plain "X met Y" prefers the side meeting of X and Y to the session around it. Then
    come the same type, the same participants, the same status ("promised to visit Seoul"
    is the proposed visit, not a trip planned for Thursday), the nearest date.
    """
    record_gathers, proposal_gathers = record.id in gatherings, proposed.id in gatherings
    return (
        proposed.parent is not None and record.parent is None,
        record_gathers != proposal_gathers,
        record.type != proposed.type,
        sides(record, proposed) != "same",
        record.status != proposed.status,
        day_distance(record, proposed),
        record.id,
    )


def fit(record: Event, proposed: Event) -> tuple[int, bool, bool]:
    """How well a proposal fits a record, best first: the words their ids share (the names
    of the people who met, or of the summit), then the same sides, then the same type."""
    shared = len(_id_words(record.id) & _id_words(proposed.id))
    return (-shared, sides(record, proposed) != "same", record.type != proposed.type)


def _id_words(event_id: str) -> set[str]:
    return {word for word in event_id.split("-") if not word.isdigit()}


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
    """Some side in common: a person, or a country and a person of it."""
    return any(same_side(one, other) for one in a.participants for other in b.participants)


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
    if name_key(a.name) in names(b) or name_key(b.name) in names(a):
        return True
    return isinstance(a, Person) and (_named_within(a, b) or _named_within(b, a))


def _named_within(longer: Entity, full: Entity) -> bool:
    """ "Reconciliation Zalmay Khalilzad", a title's last word taken into the name, is Zalmay
    Khalilzad: a full name of two words or more ends the other."""
    name = name_key(full.name)
    return len(name.split()) >= 2 and name_key(longer.name).endswith(" " + name)


def _name_tails(name: str) -> list[str]:
    words = name_key(name).split()
    return [" ".join(words[start:]) for start in range(1, len(words) - 1)]


def combined(first: Entity, second: Entity) -> Entity:
    """One new record from two proposals of it: the first's values, every alias of both."""
    names = [*first.aliases, second.name, *second.aliases]
    aliases = tuple(dict.fromkeys(name for name in names if name != first.name))
    filled = {"aliases": aliases, "country": first.country or second.country}
    if isinstance(first, Person) and isinstance(second, Person):
        filled["roles"] = tuple(dict.fromkeys((*first.roles, *second.roles)))
    return replace(first, **filled)


@dataclass(frozen=True, slots=True)
class Doubt:
    """Something a reviewer should check, and why."""

    kind: str  # event | person | place | organization
    id: str
    reason: str


@dataclass
class Registry:
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
        keys = names(proposed) | set(_name_tails(proposed.name))
        longer = {
            rid
            for rid in self.created
            if name_key(proposed.name) in _name_tails(self.records[rid].name)
        }
        candidates = (
            {proposed.id} | longer | set().union(*(self.by_name.get(name, set()) for name in keys))
        )
        for record_id in sorted(candidates, key=lambda rid: (rid != proposed.id, rid)):
            record = self.records.get(record_id)
            if record is not None and same_entity(record, proposed):
                return record
        return None

    def new_records(self) -> list[Entity]:
        return [self.records[record_id] for record_id in sorted(self.created)]
