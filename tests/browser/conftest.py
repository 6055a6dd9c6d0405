"""A live ``marsad serve`` on a fixture store, and Debian's Chromium driven by Playwright.

No browser is downloaded: the system Chromium must be installed (``apt-get install -y
chromium``; ``.ci/run`` does it). When it is missing the tests fail and say so — they never skip.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from page_support import LiveServer, chromium_path
from playwright.sync_api import Browser, Page, Playwright, sync_playwright
from serve_support import anbar, build_store, deir_ez_zor, extract_examples, extract_files, hostile

from marsad.serve.security import load_or_create_token


@pytest.fixture(scope="session")
def contracts(sample_path: Path) -> list[dict[str, Any]]:
    """Fixture articles, the repository's examples and the first real sample, read by marsad."""
    return [deir_ez_zor(), anbar(), hostile(), *extract_examples(), *extract_files([sample_path])]


@pytest.fixture()
def live(tmp_path: Path, contracts: list[dict[str, Any]]) -> Iterator[LiveServer]:
    store = build_store(tmp_path / "store.db", contracts)
    token = load_or_create_token(tmp_path / "store.db.serve-token")
    with LiveServer(store, token) as server:
        yield server


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    # Playwright gives the browser a throwaway profile in the temp folder (never ~/.config).
    b = playwright.chromium.launch(
        executable_path=chromium_path(),
        args=["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--no-first-run"],
    )
    yield b
    b.close()


@pytest.fixture()
def page(browser: Browser, live: LiveServer) -> Iterator[Page]:
    """A fresh page that may only talk to the local server (anything else is recorded, refused)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    outside: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith(live.url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    pg.outside = outside  # type: ignore[attr-defined]
    pg.errors = errors  # type: ignore[attr-defined]
    yield pg
    context.close()
    assert not outside, f"the page reached outside the server: {outside}"
