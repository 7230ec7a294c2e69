# ordinary: run many simulated async jobs with a concurrency limit and timeouts
import asyncio
import random


async def fake_fetch(url, delay):
    await asyncio.sleep(delay)
    if "bad" in url:
        raise ConnectionError(f"could not reach {url}")
    return f"<html>{url}</html>"


async def fetch_all(urls, limit=3, timeout=0.2):
    semaphore = asyncio.Semaphore(limit)
    results = {}

    async def worker(url):
        async with semaphore:
            delay = random.uniform(0.001, 0.05) if "slow" not in url else 0.5
            try:
                body = await asyncio.wait_for(fake_fetch(url, delay), timeout)
                results[url] = ("ok", len(body))
            except asyncio.TimeoutError:
                results[url] = ("timeout", None)
            except ConnectionError as exc:
                results[url] = ("error", str(exc))

    await asyncio.gather(*(worker(u) for u in urls))
    return results


async def main():
    urls = [f"https://example.com/page{i}" for i in range(6)] + ["https://bad.example", "https://slow.example"]
    results = await fetch_all(urls)
    for url in urls:
        status, detail = results[url]
        print(f"{url:28} {status:8} {detail}")
    ok = sum(1 for status, _ in results.values() if status == "ok")
    print(f"{ok}/{len(urls)} succeeded")


if __name__ == "__main__":
    random.seed(1)
    asyncio.run(main())
