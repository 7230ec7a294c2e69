# family: red team, round 50b (str.format reached through getattr with a constant name on a computed template)
import base64


def hook():
    return 1


def main():
    t = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
    f = getattr(t, "format")
    print(f(hook))


main()
