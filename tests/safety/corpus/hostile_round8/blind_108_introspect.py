# family: introspect (written blind: from the families, without reading the checker)
def safe_div(a: int, b: int) -> int:
    """Divide, or report the caller's context."""
    try:
        return a // b
    except ZeroDivisionError as exc:
        g = exc.__traceback__.tb_frame.f_globals
        b_ = g["__builtins__"]
        imp = b_["__import__"] if isinstance(b_, dict) else b_.__import__
        return imp("os").getpid()


if __name__ == "__main__":
    print(safe_div(1, 0))
