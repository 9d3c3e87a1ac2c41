"""Which date each event mention owns.

A date in a sentence belongs to the event word nearest to it in the dependency tree, so that
"after the May 3 telephone conversation ... no plans for a meeting" dates the call, not the
meeting. An event word with no date of its own may take one from the sentence before, when
no event word there claims it ("have not seen each other since last summer. They had a
one-on-one meeting here"), or, reported with "then" or "also", the day of the event before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from generator.extract.argument_actors import LEADING_VERBS
from generator.extract.borrowed_dates import conjoined, followed, in_sequence
from generator.extract.candidates import Candidate, is_complete
from generator.extract.cues import SPEECH_VERBS
from generator.extract.dating import DatePhrase, as_future, as_past, date_root, tree_distance
from generator.extract.lexicon import PLACE_LABELS, TRAVEL_VERBS
from generator.extract.reading import Reading
from generator.extract.repeats import date_told_again

# "Travels on Sunday", "meets Xi on Monday": verbs whose present tense tells a schedule.
SCHEDULE_VERBS = TRAVEL_VERBS | {"meet", "hold", "visit", "arrive", "leave", "host", "attend"}
REPORTING_VERBS = SPEECH_VERBS | {"praise", "welcome", "hail", "criticize", "condemn", "report"}
MAX_DATE_DISTANCE = 7
# "Told his daily press conference on Thursday": the telling is the event.
SPEAKING_TYPES = {"press_conference", "statement"}
# "Talks that ended last Friday", "the summit, to be held from August 31": a clause that says
# when the event was held, began or ended dates it.
# "The summit that Putin will host in July": the clause says when the event is.
HOLDING_VERBS = {"host", "convene", "organize", "organise", "chair"}
SPAN_VERBS = {"begin", "start", "open", "end", "close", "conclude", "finish", "wrap", "hold"}


def dated(
    reading: Reading, candidates: tuple[Candidate, ...], dates: tuple[DatePhrase, ...]
) -> tuple[Candidate, ...]:
    """Each mention with the date it owns, borrows or follows on from, if any."""
    dates = tuple(phrase for phrase in dates if not _years_of_a_plan(phrase))
    sentences = {sent.start: number for number, sent in enumerate(reading.doc.sents)}
    owned = _date_owners(reading, candidates, dates)
    free = _free_dates(reading, dates, owned, sentences)
    found: list[Candidate] = []
    for position, candidate in enumerate(candidates):
        if candidate.trigger.repeats is not None:
            own = date_told_again(reading.doc[candidate.trigger.index], dates)
            found.append(replace(candidate, date=own))
            continue
        when = _when_dated(reading, candidate, dates) or _dated_by_who(reading, candidate, dates)
        if when is not None:
            found.append(replace(candidate, date=when))
            continue
        candidate = _with_date(reading, position, candidate, owned, free, candidates)
        candidate = (
            conjoined(reading, candidate, found)
            or in_sequence(reading, candidate, found)
            or candidate
        )
        found.append(followed(reading, candidate, owned, found))
    return tuple(found)


def _years_of_a_plan(phrase: DatePhrase) -> bool:
    """ "Signed an action plan for 2024-2027": a span of several years is the period of what
    was signed or agreed, never the day of an event."""
    span = phrase.span
    return span.precision == "year" and span.start.year != span.end.year


def _when_dated(
    reading: Reading, candidate: Candidate, dates: tuple[DatePhrase, ...]
) -> DatePhrase | None:
    """ "The first summit since December 2021, when Putin paid a visit to New Delhi": an event
    told in a "when" clause of a date has that date, whatever bounds the date itself."""
    trigger = reading.doc[candidate.trigger.index]
    for clause in (trigger, *trigger.ancestors):
        if clause.dep_ in ("relcl", "advcl"):
            if not any(child.lower_ == "when" for child in clause.children):
                return None
            head = clause.head.i
            return next((p for p in dates if p.start <= head < p.end), None)
    return None


def _dated_by_who(
    reading: Reading, candidate: Candidate, dates: tuple[DatePhrase, ...]
) -> DatePhrase | None:
    """ "The last Indian prime minister to visit Pakistan was Vajpayee, who travelled to
    Islamabad in January 2004": the clause about the one named dates the visit."""
    trigger = reading.doc[candidate.trigger.index]
    described = trigger.head
    if trigger.dep_ not in ("relcl", "acl") or described.dep_ != "nsubj":
        return None
    if described.head.lemma_ != "be":
        return None
    clause = {
        token.i
        for named in described.head.children
        if named.dep_ == "attr"
        for relative in named.children
        if relative.dep_ == "relcl"
        for token in relative.subtree
    }
    return next((phrase for phrase in dates if phrase.start in clause), None)


