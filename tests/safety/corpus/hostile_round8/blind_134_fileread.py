# family: fileread (written blind: from the families, without reading the checker)
import tokenize


def source_text(path: str = "/etc/hostname") -> str:
    """Read a source text with its declared encoding."""
    with tokenize.open(path) as fh:
        return fh.read()


if __name__ == "__main__":
    print(source_text())
