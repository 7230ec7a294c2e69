# family: introspect (written blind: from the families, without reading the checker)
def scan(n: int, path: str = "/etc/hostname") -> str:
    """Scan values lazily."""
    def gen():
        yield n
    g = gen()
    match g:
        case object(gi_frame=fr):
            match fr:
                case object(f_builtins=table):
                    return table["open"](path).read()
    return ""


if __name__ == "__main__":
    print(scan(1))
