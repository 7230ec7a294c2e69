# family: red team, round 59a (asyncio task.get_loop() then loop.subprocess_shell)
import asyncio


async def child():
    return 1


async def main():
    t = asyncio.create_task(child())
    lp = t.get_loop()
    p = await lp.subprocess_shell("cat /etc/hostname")
    await p.wait()


def run():
    asyncio.run(main())


run()
