"""Link: page paths, which countries and pairs get pages, cross-references and mentions."""

from __future__ import annotations

from archive_builders import archive, article, event, person, span

from generator.link import (
    Citation,
    Ref,
    link,
    paragraphs_of,
    relative_href,
    sentence_bounds,
)
from generator.records import Archive, Country, Organization, Place, Quote, Topic

LAVROV = person("sergey-lavrov", "Sergey Lavrov", "Sergei Lavrov", "Lavrov")
POMPEO = person("mike-pompeo", "Mike Pompeo", "Pompeo", country="US")
PUTIN = person("vladimir-putin", "Vladimir Putin", "Putin")
TRUMP = person("donald-trump", "Donald Trump", "Trump", country="US")


def segments_of(links, article_id: str) -> list[list[tuple[str, str | None]]]:
    return [
        [(segment.text, segment.ref.id if segment.ref else None) for segment in paragraph]
        for paragraph in links.paragraphs[article_id]
    ]


def test_every_record_gets_a_page_path_in_its_section():
    links = link(
        archive(
            people=[LAVROV],
            places=[Place(id="rovaniemi", name="Rovaniemi", country="FI")],
            organizations=[Organization(id="arctic-council", name="Arctic Council")],
            topics=[Topic(id="venezuela", name="Venezuela")],
            events=[event("2019-05-06-talks", ("sergey-lavrov", "RU"), ("", "US"))],
        )
    )

    assert links.ref("person", "sergey-lavrov") == Ref(
        "person", "sergey-lavrov", "Sergey Lavrov", "people/sergey-lavrov.md"
    )
    assert links.ref("place", "rovaniemi").path == "places/rovaniemi.md"
    assert links.ref("organization", "arctic-council").path == "organizations/arctic-council.md"
    assert links.ref("topic", "venezuela").path == "topics/venezuela.md"
    assert links.ref("article", "a1").path == "articles/a1.md"
    assert links.ref("event", "2019-05-06-talks").path == "events/2019-05-06-talks.md"
    assert links.ref("year", "2019").path == "years/2019.md"
    assert links.ref("country", "ru").path == "countries/ru.md"
    assert links.ref("person", "nobody") is None
    assert links.ref("person", None) is None


def test_a_pair_page_is_named_after_both_countries_in_code_order():
    links = link(archive(events=[event("2019-05-06-talks", ("", "US"), ("", "RU"))]))

    assert links.pairs == ("ru-us",)
    assert links.ref("pair", "ru-us") == Ref(
        "pair", "ru-us", "Russia–United States", "pairs/ru-us.md"
    )
    assert links.events_of["pair", "ru-us"] == ("2019-05-06-talks",)


def test_gatherings_of_more_than_four_sides_make_no_pairs():
    codes = ["FI", "FR", "RU", "US", "DE"]
    countries = [*archive().countries, Country(code="DE", name="Germany")]
    crowded = event("2019-05-06-summit", *[("", code) for code in codes])
    trilateral = event("2019-05-07-talks", ("", "FI"), ("", "RU"), ("", "US"))

    links = link(archive(countries=countries, events=[crowded, trilateral]))

    assert links.pairs == ("fi-ru", "fi-us", "ru-us")
    assert links.events_of["country", "de"] == ("2019-05-06-summit",)


def test_only_countries_something_refers_to_get_a_page():
    links = link(
        archive(
            people=[person("x", "Pekka Haavisto", country="FI")],
            articles=[article("a1", "Talks with France went well.")],
        )
    )

    assert [ref.id for ref in links.all("country")] == ["fi", "fr"]
    assert links.ref("country", "ru") is None


def test_relative_links_between_pages():
    assert relative_href("events/x.md", "people/y.md") == "../people/y.md"
    assert relative_href("events/x.md", "events/z.md") == "z.md"
    assert relative_href("index.md", "events/z.md") == "events/z.md"
    assert relative_href("people/by-letter/a.md", "people/y.md") == "../y.md"


SUMMER_2018 = span("2018-06-01", "2018-08-31", "season")


def test_events_are_listed_in_date_order_with_undated_ones_last():
    links = link(
        archive(
            people=[PUTIN],
            events=[
                event("2019-putin-meeting", ("vladimir-putin", "RU"), date=None),
                event("2019-05-03-call", ("vladimir-putin", "RU")),
                event(
                    "2018-summer",
                    ("vladimir-putin", "RU"),
                    date=span("2018-06-01", "2018-08-31", "season"),
                ),
            ],
        )
    )

    assert links.events_of["person", "vladimir-putin"] == (
        "2018-summer",
        "2019-05-03-call",
        "2019-putin-meeting",
    )
    assert links.events_of["year", "2019"] == ("2019-05-03-call", "2019-putin-meeting")


def test_events_held_in_a_country_and_beside_another_event():
    links = link(
        archive(
            places=[Place(id="rovaniemi", name="Rovaniemi", country="FI")],
            events=[
                event("2019-05-06-ministerial", ("", "US"), place="rovaniemi"),
                event("2019-05-06-talks", ("", "US"), parent="2019-05-06-ministerial"),
            ],
        )
    )

    assert links.events_of["host", "fi"] == ("2019-05-06-ministerial",)
    assert links.events_of["place", "rovaniemi"] == ("2019-05-06-ministerial",)
    assert links.events_of["event", "2019-05-06-ministerial"] == ("2019-05-06-talks",)


