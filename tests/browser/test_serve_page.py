"""The analyst's page in headless Chromium: map, timeline, evidence, review, hostile input."""

from __future__ import annotations

import httpx2 as httpx
import pytest
from page_support import LiveServer, chromium_path, open_page, screenshot
from playwright.sync_api import Page
from serve_support import HOSTILE_TITLE


def events(live: LiveServer, **params: str) -> list[dict[str, object]]:
    resp = httpx.get(f"{live.url}/api/events", params={"limit": "500", **params})
    assert resp.status_code == 200, resp.text
    items: list[dict[str, object]] = resp.json()["items"]
    return items


def key_of(live: LiveServer, source: str, event_id: str) -> str:
    found = [e for e in events(live) if e["document"]["source"] == source  # type: ignore[index]
             and e["event_id"] == event_id]
    assert len(found) == 1
    return str(found[0]["key"])


def test_page_draws_points_areas_and_the_undated_lane(page: Page, live: LiveServer) -> None:
    open_page(page, live.url + "/")
    items = events(live)
    assert page.locator("#events li").count() == len(items)
    # The examples (examples/*.txt) and the first real sample, read by marsad, are all shown.
    docs = httpx.get(f"{live.url}/api/documents", params={"limit": "500"}).json()["items"]
    read = [d for d in docs if d["name"].startswith(("examples/", "/")) or "samples" in d["name"]]
    assert len(read) == 3 and any(d["events"] for d in read if "examples/" in d["name"]), read
    for d in read:
        for e in events(live, document=d["id"]):
            assert page.locator(f'#events li[data-key="{e["key"]}"]').count() == 1
    # The sample is pattern reporting: its events are areas (Deir ez-Zor among them), no points.
    sample = next(d for d in read if "samples" in d["name"])
    placed = {(e["placement"], (e["area"] or {}).get("pcode")) for e in events(live, document=sample["id"])}  # type: ignore[union-attr]
    assert ("area", "SY09") in placed and all(p != "point" for p, _ in placed), placed
    points = [e for e in items if e["placement"] == "point"]
    assert page.locator("path.marsad-marker").count() == len(points) >= 1
    # Every area event's governorate is drawn; the sample's pattern events sit over Deir ez-Zor.
    for pcode in {e["area"]["pcode"] for e in items if e["placement"] == "area"}:  # type: ignore[index]
        assert page.locator(f"path.marsad-area-{pcode}").count() == 1, pcode
    assert page.locator("path.marsad-area-SY09").count() == 1
    undated = [e for e in items if not e["event"]["date"]["start"]]  # type: ignore[index]
    assert page.locator("#lane-undated .chip").count() == len(undated) >= 1
    assert page.locator("#lane-dated .tick").count() == len(items) - len(undated)
    listed = page.locator('#events li[data-placement="list"]')
    assert listed.count() == sum(e["placement"] == "list" for e in items)
    assert "OCHA" in page.locator(".leaflet-control-attribution").inner_text()
    screenshot(page.locator("main"), "map.png")


def test_clicking_an_event_highlights_its_evidence(page: Page, live: LiveServer) -> None:
    open_page(page, live.url + "/")
    key = key_of(live, "Fixture Agency", "e1")
    page.locator(f'#events li[data-key="{key}"] button').click()
    page.wait_for_selector("#article-pane:not([hidden]) mark.ev")
    text = page.locator("#article-text")
    assert text.get_attribute("dir") == "rtl" and text.get_attribute("lang") == "ar"
    assert page.locator("mark.field-trigger").inner_text() == "انفجار عبوة ناسفة"
    assert page.locator("mark.field-location").inner_text() == "بلدة ذيبان"
    assert page.locator("mark.field-date").inner_text() == "يوم الاثنين"
    page.locator('#fields tr[data-field="location"] button.show-evidence').click()
    assert "active" in (page.locator("mark.field-location").get_attribute("class") or "")
    assert "active" in (page.locator('#fields tr[data-field="location"]').get_attribute("class") or "")
    assert "active" not in (page.locator("mark.field-trigger").get_attribute("class") or "")
    # And back: clicking highlighted text selects its field.
    page.locator("mark.field-date").click()
    assert "active" in (page.locator('#fields tr[data-field="date"]').get_attribute("class") or "")
    # An English article is set left to right.
    page.locator(f'#events li[data-key="{key_of(live, "Other Wire", "e1")}"] button').click()
    page.wait_for_selector('#article-text[dir="ltr"] mark.field-trigger')
    assert page.locator("mark.field-trigger").inner_text() == "attacked"
    page.locator(f'#events li[data-key="{key}"] button').click()
    page.wait_for_selector('#article-text[dir="rtl"] mark.field-trigger')
    screenshot(page.locator("#article-pane"), "article.png")


def test_review_persists_across_reload(page: Page, live: LiveServer) -> None:
    key = key_of(live, "Fixture Agency", "e1")
    open_page(page, f"{live.url}/#event={key}")
    page.wait_for_selector("#article-pane:not([hidden]) mark.ev")
    page.fill("#reviewer", "Analyst One")
    page.fill("#token", "wrong-token-wrong-token")
    page.locator('#fields tr[data-field="event_type"] button[data-action="accept"]').click()
    page.wait_for_selector("#review-status.error")
    assert "token" in page.locator("#review-status").inner_text()
    page.fill("#token", live.token)
    row = '#fields tr[data-field="specificity"]'
    page.locator(f'{row} button[data-action="correct"]').click()
    page.locator(f"{row} select").select_option("recurring")
    page.locator(f'{row} button[data-action="save"]').click()
    page.wait_for_selector(f'{row} .review-note[data-action="correct"]')
    page.reload()
    page.wait_for_selector("body[data-ready=true]", state="attached")
    page.wait_for_selector(f'{row} .review-note[data-action="correct"]')
    note = page.locator(f"{row} .review-note").inner_text()
    assert "recurring" in note and "Analyst One" in note
    assert page.locator(f"{row} td.machine").inner_text() == "specific"  # machine value kept
    assert page.locator(f'#events li[data-key="{key}"] .badge').inner_text() == "corrected"
    stored = httpx.get(f"{live.url}/api/reviews").json()["items"]
    assert [(r["field"], r["action"], r["value"], r["reviewer"]) for r in stored] == [
        ("specificity", "correct", "recurring", "Analyst One")]


def test_hostile_article_runs_no_script(page: Page, live: LiveServer) -> None:
    open_page(page, live.url + "/")
    key = key_of(live, "<script>window.__pwned=1</script>", "e1")
    page.locator(f'#events li[data-key="{key}"] button').click()
    page.wait_for_selector("#article-pane:not([hidden]) mark.ev")
    page.locator("#article-text").hover()
    page.locator("#event-title").hover()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#article-title").inner_text() == HOSTILE_TITLE
    assert "<script>" in page.locator("#article-text").inner_text()
    assert page.locator("#article-pane script, #article-pane img, main img, #article-pane b").count() == 0
    assert page.locator('a[href^="javascript"]').count() == 0
    assert "link not shown" in page.locator("#article-meta").inner_text()
    assert page.locator(f'#events li[data-key="{key}"]').inner_text().count("<script>") == 1
    assert not page.errors, page.errors  # type: ignore[attr-defined]


def test_docs_render_offline(page: Page, live: LiveServer) -> None:
    page.goto(live.url + "/docs")
    page.wait_for_selector("text=List and filter events", timeout=20000)
    assert not page.errors, page.errors  # type: ignore[attr-defined]


def test_missing_chromium_fails_instead_of_skipping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y chromium"):
        chromium_path()
