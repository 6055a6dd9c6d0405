"""English specificity (specificity_tally_en.py): a present-perfect toll of a mass or over a
period is a trend, an exact one stays one incident; a reported question's "if" or modal ("it was
not clear if", "could not confirm") tells of a real act, not a maybe."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2021-03-10", language="en")
_undated = events_reader(language="en")


def _specificity(text: str, dated: bool = True) -> set[str]:
    return {e.specificity for e in (_events if dated else _undated)(text)}


def test_a_perfect_toll_of_a_mass_or_over_a_period_is_a_trend() -> None:
    for text in (
        "Land mines planted by the militants have killed and wounded hundreds of civilians in Manbij.",
        "Air strikes have killed thousands of civilians in Yemen since the coalition intervened.",
        "Shelling has killed dozens of people in the border villages over the years.",
        "Roadside bombs have killed more than 1,200 soldiers in Helmand.",
    ):
        assert _specificity(text) == {"trend"}, (text, _specificity(text))
        # (with no publication date: the tense alone tells it)
        assert _specificity(text, dated=False) == {"trend"}, (text, _specificity(text, dated=False))


def test_an_exact_perfect_toll_or_the_worst_since_stays_one_incident() -> None:
    for text in (
        "A car bomb has killed 12 people at a market in Mogadishu.",
        "A suicide bomber has killed 30 people at a mosque in Kabul, the deadliest attack since 2018.",
        "Air strikes on Tuesday have killed 12 civilians in Idlib, activists said.",
    ):
        assert _specificity(text) == {"specific"}, (text, _specificity(text))


def test_a_reported_question_is_no_maybe() -> None:
    for text in (
        "It was not clear if the air strike killed any militants in the village near Idlib.",
        "A spokesman would not say whether the drone strike killed the commander in Shabwa.",
        "It is not known if gunmen kidnapped the workers near Kaduna.",
        "Police could not independently verify the killings in the village on Sunday.",
    ):
        assert "hypothetical" not in _specificity(text), (text, _specificity(text))


def test_a_condition_and_a_modal_act_stay_a_maybe() -> None:
    for text in (
        "Militants could attack the town if the army withdraws.",
        "Officials said the rebels would attack the army posts within days.",
        "Even if the army withdraws, the militants may attack the base.",
    ):
        assert _specificity(text) == {"hypothetical"}, (text, _specificity(text))


def test_a_passive_perfect_toll_of_a_mass_is_a_trend() -> None:
    for text in (
        "Hundreds of civilians have been killed in air strikes in Idlib province.",
        "Thousands have been wounded by landmines in the province.",
    ):
        assert _specificity(text) == {"trend"}, (text, _specificity(text))
    for text in (
        "Twelve people have been killed in an air strike on a market in Idlib.",
        "Twelve people have been killed in an air strike on Tuesday, the deadliest since 2019.",
    ):
        assert _specificity(text) == {"specific"}, (text, _specificity(text))


def test_a_mass_written_with_a_thousands_comma_is_a_mass() -> None:
    # (the comma inside "1,500" ends no clause)
    text = "More than 1,500 civilians have been killed in air strikes in Idlib province."
    assert _specificity(text) == {"trend"}, _specificity(text)
