"""Diplomatic events archive: curated records in seeds/ -> cross-linked pages -> MkDocs site."""

__version__ = "0.1.0"
