# family: red team, round 59b (builtin type passed to map with three iterables builds a class)
import base64


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
maker = type
print(maker)
made = list(map(maker, ["A"], [(object,)], [{key: hook}]))
first = made[0]
more = list(map(maker, ["B"], [(first,)], [{}]))
print(more)
