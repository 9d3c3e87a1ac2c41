"""Whether "X spoke with Y" was a call: the article's title, the sentence, the readout so far
or the next sentence calls it one ("Putin spoke with Macron, who had requested the call",
"Netanyahu spoke with Biden. Harris also took part in the conversation"); and whether a
"conversation" told beside a call was one."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.attendance import definite
from generator.extract.datelines import dateline_end
from generator.extract.lexicon import PLACE_LABELS
from generator.extract.reading import Reading

PHONE_TITLE_WORDS = ("call", "phone", "telephone")


def told_as_a_call(token: Token, reading: Reading) -> bool:
    """The speaking the verb tells was by phone, by what the text around it says."""
    return (
        _call_named_beside(token)
        or _call_told_before(token, reading)
        or _call_named_next(token, reading)
    )


def _call_told_before(token: Token, reading: Reading) -> bool:
    """ "Modi held a telephone conversation with Putin ... The Kremlin said Putin had also
    spoken to Lula": a readout of calls goes on with calls, unless the sentence names a place."""
    sentence = token.sent
    if _spoken_somewhere(token, reading):
        return False
    return any(
        t.lower_ in ("phone", "telephone") or (t.lemma_ == "call" and t.pos_ == "NOUN")
        for t in token.doc[: sentence.start]
    )


def _call_named_next(token: Token, reading: Reading) -> bool:
    """ "Netanyahu spoke with Biden. Harris also took part in the conversation": the next
    sentence calls it a call, and the speaking names no place."""
    sentence = token.sent
    if sentence.end >= len(token.doc) or _spoken_somewhere(token, reading):
        return False
    following = token.doc[sentence.end].sent
    return any(
        t.lower_ in ("phone", "telephone")
        or (t.lemma_ in ("call", "conversation") and t.pos_ == "NOUN" and definite(t))
        for t in following
    )


def _spoken_somewhere(token: Token, reading: Reading) -> bool:
    """A place the speaking is told at ("spoke with Scholz in Berlin"); not the dateline, nor
    a place in a clause about something else ("the journalist shot dead near Nairobi")."""
    sentence = token.sent
    start = max(sentence.start, dateline_end(token.doc))
    for place in reading.places_within(start, sentence.end):
        root = token.doc[place.start : place.end].root
        between = [a for a in root.ancestors if token in a.ancestors]
        if token in root.ancestors and not any(a.dep_ in ("relcl", "acl") for a in between):
            return True
    return False


def _call_named_beside(token: Token) -> bool:
    """ "Putin spoke with Macron, who had requested the call": the sentence calls it a call."""
    return any(
        t.lemma_.lower() in PHONE_TITLE_WORDS and t.pos_ == "NOUN" and t.i != token.i
        for t in token.sent
    )


def beside_a_call(word: Token, calls: list[int]) -> bool:
    """ "The call followed Lee's first conversation with Trump and a call with Ishiba": a
    conversation told in a sentence with a call noun, and in no place, is a call too."""
    sentence = word.sent
    if not any(sentence.start <= index < sentence.end for index in calls):
        return False
    return not any(token.ent_type_ in PLACE_LABELS for token in word.subtree)
