# family: red team, round 59a (format(obj, spec) with a run-time spec on a datetime; and str.__mod__)
import base64
import operator


def probe():
    return 1


def main():
    template = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
    caller = operator.methodcaller("format", probe)
    print(caller(template))


main()
