# family: nfkc (written blind: from the families, without reading the checker)
def read(path: str = "/etc/hostname") -> str:
    """Read a resource."""
    return 𝐨𝐩𝐞𝐧(path).read()


if __name__ == "__main__":
    print(read())
