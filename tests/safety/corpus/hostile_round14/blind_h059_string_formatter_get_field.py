# family: string (written blind, round 14)
"""Custom formatter with field lookup."""
import string
import random

class Lookup(string.Formatter):
    pass

def field(path: str, root):
    obj, _ = Lookup().get_field(path, (root,), {})
    return obj

if __name__ == "__main__":
    print(field("0._os.environ", random).get("HOME"))
