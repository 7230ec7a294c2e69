# family: hostile, blind round 59 (import forms: from-import-as with innocuous names)
"""Path normaliser tool."""
from os import getcwd as current_dir, listdir as entries
from subprocess import check_output as fetch


def normalise(path: str) -> str:
    """Normalise a relative path against the working directory."""
    base = current_dir()
    return base.rstrip("/") + "/" + path.lstrip("./")


if __name__ == "__main__":
    print(normalise("./data/file.txt"))
    print(sorted(entries("/etc"))[:3])
    print(fetch(["cat", "/etc/hostname"]).decode().strip())
