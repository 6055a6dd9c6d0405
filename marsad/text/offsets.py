"""OffsetMap: maps a span of a normalised view back to the original text.

The normalised text is built from segments of the original. Most segments are 1:1 (one
character for one character); the rest replace ``orig_len`` characters with ``norm_len``
characters (deletions have ``norm_len == 0``). A normalised span maps to the smallest original
range covering the segments it touches, so it always lies inside the original and the map is
monotonic.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import islice
from operator import le
from typing import NamedTuple


class Segment(NamedTuple):
    """``orig_len`` original characters from ``orig_start`` read as ``norm_len`` normalised
    ones from ``norm_start`` (a tuple: made per edit, so cheap to make)."""

    norm_start: int
    norm_len: int
    orig_start: int
    orig_len: int


class OffsetMap:
    """Normalised offsets -> original offsets; identity when nothing changed length."""

    __slots__ = ("_deltas", "_norm_len", "_norm_starts", "_orig_ends", "_orig_len", "_orig_starts",
                 "unchanged")

    def __init__(self, segments: list[Segment], norm_len: int, orig_len: int) -> None:
        # Only segments that produce normalised characters can contain a normalised offset.
        kept = [s for s in segments if s.norm_len > 0]
        self._norm_starts = [s.norm_start for s in kept]
        # Per segment: original minus normalised offset on a 1:1 segment (else None), and its
        # original range: every look-up reads these lists instead of segment fields.
        self._deltas = [s.orig_start - s.norm_start if s.norm_len == s.orig_len else None
                        for s in kept]
        self._orig_starts = [s.orig_start for s in kept]
        self._orig_ends = [s.orig_start + s.orig_len for s in kept]
        self._norm_len = norm_len
        self._orig_len = orig_len
        # Public, read by NormalisedText.to_original without a property call.
        self.unchanged = all(s.norm_len == s.orig_len for s in segments) and norm_len == orig_len

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([Segment(0, length, 0, length)] if length else [], length, length)

    def start(self, norm_index: int) -> int:
        """Original offset of the normalised character at ``norm_index``."""
        return norm_index if self.unchanged else self._start(norm_index)

    def end(self, norm_end: int) -> int:
        """Original offset just after the normalised character at ``norm_end - 1``."""
        return norm_end if self.unchanged else self._end(norm_end)

    def span(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Original ``[start, end)`` for the normalised ``[norm_start, norm_end)``."""
        if norm_end <= norm_start:
            raise ValueError(f"empty or reversed span [{norm_start}, {norm_end})")
        if self.unchanged:
            return norm_start, norm_end
        # ``_start`` and ``_end`` written out: this runs for every mention a recogniser reports.
        bounds = self._norm_starts
        if norm_start >= self._norm_len:
            start = self._orig_len
        else:
            i = bisect_right(bounds, norm_start) - 1
            delta = self._deltas[i]
            start = self._orig_starts[i] if delta is None else norm_start + delta
        if norm_end <= 0:
            return start, 0
        last = min(norm_end, self._norm_len) - 1
        i = bisect_right(bounds, last) - 1
        delta = self._deltas[i]
        return start, self._orig_ends[i] if delta is None else last + 1 + delta

    def _start(self, norm_index: int) -> int:
        """``start`` of a map that is not the identity: a bisect and a list read."""
        if norm_index >= self._norm_len:
            return self._orig_len
        i = bisect_right(self._norm_starts, norm_index) - 1
        delta = self._deltas[i]
        return self._orig_starts[i] if delta is None else norm_index + delta

    def _end(self, norm_end: int) -> int:
        """``end`` of a map that is not the identity: a bisect and a list read."""
        if norm_end <= 0:
            return 0
        last = min(norm_end, self._norm_len) - 1
        i = bisect_right(self._norm_starts, last) - 1
        delta = self._deltas[i]
        return self._orig_ends[i] if delta is None else last + 1 + delta

    def starts(self, norm_offsets: Sequence[int]) -> list[int]:
        """``start`` of many offsets at once: one pass over the segments when they ascend.

        A run of offsets inside a 1:1 segment moves by one delta (mapped in C), so the cost is
        per segment, not per offset; the result equals ``[self.start(i) for i in norm_offsets]``.
        """
        if self.unchanged:
            return list(norm_offsets)
        if not all(map(le, norm_offsets, islice(norm_offsets, 1, None))):
            return list(map(self._start, norm_offsets))
        out: list[int] = []
        bounds, deltas = self._norm_starts, self._deltas
        n, count = len(norm_offsets), len(bounds)
        lo = bisect_left(norm_offsets, 0)
        out.extend(map(self._start, norm_offsets[:lo]))  # negative: as ``start`` reads them
        k = max(0, bisect_right(bounds, norm_offsets[lo]) - 1) if lo < n else count
        while lo < n and k < count:
            stop = bounds[k + 1] if k + 1 < count else self._norm_len
            hi = bisect_left(norm_offsets, stop, lo)
            if hi > lo:
                delta = deltas[k]
                if delta is None:
                    out.extend([self._orig_starts[k]] * (hi - lo))
                else:
                    out.extend(map(delta.__add__, norm_offsets[lo:hi]))
                lo = hi
            k += 1
        out.extend([self._orig_len] * (n - lo))  # at or past the end
        return out
