"""The web app: Jinja2 pages with htmx, served by the API app (`web.site.mount_web`)."""
