"""The MCP adapter: the only package that imports ``mcp``."""

from genesis_mcp.server.app import build_server

__all__ = ["build_server"]
