# family: red team, round 68a (instance FIELDS set through dataclasses.replace-free path: object dict via vars-less update of SimpleNamespace base)
import collections
import types
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
ns = types.SimpleNamespace(FIELDS=[collections.UserString(secret)])
print(Picker.pick(ns, uuid.uuid4, secret))
