"""Location text to (country alpha-2, IANA time zone).

Order of evidence: a known city (it fixes both country and zone), a US state (fixes the zone), a
country name or code (pycountry plus common aliases). A country's zone, when no city or state
names it, is worldhire.core.geo.zones.country_timezone's. "Remote" is not a place: it is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry

from worldhire.core.geo.zones import country_timezone, country_zones, zone_in_country
from worldhire.ingest.lexicon import fold as fold_word


@dataclass(frozen=True)
class Place:
    country: str | None
    timezone: str | None


_CITY_TABLE = """
Asia/Kolkata IN: patna, ranchi, guwahati, kanpur, varanasi, vijayawada, kakinada, guntur, warangal,
  tirupati, madurai, raipur, dehradun, ludhiana, amritsar, mohali, nashik, aurangabad, rajkot,
  jodhpur, bangalore, bengaluru, mumbai, bombay, delhi, new delhi, hyderabad, chennai, madras,
  pune, kolkata, calcutta, ahmedabad, noida, gurgaon, gurugram, jaipur, kochi, cochin, trivandrum,
  thiruvananthapuram, indore, chandigarh, coimbatore, mysore, mysuru, nagpur, lucknow, bhopal,
  visakhapatnam, vizag, surat, vadodara, bhubaneswar, mangalore, navi mumbai, thane, goa
Europe/Warsaw PL: warsaw, warszawa, krakow, cracow, wroclaw, gdansk, gdynia, poznan, lodz, katowice,
  lublin, szczecin, bialystok, rzeszow, torun, bydgoszcz, gliwice
Europe/Bucharest RO: bucharest, bucuresti, cluj-napoca, cluj, iasi, timisoara, brasov, constanta,
  craiova, sibiu, oradea, galati, ploiesti, targu mures
Europe/Belgrade RS: belgrade, beograd, novi sad, nis, kragujevac, subotica, cacak
Europe/Kyiv UA: kyiv, kiev, lviv, kharkiv, kharkov, odesa, odessa, dnipro, dnipropetrovsk,
  zaporizhzhia, vinnytsia, ivano-frankivsk, ternopil, chernivtsi, uzhhorod, poltava, chernihiv
Asia/Ho_Chi_Minh VN: hanoi, ha noi, ho chi minh city, ho chi minh, hcmc, saigon, da nang, danang,
  hai phong, haiphong, can tho, hue, nha trang, bien hoa, vung tau
Asia/Manila PH: manila, metro manila, quezon city, makati, cebu, cebu city, davao, davao city,
  taguig, pasig, bgc, iloilo, baguio, mandaluyong, cagayan de oro, paranaque, las pinas,
  pasay, caloocan, marikina, muntinlupa, valenzuela, antipolo, bacoor, dasmarinas, imus,
  calamba, angeles city, bacolod, lapu-lapu, mandaue
America/Sao_Paulo BR: sao paulo, rio de janeiro, rio, belo horizonte, brasilia, curitiba,
  porto alegre, florianopolis, campinas, goiania, vitoria, santos, joinville, londrina,
  uberlandia, sao jose dos campos, niteroi, ribeirao preto
America/Recife BR: recife, olinda
America/Fortaleza BR: fortaleza, natal, joao pessoa, sao luis, teresina
America/Bahia BR: salvador
America/Maceio BR: maceio, aracaju
America/Belem BR: belem, macapa
America/Manaus BR: manaus
America/Cuiaba BR: cuiaba
America/Campo_Grande BR: campo grande
America/Porto_Velho BR: porto velho
America/Rio_Branco BR: rio branco
America/Mexico_City MX: mexico city, ciudad de mexico, cdmx, guadalajara, monterrey, puebla,
  queretaro, santiago de queretaro, leon, aguascalientes, san luis potosi, toluca, morelia,
  oaxaca, veracruz, saltillo, torreon, zapopan, xalapa, cuernavaca, villahermosa, tampico
