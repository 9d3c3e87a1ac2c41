"""Who else took part in an event, beyond the subject and object of its word: people listed
as attending ("among them X, Y and Z"), hosts, chairs and brokers, guests of a ceremony, those
who looked on at a signing, and "the country" a visit went to."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from generator.extract.argument_actors import SUBJECT_DEPS, actors_under
from generator.extract.reading import Actor, Reading
from generator.extract.verb_fits import instrument_of_a_treaty

GATHERING_VERBS = {"bring", "gather", "draw", "attract", "involve", "include", "unite", "assemble"}
HOSTING_VERBS = {
    *("host", "chair", "co-chair", "attend", "organize", "organise", "convene", "lead"),
    *("broker", "mediate", "facilitate"),
}
JOINING_VERBS = {"join", "accompany"}
# Verbs whose object is whom the subject spoke to: "told Xi", "assured the King".
ADDRESS_VERBS = {"tell", "assure", "inform", "brief", "urge", "ask", "warn", "remind"}
# "Putin said at the summit" tells what he said, told elsewhere; who spoke is no news of it.
SPEECH_LEMMAS = {"say", "tell", "add", "note", "stress", "announce"}
# What a joint appearance after talks is called: "a joint press conference with X".
BRIEFING_NOUNS = {"conference", "briefing", "stakeout", "statement", "appearance"}
CHAIR_NOUNS = {"chairmanship", "chairship", "chair", "presidency", "co-chairmanship"}
PRESENCE_NOUNS = {"presence", "auspices"}


def the_country(reading: Reading, token: Token) -> list[Actor]:
    """ "Naruhito last visited the country in 2008": the country named last before, or the
    country of the city named last ("arrived in Jakarta")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for c in token.children if c.dep_ == "prep" for g in c.children]
    if not any(o.lower_ == "country" and definite(o) for o in objects):
        return []
    countries = [a for a in reading.actors if a.kind == "country" and a.end <= token.i]
    cities = [p for p in reading.places if p.country and p.end <= token.i]
    named = [(a.start, a.id, a.text) for a in countries] + [
        (p.start, p.country, p.text) for p in cities
    ]
    if not named:
        return []
    start, code, text = max(named)
    return [Actor("country", code, start, start + 1, text, country=code, implicit=True)]


def definite(noun: Token) -> bool:
    """ "The country", "this visit", "that call": a noun that names one told before."""
    return any(c.lower_ in ("the", "this", "that") for c in noun.children)


def joined_by(reading: Reading, token: Token) -> list[Actor]:
    """ "They held two hours of talks at the party headquarters, joined by Moon's national
    security adviser Chung Eui-yong and spy chief Suh Hoon, and on the North's side by ...":
    whoever joined the event's people took part, in office whatever their title."""
    verb = (
        token
        if token.pos_ == "VERB"
        else next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    )
    if verb is None:
        return []
    if _joined_for(token, verb):
        return _joined_for_it(reading, token, verb)
    joining = [
        child
        for child in verb.children
        if child.lemma_ in JOINING_VERBS
        and child.dep_ in ("advcl", "conj")
        and any(grandchild.dep_ == "agent" for grandchild in child.children)
        # "Before the two leaders were joined by Guterres for a trilateral meeting": a
        # clause of its own, another event.
        and not any(
            grandchild.dep_ in ("nsubj", "nsubjpass", "mark") for grandchild in child.children
        )
    ]
    return [
        replace(actor, role_kind="official") if actor.role_kind in (None, "other") else actor
        for child in joining
        for actor in reading.actors_within(child.i, child.right_edge.i + 1)
        if actor.kind == "person" and actor.id
    ]


def _joined_for(token: Token, verb: Token) -> bool:
    """ "They were then joined for expanded talks by Pompeo, Kelly and Bolton"."""
    preposition = token.head
    return verb.lemma_ in JOINING_VERBS and preposition.lower_ == "for" and preposition.head == verb


def _joined_for_it(reading: Reading, token: Token, verb: Token) -> list[Actor]:
    joined = [
        actor
        for subject in verb.children
        if subject.dep_ in SUBJECT_DEPS
        for actor in actors_under(reading, subject, token, frozenset())
    ]
    # The parse hangs the first "by" on the event word, the next on the verb: whoever is
    # named after the event word in the sentence joined it.
    joining = [
        replace(actor, role_kind="official") if actor.role_kind in (None, "other") else actor
        for actor in reading.actors_within(token.i + 1, token.sent.end)
        if actor.kind == "person" and actor.id
    ]
    return joined + joining


