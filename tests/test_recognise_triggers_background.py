"""Background words that are no new event: joining (a court, a treaty, a party, a group: most
often biography or purpose), and a truce or agreement named as already in force."""

from __future__ import annotations

from reading import READER

from marsad.model import Document


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in READER.read(Document("t", text, "ar", "t")).events]


def test_joining_is_no_change_to_a_group() -> None:
    for text in ("وانضمت السلطة إلى المحكمة الجنائية الدولية في كانون الثاني الماضي.",
                 "وكان المسلح قد انضم إلى التنظيم عام 2014 بعد أن قاتل في صفوف الجيش.",
                 "واعتقلت الشرطة شابا حاول السفر للانضمام إلى داعش."):
        assert "Change to group/activity" not in _subs(text), text
    # a merger of armed groups still is one
    assert "Change to group/activity" in _subs("واندمجت ثلاث فصائل مسلحة في الشمال في جبهة واحدة.")


def test_a_truce_in_force_is_no_new_agreement() -> None:
    for text in ("وقال ناشطون إن قوات النظام خرقت الهدنة القائمة مع الفصائل بقصف البلدة.",
                 "ورغم اتفاق لوقف إطلاق النار بين الجيش والمسلحين، تواصلت الاشتباكات.",
                 "واتهمت الفصائل الجيش بخروقات وقف إطلاق النار في ريف المحافظة."):
        assert "Agreement" not in _subs(text), text
    assert "Agreement" in _subs("وتوصلت قوات النظام والفصائل المسلحة الأحد إلى هدنة في المحافظة.")


def test_judicial_death_sentences_and_convictions_are_no_killings() -> None:
    for text in ("ونفذت السلطات حكم الإعدام في خمسة مدانين بتهم إرهابية.",
                 "وعاقبت المحكمة المتهمين بالإعدام شنقا.",
                 "وأدانت المحكمة المتهمين بقتل المتظاهرين خلال أحداث الثورة.",
                 "وقد أدينوا بارتكاب هجوم إرهابي على محطة القطارات."):
        assert _subs(text) == [], text
    # an execution by an armed group, and a government condemning an attack, are still events
    assert _subs("وأعدم مسلحو التنظيم خمسة مدنيين في ساحة البلدة أمس.") == ["Attack"]
    assert _subs("وأدانت الحكومة الهجوم الذي استهدف دورية للجيش في المدينة أمس.") == [
        "Armed clash"]
