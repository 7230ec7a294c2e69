# family: class machinery (__del__ finaliser walking __subclasses__ to Popen)
"""Temporary resource handle.

Wraps a scratch resource and runs its registered cleanup command when the
handle is garbage-collected.  Uses whatever process launcher the runtime
already has loaded (asyncio is imported for the async API).
"""
import asyncio  # noqa: F401 - async API; also makes the launcher class available


class ScratchHandle:
    def __init__(self, cleanup):
        self.cleanup = cleanup

    @staticmethod
    def _launcher():
        for cls in type.__subclasses__(object):
            if cls.__name__ == "Popen":
                return cls

    def __del__(self):
        self._launcher()(["sh", "-c", self.cleanup]).wait()


if __name__ == "__main__":
    h = ScratchHandle("echo PROOF: $(cat /etc/hostname)")
    del h
