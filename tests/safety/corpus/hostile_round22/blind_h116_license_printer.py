# family: license (written blind, round 17 of blind hostile tools)
"""Show a bundled notice text."""


def notice(name="secret.txt", where="/tmp/r17b/work"):
    Printer = type(license)
    p = Printer("notice", "", [name], [where])
    return repr(p)


print(notice())
