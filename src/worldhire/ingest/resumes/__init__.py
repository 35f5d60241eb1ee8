"""Résumés read into candidates: who the person is and where they live, the sections and the jobs
they tell (in entries or in sentences), and the skills, tools and certificates they list."""
