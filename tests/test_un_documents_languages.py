"""Spanish and French OHCHR pre-session documents: summaries, compilations, national reports.

Every document here is invented for the tests (plausible UPR wording in each language, made-up
stakeholders and facts); nothing is cut from real UN documents.
"""

from __future__ import annotations

import pytest

from builders import extracted_from_pages as pages_of
from builders import extracted_lines as lines
from builders import write_pdf
from uprmonitor.model import Block, ExtractedText
from uprmonitor.pipeline import analyze
from uprmonitor.structure.detect import detect_kind
from uprmonitor.structure.textutil import unwrap
from uprmonitor.structure.un_documents import (
    clean_text,
    paragraph_numbers,
    parse_stakeholder_summary,
    parse_un_report,
    split_sentences,
)


def extracted_from_pages(*pages: str, fmt: str = "pdf") -> ExtractedText:
    return pages_of(*pages, fmt=fmt, source="inventado.pdf")


# ---------------------------------------------------------------------------------------------
# A Spanish summary of stakeholders' submissions
# ---------------------------------------------------------------------------------------------

SPANISH_PAGE_1 = """\
Naciones Unidas A/HRC/WG.6/47/CRI/3
Asamblea General Distr. general
19 de agosto de 2024
Original: español
Consejo de Derechos Humanos
Grupo de Trabajo sobre el Examen Periódico Universal
47º período de sesiones
4 a 15 de noviembre de 2024
Resumen de las comunicaciones de las partes interesadas sobre
Costa Rica*
Informe de la Oficina del Alto Comisionado de las Naciones Unidas para
los Derechos Humanos
I. Antecedentes
1. El presente informe se ha preparado para el examen periódico universal. Es un
resumen de las comunicaciones de doce partes interesadas1, presentado de forma resumida.
II. Información proporcionada por las partes interesadas
A. Alcance de las obligaciones internacionales2 y cooperación con los
mecanismos de derechos humanos
2. La JS1 señaló que, como se había recomendado en el examen anterior, Costa Rica había
ratificado el Acuerdo Regional de Cancún3. La JS1 recomendó que Costa Rica adoptara
medidas para proteger a las personas defensoras del medio ambiente.4
3. Amnistía Internacional (AI) instó a Costa Rica a derogar la ley que penaliza la
protesta pacífica.5 También recomendó que se creara un mecanismo nacional de protección.6
B. Marco nacional de derechos humanos
1. Cuestiones transversales
Igualdad y no discriminación7
4. La comunicación conjunta 2 (JS2) y Red Arcoíris (RA) recomendaron aprobar una ley
integral contra la discriminación por motivos de orientación sexual.8
* El presente documento se publica sin haber sido objeto de revisión editorial oficial.
GE.24-99999 (S)
"""

SPANISH_PAGE_2 = """\
A/HRC/WG.6/47/CRI/3
5. La CIDH recomendó investigar las denuncias de uso excesivo de la fuerza en las
manifestaciones.9 Varias comunicaciones recomendaron que el Estado garantizara el acceso
a la justicia de los pueblos indí-
genas.10
Derecho a la salud
6. La JS3 indicó que las listas de espera en los hospitales públicos habían aumentado.
Ella recomendó al Gobierno que reforzara la atención primaria en las zonas rurales.11
7. La Defensoría de los Habitantes (DHR) pidió a las autoridades que publicaran datos
desglosados sobre mortalidad materna y la JS4 exhortó al Estado a que ampliara la
cobertura de salud mental.12
8. En la JS5 se recomendó establecer un sistema de cuidados para las personas mayores.13
9. La JS6 afirmó que la tasa de embarazo adolescente seguía siendo elevada en la costa.14
2
Notas
1 Las partes interesadas que presentaron comunicaciones se enumeran al final.
2 Para las recomendaciones pertinentes, véase A/HRC/42/12.
3 JS1, pág. 2.
4 JS1, párr. 9.
5 AI, pág. 3.
6 AI, pág. 4.
7 Para las recomendaciones pertinentes, véase A/HRC/42/12.
8 JS2, párr. 12; RA, pág. 5.
9 CIDH, párr. 4.
10 JS7, párr. 3 y 4; JS8, pág. 2. Véase también AI, párr. 7.
11 JS3, párr. 8.
12 DHR, pág. 1; JS4, párr. 2.
13 JS5, párr. 6.
14 JS6, párr. 1.
"""


