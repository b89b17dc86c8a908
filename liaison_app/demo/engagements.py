"""The engagements of the demo officer: recurring coordination meetings, key leader
engagements, site visits, calls and bilateral meetings, each with who attends, where,
and which issues come up. Pure data for `liaison_app.demo`.

Block format (see `demo.blocks.read_blocks`):

    = meeting type | title | site key or - | open/restricted/strict
    weekly: / fortnightly: weekday HH:MM minutes    (recurring meetings)
    length: min-max minutes                          (the others, placed on a free slot)
    orgs: key (someone from it), key* (its head), key:tag (its staff member so tagged)
    issues: issue keys that may come up          from: first day of the month it can happen
    purpose: why the meeting is held
"""

from __future__ import annotations

from typing import NamedTuple

from liaison_app import vocab
from liaison_app.demo.blocks import Block, read_blocks, split_list
from liaison_app.demo.issues import ISSUES
from liaison_app.demo.organizations import BY_KEY
from liaison_app.demo.places import SITES

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Seat(NamedTuple):
    """Who an organization sends: its head, a staff member with a tag, or anyone."""

    org: str
    head: bool
    tag: str


class Engagement(NamedTuple):
    meeting_type: str
    title: str
    site: str | None
    sensitivity: str
    every: int  # 0: one-off; 7: weekly; 14: fortnightly
    weekday: int
    start: str  # HH:MM of recurring meetings
    length: tuple[int, int]
    seats: tuple[Seat, ...]
    issues: tuple[str, ...]
    first_day: int
    purpose: str


