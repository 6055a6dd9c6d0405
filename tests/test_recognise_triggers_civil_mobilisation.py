"""Recruitment is of fighters by armed actors: a recruitment word with no armed party or
violence in its sentence (doctors mobilised, resources marshalled, spies recruited) is no
recruitment event. Our own sentences."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Reader

READER = Reader.default()


def _subs(text: str) -> list[str | None]:
    events = READER.read(Document("t", text, "ar", "t", published="2019-03-10")).events
    return [e.sub_event_type or e.event_type for e in events]


def test_civil_mobilisation_is_no_recruitment() -> None:
    for text in (
        "وقد تجند أطباء القطاع الخاص طواعية لمساعدة المصابين في مستشفيات المدينة.",
        "وقررت الوزارة تجنيد كل الإمكانيات لإنجاح الموسم الدراسي في الولاية.",
    ):
        assert "marsad:Recruitment" not in _subs(text), text


def test_recruitment_by_armed_actors_stays() -> None:
    for text in (
        "وتواصل ميليشيا الحوثي تجنيد الأطفال في محافظة صعدة.",
        "وفرض تنظيم داعش التجنيد الإجباري على شبان مدينة الميادين.",
        "ويجند حزب الله الشبان في القرى الحدودية للقتال في سوريا.",
    ):
        assert "marsad:Recruitment" in _subs(text), text