America/Merida MX: merida
America/Cancun MX: cancun, playa del carmen, tulum, chetumal
America/Tijuana MX: tijuana, mexicali, ensenada
America/Hermosillo MX: hermosillo
America/Chihuahua MX: chihuahua
America/Ciudad_Juarez MX: ciudad juarez, juarez
America/Mazatlan MX: mazatlan, culiacan, la paz bcs
Africa/Lagos NG: lagos, abuja, ibadan, port harcourt, kano, benin city, enugu, kaduna, ikeja,
  lekki, yaba, abeokuta, owerri, uyo, ilorin
Africa/Nairobi KE: nairobi, mombasa, kisumu, nakuru, eldoret, thika
Africa/Cairo EG: cairo, new cairo, alexandria, giza, mansoura, luxor, aswan, port said, tanta,
  ismailia, suez, zagazig, 6th of october city, sheikh zayed
America/New_York US: new york, new york city, nyc, brooklyn, manhattan, boston, philadelphia,
  washington dc, washington d.c., atlanta, miami, pittsburgh, charlotte, raleigh, durham,
  baltimore, orlando, tampa, columbus, cleveland, cincinnati, jersey city, newark, cambridge ma
America/Detroit US: detroit, ann arbor
America/Indiana/Indianapolis US: indianapolis
America/Chicago US: chicago, austin, dallas, houston, san antonio, minneapolis, nashville,
  kansas city, new orleans, st. louis, saint louis, milwaukee, madison, memphis, oklahoma city,
  omaha, fort worth
America/Denver US: denver, boulder, salt lake city, albuquerque, colorado springs, boise
America/Phoenix US: phoenix, tucson, scottsdale, tempe
America/Los_Angeles US: los angeles, san francisco, sf, bay area, san francisco bay area,
  san jose, seattle, portland, san diego, oakland, palo alto, mountain view, sunnyvale,
  sacramento, las vegas, berkeley, santa clara, menlo park, redmond, bellevue, irvine
America/Anchorage US: anchorage
Pacific/Honolulu US: honolulu
Europe/London GB: london, manchester, edinburgh, cambridge uk, oxford, bristol, glasgow,
  birmingham, leeds, liverpool, sheffield, newcastle, newcastle upon tyne, nottingham,
  leicester, coventry, cardiff, belfast, walsall, wolverhampton, bradford, hull, southampton,
  portsmouth, reading, milton keynes, northampton, derby, stoke-on-trent, swansea, aberdeen,
  dundee, brighton, plymouth, york, west midlands, west yorkshire, greater manchester
Europe/Brussels BE: brussels, bruxelles, brussel, antwerp, antwerpen, anvers, ghent, gent, liege,
  liège, leuven, louvain, charleroi, namur, mechelen, bruges, brugge
Europe/Rome IT: rome, roma, milan, milano, turin, torino, naples, napoli, bologna, florence,
  firenze, genoa, genova, verona, padua, padova, bari, palermo
Europe/Berlin DE: berlin, munich, munchen, hamburg, frankfurt, cologne, koln, stuttgart,
  frankfurt am main, frankfurt a.m., duisburg, bochum, wuppertal, bielefeld, munster, augsburg,
  freiburg, kiel, lubeck, rostock, mainz, wiesbaden, heidelberg, potsdam, ulm, aachen,
  braunschweig, chemnitz, magdeburg, erfurt, gelsenkirchen, holzwickede, regensburg
Europe/Paris FR: paris, lyon, toulouse, marseille, villeurbanne, toulon, reims, le havre,
  saint-etienne, dijon, angers, nimes, clermont-ferrand, tours, limoges, metz, nancy, rouen,
  amiens, perpignan, orleans, caen, mulhouse, brest, besancon, boulogne-billancourt, versailles
Europe/Amsterdam NL: amsterdam, rotterdam, utrecht, eindhoven, the hague
Europe/Madrid ES: madrid, barcelona, valencia, seville, murcia, palma, palma de mallorca,
  valladolid, vigo, gijon, a coruna, la coruna, vitoria-gasteiz, cordoba, malaga, dos hermanas,
  san sebastian, donostia, pamplona, santander, salamanca, oviedo, cadiz, jerez de la frontera
