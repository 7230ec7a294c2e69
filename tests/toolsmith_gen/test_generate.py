"""The generator: model replies parsed into specs (or refused), retries with feedback, templates without a model."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from llm_fakes import FakeLLM, ScriptedAnthropic, message_response

from genesis_mcp.errors import GenerationFailed, InvalidInput, TooLarge
from genesis_mcp.toolsmith.generate import NO_TEMPLATE_MESSAGE, Generator, parse_reply, suggest_name
from genesis_mcp.toolsmith.prompts import MAX_FEEDBACK_CHARS
from genesis_mcp.toolsmith.spec import ToolSpec

RunInChild = Callable[[Sequence[ToolSpec]], list[str]]

SOURCE = '''"""Double a number."""


def double(x: float) -> float:
    """Return ``x`` times two. Raises ValueError if ``x`` is not a finite number."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise ValueError("x must be a number")
    return x * 2.0
'''
TOOL: dict[str, Any] = {
    "name": "double_number",
    "description": "Double a number.",
    "entry": "double",
    "source": SOURCE,
    "tests": [{"args": {"x": 2}, "expected": 4.0}, {"args": {"x": -1.5}, "expected": -3.0},
              {"args": {"x": "a"}, "error": "ValueError"}],
}
GOOD = json.dumps(TOOL)
TASK = "double a number"


def reply_with(**changes: Any) -> str:
    return json.dumps({**TOOL, **changes})


async def test_a_good_reply_becomes_a_spec_with_model_provenance(run_in_child: RunInChild) -> None:
    llm = FakeLLM([GOOD])
    spec = await Generator(llm).draft(TASK, None)
    assert spec.name == "double_number" and spec.entry == "double" and spec.source == SOURCE
    assert spec.description == "Double a number." and len(spec.tests) == 3
    assert spec.provenance.author == "model:fake-model-1" and spec.provenance.model == "fake-model-1"
    assert spec.provenance.prompt_digest is not None and len(spec.provenance.prompt_digest) == 64
    assert spec.provenance.created_at is not None
    assert run_in_child([spec]) == []


@pytest.mark.parametrize(
    "reply",
    [
        f"Here is the tool:\n```json\n{GOOD}\n```\nIt doubles numbers.",
        f"```\n{GOOD}\n```",
        f"Sure! {GOOD} Let me know if you need more.",
        GOOD.replace(json.dumps(SOURCE), json.dumps(f"```python\n{SOURCE}```")),
    ],
    ids=["json-fence", "bare-fence", "prose-around", "fenced-source"],
)
async def test_fences_and_prose_around_the_json_are_tolerated(reply: str) -> None:
    spec = await Generator(FakeLLM([reply])).draft(TASK, None)
    assert spec.source == SOURCE


async def test_a_source_given_as_a_python_block_next_to_the_json_is_used() -> None:
    meta = {k: v for k, v in TOOL.items() if k != "source"}
    spec = await Generator(FakeLLM([f"```python\n{SOURCE}```\n{json.dumps(meta)}"])).draft(TASK, None)
    assert spec.source == SOURCE


async def test_a_caller_given_name_wins_over_the_models_name() -> None:
    spec = await Generator(FakeLLM([GOOD])).draft(TASK, "twice")
    assert spec.name == "twice"


async def test_a_missing_or_malformed_model_name_is_replaced_by_one_from_the_task() -> None:
    spec = await Generator(FakeLLM([reply_with(name="Double Number!")])).draft("double a number please", None)
    assert spec.name == "double_number"


@pytest.mark.parametrize(
    ("reply", "problem"),
    [
        ("I cannot help with that.", "no JSON object"),
        (json.dumps({"name": "x"}), "no 'source'"),
        (reply_with(tests=[]), "no 'tests'"),
        (reply_with(tests=[{"args": {"x": 1}}]), "not a valid spec"),
        (reply_with(name="ok_name", source="def double(x: float) -> float:\n    return x *\n"), "does not parse"),
        (reply_with(source="def double(x: set) -> int:\n    return 1\n"), "cannot be served"),
        (reply_with(entry="triple"), "cannot be served"),
    ],
    ids=["prose", "no-source", "no-tests", "bad-test", "syntax-error", "bad-hint", "missing-entry"],
)
async def test_unusable_replies_raise_generation_failed_with_feedback(reply: str, problem: str) -> None:
    with pytest.raises(GenerationFailed) as caught:
        await Generator(FakeLLM([reply])).draft(TASK, None)
    assert problem in caught.value.message
    assert problem in caught.value.details["feedback"]
    assert caught.value.code == "generation_failed"


async def test_the_prompt_states_the_rules_the_task_and_the_name() -> None:
    llm = FakeLLM([GOOD])
    await Generator(llm, max_tokens=5000).draft(TASK, "twice")
    [call] = llm.calls
    for rule in ("^[a-z][a-z0-9_]{2,39}$", "ValueError", "Literal[...]", "dict[str, T]", "statistics", "No I/O",
                 '"error": "ValueError"', "ONE JSON object"):
        assert rule in call.system, rule
    [message] = call.messages
    assert message.role == "user" and TASK in message.content and '"twice"' in message.content
    assert call.max_tokens == 5000


async def test_the_retry_prompt_carries_the_previous_draft_and_the_feedback() -> None:
    llm = FakeLLM([GOOD, GOOD])
    first = await Generator(llm).draft(TASK, None)
    feedback = "test 1: expected -3.0, got -3\nunsafe_import line 1: import os"
    await Generator(llm).draft(TASK, None, feedback=feedback, previous=first)
    retry = llm.calls[1].messages
    assert [m.role for m in retry] == ["user", "assistant", "user"]
    assert json.loads(retry[1].content)["source"] == SOURCE
    assert feedback in retry[2].content
    assert llm.calls[0].system == llm.calls[1].system


async def test_feedback_without_a_previous_draft_joins_the_task_message_and_is_capped() -> None:
    llm = FakeLLM([GOOD])
    await Generator(llm).draft(TASK, None, feedback="x" * (MAX_FEEDBACK_CHARS + 500))
    [message] = llm.calls[0].messages
    assert TASK in message.content and "x" * MAX_FEEDBACK_CHARS in message.content
    assert "x" * (MAX_FEEDBACK_CHARS + 1) not in message.content


async def test_a_different_prompt_gets_a_different_digest() -> None:
    first = await Generator(FakeLLM([GOOD])).draft(TASK, None)
    again = await Generator(FakeLLM([GOOD])).draft(TASK, None)
    retry = await Generator(FakeLLM([GOOD])).draft(TASK, None, feedback="fix it", previous=first)
    assert first.provenance.prompt_digest == again.provenance.prompt_digest != retry.provenance.prompt_digest


async def test_a_model_failure_propagates_as_generation_failed() -> None:
    with pytest.raises(GenerationFailed, match="down"):
        await Generator(FakeLLM([GenerationFailed("the model is down")])).draft(TASK, None)


async def test_without_a_model_the_best_template_renders_the_tool() -> None:
    spec = await Generator(None).draft("convert miles to kilometres", None)
    assert spec.provenance.author == "template:unit_conversion"
    assert spec.name == "convert_miles_to_km"
    named = await Generator(None).draft("extract emails from text", "find_emails")
    assert named.name == "find_emails" and named.provenance.author == "template:regex_extraction"


async def test_without_a_model_an_unmatched_task_says_what_to_do() -> None:
    with pytest.raises(GenerationFailed) as caught:
        await Generator(None).draft("book a flight to Paris", None)
    assert caught.value.message == NO_TEMPLATE_MESSAGE


async def test_prefer_templates_skips_the_model_when_a_template_fits_and_uses_it_otherwise() -> None:
    llm = FakeLLM([GOOD])
    generator = Generator(llm, prefer_templates=True)
    spec = await generator.draft("convert miles to kilometres", None)
    assert spec.provenance.author == "template:unit_conversion" and llm.calls == []
    modelled = await generator.draft(TASK, None)
    assert modelled.provenance.author == "model:fake-model-1" and len(llm.calls) == 1


async def test_an_empty_or_oversized_task_or_a_malformed_name_is_invalid_input() -> None:
    generator = Generator(FakeLLM([]))
    with pytest.raises(InvalidInput) as empty:
        await generator.draft("   ", None)
    assert empty.value.argument == "task_description"
    with pytest.raises(TooLarge):
        await generator.draft("x " * 3000, None)
    with pytest.raises(InvalidInput) as bad_name:
        await generator.draft(TASK, "Bad Name")
    assert bad_name.value.argument == "name"


async def test_a_bad_first_reply_is_fixed_by_the_retry_over_the_real_anthropic_client() -> None:
    script = [message_response("Sorry, here it is: def double(x): return 2*x"), message_response(GOOD)]
    async with ScriptedAnthropic(script) as fake:
        generator = Generator(fake.llm)
        with pytest.raises(GenerationFailed) as caught:
            await generator.draft(TASK, None)
        spec = await generator.draft(TASK, None, feedback=caught.value.details["feedback"])
    assert spec.provenance.author == "model:claude-sonnet-5"
    second = fake.bodies()[1]
    assert "no JSON object" in second["messages"][0]["content"]
    assert second["system"].startswith("You write one small")


def test_parse_reply_can_be_used_on_its_own() -> None:
    spec = parse_reply(GOOD, task=TASK, name=None, model="m", prompt_digest="0" * 64)
    assert spec.provenance.author == "model:m"


@pytest.mark.parametrize(
    ("task", "name"),
    [
        ("convert miles to kilometres", "convert_miles_to_km"),
        ("Extract all email addresses from a text", "extract_email_addresses_text"),
        ("sum amount per customer", "sum_amount_per_customer"),
        ("Write a tool that counts words", "counts_words"),
        ("Crème brûlée scaler", "creme_brulee_scaler"),
        ("42 is the answer", "tool_42_answer"),
        ("   ", "generated_tool"),
        ("an the of", "generated_tool"),
    ],
)
def test_suggested_names_are_valid_snake_case_from_the_task(task: str, name: str) -> None:
    assert suggest_name(task) == name
