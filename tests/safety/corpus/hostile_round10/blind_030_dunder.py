# family: dunder (written blind, second set)
import json


def run(path: str) -> str:
    table = json.dumps.__builtins__
    return json.dumps(table["open"](path).read())


print(run("/tmp/r10/work/blind_secret.txt"))
