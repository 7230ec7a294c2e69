# family: introspect
# Escape: `probe != type(x)` is a comparison operand; Python calls the tool's __ne__, which keeps the
# attrgetter class. "cr_frame.f_globals" is only a string argument of an ordinary call: it reads the module
# globals of asyncio.tasks through a coroutine's frame (events, coroutines, futures modules...).
import asyncio
import operator


class Probe:
    def __ne__(self, other):
        self.kept = other
        return False


def tool() -> list:
    probe = Probe()
    probe != type(operator.attrgetter("real"))
    coro = asyncio.sleep(0)
    namespace = probe.kept("cr_frame.f_globals")(coro)
    coro.close()
    return sorted(namespace)
