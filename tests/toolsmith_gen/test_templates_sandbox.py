"""Every template's tests also pass in the real sandbox pool (the boundary the pipeline uses)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_templates import BY_ID, CASES

from sandbox import Pool, PoolConfig


@pytest.mark.slow
async def test_every_rendering_passes_its_tests_in_the_sandbox_pool(tmp_path: Path) -> None:
    failures = []
    async with Pool(PoolConfig(workers=2, work_root=tmp_path)) as pool:
        for index, (template_id, task) in enumerate(CASES):
            spec = BY_ID[template_id].render(task, f"tool_{index:03d}")
            assert spec.entry is not None
            for number, case in enumerate(spec.tests):
                result = await pool.run(spec.source, spec.entry, dict(case.args), timeout=5)
                if case.error is not None:
                    passed = not result.ok and result.error_type == case.error
                else:
                    passed = result.ok and result.value == case.expected
                if not passed:
                    failures.append((template_id, task, number, result.to_dict()))
    assert failures == []
