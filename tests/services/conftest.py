"""Import tests share the loopback web server fixture."""

from tests.loopback import web  # noqa: F401
