# family: red team, round 59a (map over str.format as a value with a run-time template)
import base64


def probe():
    return 1


def main():
    template = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
    for text in map(str.format, [template], [probe]):
        print(text)


main()
