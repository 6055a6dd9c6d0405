"""The document's main place, the fallback for an event its sentence does not place, lies in
the country the document names most: a stray place of another country is no fallback."""

from __future__ import annotations

from reading import event_admin1s as _admin1s


def test_stray_place_of_another_country_is_no_fallback() -> None:
    text = (
        "قتل جنديان فرنسيان في مالي يوم الأربعاء بعد أن استهدفت عبوة ناسفة عربتهما المدرعة. "
        "وقال متحدث عسكري إن القوات الفرنسية تنتشر في مالي والنيجر منذ سنوات. "
        "وتعهد الاتحاد الأوروبي بتمويل قوة مشتركة في منطقة الساحل.")
    admin1s = _admin1s(text)
    assert admin1s, "the IED blast is an event"
    assert "Asyut" not in admin1s
    assert all(a is None for a in admin1s)


def test_main_place_in_the_main_country_still_places_an_event() -> None:
    text = (
        "قالت مصادر أمنية إن مسلحين هاجموا نقطة تفتيش في محافظة شمال سيناء أمس. "
        "وأضافت المصادر أن الجيش يواصل حملته في شمال سيناء منذ أشهر. "
        "وقتل جنديان في الهجوم الذي شنه مسلحون مجهولون.")
    admin1s = _admin1s(text)
    assert admin1s and set(admin1s) == {"North Sinai"}
