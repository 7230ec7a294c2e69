# family: FFI
# escape: a dataclass field annotated `getattr` stores the builtin in Field.type (annotation operands are not
# "value" uses to the checker); the recovered getattr takes run-time names to builtins.__import__ and ctypes, whose
# pythonapi calls CPython's C API directly.
import dataclasses

@dataclasses.dataclass
class Meta:
    fetch: getattr = None

def tool(a: str = "self", b: str = "import"):
    fetch = dataclasses.fields(Meta)[0].type
    ctypes = fetch(fetch(print, "__" + a + "__"), "__" + b + "__")("ctypes")
    return ctypes.pythonapi.Py_GetVersion
