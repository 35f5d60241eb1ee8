"""The web app: Jinja2 pages with htmx, served by the API app (`mount_web`)."""
