"""Calls that need more than the name rules: class factories (type, metaclasses, the Enum functional API),
functions that evaluate annotations (``register``) and functions that copy attributes by name (``wraps``).
"""

from __future__ import annotations

import ast
from typing import Final

from genesis_mcp.safety.attributes import attribute_name
from genesis_mcp.safety.context import Context, Tag
from genesis_mcp.safety.names import BUILTIN_CLASSES, ENUM_FACTORIES, FIELD_ATTRIBUTES, METACLASS_NAMES
from genesis_mcp.safety.nodes import Attribute, Call, Constant, Dict, JoinedStr, Lambda, List, Name, Set, Starred, Tuple
from genesis_mcp.safety.scopes import Kind, Scope

__all__ = ["SPECIAL_CALLEES", "WRAPPERS", "register_call", "special_call", "type_call", "wrapper_names"]

SPECIAL_CALLEES: Final = METACLASS_NAMES | ENUM_FACTORIES  # calls that may build a class
WRAPPERS: Final = {"wraps": 1, "update_wrapper": 2}  # functools: the position of their ``assigned`` argument


def wrapper_names(ctx: Context, call: ast.Call, head: str, scope: Scope) -> None:
    """``functools.wraps``/``update_wrapper`` copy the attributes named in ``assigned`` and ``updated``:
    setattr(wrapper, n, getattr(wrapped, n)) for each, so every name must be a constant the rules accept."""
    first = WRAPPERS[head]
    if head == "wraps":
        ctx.wraps_calls.append((call, scope))  # what it returns is judged after the walk (wraps_results)
    if any(isinstance(a, Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        ctx.add("computed-attribute-name", call, f"{head}() copies attributes by name; pass its arguments "
                "one by one, not unpacked")  # fmt: skip
        return
    given = [(k.arg, k.value) for k in call.keywords if k.arg in ("assigned", "updated")]
    given += [("", a) for a in call.args[first : first + 2]]
    for _, names in given:
        elements = names.elts if isinstance(names, Tuple | List) else None
        if (
            elements is None
            and isinstance(names, Attribute)
            and names.attr in ("WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES")
            and isinstance(names.value, Name)
        ):
            ctx.uses.append((Tag.FROM_MODULE, names.value.id, scope, names, ("functools", None)))  # its defaults
            continue
        for element in elements if elements is not None else [names]:
            text = ctx.fold(element)
            if text is None:
                ctx.add("computed-attribute-name", element, f"{head}() copies the attributes it is told by name; "
                        "name them with constant strings")  # fmt: skip
            else:
                attribute_name(ctx, scope, text, element)
                if text in FIELD_ATTRIBUTES:  # given a dataclasses Field as the wrapper, it renames a field
                    ctx.add("module-mutation", element, f"{head}() may not copy {text!r}: onto a dataclasses Field "
                            "it would change what dataclasses pastes into the code it writes")  # fmt: skip
                ctx.store_attribute(text, element)  # set on the wrapper
                ctx.attribute_loads.append((text, element, scope))  # read off what it wraps, a class maybe
    # The default names include __annotations__: what is copied from may end up evaluated by .register, so it
    # is judged like a registered function, and the function copied onto may not be registered.
    wrapped = (
        call.args[first - 1]
        if len(call.args) >= first
        else next((k.value for k in call.keywords if k.arg == "wrapped"), None)
    )
    if isinstance(wrapped, Name):
        ctx.uses.append((Tag.WRAPPED, wrapped.id, scope, wrapped, None))
    elif wrapped is not None and not isinstance(wrapped, Lambda):  # a class's __dict__ would be copied
        ctx.add("string-annotation", wrapped, f"{head}() copies the annotations of what it is given; give it a "
                "function by name")  # fmt: skip
    wrapper = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "wrapper"), None)
    updated = (
        call.args[first + 1]
        if len(call.args) > first + 1
        else next((k.value for k in call.keywords if k.arg == "updated"), None)
    )  # the default, WRAPPER_UPDATES, or anything but an empty display copies __dict__
    dict_copied = updated is None or not (isinstance(updated, Tuple | List) and not updated.elts)
    if head == "update_wrapper" and isinstance(wrapper, Name):
        ctx.rewrapped.add(wrapper.id)
        ctx.uses.append((Tag.WRAPPED, wrapper.id, scope, wrapper, "rewrapped"))  # a def? (registration.py)
        if dict_copied:  # a namespace or object given the wrapped __dict__ would show it: a def of the tool
            ctx.uses.append((Tag.WRAPPED, wrapper.id, scope, wrapper, "wrapper"))
    elif head == "update_wrapper":
        ctx.rewrapped.add("*")  # which function gets the annotations (and __wrapped__) is not known here
    if head == "update_wrapper" and dict_copied and not isinstance(wrapper, Name):
        ctx.add("string-annotation", call, "update_wrapper() copies the wrapped __dict__: onto a function of "
                "the tool by name")  # fmt: skip
    if head == "wraps" and not dict_copied:
        ctx.wraps_kept.add(id(call))  # wraps(f, updated=()) copies no __dict__: onto anything
    if dict_copied:
        ctx.store_attribute("*", call)  # the default updates __dict__: the wrapper may get any attribute
        if wrapped is not None:  # ... read off what it wraps, a class maybe: every method of it
            ctx.attribute_loads.append(("*", wrapped, scope))


