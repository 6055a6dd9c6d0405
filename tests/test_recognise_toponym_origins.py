"""A place named as where people came from or were going (أسرة من محافظة إب، ذهابهم إلى عدن)
only locates: no event is placed there. People named by where they were seized (ثلاثة شبان من
بلدة X), places of arrival, a destination en route (في طريقه إلى X) and one the text goes on to
describe as a scene (حيث) stay scenes, and so do the places people were driven from or fled
(فرت العائلات من X، تهجير عائلات من X) and the origin and destination of convoys struck on
their way (قادمة من X، أثناء توجهها إلى X)."""

from __future__ import annotations

from reading import event_admin1s, place_values

from marsad.recognise.toponym_origins import may_origin, origin_of
from marsad.text.normalise import normalise


def _origin(text: str, name: str) -> bool:
    norm, key = normalise(text).text, normalise(name).text
    start = norm.index(key)
    return may_origin(norm) and origin_of(norm, start, start + len(key))


def test_home_and_destination_only_locate() -> None:
    assert _origin("قتل خمسة من أسرة من محافظة إب بقذيفة سقطت على منزلهم", "محافظة إب")
    assert _origin("لقي عمال ينحدرون من البنجاب حتفهم في انفجار", "البنجاب")
    assert _origin("استهدفت غارة حافلة تقل مسافرين أثناء ذهابهم إلى عدن", "عدن")
    assert _origin("اعتقل الأمن الطالب قبل سفره إلى تركيا بيومين", "تركيا")
    got = place_values("قتل ثلاثة مدنيين من أسرة نازحة من محافظة الحديدة في قصف على مخيم "
                       "بمحافظة لحج.")
    assert "locates" not in got["محافظة لحج"]
    assert got["محافظة الحديدة"]["locates"] is True


def test_where_people_were_seized_or_hurt_stays_a_scene() -> None:
    assert not _origin("اعتقلت القوات ثلاثة شبان من بلدة بيت أمر فجر اليوم", "بلدة بيت أمر")
    assert not _origin("اعتقلت الشرطة رجلا لدى عودته إلى مدينة الموصل", "مدينة الموصل")
    assert not _origin("أصيب سائق بجروح في قصف على طريق حلب", "حلب")
    assert not _origin("انفجرت عبوة بدورية في طريقها إلى مدينة الرمادي", "مدينة الرمادي")
    assert not _origin("منعوا الأهالي من ذهابهم إلى مدينة دوما، حيث وقع الهجوم", "مدينة دوما")
    assert not _origin("قصفت الطائرات تعزيزات قادمة من محافظة إب", "محافظة إب")
    assert not _origin("قال المرصد إن مئات العائلات فرت من مدينة عفرين", "مدينة عفرين")
    assert not _origin("حذر من تهجير عائلات من مدينة داريا", "مدينة داريا")
    assert _origin("قتل أفراد أسرة يمنية من محافظة تعز في انفجار", "محافظة تعز")
    assert not _origin("دمرت الغارات آليات أثناء توجهها إلى مديرية الجراحي", "مديرية الجراحي")
    got = place_values("قتل مسافران في كمين على طريق بين صنعاء ومأرب.")
    assert "locates" not in got["صنعاء"]


def test_an_act_is_not_placed_at_the_victims_home_town() -> None:
    admin1s = event_admin1s("قتل ثلاثة عمال من محافظة إب في انفجار عبوة ناسفة في مدينة عدن.")
    assert admin1s and all(a != "Ibb" for a in admin1s)
    admin1s = event_admin1s("اعتقل مسلحون عشرة مسافرين عند نقطة تفتيش بحجة ذهابهم إلى مدينة عدن.")
    assert all(a != "Aden" for a in admin1s)
