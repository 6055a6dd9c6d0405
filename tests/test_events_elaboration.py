"""An incident told again in detail, with no day, precise place or cue, is that incident."""

from __future__ import annotations

from reading import events_reader

LEAD = ("قتل سبعة جنود من الجيش اليمني في هجوم شنه مسلحون من تنظيم القاعدة على موقع عسكري في "
        "مديرية شبام بمحافظة حضرموت أمس، بحسب مصدر عسكري.\n")


_events = events_reader()


def test_detail_sentence_joins_the_lead_incident() -> None:
    detail = ("وقال شهود إن هجوما بسيارة مفخخة تلته اشتباكات بالأسلحة الخفيفة والقذائف، طال حاجزا "
              "للجيش في حضرموت.\n")
    events = _events(LEAD + detail)
    assert [(e.sub_event_type, e.specificity) for e in events] == [("Armed clash", "specific")]


def test_the_same_tactics_elsewhere_stay_apart() -> None:
    other = "وفي محافظة مأرب، هجوم بسيارة مفخخة تلته اشتباكات بالأسلحة الخفيفة والقذائف على حاجز للجيش.\n"
    events = _events(LEAD + other)
    assert len(events) >= 2
    assert {e.location.admin1 for e in events if e.location} >= {"Ma'rib"}
