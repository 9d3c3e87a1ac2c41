"""Words the extractor reads as signals: titles, event triggers, speech verbs, status cues.

Everything here is lowercase English. Lists are data, kept apart from the code that reads them,
so that a new trigger or title is one line.
"""

from __future__ import annotations

# Official titles and the role kind each signals (records.ROLE_KINDS). Longest phrases are
# matched first, so "deputy foreign minister" never reads as "foreign minister".
TITLES: dict[str, str] = {
    "president": "head_of_state",
    "presidents": "head_of_state",
    "king": "head_of_state",
    "custodian of the two holy mosques": "head_of_state",
    "queen": "head_of_state",
    "emir": "head_of_state",
    "amir": "head_of_state",
    "sultan": "head_of_state",
    "supreme leader": "head_of_state",
    "prime minister": "head_of_government",
    "prime ministers": "head_of_government",
    "premier": "head_of_government",
    "pm": "head_of_government",  # "PM Carney", in capitals only (not "5 pm")
    "chancellor": "head_of_government",
    "taoiseach": "head_of_government",
    "leader": "leader",
    "leaders": "leader",
    "foreign minister": "foreign_minister",
    "foreign ministers": "foreign_minister",
    "foreign affairs minister": "foreign_minister",
    "minister of foreign affairs": "foreign_minister",
    "minister for foreign affairs": "foreign_minister",
    "ministers of foreign affairs": "foreign_minister",
    "minister of external affairs": "foreign_minister",
    "external affairs minister": "foreign_minister",
    "minister for europe and foreign affairs": "foreign_minister",
    "secretary of state": "foreign_minister",
    # "The Secretary": in a State Department release, the Secretary of State named before.
    "secretary": "minister",
    "foreign secretary": "foreign_minister",
    "top diplomat": "foreign_minister",
    "top diplomats": "foreign_minister",
    "chief diplomat": "foreign_minister",
    "chief diplomats": "foreign_minister",
    "press secretary": "spokesperson",
    "spokesperson": "spokesperson",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "official representative": "spokesperson",
    "minister": "minister",
    "ministers": "minister",
    "defence minister": "minister",
    "defense minister": "minister",
    "secretary of defense": "minister",
    "defense secretary": "minister",
    "defence secretary": "minister",
    "energy secretary": "minister",
    "treasury secretary": "minister",
    "commerce secretary": "minister",
    "home secretary": "minister",
    "brexit secretary": "minister",
    "business secretary": "minister",
    "trade secretary": "minister",
    "health secretary": "minister",
    "justice secretary": "minister",
    "secretary of energy": "minister",
    "secretary of the treasury": "minister",
    "secretary of commerce": "minister",
    "head of state": "head_of_state",
    "heads of state": "head_of_state",
    "head of government": "head_of_government",
    "head": "official",
    "chief": "official",
    "finance minister": "minister",
    "trade minister": "minister",
    "deputy foreign minister": "diplomat",
    "deputy prime minister": "minister",
    "vice president": "official",
    "vice-president": "official",
    "ambassador": "diplomat",
    "ambassadors": "diplomat",
    "envoy": "diplomat",
    "envoys": "diplomat",
    "special envoy": "diplomat",
    "special envoys": "diplomat",
    "chief negotiator": "diplomat",
    "parliament speaker": "official",
    "house speaker": "official",
    "speaker of the house": "official",
    "assembly speaker": "official",
    "speaker of the national assembly": "official",
    "speaker of parliament": "official",
    "parliamentary speaker": "official",
    "special representative": "diplomat",
    "deputy secretary of state": "diplomat",
    "under secretary": "diplomat",
    "security official": "official",  # "Iran's top security official, Ali Shamkhani"
    "national security adviser": "official",
    "national security advisor": "official",
    "foreign policy adviser": "official",
    "foreign policy advisor": "official",
    "presidential aide": "official",
    "presidential adviser": "official",
    "adviser": "official",
    "advisor": "official",
    "state councilor": "foreign_minister",
    "state councillor": "foreign_minister",
    "secretary-general": "official",
    "secretary general": "official",
    "director-general": "official",
    "director general": "official",
    "high representative": "foreign_minister",
    "commissioner": "official",
    "chairperson": "official",
    "chairperson of the commission": "official",
    "crown prince": "official",
    "counterpart": "counterpart",
    "counterparts": "counterpart",
    # Titles outside diplomacy: they mark someone as no diplomatic actor ("Governor Newsom").
    "governor": "other",
    "mayor": "other",
    "first lady": "other",
    "senator": "other",
    "chairman": "other",
    "chairmen": "other",
    "chairwoman": "other",
    "vice chairman": "other",
    "chief executive": "other",
    "chief executive officer": "other",
    "ceo": "other",
    "founder": "other",
    "president and chief executive": "other",
    # A university's heads, whatever their words share with a government's.
    "vice-chancellor": "other",
    "vice chancellor": "other",
    "rector": "other",
    "provost": "other",
    "dean": "other",
}
# Titles that belong to one country's government whoever uses them: "the Taoiseach".
# Abbreviated titles, read only in capitals: "PM Carney", not "at 5 pm".
CAPITALS_ONLY_TITLES = {"pm"}
# Titles of one country's office ("the Custodian of the Two Holy Mosques" is Saudi Arabia's king).
NATIONAL_TITLES = {"taoiseach": "IE", "custodian of the two holy mosques": "SA"}
# Words before a title that change who holds it: a deputy foreign minister is not the minister.
TITLE_PREFIXES = {
    "deputy",
    "vice",
    "first",
    "acting",
    "former",
    "ex",
    "late",
    "then",
    "outgoing",
    "next",
    "future",
    "incoming",
    "top",  # "Iran's top security official"
    "senior",
}
# Prefixes after which the role is not the one held now.
PAST_PREFIXES = {"former", "ex", "late", "outgoing", "next", "future", "incoming"}
# Words before "leader" that make it a party or opposition post, not a head of government.
NON_STATE_LEADER_WORDS = {
    *("majority", "minority", "opposition", "party", "team", "group", "union"),
    *("business", "industry", "corporate", "religious", "faith", "community", "civic", "student"),
}
HONORIFICS = {
    *("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "his", "her"),
    # "His Excellency", "Rt. Hon'ble", "Shri", "Smt.": forms of address in official readouts.
    *("excellency", "h.e.", "rt", "rt.", "hon", "hon.", "hon'ble", "honble", "honourable"),
    *("honorable", "shri", "sri", "smt", "smt.", "prof", "prof.", "professor", "sheikh"),
    *("sheikha",),
    # Malay, Bruneian and Cambodian forms: "Dato' Lim", "Haji Hassanal Bolkiah", "Samdech".
    *("dato", "dato'", "datuk", "haji", "hajah", "samdech", "majesty", "highness", "h.m.", "tun"),
    # Gulf readouts: "H.H. Sheikh Mansour bin Zayed", "H.R.H. Prince Faisal".
    *("h.h.", "h.r.h.", "hrh"),
    # Ranks as the Thai and Pakistani press abbreviate them: "Gen Prayut", "Lt Gen Asim".
    *("gen", "gen.", "lt", "lt.", "col", "col.", "maj", "maj.", "adm", "adm.", "brig", "brig."),
}
# Words of address or rank before a name that are no part of it ("Judge Lisa Moreno").
RANK_WORDS = {
    *("judge", "justice", "coach", "captain", "general", "admiral", "colonel", "major"),
    *("lieutenant", "sergeant", "officer", "detective", "professor", "pope", "cardinal"),
    *("bishop", "rabbi", "imam", "father", "sister", "brother", "saint", "st", "prince"),
    *("princess", "lord", "lady", "baroness", "baron", "count", "countess", "duke"),
}
# Entity labels of places, the ruler's and the model's: "their conversation in Beijing".
PLACE_LABELS = {"CAPITAL", "SEAT", "PLACE", "GPE", "LOC", "FAC"}
# Kinds of role that make someone a diplomatic actor.
DIPLOMATIC_KINDS = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "spokesperson",
    "minister",
    "diplomat",
    "official",
    "leader",
}
# Nouns a demonym can modify and still name a side ("the Russian side"), not a trait.
SIDE_NOUNS = {"side", "delegation", "government", "leadership", "authorities", "administration"}
# "the two leaders", "both sides", "the three leaders": a group already named, of this size.
GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
PAIR_NOUNS = {
    "envoy",
    "ambassador",
    "leader",
    "president",
    "minister",
    "side",
    "party",
    "country",
    "man",
    "diplomat",
    "counterpart",
    "head",
    "official",
    "delegation",
}

