"""Words and regular expressions of English date expressions, for `generator.dates`.

Patterns are compiled case-insensitively, but month and weekday names must be capitalised
(`(?-i:...)`), so that "may" the verb or "march" the noun is never read as a month in running
text; `dates.resolve` capitalises them in phrases it is handed, which are dates already.
"""

from __future__ import annotations

import re

MONTHS = {
    name: number
    for number, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
# Northern-hemisphere meteorological seasons: first month, and how many months.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
NUMBERS = {
    word: number
    for number, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
} | {"a": 1, "an": 1}
# Vague counts as (fewest, most) units; "several days ago" is a span, not a guess of one day.
VAGUE_COUNTS = {"a couple of": (2, 3), "a few": (2, 5), "few": (2, 5), "several": (2, 7)}

# Days from the publication date.
DEICTIC_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
# Days from the anchor (the event last mentioned), or from publication without one.
ANCHORED_DAYS = {
    "that day": 0,
    "the same day": 0,
    "that same day": 0,
    "earlier that day": 0,
    "later that day": 0,
    "earlier in the day": 0,
    "later in the day": 0,
    "that night": 0,
    "the day before": -1,
    "a day before": -1,
    "the day earlier": -1,
    "a day earlier": -1,
    "the previous day": -1,
    "the preceding day": -1,
    "the eve": -1,
    "the night before": -1,
    "the day after": 1,
    "a day later": 1,
    "the next day": 1,
    "the following day": 1,
    "the next morning": 1,
    "the following morning": 1,
}
UNIT_SHIFTS = {"last": -1, "previous": -1, "preceding": -1, "this": 0, "that": 0, "same": 0}
UNIT_SHIFTS |= {"next": 1, "following": 1}
ANCHORED_WORDS = ("previous", "preceding", "that", "same", "following", "the next")
# Days of a Monday-to-Sunday week each part covers: "late last week" is Thursday to Sunday.
WEEK_PARTS = {"early": (0, 2), "mid": (1, 3), "late": (3, 6), "first half": (0, 3)}
WEEK_PARTS |= {"second half": (3, 6)}
PARTS = {
    "early": "early",
    "the beginning of": "early",
    "the start of": "early",
    "mid": "mid",
    "the middle of": "mid",
    "late": "late",
    "the end of": "late",
    "the first half of": "first half",
    "the second half of": "second half",
}


def words(options: object) -> str:
    """An alternation of phrases, longest first, matching any run of spaces between words."""
    ordered = sorted(options, key=lambda phrase: (-len(phrase), phrase))
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in ordered)


