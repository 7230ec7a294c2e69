# family: imports
from pathlib import Path


def tool() -> str:
    return Path("/etc/passwd").read_text()
