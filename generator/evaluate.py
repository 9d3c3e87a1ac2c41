"""Measure extraction against gold annotations (docs/evaluation.md).

`evaluate` runs extraction and merging on the gold articles with the curated registry of
people, places and topics, but none of the curated events, and `score` compares what came
out with the gold file. Scoring is pure: it reads records, never the model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from generator.gold import Gold, GoldError, load_gold
from generator.goldmatch import Names, check_event, match_events, normalise, pair
from generator.records import Archive, ArticleProposals, Event, Quote
from generator.scores import Accuracy, Scores, Tally, missing_extra, show_event, show_gold_event

if TYPE_CHECKING:
    from generator.curate import Curated

__all__ = [
    "Gold",
    "GoldError",
    "Prediction",
    "Scores",
    "evaluate",
    "load_gold",
    "normalise",
    "score",
]


@dataclass(frozen=True, slots=True)
class ArticlePeople:
    article: str
    people: tuple[str, ...]  # person ids


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the machine produced for the gold articles.

    `archive` holds the merged events and every person, place and topic they refer to;
    `people` the people found in each article; `quotes` every quote, in an event or not.
    """

    archive: Archive
    people: tuple[ArticlePeople, ...] = ()
    quotes: tuple[Quote, ...] = ()
    # Each article's own proposed events, before merging: did every report yield the event?
    proposed: tuple[tuple[str, tuple[Event, ...]], ...] = ()


