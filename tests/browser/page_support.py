"""Helpers for the browser tests: a live server in a thread, the system Chromium, screenshots."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Page

from marsad.serve.app import create_app

CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")
# A test run leaves the documentation's pictures alone: MARSAD_SCREENSHOTS=docs/screenshots
# refreshes them on purpose.
SCREENSHOTS = Path(os.environ.get("MARSAD_SCREENSHOTS",
                                  Path(tempfile.gettempdir()) / "marsad-screenshots"))


def chromium_path() -> str:
    """The system Chromium (MARSAD_CHROMIUM, else Debian's paths); fails loudly when absent."""
    configured = os.environ.get("MARSAD_CHROMIUM")
    for path in [configured] if configured else CANDIDATES:
        if Path(path).is_file() and os.access(path, os.X_OK):
            return path
    pytest.fail(f"Chromium is not installed (looked at {configured or ', '.join(CANDIDATES)}): the "
                "browser tests need Debian's chromium (apt-get install -y chromium) or "
                "MARSAD_CHROMIUM=/path/to/chromium", pytrace=False)


class LiveServer:
    """uvicorn in a thread on a free local port."""

    def __init__(self, store: Path, token: str) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.token = token
        self.store = store
        config = uvicorn.Config(create_app(store, token), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("marsad serve did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=20000)
    assert not page.errors, page.errors  # type: ignore[attr-defined]


def screenshot(target: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    target.screenshot(path=str(path))
    return path
