# family: red team, round 10 (shlex_split_none_stdin)
# Control from round 8 (needs "shlex"): shlex.split(None) reads the process's stdin.
import shlex


def run():
    return shlex.split(None)


print(run())
