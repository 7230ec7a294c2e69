"""The rules the thirty-seventh red-team round led to (14 working escapes through 5 holes in round 35's and
36's rules: an Enum whose __new__ makes a class its member, identity decorators that are decorated
themselves, NewType's name given through ** or under another name, and Flag values a mixin's __new__ sets)."""

from __future__ import annotations

import pytest
from support import rules

_SECRET = "def secret():\n    return bytes([95, 95]).decode()\n"
_HOLDER = "class Holder:\n    def reveal(self):\n        return type(self)\n"


@pytest.mark.parametrize(
    "enum",
    [
        "class Color(Enum):\n    RED = 1\n    def __new__(cls, value):\n        return Holder\n",
        "class Maker:\n    def __new__(cls, value):\n        return Holder\nclass Color(Maker, Enum):\n    RED = 1\n",
    ],
)
def test_an_enum_attribute_is_a_member_object_only_when_no_new_of_the_tool_makes_it(enum: str) -> None:
    source = "from enum import Enum\n" + _HOLDER + enum + "Color.RED.reveal(Color.RED)\n"
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "decorator",
    [
        "def swap(f):\n    return lambda c: Evil\n@swap\ndef deco(c):\n    return c\n",
        "from functools import singledispatch\n@singledispatch\ndef deco(c):\n    return c\n",
    ],
)
def test_a_decorated_decorator_does_not_count_as_returning_its_argument(decorator: str) -> None:
    source = "class Evil:\n    pass\n" + decorator + "@deco\nclass A:\n    pass\nclass B(A):\n    pass\n"
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "made",
    [
        "import typing\nthing = typing.NewType(**{'name': secret(), 'tp': int})\n",
        "from typing import NewType as Brand\nthing = Brand(secret(), int)\n",
        "import typing\nBrand = typing.NewType\n",
        "import functools, typing\nmake = functools.partial(typing.NewType, secret())\n",
        "import typing\nclass Brand(typing.NewType):\n    pass\n",
        "from typing import TypeVar\nTV = TypeVar\n",
    ],
)
def test_what_names_a_made_object_is_called_only_under_its_own_name_with_written_arguments(made: str) -> None:
    assert rules(_SECRET + made) & {"computed-attribute-name", "class-machinery"}


@pytest.mark.parametrize(
    "flag",
    [
        "class Color(Flag):\n    NONE = 1\n    def __new__(cls, value):\n        made = object.__new__(cls)\n"
        "        return made\n",
        "class Zero(int):\n    def __new__(cls, value):\n        return int.__new__(cls, 0)\n"
        "class Color(Zero, Flag):\n    NONE = auto()\n",
    ],
)
def test_a_flag_whose_values_a_new_of_the_tool_may_set_counts_as_memberless(flag: str) -> None:
    source = "from enum import Flag, auto\n" + flag
    assert "class-machinery" in rules(source)


# Round 39: Enum runs __init__ on whatever its __new__ returns (a class: __init__ is then a plain function
# given the value as self), and a parameter rebound through nonlocal in a nested def.


@pytest.mark.parametrize(
    "enum",
    [
        "class Color(Enum):\n    RED = (1,)\n    def __new__(cls, value):\n        return Holder\n",
        "class Color(Enum):\n    RED = (1,)\n    def __new__(cls, *values):\n        return cls\n",
        "class Passing:\n    def __new__(cls, value):\n        return value\n"
        "class Color(Passing, Enum):\n    RED = 1\n",
    ],
)
def test_an_enum_new_must_return_a_new_object(enum: str) -> None:
    assert "class-machinery" in rules("from enum import Enum\n" + _HOLDER + enum)


def test_an_enum_new_that_makes_its_member_as_the_docs_do_is_accepted() -> None:
    source = (
        "from enum import Enum\nclass Planet(Enum):\n    EARTH = (5.976e24, 6.37814e6)\n"
        "    def __new__(cls, mass, radius):\n        obj = object.__new__(cls)\n        obj._value_ = mass\n"
        "        obj.radius = radius\n        return obj\n"
    )
    assert rules(source) == set()


