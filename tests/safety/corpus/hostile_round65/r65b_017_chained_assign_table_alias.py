# family: red team, round 65b (T = U = [...]: mutate the table through U, loop over T for getattr(uuid, key))
import uuid

T = U = ["uuid4", "uuid3"]
U[0] = "os"


def grab():
    for key in T:
        return getattr(uuid, key)


print(grab())
