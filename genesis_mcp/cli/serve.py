"""``genesis-mcp serve``: the MCP server over stdio (default) or streamable HTTP."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path
from typing import Any

from genesis_mcp.errors import GenesisError

__all__ = ["register"]

log = logging.getLogger("genesis_mcp")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("serve", help="run the MCP server (stdio by default)")
    p.add_argument("--http", action="store_true", help="serve streamable HTTP instead of stdio")
    p.add_argument("--host", help="HTTP bind address (default 127.0.0.1; others need GENESIS_MCP_TOKEN)")
    p.add_argument("--port", type=int, help="HTTP port (default 8765)")
    p.add_argument("--db", type=Path, help="SQLite file (default: GENESIS_MCP_DB or the user's data dir)")
    p.add_argument("--rules", type=Path, help="routing rules file, TOML or JSON (default: GENESIS_MCP_RULES)")
    p.set_defaults(handler=run)


def settings_from(args: argparse.Namespace, **extra: Any) -> Any:
    from genesis_mcp.config import Settings

    overrides = {k: getattr(args, k, None) for k in ("db", "host", "port", "rules")}
    return Settings.load(**overrides, **extra)


def run(args: argparse.Namespace) -> int:
    try:
        settings = settings_from(args)
        logging.getLogger().setLevel(settings.log_level)
        return asyncio.run(_serve(settings, http=args.http))
    except GenesisError as err:
        sys.stderr.write(f"genesis-mcp: {err.message}\n")
        return 1
    except KeyboardInterrupt:
        return 130


async def _serve(settings: Any, *, http: bool) -> int:
    import os

    from genesis_mcp.app import Genesis
    from genesis_mcp.llm import llm_from_env
    from genesis_mcp.server import build_server
    from genesis_mcp.server.http import serve_http

    llm = llm_from_env({**os.environ, "GENESIS_MCP_ANTHROPIC_MODEL": settings.anthropic_model})
    if llm is not None:
        log.info("server-side generation with %s", llm.model)
    app = Genesis(settings, llm=llm)
    try:
        # Open the store before serving, so a bad database file is a clear message at start-up.
        async with app:
            if http:
                await serve_http(app)
            else:
                log.info("serving MCP over stdio; state in %s", settings.db)
                await build_server(app).run_stdio_async()
    finally:
        closer = getattr(llm, "aclose", None)
        if closer is not None:
            await closer()
    return 0
