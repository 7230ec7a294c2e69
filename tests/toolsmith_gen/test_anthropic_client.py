"""The real AnthropicLLM over a scripted httpx2 transport: what it sends, and how every failure is reported."""

from __future__ import annotations

import httpx2
import pytest
from llm_fakes import TEST_API_KEY, ScriptedAnthropic, error_response, message_response

from genesis_mcp.errors import GenerationFailed
from genesis_mcp.llm import LLMClient, LLMMessage
from genesis_mcp.llm.anthropic_client import DEFAULT_MODEL, AnthropicLLM, llm_from_env

HELLO = [LLMMessage(role="user", content="write a tool")]


def sent_key(request: httpx2.Request) -> str | None:
    """The credential a request carried (the SDK sends ``x-api-key`` or ``Authorization: Bearer``)."""
    if "x-api-key" in request.headers:
        return request.headers["x-api-key"]
    auth = request.headers.get("authorization", "")
    return auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else None


async def test_a_good_reply_returns_its_text_and_the_request_carries_model_system_prompt_and_key() -> None:
    async with ScriptedAnthropic([message_response('{"name": "x"}')], model="claude-test-1") as fake:
        text = await fake.llm.complete(system="You write tools.", messages=HELLO, max_tokens=1234)

    assert text == '{"name": "x"}'
    [request] = fake.requests
    assert request.url.path == "/v1/messages"
    assert sent_key(request) == TEST_API_KEY
    body = fake.bodies()[0]
    assert body["model"] == "claude-test-1"
    assert body["system"] == "You write tools."
    assert body["max_tokens"] == 1234
    assert body["messages"] == [{"role": "user", "content": "write a tool"}]


async def test_the_client_satisfies_the_llm_protocol_and_reports_its_model() -> None:
    async with ScriptedAnthropic([]) as fake:
        assert isinstance(fake.llm, LLMClient)
        assert fake.llm.model == "claude-sonnet-5"
        assert TEST_API_KEY not in repr(fake.llm)


@pytest.mark.parametrize("status", [500, 529, 503, 429, 401, 404, 400])
async def test_an_error_status_becomes_generation_failed_with_the_status_and_no_key(status: int) -> None:
    async with ScriptedAnthropic([error_response(status, f"bad {TEST_API_KEY}")]) as fake:
        with pytest.raises(GenerationFailed) as caught:
            await fake.llm.complete(system="s", messages=HELLO)

    err = caught.value
    assert err.code == "generation_failed"
    assert err.details["status"] == status
    assert str(status) in err.message
    assert TEST_API_KEY not in str(err)


async def test_an_overloaded_model_is_retried_once_then_fails_fast() -> None:
    script = [error_response(529, "Overloaded", error_type="overloaded_error")] * 2
    async with ScriptedAnthropic(script, max_retries=1) as fake:
        with pytest.raises(GenerationFailed, match="overloaded"):
            await fake.llm.complete(system="s", messages=HELLO)
    assert len(fake.requests) == 2


async def test_a_retry_that_succeeds_returns_the_reply() -> None:
    async with ScriptedAnthropic([error_response(500), message_response("ok")], max_retries=1) as fake:
        assert await fake.llm.complete(system="s", messages=HELLO) == "ok"


async def test_a_connection_error_becomes_generation_failed() -> None:
    async with ScriptedAnthropic([httpx2.ConnectError("connection refused")]) as fake:
        with pytest.raises(GenerationFailed, match="could not reach"):
            await fake.llm.complete(system="s", messages=HELLO)


async def test_a_timeout_becomes_generation_failed() -> None:
    async with ScriptedAnthropic([httpx2.ReadTimeout("slow")]) as fake:
        with pytest.raises(GenerationFailed, match="did not answer in time"):
            await fake.llm.complete(system="s", messages=HELLO)


@pytest.mark.parametrize(
    ("response", "words"),
    [
        (message_response("", stop_reason="refusal"), "refused"),
        (message_response("", stop_reason="end_turn"), "empty reply"),
        (message_response('{"source": "def f(', stop_reason="max_tokens"), "cut off"),
    ],
    ids=["refusal", "empty", "truncated"],
)
async def test_a_refused_empty_or_truncated_reply_becomes_generation_failed(
    response: httpx2.Response, words: str
) -> None:
    async with ScriptedAnthropic([response]) as fake:
        with pytest.raises(GenerationFailed, match=words):
            await fake.llm.complete(system="s", messages=HELLO)


async def test_a_body_that_is_not_json_becomes_generation_failed() -> None:
    page = httpx2.Response(502, text="<html>Bad gateway</html>", headers={"content-type": "text/html"})
    async with ScriptedAnthropic([page]) as fake:
        with pytest.raises(GenerationFailed, match="502"):
            await fake.llm.complete(system="s", messages=HELLO)


async def test_a_message_with_an_unknown_role_is_refused_before_any_request() -> None:
    async with ScriptedAnthropic([message_response("ok")]) as fake:
        with pytest.raises(GenerationFailed, match="role"):
            await fake.llm.complete(system="s", messages=[LLMMessage(role="system", content="x")])
    assert fake.requests == []


async def test_llm_from_env_needs_a_key_and_reads_the_model() -> None:
    assert llm_from_env({}) is None
    assert llm_from_env({"ANTHROPIC_API_KEY": "  "}) is None
    default = llm_from_env({"ANTHROPIC_API_KEY": "sk-1"})
    chosen = llm_from_env({"ANTHROPIC_API_KEY": "sk-1", "GENESIS_MCP_ANTHROPIC_MODEL": "claude-haiku-4-5"})
    assert isinstance(default, AnthropicLLM) and default.model == DEFAULT_MODEL
    assert isinstance(chosen, AnthropicLLM) and chosen.model == "claude-haiku-4-5"
    await default.aclose()
    await chosen.aclose()


def test_an_empty_key_or_model_is_refused() -> None:
    with pytest.raises(ValueError, match="api_key"):
        AnthropicLLM("")
    with pytest.raises(ValueError, match="model"):
        AnthropicLLM("sk-1", " ")
