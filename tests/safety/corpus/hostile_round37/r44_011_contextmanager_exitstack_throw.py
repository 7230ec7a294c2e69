# family: red team, round 44 (ExitStack.push(cm) calls cm.__exit__ on an exception; contextmanager's __exit__ runs self.gen.throw(typ, ...) and gen is a class, so its plain throw runs with the exception type as self)
from contextlib import contextmanager, ExitStack
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
    try:
        with ExitStack() as stack:
            stack.push(opened())
            raise KeyError("go")
    except LookupError as error:
        meta = error.args[0]
    print(meta)
    name = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
    base = meta("B", (), {name: classmethod(hook)})
    meta("D", (base,), {})


main()
