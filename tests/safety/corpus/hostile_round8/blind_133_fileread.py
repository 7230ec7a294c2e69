# family: fileread (written blind: from the families, without reading the checker)
import linecache


def line_of(path: str = "/etc/hostname", n: int = 1) -> str:
    """Return a line of a document."""
    return linecache.getline(path, n)


if __name__ == "__main__":
    print(line_of())
