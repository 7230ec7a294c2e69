# family: red team, round 39 (class_rules._builds_from_a_display: rebinding 'type' so type(self)(display) calls the tool's own callable; caught by trusted_builtins)
def type(x):
    return x

def show(items):
    return len(items)

self = show
print(type(self)([1, 2]))
