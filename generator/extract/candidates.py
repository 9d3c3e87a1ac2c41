"""Event mentions: each trigger with its sides, status, place, gathering and the date it owns.

A date in a sentence belongs to the event word nearest to it in the dependency tree, so that
"after the May 3 telephone conversation ... no plans for a meeting" dates the call, not the
meeting. An event word with no date of its own may take one from the sentence before, when
no event word there claims it ("have not seen each other since last summer. They had a
one-on-one meeting here").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.tokens import Token

from generator.extract.arguments import LEADING_VERBS, diplomatic, event_sides
from generator.extract.attributes import Gathering, gathering_of, not_yet, place_of, status_of
from generator.extract.cues import SPEECH_VERBS
from generator.extract.dating import DatePhrase, as_future, as_past, date_root, tree_distance
from generator.extract.lexicon import GATHERING_NOUNS, LIGHT_VERBS, TRAVEL_VERBS
from generator.extract.reading import Actor, PlaceMention, Reading
from generator.extract.triggers import Trigger, find_triggers, is_gathering_context

# "Travels on Sunday", "meets Xi on Monday": verbs whose present tense tells a schedule.
SCHEDULE_VERBS = TRAVEL_VERBS | {"meet", "hold", "visit", "arrive", "leave", "host", "attend"}
REPORTING_VERBS = SPEECH_VERBS | {"praise", "welcome", "hail", "criticize", "condemn", "report"}
# "After the talks", "during the visit": the same day as that event.
RELATED_TIME = frozenset({"after", "during", "following", "at", "before", "on"})
SEQUENCE_PREPOSITIONS = frozenset({"after", "following", "before", "on"})
# "On the eve of the summit", "in the run-up to": a day before another event, not it.
EVE_NOUNS = {"eve"}
AFTERWARDS = {"afterwards", "afterward"}
ONE_SIDE_TYPES = {"press_conference", "statement"}
GATHERING_VERBS = {"bring", "gather", "draw", "attract", "involve", "include", "unite", "assemble"}
JOIN_VERBS = {"join", "attend", "participate", "take", "enter", "present"}
DEFINITE = {"the", "these", "this", "those", "that"}
MAX_DATE_DISTANCE = 7
FOLLOW_ON_REACH = dt.timedelta(days=30)
# "Then", "also", "later": an event reported right after another, dated by it.
SEQUENCE_WORDS = {"then", "also", "later", "subsequently", "afterwards", "afterward"}
FOLLOW_REACH = 2
# Plural event words that stand for one event per partner ("meetings with X and Y").
SEPARATE_EVENTS = {"meeting", "call", "conversation", "visit"}


@dataclass(frozen=True, slots=True)
class Candidate:
    trigger: Trigger
    sentence: int
    anchors: tuple[int, ...]
    actors: tuple[Actor, ...]
    destinations: tuple[Actor, ...]
    status: str
    place: PlaceMention | None
    gathering: Gathering | None
    evidence: str
    date: DatePhrase | None = None
    date_borrowed: bool = False
    joins: bool = False
    related: int | None = None  # the event word of "after the talks", "during the visit"
    sequenced: bool = False  # "before"/"after" it, so not part of it ("during" is)
    firm: bool = True  # a denial with no "yet"
    such: bool = False  # "such a meeting": the one named before

    @property
    def ruled_out(self) -> bool:
        return self.status == "denied" and self.firm

    @property
    def type(self) -> str:
        return self.trigger.type

    @property
    def sides(self) -> set[str]:
        return {actor.side for actor in self.actors}

    @property
    def occurred(self) -> bool:
        return self.status == "occurred"


def find_candidates(reading: Reading, dates: tuple[DatePhrase, ...]) -> tuple[Candidate, ...]:
    sentences = {sent.start: number for number, sent in enumerate(reading.doc.sents)}
    triggers = find_triggers(reading)
    indices = frozenset(trigger.index for trigger in triggers)
    candidates = []
    for trigger in triggers:
        token = reading.doc[trigger.index]
        if is_gathering_context(token) or _venue_of_another(token, indices):
            continue
        if _generic_plural(token):
            continue
        others = indices - {trigger.index}
        candidates.extend(_candidates(reading, trigger, sentences[token.sent.start], others))
    return _dated(reading, tuple(candidates), dates, sentences)


def _generic_plural(token: Token) -> bool:
    """ "Barred from ASEAN summits since 2021", "regular meetings": events in general, not
    one that took place. "Talks" is always plural; "meetings with X and Y" names partners."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in SEPARATE_EVENTS | {"summit"}:
        return False
    determined = any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
    partnered = any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)
    return not (determined or partnered)


