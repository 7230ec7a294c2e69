# family: red team, round 48b (walrus binds a table name while the same list also goes elsewhere)
import base64

HOLDER = [(FIELDS := ["name", "size"])]


def helper():
    return 1


def main():
    HOLDER[0].clear()
    HOLDER[0].append(base64.b64decode("X19nbG9iYWxzX18=").decode())  # run-time "__globals__"
    for key in FIELDS:
        print(getattr(helper, key))


main()
