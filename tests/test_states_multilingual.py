"""State names in French, Spanish, Russian, Arabic and Chinese resolve to the canonical English name."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from uprmonitor.structure.states import (
    STATE_NAMES,
    canonical_state,
    closest_state,
    find_state_spans,
    find_states,
    state_names_in,
)

UK = "United Kingdom of Great Britain and Northern Ireland"
USA = "United States of America"
BOLIVIA = "Bolivia (Plurinational State of)"
IRAN = "Iran (Islamic Republic of)"
VENEZUELA = "Venezuela (Bolivarian Republic of)"
DPRK = "Democratic People's Republic of Korea"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        # French
        ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", UK),
        ("Royaume-Uni", UK),
        ("États-Unis d’Amérique", USA),
        ("Etats-Unis d'Amerique", USA),
        ("Fédération de Russie", "Russian Federation"),
        ("Bolivie (État plurinational de)", BOLIVIA),
        ("Iran (République islamique d')", IRAN),
        ("Venezuela (République bolivarienne du)", VENEZUELA),
        ("République de Corée", "Republic of Korea"),
        ("République populaire démocratique de Corée", DPRK),
        ("République-Unie de Tanzanie", "United Republic of Tanzania"),
        ("Saint-Siège", "Holy See"),
        ("État de Palestine", "State of Palestine"),
        ("Turquie", "Türkiye"),
        ("Nouvelle-Zélande", "New Zealand"),
        ("ex-République yougoslave de Macédoine", "North Macedonia"),
        # Spanish
        ("Reino Unido de Gran Bretaña e Irlanda del Norte", UK),
        ("Estados Unidos de América", USA),
        ("Federación de Rusia", "Russian Federation"),
        ("Estado Plurinacional de Bolivia", BOLIVIA),
        ("Irán (República Islámica del)", IRAN),
        ("República Bolivariana de Venezuela", VENEZUELA),
        ("República de Corea", "Republic of Korea"),
        ("República Popular Democrática de Corea", DPRK),
        ("República Unida de Tanzanía", "United Republic of Tanzania"),
        ("Santa Sede", "Holy See"),
        ("Estado de Palestina", "State of Palestine"),
        ("Türkiye", "Türkiye"),
        ("Nueva Zelandia", "New Zealand"),
        ("Países Bajos", "Netherlands"),
        ("Republica Arabe Siria", "Syrian Arab Republic"),
        # Russian, with е or ё
        ("Соединенное Королевство Великобритании и Северной Ирландии", UK),
        ("Соединённое Королевство", UK),
        ("Соединенные Штаты Америки", USA),
        ("Российская Федерация", "Russian Federation"),
        ("Боливия (Многонациональное Государство)", BOLIVIA),
        ("Иран (Исламская Республика)", IRAN),
        ("Венесуэла (Боливарианская Республика)", VENEZUELA),
        ("Республика Корея", "Republic of Korea"),
        ("Корейская Народно-Демократическая Республика", DPRK),
        ("Объединенная Республика Танзания", "United Republic of Tanzania"),
        ("Святой Престол", "Holy See"),
        ("Государство Палестина", "State of Palestine"),
        ("Турция", "Türkiye"),
        ("Чешская Республика", "Czechia"),
        # Arabic, with or without the article, hamza or harakat
        ("المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية", UK),
        ("الولايات المتحدة الأمريكية", USA),
        ("الاتحاد الروسي", "Russian Federation"),
        ("دولة بوليفيا المتعددة القوميات", BOLIVIA),
        ("جمهورية إيران الإسلامية", IRAN),
        ("جمهورية فنزويلا البوليفارية", VENEZUELA),
        ("جمهورية كوريا", "Republic of Korea"),
        ("جمهورية كوريا الشعبية الديمقراطية", DPRK),
        ("جمهورية تنزانيا المتحدة", "United Republic of Tanzania"),
        ("الكرسي الرسولي", "Holy See"),
        ("دولة فلسطين", "State of Palestine"),
        ("تركيا", "Türkiye"),
        ("المانيا", "Germany"),
        ("ألمانيا", "Germany"),
        ("مِصْر", "Egypt"),
        ("سويد", "Sweden"),
        # Chinese, with or without 国
        ("大不列颠及北爱尔兰联合王国", UK),
        ("美利坚合众国", USA),
        ("俄罗斯联邦", "Russian Federation"),
        ("多民族玻利维亚国", BOLIVIA),
        ("伊朗伊斯兰共和国", IRAN),
        ("委内瑞拉玻利瓦尔共和国", VENEZUELA),
        ("大韩民国", "Republic of Korea"),
        ("朝鲜民主主义人民共和国", DPRK),
        ("坦桑尼亚联合共和国", "United Republic of Tanzania"),
        ("罗马教廷", "Holy See"),
        ("巴勒斯坦国", "State of Palestine"),
        ("巴勒斯坦", "State of Palestine"),
        ("土耳其", "Türkiye"),
        ("孟加拉国", "Bangladesh"),
        ("孟加拉", "Bangladesh"),
    ],
)
def test_canonical_state_reads_every_un_language(written, canonical):
    assert canonical_state(written) == canonical


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Swazilandia", "Eswatini"),
        ("Свазиленд", "Eswatini"),
        ("Jamahiriya arabe libyenne", "Libya"),
        ("الجماهيرية العربية الليبية", "Libya"),
        ("бывшая югославская Республика Македония", "North Macedonia"),
        ("前南斯拉夫的马其顿共和国", "North Macedonia"),
        ("República Checa", "Czechia"),
    ],
)
def test_older_un_names_in_other_languages(written, canonical):
    assert canonical_state(written) == canonical


def test_every_state_has_a_name_in_each_un_language_that_leads_back_to_it():
    for language in ("fr", "es", "ru", "ar", "zh"):
        for state in STATE_NAMES:
            names = state_names_in(state, language)
            assert names, f"{state} has no {language} name"
            assert all(canonical_state(name) == state for name in names), (state, language, names)


@pytest.mark.parametrize(
    ("bracket", "states"),
    [
        ("(Norvège et Suède)", ["Norway", "Sweden"]),
        ("(la Norvège)", ["Norway"]),
        ("(Nouvelle-Zélande)\u00a0;", ["New Zealand"]),
        (
            "(Bolivie (État plurinational de), Iran (République islamique d’) et Chili)",
            [BOLIVIA, IRAN, "Chile"],
        ),
        ("(Nueva Zelandia y República de Corea)", ["New Zealand", "Republic of Korea"]),
        ("(Venezuela (República Bolivariana de))", [VENEZUELA]),
        ("(Норвегия и Швеция)", ["Norway", "Sweden"]),
        ("(Российская Федерация, Республика Молдова)", ["Russian Federation", "Republic of Moldova"]),
        ("(النرويج والسويد)", ["Norway", "Sweden"]),
        ("(الاتحاد الروسي وجمهورية كوريا)", ["Russian Federation", "Republic of Korea"]),
        ("(بوليفيا (دولة - المتعددة القوميات)؛ فرنسا)", [BOLIVIA, "France"]),
        ("(جمهورية  مولدوفا )", ["Republic of Moldova"]),
        ("(النَّرويج وعُمان ومصـر)", ["Norway", "Oman", "Egypt"]),
        ("(Папуа — Новая Гвинея и Соединённые Штаты Америки)", ["Papua New Guinea", USA]),
        ("(挪威和瑞典)", ["Norway", "Sweden"]),
        ("(挪威、瑞典、大韩民国)", ["Norway", "Sweden", "Republic of Korea"]),
        ("（新西兰）", ["New Zealand"]),
        ("(赤道几内亚和几内亚比绍)", ["Equatorial Guinea", "Guinea-Bissau"]),
        ("(印度尼西亚、印度)", ["Indonesia", "India"]),
        ("(刚果民主共和国和刚果)", ["Democratic Republic of the Congo", "Congo"]),
    ],
)
def test_find_states_in_brackets_of_every_language(bracket, states):
    assert find_states(bracket, in_prose=False) == states


def test_arabic_conjunction_stays_outside_the_span():
    text = "(النرويج والسويد)"
    assert [text[start:end] for start, end, _ in find_state_spans(text, in_prose=False)] == [
        "النرويج",
        "السويد",
    ]


@pytest.mark.parametrize(
    "bracket",
    [
        "(2020-2024)",
        "(ICCPR)",
        "(ONG)",
        "(Convenio 169)",
        "(CEDAW)",
        "(ЮНЕСКО)",
        "(ООН)",
        "(الأمم المتحدة)",
        "(اليونسكو)",
        "(联合国)",
        "(国际劳工组织)",
        "(第169号公约)",
        "(Pacte international relatif aux droits civils et politiques)",
    ],
)
def test_ordinary_bracket_content_names_no_state(bracket):
    assert find_states(bracket, in_prose=False) == []


def test_running_prose_is_read_in_english_only():
    # "发展中国家" (developing countries) holds "中国" (China): prose in Chinese has no word boundaries to trust.
    assert find_states("发展中国家的代表团") == []
    assert find_states("La délégation de l’Allemagne") == []
    assert find_states("The delegation of France") == ["France"]


@pytest.mark.parametrize(
    ("spaced_out", "state"),
    [("К и тай", "China"), ("Slov é ni e", "Slovenia"), ("Респу б лика Молдова", "Republic of Moldova")],
)
def test_closest_state_reads_names_broken_by_stray_spaces(spaced_out, state):
    assert closest_state(spaced_out) == state


def test_names_come_from_the_packaged_json_without_babel():
    data = json.loads(resources.files("uprmonitor").joinpath("data", "state_names.json").read_text("utf-8"))
    assert data["cldr_version"] and data["babel_version"]
    assert set(data["iso_codes"]) == set(STATE_NAMES)
    assert len(set(data["iso_codes"].values())) == len(STATE_NAMES)
    code = (
        "import sys; from uprmonitor.structure.states import find_states; "
        "assert find_states('(Chine)', in_prose=False) == ['China']; print('babel' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_packaged_json_is_what_the_generator_writes():
    pytest.importorskip("babel")  # build-time only: without it there is nothing to compare
    bench = Path(__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(bench))
    try:
        from build_state_names import OUT, build
    finally:
        sys.path.remove(str(bench))
    assert json.loads(OUT.read_text(encoding="utf-8")) == build()
