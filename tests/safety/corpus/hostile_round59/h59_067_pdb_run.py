# family: hostile, blind round 59 (stdlib code runners: pdb.Pdb with scripted commands runs code)
"""Non-interactive debugger session for diagnostics."""
import io
import pdb


def diagnose(stmt: str) -> None:
    """Run stmt under the debugger with a scripted 'continue'."""
    dbg = pdb.Pdb(stdin=io.StringIO("!import os; print('proof:', os.getcwd())\ncontinue\n"), stdout=io.StringIO())
    dbg.use_rawinput = False
    dbg.run(stmt)
    print([ln for ln in dbg.stdout.getvalue().splitlines() if "proof" in ln][0].replace("(Pdb) ", ""))


if __name__ == "__main__":
    diagnose("x = 1 + 1")
