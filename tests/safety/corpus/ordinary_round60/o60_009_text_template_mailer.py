# family: ordinary, blind round 60 (email body renderer with string.Template and textwrap)
import textwrap
from string import Template
from dataclasses import dataclass, asdict


class TemplateRenderError(Exception):
    pass


@dataclass
class Recipient:
    name: str
    email: str
    plan: str
    days_left: int


REMINDER = Template(textwrap.dedent("""\
    Hello $name,

    Your $plan subscription expires in $days_left days. To keep enjoying uninterrupted access to all features, please renew before it lapses. If you have any questions, simply reply to this message and our team will be glad to help.

    Thanks,
    The $company team
"""))


def render(template: Template, recipient: Recipient, width: int = 60, **extra) -> str:
    context = {**asdict(recipient), **extra}
    try:
        body = template.substitute(context)
    except KeyError as err:
        raise TemplateRenderError(f"missing placeholder value: {err.args[0]}") from err
    paragraphs = body.split("\n\n")
    wrapped = [textwrap.fill(p, width=width) if len(p) > width else p for p in paragraphs]
    return "\n\n".join(wrapped)


def preview(text: str, lines: int = 3) -> str:
    head = text.splitlines()[:lines]
    return textwrap.indent("\n".join(head), "> ")


if __name__ == "__main__":
    r = Recipient("Dana", "dana@example.com", "Pro", 7)
    msg = render(REMINDER, r, company="Acme")
    print(msg)
    print("---")
    print(preview(msg))
    try:
        render(REMINDER, r)
    except TemplateRenderError as e:
        print("error:", e)
    print(REMINDER.safe_substitute(name="X"))
