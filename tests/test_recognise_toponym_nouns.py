"""Place names that are also common words: بحجة + complement is "under the pretext of", and
whole-word names like كشفه (revealed it) or بحركة (by the movement) need a cue."""

from __future__ import annotations

from reading import events_reader

from marsad.model import Document
from marsad.pipeline import Reader

_READER = Reader.default()
_read = events_reader(published="2018-06-14")


def _places(text: str) -> list[str]:
    ex = _READER.read(Document("t", text, "ar", "t", published="2018-06-14"))
    return [str((m.value or {}).get("name")) for m in ex.mentions  # type: ignore[union-attr]
            if m.kind == "place"]


def test_pretext_before_a_complement_is_no_place() -> None:
    assert "Ḩajjah" not in _places("اعتقلت الشرطة ناشطا بحجة أنه حرض على العنف.")
    assert "Ḩajjah" not in _places("شن الجيش حملة مداهمات بحجة مكافحة الإرهاب.")
    events = _read("اعتقل مسلحون عشرة مسافرين في مدينة تعز بحجة انتمائهم للمقاومة.")
    assert events and all(e.location is not None and e.location.name == "Taiz" for e in events)


def test_in_hajjah_before_a_direction_conjunction_or_full_stop_stays_a_place() -> None:
    assert "Ḩajjah" in _places("شنت طائرات التحالف غارات على مواقع الحوثيين بحجة شمال غرب اليمن.")
    assert "Ḩajjah" in _places("وقتل ثلاثة مدنيين بحجة والحديدة.")
    assert "Ḩajjah" in _places("قتل ثلاثة مدنيين في قصف بحجة.")


def test_common_words_that_are_whole_hamlet_names_need_a_cue() -> None:
    assert _places("اعتقلت الشرطة عشرة أشخاص وفقا لما كشفه مصدر أمني.") == []
    assert _places("وأشاد المتحدث بحركة حماس وقال إن الهجمات ستستمر.") == []


def test_military_position_named_like_a_district_is_no_place() -> None:
    # "موقع ملحان": a post named like Milhan district; the district itself, a town after
    # "موقع" and a plural ("مواقع ميدي": positions in Midi) stay places.
    assert "Milhan" not in _places("انفجر لغم بمركبة عسكرية بالقرب من موقع ملحان في مديرية حيران.")
    assert "Hayran" in _places("انفجر لغم بمركبة عسكرية بالقرب من موقع ملحان في مديرية حيران.")
    assert "Milhan" in _places("قتل جنديان في هجوم على مديرية ملحان.")
    assert "Al Jamīmah" in _places("استعادت القوات موقع الجميمة.")
    assert "Mīdī" in _places("حاول الحوثيون فك الحصار عن عناصرهم في بعض مواقع ميدي.")


def test_with_the_penalty_of_is_no_baqubah() -> None:
    # (بعقوبة: the town's name, and ب + عقوبة before a definite genitive)
    assert "Baqubah" not in _places("وقضت المحكمة بعقوبة الإعدام على ثلاثة مدانين في قضية التفجير.")
    assert "Baqubah" not in _places("وحكم عليه بعقوبة السجن المؤبد بتهمة الانتماء إلى التنظيم.")


def test_baqubah_before_a_time_word_an_adjective_or_its_province_stays_a_place() -> None:
    for text in ("وانفجرت عبوة ناسفة في بعقوبة الأسبوع الماضي.",
                 "وقتل شرطي بانفجار عبوة ناسفة في بعقوبة مركز محافظة ديالى.",
                 "وقتل شرطي بانفجار عبوة ناسفة في بعقوبة الجديدة.",
                 "وقتل شرطي بانفجار عبوة ناسفة في بعقوبة."):
        assert "Baqubah" in _places(text), text
