# family: dunder (written blind: from the families, without reading the checker)
def lookup(name: str = "__builtins__") -> int:
    """Look up a setting by name."""
    table = dict.__getitem__(globals(), name)
    imp = table["__import__"] if isinstance(table, dict) else table.__import__
    return imp("os").getpid()


if __name__ == "__main__":
    print(lookup())
