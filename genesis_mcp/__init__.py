"""genesis-mcp: an MCP server that makes LLM agents self-extending and self-improving."""

from genesis_mcp.errors import GenesisError

__version__ = "0.1.0"

__all__ = ["GenesisError", "__version__"]
