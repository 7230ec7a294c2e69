"""Streamable HTTP: loopback by default; a bearer token on every request when one is configured."""

from __future__ import annotations

import hmac
import logging

import uvicorn
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.auth.settings import AuthSettings

from genesis_mcp.app import Genesis
from genesis_mcp.errors import InvalidInput
from genesis_mcp.server.app import build_server

__all__ = ["StaticTokenVerifier", "build_http_app", "serve_http"]

log = logging.getLogger(__name__)

SCOPE = "genesis"


class StaticTokenVerifier(TokenVerifier):
    """Accepts exactly one shared secret (GENESIS_MCP_TOKEN), compared in constant time."""

    def __init__(self, token: str) -> None:
        self._token = token.encode()

    async def verify_token(self, token: str) -> AccessToken | None:
        if hmac.compare_digest(token.encode(), self._token):
            return AccessToken(token=token, client_id="genesis-client", scopes=[SCOPE])
        return None


def build_http_app(app: Genesis, *, host: str, port: int, token: str | None):  # type: ignore[no-untyped-def]
    """The Starlette app serving MCP at ``/mcp``. Refuses a non-loopback host without a token."""
    settings = app.settings
    if not settings.is_loopback and token is None:
        raise InvalidInput(
            f"refusing to listen on {host} without a token: set GENESIS_MCP_TOKEN (16+ characters), or bind 127.0.0.1",
            argument="host",
        )
    options = {}
    if token is not None:
        base = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
        options = {
            "token_verifier": StaticTokenVerifier(token),
            "auth": AuthSettings(
                issuer_url=base,  # type: ignore[arg-type]
                resource_server_url=f"{base}/mcp",  # type: ignore[arg-type]
                required_scopes=[SCOPE],
                validate_token_resource=False,
            ),
        }
    mcp = build_server(app, **options)
    return mcp.streamable_http_app(host=host)


async def serve_http(app: Genesis) -> None:
    settings = app.settings
    starlette_app = build_http_app(app, host=settings.host, port=settings.port, token=settings.token)
    log.info(
        "serving MCP over HTTP at http://%s:%d/mcp (%s)",
        settings.host,
        settings.port,
        "bearer token required" if settings.token else "no token: loopback only",
    )
    config = uvicorn.Config(
        starlette_app, host=settings.host, port=settings.port, log_level=settings.log_level.lower(), log_config=None
    )
    await uvicorn.Server(config).serve()