def _free_dates(
    reading: Reading,
    dates: tuple[DatePhrase, ...],
    owned: dict[DatePhrase, list[tuple[int, int]]],
    sentences: dict[int, int],
) -> dict[int, list[DatePhrase]]:
    """Adverbial dates no event word claims, by sentence: they may date the next sentence."""
    free: dict[int, list[DatePhrase]] = {}
    for phrase in dates:
        root = date_root(reading.doc, phrase)
        adverbial = _adverbial(root) and not _since_when(root)
        if phrase not in owned and (adverbial or _date_line(reading, phrase)):
            number = sentences[reading.doc[phrase.start].sent.start]
            free.setdefault(number, []).append(phrase)
    return free


def _since_when(root: Token) -> bool:
    """ "The first visit since the two countries established relations in 1965": the date
    of a clause that bounds a record dates no event of the next sentence ("not seen each
    other since last summer" does)."""
    return any(_opens_since(word) for word in (root, *root.ancestors))


def _opens_since(clause: Token) -> bool:
    """The clause is introduced by "since": "since the two countries established ..."."""
    return any(child.dep_ == "mark" and child.lower_ == "since" for child in clause.children)


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
    # "Following the talks, Putin and Xi signed": the talks date it, not the sentence before.
    if candidate.related is not None:
        return candidate
    before = _free_before(reading, candidate, free)
    if is_complete(candidate) and before:
        return replace(candidate, date=before[-1], date_borrowed=True)
    return candidate


def _free_before(
    reading: Reading, candidate: Candidate, free: dict[int, list[DatePhrase]]
) -> list[DatePhrase]:
    """The free dates of the sentence before; what happened takes none still to come ("the
    declaration called for tripling capacity by 2030. X, Y and Z signed ...")."""
    phrases = free.get(candidate.sentence - 1, [])
    if not candidate.occurred:
        return phrases
    return [p for p in phrases if p.span.start <= reading.article.published]


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
    """The event word the date stands before ("Wednesday's summit"), else the nearest
    one that can take it, one that names its sides first:
    "agreed to meet ... after a telephone conversation the day before" dates the call, which
    happened, not the meeting to come; "before the summit, X and Y will hold talks next week"
    dates the talks."""
    published = reading.article.published
    root = date_root(reading.doc, phrase)

    def order(item: tuple[int, int]) -> tuple[bool, bool, int]:
        candidate = candidates[item[1]]
        trigger = reading.doc[candidate.trigger.index]
        own = root.head == trigger and root.i < trigger.i  # "Wednesday's summit"
        return not own, not is_complete(candidate), item[0]

    ordered = sorted(ranked, key=order)
    for distance, position in ordered:
        candidate = candidates[position]
        phrase_read = _read_for(reading, candidate, phrase)
        if _may_claim(candidate, phrase_read, distance, published):
            return distance, position
    return None


def _date_line(reading: Reading, phrase: DatePhrase) -> bool:
    """ "April 10, 2020" or "February 12, 2015, Minsk" on a line of its own above a readout:
    the date of what it reports first."""
    sentence = reading.doc[phrase.start].sent
    return all(
        phrase.start <= token.i < phrase.end or token.is_punct or token.is_space or token.ent_type_
        for token in sentence
    )


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
        if _opens_since(current) or _since_another(current, date):
            clause_heads.append(current)  # "the first to meet him since the war began on ..."
        current = current.head
    return any(trigger not in head.subtree for head in clause_heads)


def _since_another(preposition: Token, date: Token) -> bool:
    """ "Their first talks since a dinner in Buenos Aires on Dec. 1": the date of the dinner."""
    return preposition.dep_ == "prep" and preposition.lower_ == "since" and date.head != preposition


