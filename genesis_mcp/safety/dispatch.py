"""What ``singledispatch``'s ``@f.register`` evaluates: the annotations of the function it is given, which
``typing.get_type_hints`` runs as code (strings included). Each must name a class: a name or ``module.Class``
(judged once bindings are known: registration.py), a subscript or ``|`` of those, ``type(None)``, or a string
holding such an expression.
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.context import Context, Tag
from genesis_mcp.safety.nodes import (
    Attribute,
    BinOp,
    BitOr,
    Call,
    Constant,
    List,
    Load,
    Name,
    Subscript,
    Tuple,
    descendants,
)
from genesis_mcp.safety.scopes import Scope

__all__ = ["dispatch_annotations", "none_type"]

_TYPE_NODES: Final = (Name, Attribute, Subscript, Tuple, List, Constant, Load, BitOr)


def none_type(node: ast.AST) -> bool:
    """``type(None)``: NoneType, while ``type`` is the builtin (every call of it is checked to be)."""
    return (
        isinstance(node, Call)
        and isinstance(node.func, Name)
        and node.func.id == "type"
        and len(node.args) == 1
        and not node.keywords
        and isinstance(node.args[0], Constant)
        and node.args[0].value is None
    )


def dispatch_annotations(ctx: Context, node: ast.FunctionDef | ast.AsyncFunctionDef, scope: Scope) -> None:
    """``@f.register`` without a class evaluates the function's annotations: each must name a class."""
    args = node.args
    every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
    annotations = [a.annotation for a in every if a is not None and a.annotation]  # get_type_hints reads all,
    if node.returns is not None:  # *args, **kwargs and the return annotation included
        annotations.append(node.returns)
    where = scope.module() if ctx.future_annotations else scope  # strings, evaluated in module globals
    pending: list[tuple[ast.AST, Scope]] = [(a, where) for a in annotations]
    budget = 1000
    while pending and budget > 0:
        current, where = pending.pop()
        budget -= 1
        if isinstance(current, BinOp) and isinstance(current.op, BitOr):
            pending.extend(((current.left, where), (current.right, where)))
            continue
        if none_type(current):  # type(None): NoneType (the call itself keeps type the builtin: class_rules)
            continue
        if not isinstance(current, _TYPE_NODES):
            ctx.add(
                "string-annotation",
                current,
                "annotations of a function registered with .register are "
                "evaluated; use plain classes such as int or list[str]",
            )
            continue
        if isinstance(current, Name) and current.id[:2] == "__" and current.id[-2:] == "__":
            ctx.add("string-annotation", current, f"{current.id!r} in a registered function's annotation is a "
                    "module's or class's own value (__doc__ is a docstring, which typing evaluates); annotate with "
                    "classes")  # fmt: skip
        elif isinstance(current, Name):
            ctx.uses.append((Tag.TYPE_NAME, current.id, where, current, None))
        elif isinstance(current, Attribute):
            # A path must start at a module (datetime.date): a class attribute of the tool may hold a string.
            root: ast.AST = current.value
            if isinstance(root, Name):  # module.Class, no deeper: a class attribute may hold a string
                ctx.uses.append((Tag.TYPE_NAME, root.id, where, current, "attribute"))
            else:
                ctx.add("string-annotation", current, "annotations of a registered function may be module.Class, "
                        "not a longer path")  # fmt: skip
        elif isinstance(current, Subscript):  # Optional[X], list[X]: a library generic, not Code["RUN"]
            head = current.value  # (an Enum's member or a list's item may be a str, which typing evaluates)
            if isinstance(head, Name):
                ctx.uses.append((Tag.TYPE_NAME, head.id, where, head, "generic"))
            elif isinstance(head, Attribute) and isinstance(head.value, Name):
                ctx.uses.append((Tag.TYPE_NAME, head.value.id, where, head, "typing"))
            else:
                ctx.add("string-annotation", head, "a subscript in a registered function's annotation must be of a "
                        "generic from typing or a builtin container")  # fmt: skip
            pending.append((current.slice, where))
        elif isinstance(current, Tuple | List):
            pending.extend((e, where) for e in current.elts)
        elif isinstance(current, Constant) and isinstance(current.value, str):
            text = current.value.strip()
            try:  # typing.ForwardRef compiles "*X" as (*X,)[0]
                parsed = ast.parse(text[1:] if text.startswith("*") else text, mode="eval")
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                ctx.add("string-annotation", current, "a string annotation of a registered function must be a "
                        "type expression; use plain classes such as int or list[str]")  # fmt: skip
                continue
            for inner in descendants(parsed.body):  # findings point at the string, not at its own line 1
                ast.copy_location(inner, current)
            pending.append((parsed.body, where.module()))  # string annotations resolve in module globals
