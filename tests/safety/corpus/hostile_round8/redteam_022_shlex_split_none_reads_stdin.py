# family: red team, round 8 (shlex_split_none_reads_stdin)
# With the "shlex" permission: shlex.split(None) (deprecated, still works on 3.11) builds shlex(None), which
# reads the process's stdin. The permission promises "nothing is run" on strings, but the tool reaches the
# process's standard input.
import shlex


def words() -> list:
    return shlex.split(None)


print(words())
