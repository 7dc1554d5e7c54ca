"""Drafting aid: how actionable is each recommendation of an NGO draft, and how were similar ones received?

For every recommendation: its action category (from the classifier), a checklist of what makes a
recommendation specific and measurable — a concrete verb, a named object, a deadline, a responsible
body, a measurable target — with a suggestion for each missing item, and, when Working Group reports
of the same State are in the store, how often similar recommendations were supported or noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from uprmonitor.classify.instruments import find_instruments
from uprmonitor.classify.leads import english_lead
from uprmonitor.model import Document, Recommendation
from uprmonitor.structure.language import detect_language

# Leading verbs that commit to little: UPR Info's categories 2 and 3, and the vague end of 4.
WEAK_VERBS = {
    "continue", "consider", "pursue", "persist", "maintain", "keep", "further", "strive", "endeavour",
    "endeavor", "seek", "explore", "study", "examine", "promote", "encourage", "strengthen", "enhance",
    "intensify", "redouble", "step", "take", "make", "improve", "ensure", "guarantee", "work", "undertake",
    "carry", "support",
}
CONCRETE_VERBS = {
    "adopt", "amend", "repeal", "abolish", "ratify", "accede", "establish", "create", "enact", "criminalize",
    "criminalise", "decriminalize", "decriminalise", "release", "allocate", "publish", "withdraw", "revoke",
    "extend", "investigate", "prosecute", "issue", "grant", "remove", "lift", "close", "introduce", "appoint",
    "set", "increase", "reduce", "end", "stop", "align", "harmonize", "harmonise", "train", "register", "sign",
    "replace", "prohibit", "ban", "outlaw", "exempt", "reinstate", "compensate", "fund", "recruit", "build",
    "punish", "complete", "cease",
}
# "by 2027", "within thirty days", "before the next review", "by the end of June"; or a plan that
# carries its own dates ("a time-bound plan", "with a timetable"); the same in Spanish and French
# ("antes de 2027", "en un plazo de seis meses", "d'ici 2027", "dans un délai de", "calendrier").
_AMOUNT = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|"
           r"thirty|forty|forty-five|sixty|ninety)")
_DEADLINE = re.compile(
    r"\b(?:by|before|until|no later than|within)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{4}"
    rf"|{_AMOUNT}\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)"
    r"|(?:the\s+)?next\s+(?:UPR|review|cycle|universal periodic review)|january|february|march|april|may|june|july"
    r"|august|september|october|november|december)"
    r"|\btime[- ]bound\b|\btime-?(?:table|line|frame)s?\b|\bdeadlines?\b"
    r"|\b(?:antes\s+del?|a\s+más\s+tardar\s+(?:en|el)|d'ici(?:\s+à)?|avant|au\s+plus\s+tard\s+en)\s+(?:fin(?:ales)?\s+de\s+)?\d{4}"
    r"|\b(?:en\s+un\s+plazo\s+de|dentro\s+de|dans\s+un\s+délai\s+de)\b|\bplazos?\b|\bcronograma\b|\bcalendrier\b"
    r"|\b(?:antes\s+del\s+próximo\s+examen|avant\s+le\s+prochain\s+examen)\b"
    # Russian: "до 2027 года", "к концу 2026 года", "в течение шести месяцев", "сроки", "график"
    r"|(?:\bдо|\bк)\s+(?:конц[ау]\s+)?\d{4}|\bв\s+течение\s+(?:\d+|\w+)\s+(?:дн|недел|месяц|лет|год)\w*"
    r"|\bсрок\w*|\bграфик\w*|\bдо\s+следующего\s+обзора",
    re.IGNORECASE,
)
_RESPONSIBLE_BODY = re.compile(
    r"\b(?:Ministry|Minister|Parliament|National Assembly|Congress|Senate|legislature|Government|police|"
    r"prosecutor|Prosecutor|courts?|judiciary|Ombudsman|ombudsperson|national human rights institution|NHRI|"
    r"commission|Commission|council|Council|agency|Agency|authorities|municipalit(?:y|ies)|office|Office|"
    r"Ministerio|Ministr[oa]|Asamblea Legislativa|Congreso|Parlamento|Poder Judicial|Fiscal(?:ía)?|Defensoría|"
    r"polic[íi]a|tribunales|autoridades|municipalidades|Gobierno|ministère|Ministère|ministre|Parlement|"
    r"Assemblée nationale|gouvernement|Gouvernement|tribunaux|procureur|autorités)\b"
    r"|(?i:\b(?:министерств|министр|парламент|мажилис|сенат|государственн\w+\s+дум|правительств|полици|прокурор|"
    r"прокуратур|суд|омбудсмен|уполномоченн|комисси|акимат|органы\s+власти|власт)\w*)"
)
_NAMED_OBJECT = re.compile(
    r"\b(?:law|Law|Act|Code|code|bill|Bill|decree|Decree|article|Article|regulation|policy|plan|strategy|"
    r"programme|program|mechanism|registry|register|budget|Convention|Protocol|Covenant|"
    r"ley|Ley|código|Código|decreto|reglamento|política|estrategia|programa|mecanismo|registro|presupuesto|"
    r"Convención|Protocolo|Pacto|Convenio|loi|Loi|décret|règlement|politique|stratégie|mécanisme|registre|"
    r"Protocole|Pacte)\b"
    r"|(?i:\b(?:закон|кодекс|указ|постановлени|политик|план|стратеги|программ|механизм|реестр|бюджет|"
    r"конвенци|протокол|пакт)\w*)"
)
_MEASURE = re.compile(r"\d|\bper cent\b|%|\ball\b|\bevery\b|\bbudget\b|\bindicators?\b|\btargets?\b"
                      r"|\bpor\s+ciento\b|\bpour\s+cent\b|\btod[oa]s\b|\btou(?:te)?s\b|\bpresupuesto\b"
                      r"|\bindicador(?:es)?\b|\bindicateurs?\b|\bmetas?\b|\bobjectifs?\b"
                      r"|\bпроцент\w*|\bвсе[хм]?\b|\bкажд\w+|\bбюджет\w*|\bпоказател\w*|\bиндикатор\w*",
                      re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Check:
    name: str
    passed: bool
    suggestion: str | None = None


@dataclass
class History:
    similar: int = 0  # earlier recommendations the matcher grades same or close
    supported: int = 0
    noted: int = 0
    examples: list[tuple[str, str | None, float]] = field(default_factory=list)  # (text, position, match score)


@dataclass
class Advice:
    recommendation: Recommendation
    action_category: int | None
    confidence: float | None
    checks: list[Check]
    history: History | None  # None when no earlier review of the State is stored

    @property
    def score(self) -> int:
        return sum(check.passed for check in self.checks)


def leading_verb(text: str) -> str:
    """The verb a draft opens with, in English when `leads.py` knows it ("Aprobar" -> "adopt")."""
    if detect_language(text) not in (None, "en") and (lead := english_lead(text, detect_language(text))):
        return lead.text.split()[0]
    words = _WORD.findall(text)
    if len(words) >= 2 and words[0].lower() == "that":  # "That Freedonia adopt …"
        words = words[2:]
    return words[0].lower() if words else ""


def _opening_words(text: str) -> str:
    """The draft's own leading verb phrase, as written, to quote it back ("Seguir", "продолжать")."""
    lead = english_lead(text, detect_language(text)) if detect_language(text) not in (None, "en") else None
    return lead.lead if lead else leading_verb(text)


