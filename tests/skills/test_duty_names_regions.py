"""Duties, filings and tools as résumés in the hiring regions' languages write them (issue 15:
dev résumés outside '*-b' labelled these as skills and the product linked nothing). Each case is
an invented sentence; the snippet is the words the skill is linked from, declined forms
included where the language declines the name."""

from __future__ import annotations

import pytest

from worldhire.skills.linker import SkillLinker

from .conftest import snippets


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Obsługa list płac dla 120 pracowników.", "manage payroll", "Obsługa list płac"),
        (
            "Co miesiąc rozliczam wynagrodzenia zleceniobiorców.",
            "manage payroll",
            "rozliczam wynagrodzenia",
        ),
        ("Obsługa PPK w spółce produkcyjnej.", "manage payroll", "PPK"),
        (
            "Przygotowanie raportów płacowych dla zarządu.",
            "manage payroll reports",
            "raportów płacowych",
        ),
        ("Wysyłka plików JPK do urzędu skarbowego.", "prepare tax returns forms", "JPK"),
        (
            "Sporządzanie deklaracji CIT dla trzech spółek.",
            "prepare tax returns forms",
            "deklaracji CIT",
        ),
        ("Prowadzenie ksiąg handlowych spółek z o.o.", "accounting",
         "Prowadzenie ksiąg handlowych"),
        (
            "Znajomość ustawy o rachunkowości i przepisów podatkowych.",
            "bookkeeping regulations",
            "ustawy o rachunkowości",
        ),
        ("Uprawnienia do obsługi wózka widłowego.", "operate forklift", "obsługi wózka widłowego"),
        (
            "Optymalizacja zapytań SQL w hurtowni.",
            "database administration",
            "Optymalizacja zapytań SQL",
        ),
        ("Migracja danych ze starego systemu.", "data migration", "Migracja danych"),
        (
            "Wyszukiwanie semantyczne w dokumentach prawnych.",
            "information retrieval",
            "Wyszukiwanie semantyczne",
        ),
        (
            "Model do rozpoznawania jednostek nazwanych w umowach.",
            "named entity recognition",
            "rozpoznawania jednostek nazwanych",
        ),
        ("Raportowanie KPI dla kierownictwa.", "reporting automation", "Raportowanie KPI"),
        ("Audyty dostawców w zakładach w Czechach.", "perform quality audits", "Audyty dostawców"),
        (
            "Obsługa eskalacji od klientów biznesowych.",
            "perform escalation procedure",
            "Obsługa eskalacji",
        ),
        ("Dokumentacja kadrowa pracowników sklepu.", "personnel management",
         "Dokumentacja kadrowa"),
        ("Wystawianie świadectw pracy.", "personnel management", "świadectw pracy"),
        (
            "Rozliczanie czasu jazdy z tachografu cyfrowego.",
            "road traffic laws",
            "tachografu cyfrowego",
        ),
        (
            "Spawanie konstrukcji stalowych na budowie.",
            "apply arc welding techniques",
            "Spawanie konstrukcji stalowych",
        ),
        ("Szkolenia BHP dla nowych pracowników.", "health and safety in the workplace",
         "Szkolenia BHP"),
        ("Analiza sprzedaży w podziale na regiony.", "carry out sales analysis",
         "Analiza sprzedaży"),
        ("Konteneryzacja aplikacji klienta.", "Docker", "Konteneryzacja"),
        ("Utrzymanie ruchu i automatyka przemysłowa.", "robotics", "automatyka przemysłowa"),
        ("Księgowanie w Comarch ERP XL.", "ERP systems", "Comarch ERP XL"),
    ],
)
def test_polish_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Реєстрація податкових накладних в ЄРПН.", "prepare tax returns forms",
         "податкових накладних"),
        ("Облік ПДВ для трьох підприємств.", "prepare tax returns forms", "ПДВ"),
        ("Знання Податкового кодексу України.", "tax legislation",
         "Податкового кодексу України"),
        ("Виписка видаткових накладних клієнтам.", "issue sales invoices",
         "видаткових накладних"),
        ("Ведення кадрового документообігу.", "personnel management",
         "кадрового документообігу"),
        ("Розраховую відпускні працівникам.", "manage payroll", "відпускні"),
        ("Онбординг нових працівників.", "human resources department processes", "Онбординг"),
        ("Посвідчення водія кат. B.", "drive vehicles", "Посвідчення водія"),
        ("Посвідчення водія навантажувача.", "operate forklift",
         "Посвідчення водія навантажувача"),
        ("Робота з цифровим тахографом.", "road traffic laws", "цифровим тахографом"),
        ("Приймання та видача ТМЦ на складі.", "check deliveries on receipt",
         "Приймання та видача ТМЦ"),
        ("Розміщення товару на стелажах.", "stock shelves", "Розміщення товару на стелажах"),
        ("Підключення трифазних двигунів.", "electricity principles",
         "Підключення трифазних двигунів"),
        ("Інструктаж з електробезпеки.", "electrical power safety regulations",
         "електробезпеки"),
        ("Ведення медичної документації.", "use electronic health records in nursing",
         "Ведення медичної документації"),
        ("Контроль дебіторської заборгованості.", "follow up accounts receivables",
         "Контроль дебіторської заборгованості"),
        ("Навантажувальне тестування API.", "performance engineering",
         "Навантажувальне тестування"),
        ("Оптимізація запитів у сховищі.", "database administration", "Оптимізація запитів"),
        ("Моніторинг якості даних у сховищі.", "data quality", "Моніторинг якості даних"),
        ("Міграції даних зі старої системи.", "data migration", "Міграції даних"),
        ("Парсинг даних з сайтів конкурентів.", "web scraping", "Парсинг даних"),
        ("Розмітка даних для моделей.", "data labelling", "Розмітка даних"),
        ("Трекінг об'єктів на відео.", "object detection", "Трекінг об'єктів"),
        ("Дистиляція моделей для телефонів.", "knowledge distillation", "Дистиляція"),
    ],
)
def test_ukrainian_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Reporting hebdomadaire sous TCD.", "Microsoft Excel", "TCD"),
        ("Programmation d'automates sur la ligne 3.", "programmable logic controller",
         "Programmation d'automates"),
        ("Automatisation des rapports de ventes.", "reporting automation",
         "Automatisation des rapports"),
        ("Tenue de la comptabilité de PME.", "accounting", "Tenue de la comptabilité"),
        ("Préparation des variables de paie.", "manage payroll",
         "Préparation des variables de paie"),
        ("Établissement des soldes de tout compte.", "manage payroll", "soldes de tout compte"),
        ("Calcul des amortissements annuels.", "perform asset depreciation",
         "Calcul des amortissements"),
        ("Audits fournisseurs au Maroc.", "perform quality audits", "Audits fournisseurs"),
        ("Permis cariste valide.", "operate forklift", "Permis cariste"),
        ("Titulaire de la FIMO.", "drive vehicles", "FIMO"),
        ("Installation de faisceaux hertziens.", "telecommunications engineering",
         "faisceaux hertziens"),
        ("Raccordement FTTH chez les abonnés.", "fibre optics", "Raccordement FTTH"),
        ("Administration de serveurs Linux.", "system administration",
         "Administration de serveurs"),
        ("Écriture de requêtes SQL.", "SQL", "requêtes SQL"),
        ("Reconnaissance d'entités nommées dans des contrats.", "named entity recognition",
         "Reconnaissance d'entités nommées"),
        ("Recherche sémantique sur la base documentaire.", "information retrieval",
         "Recherche sémantique"),
        ("Annotation des données pour le modèle.", "data labelling", "Annotation des données"),
        ("Apurement des données d'enquête.", "data cleaning", "Apurement des données"),
        ("Tests de charge avant la mise en ligne.", "performance engineering", "Tests de charge"),
        ("Statistiques bayésiennes appliquées.", "Bayesian statistics",
         "Statistiques bayésiennes"),
        ("Lecture de schémas sur chantier.", "electrical wiring diagrams", "Lecture de schémas"),
        ("Câblage d'armoires électriques.", "install circuit breakers", "armoires électriques"),
        ("Accueil des clients en agence.", "customer service", "Accueil des clients"),
        ("Mise en stock des palettes.", "warehouse operations", "Mise en stock"),
        ("Contrôle des bons de livraison.", "handle shipment paperwork", "bons de livraison"),
        ("Suivi des indicateurs de l'entrepôt.", "track key performance indicators",
         "Suivi des indicateurs"),
        ("Gestion des budgets du service.", "manage budgets", "Gestion des budgets"),
        ("Saisie comptable sur Acomba.", "use accounting systems", "Acomba"),
        ("Analyse des ventes par magasin.", "carry out sales analysis", "Analyse des ventes"),
        ("Analyse du churn des abonnés.", "churn modelling", "Analyse du churn"),
        ("Industrialisation des modèles en production.", "MLOps",
         "Industrialisation des modèles"),
        ("Planification de la production hebdomadaire.", "schedule production",
         "Planification de la production"),
        ("Enquêtes de satisfaction trimestrielles.", "measure customer feedback",
         "Enquêtes de satisfaction"),
        ("Automatisation des déploiements sur GitLab.", "CI/CD",
         "Automatisation des déploiements"),
        ("Maintenance en génie civil.", "civil engineering", "génie civil"),
        ("Dépannage en hydraulique et en électromécanique.", "hydraulics", "hydraulique"),
        ("Dépannage en hydraulique et en électromécanique.", "electromechanics",
         "électromécanique"),
    ],
)
def test_french_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Timbrado de CFDI 4.0 para clientes.", "issue sales invoices", "CFDI 4.0"),
        ("Emisión de CFDI de nómina quincenal.", "manage payroll", "CFDI de nómina"),
        ("Cálculo de finiquitos y liquidaciones.", "manage payroll", "finiquitos"),
        ("Causación de facturas de proveedores.", "accounting entries",
         "Causación de facturas"),
        ("Presentación de la DIOT mensual.", "prepare tax returns forms", "DIOT"),
        ("Reporte de información exógena a la DIAN.", "prepare tax returns forms",
         "información exógena"),
        ("Pago de impuestos provisionales.", "calculate tax", "impuestos provisionales"),
        ("Seguimiento del OTIF por cliente.", "track key performance indicators", "OTIF"),
        ("Integración continua con GitHub Actions.", "CI/CD", "Integración continua"),
        ("Destilación de modelos para producción.", "knowledge distillation",
         "Destilación de modelos"),
        ("Uso diario de Diraya en planta.", "use electronic health records in nursing",
         "Diraya"),
        ("Curso de Soporte Vital Cardiovascular Avanzado.", "resuscitation",
         "Soporte Vital Cardiovascular Avanzado"),
        ("Manejo de carretilla retráctil.", "operate forklift", "carretilla retráctil"),
        ("Atención al público en sucursal.", "customer service", "Atención al público"),
        ("Control de caja chica de la oficina.", "handle petty cash", "Control de caja chica"),
        ("Gestión de cartera morosa por teléfono.", "debt collection techniques",
         "cartera morosa"),
        ("Pruebas de carga con usuarios simulados.", "performance engineering",
         "Pruebas de carga"),
        ("Pruebas E2E del flujo de pago.", "software testing", "Pruebas E2E"),
        ("Modelos de propensión de compra.", "churn modelling", "Modelos de propensión"),
        ("Redes neuronales convolucionales para radiografías.", "convolutional neural networks",
         "Redes neuronales convolucionales"),
        ("Desarrollo de servicios REST.", "API development", "servicios REST"),
        ("Gobierno de datos del área de riesgos.", "data governance", "Gobierno de datos"),
    ],
)
def test_spanish_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Submissão do SAF-T mensal.", "prepare tax returns forms", "SAF-T"),
        ("Preparação da Modelo 22 dos clientes.", "prepare tax returns forms", "Modelo 22"),
        ("Apoio em fiscalidade a PME.", "tax legislation", "fiscalidade"),
        ("Fecho mensal e anual de contas.", "manage the general ledger", "Fecho mensal"),
        ("Fechamento contábil de três empresas.", "manage the general ledger",
         "Fechamento contábil"),
        ("Televendas de planos de saúde.", "telemarketing", "Televendas"),
        ("Registos de enfermagem no SClínico.", "use electronic health records in nursing",
         "SClínico"),
        ("Aplicação da sistematização da assistência de enfermagem.", "implement nursing care",
         "sistematização da assistência de enfermagem"),
        ("Automação de relatórios gerenciais.", "reporting automation", "Automação de relatórios"),
        ("Testes de carga das APIs.", "performance engineering", "Testes de carga"),
        ("Acompanhamento de indicadores de desempenho.", "track key performance indicators",
         "indicadores de desempenho"),
        ("Governança de dados no banco.", "data governance", "Governança de dados"),
        ("Storytelling de dados para a diretoria.", "data visualization",
         "Storytelling de dados"),
        ("Modelos de propensão de churn.", "churn modelling", "propensão de churn"),
    ],
)
def test_portuguese_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Theo dõi công nợ khách hàng hằng tuần.", "follow up accounts receivables",
         "Theo dõi công nợ"),
        ("Hạch toán chi phí sản xuất.", "perform cost accounting activities",
         "Hạch toán chi phí"),
        ("Hạch toán các nghiệp vụ kinh tế phát sinh.", "accounting entries",
         "Hạch toán các nghiệp vụ kinh tế"),
        ("Nộp thuế TNDN tạm tính theo quý.", "prepare tax returns forms", "thuế TNDN"),
        ("Kiểm tra hóa đơn GTGT đầu vào.", "issue sales invoices", "hóa đơn GTGT"),
        ("Giao tiếp tốt với khách hàng.", "communication", "Giao tiếp"),
        ("Theo dõi KPI của nhóm bán hàng.", "track key performance indicators", "Theo dõi KPI"),
        ("Vận hành xe nâng trong kho lạnh.", "operate forklift", "Vận hành xe nâng"),
        ("Kiểm thử hiệu năng hệ thống thanh toán.", "performance engineering",
         "Kiểm thử hiệu năng"),
        ("Gán nhãn dữ liệu hình ảnh.", "data labelling", "Gán nhãn dữ liệu"),
        ("Thiết kế cơ sở dữ liệu cho ứng dụng.", "data modelling", "Thiết kế cơ sở dữ liệu"),
        ("Quản trị máy chủ Linux của công ty.", "system administration",
         "Quản trị máy chủ Linux"),
        ("Xây dựng báo cáo tự động cho phòng kinh doanh.", "reporting automation",
         "báo cáo tự động"),
        ("Mô hình gợi ý sản phẩm cho sàn thương mại.", "recommender systems",
         "gợi ý sản phẩm"),
        ("Đánh máy nhanh, chính xác.", "use free typing techniques", "Đánh máy"),
        ("Hỗ trợ khách hàng qua điện thoại.", "customer service", "Hỗ trợ khách hàng"),
        ("Đọc bản vẽ kết cấu thép.", "read standard blueprints", "Đọc bản vẽ kết cấu"),
        ("Nhập xuất hàng theo phiếu.", "warehouse operations", "Nhập xuất hàng"),
    ],
)
def test_vietnamese_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Lapor bulanan lewat DJP Online.", "prepare tax returns forms", "DJP Online"),
        ("Menyiapkan SPT Masa PPN setiap bulan.", "prepare tax returns forms", "SPT Masa PPN"),
        ("Menghitung PPh 23 atas jasa vendor.", "calculate tax", "PPh 23"),
        ("Membersihkan data transaksi sebelum analisis.", "data cleaning", "Membersihkan data"),
        ("Memantau performa model setelah rilis.", "model monitoring",
         "Memantau performa model"),
        ("Membangun model deteksi fraud kartu kredit.", "fraud detection", "deteksi fraud"),
        ("Mengikuti pelatihan K3 di pabrik.", "health and safety in the workplace",
         "pelatihan K3"),
        ("Membuat faktur penjualan harian.", "issue sales invoices", "faktur penjualan"),
        ("Konfirmasi piutang ke pelanggan.", "follow up accounts receivables",
         "Konfirmasi piutang"),
        ("Membantu penutupan bulanan.", "manage the general ledger", "penutupan bulanan"),
        ("Perhitungan lembur karyawan pabrik.", "manage payroll", "Perhitungan lembur"),
        ("Rekap absensi karyawan setiap minggu.", "keep records of attendance",
         "Rekap absensi karyawan"),
        ("Membuat laporan KPI untuk manajer.", "reporting automation", "laporan KPI"),
        ("Menyusun forecast penjualan kuartalan.", "forecast sales over periods of time",
         "forecast penjualan"),
    ],
)
def test_indonesian_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Bilanzierung nach HGB für drei Gesellschaften.", "bookkeeping regulations", "HGB"),
        ("Erstellung der Monats- und Jahresabschlüsse.", "prepare financial statements",
         "Monats- und Jahresabschlüsse"),
        ("Urlaubsverwaltung für 80 Mitarbeitende.", "keep records of attendance",
         "Urlaubsverwaltung"),
        ("Bearbeitung von Pfändungen.", "manage payroll", "Pfändungen"),
        ("Erstellung von Arbeitszeugnissen.", "personnel management", "Arbeitszeugnissen"),
        ("Bearbeitung von Eskalationen im Second Level.", "perform escalation procedure",
         "Eskalationen"),
        ("Prüfung der Frachtpapiere.", "handle shipment paperwork", "Frachtpapiere"),
        ("Gefahrgutabwicklung nach ADR.", "transport dangerous goods", "Gefahrgutabwicklung"),
        ("Kommissionierung mit dem MDE-Scanner.", "operate warehouse record systems",
         "MDE-Scanner"),
        ("Pflege der Personalstammdaten in Personio.", "human resources department processes",
         "Personio"),
        ("Modelle für Nachfrageprognosen im Handel.", "time series forecasting",
         "Nachfrageprognosen"),
        ("Bildsegmentierung von CT-Aufnahmen.", "image processing", "Bildsegmentierung"),
        ("Texterkennung auf Lieferscheinen.", "optical character recognition software",
         "Texterkennung"),
    ],
)
def test_german_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Depunerea D394 lunar.", "prepare tax returns forms", "D394"),
        ("Întocmirea declarațiilor ANAF.", "prepare tax returns forms", "declarațiilor ANAF"),
        ("Registrul REVISAL actualizat zilnic.", "personnel management", "Registrul REVISAL"),
        ("Eliberarea adeverințelor de salariat.", "personnel management",
         "adeverințelor de salariat"),
        ("Calculul concediilor medicale.", "manage payroll", "concediilor medicale"),
        ("Evidența concediilor de odihnă.", "keep records of attendance",
         "Evidența concediilor"),
        ("Lucru cu tahograf digital.", "road traffic laws", "tahograf digital"),
        ("Verificarea documentelor CMR.", "handle shipment paperwork", "documentelor CMR"),
        ("Lucrul cu scanere de coduri de bare.", "operate warehouse record systems",
         "scanere de coduri de bare"),
        ("Resuscitare cardio-pulmonară la adulți.", "resuscitation",
         "Resuscitare cardio-pulmonară"),
        ("Pregătirea injectomatelor: injectomat pentru fiecare pacient.",
         "intravenous infusion", "injectomat"),
        ("Evidența contabilă a firmelor mici.", "accounting", "Evidența contabilă"),
        ("Raportare IFRS către grup.", "international financial reporting standards",
         "Raportare IFRS"),
        ("Modele de previziune a cererii.", "time series forecasting", "previziune a cererii"),
        ("Previziuni de vânzări lunare.", "forecast sales over periods of time",
         "Previziuni de vânzări"),
        ("Dezvoltare aplicații web în React.", "web development", "Dezvoltare aplicații web"),
    ],
)
def test_romanian_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Aylık KDV ve stopaj takibi.", "prepare tax returns forms", "KDV"),
        ("Muhtasar beyannamelerinin hazırlanması ve gönderimi.", "prepare tax returns forms",
         "Muhtasar beyannamelerinin hazırlanması"),
        ("El terminali ile sayım yapılması.", "operate warehouse record systems",
         "El terminali"),
        ("Forklift Operatörlüğü Belgesi sahibiyim.", "operate forklift",
         "Forklift Operatörlüğü Belgesi"),
        ("Logo Bordro Plus ile maaş hesaplama.", "manage payroll", "Logo Bordro Plus"),
        ("Puantaj kontrolü ve fazla mesai takibi.", "keep records of attendance", "Puantaj"),
        ("Personelin özlük dosyalarının takibi.", "personnel management",
         "özlük dosyalarının"),
        ("İşe giriş-çıkış işlemleri ve SGK bildirgeleri.", "human resources department processes",
         "İşe giriş-çıkış işlemleri"),
        ("Şantiyede İSG denetimleri.", "health and safety in the workplace", "İSG"),
        ("Cari hesap mutabakatlarının yapılması.", "generate reconciliation reports",
         "Cari hesap mutabakatlarının"),
        ("Aylık mizan kontrolü.", "manage the general ledger", "mizan kontrolü"),
        ("Sabit kıymet kayıtları ve amortisman.", "perform asset depreciation",
         "Sabit kıymet kayıtları"),
        ("Sorgu optimizasyonu ve indeksleme.", "database administration",
         "Sorgu optimizasyonu"),
        ("Kredi kartı işlemlerinde dolandırıcılık tespiti.", "fraud detection",
         "dolandırıcılık tespiti"),
        ("Prompt mühendisliği ile asistan geliştirme.", "prompt engineering",
         "Prompt mühendisliği"),
        ("Model sıkıştırma ile mobil dağıtım.", "model compression", "Model sıkıştırma"),
        ("SRC belgesi ve B sınıfı ehliyet.", "drive vehicles", "SRC belgesi"),
        ("Rut optimizasyonu ile yakıt tasarrufu.", "implement route planning in smart mobility "
         "services", "Rut optimizasyonu"),
    ],
)
def test_turkish_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Администрирование серверов Linux.", "system administration",
         "Администрирование серверов"),
        ("Расчёт зарплаты в ЗУП.", "use accounting systems", "ЗУП"),
        ("Проверка авансовых отчетов сотрудников.", "keep track of expenses",
         "авансовых отчетов"),
        ("Комплектация заказов интернет-магазина.", "warehouse operations",
         "Комплектация заказов"),
        ("Работа со сканером штрих-кодов.", "operate warehouse record systems",
         "сканером штрих-кодов"),
        ("Удостоверение водителя погрузчика.", "operate forklift",
         "Удостоверение водителя погрузчика"),
        ("Очистка данных перед обучением.", "data cleaning", "Очистка данных"),
        ("Дообучение языковых моделей под домен.", "LLM fine-tuning",
         "Дообучение языковых моделей"),
        ("Сегментация изображений МРТ.", "image processing", "Сегментация изображений"),
        ("Трекинг объектов на складе.", "object detection", "Трекинг объектов"),
        ("Автоматизация отчётов для финансов.", "reporting automation",
         "Автоматизация отчётов"),
    ],
)
def test_russian_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    ("text", "label", "snippet"),
    [
        ("Pregătesc și fac tratament injectabil la pacienți.", "administer prescribed medication",
         "tratament injectabil"),
        ("Administrarea tratamentului injectabil pe secție.", "administer prescribed medication",
         "Administrarea tratamentului injectabil"),
        ("Procesez retururile de la magazine.", "handle returns", "Procesez retururile"),
        ("Gestionarea retururilor în depozit.", "handle returns", "Gestionarea retururilor"),
        ("Rezolv reclamațiile venite prin e-mail.", "handle customer complaints", "reclamațiile"),
        ("Emiterea comenzilor către furnizori.", "issue purchase orders", "Emiterea comenzilor"),
        ("Urmărirea livrărilor de la furnizori.", "track shipments", "Urmărirea livrărilor"),
        ("Montez corpuri de iluminat în birouri.", "install lighting",
         "Montez corpuri de iluminat"),  # the verb and its object: the whole duty
        ("Manejo de devoluciones en tienda.", "handle returns", "Manejo de devoluciones"),
    ],
)
def test_romanian_care_purchase_and_returns_duties_link_their_skill(
    linker: SkillLinker, text: str, label: str, snippet: str
) -> None:
    assert snippets(linker, text).get(label) == snippet


@pytest.mark.parametrize(
    "text",
    [
        "Làm dashboard chi phí vận chuyển trên Metabase cho phòng kế toán",
        "Armé un dashboard de cobranzas en Power BI para la gerencia.",
        "Built a dashboard in Tableau that the ops team reads every morning.",
    ],
)
def test_a_single_dashboard_is_data_visualization_as_dashboards_are(
    linker: SkillLinker, text: str
) -> None:
    assert snippets(linker, text).get("data visualization") == "dashboard"


def test_a_dashboard_in_no_technical_sentence_is_no_skill(linker: SkillLinker) -> None:
    assert "data visualization" not in snippets(
        linker, "Fitted a dashboard camera in each of the company's delivery vans.")
