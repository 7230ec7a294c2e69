# family: red team, round 50b (str.format reached through operator.methodcaller on a computed template)
import base64
import operator


def hook():
    return 1


def main():
    t = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
    call = operator.methodcaller("format", hook)
    print(call(t))


main()
