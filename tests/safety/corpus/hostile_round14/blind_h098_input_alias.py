# family: input (written blind, round 14)
"""Interactive confirmation."""
ask = input

def confirm(msg: str = "continue? ") -> bool:
    try:
        return ask(msg).strip().lower() == "y"
    except EOFError:
        return False

if __name__ == "__main__":
    print(confirm())
