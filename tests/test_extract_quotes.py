"""Quotes: text in quotation marks, attributed to the speaker the text names, in the same
sentence or the one before or after; scare quotes skipped (issue 3, point 5)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            '"We have interests that are definitely different," Pompeo added.',
            [("mike-pompeo", "We have interests that are definitely different")],
        ),
        ("“We are ready,” Lavrov said.", [("sergey-lavrov", "We are ready")]),
        ('Lavrov said: "We took a step forward."', [("sergey-lavrov", "We took a step forward.")]),
        (
            'Mike Pompeo said that he had a "good conversation" with Lavrov.',
            [("mike-pompeo", "good conversation")],
        ),
        # Someone named in apposition, a pronoun, "according to".
        (
            'Lavrov met Pompeo in Moscow. "It was a good conversation," he said.',
            [("sergey-lavrov", "It was a good conversation")],
        ),
        (
            'According to Peskov, the Kremlin "has no plans for a meeting yet."',
            [("dmitry-peskov", "has no plans for a meeting yet")],
        ),
        (
            'CNN quoted Mike Pompeo as saying that "Washington and Moscow can work together."',
            [("mike-pompeo", "Washington and Moscow can work together.")],
        ),
        # A whole quoted sentence takes the speaker of the sentence before.
        (
            'Lavrov told reporters in Moscow on Monday. "We are ready for dialogue."',
            [("sergey-lavrov", "We are ready for dialogue.")],
        ),
        # One quote interrupted by its attribution.
        (
            '"This is a new phase," Pompeo said, "and we hope to make progress."',
            [
                ("mike-pompeo", "This is a new phase"),
                ("mike-pompeo", "and we hope to make progress"),
            ],
        ),
        # "He" is not someone the quote itself names.
        (
            '"It was a good talk," Putin said.\n\n"We agreed on much. I look forward to hosting '
            'President Trump in Moscow," he added.',
            [
                ("vladimir-putin", "It was a good talk"),
                (
                    "vladimir-putin",
                    "We agreed on much. I look forward to hosting President Trump in Moscow",
                ),
            ],
        ),
        # A title names the speaker.
        (
            'Lavrov met Wang Yi. "Relations are strong," the Russian minister said.',
            [("sergey-lavrov", "Relations are strong")],
        ),
    ],
)
def test_extract_quotes_get_their_speaker(extract_text, text, quotes) -> None:
    found = extract_text(text).quotes
    assert [(quote.speaker, quote.text) for quote in found] == quotes
    assert {quote.article for quote in found} == {"test-article"}


@pytest.mark.parametrize(
    "text",
    [
        # Scare quotes: no one says them.
        'Much of the Lavrov-Pompeo negotiations was "off screen" because the doors were closed.',
        'Washington advised Russia, via the same Pompeo, to "get out" of this country.',
        # Several speakers at once: no single person said it.
        '"We agreed," Putin and Trump said.',
    ],
)
def test_extract_unattributed_quotes_are_skipped(extract_text, text) -> None:
    assert extract_text(text).quotes == ()


def test_extract_quotes_join_the_event_their_speaker_took_part_in(extract_text) -> None:
    text = 'Lavrov held talks with Pompeo on Monday. "It was a good conversation," Lavrov said.'
    text += ' Pompeo called the talks "productive" after the meeting.'
    [event] = extract_text(text).events
    assert [(q.speaker, q.text) for q in event.quotes] == [
        ("sergey-lavrov", "It was a good conversation"),
        ("mike-pompeo", "productive"),
    ]


def test_extract_a_quote_far_from_the_report_joins_its_speakers_event(extract_text) -> None:
    text = (
        "Lavrov held talks with Pompeo in Rovaniemi on Monday.\n\n"
        "Venezuela was high on the agenda. The Arctic came up as well. "
        "Sanctions remain in force.\n\n"
        '"We have interests that are definitely different," Pompeo told reporters.'
    )
    [event] = extract_text(text).events
    assert [(q.speaker, q.text) for q in event.quotes] == [
        ("mike-pompeo", "We have interests that are definitely different")
    ]