def doers_at(reading: Reading, token: Token) -> list[Actor]:
    """ "Paraguayan President Santiago Pena handed the bloc's rotating presidency to Uruguay's
    Luis Lacalle Pou at the meeting, which was also attended by ...": who did something at a
    gathering, and to whom, were there."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in ("at", "during"):
        return []
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.lemma_ in SPEECH_LEMMAS:
        return []
    words = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    words += [
        o for c in verb.children if c.dep_ == "dative" or c.lower_ == "to" for o in c.children
    ]
    indices = {t.i for word in words for t in word.subtree}
    return [a for a in reading.actors if a.start in indices and a.kind == "person" and a.id]


def ceremony_guests(verb: Token) -> list[Token]:
    """ "The agreement was signed at a ceremony attended by Dar, Muttaqi and Saidov", "handed
    over the instrument at a ceremony hosted by Stoltenberg"."""
    # The parser may hang "at a ceremony" on what was signed or handed over.
    words = [verb, *(obj for obj in verb.children if obj.dep_ == "dobj")]
    return [
        guest
        for word in words
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "during")
        for place in prep.children
        for clause in place.children
        if clause.dep_ == "acl" and clause.lemma_ in ("attend", "host", "witness", "chair")
        for agent in clause.children
        if agent.dep_ == "agent"
        for guest in agent.children
    ]


def among_subjects(verb: Token) -> list[Token]:
    """ "Biden, Sunak and Macron were among the leaders attending": who "were among" them."""
    for copula in list(verb.ancestors)[:3]:
        if copula.lemma_ == "be" and any(
            c.dep_ == "prep" and c.lower_ == "among" for c in copula.children
        ):
            return [c for c in copula.children if c.dep_ in SUBJECT_DEPS]
    return []


def partners_of_object(verb: Token) -> list[Token]:
    """ "Shoigu signed the accord with Akar and Guterres": the parser hangs "with" on what was
    signed."""
    return [
        partner
        for obj in verb.children
        if obj.dep_ == "dobj"
        for partner in prep_objects(obj, ("with",))
    ]


def instrument_partners(verb: Token) -> list[Token]:
    """ "Handed over the instrument of accession to Blinken", "deposited the instrument of
    ratification with Blinken": the parser hangs who took it on the instrument's words."""
    documents = [obj for obj in verb.children if obj.dep_ == "dobj" and instrument_of_a_treaty(obj)]
    return [
        partner
        for document in documents
        for word in document.subtree
        for partner in prep_objects(word, ("to", "with", "from"))
    ]


def witnesses(verb: Token) -> list[Token]:
    """ "The ministers signed the memorandum as the three leaders looked on", "signed in the
    presence of X" or "under the auspices of X": who watched the signing took part in it."""
    onlookers = [
        subject
        for clause in verb.children
        if clause.dep_ == "advcl" and _is_watching(clause)
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS
    ]
    # "In the presence of the two Prime Ministers, the Agreement ... was signed by", however
    # the parser hangs the opening phrase.
    # "Under the auspices of X and Y" is the same.
    opening = [t for t in verb.sent if t.lower_ in PRESENCE_NOUNS and t.i < verb.i]
    presences = [
        p for p in prep_objects(verb, ("in", "under")) if p.lower_ in PRESENCE_NOUNS
    ] or opening
    present = [witness for presence in presences for witness in prep_objects(presence, ("of",))]
    return onlookers + present


def prep_objects(token: Token, words: tuple[str, ...]) -> list[Token]:
    """The objects of the word's prepositions among `words`: "with Akar" gives Akar."""
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in words
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _is_watching(clause: Token) -> bool:
    if clause.lemma_ in ("watch", "witness"):
        return True
    return clause.lemma_ == "look" and any(c.lower_ == "on" for c in clause.children)


def as_did_subjects(verb: Token) -> list[Token]:
    """ "Xi attended the summit, as did Milei", "Wang was present, as was Zhang": who did the
    same."""
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.lemma_ in ("do", "be")
        and any(mark.lower_ == "as" for mark in clause.children)
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS
    ]


