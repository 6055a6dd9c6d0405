"""The document's home place counts the town a local source speaks from ("قال مسؤول في مدينة
سبها"), but not a capital a source speaks from: ministries and agencies sit there."""

from __future__ import annotations

from reading import event_admin1s as _admin1s


def test_local_source_town_is_the_home_of_an_unplaced_clash() -> None:
    text = (
        "قتل 12 شخصا على الأقل في اشتباكات عنيفة بين مسلحين من قبيلتين في جنوب ليبيا منذ أيام. "
        "وقال مسؤول محلي في مدينة سبها إن المعارك تدور بالأسلحة المتوسطة. "
        "ودعا المجلس البلدي الأهالي في مدينة سبها إلى التهدئة. "
        "من جهة أخرى طالبت البعثة الأممية بالإفراج عن عمال مخطوفين قرب مدينة زوارة. "
        "وكان العمال يعملون في مشروع للمياه في زوارة منذ سنوات.")
    admin1s = _admin1s(text)
    assert admin1s, "the clash is an event"
    assert admin1s[0] == "Sabha"


def test_capital_sources_do_not_move_the_home_place() -> None:
    text = (
        "أعدم مسلحون ثلاثة مدنيين في محافظة حجة أمس. "
        "وتواصل الجماعة حملاتها في حجة منذ أشهر. "
        "وأضافت المصادر أن المسلحين اختطفوا شابين آخرين، بحسب مصادر في صنعاء. "
        "ونقلت وكالة الأنباء عن مصادر في صنعاء أن الأهالي يخشون حملات جديدة.")
    admin1s = _admin1s(text)
    assert admin1s, "the killings are events"
    assert "Amanat Alasimah" not in admin1s
