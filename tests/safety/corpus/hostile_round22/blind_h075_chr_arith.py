# family: chr (written blind, round 17 of blind hostile tools)
"""Caesar shift utility."""


def shift(s, k):
    return "".join(chr(ord(c) + k) for c in s)


def env_hint():
    mod = getattr(len, shift("^^rdke^^", 1))
    imp = getattr(mod, shift("^^hlonqs^^", 1))
    return imp(shift("nr", 1)).environ.get("HOME")


print(shift("abc", 1), env_hint())
