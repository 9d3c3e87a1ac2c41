"""Entities: names resolved to records, short names to the full name used before, titles to
roles and countries, titles with no name to the office holder of the day, capitals and seats
of power to countries, and the model's mistakes kept out of the records (issue 3, point 2)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.home import home_country
from generator.extract.mentions import Name
from generator.extract.names import slugify, spelling_key
from generator.extract.people import cluster_people
from generator.records import Article

GB_PM_OFFICE = "Prime Minister's Office, 10 Downing Street"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Sergey Lavrov", "sergey-lavrov"),
        ("António Guterres", "antonio-guterres"),
        ("Lee Jae-myung", "lee-jae-myung"),
        ("O'Brien", "o-brien"),
    ],
)
def test_extract_slugify(text, slug) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sergei", "Sergey"),
        ("Dmitri", "Dmitry"),
        ("Zelenskyy", "Zelensky"),
        ("Zelenskiy", "Zelensky"),
        ("Aleksey", "Alexei"),
        ("Erdoğan", "Erdogan"),
        ("Berdimuhamedow", "Berdimuhamedov"),
        ("Rachmaninoff", "Rachmaninov"),
    ],
)
def test_extract_transliterations_share_a_spelling_key(first, second) -> None:
    assert spelling_key(first) == spelling_key(second)


def test_extract_different_names_keep_different_keys() -> None:
    assert spelling_key("Lavrov") != spelling_key("Lavrova")


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # A surname before or after the full name, and the other transliteration.
        (["Lavrov", "Sergei Lavrov", "Sergey Lavrov"], ["sergey-lavrov"] * 3),
        # Someone new: one id for the full name and the surname.
        (["Pekka Haavisto", "Haavisto"], ["pekka-haavisto"] * 2),
        # Chinese names put the surname first.
        (["Qin Gang", "Qin"], ["qin-gang"] * 2),
        # Two people with one surname stay apart; the bare surname is then ambiguous.
        (["Boris Johnson", "Lyndon Johnson"], ["boris-johnson", "lyndon-johnson"]),
        # A surname that opens with a particle is the surname, not a first name.
        (["Aurelio De Laurentiis", "De Laurentiis"], ["aurelio-de-laurentiis"] * 2),
        (["Ursula von der Leyen", "von der Leyen"], ["ursula-von-der-leyen"] * 2),
        # A family name first that happens to be a particle stays a family name.
        (["Le Hoai Trung", "Le"], ["le-hoai-trung"] * 2),
    ],
)
def test_extract_short_names_resolve_to_the_full_name(extraction_registry, names, expected) -> None:
    spans, start = [], 0
    for text in names:
        record = extraction_registry.person_named(text) if len(text.split()) > 1 else None
        spans.append(Name("PERSON", start, start + len(text.split()), text, record))
        start += len(text.split()) + 1
    clusters = cluster_people(tuple(spans), extraction_registry, lambda index: 0)
    assert [clusters[span.start].id for span in spans] == expected


def _names_in_sentences(*sentences: list[str]) -> tuple[list[Name], dict[int, int]]:
    """Names laid out one after another, and the sentence of each of their words."""
    spans, sentence_of, start = [], {}, 0
    for number, names in enumerate(sentences):
        for text in names:
            spans.append(Name("PERSON", start, start + len(text.split()), text))
            for index in range(start, start + len(text.split()) + 1):
                sentence_of[index] = number
            start += len(text.split()) + 1
    return spans, sentence_of


def test_extract_a_short_name_far_from_its_namesakes_is_the_one_named_first(
    extraction_registry,
) -> None:
    spans, sentence_of = _names_in_sentences(
        ["Kim Jong-un", "Moon Jae-in"],
        ["Kim Dae-jung", "Kim Jong-il", "Kim"],  # "a summit with Kim in 2007": Kim Jong-il
        [],
        ["Kim"],  # "a meeting between Kim and Trump", paragraphs on: Kim Jong-un
    )
    clusters = cluster_people(tuple(spans), extraction_registry, sentence_of.__getitem__)
    assert [clusters[span.start].id for span in spans if span.text == "Kim"] == [
        "kim-jong-il",
        "kim-jong-un",
    ]


@pytest.mark.parametrize(
    ("source", "url", "country"),
    [
        ("Kremlin", None, "RU"),
        ("The White House", None, "US"),
        (GB_PM_OFFICE, None, "GB"),
        ("Example News", "https://www.gov.uk/government/news/pm-call", "GB"),
        ("State Department", "https://www.state.gov/readout", "US"),
        ("Example News", "https://example.org/news", None),
    ],
)
def test_extract_home_country_of_an_article(extraction_registry, source, url, country) -> None:
    article = Article("a", "A report", dt.date(2020, 1, 1), source, "Text.", url)
    assert home_country(article, extraction_registry) == country


@pytest.mark.parametrize(
    ("kind", "country", "day", "holders"),
    [
        ("foreign_minister", "US", dt.date(2019, 5, 6), ("mike-pompeo",)),
        ("foreign_minister", "US", dt.date(2017, 6, 1), ("rex-tillerson",)),
        ("head_of_government", "GB", dt.date(2019, 5, 6), ("theresa-may",)),
        ("head_of_government", "GB", dt.date(2020, 5, 6), ("boris-johnson",)),
        ("head_of_state", "FI", dt.date(2020, 5, 6), ()),
    ],
)
def test_extract_dated_roles_say_who_held_an_office(
    extraction_registry, kind, country, day, holders
) -> None:
    assert extraction_registry.holders(kind, day, country=country) == holders


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "person", "role", "country"),
    [
        (
            "US Secretary of State Mike Pompeo met Lavrov.",
            "mike-pompeo",
            "Secretary of State",
            "US",
        ),
        (
            "Press Secretary of the Russian President Dmitry Peskov met Pompeo.",
            "dmitry-peskov",
            "Press Secretary of the President",
            "RU",
        ),
        # Someone new: the title gives the role and the demonym or country the country.
        (
            "Finnish Foreign Minister Pekka Haavisto met Lavrov.",
            "pekka-haavisto",
            "Foreign Minister",
            "FI",
        ),
        (
            "Pekka Haavisto, Finland's foreign minister, met Lavrov.",
            "pekka-haavisto",
            "Foreign Minister",
            "FI",
        ),
        (
            "The Foreign Minister of Finland, Pekka Haavisto, met Lavrov.",
            "pekka-haavisto",
            "Foreign Minister",
            "FI",
        ),
    ],
)
def test_extract_titles_beside_names_give_role_and_country(
    extract_text, text, person, role, country
) -> None:
    [event] = extract_text(text).events
    first = event.participants[0]
    assert (first.person, first.role, first.country) == (person, role, country)


@pytest.mark.slow
def test_extract_someone_new_becomes_a_proposed_person(extract_text) -> None:
    proposals = extract_text("Finnish Foreign Minister Pekka Haavisto met Lavrov. Haavisto left.")
    [person] = proposals.people
    assert (person.id, person.name, person.aliases, person.country) == (
        "pekka-haavisto",
        "Pekka Haavisto",
        ("Haavisto",),
        "FI",
    )
    assert [(r.title, r.kind, r.country) for r in person.roles] == [
        ("Foreign Minister", "foreign_minister", "FI")
    ]


def test_extract_someone_new_named_in_full_with_an_initial_is_proposed(extract_text) -> None:
    """Named in no event, but introduced by a full name: middle initial and generation too."""
    proposals = extract_text("The analyst Lloyd J. Austin III said the talks would resume.")
    assert [person.name for person in proposals.people] == ["Lloyd J. Austin III"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "published", "person"),
    [
        # The source says whose Prime Minister; the dated roles say who it was that day.
        (
            "The Prime Minister spoke to President Macron by phone.",
            GB_PM_OFFICE,
            dt.date(2020, 3, 2),
            "boris-johnson",
        ),
        (
            "The Prime Minister spoke to President Macron by phone.",
            GB_PM_OFFICE,
            dt.date(2019, 3, 2),
            "theresa-may",
        ),
        (
            "The Secretary-General met President Putin in Moscow.",
            "United Nations News",
            dt.date(2022, 4, 26),
            "antonio-guterres",
        ),
        (
            "The Russian President met President Macron in Moscow.",
            "Example News",
            dt.date(2019, 5, 7),
            "vladimir-putin",
        ),
        (
            "The US Secretary of State met Lavrov in Moscow.",
            "Example News",
            dt.date(2017, 6, 1),
            "rex-tillerson",
        ),
    ],
)
def test_extract_a_title_with_no_name_is_the_office_holder_that_day(
    extract_text, text, source, published, person
) -> None:
    [event] = extract_text(text, published=published, source=source).events
    assert event.participants[0].person == person


@pytest.mark.slow
def test_extract_a_counterpart_holds_the_same_office_in_the_other_country(extract_text) -> None:
    text = "Chinese Foreign Minister Wang Yi held talks with his Russian counterpart on Monday."
    [event] = extract_text(text).events
    assert [p.person for p in event.participants] == ["wang-yi", "sergey-lavrov"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "countries", "places"),
    [
        # Capitals and seats of power standing for governments are country actors.
        ("Moscow and Washington have opposed views.", ["RU", "US"], []),
        ("The Kremlin said the White House was cautious.", ["RU", "US"], []),
        # A capital where something happens is a place.
        ("Lavrov held talks in Moscow.", [], ["moscow"]),
        ("Lavrov received Pompeo at the Kremlin.", [], ["moscow"]),
        ("MOSCOW, May 6 (Reuters) - Lavrov spoke.", [], ["moscow"]),
    ],
)
def test_extract_capitals_are_countries_when_they_act(
    extract_text, text, countries, places
) -> None:
    mentions = extract_text(text).mentions
    assert sorted(m.id for m in mentions if m.kind == "country") == countries
    assert sorted(m.id for m in mentions if m.kind == "place") == places


@pytest.mark.slow
def test_extract_model_mistakes_do_not_reach_the_records(extract_text) -> None:
    text = (
        "Suffice it to say that Trump's phone call to Putin last Friday was initiated by "
        "the American side. It is worth noting that much of the Lavrov-Pompeo negotiations "
        "was private. Washington roughly advised Russia, via the same Pompeo, to leave."
    )
    proposals = extract_text(text)
    kinds = {(m.kind, m.id) for m in proposals.mentions}
    assert ("person", "mike-pompeo") in kinds and ("person", "sergey-lavrov") in kinds
    assert not [m for m in proposals.mentions if m.kind in ("place", "organization")]
    assert proposals.people == () and proposals.organizations == () and proposals.places == ()


@pytest.mark.slow
def test_extract_mentions_list_every_resolved_name_with_its_sentence(extract_text) -> None:
    text = "The Russian President met Pompeo in Moscow. They discussed Venezuela."
    mentions = {(m.kind, m.id, m.text, m.sentence) for m in extract_text(text).mentions}
    first, second = "The Russian President met Pompeo in Moscow.", "They discussed Venezuela."
    assert mentions == {
        ("person", "vladimir-putin", "Russian President", first),
        ("person", "mike-pompeo", "Pompeo", first),
        ("place", "moscow", "Moscow", first),
        ("country", "VE", "Venezuela", second),
        ("topic", "venezuela", "Venezuela", second),
    }


@pytest.mark.slow
def test_extract_a_double_surname_is_one_name(trained_nlp, extraction_registry) -> None:
    """ "Lund-Jensen" is one surname; "the Lavrov-Pompeo talks" name two people."""
    from generator.extract.mentions import names_in

    doc = trained_nlp(
        "Chairman Henrik Lund-Jensen told shareholders. The Lavrov-Pompeo talks went well."
    )
    people = [name.text for name in names_in(doc, extraction_registry) if name.label == "PERSON"]
    assert people == ["Henrik Lund-Jensen", "Lavrov", "Pompeo"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A known surname after a first name the archive does not give it is someone else's.
        ("Judge Anita Modi heard the case. Modi said it would go on.", ["Anita Modi", "Modi"]),
        # A known name opening longer words is part of someone else's name.
        ("Dr. Wang Xiaolong Chen spoke.", ["Wang Xiaolong Chen"]),
        # Where capitals run on before it, the name is what the article names in full.
        (
            "He met the Minister of Trade and International Cooperation Anita Modi. Anita Modi "
            "said trade would grow.",
            ["Anita Modi", "Anita Modi"],
        ),
    ],
)
def test_extract_a_known_surname_inside_a_longer_name(
    trained_nlp, extraction_registry, text, expected
) -> None:
    from generator.extract.mentions import names_in

    names = names_in(trained_nlp(text), extraction_registry)
    people = [name for name in names if name.label == "PERSON"]
    assert [name.text for name in people] == expected
    assert all(name.record is None for name in people if " " in name.text)


def test_extract_a_name_opening_a_full_name_joined_to_a_subject_is_that_person(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Abe later telephoned South Korean President Park Geun Hye. A Japanese official spoke "
        "to reporters.\n\nAbe and Park held their first summit in Seoul on Nov. 2.",
        dt.date(2015, 12, 28),
    )
    summit = next(event for event in found.events if event.type == "summit")
    assert [p.person for p in summit.participants] == ["shinzo-abe", "park-geun-hye"]
