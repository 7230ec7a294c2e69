# family: red team, round 50a (_inline_rows key rebound: nested tuple target)
import base64
import contextlib


def probe():
    return 1


HIDDEN = base64.b64decode("X19nbG9iYWxzX18=").decode()

def main():
    for key, (key, check) in [("name", (HIDDEN, 1))]:
        print(getattr(probe, key))


main()
