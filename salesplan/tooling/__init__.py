"""Course tooling: the site build, Sphinx extensions, notebook generation."""

__all__: list[str] = []
