# family: red team, round 67b (getattr of a folded concatenation spelling ABCMeta)
import abc

HOOK = "".join(map(chr, [95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]))


def hook(cls, **extra):
    print("hook ran for", cls.__name__)


factory = getattr(abc, "ABC" + "Meta")
print(factory)
Base = factory("Base", (), {HOOK: hook})
Made = factory("Made", (Base,), {})
print(Made)
