# family: hostile, blind round 61 (match class pattern kwd attr __globals__ + mapping pattern, no Attribute node)
"""Pattern-match a matcher function to decide how to normalise paths."""
import fnmatch


def normaliser(matcher=fnmatch.filter):
    """Return the platform path normaliser used by matcher."""
    match matcher:
        case object(__globals__={"os": platform_layer}):
            return platform_layer
    return None


layer = normaliser()
print(layer, layer.getcwd())
