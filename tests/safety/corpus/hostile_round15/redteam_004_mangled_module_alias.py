# family: red team, round 15 (scopes: nonlocal, name mangling, class bodies, global in blocks, getattr tables)
# Chain: `import json as _T__j` binds a module under a name that, inside class T, the compiler reaches by
# writing `__j` (private name mangling). The checker resolves `__j` literally (unbound), so the module chain
# rule never sees that __j.codecs.open is an unlisted attribute path of json: json.codecs is the codecs module,
# and codecs.open reads any file.
import json as _T__j

class T:
    def read(self, path):
        print(__j.codecs)
        return __j.codecs.open(path).read()

print(T().read("/tmp/r15/work/secret.txt"))
