# family: ordinary, blind round 60 (CI test matrix expansion with itertools.product and exclusions)
from itertools import product, groupby, chain
from operator import itemgetter
from typing import Iterator

MATRIX = {
    "python": ["3.10", "3.11", "3.12"],
    "os": ["ubuntu", "macos", "windows"],
    "db": ["postgres", "sqlite"],
}
EXCLUDE = [
    {"os": "windows", "db": "postgres"},
    {"python": "3.10", "os": "macos"},
]
INCLUDE = [
    {"python": "3.13-dev", "os": "ubuntu", "db": "sqlite", "experimental": True},
]


def _matches(combo: dict, rule: dict) -> bool:
    return all(combo.get(k) == v for k, v in rule.items())


def expand(matrix: dict[str, list], exclude=(), include=()) -> Iterator[dict]:
    keys = list(matrix)
    combos = (dict(zip(keys, values)) for values in product(*matrix.values()))
    kept = (c for c in combos if not any(_matches(c, rule) for rule in exclude))
    for combo in chain(kept, include):
        yield {"experimental": False, **combo}


def job_name(combo: dict) -> str:
    return "{python}-{os}-{db}".format_map(combo) + (" (allowed to fail)" if combo["experimental"] else "")


if __name__ == "__main__":
    jobs = list(expand(MATRIX, EXCLUDE, INCLUDE))
    print(f"{len(jobs)} jobs (from {len(list(product(*MATRIX.values())))} raw combinations)")
    for os_name, group in groupby(sorted(jobs, key=itemgetter("os")), key=itemgetter("os")):
        names = [job_name(j) for j in group]
        print(f"  {os_name}: {len(names)}")
        for n in names:
            print(f"    - {n}")
