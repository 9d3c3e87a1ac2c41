"""Which people, countries and organizations an argument of an event word names.

"Lavrov and Pompeo" names two people; "the Presidents of Russia and the United States"
two offices; "Modi, accompanied by Jaishankar" both; "who", "he", "the two leaders" the
people they stand for.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.cues import SPEECH_VERBS
from generator.extract.lexicon import SIDE_NOUNS
from generator.extract.members import is_group, members_of
from generator.extract.reading import Actor, Reading
from generator.extract.recent_people import joined_in_sentence, last_two, subject_pair

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
COUNTRY_LABELS = {"COUNTRY", "CAPITAL", "SEAT", "DEMONYM", "GPE", "NORP"}
HYPHENS = {"-", "–", "—"}
LEADING_VERBS = {"accompany", "lead", "head", "join"}
RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}
THIRD_PERSON = {"he", "she", "him", "her", "his"}
PLURAL_PRONOUNS = {"they", "them", "their"}
# People "from" a country who stand for it: "delegations from Ukraine and Russia".
FROM_NOUNS = {"delegation", "official", "envoy", "representative", "negotiator", "diplomat"}


def actors_under(
    reading: Reading, argument: Token, trigger: Token, others: frozenset[int]
) -> list[Actor]:
    """Actors named in an argument, not in clauses nested inside it; pronouns resolved."""
    if argument.lower_ in RELATIVE_PRONOUNS and argument.head.dep_ == "relcl":
        # "Blinken and Lavrov, who met in Reykjavik": the people the clause describes.
        argument = argument.head.head
        while argument.dep_ == "conj" and argument.head.i != argument.i:
            argument = argument.head
    elif argument.pos_ == "PRON" or _is_the_two(argument):
        # "Since he and President Biden met in Bali": the pronoun's person and who is joined to it.
        joined = [child for child in argument.children if child.dep_ == "conj"]
        named = [a for c in joined for a in actors_under(reading, c, trigger, others)]
        return _pronoun_actors(reading, argument) + named
    group = _group_in(argument)
    members = members_of(reading, group) if group is not None else []
    indices = _argument_indices(argument, trigger, others)
    actors = [a for a in reading.actors if _named_in(a, indices)]
    if group is not None and members:
        # "The leaders" are the group's members, not the last two people named.
        actors = [a for a in actors if not (a.start == group.i and a.end == a.start + 1)]
    named = [a for a in actors if not (a.implicit and a.kind == "country") or _modifies(a, trigger)]
    return named + members


def _group_in(argument: Token) -> Token | None:
    """ "The delegation", or "(signed) by the heads of the delegations"."""
    if argument.dep_ == "agent":
        argument = next((c for c in argument.children if c.dep_ == "pobj"), argument)
    return argument if is_group(argument) else None


def _named_in(actor: Actor, indices: set[int]) -> bool:
    """An actor's name is among the words, or the title the text gives them is."""
    if any(i in indices for i in range(actor.start, actor.end)):
        return True
    words = actor.title_words
    return words is not None and any(i in indices for i in range(*words))


def _argument_indices(argument: Token, trigger: Token, others: frozenset[int]) -> set[int]:
    """The words of an argument that can name a side: the word, its conjuncts ("X and Y"),
    names in apposition, and "of" phrases ("the Presidents of Russia and the United States")."""
    indices: set[int] = set()
    stack = [argument, *_coordinated_in_name(argument)]
    while stack:
        token = stack.pop()
        if token.i == trigger.i or token.i in others or token.i in indices:
            continue
        indices.add(token.i)
        stack.extend(child for child in token.children if _continues(child))
    return indices


def _coordinated_in_name(subject: Token) -> list[Token]:
    """ "U.S. President Donald Trump and Russian President Vladimir Putin held a summit",
    parsed as one long name of Putin: the words joined by "and" inside it name a side too."""
    if subject.dep_ not in SUBJECT_DEPS or subject.pos_ != "PROPN":
        return []
    return [
        child
        for child in subject.children
        if child.dep_ == "compound" and any(token.dep_ == "cc" for token in child.subtree)
    ]


def _continues(child: Token) -> bool:
    if child.dep_ in ("conj", "pobj", "cc") or _accompanying(child):
        return True
    if child.head.pos_ == "PROPN" and _names_coordinated_inside(child):
        return True
    if child.dep_ == "appos":
        # "Wang Yi, the foreign minister": a name beside a title, not beside a country.
        return child.pos_ == "PROPN" and child.head.ent_type_ not in COUNTRY_LABELS
    if child.dep_ == "prep":
        # "Leaders including Xi and Modi", "leaders such as Xi", "delegations from Ukraine
        # and Russia"
        if child.lower_ == "from":
            return _sent_by_governments(child.head)
        return child.lower_ in ("of", "as", "including")
    if child.dep_ == "amod":
        # "The Russian-Indian summit": the first demonym hangs on the second.
        return child.head.lemma_.lower() in SIDE_NOUNS or _before_hyphen(child)
    if child.dep_ != "compound":
        return False
    # "Sergey Lavrov" is one name; "Lavrov-Pompeo" two.
    return child.head.pos_ != "PROPN" or _before_hyphen(child)


