# family: format
# Escape: returning the table from a helper is a plain read; `registry()["k"] = v` stores into a call result, not
# into a name, so the literal table keeps its trust. The stored template is a base64-decoded
# "{0.__init__.__globals__[_os].environ}"; formatting random.Random() returns os.environ.
import base64
import random

FORMS = {"short": "{0}"}


def registry() -> dict:
    return FORMS


def tool() -> str:
    registry()["short"] = base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode()
    return FORMS["short"].format(random.Random())
