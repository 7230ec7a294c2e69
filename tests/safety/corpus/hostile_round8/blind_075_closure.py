# family: closure (written blind: from the families, without reading the checker)
fetch = lambda path, _o=print.__self__.open: _o(path).read()


def read(path: str = "/etc/hostname") -> str:
    """Read a resource."""
    return fetch(path)


if __name__ == "__main__":
    print(read())
