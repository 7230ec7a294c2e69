"""The fixed tables agree with the running interpreter, so a new Python cannot slip a name past them."""

from __future__ import annotations

import builtins
import types

import genesis_mcp.safety as safety
from genesis_mcp.safety import DEFAULT_POLICY, RULES
from genesis_mcp.safety.names import (
    DEFINABLE_DUNDERS,
    HARMLESS_DUNDER_STRINGS,
    INTERNAL_DUNDERS,
    INTROSPECTION_ATTRIBUTES,
    KNOWN_BUILTINS,
    NEVER_BUILTINS,
    READABLE_DUNDERS,
)


def test_the_public_api_is_pinned() -> None:
    assert sorted(safety.__all__) == [
        "DEFAULT_POLICY",
        "Finding",
        "Grant",
        "MAX_SOURCE_BYTES",
        "Policy",
        "RULES",
        "Report",
        "SourceTooLarge",
        "check",
        "check_bytes",
        "is_compiled",
        "read_source",
    ]
    assert safety.MAX_SOURCE_BYTES == 200_000


def test_every_builtin_of_this_interpreter_is_classified() -> None:
    assert set(dir(builtins)) <= KNOWN_BUILTINS
    for name in dir(builtins):
        dunder = name.startswith("__") and name.endswith("__")
        assert dunder or name in DEFAULT_POLICY.builtins or name in NEVER_BUILTINS, name


def test_no_allowed_builtin_is_a_never_builtin() -> None:
    assert not set(DEFAULT_POLICY.builtins) & NEVER_BUILTINS


def test_introspection_attributes_cover_frames_code_generators_coroutines_tracebacks_and_cells() -> None:
    prefixes = {
        types.FrameType: "f_",
        types.CodeType: "co_",
        types.GeneratorType: "gi_",
        types.CoroutineType: "cr_",
        types.AsyncGeneratorType: "ag_",
        types.TracebackType: "tb_",
        types.CellType: "cell_",
    }
    for kind, prefix in prefixes.items():
        for name in dir(kind):
            if name.startswith(prefix):
                assert name in INTROSPECTION_ATTRIBUTES, f"{kind.__name__}.{name}"


def test_definable_special_methods_exclude_every_implicit_hook() -> None:
    hooks = {
        "__getattr__", "__getattribute__", "__setattr__", "__delattr__", "__dir__", "__get__", "__set__",
        "__delete__", "__init_subclass__", "__set_name__", "__class_getitem__", "__prepare__", "__mro_entries__",
        "__instancecheck__", "__subclasscheck__", "__subclasshook__", "__del__", "__reduce__", "__reduce_ex__",
        "__getstate__", "__setstate__", "__getnewargs__", "__getnewargs_ex__",
    }  # fmt: skip
    assert not hooks & DEFINABLE_DUNDERS
    assert not hooks & READABLE_DUNDERS


def test_readable_dunders_exclude_the_ways_into_interpreter_internals() -> None:
    internals = {
        "__class__", "__bases__", "__base__", "__mro__", "__subclasses__", "__globals__", "__builtins__",
        "__code__", "__closure__", "__func__", "__self__", "__dict__", "__defaults__", "__kwdefaults__",
        "__wrapped__", "__traceback__", "__context__", "__annotations__", "__loader__", "__spec__",
    }  # fmt: skip  (__cause__ is readable: what `raise ... from err` named, an exception like any caught one)
    assert not internals & READABLE_DUNDERS


def test_every_rule_has_a_description() -> None:
    assert all(RULES.values())
    assert len(RULES) == len(set(RULES))


def test_every_dunder_of_common_objects_is_either_harmless_or_internal() -> None:
    import dataclasses
    import functools
    import typing

    def generator():  # type: ignore[no-untyped-def]
        yield 1

    samples: list[object] = [
        object, type, len, [].append, types.ModuleType("m"), BaseException("x"), generator(), generator,
        types.FrameType, types.CodeType, types.CellType, int, str, dict, property, classmethod, super,
        typing.Literal["a"], typing.Generic, typing.ForwardRef("x"), functools.partial(print),
        types.SimpleNamespace(), types.MappingProxyType({}), dataclasses.make_dataclass("D", ["x"]),
    ]  # fmt: skip
    for sample in samples:
        for name in dir(sample):
            if name.startswith("__") and name.endswith("__"):
                assert name in HARMLESS_DUNDER_STRINGS or name in INTERNAL_DUNDERS, name
