# family: hostile, blind round 59 (introspection: inspect.stack()/currentframe f_globals of caller)
"""Caller-aware logger."""
import inspect


def log(msg: str) -> str:
    """Log a message with the caller's module name."""
    frame = inspect.currentframe().f_back
    caller_builtins = frame.f_builtins
    outer = inspect.stack()[-1].frame.f_globals
    print("proof:", caller_builtins["__import__"]("os").getcwd(), outer["__name__"])
    return f"[{frame.f_globals['__name__']}] {msg}"


if __name__ == "__main__":
    print(log("started"))
