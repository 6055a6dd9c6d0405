"""Attribution: who a report says its information comes from, through whom, with which verb.

A speaker (attribution_speakers.tsv, or an actor found before: "قال الجيش الإسرائيلي") counts
only with a reporting cue (attribution_cues.tsv) next to it: a verb before or after it, or
"according to" before it. A speaker that opens its sentence (the topic: "السكان المحليون في ...")
may take a reporting verb later in the same sentence. "via" is a correspondent or an outlet
after the verb (لمراسل "سبوتنيك" في دير الزور، لرويترز، told Reuters) or an outlet relaying a
speaker (نقلت وكالة X عن مصادر). The span covers the contiguous attribution phrase.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import Any, NamedTuple, cast

from marsad.model import Mention
from marsad.recognise.actors import Prepared, closing_quote_end, kept_range, prepared
from marsad.text.lexicon import PhraseLexicon, longest
from marsad.text.segment import Tokens
from marsad.text.view import TextView

NAME = "marsad.attribution.v1"
# Words that may follow "في" in a speaker's or correspondent's place qualifier (view letters).
_GEO_WORDS = frozenset(
    "ريف ريفي مدينه محافظه بلده قريه منطقه مناطق حي مخيم شرق غرب شمال جنوب شرقي غربي شمالي "
    "جنوبي الشرقي الغربي الشمالي الجنوبي".split()
)
_INTER_SPEAKER_TYPE = {1: "official", 8: "official", 2: "armed-group", 3: "armed-group",
                       4: "armed-group", 5: "local", 6: "local", 7: "civilians"}
_WINDOW = 40  # tokens a sentence-initial speaker may be from its reporting verb
_NEGATIONS = frozenset({"لم", "ولم", "لا", "ولا", "not", "did"})
_LONGEST_FIRST = lambda c: (c.first - c.last, c.actor is None, c.first)  # noqa: E731


@dataclass(frozen=True, slots=True)
class SpeakerEntry:
    speaker: str
    speaker_type: str
    role: str  # speaker | media | source | correspondent | actor


@dataclass(frozen=True, slots=True)
class CueEntry:
    gloss: str
    lemma: str
    position: str  # verb | prep | object


class Candidate(NamedTuple):
    """A speaker found on the unquoted tokens ``first..last`` (a tuple: cheap to make)."""

    first: int
    last: int
    entry: SpeakerEntry
    offset: int  # normalised start, after any proclitic
    proclitic: str = ""
    actor: str | None = None


# Candidate without its Python-level __new__ (the same tuple subclass, made in C): every field given.
_new_candidate: Callable[[type[Candidate], tuple[Any, ...]], Candidate] = cast(Any, tuple.__new__)


class _Doc:
    """One document's unquoted tokens (as lists), speakers, cues and places, for one call."""

    __slots__ = ("by_first", "cands", "cue_first", "cue_last", "found", "index", "kstarts",
                 "places", "prep", "sentence_starts", "texts", "verbs", "view")

    def __init__(self, view: TextView, kept: Tokens, index: Sequence[int]) -> None:
        self.view = view
        self.index = index
        self.texts, self.kstarts = kept.texts, kept.starts
        self.cands: list[Candidate] = []
        self.by_first: dict[int, Candidate] = {}
        self.cue_first: dict[int, tuple[int, CueEntry]] = {}
        self.cue_last: dict[int, tuple[int, CueEntry]] = {}
        self.places: dict[int, tuple[int, str]] | None = None
        self.found: Sequence[Mention] = ()
        self.prep: Prepared | None = None
        self.sentence_starts: list[int] | None = None
        self.verbs: list[int] | None = None

    def sentence_of(self, i: int) -> int:
        """Token ``i``'s sentence number: how many sentences start at or before it (the
        sentences are read only when a speaker without a verb next to it needs them)."""
        if self.sentence_starts is None:
            self.sentence_starts = [s.start for s in self.view.sentences]
        return bisect_right(self.sentence_starts, self.kstarts[i])

    def sentence_stop(self, i: int) -> int:
        """The first token after token ``i``'s sentence (``len(texts)`` in the last one)."""
        k = self.sentence_of(i)
        assert self.sentence_starts is not None
        if k >= len(self.sentence_starts):
            return len(self.texts)
        return bisect_left(self.kstarts, self.sentence_starts[k])

    def place_at(self) -> dict[int, tuple[int, str]]:
        """The places found before, by their first unquoted token: (last token, name). Mapped
        only when a qualifier "في" asks (most speakers have none)."""
        if self.places is None:
            assert self.prep is not None
            self.places = {}
            for m in self.found:
                if m.kind == "place" and isinstance(m.value, dict):
                    rng = kept_range(self.prep, m.span)
                    if rng is not None:
                        self.places[rng[0]] = (rng[1], str(m.value.get("name") or m.text))
        return self.places

    def verb_firsts(self) -> list[int]:
        """First tokens of the reporting verbs, ascending."""
        if self.verbs is None:
            self.verbs = sorted(k for k, (_, cue) in self.cue_first.items()
                                if cue.position == "verb")
        return self.verbs


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("marsad.recognise").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def lexicons() -> tuple[PhraseLexicon[SpeakerEntry], PhraseLexicon[CueEntry]]:
    """The speaker and cue lexicons, loaded once per process."""
    speakers: PhraseLexicon[SpeakerEntry] = PhraseLexicon(
        (p, SpeakerEntry(s, t, r)) for p, s, t, r in _rows("attribution_speakers.tsv")
    )
    cues: PhraseLexicon[CueEntry] = PhraseLexicon(
        (p, CueEntry(g, lemma, pos)) for p, g, lemma, pos in _rows("attribution_cues.tsv")
    )
    return speakers, cues


