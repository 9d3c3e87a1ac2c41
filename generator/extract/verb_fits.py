"""Whether an event verb is used of an event: "met Putin", not "met the targets"; "called
Putin", not "called for restraint"; "signed an agreement", not "signed a bill"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.lexicon import AGREEMENT_NOUNS, PHONE_WORDS
from generator.extract.reading import Reading

NOT_A_CALL = {"for", "on", "upon", "off", "out", "in", "back"}
PERSONAL_PRONOUNS = {"him", "her", "them", "he", "she", "they"}
NAMING_DEPS = {"oprd", "xcomp", "ccomp", "attr", "acomp"}
CALL_ON = {"on", "upon"}
# Handing over a treaty's instrument is a state's act of joining or ratifying it.
INSTRUMENT_VERBS = {"deposit", "hand", "receive", "submit", "present", "deliver", "lodge"}
INSTRUMENT_KINDS = {"accession", "ratification", "acceptance", "approval", "adherence"}
SIGNATURE_VERBS = {"put", "affix", "set", "place", "append"}


def objects_of(token: Token) -> list[Token]:
    """The verb's objects; "received at Al-Yamamah Palace today President Xi Jinping" may
    parse the name after the time as a noun phrase of time, or leave it unlabelled."""
    return [
        child
        for child in token.children
        if child.dep_ in ("dobj", "obj")
        or (child.dep_ in ("npadvmod", "dep") and _misparsed_object(child, token))
    ]


def _misparsed_object(child: Token, verb: Token) -> bool:
    """A name after an active verb, not the agent of "hosted by Cook Islands PM Mark Brown"."""
    passive = any(c.dep_ in ("agent", "auxpass") for c in verb.children)
    named = child.pos_ == "PROPN" and child.ent_type_ == "PERSON"
    return child.i > verb.i and not passive and named


def _has_actor(token: Token, reading: Reading) -> bool:
    """Someone is named or titled in the phrase, or it is a pronoun ("met him")."""
    if token.pos_ == "PRON":
        return True
    titled = {i for title in reading.titles for i in range(title.start, title.end)}
    return any(reading.actors_at(t.i) or t.i in titled for t in token.subtree)


def _meets_someone(token: Token, reading: Reading) -> bool:
    """ "Met Pompeo", "met with him", "the two met": not "met the targets"."""
    objects = objects_of(token)
    return not objects or any(_has_actor(obj, reading) for obj in objects)


def _sits_down_together(token: Token, reading: Reading) -> bool:
    """ "They last sat down together in Bali", "sat down with Xi", "sat across the table from
    Lavrov": a meeting."""
    children = {child.lower_ for child in token.children}
    together = "together" in children or any(
        c.lower_ == "with" and _has_actor(c, reading) for c in token.children
    )
    across = any(c.lower_ == "from" and _has_actor(c, reading) for c in token.children)
    return ("down" in children and together) or ("across" in children and across)


