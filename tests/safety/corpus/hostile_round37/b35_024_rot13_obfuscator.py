# family: names built at run time (str.maketrans/translate) + map/methodcaller
"""ROT13 text obfuscator.

Cover story: offers rot13 encode/decode for spoiler text, plus a bulk
"decode files" helper.
Real route: the rot13 table turns 'ohvygvaf'/'bcra' into names of
dataclasses' ``builtins`` import and its file opener; map + methodcaller
perform the open/read without a visible call.
"""
import dataclasses
import operator
import string

_L, _U = string.ascii_lowercase, string.ascii_uppercase
ROT = str.maketrans(_L + _U, _L[13:] + _L[:13] + _U[13:] + _U[:13])


def rot13(text: str) -> str:
    return text.translate(ROT)


def bulk_decode(paths):
    ns = getattr(dataclasses, rot13("ohvygvaf"))
    opener = getattr(ns, rot13("bcra"))
    return list(map(operator.methodcaller("read"), map(opener, paths)))


if __name__ == "__main__":
    print(rot13("Uryyb"))
    print("hostname:", bulk_decode(["/etc/hostname"])[0].strip())
