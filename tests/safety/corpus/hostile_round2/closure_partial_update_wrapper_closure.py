# family: lambda defaults and closure tricks
# escape: functools.partial(functools.update_wrapper, assigned=...) passes the names to partial, not to a call named
# update_wrapper, so they are never checked; the copy reads inner.__closure__ onto a namespace, and the cell's
# cell_contents is then read through the runtime attrgetter class.
import functools
import operator
import types

def tool(secret: str, word: str = "closure"):
    inner = (lambda: secret)
    name = "__" + word + "__"
    holder = functools.partial(functools.update_wrapper, assigned=(name,), updated=())(types.SimpleNamespace(), inner)
    getter = type(operator.attrgetter("real"))
    return getter("cell_contents")(getter(name)(holder)[0])
