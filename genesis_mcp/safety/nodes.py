"""The syntax tree's node classes as constants, and walks over nodes, for the compiled checker.

Compiled by mypyc, ``ast.Name`` in a function is a lookup of ``Name`` in the ``ast`` module on every use,
and the walk tests node classes at almost every step; a ``Final`` name is read from a C variable set once at
import. So the checker's code tests ``type(node) is Name`` with these, and keeps ``ast.Name`` for
annotations, which are never run. Likewise ``ast.walk``, ``ast.iter_child_nodes`` and ``ast.dump`` are
generators and recursion in interpreted Python; ``descendants``, ``child_nodes`` and ``mentions`` do their
work here, compiled.
"""

from __future__ import annotations

import ast
from typing import Final

__all__ = [
    "AST",
    "Add",
    "AnnAssign",
    "Assign",
    "AsyncFor",
    "AsyncFunctionDef",
    "Attribute",
    "AugAssign",
    "Await",
    "BinOp",
    "BitOr",
    "BoolOp",
    "Break",
    "Call",
    "ClassDef",
    "Compare",
    "Constant",
    "Continue",
    "Dict",
    "DictComp",
    "Eq",
    "ExceptHandler",
    "Expr",
    "Expression",
    "For",
    "FormattedValue",
    "FunctionDef",
    "GeneratorExp",
    "Global",
    "If",
    "IfExp",
    "Import",
    "ImportFrom",
    "In",
    "Is",
    "IsNot",
    "JoinedStr",
    "LShift",
    "Lambda",
    "List",
    "ListComp",
    "Load",
    "MatchAs",
    "MatchClass",
    "MatchMapping",
    "MatchStar",
    "Mod",
    "Module",
    "Mult",
    "Name",
    "NamedExpr",
    "Nonlocal",
    "NotEq",
    "NotIn",
    "Or",
    "Raise",
    "Return",
    "Set",
    "SetComp",
    "Slice",
    "Starred",
    "Store",
    "Sub",
    "Subscript",
    "TryStar",
    "Tuple",
    "UAdd",
    "USub",
    "UnaryOp",
    "Yield",
    "YieldFrom",
    "child_nodes",
    "descendants",
    "mentions",
]

AST: Final = ast.AST
Add: Final = ast.Add
AnnAssign: Final = ast.AnnAssign
Assign: Final = ast.Assign
AsyncFor: Final = ast.AsyncFor
AsyncFunctionDef: Final = ast.AsyncFunctionDef
Attribute: Final = ast.Attribute
AugAssign: Final = ast.AugAssign
Await: Final = ast.Await
BinOp: Final = ast.BinOp
BitOr: Final = ast.BitOr
BoolOp: Final = ast.BoolOp
Break: Final = ast.Break
Call: Final = ast.Call
ClassDef: Final = ast.ClassDef
Compare: Final = ast.Compare
Constant: Final = ast.Constant
Continue: Final = ast.Continue
Dict: Final = ast.Dict
DictComp: Final = ast.DictComp
Eq: Final = ast.Eq
ExceptHandler: Final = ast.ExceptHandler
Expr: Final = ast.Expr
Expression: Final = ast.Expression
For: Final = ast.For
FormattedValue: Final = ast.FormattedValue
FunctionDef: Final = ast.FunctionDef
GeneratorExp: Final = ast.GeneratorExp
Global: Final = ast.Global
If: Final = ast.If
IfExp: Final = ast.IfExp
Import: Final = ast.Import
ImportFrom: Final = ast.ImportFrom
In: Final = ast.In
Is: Final = ast.Is
IsNot: Final = ast.IsNot
JoinedStr: Final = ast.JoinedStr
LShift: Final = ast.LShift
Lambda: Final = ast.Lambda
List: Final = ast.List
ListComp: Final = ast.ListComp
Load: Final = ast.Load
MatchAs: Final = ast.MatchAs
MatchClass: Final = ast.MatchClass
MatchMapping: Final = ast.MatchMapping
MatchStar: Final = ast.MatchStar
Mod: Final = ast.Mod
Module: Final = ast.Module
Mult: Final = ast.Mult
Name: Final = ast.Name
NamedExpr: Final = ast.NamedExpr
Nonlocal: Final = ast.Nonlocal
NotEq: Final = ast.NotEq
NotIn: Final = ast.NotIn
Or: Final = ast.Or
Raise: Final = ast.Raise
Return: Final = ast.Return
Set: Final = ast.Set
SetComp: Final = ast.SetComp
Slice: Final = ast.Slice
Starred: Final = ast.Starred
Store: Final = ast.Store
Sub: Final = ast.Sub
Subscript: Final = ast.Subscript
TryStar: Final = ast.TryStar
Tuple: Final = ast.Tuple
UAdd: Final = ast.UAdd
USub: Final = ast.USub
UnaryOp: Final = ast.UnaryOp
Yield: Final = ast.Yield
YieldFrom: Final = ast.YieldFrom


def child_nodes(node: ast.AST) -> list[ast.AST]:
    """``list(ast.iter_child_nodes(node))``: the nodes in its fields, in field order."""
    found: list[ast.AST] = []
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, AST):
            found.append(value)
        elif isinstance(value, list):
            found.extend(item for item in value if isinstance(item, AST))
    return found


def descendants(node: ast.AST) -> list[ast.AST]:
    """``list(ast.walk(node))``: the node and every node under it, in the same (breadth-first) order."""
    found = [node]
    index = 0
    while index < len(found):
        found.extend(child_nodes(found[index]))
        index += 1
    return found


def mentions(node: ast.AST, word: str) -> bool:
    """Whether ``word`` is in ``ast.dump(node)``'s text of a name, attribute or string under the node (the
    words of the dump's own syntax, field and class names, are not looked at: no caller asks for one)."""
    raw = word.encode()
    for current in descendants(node):
        for field in current._fields:
            value = getattr(current, field, None)
            for item in value if isinstance(value, list) else [value]:
                if (isinstance(item, str) and word in item) or (isinstance(item, bytes) and raw in item):
                    return True
    return False