def _sent_by_governments(noun: Token) -> bool:
    """ "Delegations from Ukraine and Russia" stand for them; "student delegations from South
    Korea and Taiwan" do not."""
    kinds = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    return noun.lemma_.lower() in FROM_NOUNS and kinds <= {"government", "official", "senior"}


def _names_coordinated_inside(child: Token) -> bool:
    """ "Minister Hakan Fidan and Energy Minister Alparslan Bayraktar", parsed as one name whose
    first half hangs as a modifier of the second's title."""

    def coordinated(token: Token) -> bool:
        return token.dep_ == "nmod" and any(t.dep_ == "cc" for t in token.subtree)

    if child.dep_ == "compound":
        return any(coordinated(grandchild) for grandchild in child.children)
    return coordinated(child)


def _accompanying(child: Token) -> bool:
    """ "Modi, accompanied by Jaishankar, met Xi", "Biden, along with Blinken, met Erdogan",
    "a delegation led by Yermak"."""
    if child.lemma_ in LEADING_VERBS and child.dep_ in ("acl", "advcl", "relcl"):
        return True  # "a Ukrainian delegation led by Andriy Yermak"
    if child.dep_ == "agent" and child.head.lemma_ in LEADING_VERBS:
        return True
    if child.dep_ == "prep" and child.lower_ in ("along", "together"):
        return True  # "along with": the parse hangs "with" on "along"
    along = any(word.lower_ in ("along", "together") for word in child.children)
    return (
        child.dep_ == "prep" and child.lower_ == "with" and (along or child.head.lower_ == "along")
    )


def _modifies(actor: Actor, trigger: Token) -> bool:
    """A demonym is a side when it modifies the event word itself ("Russian-American talks"),
    or the demonym hyphened to it ("the Russian-Indian summit", parsed Russian -> Indian)."""
    for token in trigger.doc[actor.start : actor.end]:
        if token.head.i == trigger.i:
            return True
        if _before_hyphen(token) and token.dep_ == "amod" and token.head.head.i == trigger.i:
            return True
    return False


