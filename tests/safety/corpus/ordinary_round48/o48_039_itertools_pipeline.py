# family: ordinary, blind round 48 (itertools data pipeline)
import itertools as it
from operator import itemgetter

EVENTS = [
    ("2024-05-01", "alice", "login"), ("2024-05-01", "bob", "login"),
    ("2024-05-01", "alice", "purchase"), ("2024-05-02", "carol", "login"),
    ("2024-05-02", "alice", "logout"), ("2024-05-02", "bob", "purchase"),
    ("2024-05-02", "bob", "purchase"), ("2024-05-03", "dave", "login"),
    ("2024-05-03", "carol", "purchase"), ("2024-05-03", "alice", "login"),
]


def daily_counts(events):
    for day, group in it.groupby(events, key=itemgetter(0)):
        yield day, sum(1 for _ in group)


def sliding(iterable, n):
    iters = it.tee(iterable, n)
    for i, itr in enumerate(iters):
        for _ in range(i):
            next(itr, None)
    return zip(*iters)


def chunked(iterable, size):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, size)):
        yield chunk


if __name__ == "__main__":
    print("per day:", dict(daily_counts(EVENTS)))
    buyers = sorted(EVENTS, key=itemgetter(1))
    for user, grp in it.groupby(buyers, key=itemgetter(1)):
        actions = [a for _, _, a in grp]
        print(f"  {user:<6} {len(actions)} events, purchases={actions.count('purchase')}")
    running = list(it.accumulate(c for _, c in daily_counts(EVENTS)))
    print("running total:", running)
    print("pairs of users:", list(it.combinations(sorted({u for _, u, _ in EVENTS}), 2))[:4])
    print("windows:", [w for w in sliding([1, 4, 9, 16, 25], 3)])
    print("batches:", list(chunked(range(1, 11), 4)))
    first_purchases = it.islice(it.filterfalse(lambda e: e[2] != "purchase", EVENTS), 2)
    print("first purchases:", list(first_purchases))
    print("round robin:", list(it.chain.from_iterable(it.zip_longest("abc", "12", fillvalue="-"))))
