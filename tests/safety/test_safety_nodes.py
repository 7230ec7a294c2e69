"""nodes.py stands in for parts of the ast module in the compiled checker: it must give what ast gives."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genesis_mcp.safety import nodes
from genesis_mcp.safety.nodes import child_nodes, descendants, mentions

CORPUS = Path(__file__).parent / "corpus"
TREES = [ast.parse(path.read_text(encoding="utf-8")) for path in sorted(CORPUS.glob("*/*.py"))[::7]]


def test_each_node_class_constant_is_the_ast_class_of_that_name() -> None:
    names = [name for name in nodes.__all__ if name[0].isupper()]
    assert len(names) > 60
    assert all(getattr(nodes, name) is getattr(ast, name) for name in names)


def test_descendants_are_the_nodes_ast_walk_gives_in_the_same_order() -> None:
    for tree in TREES:
        assert [id(n) for n in descendants(tree)] == [id(n) for n in ast.walk(tree)]


def test_child_nodes_are_the_nodes_iter_child_nodes_gives_for_every_node() -> None:
    for tree in TREES:
        for node in ast.walk(tree):
            assert [id(n) for n in child_nodes(node)] == [id(n) for n in ast.iter_child_nodes(node)]


@pytest.mark.parametrize(
    "annotation",
    [
        "KW_ONLY",
        "dataclasses.KW_ONLY",
        "'KW_ONLY'",
        "Annotated[int, b'KW_ONLY']",
        "Annotated[int, f(KW_ONLY=1)]",
        "list[int]",
        "int",
        "Annotated[int, 'kw_only']",
        "Literal['KW_ONL' 'Y']",
    ],
)
def test_mentions_agrees_with_searching_the_dump_of_an_annotation(annotation: str) -> None:
    node = ast.parse(annotation, mode="eval").body
    assert mentions(node, "KW_ONLY") == ("KW_ONLY" in ast.dump(node))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["KW_ONLY", "x", "'KW_ONLY'", "a.KW_ONLY", "b'KW'", "f(KW_ONLY=2)", "[KW_ONLY]"])))
def test_mentions_agrees_with_the_dump_on_generated_expressions(parts: list[str]) -> None:
    node = ast.parse("(" + ", ".join(parts) + ",)" if parts else "()", mode="eval").body
    assert mentions(node, "KW_ONLY") == ("KW_ONLY" in ast.dump(node))
