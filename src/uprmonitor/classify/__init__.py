"""Classifiers for recommendations: UPR Info action category (1–5) and issues (54 labels).

Both are linear models over hashed TF-IDF features, shipped as JSON + .npz under `models/`
(trained by `bench/train_classifiers.py`; see docs/models.md).
"""

from .action import ACTION_CATEGORIES, ActionClassifier, Prediction
from .issues import IssuesClassifier, LabelScore

__all__ = ["ACTION_CATEGORIES", "ActionClassifier", "IssuesClassifier", "LabelScore", "Prediction"]