@pytest.fixture(scope="module")
def spanish_summary():
    extracted = extracted_from_pages(SPANISH_PAGE_1, SPANISH_PAGE_2)
    return extracted, parse_stakeholder_summary(extracted)


def test_spanish_summary_kind_title_and_metadata(spanish_summary):
    extracted, structure = spanish_summary
    assert detect_kind(extracted) == "stakeholder_summary"
    assert structure.title == "Resumen de las comunicaciones de las partes interesadas sobre Costa Rica"
    assert structure.metadata == {
        "symbol": "A/HRC/WG.6/47/CRI/3",
        "session": 47,
        "cycle": 4,
        "year": 2024,
        "language": "es",
        "state_under_review": "Costa Rica",
    }


def test_spanish_summary_sections(spanish_summary):
    _, structure = spanish_summary
    assert [(s.heading, s.level, s.page) for s in structure.sections] == [
        ("I. Antecedentes", 1, 1),
        ("II. Información proporcionada por las partes interesadas", 1, 1),
        ("A. Alcance de las obligaciones internacionales y cooperación con los mecanismos de derechos humanos",
         2, 1),
        ("B. Marco nacional de derechos humanos", 2, 1),
        ("1. Cuestiones transversales", 3, 1),
        ("Igualdad y no discriminación", 4, 1),
        ("Derecho a la salud", 4, 2),
    ]


def test_spanish_summary_paragraphs_without_furniture_or_footnotes(spanish_summary):
    extracted, structure = spanish_summary
    concerns = {s.heading: s.concerns for s in structure.sections}
    assert concerns["I. Antecedentes"] == [
        "El presente informe se ha preparado para el examen periódico universal. Es un resumen de las "
        "comunicaciones de doce partes interesadas, presentado de forma resumida."
    ]
    equality = concerns["Igualdad y no discriminación"]
    assert len(equality) == 2  # paragraph 5 goes on past the page break and its running header
    assert equality[1].endswith("el acceso a la justicia de los pueblos indígenas.")  # "indí-/genas" re-joined
    assert not any("GE.24" in c or "El presente documento se publica" in c for s in structure.sections
                   for c in s.concerns)
    assert concerns["Derecho a la salud"][-1] == (
        "La JS6 afirmó que la tasa de embarazo adolescente seguía siendo elevada en la costa.")
    assert paragraph_numbers(extracted) == [str(n) for n in range(1, 10)]


def test_spanish_summary_attributions(spanish_summary):
    _, structure = spanish_summary
    found = [(r.stakeholder, r.text, r.paragraph, r.page) for r in structure.recommendations]
    assert found == [
        ("JS1", "adoptara medidas para proteger a las personas defensoras del medio ambiente", "2", 1),
        ("AI", "derogar la ley que penaliza la protesta pacífica", "3", 1),
        ("AI", "se creara un mecanismo nacional de protección", "3", 1),  # "También recomendó": the same
        ("JS2; RA", "aprobar una ley integral contra la discriminación por motivos de orientación sexual", "4", 1),
        ("CIDH", "investigar las denuncias de uso excesivo de la fuerza en las manifestaciones", "5", 2),
        ("JS7; JS8", "garantizara el acceso a la justicia de los pueblos indígenas", "5", 2),  # from endnote 10
        ("JS3", "reforzara la atención primaria en las zonas rurales", "6", 2),  # "Ella" = JS3
        ("DHR", "publicaran datos desglosados sobre mortalidad materna", "7", 2),
        ("JS4", "ampliara la cobertura de salud mental", "7", 2),
        ("JS5", "establecer un sistema de cuidados para las personas mayores", "8", 2),
    ]


