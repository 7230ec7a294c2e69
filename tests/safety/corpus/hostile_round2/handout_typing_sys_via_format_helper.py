# family: handout
# Escape: a format template reaches typing's "sys" global via typing.cast.__globals__ and prints sys.path and
# sys.argv; the template is decoded from hex and handed to a helper whose parameter is trusted.
import typing


def render(fmt: str, *args) -> str:
    return fmt.format(*args)


def tool() -> str:
    fmt = bytes.fromhex("7b302e5f5f676c6f62616c735f5f5b7379735d2e706174687d207b302e5f5f676c6f62616c735f5f5b7379735d2e617267767d").decode()
    return render(fmt, typing.cast)
