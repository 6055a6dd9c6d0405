"""Bytes to text: encodings kept, bad input given a reason."""

from __future__ import annotations

import codecs

import pytest

from marsad.text.decode import Decoded, Undecodable, decode

ARABIC = "قُتل ثلاثة مدنيين في قصف مدفعي على بلدة في ريف إدلب الجنوبي، بحسب ناشطين."


def test_decode_utf8() -> None:
    result = decode(ARABIC.encode("utf-8"))
    assert isinstance(result, Decoded) and result.text == ARABIC and result.encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_decode_legacy_arabic_code_pages(encoding: str) -> None:
    text = "قتل ثلاثة مدنيين في قصف مدفعي على بلدة في ريف ادلب الجنوبي"
    result = decode(text.encode(encoding))
    assert isinstance(result, Decoded) and result.text == text
    assert result.warnings and "not UTF-8" in result.warnings[0]


def test_decode_short_cp1256_is_not_mistaken_for_cjk() -> None:
    result = decode("قصف مدفعي".encode("cp1256"))
    assert isinstance(result, Decoded) and result.text == "قصف مدفعي"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8 with BOM"),
        (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16-le with BOM"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16-be with BOM"),
        (ARABIC.encode("utf-16-le"), "utf-16-le"),
        ("Shelling hit the town of Ariha on Monday.".encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decode_boms_and_utf16(data: bytes, encoding: str) -> None:
    result = decode(data)
    assert isinstance(result, Decoded), result
    assert result.encoding == encoding and result.text.startswith(("قُتل", "Shelling"))


def test_decode_truncated_utf8_keeps_text_with_warning() -> None:
    data = "قصف مدفعي على بلدة".encode()[:-1]  # cut inside the last letter
    result = decode(data)
    assert isinstance(result, Decoded)
    assert result.text == "قصف مدفعي على بلد"
    assert "truncated" in result.warnings[0]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t ", "empty"),
        (bytes(range(100)), "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 50, "binary"),
        (b"x" * 101, "too-large"),
    ],
)
def test_decode_rejects_with_reason(data: bytes, reason: str) -> None:
    result = decode(data, max_bytes=100)
    assert isinstance(result, Undecodable) and result.reason == reason and result.detail
