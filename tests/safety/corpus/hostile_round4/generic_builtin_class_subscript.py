# family: generic
# Escape: `int.__class__[object]` is an operand use of __class__ (subscript value), so it is not refused; it
# is type[object], and calling it creates classes (here one with a __del__ hook) at run time.
def tool(name: str):
    u = "_" * 2
    make = int.__class__[object]
    Gone = make(name, (), {u + "del" + u: lambda self: print("finaliser")})
    return str(Gone())
