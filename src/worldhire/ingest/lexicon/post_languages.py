"""Spoken languages a job post asks for, by the names the posts' languages give them ("angielski
B2", "inglés avanzado", "Deutschkenntnisse"). Lower case, folded on load (`post_words`).

Résumés are read with their own, longer table of names (`lexicon/languages.py`)."""

from __future__ import annotations

# Spoken languages a post asks for, by the names the post languages give them (English name).
SPOKEN_LANGUAGES: dict[str, tuple[str, ...]] = {
    "English": ("english", "inglés", "ingles", "inglês", "angielski", "angielskiego",
                "angielskim", "англійська", "англійської", "англійською", "engleză", "engleza",
                "limba engleză", "anglais", "englisch", "englischkenntnisse", "tiếng anh",
                "bahasa inggris", "inglese", "английский", "английского", "английским",
                "ingilizce"),
    "German": ("german", "alemán", "alemão", "niemiecki", "niemieckiego", "німецька",
               "німецької", "germană", "germana", "allemand", "deutsch", "deutschkenntnisse",
               "tiếng đức", "bahasa jerman", "tedesco", "немецкий", "almanca"),
    "Spanish": ("spanish", "español", "espanhol", "hiszpański", "hiszpańskiego", "іспанська",
                "spaniolă", "espagnol", "spanisch", "tiếng tây ban nha", "bahasa spanyol",
                "spagnolo", "испанский", "ispanyolca"),
    "Portuguese": ("portuguese", "portugués", "português", "portugalski", "portugalskiego",
                   "португальська", "portugheză", "portugais", "portugiesisch"),
    "French": ("french", "francés", "francês", "francuski", "francuskiego", "французька",
               "franceză", "français", "französisch", "tiếng pháp", "bahasa prancis",
               "francese", "французский", "fransızca"),
    "Polish": ("polish", "polaco", "polonês", "polski", "polskiego", "польська", "польської",
               "poloneză", "polonais", "polnisch"),
    "Ukrainian": ("ukrainian", "ucraniano", "ucraniano", "ukraiński", "ukraińskiego",
                  "українська", "української", "ucraineană", "ukrainien", "ukrainisch"),
    "Romanian": ("romanian", "rumano", "romeno", "rumuński", "rumuńskiego", "румунська",
                 "română", "limba română", "roumain", "rumänisch"),
    "Italian": ("italian", "italiano", "włoski", "włoskiego", "італійська", "italiană",
                "italien", "italienisch"),
    "Dutch": ("dutch", "neerlandés", "holandês", "niderlandzki", "néerlandais",
              "niederländisch"),
    "Vietnamese": ("vietnamese", "tiếng việt", "wietnamski", "vietnamien", "vietnamesisch"),
    "Indonesian": ("indonesian", "bahasa indonesia", "indonezyjski", "indonésien"),
    "Turkish": ("turkish", "turco", "turecki", "турецька", "turc", "türkisch", "türkçe",
                "турецкий"),
    "Russian": ("russian", "ruso", "russo", "rosyjski", "російська", "rusă", "russe",
                "russisch", "русский", "русского", "rusça"),
    "Arabic": ("arabic", "árabe", "arabski", "арабська", "arabă", "arabe", "arabisch",
               "arabo", "арабский", "arapça", "bahasa arab", "tiếng ả rập"),
    "Hindi": ("hindi", "хінді", "хинди", "bahasa hindi", "tiếng hindi"),
    "Chinese": ("chinese", "mandarin", "chino", "chinês", "chiński", "китайська", "chineză",
                "chinois", "chinesisch", "cinese", "китайский", "çince", "bahasa mandarin",
                "tiếng trung"),
    "Japanese": ("japanese", "japonés", "japonês", "japoński", "японська", "japoneză",
                 "japonais", "japanisch", "giapponese", "японский", "tiếng nhật",
                 "bahasa jepang"),
}  # fmt: skip
