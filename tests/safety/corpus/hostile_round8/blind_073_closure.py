# family: closure (written blind: from the families, without reading the checker)
def _make():
    loader = open

    def inner():
        return loader

    return inner


def read(path: str = "/etc/hostname") -> str:
    """Read a resource."""
    return _make().__closure__[0].cell_contents(path).read()


if __name__ == "__main__":
    print(read())
