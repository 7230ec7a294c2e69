"""Agents: who can take work, what they can do, what they cost."""

from genesis_mcp.agents.models import Agent, AgentSpec

__all__ = ["Agent", "AgentSpec"]
