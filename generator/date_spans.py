"""Calendar spans the date rules build: a day, a month, a season, a year, a week."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from generator import date_grammar as grammar
from generator.records import DATE_PRECISIONS, DateSpan


def day_span(day: dt.date) -> DateSpan:
    return DateSpan(day, day, "day")


def month_span(year: int, month: int) -> DateSpan:
    start = dt.date(year, month, 1)
    return DateSpan(start, start + relativedelta(months=1, days=-1), "month")


def year_span(year: int) -> DateSpan:
    return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def season_span(name: str, year: int) -> DateSpan:
    start = dt.date(year, grammar.SEASONS[name], 1)
    return DateSpan(start, start + relativedelta(months=3, days=-1), "season")


def unit_span(day: dt.date, unit: str) -> DateSpan:
    if unit in ("week", "weekend"):
        monday = day - dt.timedelta(days=day.weekday())
        first = monday + dt.timedelta(days=5 if unit == "weekend" else 0)
        return DateSpan(first, monday + dt.timedelta(days=6), "day")
    if unit == "month":
        return month_span(day.year, day.month)
    return year_span(day.year) if unit == "year" else day_span(day)


def shifted(day: dt.date, unit: str, count: int) -> dt.date:
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=count)
    return day + relativedelta(**{f"{unit}s": count})


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def coarser(first: str, second: str) -> str:
    return max(first, second, key=DATE_PRECISIONS.index)
