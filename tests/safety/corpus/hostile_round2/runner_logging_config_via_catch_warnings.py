# family: stdlib that runs strings
# escape: warnings.catch_warnings()._module.sys (private name allowed because the tool defines `_module`) reaches
# importlib; logging.config.dictConfig resolves "()" factory strings by import and calls them, i.e. arbitrary
# callables named by strings.
import dataclasses
import warnings

class Memo:
    _module = None

def tool(factory: str = "builtins.print"):
    importlib = warnings.catch_warnings()._module.sys.modules["importlib"]
    config = importlib.import_module("logging.config")
    return config.dictConfig({"version": 1, "handlers": {"h": {"()": factory}}})
