"""The add, extract and review commands, as a contributor and a curator see them.

The fast tests stand a small deterministic proposer in for the spaCy model, so they check the
commands' own work (files, merging, messages); the slow test runs the real model end to end.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import extract
from generator.cli import cli
from generator.records import (
    Article,
    ArticleProposals,
    DateSpan,
    Event,
    Extraction,
    Mention,
    Participant,
    Person,
    Source,
)

FIXTURES = Path(__file__).parent / "fixtures"
STOLTENBERG = Person("jens-stoltenberg", "Jens Stoltenberg", ("Stoltenberg",), "NO")


def propose_talks(articles, archive, *, model, batch_size, progress):
    """Stands in for extraction: each article reports Lavrov–Pompeo talks the day before it
    was published, evidenced by its first line; "Stoltenberg" in the text is a new person,
    and a text about shareholders reports no event."""
    proposals = []
    for article in articles:
        proposals.append(_talks(article))
        if progress is not None:
            progress(1)
    return tuple(proposals)


def _talks(article: Article) -> ArticleProposals:
    if "shareholders" in article.text:
        return ArticleProposals(article.id)
    day = article.published - dt.timedelta(days=1)
    sides = [
        Participant("sergey-lavrov", "Minister of Foreign Affairs", "RU"),
        Participant("mike-pompeo", "Secretary of State", "US"),
    ]
    new_people = (STOLTENBERG,) if "Stoltenberg" in article.text else ()
    sides += [Participant(person.id, None, "NO") for person in new_people]
    event = Event(
        id=f"{day.isoformat()}-lavrov-pompeo-talks",
        title="Lavrov–Pompeo talks",
        type="talks",
        status="occurred",
        date=DateSpan(day, day),
        participants=tuple(sides),
        sources=(Source(article.id, article.text.split("\n")[0]),),
        place="rovaniemi",
        extraction=Extraction(0.45 if "perhaps" in article.text else 0.9, "fake", "0.1.0"),
    )
    mentions = tuple(
        Mention("person", participant.person, participant.person, "")
        for participant in sides
        if participant.person
    )
    return ArticleProposals(article.id, (event,), people=new_people, mentions=mentions)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(extract, "propose", propose_talks, raising=False)
    monkeypatch.setattr(extract, "DEFAULT_MODEL", "fake", raising=False)
    archive = tmp_path / "archive"
    shutil.copytree(FIXTURES / "contribute", archive)
    return archive


def run(root: Path, *args: str):
    return CliRunner().invoke(cli, [*args, "--root", str(root)])


def write_text(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(root: Path) -> dict[str, bytes]:
    files = sorted(path for path in root.rglob("*") if path.is_file())
    return {str(path.relative_to(root)): path.read_bytes() for path in files}


ROVANIEMI = "Lavrov and Pompeo met in Rovaniemi\nThe ministers talked for an hour on Monday.\n"


def add(root: Path, file: Path, *options: str):
    return run(root, "add", str(file), "--date", "2019-05-09", "--source", "Wire", *options)


def test_add_puts_the_article_in_seeds_writes_its_records_and_summarises(
    root: Path, tmp_path: Path
) -> None:
    text = write_text(tmp_path, "rovaniemi.txt", ROVANIEMI + "Stoltenberg joined them.\n")
    result = add(root, text, "--url", "https://example.org/talks")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "1 article: 1 event found (1 new, 0 added to existing records, 0 already recorded); "
        "2 new records; 0 items to check.\n"
        "\n"
        "seeds/articles/2019/2019-05-09-lavrov-pompeo-met-rovaniemi.md  "
        "Lavrov and Pompeo met in Rovaniemi\n"
        "  new seeds/events/2019/2019-05-08-lavrov-pompeo-talks.yml\n"
        "    2019-05-08, talks, occurred: Sergey Lavrov (RU), Mike Pompeo (US), "
        "Jens Stoltenberg (NO); place Rovaniemi; confidence 0.90\n"
        "  people: Sergey Lavrov, Mike Pompeo, Jens Stoltenberg (new)\n"
        "\n"
        "New records (2):\n"
        "  seeds/people/jens-stoltenberg.yml: person: Jens Stoltenberg\n"
        "  seeds/events/2019/2019-05-08-lavrov-pompeo-talks.yml: event: Lavrov–Pompeo talks\n"
    )
    article = root / "seeds/articles/2019/2019-05-09-lavrov-pompeo-met-rovaniemi.md"
    assert article.read_text() == (
        "---\n"
        "title: Lavrov and Pompeo met in Rovaniemi\n"
        "date: 2019-05-09\n"
        "source: Wire\n"
        "url: https://example.org/talks\n"
        "language: en\n"
        "---\n"
        "Lavrov and Pompeo met in Rovaniemi\n\n"
        "The ministers talked for an hour on Monday.\n\n"
        "Stoltenberg joined them.\n"
    )
    assert run(root, "check", "--strict").exit_code == 0


def test_a_second_report_of_the_event_adds_a_source_not_a_record(
    root: Path, tmp_path: Path
) -> None:
    add(root, write_text(tmp_path, "first.txt", ROVANIEMI))
    second = write_text(tmp_path, "second.txt", "Talks in Finland\nperhaps the same talks\n")
    result = add(root, second, "--title", "Talks: in Finland")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "1 article: 1 event found (0 new, 1 added to existing records, 0 already recorded); "
        "0 new records; 0 items to check.\n"
        "\n"
        "seeds/articles/2019/2019-05-09-talks-finland.md  Talks: in Finland\n"
        "  added to seeds/events/2019/2019-05-08-lavrov-pompeo-talks.yml\n"
        "    2019-05-08, talks, occurred: Sergey Lavrov (RU), Mike Pompeo (US); "
        "place Rovaniemi; confidence 0.45\n"
        "  people: Sergey Lavrov, Mike Pompeo\n"
        "\n"
        "Added to existing records (1):\n"
        "  seeds/events/2019/2019-05-08-lavrov-pompeo-talks.yml: 1 source, 0 quotes\n"
    )
    events = sorted((root / "seeds/events/2019").iterdir())
    assert [path.name for path in events] == [
        "2019-05-03-putin-trump-phone-call.yml",
        "2019-05-08-lavrov-pompeo-talks.yml",
    ]
    assert events[1].read_text().count("  - {article: ") == 2


def test_the_summary_is_also_written_as_markdown(root: Path, tmp_path: Path) -> None:
    text = write_text(tmp_path, "talks.txt", "Lavrov | Pompeo: *talks* <b> & [x](y)\nperhaps\n")
    summary = tmp_path / "summary.md"
    summary.write_text("Earlier step.\n", encoding="utf-8")
    result = add(root, text, "--summary", str(summary))
    assert result.exit_code == 0, result.output
    assert summary.read_text() == (
        "Earlier step.\n"
        "## Extraction summary\n"
        "\n"
        "1 article: 1 event found (1 new, 0 added to existing records, 0 already recorded); "
        "1 new record; 1 item to check.\n"
        "\n"
        "### Lavrov \\| Pompeo: \\*talks\\* \\<b\\> \\& \\[x\\](y)\n"
        "\n"
        "`seeds/articles/2019/2019-05-09-lavrov-pompeo-talks-b-x-y.md`, Wire\n"
        "\n"
        "| | Date | Type | Status | Participants | Place | Confidence | Record |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| new | 2019-05-08 | talks | occurred | Sergey Lavrov (RU), Mike Pompeo (US) "
        "| Rovaniemi | 0.45 | `seeds/events/2019/2019-05-08-lavrov-pompeo-talks.yml` |\n"
        "\n"
        "People: Sergey Lavrov, Mike Pompeo\n"
        "\n"
        "### New records (1)\n"
        "\n"
        "- `seeds/events/2019/2019-05-08-lavrov-pompeo-talks.yml`: event: Lavrov–Pompeo talks\n"
        "\n"
        "### To check (1)\n"
        "\n"
        "- `seeds/events/2019/2019-05-08-lavrov-pompeo-talks.yml`: "
        "low confidence 0.45 (below 0.60)\n"
    )


def test_an_article_with_no_event_is_added_and_says_so(root: Path, tmp_path: Path) -> None:
    text = write_text(tmp_path, "meeting.txt", "Annual meeting\nThe shareholders met on Monday.\n")
    result = add(root, text, "--summary", str(tmp_path / "summary.md"))
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "1 article: 0 events found (0 new, 0 added to existing records, 0 already recorded); "
        "0 new records; 0 items to check.\n"
        "\n"
        "seeds/articles/2019/2019-05-09-annual-meeting.md  Annual meeting\n"
        "  no diplomatic event found\n"
        "  people: none\n"
    )
    assert "\nNo diplomatic event found.\n" in (tmp_path / "summary.md").read_text()
    assert (root / "seeds/articles/2019/2019-05-09-annual-meeting.md").is_file()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["missing.txt", "--date", "2019-05-09"], "Error: no such file: missing.txt\n"),
        (
            ["talks.txt", "--date", "2019-13-01"],
            "Error: --date must be a date written YYYY-MM-DD, got '2019-13-01'\n",
        ),
        (
            ["talks.txt", "--date", "2019-05-09", "--url", "example.org"],
            "Error: --url must be a web address starting with https://, got 'example.org'\n",
        ),
    ],
)
def test_add_refuses_bad_input_with_one_line(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, arguments: list[str], message: str
) -> None:
    write_text(tmp_path, "talks.txt", ROVANIEMI)
    monkeypatch.chdir(tmp_path)
    before = snapshot(root)
    result = run(root, "add", *arguments, "--source", "Wire")
    assert (result.exit_code, result.stderr) == (1, message)
    assert snapshot(root) == before


def test_add_refuses_an_article_already_in_the_archive(root: Path, tmp_path: Path) -> None:
    text = write_text(tmp_path, "talks.txt", ROVANIEMI)
    add(root, text)
    result = add(root, text)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: this article is already in the archive: "
        "seeds/articles/2019/2019-05-09-lavrov-pompeo-met-rovaniemi.md\n"
    )


def test_add_needs_a_date_and_a_source(root: Path, tmp_path: Path) -> None:
    text = write_text(tmp_path, "talks.txt", ROVANIEMI)
    result = run(root, "add", str(text), "--date", "2019-05-09")
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: Missing option '--source'.\n")


def test_extract_runs_on_articles_without_records_then_on_none(root: Path) -> None:
    result = run(root, "extract")
    assert result.exit_code == 0, result.output
    assert "Extracting" in result.stderr
    assert result.stdout == (
        "2 articles: 2 events found (1 new, 1 added to existing records, 0 already recorded); "
        "1 new record; 0 items to check.\n"
        "\n"
        "seeds/articles/2019/2019-05-07-lavrov-pompeo.md  Lavrov meets Pompeo\n"
        "  new seeds/events/2019/2019-05-06-lavrov-pompeo-talks.yml\n"
        "    2019-05-06, talks, occurred: Sergey Lavrov (RU), Mike Pompeo (US); "
        "place Rovaniemi; confidence 0.90\n"
        "  people: Sergey Lavrov, Mike Pompeo\n"
        "\n"
        "seeds/articles/2019/2019-05-08-ministers.md  Ministers meet\n"
        "  added to seeds/events/2019/2019-05-06-lavrov-pompeo-talks.yml\n"
        "    2019-05-07, talks, occurred: Sergey Lavrov (RU), Mike Pompeo (US); "
        "place Rovaniemi; confidence 0.90\n"
        "  people: Sergey Lavrov, Mike Pompeo\n"
        "\n"
        "New records (1):\n"
        "  seeds/events/2019/2019-05-06-lavrov-pompeo-talks.yml: event: Lavrov–Pompeo talks\n"
    )
    summary = root / "summary.md"
    again = run(root, "extract", "--summary", str(summary))
    nothing = "Nothing to extract: every article has records; --all re-runs on all of them.\n"
    assert (again.exit_code, again.stdout) == (0, nothing)
    assert summary.read_text() == "## Extraction summary\n\n" + nothing


def test_extract_all_twice_leaves_seeds_byte_identical(root: Path) -> None:
    assert run(root, "extract").exit_code == 0
    first = run(root, "extract", "--all")
    assert first.stdout.endswith(
        "\n2 other articles: nothing new.\n"
        "\n"
        "New records (1):\n"
        "  seeds/events/2019/2019-05-03-lavrov-pompeo-talks.yml: event: Lavrov–Pompeo talks\n"
    )
    after_first = snapshot(root)
    result = run(root, "extract", "--all")
    assert result.exit_code == 0, result.output
    assert snapshot(root) == after_first
    assert result.stdout == (
        "3 articles: 3 events found (0 new, 0 added to existing records, 3 already recorded); "
        "0 new records; 0 items to check.\n"
        "\n"
        "3 articles: nothing new.\n"
    )


def test_review_lists_what_waits_for_a_curator_least_certain_first(
    root: Path, tmp_path: Path
) -> None:
    add(root, write_text(tmp_path, "doubtful.txt", "Maybe talks\nperhaps they met.\n"))
    result = run(root, "review")
    assert result.exit_code == 0
    assert result.stdout == (
        "Waiting for a curator: 1 event, 4 people, 1 place.\n"
        "\n"
        "Events (1):\n"
        "  0.45  seeds/events/2019/2019-05-08-lavrov-pompeo-talks.yml  Lavrov–Pompeo talks"
        "  (low confidence)\n"
        "\n"
        "People (4):\n"
        "  seeds/people/donald-trump.yml  Donald Trump\n"
        "  seeds/people/mike-pompeo.yml  Mike Pompeo\n"
        "  seeds/people/sergey-lavrov.yml  Sergey Lavrov\n"
        "  seeds/people/vladimir-putin.yml  Vladimir Putin\n"
        "\n"
        "Places (1):\n"
        "  seeds/places/rovaniemi.yml  Rovaniemi\n"
    )


def test_review_can_list_one_kind(root: Path) -> None:
    assert run(root, "review", "--kind", "places").stdout == (
        "Waiting for a curator: 1 place.\n\nPlaces (1):\n  seeds/places/rovaniemi.yml  Rovaniemi\n"
    )


def test_review_says_when_nothing_waits(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    shutil.copytree(FIXTURES / "contribute", root)
    for path in [*root.glob("seeds/people/*.yml"), *root.glob("seeds/places/*.yml")]:
        path.write_text(path.read_text() + "reviewed: true\n")
    result = run(root, "review")
    assert result.stdout == "Nothing waits for a curator: every record is reviewed.\n"


REPORT = """\
Russian Foreign Minister Sergey Lavrov held talks with US Secretary of State Mike Pompeo \
on Monday, May 6, in Rovaniemi, on the sidelines of the Arctic Council ministerial session.

