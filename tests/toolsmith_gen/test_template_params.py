"""Parameters read from a task's words, the values templates embed, and safe embedding of user text."""

from __future__ import annotations

import ast
from typing import Any

import pytest

from genesis_mcp.toolsmith.signature import read_signature
from genesis_mcp.toolsmith.templates.aggregate import aggregation_plan
from genesis_mcp.toolsmith.templates.base import fill, literal, quoted_names
from genesis_mcp.toolsmith.templates.dates import date_plan
from genesis_mcp.toolsmith.templates.extract import _SAMPLES, kinds_in, reference
from genesis_mcp.toolsmith.templates.lists import cleanup_plan
from genesis_mcp.toolsmith.templates.records import reshape_plan
from genesis_mcp.toolsmith.templates.schema import schema_from_task
from genesis_mcp.toolsmith.templates.tables import delimiter_in
from genesis_mcp.toolsmith.templates.text import case_style
from genesis_mcp.toolsmith.templates.units import UnitConversion


def defaults(task: str) -> dict[str, Any]:
    spec = UnitConversion().render(task, "conv")
    signature = read_signature(spec.source, spec.name, spec.entry)
    return {p.name: p.default for p in signature.params if not p.required}


@pytest.mark.parametrize(
    ("task", "source", "target"),
    [
        ("convert miles to kilometres", "mi", "km"),
        ("Celsius to Fahrenheit", "c", "f"),
        ("how many GiB in a TB", "gib", "tb"),
        ("convert 5 km in miles", "km", "mi"),
        ("temperature converter", "c", "f"),
        ("convert nautical miles", "nmi", "km"),
        ("gallons to litres", "gal", "l"),
    ],
)
def test_unit_conversion_takes_its_default_units_from_the_task(task: str, source: str, target: str) -> None:
    found = defaults(task)
    assert (found["from_unit"], found["to_unit"]) == (source, target)


def test_unit_conversion_tests_hold_known_values() -> None:
    miles = UnitConversion().render("convert miles to kilometres", "conv")
    assert miles.tests[0].args == {"value": 1.0} and miles.tests[0].expected == 1.609344
    heat = UnitConversion().render("celsius to fahrenheit", "conv")
    assert heat.tests[0].args == {"value": 100.0} and heat.tests[0].expected == 212.0
    assert heat.tests[2].args["value"] == -40.0 and heat.tests[2].expected == -40.0


# Hand-checked matches of each kind's sample text: the regexes themselves are under test here.
EXPECTED_MATCHES = {
    "email": ["ann@example.com", "Bob.Smith+news@mail.example.org"],
    "url": ["https://example.com/docs?q=1", "http://test.org/a_b", "www.site.net/x"],
    "phone": ["+1 (555) 123-4567", "555-987-6543", "+44 20 7946 0958"],
    "date": ["2024-03-05", "5/3/2024", "March 7, 2024"],
    "time": ["09:30", "14:05:30", "7:15 pm"],
    "number": ["1,234.50", "-3", "2.5e3", "42"],
    "hashtag": ["#Python", "#open_source"],
    "mention": ["@alice", "@bob_99"],
    "ipv4": ["192.168.0.1", "10.0.0.255"],
    "hex_color": ["#fff", "#1A2B3C", "#1a2b3c"],
    "money": ["$1,200.50", "€30", "15.99 USD", "£7"],
}


@pytest.mark.parametrize("kind", sorted(EXPECTED_MATCHES))
def test_each_extraction_kind_finds_exactly_the_right_matches(kind: str) -> None:
    assert reference(kind, _SAMPLES[kind], True) == EXPECTED_MATCHES[kind]


@pytest.mark.parametrize(
    ("task", "kinds"),
    [
        ("find phone numbers and e-mail addresses", ["phone", "email"]),
        ("extract numbers", ["number"]),
        ("pull links, #hashtags and @mentions", ["url", "hashtag", "mention"]),
        ("get IP addresses and hex colours", ["ipv4", "hex_color"]),
        ("extract everything", []),
    ],
)
def test_extraction_kinds_are_read_from_the_task_longest_phrase_first(task: str, kinds: list[str]) -> None:
    assert kinds_in(task) == kinds


