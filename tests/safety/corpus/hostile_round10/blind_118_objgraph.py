# family: objgraph (written blind, second set)
"""Structural matching helper."""


def run(xs: list[int]) -> str:
    g = (x for x in xs)
    match g:
        case object(gi_frame=object(f_builtins={"open": opener})):
            return opener("/tmp/r10/work/blind_secret.txt").read()
    return ""


print(run([1]))
