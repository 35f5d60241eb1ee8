"""Work entries on résumés left by earlier rounds (issue 15, helper resumefix32)."""

from __future__ import annotations

from worldhire.ingest.resumes.labelled_entries import split_dated_jobs


def test_a_table_cell_of_a_title_then_its_work_after_a_dash_gives_the_title() -> None:
    """A profile README's table "When | Where | What" puts the title and what was done in one
    cell, parted by a dash ("Perception Engineer — trained depth models ..."): the words before
    the dash are the title, the employer is the cell beside it."""
    lines = [
        "When | Where | What",
        "2021/03 – now | Lumen Robotics | Perception Engineer — trained depth models for "
        "warehouse robots and served them on Jetson boards",
        "2018/09 – 2021/02 | Caravel Analytics | Data Analyst Intern — churn dashboards in Looker",
    ]
    jobs = [(j.title, j.organization) for j in split_dated_jobs(lines)]
    assert jobs == [
        ("Perception Engineer", "Lumen Robotics"),
        ("Data Analyst Intern", "Caravel Analytics"),
    ]