Europe/Lisbon PT: lisbon, lisboa, porto
Europe/Dublin IE: dublin
Europe/Zurich CH: zurich, geneva, lausanne
Europe/Stockholm SE: stockholm
Europe/Copenhagen DK: copenhagen
Europe/Prague CZ: prague, brno
Europe/Vienna AT: vienna, wien
Europe/Tallinn EE: tallinn
America/Toronto CA: toronto, montreal, ottawa
America/Vancouver CA: vancouver
Asia/Singapore SG: singapore
Asia/Dubai AE: dubai, abu dhabi
Asia/Karachi PK: karachi, lahore, islamabad
Asia/Dhaka BD: dhaka
Asia/Jakarta ID: jakarta, bandung
Africa/Johannesburg ZA: johannesburg, cape town
Africa/Accra GH: accra
America/Argentina/Buenos_Aires AR: buenos aires
America/Bogota CO: bogota, medellin
America/Santiago CL: santiago de chile
America/Lima PE: lima
Europe/Kyiv UA: київ, львів, харків, одеса, дніпро, запоріжжя, вінниця, івано-франківськ,
  тернопіль, ужгород, чернівці, полтава, kijów, lwów, charków, odessa
Europe/Chisinau MD: chisinau, chișinău, chişinău, кишинів
Europe/Kyiv UA: киев, харьков, одесса, днепр, львов, запорожье, винница
Europe/Chisinau MD: кишинев, кишинёв
Europe/Moscow RU: moscow, moskva, москва, санкт-петербург, петербург, спб, saint petersburg,
  st. petersburg, st petersburg, казань, kazan, нижний новгород, ростов-на-дону, краснодар,
  воронеж, сочи, ярославль, тула, зеленоград
Europe/Samara RU: самара, ижевск
Asia/Yekaterinburg RU: екатеринбург, yekaterinburg, челябинск, пермь, тюмень, уфа
Asia/Omsk RU: омск
Asia/Novosibirsk RU: новосибирск, novosibirsk
Asia/Krasnoyarsk RU: красноярск
Asia/Irkutsk RU: иркутск
Asia/Vladivostok RU: владивосток
Europe/Istanbul TR: istanbul, ankara, izmir, bursa, antalya, kocaeli, gebze, konya, adana,
  eskisehir, gaziantep, kayseri, mersin, samsun, trabzon, denizli, sakarya, tekirdag,
  esenyurt, kadikoy, besiktas, sisli, maslak, uskudar, atasehir, стамбул, анкара
Asia/Almaty KZ: almaty, алматы, алма-ата, astana, астана, нур-султан, shymkent, шымкент,
  karaganda, караганда
Asia/Tashkent UZ: tashkent, toshkent, ташкент, samarkand, самарканд
Asia/Bishkek KG: bishkek, бишкек
Asia/Tbilisi GE: tbilisi, тбилиси, batumi, батуми
Asia/Yerevan AM: yerevan, ереван
Europe/Minsk BY: minsk, минск, гомель, брест, гродно, витебск, могилев
Asia/Baku AZ: baku, баку
Asia/Nicosia CY: nicosia, limassol, лимасол, larnaca, paphos
Europe/Belgrade RS: белград
Asia/Ho_Chi_Minh VN: tp. hồ chí minh, tp.hcm, tp hcm, tphcm, thành phố hồ chí minh,
  sài gòn, hà nội, đà nẵng, hải phòng, cần thơ, huế, bình dương, đồng nai
Asia/Jakarta ID: surabaya, yogyakarta, jogja, jogjakarta, medan, semarang, malang, tangerang,
  bekasi, depok, bogor, palembang, jakarta selatan, jakarta barat, jakarta pusat,
  jakarta timur, jakarta utara, south jakarta, solo, surakarta
Asia/Makassar ID: makassar, denpasar, bali, balikpapan, manado
Europe/Madrid ES: sevilla, málaga, malaga, bilbao, zaragoza, valència, alicante, granada
Europe/Lisbon PT: braga, coimbra, aveiro, faro, setúbal
Europe/Paris FR: lille, bordeaux, nantes, nice, strasbourg, montpellier, rennes, grenoble
Europe/Rome IT: piacenza, parma, modena, reggio emilia, brescia, bergamo, trieste, venezia, venice,
  trento, bolzano, perugia, pescara, cagliari, catania, messina, salerno, monza, varese, novara,
  pavia, cremona, ferrara, ravenna, rimini, livorno, pisa, ancona, lecce, taranto, udine, vicenza,
  treviso, sassari
