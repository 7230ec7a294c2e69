# family: red team, round 53b (module as match subject, captured)
import json

match json:
    case m:
        print(m)