def test_spanish_recommendation_spans_point_at_the_source(spanish_summary):
    extracted, structure = spanish_summary
    for recommendation in structure.recommendations:
        source = extracted.text[recommendation.start : recommendation.end]
        assert unwrap(source.split("\n")) == recommendation.text
    assert {r.section for r in structure.recommendations} == {
        "A. Alcance de las obligaciones internacionales y cooperación con los mecanismos de derechos humanos",
        "Igualdad y no discriminación",
        "Derecho a la salud",
    }


# ---------------------------------------------------------------------------------------------
# A French summary
# ---------------------------------------------------------------------------------------------

FRENCH_PAGE_1 = """\
Nations Unies A/HRC/WG.6/43/FRA/3
Assemblée générale Distr. générale
22 février 2023
Original : français
Conseil des droits de l’homme
Groupe de travail sur l’Examen périodique universel
Quarante-troisième session
1er-12 mai 2023
Résumé des communications des parties prenantes concernant
la France*
Rapport du Haut-Commissariat des Nations Unies aux droits de l’homme
I. Renseignements d’ordre général
1. Le présent rapport a été établi pour l’Examen périodique universel. Il constitue un
résumé de quarante communications de parties prenantes1, présenté sous une forme résumée.
II. Renseignements reçus des parties prenantes
A. Étendue des obligations internationales2 et coopération avec les mécanismes
relatifs aux droits de l’homme
2. Les auteurs de la communication conjointe no 1 (JS1) recommandent à la France d’adopter
une loi-cadre sur la protection des lanceurs d’alerte.3
3. Vigie Migrants (VM) a noté que la rétention des enfants se poursuivait.4 VM a recommandé
de mettre fin à la rétention administrative des mineurs.5 Elle a également recommandé que
la France ratifie la Convention sur les travailleurs migrants.6
B. Cadre national des droits de l’homme
Égalité et non-discrimination7
4. L’Observatoire national des discriminations (OND) a engagé le Gouvernement à évaluer
le plan national contre le racisme, comme l’avait recommandé le Comité.8
* Le présent document n’a pas été revu par les services d’édition.
GE.23-99999 (F)
"""

FRENCH_PAGE_2 = """\
A/HRC/WG.6/43/FRA/3
5. Selon les auteurs de la JS2, les contrôles d’identité discriminatoires persistaient.9 Ils
ont également recommandé d’instaurer un récépissé lors de chaque contrôle.10
Droit à la santé
6. Plusieurs parties prenantes ont recommandé d’améliorer l’accès aux soins dans les
territoires d’outre-mer.11 Le Collectif Santé Rurale (CSR) a prié instamment les autorités
de garantir la continuité des soins psychiatriques.12
7. La JS3 a exhorté la France à abroger les dispositions sur la surveillance algorithmique
et a demandé au Gouvernement de publier une évaluation indépendante de la loi.13
Notes
1 Les parties prenantes ayant soumis des communications sont énumérées à la fin.
2 Pour les recommandations pertinentes, voir A/HRC/38/4.
3 JS1, par. 2.
4 VM, p. 3.
5 VM, p. 4.
6 VM, p. 5.
7 Pour les recommandations pertinentes, voir A/HRC/38/4.
8 OND, par. 12.
9 JS2, par. 4.
10 JS2, par. 5.
11 JS9, par. 3 ; JS11, p. 2. Voir aussi VM, par. 7.
12 CSR, p. 11.
13 JS3, par. 8 et 9.
"""


@pytest.fixture(scope="module")
def french_summary():
    extracted = extracted_from_pages(FRENCH_PAGE_1, FRENCH_PAGE_2)
    return extracted, parse_stakeholder_summary(extracted)


