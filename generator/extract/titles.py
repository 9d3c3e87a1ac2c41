"""Official titles in the text ("US Secretary of State", "the Russian President") and whose.

A title carries a role kind, the countries or organization it belongs to (from a demonym or
country before it, or "of <country>" after it), and whether it names a specific office holder.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from generator.extract.lexicon import (
    BODY_WORDS,
    CAPITALS_ONLY_TITLES,
    INSTITUTION_WORDS,
    NATIONAL_TITLES,
    NON_STATE_LEADER_WORDS,
    PAST_PREFIXES,
    TITLE_PREFIXES,
    TITLES,
)

SMALL_WORDS = {"of", "for", "and", "the"}
# "Ministry spokesperson", "Affairs Minister", "Presidency spokesman": a state body, unnamed.
STATE_BODY_WORDS = INSTITUTION_WORDS | {"house", "presidency", "government", "palace", "affairs"}
# Words of titles ("Vice President", "Prime Minister"): no owner of the title after them.
TITLE_WORDS = {word for phrase in TITLES for word in phrase.split()} | TITLE_PREFIXES
NO_OWNER_WORDS = TITLE_WORDS | STATE_BODY_WORDS
PLURAL_WORDS = {
    *("presidents", "ministers", "leaders", "counterparts", "secretaries", "heads", "envoys"),
    *("ambassadors", "diplomats"),
}
ELECT_WORDS = {"elect", "designate"}
INDEFINITE = {"a", "an", "any", "every", "no", "each", "another", "some"}
# Offices only a government has: "Infrastructure Minister" names a portfolio, not a company.
GOVERNMENT_ONLY = {"minister", "foreign_minister", "head_of_government"}
# "Turkish Transport and Infrastructure Minister": words of a portfolio before the title.
MAX_PORTFOLIO = 4
PORTFOLIO_LINKS = {"and", "&"}
# "Head of the Office of the President": words between a title and the one it serves.
MAX_SERVED_GAP = 4


@dataclass(frozen=True, slots=True)
class Title:
    """A title phrase: `start:end` are its words, `scope_end` includes an "of <country>" tail."""

    start: int
    end: int
    scope_start: int
    scope_end: int
    text: str
    kind: str
    countries: tuple[str, ...] = ()
    organization: str | None = None
    plural: bool = False
    past: bool = False
    elect: bool = False  # "President-elect": not the office holder of the day
    definite: bool = True
    owner_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Owners:
    """Which token belongs to a country or organization name found by the ruler."""

    countries: dict[int, str]
    organizations: dict[int, str]


def title_matcher(nlp: Language) -> PhraseMatcher:
    """A matcher of every title phrase, case-insensitive."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("TITLE", [nlp.make_doc(phrase) for phrase in TITLES])
    return matcher


def find_titles(doc: Doc, matcher: PhraseMatcher, owners: Owners) -> tuple[Title, ...]:
    """Every official title in the document, longest match first, in text order."""
    spans = filter_spans(matcher(doc, as_spans=True))
    titles = [title for title in (_read_title(doc, span, owners) for span in spans) if title]
    return _absorb_served_titles(doc, titles)


def _absorb_served_titles(doc: Doc, titles: list[Title]) -> tuple[Title, ...]:
    """ "Press Secretary of the Russian President", "Chief Advisor to the President", "Head of
    the Office of the President": the second title names whom the first serves."""
    kept: list[Title] = []
    for title in titles:
        previous = kept[-1] if kept else None
        if previous and _serves(doc, previous, title):
            kept[-1] = replace(
                previous, scope_end=title.end, countries=previous.countries or title.countries
            )
            continue
        kept.append(title)
    return tuple(kept)


def _serves(doc: Doc, previous: Title, title: Title) -> bool:
    """The second title ends the "of" tail of the first ("Secretary of the Russian
    President"), or a phrase of "of" or "to" after it ("Advisor to the President")."""
    has_tail = previous.scope_end > previous.end
    if has_tail and previous.end < title.scope_start <= previous.scope_end + 1:
        return True
    between = doc[previous.scope_end : title.scope_start]
    if not 0 < len(between) <= MAX_SERVED_GAP or between[0].lower_ not in ("of", "to"):
        return False
    # Not "ambassador to Washington, and Armenia's deputy parliament speaker": another's.
    phrase = doc[previous.scope_end : title.start]
    if any(t.text == "," or t.lower_ == "and" for t in phrase):
        return False
    return all(t.lower_ in ("of", "to", "the") or t.text[:1].isupper() for t in between)


def _national(phrase: str) -> tuple[str, ...]:
    country = NATIONAL_TITLES.get(phrase)
    return (country,) if country else ()


