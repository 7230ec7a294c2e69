# family: mutation
# Escape: `from json import JSONDecoder` binds an IMPORTED name; setattr(JSONDecoder, ...) records a Chain use
# on it but only modules get _module_chain checks, and foreign_stores only sees `x.a = v` statements. The
# string is then an annotation that .register evaluates (eval of the caller's text).
import functools
from json import JSONDecoder


@functools.singledispatch
def handle(value):
    return value


def tool(code: str):
    setattr(JSONDecoder, "kind", code)

    def handler(value: JSONDecoder.kind):
        return value

    handle.register(handler)
    return handle(0)