_TABLE = """
= coordination-meeting | Haldara General Coordination Meeting | ocha_hub | open
weekly: tue 10:00 120
orgs: ocha_so*, unhcr_fo, wfp_so, unicef, who, iom, msf, nrc, irc, stc, acf, oxfam, hac,
    mrcs_hal, civaff, undss
issues: cholera, bridge, km42, convoy, water, returnees, rains, food, school
purpose: Weekly inter-agency meeting: situation overview, access, sector updates and gaps.
= coordination-meeting | Protection Working Group, Haldara | unhcr_fo | restricted
weekly: wed 10:00 90
orgs: unhcr_fo*, unhcr_fo:protection, irc:gbv, hwda, stc, unicef:protection, nrc, unpol, iom
issues: firewood, returnees, school, farmers
purpose: Protection trends, referrals and the protection risks of military presence.
= coordination-meeting | WASH Sector Meeting, Haldara | unicef_office | open
weekly: thu 09:00 90
orgs: unicef:wash, oxfam, acf, nrc, irc, mrcs_hal:cholera, tumbari_mun:cholera, msf
issues: cholera, water, rains
purpose: Water supply in the camps and the cholera response; gaps and who covers them.
= coordination-meeting | Cholera Task Force | smoh | open
weekly: mon 14:00 90
from: 6
orgs: smoh*, smoh:cholera, who:cholera, msf, unicef:wash, acf, mrcs_hal:cholera, irc,
    tumbari_mun:cholera, eastbat:cholera
issues: cholera, rumours
purpose: Epidemiological update, case management, WASH and risk communication.
= coordination-meeting | Access and CMCoord Working Group | ocha_hub | restricted
fortnightly: wed 14:00 90
orgs: ocha_so:cmcoord, ocha_so:access, undss, wfp_so:logistics, unhcr_fo, nrc, irc,
    sector_hq:cimic, hac
issues: km42, convoy, access_north, bridge, school
purpose: Access constraints, notification of movements, and requests for military assets.
= coordination-meeting | Security Cell | undss_office | restricted
weekly: thu 15:00 60
orgs: undss*, undss:security, unpol, sector_hq, wfp_so, unhcr_fo, ocha_so
issues: convoy, access_north, farmers, km42, telecom
purpose: Weekly security update for UN agencies and the mission.
= meeting | EASTBAT-2 Operations and CIMIC Sync | eastbat_camp | restricted
weekly: sat 08:00 60
orgs: eastbat, eastbat, eastbat, eastbat:aor-tumbari, eastbat:aor-nyaru, eastbat:aor-manyal
issues: convoy, uxo, school, firewood, returnees, cholera, access_north, telecom, rains
purpose: Align next week's patrols with humanitarian activity and open liaison requests.
= coordination-meeting | Food Security and Livelihoods Sector | wfp_office | open
fortnightly: mon 10:00 90
orgs: wfp_so*, waro, acf, undp, iom, hac, nrc
issues: food, bridge, rains, returnees
purpose: Distribution plans, targeting and pipeline breaks.

= key-leader-engagement | KLE: Governor of Haldara Province | governor | restricted
length: 60-90
orgs: governor*, governor, eastbat*
issues: bridge, school, rains, km42, farmers
purpose: Courtesy call and the province's priorities: Ashen bridge, schools, the rains.
= key-leader-engagement | KLE: Commander, 14th Infantry Brigade | brigade | restricted
length: 60-90
orgs: maf_bde*, maf_bde:liaison, eastbat*
issues: km42, school, access_north
purpose: Checkpoint procedures at Km 42 and military use of Bekora secondary school.
= key-leader-engagement | KLE: District Commissioner, Kessa | kessa_dc | restricted
length: 45-75
orgs: dc_kessa*, dc_kessa, eastbat:interpreter
issues: water, km42, farmers, rains
purpose: District concerns, water prices and the rains.
= key-leader-engagement | KLE: District Commissioner, Wadi Ashen | ashen_dc | restricted
length: 45-75
orgs: dc_ashen*, dc_ashen, eastbat:interpreter
issues: bridge, water, food, farmers
purpose: Ashen bridge, Camp Salama and relations between IDPs and the host community.
= key-leader-engagement | KLE: District Commissioner, Manyal | manyal_dc | restricted
length: 45-75
orgs: dc_manyal*, dc_manyal:returnees, eastbat:interpreter
issues: returnees, telecom, convoy
purpose: Returns through Manyal and the district's capacity to receive them.
= key-leader-engagement | KLE: Mayor of Tumbari | tumbari_hall | restricted
length: 45-60
from: 6
orgs: tumbari_mun*, tumbari_mun, eastbat:interpreter
issues: cholera, rumours
purpose: The cholera outbreak and how the municipality sees the battalion.
= key-leader-engagement | KLE: Imam of Tumbari Central Mosque | tumbari_mosque | strict
length: 45-60
from: 10
orgs: mosque_tumbari*, mosque_tumbari, eastbat:interpreter
issues: rumours, cholera
purpose: The rumour that peacekeepers brought cholera, and hygiene messages at prayers.
= key-leader-engagement | KLE: Kessa Council of Elders | kessa_elders | restricted
length: 60-120
orgs: elders_kessa*, elders_kessa, eastbat:interpreter
issues: farmers, water
purpose: The herders' early arrival and tension at the Dar Salim water points.
= key-leader-engagement | KLE: Paramount Chief of Nyaru | nyaru_chief | strict
length: 60-90
orgs: chief_nyaru*, chief_nyaru, eastbat:interpreter
issues: uxo, access_north
purpose: Safety around Nyaru and the community's view of the situation to the north.
= key-leader-engagement | KLE: Parish Priest, Bekora | bekora_parish | restricted
length: 45-60
orgs: parish*, parish:education
issues: school
purpose: Reopening of Bekora secondary school.
= key-leader-engagement | KLE: Camp Salama Camp Committee | camp_salama | strict
length: 60-90
orgs: camp_committee*, camp_committee, camp_committee, eastbat:interpreter
issues: water, firewood, food
purpose: Camp leaders' concerns: water, safety outside the camp, distributions.
= key-leader-engagement | KLE: Commissioner of Police | police_hq | restricted
length: 45-60
orgs: police*, police
issues: km42, farmers, food
purpose: Informal payments at checkpoints and police presence at water points.
= key-leader-engagement | KLE: Chairman, Haldara Transporters' Union | transport_yard | open
length: 45-60
orgs: transport*, transport
issues: km42, bridge
purpose: Drivers' experience at Km 42 and the Ashen bridge shuttle.
= key-leader-engagement | KLE: Manyal Youth Union | manyal_youth | restricted
length: 45-60
orgs: youth_manyal*, eastbat:interpreter
issues: returnees, telecom
purpose: How young people in Manyal see the returns, and what they can do to help.
= key-leader-engagement | KLE: Tumbari Women's Association | women_centre | strict
length: 45-60
from: 6
orgs: women_tumbari*, eastbat:interpreter
issues: cholera, rumours
purpose: Women's view of the outbreak and of the battalion in Tumbari.

= visit | Visit to Camp Salama IDP site | camp_salama | restricted
length: 90-180
orgs: camp_committee*, iom:cccm, oxfam, eastbat:interpreter
issues: water, firewood, food
purpose: See water points and the firewood routes with the camp committee.
= visit | Visit to Tumbari cholera treatment centre | tumbari_ctc | open
length: 60-120
from: 6
orgs: smoh:cholera, msf, eastbat:cholera
issues: cholera
purpose: See the treatment centre and its access road with the hospital director.
= visit | Visit to Km 42 checkpoint | km42 | restricted
length: 60-90
orgs: maf_bn:km42, police:km42
issues: km42
purpose: Observe the queue and meet the checkpoint commander.
= visit | Visit to Ashen bridge with ENGCOY | ashen_bridge | open
length: 90-150
orgs: engcoy, dc_ashen, wfp_so:logistics
issues: bridge
purpose: Look at the damaged abutment with the engineers and the district.
= visit | Visit to Nyaru primary school | nyaru_school | open
length: 60-120
from: 12
orgs: chief_nyaru, mmav, unmas, eastbat:aor-nyaru
issues: uxo
purpose: See the marked area and meet the survey team and teachers.
= visit | Visit to Manyal transit centre | manyal_transit | open
length: 90-150
orgs: unhcr_manyal*, iom, mrcs_hal:returnees, dc_manyal:returnees
issues: returnees
purpose: Conditions in the transit centre and onward transport.
= visit | Visit to Manyal border crossing point | manyal_border | restricted
length: 60-120
orgs: unhcr_manyal:returnees, eastbat:aor-manyal
issues: returnees, telecom
purpose: See arrivals at the crossing and what the protection monitors observe.
= visit | Visit to Bekora secondary school | bekora_school | restricted
length: 60-90
orgs: moe:education, bekora_council*, parish:education
issues: school
purpose: See the classrooms still occupied and what reopening needs.
= visit | Visit to Dar Salim water points | darsalim_wells | restricted
length: 90-150
orgs: pbi, elders_kessa:conflict, civaff:conflict
issues: farmers
purpose: Market-day visit to the water points with the mediators.
= visit | Visit to Tumbari collective centre | tumbari_cc | open
length: 60-90
orgs: tumbari_mun, acf, mrcs_hal:cholera
issues: cholera, water
purpose: Living conditions and cholera prevention in the collective centre.
= visit | Visit to WFP final distribution point, Ashen Bridge | ashen_fdp | open
length: 60-120
orgs: wfp_so, waro
issues: food
purpose: Observe a distribution day and the complaints desk.

= call | Call: WFP logistics on the Manyal convoy | - | restricted
length: 10-20
orgs: wfp_so:logistics
issues: convoy
= call | Call: UNDSS on MSR 3 security | - | restricted
length: 10-25
orgs: undss:security
issues: convoy, access_north, telecom
= call | Call: OCHA civil-military coordination officer | - | restricted
length: 10-30
orgs: ocha_so:cmcoord
issues: km42, access_north, convoy, school
= call | Call: WHO on cholera figures | - | open
length: 10-15
from: 6
orgs: who:cholera
issues: cholera
= call | Call: UNMAS Chief of Operations | - | open
length: 10-20
from: 12
orgs: unmas*
issues: uxo
= call | Call: 14th Brigade liaison officer | - | restricted
length: 10-20
orgs: maf_bde:liaison
issues: km42, school
= call | Call: Sector HQ U9 CIMIC | - | restricted
length: 10-30
orgs: sector_hq:cimic
issues: bridge, rains, school, uxo
= call | Call: UNHCR field unit Manyal | - | open
length: 10-20
orgs: unhcr_manyal*
issues: returnees, telecom
= call | Call: ENGCOY on the Ashen bridge assessment | - | open
length: 10-20
orgs: engcoy
issues: bridge, rains
= call | Call: Oxfam WASH coordinator | - | open
length: 10-20
orgs: oxfam*
issues: water
= call | Call: Radio Haldara FM station manager | - | restricted
length: 10-20
from: 10
orgs: radio*
issues: rumours
= call | Call: FPU-3 operations officer | - | strict
length: 10-20
orgs: fpu
issues: firewood
= call | Call: MareniaCell network manager | - | open
length: 10-15
from: 18
orgs: telecom*
issues: telecom
= call | Call: Peace Bridge Initiative coordinator | - | restricted
length: 10-25
orgs: pbi*
issues: farmers

= meeting | Meeting with OCHA Head of Sub-Office | ocha_hub | restricted
length: 45-75
orgs: ocha_so*, ocha_so:cmcoord
issues: km42, access_north, convoy, rains
purpose: Bilateral on civil-military coordination and the month ahead.
= meeting | Meeting with UNHCR on returns and camp protection | unhcr_fo | restricted
length: 45-75
orgs: unhcr_fo*, unhcr_fo:protection
issues: returnees, firewood
purpose: Returns through Manyal and protection around Camp Salama.
= meeting | Meeting with WFP on logistics and convoys | wfp_office | open
length: 45-60
orgs: wfp_so*, wfp_so:logistics, unhas
issues: convoy, bridge, rains
purpose: Convoy plans, the bridge and prepositioning before the rains.
= meeting | Meeting with UNICEF on water and schools | unicef_office | open
length: 45-60
orgs: unicef*, unicef:education, unicef:wash
issues: water, school, cholera
purpose: Camp Salama water supply and the Bekora school.
= meeting | Meeting with MSF in Tumbari | msf_base | open
length: 45-60
from: 6
orgs: msf*, msf
issues: cholera, rumours
purpose: Cholera response and MSF's terms for any contact with the battalion.
= meeting | Meeting with ICRC Head of Sub-Delegation | icrc_office | strict
length: 45-60
orgs: icrc_sub*, icrc_sub
issues: access_north, km42
purpose: Bilateral exchange on the humanitarian situation; no operational detail expected.
= meeting | Meeting with UNMAS and the Mine Action Authority | sector_hq | open
length: 45-60
from: 12
orgs: unmas*, nmaa
issues: uxo
purpose: Survey and clearance plan around Nyaru.
= meeting | Meeting with Civil Affairs on Dar Salim | civaff_office | restricted
length: 45-75
orgs: civaff*, civaff:conflict, pbi
issues: farmers, rumours
purpose: Preparing the joint farmers-herders committee.
= meeting | Meeting with HAC on travel permits | hac_office | restricted
length: 45-60
orgs: hac*, hac
issues: km42, food
purpose: Permits checked at Km 42 and the single convoy permit.
= meeting | Meeting with IOM on Camp Salama and the transit centre | iom_office | open
length: 45-60
orgs: iom*, iom:cccm
issues: returnees, water
purpose: Site management in Camp Salama and onward movement from Manyal.
= meeting | Meeting with NRC and Save the Children on education | ocha_hub | open
length: 45-60
orgs: nrc, stc*
issues: school
purpose: Back-to-school plans and schools used by armed forces.
= meeting | Meeting with Sector HQ U9 CIMIC | sector_hq | restricted
length: 45-75
orgs: sector_hq:cimic, sector_hq
issues: bridge, rains, school, uxo
purpose: Sector requests for engineer support and the CIMIC reporting line.
= meeting | Meeting with FPU-3 and UNPOL on camp protection | fpu_base | restricted
length: 45-60
orgs: fpu*, unpol, fpu
issues: firewood, food
purpose: Firewood patrols and crowd control on distribution days.
"""

