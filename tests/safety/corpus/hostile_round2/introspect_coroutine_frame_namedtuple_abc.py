# family: introspection
# escape: a namedtuple base gives __match_args__ = ("cr_frame",) / ("f_builtins",) from plain strings the checker
# does not treat as attribute names; an abc.ABC mixin makes the class registrable with register(subclass=...), so
# `case Coro(frame)` reads coroutine.cr_frame and then frame.f_builtins (the builtins dict with eval/open).
import abc
import collections

class Coro(collections.namedtuple("Coro", ["cr_frame"]), abc.ABC):
    pass

class Frame(collections.namedtuple("Frame", ["f_builtins"]), abc.ABC):
    pass

async def job():
    return 1

def tool(expr: str):
    coro = job()
    Coro.register(subclass=type(coro))
    match coro:
        case Coro(frame):
            Frame.register(subclass=type(frame))
            match frame:
                case Frame(table):
                    coro.close()
                    return table["eval"](expr)