def _venue_of_another(token: Token, triggers: frozenset[int]) -> bool:
    """ "Xi will meet Biden at the APEC summit": the summit is where the meeting is held, a
    gathering of its own only as the meeting's parent."""
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ in ("at", "during")
        and preposition.head.i in triggers
        and token.lemma_.lower() in GATHERING_NOUNS
    )


def _without_the_spokesperson(token: Token, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """ "Peskov said there were no plans for such a meeting": the event named before, not one
    of the spokesperson's."""
    if _such(token) and all(actor.role_kind == "spokesperson" for actor in actors):
        return ()
    return actors


def _such(token: Token) -> bool:
    return any(child.lower_ == "such" for child in token.children)


def _candidates(
    reading: Reading, trigger: Trigger, sentence: int, others: frozenset[int]
) -> list[Candidate]:
    """One mention, or one per partner of "held separate meetings with X and Y"."""
    token = reading.doc[trigger.index]
    anchors = _anchors(token)
    sides = event_sides(reading, trigger, others)
    candidate = Candidate(
        trigger=trigger,
        sentence=sentence,
        anchors=tuple(anchor.i for anchor in anchors),
        actors=_without_the_spokesperson(token, diplomatic(sides.actors)),
        destinations=sides.destinations,
        status=status_of(token, others),
        firm=not not_yet(token),
        such=_such(token),
        place=place_of(reading, anchors, others),
        gathering=gathering_of(reading, anchors),
        evidence=" ".join(token.sent.text.split()),
        joins=trigger.attends or _joins(token),
        related=_related_event(anchors, others) or _afterwards(token, others),
        sequenced=_related_event(anchors, others, SEQUENCE_PREPOSITIONS) is not None
        or _afterwards(token, others) is not None,
    )
    partners = diplomatic(sides.partners)
    if token.tag_ != "NNS" or token.lemma_ not in SEPARATE_EVENTS or len(_countries(partners)) < 2:
        return [candidate]
    hosts = tuple(actor for actor in candidate.actors if actor not in partners)
    places = _respective_places(reading, candidate.place, len(partners))
    return [
        replace(candidate, actors=(*hosts, partner), place=place)
        for partner, place in zip(partners, places, strict=True)
    ]


def _respective_places(
    reading: Reading, place: PlaceMention | None, count: int
) -> list[PlaceMention | None]:
    """ "In Kyiv and Moscow next week for meetings with Zelensky and Putin": one place each,
    in order, when the text names as many places as partners."""
    if place is None:
        return [place] * count
    root = reading.doc[place.start : place.end].root
    roots = {root.i} | {t.i for t in root.subtree if t.dep_ == "conj"}
    places = [p for p in reading.places if reading.doc[p.start : p.end].root.i in roots]
    return places if len(places) == count else [place] * count


def _related_event(
    anchors: list[Token], others: frozenset[int], words: frozenset[str] = RELATED_TIME
) -> int | None:
    """ "A joint press conference after the talks": the event this one is timed by."""
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ == "prep" and prep.lower_ in words:
                found = [obj.i for obj in _timing_objects(prep) if obj.i in others]
                found += _ceremony_before(prep, others)
                if found:
                    return found[0]
    return None


def _ceremony_before(prep: Token, others: frozenset[int]) -> list[int]:
    """ "Before the ceremony, Trump met Netanyahu": the ceremony is the event last reported
    (the signing), which dates the meeting."""
    if not any(obj.lemma_.lower() == "ceremony" for obj in _timing_objects(prep)):
        return []
    before = [index for index in others if index < prep.i]
    return [max(before)] if before else []


def _afterwards(token: Token, others: frozenset[int]) -> int | None:
    """ "The talks were constructive, Putin told a news conference afterwards": the event
    word before it in the sentence is what it came after."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if not any(
        c.dep_ == "advmod" and c.lower_ in AFTERWARDS for c in (*token.children, *verb.children)
    ):
        return None
    before = [index for index in others if token.sent.start <= index < token.i]
    return max(before) if before else None


def _timing_objects(prep: Token) -> list[Token]:
    """What a time preposition names: "after the talks"; "on the eve of the summit" (on)."""
    objects = [word for obj in prep.children if obj.dep_ == "pobj" for word in _antecedent(obj)]
    eves = [obj for obj in objects if obj.lemma_.lower() in EVE_NOUNS]
    inner = [g for eve in eves for of in eve.children if of.lower_ == "of" for g in of.children]
    return inner if prep.lower_ == "on" else objects + inner


def _antecedent(word: Token) -> list[Token]:
    """ "A state visit, during which they would hold talks": "which" is the visit (the parse
    hangs the clause on the noun, or on the verb whose object it is)."""
    if word.lower_ not in ("which", "whom"):
        return [word]
    clause = word.head.head
    if clause.dep_ not in ("relcl", "advcl"):
        return [word]
    governor = clause.head
    return [governor, *(c for c in governor.children if c.dep_ == "dobj")]


def _joins(token: Token) -> bool:
    """ "Joined the talks", "took part in the meeting", "were present at the meeting", "the
    summit brought together", "were among the leaders at the summit": an event already under
    way, with more people."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    verb = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "present"), verb)
    definite = any(child.lower_ in DEFINITE for child in token.children)
    gathered = token.dep_ == "nsubj" and verb.lemma_ in GATHERING_VERBS
    return definite and (verb.lemma_ in JOIN_VERBS or gathered or token.lemma_ == "summit")


def _countries(actors: tuple[Actor, ...]) -> set[str]:
    return {actor.side for actor in actors}


def _anchors(token: Token) -> list[Token]:
    """The event word, and the verb that carries it ("held talks", "said after talks")."""
    anchors, carried = [token], token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        carried = token.head.head  # "flew to Moscow for three hours of talks"
    head = carried.head
    if head.dep_ == "prep" and carried.dep_ == "pobj":
        head = head.head
    if head.i != token.i and head.pos_ in ("VERB", "AUX") and _carries(carried, head):
        anchors.append(head)
    return anchors


def _carries(token: Token, verb: Token) -> bool:
    """ "Held talks on Monday", "the meeting took place on Monday", "flew to Moscow on
    Saturday for talks": the verb dates and places the event; "the ministry on Monday praised
    the visit" dates the praise."""
    travelled = verb.lemma_ in TRAVEL_VERBS and token.head.lower_ == "for"
    return verb.lemma_ in LIGHT_VERBS or token.dep_ in ("nsubj", "nsubjpass") or travelled


def is_complete(candidate: Candidate) -> bool:
    """Enough sides named for an event of its type: two for a meeting, one for a statement."""
    sides = candidate.sides
    if candidate.type in ONE_SIDE_TYPES:
        return len(sides) >= 1
    if candidate.type == "visit":
        return len(sides) >= 1 and bool(hosts_of(candidate))
    if candidate.type == "summit" and candidate.gathering is None:
        return len(sides) >= 2 or _named_summit(candidate)
    return len(sides) >= 2


def _named_summit(candidate: Candidate) -> bool:
    """ "The G20 summit", "the NATO summit": an international organization's meeting."""
    return any(actor.kind == "organization" for actor in candidate.actors)


def hosts_of(candidate: Candidate) -> set[str]:
    visitors = {actor.country for actor in candidate.actors}
    hosts = {d.country for d in candidate.destinations if d.country}
    if candidate.place is not None and candidate.place.country:
        hosts.add(candidate.place.country)
    return hosts - visitors


def _dated(
    reading: Reading,
    candidates: tuple[Candidate, ...],
    dates: tuple[DatePhrase, ...],
    sentences: dict[int, int],
) -> tuple[Candidate, ...]:
    owned = _date_owners(reading, candidates, dates)
    free = _free_dates(reading, dates, owned, sentences)
    return tuple(
        _with_date(reading, position, candidate, owned, free, candidates)
        for position, candidate in enumerate(candidates)
    )


def _free_dates(
    reading: Reading,
    dates: tuple[DatePhrase, ...],
    owned: dict[DatePhrase, list[tuple[int, int]]],
    sentences: dict[int, int],
) -> dict[int, list[DatePhrase]]:
    """Adverbial dates no event word claims, by sentence: they may date the next sentence."""
    free: dict[int, list[DatePhrase]] = {}
    for phrase in dates:
        if phrase not in owned and _adverbial(date_root(reading.doc, phrase)):
            number = sentences[reading.doc[phrase.start].sent.start]
            free.setdefault(number, []).append(phrase)
    return free


def _with_date(
    reading: Reading,
    position: int,
    candidate: Candidate,
    owned: dict[DatePhrase, list[tuple[int, int]]],
    free: dict[int, list[DatePhrase]],
    candidates: tuple[Candidate, ...],
) -> Candidate:
    own = []
    for phrase, ranked in owned.items():
        claimant = _claimant(reading, phrase, ranked, candidates)
        # "Separate meetings with X and Y on Monday": one word, one date for each meeting.
        shares = claimant is not None and candidates[claimant[1]].trigger == candidate.trigger
        if claimant is not None and shares:
            own.append((claimant[0], _read_for(reading, candidate, phrase)))
    if own:
        best = min(own, key=lambda scored: _closest(scored, candidate, reading))
        return replace(candidate, date=best[1])
    if is_complete(candidate) and free.get(candidate.sentence - 1):
        return replace(candidate, date=free[candidate.sentence - 1][-1], date_borrowed=True)
    if is_complete(candidate) and candidate.occurred and _follows_on(reading, candidate):
        earlier = _latest_owned(reading, candidate, owned)
        # "Putin also had a telephone conversation with Netanyahu" after a treaty signed "in
        # January": the day's news, not the background told just before it.
        recent = reading.article.published - FOLLOW_ON_REACH
        if earlier is not None and earlier.span.end >= recent:
            return replace(candidate, date=earlier, date_borrowed=True)
    return candidate


def _follows_on(reading: Reading, candidate: Candidate) -> bool:
    """ "He then held talks with", "Xi also met": the next event of the same day's report."""
    anchors = [reading.doc[index] for index in candidate.anchors]
    trigger = reading.doc[candidate.trigger.index]
    anchors.append(trigger.head.head if trigger.dep_ == "pobj" else trigger.head)  # "told ..."
    return any(
        c.dep_ == "advmod" and c.lower_ in SEQUENCE_WORDS for a in anchors for c in a.children
    )


def _latest_owned(
    reading: Reading, candidate: Candidate, owned: dict[DatePhrase, list[tuple[int, int]]]
) -> DatePhrase | None:
    """The last date an event word claimed in the sentences just before this one."""
    sentences = list(reading.doc.sents)
    first = sentences[max(0, candidate.sentence - FOLLOW_REACH)].start
    before = [p for p in owned if first <= p.start and p.end <= candidate.trigger.index]
    return max(before, key=lambda phrase: phrase.start) if before else None


def _read_for(reading: Reading, candidate: Candidate, phrase: DatePhrase) -> DatePhrase:
    """A plan's date read forward in time, unless a past verb governs it ("said on Thursday");
    what happened, in a past clause, back in time ("told Y in a call on Monday that ...")."""
    published = reading.article.published
    if candidate.occurred:
        trigger = reading.doc[candidate.trigger.index]
        if _scheduled(trigger):
            return as_future(phrase, published)
        return as_past(phrase, published) if _in_past_clause(trigger) else phrase
    if _in_past_clause(date_root(reading.doc, phrase)):
        return phrase
    return as_future(phrase, published)


def _scheduled(token: Token) -> bool:
    """ "The Chinese leader travels on Sunday to Palermo, before holding talks with Macron in
    Paris on Monday": a present tense that is not someone speaking tells a schedule."""
    for verb in (token, *token.ancestors):
        if verb.tag_ in ("VBD", "VBN", "MD") or verb.dep_ in ("relcl", "ccomp"):
            return False
        if verb.tag_ in ("VBZ", "VBP"):
            return verb.lemma_ in SCHEDULE_VERBS
    return False


def _in_past_clause(token: Token) -> bool:
    """ "Met", "had traveled to Kyiv in May to meet him": the verb of the clause, or the one an
    infinitive of purpose hangs on, is in the past."""
    verb = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl"):
        verb = verb.head
    if verb is None:
        return False
    perfect = verb.tag_ == "VBN" and any(c.lower_ == "had" for c in verb.children)
    return verb.tag_ == "VBD" or perfect


def _claimant(
    reading: Reading,
    phrase: DatePhrase,
    ranked: list[tuple[int, int]],
    candidates: tuple[Candidate, ...],
) -> tuple[int, int] | None:
    """The nearest event word that can take the date, one that names its sides first:
    "agreed to meet ... after a telephone conversation the day before" dates the call, which
    happened, not the meeting to come; "before the summit, X and Y will hold talks next week"
    dates the talks."""
    published = reading.article.published
    ordered = sorted(ranked, key=lambda item: (not is_complete(candidates[item[1]]), item[0]))
    for distance, position in ordered:
        candidate = candidates[position]
        phrase_read = _read_for(reading, candidate, phrase)
        if _may_claim(candidate, phrase_read, distance, published):
            return distance, position
    return None


def _adverbial(root: Token) -> bool:
    """ "Since last summer" on a verb can date the next sentence; "the election of 2016" or
    "relations, which marked 200 years in 2016" not."""
    if any(token.dep_ in ("relcl", "acl", "appos") for token in (root, *root.ancestors)):
        return False
    head = root.head
    if root.dep_ == "pobj":
        head = head.head
    return head.pos_ in ("VERB", "AUX")


def _inside_other_clause(date: Token, trigger: Token) -> bool:
    """ "Relations, which marked 200 years in 2016": a date in a clause that describes a noun
    dates that noun, not an event outside the clause; nor does a date in a clause of
    "since", which bounds a span."""
    clause_heads = []
    current = date
    while current.head.i != current.i:
        # "A delegation led by Lavrov on Monday": the parse hangs the event's date on "led".
        describes = (
            current.dep_ in ("relcl", "acl", "appos") and current.lemma_ not in LEADING_VERBS
        )
        if describes and not _the_event_described(current, trigger):
            clause_heads.append(current)
        if any(child.dep_ == "mark" and child.lower_ == "since" for child in current.children):
            clause_heads.append(current)  # "the first to meet him since the war began on ..."
        current = current.head
    return any(trigger not in head.subtree for head in clause_heads)


def _the_event_described(clause: Token, trigger: Token) -> bool:
    """ "A meeting between Tshisekedi and Kagame hosted by the Emir in Doha in March": a
    participle within the event's own phrase says where and when it was held."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.head in trigger.subtree


def _dates_the_report(date: Token, trigger: Token) -> bool:
    """ "The ministry on Monday praised the visit", "Peskov said on Thursday there were no plans
    for a meeting": the date is when it was said, not when the event was."""
    if any(ancestor.i == trigger.i for ancestor in date.ancestors):
        return False  # "talks with Pompeo on Monday": the date hangs on the event word
    verb = next((t for t in (date, *date.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i == trigger.i or verb.lemma_ not in REPORTING_VERBS:
        return False
    return trigger in verb.subtree


def _bounds_a_noun(date: Token) -> bool:
    """ "The first meeting between them since 2019": the date bounds a span, it dates no event."""
    preposition = date.head if date.dep_ == "pobj" else date
    return preposition.lower_ == "since" and preposition.head.pos_ in ("NOUN", "PROPN")


def _closest(
    scored: tuple[int, DatePhrase], candidate: Candidate, reading: Reading
) -> tuple[bool, bool, int, bool, bool]:
    """A date in the event word's own phrase ("a meeting ... hosted by the Emir in Doha in
    March"), then the nearest date, an exact one first; for a plan, one after the day it was
    announced ("said on Friday he would meet Xi on Saturday")."""
    distance, phrase = scored
    trigger = reading.doc[candidate.trigger.index]
    own_phrase = trigger.pos_ == "NOUN" and date_root(reading.doc, phrase) in trigger.subtree
    announced = not candidate.occurred and phrase.span.start <= reading.article.published
    aside = _in_parentheses(reading, phrase)  # "On August 18 (August 19, Japan time)"
    return not own_phrase, aside, distance, announced, not phrase.exact


def _in_parentheses(reading: Reading, phrase: DatePhrase) -> bool:
    sentence = reading.doc[phrase.start].sent
    depth = 0
    for token in reading.doc[sentence.start : phrase.start]:
        depth += {"(": 1, ")": -1}.get(token.text, 0)
    return depth > 0


def _may_claim(candidate: Candidate, phrase: DatePhrase, distance: int, published: dt.date) -> bool:
    """What happened takes a date near it; what did not yet, only a date still to come
    ("will meet next week"), never the day it was announced ("said on Thursday")."""
    if candidate.occurred:
        return distance <= MAX_DATE_DISTANCE
    return phrase.span.start >= published and distance <= MAX_DATE_DISTANCE


def _date_owners(
    reading: Reading, candidates: tuple[Candidate, ...], dates: tuple[DatePhrase, ...]
) -> dict[DatePhrase, list[tuple[int, int]]]:
    """Each date phrase -> the candidates of its sentence, nearest first: (distance, position)."""
    owners: dict[DatePhrase, list[tuple[int, int]]] = {}
    for phrase in dates:
        root = date_root(reading.doc, phrase)
        scored = sorted(
            (min(tree_distance(reading.doc[a], root) for a in c.anchors), position)
            for position, c in enumerate(candidates)
            if reading.doc[c.trigger.index].sent.start == root.sent.start
            and not _inside_other_clause(root, reading.doc[c.trigger.index])
            and not _dates_the_report(root, reading.doc[c.trigger.index])
            and not _bounds_a_noun(root)
        )
        if scored:
            owners[phrase] = scored
    return owners
