# family: red team, round 33 (finish._judge: constructive class through a module path is not "handed out")
import collections


def hook(cls, **kw):
    print("hook ran for", cls.__name__)


def main():
    holder = collections.Counter
    meta = holder.copy(int)
    print(meta)
    name = bytes([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]).decode()
    base = meta("Base", (), {name: classmethod(hook)})
    meta("Child", (base,), {})


main()
