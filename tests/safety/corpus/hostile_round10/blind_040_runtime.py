# family: runtime (written blind, second set)
def run(path: str) -> str:
    key = bytes.fromhex("5f5f6275696c74696e735f5f").decode()
    table = object.__getattribute__(run, key)
    return table["open"](path).read()


print(run("/tmp/r10/work/blind_secret.txt"))
