"""Learning from recorded outcomes."""

from genesis_mcp.learning.models import Outcome

__all__ = ["Outcome"]
