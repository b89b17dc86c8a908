"""The organizations of the demo mission and the posts their staff hold, as a readable
table parsed once at import. Pure data for `liaison_app.demo`.

Each organization is two unindented lines, then its posts and notes, indented:

    key | org type | parent key or - | town key | email domain or -
    Full name | acronym or - | sectors, comma separated, or -
        Position | name pool[:m|:f] | tags, comma separated | radio call sign
        note: a line of the organization's notes

The first post of a block is its head: key leader engagements and chairs use it. A name
pool is a key of `demo.names.NAME_POOLS` or a group of them ("intl", "natl"). Tags written
!dns and !dnc are not tags but the do-not-share and do-not-contact flags.
"""

from __future__ import annotations

from typing import NamedTuple

from liaison_app import vocab
from liaison_app.demo.names import NAME_POOLS, POOL_GROUPS
from liaison_app.demo.places import TOWNS


class Post(NamedTuple):
    """A post in an organization (or an individual source) and who may hold it."""

    position: str
    pool: str
    sex: str  # "m", "f", or "" for either
    tags: tuple[str, ...]
    call_sign: str
    flags: frozenset[str]  # "dns", "dnc"


class OrgSpec(NamedTuple):
    key: str
    org_type: str
    parent: str | None
    town: str
    domain: str
    name: str
    acronym: str
    sectors: tuple[str, ...]
    posts: tuple[Post, ...]
    notes: str