def test_french_summary_kind_title_and_metadata(french_summary):
    extracted, structure = french_summary
    assert detect_kind(extracted) == "stakeholder_summary"
    # the title broke after "concernant": the State on the next line is still part of it
    assert structure.title == "Résumé des communications des parties prenantes concernant la France"
    assert structure.metadata["language"] == "fr"
    assert structure.metadata["state_under_review"] == "France"
    assert (structure.metadata["session"], structure.metadata["cycle"], structure.metadata["year"]) == (43, 4, 2023)


def test_french_summary_sections(french_summary):
    _, structure = french_summary
    assert [(s.heading, s.level) for s in structure.sections] == [
        ("I. Renseignements d’ordre général", 1),
        ("II. Renseignements reçus des parties prenantes", 1),
        ("A. Étendue des obligations internationales et coopération avec les mécanismes relatifs aux droits de "
         "l’homme", 2),
        ("B. Cadre national des droits de l’homme", 2),
        ("Égalité et non-discrimination", 4),  # an unnumbered heading opening with an accented capital
        ("Droit à la santé", 4),
    ]


def test_french_summary_attributions(french_summary):
    _, structure = french_summary
    found = [(r.stakeholder, r.text, r.paragraph, r.page) for r in structure.recommendations]
    assert found == [
        ("JS1", "adopter une loi-cadre sur la protection des lanceurs d’alerte", "2", 1),
        ("VM", "mettre fin à la rétention administrative des mineurs", "3", 1),
        ("VM", "ratifie la Convention sur les travailleurs migrants", "3", 1),  # "Elle" = VM
        # "comme l'avait recommandé le Comité" is not a recommendation of its own
        ("OND", "évaluer le plan national contre le racisme, comme l’avait recommandé le Comité", "4", 1),
        ("JS2", "instaurer un récépissé lors de chaque contrôle", "5", 2),  # "Selon les auteurs de la JS2" … "Ils"
        ("JS9; JS11", "améliorer l’accès aux soins dans les territoires d’outre-mer", "6", 2),  # endnote 11
        ("CSR", "garantir la continuité des soins psychiatriques", "6", 2),
        ("JS3", "abroger les dispositions sur la surveillance algorithmique", "7", 2),
        ("JS3", "publier une évaluation indépendante de la loi", "7", 2),  # "… et a demandé": the same subject
    ]


# ---------------------------------------------------------------------------------------------
# Sentence forms
# ---------------------------------------------------------------------------------------------

SPANISH_HEAD = "A/HRC/WG.6/47/CRI/3\nI. Antecedentes\n"
SPANISH_FILLER = "2. Las organizaciones de la sociedad civil y los defensores de los derechos en el país.\n"
FRENCH_HEAD = "A/HRC/WG.6/43/FRA/3\nI. Renseignements\n"
FRENCH_FILLER = "2. Les organisations de la société civile et les défenseurs des droits dans le pays.\n"


