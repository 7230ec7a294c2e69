# family: red team, round 59b (abc.ABCMeta called with three arguments builds classes from a run-time namespace)
import abc
import base64


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


key = base64.b64decode("X19pbml0X3N1YmNsYXNzX18=").decode()
first = abc.ABCMeta("A", (object,), {key: hook})
second = abc.ABCMeta("B", (first,), {})
print(second)
