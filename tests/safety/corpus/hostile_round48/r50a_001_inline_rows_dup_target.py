# family: red team, round 50a (_inline_rows duplicate target name)
import base64


def probe():
    return 1


def main():
    hidden = base64.b64decode("X19nbG9iYWxzX18=").decode()
    for key, key in [("name", hidden)]:
        print(getattr(probe, key))


main()
