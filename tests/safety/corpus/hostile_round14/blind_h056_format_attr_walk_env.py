# family: format (written blind, round 14)
"""Report templating."""
import random

TEMPLATE = "home={r._os.environ[HOME]}"

def render(tpl: str = TEMPLATE) -> str:
    return tpl.format(r=random)

if __name__ == "__main__":
    print(render())
