"""Event records from clustered mentions: participants, date, status, place, parent, id, title.

The date is the one the text gives the event; with none, the publication date (for something
that happened, with less confidence) or no date (for a plan). The id is the date (or year),
the participants' surnames in alphabetical order and the type: stable for the same input.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from generator.extract.attributes import Gathering
from generator.extract.candidates import calls_on, is_complete
from generator.extract.clusters import NEWS_REACH, Cluster
from generator.extract.lexicon import DIPLOMATIC_KINDS, SIDELINES_NOUNS, TRAVEL_VERBS
from generator.extract.names import FAMILY_NAME_FIRST, family_name, slugify
from generator.extract.reading import Actor, PlaceMention, Reading
from generator.extract.registry import TRANSITION
from generator.extract.triggers import carrier
from generator.records import DateSpan, Participant

STATUS_PREFERENCE = ("proposed", "planned", "denied", "cancelled", "occurred")
TYPE_WORDS = {
    "phone_call": "phone call",
    "press_conference": "press conference",
    "agreement_signing": "agreement signing",
}
STATUS_WORDS = {"proposed": "Proposed", "planned": "Planned", "cancelled": "Cancelled"}
STATUS_WORDS["denied"] = "Ruled-out"
HOSTED_TYPES = {"meeting", "talks"}
# Where English writes the family name first: "Moon Jae-in" is Moon, "Hun Sen" Hun.
HOST_VERBS = {"host", "receive", "welcome"}
SENIORITY = {"head_of_state": 0, "head_of_government": 0, "leader": 0, "foreign_minister": 1}


@dataclass(frozen=True, slots=True)
class Dating:
    span: DateSpan | None
    source: str  # text | borrowed | parent | published | none


def status(cluster: Cluster) -> str:
    """A firm denial, the latest word on a plan ("Erdogan offered to host a meeting, but there
    are no plans for one"); else the status most mentions give, ties going to the softer claim."""
    if cluster.occurred:
        return "occurred"
    voters = [m for m in cluster.members if is_complete(m)] or cluster.members
    if any(m.ruled_out and (m.such or m in voters) for m in cluster.members):
        return "denied"
    if any(m.status == "cancelled" for m in cluster.members):
        return "cancelled"  # "India called off the meeting ... had been due to meet"
    counts = Counter(m.status for m in voters if m.status != "occurred")
    if not counts:
        counts = Counter(m.status for m in cluster.members if m.status != "occurred")
    return max(counts, key=lambda s: (counts[s], -STATUS_PREFERENCE.index(s)))


def dating(
    cluster: Cluster, published: dt.date, parent: DateSpan | None, related: DateSpan | None = None
) -> Dating:
    """The text's date; else the date of the gathering it was beside or of the event it
    followed ("a press conference after the talks"); else publication, or none for a plan or
    an event told again."""
    member = cluster.date_member
    if member is not None and member.date is not None:
        return Dating(member.date.span, "borrowed" if member.date_borrowed else "text")
    if parent is not None:
        return Dating(parent, "parent")
    if related is not None and cluster.occurred:
        return Dating(related, "related")
    # "Met in New York, and before that in Vilnius": an event told again is on another day.
    if not cluster.occurred or all(m.trigger.repeats is not None for m in cluster.members):
        return Dating(None, "none")
    return Dating(DateSpan(published, published, "day"), "published")


def participants(
    reading: Reading, cluster: Cluster, day: dt.date | None
) -> tuple[Participant, ...]:
    found = [participant(reading, actor, day) for actor in cluster.actors]
    kept = _stateless_represent((p for p in found if p is not None), reading.registry.people)
    near = _sentences_near(cluster)
    # "Paid a visit to President Rashid": the official called on is the host of their country.
    called_on = [d for m in cluster.members for d in m.destinations if calls_on(d)]
    kept.extend(p for p in (participant(reading, d, day) for d in called_on) if p is not None)
    hosted = {d.country for d in called_on}
    kept.extend(_host(reading, code, day, near) for code in hosts(cluster) if code not in hosted)
    # A government named beside its own official adds no side ("Putin ... the Kremlin").
    represented = {p.country for p in kept if p.person}
    kept = [p for p in kept if p.person or p.country not in represented]
    return tuple(dict.fromkeys(kept))


def _stateless_represent(found: Iterable[Participant], known: Container[str]) -> list[Participant]:
    """One person new to the archive, of no known country, and one country no named person
    represents: the person is that country's side, not a side of their own beside it. A
    visit's host country is added after: a visitor is never the host. Someone the archive
    knows without a country (the UN Secretary-General) stands for no country."""
    kept = list(found)
    stateless = [p for p in kept if p.person and not p.country and p.person not in known]
    represented = {p.country for p in kept if p.person}
    open_sides = {p.country for p in kept if not p.person and p.country not in represented}
    if len(stateless) != 1 or len(open_sides) != 1:
        return kept
    person, country = stateless[0], open_sides.pop()
    joined = replace(person, country=country)
    return [joined if p is person else p for p in kept]


def participant(reading: Reading, actor: Actor, day: dt.date | None) -> Participant | None:
    if actor.kind == "organization":
        return None
    if actor.kind == "country":
        return Participant(country=actor.id)
    if actor.id is None and actor.country is None:
        return None  # an office whose holder and country the text leaves open
    if actor.implicit and actor.id and actor.country and _not_yet_in_office(reading, actor, day):
        # "Since the three countries' leaders met in Chengdu in 2019": whoever held the office
        # then, which the archive may not say; not today's leaders, who did not.
        return Participant(country=actor.country)
    role = actor.role
    if actor.id and actor.known and actor.id in reading.registry.people:
        held = reading.registry.people[actor.id].role_on(day)
        role = held.title if held else role
    return Participant(person=actor.id, role=role, country=actor.country)


def _sentences_near(cluster: Cluster) -> set[int]:
    told = {member.sentence for member in cluster.members}
    return {number + shift for number in told for shift in (-1, 0, 1)}


def _host(reading: Reading, code: str, day: dt.date | None, near: set[int]) -> Participant:
    """The host of a visit: the official of the host country the article names most around
    the visit's sentences, else the country itself ("Qin accepted an invitation to visit
    Washington", in a report on Blinken)."""
    starts = [sentence.start for sentence in reading.doc.sents]
    officials = [
        actor
        for actor in reading.actors
        if actor.kind == "person"
        and bisect_right(starts, actor.start) - 1 in near
        and actor.id
        and actor.country == code
        and actor.role_kind in DIPLOMATIC_KINDS
        and _held_office_then(reading, actor.id, day)
    ]
    if not officials:
        return Participant(country=code)
    counts = Counter(actor.id for actor in officials)
    chosen = max(officials, key=lambda actor: (counts[actor.id], -actor.start))
    return participant(reading, chosen, day) or Participant(country=code)


def _not_yet_in_office(reading: Reading, actor: Actor, day: dt.date | None) -> bool:
    """Someone the archive knows took office long after the day of a background event; a
    president-elect's call of the day after the election is still theirs."""
    known = reading.registry.people.get(actor.id or "")
    if day is None or known is None or not known.roles:
        return False
    background = day < reading.article.published - NEWS_REACH
    return background and not any(known.role_on(d) for d in (day, day + TRANSITION))


def _held_office_then(reading: Reading, person: str, day: dt.date | None) -> bool:
    """Whether someone held office on the day of a visit: the archive knows their terms; of
    someone new, the article tells only what they are now, not what they were years ago."""
    known = reading.registry.people.get(person)
    if known is not None and known.roles:
        return day is None or known.role_on(day) is not None
    # What an article says someone is holds for its own time, not for a visit years before.
    return day is None or day >= reading.article.published - NEWS_REACH


def hosted_type(reading: Reading, cluster: Cluster) -> str:
    """A host meeting a visitor is a visit: "X hosted Y", "X received the visiting Y"."""
    if cluster.type not in HOSTED_TYPES or len(cluster.sides) != 2:
        return cluster.type
    for member in cluster.members:
        token = reading.doc[member.trigger.index]
        visiting = _visiting(list(token.sent)) and not _on_the_sidelines(token)
        if token.lemma_ in HOST_VERBS or visiting or _travelled_for(token):
            return "visit"
    return cluster.type


def _travelled_for(token: Token) -> bool:
    """ "Flew to Moscow for three hours of talks with Putin", "had traveled to Kyiv to meet
    Zelensky", "is due in Kyiv for meetings": a trip somewhere to meet its host."""
    token = carrier(token)  # "three hours of talks"
    if token.dep_ == "pobj" and token.head.lower_ == "for":
        verb = token.head.head
    elif token.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" for c in token.children):
        verb = token.head  # "traveled to Kyiv to meet"
    else:
        return False
    if verb.lemma_ == "be":  # "is due in Kyiv next week for meetings with Zelensky"
        due = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "due"]
        return any(c.dep_ == "prep" and c.lower_ in ("in", "to") for d in due for c in d.children)
    destination = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return verb.lemma_ in TRAVEL_VERBS and destination


