# family: red team, round 48a (identifier table misaligned by a starred unpack feeds getattr)
import base64


def hook():
    return 1


def main():
    decoded = base64.b64decode("X19nbG9iYWxzX18=").decode()
    _, names, _ = *(), ("name", "doc"), *((decoded,), 0)
    for key in names:
        print(getattr(hook, key))


main()
