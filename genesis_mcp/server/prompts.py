"""One MCP prompt per active agent: its system prompt, optionally followed by a task.

Like the tool registry, the store is the truth: :meth:`AgentPrompts.sync` matches the prompt list to the
active agents and tells clients when it changed (after local changes, and when another process changes
agents on the same database).
"""

from __future__ import annotations

import asyncio

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.prompts.base import Prompt, UserMessage

from genesis_mcp.agents.models import Agent
from genesis_mcp.app import Genesis
from genesis_mcp.server.notify import Announcer

__all__ = ["AgentPrompts"]


def _render(agent: Agent):  # type: ignore[no-untyped-def]
    async def prompt(task: str = "") -> list[UserMessage]:
        text = agent.system_prompt or f"You are {agent.name}. {agent.description}".strip()
        if task.strip():
            text += f"\n\nTask: {task.strip()}"
        return [UserMessage(text)]

    return prompt


class AgentPrompts:
    def __init__(self, mcp: MCPServer, app: Genesis, announcer: Announcer) -> None:
        self._mcp = mcp
        self._app = app
        self._announcer = announcer
        self._live: dict[str, str] = {}  # agent name -> updated_at of the registered prompt
        self._lock = asyncio.Lock()

    async def sync(self, *, announce: bool = True) -> bool:
        async with self._lock:
            agents = {a.name: a for a in await self._app.agents.list()}
            changed = False
            for name in list(self._live):
                if name not in agents or self._live[name] != agents[name].updated_at.isoformat():
                    self._mcp.remove_prompt(name)
                    del self._live[name]
                    changed = True
            for name, agent in agents.items():
                if name in self._live:
                    continue
                description = agent.description or f"System prompt of the agent {name}"
                self._mcp.add_prompt(Prompt.from_function(_render(agent), name=name, description=description))
                self._live[name] = agent.updated_at.isoformat()
                changed = True
        if changed and announce:
            await self._announcer.prompts_changed()
        return changed