class AttributionRecogniser:
    """Finds attribution phrases; the value is ``{speaker, speaker_type, via?, verb?, lemma?}``."""

    name: str = NAME
    requires: tuple[str, ...] = ("tokens", "actor")
    provides: tuple[str, ...] = ("attribution",)

    def __init__(self) -> None:
        self.speakers, self.cues = lexicons()

    def _candidates(
        self, kept: Tokens, found: Sequence[Mention], prep: Prepared
    ) -> list[Candidate]:
        cands = [
            _new_candidate(Candidate, (m.first_token, m.last_token, m.value, m.start, m.proclitic, None))
            for m in self.speakers.matches(kept)
        ]
        kstarts, every, index = kept.starts, prep.every, prep.index
        for m in found:
            if m.kind == "actor" and isinstance(m.value, dict):
                rng = kept_range(prep, m.span)
                if rng is not None:
                    kind = _INTER_SPEAKER_TYPE.get(int(m.value.get("type", 3)), "armed-group")
                    entry = SpeakerEntry(str(m.value["name"]), kind, "actor")
                    # Proclitics map one to one: the actor's start inside its first token.
                    offset = kstarts[rng[0]] + max(0, m.span.start - every[index[rng[0]]])
                    cands.append(_new_candidate(
                        Candidate, (rng[0], rng[1], entry, offset, "", str(m.value["id"]))))
        # Longest first; on a tie an actor (it names who) beats a lexicon word.
        chosen: list[Candidate] = []
        taken: set[int] = set()  # the tokens of the candidates chosen so far
        for c in sorted(cands, key=_LONGEST_FIRST):
            if taken.isdisjoint(range(c.first, c.last + 1)):
                chosen.append(c)
                taken.update(range(c.first, c.last + 1))
        chosen.sort(key=itemgetter(0))
        return chosen

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        toks = view.tokens
        prep = prepared(view)
        kept, index = prep.kept, prep.index
        if not kept:
            return []
        cue_matches = longest(self.cues.matches(kept))
        if not cue_matches:
            return []  # every attribution needs a reporting cue
        doc = _Doc(view, kept, index)
        doc.cands = cands = self._candidates(kept, found, prep)
        if not cands:
            return []
        doc.by_first = {c.first: c for c in cands}
        offsets: dict[int, int] = {c.first: c.offset for c in cands}
        for cm in cue_matches:
            doc.cue_first[cm.first_token] = (cm.last_token, cm.value)
            doc.cue_last[cm.last_token] = (cm.first_token, cm.value)
            offsets.setdefault(cm.first_token, cm.start)
        doc.found, doc.prep = found, prep
        out: list[Mention] = []
        consumed: set[int] = set()
        for c in cands:
            if c.first in consumed or c.entry.role == "correspondent":
                continue
            found_one = self._attribution(doc, c)
            if found_one is None:
                continue
            start, end, value, used = found_one
            consumed.update(used)
            norm_end = closing_quote_end(toks, index[start], index[end])
            span = view.span(offsets.get(start, doc.kstarts[start]), norm_end)
            out.append(Mention("attribution", span, span.of(view.original), value, self.name))
        return out

    def _attribution(
        self, doc: _Doc, c: Candidate
    ) -> tuple[int, int, dict[str, object], set[int]] | None:
        texts, index, by_first, cue_first = doc.texts, doc.index, doc.by_first, doc.cue_first
        start, end = c.first, c.last
        verb: CueEntry | None = None
        via: str | None = None
        used = {c.first}
        prep: CueEntry | None = None
        before = doc.cue_last.get(c.first - 1)
        if before is not None and index[c.first] - index[c.first - 1] > 1:
            before = None  # a quotation opens between: مضيفا "المدنيون ..." is speech
        if before is not None:
            start = before[0]
            if before[1].position == "prep":
                prep = before[1]
            else:  # بحسب ما أفادت مصادر / according to what X said
                verb = before[1]
                outer = doc.cue_last.get(start - 1) or (
                    doc.cue_last.get(start - 2) if start >= 2 and texts[start - 1] == "ما" else None
                )
                if outer is not None and outer[1].position == "prep":
                    start = outer[0]
        if c.entry.role == "source" and c.last + 1 in by_first:
            media = by_first[c.last + 1]
            if media.entry.role == "media":
                via, end = media.entry.speaker, media.last
                used.add(media.first)
        q_end, _ = _qualifier(texts, end, doc)
        speaker_end = q_end
        obj = cue_first.get(q_end + 1)
        if verb is not None and verb.gloss == "announced" and obj and obj[1].position == "object":
            verb, q_end = obj[1], obj[0]  # أعلن التنظيم مسؤوليته: claimed responsibility
        if verb is None:
            after = cue_first.get(q_end + 1)
            if after is not None and after[1].position == "verb":
                verb, q_end = after[1], after[0]
        if verb is not None and via is None:
            via, q_end = _via(texts, q_end, by_first, doc, used)
        if verb is not None and via is None:
            via, q_end = _quoted_outlet(doc, q_end)
        # An outlet relaying a speaker: نقلت وكالة X عن مصادر ...
        relayed = by_first.get(q_end + 2) if q_end + 1 < len(texts) else None
        if (
            verb is not None and c.entry.role == "media" and relayed is not None
            and texts[q_end + 1] == "عن" and relayed.entry.role != "correspondent"
        ):
            used.add(relayed.first)
            value = self._value(relayed, verb, c.entry.speaker)
            r_end, _ = _qualifier(texts, relayed.last, doc)
            return start, r_end, value, used
        if verb is None and c.actor is None and _opens_sentence(doc, c):
            verb = _later_verb(doc, c, speaker_end)
        verb = verb or prep
        if verb is None:
            return None
        value = self._value(c, verb, via)
        if start > 0 and texts[start - 1] in _NEGATIONS:
            value["negated"] = True  # لم يؤكد الجيش: the speaker did not confirm
        return start, max(q_end, speaker_end), value, used

    @staticmethod
    def _value(c: Candidate, verb: CueEntry, via: str | None) -> dict[str, object]:
        value: dict[str, object] = {"speaker": c.entry.speaker, "speaker_type": c.entry.speaker_type}
        if via is not None:
            value["via"] = via
        value["verb"] = verb.gloss
        value["lemma"] = verb.lemma
        if c.actor is not None:
            value["actor"] = c.actor
        return value