def test_people_met_most_often_are_counted_over_events():
    links = link(
        archive(
            people=[LAVROV, POMPEO, PUTIN, TRUMP],
            events=[
                event("2019-05-06-a", ("sergey-lavrov", "RU"), ("mike-pompeo", "US")),
                event("2019-05-07-b", ("sergey-lavrov", "RU"), ("mike-pompeo", "US")),
                event("2019-05-08-c", ("sergey-lavrov", "RU"), ("donald-trump", "US")),
                event("2019-05-09-d", ("vladimir-putin", "RU"), ("donald-trump", "US")),
            ],
        )
    )

    assert links.met["sergey-lavrov"] == (("mike-pompeo", 2), ("donald-trump", 1))
    assert links.met["donald-trump"] == (("sergey-lavrov", 1), ("vladimir-putin", 1))


def test_quotes_are_gathered_by_speaker_and_by_article():
    said = Quote(speaker="sergey-lavrov", article="a1", text="Good and constructive.")
    links = link(
        archive(
            people=[LAVROV],
            events=[event("2019-05-06-talks", ("sergey-lavrov", "RU"), quotes=(said,))],
        )
    )

    assert [q.quote for q in links.quotes_of["person", "sergey-lavrov"]] == [said]
    assert [q.event for q in links.quotes_of["article", "a1"]] == ["2019-05-06-talks"]


def test_names_in_article_texts_become_segments_with_their_record():
    text = "Sergei Lavrov met Mike Pompeo.\n\nLavrov's talks with Pompeo in the USA were long."
    links = link(archive(people=[LAVROV, POMPEO], articles=[article("a1", text)]))

    assert segments_of(links, "a1") == [
        [
            ("Sergei Lavrov", "sergey-lavrov"),
            (" met ", None),
            ("Mike Pompeo", "mike-pompeo"),
            (".", None),
        ],
        [
            ("Lavrov", "sergey-lavrov"),
            ("'s talks with ", None),
            ("Pompeo", "mike-pompeo"),
            (" in the ", None),
            ("USA", "us"),
            (" were long.", None),
        ],
    ]


def test_names_match_whole_words_and_case_only():
    text = "Lavrovian ideas; lavrov in lower case; LAVROV shouting."
    links = link(archive(people=[LAVROV], articles=[article("a1", text)]))

    assert segments_of(links, "a1") == [[(text, None)]]


def test_a_name_two_people_share_is_left_unlinked():
    smiths = [person("ann-smith", "Ann Smith", "Smith"), person("bob-smith", "Bob Smith", "Smith")]
    links = link(archive(people=smiths, articles=[article("a1", "Smith met Bob Smith.")]))

    assert segments_of(links, "a1") == [
        [("Smith met ", None), ("Bob Smith", "bob-smith"), (".", None)]
    ]


def test_a_person_wins_over_a_country_of_the_same_name():
    georgia = Country(code="GE", name="Georgia")
    singer = person("georgia-smith", "Georgia Smith", "Georgia", country="US")
    links = link(
        archive(
            people=[singer],
            countries=[*archive().countries, georgia],
            articles=[article("a1", "Georgia sang.")],
        )
    )

    assert segments_of(links, "a1") == [[("Georgia", "georgia-smith"), (" sang.", None)]]
    assert links.ref("country", "ge") is None


def test_citations_are_the_sentences_that_name_a_record_newest_article_first():
    old = article("old", "Lavrov spoke. Nobody else did.", published="2018-01-01")
    new = article(
        "new", "Yesterday Sergei Lavrov met U.S. envoys. It went well.", published="2019-01-01"
    )
    links = link(archive(people=[LAVROV], articles=[old, new]))

    assert links.citations["person", "sergey-lavrov"] == (
        Citation("new", "Yesterday Sergei Lavrov met U.S. envoys."),
        Citation("old", "Lavrov spoke."),
    )


def test_topics_are_found_by_their_phrases_in_any_case():
    topic = Topic(id="arms-control", name="Arms control", phrases=("nuclear agreement",))
    text = "They discussed a Nuclear Agreement. Then lunch. Arms control came up again."
    links = link(archive(topics=[topic], articles=[article("a1", text)]))

    assert links.citations["topic", "arms-control"] == (
        Citation("a1", "They discussed a Nuclear Agreement."),
        Citation("a1", "Arms control came up again."),
    )


def test_sentences_do_not_end_at_abbreviations_or_initials():
    text = 'Special Prosecutor Robert S. Mueller met U.S. officials. "It is done." Dr. Who left!'
    sentences = [text[start:end] for start, end in sentence_bounds(text)]

    assert sentences == [
        "Special Prosecutor Robert S. Mueller met U.S. officials.",
        '"It is done."',
        "Dr. Who left!",
    ]


def test_paragraphs_are_split_at_blank_lines_and_their_spaces_collapsed():
    text = "First line\nsame paragraph.\n\n\n  Second   paragraph.\n \n"

    assert paragraphs_of(text) == ["First line same paragraph.", "Second paragraph."]


def test_linking_twice_gives_equal_links():
    records = archive(
        people=[LAVROV, POMPEO],
        events=[event("2019-05-06-talks", ("sergey-lavrov", "RU"), ("mike-pompeo", "US"))],
        articles=[article("a1", "Lavrov met Pompeo in Russia.")],
    )

    assert link(records) == link(records)


def test_an_empty_archive_links_to_nothing():
    links = link(Archive())

    assert links.refs == {}
    assert links.pairs == ()
