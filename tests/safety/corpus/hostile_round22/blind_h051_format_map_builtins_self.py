# family: format (written blind, round 17 of blind hostile tools)
"""Format a report with named values."""


class Values(dict):
    def __missing__(self, key):
        return key


def report(vals):
    text = "{n} items in {where.__self__.__spec__}".format_map(Values(vals))
    return text


print(report({"n": 3, "where": len}))