def _on_the_sidelines(token: Token) -> bool:
    """ "Xi, who arrived on a state visit, held talks with Tokayev, while Putin and Xi met on
    the sidelines": a meeting beside a gathering, in a sentence that tells of a visit."""
    return any(word.lower_ in SIDELINES_NOUNS for word in _clause(token))


def _clause(token: Token) -> list[Token]:
    """The words of the clause an event word is told in."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "Arrived on a state visit and held talks", "was received ... before holding a meeting":
    # clauses of one subject are one clause here.
    while not _has_subject(verb):
        if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
            verb = verb.head.head
        elif verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return _own_words(verb)


def _own_words(word: Token) -> list[Token]:
    """A word's subtree without the clauses of other subjects it governs ("while Modi and
    Xi met on the sidelines", hung on "held")."""
    words = [word]
    for child in word.children:
        if not (child.pos_ in ("VERB", "AUX") and _has_subject(child)):
            words.extend(_own_words(child))
    return words


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _visiting(words: list[Token]) -> bool:
    """ "The visiting Indian Prime Minister", "who is in Japan on an official visit"."""
    if any(t.lower_ == "visiting" and t.dep_ == "amod" for t in words):
        return True
    return any(
        t.lemma_ == "visit" and t.dep_ == "pobj" and t.head.lower_ in ("on", "during")
        for t in words
    )


