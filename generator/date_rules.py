"""The rules behind `generator.dates`: one handler per kind of date expression.

Each rule pairs a pattern of `generator.date_grammar` with a handler that turns a match into a
`DateSpan`, given the publication date, the anchor and whether the context speaks of the future.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta

from generator import date_grammar as grammar
from generator.date_spans import (
    coarser,
    day_span,
    month_span,
    safe_date,
    season_span,
    shifted,
    unit_span,
    year_span,
)
from generator.records import DateSpan

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Context:
    """What a phrase is resolved against; `anchor` is the publication date when none is known;
    `period` is the last date the text named, a month or a year as well as a day ("In March
    ... the same month")."""

    published: dt.date
    anchor: dt.date
    future: bool
    period: DateSpan | None = None


Handler = Callable[[re.Match[str], Context], DateSpan | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A kind of date expression: its pattern and the handler that dates a match."""

    pattern: re.Pattern[str]
    handler: Handler
    # In running text a match needs a cue word before it ("in May") unless one of these
    # groups matched ("May 2019", "last May"); None: never needs one.
    cue_unless: tuple[str, ...] | None = None
    # A full calendar date: when it is not a valid one (30 February, 12/05/2019), its parts
    # are not dates either.
    whole: bool = False

    def needs_cue(self, match: re.Match[str]) -> bool:
        if self.cue_unless is None:
            return False
        return not any(match.group(name) for name in self.cue_unless)


def resolve_exact(text: str, context: Context, rules: tuple[Rule, ...]) -> DateSpan | None:
    """The span of the first rule whose pattern is the whole text and that can date it."""
    for rule in rules:
        match = rule.pattern.fullmatch(text)
        span = rule.handler(match, context) if match else None
        if span is not None:
            return span
    return None


# Choosing among the years (or months) a date without one could fall in.


def _by_tense(candidates: list[dt.date], context: Context) -> dt.date | None:
    """The latest candidate not after publication; in a future context the earliest not before."""
    if context.future:
        return min((day for day in candidates if day >= context.published), default=None)
    return max((day for day in candidates if day <= context.published), default=None)


def _choose(candidates: list[dt.date], context: Context) -> dt.date | None:
    chosen = _by_tense(candidates, context)
    nearest = min(candidates, key=lambda day: abs(day - context.published), default=None)
    return chosen or nearest


def _cycle(occurrence: Callable[[int], DateSpan], context: Context, shift: str) -> DateSpan:
    """One occurrence of a month or season: `shift` is last, this, next or empty."""
    today = context.published
    spans = [occurrence(year) for year in range(today.year - 2, today.year + 3)]
    if shift == "last":
        return [span for span in spans if span.end < today][-1]
    if shift in ("this", "next"):
        current = next((span for span in spans if span.contains(today)), occurrence(today.year))
        return current if shift == "this" else spans[spans.index(current) + 1]
    if context.future:
        return next(span for span in spans if span.end >= today)
    return [span for span in spans if span.start <= today][-1]


# Rule handlers: each turns one kind of expression into a span, or None.


def _key(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _iso(match: re.Match[str], context: Context) -> DateSpan | None:
    year, month = int(match["year"]), int(match["month"])
    first = safe_date(year, month, int(match["day"] or 1))
    if first is None:
        return None
    return day_span(first) if match["day"] else month_span(year, month)


def _numeric(match: re.Match[str], context: Context) -> DateSpan | None:
    first, second = int(match["first"]), int(match["second"])
    if first > 12:
        day, month = first, second
    elif second > 12 or first == second:
        month, day = first, second
    else:  # 05/12/2019 is 5 December or May 12, depending on the writer's country
        return None
    date = safe_date(int(match["year"]), month, day)
    return day_span(date) if date else None


def _month_day(match: re.Match[str], context: Context) -> DateSpan | None:
    month, day = grammar.MONTHS[_key(match["month"])[:3]], _number(match["day"])
    if match["year"]:
        date = safe_date(int(match["year"]), month, day)
        return day_span(date) if date else None
    years = range(context.published.year - 1, context.published.year + 2)
    candidates = [date for year in years if (date := safe_date(year, month, day))]
    if match["weekday"]:
        weekday = grammar.WEEKDAYS[_key(match["weekday"])]
        candidates = [day for day in candidates if day.weekday() == weekday] or candidates
    date = _choose(candidates, context)
    return day_span(date) if date else None


def _ordinal_day(match: re.Match[str], context: Context) -> DateSpan | None:
    day, today = _number(match["day"]), context.published
    months = [today + relativedelta(months=shift) for shift in (-1, 0, 1)]
    candidates = [date for month in months if (date := safe_date(month.year, month.month, day))]
    date = _choose(candidates, context)
    return day_span(date) if date else None


YEAR_SHIFTS = {"last": -1, "this": 0, "next": 1}


def _month_name(match: re.Match[str], context: Context) -> DateSpan:
    month = grammar.MONTHS[_key(match["month"])[:3]]
    year = _named_year(match, context)
    if year is not None:
        return month_span(year, month)
    return _cycle(lambda year: month_span(year, month), context, _key(match["shift"]))


def _season_name(match: re.Match[str], context: Context) -> DateSpan:
    season = _key(match["season"])
    year = _named_year(match, context)
    if year is not None:
        return season_span(season, year)
    return _cycle(lambda year: season_span(season, year), context, _key(match["shift"]))


def _named_year(match: re.Match[str], context: Context) -> int | None:
    """ "May 2019", or "May last year": the year of publication, before or after it."""
    if match["year"]:
        return int(match["year"])
    shift = match["year_shift"]
    return context.published.year + YEAR_SHIFTS[_key(shift)] if shift else None


def _year_alone(match: re.Match[str], context: Context) -> DateSpan:
    return year_span(int(match["year"]))


def _decade(match: re.Match[str], context: Context) -> DateSpan:
    first = int(match["year"])
    return DateSpan(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "year")


def _weekday_name(match: re.Match[str], context: Context) -> DateSpan:
    weekday, today = grammar.WEEKDAYS[_key(match["weekday"])], context.published
    monday = today - dt.timedelta(days=today.weekday())
    shift = _key(match["shift"])
    weeks = {"last": -1, "this": 0, "next": 1}
    if shift in weeks:  # news usage: "last Friday" is the Friday of the previous week
        return day_span(monday + dt.timedelta(weeks=weeks[shift], days=weekday))
    if shift in ("past", "this past"):
        return day_span(today - dt.timedelta(days=(today.weekday() - weekday - 1) % 7 + 1))
    if shift in ("coming", "this coming") or context.future:
        strictly = 1 if shift else 0
        gap = (weekday - today.weekday() - strictly) % 7 + strictly
        return day_span(today + dt.timedelta(days=gap))
    return day_span(today - dt.timedelta(days=(today.weekday() - weekday) % 7))


def _weekday_day(match: re.Match[str], context: Context) -> DateSpan | None:
    """ "On Tuesday (24)": the day of that number that falls on that weekday, nearest the
    publication date (within three weeks)."""
    weekday = grammar.WEEKDAYS[_key(match["weekday"])]
    number = _number(match["day"])
    near = (context.published + dt.timedelta(days=shift) for shift in range(-21, 22))
    days = [day for day in near if day.weekday() == weekday and day.day == number]
    chosen = min(days, key=lambda day: abs(day - context.published), default=None)
    return day_span(chosen) if chosen else None


def _deictic(match: re.Match[str], context: Context) -> DateSpan:
    return day_span(
        context.published + dt.timedelta(days=grammar.DEICTIC_DAYS[_key(match["phrase"])])
    )


def _anchored(match: re.Match[str], context: Context) -> DateSpan:
    return day_span(
        context.anchor + dt.timedelta(days=grammar.ANCHORED_DAYS[_key(match["phrase"])])
    )


def _other_day(match: re.Match[str], context: Context) -> DateSpan:
    return DateSpan(context.published - dt.timedelta(days=7), context.published - ONE_DAY, "day")


def _weekend(match: re.Match[str], context: Context) -> DateSpan:
    """ "over the weekend": the one just past, unless it is now or the text speaks of a plan."""
    today = context.published
    weeks = 0 if today.weekday() >= 5 or context.future else -1
    return unit_span(shifted(today, "weekend", weeks), "weekend")


def _offset(match: re.Match[str], context: Context) -> DateSpan:
    """ "two days ago", "several weeks later": a count of units from publication or the anchor."""
    direction, unit, count = _key(match["direction"]), _key(match["unit"]), _key(match["count"])
    origin = context.published if direction in ("ago", "from now") else context.anchor
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    fewest, most = grammar.VAGUE_COUNTS.get(count) or (_count(count),) * 2
    first, last = sorted((sign * fewest, sign * most))
    grain = "day" if unit in ("day", "week") else unit
    start = unit_span(shifted(origin, unit, first), grain).start
    return DateSpan(start, unit_span(shifted(origin, unit, last), grain).end, grain)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else grammar.NUMBERS[word]


def _relative_unit(match: re.Match[str], context: Context) -> DateSpan:
    """ "last week", "this month", "the following year"."""
    shift, unit = _key(match["shift"]), _key(match["unit"])
    anchored = shift in grammar.ANCHORED_WORDS or (shift == "next" and match["the"])
    origin = context.anchor if anchored else context.published
    if anchored and unit in ("month", "year") and context.period is not None:
        origin = context.period.start  # "In March, ... Peters hosted Wang the same month"
    span = unit_span(shifted(origin, unit, grammar.UNIT_SHIFTS[shift]), unit)
    if unit != "week" or shift != "this" or anchored:
        return span
    # "this week" in a report of the past ends today; in a plan it starts today.
    if context.future:
        return replace(span, start=max(span.start, origin))
    return replace(span, end=min(span.end, origin))


def _unit_after(match: re.Match[str], context: Context) -> DateSpan:
    """ "the week before", "the year after": the unit next to the anchor's."""
    unit = _key(match["unit"])
    count = -1 if _key(match["direction"]) in ("before", "earlier") else 1
    return unit_span(shifted(context.anchor, unit, count), unit)


def _rest_of(match: re.Match[str], context: Context) -> DateSpan:
    """ "earlier this month", "later that week", "earlier in the month": the unit before or after
    the day itself."""
    origin = context.anchor if _key(match["shift"]) == "that" else context.published
    span = unit_span(origin, _key(match["unit"]))
    if _key(match["direction"]) == "earlier":
        return replace(span, end=max(span.start, origin - ONE_DAY))
    return replace(span, start=min(span.end, origin + ONE_DAY))


def _part(match: re.Match[str], context: Context) -> DateSpan | None:
    """ "early May", "mid-2018", "the end of last year": a third or half of a period."""
    text = re.sub(r"^the\s+(?=(?:week|month|year)$)", "this ", match["period"], flags=re.I)
    period = resolve_exact(text, context, RULES)
    if period is None:
        return None
    part = grammar.PARTS[_key(match["part"])]
    if period.start.weekday() == 0 and period.end - period.start == dt.timedelta(days=6):
        first, last = grammar.WEEK_PARTS[part]
        start = period.start
        return DateSpan(start + dt.timedelta(first), start + dt.timedelta(last), "day")
    units = _units(period)
    size = len(units) // (2 if "half" in part else 3)
    if size == 0:
        return period
    chosen = {
        "early": units[:size],
        "mid": units[size:-size],
        "late": units[-size:],
        "first half": units[:size],
        "second half": units[size:],
    }[part]
    return DateSpan(chosen[0].start, chosen[-1].end, period.precision)


def _units(period: DateSpan) -> list[DateSpan]:
    """The years, months or days a period is made of, in order."""
    if period.precision == "year" and period.end.year > period.start.year:
        unit = "year"
    elif period.start + relativedelta(months=3) <= period.end + ONE_DAY:
        unit = "month"
    else:
        unit = "day"
    units, count = [], 0
    while (start := shifted(period.start, unit, count)) <= period.end:
        units.append(unit_span(start, unit))
        count += 1
    return units


# A range told as under way at publication spans at most this long ("from March 16 to 17").
UNDER_WAY = dt.timedelta(days=62)


def _range(match: re.Match[str], context: Context) -> DateSpan | None:
    """ "May 6-7", "6-7 May", "between March and May 2019", "from Monday to Wednesday"."""
    text = match.group()
    body = re.sub(r"^(?:between|from)\s+", "", text, flags=re.IGNORECASE)
    bounded = body != text
    for separator in grammar.RANGE_SEPARATOR.finditer(body):
        joined_by_and = _key(separator.group()) == "and" and not bounded
        first, second = _complete(body[: separator.start()], body[separator.end() :])
        span = _join(first, second, context, joined_by_and)
        if span is not None:
            return span
    return None


def _complete(first: str, second: str) -> tuple[str, str]:
    """Lend each side of a range what the other states: "6-7 May 2019" -> 6 May 2019."""
    if BARE_DAY.fullmatch(first) and (tail := DAY_THEN_MONTH.fullmatch(second)):
        first += tail["rest"]
    elif BARE_DAY.fullmatch(second) and (head := MONTH_THEN_DAY.fullmatch(first)):
        second = f"{head['month']} {second}"
    elif HAS_YEAR.fullmatch(first) and re.fullmatch(r"\d\d", second):
        second = first[:2] + second
    first = _with_year_of(first, second)
    return first, _with_year_of(second, first)


def _with_year_of(side: str, other: str) -> str:
    """A side naming a month or season but no year takes the other side's year."""
    year = HAS_YEAR.search(other)
    if year is None or HAS_YEAR.search(side) or not NAMES_PERIOD.search(side):
        return side
    return f"{side} {year.group()}"


def _under_way(
    first: str, second: str, context: Context, sides: tuple[Rule, ...]
) -> DateSpan | None:
    """ "Who is visiting Japan from March 16 to 17", published on the 16th: a range that began
    by publication and ends after it is this one, not last year's."""
    start = resolve_exact(first, context, sides)
    if start is None:
        return None
    after = replace(context, published=start.start, future=True)
    end = resolve_exact(second, after, sides)
    if end is None or end.end <= context.published or end.end - start.start > UNDER_WAY:
        return None
    return DateSpan(start.start, end.end, coarser(start.precision, end.precision))


def _join(first: str, second: str, context: Context, adjacent: bool) -> DateSpan | None:
    """Both sides resolved, each placed near the other: the later side first in the past."""
    sides = tuple(rule for rule in RULES if rule.handler is not _range)
    # "Monday and Thursday" is two days, never one range under way.
    current = None if context.future or adjacent else _under_way(first, second, context, sides)
    if current is not None:
        return current
    if context.future:
        start = resolve_exact(first, context, sides)
        end = start and resolve_exact(second, replace(context, published=start.start), sides)
    else:
        end = resolve_exact(second, context, sides)
        start = end and resolve_exact(first, replace(context, published=end.end), sides)
    if start is None or end is None or end.end < start.start:
        return None
    if adjacent and end.start > start.end + ONE_DAY:  # "in 2016 and 2020" is two dates
        return None
    return DateSpan(start.start, end.end, coarser(start.precision, end.precision))


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


HAS_YEAR = _compile(grammar.YEAR)
BARE_DAY = _compile(rf"{grammar.DAY}(?:,?\s+{grammar.YEAR})?")
DAY_THEN_MONTH = _compile(rf"{grammar.DAY}(?P<rest>\s+(?:of\s+)?{grammar.MONTH}.*)")
MONTH_THEN_DAY = _compile(rf"(?:{grammar.WEEKDAY},?\s+)?(?P<month>{grammar.MONTH})\s+{grammar.DAY}")
NAMES_PERIOD = _compile(rf"{grammar.MONTH}|\b(?:{grammar.SEASON})\b")

RULES = (
    Rule(_compile(grammar.ISO), _iso, whole=True),
    Rule(_compile(grammar.NUMERIC), _numeric, whole=True),
    Rule(_compile(grammar.MONTH_DAY), _month_day, whole=True),
    Rule(_compile(grammar.DAY_MONTH), _month_day, whole=True),
    Rule(_compile(grammar.ORDINAL_DAY), _ordinal_day, cue_unless=()),
    Rule(_compile(grammar.MONTH_NAME), _month_name, cue_unless=("shift", "year")),
    Rule(_compile(grammar.SEASON_NAME), _season_name, cue_unless=("shift", "year")),
    Rule(_compile(grammar.DECADE), _decade),
    Rule(_compile(grammar.YEAR_ALONE), _year_alone),
    Rule(_compile(grammar.WEEKDAY_DAY), _weekday_day),
    Rule(_compile(grammar.WEEKDAY_NAME), _weekday_name),
    Rule(_compile(grammar.DEICTIC), _deictic),
    Rule(_compile(grammar.ANCHORED), _anchored),
    Rule(_compile(grammar.OTHER_DAY), _other_day),
    Rule(_compile(grammar.WEEKEND), _weekend, cue_unless=()),
    Rule(_compile(grammar.OFFSET), _offset),
    Rule(_compile(grammar.UNIT), _relative_unit),
    Rule(_compile(grammar.UNIT_AFTER), _unit_after),
    Rule(_compile(grammar.REST_OF), _rest_of),
    Rule(_compile(grammar.PART), _part),
    Rule(_compile(grammar.RANGE), _range),
)
