# family: process hooks
# escape: asyncio's import chain loads concurrent.futures; warnings.catch_warnings()._module.sys.modules hands it
# out (private `_module` allowed because the tool defines it), and its ThreadPoolExecutor starts worker threads
# (ProcessPoolExecutor would fork processes the same way).
import asyncio
import warnings

class Slot:
    _module = None

def tool(fn, value):
    futures = warnings.catch_warnings()._module.sys.modules["concurrent.futures"]
    with futures.ThreadPoolExecutor(2) as pool:
        return pool.submit(fn, value).result()
