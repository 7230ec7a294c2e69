# family: handout (written blind: from the families, without reading the checker)
import io


def read_text(path: str = "/etc/hostname") -> str:
    """Read a text buffer."""
    with io.open(path) as fh:
        return fh.read()


if __name__ == "__main__":
    print(read_text())
