# family: format (written blind, second set)
import uuid


def run(keys: list[str]) -> list[str]:
    u = "_" * 2
    tpls = ["{0." + u + "init" + u + "." + u + "globals" + u + "[os].environ[" + k + "]}" for k in keys]
    return list(map(str.format, tpls, [uuid.uuid4()] * len(tpls)))


print(run(["HOME", "PATH"]))