_TABLE = """
ocha | un-agency | - | amsara | ocha.example.org
UN Office for the Coordination of Humanitarian Affairs | OCHA | Coordination, CMCoord
    Head of Office | intl
    note: Country office in the capital; Haldara is covered by the sub-office.
ocha_so | un-agency | ocha | haldara | ocha.example.org
OCHA Haldara Sub-Office | OCHA SO | Coordination, CMCoord, Access
    Head of Sub-Office | intl | chair
    Humanitarian Affairs Officer | intl
    Civil-Military Coordination Officer | intl | cmcoord
    Access Officer | natl | access
    Information Management Officer | intl | im
    National Humanitarian Affairs Officer | natl
unhcr | un-agency | - | amsara | unhcr.example.org
UN High Commissioner for Refugees, Marenia | UNHCR | Protection, Shelter, CCCM
    Deputy Representative (Operations) | intl
unhcr_fo | un-agency | unhcr | haldara | unhcr.example.org
UNHCR Field Office Haldara | UNHCR FO | Protection, Shelter, CCCM
    Head of Field Office | intl | chair
    Protection Officer | intl | protection
    Associate Shelter Officer | natl
    Community-Based Protection Assistant | natl | protection
    Field Associate | natl
unhcr_manyal | un-agency | unhcr_fo | manyal | unhcr.example.org
UNHCR Field Unit Manyal | UNHCR FU | Protection, CCCM
    Head of Field Unit | intl | returnees
    Protection Monitor | natl | returnees
    Registration Assistant | natl
wfp | un-agency | - | amsara | wfp.example.org
World Food Programme, Marenia | WFP | Food Security, Logistics
    Head of Logistics | intl | logistics
wfp_so | un-agency | wfp | haldara | wfp.example.org
WFP Haldara Sub-Office | WFP SO | Food Security, Logistics, ETC
    Head of Sub-Office | intl
    Logistics Officer | intl | logistics, convoys
    Programme Policy Officer | natl
    Field Monitor | natl
    Telecommunications Officer | intl | etc
    Logistics Assistant | natl | convoys
unhas | un-agency | wfp | haldara | wfp.example.org
UN Humanitarian Air Service, Haldara | UNHAS | Logistics
    Air Operations Officer | intl | air-ops
    Booking Assistant | natl
unicef | un-agency | - | haldara | unicef.example.org
UNICEF Haldara Field Office | UNICEF | WASH, Education, Nutrition, Child Protection
    Chief of Field Office | intl | chair
    WASH Specialist | intl | wash, cholera
    Education Officer | natl | education
    Child Protection Officer | natl | protection
    Nutrition Officer | intl
    WASH Officer | natl | wash, cholera
who | un-agency | - | haldara | who.example.org
World Health Organization, Haldara | WHO | Health
    Health Cluster Coordinator | intl | chair, cholera
    Epidemiologist | intl | cholera
    Surveillance Officer | natl | cholera
undp | un-agency | - | haldara | undp.example.org
UN Development Programme, Haldara | UNDP | Early Recovery, Livelihoods, Rule of Law
    Area Programme Manager | intl
    Livelihoods Analyst | natl
unmas | un-agency | - | haldara | unmas.example.org
UN Mine Action Service, Sector East | UNMAS | Mine Action, Protection
    Chief of Operations | intl | uxo
    Explosive Ordnance Risk Education Officer | natl | uxo
undss | un-agency | - | haldara | undss.example.org
UN Department of Safety and Security, Haldara | UNDSS | Security
    Field Security Coordination Officer | intl | security
    Security Information Analyst | intl | security
    Local Security Assistant | natl | security
    Security Officer, Kessa | intl | security
iom | un-agency | - | haldara | iom.example.org
International Organization for Migration, Haldara | IOM | CCCM, Shelter, DTM
    Head of Sub-Office | intl
    CCCM Officer | intl | cccm
    DTM Enumerator Team Leader | natl | returnees
    Shelter Officer | natl
civaff | un-agency | - | haldara | unimar.example.org
UNIMAR Civil Affairs, Sector East | CA | Social Cohesion, Local Governance
    Head of Civil Affairs | intl
    Civil Affairs Officer | intl | conflict
    Community Liaison Assistant | natl | interpreter
    Civil Affairs Officer, Manyal | natl | returnees
unpol | police | - | haldara | unimar.example.org
UNIMAR Police, Sector East | UNPOL | Rule of Law, Protection
    Sector Police Commander | intl
    Community Policing Adviser | intl
fpu | police | unpol | ashen | unimar.example.org
Formed Police Unit 3 | FPU-3 | Protection
    Contingent Commander | sn | - | Lima 6
    Operations Officer | sn | - | Lima 3
    note: Firewood and night patrols around Camp Salama.
sector_hq | military | - | haldara | unimar.example.org
UNIMAR Sector East Headquarters | SEC EAST | Security
    Col, Sector Commander | in | - | Sierra 6
    Lt Col, Chief of Staff | gh | - | Sierra 5
    Maj, U9 CIMIC Staff Officer | de | cimic | Sierra 9
eastbat | military | sector_hq | kessa | eastbat2.unimar.example.org
2nd Infantry Battalion, Sector East | EASTBAT-2 | Security, Protection of Civilians
    Lt Col, Commanding Officer | gh | - | Eagle 6
    Maj, Second-in-Command | gh | - | Eagle 5
    Capt, S2 Information | gh | - | Eagle 2
    Maj, S3 Operations | gh | - | Eagle 3
    Capt, Medical Officer | gh | cholera | Eagle 8
    Capt, A Company Commander (Tumbari) | gh | aor-tumbari | Alpha 6
    Capt, B Company Commander (Nyaru) | gh | aor-nyaru | Bravo 6
    Capt, C Company Commander (Manyal) | gh | aor-manyal | Charlie 6
    Language Assistant | hal | interpreter
    Language Assistant | tum | interpreter
    Lt, CIMIC Team Leader | gh | cimic | Eagle 19
engcoy | military | sector_hq | haldara | unimar.example.org
Sector East Engineer Company | ENGCOY | Logistics, Security
    Maj, Company Commander | bd | engineers | Beaver 6
    Capt, Plant Troop Commander | bd | engineers | Beaver 2
qrf | military | sector_hq | kessa | unimar.example.org
Sector East Quick Reaction Force Company | QRF-E | Security
    Maj, Company Commander | np | - | Falcon 6
    Capt, Escort Platoon Commander | np | convoys | Falcon 1
maf_bde | military | - | haldara | -
Marenian Armed Forces, 14th Infantry Brigade | 14 Bde | Security
    Brig, Brigade Commander | hal
    Col, Brigade Liaison Officer | hal | liaison
    Maj, Civil-Military Officer | hal
maf_bn | military | maf_bde | kessa | -
14th Brigade, 4th Battalion | 4 Bn | Security
    Lt Col, Battalion Commander | hal
    Capt, Km 42 Checkpoint Commander | hal | km42
police | police | - | haldara | police.haldara.gov.example
Haldara Province Police Command | HPPC | Rule of Law
    Commissioner of Police | hal
    Head of Traffic and Checkpoints | hal | km42
    Gender Desk Officer | chr:f | protection
msf | ngo | - | tumbari | msf.example.org
Médecins Sans Frontières, Tumbari project | MSF | Health
    Project Coordinator | intl | cholera
    Medical Team Leader | intl | cholera
    Logistics Coordinator | intl
    Health Promotion Supervisor | chr
    note: Neutrality policy: no armed escorts, no meetings inside military camps.
nrc | ngo | - | haldara | nrc.example.org
Norwegian Refugee Council, Haldara | NRC | Shelter, Education, ICLA, WASH
    Area Manager | no
    Shelter Project Manager | intl
    ICLA Officer | natl | housing-land-property
    Education Officer | natl | education
irc | ngo | - | haldara | irc.example.org
International Rescue Committee, Haldara | IRC | Health, Protection, WASH
    Field Coordinator | intl
    Women's Protection Manager | intl | gbv
    Health Manager | natl
    Protection Officer | natl | protection
stc | ngo | - | haldara | savethechildren.example.org
Save the Children, Haldara | SC | Education, Child Protection, Nutrition
    Area Manager | intl
    Education Coordinator | natl | education
    Child Protection Officer | natl
acf | ngo | - | tumbari | acf.example.org
Action Against Hunger, Tumbari | ACF | Nutrition, WASH, Food Security
    Base Manager | fr
    WASH Programme Manager | natl | cholera
oxfam | ngo | - | ashen | oxfam.example.org
Oxfam, Wadi Ashen | - | WASH, Livelihoods
    WASH Coordinator | intl | water-trucking
    Public Health Promoter | natl
hwda | ngo | - | haldara | -
Haldara Women's Development Association | HWDA | Protection, GBV, Livelihoods
    Director | hal:f | women-leaders
    Case Management Supervisor | hal:f | gbv, !dns
waro | ngo | - | ashen | -
Wadi Ashen Relief Organization | WARO | Food Security, Shelter
    Executive Director | hal
    Distribution Supervisor | hal
pbi | ngo | - | darsalim | -
Peace Bridge Initiative | PBI | Social Cohesion, Peacebuilding
    Coordinator | chr | conflict
    Community Mediator | hal | conflict
mmav | ngo | - | nyaru | -
Marenian Mine Action Volunteers | MMAV | Mine Action
    Team Leader | tum | uxo
    Risk Education Facilitator | chr | uxo
icrc | red-cross | - | amsara | icrc.example.org
International Committee of the Red Cross | ICRC | Protection, Health, Economic Security
    Head of Delegation | intl
icrc_sub | red-cross | icrc | haldara | icrc.example.org
ICRC Haldara Sub-Delegation | ICRC | Protection, Health, Economic Security
    Head of Sub-Delegation | intl
    Protection Delegate | intl
    Field Officer | natl
    note: Bilateral confidential dialogue; shares no operational detail.
    note: Meetings at its own office only.
mrcs | red-cross | - | amsara | mrcs.example.org
Marenian Red Crescent Society | MRCS | Health, Shelter, Restoring Family Links
    Secretary General | hal
mrcs_hal | red-cross | mrcs | haldara | mrcs.example.org
Marenian Red Crescent Society, Haldara Branch | MRCS | Health, WASH, Restoring Family Links
    Branch Director | hal
    Volunteer Coordinator | tum | cholera
    Restoring Family Links Officer | chr | returnees
    Volunteer Team Leader, Tumbari | tum | cholera
hac | government | - | haldara | hac.haldara.gov.example
Humanitarian Aid Commission, Haldara | HAC | Coordination
    Commissioner | hal
    Head of Monitoring | hal
    NGO Registration Officer | hal
    Field Monitor, Ashen Bridge | hal
    note: Issues travel permits for humanitarian staff; permits are checked at Km 42.
smoh | government | - | haldara | health.haldara.gov.example
State Ministry of Health, Haldara | SMoH | Health
    Director General | hal
    Director of Disease Control | hal | cholera
    Tumbari Hospital Director | chr | cholera
moe | government | - | haldara | education.haldara.gov.example
Haldara Education Directorate | - | Education
    Director of Education | hal
    Schools Inspector, Bekora | chr | education
nmaa | government | - | haldara | nmaa.gov.example
National Mine Action Authority, Regional Office | NMAA | Mine Action
    Regional Coordinator | hal | uxo
governor | local-authority | - | haldara | haldara.gov.example
Office of the Governor of Haldara Province | - | Governance
    Governor | hal
    Chief of Staff to the Governor | hal
    Adviser on Humanitarian Affairs | hal
dc_kessa | local-authority | governor | kessa | -
Kessa District Commissioner's Office | - | Governance
    District Commissioner | hal
    Executive Director | hal
dc_ashen | local-authority | governor | ashen | -
Wadi Ashen District Commissioner's Office | - | Governance
    District Commissioner | hal
    Land Officer | hal | housing-land-property
    Executive Director | hal
dc_manyal | local-authority | governor | manyal | -
Manyal District Commissioner's Office | - | Governance
    District Commissioner | tum
    Returns Focal Point | tum | returnees
    Executive Director | hal
tumbari_mun | local-authority | governor | tumbari | -
Tumbari Municipality | - | Governance, WASH
    Mayor of Tumbari | chr
    Head of Water Department | tum | cholera
    Public Health Inspector | chr | cholera
bekora_council | local-authority | governor | bekora | -
Bekora Town Council | - | Governance
    Council Chairperson | chr
elders_kessa | community | - | kessa | -
Kessa Council of Elders | - | Social Cohesion
    Chairman of the Council of Elders | hal:m | kle
    Elder, livestock owners' representative | hal:m | kle, conflict
    Elder, market traders' representative | hal:m | kle
mosque_tumbari | community | - | tumbari | -
Tumbari Central Mosque Committee | - | Social Cohesion
    Imam | hal:m | kle, religious-leader
    Committee Secretary | hal
parish | community | - | bekora | -
St Mary's Parish, Bekora | - | Education, Social Cohesion
    Parish Priest | chr:m | kle, religious-leader
    Head Teacher, parish school | chr | education
camp_committee | community | - | ashen | -
Camp Salama Camp Committee | - | CCCM, Protection
    Camp Committee Chairman | hal:m | kle, idp-leaders
    Women's Representative | hal:f | idp-leaders, women-leaders
    Youth Representative | tum:m | idp-leaders
    Block Leader, Sector C | hal:m | idp-leaders
women_tumbari | community | - | tumbari | -
Tumbari Women's Association | - | Protection, Livelihoods
    Chairwoman | tum:f | women-leaders
chief_nyaru | community | - | nyaru | -
Nyaru Traditional Authority | - | Social Cohesion
    Paramount Chief | tum:m | kle
    Sub-Chief, Nyaru north | tum:m
youth_manyal | community | - | manyal | -
Manyal Youth Union | - | Social Cohesion
    Chairman | tum:m | youth
transport | private | - | haldara | transporters.example
Haldara Transporters' Union | - | Logistics
    Chairman | hal:m | logistics
    Dispatcher | hal | km42
telecom | private | - | haldara | mareniacell.example
MareniaCell | - | Telecommunications
    Regional Network Manager | hal
    Corporate Accounts Officer | chr
water_vendors | private | - | kessa | -
Kessa Water Vendors' Association | - | WASH
    Chairman | hal:m | water-trucking
radio | private | - | haldara | radiohaldara.example
Radio Haldara FM | - | Communication with Communities
    Station Manager | hal
    Reporter | chr | media
mlm | armed-group | - | nyaru | -
Marenia Liberation Movement, Northern Command | MLM-N | -
    Political Officer | tum:m | armed-group, !dnc
    Area Commander, Nyaru north | tum:m | armed-group, !dnc
    note: Contact through the OCHA access unit or ICRC only.
    note: The battalion does not engage directly.
"""

