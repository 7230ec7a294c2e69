# family: red team, round 67b (functools.update_wrapper copies a split attribute onto a caught exception group; except* then calls it with the clause's tool class)
import functools

HOOK = "".join(map(chr, [95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]))


class Box(Exception):
    def build(self, name, bases, space):
        return type(self)(name, bases, space)


def on_sub(klass):
    print("hook ran for", klass.__name__)


class Source:
    def split(self, kind):
        base = kind.build(kind, "Base", (), {HOOK: on_sub})
        print(type(base))
        kind.build(kind, "Sub", (base,), {})
        return (None, None)


def run() -> str:
    try:
        raise ValueError("x")
    except* ValueError as group:
        functools.update_wrapper(group, Source(), assigned=("split",), updated=())
        caught = group
    try:
        raise caught
    except* Box:
        pass
    return "done"


try:
    print(run())
except Exception:
    print("finished")
