"""The Anthropic implementation of :class:`~genesis_mcp.llm.LLMClient`, on the official ``anthropic`` SDK.

Every failure (unreachable API, timeout, HTTP status >= 400, refusal, empty or truncated reply) becomes a
:class:`~genesis_mcp.errors.GenerationFailed` whose message says what happened and never contains the key.
SDK retries are kept low on purpose: a model that is down should fail the tool call in seconds, not minutes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import anthropic
import httpx2
from anthropic.types import MessageParam, TextBlock

from genesis_mcp.errors import GenerationFailed
from genesis_mcp.llm import LLMClient, LLMMessage

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MODEL", "MODEL_ENV", "AnthropicLLM", "llm_from_env"]

# The current mid-size model: fast enough for a tool call, strong enough to write a small typed function.
DEFAULT_MODEL = "claude-sonnet-5"
DEFAULT_BASE_URL = "https://api.anthropic.com"
MODEL_ENV = "GENESIS_MCP_ANTHROPIC_MODEL"

_STATUS_MEANING = {
    400: "the request was rejected as invalid",
    401: "the API key was rejected",
    403: "the API key may not use this model",
    404: "the model or endpoint does not exist",
    413: "the prompt is too large",
    429: "rate limited",
    500: "the API had an internal error",
    503: "the API is unavailable",
    529: "the API is overloaded",
}


class AnthropicLLM:
    """Anthropic's Messages API as an :class:`LLMClient`.

    Pass ``client`` to reuse an ``anthropic.AsyncAnthropic``, or ``http_client`` (an ``httpx2.AsyncClient``, e.g.
    over ``httpx2.MockTransport`` in tests) to control the transport; otherwise the SDK makes its own.
    """

    def __init__(
        self,
        api_key: str,
        model: str = DEFAULT_MODEL,
        *,
        client: anthropic.AsyncAnthropic | None = None,
        http_client: httpx2.AsyncClient | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 60.0,
        max_retries: int = 1,
    ) -> None:
        if not api_key:
            raise ValueError("api_key is empty")
        if not model.strip():
            raise ValueError("model is empty")
        self._model = model.strip()
        self._secret = api_key
        self._owns_client = client is None
        # An explicit base_url and key keep the SDK from reading credentials or URLs from the environment.
        self._client = client or anthropic.AsyncAnthropic(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )

    @property
    def model(self) -> str:
        return self._model

    def __repr__(self) -> str:
        return f"AnthropicLLM(model={self._model!r})"

    async def complete(self, *, system: str, messages: list[LLMMessage], max_tokens: int = 4096) -> str:
        """One non-streamed Messages call; returns the text of the reply.

        Raises GenerationFailed on any API error, a refusal, an empty reply or one cut off at ``max_tokens``.
        """
        params: list[MessageParam] = [_message(m) for m in messages]
        try:
            reply = await self._client.messages.create(
                model=self._model, system=system, messages=params, max_tokens=max_tokens
            )
        except anthropic.APITimeoutError as exc:
            raise GenerationFailed(f"the Anthropic API did not answer in time ({self._model})") from exc
        except anthropic.APIConnectionError as exc:
            raise GenerationFailed(f"could not reach the Anthropic API: {self._scrub(str(exc))}") from exc
        except anthropic.APIStatusError as exc:
            raise self._status_error(exc) from exc
        except anthropic.AnthropicError as exc:
            raise GenerationFailed(f"the Anthropic client failed: {self._scrub(str(exc))[:300]}") from exc

        text = "".join(block.text for block in reply.content if isinstance(block, TextBlock)).strip()
        if reply.stop_reason == "refusal":
            raise GenerationFailed(f"the model ({self._model}) refused this request")
        if reply.stop_reason == "max_tokens":
            raise GenerationFailed(f"the model's reply was cut off at max_tokens={max_tokens}")
        if not text:
            raise GenerationFailed(f"the model ({self._model}) gave an empty reply (stop: {reply.stop_reason})")
        return text

    async def aclose(self) -> None:
        """Close the SDK client if this object made it."""
        if self._owns_client:
            await self._client.close()

    def _status_error(self, exc: anthropic.APIStatusError) -> GenerationFailed:
        status = exc.status_code
        meaning = _STATUS_MEANING.get(status) or ("the API failed" if status >= 500 else "the request failed")
        detail = self._scrub(exc.api_message or "")[:300]
        message = f"Anthropic API error {status}: {meaning}" + (f" ({detail})" if detail else "")
        if status == 404:
            message += f"; model {self._model!r}"
        details: dict[str, Any] = {"status": status}
        if exc.request_id:
            details["request_id"] = exc.request_id
        return GenerationFailed(message, details=details)

    def _scrub(self, text: str) -> str:
        # The SDK does not echo keys today; this keeps a future message from leaking one through us.
        return text.replace(self._secret, "***") if self._secret else text


def _message(message: LLMMessage) -> MessageParam:
    if message.role not in ("user", "assistant"):
        raise GenerationFailed(f"message role must be 'user' or 'assistant', not {message.role[:20]!r}")
    if message.role == "user":
        return {"role": "user", "content": message.content}
    return {"role": "assistant", "content": message.content}


def llm_from_env(environ: Mapping[str, str]) -> LLMClient | None:
    """An :class:`AnthropicLLM` when ``ANTHROPIC_API_KEY`` is set (model from ``GENESIS_MCP_ANTHROPIC_MODEL``,
    endpoint from ``ANTHROPIC_BASE_URL``), else None."""
    key = environ.get("ANTHROPIC_API_KEY", "").strip()
    if not key:
        return None
    model = environ.get(MODEL_ENV, "").strip() or DEFAULT_MODEL
    base_url = environ.get("ANTHROPIC_BASE_URL", "").strip() or DEFAULT_BASE_URL
    return AnthropicLLM(key, model, base_url=base_url)
