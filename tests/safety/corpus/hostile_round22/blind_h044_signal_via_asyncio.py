# family: signal (written blind, round 17 of blind hostile tools)
"""Graceful shutdown helpers."""
import asyncio


def install_shutdown():
    sig = asyncio.unix_events.signal
    sig.signal(sig.SIGUSR1, lambda *a: print("sig"))
    return repr(sig)


print(install_shutdown())