def register_call(ctx: Context, arg: ast.expr, scope: Scope) -> None:
    """``dispatcher.register(f)`` evaluates the annotations of ``f``; a class or a lambda is harmless, and so
    is ``type(x)`` with one argument, which is always a class (its own rules judge ``x``), or None."""
    if isinstance(arg, Name):
        ctx.uses.append((Tag.REGISTER, arg.id, scope, arg, None))
    elif isinstance(arg, Call) and isinstance(arg.func, Name) and not _one_argument_type(arg):
        ctx.uses.append((Tag.REGISTER, arg.func.id, scope, arg, "instance"))  # judged once bindings are known
    elif isinstance(arg, Attribute) and isinstance(arg.value, Name):  # register(datetime.date)
        ctx.uses.append((Tag.TYPE_NAME, arg.value.id, scope, arg, "attribute"))  # only a module's, no deeper
    elif not (
        isinstance(arg, Lambda | List | Tuple | Set | Dict | JoinedStr)  # no annotations
        or _one_argument_type(arg)
        or isinstance(arg, Constant)  # a registry's own key; singledispatch refuses it unevaluated
        or ctx.fold(arg) is not None
    ):
        ctx.add(
            "string-annotation",
            arg,
            ".register() evaluates the annotations of the function it is given; pass a class, or a function "
            "the tool defines by name",
        )


def _one_argument_type(node: ast.expr) -> bool:
    return (
        isinstance(node, Call)
        and isinstance(node.func, Name)
        and node.func.id == "type"
        and len(node.args) == 1
        and not node.keywords
        and not isinstance(node.args[0], Starred)
    )


def special_call(ctx: Context, node: ast.Call, head: str) -> None:
    if head in ENUM_FACTORIES:
        _enum_call(ctx, node)
    elif head != "type":
        ctx.add("class-machinery", node, f"calling {head!r} creates a class at run time; write a class statement")


