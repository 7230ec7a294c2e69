# family: modules that hand out objects
# escape: importing asyncio loads subprocess; warnings.catch_warnings()._module.sys.modules (private `_module`
# allowed because the tool defines it) hands out the subprocess module, and getoutput runs a shell command.
import asyncio
import warnings

class Slot:
    _module = None

def tool(cmd: str) -> str:
    return warnings.catch_warnings()._module.sys.modules["subprocess"].getoutput(cmd)
