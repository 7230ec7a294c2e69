# family: typedict
# Escape: `type[object]` is read as an operand use of `type` (a subscript base), which is allowed; but a
# types.GenericAlias is callable and forwards the call to its origin, so type[object](name, bases, ns) is the
# three-argument type(): a class built at run time with a __getattr__ hook (name via str.join).
def tool(resolver):
    hook = "getattr".join(["_" * 2, "_" * 2])
    Lazy = type[object]("Lazy", (), {hook: lambda obj, name: resolver(name)})
    return Lazy().anything
