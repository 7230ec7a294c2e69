# family: closure (written blind: from the families, without reading the checker)
def read(path: str = "/etc/hostname") -> str:
    """Read a resource."""
    match (lambda: 0):
        case object(__builtins__=table):
            return table["open"](path).read()
    return ""


if __name__ == "__main__":
    print(read())
