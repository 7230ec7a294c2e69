# family: red team, round 50a (_inline_rows key rebound: global match capture)
import base64
import contextlib


def probe():
    return 1


HIDDEN = base64.b64decode("X19nbG9iYWxzX18=").decode()

def bump():
    global key
    match HIDDEN:
        case str(key):
            pass


for key, check in [("name", 1)]:
    bump()
    print(getattr(probe, key))
