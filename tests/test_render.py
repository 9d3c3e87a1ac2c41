"""Render: Markdown text per page, escaped text, dates in words, every link to a page."""

from __future__ import annotations

import posixpath
import re
from dataclasses import replace

import pytest
from archive_builders import PAYLOAD, PAYLOADS, archive, article, event, person, role, span

from generator import render as render_module
from generator.link import link
from generator.mdtext import date_words, md_text, page_title, safe_url
from generator.records import Organization, Participant, Place, Quote, Source, Topic
from generator.render import render

POMPEO = person(
    "mike-pompeo",
    "Mike Pompeo",
    "Pompeo",
    country="US",
    roles=[
        role("Director of the Central Intelligence Agency", "2017-01-23", "2018-04-26"),
        role("Secretary of State", "2018-04-26", "2021-01-20"),
    ],
)
LAVROV = person("sergey-lavrov", "Sergey Lavrov", "Sergei Lavrov", "Lavrov")
ROVANIEMI = Place(id="rovaniemi", name="Rovaniemi", country="FI")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def pages_of(**collections) -> dict[str, str]:
    records = archive(**collections)
    return render(records, link(records))


def lines(page: str) -> list[str]:
    return page.splitlines()


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("Lavrov–Pompeo talks", "Lavrov–Pompeo talks"),
        ("<script>alert(1)</script>", "&#60;script&#62;alert(1)&#60;/script&#62;"),
        ("[x](javascript:alert(1))", "&#91;x&#93;(javascript:alert(1))"),
        ("{{ 7*7 }}", "&#123;&#123; 7&#42;7 &#125;&#125;"),
        ("*bold* _it_", "&#42;bold&#42; &#95;it&#95;"),
        ("# heading", "&#35; heading"),
        ("a | b", "a &#124; b"),
        ("`code`", "&#96;code&#96;"),
        ("AT&T &amp;", "AT&amp;T &amp;amp;"),
        ("C:\\path", "C:&#92;path"),
        ("Wow!", "Wow&#33;"),
        ("1. list", "1&#46; list"),
        ("- item", "&#45; item"),
        ("---", "&#45;--"),
        ("+ plus", "&#43; plus"),
        ("!!! note", "&#33;!! note"),
        ("version 0.1.0", "version 0.1.0"),
        ("line one\n\n    indented\r\n===", "line one indented ==="),
        ("control\x02chars\x03", "control chars"),
    ],
)
def test_md_text_shows_text_as_it_is(text, markdown):
    assert md_text(text) == markdown


