"""Run many async checks concurrently, collecting successes and failures."""
import asyncio
import re
from dataclasses import dataclass


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str


class CheckFailed(Exception):
    pass


async def check_hostname(value: str) -> str:
    await asyncio.sleep(0)
    if not re.fullmatch(r"(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", value.lower()):
        raise CheckFailed(f"{value!r} is not a valid hostname")
    return "hostname ok"


async def check_port(value: int) -> str:
    await asyncio.sleep(0.001)
    if not 1 <= value <= 65535:
        raise CheckFailed(f"port {value} out of range")
    return "port ok" if value >= 1024 else "privileged port"


async def check_slow(delay: float) -> str:
    await asyncio.sleep(delay)
    return f"slept {delay}"


async def run_checks(spec: dict, timeout: float = 0.05) -> list[CheckResult]:
    checks = {
        "hostname": check_hostname(spec.get("host", "")),
        "port": check_port(int(spec.get("port", 0))),
        "slow": asyncio.wait_for(check_slow(spec.get("delay", 0.0)), timeout),
    }
    outcomes = await asyncio.gather(*checks.values(), return_exceptions=True)
    results = []
    for name, outcome in zip(checks, outcomes):
        if isinstance(outcome, asyncio.TimeoutError):
            results.append(CheckResult(name, False, f"timed out after {timeout}s"))
        elif isinstance(outcome, Exception):
            results.append(CheckResult(name, False, str(outcome)))
        else:
            results.append(CheckResult(name, True, outcome))
    return results


async def run_many(specs: list[dict]) -> list[dict]:
    batches = await asyncio.gather(*(run_checks(s) for s in specs))
    report = []
    for spec, results in zip(specs, batches):
        report.append({"spec": spec, "passed": all(r.ok for r in results),
                       "failures": [f"{r.name}: {r.detail}" for r in results if not r.ok]})
    return report


def validate_endpoints(specs: list[dict]) -> list[dict]:
    return asyncio.run(run_many(specs))


if __name__ == "__main__":
    for row in validate_endpoints([
        {"host": "api.example.com", "port": 8443, "delay": 0.01},
        {"host": "bad_host", "port": 70000, "delay": 0.2},
        {"host": "db.internal.io", "port": 22},
    ]):
        print(row)
