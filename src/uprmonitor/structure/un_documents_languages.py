"""Spanish, French and Russian OHCHR pre-session documents: their wording, and who recommended what.

The summaries of stakeholders' submissions (/3), UN compilations (/2) and national reports (/1) are issued
in all six UN languages with the same layout, so `un_documents` keeps one layout reader and takes the
words that change from a `SummaryWording`: titles, the masthead's dates, the endnotes' "See also", and
the sentences that report a recommendation:

    La JS1 recomendó que Costa Rica adoptara medidas …           -> JS1: "adoptara medidas …"
    Amnistía Internacional (AI) instó a Costa Rica a derogar …    -> AI: "derogar …"
    En la JS3 se recomendó investigar …                           -> JS3: "investigar …"
    Les auteurs de la communication conjointe no 1 recommandent à la France d'adopter …  -> JS1: "adopter …"
    Ils ont également recommandé de …                             -> the stakeholder named before
    Авторы СП1 рекомендовали Казахстану декриминализировать клевету -> JS1: "декриминализировать клевету"
    В СП4 Казахстану рекомендовано привести законодательство …      -> JS4: "привести законодательство …"

Spanish and French put the subject before the verb as English does, but conjugate the verb and may drop
a pronoun subject ("También recomendó …"), so the attribution here is its own small reader
(`RomanceAttributor`) rather than the English one with other words. Russian names whoever should act
in the dative or accusative ("Казахстану", "правительство") and declines State names, so its reader
(`RussianAttributor`) finds where the ask begins after them, and `russian_state` reads a declined name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, product

from uprmonitor.structure.states import canonical_state, closest_state

# Latin (with the accented letters of Spanish and French) and Cyrillic (Russian)
LATIN_UPPER = "A-ZÀ-ÖØ-ÞŒ"
UPPER = LATIN_UPPER + "А-ЯЁ"
LOWER = "a-zß-öø-ÿœа-яё"
_APOSTROPHE = "['’]"


@dataclass(frozen=True)
class SummaryWording:
    language: str
    # masthead and title
    title_start: re.Pattern  # the line a title opens with
    title_stop: re.Pattern  # a line after the title that is no longer part of it
    state_in_title: re.Pattern  # "… sobre Costa Rica": group 1 is the State
    national_title: re.Pattern
    date_year: re.Pattern
    session_line: re.Pattern  # "47º período de sesiones": the dates line follows
    contents: frozenset[str]
    # endnotes
    see_also: re.Pattern
    note_and: re.Pattern
    # layout
    heading_connector_end: re.Pattern  # a heading line ending in one of these words goes on
    # attribution
    verb: re.Pattern  # group "verb"; group "se" for the Spanish impersonal "se recomendó"
    person_object_verbs: re.Pattern  # their object is whoever should act: "instó a los partidos a …"
    not_attribution: re.Pattern  # the text right before the verb when it is not someone recommending
    and_word: str  # as a pattern: "y|e", "et"; the first is how the language writes "and"
    articles: re.Pattern
    pronouns: re.Pattern
    generic: re.Pattern
    joint: re.Pattern  # one joint submission: group 1 its number
    joint_pair: re.Pattern  # two joint submissions: groups 1 and 2
    authors_of: re.Pattern  # "los autores de la" / "les auteurs de la" before a submission
    according_to: re.Pattern  # "Según la JS2, …": group 1 is the source
    bodies: dict[str, str]  # UN bodies written in full -> their usual (English) short name
    agency_codes: dict[str, str]  # UN agencies' acronyms in this language -> the English ones
    mandate: re.Pattern
    anaphora: dict[str, re.Pattern | None]  # "Comité" -> None (the last treaty body), others: what to look for
    lead_words: frozenset[str]
    lead_in: re.Pattern
    connectors: frozenset[str]
    not_names: frozenset[str]
    finite_verb: re.Pattern  # a word that ends a subject ("observó", "a noté", "indiquent")
    adverbial: re.Pattern  # skipped at the start of the recommended text
    clause_patterns: tuple[re.Pattern, ...]  # what to skip after the verb: "que Costa Rica", "à la France de"
    any_addressee: re.Pattern  # for person-object verbs: "a los partidos políticos a"
    clause_tail: re.Pattern
    # endnotes: the code a citation opens with, when it is not Latin ("СП1, п. 4"); group 1 is the code
    note_source: re.Pattern | None = None
    # the State a title names, when the language declines names ("по Казахстану"); None: as written
    state_name: Callable[[str], str | None] | None = None
    # Layout of scripts without capitals or with their own numbering (Arabic, Chinese); None: the Latin rules.
    markers: tuple[tuple[str, re.Pattern], ...] | None = None  # ("roman"|"letter"|"number", pattern) in order
    heading_letters: str | None = None  # a character class a heading may open with, instead of capitals
    terminal: re.Pattern | None = None  # a line ending like a sentence ("。", "؛")
    footnote_patterns: tuple[re.Pattern, ...] | None = None  # footnote markers glued to the text
    sentence_end: re.Pattern | None = None  # where one sentence ends and the next begins
    line_join: re.Pattern | None = None  # a line break between two characters that join without a space


def _c(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)


def _body_pattern(bodies: dict[str, str], articles: str) -> re.Pattern:
    names = sorted(bodies, key=len, reverse=True)
    alternatives = "|".join(
        # Russian texts write "ё" or "е" as they please ("Объединённых" / "Объединенных")
        re.escape(name).replace("'", _APOSTROPHE).replace("’", _APOSTROPHE).replace("е", "[её]") for name in names
    )
    return re.compile(rf"(?:(?:{articles})\s*)?({alternatives})", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------------------------

_ES_MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
_ES_ADVERBS = (
    r"(?:(?:también|además|asimismo|igualmente|nuevamente|finalmente|encarecidamente|firmemente|expresamente|"
    r"específicamente|reiteradamente|por\s+último|en\s+particular|por\s+su\s+parte)\s+)*"
)
_ES_PARTICIPLES = r"(?:recomendado|instado|exhortado|pedido|solicitado|alentado|invitado|hecho\s+un\s+llamamiento)"
_ES_FINITE = (
    r"(?i:recomend(?:ó|aron)|recomiendan?|inst(?:ó|aron|an?)|exhort(?:ó|aron|an?)|pid(?:ió|ieron)|piden?|"
    r"solicit(?:ó|aron|an?)|alent(?:ó|aron)|alientan?|invit(?:ó|aron|an?)|hi(?:zo|cieron)\s+un\s+llamamiento)"
)
_ES_ADDRESSEE = (
    rf"(?:(?:el|la|los|las)\s+)?(?:Estado(?:\s+parte)?|Gobierno|autoridades|país|"
    rf"[{UPPER}][\w’'.-]*(?:\s+(?:(?:de|del|la|las|los|y)\s+)*[{UPPER}][\w’'.-]*)*)"
    rf"(?:\s+(?:de|del)\s+(?:la\s+|los\s+|las\s+)?[{UPPER}][\w’'.-]*(?:\s+[{UPPER}][\w’'.-]*)*)?"
)
_ES_INFINITIVE = rf"[{LOWER}]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b"

_ES_BODIES = {
    "Comité para la Eliminación de la Discriminación Racial": "CERD",
    "Comité para la Eliminación de la Discriminación contra la Mujer": "CEDAW",
    "Comité de los Derechos del Niño": "CRC",
    "Comité contra la Tortura": "CAT",
    "Comité de Derechos Económicos, Sociales y Culturales": "CESCR",
    "Comité contra la Desaparición Forzada": "CED",
    "Comité sobre los Derechos de las Personas con Discapacidad": "CRPD",
    "Comité de Protección de los Derechos de Todos los Trabajadores Migratorios y de Sus Familiares": "CMW",
    "Comité de Trabajadores Migratorios": "CMW",
    "Subcomité para la Prevención de la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes": "SPT",
    "Subcomité para la Prevención de la Tortura": "SPT",
    "Comité de Derechos Humanos": "Human Rights Committee",
    "Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados": "UNHCR",
    "Alto Comisionado de las Naciones Unidas para los Refugiados": "UNHCR",
    "Fondo de las Naciones Unidas para la Infancia": "UNICEF",
    "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura": "UNESCO",
    "Organización Internacional del Trabajo": "ILO",
    "equipo de las Naciones Unidas en el país": "United Nations country team",
    "equipo de país de las Naciones Unidas": "United Nations country team",
}

SPANISH = SummaryWording(
    language="es",
    title_start=_c(
        r"(Resumen de las comunicaciones|Resumen preparado por|Recopilaci[oó]n|Compilaci[oó]n|Informe nacional)",
        re.I,
    ),
    title_stop=_c(r"\*|Informe de la Oficina|El presente|[IVX]+\.|\d+\."),
    state_in_title=_c(r"\bsobre\s+(.+)$"),
    national_title=_c(r"Informe\s*nacional\s*presentado", re.I),
    date_year=_c(rf"\b(?:{_ES_MONTHS})\s+(?:de\s+)?(\d{{4}})\b", re.I),
    session_line=_c(r"per[ií]odo\s+de\s+sesiones\s*$", re.I),
    contents=frozenset({"Índice", "ÍNDICE", "Indice"}),
    see_also=_c(r"\b(?:Véase|Véanse|Ver)\s+también\b", re.I),
    note_and=_c(r"\b[ye]\b"),
    heading_connector_end=_c(r"(?:\b(?:y|e|de|del|la|las|los|el|en|con|para|sobre|a|al|por|contra)|,)$"),
    verb=_c(
        rf"(?<!\w){_ES_ADVERBS}(?P<se>[Ss]e\s+)?(?:(?:le|les)\s+)?"
        rf"(?P<verb>(?:(?:ha|han|había|habían)\s+{_ES_ADVERBS}){_ES_PARTICIPLES}|{_ES_FINITE})(?!\w)"
    ),
    person_object_verbs=_c(r"(?i:inst|exhort|alent|alient|invit|pid|pide|pedido|solicit|llamamiento)"),
    not_attribution=_c(
        r"(?:\b(?:[Cc]omo|[Ss]egún|[Cc]ual|[Cc]uales|que|[Qq]uien|[Qq]uienes|fue|fueron|sido|ser|haber|no|lo|"
        r"se))\s*$"
    ),
    and_word=r"y|e",
    articles=_c(r"^(?:el|la|los|las|El|La|Los|Las)\s+"),
    pronouns=_c(
        r"(?:[Éé]l|[Ee]lla|[Ee]llos|[Ee]llas|[Aa]mb[oa]s|(?:[Ee]st(?:e|a|os|as)|[Dd]ich(?:o|a|os|as)|[Ll](?:a|os|as)|"
        r"[Ee]s(?:e|a|os|as)|[Aa]mb[oa]s)\s+(?:mism[ao]s?\s+)?"
        r"(?:organizaci(?:ón|ones)|comunicaci(?:ón|ones)(?:\s+conjuntas?)?|partes?\s+interesadas?|autor(?:es|as?)|"
        r"ONG|fuentes?|redes?|coaliciones?|instituci(?:ón|ones)|expert[oa]s?|titulares?\s+de\s+mandatos?)|"
        r"[Ll]a\s+primera|[Ll]a\s+segunda|[Ee]sta\s+última|[Éé]ste|[Ee]ste\s+último)"
    ),
    generic=_c(
        r"(?:[Vv]arias|[Mm]uchas|[Nn]umerosas|[Aa]lgunas|[Dd]iversas|[Oo]tras|[Dd]os|[Tt]res|[Cc]uatro|[Cc]inco|"
        r"[Ss]eis|[Tt]odas\s+las|[Vv]arios|[Aa]lgunos|[Dd]iversos|[Mm]uchos)\s+(?:de\s+las\s+)?"
        r"(?:comunicaciones(?:\s+conjuntas)?|partes\s+interesadas|organizaciones(?:\s+de\s+la\s+sociedad\s+civil)?|"
        r"fuentes|contribuciones|ONG|autores|titulares\s+de\s+mandatos(?:\s+de\s+procedimientos\s+especiales)?|"
        r"procedimientos\s+especiales)"
    ),
    joint=_c(r"(?:(?:[Ll]a\s+)?[Cc]omunicaci[oó]n\s+[Cc]onjunta\s*(?:n\.?[oº°]\s*)?(\d+)(?:\s*\(JS\s?\d+\))?|JS\s?(\d+))"),
    joint_pair=_c(r"[Cc]omunicaciones\s+[Cc]onjuntas\s*(?:n\.?[oº°]s?\s*)?(\d+)\s+[ye]\s+(\d+)(?:\s*\([^()]*\))?"),
    authors_of=_c(r"^(?:[Ll]os|[Ll]as)\s+autor(?:es|as)\s+de\s+(?:la|las|el)\s+"),
    according_to=_c(r"(?:[Ss]egún|[Dd]e\s+acuerdo\s+con|[Ee]n\s+opinión\s+de)\s+([^,]{2,120}),"),
    bodies=_ES_BODIES,
    agency_codes={"ACNUR": "UNHCR", "OIT": "ILO"},
    mandate=_c(
        r"(?:Relator(?:a)?\s+Especial|Grupo\s+de\s+Trabajo|Expert[oa]\s+Independiente|Representante\s+Especial|"
        r"Alt[oa]\s+Comisionad[oa]|Secretari[oa]\s+General|Asesor(?:a)?\s+Especial|Mecanismo\s+de\s+Expertos|"
        r"Comité|Subcomité|Comisionad[oa]|Defensor(?:a|ía)?)\b[^,;()]*(?:\([^()]*\))?"
    ),
    anaphora={
        "comité": None,
        "subcomité": _c(r"SPT|subcomité", re.I),
        "relator especial": _c(r"relator(?:a)?\s+especial", re.I),
        "relatora especial": _c(r"relator(?:a)?\s+especial", re.I),
        "grupo de trabajo": _c(r"grupo\s+de\s+trabajo", re.I),
        "experto independiente": _c(r"expert[oa]\s+independiente", re.I),
        "experta independiente": _c(r"expert[oa]\s+independiente", re.I),
        "comisionado": _c(r"comisionad[oa]", re.I),
        "comisionada": _c(r"comisionad[oa]", re.I),
        "defensoría": _c(r"defensor", re.I),
    },
    lead_words=frozenset({
        "En", "Según", "De", "Desde", "Durante", "Tras", "Antes", "Después", "Aunque", "Si", "Con", "Para", "Por",
        "Sin", "A", "Al", "Ante", "Entre", "Hasta", "Sobre", "Además", "Asimismo", "También", "No", "Sin embargo",
        "Como", "Dado", "Habida", "Teniendo", "Respecto", "Con respecto", "Finalmente", "Por último", "Así",
    }),
    lead_in=_c(
        r"(?:Además|Asimismo|También|Igualmente|Por\s+otra\s+parte|Por\s+otro\s+lado|Por\s+consiguiente|Por\s+ello|"
        r"Por\s+lo\s+tanto|Por\s+tanto|En\s+consecuencia|Finalmente|Por\s+último|En\s+particular|Sin\s+embargo|"
        r"No\s+obstante|Del\s+mismo\s+modo|De\s+igual\s+modo|En\s+ese\s+sentido|En\s+este\s+sentido)\b,?\s*",
        re.IGNORECASE,
    ),
    connectors=frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "para", "por", "contra", "sobre", "en",
                          "a", "al", "-", "–", "&"}),
    not_names=frozenset({"Estado", "Gobierno", "Comisión", "Consejo", "Oficina", "Naciones Unidas", "Constitución",
                         "Ley", "Asamblea", "Congreso", "Parlamento", "Poder Judicial"}),
    finite_verb=_c(
        r"\s(?:[\wáéíóúñ]+(?:ó|aron|ieron)|ha|han|había|habían|es|son|era|eran|fue|fueron|estaba|estaban|se|que|"
        r"quien|quienes|señalan?|indican?|observan?|afirman?|consideran?|destacan?|expresan?|informan?|"
        r"recomiendan?|instan?|exhortan?|piden?|solicitan?|alientan?|invitan?|lamentan?|celebran?|acogen?|"
        r"reconocen?|subrayan?|recuerdan?|añaden?|agregan?|sostienen?|denuncian?|advierten?|manifiestan?|"
        r"observó|tomó|también|además|asimismo|igualmente|ya|no|nuevamente|por\s+su\s+parte)\b"
    ),
    adverbial=_c(
        r",?\s*(?:además|también|asimismo|igualmente|nuevamente|de\s+nuevo|en\s+particular|entre\s+otras\s+cosas|"
        r"en\s+\d{4}|por\s+otra\s+parte|encarecidamente|firmemente|enérgicamente),?\s+"
    ),
    clause_patterns=(
        _c(rf"que,?\s+(?:{_ES_ADDRESSEE},?\s+)?(?=[{LOWER}])"),
        _c(rf"(?:a|al)\s+{_ES_ADDRESSEE}\s*,?\s+(?:a\s+que|que|a|para\s+que)\s+(?=[{LOWER}])"),
        _c(rf"(?:a|al)\s+{_ES_ADDRESSEE}\s+(?={_ES_INFINITIVE})"),
        _c(rf"(?:(?:a|al)\s+|que\s+){_ES_ADDRESSEE}\s*:\s*"),  # "recomendó a Costa Rica: a) ratificar …; b) …"
    ),
    any_addressee=_c(
        rf"(?:a|al)\s+(?:(?!(?:sobre|con|en|por|para|que|y|e)\s)[\w’'-]+\s+){{1,8}}?"
        rf"(?:(?:a\s+que|que|para\s+que)\s+(?=[{LOWER}])|a\s+(?={_ES_INFINITIVE}))"
    ),
    clause_tail=_c(r"(?:[\s,;]+(?:y|e|pero|mientras\s+que)(?:\s+(?:también|además))?)?[\s,;.]*$"),
)


# ---------------------------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------------------------

_FR_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
_FR_ADVERBS = (
    r"(?:(?:également|aussi|en\s+outre|par\s+ailleurs|notamment|vivement|instamment|fermement|expressément|enfin|"
    r"de\s+nouveau|encore|en\s+particulier|pour\s+sa\s+part|pour\s+leur\s+part)\s+)*"
)
_FR_VERB_STEMS = r"(?:recommand|engag|exhort|invit|pri|demand|encourag|appel)"
_FR_ADDRESSEE = (
    rf"(?:(?:le|la|les|l{_APOSTROPHE})\s*)?(?:État(?:\s+partie)?|Gouvernement|autorités|pays|pouvoirs\s+publics|"
    rf"[{UPPER}][\w’'.-]*(?:\s+(?:(?:de|du|des|la|le|et)\s+)*[{UPPER}][\w’'.-]*)*)"
    rf"(?:\s+(?:de|du|des|d{_APOSTROPHE})\s*(?:la\s+|l{_APOSTROPHE}\s*)?[{UPPER}][\w’'.-]*(?:\s+[{UPPER}][\w’'.-]*)*)?"
)
_FR_INFINITIVE = rf"(?:[{LOWER}]+(?:er|ir|re)\b|ne\s|n{_APOSTROPHE}|s{_APOSTROPHE}|se\s)"
# A word of whoever is asked to act; never "de"/"des"/"d'…" (those start the object: "la libération des …")
_FR_TOKEN = r"(?!(?:de|des|du|à|au|aux)\s|d['’])[\w’'-]+"

_FR_BODIES = {
    "Comité pour l'élimination de la discrimination raciale": "CERD",
    "Comité pour l'élimination de la discrimination à l'égard des femmes": "CEDAW",
    "Comité des droits de l'enfant": "CRC",
    "Comité contre la torture": "CAT",
    "Comité des droits économiques, sociaux et culturels": "CESCR",
    "Comité des disparitions forcées": "CED",
    "Comité des droits des personnes handicapées": "CRPD",
    "Comité pour la protection des droits de tous les travailleurs migrants et des membres de leur famille": "CMW",
    "Comité des travailleurs migrants": "CMW",
    "Sous-Comité pour la prévention de la torture et autres peines ou traitements cruels, inhumains ou dégradants":
        "SPT",
    "Sous-Comité pour la prévention de la torture": "SPT",
    "Comité des droits de l'homme": "Human Rights Committee",
    "Haut-Commissariat des Nations Unies pour les réfugiés": "UNHCR",
    "Fonds des Nations Unies pour l'enfance": "UNICEF",
    "Organisation des Nations Unies pour l'éducation, la science et la culture": "UNESCO",
    "Organisation internationale du Travail": "ILO",
    "équipe de pays des Nations Unies": "United Nations country team",
}

FRENCH = SummaryWording(
    language="fr",
    title_start=_c(
        r"(R[ée]sum[ée] des communications|R[ée]sum[ée] [ée]tabli par|Compilation|Rapport national)", re.I
    ),
    title_stop=_c(r"\*|Rapport du Haut-Commissariat|Rapport du Bureau|Le présent|[IVX]+\.|\d+\."),
    state_in_title=_c(r"\b(?:concernant|sur)\s+(.+)$"),
    national_title=_c(r"Rapport\s*national\s*(?:soumis|pr[ée]sent[ée])", re.I),
    date_year=_c(rf"\b(?:{_FR_MONTHS})\s+(\d{{4}})\b", re.I),
    session_line=_c(r"\bsession\s*$", re.I),
    contents=frozenset({"Table des matières", "TABLE DES MATIÈRES"}),
    see_also=_c(r"\bVoir\s+(?:aussi|également)\b", re.I),
    note_and=_c(r"\bet\b"),
    heading_connector_end=_c(
        r"(?:\b(?:et|de|du|des|la|le|les|en|avec|pour|sur|à|au|aux|par|contre|d['’]|l['’])|,)$"
    ),
    verb=_c(
        rf"(?<!\w)(?:(?:l{_APOSTROPHE}|les\s+|leur\s+|lui\s+)?(?:a|ont|avait|avaient)\s+{_FR_ADVERBS}"
        rf"(?P<verb>{_FR_VERB_STEMS}é(?:e|s|es)?)|(?:l{_APOSTROPHE}|les\s+|leur\s+|lui\s+)?"
        r"(?P<present>(?:recommande|engage|exhorte|invite|prie|demande|encourage|appelle)(?:nt)?))(?!\w)"
    ),
    person_object_verbs=_c(r"engag|exhort|invit|pri|encourag|appel|demand"),
    not_attribution=_c(
        r"(?:\b(?:[Cc]omme|que|qui|dont|ne|[Cc]e|la|une|sa|leur|cette|[Ll]es|des|aux)|\b(?:qu|s|n|c|d|l)['’])\s*$"
    ),
    and_word=r"et",
    articles=_c(r"^(?:le|la|les|Le|La|Les|l['’]|L['’])\s*"),
    pronouns=_c(
        r"(?:[Ii]ls?|[Ee]lles?|[Cc]elle-ci|[Cc]elui-ci|[Cc]eux-ci|[Cc]elles-ci|[Cc]es\s+derni(?:ers|ères)|"
        r"[Tt]ou(?:te)?s\s+deux|[Ll]es\s+deux|"
        r"(?:[Cc]es|[Cc]ette|[Cc]et|[Ll]es|[Ll]a|[Ll]['’])\s*(?:mêmes?\s+)?"
        r"(?:organisations?|communications?(?:\s+conjointes?)?|parties\s+prenantes|auteurs|sources?|ONG|réseaux?|"
        r"coalitions?|institutions?|experts?|titulaires?\s+de\s+mandats?))"
    ),
    generic=_c(
        r"(?:[Pp]lusieurs|[Dd]e\s+nombreu(?:ses|x)|[Nn]ombre\s+d['’]|[Cc]ertain(?:e)?s|[Dd]iver(?:se)?s|[Dd]['’]autres|"
        r"[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|[Ss]ix|[Tt]ou(?:te)?s\s+les|[Ll]es\s+auteurs\s+de\s+plusieurs)\s*"
        r"(?:des\s+)?(?:communications(?:\s+conjointes)?|parties\s+prenantes|organisations(?:\s+de\s+la\s+société"
        r"\s+civile)?|sources|contributions|ONG|auteurs|titulaires\s+de\s+mandats(?:\s+au\s+titre\s+des\s+"
        r"procédures\s+spéciales)?|procédures\s+spéciales)"
    ),
    joint=_c(r"(?:(?:[Ll]a\s+)?[Cc]ommunication\s+[Cc]onjointe\s*(?:n[oº°]\.?\s*)?(\d+)(?:\s*\(JS\s?\d+\))?|JS\s?(\d+))"),
    joint_pair=_c(
        r"[Cc]ommunications\s+[Cc]onjointes\s*(?:n[oº°]s\.?\s*)?(\d+)\s+et\s+(\d+)(?:\s*\([^()]*\))?"
    ),
    authors_of=_c(r"^[Ll]es\s+auteur(?:e)?s\s+(?:de\s+la|des|du)\s+"),
    according_to=_c(r"(?:[Ss]elon|[Dd]['’]après|[Pp]our)\s+([^,]{2,120}),"),
    bodies=_FR_BODIES,
    agency_codes={"HCR": "UNHCR", "OIT": "ILO", "FNUAP": "UNFPA", "PNUD": "UNDP"},
    mandate=_c(
        r"(?:Rapporteu(?:r|se)\s+spécial(?:e)?|Groupe\s+de\s+travail|Expert(?:e)?\s+indépendant(?:e)?|"
        r"Représentant(?:e)?\s+spécial(?:e)?|Haut-Commissaire|Secrétaire\s+général|Conseill(?:er|ère)\s+spécial(?:e)?|"
        r"Mécanisme\s+d['’]experts|Comité|Sous-Comité|Commissaire|Défenseur(?:e)?\s+des\s+droits)\b[^,;()]*"
        r"(?:\([^()]*\))?"
    ),
    anaphora={
        "comité": None,
        "sous-comité": _c(r"SPT|sous-comité", re.I),
        "rapporteur spécial": _c(r"rapporteu(?:r|se)\s+spécial", re.I),
        "rapporteuse spéciale": _c(r"rapporteu(?:r|se)\s+spécial", re.I),
        "groupe de travail": _c(r"groupe\s+de\s+travail", re.I),
        "expert indépendant": _c(r"experte?\s+indépendant", re.I),
        "experte indépendante": _c(r"experte?\s+indépendant", re.I),
        "commissaire": _c(r"commissaire", re.I),
    },
    lead_words=frozenset({
        "En", "Selon", "Pour", "Depuis", "Durant", "Pendant", "Après", "Avant", "Bien", "Si", "Avec", "Par", "Sans",
        "À", "Au", "Aux", "Dans", "Entre", "Jusqu'", "Sur", "De", "Outre", "Toutefois", "Cependant", "Comme",
        "Compte", "Concernant", "Quant", "Enfin", "Ainsi", "Également", "Aussi", "D'après", "D’après", "Malgré",
    }),
    lead_in=_c(
        r"(?:En\s+outre|Par\s+ailleurs|De\s+plus|Enfin|Par\s+conséquent|Dès\s+lors|Ainsi|Également|Aussi|"
        r"Toutefois|Cependant|Néanmoins|En\s+particulier|De\s+même|Dans\s+ce\s+contexte|À\s+cet\s+égard)\b,?\s*",
        re.IGNORECASE,
    ),
    connectors=frozenset({"de", "du", "des", "la", "le", "les", "et", "pour", "contre", "sur", "en", "à", "au", "aux",
                          "-", "–", "&"}),
    not_names=frozenset({"État", "Gouvernement", "Commission", "Conseil", "Bureau", "Nations Unies", "Constitution",
                         "Loi", "Assemblée", "Parlement", "Sénat"}),
    finite_verb=_c(
        r"\s(?:a|ont|avait|avaient|est|sont|était|étaient|s['’]\w+|se|qui|que|qu['’]\w*|"
        # present-tense reporting verbs (a rule on "-ent" would also end names: "Mouvement", "Développement")
        r"(?:not|indiqu|constat|soulign|signal|estim|observ|relèv|affirm|regrett|déplor|recommand|demand|engag|"
        r"exhort|invit|pri|encourag|appell|rappell|jug|dénonc|salu|expliqu|précis|ajout|considèr|mentionn|"
        r"évoqu|craign)ent|font|disent|note|constate|indique|souligne|signale|estime|observe|relève|affirme|regrette|déplore|"
        r"recommande|demande|engage|exhorte|invite|prie|encourage|appelle|rappelle|juge|craint|dénonce|salue|"
        r"également|aussi|en\s+outre|par\s+ailleurs|quant\s+à|pour\s+sa\s+part|ne|n['’])\b"
    ),
    adverbial=_c(
        r",?\s*(?:également|aussi|en\s+outre|notamment|par\s+ailleurs|en\s+particulier|de\s+nouveau|en\s+\d{4}|"
        r"encore|vivement|instamment|entre\s+autres),?\s+"
    ),
    clause_patterns=(
        _c(rf"(?:à|au|aux)\s+{_FR_ADDRESSEE}\s*,?\s*(?:de\s+|d{_APOSTROPHE}\s*|à\s+)(?=[{LOWER}])"),
        _c(rf"qu(?:e\s+|{_APOSTROPHE}\s*)(?:{_FR_ADDRESSEE}\s+)?(?=[{LOWER}])"),
        _c(rf"(?:de\s+|d{_APOSTROPHE}\s*|à\s+)(?={_FR_INFINITIVE})"),  # "de ratifier", "l'a invitée à publier"
        _c(rf"(?:(?:à|au|aux)\s+|que\s+){_FR_ADDRESSEE}\s*:\s*"),  # "recommande à la France : a) de ratifier …"
        _c(rf"à\s+(?=(?:la|le|les|un|une|des|ce|cette)\s|l{_APOSTROPHE})"),  # "a appelé à l'adoption de …"
    ),
    any_addressee=_c(
        rf"(?:(?:instamment|vivement)\s+)?(?:{_FR_TOKEN}\s+){{0,5}}?{_FR_TOKEN}(?:\s+(?:à|de)\s+|\s+d{_APOSTROPHE}\s*)"
        rf"(?={_FR_INFINITIVE})"
    ),
    clause_tail=_c(r"(?:[\s,;]+(?:et|mais|tandis\s+que|alors\s+que)(?:\s+(?:aussi|également))?)?[\s,;.]*$"),
)

# ---------------------------------------------------------------------------------------------
# Russian
# ---------------------------------------------------------------------------------------------

# Declined endings of the nouns and adjectives in State names, each with the nominative endings it may
# stand for ("Казахстану" -> "Казахстан", "Российской Федерации" -> "Российская Федерация",
# "Соединенному Королевству" -> "Соединенное Королевство", "Франции" -> "Франция", "Беларуси" -> "Беларусь").
# Every candidate is checked against the known names, so a wrong guess costs nothing.
_RU_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ому", ("ое", "ый", "ой")), ("ему", ("ее", "ий")), ("ого", ("ое", "ый", "ой")), ("его", ("ее", "ий")),
    ("ой", ("ая", "ый")), ("ей", ("яя", "ь", "я")), ("ую", ("ая",)), ("юю", ("яя",)),
    ("ым", ("ые", "ый", "ое")), ("им", ("ие", "ий", "ее")), ("ых", ("ые",)), ("их", ("ие",)),
    ("ами", ("ы", "а")), ("ями", ("и",)), ("ам", ("ы", "а")), ("ям", ("и",)), ("ах", ("ы", "а")), ("ях", ("и",)),
    ("ов", ("ы", "а")), ("ом", ("", "о", "ое", "ый")), ("ем", ("ь", "й", "е", "ее")),
    ("ии", ("ия",)), ("ию", ("ия",)), ("ией", ("ия",)), ("ее", ("ея",)), ("еи", ("ея",)), ("ею", ("ея",)),
    ("у", ("", "о", "а")), ("ю", ("ь", "й", "я")), ("а", ("", "о")), ("я", ("ь", "й")),
    ("е", ("", "а", "о", "я")), ("и", ("я", "ь", "а", "ы")), ("ы", ("а",)),
)
_RU_MAX_NAME_GUESSES = 4096


def _ru_nominatives(word: str) -> list[str]:
    """The word itself and the nominatives it may be a declined form of ("Федерации" -> "Федерация", …)."""
    lead, core, tail = re.fullmatch(r"(\W*)(.*?)(\W*)", word).groups()
    if len(core) <= 2 or not core[:1].isupper():
        return [word]  # "и", "(" and lower-case words are not declined parts of a name
    found = [core]
    for ending, nominatives in _RU_ENDINGS:
        if core.endswith(ending):
            found += [core[: len(core) - len(ending)] + nominative for nominative in nominatives]
    if "-" in core:  # "Гвинее-Бисау": the first part declines, the second does not
        first, rest = core.split("-", 1)
        found += [f"{option}-{rest}" for option in _ru_nominatives(first)[1:]]
    return [lead + option + tail for option in dict.fromkeys(found)]


@lru_cache(maxsize=4096)  # the same capitalised words come back after every verb of a document
def russian_state(name: str, fuzzy: bool = True) -> str | None:
    """The canonical State a Russian name stands for in any case: "Казахстану", "Российской Федерации".

    With `fuzzy` a name no ending rule explains goes to `closest_state` (for a title, where a State must be);
    without it, only exact forms count (for prose, where "Конвенцию" must stay a convention)."""
    name = re.sub(r"\s*\d{1,3}$", "", name.replace("*", " ")).strip()
    if not name or not re.match(r"[А-ЯЁ]", name):
        return None
    if state := canonical_state(name):
        return state
    options = [_ru_nominatives(word) for word in name.split()]
    for words in islice(product(*options), _RU_MAX_NAME_GUESSES):
        if state := canonical_state(" ".join(words)):
            return state
    return closest_state(name) if fuzzy and len(name) >= 6 else None


_RU_MONTHS = (
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    # the distribution block of a Russian document keeps its English date ("20 August 2024")
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_RU_ADVERBS = (
    r"(?:(?:также|далее|вновь|неоднократно|ранее|еще\s+раз|ещё\s+раз|кроме\s+того|в\s+частности|решительно|"
    r"особо|в\s+свою\s+очередь|со\s+своей\s+стороны|в\s+этой\s+связи|с\s+учетом\s+этого),?\s+)*"
)
_RU_FINITE = (
    r"(?:(?:настоятельно\s+)?(?:рекомендова(?:л|ла|ли|ло)|рекоменду(?:ет|ют)|призва(?:л|ла|ли|ло)|"
    r"призыва(?:ет|ют)|предложи(?:л|ла|ли|ло)|предлага(?:ет|ют)|(?:по)?проси(?:л|ла|ли|ло)|прос(?:ит|ят)|"
    r"обрати(?:лся|лась|лись|лось)\s+с\s+(?:призывом|просьбой)(?:\s+к(?=\s))?))"
)
_RU_IMPERSONAL = r"(?:[Бб]ыл[оиа]\s+)?(?:[Рр]екомендовано|[Пп]редложено)"
# "Казахстану", "правительству", "властям Казахстана": whoever is asked to act, before what they should do
_RU_ADDRESSEE_WORDS = (
    r"(?:правительств[уоа]|государств[уоа](?:[-\s]участник(?:у|а)?)?|власт(?:ям|и)|"
    r"(?:государственным|компетентным|соответствующим)\s+органам(?:\s+власти)?|органам\s+(?:государственной\s+)?власти|"
    r"(?:всем\s+)?(?:соответствующим\s+)?(?:заинтересованным\s+)?сторонам)"
)
_RU_CAPITALISED_RUN = r"[А-ЯЁ][\w-]*(?:\s+(?:и\s+)?\(?[А-ЯЁ][\w-]*\)?)*"
_RU_INFINITIVE_WORD = (
    # "обеспечить", "провести", "пресечь", "воздерживаться" — not nouns ending alike ("власть", "части", "речь")
    r"(?!(?:\w*(?:ость|асть|ости|асти)|сеть|треть|честь|смерть|мать|путь|дочь|речь|ночь|печь|пути|сети)\b)"
    r"[а-яё]+(?:ть|чь|(?:вести|нести|йти|расти|спасти))(?:ся|сь)?\b"
)

_RU_BODIES = {
    "Комитет по ликвидации расовой дискриминации": "CERD",
    "Комитет по ликвидации дискриминации в отношении женщин": "CEDAW",
    "Комитет по правам ребенка": "CRC",
    "Комитет против пыток": "CAT",
    "Комитет по экономическим, социальным и культурным правам": "CESCR",
    "Комитет по насильственным исчезновениям": "CED",
    "Комитет по правам инвалидов": "CRPD",
    "Комитет по правам лиц с инвалидностью": "CRPD",
    "Комитет по защите прав всех трудящихся-мигрантов и членов их семей": "CMW",
    "Комитет по трудящимся-мигрантам": "CMW",
    "Подкомитет по предупреждению пыток и других жестоких, бесчеловечных или унижающих достоинство видов "
    "обращения и наказания": "SPT",
    "Подкомитет по предупреждению пыток": "SPT",
    "Комитет по правам человека": "Human Rights Committee",
    "Управление Верховного комиссара Организации Объединенных Наций по делам беженцев": "UNHCR",
    "Верховный комиссар Организации Объединенных Наций по делам беженцев": "UNHCR",
    "Детский фонд Организации Объединенных Наций": "UNICEF",
    "Организация Объединенных Наций по вопросам образования, науки и культуры": "UNESCO",
    "Международная организация труда": "ILO",
    "страновая группа Организации Объединенных Наций": "United Nations country team",
    "страновая группа ООН": "United Nations country team",
}

RUSSIAN = SummaryWording(
    language="ru",
    title_start=_c(
        r"(Резюме материалов|Резюме,? подготовленное|Подборка|Национальный доклад|"
        r"Обобщенная информация, представленная)", re.I
    ),
    title_stop=_c(r"\*|Доклад Управления|Настоящий|[IVX]+\.|\d+\."),
    # "… по Казахстану"; not "Верховного комиссара по правам человека" of an older title
    state_in_title=_c(r"\bпо\s+(?!правам\b|вопросам\b|делам\b)([А-ЯЁ].*)$"),
    national_title=_c(r"Национальный\s*доклад,?\s*представленный", re.I),
    date_year=_c(rf"\b(?:{_RU_MONTHS})\s+(\d{{4}})\b", re.I),
    session_line=_c(r"\bсессия\s*$", re.I),
    contents=frozenset({"Содержание", "СОДЕРЖАНИЕ"}),
    see_also=_c(r"\bСм\.\s*также\b", re.I),
    note_and=_c(r"\bи\b"),
    heading_connector_end=_c(r"(?:\b(?:и|в|во|на|с|со|по|для|от|к|о|об|при|из|против|между)|,)$"),
    verb=_c(rf"(?<!\w){_RU_ADVERBS}(?:(?P<se>{_RU_IMPERSONAL})|(?P<verb>{_RU_FINITE}))(?!\w)"),
    person_object_verbs=_c(r"призва|призыва|предлож|предлага|проси|прос|обрати"),
    not_attribution=_c(
        r"\b(?:[Кк]ак|[Кк]отор(?:ый|ая|ое|ые|ым|ой|ому)|что|чтобы|не|был|была|были|было|бы)\s*$"
    ),
    and_word=r"и",
    articles=_c(r"^(?!)"),  # Russian has no articles
    pronouns=_c(
        r"(?:[Оо]н[аио]?|[Аа]вторы|[Оо]б[аое]|[Пп]оследн(?:ий|яя|ее|ие)|"
        r"(?:[Ээ]т(?:от|а|о|и)|[Тт](?:от|а|е)\s+же|[Оо]б[ае]|[Вв]се\s+эти)\s+(?:же\s+)?"
        r"(?:организаци[яи]|авторы?|заинтересованн(?:ая|ые)\s+сторон[аы]|(?:совместн(?:ое|ые)\s+)?представлени[ея]|"
        r"источник[и]?|НПО|сет(?:ь|и)|коалици[яи]|учреждени[ея]|эксперт[ы]?|"
        r"обладател(?:ь|и)\s+мандат(?:а|ов)))"
    ),
    generic=_c(
        r"(?:[Нн]ескольк(?:о|их)|[Рр]яд[ае]?|[Мм]ног(?:ие|их)|[Нн]екотор(?:ые|ых)|[Рр]азличные|[Дд]ругие|[Дд]ве|[Дд]ва|[Тт]ри|[Чч]етыре|"
        r"[Пп]ять|[Шш]есть|[Вв]се|[Мм]ногочисленные|[Аа]вторы\s+(?:нескольких|ряда|многих|двух|трех|трёх))\s+"
        r"(?:из\s+)?(?:заинтересованн\w+\s+сторон\w*|организаци\w*(?:\s+гражданского\s+общества)?|"
        r"(?:совместн\w+\s+)?представлени\w*|материал\w*|источник\w*|НПО|авторы|"
        r"обладател\w+\s+мандат\w*(?:\s+специальных\s+процедур)?|специальн\w+\s+процедур\w*)"
    ),
    joint=_c(
        r"(?:[Сс]овместн\w+\s+представлени\w+\s*(?:№\s*)?(\d+)(?:\s*\((?:СП|JS)\s?\d+\))?|(?:СП|JS)\s?(\d+))"
    ),
    joint_pair=_c(r"[Сс]овместн\w+\s+представлени\w+\s*(?:№\s*)?(\d+)\s+и\s+(\d+)(?:\s*\([^()]*\))?"),
    authors_of=_c(r"^(?:[Аа]втор(?:ы|ов|ами)|[Мм]атериал(?:ы|ах|ов))\s+"),
    according_to=_c(
        r"(?:[Пп]о\s+(?:мнению|данным|словам|информации|сведениям|утверждению|оценкам)|[Сс]огласно(?:\s+"
        r"(?:информации|данным))?)\s+([^,]{2,120}),"
    ),
    bodies=_RU_BODIES,
    agency_codes={
        "КПП": "CAT", "КЛДЖ": "CEDAW", "КПР": "CRC", "КЛРД": "CERD", "КЭСКП": "CESCR", "КПИ": "CRPD", "КНИ": "CED",
        "КПЧ": "Human Rights Committee", "КТМ": "CMW", "ППП": "SPT", "УВКБ": "UNHCR", "ЮНИСЕФ": "UNICEF",
        "ЮНЕСКО": "UNESCO", "МОТ": "ILO", "ПРООН": "UNDP", "ЮНФПА": "UNFPA", "УВКПЧ": "OHCHR",
    },
    mandate=_c(
        r"(?:Специальн(?:ый|ая)\s+докладчик|Рабочая\s+группа|Независим(?:ый|ая)\s+эксперт|Верховн(?:ый|ая)\s+"
        r"комиссар|Генеральный\s+секретарь|Специальн(?:ый|ая)\s+представитель|Специальн(?:ый|ая)\s+советник|"
        r"Экспертный\s+механизм|Комитет|Подкомитет|Уполномоченн(?:ый|ая)\s+по\s+правам\s+человека|Омбудсмен)"
        r"(?!\w)[^,;()]*(?:\([^()]*\))?"
    ),
    anaphora={
        "комитет": None,
        "подкомитет": _c(r"SPT|подкомитет", re.I),
        "специальный докладчик": _c(r"специальн\w+\s+докладчик", re.I),
        "специальная докладчик": _c(r"специальн\w+\s+докладчик", re.I),
        "рабочая группа": _c(r"рабочая\s+группа", re.I),
        "независимый эксперт": _c(r"независим\w+\s+эксперт", re.I),
        "независимая эксперт": _c(r"независим\w+\s+эксперт", re.I),
    },
    lead_words=frozenset({
        "В", "Во", "По", "Согласно", "Кроме", "Однако", "Также", "С", "Со", "При", "Для", "После", "До", "Хотя",
        "Несмотря", "Как", "Поэтому", "Наконец", "Вместе", "Что", "Касаясь", "Помимо", "Учитывая", "На", "Из", "За",
        "О", "Об", "Тем", "Так", "Если", "Между", "Ввиду", "Отмечая", "Ссылаясь", "Среди",
    }),
    lead_in=_c(
        r"(?:Кроме\s+того|Помимо\s+этого|Также|Вместе\s+с\s+тем|Однако|В\s+этой\s+связи|В\s+связи\s+с\s+этим|"
        r"Наконец|В\s+частности|Далее|Поэтому|При\s+этом|Таким\s+образом|В\s+то\s+же\s+время|С\s+учетом\s+этого|"
        r"В\s+\d{4}\s+(?:году|г\.))(?!\w),?\s*",
        re.IGNORECASE,
    ),
    connectors=frozenset({"и", "по", "в", "во", "для", "за", "на", "о", "об", "против", "при", "-", "–", "&"}),
    not_names=frozenset({"Государство", "Правительство", "Конституция", "Закон", "Парламент", "Совет",
                         "Управление", "Организация Объединенных Наций", "Комиссия", "Министерство", "Кодекс"}),
    finite_verb=_c(
        r"\s(?:(?:отмети|указа|сообщи|заяви|подчеркну|вырази|рекомендова|призва|предложи|проси|попроси|"
        r"констатирова|высказа|приветствова|напомни|добави|сосла|осуди|настаива|счита|полага|обрати|описа|"
        r"привлек|обеспокое|сожале|утвержда|информирова|бы|отмеча|указыва|сообща|заявля)(?:л|ла|ли|ло|лся|лась|"
        r"лись)|(?:отмеча|указыва|сообща|заявля|подчеркива|выража|рекоменду|призыва|предлага|счита|полага|"
        r"приветству|утвержда|напомина|сожале|осужда|информиру)(?:ет|ют)|проси?т|просят|является|являются|"
        r"выступи\w+|обеспокоен[аы]?|также|кроме|далее|вновь|ранее)\b"
    ),
    adverbial=_c(r",?\s*(?:также|кроме\s+того|в\s+частности|вновь|еще\s+раз|ещё\s+раз|в\s+\d{4}\s+году),?\s+"),
    clause_patterns=(
        # "…, чтобы Казахстан отменил …": the addressee after "чтобы" is skipped by `RussianAttributor`
        _c(r",?\s*чтобы\s+"),
        _c(r":\s*"),  # "рекомендовала Казахстану: a) ратифицировать …; b) …"
        _c(r"к\s+(?=[а-яё])"),  # "призвала Казахстан к отмене смертной казни"
    ),
    # "призвала все политические партии воздерживаться …": up to the first infinitive, within a clause
    any_addressee=_c(rf"(?:(?!чтобы\b|к\b)[^\s,;:]+\s+){{1,6}}?(?={_RU_INFINITIVE_WORD})"),
    clause_tail=_c(r"(?:[\s,;]+(?:и|а|но)(?:\s+также)?)?[\s,;.]*$"),
    note_source=_c(
        r"^\s*((?:СП\s?\d+|JS\s?\d+|[A-ZА-ЯЁ][\w-]*(?:[-/][\w]+)*))(?!\w)(?:,|\s+(?:пп?\.|стр\.|с\.|п\b|\d))"
    ),
    state_name=russian_state,
)


WORDINGS: dict[str, SummaryWording] = {"es": SPANISH, "fr": FRENCH, "ru": RUSSIAN}


def wording_for(language: str | None) -> SummaryWording | None:
    """The wording of a Spanish, French or Russian document; None for English (whose patterns live in
    `un_documents`)."""
    return WORDINGS.get(language or "")


# ---------------------------------------------------------------------------------------------
# Who recommended what, in a Spanish or French sentence
# ---------------------------------------------------------------------------------------------

_CODE = re.compile(r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]*(?:[-/][A-Za-zА-Яа-яЁё]+)*(?:\s?\d{1,3})?(?:\s[A-ZА-ЯЁ])?")
_NAME_WORD = rf"(?:[{UPPER}0-9][\w’'.&-]*|[a-z]{_APOSTROPHE}[{UPPER}][\w’'.-]*)"
_ACRONYM = re.compile(r"(.+?)\s*\(([^()]+)\)")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_TOKEN = re.compile(r"\([^()]*\)|[^\s,()]+|,")
# A name that ends in "(ACRONYM)" at the start of a sentence, lower-case words and all.
_NAME_WITH_ACRONYM = re.compile(rf"[{UPPER}][^.;:()]{{2,150}}?\([A-ZА-ЯЁ][\w/-]*(?:\s[A-ZА-ЯЁ][\w/-]*)*(?:\s?\d{{1,3}})?\)")


@dataclass
class Attribution:
    codes: list[str]  # who recommended ([] when it cannot be told)
    start: int  # the recommended text within the sentence
    end: int


@dataclass
class RomanceAttributor:
    """Reads a Spanish or French summary's sentences in order, remembering who spoke last, so that a
    pronoun ("Ella", "Ils"), a dropped subject ("También recomendó") or "El Comité" resolve."""

    wording: SummaryWording
    notes: dict[str, list[str]] = field(default_factory=dict)  # endnote number -> the submissions it cites
    last: list[str] | None = None  # the last subject within the paragraph
    named: list[str] = field(default_factory=list)  # every subject named, across the document

    def __post_init__(self) -> None:
        articles = r"el|la|los|las|le|les|l['’]"
        self._bodies = _body_pattern(self.wording.bodies, articles)
        self._body_by_key = {_fold(name): code for name, code in self.wording.bodies.items()}
        and_word = self.wording.and_word
        self._and = and_word.split("|")[0]
        self._name = re.compile(
            rf"{_NAME_WORD}(?:\s+(?:(?:{'|'.join(map(re.escape, self.wording.connectors))}|d{_APOSTROPHE}|l{_APOSTROPHE})"
            rf"\s*)*{_NAME_WORD})*"
        )
        self._cut = re.compile(rf"[,;]\s+(?:(?:{and_word}|pero|mais)\s+)?|\s+(?:{and_word}|pero|mais)\s+")
        self._and_end = re.compile(rf"(?:,\s*|\s+)(?:{and_word})(?:\s+(?:también|además|aussi|également))?\s*$")
        self._part_split = re.compile(rf",\s*(?:(?:{and_word})\s+)?|\s+(?:{and_word})\s+(?=[{UPPER}0-9]|(?:{articles})\s*)")
        self._impersonal = re.compile(
            rf"(?:^|[,;]\s*|\s(?:{and_word})\s+)(?:[Ee]n|[Dd]ans)\s+(?P<source>[^,;]+?),?\s*$"
        )

    # -- the paragraph's memory ----------------------------------------------------------------

    def new_paragraph(self) -> None:
        self.last = None

    def remember(self, sentence: str) -> None:
        """Note who a sentence is about ("La JS2 señaló …", "Selon HRW, …"), whether or not it recommends."""
        if codes := self.sentence_subject(sentence):
            self._record(codes)

    def _record(self, codes: list[str]) -> None:
        self.last = codes
        self.named.extend(codes)

    def sentence_subject(self, sentence: str) -> list[str] | None:
        if match := self.wording.according_to.match(sentence):
            return self._parse(match.group(1))
        for candidate in self._leading_subjects(sentence):
            if self._is_pronoun(candidate) or self.wording.generic.fullmatch(candidate):
                return None  # about whoever was named before
            if codes := self._parse(candidate):
                return codes
        return None

    # -- the recommendations of one sentence ---------------------------------------------------

    def clauses(self, sentence: str, footnote: str | None) -> list[Attribution]:
        """Each recommendation in a sentence; one ends where the next one's subject begins."""
        found: list[Attribution] = []
        segment = 0  # where the text before the next verb begins
        for verb in self.wording.verb.finditer(sentence):
            pre = sentence[segment : verb.start()]
            note = footnote if not found else None
            if verb.groupdict().get("se"):
                subject = self._impersonal_subject(pre, note)
            elif self.wording.not_attribution.search(pre):
                continue
            else:
                subject = self._continuing(pre, found) or self._resolve(pre, note, sentence)
            if subject is None:
                continue  # the verb belongs to the clause being read
            codes, subject_start = subject
            if found:
                found[-1].end = segment + subject_start
            after = verb.end() + len(sentence[verb.end() :]) - len(sentence[verb.end() :].lstrip())
            verb_text = verb.group("verb") or verb.groupdict().get("present") or ""
            start = after + self._clause_start(sentence[after:], verb_text)
            found.append(Attribution(codes, start, len(sentence)))
            segment = verb.end()
        return [clause for clause in map(lambda c: self._trimmed(sentence, c), found) if clause]

    def _trimmed(self, sentence: str, clause: Attribution) -> Attribution | None:
        text = self.wording.clause_tail.sub("", sentence[clause.start : clause.end])
        if len(text.split()) < 2:
            return None
        return Attribution(clause.codes, clause.start, clause.start + len(text))

    def _continuing(self, pre: str, found: list[Attribution]) -> tuple[list[str], int] | None:
        """"Instó a X a … y recomendó …": a second verb joined by "y"/"et" keeps the subject."""
        if found and (match := self._and_end.search(pre)):
            return list(found[-1].codes), match.start()
        return None

    def _impersonal_subject(self, pre: str, footnote: str | None) -> tuple[list[str], int] | None:
        """"En la JS1 se recomendó …" names its source; a bare "Se recomendó …" leaves it to the endnote."""
        rest = self._without_lead_in(pre.strip())
        if not rest:
            return self._from_notes(footnote), 0
        if match := self._impersonal.search(pre):
            source = match.group("source").strip()
            if self._is_pronoun(source):
                return (list(self.last), match.start()) if self.last is not None else None
            if self.wording.generic.fullmatch(source):
                return self._from_notes(footnote), match.start()
            if codes := self._parse(source):
                self._record(codes)
                return codes, match.start()
        return None

    def _resolve(self, pre: str, footnote: str | None, sentence: str) -> tuple[list[str], int] | None:
        cuts = [0] + [match.end() for match in self._cut.finditer(pre)]
        for cut in cuts:
            rest = self._without_lead_in(pre[cut:].strip().rstrip(",").strip())
            if not rest:
                return self._dropped_subject(sentence, cut > 0, cut)
            if self._is_pronoun(rest):
                return (list(self.last), cut) if self.last is not None else None
            if self.wording.generic.fullmatch(rest):
                return self._from_notes(footnote), cut
            if codes := self._parse(rest):
                self._record(codes)
                return codes, cut
        return None

    def _dropped_subject(self, sentence: str, joined: bool, cut: int) -> tuple[list[str], int] | None:
        """"También recomendó …" is whoever was named before; "La JS3 señaló … y recomendó" the sentence's
        own subject."""
        if joined and (codes := self.sentence_subject(sentence)):
            return codes, cut
        return (list(self.last), cut) if self.last is not None else None

    def _from_notes(self, footnote: str | None) -> list[str]:
        codes = list(self.notes.get(footnote or "", []))
        self._record(codes)
        return codes

    def _without_lead_in(self, text: str) -> str:
        while text and (match := self.wording.lead_in.match(text)):
            text = text[match.end() :].strip().lstrip(",").strip()
        return text

    def _is_pronoun(self, text: str) -> bool:
        return bool(self.wording.pronouns.fullmatch(text))

    # -- subject phrases -----------------------------------------------------------------------

    def _leading_subjects(self, sentence: str) -> list[str]:
        """Phrases the sentence may open with, as subject: after a lead-in word or a short "En 2020,"."""
        starts = [sentence]
        if match := self.wording.lead_in.match(sentence):
            starts.append(sentence[match.end() :])
        if match := re.match(r"[^,]{1,60},\s+", sentence):
            starts.append(sentence[match.end() :])
        found: list[str] = []
        for text in starts:
            found.extend(self._subjects_at_start(text))
        return found

    def _subjects_at_start(self, text: str) -> list[str]:
        wording = self.wording
        if self._opens_with_verb(text):
            return []  # "Recomendó …", "Señaló …": the subject was dropped, it is whoever was named before
        if match := re.match(rf"(?:{wording.authors_of.pattern[1:]})?(?:{wording.joint_pair.pattern}|"
                             rf"{wording.joint.pattern})", text):
            return [match.group()]
        for pattern in (wording.generic, wording.pronouns):
            if (match := pattern.match(text)) and not text[match.end() : match.end() + 1].isalnum():
                return [match.group()]
        if match := self._bodies.match(text):
            return [match.group()]
        if match := re.match(rf"(?:(?:[Ee]l|[Ll]a|[Ll]e|[Ll]['’])\s*)?{wording.mandate.pattern}", text):
            name = match.group()
            verb = wording.finite_verb.search(name)
            return [name[: verb.start()].strip() if verb else name.strip()]
        found = []
        if match := _NAME_WITH_ACRONYM.match(text):  # "La Ligue des droits de l’homme (LDH) et la JS3 …"
            found += [self._name_run(text, match.end()), match.group()]
        run = self._name_run(text)
        found += [run[cut:].strip() for cut in [0] + [m.end() for m in re.finditer(r",\s*", run)] if run[cut:].strip()]
        return found

    def _name_run(self, text: str, start: int = 0) -> str:
        """The text up to its first word that cannot be part of a name (lower case, not a connector)."""
        end = start
        for token in _TOKEN.finditer(text, start):
            word = token.group()
            if not (word[0].isupper() or word[0].isdigit() or word[0] in "(,‘'“\"«"
                    or word in self.wording.connectors or re.match(rf"[a-z]{_APOSTROPHE}", word)):
                break
            end = token.end()
        connectors = "|".join(map(re.escape, self.wording.connectors))
        return re.sub(rf"(?:[\s,]+(?:{connectors}))+$|,$", "", text[:end].strip())

    def _opens_with_verb(self, text: str) -> bool:
        first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
        return bool(self.wording.finite_verb.fullmatch(f" {first}") or self.wording.verb.match(text.lower()))

    def _parse(self, subject: str) -> list[str] | None:
        """Stakeholder codes named by a subject phrase ("La JS1 y HRW", "Amnistía Internacional (AI)")."""
        wording = self.wording
        subject = self._bodies.sub(lambda m: self._body_by_key[_fold(m.group(1))], subject.strip())
        subject = wording.authors_of.sub("", subject)
        subject = wording.joint_pair.sub(lambda m: f"JS{m.group(1)} {self._and} JS{m.group(2)}", subject)
        codes: list[str] = []
        pending: str | None = None  # a plain name that may be the first half of "X y Y (XY)"
        for separator, part in self._parts(subject):
            part = part.strip()
            if pending and separator == "and" and _ACRONYM.fullmatch(part):
                if item := self._item(f"{pending} {self._and} {part}"):
                    codes[-1], pending = item, None
                    continue
            item = self._item(part)
            if item is None:
                return None
            codes.append(self._anaphora(item))
            pending = part if not _ACRONYM.fullmatch(part) and " " in part else None
        return codes or None

    def _parts(self, subject: str) -> list[tuple[str, str]]:
        """The subject cut at commas and "y"/"et" outside brackets: [(separator before, part)]."""
        parts, depth, current, separator, index = [], 0, "", "", 0
        while index < len(subject):
            char = subject[index]
            depth += (char == "(") - (char == ")")
            match = self._part_split.match(subject, index) if depth == 0 else None
            if match and match.end() > index:
                parts.append((separator, current))
                separator = "," if match.group().lstrip().startswith(",") else "and"
                current, index = "", match.end()
                continue
            current += char
            index += 1
        parts.append((separator, current))
        return parts

    def _item(self, part: str) -> str | None:
        """The code or name one stakeholder goes by, or None when `part` is not one."""
        wording = self.wording
        part = wording.authors_of.sub("", wording.articles.sub("", part.strip())).strip()
        if not part or part.split()[0] in wording.lead_words or _YEAR.search(part) and not _ACRONYM.fullmatch(part):
            return None
        if match := wording.joint.fullmatch(part):
            return f"JS{match.group(1) or match.group(2)}"
        if (code := self._body_by_key.get(_fold(part))) is not None or part in self._body_by_key.values():
            return code or part
        if (match := _ACRONYM.fullmatch(part)) and _CODE.fullmatch(match.group(2).strip()) and self._name_before(
                match.group(1)):
            return self._agency(match.group(2).strip())
        if wording.mandate.fullmatch(part) and not wording.finite_verb.search(f" {part}"):
            return part
        if _CODE.fullmatch(part) and sum(ch.isupper() or ch.isdigit() for ch in part) >= 2:
            return self._agency(re.sub(r"^(JS)\s+(\d+)$", r"\1\2", part))
        if self._name.fullmatch(part) and not (canonical_state(part) or part in wording.not_names
                                                or self._opens_with_verb(part)):
            return part
        return None

    def _agency(self, code: str) -> str:
        return self.wording.agency_codes.get(code, code)

    def _name_before(self, name: str) -> bool:
        """A name before "(ACRONYM)": capitalised, not a clause, not a State, mostly capitalised words."""
        words = re.sub(r"\([^()]*\)", " ", name).split()
        if not words or not words[0][:1].isupper() or canonical_state(name) or self.wording.finite_verb.search(
                f" {name}"):
            return False
        lower = [word for word in words if word[:1].islower() and word not in self.wording.connectors
                 and not re.match(rf"[dl]{_APOSTROPHE}", word)]
        return len(lower) <= max(1, 2 * len(words) // 3)

    def _anaphora(self, code: str) -> str:
        """"El Comité" after "CEDAW …" is CEDAW; "la Relatora Especial" the last one named."""
        key = code.lower()
        if key not in self.wording.anaphora:
            return code
        wanted = self.wording.anaphora[key]
        for earlier in reversed(self.named):
            if wanted is None and earlier in _COMMITTEES:
                return earlier
            if wanted is not None and earlier.lower() != key and wanted.search(earlier):
                return earlier
        return code

    # -- the recommended text ------------------------------------------------------------------

    def _clause_start(self, after: str, verb: str) -> int:
        """Where the recommended action begins after the verb: past "que Costa Rica", "à la France de"."""
        wording = self.wording
        if adverbial := wording.adverbial.match(after):
            return adverbial.end() + self._clause_start(after[adverbial.end() :], verb)
        for pattern in wording.clause_patterns:
            if match := pattern.match(after):
                return match.end()
        if wording.person_object_verbs.search(verb) and (match := wording.any_addressee.match(after)):
            return match.end()
        return 0


_COMMITTEES = {"CERD", "CEDAW", "CRC", "CAT", "CESCR", "CED", "CRPD", "CMW", "Human Rights Committee"}


def _fold(name: str) -> str:
    """A body's name as a lookup key: lower case, straight apostrophes, single spaces, "ё" as "е"."""
    return re.sub(r"\s+", " ", name.replace("’", "'")).strip().lower().replace("ё", "е")


# ---------------------------------------------------------------------------------------------
# Who recommended what, in a Russian sentence
# ---------------------------------------------------------------------------------------------

_RU_SO_THAT = re.compile(r",?\s*чтобы\s+")
_RU_ADDRESSEE_WORD = re.compile(rf"{_RU_ADDRESSEE_WORDS}(?!\w)", re.IGNORECASE)
_RU_ADDRESSEE_AT_END = re.compile(rf"(?:^|\s){_RU_ADDRESSEE_WORDS}\s*$", re.IGNORECASE)
_RU_CAPITALISED = re.compile(_RU_CAPITALISED_RUN)
_RU_MAX_STATE_WORDS = 8


class RussianAttributor(RomanceAttributor):
    """The Russian reader: the subject comes before the verb as in Spanish and French, but whoever is asked to
    act is a noun in the dative or accusative ("рекомендовала Казахстану принять …", "призвала правительство
    обеспечить …"), and the impersonal form names its source and addressee before the verb ("В СП2
    Казахстану рекомендовано …")."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self._impersonal = re.compile(r"(?:^|[,;]\s*|\sи\s+)[Вв]о?\s+(?P<source>[^,;]+?),?\s*$")

    def _impersonal_subject(self, pre: str, footnote: str | None) -> tuple[list[str], int] | None:
        if self.wording.not_attribution.search(pre):
            return None  # "как было рекомендовано": someone else's recommendation, recalled
        return super()._impersonal_subject(_without_addressee_at_end(pre), footnote)

    def _clause_start(self, after: str, verb: str) -> int:
        """Past the addressee: "Казахстану ", "правительству ", ", чтобы Казахстан ", "Казахстан к "."""
        if adverbial := self.wording.adverbial.match(after):
            return adverbial.end() + self._clause_start(after[adverbial.end() :], verb)
        skip = _addressee_end(after)
        rest = after[skip:]
        if skip and (adverbial := self.wording.adverbial.match(rest)):
            skip, rest = skip + adverbial.end(), rest[adverbial.end() :]
        if match := _RU_SO_THAT.match(rest):  # "…, чтобы Казахстан отменил …" keeps "отменил …"
            return skip + match.end() + _addressee_end(rest[match.end() :])
        for pattern in self.wording.clause_patterns[1:]:
            if match := pattern.match(rest):
                return skip + match.end()
        if not skip and self.wording.person_object_verbs.search(verb) and (
                match := self.wording.any_addressee.match(rest)):
            return match.end()
        return skip


def _addressee_end(text: str) -> int:
    """Where the text goes on after the State or authorities it opens with (0 when it opens with neither)."""
    if match := _RU_ADDRESSEE_WORD.match(text):  # "правительству", or "правительству Казахстана"
        end = match.end()
        following = re.match(r"\s+", text[end:])
        if following and (state_end := _state_end(text[end + following.end() :])):
            end += following.end() + state_end
        return end + _spaces(text[end:])
    if state_end := _state_end(text):
        return state_end + _spaces(text[state_end:])
    return 0


def _state_end(text: str) -> int:
    """The length of the State name (in any case) the text opens with, or 0."""
    match = _RU_CAPITALISED.match(text)
    if not match:
        return 0
    words = match.group().split()[:_RU_MAX_STATE_WORDS]
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        if russian_state(name.rstrip(")") if name.count("(") < name.count(")") else name, fuzzy=False):
            end = text.index(words[count - 1]) + len(words[count - 1])
            # "Казахстану и Кыргызстану": several States asked together
            if (joined := re.match(r"\s*(?:,|и)\s+", text[end:])) and (more := _state_end(text[end + joined.end() :])):
                return end + joined.end() + more
            return end
    return 0


def _spaces(text: str) -> int:
    return len(text) - len(text.lstrip(" ,"))


def _without_addressee_at_end(pre: str) -> str:
    """"В СП2 Казахстану " -> "В СП2 ": the impersonal form names who should act before its verb."""
    stripped = pre.rstrip()
    if match := _RU_ADDRESSEE_AT_END.search(stripped):
        return stripped[: match.start()] + " "
    words = stripped.split()
    for count in range(1, min(len(words), _RU_MAX_STATE_WORDS) + 1):
        tail = " ".join(words[-count:])
        if russian_state(tail, fuzzy=False):
            return stripped[: len(stripped) - len(tail)]
    return pre


def attributor_for(wording: SummaryWording, notes: dict[str, list[str]]) -> RomanceAttributor:
    """The reader of one document's attributions, in its language."""
    reader = RussianAttributor if wording.language == "ru" else RomanceAttributor
    return reader(wording, notes)


def normalise_code(code: str, wording: SummaryWording) -> str:
    """A stakeholder code as the English documents write it: "СП1" -> "JS1", "КПП" -> "CAT", "ACNUR" -> "UNHCR"."""
    if match := wording.joint.fullmatch(code):
        return f"JS{match.group(1) or match.group(2)}"
    return wording.agency_codes.get(code, code)
