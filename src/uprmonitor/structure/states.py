"""UN member and observer State names: one canonical spelling per State, plus the variants met in UPR documents.

The canonical name is the short name the UN uses today in UPR documents ("Bolivia (Plurinational State of)",
"United Kingdom of Great Britain and Northern Ireland", "Türkiye"). Variants cover older UN names ("Libyan Arab
Jamahiriya", "Swaziland", "The former Yugoslav Republic of Macedonia"), the short forms UPR Info and delegations
use ("United Kingdom", "Syria", "DPR Korea", "Bosnia & Herzegovina") and spellings without accents.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache

# canonical name -> variants (the canonical name itself is always accepted too)
_STATES: dict[str, tuple[str, ...]] = {
    "Afghanistan": (),
    "Albania": (),
    "Algeria": (),
    "Andorra": (),
    "Angola": (),
    "Antigua and Barbuda": ("Antigua & Barbuda",),
    "Argentina": (),
    "Armenia": (),
    "Australia": (),
    "Austria": (),
    "Azerbaijan": (),
    "Bahamas": (),
    "Bahrain": (),
    "Bangladesh": (),
    "Barbados": (),
    "Belarus": (),
    "Belgium": (),
    "Belize": (),
    "Benin": (),
    "Bhutan": (),
    "Bolivia (Plurinational State of)": (
        "Bolivia",
        "Plurinational State of Bolivia",
        "Bolivia, Plurinational State of",
    ),
    "Bosnia and Herzegovina": ("Bosnia & Herzegovina", "Bosnia-Herzegovina"),
    "Botswana": (),
    "Brazil": (),
    "Brunei Darussalam": ("Brunei",),
    "Bulgaria": (),
    "Burkina Faso": (),
    "Burundi": (),
    "Cabo Verde": ("Cape Verde",),
    "Cambodia": (),
    "Cameroon": (),
    "Canada": (),
    "Central African Republic": (),
    "Chad": (),
    "Chile": (),
    "China": ("People's Republic of China",),
    "Colombia": (),
    "Comoros": (),
    "Congo": ("Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"),
    "Costa Rica": (),
    "Côte d'Ivoire": ("Cote d'Ivoire", "Ivory Coast"),
    "Croatia": (),
    "Cuba": (),
    "Cyprus": (),
    "Czechia": ("Czech Republic",),
    "Democratic People's Republic of Korea": (
        "DPR Korea",
        "DPRK",
        "North Korea",
        "Democratic Peoples' Republic of Korea",
        "Democratic Peoples Republic of Korea",
    ),
    "Democratic Republic of the Congo": ("Democratic Republic of Congo", "DR Congo", "DRC"),
    "Denmark": (),
    "Djibouti": (),
    "Dominica": (),
    "Dominican Republic": (),
    "Ecuador": (),
    "Egypt": (),
    "El Salvador": (),
    "Equatorial Guinea": (),
    "Eritrea": (),
    "Estonia": (),
    "Eswatini": ("Swaziland", "Kingdom of Eswatini"),
    "Ethiopia": (),
    "Fiji": (),
    "Finland": (),
    "France": (),
    "Gabon": (),
    "Gambia": ("The Gambia",),
    "Georgia": (),
    "Germany": (),
    "Ghana": (),
    "Greece": (),
    "Grenada": (),
    "Guatemala": (),
    "Guinea": (),
    "Guinea-Bissau": ("Guinea Bissau",),
    "Guyana": (),
    "Haiti": (),
    "Holy See": ("Vatican", "The Holy See"),
    "Honduras": (),
    "Hungary": (),
    "Iceland": (),
    "India": (),
    "Indonesia": (),
    "Iran (Islamic Republic of)": ("Iran", "Islamic Republic of Iran", "Iran, Islamic Republic of"),
    "Iraq": (),
    "Ireland": (),
    "Israel": (),
    "Italy": (),
    "Jamaica": (),
    "Japan": (),
    "Jordan": (),
    "Kazakhstan": (),
    "Kenya": (),
    "Kiribati": (),
    "Kuwait": (),
    "Kyrgyzstan": ("Kyrgyz Republic",),
    "Lao People's Democratic Republic": ("Laos", "Lao PDR"),
    "Latvia": (),
    "Lebanon": (),
    "Lesotho": (),
    "Liberia": (),
    "Libya": ("Libyan Arab Jamahiriya",),
    "Liechtenstein": (),
    "Lithuania": (),
    "Luxembourg": (),
    "Madagascar": (),
    "Malawi": (),
    "Malaysia": (),
    "Maldives": (),
    "Mali": (),
    "Malta": (),
    "Marshall Islands": (),
    "Mauritania": (),
    "Mauritius": (),
    "Mexico": (),
    "Micronesia (Federated States of)": (
        "Micronesia",
        "Federated States of Micronesia",
        "Micronesia, Federated States of",
    ),
    "Monaco": (),
    "Mongolia": (),
    "Montenegro": (),
    "Morocco": (),
    "Mozambique": (),
    "Myanmar": ("Burma",),
    "Namibia": (),
    "Nauru": (),
    "Nepal": (),
    "Netherlands": ("Netherlands (Kingdom of the)", "Kingdom of the Netherlands", "The Netherlands"),
    "New Zealand": (),
    "Nicaragua": (),
    "Niger": (),
    "Nigeria": (),
    "North Macedonia": (
        "The former Yugoslav Republic of Macedonia",
        "former Yugoslav Republic of Macedonia",
        "Macedonia FYR",
        "FYR Macedonia",
        "Macedonia",
    ),
    "Norway": (),
    "Oman": (),
    "Pakistan": (),
    "Palau": (),
    "Panama": (),
    "Papua New Guinea": (),
    "Paraguay": (),
    "Peru": (),
    "Philippines": (),
    "Poland": (),
    "Portugal": (),
    "Qatar": (),
    "Republic of Korea": ("South Korea", "Korea"),
    "Republic of Moldova": ("Moldova",),
    "Romania": (),
    "Russian Federation": ("Russia",),
    "Rwanda": (),
    "Saint Kitts and Nevis": ("St Kitts & Nevis", "St. Kitts and Nevis", "Saint Kitts & Nevis"),
    "Saint Lucia": ("St Lucia", "St. Lucia"),
    "Saint Vincent and the Grenadines": (
        "St Vincent & the Grenadines",
        "St. Vincent and the Grenadines",
        "Saint Vincent & the Grenadines",
    ),
    "Samoa": (),
    "San Marino": (),
    "Sao Tome and Principe": ("Sao Tome & Principe", "São Tomé and Príncipe"),
    "Saudi Arabia": (),
    "Senegal": (),
    "Serbia": (),
    "Seychelles": (),
    "Sierra Leone": (),
    "Singapore": (),
    "Slovakia": ("Slovak Republic",),
    "Slovenia": (),
    "Solomon Islands": (),
    "Somalia": (),
    "South Africa": (),
    "South Sudan": (),
    "Spain": (),
    "Sri Lanka": (),
    "State of Palestine": ("Palestine",),
    "Sudan": (),
    "Suriname": (),
    "Sweden": (),
    "Switzerland": (),
    "Syrian Arab Republic": ("Syria",),
    "Tajikistan": (),
    "Thailand": (),
    "Timor-Leste": ("Timor Leste", "East Timor"),
    "Togo": (),
    "Tonga": (),
    "Trinidad and Tobago": ("Trinidad & Tobago",),
    "Tunisia": (),
    "Türkiye": ("Turkey", "Turkiye"),
    "Turkmenistan": (),
    "Tuvalu": (),
    "Uganda": (),
    "Ukraine": (),
    "United Arab Emirates": ("UAE",),
    "United Kingdom of Great Britain and Northern Ireland": (
        "United Kingdom",
        "UK",
        "Great Britain",
        "Britain",
    ),
    "United Republic of Tanzania": ("Tanzania",),
    "United States of America": ("United States", "USA", "US", "U.S.A.", "U.S."),
    "Uruguay": (),
    "Uzbekistan": (),
    "Vanuatu": (),
    "Venezuela (Bolivarian Republic of)": (
        "Venezuela",
        "Bolivarian Republic of Venezuela",
        "Venezuela, Bolivarian Republic of",
    ),
    "Viet Nam": ("Vietnam",),
    "Yemen": (),
    "Zambia": (),
    "Zimbabwe": (),
}

# Adjectives of nationality, for prose such as "Kazakhstani NGOs" or "the Dutch delegation".
_DEMONYMS: dict[str, str] = {
    "Afghan": "Afghanistan", "Albanian": "Albania", "Algerian": "Algeria", "Andorran": "Andorra",
    "Angolan": "Angola", "Argentine": "Argentina", "Argentinian": "Argentina", "Armenian": "Armenia",
    "Australian": "Australia", "Austrian": "Austria", "Azerbaijani": "Azerbaijan", "Bahamian": "Bahamas",
    "Bahraini": "Bahrain", "Bangladeshi": "Bangladesh", "Barbadian": "Barbados", "Belarusian": "Belarus",
    "Belgian": "Belgium", "Belizean": "Belize", "Beninese": "Benin", "Bhutanese": "Bhutan",
    "Bolivian": "Bolivia (Plurinational State of)", "Bosnian": "Bosnia and Herzegovina",
    "Botswanan": "Botswana", "Brazilian": "Brazil", "Bruneian": "Brunei Darussalam", "Bulgarian": "Bulgaria",
    "Burkinabe": "Burkina Faso", "Burundian": "Burundi", "Cabo Verdean": "Cabo Verde",
    "Cape Verdean": "Cabo Verde", "Cambodian": "Cambodia", "Cameroonian": "Cameroon", "Canadian": "Canada",
    "Central African": "Central African Republic", "Chadian": "Chad", "Chilean": "Chile", "Chinese": "China",
    "Colombian": "Colombia", "Comorian": "Comoros", "Congolese": "Congo", "Costa Rican": "Costa Rica",
    "Ivorian": "Côte d'Ivoire", "Croatian": "Croatia", "Cuban": "Cuba", "Cypriot": "Cyprus", "Czech": "Czechia",
    "Danish": "Denmark", "Djiboutian": "Djibouti", "Dominican": "Dominican Republic", "Ecuadorian": "Ecuador",
    "Egyptian": "Egypt", "Salvadoran": "El Salvador", "Equatoguinean": "Equatorial Guinea",
    "Eritrean": "Eritrea", "Estonian": "Estonia", "Swazi": "Eswatini", "Ethiopian": "Ethiopia",
    "Fijian": "Fiji", "Finnish": "Finland", "French": "France", "Gabonese": "Gabon", "Gambian": "Gambia",
    "Georgian": "Georgia", "German": "Germany", "Ghanaian": "Ghana", "Greek": "Greece", "Grenadian": "Grenada",
    "Guatemalan": "Guatemala", "Guinean": "Guinea", "Bissau-Guinean": "Guinea-Bissau", "Guyanese": "Guyana",
    "Haitian": "Haiti", "Honduran": "Honduras", "Hungarian": "Hungary", "Icelandic": "Iceland",
    "Indian": "India", "Indonesian": "Indonesia", "Iranian": "Iran (Islamic Republic of)", "Iraqi": "Iraq",
    "Irish": "Ireland", "Israeli": "Israel", "Italian": "Italy", "Jamaican": "Jamaica", "Japanese": "Japan",
    "Jordanian": "Jordan", "Kazakhstani": "Kazakhstan", "Kazakh": "Kazakhstan", "Kenyan": "Kenya",
    "Kuwaiti": "Kuwait", "Kyrgyz": "Kyrgyzstan", "Lao": "Lao People's Democratic Republic",
    "Laotian": "Lao People's Democratic Republic", "Latvian": "Latvia", "Lebanese": "Lebanon",
    "Basotho": "Lesotho", "Liberian": "Liberia", "Libyan": "Libya", "Lithuanian": "Lithuania",
    "Luxembourgish": "Luxembourg", "Malagasy": "Madagascar", "Malawian": "Malawi", "Malaysian": "Malaysia",
    "Maldivian": "Maldives", "Malian": "Mali", "Maltese": "Malta", "Marshallese": "Marshall Islands",
    "Mauritanian": "Mauritania", "Mauritian": "Mauritius", "Mexican": "Mexico",
    "Micronesian": "Micronesia (Federated States of)", "Moldovan": "Republic of Moldova",
    "Monegasque": "Monaco", "Mongolian": "Mongolia", "Montenegrin": "Montenegro", "Moroccan": "Morocco",
    "Mozambican": "Mozambique", "Namibian": "Namibia", "Nauruan": "Nauru", "Nepalese": "Nepal",
    "Nepali": "Nepal", "Dutch": "Netherlands", "New Zealander": "New Zealand", "Nicaraguan": "Nicaragua",
    "Nigerien": "Niger", "Nigerian": "Nigeria", "Macedonian": "North Macedonia", "Norwegian": "Norway",
    "Omani": "Oman", "Pakistani": "Pakistan", "Palauan": "Palau", "Palestinian": "State of Palestine",
    "Panamanian": "Panama", "Papua New Guinean": "Papua New Guinea", "Paraguayan": "Paraguay",
    "Peruvian": "Peru", "Filipino": "Philippines", "Philippine": "Philippines", "Polish": "Poland",
    "Portuguese": "Portugal", "Qatari": "Qatar", "Romanian": "Romania", "Russian": "Russian Federation",
    "Rwandan": "Rwanda", "Samoan": "Samoa", "Sammarinese": "San Marino", "Saudi": "Saudi Arabia",
    "Senegalese": "Senegal", "Serbian": "Serbia", "Seychellois": "Seychelles", "Sierra Leonean": "Sierra Leone",
    "Singaporean": "Singapore", "Slovak": "Slovakia", "Slovenian": "Slovenia", "Slovene": "Slovenia",
    "Somali": "Somalia", "South African": "South Africa", "South Sudanese": "South Sudan", "Spanish": "Spain",
    "Sri Lankan": "Sri Lanka", "Sudanese": "Sudan", "Surinamese": "Suriname", "Swedish": "Sweden",
    "Swiss": "Switzerland", "Syrian": "Syrian Arab Republic", "Tajik": "Tajikistan", "Thai": "Thailand",
    "Timorese": "Timor-Leste", "Togolese": "Togo", "Tongan": "Tonga", "Trinidadian": "Trinidad and Tobago",
    "Tunisian": "Tunisia", "Turkish": "Türkiye", "Turkmen": "Turkmenistan", "Tuvaluan": "Tuvalu",
    "Ugandan": "Uganda", "Ukrainian": "Ukraine", "Emirati": "United Arab Emirates",
    "British": "United Kingdom of Great Britain and Northern Ireland",
    "Tanzanian": "United Republic of Tanzania", "American": "United States of America",
    "Uruguayan": "Uruguay", "Uzbek": "Uzbekistan", "Ni-Vanuatu": "Vanuatu",
    "Venezuelan": "Venezuela (Bolivarian Republic of)", "Vietnamese": "Viet Nam", "Yemeni": "Yemen",
    "Zambian": "Zambia", "Zimbabwean": "Zimbabwe",
}  # fmt: skip

# Variants too ambiguous to find inside running prose ("US" is a pronoun in capitals, "Korea" alone is
# usually the Republic, but "Georgia"/"Jordan" stay because UPR prose uses them as States).
_NOT_IN_PROSE = {"US", "U.S.", "UK", "Britain", "Great Britain", "Korea", "Macedonia", "DRC", "Lao"}

STATE_NAMES: tuple[str, ...] = tuple(_STATES)


def _key(name: str) -> str:
    """Lookup key: no accents, no case, curly quotes straightened, 'the' and punctuation ignored."""
    name = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'"))
    name = "".join(ch for ch in name if not unicodedata.combining(ch)).lower()
    name = name.replace("&", " and ")
    name = re.sub(r"[^a-z0-9' ]+", " ", name)
    name = re.sub(r"^the ", "", " ".join(name.split()))
    return name


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    table = {}
    for canonical, variants in _STATES.items():
        for name in (canonical, *variants):
            table[_key(name)] = canonical
    return table


def canonical_state(name: str) -> str | None:
    """The canonical UN name of a State written in any known way, or None when it is not a State."""
    if not name:
        return None
    return _lookup().get(_key(name))


def closest_state(name: str, cutoff: float = 0.85) -> str | None:
    """The State a misspelt name most likely means ("Lichtenstein", "New Zeeland"), or None.

    For names already known to stand where a State must be (a bracket of recommending States); the high
    cutoff keeps acronyms such as "ICRMW" or "NA" from being read as States.
    """
    exact = canonical_state(name)
    if exact or not name.strip():
        return exact
    close = difflib.get_close_matches(_key(name), list(_lookup()), n=1, cutoff=cutoff)
    return _lookup()[close[0]] if close else None


def state_from_demonym(word: str) -> str | None:
    """'Kazakhstani' -> 'Kazakhstan'; None when the word is not an adjective of nationality."""
    if word in _DEMONYMS:
        return _DEMONYMS[word]
    return _DEMONYMS.get(word.strip().title())


def _name_pattern(name: str) -> str:
    # Any run of spaces/line breaks between words, either apostrophe; "Iran(Islamic Republic of )" too.
    pattern = ""
    for index, word in enumerate(name.split()):
        if index:
            pattern += r"\s*" if word.startswith("(") else r"\s+"
        pattern += re.escape(word).replace("'", "['\u2019]").replace(r"\)", r"\s*\)")
    return pattern


@lru_cache(maxsize=2)
def _finder(in_prose: bool) -> re.Pattern:
    names = set()
    for canonical, variants in _STATES.items():
        names.update(n for n in (canonical, *variants) if not (in_prose and n in _NOT_IN_PROSE))
    # Longest first so that "Democratic Republic of the Congo" wins over "Congo" at the same position.
    alternation = "|".join(_name_pattern(n) for n in sorted(names, key=len, reverse=True))
    # Brackets of recommending States are matched without case ("Iran (Islamic republic of)"); prose is not,
    # where "turkey" or "chad" in lower case are not States.
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", 0 if in_prose else re.IGNORECASE)


def find_state_spans(text: str, in_prose: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every State named in `text`, left to right, without overlaps."""
    spans = []
    for match in _finder(in_prose).finditer(text):
        canonical = canonical_state(match.group(0))
        if canonical:
            spans.append((match.start(), match.end(), canonical))
    return spans


def find_states(text: str, in_prose: bool = True) -> list[str]:
    """Canonical names of the States named in `text`, in order of first mention, each once.

    With `in_prose` (the default) short forms that are ambiguous in running text ("US", "UK") are skipped;
    pass False for a bracket of recommending States, where they are unambiguous.
    """
    seen: list[str] = []
    for _, _, canonical in find_state_spans(text, in_prose):
        if canonical not in seen:
            seen.append(canonical)
    return seen
