"""Fakes for the language-model path, injected rather than patched (``tests`` is on pytest's pythonpath).

- :class:`FakeLLM`: an ``LLMClient`` that answers with scripted replies and records every call.
- :class:`ScriptedAnthropic`: the real ``AnthropicLLM`` over ``httpx2.MockTransport``; each HTTP request gets the
  next scripted response (a Messages-API reply, an error status, or an exception such as ``httpx2.ConnectError``)
  and is recorded, so a test can assert on the model name, system prompt and headers that were sent.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx2

from genesis_mcp.errors import GenerationFailed
from genesis_mcp.llm import LLMMessage
from genesis_mcp.llm.anthropic_client import AnthropicLLM

__all__ = [
    "TEST_API_KEY",
    "FakeCall",
    "FakeLLM",
    "ScriptedAnthropic",
    "error_response",
    "message_response",
]

TEST_API_KEY = "sk-ant-test-0123456789abcdef"

Scripted = httpx2.Response | Exception


@dataclass
class FakeCall:
    system: str
    messages: list[LLMMessage]
    max_tokens: int


@dataclass
class FakeLLM:
    """Replies with ``replies`` in order; an ``Exception`` in the script is raised instead of replied."""

    replies: list[str | Exception]
    model_name: str = "fake-model-1"
    calls: list[FakeCall] = field(default_factory=list)

    @property
    def model(self) -> str:
        return self.model_name

    async def complete(self, *, system: str, messages: list[LLMMessage], max_tokens: int = 4096) -> str:
        self.calls.append(FakeCall(system, list(messages), max_tokens))
        if not self.replies:
            raise GenerationFailed("FakeLLM: no scripted reply left")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply


def message_response(
    text: str, *, model: str = "claude-sonnet-5", stop_reason: str = "end_turn", status: int = 200
) -> httpx2.Response:
    """A Messages-API reply with one text block, as the API sends it."""
    body = {
        "id": "msg_01TEST",
        "type": "message",
        "role": "assistant",
        "content": [{"type": "text", "text": text}] if text else [],
        "model": model,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": 12, "output_tokens": 34},
    }
    return httpx2.Response(status, json=body, headers={"request-id": "req_test"})


def error_response(status: int, message: str = "boom", *, error_type: str = "api_error") -> httpx2.Response:
    """An API error body; ``retry-after-ms`` keeps an SDK retry from sleeping in tests."""
    body = {"type": "error", "error": {"type": error_type, "message": message}, "request_id": "req_err"}
    return httpx2.Response(status, json=body, headers={"request-id": "req_err", "retry-after-ms": "1"})


class ScriptedAnthropic:
    """A real :class:`AnthropicLLM` whose HTTP requests are answered from a script.

    Use as ``async with ScriptedAnthropic([...]) as fake:`` then ``fake.llm``; ``fake.requests`` holds what was
    sent and ``fake.bodies()`` their JSON bodies.
    """

    def __init__(
        self,
        script: Sequence[Scripted],
        *,
        model: str = "claude-sonnet-5",
        api_key: str = TEST_API_KEY,
        max_retries: int = 0,
    ) -> None:
        self._script = list(script)
        self.requests: list[httpx2.Request] = []
        http_client = httpx2.AsyncClient(transport=httpx2.MockTransport(self._answer))
        self.llm = AnthropicLLM(api_key, model, http_client=http_client, max_retries=max_retries, timeout=5.0)

    def _answer(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        if not self._script:
            return error_response(500, "ScriptedAnthropic: no scripted response left")
        step = self._script.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests]

    async def __aenter__(self) -> ScriptedAnthropic:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.llm.aclose()
