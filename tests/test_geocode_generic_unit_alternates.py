"""First-level units whose GeoNames name is a generic word (Cameroon's Far North, Myanmar's Chin)
are read by the name with its unit word (admin1_en_alternates.tsv), never by the bare word."""

from reading import events_reader

_read = events_reader("2021-03-06", "en")


def _admin1s(text: str) -> list[str | None]:
    return [e.location.admin1 if e.location else None for e in _read(text)]


def test_a_unit_named_with_its_unit_word_is_read() -> None:
    assert _admin1s("Separatist fighters attacked a military post in Cameroon's North-West Region "
                    "on Monday, killing two soldiers.") == ["North-West"]
    assert _admin1s("Soldiers clashed with rebels in Chin State in western Myanmar on Sunday."
                    ) == ["Chin"]


def test_the_bare_generic_word_is_no_unit() -> None:
    assert _admin1s("Rebels attacked an army post in the north of Cameroon on Monday.") != ["North"]