def hosts(cluster: Cluster) -> tuple[str, ...]:
    """The countries a visit went to, not already a side of it."""
    if cluster.type != "visit":
        return ()
    sides = {actor.country for actor in cluster.actors}
    found = [d.country for m in cluster.members for d in m.destinations if d.country]
    found += [m.place.country for m in cluster.members if m.place and m.place.country]
    return tuple(code for code in dict.fromkeys(found) if code not in sides)


def place(cluster: Cluster) -> PlaceMention | None:
    if cluster.type == "phone_call":
        return None  # a call has two ends; "agreed to meet in Budapest after a call" is not one
    places = [m.place for m in cluster.members if m.place is not None]
    if cluster.type == "visit":
        # A visit is to a city: the venue of one of its stops ("an address at the Bangabandhu
        # International Conference Centre") is not where the visit was.
        return next((p for p in places if p.kind == "city"), None)
    cities = [p for p in places if p.kind in ("city", "venue")]
    return (cities or places or [None])[0]


def gathering(cluster: Cluster) -> Gathering | None:
    found = [m.gathering for m in cluster.members if m.gathering is not None]
    named = [g for g in found if g.organization is not None and g.descriptor]
    return (named or found or [None])[0]


def organizations(cluster: Cluster, found: Gathering | None) -> tuple[str, ...]:
    ids = [a.id for a in cluster.actors if a.kind == "organization" and a.id and not a.country]
    if found is not None and found.organization is not None:
        ids.append(found.organization.id)
    return tuple(dict.fromkeys(ids))


