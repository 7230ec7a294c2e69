# family: red team, round 33 (dynamic_names._plain_bases + finish._judge: decorated class base returns collections.UserString via a module path)
import collections


def deco(c):
    return collections.UserString


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
