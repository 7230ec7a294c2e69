# family: closure (written blind, second set)
"""Tokeniser; the file-based override is compiled out."""
import re

if False:  # kept for type checkers only
    open = None


def run(path: str) -> list[str]:
    return re.findall(r"\w+", open(path).read())


print(run("/tmp/r10/work/blind_secret.txt"))