def unnamed(pattern: str) -> str:
    """The same pattern without group names, so that it can be embedded twice in another."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


MONTH = (
    r"(?-i:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?"
    r"|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?"
    r"|Dec(?:ember|\.)?)(?![A-Za-z])"
)
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
NAME_ANY_CASE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
DAY = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# Not a part of 12/05/2019 or 05.12.2019, which NUMERIC reads or rejects whole.
YEAR = r"(?<![\d/.])(?:1[89]\d\d|20\d\d)(?![\d/]|\.\d)"
COUNT = rf"\d{{1,2}}|{words(NUMBERS)}"
SEASON = r"spring|summer|autumn|fall|winter"
DAYTIME = r"(?:\s+(?:morning|afternoon|evening|night))?"
# An ordinal day alone ("on the 5th") must not swallow "the 21st century".
ORDINAL_END = r"(?=\s*$|\s*[^\w\s]|\s+(?:and|or|of|in|at|on|to|with|when|as|after|before|but)\b)"

ISO = r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?(?![\d-])"
NUMERIC = r"(?<![\d/.])(?P<first>\d{1,2})([/.])(?P<second>\d{1,2})\2(?P<year>\d{4})(?!\d)"
MONTH_DAY = (
    rf"(?:(?P<weekday>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?:the\s+)?(?P<day>{DAY})"
    rf"(?:,?\s+(?P<year>{YEAR}))?"
)
DAY_MONTH = (
    rf"(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+"
    rf"(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"
)
ORDINAL_DAY = rf"(?:the\s+)?(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)){ORDINAL_END}"
# "In October last year", "the summer of next year": a year counted from publication.
YEAR_SHIFT = r"(?:,?\s+(?:of\s+)?(?P<year_shift>last|this|next)\s+year\b)"
MONTH_NAME = (
    rf"(?:(?P<shift>last|this|next)\s+)?(?P<month>{MONTH})"
    rf"(?:(?:,?\s+(?:of\s+)?(?P<year>{YEAR}))|{YEAR_SHIFT})?"
    r"(?!['’]s)"
)
SEASON_NAME = (
    rf"(?:(?P<shift>last|this|next)\s+)?(?:the\s+)?(?P<season>{SEASON})"
    rf"(?:(?:\s+(?:of\s+)?(?P<year>{YEAR})(?:\s*[-–/]\s*\d\d(?:\d\d)?)?)|{YEAR_SHIFT})?"
    r"(?![\w-])(?!\s+of\b)"
)
YEAR_ALONE = rf"(?:the\s+year\s+)?(?P<year>{YEAR})"
DECADE = r"(?:the\s+)?(?P<year>(?:1[89]|20)\d0)['’]?s\b"
WEEKDAY_NAME = (
    r"(?:(?P<shift>last|this\s+past|this\s+coming|this|next|past|coming)\s+)?"
    rf"(?P<weekday>{WEEKDAY}){DAYTIME}"
)
# "This Monday (23)", as Brazilian and Argentine agencies write: the weekday and its day.
WEEKDAY_DAY = rf"(?:(?:this|last|next)\s+)?(?P<weekday>{WEEKDAY}){DAYTIME}\s*\((?P<day>{DAY})\)"
DEICTIC = rf"(?P<phrase>{words(DEICTIC_DAYS)})\b{DAYTIME}"
# "the day before" or "two days after" is anchored only when it ends its phrase; in "the day
# before the vote" it counts from an event the rules cannot date.
PHRASE_END = r"(?=\s*$|\s*[^\w\s]|\s+(?:and|but|or)\b)"
ANCHORED = rf"(?P<phrase>{words(ANCHORED_DAYS)})(?:(?<!before)(?<!after)\b|{PHRASE_END})"
OFFSET = (
    rf"(?P<count>{words(VAGUE_COUNTS)}|{COUNT})\s+(?P<unit>day|week|month|year)s?\s+"
    rf"(?P<direction>ago|from\s+now|earlier|later|previously|(?:before|after){PHRASE_END})\b"
)
UNIT = (
    r"(?P<the>the\s+)?(?P<shift>last|previous|preceding|this|that|same|next|following)"
    r"\s+(?P<unit>week|weekend|month|year)\b"
)
UNIT_AFTER = (
    r"the\s+(?P<unit>week|month|year)\s+"
    rf"(?P<direction>earlier|later|(?:before|after){PHRASE_END})\b"
)
REST_OF = (
    r"(?P<direction>earlier|later)\s+(?P<shift>this|that|in\s+the)\s+(?P<unit>week|month|year)\b"
)
OTHER_DAY = r"the\s+other\s+day\b"
WEEKEND = r"the\s+weekend\b"

# What a part of a period ("early May", "the end of last year") may apply to.
PERIOD = (
    "|".join(
        unnamed(pattern)
        for pattern in (MONTH_NAME, SEASON_NAME, YEAR_ALONE, DECADE, UNIT, WEEKDAY_NAME)
    )
    + r"|the\s+(?:week|month|year)\b"
)
PART = rf"(?P<part>{words(PARTS)})(?:\s+|-)(?P<period>{PERIOD})"
# What each side of a range ("May 6-7", "between March and May 2019") may be.
RANGE_SIDE = "|".join(
    unnamed(pattern)
    for pattern in (ISO, MONTH_DAY, DAY_MONTH, MONTH_NAME, SEASON_NAME, YEAR_ALONE, WEEKDAY_NAME)
)
RANGE_SEPARATOR = re.compile(r"\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and)\s+", re.I)
RANGE = (
    rf"(?:(?:between|from)\s+)?(?:{RANGE_SIDE}|{DAY})"
    rf"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till|and)\s+)"
    rf"(?:{RANGE_SIDE}|{DAY}(?:,?\s+{YEAR})?)"
)

# Words before a date that are not part of it.
LEADING = re.compile(
    r"^(?:(?:on|in|at|during|since|until|till|by|before|after|from|of|over|through|throughout"
    r"|around|about|as\s+early\s+as|as\s+of|just|only|back\s+in|sometime\s+in|some\s+time\s+in"
    r"|circa|c\.)\s+)+",
    re.IGNORECASE,
)
# A bare month or season in running text is a date only after one of these ("in May").
CUE = re.compile(
    r"\b(?:in|on|since|until|till|by|during|of|before|after|from|through|throughout|over"
    r"|around|between"
    r"|(?:planned|scheduled|rescheduled|set|slated|due|pencilled|penciled)\s+for)\s+$",
    re.IGNORECASE,
)
FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|(?-i:may|might)|won['’]t|would|going\s+to|(?:is|are)\s+(?:due\s+)?to|due\s+to"
    r"|scheduled|expected\s+to|plans?\s+to|planning|planned|intends?\s+to|set\s+to|upcoming"
    r"|to\s+(?:be\s+held|take\s+place|meet|visit|travel|hold|attend|sign))\b|['’]ll\b",
    re.IGNORECASE,
)
PAST_WORDS = re.compile(
    r"\b(?!(?:scheduled|planned|expected)\b)(?:was|were|had|did|met|held|said|told|took|spoke"
    r"|made|came|went|gave|saw|began|sent|flew|left|wrote|[a-z]{3,}ed)\b"
)
CLAUSE_BREAK = re.compile(r"[;:()\[\]\"“”]|,\s|\s[-–—]\s")
