"""More openers carry an account on: كما ("also"), من جهته/من جانبها before a reporting verb (a
further source), and وبين with its subject before أن; a new topic (إلى ذلك) still does not."""

from __future__ import annotations

from reading import events_reader

read = events_reader("2019-04-11")  # a Thursday

_TOLD = "قالت مصادر محلية إن طائرات التحالف قصفت أمس مواقع للمسلحين في مديرية المتون.\n"


def _dates(text: str) -> dict[str, str | None]:
    return {e.trigger.text: e.date.start for e in read(text)}


def test_kama_goes_on_with_the_account() -> None:
    got = _dates(_TOLD + "كما قتل قائد ميداني للمسلحين في غارة مماثلة على جبهة حام.")
    assert got.get("غارة") == "2019-04-10"


def test_from_his_side_with_a_reporting_verb_goes_on() -> None:
    got = _dates(_TOLD + "من جهته، أكد محافظ الجوف أن المسلحين قصفوا منازل المدنيين في القرية.")
    assert got.get("قصفوا") == "2019-04-10"


def test_wa_bayyana_with_its_subject_goes_on() -> None:
    got = _dates(_TOLD + "وبين المصدر أن المسلحين قصفوا منازل المدنيين في القرية.")
    assert got.get("قصفوا") == "2019-04-10"


def test_a_new_topic_does_not_go_on() -> None:
    got = _dates(_TOLD + "إلى ذلك، قال محافظ الجوف إن المسلحين قصفوا منازل المدنيين في القرية.")
    assert got.get("قصفوا") is None


def test_an_account_goes_on_across_semicolons_and_three_sentences() -> None:
    text = ("شنت طائرات حربية فجر الأربعاء غارتين على موقعين للمسلحين شمال المدينة؛ "
            "وفق مصادر محلية.\n"
            "وقال مصدر أمني إن الطائرات استهدفت بصاروخين موقعا للمسلحين؛ مما أحدث أضرارا.\n"
            "وأشار إلى أن فرق الإطفاء وصلت إلى المكان.\n"
            "وذكر شهود عيان أن مسلحين اختطفوا ثلاثة مدنيين من بلدة الرستن.")
    assert _dates(text).get("اختطفوا") == "2019-04-10"
