# family: held names + getattr(module, key) read as module.listed_name - class-body list mutated, genexp reads random._os
# result: checker: SAFE; escape: YES (getattr(random, key) yields random._os -> prints <module 'os'>, cwd, HOME)
import random

T = ["random"]


class C:
    T = ["random"]
    G = (getattr(random, key) for key in T)


C.T[0] = "_" + "os"
for mod in C.G:
    print(mod)
    print(mod.getcwd(), mod.environ.get("HOME"))
