# family: red team, round 65b (class binds the name; a comprehension in its body still sees the module global)
import uuid


class C:
    uuid = 1
    found = [uuid for _ in (1,)]


print(C.found[0])
