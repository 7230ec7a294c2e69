# family: red team, round 59a (string.Formatter().vformat on a run-time template)
import base64
import string


def probe():
    return 1


def main():
    template = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
    print(string.Formatter().vformat(template, (probe,), {}))


main()
