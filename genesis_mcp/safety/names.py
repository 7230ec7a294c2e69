"""Fixed name tables of the checker: what no policy can change.

The policy (``policy.py``) says which modules and builtins a tool may use. The tables here describe the
interpreter itself: which special names ordinary code defines or reads, which attributes lead into frames,
code objects and closures, and which builtins and modules no policy may ever grant. ``tests/safety`` compares
them with the running interpreter, so that a new Python version cannot add a frame attribute unnoticed.
"""

from __future__ import annotations

from typing import Final


def words(text: str) -> frozenset[str]:
    """The whitespace-separated names of a table."""
    return frozenset(text.split())


# Every name in the ``builtins`` module of CPython 3.11-3.13. A name outside this set is not a builtin.
KNOWN_BUILTINS: Final[frozenset[str]] = words(
    """
    ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError
    BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError
    ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning
    EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError
    FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError
    InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError
    ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError
    OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError
    RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration
    StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError
    UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
    UnicodeWarning UserWarning ValueError Warning ZeroDivisionError _IncompleteInputError
    __build_class__ __debug__ __doc__ __import__ __loader__ __name__ __package__ __spec__
    abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile
    complex copyright credits delattr dict dir divmod enumerate eval exec exit filter float format
    frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len license
    list locals map max memoryview min next object oct open ord pow print property quit range repr
    reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip
    """
)

# Builtins that run or load code, read the process's state or the terminal, or hand out namespaces.
NEVER_BUILTINS: Final[frozenset[str]] = words(
    """
    __build_class__ __import__ __loader__ __spec__ __package__ __debug__ _IncompleteInputError
    breakpoint compile copyright credits dir eval exec exit globals help input license locals open quit vars
    """
)

# Allowed builtins that take an attribute name; only a constant name is accepted (see the checker).
ATTRIBUTE_BUILTINS: Final[frozenset[str]] = frozenset({"getattr", "setattr", "delattr", "hasattr"})

# Builtin classes: ``type(int)`` is the metaclass, and ``int.__new__`` is ordinary.
BUILTIN_CLASSES: Final[frozenset[str]] = words(
    "bool bytearray bytes complex dict float frozenset int list memoryview object range set slice str tuple"
)

# Names that only ever refer to metaclasses; a class deriving from one is a metaclass.
METACLASS_NAMES: Final[frozenset[str]] = frozenset({"type", "ABCMeta", "EnumMeta", "EnumType", "NamedTupleMeta"})
# Metaclasses a class statement may name with ``metaclass=``: they add no hooks of the tool's own.
SAFE_METACLASSES: Final[frozenset[str]] = frozenset({"ABCMeta"})
# Class keywords that configure a base class instead of a metaclass hook.
SAFE_CLASS_KEYWORDS: Final[frozenset[str]] = frozenset({"total"})

# Enum classes whose call with a second argument creates a new class from a namespace.
ENUM_FACTORIES: Final[frozenset[str]] = words("Enum IntEnum StrEnum Flag IntFlag ReprEnum")

# Callables whose string argument is an attribute path: treated like ``getattr`` with constants.
ATTRIBUTE_CALLABLES: Final[frozenset[str]] = frozenset({"operator.attrgetter", "operator.methodcaller"})
# functools' copiers: setattr(wrapper, n, getattr(wrapped, n)) for every name they are given.
WRAPPER_CALLABLES: Final[frozenset[str]] = frozenset({"functools.update_wrapper", "functools.wraps"})
# Class makers whose field names the checker judges where they are written (a decorator, a base class or a
# direct call): through an alias, partial or map they would take names made at run time, and dataclasses
# pastes field names into the code it runs.
FIELD_CALLABLES: Final[frozenset[str]] = frozenset(
    {"dataclasses.dataclass", "typing.NamedTuple", "typing.TypedDict", "collections.namedtuple"}
)
# What gives the object it makes a __name__ of its argument (field_makers.made_name judges it where called):
# called only under their own names, not aliased, passed on, partial'd or derived from.
NAME_GIVERS: Final[frozenset[str]] = frozenset(
    {"typing.NewType", "typing.TypeVar", "typing.ParamSpec", "typing.TypeVarTuple"}
)