def type_call(ctx: Context, call: ast.Call, scope: Scope, operand: bool = False) -> None:
    if len(call.args) != 1 or call.keywords or isinstance(call.args[0], Starred):
        ctx.add("class-machinery", call, "type() with three arguments creates a class at run time; write a class")
        return
    arg = call.args[0]
    if not operand:
        # type(x) as a value hands out the class of anything: the metaclass for a class, FunctionType for a
        # function, the file class of a stream, operator.attrgetter for an attrgetter. Only the tool's own
        # class (type(self)) may be used so; elsewhere type(x) may be compared, given to isinstance or named.
        if isinstance(arg, Name) and arg.id in ("self", "cls"):
            ctx.uses.append((Tag.TYPE_SELF, arg.id, scope, call, None))
        elif not isinstance(arg, Constant):  # type(None), type(""): a builtin value type
            ctx.add(
                "class-machinery",
                call,
                "type(x) used as a value hands out the class of x (a metaclass, a function or file class); "
                "compare it (type(x) is int), use isinstance, type(x).__name__, or type(self) in a method",
            )
            return
    if (isinstance(arg, Name) and arg.id in BUILTIN_CLASSES | METACLASS_NAMES) or (
        isinstance(arg, Call) and isinstance(arg.func, Name) and arg.func.id == "type"
    ):
        ctx.add("class-machinery", call, "type() of a class is its metaclass; not allowed")
        return
    while isinstance(arg, Attribute):
        arg = arg.value
    if isinstance(arg, Name):
        ctx.uses.append((Tag.TYPE_ARG, arg.id, scope, call, None))


def _enum_call(ctx: Context, call: ast.Call) -> None:
    """``Enum("Name", names)`` builds a class; its member names must be constants (dunders become hooks)."""
    if any(isinstance(a, Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        ctx.add("class-machinery", call, "the Enum functional API needs its member names written out, not unpacked")
        return
    mixin = next((k.value for k in call.keywords if k.arg == "type"), None)
    if mixin is not None and not (isinstance(mixin, Name) and mixin.id in ("int", "str", "float")):
        ctx.add("class-machinery", mixin, "the Enum functional API's type= makes a subclass of that class whose "
                "members may replace its attributes; write the Enum class out")  # fmt: skip
    names = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "names"), None)
    if names is None:
        return
    made = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "value"), None)
    if made is not None and ctx.fold(made) is None:  # the class's __name__, looked up by copy as an attribute
        ctx.add("class-machinery", made, "the Enum functional API needs its class name written out")
    elements = names.elts if isinstance(names, List | Tuple) else None
    if isinstance(names, Dict):
        elements = [k if k is not None else names for k in names.keys]
    if elements is None:
        text = ctx.fold(names)
        written = None if text is None else text.replace(",", " ").split()
    else:
        firsts = [e.elts[0] if isinstance(e, Tuple) and e.elts else e for e in elements]
        folded = [ctx.fold(e) for e in firsts]
        written = None if None in folded else folded  # type: ignore[assignment]
    if written is None:
        ctx.add("class-machinery", call, "the Enum functional API needs constant member names; write a class")
    elif any(name.startswith("_") for name in written):  # ("__eq__", f): a method the rules never see
        ctx.add("class-machinery", call, "the Enum functional API's member names may not start with '_': Enum "
                "makes such names methods and settings of the class; write a class")  # fmt: skip


def wraps_results(ctx: Context) -> None:
    """``wraps(f)`` returns ``partial(update_wrapper, wrapped=f, ...)``: calling it with keywords replaces the
    names judged at the wraps() call, and its ``.func`` is update_wrapper itself. So it may only decorate,
    or be called at once with the one function it wraps onto."""
    for call, scope in ctx.wraps_calls:
        outer = ctx.called_at_once.get(id(call))
        if id(call) in ctx.decorators:
            continue
        if outer is not None and len(outer.args) == 1 and not outer.keywords:
            given = outer.args[0]
            if id(call) in ctx.wraps_kept:
                continue
            # wraps(f)(g): g gets f's __dict__ (a namespace or object given it would show it), so g is a def
            if isinstance(given, Lambda) or (
                isinstance(given, Name) and {b.kind for b in ctx.resolve(scope, given.id).bindings} == {Kind.DEF}
            ):
                continue
        ctx.add("computed-attribute-name", call, "what wraps() returns may only decorate a function (@wraps(f)) "
                "or be called at once on one (wraps(f)(g)): it copies attributes by the names it is given")  # fmt: skip
