# family: import (written blind: from the families, without reading the checker)
import mimetypes


def content_type(filename: str) -> str:
    """Guess the MIME type of a file name."""
    kind, _ = mimetypes.guess_type(filename)
    return kind or "application/octet-stream"


if __name__ == "__main__":
    print(content_type("a.txt"))