def _abbreviated_title(doc: Doc, span: Span) -> bool:
    """ "PM Carney", "PM thanked the host": in capitals, and not the time of "at 10 PM"."""
    after_a_number = span.start > 0 and doc[span.start - 1].like_num
    return span.text.isupper() and not after_a_number


def _hyphenated_name(doc: Doc, span: Span) -> bool:
    """ "Amir-Abdollahian held talks": the first half of a name, not the Amir of a country
    ("Prime Minister-designate" is still a title)."""
    if span.end + 1 >= len(doc) or span[-1].whitespace_ or doc[span.end].text != "-":
        return False
    return doc[span.end + 1].is_title


def _read_title(doc: Doc, span: Span, owners: Owners) -> Title | None:
    phrase = " ".join(token.lower_ for token in span).replace(" - ", "-")
    kind = TITLES.get(phrase)
    if kind is None or _is_lowercase_common(span) or _hyphenated_name(doc, span):
        return None
    if phrase in CAPITALS_ONLY_TITLES and not _abbreviated_title(doc, span):
        return None
    prefix_start = _prefix_start(doc, span.start)
    prefixes = {doc[i].lower_ for i in range(prefix_start, span.start)}
    end = _elect_end(doc, span.end)
    if kind == "leader" and _party_leader(doc, prefix_start):
        return None
    if phrase == "chief" and not (owners.organizations.get(prefix_start - 1)):
        kind = "other"  # "UN chief" heads an organization; "Nvidia chief" no diplomat
    if kind not in GOVERNMENT_ONLY and _unknown_proper_owner(doc, prefix_start, owners):
        kind = "other"  # "Rivière president", "Tesla chairman": a club's or a company's
    left_countries, left_org, scope_start = _left_owner(doc, prefix_start, owners)
    right_countries, right_org, scope_end = _right_owner(doc, end, owners)
    owner_words: tuple[str, ...] = ()
    if not (left_countries or left_org):
        owner_words, scope_end = _unknown_owner(doc, end, scope_end)
    plural = any(token.lower_ in PLURAL_WORDS for token in span)
    owned = bool(left_countries or right_countries or left_org or right_org or owner_words)
    return Title(
        start=prefix_start,
        end=end,
        scope_start=scope_start,
        scope_end=scope_end,
        text=_canonical(doc[prefix_start:end]),
        kind=_kind_with_prefix(kind, prefixes),
        countries=left_countries or right_countries or _national(phrase),
        organization=left_org or right_org,
        plural=plural,
        past=bool(prefixes & PAST_PREFIXES),
        elect=end > span.end,
        definite=_is_definite(doc, scope_start)
        and not _said_of_someone(span)
        and not (plural and not owned and _bare(span)),
        owner_words=owner_words,
    )


def _elect_end(doc: Doc, end: int) -> int:
    """ "President-elect", "Prime Minister-designate": the office to come is part of the title."""
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in ELECT_WORDS:
        return end + 2
    return end


def _unknown_proper_owner(doc: Doc, start: int, owners: Owners) -> bool:
    """A proper noun right before the title that is no country or organization the archive
    knows, nor a name, a date or a form of address."""
    if start == 0:
        return False
    before = doc[start - 1]
    known = before.i in owners.countries or before.i in owners.organizations
    return (
        before.pos_ in ("PROPN", "NOUN")
        and before.text[:1].isupper()
        and not known
        and before.ent_type_ not in ("DATE", "TIME", "PERSON", "GPE", "NORP")
        and before.lower_ not in NO_OWNER_WORDS
    )


def _is_lowercase_common(span: Span) -> bool:
    """ "call the minister a liar" is fine; "ministerial" never matches; "leader" must be a noun."""
    return span[-1].pos_ not in ("NOUN", "PROPN")


def _prefix_start(doc: Doc, start: int) -> int:
    while start > 0 and doc[start - 1].lower_ in TITLE_PREFIXES:
        start -= 1
    if start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in TITLE_PREFIXES:
        start -= 2
    return start


def _kind_with_prefix(kind: str, prefixes: set[str]) -> str:
    if prefixes & {"deputy", "vice"}:
        return "diplomat" if kind == "foreign_minister" else "official"
    return kind


def _party_leader(doc: Doc, start: int) -> bool:
    window = doc[max(0, start - 3) : start]
    return any(token.lower_ in NON_STATE_LEADER_WORDS for token in window)


def _left_owner(doc: Doc, start: int, owners: Owners) -> tuple[tuple[str, ...], str | None, int]:
    """ "US Secretary of State", "China's foreign minister", "the Russian and American leaders"."""
    index = start - 1
    if index >= 0 and doc[index].tag_ == "POS":
        index -= 1
    index = _before_portfolio(doc, index, owners)
    countries: list[str] = []
    org = owners.organizations.get(index)
    scope = start
    while index >= 0:
        token = doc[index]
        if token.i in owners.countries and countries and token.dep_ == "pobj":
            break  # "ambassador to Washington, and Armenia's speaker": Armenia's only
        if token.i in owners.countries:
            countries.insert(0, owners.countries[token.i])
            scope = token.i
        elif not (token.lower_ in ("and", ",", "-") and countries):
            break
        index -= 1
    if org is not None and not countries:
        scope = _name_start(doc, index, owners.organizations)
    return tuple(dict.fromkeys(countries)), org, scope


