"""Bytes -> text, keeping the reason: BOMs, UTF-8, UTF-16, cp1256, ISO-8859-6; binary and
truncation detection. Expected failures are returned as reasons, never raised."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer
import regex

from marsad.model import RejectReason

DEFAULT_MAX_BYTES = 5_000_000

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Legacy encodings of Arabic web text worth trying once UTF-8 has failed (order = preference).
_LEGACY = ["cp1256", "iso8859_6"]
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_LETTER = regex.compile(r"\p{L}")
_ARABIC = regex.compile(r"\p{Arabic}")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Undecodable:
    reason: RejectReason
    detail: str


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded | Undecodable:
    """Decode ``data`` or say why it cannot be read as a text document."""
    if len(data) > max_bytes:
        return Undecodable("too-large", f"{len(data):,} bytes is over the limit of {max_bytes:,}")
    if not data.strip():
        return Undecodable("empty", "no text (empty or whitespace only)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, f"{encoding} with BOM")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, utf16)
    if b"\x00" in data:
        return Undecodable("binary", "contains NUL bytes and is not UTF-16/32 text")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and len(data) - exc.start < 4:
            text = data[: exc.start].decode("utf-8")
            warning = f"truncated: an incomplete UTF-8 character at byte {exc.start} was dropped"
            return _checked(text, "utf-8", (warning,))
        utf8_error = f"not UTF-8 ({exc.reason} at byte {exc.start})"
    return _legacy(data, utf8_error)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: one byte of each pair takes very few values (00 for Latin, 06 for Arabic)."""
    sample = data[:4000]
    if len(sample) < 8 or len(data) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]

    def narrow(half: bytes) -> bool:
        counts = sorted((half.count(b) for b in set(half)), reverse=True)
        return sum(counts[:2]) > 0.85 * len(half)

    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if narrow(high) and not narrow(low) and 0 in high:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if len(_LETTER.findall(text)) > 0.5 * len(text):
                return encoding
    return None


def _strict(data: bytes, encoding: str, label: str) -> Decoded | Undecodable:
    try:
        return _checked(data.decode(encoding), label)
    except UnicodeDecodeError as exc:
        return Undecodable("undecodable", f"declared {label} but {exc.reason} at byte {exc.start}")


def _legacy(data: bytes, utf8_error: str) -> Decoded | Undecodable:
    """Try the legacy Arabic code pages, keeping only a reading that looks like Arabic text."""
    best = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY).best()
    candidates = ([best.encoding] if best is not None else []) + _LEGACY
    for encoding in dict.fromkeys(candidates):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = len(_LETTER.findall(text))
        if letters and len(_ARABIC.findall(text)) >= 0.5 * letters:
            return _checked(text, encoding, (f"{utf8_error}; read as {encoding}",))
    return Undecodable("undecodable", f"{utf8_error}, and no Arabic code page gives Arabic text")


def _checked(
    text: str, encoding: str, warnings: tuple[str, ...] = ()
) -> Decoded | Undecodable:
    if not text.strip():
        return Undecodable("empty", "no text (empty or whitespace only)")
    controls = len(_CONTROL.findall(text))
    if controls > max(2, 0.01 * len(text)):
        return Undecodable("binary", f"{controls} control or replacement characters in {encoding} text")
    return Decoded(text, encoding, warnings)
