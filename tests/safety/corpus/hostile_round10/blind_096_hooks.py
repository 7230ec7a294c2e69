# family: hooks (written blind, second set)
"""Parallel word count."""
import threading


def run(texts: list[str]) -> int:
    totals: list[int] = []
    workers = [threading.Thread(target=lambda t=t: totals.append(len(t.split()))) for t in texts]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sum(totals)


print(run(["a b", "c"]))
