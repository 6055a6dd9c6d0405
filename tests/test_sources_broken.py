"""Sources with broken items: the rest is processed, each broken item reported by position."""

from __future__ import annotations

import gzip
import uuid
from pathlib import Path

import orjson
import pytest

from marsad.runner import RunOptions, run
from marsad.sources.feeds import iter_feed
from marsad.sources.files import iter_inputs
from marsad.sources.html import html_to_text
from marsad.store import open_store

PAGES = (
    "قتل مدنيان وأصيب أربعة آخرون في قصف مدفعي استهدف أطراف مدينة معرة النعمان صباح اليوم.",
    "أعلنت قوات الأمن اعتقال خمسة أشخاص يشتبه بانتمائهم إلى خلية مسلحة في مدينة الرمادي.",
    "انفجرت عبوة ناسفة بسيارة عسكرية على الطريق الواصل بين بلدتي الشحيل والبصيرة شرق دير الزور.",
)


def _page(text: str) -> bytes:
    return (f"<html><head><title>خبر</title></head><body><nav>الرئيسية | سياسة | اقتصاد</nav>"
            f"<article><p>{text}</p><p>{text}</p></article><footer>جميع الحقوق محفوظة</footer>"
            "</body></html>").encode()


def _record(kind: str, uri: str, block: bytes, content_type: str) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2024-03-06T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def write_warc(path: Path, compress: bool) -> None:
    """Three pages and a request record; the second page's record header is broken."""
    records = []
    for i, text in enumerate(PAGES):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + _page(text)
        records.append(_record("response", f"https://news.example/{i}", http,
                               "application/http; msgtype=response"))
    records.append(_record("request", "https://news.example/0", b"GET /0 HTTP/1.1\r\n\r\n",
                           "application/http; msgtype=request"))
    records[1] = b"not a warc header at all\r\n" + records[1][40:]
    if compress:
        records = [gzip.compress(r) for r in records]
    path.write_bytes(b"".join(records))


FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example News</title>
<item><title>قصف</title><link>https://news.example/a</link>
<pubDate>Thu, 01 Mar 2018 01:30:00 +0400</pubDate><description>{PAGES[0]} وأفاد ناشطون بأن القصف تجدد مساء.</description></item>
<item><title>بلا نص</title><link>https://news.example/b</link></item>
<item><title>اعتقال</title><link>https://news.example/c</link>
<pubDate>Fri, 02 Mar 2018 10:00:00 GMT</pubDate><description><![CDATA[<p>{PAGES[1]}</p><p>وأفرج لاحقا عن اثنين منهم.</p>]]></description></item>
</channel></rss>"""


@pytest.mark.parametrize("compress", [False, True])
def test_warc_bad_record_is_reported_and_the_rest_read(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_warc(path, compress)
    items = list(iter_inputs([str(path)], 10**6))
    errors = [i.name for i in items if i.error]
    assert errors == [f"{path}#record2"]
    good = [i for i in items if not i.error]
    assert [i.url for i in good] == ["https://news.example/0", "https://news.example/2"]
    assert all(i.html and i.published is None for i in good)  # crawl date is not publication


def test_feed_items_take_their_own_dates_and_a_bad_item_is_reported() -> None:
    items = list(iter_feed("feed.rss", FEED.encode()))
    assert [i.name.split(" ")[0] for i in items] == ["feed.rss#item1", "feed.rss#item2",
                                                     "feed.rss#item3"]
    assert items[1].error is not None and items[0].error is None
    assert items[0].published == "2018-03-01"  # local date of +0400, not 28 Feb in UTC
    assert items[2].published == "2018-03-02"
    assert items[0].source == "Example News" and items[2].url == "https://news.example/c"


def test_html_main_text_leaves_menus_and_footers_out() -> None:
    page = _page(PAGES[2]).decode().replace(
        "<title>", '<meta property="article:published_time" content="2019-04-07"><title>')
    found = html_to_text(page)
    assert found is not None
    assert PAGES[2] in found.text and "الرئيسية" not in found.text and "محفوظة" not in found.text
    assert found.published == "2019-04-07"
    assert html_to_text(_page(PAGES[2]).decode()).published is None  # type: ignore[union-attr]


def test_run_over_mixed_broken_sources_counts_every_item(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_warc(folder / "crawl.warc", compress=False)
    (folder / "feed.rss").write_text(FEED, encoding="utf-8")
    (folder / "items.jsonl").write_bytes(
        orjson.dumps({"id": "j1", "text": "اندلعت اشتباكات بين فصيلين مسلحين في ريف حلب الشمالي."})
        + b"\n{not json\n"
        + orjson.dumps({"id": "j3", "text": PAGES[1] + " وقالت مصادر محلية إن الحملة مستمرة."})
        + b"\n")
    store = str(tmp_path / "s.db")
    summary = run([str(folder)], store, RunOptions(workers=1, dedupe=False))
    rejected = {r.document.split(" ")[0]: r.reason for _, r in summary.rejected}
    assert rejected == {f"{folder}/crawl.warc#record2": "malformed",
                        f"{folder}/feed.rss#item2": "malformed",
                        f"{folder}/items.jsonl:2": "malformed"}
    # 3 WARC records, 3 feed items, 3 JSONL lines: 6 stored, 3 reported
    assert (summary.inputs, summary.stored, summary.unchanged) == (9, 6, 0)
    s = open_store(store)
    published = {c["document"]["url"]: c["document"]["published"] for c in s.iter_contracts()}
    s.close()
    assert published.get("https://news.example/a") == "2018-03-01"
