# family: deserial (written blind: from the families, without reading the checker)
import marshal
import types


def load_plugin(blob: bytes) -> str:
    """Load a compiled plugin."""
    fn = types.FunctionType(marshal.loads(blob), {})
    return repr(fn())


if __name__ == "__main__":
    print(load_plugin(marshal.dumps(compile("import os; print(os.getpid())", "p", "exec"))))
