"""conflictkg: news about armed conflict and diplomacy, as a validated RDF knowledge graph."""

__version__ = "0.1.0"
