"""Adding an article and settling proposals on disk: checks, idempotent re-runs, curated files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator import contribute
from generator.contribute import ContributeError
from generator.records import (
    Archive,
    Article,
    ArticleProposals,
    DateSpan,
    Event,
    Extraction,
    Participant,
    Person,
    Quote,
    Source,
)

# Three articles and a curated event: a curator corrected its date (the machine said
# 3 May), deleted a quote the first article gave, and commented on it.
FIXTURE = Path(__file__).parent / "fixtures" / "contribute"
CALL_FILE = "seeds/events/2019/2019-05-03-putin-trump-phone-call.yml"


def day(text: str) -> DateSpan:
    date = dt.date.fromisoformat(text)
    return DateSpan(date, date)


def make_archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(FIXTURE, root)
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def call(article: str, evidence: str, date: str = "2019-05-03", *quotes: Quote) -> Event:
    return Event(
        id="2019-05-03-putin-trump-phone-call",
        title="Putin–Trump phone call",
        type="phone_call",
        status="occurred",
        date=day(date),
        participants=(
            Participant("vladimir-putin", "President", "RU"),
            Participant("donald-trump"),
        ),
        sources=(Source(article, evidence),),
        quotes=quotes,
        extraction=Extraction(0.9, "model", "0.1.0"),
    )


STOLTENBERG = Person("jens-stoltenberg", "Jens Stoltenberg", ("Stoltenberg",), "NO")
TALKS = Event(
    id="2019-05-06-lavrov-pompeo-talks",
    title="Lavrov–Pompeo talks",
    type="talks",
    status="occurred",
    date=day("2019-05-06"),
    participants=(Participant("sergey-lavrov", country="RU"), Participant("mike-pompeo")),
    sources=(Source("2019-05-07-lavrov-pompeo", "Lavrov met Pompeo in Rovaniemi on Monday."),),
    place="rovaniemi",
    extraction=Extraction(0.8, "model", "0.1.0"),
)
PROPOSALS = (
    ArticleProposals(
        "2019-05-04-putin-trump-call",
        events=(
            call(
                "2019-05-04-putin-trump-call",
                "Putin and Trump spoke by phone on Friday.",
                "2019-05-03",
                Quote("donald-trump", "2019-05-04-putin-trump-call", "A very good call."),
            ),
        ),
    ),
    ArticleProposals("2019-05-07-lavrov-pompeo", events=(TALKS,)),
    ArticleProposals(
        "2019-05-08-ministers",
        events=(
            call("2019-05-08-ministers", "Trump and Putin spoke on May 3."),
            Event(
                **{
                    **{f: getattr(TALKS, f) for f in ("title", "type", "status", "date", "place")},
                    "id": "2019-05-06-lavrov-pompeo-meeting",
                    "participants": TALKS.participants,
                    "sources": (Source("2019-05-08-ministers", "The two ministers met."),),
                    "quotes": (Quote("sergey-lavrov", "x", "Good and constructive."),),
                }
            ),
        ),
        people=(STOLTENBERG,),
    ),
)


def settle_and_write(root: Path) -> contribute.Run:
    loaded = contribute.load(root)
    assert loaded.problems == ()
    run = contribute.settle(root, loaded, loaded.archive.articles, PROPOSALS)
    contribute.write(root, run)
    return run


def test_extracting_every_article_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    root = make_archive(tmp_path)
    call_path = root / CALL_FILE
    curated_call = call_path.read_text()
    first = settle_and_write(root)
    assert sorted(first.files) == [
        "seeds/events/2019/2019-05-03-putin-trump-phone-call.yml",
        "seeds/events/2019/2019-05-06-lavrov-pompeo-talks.yml",
        "seeds/people/jens-stoltenberg.yml",
    ]
    # The curated record only gained the new article's source: the corrected date, the
    # comments and the deleted quote of the article it already cited stay as they were.
    assert call_path.read_text() == curated_call.replace(
        "reviewed: true",
        "  - {article: 2019-05-08-ministers, evidence: Trump and Putin spoke on May 3.}\n"
        "reviewed: true",
    )
    after_first = snapshot(root)
    second = settle_and_write(root)
    assert second.files == {}
    assert [outcome.action for outcome in second.curated.outcomes] == ["known"] * 4
    assert snapshot(root) == after_first


def test_a_reviewed_record_survives_a_re_run_of_its_article_untouched(tmp_path: Path) -> None:
    root = make_archive(tmp_path)
    before = snapshot(root)
    loaded = contribute.load(root)
    run = contribute.settle(root, loaded, loaded.archive.articles[:1], PROPOSALS[:1])
    contribute.write(root, run)
    assert run.files == {}
    assert snapshot(root) == before


def test_two_reports_of_one_event_are_written_as_one_record(tmp_path: Path) -> None:
    root = make_archive(tmp_path)
    settle_and_write(root)
    written = (root / "seeds/events/2019/2019-05-06-lavrov-pompeo-talks.yml").read_text()
    assert written == (
        "id: 2019-05-06-lavrov-pompeo-talks\n"
        "title: Lavrov–Pompeo talks\n"
        "type: talks\n"
        "status: occurred\n"
        "date: {start: 2019-05-06, end: 2019-05-06, precision: day}\n"
        "place: rovaniemi\n"
        "participants:\n"
        "  - {person: sergey-lavrov, country: RU}\n"
        "  - {person: mike-pompeo}\n"
        "quotes:\n"
        "  - {speaker: sergey-lavrov, article: 2019-05-08-ministers, "
        "text: Good and constructive.}\n"
        "sources:\n"
        "  - {article: 2019-05-07-lavrov-pompeo, "
        "evidence: Lavrov met Pompeo in Rovaniemi on Monday.}\n"
        "  - {article: 2019-05-08-ministers, evidence: The two ministers met.}\n"
        "extraction: {confidence: 0.8, model: model, generator: 0.1.0}\n"
        "reviewed: false\n"
    )


def test_a_new_article_about_a_curated_event_is_appended_to_its_file(tmp_path: Path) -> None:
    root = make_archive(tmp_path)
    path = root / CALL_FILE
    path.write_text(path.read_text().replace("reviewed: true", "reviewed: false"))
    before = path.read_text()
    loaded = contribute.load(root)
    only_call = (PROPOSALS[2].__class__("2019-05-08-ministers", events=PROPOSALS[2].events[:1]),)
    run = contribute.settle(root, loaded, loaded.archive.articles[2:], only_call)
    contribute.write(root, run)
    assert path.read_text() == before.replace(
        "reviewed: false",
        "  - {article: 2019-05-08-ministers, evidence: Trump and Putin spoke on May 3.}\n"
        "reviewed: false",
    )
    assert contribute.load(root).problems == ()


def test_pending_articles_are_those_no_event_cites(tmp_path: Path) -> None:
    loaded = contribute.load(make_archive(tmp_path))
    assert [a.id for a in contribute.pending(loaded.archive)] == [
        "2019-05-07-lavrov-pompeo",
        "2019-05-08-ministers",
    ]
    assert len(contribute.pending(loaded.archive, everything=True)) == 3


EMPTY = Archive()


def new(text: str, archive: Archive = EMPTY, **options) -> Article:
    defaults = {"published": dt.date(2019, 5, 7), "source": "Example News"}
    return contribute.new_article(text, archive=archive, **{**defaults, **options})


def test_a_new_article_is_named_after_its_date_and_title() -> None:
    article = new("Lavrov and Pompeo meet in Rovaniemi\nThe ministers met on Monday.\n")
    assert article.id == "2019-05-07-lavrov-pompeo-meet-rovaniemi"
    assert article.title == "Lavrov and Pompeo meet in Rovaniemi"
    assert article.text == "Lavrov and Pompeo meet in Rovaniemi\n\nThe ministers met on Monday.\n"
    titled = new("Text.", title="Talks: in  Finland", url="https://example.org/a")
    assert (titled.id, titled.title, titled.url) == (
        "2019-05-07-talks-finland",
        "Talks: in Finland",
        "https://example.org/a",
    )


def test_a_long_first_line_gives_its_first_sentence_as_title() -> None:
    first = "Russian Foreign Minister Sergei Lavrov announced the probability of a new meeting. "
    article = new(
        first + "Lavrov said it after talks with US Secretary of State Mike Pompeo on Monday."
    )
    assert (
        article.title
        == "Russian Foreign Minister Sergei Lavrov announced the probability of a new meeting."
    )
    endless = new("word " * 60)
    assert len(endless.title) <= contribute.TITLE_LENGTH
    assert endless.title.endswith("word…")


def test_paragraphs_follow_blank_lines_or_else_lines() -> None:
    assert contribute.paragraphs("\ufeffOne.\r\nTwo.\r\n") == "One.\n\nTwo.\n"
    assert contribute.paragraphs("One\nstill one.\n\n\n  Two.  \n") == "One\nstill one.\n\nTwo.\n"
    assert contribute.paragraphs(" \n\n") == ""


def test_slugs_are_ascii_words_without_filler() -> None:
    assert contribute.slug("Ça va: Macron & Putin at the Fort de Brégançon!") == (
        "ca-va-macron-putin-fort-de-bregancon"
    )
    assert contribute.slug("The of") == "the-of"
    assert contribute.slug("“…”") == "article"


def test_an_id_taken_by_another_article_gets_a_suffix() -> None:
    earlier = new("Talks in Finland\nOne text.")
    archive = Archive(articles=(earlier,))
    assert new("Talks in Finland\nAnother text.", archive).id == "2019-05-07-talks-finland-2"


def test_the_same_article_cannot_be_added_twice() -> None:
    earlier = new("Talks in Finland\n\nThe ministers met.", url="https://example.org/a")
    archive = Archive(articles=(earlier,))
    message = (
        "this article is already in the archive: seeds/articles/2019/2019-05-07-talks-finland.md"
    )
    with pytest.raises(ContributeError, match=message):
        new("Talks in  Finland\nThe ministers\nmet.", archive)  # spacing differs, words do not
    with pytest.raises(ContributeError, match=message):
        new("A new text", archive, url="https://example.org/a")


@pytest.mark.parametrize(
    ("text", "options", "message"),
    [
        ("  \n", {}, "the article is empty; give a file with the article's text"),
        (
            "---\ntitle: x\n---\nText",
            {},
            "the file starts with front matter ('---'); give the plain text",
        ),
        ("Text", {"source": " "}, "--source must name the publisher or issuing office"),
        (
            "Text",
            {"url": "example.org"},
            "--url must be a web address starting with https://, got 'example.org'",
        ),
    ],
)
def test_unusable_input_is_refused_with_a_message(text: str, options: dict, message: str) -> None:
    with pytest.raises(ContributeError) as error:
        new(text, **options)
    assert str(error.value) == message


def test_dates_and_files_are_checked(tmp_path: Path) -> None:
    assert contribute.parse_date("2019-05-07") == dt.date(2019, 5, 7)
    with pytest.raises(ContributeError) as error:
        contribute.parse_date("2019-13-01")
    assert str(error.value) == "--date must be a date written YYYY-MM-DD, got '2019-13-01'"
    with pytest.raises(ContributeError) as error:
        contribute.read_article(tmp_path / "missing.txt")
    assert str(error.value) == f"no such file: {tmp_path / 'missing.txt'}"
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Brégançon".encode("latin-1"))
    with pytest.raises(ContributeError) as error:
        contribute.read_article(latin)
    assert str(error.value) == f"{latin} is not UTF-8 text; save it as UTF-8 and try again"
