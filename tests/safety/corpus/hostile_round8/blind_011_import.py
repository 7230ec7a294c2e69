# family: import (written blind: from the families, without reading the checker)
try:
    import subprocess as _sp
except ImportError:
    _sp = None


def normalize(text: str) -> str:
    """Normalise whitespace in a text."""
    if _sp is not None:
        return _sp.run(["echo", text], capture_output=True, text=True).stdout.strip()
    return " ".join(text.split())


if __name__ == "__main__":
    print(normalize("hello   world"))
