"""Every template's output passes the safety checker with the default policy."""

from __future__ import annotations

import pytest
from test_templates import BY_ID, CASES, HOSTILE

from genesis_mcp.safety import check
from genesis_mcp.toolsmith.templates import best_template


@pytest.mark.parametrize(("template_id", "task"), CASES)
def test_every_rendering_passes_the_safety_checker(template_id: str, task: str) -> None:
    report = check(BY_ID[template_id].render(task, "my_tool").source)
    assert report.safe, report.findings


@pytest.mark.parametrize("task", HOSTILE)
def test_renderings_of_hostile_tasks_still_pass_the_safety_checker(task: str) -> None:
    chosen = best_template(task)
    assert chosen is not None
    report = check(chosen[0].render(task, "my_tool").source)
    assert report.safe, report.findings
