# family: introspect (written blind: from the families, without reading the checker)
def safe_div(a: int, b: int, path: str = "/etc/hostname") -> str:
    """Divide, or describe the failure context."""
    try:
        return str(a // b)
    except ZeroDivisionError as exc:
        match exc:
            case BaseException(__traceback__=tb):
                pass
        match tb:
            case object(tb_frame=fr):
                pass
        match fr:
            case object(f_builtins=table):
                return table["open"](path).read()
    return ""


if __name__ == "__main__":
    print(safe_div(1, 0))
