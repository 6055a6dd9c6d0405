"""English casualty figures: the three word orders, bounds and vague counts, lumped and partial
figures, and active clauses whose subject count is not a toll."""

from __future__ import annotations

import pytest

from marsad.model import Document, Language, Mention
from marsad.recognise.casualties import CasualtyRecogniser
from marsad.recognise.dates import DateRecogniser
from marsad.recognise.quantities import QuantityRecogniser
from marsad.text.view import view

Value = tuple[str, int | None, int | None, bool]


def _found(text: str, language: Language = "en") -> list[Mention]:
    v = view(Document("t", text, language, "t"))
    dates = DateRecogniser()(v, [])
    found = CasualtyRecogniser()(v, dates + QuantityRecogniser()(v, dates))
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    return found


def _values(text: str) -> list[Value]:
    return [
        (m.value["outcome"], m.value["min"], m.value["max"], bool(m.value.get("vague")))
        for m in _found(text)
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Warplanes killed 9 civilians in the village on Friday.", [("killed", 9, 9, False)]),
    ("The shelling killed at least 14 people and wounded 31 others.",
     [("killed", 14, None, False), ("wounded", 31, 31, False)]),
    ("A car bomb went off near the market, killing six and injuring dozens.",
     [("killed", 6, 6, False), ("wounded", 20, 99, True)]),
    ("Local officials said the death toll had risen to 27.", [("killed", 27, 27, False)]),
    ("The raid claimed the lives of four farmers.", [("killed", 4, 4, False)]),
    ("Troops shot dead two protesters outside the ministry.", [("killed", 2, 2, False)]),
])
def test_verb_before_count(text: str, expected: list[Value]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Eleven soldiers were killed in the ambush.", [("killed", 11, 11, False)]),
    ("At least 8 dead after a mortar strike on the camp.", [("killed", 8, None, False)]),
    ("More than 40 people have died since the offensive began.", [("killed", 41, None, False)]),
    ("Hundreds of residents were injured.", [("wounded", 100, 999, True)]),
    ("Three pro-government fighters who were captured were later executed.", []),
    ("Three pro-government fighters were later executed.",
     [("killed", 3, 3, False)]),
    ("A policeman was killed and two passers-by were seriously hurt.",
     [("killed", 1, 1, False), ("wounded", 2, 2, False)]),
    ("One person died in the blast.", [("killed", 1, 1, False)]),
])
def test_count_before_verb(text: str, expected: list[Value]) -> None:
    assert _values(text) == expected


def test_frame_takes_the_outcome_word_after_the_count() -> None:
    assert _values("The explosion left 5 people dead and 22 wounded.") == [
        ("killed", 5, 5, False), ("wounded", 22, 22, False)
    ]
    assert _values("The fighting has claimed 300 lives this year.") == [("killed", 300, 300, False)]
    assert _values("The gunmen took 12 hostages.") == []


def test_active_subject_is_not_a_toll() -> None:
    # the gunmen acted; only the guards were killed
    assert _values("Two gunmen killed three guards at the gate.") == [("killed", 3, 3, False)]
    assert _values("Four militants killed the mayor.") == []


def test_lumped_and_partial_figures_give_no_count() -> None:
    assert _values("The strikes caused 60 casualties.") == []
    assert _values("Some 25 people were killed or wounded.") == []
    assert _values("Seven of them were children.") == []


def test_count_must_name_people() -> None:
    assert _values("The council voted to kill 2 proposals.") == []
    assert _values("Air strikes killed 7 Houthis near the port.") == [("killed", 7, 7, False)]


def test_coordinated_counts_share_the_verb() -> None:
    assert _values("The strike killed 4 soldiers and 3 civilians.") == [
        ("killed", 4, 4, False), ("killed", 3, 3, False)
    ]


def test_english_cues_are_not_read_in_arabic_documents() -> None:
    # an English phrase quoted in an Arabic report stays with the Arabic reader
    assert _found("قال البيان إن 12 people were killed في الهجوم.", "ar") == []


def test_deaths_from_no_conflict_cause_give_no_figure() -> None:
    assert _values("Nine people drowned and 14 were injured when floods hit the valley.") == []
    assert _values("At least 30 people died of alcohol poisoning last week.") == []
    # the cause is in another sentence: the attack's figure stays
    assert _values("A road accident closed the highway. Gunmen killed 3 villagers.") == [
        ("killed", 3, 3, False)
    ]



def test_a_phrase_between_count_and_passive_verb_keeps_the_figure() -> None:
    assert _values("Nine people in Khan Younis were killed by an air strike on Friday.") == [
        ("killed", 9, 9, False)]
    assert _values("Two dozen members of a large family in the village of Ain Issa were killed "
                   "on Friday.") == [("killed", 24, 24, False)]


def test_an_active_subject_with_a_phrase_is_no_toll() -> None:
    assert _values("Two soldiers from the unit killed a shepherd near Kirkuk on Monday.") == [
        ("killed", 1, 1, False)]
