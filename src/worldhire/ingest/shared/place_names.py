"""The cities `geo` knows by name with their country and zone (before GeoNames' towns: a city
fixes both), and the countries' names in their own and the hiring regions' languages.
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
  oaxaca, veracruz, saltillo, torreon, zapopan, xalapa, cuernavaca, villahermosa, tampico,
  edomex, edo. mex., estado de mexico, naucalpan, tlalnepantla, ecatepec, nezahualcoyotl,
  cuautitlan, cuautitlan izcalli, tepotzotlan, huehuetoca, tultitlan, coacalco
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
  ismailia, suez, zagazig, 6th of october city, sheikh zayed, القاهرة, الجيزة, الإسكندرية,
  10th of ramadan city, 10th of ramadan, belbeis, العاشر من رمضان, الزقازيق, المنصورة, طنطا,
  بلبيس, مدينة نصر, القاهرة الجديدة
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
Asia/Bangkok TH: bangkok, chiang mai, กรุงเทพมหานคร, กรุงเทพฯ, กรุงเทพ, สมุทรปราการ, นนทบุรี,
 ปทุมธานี, ชลบุรี, ระยอง, เชียงใหม่, ขอนแก่น, นครราชสีมา, ภูเก็ต, หาดใหญ่, samut prakan, nonthaburi,
 pathum thani, chonburi, chon buri, rayong, khon kaen, nakhon ratchasima, phuket, hat yai
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

# Country names as the hiring regions' languages write them (folded: lower case, no accents).
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
EG: مصر, جمهورية مصر العربية
SA: السعودية, المملكة العربية السعودية
AE: الإمارات, الإمارات العربية المتحدة
JO: الأردن, الاردن
MA: المغرب
TN: تونس
DZ: الجزائر
TH: ไทย, ประเทศไทย
HU: magyarország
RS: србија, srbija
BG: българия
"""
