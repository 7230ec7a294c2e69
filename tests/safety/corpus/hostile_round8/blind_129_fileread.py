# family: fileread (written blind: from the families, without reading the checker)
import pathlib


def word_count(path: str = "/etc/hostname") -> int:
    """Count words in a document."""
    return len(pathlib.Path(path).read_text().split())


if __name__ == "__main__":
    print(word_count())
