"""Small records for the site tests, built in code so each test shows what it depends on."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

from generator.records import (
    Archive,
    Article,
    Country,
    DateSpan,
    Event,
    Participant,
    Person,
    Role,
    Source,
)

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "fixtures" / "tiny"
# Markup and template syntax that must reach the reader as text, never as markup.
PAYLOADS = (
    "<script>alert(1)</script>",
    "</title><script>alert(2)</script>",
    "<img src=x onerror=alert(3)>",
    "[x](javascript:alert(4))",
    "![img](http://evil.example/x.png)",
    "{{ 7*7 }}",
    "{% raw %}",
    "*bold* _under_",
    "# heading",
    "a | b",
    "`code`",
    '--8<-- "README.md"',
    "{: .evil }",
    "<!-- comment -->",
    "&lt;b&gt;",
    "1. list",
    "- item",
    "> quote",
    "Wow!",
)
PAYLOAD = " ".join(PAYLOADS)
COUNTRIES = (
    Country(code="FI", name="Finland"),
    Country(code="FR", name="France"),
    Country(code="RU", name="Russia", aliases=("Russian Federation",)),
    Country(code="US", name="United States", aliases=("USA",)),
)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def span(start: str, end: str | None = None, precision: str = "day") -> DateSpan:
    return DateSpan(day(start), day(end or start), precision)


def person(person_id: str, name: str, *aliases: str, country: str = "RU", roles=()) -> Person:
    return Person(id=person_id, name=name, aliases=aliases, country=country, roles=tuple(roles))


def role(title: str, start: str | None = None, end: str | None = None, country="US") -> Role:
    return Role(
        title=title,
        country=country,
        start=day(start) if start else None,
        end=day(end) if end else None,
    )


def article(article_id: str, text: str, published: str = "2019-05-07", **fields) -> Article:
    fields.setdefault("title", f"Article {article_id}")
    fields.setdefault("source", "Example News")
    return Article(id=article_id, published=day(published), text=text, **fields)


def event(event_id: str, *people: tuple[str, str], date: DateSpan | None = None, **fields) -> Event:
    """An event whose participants are (person id, country code) pairs."""
    participants = tuple(Participant(person=pid or None, country=code) for pid, code in people)
    fields.setdefault("sources", (Source(article="a1", evidence="It happened."),))
    fields.setdefault("title", f"Event {event_id}")
    fields.setdefault("type", "meeting")
    fields.setdefault("status", "occurred")
    if date is None and re.match(r"\d{4}-\d\d-\d\d", event_id):
        date = span(event_id[:10])
    return Event(id=event_id, date=date, participants=participants, **fields)


def archive(**collections) -> Archive:
    collections.setdefault("countries", COUNTRIES)
    collections.setdefault("articles", (article("a1", "Nothing to see."),))
    return Archive(**{key: tuple(value) for key, value in collections.items()})


def copy_site_sources(target: Path) -> Path:
    """mkdocs.yml and the hand-written pages of docs/, as a build starts from; returns docs/."""
    from generator.write import GENERATED_FOLDERS

    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(
        ROOT / "docs",
        target / "docs",
        ignore=lambda folder, names: (
            [n for n in names if n in GENERATED_FOLDERS] if Path(folder) == ROOT / "docs" else []
        ),
    )
    return target / "docs"