def _calls_someone(token: Token, reading: Reading) -> bool:
    """ "Trump called Putin", not "called for talks" or "called the talks useful"."""
    children = list(token.children)
    objects = objects_of(token)
    # "Biden called Albanese on Tuesday to tell him": a name parsed as what he was called.
    if not objects and [c.dep_ for c in children].count("oprd") == 1:
        objects = [c for c in children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
        children = [c for c in children if c not in objects]
    if any(c.dep_ in NAMING_DEPS or (c.lower_ in NOT_A_CALL and not _a_time(c)) for c in children):
        return False
    if any(c.dep_ in NAMING_DEPS for obj in objects for c in obj.children):
        return False
    return bool(objects) and all(_is_actor(obj, reading) for obj in objects)


def _a_time(preposition: Token) -> bool:
    """ "Called Albanese on Tuesday": "on" a day, not "called on" someone."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in preposition.children)


def _is_actor(token: Token, reading: Reading) -> bool:
    """The word itself names someone: "called Putin", "called him", not "called the talks"."""
    return token.lower_ in PERSONAL_PRONOUNS or bool(reading.actors_at(token.i))


def calls_on_someone(token: Token, reading: Reading) -> bool:
    """ "Lavrov called on Xi": a courtesy meeting; not "called on Xi to act", an appeal."""
    if any(child.dep_ in NAMING_DEPS or child.lower_ == "for" for child in token.children):
        return False
    if any(w.dep_ == "aux" and w.lower_ == "to" and w.head != token for w in token.subtree):
        return False  # "called on Xi to end the war", however the parser attaches "to end"
    # "Is scheduled to call on Modi" may parse "on" bare and Modi as the verb's object.
    bare = [c for c in token.children if c.lower_ in CALL_ON and not list(c.children)]
    objects = [c for c in token.children if c.dep_ == "dobj"] if bare else []
    # "Called on Caretaker Prime Minister Anwaar-ul-Haq Kakar": the name hangs on the title.
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in CALL_ON
        and any(_is_actor(word, reading) for word in obj.subtree)
        for prep in token.children
        for obj in prep.children
        if obj.dep_ == "pobj" and not any(c.dep_ in NAMING_DEPS for c in obj.children)
    ) or any(_is_actor(obj, reading) for obj in objects)


def _receives_someone(token: Token, reading: Reading) -> bool:
    """ "Xi received Putin", "Sall was received by Putin"; not "China welcomes Modi to attend
    the summit", an invitation."""
    invited = any(
        c.dep_ in ("xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children
    )
    hosts = [obj for agent in token.children if agent.dep_ == "agent" for obj in agent.children]
    received = objects_of(token) + [c for c in token.children if c.dep_ == "nsubjpass"]
    # "X, accompanied by Y, was received today in Sochi by Putin" (however the subject parses).
    # "Was received by Wang Yi for talks": the talks are the event.
    purpose = any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
    passive = (
        not purpose
        and any(_names_a_guest(host, reading) for host in hosts)
        and any(_names_a_guest(guest, reading) for guest in received)
    )
    # "Received the Greek Foreign Minister, Nikos Dendias": the name hangs on the title.
    guests = [w for o in objects_of(token) for w in (o, *o.children) if w is o or w.dep_ == "appos"]
    return not invited and (passive or any(_is_actor(guest, reading) for guest in guests))


def _names_a_guest(token: Token, reading: Reading) -> bool:
    """A pronoun, or a person or country named in the phrase: not "the EU leaders"."""
    if token.lower_ in PERSONAL_PRONOUNS:
        return True
    if token.lower_ in ("who", "whom") and token.head.dep_ == "relcl":
        token = token.head.head  # "Xi, who was hosted in Riyadh by the crown prince"
    return any(
        actor.kind in ("person", "country") and actor.id
        for t in token.subtree
        for actor in reading.actors_at(t.i)
    )


def _signs_agreement(token: Token, reading: Reading) -> bool:
    """ "Signed an agreement", "the deal was signed by ...", "a joint declaration signed on
    Wednesday", and "X signed on behalf of the government" just after a deal was named."""
    if signed_document(token):
        return True
    objects = objects_of(token) + [c for c in token.children if c.dep_ == "nsubjpass"]
    if any(_named_document(obj) for obj in objects):
        return True  # "the Black Sea Grain Initiative was signed by ..."
    if not objects and _for_a_side(token) and _deal_named_before(token):
        return True
    # "In the presence of the two Prime Ministers, the Agreement ... was signed by X and Y",
    # however the parser hangs the agreement.
    passive = any(c.dep_ == "auxpass" for c in token.children)
    agent = any(c.dep_ == "agent" for c in token.children)
    before = token.doc[token.sent.start : token.i]
    if passive and agent and any(t.lemma_.lower() in AGREEMENT_NOUNS for t in before):
        return True
    # "The agreement was announced in Beijing. It was signed by Shamkhani, al-Aiban and Wang".
    pronoun = any(c.dep_ == "nsubjpass" and c.lower_ in ("it", "this") for c in token.children)
    return passive and agent and pronoun and _deal_named_before(token)


def signed_document(token: Token) -> bool:
    """ "Signed an agreement", "MoUs were exchanged", "a joint declaration signed on ...": the
    verb's object, passive subject or the noun its clause describes is a document."""
    nouns = objects_of(token) + [c for c in token.children if c.dep_ == "nsubjpass"]
    if token.dep_ in ("acl", "relcl"):  # "the declaration that the two leaders signed"
        nouns.append(token.head)
    return any(t.lemma_.lower() in AGREEMENT_NOUNS for noun in nouns for t in _noun_words(noun))


def hands_an_instrument(token: Token) -> bool:
    """ "Handed over the country's instrument of accession to Blinken", "deposited Turkey's
    instrument of ratification", "the instruments were deposited": a state joins a treaty."""
    if token.lemma_.lower() not in INSTRUMENT_VERBS:
        return False
    documents = objects_of(token) + [c for c in token.children if c.dep_ == "nsubjpass"]
    return any(instrument_of_a_treaty(document) for document in documents)


def puts_a_signature(token: Token) -> bool:
    """ "X and Y put their signatures to the document", "affixed his signature on the
    accord": a signing, told without the verb "sign"."""
    if token.lemma_.lower() not in SIGNATURE_VERBS:
        return False
    signed = any(obj.lemma_.lower() == "signature" for obj in objects_of(token))
    on_a_text = any(c.dep_ == "prep" and c.lower_ in ("to", "on") for c in token.children)
    return signed and on_a_text


def instrument_of_a_treaty(noun: Token) -> bool:
    """ "The instrument of accession", "the formal accession documents"."""
    kinds = [
        grand.lemma_.lower()
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for grand in prep.children
    ]
    kinds += [child.lemma_.lower() for child in noun.children if child.dep_ == "compound"]
    document = noun.lemma_.lower() in ("instrument", "document")
    return document and any(kind in INSTRUMENT_KINDS for kind in kinds)


def _noun_words(noun: Token) -> list[Token]:
    """The noun and what it governs, not a clause describing it ("the declaration signed")."""
    return [noun, *(t for c in noun.children if c.dep_ not in ("acl", "relcl") for t in c.subtree)]


def _named_document(noun: Token) -> bool:
    """ "The Black Sea Grain Initiative": a document's own name, with its article."""
    named = noun.pos_ == "PROPN" and any(c.dep_ == "compound" for c in noun.children)
    return named and any(c.lower_ == "the" for c in noun.children)


def _for_a_side(token: Token) -> bool:
    """ "Signed on behalf of the federal government", "signed for the Tigrayan side"."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "for") for c in token.children)


def _deal_named_before(token: Token) -> bool:
    sentence = token.sent
    start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    return any(t.lemma_.lower() in AGREEMENT_NOUNS for t in token.doc[start : token.i])


def _speaks_by_phone(token: Token, reading: Reading) -> bool:
    """ "Spoke by phone", "talked over the telephone", "spoke via video link" ("had spoken by
    telephone" may parse "by" as a passive's agent)."""
    return any(
        prep.dep_ in ("prep", "agent")
        and prep.lower_ in ("by", "on", "over", "via")
        and any(t.lower_ in PHONE_WORDS | {"phone", "link"} for t in prep.subtree)
        for prep in token.children
    )


def speaks_with_someone(token: Token, reading: Reading) -> bool:
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("with", "to") and _has_actor(prep, reading)
        for prep in token.children
    )


# What a verb needs around it to report an event, by lemma.
VERB_FITS: dict[str, Callable[[Token, Reading], bool]] = {
    "meet": _meets_someone,
    "sit": _sits_down_together,
    "call": _calls_someone,
    "receive": _receives_someone,
    "host": _receives_someone,
    "welcome": _receives_someone,
    "sign": _signs_agreement,
    "exchange": lambda token, reading: signed_document(token),
    "speak": _speaks_by_phone,
    "talk": _speaks_by_phone,
    "discuss": _speaks_by_phone,  # "discussed the conflict by phone"
    "confer": _speaks_by_phone,
}
