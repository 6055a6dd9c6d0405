"""Page furniture names no events: read-more lines and closing tag lists."""

from __future__ import annotations

from reading import READER

from marsad.assemble.boilerplate import furniture_spans
from marsad.model import Document


def test_tag_list_after_the_last_sentence_is_furniture() -> None:
    text = "وقعت غارات على مدينة مأرب اليوم الخميس. سمات اشتباكات الجنوب صنعاء هدنة"
    spans = furniture_spans(text)
    assert [text[a:b].strip() for a, b in spans] == ["سمات اشتباكات الجنوب صنعاء هدنة"]
    events = READER.read(Document("t", text, "ar", "t")).events
    assert [e.trigger.text for e in events] == ["غارات"]


def test_the_word_in_running_text_is_not_a_tag_list() -> None:
    text = "من سمات المرحلة الحالية أن الاشتباكات مستمرة في ريف حماة، وقال مصدر إن القصف توقف."
    assert furniture_spans(text) == []


def test_a_line_opening_with_lilmazid_links_another_story() -> None:
    text = ("قتل ثلاثة مدنيين في قصف على بلدة سراقب بريف إدلب الجمعة.\n"
            "للمزيد - معارك الغوطة: من يحاصر من؟\n"
            "للمزيد: غارات جديدة على ريف حماة\n"
            "وأكد المرصد أن القصف استمر حتى المساء.")
    spans = furniture_spans(text)
    assert [text[a:b].strip() for a, b in spans] == [
        "للمزيد - معارك الغوطة: من يحاصر من؟", "للمزيد: غارات جديدة على ريف حماة"]
    events = READER.read(Document("t", text, "ar", "t")).events
    assert "معارك" not in [e.trigger.text for e in events]
    assert "غارات" not in [e.trigger.text for e in events]


def test_lilmazid_inside_a_sentence_is_text() -> None:
    text = ("وحذر المسؤول من أن الوضع مرشح للمزيد من التصعيد.\n"
            "للمزيد سألنا مصدرا عسكريا عن المعارك في درعا.")
    assert furniture_spans(text) == []
