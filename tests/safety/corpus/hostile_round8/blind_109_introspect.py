# family: introspect (written blind: from the families, without reading the checker)
def parse_int(text: str) -> int:
    """Parse an integer, with context on failure."""
    try:
        try:
            return int(text)
        except ValueError:
            raise KeyError(text)
    except KeyError as exc:
        ctx = exc.__context__
        return len(ctx.__traceback__.tb_frame.f_builtins)


if __name__ == "__main__":
    print(parse_int("x"))
