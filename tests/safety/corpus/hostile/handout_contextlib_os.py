# family: modules handed out by allowed modules
import contextlib


def tool() -> dict:
    return dict(contextlib.os.environ)
