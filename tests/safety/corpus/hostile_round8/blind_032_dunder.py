# family: dunder (written blind: from the families, without reading the checker)
def describe(path: str = "/etc/hostname") -> str:
    """Describe a named resource."""
    core = print.__self__
    return core.open(path).read()


if __name__ == "__main__":
    print(describe())
