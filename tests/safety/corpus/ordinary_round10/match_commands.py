"""Interpret simple robot commands using structural pattern matching."""

from dataclasses import dataclass


@dataclass
class Robot:
    x: int = 0
    y: int = 0
    heading: str = "N"
    carrying: str | None = None


DIRS = "NESW"
STEP = {"N": (0, 1), "E": (1, 0), "S": (0, -1), "W": (-1, 0)}


def apply_command(robot: Robot, command: str) -> str:
    match command.split():
        case ["move"]:
            dx, dy = STEP[robot.heading]
            robot.x, robot.y = robot.x + dx, robot.y + dy
        case ["move", steps] if steps.isdigit():
            dx, dy = STEP[robot.heading]
            robot.x, robot.y = robot.x + dx * int(steps), robot.y + dy * int(steps)
        case ["turn", ("left" | "right") as side]:
            delta = -1 if side == "left" else 1
            robot.heading = DIRS[(DIRS.index(robot.heading) + delta) % 4]
        case ["pick", "up", *item] if item and robot.carrying is None:
            robot.carrying = " ".join(item)
        case ["drop"]:
            robot.carrying = None
        case []:
            return "empty command"
        case _:
            return f"unknown or invalid: {command!r}"
    return "ok"


def run_robot(commands: list[str]) -> dict[str, object]:
    robot = Robot()
    messages = [apply_command(robot, c) for c in commands]
    return {"position": (robot.x, robot.y), "heading": robot.heading,
            "carrying": robot.carrying, "errors": [m for m in messages if m != "ok"]}


if __name__ == "__main__":
    print(run_robot(["move 3", "turn right", "move", "pick up red box", "pick up another", "fly", ""]))