# Openers of a meeting's assessment, by meeting type; {who} is the leader met.
ASSESSMENT_OPENERS: dict[str, tuple[str, ...]] = {
    "coordination-meeting": (
        "Good attendance and a focused agenda.",
        "Long meeting; sector updates were thin and several partners sent junior staff.",
        "Government representatives attended, which helped on the access points.",
        "Useful meeting; the military presence was accepted without comment.",
    ),
    "key-leader-engagement": (
        "The {who} was receptive and well informed.",
        "The {who} was guarded at first and more open once the interpreter took over.",
        "Cordial; the {who} repeated known positions and made no new commitment.",
        "The {who} was frustrated with the pace of the response but remained constructive.",
    ),
    "visit": (
        "Calm on site; people spoke freely.",
        "Short visit, cut by the heat; the main points were covered.",
        "A crowd gathered quickly; we kept the visit brief to avoid drawing attention.",
    ),
    "meeting": (
        "Frank bilateral exchange.",
        "Constructive; both sides agreed on next steps.",
        "Useful, although the counterpart was cautious about being seen with the military.",
    ),
    "call": ("",),
}

RANKS = ("Brig, ", "Col, ", "Lt Col, ", "Maj, ", "Capt, ", "Lt, ")


def _seat(entry: str) -> Seat:
    org, _, tag = entry.partition(":")
    head = org.endswith("*")
    org = org.rstrip("*")
    if org not in BY_KEY:
        raise ValueError(f"demo agenda: unknown organization {org!r}")
    return Seat(org, head, tag)


