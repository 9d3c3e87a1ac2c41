"""Resolve English date expressions in news articles against the publication date.

`resolve` turns one phrase ("last Friday", "Monday, May 6", "several days ago") into a
`DateSpan` with its precision; `find` lists every date expression in a sentence. Relative
expressions count from the publication date, or from an anchor (the date of the event last
mentioned) for "the day before", "a week later". A date that names no year is placed so that
it falls on or before publication, or on or after it when the context speaks of the future.
The rules, and what each expression resolves to, are in docs/reference/dates.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator import date_grammar as grammar
from generator.date_rules import HAS_YEAR, RULES, Context, resolve_exact
from generator.records import DateSpan

__all__ = ["DateMention", "find", "is_future", "resolve"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a sentence, where it is, and what it resolves to."""

    text: str
    start_char: int
    end_char: int
    span: DateSpan
    relative: bool  # the text names no year: it was placed by the publication date or anchor
    future: bool  # the whole span lies after the publication date


def resolve(
    phrase: str,
    published: dt.date,
    anchor: dt.date | None = None,
    future_hint: bool = False,
) -> DateSpan | None:
    """The dates `phrase` refers to, or None when it names no date that can be placed.

    `future_hint` says the phrase speaks of something still to come ("will meet on Monday").
    """
    context = Context(published, anchor or published, future_hint)
    text = _clean(phrase)
    span = resolve_exact(text, context, RULES)
    if span is not None:
        return span
    found = find(text, published, anchor, future_hint)
    return found[0].span if len(found) == 1 else None


def find(
    sentence: str,
    published: dt.date,
    anchor: dt.date | None = None,
    future_hint: bool | None = None,
    period: DateSpan | None = None,
) -> tuple[DateMention, ...]:
    """Every date expression in `sentence`, left to right, the longest where they overlap.

    Without `future_hint`, the tense around each expression decides. A date found in the
    sentence becomes the anchor of the relative expressions after it ("May 3 ... the day after"),
    and any date the period of "the same month" after it; `period` is the last one before.
    """
    mentions: list[DateMention] = []
    taken_until = 0
    for start, end, whole in _candidates(sentence):
        if start < taken_until:
            continue
        future = _future_context(sentence, start, end) if future_hint is None else future_hint
        context = Context(published, anchor or published, future, period)
        span = resolve_exact(sentence[start:end], context, RULES)
        if span is None:
            taken_until = end if whole else taken_until
            continue
        mentions.append(_mention(sentence, start, end, span, published))
        taken_until = end
        anchor = span.start if span.start == span.end else anchor
        period = span
    return tuple(mentions)


def is_future(span: DateSpan, published: dt.date) -> bool:
    """Whether the whole span lies after the publication date."""
    return span.start > published


def _mention(sentence: str, start: int, end: int, span: DateSpan, published: dt.date):
    text = sentence[start:end]
    relative = HAS_YEAR.search(text) is None
    return DateMention(text, start, end, span, relative, is_future(span, published))


def _clean(phrase: str) -> str:
    text = " ".join(phrase.split())
    text = re.sub(r"(?:['’]s)?[.,;:!?]*$", "", text)
    text = grammar.LEADING.sub("", text)
    return grammar.NAME_ANY_CASE.sub(lambda name: name.group().capitalize(), text)


def _candidates(sentence: str) -> list[tuple[int, int, bool]]:
    """Where some rule matches, leftmost first and, at one place, longest first.

    Each comes with whether it is a whole calendar date, whose parts are no dates of their own.
    """
    found: dict[tuple[int, int], bool] = {}
    for rule in RULES:
        for match in rule.pattern.finditer(sentence):
            cued = grammar.CUE.search(sentence, 0, match.start()) is not None
            if match.group() and (cued or not rule.needs_cue(match)):
                where = (match.start(), match.end())
                found[where] = found.get(where, False) or rule.whole
    ordered = sorted(found, key=lambda where: (where[0], -where[1]))
    return [(start, end, found[start, end]) for start, end in ordered]


def _future_context(sentence: str, start: int, end: int) -> bool:
    """Whether the words nearest the expression, in its clause or else its sentence, are future."""
    breaks = list(grammar.CLAUSE_BREAK.finditer(sentence))
    clause_start = max((b.end() for b in breaks if b.end() <= start), default=0)
    clause_end = min((b.start() for b in breaks if b.start() >= end), default=len(sentence))
    verdict = _nearest_tense(sentence, start, end, clause_start, clause_end)
    if verdict is None:
        verdict = _nearest_tense(sentence, start, end, 0, len(sentence))
    return bool(verdict)


def _nearest_tense(sentence: str, start: int, end: int, low: int, high: int) -> bool | None:
    markers = []
    for pattern, future in ((grammar.FUTURE_WORDS, True), (grammar.PAST_WORDS, False)):
        for word in pattern.finditer(sentence, low, high):
            if word.end() <= start:
                markers.append((start - word.end(), future))
            elif word.start() >= end:
                markers.append((word.start() - end, future))
    return min(markers)[1] if markers else None