# People known individually rather than through an organization; all are sources.
_SOURCES = """
    Shopkeeper, Kessa market | hal:m | source | | kessa
    Lorry driver, regular on MSR 1 | hal:m | source, km42 | | kessa
    Teacher, Nyaru primary school | tum | source, education | | nyaru
    Nurse, Tumbari hospital | chr:f | source, cholera | | tumbari
    Herder, Dar Salim livestock corridor | hal:m | source, conflict | | darsalim
    Former camp committee member, Camp Salama | hal | source, idp-leaders, !dnc | | ashen
    Returnee, Manyal | tum | source, returnees | | manyal
"""


def _cells(line: str, count: int) -> list[str]:
    cells = [c.strip() for c in line.split("|")]
    cells += [""] * (count - len(cells))
    return ["" if c == "-" else c for c in cells[:count]]


def _post(line: str) -> Post:
    position, pool, tags, call_sign = _cells(line, 4)
    pool, _, sex = pool.partition(":")
    if pool not in NAME_POOLS and pool not in POOL_GROUPS:
        raise ValueError(f"demo table: unknown name pool in {line.strip()!r}")
    words = [t.strip() for t in tags.split(",") if t.strip()]
    return Post(
        position=position,
        pool=pool,
        sex=sex,
        tags=tuple(t for t in words if not t.startswith("!")),
        call_sign=call_sign,
        flags=frozenset(t[1:] for t in words if t.startswith("!")),
    )


