"""Words that say whether a line of a résumé is a person's name, in the hiring regions'
languages: words a name never is (document furniture, roles, kinds of employment), everyday words
of running text, and the particles names hold in lower case ("da", "van", "bin"). Lower case;
`ingest/resumes/header.py` compares them with folded words."""

from __future__ import annotations

# What a name never is: these words mark document furniture, roles or kinds of employment.
NOT_NAME_WORDS = frozenset(
    """
    resume résumé curriculum vitae cv bio biodata profile summary executive objective
    candidate consultant applicant confidential page contact details personal information
    about me full-time full time part-time fulltime parttime freelance freelancer contract
    contractor remote hybrid onsite internship intern available immediately references
    portfolio engineer developer scientist analyst manager architect designer consultant
    specialist lead head director officer administrator technician assistant associate
    researcher professor lecturer teacher nurse driver accountant intern student graduate
    trainee senior junior principal staff sr jr data machine learning software skills
    experience education languages projects certifications summary overview gmbh ltd inc llc
    limited pvt corp company university college school institute bank group labs
    technologies solutions services ingeniero ingeniera desarrollador desarrolladora
    analista cientifico engenheiro engenheira desenvolvedor desenvolvedora inzynier
    programista analityk inginer ingenieur ingenieure entwickler entwicklerin lebenslauf
    curriculo hoja vida zyciorys zhyttiepys rezume insinyur pengembang riwayat hidup
    recruitment recruiting recrutement recrutamento reclutamiento rekrutacja recrutare
    personalberatung personaldienstleistung staffing headhunting agency agence agencia
    kandidat kandidatin kandidatenprofil kandydat candidat candidate candidato profil perfil
    zielposition wunschposition region verfugbarkeit gehaltsvorstellung kundigungsfrist
    poste recherche disponibilite remuneration souhaitee ref reference confidentiel wasifu
    vertraulich confidencial poufne
    ozgecmis muhendis muhendisi uzman uzmani gelistirici bilimci analist analisti yonetici
    yoneticisi mudur muduru temsilcisi sorumlusu stajyer makine ogrenmesi veri aday
    инженер разработчик программист аналитик специалист менеджер руководитель бухгалтер
    резюме кандидат uyruk uyrugu vatandasi
    position applied expected salary availability employment notice location nationality
    puesto vacante disponibilidad salarial pretension vaga disponibilidade pretensao
    stanowisko oczekiwania dyspozycyjnosc posisi dilamar ekspektasi gaji domisili lowongan
    """.split()  # noqa: SIM905
)
EVERYDAY = frozenset(
    """
    the a an and or of to in on at for with from by is are was were be been this that these
    those my our your here there more less words word some any all no not new old good best
    lorem ipsum dolor sit amet hello welcome dear sir madam thanks thank you please note
    page about me i we el la los las y de del en con para por un una es que o ou do da das
    dos em com para um uma und der die das mit von zu im ist ein eine le les des et du au
    aux pour avec est une un i w z na do jest się oraz że și cu la pe din este và của là có
    được dan yang di ke dari
    """.split()  # noqa: SIM905
)
NAME_PARTICLES = frozenset(
    """
    de da das do dos du van von der den ter bin binti al el la le del di y e i ibn bint
    della dei los las vom zu ten
    """.split()  # noqa: SIM905
)
