# family: dataclass field names reaching getattr on library objects (gi_frame / f_globals)
from dataclasses import dataclass, fields


@dataclass
class Names:
    gi_frame: int = 0
    f_globals: int = 0


def gen():
    yield 1


def run():
    g = gen()
    names = [f.name for f in fields(Names)]
    frame = None
    for f in fields(Names):
        if frame is None:
            frame = getattr(g, f.name)
        else:
            print(getattr(frame, f.name))


run()
