"""Rules files: the example loads; errors name the line, the rule and the field; a bad file changes nothing."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from genesis_mcp.errors import InvalidInput, NotFound
from genesis_mcp.routing import RuleSet, load_rules, parse_rules

EXAMPLE = Path(__file__).parents[2] / "examples" / "rules.toml"


def test_the_example_rules_file_loads_in_priority_order() -> None:
    rules = load_rules(EXAMPLE)
    assert [r.name for r in rules.ordered()][:2] == ["security-first", "money-matters"]


def test_a_toml_syntax_error_names_the_line() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_rules('[[rules]]\nname = "a"\npriority = = 3\n', source="r.toml")
    assert "line 3" in str(err.value) and err.value.details[0]["line"] == 3


def test_a_toml_file_cut_short_names_its_last_line() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_rules('[[rules]]\nname = "a"\nmatch = {', source="r.toml")
    assert err.value.details[0]["line"] == 3


def test_a_json_syntax_error_names_the_line() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_rules('{"rules": [\n  {"name": "a",,}\n]}', fmt="json")
    assert err.value.details[0]["line"] == 2


def test_a_bad_field_is_named_with_its_rule_and_line() -> None:
    text = """
[[rules]]
name = "fine"
match = { keywords_any = ["invoice"] }
target = { agent = "billing" }

[[rules]]
name = "broken"
priority = "high"
[rules.match]
task_types = ["x"]
[rules.target]
agent = "a"
capabilities = ["b"]
"""
    with pytest.raises(InvalidInput) as err:
        parse_rules(text, source="rules.toml")
    found = {(d["rule"], d["field"], d["line"]) for d in err.value.details}
    assert ("broken", "priority", 9) in found
    assert ("broken", "target", 12) in found
    assert "rule 2 ('broken'), line 9, field 'priority'" in str(err.value)


def test_a_rule_that_matches_on_nothing_is_refused() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_rules('[[rules]]\nname = "all"\nmatch = {}\ntarget = { agent = "x" }\n')
    assert "must match on something" in str(err.value)


def test_duplicate_rule_names_are_refused() -> None:
    rule = '[[rules]]\nname = "same"\nmatch = { task_types = ["a"] }\ntarget = { agent = "x" }\n'
    with pytest.raises(InvalidInput) as err:
        parse_rules(rule + rule)
    assert "'same'" in str(err.value)


def test_a_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        load_rules(tmp_path / "nope.toml")


def test_the_caller_keeps_its_rules_when_a_new_file_is_bad(tmp_path: Path) -> None:
    current: RuleSet = load_rules(EXAMPLE)
    bad = tmp_path / "rules.toml"
    bad.write_text("[[rules]]\nname = 3\n")
    with contextlib.suppress(InvalidInput):
        current = load_rules(bad)
    assert current == load_rules(EXAMPLE)


def test_json_rules_load_like_toml(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text(load_rules(EXAMPLE).model_dump_json())
    assert load_rules(path) == load_rules(EXAMPLE)


def test_the_example_file_is_valid_against_the_published_schema() -> None:
    import json
    import tomllib

    import jsonschema

    schema = json.loads((Path(__file__).parents[2] / "schemas" / "rules.schema.json").read_text())
    jsonschema.validate(tomllib.loads(EXAMPLE.read_text()), schema)
