# family: runtime (written blind, second set)
def run(path: str) -> str:
    ns = globals()
    core = ns["_" * 2 + "builtins" + "_" * 2]
    opener = core["open"] if isinstance(core, dict) else vars(core)["open"]
    return opener(path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
