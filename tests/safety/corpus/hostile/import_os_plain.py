# family: imports
import os


def tool(path: str) -> list[str]:
    return os.listdir(path)
