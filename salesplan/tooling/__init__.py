"""Course tooling: the site build, Sphinx extensions, notebook generation."""
