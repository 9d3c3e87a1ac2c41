"""Date expressions of an article, placed on its tokens, and which event word each belongs to.

`generator.dates` resolves the words; this module only locates them in the parsed text and
measures how close each is, in the dependency tree, to an event word.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from generator import dates
from generator.extract.datelines import dateline_end
from generator.extract.lexicon import INTERVAL_UNITS, NOUN_TRIGGERS, VERB_TRIGGERS
from generator.records import DateSpan

# Words of an event: a clause with none tells no event ("after Santos was sworn in").
EVENT_LEMMAS = set(NOUN_TRIGGERS) | set(VERB_TRIGGERS)

ANOTHER_DAY = re.compile(
    r"\b(the|a) (day|evening|night) (before|earlier|after|later)\b"
    r"|\bthe (previous|following|next) (day|evening)\b"
)


@dataclass(frozen=True, slots=True)
class DatePhrase:
    start: int
    end: int
    text: str
    span: DateSpan
    future: bool
    relative: bool = False

    @property
    def from_another_day(self) -> bool:
        """ "The day before", "the next day": a day counted from another event's."""
        return ANOTHER_DAY.search(self.text.lower()) is not None

    @property
    def exact(self) -> bool:
        """One day, or one month/season/year named as such, not a vague range of days."""
        return self.span.precision != "day" or self.span.start == self.span.end


def find_dates(doc: Doc, published: dt.date) -> tuple[DatePhrase, ...]:
    """Every date expression, each relative one resolved from the last exact day before it."""
    found: list[DatePhrase] = []
    anchor: dt.date | None = None
    period: DateSpan | None = None
    dateline = dateline_end(doc)
    for sentence in doc.sents:
        for mention in dates.find(sentence.text, published, anchor, period=period):
            phrase = _place(doc, sentence.start_char, mention)
            if phrase is None or phrase.end <= dateline or _eve_of_a_holiday(doc, phrase):
                continue
            found.append(phrase)
            period = mention.span
            if mention.span.start == mention.span.end and not _told_in_passing(doc, phrase):
                anchor = mention.span.start
    found.extend(_intervals_before_now(doc, published, found))
    return tuple(sorted(found, key=lambda phrase: phrase.start))


def _told_in_passing(doc: Doc, phrase: DatePhrase) -> bool:
    """ "The aid delivered to New York on April 1, following their telephone conversation on
    March 30. Later in the day, Putin had a telephone conversation with King Salman": the day
    of what came before the news, or of a thing described, is no day that "later in the day"
    counts from."""
    root = doc[phrase.start : phrase.end].root
    return any(
        (token.dep_ in ("prep", "advcl") and token.lower_ in ("following", "after", "since"))
        or token.dep_ == "acl"
        for token in root.ancestors
    )


def _eve_of_a_holiday(doc: Doc, phrase: DatePhrase) -> bool:
    """ "On the eve of the Chinese Lunar New Year, on Feb. 11": the eve of a day this reader
    cannot place, not the day before the event last told ("the eve of the summit" is)."""
    if doc[phrase.start : phrase.end].text.lower() != "the eve":
        return False
    after = doc[phrase.end : phrase.end + 6]
    if not after or after[0].lower_ != "of":
        return False
    return not any(t.lemma_.lower() in NOUN_TRIGGERS for t in after)


def _intervals_before_now(
    doc: Doc, published: dt.date, found: list[DatePhrase]
) -> list[DatePhrase]:
    """ "The visit comes a month after Xi and Albanese held a meeting": the clause after
    "after" happened that long before the news the present tense tells; "approved it on 26
    February, three days after Kristersson visited Budapest": that long before the day of the
    clause it depends on."""
    taken = {index for phrase in found for index in range(phrase.start, phrase.end)}
    phrases = []
    for unit in doc:
        if unit.lemma_ not in INTERVAL_UNITS or unit.dep_ != "npadvmod" or unit.i in taken:
            continue
        clause = unit.head
        if clause.dep_ == "mark" and clause.lower_ == "after":  # "a month" hung on "after"
            clause = clause.head
        after = any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children)
        if not after or clause.dep_ != "advcl":
            continue
        present = clause.head.tag_ in ("VBZ", "VBP")
        # "Three days after Santos was sworn in" dates no event the clause tells.
        told = any(t.lemma_.lower() in EVENT_LEMMAS for t in clause.subtree)
        day = published if present else (_day_of(doc, clause.head, found) if told else None)
        words = doc[unit.left_edge.i : unit.i + 1]
        span = dates.resolve(f"{words.text} ago", day) if day else None
        if span is not None:
            phrases.append(DatePhrase(words.start, words.end, words.text, span, False, True))
    return phrases


def _day_of(doc: Doc, verb: Token, found: list[DatePhrase]) -> dt.date | None:
    """The single day a date phrase of the verb's own gives it ("approved ... on 26 February")."""
    for phrase in found:
        root = date_root(doc, phrase)
        attached = root.head == verb or (root.head.dep_ == "prep" and root.head.head == verb)
        if attached and phrase.span.precision == "day" and phrase.span.start == phrase.span.end:
            return phrase.span.start
    return None


def _place(doc: Doc, offset: int, mention: dates.DateMention) -> DatePhrase | None:
    span = doc.char_span(
        offset + mention.start_char, offset + mention.end_char, alignment_mode="expand"
    )
    if span is None:
        return None
    return DatePhrase(
        span.start, span.end, mention.text, mention.span, mention.future, mention.relative
    )


def as_future(phrase: DatePhrase, published: dt.date) -> DatePhrase:
    """The phrase read forward in time: "28-29 June" in "the summit will be held on 28-29
    June", when the tense around it was not clear enough to say so."""
    if phrase.future or not phrase.relative:
        return phrase
    span = dates.resolve(phrase.text, published, future_hint=True)
    if span is None or span.start <= published:
        return phrase
    return DatePhrase(phrase.start, phrase.end, phrase.text, span, True, True)


def as_past(phrase: DatePhrase, published: dt.date) -> DatePhrase:
    """The phrase read back in time: "on Monday" in "X told Y in a phone call on Monday that Z
    would follow", where a future word in the reported speech misled the tense."""
    if not phrase.future or not phrase.relative:
        return phrase
    span = dates.resolve(phrase.text, published, future_hint=False)
    if span is None or span.start > published:
        return phrase
    return DatePhrase(phrase.start, phrase.end, phrase.text, span, False, True)


def tree_distance(first: Token, second: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    path = _path_to_root(first)
    depth = {token.i: position for position, token in enumerate(path)}
    for steps, token in enumerate(_path_to_root(second)):
        if token.i in depth:
            return steps + depth[token.i]
    return len(path) + 99


def _path_to_root(token: Token) -> list[Token]:
    path = [token]
    while path[-1].head.i != path[-1].i and len(path) < 50:
        path.append(path[-1].head)
    return path


def date_root(doc: Doc, phrase: DatePhrase) -> Token:
    return doc[phrase.start : phrase.end].root
