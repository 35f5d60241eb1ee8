"""The place names `geo` reads besides pycountry's countries and GeoNames' towns: big cities with
their country and zone, the countries' names in their own and the hiring regions' languages, US
states and other regions with their zones, Canadian provinces, and the towns' names that alone
are more often a word, a brand or a given name.
"""

from __future__ import annotations

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
America/Mexico_City MX: mexico city, ciudad de mexico, cdmx, guadalajara, puebla,
  queretaro, santiago de queretaro, leon, aguascalientes, san luis potosi, toluca, morelia,
  oaxaca, veracruz, saltillo, torreon, zapopan, xalapa, cuernavaca, villahermosa, tampico
America/Monterrey MX: monterrey, san pedro garza garcia, san nicolas de los garza, apodaca
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
Europe/Athens GR: athens, athina, thessaloniki
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

# Canadian provinces by postal code: (name, GeoNames first-level code), so that "London, ON" and
# "Halifax, Nova Scotia" are the Canadian towns. Only beside a town: "NL" and "PE" alone are the
# Netherlands and Peru.
_PROVINCES: dict[str, tuple[str, str]] = {
    "AB": ("alberta", "01"), "BC": ("british columbia", "02"), "MB": ("manitoba", "03"),
    "NB": ("new brunswick", "04"), "NL": ("newfoundland and labrador", "05"),
    "NS": ("nova scotia", "07"), "ON": ("ontario", "08"), "PE": ("prince edward island", "09"),
    "QC": ("quebec", "10"), "SK": ("saskatchewan", "11"),
}  # fmt: skip

# Towns of 15,000 people or more whose name, written alone, is more often an everyday word (in
# English or a hiring-region language), a brand or employer, or a given name than the town: "Nice
# to have", "Reading, hiking", "Mobile: +1 ...", "Ingeniero | Orange", a name line "FLORENCE".
# With their country or state beside them they are the town ("Nice, France", "Split, Croatia").
_NOT_TOWN_WORDS = """
airport alliance along annex nice apex bank bar bath batman bay bear bend best bow bra brick buy can
cat central centro come commonwealth cork cove crystal date deal defiance delta dig dome drama
eagle enterprise federal fleet flint forest fountain gap god golden green hire hit holiday hook
horn hub humble hurricane imperial independence jam liberal liberty lend mach man manage march
marks metro mile mine mission mobile moss most much normal of officer opportunity orchards
overland pace panorama paradise parole peer pen plaque plum plunge police pop posse punch
reading republic reservoir retreat rich roses rouge sale salt same save say seaside semi sparks
split spring springs summit sunrise sunset superior surprise tame tank temple terrace than time
tire turbo union universidad university upland uptown vista walnut wedding weir woodland worms
tours lens sens agen nancy pau orange nokia toyota honda mango anthem mascara tequila butterfly
badger mustang vulcan hercules olympic praia porto natal serra maia santos mora sur este tapa
sala oliveira
adam adrian alice alicia alma anna ann ariel arnold barry bethany brad bradley brandon bryan
carmen cary chester claudio clive cornelius daphne david dolores donna douglas duncan eden
elizabeth eugene everett fatima fergus flora florence frederick george gilbert gloria graham
griffin harvey hassan helena henrietta howard isa jackson jasper kamal kendall kim kyle lara
lawrence layla leo leslie lincoln linda lindsay logan lola lucas madison marco mari mariana
mariano marina marion martin mary mason matthews mercedes miranda monroe nigel nikki norman
patti ramon randolph regina roman ron roy sebastian seymour shelby sherman shirley sidney
stanley stella stuart sue taylor teresa tracy tyler vera victoria vincent warren wayne wilson
zachary yuki ali abu babu kai kari kira gary allen dalton athena argos mentor ventas
mobil male langue rugby
"""
NOT_TOWNS = frozenset(_NOT_TOWN_WORDS.split())

# Where towns are written in the Cyrillic script.
_CYRILLIC_COUNTRIES = frozenset({"UA", "RU", "BY", "KZ", "KG", "TJ", "BG", "RS", "MK", "MN"})

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