def test_page_titles_are_quoted_yaml_of_escaped_html():
    assert page_title('</title><script>"x"</script>') == (
        '"&lt;/title&gt;&lt;script&gt;&quot;x&quot;&lt;/script&gt;"'
    )
    assert page_title("Lavrov–Pompeo talks") == '"Lavrov–Pompeo talks"'


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1&c=2#d", "https://example.org/a?b=1&c=2#d"),
        ('http://example.org/a(b) c<d>"e', "http://example.org/a%28b%29%20c%3Cd%3E%22e"),
        (" https://example.org/ ", "https://example.org/"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.org/no-scheme", None),
        ("https:no-host", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_addresses_are_linked(url, safe):
    assert safe_url(url) == safe


@pytest.mark.parametrize(
    ("date", "words"),
    [
        (span("2019-05-06"), "6 May 2019"),
        (span("2019-05-06", "2019-05-07"), "6–7 May 2019"),
        (span("2019-05-30", "2019-06-02"), "30 May – 2 June 2019"),
        (span("2019-12-30", "2020-01-02"), "30 December 2019 – 2 January 2020"),
        (span("2019-05-01", "2019-05-31", "month"), "May 2019"),
        (span("2019-05-01", "2019-06-30", "month"), "May–June 2019"),
        (span("2019-11-01", "2020-01-31", "month"), "November 2019 – January 2020"),
        (span("2018-06-01", "2018-08-31", "season"), "summer 2018"),
        (span("2018-03-01", "2018-05-31", "season"), "spring 2018"),
        (span("2018-09-01", "2018-11-30", "season"), "autumn 2018"),
        (span("2018-12-01", "2019-02-28", "season"), "winter 2018–2019"),
        (span("2019-01-01", "2019-02-28", "season"), "winter 2019"),
        (span("2018-01-01", "2018-12-31", "year"), "2018"),
        (span("2018-01-01", "2019-12-31", "year"), "2018–2019"),
        (None, "date unknown"),
    ],
)
def test_dates_are_shown_as_precisely_as_they_are_known(date, words):
    assert date_words(date) == words


def test_an_event_page_shows_its_facts_and_sources():
    talks = event(
        "2019-05-06-talks",
        ("sergey-lavrov", "RU"),
        ("mike-pompeo", "US"),
        title="Lavrov–Pompeo talks",
        type="talks",
        place="rovaniemi",
        parent="2019-05-06-ministerial",
        topics=("venezuela",),
        organizations=("arctic-council",),
        quotes=(Quote(speaker="sergey-lavrov", article="a1", text="Good and constructive."),),
        sources=(Source(article="a1", evidence="They met on Monday."),),
    )
    pages = pages_of(
        people=[LAVROV, POMPEO],
        places=[ROVANIEMI],
        organizations=[Organization(id="arctic-council", name="Arctic Council")],
        topics=[Topic(id="venezuela", name="Venezuela")],
        articles=[article("a1", "Text.", title="They met", url="https://example.org/1")],
        events=[talks, event("2019-05-06-ministerial", ("", "FI"), title="Ministerial")],
    )
    page = lines(pages["events/2019-05-06-talks.md"])

    assert page[:5] == ["---", 'title: "Lavrov–Pompeo talks"', "---", "", "# Lavrov–Pompeo talks"]
    assert "- **Type:** Talks" in page
    assert "- **Status:** occurred" in page
    assert "- **Date:** 6 May 2019" in page
    assert "- **Place:** [Rovaniemi](../places/rovaniemi.md), [Finland](../countries/fi.md)" in page
    assert "- **Held beside:** [Ministerial](2019-05-06-ministerial.md)" in page
    assert "- **Between:** [Russia–United States](../pairs/ru-us.md)" in page
    assert "- [Arctic Council](../organizations/arctic-council.md)" in page
    assert "- [Venezuela](../topics/venezuela.md)" in page
    assert (
        "- “Good and constructive.” — [Sergey Lavrov](../people/sergey-lavrov.md),"
        " in [They met](../articles/a1.md)"
    ) in page
    assert (
        "**[They met](../articles/a1.md)** — Example News, 7 May 2019 · "
        "[original article](https://example.org/1)"
    ) in page
    assert "> They met on Monday." in page


def test_participants_show_the_role_they_held_that_day():
    as_director = event("2017-06-01-visit", ("mike-pompeo", "US"))
    as_secretary = event("2019-05-06-talks", ("mike-pompeo", "US"))
    undated = event("2019-meeting", ("mike-pompeo", "US"), date=None)
    pages = pages_of(people=[POMPEO], events=[as_director, as_secretary, undated])
    row = "| [Mike Pompeo](../people/mike-pompeo.md) | {} | [United States](../countries/us.md) |"

    assert row.format("Director of the Central Intelligence Agency") in lines(
        pages["events/2017-06-01-visit.md"]
    )
    assert row.format("Secretary of State") in lines(pages["events/2019-05-06-talks.md"])
    assert row.format("—") in lines(pages["events/2019-meeting.md"])
    assert "- **Date:** date unknown" in lines(pages["events/2019-meeting.md"])


def test_the_role_the_event_record_gives_wins():
    envoy = (Participant(person="mike-pompeo", role="Special envoy", country="US"),)
    talks = replace(event("2019-05-06-talks"), participants=envoy)
    page = pages_of(people=[POMPEO], events=[talks])["events/2019-05-06-talks.md"]

    assert "| [Mike Pompeo](../people/mike-pompeo.md) | Special envoy |" in page


def test_a_person_page_shows_roles_timeline_quotes_and_people_met():
    quote = Quote(speaker="mike-pompeo", article="a1", text="A good conversation.")
    pages = pages_of(
        people=[LAVROV, POMPEO],
        articles=[article("a1", "Pompeo met Lavrov. Pompeo smiled.", title="Meeting")],
        events=[
            event(
                "2019-05-06-talks", ("sergey-lavrov", "RU"), ("mike-pompeo", "US"), quotes=(quote,)
            ),
            event("2019-05-07-lunch", ("sergey-lavrov", "RU"), ("mike-pompeo", "US")),
        ],
    )
    page = lines(pages["people/mike-pompeo.md"])

    assert "- **Also written:** Pompeo" in page
    assert "- **Country:** [United States](../countries/us.md)" in page
    assert (
        "- Secretary of State, [United States](../countries/us.md) "
        "(26 April 2018 – 20 January 2021)"
    ) in page
    assert (
        "- 6 May 2019 · [Event 2019-05-06-talks](../events/2019-05-06-talks.md) · Meeting"
        " · as Secretary of State"
    ) in page
    assert (
        "- “A good conversation.” — [Event 2019-05-06-talks](../events/2019-05-06-talks.md),"
        " in [Meeting](../articles/a1.md)"
    ) in page
    assert "- [Sergey Lavrov](sergey-lavrov.md) — 2 events" in page
    assert "- “Pompeo met Lavrov.” — [Meeting](../articles/a1.md)" in page
    assert "- “Pompeo smiled.” — [Meeting](../articles/a1.md)" in page


def test_a_pair_page_groups_its_events_by_type():
    pages = pages_of(
        events=[
            event("2019-05-06-talks", ("", "RU"), ("", "US"), type="talks"),
            event("2019-05-03-call", ("", "US"), ("", "RU"), type="phone_call"),
        ]
    )
    page = pages["pairs/ru-us.md"]

    assert "# Russia–United States" in page
    assert page.index("## Phone calls") < page.index("## Talks")
    assert (
        "Events between [Russia](../countries/ru.md) and [United States](../countries/us.md)"
        in page
    )


def test_a_year_page_groups_events_by_month_then_season_then_year():
    pages = pages_of(
        events=[
            event(
                "2018-01-01-whole-year", ("", "RU"), date=span("2018-01-01", "2018-12-31", "year")
            ),
            event("2018-06-01-summer", ("", "RU"), date=span("2018-06-01", "2018-08-31", "season")),
            event("2018-07-16-summit", ("", "RU")),
            event("2018-05-01-may", ("", "RU"), date=span("2018-05-01", "2018-05-31", "month")),
        ]
    )
    headings = [line for line in lines(pages["years/2018.md"]) if line.startswith("## ")]

    assert headings == ["## May", "## July", "## Summer 2018", "## Some time in the year"]


def test_article_texts_link_the_first_mention_of_each_record_in_a_paragraph():
    text = "Lavrov met Pompeo. Lavrov smiled.\n\nLater, Sergei Lavrov left."
    pages = pages_of(people=[LAVROV, POMPEO], articles=[article("a1", text)])
    page = lines(pages["articles/a1.md"])

    assert (
        "[Lavrov](../people/sergey-lavrov.md) met [Pompeo](../people/mike-pompeo.md)."
        " Lavrov smiled."
    ) in page
    assert "Later, [Sergei Lavrov](../people/sergey-lavrov.md) left." in page
    assert "## Text { data-search-exclude }" in page


def test_listing_pages_list_every_page_by_letter_and_leave_search_alone():
    pages = pages_of(people=[LAVROV, POMPEO])
    page = lines(pages["people/index.md"])

    assert page[:7] == [
        "---",
        'title: "People"',
        "search:",
        "  exclude: true",
        "---",
        "",
        "# People",
    ]
    assert "## M" in page and "## S" in page
    assert "- [Sergey Lavrov](sergey-lavrov.md)" in page


def test_long_listings_are_split_into_one_page_per_letter(monkeypatch):
    monkeypatch.setattr(render_module, "LIST_LIMIT", 1)
    pages = pages_of(
        people=[LAVROV, POMPEO],
        articles=[article("a1", "One."), article("a2", "Two.", published="2018-01-02")],
    )

    assert "- [M](by-letter/m.md) — 1" in lines(pages["people/index.md"])
    assert "- [Mike Pompeo](../mike-pompeo.md)" in lines(pages["people/by-letter/m.md"])
    assert "- [2019](by-year/2019.md) — 1" in lines(pages["articles/index.md"])
    assert "- [Article a2](../a2.md) — 2 January 2018, Example News" in lines(
        pages["articles/by-year/2018.md"]
    )


def test_the_home_page_fragments_show_latest_events_and_counts():
    pages = pages_of(
        people=[LAVROV],
        events=[
            event("2019-05-06-talks", ("sergey-lavrov", "RU"), type="talks"),
            event("2020-01-01-visit", ("", "FR"), status="planned"),
        ],
    )

    assert pages["_generated/latest.md"] == (
        "- 6 May 2019 · [Event 2019-05-06-talks](events/2019-05-06-talks.md) · Talks\n"
    )
    assert "- [Events](events/index.md): 2" in lines(pages["_generated/counts.md"])
    assert "- [People](people/index.md): 1" in lines(pages["_generated/counts.md"])


def test_every_link_leads_to_a_page():
    pages = pages_of(
        people=[LAVROV, POMPEO],
        places=[ROVANIEMI],
        articles=[article("a1", "Lavrov met Pompeo in Rovaniemi, Finland.")],
        events=[
            event(
                "2019-05-06-talks",
                ("sergey-lavrov", "RU"),
                ("mike-pompeo", "US"),
                place="rovaniemi",
            ),
            event("2019-meeting", ("", "FR"), date=None),
        ],
    )

    for path, text in pages.items():
        base = "index.md" if path.startswith("_generated/") else path
        for target in LINK.findall(text):
            if target.startswith("http"):
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(base), target))
            assert resolved in pages, f"{path} links to {target}"