@pytest.mark.parametrize(
    "decorator",
    [
        "def deco(cls):\n    def swap():\n        nonlocal cls\n        cls = Evil()\n    swap()\n    return cls\n",
        "def register(tag):\n    def deco(cls):\n        return cls\n    def swap():\n        nonlocal deco\n"
        "        deco = lambda c: Evil()\n    swap()\n    return deco\n",
    ],
)
def test_a_name_a_nested_def_may_rebind_is_not_returned_unchanged(decorator: str) -> None:
    source = "class Evil:\n    pass\n" + decorator
    source += "@register('x')\n" if "register" in decorator else "@deco\n"
    source += "class A:\n    pass\nclass B(A):\n    pass\n"
    assert "class-machinery" in rules(source)


def test_an_enum_value_made_by_a_builtin_counts_only_from_constants() -> None:
    source = "from enum import Enum\nclass Mode(Enum):\n    RED = str(object())\n"
    assert "class-machinery" in rules(source)


def test_an_undecorated_class_may_annotate_an_attribute_with_type() -> None:
    # only @dataclass makes Fields of a class's annotations (Field.type would hand type out); a TypedDict's
    # or a plain class's annotations are never read back
    source = "from typing import TypedDict\nclass FieldSpec(TypedDict, total=False):\n    type: type\n"
    assert rules(source) == set()
    assert "class-machinery" in rules("from dataclasses import dataclass\n@dataclass\nclass Spec:\n    kind: type\n")


# Round 40: library code calling a method through a class that a default makes self; super and object
# trusted by name; an Enum mixin's __repr__ run on member values.


@pytest.mark.parametrize(
    "use",
    [
        "import contextlib\nwith contextlib.closing(Resource):\n    pass\n",
        "table = dict(Resource)\n",
    ],
)
def test_a_default_on_self_makes_it_no_object_of_the_class(use: str) -> None:
    source = (
        "class Resource:\n    def close(self=int):\n        return type(self)\n    def keys(self=int):\n"
        "        return [type(self)]\n    def __getitem__(self, k):\n        return k\n" + use
    )
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "rebinding",
    [
        "def super():\n    return Target\n",
        "class object(Target):\n    pass\n",
    ],
)
def test_super_and_object_are_trusted_only_as_the_builtins(rebinding: str) -> None:
    source = (
        "class Target:\n    def describe(self):\n        return type(self)\n" + rebinding + "class Box(Target):\n"
        "    def __init__(self):\n        super().__init__()\n        object.__setattr__(self, 'x', 1)\n"
    )
    assert "class-machinery" in rules(source)


def test_an_enum_new_that_calls_a_local_object_is_no_new_object() -> None:
    source = (
        "from enum import Enum\nclass Maker:\n    def __new__(cls, v):\n        return Maker\n"
        "class Color(Enum):\n    RED = (1,)\n    def __new__(cls, value):\n        class object(Maker):\n"
        "            pass\n        obj = object.__new__(cls)\n        return obj\n"
    )
    assert "class-machinery" in rules(source)


def test_an_enum_may_not_mix_in_a_class_of_the_tool() -> None:
    source = (
        "from enum import Enum\nclass Shown:\n    def __repr__(self):\n        return repr(type(self))\n"
        "class Kind(Shown, Enum):\n    ONE = 1\n"
    )
    assert "class-machinery" in rules(source)


# Round 41: a positional-only first parameter makes "self" the second argument; a classmethod factory that
# rebinds cls returns whatever it was given.


@pytest.mark.parametrize(
    "method",
    [
        "    def close(this, /, self=int):\n        return type(self)\n",
        "    def close(this, /, self):\n        return type(self)\n",
    ],
)
def test_self_after_a_positional_only_parameter_is_no_object_of_the_class(method: str) -> None:
    source = "class Resource:\n" + method + "print(Resource().close(int))\n"
    assert "class-machinery" in rules(source)


