"""Widely used tools that résumés name (issue 15): each links, as a written name of the skill it
is evidence of, in a skills list and in a sentence that uses it; a tool whose name is an everyday
word ("Word", "Slack", "Notion", "Remedy") counts only written with its capitals."""

from __future__ import annotations

import pytest

from tests.skills.conftest import snippets
from worldhire.skills.linker import SkillLinker

TOOLS = {
    "Amazon Web Services": ["RDS", "Amazon RDS", "Amazon SNS", "Route 53"],
    "Java": ["JPA", "MyBatis"],
    "Spring Boot": ["Spring Security", "Thymeleaf"],
    "Vue.js": ["Vuex", "Pinia"],
    "React": ["Material UI", "Ant Design", "Gatsby"],
    "JavaScript": ["Webpack", "Vite", "Babel", "Gulp", "Three.js", "Backbone.js"],
    "web development": ["Storybook", "WooCommerce", "BigCommerce", "PrestaShop", "Wix", "Webflow",
                        "Elementor", "Strapi", "Contentful", "Sitecore", "AEM", "Liferay",
                        "SAP Hybris"],
    "data visualization": ["Chart.js", "Highcharts"],
    "code review": ["ESLint", "Prettier"],
    "ASP.NET": ["Blazor"],
    "cloud computing": ["Heroku", "Vercel", "Netlify", "DigitalOcean"],
    "computer networking": ["Cloudflare", "HAProxy"],
    "network engineering": ["Cisco Packet Tracer", "GNS3", "MikroTik"],
    "PostgreSQL": ["Supabase"],
    "databases": ["SAP HANA"],
    "ERP systems": ["Guidewire", "Guidewire PolicyCenter", "ClaimCenter"],
    "CRM platforms": ["Appian", "Marketo", "Pardot", "Freshworks", "Genesys", "Five9"],
    "IT service management": ["Remedy", "BMC Remedy", "Zoho Desk", "GLPI"],
    "Microsoft Office": ["Word", "OneNote", "Google Workspace", "G Suite"],
    "API development": ["Twilio", "Apigee"],
    "data integration": ["TIBCO", "webMethods", "Dell Boomi", "IBM MQ", "Debezium"],
    "CI/CD": ["TeamCity", "Bamboo", "Artifactory", "JFrog"],
    "software testing": ["BrowserStack", "Sauce Labs", "Testcontainers", "Charles Proxy"],
    "geographic information systems": ["GDAL", "rasterio"],
    "data labelling": ["CVAT"],
    "business intelligence": ["LookML"],
    "data science": ["Dataiku"],
    "UI/UX design": ["InVision"],
    "search engine optimisation": ["SEMrush", "Ahrefs", "Google Search Console"],
    "product and web analytics": ["Google Tag Manager"],
    "Agile methodologies": ["Notion", "Slack"],
    "project management": ["Smartsheet", "ClickUp", "Monday.com", "Basecamp", "Airtable"],
    "maintain financial records": ["Busy Accounting"],
    "perform video editing": ["DaVinci Resolve"],
    "human resources department processes": ["BambooHR", "Workday HCM"],
    "social media management": ["Hootsuite", "Sprout Social"],
    "execute email marketing": ["Mailchimp", "Klaviyo"],
    "operate 3D computer graphics software": ["Blender 3D", "3ds Max", "Cinema 4D", "SketchUp"],
}
CASES = [(label, name) for label, names in TOOLS.items() for name in names]



@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_listed_tool_links(linker: SkillLinker, label: str, name: str) -> None:
    assert snippets(linker, f"Skills: Git, {name}, Linux, Docker").get(label) == name


@pytest.mark.parametrize(("label", "name"), CASES)
def test_a_tool_used_in_a_sentence_links(linker: SkillLinker, label: str, name: str) -> None:
    assert snippets(linker, f"Built the team's weekly reports with {name} for two years.").get(
        label) == name


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Wrote Python services and kept my word on every deadline.", "Microsoft Office"),
        ("Left some slack in the Docker release plan for Java upgrades.", "Agile methodologies"),
        ("Had no notion of Kubernetes before 2019, then ran it with Python.",
         "Agile methodologies"),
        ("Found a remedy for the Java memory leak in the SQL layer.", "IT service management"),
        ("Kept a bamboo plant on the desk while writing Python and SQL.", "CI/CD"),
        # Hadoop's "YARN" is written in capitals; "Yarn" beside npm is the JavaScript one.
        ("Packages managed with npm and Yarn in the React app.", "Hadoop"),
    ],
)
def test_the_everyday_word_is_no_tool(linker: SkillLinker, text: str, label: str) -> None:
    """The same words in lower case, in sentences that name other tools, are what they say; a
    name a tool writes in capitals is not another one written otherwise."""
    assert label not in snippets(linker, text)