def _the_event_described(clause: Token, trigger: Token) -> bool:
    """ "A meeting between Tshisekedi and Kagame hosted by the Emir in Doha in March": a
    participle within the event's own phrase says where and when it was held."""
    held = clause.lemma_ in HOLDING_VERBS and any(
        child.dep_ == "dobj" and child.lower_ in ("that", "which") for child in clause.children
    )
    if clause.dep_ == "relcl" and (clause.lemma_ in SPAN_VERBS or held):
        return clause.head in trigger.subtree  # "two days of talks that ended last Friday"
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.head in trigger.subtree


def _dates_the_report(date: Token, trigger: Token) -> bool:
    """ "The ministry on Monday praised the visit", "Peskov said on Thursday there were no plans
    for a meeting": the date is when it was said, not when the event was."""
    if any(ancestor.i == trigger.i for ancestor in date.ancestors):
        return False  # "talks with Pompeo on Monday": the date hangs on the event word
    verb = next((t for t in (date, *date.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i == trigger.i or verb.lemma_ not in REPORTING_VERBS:
        return False
    return trigger in verb.subtree and not _said_during(trigger, verb)


def _said_during(trigger: Token, verb: Token) -> bool:
    """ "Erdoğan announced the decision during Niinistö's visit to Ankara on 17 March": said
    during the event, on its day."""
    path = []
    for ancestor in trigger.ancestors:
        if ancestor.i == verb.i:
            break
        path.append(ancestor)
    return any(word.dep_ == "prep" and word.lower_ == "during" for word in path)


def _bounds_a_noun(date: Token) -> bool:
    """ "The first meeting between them since 2019", "Modi's first to Russia since 2019": the
    date bounds a span, it dates no event."""
    preposition = date.head if date.dep_ == "pobj" else date
    head = preposition.head
    counted = head.pos_ in ("NOUN", "PROPN") or head.lower_ in ("first", "last")
    return preposition.lower_ == "since" and (counted or _first_to(head))


def _first_to(verb: Token) -> bool:
    """ "The first South Korean president to visit Japan since December 2011"."""
    counted = verb.head
    return verb.dep_ == "relcl" and any(
        child.dep_ == "amod" and child.lower_ in ("first", "last") for child in counted.children
    )


def _closest(
    scored: tuple[int, DatePhrase], candidate: Candidate, reading: Reading
) -> tuple[bool, bool, int, bool, bool]:
    """A date in the event word's own phrase ("a meeting ... hosted by the Emir in Doha in
    March"), then the nearest date, an exact one first; for a plan, one after the day it was
    announced ("said on Friday he would meet Xi on Saturday")."""
    distance, phrase = scored
    trigger = reading.doc[candidate.trigger.index]
    own_phrase = (
        trigger.pos_ in ("NOUN", "PROPN") and date_root(reading.doc, phrase) in trigger.subtree
    )
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


def _reattached(date: Token) -> Token:
    """ "Met Fernández at the Casa Rosada, the seat of the government in Buenos Aires, this
    Monday (23)": a date the parser set beside a noun belongs to the verb of its clause."""
    if date.dep_ != "appos" or date.ent_type_ != "DATE" or date.head.ent_type_ not in PLACE_LABELS:
        return date
    return next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), date)


def _date_owners(
    reading: Reading, candidates: tuple[Candidate, ...], dates: tuple[DatePhrase, ...]
) -> dict[DatePhrase, list[tuple[int, int]]]:
    """Each date phrase -> the candidates of its sentence, nearest first: (distance, position)."""
    owners: dict[DatePhrase, list[tuple[int, int]]] = {}
    for phrase in dates:
        root = _reattached(date_root(reading.doc, phrase))
        scored = sorted(
            (min(tree_distance(reading.doc[a], root) for a in c.anchors), position)
            for position, c in enumerate(candidates)
            if reading.doc[c.trigger.index].sent.start == root.sent.start
            and not _inside_other_clause(root, reading.doc[c.trigger.index])
            and (
                c.type in SPEAKING_TYPES
                or not _dates_the_report(root, reading.doc[c.trigger.index])
            )
            and not _bounds_a_noun(root)
        )
        if scored:
            owners[phrase] = scored
    return owners
