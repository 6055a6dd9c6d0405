"""Marker words the assembler reads before a mention (ضد، الموالية، من قبل، قرب، قالت…), and
each word's marker groups as bits, worked out at load time for every token text that reads as
one: a test on the words before a mention is an AND on small integers.
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.assemble.doc import DocIndex, clitic_surfaces, readings_of
from marsad.model import Mention
from marsad.text.normalise import normalise_phrase


def _norm(words: set[str]) -> frozenset[str]:
    return frozenset(normalise_phrase(w) for w in words)


TARGET_MARKERS = _norm(
    {"ضد", "استهداف", "استهدف", "استهدفت", "استهدفوا", "على", "علي", "بحق", "مواقع", "مقرات",
     "نقاط", "دوريه", "دوريات", "تجمعات", "مراكز", "مقر"}
)
AFFILIATION_MARKERS = _norm(
    {"الموالي", "الموالين", "الموالون", "الموالية", "التابع", "التابعه", "التابعين",
     "التابعون", "المدعوم", "المدعومه", "المدعومين", "المقرب", "المقربه", "المقربين", "حلفاء",
     "الداعم", "الداعمه", "موالين", "موالي", "مواليه", "تابع", "تابعه", "مدعومه", "مدعوم"}
)
HOLDER_MARKERS = _norm({"سيطرة", "سيطرته", "سيطرتها", "نفوذ", "قبضة", "لسيطرة", "حكم"})
# An actor introduced by these supports the act (بمساندة طيران التحالف): an associated actor,
# neither side of the main pair.
SUPPORT_MARKERS = _norm({"بمساندة", "مساندة", "بدعم", "دعم", "بإسناد", "إسناد", "بمشاركة",
                         "بغطاء", "غطاء", "بمؤازرة", "مؤازرة"})
# Members of a force named as the ones hit (قتل ثلاثة عناصر من قسد): the force is the target.
# After a number from 11 to 99 the counted noun is a singular accusative (ثلاثة وأربعون مسلحاً).
MEMBER_MARKERS = _norm({"عناصر", "عنصر", "عنصرين", "مقاتلين", "مقاتلي", "جنود", "جنديين",
                        "أفراد", "افراد", "عضو", "أعضاء", "منتسبي", "عناصرها", "عناصره",
                        "مسلحين", "ضباط", "ضابط", "جندي", "مسلحا", "مقاتلا", "عنصرا", "جنديا",
                        "ضابطا", "مسلحي", "مسلحو", "مقاتلو", "عنصران", "جنديان", "مقاتلان",
                        "مسلحان", "ضابطان"})
# Head nouns of a force named by who wields it (طائرات النظام، مدفعية الجيش): after a finite
# verb, such a head and its owner are the verb's subject.
FORCE_HEADS = _norm({"قوات", "طائرات", "طائرة", "طيران", "مقاتلات", "مروحيات", "مروحية", "مدفعية",
                     "دبابات", "بوارج", "زوارق", "راجمات", "وحدات", "فرق", "كتائب", "ميليشيات",
                     "مليشيات", "فصائل", "قناصة", "دوريات", "دورية"})
# Verbs and masdars whose object is what was hit (عمليات اغتيال تطال عناصرها).
OBJECT_MARKERS = _norm({"تطال", "طالت", "يطال", "تستهدف", "يستهدف", "استهدفت", "استهدف",
                        "استهداف", "طال"})
# Words before a place that make it the neighbourhood of the place, not the place itself.
NEAR_MARKERS = _norm({"قرب", "بالقرب", "القريبة", "القريب", "القريبه", "محيط", "أطراف",
                      "اطراف", "مشارف", "ضواحي", "المحيطة", "المجاورة", "المجاور", "جوار"})
DESTINATION_MARKERS = _norm({"الي", "إلى", "باتجاه", "اتجاه", "نحو", "صوب", "الوصول", "وصول"})
# Reporting verbs: a day right after one (before its إن/أن) is the day the source spoke.
REPORTING_VERBS = frozenset(normalise_phrase(w) for w in (
    "قال قالت قالوا أعلن أعلنت أعلنوا أفاد أفادت أفادوا ذكر ذكرت ذكروا أكد أكدت أكدوا صرح صرحت "
    "أوضح أوضحت أشار أشارت نقل نقلت كشف كشفت أبلغ أبلغت اتهم اتهمت اتهموا أدان أدانت نفى نفت "
    "نشر نشرت بث بثت تبنى تبنت زعم زعمت قالا أضاف أضافت"
    # (admitting is saying: "اعترف المتهم أمس أمام المحكمة بـ…" dates the admission)
    " اعترف اعترفت اعترفوا أقر أقرت أقروا"
    # (with the pronoun of what they reported: حسبما أوردته مصادر، وفق ما ذكرته الوكالة)
    " أورد أوردت أوردته أوردتها ذكرته ذكرتها نقلته نقلتها"
).split()) | frozenset(  # English: "said on Sunday that…", "a report issued Wednesday"
    "said says told announced reported stated added claimed issued published".split())
# (as the tokens are: ان، بان; with a pronoun: إنه، أنها، بأنهم). THAT_SELF: those with a
# pronoun for the subject, read alone by aims (the speaker's own aim: "إنها تستهدف").
THAT_SELF = _norm({p + w for w in ("إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "إنهما", "أنهما")
                   for p in ("", "ب")})
THAT_WORDS = _norm({"إن", "أن", "بأن"}) | THAT_SELF | {"that"}
# Verbs saying an act took place (الانفجار الذي وقع أمس، الهجوم التي جرت): a day after one,
# between a reporting verb and the day, dates that act, not the statement.
# OCCURRED: the past ones, read by judge too (with verbs of outbreak and arrival).
OCCURRED = _norm({"وقع", "وقعت", "جرى", "جرت", "حدث", "حدثت", "حصل", "حصلت"})
HAPPENED_VERBS = OCCURRED | _norm({"يقع", "تقع"}) | {"occurred", "happened", "took"}

# "After" words, as written (both alif spellings; بُعيد with and without its damma): an act after
# one follows another act. Read by date_scope and merge (in the original text) and, normalised
# (AFTER_WORDS), by date_inherit, judge and protest_cause; each takes what it needs.
AFTER_WRITTEN = ("بعد", "عقب", "إثر", "اثر", "أعقاب", "اعقاب", "بُعيد", "بعيد")
AFTER_WORDS = _norm(set(AFTER_WRITTEN))

# Relative pronouns, as written (also with a final ى: الذى، التى): a clause they open is about
# the noun before them. Read in the original text by arguments, date_scope and judge.
RELATIVE_WRITTEN = ("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي",
                    "اللاتي", "الذى", "التى")

# Words saying an act answers another (ردا على، انتقاما لـ), as written in the original text
# (not normalised): a place after them is the other act's (arguments), and two triggers they
# stand between are two incidents (merge).
RETALIATION_WORDS = ("ردا", "رداً", "انتقاما", "انتقاماً", "ثأرا", "ثأراً")
# What names the act answered right after it (regex sources, one per language: ردا على الهجوم،
# انتقاما لمقتل؛ "in response to the attack", "retaliated for"). Read by arguments (a date or
# place after it is the answered act's), answers (the answered act named again) and repeats (an
# attack word after it is the act answered, not a repeat of the answer).
ANSWER_TO_AR = r"و?(?:" + "|".join(RETALIATION_WORDS) + r")\s+(?:على|علي|ل)"
ANSWER_TO_EN = (r"respond(?:ed|ing)\s+to|in\s+response\s+to|retaliat(?:ed|ing)\s+for"
                r"|in\s+retaliation\s+for|in\s+revenge\s+for")

# Verbs of suffering an act (تلقى الحوثيون ضربات، تعرضت قوات النظام لهجوم، تكبد التنظيم خسائر):
# their subject, named before the act's word, is who was hit, not who hit.
RECEIVE_VERBS = _norm({"تلقى", "تلقت", "تلقوا", "يتلقى", "تتلقى", "تعرض", "تعرضت", "تعرضوا",
                       "يتعرض", "تتعرض", "يتعرضون", "تكبد", "تكبدت", "تكبدوا", "يتكبد", "تتكبد", "مني",
                       "منيت"})

# Words that make the actor after them the agent (على يد، بواسطة); "من قبل" is tested apart.
AGENT_MARKERS = frozenset({"يد", "ايدي", "بواسطه", "by"})  # (English: "killed by gunmen")

# A speaker's organisation follows these (المتحدث باسم التحالف، الناطق بإسم الجيش): it reports
# the act, it does not do it.
SPEAKER_MARKERS = _norm({"باسم", "بإسم"})

# One bit per group, in this order.
_GROUPS = (TARGET_MARKERS, AFFILIATION_MARKERS, HOLDER_MARKERS, SUPPORT_MARKERS, MEMBER_MARKERS,
           OBJECT_MARKERS, NEAR_MARKERS, DESTINATION_MARKERS, AGENT_MARKERS,
           frozenset({"قبل"}), frozenset({"من"}), THAT_WORDS, REPORTING_VERBS, FORCE_HEADS,
           HAPPENED_VERBS, RECEIVE_VERBS, SPEAKER_MARKERS)
(TARGET, AFFILIATION, HOLDER, SUPPORT, MEMBER, OBJECT, NEAR, DESTINATION, AGENT, QIBAL, MIN, THAT,
 REPORTING, FORCE, HAPPENED, RECEIVE, SPEAKER) = (1 << i for i in range(len(_GROUPS)))


# The marker groups of every token text with a reading in one (``clitic_surfaces``: a token is
# among a group's surfaces if and only if one of its readings is in the group), made at load
# time: a token's bits are then one dict lookup, where working them out from its readings
# costs a clitic split (a regex) for each new word.
_WORD_BITS: dict[str, int] = {}  # each marker word's groups
for _i, _group in enumerate(_GROUPS):
    for _word in _group:
        _WORD_BITS[_word] = _WORD_BITS.get(_word, 0) | 1 << _i


def _surface_bits(surface: str) -> int:
    bits = 0
    for reading in readings_of(surface):
        bits |= _WORD_BITS.get(reading, 0)
    return bits


_SURFACE_BITS = {surface: _surface_bits(surface) for surface in clitic_surfaces(_WORD_BITS)}
# The token texts that read as a reporting verb: ``reported_first`` is False on words with none
# (one set test on a run of tokens spares the walk).
REPORTING_TOKENS = frozenset(s for s, bits in _SURFACE_BITS.items() if bits & REPORTING)


def word_bits(word: str) -> int:
    """The groups one of the word's readings (itself, or without its clitics) belongs to."""
    return _SURFACE_BITS.get(word, 0)


def reported_first(words: Iterable[str]) -> bool:
    """Walking ``words`` (nearest first): a reporting verb comes before any إن/أن (or a verb
    saying an act took place: what follows is that act's)."""
    get = _SURFACE_BITS.get  # (word_bits, inlined)
    for word in words:
        bits = get(word, 0)
        if bits & (THAT | HAPPENED):
            return False
        if bits & REPORTING:
            return True
    return False


def bits_before(idx: DocIndex, m: Mention, n: int) -> list[int]:
    """``word_bits`` of the up to ``n`` words before a mention (``DocIndex.before``),
    nearest last."""
    texts, bits = idx.view.tokens.texts, _SURFACE_BITS.get
    return [bits(texts[k], 0) for k in idx.before(m, n)]  # (word_bits, inlined)


def either(bits: list[int], group: int) -> bool:
    """Whether one of ``bits`` is in ``group``."""
    return any(b & group for b in bits)
