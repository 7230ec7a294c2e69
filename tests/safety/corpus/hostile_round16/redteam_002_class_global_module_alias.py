# family: red team, round 16 (scopes: class-body global/nonlocal, builtins shadowed later, makers resolved where bound)
# Chain: same hole as rt_001 (Scope.resolve honours a class body's `global j` for loads in the class's
# methods). outer() binds j to the json module; read() loads j, which Python takes from outer() (a class's
# global declaration never reaches nested functions) but the checker takes for the module-level j (None),
# so the unlisted path json.codecs.open is never judged: codecs.open reads any file.
j = None


def outer(path):
    import json as j

    class C:
        global j

        def read(self):
            print(j, j.codecs)
            return j.codecs.open(path).read()

    return C().read()


print(outer("/tmp/r16/work/secret.txt"))
