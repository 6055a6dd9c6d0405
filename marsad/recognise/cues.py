"""Helpers shared by the cue-lexicon recognisers (triggers, casualties, specificity).

Lexicon rows list Arabic phrases naturally; ``variants`` adds the forms news text actually
uses (definite article on following words, accusative alif and pronoun endings on single
nouns), and ``Scope`` says which sentence and clause each token sits in.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from itertools import repeat
from operator import itemgetter

from marsad.text.lexicon_scan import proclitic_sequences, with_proclitics
from marsad.text.normalise import normalise_phrase
from marsad.text.segment import Piece, Tokens

_ENDINGS = ("ا", "ه", "ها", "هم", "هما")
_PRONOUNS = ("", *_ENDINGS[1:])  # none, or a pronoun ending (ه ها هم هما)
_START = itemgetter(0)  # Piece.start


def variants(phrase: str, endings: bool = True) -> list[str]:
    """The phrase, with the article added to its following words and (single words) endings;
    an English (ASCII) phrase only as written."""
    norm = normalise_phrase(phrase)
    if norm.isascii():
        return [norm]
    words = norm.split()
    out = [norm]
    if len(words) > 1:
        definite = [words[0]] + [w if w.startswith("ال") else "ال" + w for w in words[1:]]
        out.append(" ".join(definite))
    elif endings and len(norm) >= 3 and not norm.endswith(("ا", "ي", "ه", "و")):
        out.extend(norm + e for e in _ENDINGS)
    return list(dict.fromkeys(out))


def noun_tokens(package: str, name: str) -> frozenset[str]:
    """The nouns of a one-column data file beside a recogniser (written with or without their
    article) as the tokens that are one of them: after a conjunction and the article (each
    optional: والاتفاق), with or without a pronoun ending (رحلاتها); one set test a token."""
    nouns = {normalise_phrase(w).removeprefix("ال") for w in read_phrases(package, name)}
    return with_proclitics([n + e for n in nouns for e in _PRONOUNS], proclitic_sequences(("",)))


def read_rows(package: str, name: str) -> Iterator[list[str]]:
    """Tab-separated rows of a data file beside a recogniser, comments and blanks skipped."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def read_phrases(package: str, name: str) -> list[str]:
    """A one-column data file beside a recogniser: its phrases, comments and blanks skipped."""
    return [row[0].strip() for row in read_rows(package, name)]


# English causes of death that are no conflict: one list, read by the trigger and casualty lexicons.
CAUSES_EN = "causes_en.txt"


def word_kinds(package: str, name: str) -> dict[str, frozenset[str]]:
    """A two-column data file (word, kind) as kind -> its words, normalised."""
    kinds: dict[str, set[str]] = {}
    for word, kind in read_rows(package, name):
        kinds.setdefault(kind, set()).add(normalise_phrase(word))
    return {k: frozenset(v) for k, v in kinds.items()}


class PieceIndex(dict[int, int]):
    """Token index -> index of the piece (sentence or clause) it sits in, found by bisect over
    the pieces' starts when first asked and then kept."""

    __slots__ = ("bounds", "starts")

    def __init__(self, starts: Sequence[int], bounds: list[int], asked: Sequence[int]) -> None:
        # the asked tokens in one C-level pass: bisect each token's start into the bounds
        pieces = map(bisect_right, repeat(bounds), map(starts.__getitem__, asked))
        super().__init__(zip(asked, pieces, strict=True))
        self.starts = starts
        self.bounds = bounds  # starts of the pieces after the first

    def __missing__(self, i: int) -> int:
        piece = self[i] = bisect_right(self.bounds, self.starts[i])
        return piece

    def tokens(self, piece: int) -> range:
        """The tokens of a piece: those whose start lies between its start and the next's."""
        bounds, starts = self.bounds, self.starts
        lo = bisect_left(starts, bounds[piece - 1]) if piece > 0 else 0
        return range(lo, bisect_left(starts, bounds[piece]) if piece < len(bounds) else len(starts))

    def of_all(self, tokens: Iterable[int]) -> set[int]:
        """The pieces of these tokens, in one C-level pass (none kept)."""
        return set(map(bisect_right, repeat(self.bounds), map(self.starts.__getitem__, tokens)))


class Scope:
    """Sentence and clause index of the tokens of a view (normalised offsets): the index of the
    last piece starting at or before the token (0 before the first piece).

    No per-token table: the tokens named at build time are placed in one C-level pass, any
    other token when first asked about.
    """

    __slots__ = ("clause_of", "sentence_of")

    def __init__(self, sentence_of: PieceIndex, clause_of: PieceIndex) -> None:
        self.sentence_of = sentence_of
        self.clause_of = clause_of

    @classmethod
    def build(
        cls, toks: Sequence[Piece], sentences: Sequence[Piece], clauses: Sequence[Piece],
        asked: Sequence[int] = (),
    ) -> Scope:
        t_starts = toks.starts if isinstance(toks, Tokens) else [t.start for t in toks]
        return cls(PieceIndex(t_starts, list(map(_START, sentences[1:])), asked),
                   PieceIndex(t_starts, list(map(_START, clauses[1:])), asked))

    def clause_openings(self, after: int, upto: int) -> list[int]:
        """The tokens in ``(after, upto]`` that open a clause (the first token of each)."""
        starts, bounds = self.clause_of.starts, self.clause_of.bounds
        lo = bisect_right(bounds, starts[after])
        hi = bisect_right(bounds, starts[upto])
        return sorted({bisect_left(starts, b) for b in bounds[lo:hi]})


def token_index(starts: Sequence[int], offset: int) -> int:
    """Index of the token at or just before ``offset`` (``starts``: sorted token starts)."""
    return max(0, bisect_right(starts, offset) - 1)