def _before_portfolio(doc: Doc, index: int, owners: Owners) -> int:
    """ "Turkish Transport and Infrastructure Minister": the country before the portfolio."""
    first = index
    while index - first < MAX_PORTFOLIO and first >= 0 and _portfolio_word(doc[first], owners):
        first -= 1
    if first == index or first < 0 or first not in owners.countries:
        return index
    return first if doc[first + 1].lower_ not in PORTFOLIO_LINKS else index


def _portfolio_word(token: Token, owners: Owners) -> bool:
    if token.lower_ in PORTFOLIO_LINKS:
        return True
    capitalised = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN")
    return capitalised and token.i not in owners.countries and token.ent_type_ != "PERSON"


def _name_start(doc: Doc, index: int, table: dict[int, str]) -> int:
    owner = table.get(index)
    while index > 0 and table.get(index - 1) == owner:
        index -= 1
    return index


def _right_owner(doc: Doc, end: int, owners: Owners) -> tuple[tuple[str, ...], str | None, int]:
    """ "President of Russia", "Presidents of Russia and the United States", "of the UN"."""
    if end >= len(doc) or doc[end].lower_ not in ("of", "for", "from"):
        return (), None, end  # "President of Russia", "envoys from Turkey and Armenia"
    countries: list[str] = []
    org = None
    index = end + 1
    last = end
    while index < len(doc):
        token = doc[index]
        if token.i in owners.countries and _opens_a_longer_name(doc, index):
            break  # "the president of Vietnam National University": a university's
        if token.i in owners.countries:
            countries.append(owners.countries[token.i])
            last = index + 1
        elif token.i in owners.organizations and not countries:
            org = owners.organizations[token.i]
            last = index + 1
        elif token.lower_ not in ("the", "and", ",") or index - last > 1:
            break
        index += 1
    return tuple(dict.fromkeys(countries)), org, last


def _opens_a_longer_name(doc: Doc, index: int) -> bool:
    """ "Vietnam National University", "Nigeria Football Federation": the country begins the
    name of a body of its own."""
    for token in doc[index + 1 : index + 4]:
        if not (token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper()):
            return False
        if token.lower_ in BODY_WORDS:
            return True
    return False


def _unknown_owner(doc: Doc, title_end: int, scope_end: int) -> tuple[tuple[str, ...], int]:
    """ "The President of the Confederation": capitalised words naming an owner the archive
    does not know (the title then refers only to someone whose role says so), and their end."""
    if scope_end != title_end or title_end >= len(doc) or doc[title_end].lower_ != "of":
        return (), scope_end
    words: list[str] = []
    end = scope_end
    for token in doc[title_end + 1 : title_end + 6]:
        if token.lower_ == "the" and not words:
            continue
        if not token.text[:1].isupper() or token.pos_ != "PROPN":
            break
        words.append(token.text)
        end = token.i + 1
    return tuple(words), end


def _is_definite(doc: Doc, start: int) -> bool:
    before = doc[start - 1] if start > 0 else None
    return before is None or before.lower_ not in INDEFINITE


def _bare(span: Span) -> bool:
    """ "The SCO Council of Heads of State", "met allied leaders": a plural with no article,
    number or possessive is anyone in that office, not the people named before ("the two
    leaders", "both presidents", "the five Central Asian leaders"). "First Ministers agreed"
    is no pair of the people named last either."""
    return not any(c.dep_ in ("det", "nummod", "poss", "predet") for c in span.root.children)


def _said_of_someone(span: Span) -> bool:
    """ "President Assoumani, who is the current Chairperson of the African Union": the title
    says what the one named is, and names no one else."""
    root = span.root
    if root.dep_ != "attr" or root.head.lemma_ != "be":
        return False
    subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
    return any(s.lower_ in ("who", "he", "she") or s.pos_ == "PROPN" for s in subjects)


def _canonical(span: Span) -> str:
    words = []
    for token in span:
        lower = token.lower_
        words.append(lower if lower in SMALL_WORDS else lower.capitalize())
    return (
        " ".join(words)
        .replace(" - ", "-")
        .replace("-general", "-General")
        .replace("-Elect", "-elect")
        .replace("-Designate", "-designate")
    )


def token_title(titles: tuple[Title, ...], token: Token) -> Title | None:
    for title in titles:
        if title.scope_start <= token.i < title.scope_end or title.start <= token.i < title.end:
            return title
    return None
