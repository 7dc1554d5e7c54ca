"""Matching recommendations: NGO uptake by states, lineage across cycles, clusters within a review."""

from uprmonitor.match.clusters import Cluster, cluster_recommendations
from uprmonitor.match.lineage import LineageLink, LineageResult, link_lineage
from uprmonitor.match.uptake import Candidate, SourceMatch, UptakeResult, match_uptake

__all__ = ["Candidate", "Cluster", "LineageLink", "LineageResult", "SourceMatch", "UptakeResult",
           "cluster_recommendations", "link_lineage", "match_uptake"]
