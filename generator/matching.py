"""When two event records are one real event, and which of several records a report is.

Pure predicates over frozen records, used by `generator.curate` to merge proposals; the people,
places and organizations are matched in `generator.entity_registry`.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence

from generator.records import DateSpan, Event, Participant, Quote, Telling

_ONE_DAY = dt.timedelta(days=1)
# Outlets report one plan within weeks of each other ("they agreed to meet", "they will meet on
# 28 June"); a plan reported further apart is more likely a new one.
_REPORTS_APART = dt.timedelta(days=31)
# Outlets report an event within days; a text with no date gets its publication date.
_LATE_REPORT = dt.timedelta(days=3)
# An undated report of something that happened tells of the past week, not of last month.
_REPORTED_SOON = dt.timedelta(days=7)
# A sentence naming three of a summit's leaders tells the summit.
_TOLD_PEOPLE = 3
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
        and statuses_agree(record, proposed, published or {})
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


def statuses_agree(a: Event, b: Event, published: Mapping[str, dt.date]) -> bool:
    """Both happened or neither did; or one report announced, for a day, what the other
    reports held ("the summit opens in Seoul on Monday", then "the summit opened")."""
    if happened(a) == happened(b):
        return True
    plan, held = (b, a) if happened(a) else (a, b)
    return plan.status == "planned" and announced_before(plan, held, published)


def announced_before(plan: Event, held: Event, published: Mapping[str, dt.date]) -> bool:
    """`plan` gives the days `held` was held on, in a report written no later than those."""
    if plan.date is None or held.date is None or plan.date.precision != "day":
        return False
    overlap = plan.date.start <= held.date.end and held.date.start <= plan.date.end
    if plan.date.end - plan.date.start > _REPORTED_SOON or not overlap:
        return False
    days = _published(plan, published)
    return bool(days) and all(day <= held.date.end for day in days)


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
    return any(_in_the_week_to(end, day) for day in _published(undated, published))


def _in_the_week_to(end: dt.date, published: dt.date) -> bool:
    """An event that ended in the seven days up to an article's publication."""
    return published - _REPORTED_SOON <= end <= published


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


def beside_rather(
    record: Event, child: Event, gathering: Event, published: Mapping[str, dt.date]
) -> bool:
    """The record is, at least as likely, the event held beside the gathering: an article
    often gives a summit the participants of the meeting held beside it. A record naming
    more sides than that meeting ("a summit of Bolsonaro, Putin, Xi and Modi") is the
    gathering, whatever the words of its id."""
    if sides(record, child) not in ("same", "subset") or covers(record, child):
        return False
    return same_event(record, child, published) and fit(record, child) <= fit(record, gathering)


def named_alike(
    record: Event, other: Event, gathering: Event, published: Mapping[str, dt.date]
) -> bool:
    """Another event of the gathering's article names the record's sides exactly, and the
    gathering does not: "a meeting of the SCO foreign ministers" leaves the record of the
    Wang-Jaishankar talks to the talks the article also reports."""
    same = sides(record, other) == "same" and sides(record, gathering) != "same"
    return same and same_event(record, other, published)


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


def tells(record: Event, telling: Telling, published: dt.date) -> bool:
    """True when a sentence of an article published that day tells the event of `record`:
    an event word of its kind, in a sentence naming the two people the record names first
    (or any three of a summit's), on a day that agrees, or, undated, within a week before
    the article. Only events that took place: plans are told too loosely to tell apart."""
    people = [p.person for p in record.participants if p.person]
    if len(people) < 2 or record.date is None or not (happened(record) and telling.occurred):
        return False
    if family(telling.type) != family(record.type):
        return False
    named = sum(person in telling.people for person in people)
    if named < _TOLD_PEOPLE and not all(person in telling.people for person in people[:2]):
        return False
    if telling.date is not None:
        return spans_meet(record.date, telling.date)
    day = record.date
    return day.precision == "day" and _in_the_week_to(day.end, published)


def told_record(
    records: Iterable[Event], telling: Telling, article: str, published: dt.date
) -> Event | None:
    """The record a sentence of `article` tells, of the same type first, unless the article
    already cites one it tells: its own record holds what the sentence tells."""
    told = [record for record in records if tells(record, telling, published)]
    if not told or any(cites(record, article) for record in told):
        return None
    return min(told, key=lambda record: (record.type != telling.type, record.id))


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
