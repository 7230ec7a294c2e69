# family: spec (written blind, round 17 of blind hostile tools)
"""Package metadata."""


def meta():
    ldr = __spec__.loader if __spec__ else __loader__
    return {"loader": type(ldr).__name__, "blob": ldr.get_data("/tmp/r17b/work/secret.txt")}


print(meta())
