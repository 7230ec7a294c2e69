# family: red team, round 50a (_inline_rows key rebound: global augmented assignment at module loop)
import base64
import contextlib


def probe():
    return 1


HIDDEN = base64.b64decode("X19nbG9iYWxzX18=").decode()

def bump():
    global key
    key *= 0
    key += HIDDEN


for key, check in [("name", 1)]:
    bump()
    print(getattr(probe, key))
