"""English weapon words the lexicon lacked (triggers_en.tsv): suicide bombs and SVBIEDs are
Suicide bomb, a limpet blast a remote explosive, sulfur mustard and poisonous gases a chemical
weapon. Our own sentences."""

from __future__ import annotations

from reading import events_reader

_events = events_reader(published="2024-05-10", language="en")


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _events(text)]


def test_weapon_words() -> None:
    for text, sub in (
        ("Attackers set off suicide bombs outside a hotel in the capital on Thursday.", "Suicide bomb"),
        ("Militants detonated a suicide vehicle-borne device (SVBIED) at a checkpoint in Mogadishu on Monday.",
         "Suicide bomb"),
        ("A soldier was killed in a limpet blast near the border on Monday.",
         "Remote explosive/landmine/IED"),
        ("Government forces used sulfur mustard in an attack on the town on Monday.", "Chemical weapon"),
    ):
        assert sub in _subs(text), (text, _subs(text))
