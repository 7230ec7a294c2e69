"""The template library: matching, rendering, and generated code that passes its own tests."""

from __future__ import annotations

import ast
from collections.abc import Callable, Sequence

import jsonschema
import pytest

from genesis_mcp.toolsmith.signature import read_signature
from genesis_mcp.toolsmith.spec import ToolSpec
from genesis_mcp.toolsmith.templates import DEFAULT_TEMPLATES, MIN_SCORE, Template, best_template, rank_templates

RunInChild = Callable[[Sequence[ToolSpec]], list[str]]

PHRASINGS: dict[str, list[str]] = {
    "unit_conversion": ["convert miles to kilometres", "temperature converter", "Convert °F to °C",
                        "how many GiB in a TB", "pounds to kilograms conversion", "convert days to hours"],
    "regex_extraction": ["extract emails from text", "find all phone numbers and email addresses in a document",
                         "pull urls, hashtags and @mentions out of a tweet", "extract dates and times from a log",
                         "find IP addresses in server logs", "extract matches of the regex `[A-Z]{3}-\\d+` from text"],
    "text_statistics": ["count words and sentences in a text", "word frequency: top 10 words, ignoring stop words",
                        "text statistics of an essay", "count unique words in a text"],
    "case_conversion": ["slugify a title", "convert camelCase to snake_case", "convert text to uppercase",
                        "turn a phrase into kebab-case", "convert snake_case names to PascalCase"],
    "json_reshape": ['keep only "id" and "email" fields of each JSON record', "flatten nested JSON objects",
                     "rename key `first_name` to `given_name` in JSON objects",
                     "pick id, name and address.city from json records"],
    "aggregation": ["sum amount per customer", "group sales by region and total them", "average price by category",
                    "count orders per customer", "maximum temperature for each city"],
    "csv_summary": ["summarise a CSV file", "per-column mean, min and max of CSV text",
                    'describe the "price" and "qty" columns of semicolon separated data in "sales.csv"',
                    "summary statistics for a tab separated table"],
    "csv_to_json": ["convert csv to json", "parse CSV text into a list of records",
                    "read semicolon separated rows as JSON objects"],
    "number_statistics": ["compute the mean and standard deviation of a list of numbers",
                          "descriptive statistics of measurements, population variance, 3 decimal places",
                          "median and quartiles of scores"],
    "list_cleanup": ["remove duplicates from a list", "sort names alphabetically, case-insensitive",
                     "dedupe and sort a list of tags in descending order", "sort users by age",
                     "clean up a list of emails: trim whitespace, drop blanks and remove duplicates"],
    "date_arithmetic": ["add 30 days to a date", "how many days between two dates", "what day of the week is a date",
                        "subtract 10 business days from a date", "number of working days between two ISO dates",
                        "what date was 90 days ago"],
    "json_schema_validation": ["validate a JSON document against a JSON Schema",
                               'check that a payload has required fields "name" and "email", where "age" is an integer',
                               "json schema validator", "verify an object conforms to a schema"],
}

UNRELATED = ["send an email to the team", "book a flight to Paris", "resize an image", "translate text to French",
             "scrape a website", "deploy the app to production", "validate an email address", "write a poem",
             "train a neural network", "play music"]

CASES = [(tid, task) for tid, tasks in PHRASINGS.items() for task in tasks]
ALLOWED_MODULES = {"json", "csv", "io", "re", "math", "statistics", "datetime", "decimal", "fractions", "collections",
                   "itertools", "functools", "typing", "dataclasses", "enum", "string", "textwrap", "unicodedata",
                   "difflib", "heapq", "bisect", "copy", "html", "calendar", "operator"}
BY_ID = {t.id: t for t in DEFAULT_TEMPLATES}


def render_all() -> list[ToolSpec]:
    return [BY_ID[tid].render(task, f"tool_{i:03d}") for i, (tid, task) in enumerate(CASES)]


