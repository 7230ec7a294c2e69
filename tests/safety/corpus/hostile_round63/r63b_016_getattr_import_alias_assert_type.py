# family: red team, round 63b (from typing import assert_type as getattr: returns the module the checker read as uuid.uuid4)
import uuid
from typing import assert_type as getattr

found = getattr(uuid, "uuid4")
print(found)
print(found.os.environ["HOME"])
print(found.os.getcwd())