America/Toronto CA: quebec city, gatineau, sherbrooke, levis, longueuil, trois-rivieres
Europe/Berlin DE: düsseldorf, dusseldorf, leipzig, dresden, hannover, nürnberg, nuremberg,
  bremen, karlsruhe, mannheim, bonn, darmstadt, essen, dortmund
Africa/Accra GH: kumasi, tema, takoradi
Africa/Kampala UG: kampala, entebbe
Africa/Kigali RW: kigali
Africa/Addis_Ababa ET: addis ababa, addis abeba
Africa/Dar_es_Salaam TZ: dar es salaam, arusha, dodoma
Africa/Casablanca MA: casablanca, rabat, marrakech, tangier
Africa/Tunis TN: tunis, sfax
Africa/Johannesburg ZA: durban, pretoria, port elizabeth, gqeberha
Africa/Lusaka ZM: lusaka
Africa/Harare ZW: harare
America/Bogota CO: cali, barranquilla, cartagena, bucaramanga, pereira
America/Argentina/Buenos_Aires AR: rosario, mendoza, la plata, mar del plata
America/Montevideo UY: montevideo
America/Guayaquil EC: quito, guayaquil, cuenca
America/Caracas VE: caracas
America/Asuncion PY: asunción, asuncion
America/Santo_Domingo DO: santo domingo
Asia/Kathmandu NP: kathmandu
Asia/Colombo LK: colombo
Asia/Karachi PK: rawalpindi, faisalabad, peshawar, multan
Asia/Dhaka BD: chittagong, chattogram, sylhet
Asia/Kuala_Lumpur MY: kuala lumpur, penang, johor bahru, cyberjaya, petaling jaya
Asia/Bangkok TH: bangkok, chiang mai
Asia/Phnom_Penh KH: phnom penh
Europe/Berlin DE: marburg, giessen, gießen, kassel, gottingen, göttingen, jena, tubingen, tübingen
Europe/Paris FR: roubaix, tourcoing, villeneuve-d'ascq, aix-en-provence, marignane
Asia/Riyadh SA: jeddah, dammam, dhahran, al khobar, khobar, mecca, makkah, medina
Europe/Paris FR: valenciennes, villeurbanne, venissieux, ecully, saint-denis, montreuil,
  argenteuil, nanterre, creteil, vitry-sur-seine, la defense, le mans, poitiers, pau, bayonne,
  la rochelle, avignon, annecy, chambery, calais, dunkerque, douai, arras, lorient,
  vannes, quimper, saint-nazaire, cergy, evry, massy, colombes, asnieres-sur-seine
Europe/Brussels BE: mons, la louviere, tournai, verviers, wavre, ixelles, schaerbeek, anderlecht,
  herstal, seraing, ottignies, louvain-la-neuve, hasselt, kortrijk, ostend, oostende
America/Toronto CA: terrebonne, saint-jerome, drummondville, saint-jean-sur-richelieu,
  brossard, repentigny, boucherville, mirabel
Africa/Dakar SN: thies, rufisque, kaolack, ziguinchor, touba, mbour, pikine, guediawaye
Africa/Abidjan CI: bouake, yamoussoukro, daloa, korhogo, cocody, yopougon, abobo,
  marcory, treichville, koumassi, grand-bassam
Africa/Douala CM: yaounde, bafoussam, bamenda, garoua, maroua, limbe, buea, kribi
Africa/Casablanca MA: fes, fez, meknes, agadir, oujda, kenitra, tetouan, mohammedia, el jadida,
  safi, beni mellal, nador, settat
Africa/Tunis TN: sousse, ariana, ben arous, la marsa, monastir, bizerte, gabes, kairouan, nabeul,
  la manouba, hammamet