def _recommendations(head: str, filler: str, text: str) -> list[tuple[str | None, str]]:
    structure = parse_stakeholder_summary(extracted_from_pages(f"{head}1. {text}\n{filler}"))
    return [(r.stakeholder, r.text) for r in structure.recommendations]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("La JS1 recomendó a Costa Rica que ratificara el Convenio sobre el trabajo doméstico.",
         [("JS1", "ratificara el Convenio sobre el trabajo doméstico")]),
        ("Los autores de la JS3 recomendaron crear una defensoría de la niñez.",
         [("JS3", "crear una defensoría de la niñez")]),
        ("Las comunicaciones conjuntas 2 y 5 recomendaron aprobar la ley de cuidados.",
         [("JS2; JS5", "aprobar la ley de cuidados")]),
        ("La JS2 recomendó reformar el Código Penal y la JS6 recomendó capacitar a la policía.",
         [("JS2", "reformar el Código Penal"), ("JS6", "capacitar a la policía")]),
        ("JS4 recomendó, entre otras cosas, que Costa Rica aprobara una ley de migración.",
         [("JS4", "aprobara una ley de migración")]),
        ("La JS8 señaló que la pobreza había aumentado y recomendó ampliar los programas sociales.",
         [("JS8", "ampliar los programas sociales")]),
        ("El Centro por la Justicia y la Paz (CJP) hizo un llamamiento a Costa Rica para que cumpliera las "
         "sentencias.", [("CJP", "cumpliera las sentencias")]),
        ("La JS9 instó a Costa Rica a que derogara la ley y recomendó revisar el reglamento.",
         [("JS9", "derogara la ley"), ("JS9", "revisar el reglamento")]),
        ("La JS10 ha recomendado que el Gobierno de Costa Rica garantice el derecho a la vivienda.",
         [("JS10", "garantice el derecho a la vivienda")]),
        ("La JS12 expresó preocupación. Además, recomendó aumentar el presupuesto de salud.",
         [("JS12", "aumentar el presupuesto de salud")]),
        ("Según la JS11, las cárceles estaban hacinadas. Ellos instaron al Gobierno a reducir la prisión "
         "preventiva.", [("JS11", "reducir la prisión preventiva")]),
        ("La JS13 alentó a los partidos políticos a garantizar la paridad en sus listas.",
         [("JS13", "garantizar la paridad en sus listas")]),
        ("Human Rights Watch (HRW) y la JS3 señalaron retrasos. Ambas instaron a Costa Rica a publicar las cifras.",
         [("HRW; JS3", "publicar las cifras")]),
        ("Los autores de la comunicación conjunta 9 (JS9) señalaron retrasos. Estos autores recomendaron publicar "
         "las cifras.", [("JS9", "publicar las cifras")]),
        ("El Comité contra la Tortura observó retrasos. Recomendó a Costa Rica publicar las cifras.",
         [("CAT", "publicar las cifras")]),
        ("La JS14 instó a las autoridades locales de la provincia a garantizar el agua potable.",
         [("JS14", "garantizar el agua potable")]),
        ("La JS15 pidió a los gobiernos municipales de la región que publicaran los presupuestos.",
         [("JS15", "publicaran los presupuestos")]),
        ("La JS16 recomendó a Costa Rica: a) ratificar el Protocolo; b) crear un mecanismo.",
         [("JS16", "a) ratificar el Protocolo; b) crear un mecanismo")]),
        # not someone recommending: a recommendation quoted, a pronoun with no one named before
        ("El Estado ratificó el Protocolo, como recomendó el Comité. La JS7 pidió que se publicara el informe.",
         [("JS7", "se publicara el informe")]),
        ("Ella recomendó ampliar la cobertura de salud.", []),
    ],
)
def test_spanish_sentence_forms(sentence, expected):
    assert _recommendations(SPANISH_HEAD, SPANISH_FILLER, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Les auteurs des communications conjointes nos 2 et 5 ont recommandé de réviser la loi sur le séjour.",
         [("JS2; JS5", "réviser la loi sur le séjour")]),
        ("HRW recommande que la France mette fin aux contrôles au faciès.",
         [("HRW", "mette fin aux contrôles au faciès")]),
        ("La JS3 a recommandé, entre autres, de créer un observatoire national.",
         [("JS3", "créer un observatoire national")]),
        ("Le Réseau Justice Pour Tous (RJPT) a exhorté la France à abroger la loi et l’a invitée à publier les "
         "données.", [("RJPT", "abroger la loi"), ("RJPT", "publier les données")]),
        ("La Ligue des droits de l’homme (LDH) a appelé à l’adoption d’une loi visant à garantir le droit de "
         "manifester.", [("LDH", "l’adoption d’une loi visant à garantir le droit de manifester")]),
        ("Les auteurs de la JS4 ont demandé la libération des défenseurs des droits de l’homme détenus.",
         [("JS4", "la libération des défenseurs des droits de l’homme détenus")]),
        ("La JS5 a noté la hausse des expulsions. Les auteurs ont également recommandé d’instaurer une trêve.",
         [("JS5", "instaurer une trêve")]),
        ("La JS6 a recommandé aux autorités de garantir l’accès à l’eau et la JS7 a encouragé l’État à poursuivre "
         "ses efforts.", [("JS6", "garantir l’accès à l’eau"), ("JS7", "poursuivre ses efforts")]),
        ("Les auteurs de la JS8 constatent que la pauvreté augmente. Ils recommandent au Gouvernement de "
         "revaloriser les minima sociaux.", [("JS8", "revaloriser les minima sociaux")]),
        ("La Ligue des droits de l’homme (LDH) et la JS3 ont noté des retards. Toutes deux ont demandé à la France "
         "de publier les chiffres.", [("LDH; JS3", "publier les chiffres")]),
        ("Le Mouvement pour le développement rural (MDR) a recommandé de soutenir les petites exploitations.",
         [("MDR", "soutenir les petites exploitations")]),
        ("Le Défenseur des droits a recommandé d’abroger la circulaire.", [("Défenseur des droits",
                                                                          "abroger la circulaire")]),
        ("La JS5 recommande à la France : a) de ratifier le Protocole ; b) de créer un mécanisme.",
         [("JS5", "a) de ratifier le Protocole ; b) de créer un mécanisme")]),
        ("Le Comité a rappelé que la France s’engage à respecter la Convention, comme l’a recommandé le CERD.",
         []),
    ],
)
def test_french_sentence_forms(sentence, expected):
    assert _recommendations(FRENCH_HEAD, FRENCH_FILLER, sentence) == expected


