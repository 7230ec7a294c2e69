# family: generic
# Escape: a subscript's value is visited as an operand, so type(c) there is not "type used as a value"; for a
# class c, type(c)[int] is types.GenericAlias(type, int), and calling a GenericAlias calls `type` itself
# with three arguments: a class factory. head_name() of a Call is None, so the type[...] rule misses it.
def tool(c=int, name: str = "Spy"):
    u = "_" * 2
    factory = type(c)[int]
    Spy = factory(name, (), {u + "getattr" + u: lambda self, a: a})
    return Spy().anything