Africa/Algiers DZ: algiers, alger, oran, constantine, annaba, blida, setif, tlemcen
"""

# Country names as the ten hiring-region languages write them (folded: lower case, no accents).
_LOCAL_COUNTRY_NAMES = """
DE: niemcy, niemiec, niemczech, alemanha, alemania, allemagne, germania, німеччина, jerman
PL: polonia, polônia, pologne, polen, польща, ba lan, polandia, polska
NL: países bajos, holanda, holandia, niderlandy, pays-bas, niederlande, нідерланди, hà lan,
  belanda, țările de jos, olanda
GB: reino unido, wielka brytania, royaume-uni, vereinigtes königreich, велика британія,
  regatul unit, anh quốc, inggris
US: estados unidos, eua, ee.uu., eeuu, stany zjednoczone, сша, statele unite, états-unis,
  vereinigte staaten, hoa kỳ, mỹ, amerika serikat
ES: españa, espanha, hiszpania, espagne, spanien, іспанія, spania, tây ban nha, spanyol
PT: portugalia, португалія, bồ đào nha
FR: francia, frança, francja, франція, franța, frankreich, pháp, prancis, perancis
IT: italia, itália, włochy, італія, italie, italien
IE: irlanda, irlandia, ірландія, irlande, irland
CH: suiza, suíça, szwajcaria, швейцарія, elveția, suisse, schweiz
AT: áustria, österreich, autriche, австрія
RO: rumania, romênia, roménia, rumunia, roumanie, rumänien, румунія
UA: ucrania, ucrânia, україна, ucraina, ukrainę
BR: brazylia, бразилія, brésil, brasilien, brazilia
MX: meksyk, мексика, mexique, mexiko
IN: índia, indie, індія, inde, indien, ấn độ
VN: wietnam, в'єтнам, việt nam
ID: indonezja, індонезія, indonésie, indonesien
CA: canadá, kanada, канада
CZ: república checa, chequia, czechy, tchéquie, tschechien, чехія, cehia
SE: suecia, suécia, szwecja, suède, schweden
BE: bélgica, belgia, belgique, belgien
EG: egipto, egito, egipt, égypte, ägypten, єгипет
PH: filipinas, filipiny, philippinen, filipina
KE: quênia, kenia
NG: nigéria
RS: sérvia, serbie, serbien, serbia
SG: singapura, singapur
AE: emiratos árabes unidos, emirados árabes unidos, zjednoczone emiraty arabskie
RU: россия, российская федерация, рф, rusya
KZ: казахстан, kazakistan
BY: беларусь, белоруссия, belarus
UZ: узбекистан, ozbekiston, özbekistan
KG: кыргызстан, киргизия, kirgizistan
GE: грузия, gürcistan
AM: армения, ermenistan
AZ: азербайджан, azerbaycan
CY: кипр, kıbrıs
TR: türkiye, turkiye, турция
TN: tunisie, tunesien, túnez
MA: maroc, marokko, marruecos
SN: sénégal
CM: cameroun, camerún, kamerun
DZ: algérie, algerien, argelia
CI: rci
DE: германия, almanya
NL: нидерланды, hollanda
GB: великобритания, ingiltere, birleşik krallık
US: abd, amerika birleşik devletleri
"""

# US state -> the zone most of its people live in.
_STATE_ZONES: dict[str, tuple[str, str]] = {
    "AL": ("alabama", "America/Chicago"), "AK": ("alaska", "America/Anchorage"),
    "AZ": ("arizona", "America/Phoenix"), "AR": ("arkansas", "America/Chicago"),
    "CA": ("california", "America/Los_Angeles"), "CO": ("colorado", "America/Denver"),
    "CT": ("connecticut", "America/New_York"), "DE": ("delaware", "America/New_York"),
    "DC": ("district of columbia", "America/New_York"), "FL": ("florida", "America/New_York"),
    "GA": ("georgia", "America/New_York"), "HI": ("hawaii", "Pacific/Honolulu"),
    "ID": ("idaho", "America/Boise"), "IL": ("illinois", "America/Chicago"),
    "IN": ("indiana", "America/Indiana/Indianapolis"), "IA": ("iowa", "America/Chicago"),
    "KS": ("kansas", "America/Chicago"), "KY": ("kentucky", "America/New_York"),
    "LA": ("louisiana", "America/Chicago"), "ME": ("maine", "America/New_York"),
    "MD": ("maryland", "America/New_York"), "MA": ("massachusetts", "America/New_York"),
    "MI": ("michigan", "America/Detroit"), "MN": ("minnesota", "America/Chicago"),
    "MS": ("mississippi", "America/Chicago"), "MO": ("missouri", "America/Chicago"),
    "MT": ("montana", "America/Denver"), "NE": ("nebraska", "America/Chicago"),
    "NV": ("nevada", "America/Los_Angeles"), "NH": ("new hampshire", "America/New_York"),
    "NJ": ("new jersey", "America/New_York"), "NM": ("new mexico", "America/Denver"),
    "NY": ("new york", "America/New_York"), "NC": ("north carolina", "America/New_York"),
    "ND": ("north dakota", "America/Chicago"), "OH": ("ohio", "America/New_York"),
    "OK": ("oklahoma", "America/Chicago"), "OR": ("oregon", "America/Los_Angeles"),
    "PA": ("pennsylvania", "America/New_York"), "RI": ("rhode island", "America/New_York"),
    "SC": ("south carolina", "America/New_York"), "SD": ("south dakota", "America/Chicago"),
    "TN": ("tennessee", "America/Chicago"), "TX": ("texas", "America/Chicago"),
    "UT": ("utah", "America/Denver"), "VT": ("vermont", "America/New_York"),
    "VA": ("virginia", "America/New_York"), "WA": ("washington", "America/Los_Angeles"),
    "WV": ("west virginia", "America/New_York"), "WI": ("wisconsin", "America/Chicago"),
    "WY": ("wyoming", "America/Denver"),
}  # fmt: skip

# Brazilian, Mexican, Indian states by full name (two-letter codes clash with country codes).
_REGION_ZONES: dict[str, tuple[str, str]] = {
    "minas gerais": ("BR", "America/Sao_Paulo"), "santa catarina": ("BR", "America/Sao_Paulo"),
    "rio grande do sul": ("BR", "America/Sao_Paulo"), "parana": ("BR", "America/Sao_Paulo"),
    "pernambuco": ("BR", "America/Recife"), "ceara": ("BR", "America/Fortaleza"),
    "bahia": ("BR", "America/Bahia"), "amazonas": ("BR", "America/Manaus"),
    "jalisco": ("MX", "America/Mexico_City"), "nuevo leon": ("MX", "America/Monterrey"),
    "yucatan": ("MX", "America/Merida"), "quintana roo": ("MX", "America/Cancun"),
    "baja california": ("MX", "America/Tijuana"), "sonora": ("MX", "America/Hermosillo"),
    "karnataka": ("IN", "Asia/Kolkata"), "maharashtra": ("IN", "Asia/Kolkata"),
    "tamil nadu": ("IN", "Asia/Kolkata"), "telangana": ("IN", "Asia/Kolkata"),
    "kerala": ("IN", "Asia/Kolkata"), "west bengal": ("IN", "Asia/Kolkata"),
    "lagos state": ("NG", "Africa/Lagos"),
    # The states and provinces an address ends with where the city is small ("Patna - 800020,
    # Bihar", "Bacoor, Cavite", "Nnewi, Anambra State").
    "bihar": ("IN", "Asia/Kolkata"), "uttar pradesh": ("IN", "Asia/Kolkata"),
    "andhra pradesh": ("IN", "Asia/Kolkata"), "madhya pradesh": ("IN", "Asia/Kolkata"),
    "gujarat": ("IN", "Asia/Kolkata"), "rajasthan": ("IN", "Asia/Kolkata"),
    "odisha": ("IN", "Asia/Kolkata"), "jharkhand": ("IN", "Asia/Kolkata"),
    "haryana": ("IN", "Asia/Kolkata"), "assam": ("IN", "Asia/Kolkata"),
    "uttarakhand": ("IN", "Asia/Kolkata"), "himachal pradesh": ("IN", "Asia/Kolkata"),
    "cavite": ("PH", "Asia/Manila"), "laguna": ("PH", "Asia/Manila"),
    "bulacan": ("PH", "Asia/Manila"), "pampanga": ("PH", "Asia/Manila"),
    "batangas": ("PH", "Asia/Manila"),
    "anambra state": ("NG", "Africa/Lagos"), "rivers state": ("NG", "Africa/Lagos"),
    "oyo state": ("NG", "Africa/Lagos"), "enugu state": ("NG", "Africa/Lagos"),
    "sindh": ("PK", "Asia/Karachi"),
    # "Laval (Québec)", "Lyon – Auvergne-Rhône-Alpes": Canadian provinces and French regions
    "quebec": ("CA", "America/Toronto"), "ontario": ("CA", "America/Toronto"),
    "qc": ("CA", "America/Toronto"), "nouveau-brunswick": ("CA", "America/Moncton"),
    "ile-de-france": ("FR", "Europe/Paris"), "auvergne-rhone-alpes": ("FR", "Europe/Paris"),
    "hauts-de-france": ("FR", "Europe/Paris"), "provence-alpes-cote d'azur": ("FR", "Europe/Paris"),
    "nouvelle-aquitaine": ("FR", "Europe/Paris"), "occitanie": ("FR", "Europe/Paris"),
    "grand est": ("FR", "Europe/Paris"), "bretagne": ("FR", "Europe/Paris"),
    "wallonie": ("BE", "Europe/Brussels"), "flandre": ("BE", "Europe/Brussels"),
    "khyber pakhtunkhwa": ("PK", "Asia/Karachi"),
}  # fmt: skip

_COUNTRY_ALIASES = {
    "usa": "US", "u.s.a.": "US", "u.s.": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "britain": "GB",
    "great britain": "GB", "russia": "RU", "turkey": "TR", "ivory coast": "CI", "kosovo": "XK",
    "xk": "XK",  # Kosovo's code in use (not ISO-assigned): region lists hold it
    "vietnam": "VN", "viet nam": "VN", "czechia": "CZ", "holland": "NL", "uae": "AE",
    "the netherlands": "NL", "the philippines": "PH", "korea": "KR", "south korea": "KR",
    "laos": "LA", "macedonia": "MK", "bosnia": "BA", "moldova": "MD", "iran": "IR",
    "polska": "PL", "romania": "RO", "românia": "RO", "srbija": "RS", "ukraina": "UA",
    "brasil": "BR", "méxico": "MX", "mexico": "MX", "misr": "EG", "deutschland": "DE",
}  # fmt: skip

# Several zones, one of which holds the clear majority of the population.
_REMOTE = re.compile(r"\b(?:fully\s+)?remote(?:ly)?\b|\banywhere\b|\bworldwide\b", re.IGNORECASE)
# "м. Львів", "г. Одесса", "mun. Cluj-Napoca", "Kota Bandung": a town's abbreviated kind.
_TOWN_PREFIX = re.compile(
    r"^(?:м|г|смт|mun|kota|kab|municipiul|oraș|oras|tp|thành phố|tỉnh|quận|huyện|phường)\.?\s+"
    # "59300 Valenciennes", "4000 Liège": a postcode before the town
    r"|^\d{4,5}\s+(?=[^\W\d_])"
    # "Lyon 7e", "Paris 15ème", "Marseille 1er": the arrondissement after the town
    r"|\s+\d{1,2}\s*(?:e|er|ème|eme)$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|/|\||·|•|;|\(|\)|—|–|→|\s-\s|\bin\b|\bbased\b)\s*", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without accents: "São Paulo" -> "sao paulo", "Łódź" -> "lodz"."""
    return fold_word(text).strip(" .")