# Event triggers: lemma of the head word -> event type.
NOUN_TRIGGERS: dict[str, str] = {
    "meeting": "meeting",
    "meet": "meeting",
    "talk": "talks",
    "negotiation": "talks",
    "consultation": "talks",
    "conversation": "meeting",
    "discussion": "talks",
    "dialogue": "talks",
    "visit": "visit",
    "trip": "visit",
    "summit": "summit",
    "briefing": "press_conference",
    "statement": "statement",
    "signing": "agreement_signing",
    "call": "phone_call",
    "phone": "phone_call",
    "videoconference": "phone_call",
    "teleconference": "phone_call",
    "bilateral": "meeting",
    "tete-a-tete": "meeting",
    "tête-à-tête": "meeting",
}
VERB_TRIGGERS: dict[str, str] = {
    "meet": "meeting",
    "sit": "meeting",
    "negotiate": "talks",
    "visit": "visit",
    "phone": "phone_call",
    "telephone": "phone_call",
    "call": "phone_call",
    "receive": "meeting",
    "host": "meeting",
    "welcome": "meeting",
    "sign": "agreement_signing",
    "exchange": "agreement_signing",  # "four agreements were exchanged", if a document
    "speak": "phone_call",
    "talk": "phone_call",
    "discuss": "phone_call",
    "confer": "phone_call",
}
# Modifiers that turn a trigger noun into another type ("telephone talks", "press conference").
# Going somewhere "for talks" or "to meet" someone: a visit.
TRAVEL_VERBS = {"travel", "fly", "go", "come", "head"}
PHONE_WORDS = {"phone", "telephone", "video", "videoconference", "virtual", "online"}
# Words of a call by video link, which the text may also call a meeting or a summit.
VIDEO_WORDS = {"video", "videoconference", "virtual", "online"}
PRESS_WORDS = {"press", "news", "media"}
CONFERENCE_NOUNS = {"conference", "briefing", "availability", "point", "encounter"}
AGREEMENT_NOUNS = {
    "agreement",
    "treaty",
    "memorandum",
    "memoranda",
    "accord",
    "deal",
    "declaration",
    "protocol",
    "convention",
    "pact",
    "charter",
    "communique",
    "communiqué",
    "statement",
    "mou",
    "roadmap",
    "document",
    "contract",
    "instrument",
    "arrangement",
    # "Witnessed the signing of an action plan", "of a cooperation programme".
    "plan",
    "programme",
    "program",
}
# Verbs that make a trigger noun an event of their subject ("held talks", "had a call").
LIGHT_VERBS = {
    "hold",
    "have",
    "conduct",
    "host",
    "attend",
    "join",
    "participate",
    "begin",
    "start",
    "open",
    "make",
    "pay",
    "conclude",
    "wrap",
    "continue",
    "resume",
    "give",
    "deliver",
    "issue",
    "release",
    "chair",
    "co-chair",
    "organize",
    "organise",
    "convene",
    "take",
    "undertake",
    "finish",
    "end",
    "accept",
}
# Prepositions that make the following name a location.
LOCATIVE_PREPOSITIONS = {"in", "at", "to", "into", "inside", "near", "outside"}
MOTION_VERBS = {
    *("arrive", "travel", "fly", "come", "return", "go", "head", "leave", "depart", "proceed"),
}
SIDELINES_NOUNS = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes"}
# Head nouns of a gathering that can be the parent of a side meeting.
GATHERING_NOUNS = {
    "summit",
    "session",
    "meeting",
    "ministerial",
    "forum",
    "assembly",
    "conference",
    "congress",
    "council",
    "gathering",
    "talks",
    "games",
    "olympics",
    "week",
    "dialogue",
}
# "Weeks later", "a month after": spans of time counted from another moment.
INTERVAL_UNITS = {"day", "week", "month", "year"}
# "Vietnam National University": a country's name that opens the name of a body of its own.
BODY_WORDS = {
    *("university", "college", "school", "academy", "institute", "federation", "association"),
    *("company", "corporation", "airlines", "bank", "club", "league", "society", "foundation"),
}
# Words that make an unknown organization name look like an institution worth proposing.
INSTITUTION_WORDS = {
    "council",
    "organization",
    "organisation",
    "union",
    "nations",
    "ministry",
    "agency",
    "bank",
    "fund",
    "forum",
    "alliance",
    "committee",
    "commission",
    "assembly",
    "parliament",
    "department",
    "court",
    "office",
    "league",
    "community",
    "cooperation",
    "treaty",
    "association",
    "secretariat",
    "institute",
}