def gathered_arguments(token: Token) -> list[tuple[Token, str]]:
    """ "The summit brought together Xi, Modi and Ramaphosa": whom the event gathered."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in GATHERING_VERBS:
        return []
    return [(obj, "dobj") for obj in verb.children if obj.dep_ in ("dobj", "prt")]


def host_arguments(token: Token) -> list[tuple[Token, str]]:
    """ "The summit, hosted by Prime Minister Abe": who hosts or chairs it takes part."""
    found = [(chair, "by") for chair in _chaired_under(token)]
    clauses = [*token.children, *_trailing_participles(token), *_place_clauses(token)]
    participles = [c for c in clauses if c.dep_ in ("acl", "advcl")]
    # "Held in Sochi and co-chaired with el-Sisi": the participles joined by "and" too.
    participles += [c for p in participles for c in p.children if c.dep_ == "conj"]
    for clause in participles:
        if clause.lemma_ in HOSTING_VERBS:
            found.extend((host, "by") for host in _agents(clause))
            # "The summit, held in Sochi and co-chaired with President el-Sisi".
            found.extend((partner, "with") for partner in prep_objects(clause, ("with",)))
    found.extend((host, "nsubj") for host in _relative_hosts(token))
    found.extend((host, "by") for host in _passive_hosts(token))
    return found


def _passive_hosts(token: Token) -> list[Token]:
    """ "The meeting was facilitated by Gonsalves ... and Skerrit", "was chaired by X"."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lemma_ not in HOSTING_VERBS:
        return []
    return _agents(verb)


def _agents(verb: Token) -> list[Token]:
    """Whom a passive verb's "by" names: "hosted by Abe", "facilitated by Gonsalves"."""
    return [
        obj
        for agent in verb.children
        if agent.dep_ == "agent"
        for obj in agent.children
        if obj.dep_ == "pobj"
    ]


def _relative_hosts(token: Token) -> list[Token]:
    """ "The Russia-Africa Summit that President Putin will host in St Petersburg"."""
    return [
        subject
        for clause in token.children
        if clause.dep_ == "relcl"
        and clause.lemma_ in HOSTING_VERBS
        and any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]


def _chaired_under(token: Token) -> list[Token]:
    """ "The Meeting was held ... under the chairmanship of Sultan Hassanal Bolkiah"."""
    if token.dep_ not in ("nsubjpass", "nsubj"):
        return []
    return [
        chair
        for office in prep_objects(token.head, ("under",))
        if office.lemma_.lower() in CHAIR_NOUNS
        for chair in prep_objects(office, ("of",))
    ]


def _place_clauses(token: Token) -> list[Token]:
    """ "Talks in the Spanish capital between X and Y, brokered by Stoltenberg": the parser
    hangs the participle on the place."""
    return [
        clause
        for place in prep_objects(token, ("in", "at"))
        for clause in place.children
        if clause.dep_ == "acl"
    ]


def _trailing_participles(token: Token) -> list[Token]:
    """ "Took part in a summit in Dar es Salaam in February, co-chaired by Ruto": the parser
    hangs the participle on the verb whose "in" phrase names the summit."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return []
    verb = token.head.head
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > token.i]


def partners_on_the_line(verb: Token) -> list[Token]:
    """ "Spoke by telephone with Macron": the parser may hang "with" on the telephone."""
    lines = [
        line
        for line in prep_objects(verb, ("by", "on", "over", "via"))
        if line.lower_ in ("telephone", "phone", "video", "videoconference", "videolink")
    ]
    return [partner for line in lines for partner in prep_objects(line, ("with", "to"))]


def partners_at_the_conference(reading: Reading, token: Token) -> list[Actor]:
    """ "Addressing a joint press conference with his Iranian counterpart after talks at the
    Foreign Office, Jilani said": the talks were with the same partner."""
    verb = token.head.head
    if token.dep_ != "pobj" or token.head.lower_ not in ("after", "following"):
        return []
    conferences = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in BRIEFING_NOUNS]
    return [
        actor
        for conference in conferences
        for partner in prep_objects(conference, ("with",))
        for actor in actors_under(reading, partner, token, frozenset())
    ]


def partners_after_topic(preposition: Token) -> list[Token]:
    """ "Talks on the boundary question with Doval", "talks in the Spanish capital between
    Erdogan, Niinisto and Andersson": the parser hangs the partners on the topic or place."""
    return [
        partner
        for topic in preposition.children
        if topic.dep_ == "pobj"
        for partner in prep_objects(topic, ("with", "between"))
    ]


def spoken_to_during(reading: Reading, verb: Token, token: Token) -> list[Actor]:
    """ "Luxon raised human rights and cyber security with Li Qiang during talks": whom the
    speaker raised it with took part too (the parser may hang "with" on the last topic); so
    did whom they told ("Putin told Xi during their talks that ...")."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("during", "at") or token.head.head != verb:
        return []
    if verb.lemma_ in ADDRESS_VERBS:
        told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        return [a for c in told for a in actors_under(reading, c, token, frozenset())]
    if token.head.lower_ != "during":
        return []
    topics = [c for c in verb.children if c.dep_ == "dobj"]
    topics += [c for topic in topics for c in topic.conjuncts]
    partners = [p for word in (verb, *topics) for p in prep_objects(word, ("with",))]
    return [a for p in partners for a in actors_under(reading, p, token, frozenset())]
