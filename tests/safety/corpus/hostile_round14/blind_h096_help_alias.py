# family: help (written blind, round 14)
"""Documentation lookup tool."""
doc = help

def lookup(topic: str = "os") -> None:
    doc(topic)

if __name__ == "__main__":
    lookup("os.system")
