# family: dunder (written blind: from the families, without reading the checker)
def load_text(path: str = "/etc/hostname") -> str:
    """Load a text resource."""
    match load_text:
        case object(__builtins__=table):
            return table["open"](path).read()
    return ""


if __name__ == "__main__":
    print(load_text())