def test_the_library_has_at_least_eight_templates_with_distinct_ids() -> None:
    ids = [t.id for t in DEFAULT_TEMPLATES]
    assert len(ids) >= 8 and len(set(ids)) == len(ids)
    assert set(PHRASINGS) == set(ids)
    for template in DEFAULT_TEMPLATES:
        assert isinstance(template, Template) and template.description and template.keywords


@pytest.mark.parametrize(("template_id", "task"), CASES)
def test_the_matching_template_is_picked_for_each_phrasing(template_id: str, task: str) -> None:
    chosen = best_template(task)
    assert chosen is not None, rank_templates(task)[:3]
    assert chosen[0].id == template_id, rank_templates(task)[:3]


@pytest.mark.parametrize("task", UNRELATED)
def test_unrelated_tasks_get_no_template(task: str) -> None:
    assert best_template(task) is None, rank_templates(task)[:2]


def test_scores_are_between_zero_and_one() -> None:
    for task in [*UNRELATED, *(t for _, t in CASES), "", "!!!"]:
        for _, score in rank_templates(task):
            assert 0.0 <= score <= 1.0
    assert best_template("") is None and 0 < MIN_SCORE < 1


@pytest.mark.parametrize(("template_id", "task"), CASES)
def test_each_rendering_is_a_valid_spec_with_typed_entry_docstring_and_schema_valid_tests(
    template_id: str, task: str
) -> None:
    spec = BY_ID[template_id].render(task, "my_tool")
    assert spec.name == "my_tool"
    assert spec.provenance.author == f"template:{template_id}"
    assert 3 <= len(spec.tests) <= 6
    assert spec.entry is not None
    signature = read_signature(spec.source, spec.name, spec.entry)
    assert signature.doc and len(signature.doc) > 40
    schema = signature.input_schema()
    for case in spec.tests:
        jsonschema.validate(case.args, schema)
    tree = ast.parse(spec.source)
    assert ast.get_docstring(tree)
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= ALLOWED_MODULES, imported - ALLOWED_MODULES


def test_every_template_has_a_test_that_expects_a_value_error() -> None:
    for template_id, task in CASES:
        spec = BY_ID[template_id].render(task, "my_tool")
        assert any(case.error == "ValueError" for case in spec.tests), (template_id, task)


def test_every_rendering_passes_its_own_tests_in_a_child_interpreter(run_in_child: RunInChild) -> None:
    assert run_in_child(render_all()) == []


HOSTILE = [
    'keep only "x\'); import os; (\'" and "__class__" fields of JSON records',
    "rename `a` to `b\"\"\"` in JSON objects and flatten nested JSON",
    "extract matches of the regex `'); import os; ('` from text",
    'check that a payload has required fields "name\\" + __import__(\\"os\\")" and "x"',
    'summarise the "a\'b" column of a CSV file',
    "sum `__import__('os').system` per `x\\n` of records",
    "extract matches of the regex `__class__` from text",
    "sort users by __dict__",
    "rename `__a` to `b` in json objects",
    'validate a json schema where "__x" is an integer and "y" is required',
]


@pytest.mark.parametrize("task", HOSTILE)
def test_user_text_reaches_the_source_only_as_string_literals(task: str) -> None:
    chosen = best_template(task)
    assert chosen is not None
    spec = chosen[0].render(task, "my_tool")
    tree = ast.parse(spec.source)
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    attributes = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    assert "os" not in names and "__import__" not in names and "system" not in attributes
    assert_no_dunder_text(tree)


def assert_no_dunder_text(tree: ast.AST) -> None:
    """No name, attribute or string in the source looks like interpreter internals (the checker refuses those)."""
    for node in ast.walk(tree):
        text = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else (
            node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else "")
        assert "__" not in text, text


def test_no_rendering_contains_dunder_text() -> None:
    for spec in render_all():
        assert_no_dunder_text(ast.parse(spec.source))
