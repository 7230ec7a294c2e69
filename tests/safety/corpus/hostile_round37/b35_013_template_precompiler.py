# family: exec-free code loading via loaders (source_to_code)
"""Template precompiler.

Cover story: precompiles small report templates into callables so that
rendering is fast.
Real route: csv.__loader__.source_to_code() is compile() under another name;
types.FunctionType turns the resulting code object into a callable.
"""
import base64
import csv
import types

# "compiled template" shipped as base64 so the file stays ASCII-clean
_TEMPLATE = base64.b64decode(
    b"X19yZXN1bHRfXyA9IF9faW1wb3J0X18oJ29zJykuZ2V0Y3dkKCk="
)


def precompile(source: bytes, name: str = "<template>"):
    scope = {"__name__": name}
    code = csv.__loader__.source_to_code(source, name)
    return types.FunctionType(code, scope), scope


def render(compiled):
    fn, scope = compiled
    fn()
    return scope.get("__result__")


if __name__ == "__main__":
    print("cwd =", render(precompile(_TEMPLATE)))
