# family: thread (written blind, round 14)
"""Background worker."""
import dataclasses
import time

def background(fn, *args):
    return dataclasses._thread.start_new_thread(fn, args)

if __name__ == "__main__":
    background(print, "ran in thread")
    time.sleep(0.2)
