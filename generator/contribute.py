"""The work behind `add` and `extract`: article in, proposed records out, merged into seeds/.

Each run reads seeds/ (ingest), extracts (extract), merges (curate), and hands the texts
of new and extended files to `write`. Nothing here decides what an event is or whether two
reports are one event; it only wires the stages and checks what a contributor typed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from generator import ingest
from generator.curate import Curated, merge
from generator.entity_registry import free_id
from generator.records import Archive, Article, ArticleProposals, Event, Loaded, Problem
from generator.serialize import (
    article_path,
    article_text,
    kind_of,
    record_path,
    record_text,
)
from generator.write import write_files
from generator.yamlappend import AppendError, append_to_event

# The only folders the machine writes to; topics and countries are written by people alone.
ALLOWED = ("seeds/articles", "seeds/events", "seeds/people", "seeds/places", "seeds/organizations")
TITLE_LENGTH = 120
SLUG_WORDS = 8
_SLUG_STOPWORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to")
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘A-Z0-9])")
Progress = Callable[[int], None]


class ContributeError(Exception):
    """Something the contributor typed or gave cannot be used; the message says what."""


@dataclass(frozen=True, slots=True)
class Run:
    """One `add` or `extract` run: what was extracted, merged and written where."""

    articles: tuple[Article, ...]
    curated: Curated
    files: Mapping[str, str]  # path -> text of every file written
    paths: Mapping[tuple[str, str], str]  # (kind, id) -> the record's file
    problems: tuple[Problem, ...] = ()


def load(root: Path) -> Loaded:
    return ingest.load(root / "seeds", root)


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ContributeError(f"--date must be a date written YYYY-MM-DD, got '{value}'") from None


def read_article(file: Path) -> str:
    """The text of the file a contributor gave to `add`."""
    if not file.is_file():
        raise ContributeError(f"no such file: {file}")
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ContributeError(f"{file} is not UTF-8 text; save it as UTF-8 and try again") from None


def new_article(
    text: str,
    *,
    published: dt.date,
    source: str,
    archive: Archive,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """The article record for a plain text, checked against the articles already in seeds/."""
    body = paragraphs(text)
    if not body.strip():
        raise ContributeError("the article is empty; give a file with the article's text")
    if body.startswith("---\n"):
        raise ContributeError("the file starts with front matter ('---'); give the plain text")
    if not source.strip():
        raise ContributeError("--source must name the publisher or issuing office")
    if url and not re.match(r"https?://\S+$", url):
        raise ContributeError(f"--url must be a web address starting with https://, got '{url}'")
    earlier = already_added(body, url, archive)
    if earlier is not None:
        raise ContributeError(f"this article is already in the archive: {earlier}")
    headline = " ".join((title or default_title(body)).split())
    base = f"{published.isoformat()}-{slug(headline)}"
    article_id = free_id(base, {article.id for article in archive.articles})
    return Article(article_id, headline, published, source.strip(), body, url or None)


def paragraphs(text: str) -> str:
    """Paragraphs separated by blank lines; a text with no blank line has one paragraph a line."""
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines()]
    filled = [index for index, line in enumerate(lines) if line]
    if not filled:
        return ""
    inner = lines[filled[0] : filled[-1] + 1]
    if "" not in inner:
        return "\n\n".join(inner) + "\n"
    blocks = re.split(r"\n{2,}", "\n".join(inner))
    return "\n\n".join(blocks) + "\n"


def already_added(body: str, url: str | None, archive: Archive) -> str | None:
    """The file of an article with the same text or web address, if there is one."""
    key = _text_key(body)
    for article in archive.articles:
        if _text_key(article.text) == key or (url and article.url == url):
            return article.origin.path or article_path(article)
    return None


def _text_key(text: str) -> str:
    # Spacing and line breaks differ between copies of one article; the words do not.
    return "".join(text.split()).casefold()


def default_title(body: str) -> str:
    """The first line, or its first sentence when the line is long, cut at a word if need be."""
    first = body.strip().split("\n", 1)[0].strip()
    if len(first) > TITLE_LENGTH:
        first = _SENTENCE_END.split(first, maxsplit=1)[0]
    if len(first) <= TITLE_LENGTH:
        return first
    return first[: TITLE_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def slug(text: str) -> str:
    """Lowercase ASCII words joined by hyphens, without filler words: a file name for `text`."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
    words = re.findall(r"[a-z0-9]+", plain)
    kept = [word for word in words if word not in _SLUG_STOPWORDS] or words
    return "-".join(kept[:SLUG_WORDS]) or "article"


