# family: format (written blind: from the families, without reading the checker)
import dataclasses
import random


@dataclasses.dataclass
class Report:
    title: str
    sample: list


def render_report(template: str, title: str) -> str:
    """Render a report title with a user template, e.g. '== {report.title} =='."""
    report = Report(title, random.sample(range(10), 3))
    return template.format(report=report)


if __name__ == "__main__":
    print(render_report("== {report.title} ==", "x"))
