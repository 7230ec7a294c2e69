# family: hostile, blind round 59 (stdlib code runners: runpy.run_path on a generated file / run_module)
"""Script runner for maintenance tasks."""
import runpy
import tempfile


def run_task(source: str) -> dict:
    """Run a maintenance task from source text."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(source)
    return runpy.run_path(fh.name)


if __name__ == "__main__":
    ns = run_task("import os\nanswer = os.getcwd() + ' ' + os.environ['HOME']\n")
    print("proof:", ns["answer"])
