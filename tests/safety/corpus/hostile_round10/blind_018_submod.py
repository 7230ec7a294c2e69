# family: submod (written blind, second set)
import json


def run(path: str) -> str:
    with json.codecs.open(path, "r", "utf-8") as fh:
        return json.dumps({"text": fh.read()})


print(run("/tmp/r10/work/blind_secret.txt"))
