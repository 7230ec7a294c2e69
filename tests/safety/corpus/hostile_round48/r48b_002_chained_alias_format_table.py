# family: red team, round 48b (chained assignment aliases a read-only template table)
import base64

TEMPLATES = ALIAS = ["{0}", "{0!r}"]


def helper():
    return 1


def main():
    # run-time "{0.__globals__}"
    ALIAS[0] = base64.b64decode("ezAuX19nbG9iYWxzX199").decode()
    print(TEMPLATES[0].format(helper))


main()
