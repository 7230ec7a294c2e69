# family: runner
# Escape: .register(f) is checked by reading the annotations written on `def f`; the tool's decorator replaces f
# with an inner function annotated with CODE, a module string. singledispatch.register calls
# typing.get_type_hints on the replacement, which eval()s "exec(BODY) or int" in the module globals.
import functools

BODY = "import os\nLEAK = dict(os.environ)"
CODE = "exec(BODY) or int"


@functools.singledispatch
def show(value) -> str:
    return str(value)


def checked(fn):
    def inner(value: CODE):
        return fn(value)
    return inner


@checked
def handler(value: int) -> str:
    return f"int {value}"


def tool(value):
    show.register(handler)
    return show(value), LEAK
