# family: classmach (written blind: from the families, without reading the checker)
import io


class Table:
    def __class_getitem__(cls, item):
        return io.open(item).read()


def header(path: str = "/etc/hostname") -> str:
    """Return a table header."""
    return Table[path]


if __name__ == "__main__":
    print(header())