_PROTOCOL: Final = """
    __init__ __post_init__ __new__ __repr__ __str__ __format__ __bytes__ __hash__ __bool__ __len__
    __length_hint__ __iter__ __next__ __reversed__ __contains__ __getitem__ __setitem__ __delitem__
    __missing__ __enter__ __exit__ __aenter__ __aexit__ __aiter__ __anext__ __await__ __call__
    __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __neg__ __pos__ __abs__ __invert__ __complex__ __int__
    __float__ __index__ __round__ __trunc__ __floor__ __ceil__ __copy__ __deepcopy__ __sizeof__
"""
_ARITHMETIC: Final = sorted(words("add sub mul matmul truediv floordiv mod divmod pow lshift rshift and xor or"))

# Special methods a class may define (``def __eq__``) or assign in its body (``__hash__ = None``).
# Left out on purpose, each reported as class machinery: hooks that run the tool's code implicitly on
# attribute access (__getattr__, __getattribute__, __setattr__, __delattr__, __get__, __set__, __delete__,
# __dir__), at class creation or subclassing (__init_subclass__, __set_name__, __class_getitem__,
# __prepare__, __mro_entries__, __instancecheck__, __subclasscheck__, __subclasshook__), at garbage
# collection (__del__), or in a deserialiser outside the sandbox (__reduce__, __reduce_ex__,
# __getstate__, __setstate__, __getnewargs__, __getnewargs_ex__).
DEFINABLE_DUNDERS: Final[frozenset[str]] = frozenset(
    sorted(words(_PROTOCOL))
    + [f"__{op}__" for op in _ARITHMETIC]
    + [f"__r{op}__" for op in _ARITHMETIC]
    + [f"__i{op}__" for op in _ARITHMETIC]
    + ["__slots__", "__match_args__", "__doc__"]
)

# Dunder attributes code may read on any object: protocol methods and plain descriptive data. Reading
# one of these hands out a method or a string; every path onward needs an attribute that is not here.
# Not ``__annotations__``: typing tools evaluate what is written into it.
# __cause__ is what `raise ... from err` named, an exception `except ... as e` could hand out too; what leads on
# from one (__traceback__, obj) is closed by name wherever it came from. (__context__ stays closed: it also
# holds what library code caught and handled inside, never handed to the tool.)
READABLE_DUNDERS: Final[frozenset[str]] = DEFINABLE_DUNDERS | frozenset(
    {"__name__", "__qualname__", "__module__", "__members__", "__cause__"}
)
# ``__class__`` is readable only when followed by one of these, or on ``self``, or in a comparison.
CLASS_NAME_DUNDERS: Final[frozenset[str]] = frozenset({"__name__", "__qualname__"})
# Dunder attributes code may assign: a hand-written ``functools.wraps``.
WRITABLE_DUNDERS: Final[frozenset[str]] = frozenset({"__name__", "__qualname__", "__doc__", "__module__"})
# Dunder names a module may bind, and the dunder globals it may read.
MODULE_DUNDERS: Final[frozenset[str]] = frozenset({"__all__", "__version__", "__author__"})
# Globals the methods dataclasses writes (as source run in the tool's module) call or return by name:
# `type(self) is cls`, `super(cls, self).__setattr__` (frozen), `hash((...))`, `return NotImplemented`.
GENERATED_CODE_GLOBALS: Final[frozenset[str]] = frozenset({"type", "super", "hash", "NotImplemented"})
# Module globals a tool may read: its own module dunders (__version__ = "1.2"; print(__version__)) included.
READABLE_DUNDER_NAMES: Final[frozenset[str]] = frozenset({"__name__", "__doc__"}) | MODULE_DUNDERS

