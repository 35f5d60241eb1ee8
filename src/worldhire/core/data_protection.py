"""Words for personal data and for the laws that protect it, in the hiring regions' languages and
their neighbours'. A job post's sentence about applicants' data ("Applicants in the EU: see our
GDPR privacy notice") says which law covers whom, not who may apply; the consent a Polish,
Romanian or Italian CV ends with ("... przetwarzanie moich danych osobowych ... (RODO)") names
the reader's recruitment, not a skill. Both readers use these lists (ingest and skills: the core
is the layer both import).

Regex alternatives, matched whole-word and case-insensitively by the patterns that compose them.
"""

from __future__ import annotations

# Declined as sentences write them: "danych osobowych", "персональних даних", "datelor cu
# caracter personal", "personenbezogenen Daten".
PERSONAL_DATA = (
    r"personal data|personal information|datos personales|dados pessoais|dane osobowe|"
    r"danych osobowych|données personnelles|personenbezogene[nr]? daten|dati personali|"
    r"персональних даних|персональных данных|date cu caracter personal|date personale|"
    r"datelor cu caracter personal|datelor personale|kişisel veri\w*|data pribadi|dữ liệu cá nhân"
)

# By name or number ("Regulation (EU) 2016/679").
DATA_PROTECTION_LAWS = r"gdpr|rodo|dsgvo|rgpd|lgpd|ccpa|cpra|2016/679"

# The subject itself. A CV names it as work ("differential privacy", "Data Protection Officer"),
# so only a post's sentences are read by it, not a CV's consent.
DATA_PROTECTION = (
    r"privacy|data protection|protección de datos|proteção de dados|protection des données|"
    r"ochrona danych|datenschutz"
)
