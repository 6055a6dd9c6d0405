"""marsad: conflict-event records from Arabic and English news, every field with its evidence.

>>> from marsad import Reader, read_text
>>> extraction = read_text("قصف مدفعي على بلدة ذيبان بريف دير الزور")
"""

from __future__ import annotations

from marsad.contract import schema, to_contract
from marsad.documents import content_id, to_document
from marsad.errors import MarsadError
from marsad.model import (
    Actor,
    Attribution,
    DateValue,
    Document,
    Event,
    Extraction,
    Fatalities,
    Mention,
    Place,
    Quantity,
    Rejected,
    Span,
)
from marsad.pipeline import Reader
from marsad.sources.base import RawInput

__all__ = [
    "Actor",
    "Attribution",
    "DateValue",
    "Document",
    "Event",
    "Extraction",
    "Fatalities",
    "MarsadError",
    "Mention",
    "Place",
    "Quantity",
    "RawInput",
    "Reader",
    "Rejected",
    "Span",
    "__version__",
    "content_id",
    "read_text",
    "schema",
    "to_contract",
    "to_document",
]

__version__ = "0.1.0"


def read_text(
    text: str, published: str | None = None, source: str | None = None, name: str = "<text>"
) -> Extraction:
    """Read one text with the default pipeline (builds it each call: use Reader for batches)."""
    doc = to_document(RawInput(name, text=text), published=published, source=source)
    if isinstance(doc, Rejected):
        raise MarsadError(f"{doc.reason}: {doc.detail}", name)
    return Reader.default().read(doc)
