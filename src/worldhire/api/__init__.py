"""The REST API (FastAPI) over the services: `worldhire.api.app.create_app`."""
