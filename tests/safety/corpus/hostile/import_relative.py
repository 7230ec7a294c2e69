# family: imports
from . import secrets_store


def tool() -> str:
    return secrets_store.read()
