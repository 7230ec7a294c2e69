# family: environment reads
from os import getenv


def tool() -> str:
    return getenv("ANTHROPIC_API_KEY", "")