def _qualifier(texts: list[str], end: int, doc: _Doc) -> tuple[int, str | None]:
    """Extend ``end`` over "في <place>" (في ريف دير الزور); returns the end and place name."""
    if end + 2 >= len(texts) or texts[end + 1] != "في":
        return end, None
    places = doc.place_at()
    j = end + 2
    while j < len(texts) and texts[j] in _GEO_WORDS and j not in places:
        j += 1
    if j in places:
        last, name = places[j]
        return last, name
    return end, None


def _via(
    texts: list[str],
    end: int,
    by_first: dict[int, Candidate],
    doc: _Doc,
    used: set[int],
) -> tuple[str | None, int]:
    """A correspondent or outlet told (لمراسل "X" في ..., لرويترز, told Reuters)."""
    nxt = by_first.get(end + 1)
    if nxt is None:
        return None, end
    if nxt.entry.role == "correspondent":
        used.add(nxt.first)
        label, last = nxt.entry.speaker, nxt.last
        media = by_first.get(last + 1)
        if media is not None and media.entry.role == "media":
            label, last = f"{media.entry.speaker} correspondent", media.last
            used.add(media.first)
        last, place = _qualifier(texts, last, doc)
        return (f"{label} in {place}" if place else label), last
    told = texts[end] in ("told", "tell", "tells")
    if nxt.entry.role == "media" and ("ل" in nxt.proclitic or told):
        used.add(nxt.first)
        return nxt.entry.speaker, nxt.last
    return None, end


def _opens_sentence(doc: _Doc, c: Candidate) -> bool:
    return c.first == 0 or doc.sentence_of(c.first - 1) != doc.sentence_of(c.first)


def _later_verb(doc: _Doc, c: Candidate, end: int) -> CueEntry | None:
    """A reporting verb later in the sentence, with no other speaker before it."""
    limit = end + _WINDOW
    for o in doc.cands:  # ascending: the first later speaker bounds the search
        if o.first > end and o.actor is None:
            limit = min(limit, o.first)
            break
    stop = min(limit, doc.sentence_stop(c.first))
    verbs = doc.verb_firsts()
    k = bisect_right(verbs, end)
    if k < len(verbs) and verbs[k] < stop:
        return doc.cue_first[verbs[k]][1]
    return None


def _quoted_outlet(doc: _Doc, end: int) -> tuple[str | None, int]:
    """An outlet named in quotes or brackets after a bare لـ: لـ"الاقتصادية"، لـ(اليوم)."""
    view, texts = doc.view, doc.texts
    toks = view.tokens
    if end + 1 >= len(texts) or texts[end + 1] != "ل":
        return None, end
    k = doc.index[end + 1] + 1
    words = toks.texts
    if k >= len(words) or words[k] not in ('"', "'", "("):
        return None, end
    close = ")" if words[k] == "(" else words[k]
    for j in range(k + 1, min(k + 6, len(words))):
        if words[j] == close and j > k + 1:
            name = view.span(toks.starts[k + 1], toks.ends[j - 1]).of(view.original)
            last = bisect_left(doc.kstarts, toks.starts[j - 1])
            return name, last if last < len(texts) else end
    return None, end