def _before_hyphen(token: Token) -> bool:
    """ "Lavrov-Pompeo", "Russian-Indian": the word is the first half of a hyphened pair."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in HYPHENS


def _is_the_two(token: Token) -> bool:
    """ "The two", and "the two men" (no title of an office, as "the two leaders" is)."""
    words = {child.lower_ for child in token.children}
    if token.lower_ in ("men", "women"):
        return {"the", "two"} <= words
    return token.lower_ == "two" and "the" in words


def _pronoun_actors(reading: Reading, pronoun: Token) -> list[Actor]:
    """ "He" is the last person named before; "they" and "the two" the last two."""
    said_by = [a for a in reading.actors_at(pronoun.i) if a.kind == "person"]
    if said_by:
        return said_by  # "I" in a quote: whoever said it
    before = [a for a in reading.people_before(pronoun.i) if a.id]
    if pronoun.lower_ in THIRD_PERSON:
        return [antecedent(reading, pronoun)] if before else []
    if _subject_is_antecedent(pronoun) or _group_named_before(pronoun):
        return []  # "Leaders of the G20 opened their summit": their = the leaders, named there
    reporters = _reporting_subject(pronoun)
    if reporters is not None:
        # "The union and the alliance said they would meet again": they = those who said it.
        words = {token.i for token in reporters.subtree}
        return [a for a in reading.actors if a.start in words and a.kind != "organization"]
    if pronoun.lower_ in PLURAL_PRONOUNS or _is_the_two(pronoun):
        return (
            joined_in_sentence(reading.doc, before, pronoun.i)
            or subject_pair(reading.doc, before, pronoun.i)
            or last_two(before)
        )
    return []


def _reporting_subject(pronoun: Token) -> Token | None:
    """The plural subject of the verb of saying whose clause "they" opens."""
    clause = pronoun.head
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    return speaker if plural else None


def _group_named_before(pronoun: Token) -> bool:
    """ "Leaders agreed to elevate relations. Their discussions focused on trade": "their" is
    the group the sentence before was about, not the last two people named."""
    sentence = pronoun.sent
    if pronoun.lower_ != "their" or pronoun.i - sentence.start > 1 or sentence.start == 0:
        return False
    previous = pronoun.doc[sentence.start - 1].sent.root
    subjects = [c for c in previous.children if c.dep_ in SUBJECT_DEPS]
    return any(subject.tag_ == "NNS" for subject in subjects)


def _subject_is_antecedent(pronoun: Token) -> bool:
    """A possessive "their" after the subject of its own clause stands for that subject."""
    if pronoun.dep_ != "poss" or pronoun.lower_ != "their":
        return False
    verb = pronoun.head.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
    return any(subject.pos_ in ("NOUN", "PROPN") for subject in subjects)


def antecedent(reading: Reading, pronoun: Token, outside: tuple[int, int] = (0, 0)) -> Actor:
    """Whom "he" or "she" stands for: the subject of the sentence, or the one before, that
    named a person last ("Takaichi welcomed Lee and said that she"), else the last person;
    never one named between the token indices `outside` gives (a quote "he" attributes)."""
    later = _later_subject(reading, pronoun)
    if later is not None:
        return later
    doer = _clause_doer(reading, pronoun)
    people = [a for a in reading.people_before(pronoun.i) if a.id and a.id not in doer]
    before = [a for a in people if not outside[0] <= a.start < outside[1]] or people
    if not before:
        return [a for a in reading.people_before(pronoun.i) if a.id][-1]
    first_sentence = pronoun.sent.start
    if first_sentence > 0:
        first_sentence = reading.doc[first_sentence - 1].sent.start
    near = [a for a in before if a.start >= first_sentence]
    subjects = [a for a in near if _is_subject(reading, a)]
    # "Pakistan is the last stop of a tour that began in Malaysia, where Erdogan held talks
    # with Anwar. On Wednesday he was in Indonesia": the subject of a clause, if not the main.
    clause_subjects = [a for a in near if _is_subject(reading, a, main_only=False)]
    chosen = (subjects or clause_subjects or before)[-1]
    return _reported_rather_than_reporter(pronoun, chosen, clause_subjects)


def _clause_doer(reading: Reading, pronoun: Token) -> set[str]:
    """ "The monarch spoke with him": whoever "him" or "her" is, not the subject of its own
    clause (that would be "himself")."""
    if pronoun.lower_ not in ("him", "her") or pronoun.dep_ not in ("pobj", "dobj", "dative"):
        return set()
    verb = next((word for word in pronoun.ancestors if word.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set()
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # "King Mohammed VI will not receive Sánchez, although the monarch spoke with him": a
    # subject told by a common noun is the sentence's subject, told again.
    if any(s.pos_ == "NOUN" and any(c.lower_ == "the" for c in s.children) for s in subjects):
        subjects += [c for c in pronoun.sent.root.children if c.dep_ in SUBJECT_DEPS]
    words = {token.i for subject in subjects for token in subject.subtree}
    return {a.id for a in reading.actors if a.start in words and a.id}


def _reported_rather_than_reporter(pronoun: Token, chosen: Actor, clauses: list[Actor]) -> Actor:
    """ "The Spokesperson said the Secretary-General will travel to Japan. He is scheduled to
    meet Kishida": "he" does what the spokesperson reported, unless "he said" again."""
    acting = pronoun.dep_ in ("nsubj", "nsubjpass") and pronoun.head.lemma_ not in SPEECH_VERBS
    if chosen.role_kind != "spokesperson" or not acting:  # "according to him": the speaker
        return chosen
    reported = [a for a in clauses if a.start > chosen.start and a.role_kind != "spokesperson"]
    return reported[-1] if reported else chosen


def _later_subject(reading: Reading, pronoun: Token) -> Actor | None:
    """ "At his news conference, Putin said": a possessive before the subject it stands for."""
    if pronoun.lower_ not in ("his", "her") or pronoun.head.dep_ == "ROOT":
        return None
    sentence = pronoun.sent
    for actor in reading.actors_within(pronoun.i + 1, sentence.end):
        if actor.kind == "person" and actor.id and _is_subject(reading, actor):
            clause = reading.doc[actor.start : actor.end].root.head
            return actor if pronoun in clause.subtree else None
    return None


def _is_subject(reading: Reading, actor: Actor, main_only: bool = True) -> bool:
    """The subject of a main clause: "Geng commented ..., after Trump threatened" -> Geng."""
    root = reading.doc[actor.start : actor.end].root
    while root.dep_ in ("conj", "appos", "compound") and root.head.i != root.i:
        root = root.head
    verb = root.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return root.dep_ in ("nsubj", "nsubjpass") and (main or not main_only)