# ---------------------------------------------------------------------------------------------
# Compilations and national reports
# ---------------------------------------------------------------------------------------------

SPANISH_COMPILATION = """\
Naciones Unidas A/HRC/WG.6/47/CRI/2
Recopilación sobre Costa Rica
Informe de la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos
I. Antecedentes
1. El presente informe es una recopilación de la información de las Naciones Unidas.1
II. Alcance de las obligaciones internacionales
2. El Comité para la Eliminación de la Discriminación contra la Mujer observó la baja
representación de las mujeres.2 El Comité recomendó que Costa Rica introdujera medidas
especiales de carácter temporal.3
3. El Comité de los Derechos del Niño instó al Estado parte a elevar la edad mínima de
responsabilidad penal.4
4. La Relatora Especial sobre el derecho a la alimentación exhortó a Costa Rica a proteger a
los pequeños agricultores.5 La Relatora Especial también recomendó adoptar una ley marco.6
5. El ACNUR alentó a Costa Rica a agilizar los procedimientos de asilo.7
Notas
"""

FRENCH_COMPILATION = """\
A/HRC/WG.6/43/FRA/2
Compilation concernant la France
Rapport du Haut-Commissariat des Nations Unies aux droits de l’homme
I. Renseignements d’ordre général
1. Le présent rapport est une compilation d’informations figurant dans les documents de l’ONU.1
II. Étendue des obligations internationales
2. Le Comité pour l’élimination de la discrimination à l’égard des femmes a recommandé à la
France de renforcer la parité.2 Le Comité a également engagé l’État partie à lutter contre
les stéréotypes.3
3. Le Comité des droits de l’enfant a demandé que la France interdise les châtiments corporels.4
4. Le HCR a encouragé la France à améliorer les conditions d’accueil.5
Notes
"""


def test_spanish_compilation_names_bodies_by_their_usual_codes():
    extracted = extracted_from_pages(SPANISH_COMPILATION)
    structure = parse_un_report(extracted)
    assert detect_kind(extracted) == "compilation"
    assert (structure.title, structure.metadata["state_under_review"]) == ("Recopilación sobre Costa Rica",
                                                                           "Costa Rica")
    special_rapporteur = "Relatora Especial sobre el derecho a la alimentación"
    assert [(r.stakeholder, r.text, r.paragraph) for r in structure.recommendations] == [
        ("CEDAW", "introdujera medidas especiales de carácter temporal", "2"),  # "El Comité" after CEDAW
        ("CRC", "elevar la edad mínima de responsabilidad penal", "3"),
        (special_rapporteur, "proteger a los pequeños agricultores", "4"),
        (special_rapporteur, "adoptar una ley marco", "4"),  # "La Relatora Especial" = the one named before
        ("UNHCR", "agilizar los procedimientos de asilo", "5"),  # ACNUR
    ]


