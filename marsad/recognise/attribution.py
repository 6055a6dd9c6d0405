"""Attribution: who a report says its information comes from, through whom, with which verb.

A speaker (attribution_speakers.tsv, or an actor found before: "قال الجيش الإسرائيلي") counts
only with a reporting cue (attribution_cues.tsv) next to it: a verb before or after it, or
"according to" before it. A speaker that opens its sentence (the topic: "السكان المحليون في ...")
may take a reporting verb later in the same sentence. "via" is a correspondent or an outlet
after the verb (لمراسل "سبوتنيك" في دير الزور، لرويترز، told Reuters) or an outlet relaying a
speaker (نقلت وكالة X عن مصادر). The span covers the contiguous attribution phrase.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.model import Mention
from marsad.recognise.actors import closing_quote_end, prepared, token_range
from marsad.text.lexicon import PhraseLexicon, longest
from marsad.text.segment import Piece, Tokens
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


@dataclass(frozen=True, slots=True)
class Candidate:
    """A speaker found on the unquoted tokens ``first..last``."""

    first: int
    last: int
    entry: SpeakerEntry
    offset: int  # normalised start, after any proclitic
    proclitic: str = ""
    actor: str | None = None


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
        self, view: TextView, kept: Sequence[Piece], found: Sequence[Mention], starts: list[int]
    ) -> list[Candidate]:
        cands = [
            Candidate(m.first_token, m.last_token, m.value, m.start, m.proclitic)
            for m in self.speakers.matches(kept)
        ]
        for m in found:
            if m.kind == "actor" and isinstance(m.value, dict):
                rng = token_range(starts, m.span)
                if rng is not None:
                    kind = _INTER_SPEAKER_TYPE.get(int(m.value.get("type", 3)), "armed-group")
                    entry = SpeakerEntry(str(m.value["name"]), kind, "actor")
                    # Proclitics map one to one: the actor's start inside its first token.
                    offset = kept[rng[0]].start + max(0, m.span.start - starts[rng[0]])
                    cands.append(
                        Candidate(rng[0], rng[1], entry, offset, actor=str(m.value["id"]))
                    )
        # Longest first; on a tie an actor (it names who) beats a lexicon word.
        chosen: list[Candidate] = []
        for c in sorted(cands, key=lambda c: (c.first - c.last, c.actor is None, c.first)):
            if all(c.last < o.first or o.last < c.first for o in chosen):
                chosen.append(c)
        return sorted(chosen, key=lambda c: c.first)

    def __call__(self, view: TextView, found: Sequence[Mention]) -> list[Mention]:
        toks = view.tokens
        prep = prepared(view)
        kept, index, starts = prep.kept, prep.index, prep.starts
        if not kept:
            return []
        cands = self._candidates(view, kept, found, starts)
        by_first = {c.first: c for c in cands}
        cue_first: dict[int, tuple[int, CueEntry]] = {}
        cue_last: dict[int, tuple[int, CueEntry]] = {}
        offsets: dict[int, int] = {c.first: c.offset for c in cands}
        for cm in longest(self.cues.matches(kept)):
            cue_first[cm.first_token] = (cm.last_token, cm.value)
            cue_last[cm.last_token] = (cm.first_token, cm.value)
            offsets.setdefault(cm.first_token, cm.start)
        places: dict[int, tuple[int, str]] = {}
        for m in found:
            if m.kind == "place" and isinstance(m.value, dict):
                rng = token_range(starts, m.span)
                if rng is not None:
                    places[rng[0]] = (rng[1], str(m.value.get("name") or m.text))
        sentence_of = self._sentence_ids(view, kept)
        out: list[Mention] = []
        consumed: set[int] = set()
        for c in cands:
            if c.first in consumed or c.entry.role == "correspondent":
                continue
            found_one = self._attribution(
                view, index, c, kept, by_first, cue_first, cue_last, places, sentence_of, cands
            )
            if found_one is None:
                continue
            start, end, value, used = found_one
            consumed.update(used)
            norm_end = closing_quote_end(toks, index[start], index[end])
            span = view.span(offsets.get(start, kept[start].start), norm_end)
            out.append(Mention("attribution", span, span.of(view.original), value, self.name))
        return out

    @staticmethod
    def _sentence_ids(view: TextView, kept: Sequence[Piece]) -> list[int]:
        """Each token's sentence number (``bisect_right`` of its start in the sentence starts),
        by one bisect per sentence over the ascending token starts."""
        token_starts = kept.starts if isinstance(kept, Tokens) else [t.start for t in kept]
        out: list[int] = []
        done = 0
        for k, sentence in enumerate(view.sentences):
            cut = bisect_left(token_starts, sentence.start, done)
            out.extend([k] * (cut - done))
            done = cut
        out.extend([len(view.sentences)] * (len(token_starts) - done))
        return out

    def _attribution(
        self,
        view: TextView,
        index: list[int],
        c: Candidate,
        kept: Sequence[Piece],
        by_first: dict[int, Candidate],
        cue_first: dict[int, tuple[int, CueEntry]],
        cue_last: dict[int, tuple[int, CueEntry]],
        places: dict[int, tuple[int, str]],
        sentence_of: list[int],
        cands: list[Candidate],
    ) -> tuple[int, int, dict[str, object], set[int]] | None:
        start, end = c.first, c.last
        verb: CueEntry | None = None
        via: str | None = None
        used = {c.first}
        prep: CueEntry | None = None
        before = cue_last.get(c.first - 1)
        if before is not None and index[c.first] - index[c.first - 1] > 1:
            before = None  # a quotation opens between: مضيفا "المدنيون ..." is speech
        if before is not None:
            start = before[0]
            if before[1].position == "prep":
                prep = before[1]
            else:  # بحسب ما أفادت مصادر / according to what X said
                verb = before[1]
                outer = cue_last.get(start - 1) or (
                    cue_last.get(start - 2) if start >= 2 and kept[start - 1].text == "ما" else None
                )
                if outer is not None and outer[1].position == "prep":
                    start = outer[0]
        if c.entry.role == "source" and c.last + 1 in by_first:
            media = by_first[c.last + 1]
            if media.entry.role == "media":
                via, end = media.entry.speaker, media.last
                used.add(media.first)
        q_end, _ = self._qualifier(kept, end, places)
        speaker_end = q_end
        obj = cue_first.get(q_end + 1)
        if verb is not None and verb.gloss == "announced" and obj and obj[1].position == "object":
            verb, q_end = obj[1], obj[0]  # أعلن التنظيم مسؤوليته: claimed responsibility
        if verb is None:
            after = cue_first.get(q_end + 1)
            if after is not None and after[1].position == "verb":
                verb, q_end = after[1], after[0]
        if verb is not None and via is None:
            via, q_end = self._via(kept, q_end, by_first, places, used)
        if verb is not None and via is None:
            via, q_end = _quoted_outlet(view, kept, index, q_end)
        # An outlet relaying a speaker: نقلت وكالة X عن مصادر ...
        relayed = by_first.get(q_end + 2) if q_end + 1 < len(kept) else None
        if (
            verb is not None and c.entry.role == "media" and relayed is not None
            and kept[q_end + 1].text == "عن" and relayed.entry.role != "correspondent"
        ):
            used.add(relayed.first)
            value = self._value(relayed, verb, c.entry.speaker)
            r_end, _ = self._qualifier(kept, relayed.last, places)
            return start, r_end, value, used
        if verb is None and c.actor is None and self._opens_sentence(c, kept, sentence_of):
            verb = self._later_verb(c, speaker_end, cue_first, sentence_of, cands)
        verb = verb or prep
        if verb is None:
            return None
        value = self._value(c, verb, via)
        if start > 0 and kept[start - 1].text in _NEGATIONS:
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

    @staticmethod
    def _qualifier(
        kept: Sequence[Piece], end: int, places: dict[int, tuple[int, str]]
    ) -> tuple[int, str | None]:
        """Extend ``end`` over "في <place>" (في ريف دير الزور); returns the end and place name."""
        if end + 2 >= len(kept) or kept[end + 1].text != "في":
            return end, None
        j = end + 2
        while j < len(kept) and kept[j].text in _GEO_WORDS and j not in places:
            j += 1
        if j in places:
            last, name = places[j]
            return last, name
        return end, None

    def _via(
        self,
        kept: Sequence[Piece],
        end: int,
        by_first: dict[int, Candidate],
        places: dict[int, tuple[int, str]],
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
            last, place = self._qualifier(kept, last, places)
            return (f"{label} in {place}" if place else label), last
        told = kept[end].text in ("told", "tell", "tells")
        if nxt.entry.role == "media" and ("ل" in nxt.proclitic or told):
            used.add(nxt.first)
            return nxt.entry.speaker, nxt.last
        return None, end

    @staticmethod
    def _opens_sentence(c: Candidate, kept: Sequence[Piece], sentence_of: list[int]) -> bool:
        return c.first == 0 or sentence_of[c.first - 1] != sentence_of[c.first]

    @staticmethod
    def _later_verb(
        c: Candidate,
        end: int,
        cue_first: dict[int, tuple[int, CueEntry]],
        sentence_of: list[int],
        cands: list[Candidate],
    ) -> CueEntry | None:
        """A reporting verb later in the sentence, with no other speaker before it."""
        other = [o.first for o in cands if o.first > end and o.actor is None]
        limit = min([end + _WINDOW, *other])
        for i in range(end + 1, min(limit, len(sentence_of))):
            if sentence_of[i] != sentence_of[c.first]:
                break
            cue = cue_first.get(i)
            if cue is not None and cue[1].position == "verb":
                return cue[1]
        return None


def _quoted_outlet(
    view: TextView, kept: Sequence[Piece], index: list[int], end: int
) -> tuple[str | None, int]:
    """An outlet named in quotes or brackets after a bare لـ: لـ"الاقتصادية"، لـ(اليوم)."""
    toks = view.tokens
    if end + 1 >= len(kept) or kept[end + 1].text != "ل":
        return None, end
    k = index[end + 1] + 1
    if k >= len(toks) or toks[k].text not in ('"', "'", "("):
        return None, end
    close = ")" if toks[k].text == "(" else toks[k].text
    for j in range(k + 1, min(k + 6, len(toks))):
        if toks[j].text == close and j > k + 1:
            name = view.span(toks[k + 1].start, toks[j - 1].end).of(view.original)
            last = next((i for i, t in enumerate(kept) if t.start >= toks[j - 1].start), end)
            return name, last
    return None, end
