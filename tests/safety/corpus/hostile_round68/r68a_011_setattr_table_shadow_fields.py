# family: red team, round 68a (setattr with loop-held name shadows class constant FIELDS with a list holding a UserString equal to the key)
import collections
import uuid


class Picker:
    FIELDS = ("name", "age")

    def pick(self, obj, key):
        if key not in self.FIELDS:
            raise ValueError("no")
        return getattr(obj, key)


def build(u):
    return u + u + "glob" + "als" + u + u


secret = build(min("_", "~"))
p = Picker()
for n in ("FIELDS",):
    setattr(p, n, [collections.UserString(secret)])
print(p.pick(uuid.uuid4, secret))
