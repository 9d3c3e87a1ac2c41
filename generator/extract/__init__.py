"""Stage 2, extract: from article texts to proposed records, with spaCy.

The only part of the generator that imports spaCy. `propose` runs the trained model, with an
EntityRuler of the archive's curated names, over the articles in batches and returns plain
frozen records (`ArticleProposals`), one per article, in the order given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.language import Language

from generator.extract.article import Settings, propose_article
from generator.extract.entities import read_entities
from generator.extract.pipeline import DEFAULT_MODEL, MODEL_ENV, add_ruler, load, model_label
from generator.extract.registry import Registry
from generator.extract.titles import title_matcher
from generator.extract.topics import topic_matcher
from generator.records import Archive, Article, ArticleProposals

__all__ = ["DEFAULT_MODEL", "MODEL_ENV", "add_ruler", "propose", "propose_with"]


def propose(
    articles: Sequence[Article],
    archive: Archive,
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> tuple[ArticleProposals, ...]:
    """Proposed records for each article, read with the named spaCy model.

    `progress`, when given, is called with 1 after each article (a progress bar's `update`).
    """
    registry = Registry.from_archive(archive)
    nlp = load(model, registry)
    return propose_with(nlp, articles, registry, batch_size=batch_size, progress=progress)


def propose_with(
    nlp: Language,
    articles: Sequence[Article],
    registry: Registry,
    *,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> tuple[ArticleProposals, ...]:
    """`propose` with a pipeline already built (its ruler made from the same registry)."""
    titles = title_matcher(nlp)
    settings = Settings(model_label(nlp), topic_matcher(nlp, registry.archive.topics))
    results = []
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        reading = read_entities(doc, article, registry, titles)
        results.append(propose_article(reading, settings))
        if progress is not None:
            progress(1)
    return tuple(results)
