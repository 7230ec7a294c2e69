# family: introspect (written blind: from the families, without reading the checker)
import asyncio


async def _job():
    return 1


def run_job() -> int:
    """Run a job."""
    coro = _job()
    b = coro.cr_frame.f_builtins
    coro.close()
    return b["__import__"]("os").getpid()


if __name__ == "__main__":
    print(run_job())