def test_a_deepcopy_memo_as_a_positional_only_parameter_is_still_watched() -> None:
    source = (
        "import copy\nclass Box:\n    def __deepcopy__(self, memo, /):\n        print(memo)\n        return Box()\n"
    )
    assert rules(source) != set()


def test_a_factory_that_rebinds_cls_does_not_surely_make_an_object() -> None:
    source = (
        "class Version:\n    @classmethod\n    def parse(cls, maker):\n        cls = maker\n        return cls()\n"
        "    def bump(self):\n        return type(self)\n"
        "def latest():\n    return Version\nprint(Version.parse(latest).bump(int))\n"
    )
    assert "class-machinery" in rules(source)


# Round 42: attribute reads Python makes by names written elsewhere: a positional class pattern reads
# __match_args__ names off its subject (a class, for a runtime_checkable Protocol), and a dataclass or
# NamedTuple field takes a same-named method as its default.


def test_a_positional_class_pattern_reads_its_match_args_off_the_subject() -> None:
    source = (
        "from typing import Protocol, runtime_checkable\n@runtime_checkable\nclass Probe(Protocol):\n"
        "    __match_args__ = ('kind',)\n    def kind(self):\n        return type(self)\n"
        "class Shape:\n    def kind(self):\n        return type(self)\n"
        "match Shape:\n    case Probe(getter):\n        print(getter(int))\n"
    )
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "fields",
    [
        "from dataclasses import dataclass\n@dataclass\nclass Shape:\n    kind: object\n"
        "    def kind(self):\n        return type(self)\n",
        "from typing import NamedTuple\nclass Shape(NamedTuple):\n    kind: object\n"
        "    def kind(self):\n        return type(self)\n",
        "from dataclasses import dataclass\nclass Base:\n    def kind(self):\n        return type(self)\n"
        "@dataclass\nclass Shape(Base):\n    kind: object\n",
    ],
)
def test_a_field_named_like_a_method_makes_the_method_a_plain_function_on_objects(fields: str) -> None:
    assert "class-machinery" in rules(fields + "print(Shape().kind(int))\n")


def test_positional_patterns_and_fields_with_their_own_names_are_accepted() -> None:
    source = (
        "from dataclasses import dataclass\n@dataclass\nclass Point:\n    x: int\n    y: int\n"
        "    def moved(self, dx):\n        return type(self)(self.x + dx, self.y)\n"
        "def where(p):\n    match p:\n        case Point(0, y):\n            return y\n"
        "print(where(Point(0, 2).moved(0)))\n"
    )
    assert rules(source) == set()


# Round 38: the policy lists names of later Pythons; on this one the lookup fails, and the AttributeError
# carries the module (e.obj).


def test_a_policy_name_this_python_lacks_is_not_available() -> None:
    import uuid  # uuid7 is listed in the policy and arrived in Python 3.14: the rule follows this interpreter

    source = "import uuid\ntry:\n    x = uuid.uuid7()\nexcept AttributeError:\n    x = None\n"
    found = rules(source)
    assert ("module-attribute" in found) == (not hasattr(uuid, "uuid7"))


def test_the_object_an_attribute_error_carries_is_closed() -> None:
    source = "def grab(f):\n    try:\n        return f()\n    except AttributeError as problem:\n"
    source += "        return problem.obj\n"
    assert "introspection-attribute" in rules(source)


# Round 44: field and __match_args__ names written inside blocks of the class body, and classes that reach
# library code as values, which calls their methods through the class with its own arguments as self.


