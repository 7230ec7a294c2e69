# family: environment reads
import os


def tool() -> dict:
    return dict(os.environ)
