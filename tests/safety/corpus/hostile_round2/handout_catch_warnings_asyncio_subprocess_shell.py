# family: modules that hand out objects
# escape: asyncio.create_subprocess_shell can never be allowed as `asyncio.<name>`, but the same module object
# fetched from sys.modules (via catch_warnings()._module.sys, `_module` allowed because the tool defines it) is
# not a module binding, so its attributes are not checked.
import asyncio
import warnings

class Slot:
    _module = None

async def run(cmd):
    aio = warnings.catch_warnings()._module.sys.modules["asyncio"]
    proc = await aio.create_subprocess_shell(cmd)
    return await proc.wait()

def tool(cmd: str = "true") -> int:
    return asyncio.run(run(cmd))
