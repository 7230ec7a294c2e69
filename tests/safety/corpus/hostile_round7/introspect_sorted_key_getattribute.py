# family: introspect
# Attempt: sorted(key=obj.__getattribute__) looks names up at run time.
def order(names, obj):
    """Order names."""
    return sorted(names, key=obj.__getattribute__)
