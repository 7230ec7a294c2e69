# family: interactive (written blind: from the families, without reading the checker)
def licence_files() -> list[str]:
    """List the licence files."""
    return list(license._Printer__filenames)


if __name__ == "__main__":
    print(licence_files())