@cache
def _cities() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for block in re.split(r"\n(?=\S)", _CITY_TABLE.strip()):
        head, names = block.split(":", 1)
        zone, country = head.split()
        for name in names.replace("\n", " ").split(","):
            if name.strip():
                table[fold(name.strip())] = (country, zone)
    return table


# Zone cities that are everyday words or first names where résumés are written ("Nome: Giulia",
# the Italian and Portuguese label; "Regina", "Dawson").
_NOT_ZONE_CITIES = frozenset({"nome", "regina", "dawson", "thule", "center", "eucla"})


@cache
def _zone_cities() -> dict[str, tuple[str, str]]:
    """The city each time zone of the tz database is named after ("Asia/Riyadh" -> riyadh, SA),
    for the many capitals and large cities the hand table above leaves out. Only continental
    zones of two parts: ocean and Antarctic zones name islands and research stations, and
    three-part ones small US and Argentine towns ("America/Indiana/Vincennes")."""
    table: dict[str, tuple[str, str]] = {}
    for country, zones in country_zones().items():
        for zone in zones:
            area, _, city = zone.partition("/")
            name = fold(city.replace("_", " "))
            if (
                area in {"Europe", "Asia", "Africa", "America", "Australia"} and "/" not in city
                and name not in _NOT_ZONE_CITIES
            ):
                table.setdefault(name, (country, zone))
    return table


