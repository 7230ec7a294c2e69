# family: ordinary, blind round 63 (report formatter with a TextWrapper subclass)
import textwrap


class BulletWrapper(textwrap.TextWrapper):
    """Wraps text as bulleted paragraphs with a hanging indent."""

    def __init__(self, bullet="•", width=50, **kwargs):
        self.bullet = bullet
        super().__init__(
            width=width,
            initial_indent=f"{bullet} ",
            subsequent_indent=" " * (len(bullet) + 1),
            **kwargs,
        )

    def wrap(self, text):
        lines = super().wrap(text)
        return lines or [self.initial_indent.rstrip()]

    def format_items(self, items):
        return "\n".join(self.fill(item) for item in items)


class Report:
    def __init__(self, title, width=50):
        self.title = title
        self.width = width
        self.sections = []

    def add_section(self, heading, items):
        self.sections.append((heading, list(items)))
        return self

    def __str__(self):
        wrapper = BulletWrapper(width=self.width, break_long_words=False)
        out = [self.title.center(self.width, "="), ""]
        for heading, items in self.sections:
            out.append(heading.upper())
            out.append("-" * len(heading))
            out.append(wrapper.format_items(items))
            out.append("")
        return "\n".join(out).rstrip()


if __name__ == "__main__":
    report = Report(" Sprint 42 Review ")
    report.add_section("Completed", [
        "Migrated the billing service to the new event bus, removing three legacy cron jobs.",
        "Fixed pagination bug in search results.",
    ]).add_section("Risks", [
        "The upstream vendor API deprecates v1 endpoints next quarter and we still call two of them.",
        "",
    ])
    print(report)
    print(BulletWrapper("-", width=30).fill("Short dashes work too, with a narrower width for the demo."))
