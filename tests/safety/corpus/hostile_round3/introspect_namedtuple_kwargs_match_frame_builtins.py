# family: introspect
# Escape: NamedTuple field names given as keyword arguments (3.11 API) are never checked; they become
# __match_args__, read by getattr in class patterns. Generators are virtual instances of GenView once
# collections.abc.Generator is registered, and frames of FrameView once Hashable is (__hash__ = None keeps
# FrameView itself unhashable, avoiding the inheritance-cycle guard). The patterns read gi_frame then f_builtins.
import abc
import typing
from collections.abc import Generator, Hashable

GenView = typing.NamedTuple("GenView", gi_frame=object)
FrameView = typing.NamedTuple("FrameView", f_builtins=object)


class Gen(GenView, abc.ABC):
    __hash__ = None


class Frame(FrameView, abc.ABC):
    __hash__ = None


Gen.register(Generator)
Frame.register(Hashable)


def tool(expression: str):
    match (n for n in [1]):
        case Gen(Frame(table)):
            return table["eval"](expression)
