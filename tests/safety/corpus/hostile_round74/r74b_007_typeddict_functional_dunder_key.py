# family: TypedDict functional form with a dunder key (annotations only)
from typing import TypedDict

TD = TypedDict("TD", {"__init_subclass__": int, "name": str})
print(TD(name="x"))
