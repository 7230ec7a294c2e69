"""One interface for server-side language-model calls (tool generation, plan decomposition).

The domain only sees :class:`LLMClient`. The Anthropic implementation lives in ``anthropic_client``; tests
inject a fake with scripted replies, or the real Anthropic client over a mock HTTP transport.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from pydantic import BaseModel

__all__ = ["LLMClient", "LLMMessage", "llm_from_env"]


class LLMMessage(BaseModel):
    role: str  # "user" or "assistant"
    content: str


@runtime_checkable
class LLMClient(Protocol):
    """Something that turns a system prompt and a conversation into one text reply.

    Implementations raise :class:`genesis_mcp.errors.GenerationFailed` when the model is unreachable or
    refuses; callers parse and validate the text themselves.
    """

    @property
    def model(self) -> str: ...

    async def complete(self, *, system: str, messages: list[LLMMessage], max_tokens: int = 4096) -> str: ...


def llm_from_env(environ: Mapping[str, str]) -> LLMClient | None:
    """The Anthropic client when ``ANTHROPIC_API_KEY`` is set, else None.

    The ``anthropic`` package takes about a second to import, so it is imported only when a key is there.
    """
    if not environ.get("ANTHROPIC_API_KEY", "").strip():
        return None
    from genesis_mcp.llm.anthropic_client import llm_from_env as anthropic_from_env

    return anthropic_from_env(environ)
