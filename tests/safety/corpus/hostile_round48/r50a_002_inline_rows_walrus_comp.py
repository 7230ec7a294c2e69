# family: red team, round 50a (_inline_rows key rebound by a walrus in a comprehension)
import base64


def probe():
    return 1


def main():
    hidden = base64.b64decode("X19nbG9iYWxzX18=").decode()
    for key, check in [("name", 1), ("age", 2)]:
        [0 for _ in [0] if (key := hidden)]
        print(getattr(probe, key))
        break


main()
