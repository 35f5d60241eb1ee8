"""The names people write for the regions of `worldhire.core.geo.regions.named_regions` ("LATAM",
"América Latina", "Europa Wschodnia", "DACH"), in the hiring regions' languages: a job post's
places (`ingest.posts.places`) and a region typed into a filter (`ingest.country_input`) read them
here. Each key is a region's name in `named_regions`, and expands to its countries there.
"""

from __future__ import annotations

REGION_NAMES: dict[str, tuple[str, ...]] = {
    "EU": ("eu", "e.u.", "ue", "єс", "european union", "unión europea", "união europeia",
           "unia europejska", "unii europejskiej", "європейський союз",
           "європейського союзу", "uniunea europeană", "uniunii europene", "union européenne",
           "europäische union", "europäischen union", "liên minh châu âu", "uni eropa"),
    "EEA": ("eea", "eee", "eog", "ewr", "european economic area", "espacio económico europeo",
            "espaço económico europeu", "europejski obszar gospodarczy", "eu/eea", "eea/eu"),
    "EUROPE": ("europe", "europa", "europie", "europy", "європа", "європи", "європі", "europei",
               "châu âu", "eropa", "avrupa"),
    "LATAM": ("latam", "latin america", "américa latina", "latinoamérica", "latinoamerica",
              "ameryka łacińska", "ameryce łacińskiej", "латинська америка", "america latină",
              "amérique latine", "lateinamerika", "mỹ latinh", "amerika latin",
              "latin amerika"),
    "AMERICAS": ("the americas", "americas", "las américas", "as américas", "les amériques",
                 "amériques", "obu ameryk"),
    "NORTH-AMERICA": ("north america", "américa del norte", "norteamérica", "américa do norte",
                      "ameryka północna", "amérique du nord", "nordamerika"),
    "APAC": ("apac", "asia-pacific", "asia pacific", "asia-pacífico", "azja i pacyfik"),
    "AFRICA": ("africa", "áfrica", "afryka", "afryce", "afrique", "afrika", "châu phi"),
    "MENA": ("mena",),
    "EMEA": ("emea",),
    "MIDDLE-EAST": ("middle east", "oriente medio", "oriente médio", "bliski wschód",
                    "bliskim wschodzie", "moyen-orient", "naher osten", "близький схід",
                    "orientul mijlociu", "trung đông", "timur tengah"),
    "DACH": ("dach", "d-a-ch", "dach region", "dach-region", "région dach", "regiunea dach"),
    "NORDICS": ("nordics", "nordic countries", "nordic region", "países nórdicos",
                "pays nordiques", "nordische länder", "kraje nordyckie"),
    "BENELUX": ("benelux",),
    "SOUTH-ASIA": ("south asia", "southern asia", "asia del sur", "sul da ásia", "sul da asia",
                   "azja południowa", "azji południowej", "asie du sud", "südasien",
                   "південна азія", "південної азії", "asia selatan", "nam á"),
    "SOUTHEAST-ASIA": ("southeast asia", "south-east asia", "south east asia",
                       "sudeste asiático", "sudeste da ásia", "azja południowo-wschodnia",
                       "azji południowo-wschodniej", "asie du sud-est", "südostasien",
                       "південно-східна азія", "asia tenggara", "đông nam á",
                       # ASEAN's eleven members (Timor-Leste since 2025) are the region's
                       "asean"),
    "EASTERN-EUROPE": ("eastern europe", "east europe", "cee", "central and eastern europe",
                       "central & eastern europe", "central eastern europe",
                       "europa del este", "europa oriental", "leste europeu", "europa de leste",
                       "europa wschodnia", "europie wschodniej", "europa środkowo-wschodnia",
                       "europie środkowo-wschodniej", "europe de l'est", "europe centrale et "
                       "orientale", "osteuropa", "mittel- und osteuropa", "східна європа",
                       "східної європи", "europa de est", "europa centrală și de est",
                       "đông âu", "eropa timur"),
}  # fmt: skip
