# family: red team, round 65b (comprehension's first iterable evaluated outside, loop var shadows the module)
import json

mods = [json for json in [json]]
print(mods[0])
