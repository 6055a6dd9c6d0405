"""The reader: loaded tables leave the collector's reach after the first document."""

from __future__ import annotations

import gc

from marsad.model import Document
from marsad.pipeline import Reader


def test_first_read_freezes_what_loading_made_and_later_reads_agree() -> None:
    gc.unfreeze()
    reader = Reader.default()
    doc = Document("t", "قصفت الطائرات بلدة سراقب بريف إدلب أمس.", "ar", "t", published="2018-06-13")
    first = reader.read(doc)
    assert gc.get_freeze_count() > 0
    assert reader.read(doc) == first
