"""Label recommendations: every classifier of this folder, applied once, as `Label`s on the data model.

The classifiers load lazily and once per `Labeler`, so labelling a whole document (or 33,000
recommendations) pays the model loading once. Labels a source document gave itself (an OHCHR
thematic list's themes) are kept as `source="document"` and not overwritten by a model.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from uprmonitor.classify.instruments import find_instruments
from uprmonitor.model import Document, Label, Recommendation

# Fields an OHCHR thematic list or matrix fills in itself (Recommendation attribute == label field).
DOCUMENT_LABEL_FIELDS = ("themes", "affected_persons", "sdgs")


class Labeler:
    """`embedder` (for themes, affected persons and SDGs) defaults to the process-wide one; pass one
    with a store-backed cache so that no text is embedded twice across runs."""

    def __init__(self, embedder=None):
        self.embedder = embedder

    @cached_property
    def themes(self):
        from uprmonitor.classify.themes import ThemeClassifier

        return ThemeClassifier.load(embedder=self.embedder)

    @cached_property
    def action(self):
        from uprmonitor.classify.action import ActionClassifier

        return ActionClassifier.load()

    @cached_property
    def issues(self):
        from uprmonitor.classify.issues import IssuesClassifier

        return IssuesClassifier.load()

    def label_texts(self, texts: Sequence[str], language: str | None = None) -> list[dict[str, list[Label]]]:
        """Labels for each text, keyed by field (see model.LABEL_FIELDS).

        `language` is the document's, used for a text too short to show its own ("Ratifier la CEDAW")."""
        texts = list(texts)
        if not texts:
            return []
        vectors = self.themes.embedder.embed(texts)
        actions = self.action.predict(texts)
        issues = self.issues.predict(texts, evidence=True)
        self._other_languages(texts, vectors, actions, issues, language)
        themes = self.themes.predict(texts, vectors=vectors)
        results = []
        for text, action, text_issues, text_themes in zip(texts, actions, issues, themes, strict=True):
            labels = {
                "action_category": [Label(str(action.label), action.confidence, list(action.evidence))],
                "issues": [Label(issue.label, issue.confidence, list(issue.evidence)) for issue in text_issues],
                "instruments": instrument_labels(text),
            }
            for field_name in ("themes", "affected_persons", "sdgs"):
                labels[field_name] = [
                    Label(score.label, score.confidence, list(score.evidence)) for score in text_themes.get(field_name, [])
                ]
            results.append(labels)
        return results

    def _other_languages(self, texts: list[str], vectors, actions: list, issues: list,
                         document_language: str | None = None) -> None:
        """Texts not in English get their action category and issues from the multilingual heads, fused with
        the English models reading the leading verb and the words said in English (classify/multilingual.py):
        the word-based models alone only know English words. A text that shows no language of its own takes
        the document's."""
        from uprmonitor.classify.lexicon import shipped_lexicon
        from uprmonitor.classify.multilingual import shipped_heads
        from uprmonitor.structure.language import detect_language

        languages = [detect_language(text) or document_language for text in texts]
        foreign = [row for row, language in enumerate(languages) if language not in (None, "en")]
        if not foreign:
            return
        heads = shipped_heads()
        foreign_actions = heads.predict_action(vectors[foreign], [texts[row] for row in foreign], self.action,
                                               [languages[row] for row in foreign])
        foreign_issues = heads.predict_issues(vectors[foreign], [texts[row] for row in foreign], self.issues,
                                              [languages[row] for row in foreign], shipped_lexicon())
        for row, action, found in zip(foreign, foreign_actions, foreign_issues, strict=True):
            actions[row], issues[row] = action, found

    def label_recommendations(self, recommendations: Sequence[Recommendation], language: str | None = None) -> None:
        for recommendation, labels in zip(
            recommendations, self.label_texts([rec.text for rec in recommendations], language), strict=True
        ):
            labels.update(document_labels(recommendation))
            recommendation.labels = labels

    def label_document(self, document: Document) -> Document:
        self.label_recommendations(document.recommendations, document.language)
        return document


def instrument_labels(text: str) -> list[Label]:
    """One label per instrument cited (first mention first), with its articles and the action asked."""
    labels: dict[str, Label] = {}
    for mention in find_instruments(text):
        if mention.id in labels:
            label = labels[mention.id]
            label.details["article"] = sorted(set(label.details["article"]) | set(mention.article), key=_article_key)
            continue
        labels[mention.id] = Label(
            mention.id,
            confidence=None,  # found by the catalogue's patterns, not estimated
            evidence=[text[mention.span[0] : mention.span[1]]],
            details={"name": mention.name, "article": list(mention.article), "action": mention.action},
        )
    return list(labels.values())


def document_labels(recommendation: Recommendation) -> dict[str, list[Label]]:
    """Themes, affected persons and SDGs that the source document itself states (they replace the model's)."""
    return {
        field: [Label(value, confidence=1.0, source="document") for value in getattr(recommendation, field)]
        for field in DOCUMENT_LABEL_FIELDS
        if getattr(recommendation, field)
    }


def _article_key(article: str) -> tuple[int, str]:
    digits = "".join(ch for ch in article if ch.isdigit())
    return (int(digits) if digits else 0, article)
