# family: typedict
# Escape: typing.get_origin(typing.Type[int]) is the builtin `type` itself, returned by an allowed function;
# the checker never sees the name `type`. Calling it builds a base class with an __init_subclass__ hook (name
# built at run time); the class statement below then runs that hook at class-creation time.
import typing


def tool(on_subclass) -> str:
    meta = typing.get_origin(typing.Type[int])
    edge = "_" * 2
    Base = meta("Base", (), {edge + "init_subclass" + edge: classmethod(lambda cls, **kw: on_subclass(cls))})

    class Plugin(Base):
        pass

    return Plugin.__name__