def evaluate(
    gold: Gold,
    archive: Archive,
    *,
    model: str | None = None,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> Scores:
    """Extract the gold articles with the curated registry but no curated events, then score.

    `progress` is called with the number of articles done since its last call.
    """
    from generator.curate import merge

    registry = replace(archive, events=(), articles=gold.articles)
    proposals = propose_articles(
        gold, registry, model=model, batch_size=batch_size, progress=progress
    )
    return score(gold, prediction(merge(registry, proposals), proposals))


def propose_articles(
    gold: Gold,
    registry: Archive,
    *,
    model: str | None,
    batch_size: int,
    progress: Callable[[int], None] | None,
) -> tuple[ArticleProposals, ...]:
    """Run extraction on the gold articles (imported here: scoring alone never loads spaCy)."""
    from generator import extract as extraction

    return extraction.propose(
        gold.articles,
        registry,
        model=model or extraction.DEFAULT_MODEL,
        batch_size=batch_size,
        progress=progress,
    )


def prediction(curated: Curated, proposals: Sequence[ArticleProposals]) -> Prediction:
    """The merged records, with what only the per-article proposals know (people, quotes)."""
    known = {person.id for person in curated.archive.people}
    extra = {p.id: p for proposal in proposals for p in proposal.people if p.id not in known}
    people = curated.archive.people + tuple(extra[key] for key in sorted(extra))
    archive = replace(curated.archive, people=people)
    found = {item.article: item.people for item in curated.found}
    per_article = tuple(
        ArticlePeople(proposal.article, found.get(proposal.article) or _proposed_people(proposal))
        for proposal in proposals
    )
    merged_quotes = [quote for event in archive.events for quote in event.quotes]
    proposed_quotes = [quote for proposal in proposals for quote in _proposed_quotes(proposal)]
    proposed = tuple((proposal.article, proposal.events) for proposal in proposals)
    quotes = _unique_quotes(merged_quotes + proposed_quotes)
    return Prediction(archive, per_article, quotes, proposed)


def _proposed_people(proposal: ArticleProposals) -> tuple[str, ...]:
    mentioned = [mention.id for mention in proposal.mentions if mention.kind == "person"]
    taking_part = [p.person for event in proposal.events for p in event.participants if p.person]
    speakers = [quote.speaker for quote in _proposed_quotes(proposal)]
    return tuple(dict.fromkeys(mentioned + taking_part + speakers))


def _proposed_quotes(proposal: ArticleProposals) -> list[Quote]:
    return list(proposal.quotes) + [quote for event in proposal.events for quote in event.quotes]


def _unique_quotes(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """One quote per article and wording; the first kept carries the merged speaker id."""
    seen: dict[tuple[str, str], Quote] = {}
    for quote in quotes:
        seen.setdefault((quote.article, normalise(quote.text)), quote)
    return tuple(seen.values())


# --- Scores ----------------------------------------------------------------------------


def score(gold: Gold, predicted: Prediction) -> Scores:
    """Compare predicted records with the gold annotations; no model, no files."""
    names = Names(predicted.archive)
    found = predicted.archive.events
    pairs = match_events(gold.events, found, names)
    checks = [check_event(gold_event, event, names) for gold_event, event in pairs]
    people, people_notes = _people(gold, predicted, names)
    quotes, quote_texts, quote_notes = _quotes(gold, predicted, names)
    merged, merge_notes = _merged(gold, pairs)
    yielded = _yielded_by_each_text(gold, predicted, names)
    joined = _merged_keys(gold, pairs)
    silent = set(gold.no_event_articles())
    return Scores(
        gold=gold.path,
        articles=len(gold.articles),
        events=Tally(len(pairs), len(found), len(gold.events)),
        participants=sum((check.participants for check in checks), Tally()),
        topics=sum((check.topics for check in checks), Tally()),
        people=people,
        quotes=quotes,
        quote_texts=quote_texts,
        type=_accuracy(check.type for check in checks),
        date=_accuracy(check.date for check in checks),
        place=_accuracy(check.place for check in checks),
        status=_accuracy(check.status for check in checks),
        merged=merged,
        merged_when_found=_accuracy(key in joined for key in sorted(yielded)),
        no_event_texts=len(silent),
        events_from_no_event_texts=sum(1 for event in found if _cites(event, silent)),
        details=(
            *_event_notes(gold, found, pairs, checks),
            *merge_notes,
            *people_notes,
            *quote_notes,
        ),
    )


def _accuracy(results: Iterable[bool]) -> Accuracy:
    values = list(results)
    return Accuracy(sum(values), len(values))


def _cites(event: Event, articles: set[str]) -> bool:
    return any(source.article in articles for source in event.sources)


def _event_notes(gold: Gold, found: Sequence[Event], pairs: list, checks: list) -> list[str]:
    matched_gold = {id(gold_event) for gold_event, _ in pairs}
    matched_found = {id(event) for _, event in pairs}
    notes = [f"missed event {show_gold_event(g)}" for g in gold.events if id(g) not in matched_gold]
    notes += [f"extra event {show_event(e)}" for e in found if id(e) not in matched_found]
    for check in checks:
        if check.differences:
            label = f"event {check.gold.key} = {check.found.id}"
            notes.append(f"{label}: {'; '.join(check.differences)}")
    return notes


def _merged(gold: Gold, pairs: list) -> tuple[Accuracy, list[str]]:
    """Gold events reported by several articles, and whether one record cites them all."""
    matched = {gold_event.key: event for gold_event, event in pairs}
    several = [event for event in gold.events if len(event.sources) >= 2]
    notes, correct = [], 0
    for gold_event in several:
        event = matched.get(gold_event.key)
        cited = {source.article for source in event.sources} if event else set()
        if set(gold_event.sources) <= cited:
            correct += 1
        elif event is not None:
            found = ", ".join(sorted(cited & set(gold_event.sources)))
            notes.append(f"not merged {gold_event.key}: {event.id} cites only {found}")
    return Accuracy(correct, len(several)), notes


def _merged_keys(gold: Gold, pairs: list) -> set[str]:
    cited = {g.key: {source.article for source in event.sources} for g, event in pairs}
    return {g.key for g in gold.events if set(g.sources) <= cited.get(g.key, set())}


def _yielded_by_each_text(gold: Gold, predicted: Prediction, names: Names) -> set[str]:
    """The events reported by several texts that each text's own extraction found: where a
    merge could have joined them, whatever the matching did."""
    found_in: dict[str, set[str]] = {}
    for article, events in predicted.proposed:
        told = [g for g in gold.events if article in g.sources]
        found_in[article] = {g.key for g, _ in match_events(told, events, names)}
    several = [g for g in gold.events if len(g.sources) >= 2]
    return {g.key for g in several if all(g.key in found_in.get(s, ()) for s in g.sources)}


def _people(gold: Gold, predicted: Prediction, names: Names) -> tuple[Tally, list[str]]:
    found = {item.article: tuple(dict.fromkeys(item.people)) for item in predicted.people}
    total, notes = Tally(), []
    for expected in gold.people:
        people = found.get(expected.article, ())
        pairs = pair(expected.names, people, names.person)
        total += Tally(len(pairs), len(people), len(expected.names))
        missing = [str(name) for name in expected.names if name not in {g for g, _ in pairs}]
        extra = [person for person in people if person not in {f for _, f in pairs}]
        notes += [
            f"{note} in {expected.article}" for note in missing_extra("people", missing, extra)
        ]
    return total, notes


def _quotes(gold: Gold, predicted: Prediction, names: Names) -> tuple[Tally, Tally, list[str]]:
    """Quotes right with their speaker, and quotes whose words were found at all."""
    with_speaker, words, notes = Tally(), Tally(), []
    for article in gold.articles:
        expected = [quote for quote in gold.quotes if quote.article == article.id]
        found = [quote for quote in predicted.quotes if quote.article == article.id]
        right = pair(
            expected,
            found,
            lambda g, f: _same_words(g.text, f.text) and names.person(g.speaker, f.speaker),
        )
        seen = pair(expected, found, lambda g, f: _same_words(g.text, f.text))
        with_speaker += Tally(len(right), len(found), len(expected))
        words += Tally(len(seen), len(found), len(expected))
        notes += _quote_notes(article.id, expected, found, right, names)
    return with_speaker, words, notes


def _same_words(gold: str, found: str) -> bool:
    """One text holds the other, word for word, ignoring case, accents and punctuation."""
    first, second = f" {normalise(gold)} ", f" {normalise(found)} "
    return bool(first.strip() and second.strip()) and (first in second or second in first)


def _quote_notes(article: str, expected: list, found: list, right: list, names: Names) -> list:
    matched_gold = {id(g) for g, _ in right}
    matched_found = {id(f) for _, f in right}
    notes = [
        f'quote missed in {article}: {quote.speaker} "{quote.text}"'
        for quote in expected
        if id(quote) not in matched_gold
    ]
    notes += [
        f'quote extra in {article}: {names.speaker(quote)} "{quote.text}"'
        for quote in found
        if id(quote) not in matched_found
    ]
    return notes
