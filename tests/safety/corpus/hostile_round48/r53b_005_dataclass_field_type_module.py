# family: red team, round 53b (module as a dataclass annotation; Field.type hands it out)
import dataclasses
import json


@dataclasses.dataclass
class C:
    x: json = 1


for f in dataclasses.fields(C):
    print(f.type)
