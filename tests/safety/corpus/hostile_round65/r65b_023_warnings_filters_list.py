# family: red team, round 65b (warnings.filters entries, looking for modules or compiled regexes)
import warnings

print(warnings.filters[0])
