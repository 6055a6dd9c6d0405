"""Reading one document: text view -> recognisers -> events. Pure: no I/O."""

from __future__ import annotations

import gc
from collections.abc import Sequence

from marsad.errors import RecogniserError
from marsad.events import assemble
from marsad.model import Document, Extraction, Mention
from marsad.recognise import DEFAULT_PIPELINE, Recogniser, default_registry
from marsad.text.view import view


class Reader:
    """A built pipeline; build once, then ``read`` many documents (picklable for workers)."""

    def __init__(self, recognisers: Sequence[Recogniser]) -> None:
        self.recognisers = list(recognisers)
        self._frozen = False

    @classmethod
    def default(cls, names: Sequence[str] = DEFAULT_PIPELINE) -> Reader:
        return cls(default_registry().build(names))

    def read(self, document: Document) -> Extraction:
        """Everything marsad finds in ``document``, every value with its span."""
        text_view = view(document)
        found: list[Mention] = []
        for recogniser in self.recognisers:
            try:
                found.extend(recogniser(text_view, found))
            except Exception as exc:  # a recogniser bug must name the document, not kill a batch
                raise RecogniserError(
                    f"{recogniser.name} failed: {type(exc).__name__}: {exc}", document.name
                ) from exc
        found.sort(key=lambda m: (m.span.start, m.span.end, m.kind))
        events, attributions = assemble(text_view, found)
        if not self._frozen:
            # Lexicons and the gazetteer load on the first document: move them out of the
            # collector's reach, so collections triggered per document never walk them again.
            gc.freeze()
            self._frozen = True
        return Extraction(document, tuple(found), tuple(events), tuple(attributions))
