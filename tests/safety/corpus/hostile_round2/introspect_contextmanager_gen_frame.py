# family: introspect
# Escape: contextlib.contextmanager(...)() exposes the generator as the public attribute .gen; a dataclass on an
# ABC with field gi_frame (match args generated, generator type registered through an alias) reads its frame.
import abc
import contextlib
import dataclasses


@dataclasses.dataclass
class Frames(abc.ABC):
    gi_frame: object = None


@contextlib.contextmanager
def opened():
    yield "resource"


def tool():
    gen = opened().gen
    join = Frames.register
    join(type(gen))
    match gen:
        case Frames(frame):
            return frame