def _engagement(block: Block) -> Engagement:
    meeting_type, title, site, sensitivity = block.header
    if meeting_type not in vocab.MEETING_TYPES or (site != "-" and site not in SITES):
        raise ValueError(f"demo agenda: bad type or site for {title!r}")
    every, weekday, start, length = 0, 0, "", block.value("length", "60")
    for period, days in (("weekly", 7), ("fortnightly", 14)):
        if block.value(period):
            day_name, start, length = block.value(period).split()
            every, weekday = days, WEEKDAYS.index(day_name)
    low, _, high = length.partition("-")
    issues = split_list(block.value("issues"))
    if any(key not in ISSUES for key in issues):
        raise ValueError(f"demo agenda: unknown issue for {title!r}")
    return Engagement(
        meeting_type=meeting_type,
        title=title,
        site=None if site == "-" else site,
        sensitivity=sensitivity,
        every=every,
        weekday=weekday,
        start=start,
        length=(int(low), int(high or low)),
        seats=tuple(_seat(e) for e in split_list(block.value("orgs"))),
        issues=issues,
        first_day=int(block.value("from", "0")),
        purpose=block.value("purpose"),
    )


ENGAGEMENTS: tuple[Engagement, ...] = tuple(_engagement(b) for b in read_blocks(_TABLE))
