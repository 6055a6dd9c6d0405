"""Raw inputs -> Documents (decoded, language identified, content-addressed) or Rejected."""

from __future__ import annotations

import hashlib

from marsad.model import Document, Rejected
from marsad.sources.base import RawInput
from marsad.text.decode import DEFAULT_MAX_BYTES, Decoded, decode
from marsad.text.language import identify


def content_id(text: str) -> str:
    """``sha256:`` of the UTF-8 text: the same article read twice gets the same id."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def to_document(
    raw: RawInput,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: str | None = None,
    source: str | None = None,
) -> Document | Rejected:
    """Decode and identify one input; ``published``/``source`` fill in what the input lacks."""
    if raw.error is not None:
        return Rejected(raw.name, "malformed", raw.error)
    warnings: tuple[str, ...] = ()
    if raw.text is not None:
        if len(raw.text.encode("utf-8", "surrogatepass")) > max_bytes:
            return Rejected(raw.name, "too-large", f"text is over the limit of {max_bytes:,} bytes")
        text, encoding = raw.text, "utf-8"
        if not text.strip():
            return Rejected(raw.name, "empty", "no text (empty or whitespace only)")
    else:
        decoded = decode(raw.data or b"", max_bytes)
        if not isinstance(decoded, Decoded):
            return Rejected(raw.name, decoded.reason, decoded.detail)
        text, encoding, warnings = decoded.text, decoded.encoding, decoded.warnings
    if raw.html:
        from marsad.sources.html import html_to_text

        extracted = html_to_text(text)
        if extracted is None:
            return Rejected(raw.name, "empty", "no main text found in the HTML page")
        text = extracted.text
        raw = _with_html_metadata(raw, extracted.title, extracted.published)
    language = raw.language if raw.language in ("ar", "en") else identify(text)
    if language is None:
        return Rejected(raw.name, "unsupported-language", "the text is neither Arabic nor English")
    return Document(
        id=content_id(text),
        text=text,
        language="ar" if language == "ar" else "en",
        name=raw.name,
        input_id=raw.input_id,
        source=raw.source or source,
        url=raw.url,
        published=raw.published or published,
        title=raw.title,
        encoding=encoding,
        warnings=warnings,
    )


def _with_html_metadata(raw: RawInput, title: str | None, published: str | None) -> RawInput:
    from dataclasses import replace

    return replace(raw, title=raw.title or title, published=raw.published or published)
