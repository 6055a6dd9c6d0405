"""Security for ``marsad serve``: the write token and the headers every response carries.

Article text is hostile input. The page renders it with ``textContent`` only, and the
Content-Security-Policy forbids inline scripts, ``eval``, other origins and ``javascript:`` URLs,
so a missed escape still runs nothing. Review writes need the token from the token file.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send


def token_path_for(store: Path) -> Path:
    """Where the write token lives by default: beside the store, readable by its owner only."""
    return store.with_name(store.name + ".serve-token")


def load_or_create_token(path: Path) -> str:
    """Read the token file, or create it (mode 0600) with a fresh random token."""
    if path.is_file():
        token = path.read_text(encoding="utf-8").strip()
        if len(token) >= 16:
            return token
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token + "\n")
    return token


def token_ok(expected: str, header: str | None) -> bool:
    """Constant-time check of ``Authorization: Bearer <token>``."""
    if not header or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[7:].strip().encode(), expected.encode())


def tile_origin(url: str | None) -> str | None:
    """The origin of an optional tile URL (http/https only), to allow it in img-src."""
    if not url:
        return None
    parts = urlsplit(url.replace("{s}", "a"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"tile URL must be http(s): {url!r}")
    if "{s}" in url:
        return f"{parts.scheme}://*.{parts.netloc.split('.', 1)[1]}"
    return f"{parts.scheme}://{parts.netloc}"


def page_csp(tiles: str | None) -> str:
    img = "'self' data:" + (f" {tiles}" if tiles else "")
    return ("default-src 'none'; script-src 'self'; style-src 'self'; "
            f"img-src {img}; connect-src 'self'; font-src 'self'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'")


# ReDoc injects its own <style> elements and runs its search in a blob: worker.
DOCS_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; worker-src blob:; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


class SecurityHeaders:
    """ASGI middleware: CSP and the usual hardening headers on every response."""

    def __init__(self, app: ASGIApp, tiles: str | None = None) -> None:
        self.app = app
        self.page = page_csp(tiles).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP.encode() if scope["path"] == "/docs" else self.page

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", csp),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
