"""Text as Markdown: escaping what comes from outside, and dates and labels in words.

`md_text` is the one escaping function of the site: every piece of text from articles and
records goes through it (the render stage's template environment applies it to every value),
so HTML, Markdown or template syntax in that text is shown as it is and never becomes markup.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from generator.link import Ref, Segment
from generator.records import DateSpan

TYPE_LABELS = {
    "phone_call": ("Phone call", "Phone calls"),
    "meeting": ("Meeting", "Meetings"),
    "talks": ("Talks", "Talks"),
    "visit": ("Visit", "Visits"),
    "summit": ("Summit", "Summits"),
    "press_conference": ("Press conference", "Press conferences"),
    "statement": ("Statement", "Statements"),
    "agreement_signing": ("Agreement signing", "Agreement signings"),
    "other": ("Other event", "Other events"),
}
SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring"}
SEASONS |= {6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}
# Spelled out rather than taken from the locale, so pages are the same on every machine.
_MONTH_NAMES = (
    "January February March April May June July August September October November December"
)
MONTHS = tuple(_MONTH_NAMES.split(" "))

# Characters that start Markdown or HTML anywhere in a line, as numeric character references:
# the browser shows the character, Markdown and HTML parsers see no syntax. "!" only matters
# before "[" (an image), so only a final "!" is escaped: a link may follow the text.
_ESCAPES = {char: f"&#{ord(char)};" for char in "\\`*_[]{}|#<>!"}
_ESCAPES["&"] = "&amp;"
_ESCAPE = re.compile(r"[\\`*_\[\]{}|#<>&]|!$")
# Syntax that only counts at the start of a line: list items, rules, admonitions.
_LINE_START = re.compile(r"^(?:[-+=](?=[-+=\s]|$)|\d+[.)](?=\s|$)|!)")
# Control characters, including the ones Python-Markdown uses as placeholders internally.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SAFE_URL_CHARS = ":/?#@!$&'*+,;=%~-._"


class Md(Markup):
    """Markdown this module wrote itself; templates print it as it is.

    A `Markup`, so that Jinja's autoescaping leaves it alone, and so do the outputs of macros
    (which are `Markup` too); every other value goes through `md_text` in `_finalize`. Do not
    join Md and plain text with `~` or `+` in templates: Markup would only HTML-escape the text.
    """


def md_text(value: object) -> Md:
    """Any text as inline Markdown that shows exactly that text, on one line."""
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    return Md(_guard_line_start(escape_inline(text)))


def page_title(value: object) -> Md:
    """A page title for the front matter, as a quoted YAML string of escaped HTML.

    MkDocs takes a page's title from its first heading and Material writes it into <title> after
    `striptags`, which turns character references back into "<" and ">": a heading reading
    `</title><script>` would become a script. A title in the front matter is written as it is,
    so HTML-escaping it here keeps it text.
    """
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    return Md(json.dumps(html.escape(text), ensure_ascii=False))


def escape_inline(text: str) -> str:
    """Escape markup characters, keeping spaces and line starts as they are."""
    return _ESCAPE.sub(lambda match: _ESCAPES[match.group()], text)


def _guard_line_start(markdown: str) -> str:
    lead = _LINE_START.match(markdown)
    if not lead:
        return markdown
    last = lead.group()[-1]
    return f"{lead.group()[:-1]}&#{ord(last)};{markdown[lead.end() :]}"


def safe_url(url: str | None) -> str | None:
    """An http(s) address made safe to put in a Markdown link, or None for anything else."""
    if not url:
        return None
    address = url.strip()
    parts = urlsplit(address)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(address, safe=_SAFE_URL_CHARS)


def date_words(span: DateSpan | None) -> str:
    """A date as precisely as it is known: 6 May 2019, May 2019, summer 2018, 2018."""
    if span is None:
        return "date unknown"
    start, end = span.start, span.end
    if span.precision == "year":
        return _range(str(start.year), str(end.year))
    if span.precision == "season":
        season = SEASONS[start.month]
        if start.month == 12:
            return f"winter {start.year}–{start.year + 1}"
        return f"{season} {start.year}"
    if span.precision == "month":
        return _month_range(start, end)
    return _day_range(start, end)


def day_words(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _range(first: str, last: str) -> str:
    return first if first == last else f"{first}–{last}"


def _month_range(start: dt.date, end: dt.date) -> str:
    first, last = MONTHS[start.month - 1], MONTHS[end.month - 1]
    if start.year != end.year:
        return f"{first} {start.year} – {last} {end.year}"
    return f"{_range(first, last)} {start.year}"


def _day_range(start: dt.date, end: dt.date) -> str:
    if start >= end:
        return day_words(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {day_words(end)}"
    return f"{day_words(start)} – {day_words(end)}"


def type_label(event_type: str, plural: bool = False) -> str:
    singular, many = TYPE_LABELS.get(event_type, (event_type, event_type))
    return many if plural else singular


def paragraph_markdown(segments: tuple[Segment, ...], link: Callable[..., Md]) -> Md:
    """An article paragraph with the first mention of each known record linked."""
    linked: set[Ref] = set()
    parts = []
    for segment in segments:
        if segment.ref is None or segment.ref in linked:
            parts.append(escape_inline(segment.text))
            continue
        linked.add(segment.ref)
        parts.append(link(segment.ref, segment.text))
    return Md(_guard_line_start("".join(parts)))
