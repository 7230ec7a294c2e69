# family: stdlib that runs strings
# escape: zipimport is always in sys.modules (the path hooks use it); reached through catch_warnings()._module.sys,
# a private attribute the checker allows because the tool defines `_module` itself. zipimporter loads and runs code
# from a zip archive.
import warnings

class Holder:
    _module = None

def tool(archive: str, name: str):
    zipimport = warnings.catch_warnings()._module.sys.modules["zipimport"]
    return zipimport.zipimporter(archive).load_module(name)
