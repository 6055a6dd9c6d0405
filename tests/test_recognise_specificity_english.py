"""English specificity cues (specificity.tsv's English rows, specificity_en.py's patterns): a
practice, a trend, an earlier act, a maybe and a denial read as the Arabic cues are, while a dated
incident stays specific and the month May is no modal."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")


def _specificity(text: str) -> set[str]:
    return {e.specificity for e in _events(text)}


def test_a_practice_is_recurring() -> None:
    for text in (
        "Security forces regularly conduct raids in the northern districts of the city.",
        "Militants continue to attack army checkpoints in Diyala province.",
        "Rebels have been shelling government-held neighbourhoods of Aleppo.",
        "Warplanes repeatedly bombed villages near the border.",
    ):
        assert _specificity(text) == {"recurring"}, (text, _specificity(text))


def test_a_development_is_a_trend() -> None:
    for text in (
        "Air strikes have intensified over the past six months in Idlib province.",
        "There has been an escalation of air strikes on Hama since the start of the war.",
        "Abductions of aid workers by gunmen have increased in recent months in Darfur.",
        "The civil war has killed hundreds of thousands of people.",
    ):
        assert _specificity(text) == {"trend"}, (text, _specificity(text))


def test_an_earlier_act_is_historical() -> None:
    for text in (
        "Four years ago, rebels shelled the city of Aleppo.",
        "Militants attacked the same checkpoint near Kirkuk last year.",
    ):
        assert _specificity(text) == {"historical"}, (text, _specificity(text))


def test_a_maybe_is_hypothetical() -> None:
    for text in (
        "Militants may attack the town if the army withdraws.",
        "Officials said militants could attack army posts in the province.",
        "Troops are preparing to attack rebel positions near Tal Afar.",
    ):
        assert _specificity(text) == {"hypothetical"}, (text, _specificity(text))


def test_a_denied_claim_is_denied() -> None:
    text = "The ministry denied that its jets struck the hospital in Aleppo."
    assert _specificity(text) == {"denied"}, _specificity(text)


def test_a_dated_incident_stays_specific() -> None:
    for text in (
        "A previously unknown group claimed the bombing of a police station in Quetta on Sunday.",
        "Twenty worshippers were inside the mosque at the time of the suicide bombing in Kabul on Friday.",
        "Gunmen killed three soldiers at a checkpoint near Deir ez-Zor on Monday.",
        "In May, militants attacked an army post near Kirkuk, killing four soldiers.",
        "Government forces continued to shell the town on Tuesday, killing two civilians.",
        "Police arrested 15 protesters in Cairo on Tuesday, a week after the rally began.",
    ):
        assert _specificity(text) == {"specific"}, (text, _specificity(text))


def test_a_tally_since_weeks_ago_is_not_an_earlier_act() -> None:
    text = ("At least 120 people have been killed by air strikes since the army began an "
            "offensive two weeks ago.")
    assert "historical" not in _specificity(text), _specificity(text)


def test_the_worst_since_the_start_of_the_war_is_one_incident() -> None:
    text = "The deadliest air strike since the start of the war killed 40 people in Douma."
    assert _specificity(text) == {"specific"}, _specificity(text)


def test_a_noun_with_no_evidence_of_one_act_is_a_pattern() -> None:
    # (nouns are listed as nouns: "conduct raids" and "killings" are no past verbs)
    for text in (
        "Security forces conduct raids in the northern districts.",
        "The killings of civilians by militias in the region are widely documented.",
    ):
        assert "specific" not in _specificity(text), (text, _specificity(text))


def test_a_past_support_verb_or_occurrence_verb_makes_a_noun_one_act() -> None:
    for text in (
        "Security forces conducted raids in the northern districts of Mosul.",
        "The mob killings occurred in a village near Veracruz.",
    ):
        assert _specificity(text) == {"specific"}, (text, _specificity(text))


def test_would_be_is_no_modal() -> None:
    text = "Gunmen wearing suicide vests killed two guards, a would-be attacker was shot dead at the gate."
    assert "hypothetical" not in _specificity(text), _specificity(text)


def test_years_before_the_report() -> None:
    # a sentence opening "In 2014," tells an act of that year
    assert _specificity("In 2014, militants seized the town of Tal Abyad.") == {"historical"}
    # a toll since an earlier year is a tally, not an act of that year
    assert _specificity("Militants have killed more than 500 people in the province since 2011.") == {"trend"}
    # a year of another act after the arrest does not date the arrest
    assert _specificity("Police arrested a man on Monday over the bombing of a church in 2013.") == {"specific"}
    # the first since an earlier year is one incident
    assert _specificity("Rebels shelled Aleppo on Monday in the heaviest attack since 2016.") == {"specific"}


def test_a_purpose_does_not_make_a_demonstration_a_maybe() -> None:
    text = ("Youths threw stones at police in Rotterdam on Monday night. Police used tear gas in an "
            "attempt to disperse a crowd of rioters.")
    assert "hypothetical" not in _specificity(text), _specificity(text)
    text = "Government forces shelled the town in an attempt to recapture it from the rebels."
    assert _specificity(text) == {"specific", "hypothetical"}, _specificity(text)