@pytest.mark.parametrize(
    "source",
    [
        "from dataclasses import dataclass\n@dataclass\nclass Shape:\n    if True:\n        kind: object\n"
        "    def kind(self):\n        return type(self)\nprint(Shape().kind(int))\n",
        "from typing import Protocol, runtime_checkable\n@runtime_checkable\nclass Probe(Protocol):\n"
        "    if True:\n        __match_args__ = ('kind',)\n    def kind(self):\n        return 1\n"
        "class Shape:\n    def kind(self):\n        return type(self)\n"
        "match Shape:\n    case Probe(getter):\n        print(getter(int))\n",
    ],
)
def test_names_written_in_blocks_of_a_class_body_count_as_its_fields_and_match_args(source: str) -> None:
    assert "class-machinery" in rules(source)


@pytest.mark.parametrize(
    "use",
    [
        "import json\ndef factory(**kw):\n    return Shape\nprint(json.dumps(int, cls=factory))\n",
        "from contextlib import contextmanager, ExitStack\n@contextmanager\ndef opened():\n    return Shape\n"
        "with ExitStack() as stack:\n    stack.push(opened())\n",
    ],
)
def test_a_class_that_reaches_library_code_as_a_value_has_no_own_object(use: str) -> None:
    source = "class Shape:\n    def encode(self, o):\n        return str(type(self))\n"
    source += "    def throw(self, *a):\n        raise LookupError(type(self))\n" + use
    assert "class-machinery" in rules(source)


def test_classes_used_as_patterns_subscripts_and_dataclass_readers_keep_their_own_objects() -> None:
    source = (
        "from dataclasses import dataclass, fields\nfrom enum import Enum\n@dataclass\nclass Money:\n"
        "    amount: int\n    def plus(self, other):\n        match other:\n            case Money(amount=a):\n"
        "                return type(self)(self.amount + a)\n        return self\n"
        "    @classmethod\n    def names(cls):\n        return [f.name for f in fields(cls)]\n"
        "class Color(Enum):\n    RED = 1\n    @classmethod\n    def parse(cls, text):\n        return cls[text]\n"
    )
    assert rules(source) == set()


# Round 43: the deepcopy memo reached by a __deepcopy__ that is not a plain (self, memo) def, and
# update_wrapper copying a library object's __dict__ onto a namespace.


@pytest.mark.parametrize(
    "method",
    [
        "    __deepcopy__ = grab\n",
        "    __deepcopy__ = lambda self, memo: memo\n",
        "    def __deepcopy__(self, *rest):\n        return rest\n",
    ],
)
def test_a_deepcopy_hook_must_be_a_def_that_only_passes_its_memo_on(method: str) -> None:
    source = "def grab(self, memo):\n    return memo\nclass Box:\n" + method
    assert "private-attribute" in rules(source)


@pytest.mark.parametrize(
    "copy",
    [
        "def adopt(wrapper, wrapped):\n    return functools.update_wrapper(wrapper, wrapped)\n",
        "def adopt(wrapper, wrapped):\n    return functools.wraps(wrapped)(wrapper)\n",
    ],
)
def test_a_wrapped_dict_is_copied_only_onto_a_function_or_own_object(copy: str) -> None:
    assert rules("import functools\n" + copy) & {"string-annotation", "computed-attribute-name"}


# Round 45: classes that reach library code by channels other than their name as a value, and an explicit
# updated= that still copies __dict__.

_ENCODER = (
    "import json\nclass Shape:\n    FIELDS = ('a',)\n    def encode(self, o):\n"
    "        return [getattr(self, k) for k in self.FIELDS]\n"
)


@pytest.mark.parametrize(
    "handing",
    [
        "    def kind(self):\n        return type(self)\nk = Shape().kind()\n",
        "box = []\ndef keep(c):\n    box.append(c)\n    return c\n@keep\nclass Kept(Shape):\n    pass\nk = box[0]\n",
        "class Probe:\n    def __eq__(self, other):\n        box.append(other)\n        return False\nbox = []\n"
        "Shape == Probe()\nk = box[0]\n",
    ],
)
def test_a_class_handed_out_without_its_name_as_a_value_still_reaches_library_code(handing: str) -> None:
    source = _ENCODER + handing + "print(json.dumps(int, cls=lambda **kw: k))\n"
    assert rules(source) & {"class-machinery", "computed-attribute-name"}
    assert rules(_ENCODER) == set()  # while Shape stays in the tool, its methods' self is their own object


