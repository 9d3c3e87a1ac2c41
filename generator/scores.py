"""Evaluation results and how they are printed: a table for people, JSON for scripts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator.records import DateSpan, Event, Participant

if TYPE_CHECKING:
    from generator.gold import GoldEvent


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts behind precision, recall and F1; None where a ratio has nothing to divide."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        if self.precision is None or self.recall is None:
            return None
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.matched + other.matched, self.predicted + other.predicted, self.gold + other.gold
        )


@dataclass(frozen=True, slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)


@dataclass(frozen=True, slots=True)
class Scores:
    gold: str
    articles: int
    events: Tally
    participants: Tally
    topics: Tally
    people: Tally
    quotes: Tally
    quote_texts: Tally
    type: Accuracy
    date: Accuracy
    place: Accuracy
    status: Accuracy
    merged: Accuracy  # gold events with several sources that became one record
    no_event_texts: int
    events_from_no_event_texts: int
    details: tuple[str, ...] = ()  # every missed, extra or wrong item, for --verbose
    # Of those merged, the ones each of whose texts yielded the event on its own.
    merged_when_found: Accuracy = Accuracy(0, 0)


TALLIES = ("events", "participants", "topics", "people", "quotes", "quote_texts")
ACCURACIES = ("type", "date", "place", "status")


LABELS = {"quote_texts": "quote texts"}


def report_text(scores: Scores, verbose: bool = False) -> str:
    """The table `python -m generator evaluate` prints."""
    lines = [
        f"Gold: {scores.gold} ({scores.articles} articles, {scores.events.gold} events)",
        "",
        f"{'item':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'matched':>9}{'predicted':>11}"
        f"{'gold':>7}",
    ]
    for name in TALLIES:
        tally: Tally = getattr(scores, name)
        ratios = f"{_ratio(tally.precision):>10}{_ratio(tally.recall):>8}{_ratio(tally.f1):>7}"
        counts = f"{tally.matched:>9}{tally.predicted:>11}{tally.gold:>7}"
        lines.append(f"{LABELS.get(name, name):<14}{ratios}{counts}")
    lines += ["", f"{'matched events':<14}{'correct':>10}{'total':>8}{'accuracy':>10}"]
    for name in ACCURACIES:
        accuracy: Accuracy = getattr(scores, name)
        lines.append(
            f"{name:<14}{accuracy.correct:>10}{accuracy.total:>8}{_ratio(accuracy.value):>10}"
        )
    lines += ["", *_summary(scores)]
    if verbose:
        lines += ["", "Mismatches:", *(f"  {detail}" for detail in scores.details)]
    return "\n".join(lines)


def _summary(scores: Scores) -> list[str]:
    merged, found = scores.merged, scores.merged_when_found
    proposed = scores.events_from_no_event_texts
    return [
        f"Merged: {merged.correct} of {merged.total} events reported by several texts"
        f" became one record ({found.correct} of the {found.total} that each of their texts"
        " yielded).",
        f"No-event texts: {proposed} {'event' if proposed == 1 else 'events'} proposed from"
        f" {scores.no_event_texts} texts that report none.",
    ]


def report_json(scores: Scores, verbose: bool = False) -> str:
    """The same figures as JSON, keys sorted, ratios rounded to four places."""
    data: dict[str, Any] = {"gold": scores.gold, "articles": scores.articles}
    for name in TALLIES:
        data[name] = _tally_json(getattr(scores, name))
    for name in (*ACCURACIES, "merged", "merged_when_found"):
        data[name] = _accuracy_json(getattr(scores, name))
    data["no_event_texts"] = {
        "texts": scores.no_event_texts,
        "events": scores.events_from_no_event_texts,
    }
    if verbose:
        data["details"] = list(scores.details)
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)


def _tally_json(tally: Tally) -> dict[str, Any]:
    return {
        "matched": tally.matched,
        "predicted": tally.predicted,
        "gold": tally.gold,
        "precision": _rounded(tally.precision),
        "recall": _rounded(tally.recall),
        "f1": _rounded(tally.f1),
    }


def _accuracy_json(accuracy: Accuracy) -> dict[str, Any]:
    return {
        "correct": accuracy.correct,
        "total": accuracy.total,
        "accuracy": _rounded(accuracy.value),
    }


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# --- Details: one line per missed, extra or wrong item ---------------------------------


def missing_extra(what: str, missing: list[str], extra: list[str]) -> list[str]:
    parts = []
    if missing:
        parts.append(f"missing {', '.join(missing)}")
    if extra:
        parts.append(f"extra {', '.join(extra)}")
    return [f"{what} {'; '.join(parts)}"] if parts else []


def show_date(span: DateSpan | None) -> str:
    if span is None:
        return "undated"
    if span.start == span.end:
        return span.start.isoformat()
    return f"{span.start.isoformat()}..{span.end.isoformat()} ({span.precision})"


def show_participant(participant: Participant) -> str:
    return participant.person or participant.country or "?"


def show_gold_event(gold: GoldEvent) -> str:
    dates = " or ".join(show_date(date) for date in gold.dates)
    people = ", ".join(str(name) for name in gold.participants)
    return f"{gold.key}: {gold.type} {dates} with {people} in {', '.join(gold.sources)}"


def show_event(event: Event) -> str:
    people = ", ".join(show_participant(p) for p in event.participants) or "nobody"
    sources = ", ".join(dict.fromkeys(source.article for source in event.sources))
    return f"{event.id}: {event.type} {show_date(event.date)} with {people} from {sources}"