# Phrases that commit to a definite act although their verb alone would not: "put an end to",
# "recognise … in law" (a legal act, unlike "recognise the importance of").
_CONCRETE_PHRASE = re.compile(
    r"^(?:that\s+\S+\s+)?(?:(?:put|bring)\s+an\s+end\b|recogni[sz]e\b[^.;]{0,80}?\b(?:in|by)\s+(?:the\s+)?"
    r"(?:law|legislation|constitution|statute)\b|poner\s+fin\b|mettre\s+fin\b)", re.IGNORECASE)


def specificity_checks(text: str) -> list[Check]:
    verb = "end" if _CONCRETE_PHRASE.match(text.strip()) else leading_verb(text)
    has_instrument = bool(find_instruments(text))
    return [
        Check(
            "concrete verb",
            verb in CONCRETE_VERBS,
            None if verb in CONCRETE_VERBS else f'"{_opening_words(text) or text[:20]}" commits to little: name the act '
            '(adopt, amend, repeal, ratify, establish, allocate, publish…)',
        ),
        Check(
            "named object",
            has_instrument or bool(_NAMED_OBJECT.search(text)),
            None if has_instrument or _NAMED_OBJECT.search(text) else "name the law, treaty, policy or institution concerned",
        ),
        Check(
            "deadline",
            bool(_DEADLINE.search(text)),
            None if _DEADLINE.search(text) else 'add a time frame ("by 2027", "before the next review")',
        ),
        Check(
            "responsible body",
            bool(_RESPONSIBLE_BODY.search(text)),
            None if _RESPONSIBLE_BODY.search(text) else "say who should act (a ministry, the parliament, the police…)",
        ),
        Check(
            "measurable",
            bool(_MEASURE.search(text)),
            None if _MEASURE.search(text) else "add something to measure: a number, a budget, an indicator, a target",
        ),
    ]


def coach(document: Document, labeler, past_recommendations: list[Recommendation] | None = None,
          embedder=None) -> list[Advice]:
    """Advice for each recommendation of `document`; `past_recommendations` are the State's earlier ones."""
    labels = labeler.label_texts([rec.text for rec in document.recommendations])
    histories = (_histories(document.recommendations, past_recommendations, embedder)
                 if past_recommendations else None)
    advice = []
    for index, (rec, rec_labels) in enumerate(zip(document.recommendations, labels, strict=True)):
        action = (rec_labels.get("action_category") or [None])[0]
        advice.append(
            Advice(
                recommendation=rec,
                action_category=int(action.label) if action else None,
                confidence=action.confidence if action else None,
                checks=specificity_checks(rec.text),
                history=histories[index] if histories else None,
            )
        )
    return advice


def _histories(drafts: list[Recommendation], past: list[Recommendation], embedder=None) -> list[History]:
    """How the State received earlier recommendations that ask the same (`same` or `close` by the matcher)."""
    from uprmonitor.match.uptake import TAKEN_UP, match_uptake

    result = match_uptake(drafts, past, top_k=CLOSEST, embedder=embedder)
    histories = []
    for match in result.sources:
        similar = [candidate for candidate in match.candidates if candidate.grade in TAKEN_UP]
        histories.append(
            History(
                similar=len(similar),
                supported=sum(candidate.target.position == "supported" for candidate in similar),
                noted=sum(candidate.target.position == "noted" for candidate in similar),
                examples=[(c.target.text, c.target.position, c.score) for c in similar[:3]],
            )
        )
    return histories


CLOSEST = 10  # earlier recommendations considered per draft recommendation