@pytest.mark.parametrize(
    "copy",
    [
        "functools.update_wrapper(types.SimpleNamespace(), lib, updated=functools.WRAPPER_UPDATES)\n",
        "functools.wraps(lib, updated=functools.WRAPPER_UPDATES)(types.SimpleNamespace())\n",
    ],
)
def test_updated_naming_the_dict_still_copies_it_only_onto_a_function(copy: str) -> None:
    source = "import functools, types, warnings\nlib = warnings.catch_warnings()\n" + copy
    assert rules(source) & {"string-annotation", "computed-attribute-name"}


def test_a_class_kept_in_a_local_to_make_an_object_stays_in_the_method() -> None:
    source = (
        "import copy\nclass Vector:\n    def __init__(self, items):\n        self.items = list(items)\n"
        "    def __deepcopy__(self, memo):\n        cls = type(self)\n        clone = cls.__new__(cls)\n"
        "        clone.items = copy.deepcopy(self.items, memo)\n        return clone\n"
        "    def scaled(self, k):\n        return type(self)(x * k for x in self.items)\n"
    )
    assert rules(source) == set()


# Round 46: the exceptions reachable.py made for a class kept in a method handed it to the tool's own code.

_KEEPER = (
    "class Keeper:\n    def get(self, key):\n        return key\n    def __getitem__(self, key):\n"
    "        return key\n"
)


@pytest.mark.parametrize(
    "leak",
    [
        "        return KEEP.get(type(self))\n",
        "        return KEEP[type(self)]\n",
        "        cls = type(self)\n        return cls(self)\n",
    ],
)
def test_a_class_kept_for_the_tools_own_code_leaves_the_method(leak: str) -> None:
    source = _KEEPER + "KEEP = Keeper()\nclass Shape:\n    def probe(self):\n" + leak
    assert "class-machinery" in rules(source)


def test_a_class_made_by_a_new_that_returns_its_argument_leaves_the_method() -> None:
    source = (
        "class Keeper:\n    def __new__(kind):\n        return kind\n"
        "class Shape:\n    def probe(self):\n        return Keeper.__new__(type(self))\n"
    )
    assert "class-machinery" in rules(source)


def test_a_class_name_rebound_elsewhere_still_counts_as_handed_out() -> None:
    source = (
        "import json\nclass Shape:\n    FIELDS = ('a',)\n    def encode(self, o):\n"
        "        return [getattr(self, k) for k in self.FIELDS]\nif not Shape:\n    Shape = None\n"
        "print(json.dumps(1, cls=lambda **kw: Shape))\n"
    )
    assert rules(source) & {"class-machinery", "computed-attribute-name"}


def test_a_field_annotated_in_a_block_counts_among_the_names_a_field_store_may_store() -> None:
    # found in review: field_name_stores read only the top level of class bodies, as implicit_reads once did
    source = (
        "from dataclasses import dataclass, fields\n@dataclass\nclass Rec:\n    if True:\n        name: str = 'x'\n"
        "def rename(v):\n    for f in fields(Rec):\n        setattr(f, f.name, v)\n"
        "def read(t):\n    return [getattr(t, f.name) for f in fields(Rec)]\n"
    )
    assert "computed-attribute-name" in rules(source)


def test_a_field_annotated_in_a_block_is_no_class_constant() -> None:
    # found in review: class_constants read dataclass fields off the top level only, so a field annotated in
    # an if block (set from the constructor's arguments) passed for a constant table of identifiers
    source = (
        "from dataclasses import dataclass\n@dataclass\nclass Box:\n    if True:\n        FIELDS: tuple = ('a',)\n"
        "    def read(self, target):\n        return [getattr(target, k) for k in self.FIELDS]\n"
    )
    assert "computed-attribute-name" in rules(source)