# Dunders that may appear in strings without suspicion ("__main__", "__init__.py", "__slots__").
HARMLESS_DUNDER_STRINGS: Final[frozenset[str]] = (
    READABLE_DUNDERS | MODULE_DUNDERS | frozenset({"__main__", "__future__", "__pycache__"})
)

# Dunder names of the interpreter's internals (attributes, module globals, typing and dataclass metadata):
# a string holding one of these is suspect. Made-up dunders (Markdown's __bold__, JavaScript's __proto__)
# are not, since nothing can be looked up under them.
INTERNAL_DUNDERS: Final[frozenset[str]] = frozenset(
    f"__{name}__"
    for name in words(
        """
    abstractmethods alloc annotations args base bases basicsize bound breakpointhook buffer build_class
    builtins cached callable_proto_members_only callback cause class class_getitem classcell classdictcell
    closure code constraints context contravariant covariant dataclass_fields dataclass_params
    dataclass_transform debug default defaults del delattr delete dict dictoffset dir displayhook enum
    excepthook file final firstlineno flags forward_arg forward_code forward_evaluated forward_is_argument
    forward_is_class forward_module forward_value fspath func get getattr getattribute getformat getnewargs
    getnewargs_ex getstate globals import infer_variance init_subclass instancecheck interactivehook
    isabstractmethod itemsize kwdefaults loader metadata mro mro_entries no_type_check
    non_callable_proto_members notes objclass optional_keys order orig_bases orig_class origin package
    parameters path prepare protocol_attrs reduce reduce_ex release_buffer required_keys self self_class set
    set_name setattr setstate signature spec static_attributes stderr stdin stdout subclasscheck subclasses
    subclasshook supertype suppress_context text_signature thisclass total traceback type_params
    typing_is_unpacked_typevartuple typing_subst typing_unpacked_tuple_args unpacked unraisablehook value
    vectorcalloffset weakref weakrefoffset wrapped
        """
    )
)

# Private names of the standard library that are public API (namedtuple, enum).
PUBLIC_PRIVATE_NAMES: Final[frozenset[str]] = words(
    """
    _asdict _replace _fields _field_defaults _make _value_ _name_ _missing_ _generate_next_value_
    _ignore_ _order_ _member_names_ _member_map_ _value2member_map_
    """
)
# Private names that run or reach code even when the tool defines an attribute of the same name.
DANGEROUS_PRIVATE_NAMES: Final[frozenset[str]] = words(
    # typing's evaluator of forward references, frame getters, asyncio's way to the event loop, and enum's
    # class factories (_create_ builds a class from any namespace, _convert_ reads sys.modules).
    "_evaluate _eval_type _type_check _getframe _current_frames _create_fn _loop _get_loop _os _sys _create_ _convert_"
    # What the allowed modules keep in private attributes that leads out: the warnings module (and its sys),
    # sys.stdout, a task's coroutine, asyncio's executor, selector, transports, subprocesses, and handlers.
    " _module _stream _coro _default_executor _selector _transport _stream_writer _proc _source_traceback"
    # A @contextmanager object's _recreate_cm runs its public func with its public args, and makes a new
    # one from self.__class__; ExitStack's own ways to push exit callbacks (called with exception classes)
    " _recreate_cm _push_cm_exit _push_async_cm_exit _push_exit_callback _exit_callbacks"
    " _create_exit_wrapper _create_async_exit_wrapper _create_cb_wrapper _create_async_cb_wrapper"
    " _timeout_handler _saved_sighandler _over_ssl _field_type"
    # catch_warnings keeps warnings' display functions, which read any file's lines through linecache
    " _showwarning _showwarnmsg_impl _showwarnmsg _formatwarnmsg _formatwarnmsg_impl"
)

