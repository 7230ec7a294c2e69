# family: red team, round 65b (json.decoder submodule as an attribute of the allowed json module)
import json

print(json.decoder.re)
