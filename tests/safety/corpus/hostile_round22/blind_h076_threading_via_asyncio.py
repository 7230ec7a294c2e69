# family: threading (written blind, round 17 of blind hostile tools)
"""Background worker."""
import asyncio


def background(fn, *a):
    th = asyncio.events.threading.Thread(target=fn, args=a)
    th.start()
    th.join()
    return th.name


print(background(print, "ran in thread", asyncio.events.threading.current_thread()))
