# family: red team, round 50a (_inline_rows key rebound: match capture)
import base64
import contextlib


def probe():
    return 1


HIDDEN = base64.b64decode("X19nbG9iYWxzX18=").decode()

def main():
    for key, check in [("name", 1)]:
        match HIDDEN:
            case str(key):
                print(getattr(probe, key))


main()
