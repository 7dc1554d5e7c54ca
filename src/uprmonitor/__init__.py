"""UPR Monitor: structured recommendations from Universal Periodic Review documents."""

from uprmonitor.model import Document, Recommendation, Section

__all__ = ["Document", "Recommendation", "Section", "__version__"]
__version__ = "0.1.0"
