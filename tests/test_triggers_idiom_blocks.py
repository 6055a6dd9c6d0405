"""Phrases in which a cue word names no event: a halt to bombardment, control of a battle (not of
ground), cutting supply lines (no riot), a feint battle, and deaths in a bridge or building
collapse (a disaster, no attack). Each sentence below gave an event before its block row."""

from __future__ import annotations

import json

from reading import READER, events_reader
from shared_data import DATA

from marsad.evaluate import DatasetIndex
from marsad.model import Document

read = events_reader("2018-06-10")


def _kinds(text: str) -> list[str | None]:
    return [e.sub_event_type for e in read(text)]


def test_a_halt_to_bombardment_is_no_strike() -> None:
    assert _kinds("وأعلن الجيش العراقي أمس أنه أوقف عمليات القصف الجوي على أحياء الفلوجة الخاضعة "
                  "لسيطرة تنظيم داعش للسماح للأهالي بالخروج.") == []
    assert "Air/drone strike" in _kinds("قصفت طائرات حربية أحياء الفلوجة أمس وقتلت خمسة من مسلحي داعش.")


def test_control_of_the_battle_is_no_territory() -> None:
    assert _kinds("وقال قائد ميداني في المقاومة إن الجيش الوطني يسهم بالمدفعية في السيطرة على "
                  "المعركة في مأرب ضد الحوثيين.") == []


def test_cutting_supply_lines_is_no_riot() -> None:
    assert _kinds("وتواصل القوات العراقية حصار مسلحي داعش وقطع طرق الإمدادات عنهم في الفلوجة.") == []


def test_a_feint_battle_is_no_clash() -> None:
    assert _kinds("وقال القائد إن مقاتلي المقاومة يلجؤون إلى معركة وهمية في منطقة ثم يهاجمون "
                  "الحوثيين في منطقة أخرى.") == []


def test_deaths_in_a_bridge_collapse_are_no_event() -> None:
    # A real report of a motorway bridge collapse (read from ../shared at run time): its toll of
    # 38 dead is the disaster's, not an attack's.
    row = DatasetIndex(DATA).row("ant_corpus_conflict", "FR-internationalNews-2767-20180818")
    doc = Document("t", row["content"], "ar", "t", published="2018-08-18")
    tolls = [e.fatalities.best for e in READER.read(doc).events if e.fatalities]
    assert 38 not in tolls, json.dumps(tolls)


def test_the_dead_of_a_disaster_report_are_no_attack_in_another_sentence() -> None:
    # The disaster is named in one sentence, "the dead" in the next: with no violent act and no
    # armed party in the document, they are the disaster's dead.
    assert _kinds("أعلنت الحكومة يوم حداد وطني بعد انهيار جسر على الطريق السريع في المدينة. واصطفت "
                  "في قاعة كبيرة توابيت 18 من القتلى، بينهم طفل، ووضعت عليها صور الضحايا.") == []
    # (an armed party in the sentence keeps them a conflict's dead)
    assert _kinds("أعلنت الحكومة يوم حداد وطني بعد انهيار جسر في المدينة. وفي ريف المدينة قتل "
                  "مسلحون خمسة من رجال الشرطة.") != []
