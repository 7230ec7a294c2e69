# family: red team, round 49b (nonlocal loop over self.FIELDS: checked as the outer method's self)
import base64
import types


def f():
    pass


class C:
    FIELDS = ("name",)

    def read(self, obj):
        for key in self.FIELDS:
            pass

        def inner(self):
            nonlocal key
            for key in self.FIELDS:
                pass

        inner(types.SimpleNamespace(FIELDS=[base64.b64decode("X19nbG9iYWxzX18=").decode()]))
        return getattr(obj, key)


print(C().read(f))
