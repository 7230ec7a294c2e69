# family: red team, round 38 (typing aliases calling their origin)
import typing

T = typing.Type.copy_with((int,))
print(T, T("K", (), {}))
