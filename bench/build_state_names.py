"""Generate src/uprmonitor/data/state_names.json: every State's names in French, Spanish, Russian, Arabic, Chinese.

Two parts, kept apart in the JSON:
- "cldr": the Unicode CLDR territory names (through babel, a build-time dependency only), keyed by the ISO 3166
  alpha-2 code of each State of `uprmonitor.structure.states.STATE_NAMES`.
- "un": the names the UN itself writes in its documents and member-State lists where they differ from CLDR
  ("Nueva Zelandia", "Fédération de Russie", "Иран (Исламская Республика)", older names such as "Swaziland").
  They are the hand-written tables below, so regenerating never loses them.

Chinese names ending in 国 also get the form without it ("孟加拉国" / "孟加拉") when three characters or more
remain; accents, ё/е, Arabic alef forms and the article are not spelled out here: the runtime normalises them.

    .venv/bin/python bench/build_state_names.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version

from uprmonitor.structure.states import _STATES, STATE_NAMES, _key

OUT = Path(__file__).resolve().parents[1] / "src" / "uprmonitor" / "data" / "state_names.json"
LANGUAGES = ("fr", "es", "ru", "ar", "zh")

# States whose English CLDR name is none of our English names; checked against the English CLDR name below.
_CODE_OVERRIDES = {
    "Democratic Republic of the Congo": "CD",
    "Holy See": "VA",
    "Myanmar": "MM",
    "Saint Vincent and the Grenadines": "VC",
    "State of Palestine": "PS",
}
# CLDR names that name something else than the UN State ("Territoires palestiniens" is a territory).
_CLDR_SKIP = {"PS"}

# --- hand-written UN names (UN Terminology / member-State lists), one table per language -----------------------
_UN_FR = {
    "Antigua and Barbuda": ["Antigua-et-Barbuda"],
    "Bahrain": ["Bahreïn"],
    "Belarus": ["Bélarus"],
    "Bolivia (Plurinational State of)": ["Bolivie (État plurinational de)", "État plurinational de Bolivie"],
    "Brunei Darussalam": ["Brunéi Darussalam", "Brunei Darussalam"],
    "Cabo Verde": ["Cabo Verde", "Cap-Vert"],
    "Central African Republic": ["République centrafricaine"],
    "Congo": ["Congo", "République du Congo"],
    "Côte d'Ivoire": ["Côte d'Ivoire"],
    "Czechia": ["Tchéquie", "République tchèque"],
    "Democratic People's Republic of Korea": ["République populaire démocratique de Corée"],
    "Democratic Republic of the Congo": ["République démocratique du Congo"],
    "Dominican Republic": ["République dominicaine"],
    "Eswatini": ["Eswatini", "Swaziland", "Royaume d'Eswatini"],
    "Fiji": ["Fidji"],
    "Holy See": ["Saint-Siège"],
    "Iran (Islamic Republic of)": ["Iran (République islamique d')", "République islamique d'Iran"],
    "Kyrgyzstan": ["Kirghizistan"],
    "Lao People's Democratic Republic": ["République démocratique populaire lao"],
    "Liberia": ["Libéria"],
    "Libya": ["Libye", "Jamahiriya arabe libyenne"],
    "Marshall Islands": ["Îles Marshall"],
    "Micronesia (Federated States of)": ["Micronésie (États fédérés de)", "États fédérés de Micronésie"],
    "Montenegro": ["Monténégro"],
    "Myanmar": ["Myanmar", "Birmanie"],
    "Netherlands": ["Pays-Bas", "Pays-Bas (Royaume des)", "Royaume des Pays-Bas"],
    "Nigeria": ["Nigéria"],
    "North Macedonia": [
        "Macédoine du Nord",
        "ex-République yougoslave de Macédoine",
        "République de Macédoine du Nord",
    ],
    "Palau": ["Palaos"],
    "Republic of Korea": ["République de Corée"],
    "Republic of Moldova": ["République de Moldova"],
    "Russian Federation": ["Fédération de Russie"],
    "Saint Kitts and Nevis": ["Saint-Kitts-et-Nevis"],
    "Saint Vincent and the Grenadines": ["Saint-Vincent-et-les Grenadines"],
    "Sao Tome and Principe": ["Sao Tomé-et-Principe"],
    "Solomon Islands": ["Îles Salomon"],
    "State of Palestine": ["État de Palestine", "Palestine"],
    "Syrian Arab Republic": ["République arabe syrienne"],
    "Timor-Leste": ["Timor-Leste"],
    "Türkiye": ["Türkiye", "Turquie"],
    "United Arab Emirates": ["Émirats arabes unis"],
    "United Kingdom of Great Britain and Northern Ireland": [
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "Royaume-Uni",
        "Grande-Bretagne",
    ],
    "United Republic of Tanzania": ["République-Unie de Tanzanie"],
    "United States of America": ["États-Unis d'Amérique", "États-Unis"],
    "Venezuela (Bolivarian Republic of)": [
        "Venezuela (République bolivarienne du)",
        "République bolivarienne du Venezuela",
    ],
    "Viet Nam": ["Viet Nam"],
    "El Salvador": ["El Salvador"],
    "Iraq": ["Iraq"],
}

_UN_ES = {
    "Bahrain": ["Bahrein"],
    "Belarus": ["Belarús"],
    "Benin": ["Benin"],
    "Bhutan": ["Bhután"],
    "Bolivia (Plurinational State of)": [
        "Bolivia (Estado Plurinacional de)",
        "Estado Plurinacional de Bolivia",
    ],
    "Botswana": ["Botswana"],
    "Brunei Darussalam": ["Brunei Darussalam"],
    "Central African Republic": ["República Centroafricana"],
    "Congo": ["Congo", "República del Congo"],
    "Côte d'Ivoire": ["Côte d'Ivoire", "Costa de Marfil"],
    "Czechia": ["Chequia", "República Checa"],
    "Democratic People's Republic of Korea": ["República Popular Democrática de Corea"],
    "Democratic Republic of the Congo": ["República Democrática del Congo"],
    "Djibouti": ["Djibouti"],
    "Eswatini": ["Eswatini", "Swazilandia", "Reino de Eswatini"],
    "Fiji": ["Fiji"],
    "Holy See": ["Santa Sede"],
    "Iran (Islamic Republic of)": ["Irán (República Islámica del)", "República Islámica del Irán"],
    "Iraq": ["Iraq"],
    "Kazakhstan": ["Kazajstán"],
    "Kenya": ["Kenya"],
    "Lao People's Democratic Republic": ["República Democrática Popular Lao"],
    "Lesotho": ["Lesotho"],
    "Libya": ["Libia", "Jamahiriya Árabe Libia"],
    "Malawi": ["Malawi"],
    "Marshall Islands": ["Islas Marshall"],
    "Micronesia (Federated States of)": [
        "Micronesia (Estados Federados de)",
        "Estados Federados de Micronesia",
    ],
    "Netherlands": ["Países Bajos", "Países Bajos (Reino de los)", "Reino de los Países Bajos"],
    "New Zealand": ["Nueva Zelandia"],
    "North Macedonia": [
        "Macedonia del Norte",
        "ex República Yugoslava de Macedonia",
        "la ex República Yugoslava de Macedonia",
        "República de Macedonia del Norte",
    ],
    "Palau": ["Palau"],
    "Papua New Guinea": ["Papua Nueva Guinea"],
    "Qatar": ["Qatar"],
    "Republic of Korea": ["República de Corea"],
    "Republic of Moldova": ["República de Moldova"],
    "Romania": ["Rumania"],
    "Russian Federation": ["Federación de Rusia"],
    "Rwanda": ["Rwanda"],
    "Saint Kitts and Nevis": ["Saint Kitts y Nevis"],
    "Saudi Arabia": ["Arabia Saudita"],
    "Solomon Islands": ["Islas Salomón"],
    "State of Palestine": ["Estado de Palestina", "Palestina"],
    "Suriname": ["Suriname"],
    "Syrian Arab Republic": ["República Árabe Siria"],
    "Trinidad and Tobago": ["Trinidad y Tabago"],
    "Türkiye": ["Türkiye", "Turquía"],
    "United Kingdom of Great Britain and Northern Ireland": [
        "Reino Unido de Gran Bretaña e Irlanda del Norte",
        "Reino Unido",
        "Gran Bretaña",
    ],
    "United Republic of Tanzania": ["República Unida de Tanzanía", "Tanzanía"],
    "United States of America": ["Estados Unidos de América", "Estados Unidos"],
    "Venezuela (Bolivarian Republic of)": [
        "Venezuela (República Bolivariana de)",
        "República Bolivariana de Venezuela",
    ],
    "Viet Nam": ["Viet Nam"],
    "Zimbabwe": ["Zimbabwe"],
    "Myanmar": ["Birmania"],
    "Timor-Leste": ["Timor-Leste", "Timor Oriental"],
    "Bangladesh": ["Bangladesh"],
    "Guinea-Bissau": ["Guinea-Bissau"],
    "Mali": ["Malí"],
}

_UN_RU = {
    "Bahamas": ["Багамские Острова"],
    "Bolivia (Plurinational State of)": [
        "Боливия (Многонациональное Государство)",
        "Многонациональное Государство Боливия",
    ],
    "Brunei Darussalam": ["Бруней-Даруссалам"],
    "Central African Republic": ["Центральноафриканская Республика"],
    "Comoros": ["Коморские Острова"],
    "Congo": ["Конго", "Республика Конго"],
    "Côte d'Ivoire": ["Кот-д'Ивуар", "Берег Слоновой Кости"],
    "Czechia": ["Чехия", "Чешская Республика"],
    "Democratic People's Republic of Korea": ["Корейская Народно-Демократическая Республика"],
    "Democratic Republic of the Congo": ["Демократическая Республика Конго"],
    "Dominican Republic": ["Доминиканская Республика"],
    "Eswatini": ["Эсватини", "Свазиленд", "Королевство Эсватини"],
    "Holy See": ["Святой Престол"],
    "Iran (Islamic Republic of)": ["Иран (Исламская Республика)", "Исламская Республика Иран"],
    "Kyrgyzstan": ["Кыргызстан", "Кыргызская Республика"],
    "Lao People's Democratic Republic": ["Лаосская Народно-Демократическая Республика"],
    "Libya": ["Ливия", "Ливийская Арабская Джамахирия"],
    "Maldives": ["Мальдивские Острова"],
    "Marshall Islands": ["Маршалловы Острова"],
    "Micronesia (Federated States of)": ["Микронезия (Федеративные Штаты)", "Федеративные Штаты Микронезии"],
    "Netherlands": ["Нидерланды", "Нидерланды (Королевство)", "Королевство Нидерландов"],
    "North Macedonia": [
        "Северная Македония",
        "бывшая югославская Республика Македония",
        "Республика Северная Македония",
    ],
    "Papua New Guinea": ["Папуа-Новая Гвинея", "Папуа — Новая Гвинея"],
    "Republic of Korea": ["Республика Корея"],
    "Republic of Moldova": ["Республика Молдова"],
    "Russian Federation": ["Российская Федерация", "Россия"],
    "Seychelles": ["Сейшельские Острова"],
    "Solomon Islands": ["Соломоновы Острова"],
    "South Africa": ["Южная Африка", "Южно-Африканская Республика"],
    "State of Palestine": ["Государство Палестина", "Палестина"],
    "Syrian Arab Republic": ["Сирийская Арабская Республика"],
    "Timor-Leste": ["Тимор-Лешти"],
    "Türkiye": ["Турция", "Тюркийе"],
    "Turkmenistan": ["Туркменистан"],
    "United Arab Emirates": ["Объединенные Арабские Эмираты"],
    "United Kingdom of Great Britain and Northern Ireland": [
        "Соединенное Королевство Великобритании и Северной Ирландии",
        "Соединенное Королевство",
    ],
    "United Republic of Tanzania": ["Объединенная Республика Танзания"],
    "United States of America": ["Соединенные Штаты Америки"],
    "Venezuela (Bolivarian Republic of)": [
        "Венесуэла (Боливарианская Республика)",
        "Боливарианская Республика Венесуэла",
    ],
    "Viet Nam": ["Вьетнам"],
    "Myanmar": ["Мьянма", "Бирма"],
}

_UN_AR = {
    "Bahamas": ["جزر البهاما"],
    "Belarus": ["بيلاروس"],
    "Benin": ["بنن"],
    "Bolivia (Plurinational State of)": [
        "بوليفيا (دولة - المتعددة القوميات)",
        "دولة بوليفيا المتعددة القوميات",
    ],
    "Brunei Darussalam": ["بروني دار السلام"],
    "Cabo Verde": ["كابو فيردي", "الرأس الأخضر"],
    "Central African Republic": ["جمهورية أفريقيا الوسطى"],
    "Chile": ["شيلي"],
    "Comoros": ["جزر القمر"],
    "Congo": ["الكونغو", "جمهورية الكونغو"],
    "Côte d'Ivoire": ["كوت ديفوار"],
    "Czechia": ["تشيكيا", "الجمهورية التشيكية"],
    "Democratic People's Republic of Korea": ["جمهورية كوريا الشعبية الديمقراطية"],
    "Democratic Republic of the Congo": ["جمهورية الكونغو الديمقراطية"],
    "Denmark": ["الدانمرك"],
    "Dominican Republic": ["الجمهورية الدومينيكية"],
    "Eswatini": ["إسواتيني", "سوازيلند", "مملكة إسواتيني"],
    "Guinea-Bissau": ["غينيا - بيساو"],
    "Holy See": ["الكرسي الرسولي"],
    "Hungary": ["هنغاريا"],
    "Iran (Islamic Republic of)": ["إيران (جمهورية - الإسلامية)", "جمهورية إيران الإسلامية"],
    "Kiribati": ["كيريباس"],
    "Lao People's Democratic Republic": ["جمهورية لاو الديمقراطية الشعبية"],
    "Libya": ["ليبيا", "الجماهيرية العربية الليبية"],
    "Luxembourg": ["لكسمبرغ"],
    "Maldives": ["ملديف"],
    "Malta": ["مالطة"],
    "Micronesia (Federated States of)": ["ميكرونيزيا (ولايات - الموحدة)", "ولايات ميكرونيزيا الموحدة"],
    "Montenegro": ["الجبل الأسود"],
    "Netherlands": ["هولندا", "مملكة هولندا"],
    "North Macedonia": [
        "مقدونيا الشمالية",
        "جمهورية مقدونيا اليوغوسلافية السابقة",
        "جمهورية مقدونيا الشمالية",
    ],
    "Papua New Guinea": ["بابوا غينيا الجديدة"],
    "Republic of Korea": ["جمهورية كوريا"],
    "Republic of Moldova": ["جمهورية مولدوفا"],
    "Russian Federation": ["الاتحاد الروسي"],
    "Saint Kitts and Nevis": ["سانت كيتس ونيفس"],
    "Saudi Arabia": ["المملكة العربية السعودية"],
    "Seychelles": ["سيشيل"],
    "Singapore": ["سنغافورة"],
    "State of Palestine": ["دولة فلسطين", "فلسطين"],
    "Syrian Arab Republic": ["الجمهورية العربية السورية"],
    "Thailand": ["تايلند"],
    "Timor-Leste": ["تيمور - ليشتي"],
    "Türkiye": ["تركيا"],
    "United Arab Emirates": ["الإمارات العربية المتحدة"],
    "United Kingdom of Great Britain and Northern Ireland": [
        "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
        "المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية",
        "المملكة المتحدة",
    ],
    "United Republic of Tanzania": ["جمهورية تنزانيا المتحدة"],
    "United States of America": ["الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"],
    "Venezuela (Bolivarian Republic of)": ["فنزويلا (جمهورية - البوليفارية)", "جمهورية فنزويلا البوليفارية"],
    "Viet Nam": ["فييت نام"],
    "Myanmar": ["ميانمار", "بورما"],
    "Liberia": ["ليبريا"],
    "Mozambique": ["موزامبيق"],
    "Sri Lanka": ["سري لانكا"],
    "Uruguay": ["أوروغواي"],
    "Zimbabwe": ["زمبابوي"],
    "Sao Tome and Principe": ["سان تومي وبرينسيبي"],
    "Oman": ["عمان"],
}

_UN_ZH = {
    "Bolivia (Plurinational State of)": ["多民族玻利维亚国"],
    "Brunei Darussalam": ["文莱达鲁萨兰国"],
    "Central African Republic": ["中非共和国"],
    "Congo": ["刚果", "刚果共和国"],
    "Czechia": ["捷克", "捷克共和国"],
    "Democratic People's Republic of Korea": ["朝鲜民主主义人民共和国"],
    "Democratic Republic of the Congo": ["刚果民主共和国"],
    "Dominican Republic": ["多米尼加共和国"],
    "Eswatini": ["斯威士兰", "埃斯瓦蒂尼", "斯威士兰王国", "埃斯瓦蒂尼王国"],
    "Holy See": ["教廷", "罗马教廷"],
    "Iran (Islamic Republic of)": ["伊朗伊斯兰共和国"],
    "Lao People's Democratic Republic": ["老挝人民民主共和国"],
    "Libya": ["利比亚", "阿拉伯利比亚民众国"],
    "Micronesia (Federated States of)": ["密克罗尼西亚联邦"],
    "Netherlands": ["荷兰", "荷兰王国"],
    "North Macedonia": ["北马其顿", "前南斯拉夫的马其顿共和国", "北马其顿共和国"],
    "Republic of Korea": ["大韩民国"],
    "Republic of Moldova": ["摩尔多瓦共和国"],
    "Russian Federation": ["俄罗斯联邦"],
    "State of Palestine": ["巴勒斯坦国"],
    "Syrian Arab Republic": ["阿拉伯叙利亚共和国"],
    "Türkiye": ["土耳其"],
    "United Arab Emirates": ["阿拉伯联合酋长国"],
    "United Kingdom of Great Britain and Northern Ireland": ["大不列颠及北爱尔兰联合王国", "英国"],
    "United Republic of Tanzania": ["坦桑尼亚联合共和国"],
    "United States of America": ["美利坚合众国", "美国"],
    "Venezuela (Bolivarian Republic of)": ["委内瑞拉玻利瓦尔共和国"],
    "Viet Nam": ["越南"],
    "Myanmar": ["缅甸"],
    "Côte d'Ivoire": ["科特迪瓦", "象牙海岸"],
}

UN_NAMES = {"fr": _UN_FR, "es": _UN_ES, "ru": _UN_RU, "ar": _UN_AR, "zh": _UN_ZH}
# Chinese names whose final 国 is part of a longer word and must stay ("共和国", "王国", "合众国").
_ZH_KEEP_GUO = ("共和国", "王国", "合众国", "民国", "民众国")


def state_codes() -> dict[str, str]:
    """Our canonical English name -> ISO 3166 alpha-2, by the English CLDR name of each code."""
    english = Locale.parse("en").territories
    by_key: dict[str, set[str]] = {}
    for code, name in english.items():
        if len(code) == 2 and code.isalpha():
            by_key.setdefault(_key(name), set()).add(code)
    codes = {}
    for canonical, variants in _STATES.items():
        found = set().union(*(by_key.get(_key(name), set()) for name in (canonical, *variants)))
        if canonical in _CODE_OVERRIDES:
            found = {_CODE_OVERRIDES[canonical]}
        if len(found) != 1:
            raise SystemExit(f"no single ISO code for {canonical!r}: {sorted(found)}")
        codes[canonical] = found.pop()
    if len(set(codes.values())) != len(codes):
        raise SystemExit("two States share an ISO code")
    return codes


def zh_without_guo(name: str) -> list[str]:
    """ "孟加拉国" -> ["孟加拉"]; nothing for "中国" (too short) or "大韩民国" (the 国 belongs to 民国)."""
    if name.endswith("国") and len(name) >= 4 and not name.endswith(_ZH_KEEP_GUO):
        return [name[:-1]]
    return []


def cldr_names(codes: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    names: dict[str, dict[str, list[str]]] = {}
    for language in LANGUAGES:
        territories = Locale.parse(language).territories
        for canonical, code in codes.items():
            if code in _CLDR_SKIP:
                continue
            found = [territories[code]] if code in territories else []
            if language == "zh":
                found += [short for name in found for short in zh_without_guo(name)]
            names.setdefault(canonical, {})[language] = found
    return names


def un_names() -> dict[str, dict[str, list[str]]]:
    names: dict[str, dict[str, list[str]]] = {}
    for language, table in UN_NAMES.items():
        for canonical, written in table.items():
            if canonical not in _STATES:
                raise SystemExit(f"unknown State in the {language} table: {canonical!r}")
            found = list(written)
            if language == "zh":
                found += [short for name in written for short in zh_without_guo(name)]
            names.setdefault(canonical, {})[language] = list(dict.fromkeys(found))
    return names


def key_clashes(*parts: dict[str, dict[str, list[str]]]) -> list[str]:
    """Names whose lookup key would point at two States (English names included)."""
    owner = {
        _key(name): canonical for canonical, variants in _STATES.items() for name in (canonical, *variants)
    }
    clashes = []
    for part in parts:
        for canonical, by_language in part.items():
            for written in (name for names in by_language.values() for name in names):
                previous = owner.setdefault(_key(written), canonical)
                if previous != canonical:
                    clashes.append(f"{written!r}: {previous} / {canonical}")
    return clashes


def build() -> dict:
    codes = state_codes()
    cldr, un = cldr_names(codes), un_names()
    clashes = key_clashes(cldr, un)
    if clashes:
        raise SystemExit("names pointing at two States:\n" + "\n".join(clashes))
    return {
        "about": "State names in the UN languages; canonical English name -> language -> names. "
        "Generated by bench/build_state_names.py: 'cldr' from Unicode CLDR via babel, 'un' hand-written UN forms.",
        "cldr_version": get_cldr_version(),
        "babel_version": babel.__version__,
        "iso_codes": {canonical: codes[canonical] for canonical in STATE_NAMES},
        "cldr": cldr,
        "un": un,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed JSON is out of date")
    args = parser.parse_args(argv)
    text = json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        print("up to date" if current == text else f"{OUT} is out of date")
        return 0 if current == text else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} (CLDR {get_cldr_version()}, babel {babel.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
