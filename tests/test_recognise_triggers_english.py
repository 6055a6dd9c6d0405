"""English trigger cues (``triggers_en.tsv``): English conflict reports yield events coded as
the Arabic ones, non-conflict English wording yields none. Our own sentences."""

from __future__ import annotations

from pathlib import Path

from reading import READER, events_reader

from marsad.model import Document
from marsad.recognise.triggers_lexicon import lexicon
from marsad.text.normalise import normalise_phrase

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "en_hodeidah_strike.txt"


_events = events_reader(published="2018-06-15", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type or e.event_type for e in _events(text)]


def test_the_loader_adds_no_arabic_endings_to_english() -> None:
    surfaces = {s for s, _ in lexicon().surfaces()}
    assert "shelling" in surfaces and "air strikes" in surfaces
    assert not any(s.startswith("shelling") and s != "shelling" for s in surfaces)
    assert not any("ال" in s and any("a" <= c <= "z" for c in s) for s in surfaces)


def test_air_strikes_in_sanaa_are_one_air_strike_placed_and_dated() -> None:
    events = _events("Saudi-led air strikes killed 10 people in Sanaa on Thursday.")
    assert len(events) == 1
    event = events[0]
    assert event.sub_event_type == "Air/drone strike"
    assert event.event_type == "Explosions/Remote violence"
    assert event.location is not None and event.location.name == "Sanaa"
    assert event.date is not None and event.date.start == "2018-06-14"


def test_the_example_article_yields_an_air_strike() -> None:
    assert "Air/drone strike" in _subs(EXAMPLE.read_text(encoding="utf-8"))


def test_sports_and_economy_wording_is_no_event() -> None:
    assert _events("The home team attacked the goal relentlessly in the second half.") == []
    assert _events("Oil prices shot up on Monday after the central bank announced new rates.") == []
    assert _events("The striker fired a shot that the goalkeeper saved.") == []


def test_common_sub_types() -> None:
    assert "Shelling/artillery/missile attack" in _subs(
        "Government forces shelled villages near Idlib with artillery on Tuesday.")
    assert "Armed clash" in _subs(
        "Clashes erupted between the army and Houthi fighters near Taiz on Monday.")
    assert "Remote explosive/landmine/IED" in _subs(
        "A roadside bomb struck a military convoy near Mosul on Wednesday.")
    assert "Suicide bomb" in _subs("A suicide bomber blew himself up at a checkpoint in Kabul.")
    assert "Arrests" in _subs("Security forces arrested 15 people in a raid in Ramadi on Sunday.")
    assert "Peaceful protest" in _subs(
        "Hundreds of demonstrators rallied in Khartoum on Friday to demand civilian rule.")
    assert "Abduction/forced disappearance" in _subs(
        "Gunmen kidnapped three aid workers in Maiduguri on Saturday.")


def test_a_killing_yields_to_the_strike_that_caused_it() -> None:
    subs = _subs("A drone strike killed four militants in Marib on Thursday.")
    assert subs == ["Air/drone strike"]


def test_mixed_arabic_and_english_documents_keep_their_codings() -> None:
    assert "Air/drone strike" in [
        e.sub_event_type for e in READER.read(Document(
            "t", "شنت طائرات التحالف غارات جوية على صنعاء يوم الخميس.", "ar", "t",
            published="2018-06-15")).events
    ]
    subs = _subs("Saudi-led air strikes hit Sanaa on Thursday, while clashes continued in Taiz.")
    assert "Air/drone strike" in subs and "Armed clash" in subs


def test_english_phrases_match_case_insensitively() -> None:
    assert normalise_phrase("Air Strikes") == "air strikes"
    assert "Air/drone strike" in _subs("AIRSTRIKES hit Saada on Thursday, killing five.")


def test_polysemous_english_words_need_conflict_context() -> None:
    assert _events("The central bank is fighting inflation in Cairo this year.") == []
    assert _events("The minister shot down the proposal in Amman on Monday.") == []
    assert _events("The company executed its expansion plan in Dubai on Monday.") == []
    assert _events("Technology shares rallied in New York after strong earnings on Wednesday.") == []
    assert "Attack" in _subs("Militants executed five hostages in Raqqa on Monday.")
    assert "Armed clash" in _subs(
        "Fighting between the army and rebels killed 20 people in Kidal on Monday.")


def test_a_rally_is_a_protest_when_its_sentence_gives_a_motive() -> None:
    assert "Peaceful protest" in _subs(
        "Thousands of people rallied in Rabat on Sunday to demand the release of journalists.")


def test_violent_crowds_are_riots_and_cleared_devices_disrupted_weapons() -> None:
    assert "Violent demonstration" in _subs(
        "Stone-throwing youths torched tyres in Tripoli on Monday night.")
    assert "Violent demonstration" in _subs(
        "Clashes between protesters and police broke out in Baghdad on Sunday.")
    assert "Disrupted weapons use" in _subs(
        "Army engineers defused a roadside bomb near Kirkuk on Tuesday.")
    assert "Remote explosive/landmine/IED" in _subs(
        "A roadside bomb went off near Kirkuk on Tuesday, wounding two soldiers.")


def test_gunmen_opening_fire_on_a_village_attack_civilians() -> None:
    assert "Attack" in _subs("Gunmen opened fire on worshippers at a mosque in Zamfara on Friday.")


def test_bases_transfers_and_chemical_weapons() -> None:
    assert "Headquarters or base established" in _subs(
        "Turkish forces set up a new observation post near Saraqib on Thursday.")
    assert "Chemical weapon" in _subs(
        "A helicopter dropped barrels of chlorine gas on Kafr Zita on Tuesday, residents said.")
    assert "Agreement" in _subs(
        "Government forces and rebels exchanged prisoners near Aleppo on Tuesday.")
    assert _events("The injured soldier regained consciousness in a hospital in Amman.") == []


def test_seizures_of_goods_and_captured_footage_are_no_territory() -> None:
    assert "Non-state actor overtakes territory" not in _subs(
        "Police seized drugs and cash in a raid in Tangier on Friday.")
    assert _events("A drone captured footage of the flooded valley near Kyoto on Monday.") == []
    assert "Non-state actor overtakes territory" in _subs(
        "Al-Shabaab militants captured the town of Bulo Burde on Monday after clashes.")
