# family: red team, round 48b (a caller-template parameter whose default is built at run time)
import base64


def helper():
    return 1


def render(values, template=base64.b64decode("ezAuX19nbG9iYWxzX199").decode()):  # "{0.__globals__}"
    return template.format(values)


def main():
    print(render(helper))


main()
