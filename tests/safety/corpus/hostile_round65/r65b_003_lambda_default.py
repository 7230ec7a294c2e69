# family: red team, round 65b (lambda default evaluated in module scope, named like its parameter)
import json

g = lambda json=json: json
print(g())
