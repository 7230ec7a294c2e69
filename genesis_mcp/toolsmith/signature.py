"""The MCP schemas of a generated tool, read from its entry function's type hints, without running it.

Generated code never runs in the server process, so the hints are read from the syntax tree and mapped
onto a small set of JSON types: ``int``, ``float``, ``str``, ``bool``, ``None``, ``Any``, ``list[T]``,
``dict[str, T]``, ``tuple[T, ...]``, ``X | None`` / ``Optional[X]`` / ``Union[...]`` and ``Literal[...]``.
Anything else is refused with the parameter named, because the server could not validate it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any, Literal, Optional, Union

from pydantic import TypeAdapter

from genesis_mcp.errors import InvalidInput

__all__ = ["EntrySignature", "Param", "read_signature"]

SUPPORTED = "int, float, str, bool, None, Any, list[T], dict[str, T], tuple[T, ...], X | None, Literal[...]"

_SCALARS: dict[str, Any] = {"int": int, "float": float, "str": str, "bool": bool, "None": type(None), "Any": Any}
_NO_DEFAULT = object()


@dataclass(frozen=True)
class Param:
    name: str
    annotation: Any
    default: Any = _NO_DEFAULT

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT


@dataclass(frozen=True)
class EntrySignature:
    entry: str
    is_async: bool
    params: tuple[Param, ...]
    returns: Any
    doc: str | None

    def input_schema(self) -> dict[str, Any]:
        properties = {p.name: TypeAdapter(p.annotation).json_schema() for p in self.params}
        for p in self.params:
            if not p.required:
                properties[p.name]["default"] = p.default
        return {
            "type": "object",
            "properties": properties,
            "required": [p.name for p in self.params if p.required],
            "additionalProperties": False,
        }

    def output_schema(self) -> dict[str, Any]:
        return TypeAdapter(self.returns).json_schema()


class _Unsupported(Exception):
    pass


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    raise _Unsupported(ast.unparse(node))


def _elements(node: ast.expr) -> list[ast.expr]:
    return list(node.elts) if isinstance(node, ast.Tuple) else [node]


def _to_type(node: ast.expr) -> Any:
    if isinstance(node, ast.Constant):
        if node.value is None:
            return type(None)
        if isinstance(node.value, str):  # a quoted annotation
            try:
                return _to_type(ast.parse(node.value, mode="eval").body)
            except SyntaxError as exc:
                raise _Unsupported(node.value) from exc
        raise _Unsupported(repr(node.value))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return Union[_to_type(node.left), _to_type(node.right)]  # noqa: UP007 - built at run time
    if isinstance(node, (ast.Name, ast.Attribute)):
        name = _dotted(node).removeprefix("typing.")
        if name in _SCALARS:
            return _SCALARS[name]
        if name in {"list", "List"}:
            return list[Any]
        if name in {"dict", "Dict"}:
            return dict[str, Any]
        raise _Unsupported(name)
    if isinstance(node, ast.Subscript):
        outer = _dotted(node.value).removeprefix("typing.")
        args = _elements(node.slice)
        if outer in {"list", "List", "Sequence", "Iterable"} and len(args) == 1:
            return list[_to_type(args[0])]  # type: ignore[misc]
        if (
            outer in {"tuple", "Tuple"}
            and len(args) == 2
            and isinstance(args[1], ast.Constant)
            and args[1].value is ...
        ):
            return list[_to_type(args[0])]  # type: ignore[misc]
        if outer in {"dict", "Dict", "Mapping"} and len(args) == 2:
            if _to_type(args[0]) is not str:
                raise _Unsupported(f"{ast.unparse(node)} (JSON object keys are strings)")
            return dict[str, _to_type(args[1])]  # type: ignore[misc]
        if outer == "Optional" and len(args) == 1:
            return Optional[_to_type(args[0])]  # noqa: UP045
        if outer == "Union":
            return Union[tuple(_to_type(a) for a in args)]  # noqa: UP007
        if outer == "Literal":
            values = []
            for a in args:
                if not isinstance(a, ast.Constant) or not isinstance(a.value, (str, int, bool, type(None))):
                    raise _Unsupported(ast.unparse(node))
                values.append(a.value)
            return Literal[tuple(values)]
    raise _Unsupported(ast.unparse(node))


def _pick_entry(tree: ast.Module, tool_name: str, entry: str | None) -> ast.FunctionDef | ast.AsyncFunctionDef:
    functions = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    if entry is not None:
        if entry not in functions:
            raise InvalidInput(f"the source defines no top-level function '{entry}'", argument="entry")
        return functions[entry]
    for candidate in (tool_name, "run", "main"):
        if candidate in functions:
            return functions[candidate]
    public = [f for name, f in functions.items() if not name.startswith("_")]
    if len(public) == 1:
        return public[0]
    names = ", ".join(functions) or "none"
    raise InvalidInput(
        f"cannot tell which function is the entry (top-level functions: {names}); "
        f"name it '{tool_name}' or 'run', or pass `entry`",
        argument="entry",
    )


def read_signature(source: str, tool_name: str, entry: str | None = None) -> EntrySignature:
    """Find the entry function of ``source`` and read its parameters and return type.

    Raises :class:`InvalidInput` (argument ``source`` or ``entry``) when there is no clear entry function,
    a hint is missing or cannot be expressed as JSON, or a default is not a literal.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise InvalidInput(f"syntax error at line {exc.lineno}: {exc.msg}", argument="source") from exc
    fn = _pick_entry(tree, tool_name, entry)
    args = fn.args
    if args.vararg or args.kwarg or args.posonlyargs:
        raise InvalidInput(
            f"{fn.name}() must take named parameters only (no *args, **kwargs or positional-only)", argument="source"
        )
    defaults: list[ast.expr | None] = [None] * (len(args.args) - len(args.defaults)) + list(args.defaults)
    pairs = list(zip(args.args, defaults, strict=True)) + list(zip(args.kwonlyargs, args.kw_defaults, strict=True))
    params = []
    for arg, default in pairs:
        if arg.arg.startswith("_"):
            raise InvalidInput(f"parameter '{arg.arg}' of {fn.name}() must not start with '_'", argument="source")
        if arg.annotation is None:
            raise InvalidInput(
                f"parameter '{arg.arg}' of {fn.name}() has no type hint; the input schema comes from the hints "
                f"(supported: {SUPPORTED})",
                argument="source",
            )
        try:
            annotation = _to_type(arg.annotation)
        except _Unsupported as exc:
            raise InvalidInput(
                f"parameter '{arg.arg}' of {fn.name}(): cannot turn the hint {exc} into a JSON schema "
                f"(supported: {SUPPORTED})",
                argument="source",
            ) from exc
        value: Any = _NO_DEFAULT
        if default is not None:
            try:
                value = ast.literal_eval(default)
            except ValueError as exc:
                raise InvalidInput(
                    f"the default of parameter '{arg.arg}' of {fn.name}() must be a literal value",
                    argument="source",
                ) from exc
        params.append(Param(arg.arg, annotation, value))
    if fn.returns is None:
        raise InvalidInput(
            f"{fn.name}() has no return type hint; the output schema comes from it (supported: {SUPPORTED})",
            argument="source",
        )
    try:
        returns = _to_type(fn.returns)
    except _Unsupported as exc:
        raise InvalidInput(
            f"{fn.name}() returns {exc}, which has no JSON schema (supported: {SUPPORTED})", argument="source"
        ) from exc
    return EntrySignature(
        entry=fn.name,
        is_async=isinstance(fn, ast.AsyncFunctionDef),
        params=tuple(params),
        returns=returns,
        doc=ast.get_docstring(fn),
    )
