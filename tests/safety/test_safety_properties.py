"""The checker never raises and its work stays proportional to the input, whatever the input."""

from __future__ import annotations

import ast
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from genesis_mcp.safety import DEFAULT_POLICY, MAX_SOURCE_BYTES, RULES, check
from genesis_mcp.safety.checker import walk
from genesis_mcp.safety.context import Context
from genesis_mcp.safety.source import _line_break

ATOMS = st.sampled_from(
    ["x", "1", "'s'", "'__class__'", "f'{x!r}'", "eval", "__import__", "json", "getattr", "()", "[]", "type"]
)


def _wrap(inner: str, kind: int, name: str) -> str:
    shapes = [
        f"({inner})",
        f"[{inner}]",
        f"{{{inner}: {inner}}}",
        f"-{inner}",
        f"not {inner}",
        f"{inner}.{name}",
        f"{inner}({inner})",
        f"{inner}[{inner}]",
        f"lambda {name}={inner}: {inner}",
        f"[{name} for {name} in {inner} if {inner}]",
        f"{inner} + {inner}",
        f"{inner} if {inner} else {inner}",
        f"getattr({inner}, {inner})",
        f"'{{0.{name}}}'.format({inner})",
    ]
    return shapes[kind % len(shapes)]


@st.composite
def nested_expressions(draw: st.DrawFn) -> str:
    expression = draw(ATOMS)
    for kind in draw(st.lists(st.integers(0, 100), max_size=40)):
        name = draw(st.sampled_from(["a", "__class__", "gi_frame", "_x", "format", "ｅｖａｌ"]))
        expression = _wrap(expression, kind, name)
        if len(expression) > 20_000:
            break
    return expression


def _is_report(source: str) -> None:
    report = check(source)
    assert report.safe == (not report.findings)
    assert all(f.rule in RULES and f.line >= 1 and f.col >= 0 for f in report.findings)


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_never_raises_on_arbitrary_text(source: str) -> None:
    _is_report(source)


@given(st.binary(max_size=2000))
@settings(max_examples=100, deadline=None)
def test_never_raises_on_arbitrary_bytes_decoded_leniently(data: bytes) -> None:
    _is_report(data.decode("utf-8", "surrogateescape"))


@given(nested_expressions(), st.sampled_from(["{}", "x = {}", "def f(a=1):\n    return {}", "class A:\n    b = {}"]))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_never_raises_on_nested_expressions(expression: str, template: str) -> None:
    _is_report(template.format(expression))


def test_ten_thousand_levels_of_nesting_are_a_finding_not_a_crash() -> None:
    for source in ("(" * 10_000 + ")" * 10_000, "-" * 10_000 + "1", "a" + ".b" * 10_000, "x" + "[0]" * 10_000):
        report = check(source)
        assert not report.safe
        assert report.findings[0].rule in ("syntax-error", "too-complex")


def test_oversized_sources_are_a_finding_not_a_crash() -> None:
    report = check("x = 1\n" * (MAX_SOURCE_BYTES // 6 + 10))
    assert [f.rule for f in report.findings] == ["too-large"]
    assert not check("é" * (MAX_SOURCE_BYTES // 2 + 1)).safe


def _visited(source: str) -> tuple[int, int]:
    tree = ast.parse(source)
    ctx = Context(DEFAULT_POLICY)
    walk(tree, ctx)
    return ctx.visited, sum(1 for _ in ast.walk(tree))


def test_the_walk_visits_each_node_at_most_once() -> None:
    for source in (
        "x = " + " + ".join(["'a'", "y"] * 300),
        "a" + ".b" * 900,
        "f" + "(x)" * 500,
        "\n".join(f"def f{i}(a, b=1):\n    return [a for a in b if a] + getattr(a, 'x')" for i in range(200)),
    ):
        visited, nodes = _visited(source)
        assert 0 < visited <= nodes


def test_work_grows_linearly_with_nesting_depth() -> None:
    def deep(depth: int) -> str:
        return "x = " + "[" * depth + "getattr(a, 'b') + '__x' + y" + "]" * depth

    small, _ = _visited(deep(80))
    large, _ = _visited(deep(160))
    assert large <= 2 * small + 10


def _class_chain(length: int) -> str:
    """``class C1(C0)``, ``class C2(C1)``...: each class derives from every one before it."""
    return "import json\nclass C0(json.JSONEncoder):\n    pass\n" + "".join(
        f"class C{i + 1}(C{i}):\n    pass\n" for i in range(length)
    )


def test_a_class_deriving_through_more_than_a_hundred_tool_classes_is_refused_as_too_complex() -> None:
    # Every class's library bases are looked up through its ancestors: unbounded, a 7,000-class chain (within
    # the size limit) took 40 s of the server's time; the walk now stops and says why, once.
    report = check(_class_chain(2_000))
    assert [f.rule for f in report.findings] == ["too-complex"]
    assert "more than 100 classes of the tool" in report.findings[0].message


def test_a_class_deriving_through_fifty_tool_classes_is_checked_as_usual() -> None:
    assert check(_class_chain(50)).safe


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab#\r\n", max_size=16), st.integers(min_value=0, max_value=16))
def test_line_breaks_are_found_where_pythons_line_break_pattern_finds_them(text: str, start: int) -> None:
    # source._line_break stands in for a regular expression on every check: \r\n, \r or \n.
    match = re.compile(r"\r\n|\r|\n").search(text, start)
    assert _line_break(text, start) == (None if match is None else (match.start(), match.end()))