def test_text_from_records_never_reaches_a_page_as_markup():
    pages = pages_of(
        people=[person("p1", f"Name {PAYLOAD}", PAYLOAD, country="US")],
        topics=[Topic(id="t1", name=f"Topic {PAYLOAD}", description=PAYLOAD)],
        articles=[article("a1", "\n\n".join(PAYLOADS), title=PAYLOAD, source=PAYLOAD)],
        events=[
            event(
                "2019-05-06-e",
                ("p1", "US"),
                title=PAYLOAD,
                quotes=(Quote(speaker="p1", article="a1", text=PAYLOAD),),
                sources=(Source(article="a1", evidence=PAYLOAD),),
                topics=("t1",),
            )
        ],
    )

    for path, text in pages.items():
        # The front matter is YAML, not Markdown: its title is escaped HTML (tested above).
        markdown = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        for payload in PAYLOADS:
            if re.search(r"[<>\[\]{}*_`|#]", payload):
                assert payload not in markdown, f"{payload!r} in {path}"


def test_rendering_twice_gives_the_same_pages():
    records = archive(
        people=[LAVROV, POMPEO],
        articles=[article("a1", "Lavrov met Pompeo.")],
        events=[event("2019-05-06-talks", ("sergey-lavrov", "RU"), ("mike-pompeo", "US"))],
    )

    assert render(records, link(records)) == render(records, link(records))
