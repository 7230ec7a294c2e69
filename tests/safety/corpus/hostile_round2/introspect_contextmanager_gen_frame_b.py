# family: introspection
# escape: a @contextlib.contextmanager object exposes its generator as the public attribute `.gen`; the attrgetter
# class built with type() reads "gi_frame.f_builtins" from it by a run-time name, giving the builtins dict (eval).
import contextlib
import operator

@contextlib.contextmanager
def scope():
    yield

def tool(expr: str, a: str = "gi", b: str = "frame"):
    manager = scope()
    table = type(operator.attrgetter("real"))(a + "_" + b + ".f_builtins")(manager.gen)
    return table["eval"](expr)
