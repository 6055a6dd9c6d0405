"""The public API is what __all__ says, and it reads a text end to end."""

from __future__ import annotations

import marsad

PINNED = {
    "Actor", "Attribution", "DateValue", "Document", "Event", "Extraction", "Fatalities",
    "MarsadError", "Mention", "Place", "Quantity", "RawInput", "Reader", "Rejected", "Span",
    "__version__", "content_id", "read_text", "schema", "to_contract", "to_document",
}


def test_api_all_is_pinned() -> None:
    assert set(marsad.__all__) == PINNED
    assert all(hasattr(marsad, name) for name in marsad.__all__)


def test_api_read_text_gives_true_spans() -> None:
    text = "سقطت قذائف على مدينة إدلب وريف حلب الغربي"
    extraction = marsad.read_text(text)
    assert extraction.document.id == marsad.content_id(text)
    assert extraction.mentions
    assert all(text[m.span.start : m.span.end] == m.text for m in extraction.mentions)


def test_api_read_text_refuses_empty_text() -> None:
    try:
        marsad.read_text("   ")
    except marsad.MarsadError as exc:
        assert "empty" in str(exc)
    else:
        raise AssertionError("empty text was read")