@cache
def _local_country_names() -> dict[str, str]:
    table: dict[str, str] = {}
    for block in re.split(r"\n(?=\S)", _LOCAL_COUNTRY_NAMES.strip()):
        code, names = block.split(":", 1)
        for name in names.replace("\n", " ").split(","):
            if name.strip():
                table[name.strip().lower()] = code.strip()
                if len(name.strip()) > 3:
                    # Short names only as written: "Mỹ" (Vietnamese: USA) folds to "my".
                    table[fold(name.strip())] = code.strip()
    return table


@lru_cache(maxsize=65_536)
def country_code(name: str) -> str | None:
    """alpha-2 for a country name, alias or code ("Viet Nam", "USA", "pl"); None if unknown.
    Memoised: pycountry's lookup scans every country for each miss, and résumés ask about the
    same words again and again."""
    folded = fold(name)
    if not folded or len(folded) > 60:
        return None
    if folded in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[folded]
    local = _local_country_names()
    written = name.strip().lower()
    if written in local or folded in local:
        return local.get(written) or local[folded]
    if len(folded) <= 3 and not name.strip().isupper():
        return None  # "in", "de", "com" in running text are words, not codes
    try:
        return str(pycountry.countries.lookup(name.strip()).alpha_2)
    except LookupError:
        pass
    try:
        return str(pycountry.countries.lookup(folded).alpha_2)
    except LookupError:
        return None


