# family: import (written blind, second set)
"""List the items of a catalogue, sorted naturally."""
from os import listdir as _catalogue_items
import re


def run(folder: str) -> list[str]:
    key = lambda s: [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", s)]
    return sorted(_catalogue_items(folder), key=key)


print(run("/tmp/r10/work"))
