"""The people named last before a word that stands for several of them: "the two leaders",
"they", "the presidents" after a list."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc

from generator.extract.reading import Actor

# How many sentences back "the presidents" may find the list of those it stands for.
LISTED_REACH = 3


def last_two(actors: list[Actor]) -> list[Actor]:
    """The two most recent distinct people, in text order."""
    return last_few(actors, 2)


def last_few(actors: list[Actor], count: int) -> list[Actor]:
    """The `count` most recent distinct people, in text order."""
    chosen: list[Actor] = []
    for actor in reversed(actors):
        if actor.id not in {person.id for person in chosen}:
            chosen.append(actor)
        if len(chosen) == count:
            break
    return list(reversed(chosen))


def listed_last(doc: Doc, people: list[Actor], index: int) -> list[Actor]:
    """ "The summit brought together the heads of state of the five Caspian countries: ...
    Following the talks, the presidents signed": everyone of the last sentence (of the three
    before) that named more than one of them."""
    sentence = doc[index].sent
    for _ in range(LISTED_REACH):
        named = last_few([a for a in people if sentence.start <= a.start < index], len(people))
        if len(named) > 1 or sentence.start == 0:
            return named
        sentence = doc[sentence.start - 1].sent
    return []


def subject_pair(doc: Doc, people: list[Actor], index: int, count: int = 2) -> list[Actor]:
    """ "Obama and Putin met on Monday. It was their first meeting since ...": "their" and
    "the two leaders" are the two who were the subject just before, not the last two named
    ("... over the fate of Syrian President Bashar al-Assad"); "the three leaders", three."""
    sentence = doc[index].sent
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    for span in (sentence, previous):
        subjects = [
            actor
            for actor in people
            if span.start <= actor.start < min(span.end, index) and _in_subject(doc, actor)
        ]
        group = last_few(subjects, count)
        if len(group) == count:
            return group
    return []


def _in_subject(doc: Doc, actor: Actor) -> bool:
    token = doc[actor.start : actor.end].root
    while token.dep_ in ("conj", "appos", "compound") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def named_together(doc: Doc, people: list[Actor], index: int, count: int) -> list[Actor]:
    """ "The signing ... by Prime Minister Abiy Ahmed and President Isaias Afwerki. The
    ceremony was hosted by King Salman ... the two leaders": the last `count` people joined
    by "and", within a few sentences, rather than the last two named apart."""
    sentence = doc[index].sent
    first = sentence.start
    for _ in range(LISTED_REACH):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    together = [last_few(group, count) for group in _joined_lists(doc, people, first, index)]
    exact = [
        group
        for group in together
        if len(group) == count and len(group) == len({a.id for a in group})
    ]
    return max(exact, key=lambda group: group[-1].start, default=[])


def _joined_lists(doc: Doc, people: list[Actor], start: int, end: int) -> list[list[Actor]]:
    """The people named between two tokens, grouped by the list "and" joins them in, as the
    parse or, where the parse lost it, the words between say ("US President Barack Obama and
    Russian President Vladimir Putin")."""
    within = sorted(
        (actor for actor in people if start <= actor.start and actor.end <= end),
        key=lambda actor: actor.start,
    )
    heads = [_list_head(doc, actor) for actor in within]
    for index, (previous, actor) in enumerate(pairwise(within), start=1):
        if _named_in_one_list(doc, previous, actor):
            old, new = heads[index], heads[index - 1]
            heads = [new if head == old else head for head in heads]
    groups: dict[int, list[Actor]] = {}
    for head, actor in zip(heads, within, strict=True):
        groups.setdefault(head, []).append(actor)
    return list(groups.values())


def _named_in_one_list(doc: Doc, first: Actor, second: Actor) -> bool:
    """Only "and", commas and capitalised titles between the two names."""
    between = doc[first.end : second.start]
    words = [token for token in between if not token.is_punct]
    joined = any(token.lower_ == "and" for token in words)
    return joined and all(token.lower_ == "and" or token.text[:1].isupper() for token in words)


def _list_head(doc: Doc, actor: Actor) -> int:
    token = doc[actor.start : actor.end].root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.i


def joined_in_sentence(doc: Doc, people: list[Actor], index: int) -> list[Actor]:
    """ "The consensus reached by Xi and Biden during their phone call": the last people joined
    by "and" in the sentence before `index`, whom "their" stands for."""
    lists = _joined_lists(doc, people, doc[index].sent.start, index)
    joined = [group for group in lists if len({a.id for a in group}) > 1]
    return max(joined, key=lambda group: group[-1].start, default=[])
