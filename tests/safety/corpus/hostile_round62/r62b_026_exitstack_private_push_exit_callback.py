# family: red team, round 62b (an exit callback pushed through ExitStack's private _push_exit_callback, overridden by the tool, gets the raised class)
from contextlib import ExitStack


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Watcher:
    def seen(self, exc_type, exc, tb):
        found.append(exc_type.kind(int))
        return True


class Stack(ExitStack):
    def _push_exit_callback(self, callback, is_sync=True):
        super()._push_exit_callback(callback, is_sync)


def main():
    with Stack() as stack:
        stack._push_exit_callback(Watcher().seen)
        raise Probe("p")
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
