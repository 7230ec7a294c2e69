# family: fileread (written blind: from the families, without reading the checker)
import codecs


def decode_file(path: str = "/etc/hostname") -> str:
    """Decode a document."""
    with codecs.open(path, "r", "utf-8") as fh:
        return fh.read()


if __name__ == "__main__":
    print(decode_file())
