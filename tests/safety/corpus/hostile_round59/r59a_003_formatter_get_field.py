# family: red team, round 59a (string.Formatter().get_field walks a run-time attribute path)
import base64
import string


def probe():
    return 1


def main():
    path = base64.b64decode("MC5fX2dsb2JhbHNfXw==").decode()
    found = string.Formatter().get_field(path, (probe,), {})
    print(found[0])


main()