# Attributes of frames, code objects, generators, coroutines, async generators, tracebacks and cells,
# plus the attributes that lead to them from ordinary objects (tasks, classes).
# (obj: AttributeError.obj is the object a lookup failed on, a module when a module lacks a name.)
INTROSPECTION_ATTRIBUTES: Final[frozenset[str]] = words(
    """
    f_back f_builtins f_code f_globals f_lasti f_lineno f_locals f_trace f_trace_lines f_trace_opcodes
    f_generator co_argcount co_cellvars co_code co_consts co_exceptiontable co_filename co_firstlineno
    co_flags co_freevars co_kwonlyargcount co_lines co_linetable co_lnotab co_name co_names co_nlocals
    co_positions co_posonlyargcount co_qualname co_stacksize co_varnames co_branches
    gi_code gi_frame gi_running gi_suspended gi_yieldfrom
    cr_await cr_code cr_frame cr_origin cr_running cr_suspended
    ag_await ag_code ag_frame ag_running ag_suspended
    tb_frame tb_lasti tb_lineno tb_next cell_contents
    func_globals func_code func_closure func_defaults func_dict im_func im_self im_class
    mro get_loop get_coro get_stack print_stack
    obj
    """
)

# Methods that read attributes named inside a string (``"{0.__class__}".format(x)``).
FORMAT_METHODS: Final[frozenset[str]] = frozenset({"format", "format_map"})
# What dataclasses reads off a Field to write the code it runs: a Field renamed or retyped injects code.
FIELD_ATTRIBUTES: Final[frozenset[str]] = words("name type default default_factory init repr hash compare")
# Decorators that keep a method's first parameter the object it is called on (not classmethod or
# staticmethod, where it is a class or anything, nor the tool's own, which may call it with anything).
SELF_DECORATORS: Final[frozenset[str]] = words(
    "property setter getter deleter cached_property abstractmethod lru_cache cache"
)
# Methods that put their arguments into the container they are called on (c.append(v), dict.update(c, v)),
# and the operator functions that do it to their first argument.
CONTAINER_MUTATORS: Final[frozenset[str]] = words(
    "append extend insert update setdefault add appendleft extendleft __setitem__ __iadd__ __ior__ __iconcat__"
)
IN_PLACE_OPERATORS: Final[frozenset[str]] = words("setitem iadd iconcat ior")

# ``from __future__ import ...`` features that only change how the source is compiled.
FUTURE_FEATURES: Final[frozenset[str]] = words(
    """
    annotations generator_stop division absolute_import print_function unicode_literals with_statement
    nested_scopes generators
    """
)

# Subscripted names whose string arguments are forward references, evaluated by typing tools.
TYPING_GENERICS: Final[frozenset[str]] = words(
    """
    List Dict Set FrozenSet Tuple Type Optional Union Callable ClassVar Final Iterable Iterator Sequence
    Mapping MutableMapping MutableSequence MutableSet Collection Container Generator AsyncGenerator
    AsyncIterator AsyncIterable Awaitable Coroutine Deque DefaultDict OrderedDict Counter ChainMap
    Annotated Required NotRequired TypeGuard Unpack Generic Protocol AbstractSet Reversible
    list dict set frozenset tuple type deque defaultdict
    """
)
# Subscripts whose string arguments are values, not code.
TYPING_LITERALS: Final[frozenset[str]] = frozenset({"Literal"})


def is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


# Attributes that hand out the tool's classes though no class name was used as a value (handed_out.py): a
# dataclass Field's type (its annotation), a singledispatch registry and dispatch() (classes registered by
# annotation), a recorded warning's category, what ExitStack.push/push_async_exit call with an exception type.
CLASS_CHANNELS: Final = frozenset({"type", "registry", "dispatch", "category", "push", "push_async_exit"})

# Library functions that store their other arguments into their first (noted only under their own names).
STORING_QUALNAMES: Final[frozenset[str]] = frozenset({"heapq.heappush", "heapq.heappushpop", "heapq.heapreplace"}) | {
    "bisect.insort", "bisect.insort_left", "bisect.insort_right"}  # fmt: skip
