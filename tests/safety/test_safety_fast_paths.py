"""The shortcuts that keep the checker fast give the answers of the long way round."""

from __future__ import annotations

import ast
import gc
import io
import sys
import tokenize
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genesis_mcp.safety import RULES, Finding, Report, check
from genesis_mcp.safety.checker import _HANDLERS
from genesis_mcp.safety.folding import fold, may_fold
from genesis_mcp.safety.names import INTERNAL_DUNDERS, is_dunder
from genesis_mcp.safety.source import _nfkc_identifiers

FIELDS = st.sampled_from(['"a"', '"a" + "b"', "chr(95) * 2", 'f"{1}"', "str(1)", '"ab"[1:]', "-1", "x", "x.y", "x()"])
SPECS = st.sampled_from(["", ":>4", "!r", ":{w}", ':{">"}{4}', ':.{"2"}f'])
TEXTS = st.sampled_from(["", "a", "__", "{{", "}}"])


@st.composite
def f_strings(draw: st.DrawFn) -> str:
    parts = [draw(TEXTS) + "{" + draw(FIELDS) + draw(SPECS) + "}" for _ in range(draw(st.integers(0, 3)))]
    return "f'" + "".join(parts) + draw(TEXTS) + "'"


@given(f_strings())
@settings(max_examples=300, deadline=None)
def test_an_f_string_that_may_not_fold_does_not_fold(source: str) -> None:
    node = ast.parse(source, mode="eval").body
    if isinstance(node, ast.JoinedStr) and not may_fold(node):
        assert fold(node) is None


def test_f_strings_of_names_skip_folding_and_f_strings_of_constants_do_not() -> None:
    assert not may_fold(ast.parse("f'{x}'", mode="eval").body)  # type: ignore[arg-type]
    assert not may_fold(ast.parse("f'a{x.y:>4}'", mode="eval").body)  # type: ignore[arg-type]
    assert may_fold(ast.parse("f'{x}{1}'", mode="eval").body)  # type: ignore[arg-type]
    assert fold(ast.parse("f'__{\"cla\"}ss__'", mode="eval").body) == "__class__"


@given(
    st.lists(
        st.tuples(st.integers(1, 5), st.integers(0, 5), st.sampled_from(sorted(RULES)), st.sampled_from(["m", "n"])),
        max_size=8,
    )
)
def test_a_report_from_rows_equals_the_report_from_findings(rows: list[tuple[int, int, str, str]]) -> None:
    findings = [Finding(rule=rule, line=line, col=col, message=message) for line, col, rule, message in rows]
    assert Report.of(rows) == Report.of(findings)


def test_every_node_class_of_the_parser_has_a_handler() -> None:
    source = """
async def f(a, *b, c=1, **d):
    global g
    async with a as b:
        match c:
            case [x, *y] | {"k": x, **y} if x:
                return {k: v async for k, v in d if (z := k)}, lambda: (yield), -x, ...
    try:
        del a[1:2], b.c
    except* (ValueError, TypeError) as e:
        raise e from None
"""
    assert all(type(node) in _HANDLERS for node in ast.walk(ast.parse(source)))


def test_keyword_names_that_reach_internals_are_all_dunders() -> None:
    # The walk looks keyword names up in INTERNAL_DUNDERS without testing is_dunder first.
    assert all(is_dunder(name) for name in INTERNAL_DUNDERS)


@pytest.mark.parametrize("enabled", [True, False])
def test_a_check_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        check("import json\nx = json.dumps([1])\n")
        check("def f(:\n")  # a syntax error takes another way out
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_checking_a_source_again_gives_an_equal_report_of_its_own() -> None:
    source = "import os\nclass A:\n    def __getattr__(self, n):\n        return getattr(self, '_' + n)\n"
    first, second = check(source), check(source)
    assert first == second
    assert first is not second and first.findings is not second.findings


def test_a_character_normalises_to_ascii_exactly_when_its_decomposition_is_ascii() -> None:
    # Why the NFKC shortcut holds: NFKC decomposes character by character, and no ASCII character is the
    # result of composing (none has a decomposition), so a name is ASCII after NFKC only if each character is.
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code <= 0xDFFF:
            char = chr(code)
            nfkc_ascii = unicodedata.normalize("NFKC", char).isascii()
            assert nfkc_ascii == unicodedata.normalize("NFKD", char).isascii(), hex(code)
    assert all(unicodedata.decomposition(chr(code)) == "" for code in range(128))


def _nfkc_names_the_long_way(source: str) -> list[tuple[int, int, str]]:
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME and not token.string.isascii():
            plain = unicodedata.normalize("NFKC", token.string)
            if plain != token.string and plain.isascii():
                found.append((token.start[0], token.start[1], "nfkc-identifier"))
    return found


NAME_CHARS = st.sampled_from(list("abe_") + list("ｅｖａｌ𝐞𝐱ﬁℌⅨſµéèΩж中") + ["\u0301"])


@given(st.lists(st.text(NAME_CHARS, min_size=1, max_size=4), min_size=1, max_size=3), st.text(NAME_CHARS, max_size=4))
@settings(max_examples=300, deadline=None)
def test_the_nfkc_shortcut_finds_what_the_tokenizer_finds(names: list[str], text: str) -> None:
    source = "".join(f"{name} = 1\n" for name in names) + f"s = {text!r}  # {text}\n"
    try:
        expected = _nfkc_names_the_long_way(source)
    except (tokenize.TokenError, SyntaxError):
        return  # not a source the checker would get this far with
    assert [row[:3] for row in _nfkc_identifiers(source)] == expected