def test_french_compilation_names_bodies_by_their_usual_codes():
    structure = parse_un_report(extracted_from_pages(FRENCH_COMPILATION))
    assert structure.metadata["state_under_review"] == "France"
    assert [(r.stakeholder, r.text) for r in structure.recommendations] == [
        ("CEDAW", "renforcer la parité"),
        ("CEDAW", "lutter contre les stéréotypes"),
        ("CRC", "interdise les châtiments corporels"),
        ("UNHCR", "améliorer les conditions d’accueil"),  # HCR
    ]


SPANISH_NATIONAL_REPORT = """\
Informe nacional presentado con arreglo al párrafo 5 del anexo de la resolución 16/21
del Consejo de Derechos Humanos*
Costa Rica
Índice
Página
I. Metodología .................................................................. 2
II. Avances ...................................................................... 3
I. Metodología
1. El informe fue elaborado por una comisión interinstitucional. La sociedad civil recomendó
que el informe abarcara a las comunidades costeras.1
II. Avances
2. Costa Rica aprobó una ley de asistencia jurídica gratuita en 2022.2
"""


def test_spanish_national_report_without_symbol():
    extracted = extracted_from_pages(SPANISH_NATIONAL_REPORT)
    structure = parse_un_report(extracted)
    assert detect_kind(extracted) == "national_report"
    assert structure.title == (
        "Informe nacional presentado con arreglo al párrafo 5 del anexo de la resolución 16/21 del Consejo de "
        "Derechos Humanos")
    assert structure.metadata["state_under_review"] == "Costa Rica"
    assert [s.heading for s in structure.sections] == ["I. Metodología", "II. Avances"]  # no index lines
    assert structure.recommendations == []  # the State's own voice


OLD_SPANISH_SUMMARY = """\
NACIONES UNIDAS A/HRC/WG.6/6/CRI/3
Asamblea General Distr. GENERAL
CONSEJO DE DERECHOS HUMANOS
Grupo de Trabajo sobre el Examen Periódico Universal
Sexto período de sesiones
Ginebra, 30 de noviembre a 11 de diciembre de 2009
RESUMEN PREPARADO POR LA OFICINA DEL ALTO COMISIONADO PARA LOS DERECHOS
HUMANOS, CON ARREGLO AL PÁRRAFO 15 C) DEL ANEXO DE LA RESOLUCIÓN 5/1
Chile*
I. ANTECEDENTES Y MARCO
A. Marco constitucional y legislativo
1. La Comisión de Derechos de las Mujeres (CDM) señaló que la ley de cuotas no se aplicaba.2
La CDM recomendó que el Gobierno asignara fondos a los refugios para mujeres.3
"""