def event_id(
    reading: Reading, event_type: str, event_status: str, day: DateSpan | None, names: list[str]
) -> str:
    """The date, the first three names (the `principals`) in alphabetical order, the type and
    a status other than occurred."""
    when = _date_key(day, reading.article.published)
    parts = [when, *sorted(list(dict.fromkeys(slugify(name) for name in names))[:3])]
    parts.append(event_type.replace("_", "-"))
    if event_status != "occurred":
        parts.append(event_status)
    return "-".join(part for part in parts if part)


def principals(cluster: Cluster, people: tuple[Participant, ...]) -> tuple[Participant, ...]:
    """Who an event is named after: its leaders when it has two or more ("the Lula–Sánchez
    meeting", though their foreign ministers sat in), else everyone, leaders first, then
    foreign ministers, each in the text's order."""
    kinds = {actor.id: actor.role_kind for actor in cluster.actors if actor.id}
    rank = {p: SENIORITY.get(kinds.get(p.person or ""), 2) for p in people}
    ranked = tuple(sorted(people, key=rank.__getitem__))
    leaders = tuple(p for p in ranked if rank[p] == 0)
    return leaders if len(leaders) >= 2 else ranked


def _date_key(day: DateSpan | None, published: dt.date) -> str:
    if day is None:
        return str(published.year)
    if day.precision == "day" and day.start == day.end:
        return day.start.isoformat()
    if day.precision == "month":
        return day.start.strftime("%Y-%m")
    return str(day.start.year)


def short_names(reading: Reading, cluster: Cluster, people: tuple[Participant, ...]) -> list[str]:
    """What a headline calls each side: surnames, else countries', else organizations' names."""
    names = [_surname(reading, p.person) for p in people if p.person]
    names += [_country_name(reading, p.country) for p in people if not p.person and p.country]
    if not names:
        orgs = [a for a in cluster.actors if a.kind == "organization" and a.id]
        names = [_short_name(reading, actor) for actor in orgs]
    return names


def _country_name(reading: Reading, code: str) -> str:
    country = reading.registry.countries.get(code)
    return country.name if country else code


def _short_name(reading: Reading, actor: Actor) -> str:
    registry = reading.registry
    if actor.kind == "country":
        country = registry.countries.get(actor.id or "")
        return country.name if country else actor.text
    if actor.kind == "organization":
        org = registry.organizations.get(actor.id or "")
        return org.name if org else actor.text
    return _surname(reading, actor.id or actor.text)


def _surname(reading: Reading, person_id: str) -> str:
    person = reading.registry.people.get(person_id)
    new = reading.new_people.get(person_id)
    forms = person.aliases if person else (new.forms if new else ())
    full = person.name if person else (new.name if new else person_id)
    single = [form for form in forms if len(form.split()) == 1 and form in full.split()]
    country = person.country if person else (new.country if new else None)
    surname = full.split()[0] if country in FAMILY_NAME_FIRST else family_name(full)
    # "Haq" of Farhan Haq, though the text also calls him "Farhan"
    return surname if surname in single or not single else single[0]


def title(event_type: str, event_status: str, names: list[str], where: str | None) -> str:
    words = TYPE_WORDS.get(event_type, event_type)
    head = f"{'–'.join(names)} {words}" if names else words
    head = head[0].upper() + head[1:]  # "Bin Salman summit"
    if event_status in STATUS_WORDS:
        head = f"{STATUS_WORDS[event_status]} {head[0].lower() + head[1:] if not names else head}"
    return f"{head} in {where}" if where else head


def related_date(cluster: Cluster, clusters: tuple[Cluster, ...]) -> DateSpan | None:
    """The date of the event a mention of this one is timed by ("after the talks")."""
    indices = {m.related for m in cluster.members if m.related is not None}
    for other in clusters:
        if other is not cluster and indices & {m.trigger.index for m in other.members}:
            return other.own_date
    return None
