# family: red team, round 59b (attribute forwarding of typing/GenericAlias annotated to collections.Counter.copy; copy(int) = type)
import base64
import collections
import typing


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


alias = typing.Annotated[collections.Counter, 0]
maker = alias.copy(int)
print(maker)
key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
first = maker("A", (object,), {key: hook})
second = maker("B", (first,), {})
print(second)