def _organization(block: list[str]) -> OrgSpec:
    key, org_type, parent, town, domain = _cells(block[0], 5)
    name, acronym, sectors = _cells(block[1], 3)
    if org_type not in vocab.ORG_TYPES or town not in TOWNS:
        raise ValueError(f"demo table: bad type or town in {block[0]!r}")
    posts = [_post(line) for line in block[2:] if not line.strip().startswith("note:")]
    notes = [line.strip().removeprefix("note:").strip() for line in block[2:] if "note:" in line]
    return OrgSpec(
        key=key,
        org_type=org_type,
        parent=parent or None,
        town=town,
        domain=domain,
        name=name,
        acronym=acronym,
        sectors=tuple(s.strip() for s in sectors.split(",") if s.strip()),
        posts=tuple(posts),
        notes=" ".join(notes),
    )


def _parse(table: str) -> tuple[OrgSpec, ...]:
    blocks: list[list[str]] = []
    for line in table.strip().splitlines():
        if not line.startswith(" ") and (not blocks or len(blocks[-1]) >= 2):
            blocks.append([])
        blocks[-1].append(line)
    orgs = tuple(_organization(block) for block in blocks)
    keys = [o.key for o in orgs]
    for org in orgs:
        # Parents come first so records can be written in table order.
        if org.parent is not None and org.parent not in keys[: keys.index(org.key)]:
            raise ValueError(f"demo table: {org.key} names parent {org.parent} before it exists")
    return orgs


ORGANIZATIONS: tuple[OrgSpec, ...] = _parse(_TABLE)
BY_KEY: dict[str, OrgSpec] = {org.key: org for org in ORGANIZATIONS}
SOURCES: tuple[tuple[Post, str], ...] = tuple(
    (_post(line), _cells(line, 5)[4]) for line in _SOURCES.strip().splitlines()
)
