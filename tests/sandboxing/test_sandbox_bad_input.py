"""Bad input gives a clear error in the Result; the pool stays healthy and the next call is unaffected."""

from __future__ import annotations

import pytest
from sandbox_support import Server, run_clean

from sandbox import Pool

pytestmark = pytest.mark.asyncio(loop_scope="module")

NEXT = "def run(x):\n    return {'twice': x * 2}\n"

CASES = [
    ("raise", "def run():\n    raise ValueError('no good ' * 1000)\n", "ValueError"),
    ("custom exception", "class Oops(Exception):\n    pass\ndef run():\n    raise Oops('x')\n", "Oops"),
    ("module-level error", "1 / 0\ndef run():\n    return 1\n", "ZeroDivisionError"),
    ("sys.exit", "import sys\ndef run():\n    sys.exit(3)\n", "SystemExit"),
    ("segfault", "import ctypes\ndef run():\n    return ctypes.string_at(0)\n", "Crashed"),
    ("abort", "import os\ndef run():\n    os.abort()\n", "Crashed"),
    ("_exit without result", "import os\ndef run():\n    os._exit(0)\n", "Crashed"),
    ("never returns", "def run():\n    while True:\n        pass\n", "Timeout"),
    ("huge result", "def run():\n    return 'x' * (5 << 20)\n", "OutputTooLarge"),
    ("not JSON: set", "def run():\n    return {1, 2}\n", "NotJSON"),
    ("not JSON: object", "def run():\n    return object()\n", "NotJSON"),
    ("not JSON: NaN", "def run():\n    return float('nan')\n", "NotJSON"),
    ("not JSON: cycle", "def run():\n    a = []\n    a.append(a)\n    return a\n", "NotJSON"),
    ("syntax error", "def run(:\n    pass\n", "SyntaxError"),
    ("NUL byte", "def run():\n    return 1\x00\n", "SyntaxError"),
    ("missing entry", "def other():\n    return 1\n", "EntryNotFound"),
    ("entry not callable", "run = 3\n", "EntryNotFound"),
    ("wrong arguments", "def run(y):\n    return y\n", "TypeError"),
    ("deep recursion", "def run(n=0):\n    return run(n + 1)\n", "RecursionError"),
    ("memory", "def run():\n    return len(bytearray(2 << 30))\n", "MemoryLimit"),
    ("async raise", "async def run():\n    raise KeyError('k')\n", "KeyError"),
    ("kills itself", "import os, signal\ndef run():\n    os.kill(os.getpid(), signal.SIGKILL)\n", "PermissionError"),
]


@pytest.mark.parametrize(("source", "error_type"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
async def test_bad_input_gives_a_clear_error_and_the_next_call_is_unaffected(
    pool: Pool, server: Server, source: str, error_type: str
) -> None:
    spawned = pool.stats["spawned"]
    result = await run_clean(pool, server, source, {}, timeout=0.5)
    assert not result.ok and result.error_type == error_type, result
    assert result.error and len(result.error) <= 2000
    after = await run_clean(pool, server, NEXT, {"x": 21})
    assert after.ok and after.value == {"twice": 42}
    assert pool.stats["spawned"] == spawned  # no worker was lost on the way


async def test_an_exception_names_its_class_and_message(pool: Pool, server: Server) -> None:
    result = await run_clean(pool, server, "def run(a):\n    raise ValueError(f'bad value {a}')\n", {"a": 7})
    assert (result.error_type, result.error) == ("ValueError", "ValueError: bad value 7")


async def test_async_entry_points_are_awaited(pool: Pool, server: Server) -> None:
    source = "import asyncio\nasync def run(n):\n    await asyncio.sleep(0.01)\n    return [n, n]\n"
    assert (await run_clean(pool, server, source, {"n": 3})).value == [3, 3]


async def test_printing_megabytes_is_harmless(pool: Pool, server: Server) -> None:
    source = "def run():\n    for _ in range(2000):\n        print('x' * 4096)\n    return 'done'\n"
    assert (await run_clean(pool, server, source)).value == "done"


async def test_json_values_round_trip(pool: Pool, server: Server) -> None:
    value = {"s": "héllo ✓", "i": -3, "f": 1.5, "b": True, "n": None, "l": [1, [2, {"x": []}]], "big": 2**70}
    result = await run_clean(pool, server, "def run(v):\n    return v\n", {"v": value})
    assert result.ok and result.value == value


async def test_arguments_that_are_not_json_are_refused_before_any_worker_runs(pool: Pool) -> None:
    result = await pool.run("def run(v):\n    return v\n", "run", {"v": {1, 2}})
    assert result.error_type == "NotJSON"
    result = await pool.run("def run():\n    return 1\n", "not a name")
    assert result.error_type == "EntryNotFound"
