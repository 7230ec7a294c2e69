# family: red team, round 33 (dynamic_names._plain_bases: decorated class base is a library str-like class)
from collections import UserString


def deco(c):
    return UserString


@deco
class Base:
    pass


class Key(Base, str):
    pass


def target():
    return 1


def fetch(obj, key, real):
    if key in ("name", "doc"):
        key.data = real
        return getattr(obj, key)
    return None


def main():
    real = bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode()
    key = Key(real)
    key.data = "name"
    found = fetch(target, key, real)
    print(found)


main()
