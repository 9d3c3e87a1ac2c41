"""Stage 5, render: the archive and its links become Markdown text, one string per page.

Pure: no file is read or written here except the templates of the package. Everything that
comes from articles and records reaches a page through `mdtext.md_text`, which the template
environment applies to every `{{ … }}` by default, so text is published as text: HTML,
Markdown or template syntax in it never becomes markup. Only `Md` values (links and escaped
paragraphs built in Python) and the output of the templates' own macros pass unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from generator.link import (
    SECTIONS,
    Links,
    QuoteRef,
    Ref,
    chronological,
    event_pairs,
    pair_id,
    relative_href,
)
from generator.mdtext import (
    MONTHS,
    Md,
    date_words,
    day_words,
    escape_inline,
    md_text,
    page_title,
    paragraph_markdown,
    safe_url,
    type_label,
)
from generator.records import EVENT_TYPES, Archive, Event

# An index page lists its pages itself up to this many; past it, one page per letter or year.
LIST_LIMIT = 500
LATEST_EVENTS = 10
# Entity pages show this many sentences that mention them, newest first.
CITATION_LIMIT = 50


@dataclass(frozen=True, slots=True)
class Group:
    """A heading of a listing and its entries; `ref` is set when the group has its own page."""

    label: str
    entries: tuple[Any, ...]
    ref: Ref | None = None


def render(archive: Archive, links: Links) -> dict[str, str]:
    """Every generated page, keyed by its path inside docs/, in path order."""
    site = _Site(archive, links)
    pages = {path: site.page(path, template, context) for path, template, context in site.plan()}
    return dict(sorted(pages.items()))


class _Site:
    """Looks records up by id and fills the templates; one instance per render."""

    def __init__(self, archive: Archive, links: Links) -> None:
        self.archive = archive
        self.links = links
        self.events = {event.id: event for event in archive.events}
        self.people = {person.id: person for person in archive.people}
        self.places = {place.id: place for place in archive.places}
        self.articles = {article.id: article for article in archive.articles}
        self.countries = {country.code.lower(): country for country in archive.countries}
        self.records = {
            "person": self.people,
            "place": self.places,
            "organization": {org.id: org for org in archive.organizations},
            "topic": {topic.id: topic for topic in archive.topics},
            "article": self.articles,
        }
        self.chronology = sorted(archive.events, key=chronological)

    def page(self, path: str, template: str, context: dict[str, Any]) -> str:
        # Fragments are included into the home page, so their links start from there.
        base = "index.md" if path.startswith("_generated/") else path
        helpers = _helpers(self.links, base)
        text = _environment().get_template(template).render(site=self, **helpers, **context)
        return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"

    def plan(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Every page as (path, template, context)."""
        kinds = ("event", "person", "country", "pair", "place", "organization", "topic")
        for kind in (*kinds, "article", "year"):
            for ref in self.links.all(kind):
                yield ref.path, f"{kind}.md.j2", self._context(kind, ref)
        yield from self._indexes()
        yield "_generated/latest.md", "latest.md.j2", {"events": self.latest()}
        yield "_generated/counts.md", "counts.md.j2", {"counts": self.counts()}

    def _context(self, kind: str, ref: Ref) -> dict[str, Any]:
        key = (kind, ref.id)
        citations = self.links.citations.get(key, ())
        context: dict[str, Any] = {
            "ref": ref,
            "events": self.events_of(key),
            "citations": citations[:CITATION_LIMIT],
            "citation_count": len(citations),
            "record": self.records.get(kind, {}).get(ref.id),
        }
        if kind == "event":
            context["event"] = self.events[ref.id]
        if kind == "pair":
            context["codes"] = ref.id.split("-")
        if kind == "year":
            context["groups"] = self.year_groups(context["events"])
        return context

    def events_of(self, key: tuple[str, str]) -> list[Event]:
        return [self.events[event_id] for event_id in self.links.events_of.get(key, ())]

    def by_type(self, events: Iterable[Event]) -> list[tuple[str, list[Event]]]:
        grouped: dict[str, list[Event]] = defaultdict(list)
        for event in events:
            grouped[event.type].append(event)
        return [(kind, grouped[kind]) for kind in EVENT_TYPES if kind in grouped]

    def type_summary(self, counts: Counter[str]) -> str:
        """How many events of each type: "9 events: 2 phone calls, 3 meetings, 1 summit"."""
        total = sum(counts.values())
        parts = [
            f"{counts[kind]} {type_label(kind, counts[kind] != 1).lower()}"
            for kind in EVENT_TYPES
            if counts[kind]
        ]
        return f"{total} event{'s' if total != 1 else ''}: {', '.join(parts)}."

    def role_at_the_time(self, event: Event, person_id: str | None, role: str | None) -> str:
        """The role a participant held that day: as the event says, else from the person."""
        if role or person_id not in self.people or event.date is None:
            return role or ""
        held = self.people[person_id].role_on(event.date.start)
        return held.title if held else ""

    def role_of(self, event: Event, person_id: str) -> str:
        for participant in event.participants:
            if participant.person == person_id:
                return self.role_at_the_time(event, person_id, participant.role)
        return ""

    def term(self, role: Any) -> str:
        if role.start and role.end:
            return f"{day_words(role.start)} – {day_words(role.end)}"
        return f"since {day_words(role.start)}" if role.start else f"until {day_words(role.end)}"

    def quote_ref(self, event: Event, quote: Any) -> QuoteRef:
        return QuoteRef(event.id, quote)

    def pair_refs(self, event: Event) -> list[Ref]:
        refs = (self.links.ref("pair", pair_id(*pair)) for pair in event_pairs(event))
        return [ref for ref in refs if ref]

    def pairs_of(self, code: str) -> list[Ref]:
        refs = (self.links.ref("pair", pair) for pair in self.links.pairs)
        return [ref for ref in refs if ref and code in ref.id.split("-")]

    def note(self, ref: Ref) -> str:
        """What a listing says beside a link: an article's date, else how many events."""
        if ref.kind == "article":
            article = self.articles[ref.id]
            return f"{day_words(article.published)}, {article.source}"
        count = len(self.links.events_of.get((ref.kind, ref.id), ()))
        return f"{count} event{'s' if count != 1 else ''}" if count else ""

    def host(self, url: str) -> str:
        return urlsplit(url.strip()).netloc

    def neighbour_years(self, ref: Ref) -> list[Ref]:
        years = self.links.all("year")
        at = years.index(ref)
        return [year for year in (years[at - 1] if at else None, *years[at + 1 : at + 2]) if year]

    def section(self, path: str, label: str) -> Ref:
        return Ref("section", path, label, path)

    def year_groups(self, events: list[Event]) -> list[Group]:
        """A year's events by month; seasons and whole years after the months."""
        grouped: dict[tuple[int, int, str], list[Event]] = defaultdict(list)
        for event in events:
            grouped[_month_key(event)].append(event)
        return [Group(key[2], tuple(grouped[key])) for key in sorted(grouped)]

    def latest(self) -> list[Event]:
        dated = [e for e in self.chronology if e.date is not None and e.status == "occurred"]
        return sorted(dated, key=lambda e: (e.date.start, e.id), reverse=True)[:LATEST_EVENTS]

    def counts(self) -> list[tuple[str, int, str]]:
        counted = [(section, len(self.links.all(kind))) for kind, section in SECTIONS_OF.items()]
        return [(f"{section}/index.md", count, TITLES[section]) for section, count in counted]

    def _indexes(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for kind in SECTIONS_OF:
            if kind == "article":
                yield from self._listing(kind, self._articles_by_year(), "year")
            elif kind == "country":
                yield from self._listing(kind, [("", list(self.links.all(kind)))], "")
            elif kind != "event":
                yield from self._listing(kind, _by_letter(self.links.all(kind)), "letter")
        yield from self._event_listing()

    def _listing(self, kind: str, groups: list[tuple[str, list]], split: str) -> Iterator:
        section = SECTIONS_OF[kind]
        title = TITLES[section]
        paged = sum(len(entries) for _, entries in groups) > LIST_LIMIT
        shown = []
        for label, entries in groups:
            ref = None
            if paged:
                ref = Ref("listing", label, label, f"{section}/by-{split}/{_slug(label)}.md")
                page = [Group(label, tuple(entries))]
                yield ref.path, "listing.md.j2", {"title": f"{title}: {label}", "groups": page}
            shown.append(Group(label, tuple(entries), ref))
        yield f"{section}/index.md", "listing.md.j2", {"title": title, "groups": shown}

    def _articles_by_year(self) -> list[tuple[str, list[Ref]]]:
        years: dict[int, list[Ref]] = defaultdict(list)
        newest = sorted(self.archive.articles, key=lambda a: (a.published, a.id), reverse=True)
        for article in newest:
            years[article.year].append(self.links.ref("article", article.id))
        return [(str(year), refs) for year, refs in years.items()]

    def _event_listing(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        years = sorted(self.links.all("year"), key=lambda ref: ref.id, reverse=True)
        groups = [Group(ref.name, tuple(self.events_of(("year", ref.id))), ref) for ref in years]
        context = {
            "groups": groups,
            "undated": [event for event in self.chronology if event.year is None],
            "listed": len(self.archive.events) <= LIST_LIMIT,
            "types": Counter(event.type for event in self.archive.events),
        }
        yield "events/index.md", "events_index.md.j2", context
        yield "years/index.md", "years_index.md.j2", {"groups": groups}


# Every section but years, which is a listing of events, not a kind of record.
SECTIONS_OF = {kind: section for kind, section in SECTIONS.items() if kind != "year"}
TITLES = {section: section.capitalize() for section in SECTIONS_OF.values()}
TITLES["pairs"] = "Pairs of countries"


def _helpers(links: Links, path: str) -> dict[str, Callable[..., Md]]:
    """Link helpers for the templates, relative to the page being written."""

    def link(ref: Ref | None, text: object = None) -> Md:
        label = md_text(text if text is not None else (ref.name if ref else ""))
        return Md(f"[{label}]({relative_href(path, ref.path)})") if ref else label

    def to(kind: str, record_id: str | None, text: object = None) -> Md:
        ref = links.ref(kind, record_id)
        return link(ref, text if text is not None or ref else record_id)

    def join(refs: Iterable[Ref], separator: str = ", ") -> Md:
        return Md(escape_inline(separator).join(link(ref) for ref in refs))

    return {"page": path, "link": link, "to": to, "join": join, "links": links}


def _month_key(event: Event) -> tuple[int, int, str]:
    span = event.date
    if span is None:
        return (3, 0, "Date unknown")
    if span.precision in ("day", "month"):
        return (0, span.start.month, MONTHS[span.start.month - 1])
    if span.precision == "season":
        return (1, span.start.month, date_words(span).capitalize())
    return (2, 0, "Some time in the year")


def _by_letter(refs: Iterable[Ref]) -> list[tuple[str, list[Ref]]]:
    letters: dict[str, list[Ref]] = defaultdict(list)
    for ref in sorted(refs, key=lambda r: (_sort_name(r.name), r.id)):
        letters[_initial(ref.name)].append(ref)
    return sorted(letters.items(), key=lambda item: (item[0] == "Other", item[0]))


def _sort_name(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in folded if not unicodedata.combining(char))


def _initial(name: str) -> str:
    first = _sort_name(name)[:1].upper()
    return first if "A" <= first <= "Z" else "Other"


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _sort_name(label)).strip("-") or "other"


def _finalize(value: object) -> Markup:
    return value if isinstance(value, Markup) else md_text(value)


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(md=md_text, when=date_words, day=day_words, kind=type_label)
    environment.globals.update(
        paragraph=paragraph_markdown,
        page_title=page_title,
        safe_url=safe_url,
        Md=Md,
        LIST_LIMIT=LIST_LIMIT,
    )
    return environment