def resolve_place(text: str) -> Place | None:
    """Country and zone of a location like "Pune, India", "Austin, TX", "Remote (Lagos)"."""
    if not text or len(text) > 300:
        return None
    parts = [
        _TOWN_PREFIX.sub("", p.strip())
        for p in _SPLIT.split(_REMOTE.sub(" ", text))
        if p and p.strip()
    ]
    cities = _cities()
    city = next((cities[fold(p)] for p in parts if fold(p) in cities), None) or next(
        (_zone_cities()[fold(p)] for p in parts if fold(p) in _zone_cities()), None
    )
    country: str | None = None
    zone: str | None = None
    for i, part in enumerate(parts):
        folded = fold(part)
        us_context = city is None or city[0] == "US"
        if (
            i > 0 and part.isupper() and part in _STATE_ZONES and us_context
            and re.search(rf",\s*{part}\b", text)  # "SAP FI/CO" names no state
        ):
            # "Austin, TX": a two-letter code after a city is a US state before it is a country.
            country, zone = "US", zone or _STATE_ZONES[part][1]
            continue
        state_zone = _state_by_name(folded)
        if state_zone is not None and (i > 0 or country_code(part) is None) and us_context:
            country, zone = "US", zone or state_zone
            continue
        region = _REGION_ZONES.get(folded)
        if region is not None:
            country, zone = country or region[0], zone or region[1]
            continue
        # Bare two-letter codes are too often words ("AI", "ML") or states ("MG"): only US/UK.
        code = country_code(part) if len(part) > 2 or part in {"US", "UK"} else None
        if code is not None and country is None:
            country = code
    if city is not None and (country is None or country == city[0]):
        return Place(city[0], city[1])
    if country is None:
        return None
    if zone is None or not zone_in_country(zone, country):
        zone = country_timezone(country)
    return Place(country, zone)


def _state_by_name(folded: str) -> str | None:
    for name, zone in _STATE_ZONES.values():
        if folded == name:
            return zone
    return None

