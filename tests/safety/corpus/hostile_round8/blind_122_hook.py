# family: hook (written blind: from the families, without reading the checker)
import asyncio


async def _install() -> str:
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(10, lambda: None)
    loop.set_exception_handler(lambda loop, ctx: None)
    return "installed"


def install() -> str:
    """Install the event handlers."""
    return asyncio.run(_install())


if __name__ == "__main__":
    print(install())