@pytest.mark.parametrize(
    ("task", "plan"),
    [
        ("sum amount per customer", ("customer", "amount", "sum")),
        ("average price by category", ("category", "price", "avg")),
        ("count orders per customer", ("customer", None, "count")),
        ("group sales by region and total them", ("region", "sales", "sum")),
        ('max "score" for each "team"', ("team", "score", "max")),
        ("aggregate records", (None, None, "sum")),
    ],
)
def test_aggregation_reads_key_field_and_operation(task: str, plan: tuple[Any, ...]) -> None:
    assert aggregation_plan(task) == plan


def test_aggregation_without_a_key_makes_group_by_required() -> None:
    from genesis_mcp.toolsmith.templates.aggregate import Aggregation

    spec = Aggregation().render("aggregate records", "agg")
    params = {p.name: p for p in read_signature(spec.source, spec.name, spec.entry).params}
    assert params["group_by"].required and params["field"].default is None


@pytest.mark.parametrize(
    ("task", "plan"),
    [
        ("add 30 days to a date", ("add", 30, False)),
        ("subtract 10 business days from a date", ("subtract", 10, True)),
        ("what date is 3 weeks from now", ("add", 21, False)),
        ("how many working days between two dates", ("between", None, True)),
        ("what day of the week is it", ("weekday", None, False)),
        ("date 90 days ago", ("subtract", 90, False)),
    ],
)
def test_date_arithmetic_reads_operation_days_and_business_days(task: str, plan: tuple[Any, ...]) -> None:
    assert date_plan(task) == plan


@pytest.mark.parametrize(
    ("task", "style"),
    [("convert camelCase to snake_case", "snake"), ("snake_case to camelCase", "camel"),
     ("make a URL-friendly slug", "slug"), ("to UpperCamelCase", "pascal"), ("SCREAMING_SNAKE constants", "constant"),
     ("title case", "title"), ("all caps", "upper"), ("reverse a string", None)],
)
def test_case_conversion_targets_the_last_style_named(task: str, style: str | None) -> None:
    assert case_style(task) == style


def test_list_cleanup_flags_come_from_the_task() -> None:
    plan = cleanup_plan("sort users by age in descending order, ignoring case")
    assert plan["sort"] and plan["descending"] and plan["ignore_case"] and plan["key"] == "age"
    assert not plan["dedupe"]
    assert cleanup_plan("tidy a list")["dedupe"] and cleanup_plan("tidy a list")["strip"]


def test_json_reshape_reads_fields_renames_flattening_and_separator() -> None:
    assert reshape_plan('keep only "id" and "email"') == (["id", "email"], {}, False, ".")
    assert reshape_plan("rename `a` to `b`, flatten with underscores") == (None, {"a": "b"}, True, "_")
    assert reshape_plan("select id, name and address.city") == (["id", "name", "address.city"], {}, False, ".")


def test_schema_validation_builds_a_default_schema_from_quoted_fields() -> None:
    assert schema_from_task("validate against a schema") is None
    assert schema_from_task('requires "name"; "age" is an integer') == {
        "type": "object", "required": ["name"], "properties": {"age": {"type": "integer"}}}


@pytest.mark.parametrize(("task", "sep"), [("a csv", ","), ("semicolon separated", ";"), ("TSV file", "\t"),
                                           ("pipe-delimited", "|")])
def test_csv_delimiter_comes_from_the_task(task: str, sep: str) -> None:
    assert delimiter_in(task) == sep


@pytest.mark.parametrize(
    "value",
    ["x'); import os; ('", 'a"""b', "\\n\n\x00", ["a", {"b": None}], {"k": 1.5, "t": True}, None, -3],
)
def test_literal_round_trips_through_python_syntax(value: Any) -> None:
    assert ast.literal_eval(literal(value)) == value


@pytest.mark.parametrize("value", [float("nan"), float("inf"), object(), {1: "a"}, {"a"}, b"x"])
def test_literal_refuses_values_that_are_not_plain_json(value: Any) -> None:
    with pytest.raises(ValueError):
        literal(value)


def test_fill_refuses_missing_or_unused_parameters() -> None:
    assert fill("a = $x", x="1") == "a = 1"
    with pytest.raises(KeyError):
        fill("a = $x")
    with pytest.raises(KeyError):
        fill("a = $x", x="1", y="2")


def test_quoted_names_keep_only_field_like_names_in_order() -> None:
    assert quoted_names('keep "id", `email` and "id" but not "two words!" or "x\'); import os"') == ["id", "email"]