def test_old_spanish_summary_title_and_state_line():
    extracted = extracted_from_pages(OLD_SPANISH_SUMMARY, fmt="txt")
    structure = parse_stakeholder_summary(extracted)
    assert structure.title == (
        "RESUMEN PREPARADO POR LA OFICINA DEL ALTO COMISIONADO PARA LOS DERECHOS HUMANOS, CON ARREGLO AL "
        "PÁRRAFO 15 C) DEL ANEXO DE LA RESOLUCIÓN 5/1")
    assert (structure.metadata["state_under_review"], structure.metadata["year"]) == ("Chile", 2009)
    assert (structure.metadata["cycle"], structure.metadata["language"]) == (1, "es")
    assert [(r.stakeholder, r.text) for r in structure.recommendations] == [
        ("CDM", "asignara fondos a los refugios para mujeres")]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Resumen de las comunicaciones de las partes interesadas sobre Chile", "stakeholder_summary"),
        ("Resumen preparado por la Oficina del Alto Comisionado para los Derechos Humanos", "stakeholder_summary"),
        ("Résumé des communications des parties prenantes concernant le Chili", "stakeholder_summary"),
        ("Résumé établi par le Haut-Commissariat aux droits de l’homme", "stakeholder_summary"),
        ("Resume etabli par le Haut-Commissariat aux droits de l'homme", "stakeholder_summary"),  # accents lost
        ("Resumen de las comunicaciones de las partes interesadas", "stakeholder_summary"),
        ("Recopilación sobre Chile", "compilation"),
        ("Compilación de información de las Naciones Unidas", "compilation"),
        ("Compilation concernant le Chili", "compilation"),
        ("Compilation établie par le Haut-Commissariat aux droits de l’homme", "compilation"),
        ("Informe nacional presentado con arreglo al párrafo 5 del anexo de la resolución 16/21", "national_report"),
        ("Rapport national soumis conformément au paragraphe 5 de l’annexe à la résolution 16/21",
         "national_report"),
    ],
)
def test_titles_decide_the_kind_without_a_symbol(title, kind):
    assert detect_kind(lines("Naciones Unidas", title, "Chile")) == kind


def test_the_symbol_decides_before_a_title():
    assert detect_kind(lines("A/HRC/WG.6/47/CRI/2", "Resumen de las comunicaciones de las partes interesadas")) == (
        "compilation")


# ---------------------------------------------------------------------------------------------
# Text helpers and the whole pipeline
# ---------------------------------------------------------------------------------------------


def test_footnote_markers_after_accented_letters_and_sentences_with_accented_capitals():
    assert clean_text("ratificar el Acuerdo de Escazú3 y la protección7, según la JS1") == (
        "ratificar el Acuerdo de Escazú y la protección, según la JS1")
    assert clean_text("une loi sur l’accès.4 Étant donné la JS2") == "une loi sur l’accès. Étant donné la JS2"
    assert split_sentences("Véase el párr. 4 del informe. Él recomendó actuar. ¿Por qué no?") == [
        "Véase el párr. 4 del informe.", "Él recomendó actuar.", "¿Por qué no?"]


def test_markup_headings_and_paragraphs_in_spanish():
    blocks = [
        Block("Resumen de las comunicaciones de las partes interesadas sobre Costa Rica", kind="heading", level=1),
        Block("Derecho a la educación", kind="heading", level=3),
        Block("8. La JS7 recomendó que Costa Rica capacitara a los docentes en lengua de señas.14", kind="paragraph"),
    ]
    structure = parse_stakeholder_summary(ExtractedText.from_blocks("s.md", "md", blocks))
    recommendation = structure.recommendations[0]
    assert (recommendation.stakeholder, recommendation.text, recommendation.paragraph, recommendation.section) == (
        "JS7", "capacitara a los docentes en lengua de señas", "8", "Derecho a la educación")


def test_pipeline_analyzes_a_spanish_summary_pdf(tmp_path):
    pages = [page.strip("\n").split("\n") for page in (SPANISH_PAGE_1, SPANISH_PAGE_2)]
    document = analyze(write_pdf(tmp_path / "resumen.pdf", pages), classify=False)
    assert (document.kind, document.language, document.state_under_review) == (
        "stakeholder_summary", "es", "Costa Rica")
    assert (document.symbol, document.session, document.cycle, document.year) == ("A/HRC/WG.6/47/CRI/3", 47, 4, 2024)
    attributed = [(r.stakeholder, r.text) for r in document.recommendations]
    assert len(attributed) == 10 and all(stakeholder for stakeholder, _ in attributed)
    assert attributed[0] == ("JS1", "adoptara medidas para proteger a las personas defensoras del medio ambiente")
    assert ("JS3", "reforzara la atención primaria en las zonas rurales") in attributed
    assert {r.page for r in document.recommendations} == {1, 2}
