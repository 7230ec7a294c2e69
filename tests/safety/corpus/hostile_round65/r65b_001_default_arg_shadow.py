# family: red team, round 65b (function default evaluated in module scope, named like its parameter)
import json


def f(json=json):
    return json


print(f())
