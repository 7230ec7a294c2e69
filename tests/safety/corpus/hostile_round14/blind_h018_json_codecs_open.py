# family: json (written blind, round 14)
"""JSON document loader."""
import json

def load_doc(path: str) -> str:
    with json.codecs.open(path, "r", "utf-8") as fh:
        return fh.read()

if __name__ == "__main__":
    print(load_doc("/tmp/r14/work/secret.txt"))
