"""TextView: one document's normalised view, segmented, with offsets back to the original."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from marsad.model import Document, Span
from marsad.text.normalise import NormalisedText, normalise
from marsad.text.segment import Piece, Tokens, all_clauses, sentences, tokens


@dataclass(frozen=True)
class TextView:
    """What recognisers read: the normalised text, its pieces, and the way back to spans."""

    document: Document
    norm: NormalisedText

    @property
    def text(self) -> str:
        """The normalised text (match here; report spans with ``span``)."""
        return self.norm.text

    @property
    def original(self) -> str:
        return self.norm.original

    @property
    def language(self) -> str:
        return self.document.language

    @cached_property
    def sentences(self) -> list[Piece]:
        return sentences(self.norm.text)

    @cached_property
    def clauses(self) -> list[Piece]:
        return all_clauses(self.norm.text, self.sentences)

    @cached_property
    def tokens(self) -> Tokens:
        return tokens(self.norm.text)

    def span(self, norm_start: int, norm_end: int) -> Span:
        """The original-text Span for a normalised ``[norm_start, norm_end)``."""
        start, end = self.norm.to_original(norm_start, norm_end)
        return Span(start, end)

    @cached_property
    def token_original_starts(self) -> list[int]:
        """Each token's start in the original text, computed once per document."""
        return self.original_starts(self.tokens.starts)

    def original_starts(self, norm_offsets: Sequence[int]) -> list[int]:
        """Original offsets of many normalised start offsets at once (free on identity maps,
        per segment rather than per offset when the offsets ascend)."""
        return self.norm.offsets.starts(norm_offsets)

    def sentence_at(self, norm_index: int) -> Piece | None:
        """The sentence holding a normalised offset."""
        from bisect import bisect_right

        sents = self.sentences
        i = bisect_right([s.start for s in sents], norm_index) - 1
        if i >= 0 and sents[i].start <= norm_index < sents[i].end:
            return sents[i]
        return None


def view(document: Document) -> TextView:
    """Normalise and wrap a document for the recognisers."""
    return TextView(document, normalise(document.text))
