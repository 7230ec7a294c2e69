# family: ordinary, blind round 62 (simulated async fetcher with gather)
import asyncio
import random

FAKE_DB = {"u1": {"name": "ann", "score": 12}, "u2": {"name": "bo", "score": 7},
           "u3": {"name": "cid", "score": 19}}
CALLS = []


async def fetch(uid, retries=2):
    for attempt in range(retries + 1):
        CALLS.append((uid, attempt))
        await asyncio.sleep(0)
        if uid in FAKE_DB:
            return dict(FAKE_DB[uid], id=uid)
    raise LookupError(f"user {uid!r} not found after {retries + 1} tries")


async def fetch_all(ids):
    results = await asyncio.gather(*(fetch(i) for i in ids), return_exceptions=True)
    ok = [r for r in results if isinstance(r, dict)]
    errors = [r for r in results if isinstance(r, Exception)]
    return ok, errors


async def leaderboard(ids):
    ok, errors = await fetch_all(ids)
    ok.sort(key=lambda u: u["score"], reverse=True)
    lines = ["{rank}. {name:<5} {score:>3}".format(rank=i, **u) for i, u in enumerate(ok, 1)]
    lines += ["! %s" % e for e in errors]
    return "\n".join(lines)


if __name__ == "__main__":
    random.seed(1)
    ids = ["u1", "u2", "u9", "u3"]
    random.shuffle(ids)
    print(asyncio.run(leaderboard(ids)))
    print("total calls:", len(CALLS))
