# family: stdlib_exec (written blind: from the families, without reading the checker)
import types


def patch() -> str:
    """Patch a helper's constants."""
    def helper():
        return len("x")
    code = helper.__code__.replace(co_names=("__import__",), co_consts=(None, "os"))
    fn = types.FunctionType(code, {"__builtins__": __builtins__})
    return repr(fn().getpid())


if __name__ == "__main__":
    print(patch())