def pending(archive: Archive, everything: bool = False) -> tuple[Article, ...]:
    """Articles no event cites yet (all of them with `everything`), in id order."""
    if everything:
        return archive.articles
    cited = {source.article for event in archive.events for source in event.sources}
    cited |= {quote.article for event in archive.events for quote in event.quotes}
    return tuple(article for article in archive.articles if article.id not in cited)


def add(root: Path, loaded: Loaded, article: Article, *, model: str | None) -> Run:
    """Put `article` into seeds/articles/, extract it, merge and write its records."""
    articles = tuple(sorted((*loaded.archive.articles, article), key=lambda a: a.id))
    with_article = Loaded(replace(loaded.archive, articles=articles), loaded.problems)
    proposals = _propose(with_article.archive, (article,), model, batch_size=1, progress=None)
    run = settle(root, with_article, (article,), proposals)
    path = article_path(article)
    run = replace(
        run,
        files={path: article_text(article), **run.files},
        paths={**run.paths, ("article", article.id): path},
    )
    write(root, run)
    return run


def extract(
    root: Path,
    loaded: Loaded,
    articles: Sequence[Article],
    *,
    model: str | None,
    batch_size: int = 16,
    progress: Progress | None = None,
) -> Run:
    """Extract `articles`, merge the proposals into seeds/ and write what changed."""
    proposals = _propose(loaded.archive, articles, model, batch_size, progress)
    run = settle(root, loaded, articles, proposals)
    write(root, run)
    return run


def _propose(
    archive: Archive,
    articles: Sequence[Article],
    model: str | None,
    batch_size: int,
    progress: Progress | None,
) -> tuple[ArticleProposals, ...]:
    from generator import extract as extraction  # spaCy loads only when extraction runs

    return extraction.propose(
        tuple(articles),
        archive,
        model=model or extraction.DEFAULT_MODEL,
        batch_size=batch_size,
        progress=progress,
    )


def settle(
    root: Path, loaded: Loaded, articles: Sequence[Article], proposals: Sequence[ArticleProposals]
) -> Run:
    """Merge the proposals and prepare the texts of the files that change; write nothing."""
    curated = merge(loaded.archive, proposals)
    paths = record_paths(loaded.archive, curated)
    files = changed_files(root, loaded.archive, curated, paths)
    return Run(tuple(articles), curated, files, paths, loaded.problems)


def write(root: Path, run: Run) -> None:
    write_files(root, run.files, ALLOWED)


def record_paths(before: Archive, curated: Curated) -> dict[tuple[str, str], str]:
    """Where each record lives, by (kind, id): its file, or where it will be written."""
    published = {article.id: article.year for article in curated.archive.articles}
    paths = {("article", a.id): a.origin.path or article_path(a) for a in before.articles}
    for records in (before.events, before.people, before.places, before.organizations):
        paths.update(((kind_of(r), r.id), r.origin.path) for r in records if r.origin.path)
    for record in curated.created:
        # An undated event files under the year of the article that reports it.
        first_source = record.sources[0].article if isinstance(record, Event) else ""
        paths[kind_of(record), record.id] = record_path(record, published.get(first_source, 0))
    return paths


def changed_files(
    root: Path, before: Archive, curated: Curated, paths: Mapping[str, str]
) -> dict[str, str]:
    """Texts of new record files, and of event files with appended sources and quotes."""
    files = {paths[kind_of(record), record.id]: record_text(record) for record in curated.created}
    for addition in curated.additions:
        path = paths["event", addition.event]
        original = (root / path).read_text(encoding="utf-8")
        try:
            files[path] = append_to_event(original, addition.sources, addition.quotes)
        except AppendError as error:
            raise ContributeError(f"{path}: {error}; add the new source by hand") from None
    return files
