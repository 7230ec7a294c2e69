"""Lexical search for an existing tool that already does a task."""

from __future__ import annotations

import pytest

from genesis_mcp.toolsmith.similarity import DEFAULT_THRESHOLD, Match, find_similar, similarity, stem, tokenise

TOOLS = [
    ("convert_length", "Convert a length between units (miles, km, …)"),
    ("sum_by_group", "Sum numbers per group: group records by a key and add up a field."),
    ("extract_emails", "Extract email addresses from a text."),
    ("text_statistics", "Count words, sentences and the most frequent words of a text."),
    ("convert_case", "Convert text to snake_case, camelCase, kebab-case or a URL slug."),
    ("summarize_csv", "Summarise CSV text: per-column count, mean, min and max."),
    ("days_between", "Number of days between two ISO dates."),
    ("validate_json", "Validate a JSON document against a JSON Schema."),
]


def test_a_paraphrase_of_a_length_converter_matches_it() -> None:
    assert [m.name for m in find_similar("convert miles to kilometers", TOOLS)] == ["convert_length"]


def test_extracting_emails_does_not_match_a_group_sum() -> None:
    tools = [("sum_by_group", "sum numbers per group")]
    assert find_similar("extract emails from text", tools) == []
    assert find_similar("sum numbers per group", tools)[0].name == "sum_by_group"


@pytest.mark.parametrize(
    ("task", "tool"),
    [
        ("convert kilometres to miles", "convert_length"),
        ("extract e-mail addresses from a message", "extract_emails"),
        ("how many words are in this text", "text_statistics"),
        ("check a json payload against a schema", "validate_json"),
        ("summary statistics for a csv file", "summarize_csv"),
        ("count days until a date", "days_between"),
        ("sum numbers grouped per key", "sum_by_group"),
    ],
)
def test_paraphrases_find_their_tool_first(task: str, tool: str) -> None:
    matches = find_similar(task, TOOLS)
    assert matches and matches[0].name == tool, matches


@pytest.mark.parametrize(
    "task",
    ["send an email to the team", "resize an image", "book a flight to Paris", "extract phone numbers from text",
     "convert celsius to fahrenheit", "translate a document to French"],
)
def test_unrelated_tasks_match_nothing(task: str) -> None:
    assert find_similar(task, TOOLS) == []


def test_matches_are_sorted_best_first_with_scores_between_zero_and_one() -> None:
    matches = find_similar("convert text", TOOLS, threshold=0.0)
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert all(isinstance(m, Match) for m in matches)


def test_a_higher_threshold_keeps_fewer_matches() -> None:
    loose = find_similar("convert miles to kilometers", TOOLS, threshold=0.05)
    strict = find_similar("convert miles to kilometers", TOOLS, threshold=0.9)
    assert len(loose) > 1 and strict == []


def test_empty_inputs_match_nothing() -> None:
    assert find_similar("", TOOLS) == []
    assert find_similar("the of and", TOOLS) == []
    assert find_similar("convert miles", []) == []


def test_tokens_are_lower_case_stemmed_and_without_stop_words_or_numbers() -> None:
    assert tokenise("Grouping the Orders by 30 regions") == ["group", "order", "region"]
    assert tokenise("sumByGroup extract_emails") == ["sum", "group", "extract", "email"]
    assert tokenise("kilometres km Kilometers") == ["kilometer"] * 3


@pytest.mark.parametrize(
    ("word", "root"),
    [("groups", "group"), ("grouping", "group"), ("grouped", "group"), ("summed", "sum"), ("entries", "entry"),
     ("matches", "match"), ("class", "class"), ("status", "status"), ("is", "is"), ("filling", "fill")],
)
def test_stemming_strips_one_common_suffix(word: str, root: str) -> None:
    assert stem(word) == root


def test_similarity_is_symmetric_and_one_for_identical_texts() -> None:
    a, b = "convert miles to kilometers", "Convert a length between units (miles, km)"
    assert similarity(a, b) == pytest.approx(similarity(b, a))
    assert similarity(a, a) == pytest.approx(1.0)
    assert 0.0 < DEFAULT_THRESHOLD < 1.0
