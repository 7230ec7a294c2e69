# family: red team, round 48 (a list bound to an attribute and a name in one statement, grown through the attribute)
import base64


def hook():
    return 1


class Box:
    def __init__(self):
        self.names = FIELDS = ["size"]
        self.names.append(base64.b64decode("X19nbG9iYWxzX18=").decode())
        for key in FIELDS:
            print(getattr(hook, key, None))


Box()
