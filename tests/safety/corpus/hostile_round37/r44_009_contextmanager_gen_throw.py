# family: red team, round 44 (contextmanager's __exit__ runs self.gen.throw(typ, ...): a function returning a class makes gen the class, so its plain throw runs with the exception type as self)
from contextlib import contextmanager
import base64


def hook(cls):
    print("hook ran on", cls)


class Shape:
    def throw(self, value, trace):
        raise LookupError(type(self))


@contextmanager
def opened():
    return Shape


def main():
    manager = opened()
    try:
        manager.__exit__(int, 1, None)
    except LookupError as error:
        meta = error.args[0]
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
