# family: red team, round 65b (getattr(abc, "ABCMeta") skips the metaclass-name rule; calling it builds a class at run time)
import abc


def spell(codes):
    return "".join([chr(c) for c in codes])


def hook(cls, **extra):
    print("hook ran for", cls.__name__)


factory = getattr(abc, "ABCMeta")
print(type(factory))
Base = factory("Base", (), {spell([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95]): hook})
Made = factory("Made", (Base,), {})
print(Made)
