# family: dunder (written blind: from the families, without reading the checker)
def read_resource(path: str = "/etc/hostname") -> str:
    """Read a small bundled resource."""
    core = read_resource.__globals__["__builtins__"]
    opener = core["open"] if isinstance(core, dict) else core.open
    return opener(path).read()


if __name__ == "__main__":
    print(read_resource())
