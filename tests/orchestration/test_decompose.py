"""Decomposition: the structure of a request becomes a DAG; a model's plan is validated or replaced."""

from __future__ import annotations

import pytest

from genesis_mcp.errors import GenerationFailed, InvalidInput, TooLarge
from genesis_mcp.llm import LLMMessage
from genesis_mcp.planning import MAX_REQUEST, decompose, decompose_by_structure, make_plan


class ScriptedLLM:
    def __init__(self, reply: str | Exception) -> None:
        self.reply = reply
        self.calls: list[list[LLMMessage]] = []

    @property
    def model(self) -> str:
        return "scripted"

    async def complete(self, *, system: str, messages: list[LLMMessage], max_tokens: int = 4096) -> str:
        self.calls.append(messages)
        if isinstance(self.reply, Exception):
            raise self.reply
        return self.reply


def test_numbered_steps_run_in_order() -> None:
    specs = decompose_by_structure("1. Scrape the prices\n2. Clean the data\n3) Chart the trends")
    assert [s.depends_on for s in specs] == [[], ["t1"], ["t2"]]
    assert [s.task_type for s in specs] == ["scraping", "data_transformation", "visualization"]


def test_bullets_are_parallel_and_a_header_becomes_their_parent() -> None:
    specs = decompose_by_structure(
        "Launch the pricing page:\n- write the copy\n* design the banner\n• translate it into French"
    )
    assert specs[0].description == "Launch the pricing page"
    assert [s.parent for s in specs[1:]] == ["t1", "t1", "t1"]
    assert all(s.depends_on == [] for s in specs[1:])
    assert make_plan("r", specs).layers() == [["t2", "t3", "t4"]]


def test_indented_items_become_subtasks_of_the_step_above() -> None:
    specs = decompose_by_structure("1. Build the backend\n   - design the API\n   - write the endpoints\n2. Deploy it")
    assert [(s.id, s.parent) for s in specs] == [("t1", None), ("t2", "t1"), ("t3", "t1"), ("t4", None)]
    assert specs[3].depends_on == ["t1"]


def test_then_sequences_and_verb_clauses_run_in_parallel() -> None:
    specs = decompose_by_structure(
        "Scrape competitor prices, then build a dashboard and email the sales team. Finally archive the data."
    )
    assert [s.description for s in specs] == [
        "Scrape competitor prices", "Build a dashboard", "Email the sales team", "Archive the data",
    ]  # fmt: skip
    assert [s.depends_on for s in specs] == [[], ["t1"], ["t1"], ["t2", "t3"]]


def test_and_between_nouns_does_not_split_a_task() -> None:
    specs = decompose_by_structure("Scrape prices and reviews from the shop")
    assert len(specs) == 1 and specs[0].required_capabilities == ["scraping"]


def test_a_single_simple_sentence_is_one_task() -> None:
    assert [s.description for s in decompose_by_structure("Translate the README into German")] == [
        "Translate the README into German"
    ]


def test_empty_and_oversized_requests_are_refused() -> None:
    with pytest.raises(InvalidInput):
        decompose_by_structure("   ")
    with pytest.raises(TooLarge) as err:
        decompose_by_structure("x" * (MAX_REQUEST + 1))
    assert err.value.argument == "request"


async def test_a_valid_model_plan_is_used() -> None:
    llm = ScriptedLLM(
        'Here: {"tasks": [{"id": "a", "description": "Scrape prices"}, '
        '{"id": "b", "description": "Chart them", "depends_on": ["a"]}]}'
    )
    result = await decompose("Scrape and chart prices", llm)
    assert result.source == "llm" and [t.id for t in result.tasks] == ["a", "b"]
    assert result.tasks[1].task_type == "visualization"


@pytest.mark.parametrize(
    "reply",
    [
        "no json here",
        '{"tasks": []}',
        '{"tasks": [{"id": "a", "description": "x", "depends_on": ["a"]}]}',
        '{"tasks": [{"id": "a", "description": "x", "depends_on": ["b"]}, '
        '{"id": "b", "description": "y", "depends_on": ["a"]}]}',
        '{"tasks": [{"id": "a"}]}',
        GenerationFailed("model down"),
    ],
)
async def test_an_unusable_model_reply_falls_back_to_the_splitter_with_a_note(reply: str | Exception) -> None:
    result = await decompose("1. Scrape prices\n2. Chart them", ScriptedLLM(reply))
    assert result.source == "structure" and len(result.tasks) == 2 and result.notes


async def test_without_a_model_the_splitter_is_used() -> None:
    result = await decompose("Translate the README", None)
    assert result.source == "structure" and result.notes == []
