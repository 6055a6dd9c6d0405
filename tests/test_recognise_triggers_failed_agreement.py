"""A failed, missing or collapsed agreement is no Agreement event (the failure words govern
only agreement cues): our own sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

READER = Reader.default()


def _subs(text: str) -> list[str | None]:
    events = READER.read(Document("t", text, "ar", "t", published="2019-03-10")).events
    return [e.sub_event_type or e.event_type for e in events]


def test_talks_that_failed_to_agree_give_no_agreement() -> None:
    for text in (
        "وأخفقت الوساطة القبلية في التوصل إلى مصالحة بين مسلحي العشيرتين في ريف دير الزور.",
        "ولم يتم التوصل إلى هدنة بين قوات الحكومة والحوثيين في مدينة تعز رغم الاتصالات المكثفة.",
        "وانهار وقف إطلاق النار بين الجيش والفصائل المسلحة في ريف إدلب صباح اليوم.",
    ):
        assert "Agreement" not in _subs(text), text


def test_an_agreement_reached_after_earlier_failures_stays() -> None:
    text = ("وبعد أسابيع من المفاوضات، توصلت قوات النظام وفصائل المعارضة أمس إلى اتفاق هدنة "
            "في مدينة درعا.")
    assert "Agreement" in _subs(text)


def test_failure_words_leave_violence_alone() -> None:
    # a failed attack is still an attack: the failure row governs agreement cues only
    text = "وفشل هجوم شنه مسلحو التنظيم على حاجز للجيش في ريف دير الزور، وقتل ثلاثة من المهاجمين."
    assert "Armed clash" in _subs(text)
