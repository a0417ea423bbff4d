"""The skill as a web service for Alexa: Flask app, request verification, gunicorn serving.

``create_app`` builds the Flask app; ``skill.webservice.wsgi:app`` is the gunicorn entry point;
``backpain-skill serve`` (``skill.webservice.serve``) runs it.
"""
from .app import ConfigError, create_app

__all__ = ["ConfigError", "create_app"]
