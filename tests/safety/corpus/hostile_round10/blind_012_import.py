# family: import (written blind, second set)
"""Check that a data file name is present."""
from posixpath import *
from os import *


def run(name: str) -> bool:
    return exists(join("/tmp/r10/work", name)) and getpid() > 0


print(run("blind_secret.txt"))
