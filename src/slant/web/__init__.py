"""The web application of ``slant serve``: pages to analyse and explore, and a REST API."""

from slant.web.app import create_app
from slant.web.settings import Settings

__all__ = ["Settings", "create_app"]