"We had a good and constructive conversation," Lavrov told reporters after the meeting.
"""


SECOND_REPORT = """\
US Secretary of State Mike Pompeo and Russian Foreign Minister Sergei Lavrov met in \
Rovaniemi on Monday to discuss Venezuela and arms control.

Pompeo said the talks with Lavrov had been "a good conversation".
"""


@pytest.mark.slow
def test_add_and_re_extract_with_the_real_model(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    shutil.copytree(FIXTURES / "contribute", root)
    text = write_text(tmp_path, "report.txt", REPORT)
    title = "Lavrov and Pompeo hold talks in Rovaniemi"
    result = run(
        root, "add", str(text), "--date", "2019-05-07", "--source", "Wire", "--title", title
    )
    assert result.exit_code == 0, result.output
    assert (root / "seeds/articles/2019/2019-05-07-lavrov-pompeo-hold-talks-rovaniemi.md").is_file()
    events = [path.read_text() for path in sorted((root / "seeds/events/2019").glob("*.yml"))]
    talks = [text for text in events if "type: talks" in text]
    assert len(talks) == 1
    for expected in ("sergey-lavrov", "mike-pompeo", "place: rovaniemi", "2019-05-06"):
        assert expected in talks[0]
    second = write_text(tmp_path, "second.txt", SECOND_REPORT)
    result = run(root, "add", str(second), "--date", "2019-05-08", "--source", "Daily")
    assert result.exit_code == 0, result.output
    events = [path.read_text() for path in sorted((root / "seeds/events/2019").glob("*.yml"))]
    talks = [text for text in events if "type: talks" in text]
    assert len(talks) == 1  # the second report of the talks became a second source
    assert "article: 2019-05-08-" in talks[0]
    assert run(root, "check", "--strict").exit_code == 0
    assert run(root, "extract", "--all").exit_code == 0
    after_first = snapshot(root)
    assert run(root, "extract", "--all").exit_code == 0
    assert snapshot(root) == after_first
