"""The issues the demo mission works on during its month: each a storyline with the
organizations involved, the days it is live, numbers that move over the month, and the
typed minute points, action items and assessments it gives rise to. Pure data for
`liaison_app.demo`.

Block format (see `demo.blocks.read_blocks`):

    = key | first day-last day of the month it is discussed (0-29) | open/restricted/strict
    orgs: org keys that deal with it          count: name start-end, ...
    finding: / decision: / request: / recommendation: / commitment: a minute point
    action: owner (me or org key) | priority | due in min-max days | title | description
    assess: a sentence for the meeting's assessment

Texts may use the counters ({cases}) and read as of the day of the meeting.
"""

from __future__ import annotations

from typing import NamedTuple

from liaison_app import vocab
from liaison_app.demo.blocks import Block, read_blocks, split_list
from liaison_app.demo.organizations import BY_KEY


class ActionTemplate(NamedTuple):
    owner: str  # "me" or an org key
    priority: str
    due_in: tuple[int, int]
    title: str
    description: str


class Issue(NamedTuple):
    key: str
    first_day: int
    last_day: int
    sensitivity: str  # open, restricted or strict
    orgs: tuple[str, ...]
    counters: dict[str, tuple[int, int]]
    points: dict[str, tuple[str, ...]]
    actions: tuple[ActionTemplate, ...]
    assessments: tuple[str, ...]

    def live_on(self, day: int) -> bool:
        return self.first_day <= day <= self.last_day

    def numbers(self, day: int) -> dict[str, int]:
        """The counters as they stand on `day`: linear from first to last day."""
        span = max(1, self.last_day - self.first_day)
        share = min(1.0, max(0.0, (day - self.first_day) / span))
        return {k: round(a + (b - a) * share) for k, (a, b) in self.counters.items()}


_TABLE = """
= cholera | 5-29 | open
orgs: who, smoh, msf, unicef, acf, mrcs_hal, tumbari_mun, irc, eastbat, mosque_tumbari
count: cases 9-236, deaths 1-7, beds 20-60, taps 4-19
finding: {cases} suspected cholera cases and {deaths} deaths recorded in Tumbari since the
    outbreak was declared.
finding: Most new cases come from the riverside quarter, where households draw water
    directly from the wadi.
finding: The cholera treatment centre at Tumbari hospital runs {beds} beds; occupancy is
    above 80 percent.
finding: {taps} chlorination points operate in Tumbari; queues are longest in the morning.
finding: Two suspected cases reported among IDPs at Tumbari collective centre.
decision: Oral cholera vaccination campaign to be planned for Tumbari town and the
    collective centre.
decision: Chlorination points at every water collection site in the riverside quarter.
decision: Health cluster to publish a daily line list; partners report by 16:00.
request: WHO asks whether the engineer company can grade the access road to the treatment
    centre before the rains.
request: MSF asks that cholera supplies move as civilian cargo, without armed escort.
request: SMoH asks for the battalion clinic's diarrhoea figures to be shared daily.
recommendation: Avoid troop movements through the riverside quarter while cases rise.
recommendation: Imams and the women's association to carry hygiene messages at Friday
    prayers and at water points.
commitment: EASTBAT-2 medical officer to share clinic case data with WHO every morning.
commitment: A Company keeps the water point at its Tumbari base closed to the public to
    avoid crowding.
action: me | high | 1-2 | Send battalion clinic diarrhoea figures to WHO | Daily, from the
    medical officer's sick report; numbers only, no patient names.
action: engcoy | normal | 5-10 | Assess the access road to the Tumbari treatment centre |
    Request to go through Sector HQ U9 so it is tasked, not promised locally.
action: who | normal | 3-7 | Circulate the cholera line list and chlorination point map |
action: me | normal | 2-4 | Brief A Company on avoiding the riverside quarter |
action: mosque_tumbari | normal | 3-6 | Include hygiene messages in the Friday sermon |
action: unicef | high | 4-8 | Plan oral cholera vaccination at Tumbari collective centre |
action: smoh | normal | 2-5 | Share treatment centre bed occupancy with partners daily |
action: me | normal | 3-6 | Ask the health cluster whether battalion tents can serve as
    overflow for the treatment centre |
assess: The outbreak is not under control; the riverside quarter still drives new cases.
assess: Partners coordinate well; military support is welcome for engineering and data,
    not for escorts.

= bridge | 0-29 | open
orgs: wfp_so, engcoy, dc_ashen, governor, transport, unhas, iom, waro
count: trucks 12-48
finding: Flash flood undercut the eastern abutment of the Ashen bridge; only light vehicles
    may cross.
finding: {trucks} trucks are waiting on the Haldara side of the Ashen bridge.
finding: The ford below the bridge takes 4x4s in the morning only; water rises after 14:00.
decision: Heavy cargo for Camp Salama to be offloaded and shuttled across in light trucks.
decision: The logistics sector keeps a daily status of the crossing on the shared map.
request: The Governor's office asks the mission to repair the bridge.
request: WFP asks for an engineer assessment of the abutment before the next convoy.
recommendation: Any repair to be presented as support to the local authority, not as a
    military project.
commitment: ENGCOY to send a plant troop reconnaissance team to the bridge.
commitment: The Transporters' Union provides light trucks for the shuttle at the agreed rate.
action: engcoy | high | 3-7 | Technical assessment of the Ashen bridge abutment |
action: me | normal | 2-5 | Pass the bridge assessment request to Sector HQ U9 | With
    photographs and grid of the damaged abutment.
action: wfp_so | normal | 2-4 | Update the access map with the crossing status |
action: dc_ashen | normal | 5-10 | Confirm the district's position on repair funding |
action: transport | normal | 2-4 | Confirm the number of light trucks for the shuttle |
action: me | normal | 3-5 | Send new photographs of the bridge after the latest rain |
assess: Access to Camp Salama hinges on the bridge; a quick technical answer would buy
    goodwill with the district.

= km42 | 0-29 | restricted
orgs: maf_bn, maf_bde, police, hac, ocha_so, wfp_so, transport, irc, nrc
count: delay 7-2
finding: Humanitarian trucks wait an average of {delay} hours at the Km 42 checkpoint.
finding: Checkpoint staff demand HAC travel permits from each national staff member even
    when the convoy leader carries the permit.
finding: Informal payments are asked of commercial drivers at Km 42; humanitarian trucks
    not affected so far.
finding: A new checkpoint commander took over and was not briefed on the notification
    procedure.
decision: OCHA shares the weekly humanitarian movement notification with the brigade on
    Thursdays.
decision: HAC to issue a single convoy permit listing all trucks and staff.
request: The brigade asks for notice of humanitarian movements 48 hours ahead.
request: NGOs ask that searches of medical cargo happen in their presence.
recommendation: Keep the notification civilian-to-civilian through OCHA and HAC; the
    battalion should not carry it.
recommendation: Raise informal payments with the Commissioner of Police, not at the
    checkpoint.
commitment: The brigade liaison officer briefs the new checkpoint commander on the procedure.
action: ocha_so | normal | 2-5 | Send the weekly movement notification to 14 Brigade |
action: maf_bde | normal | 3-7 | Brief the Km 42 checkpoint commander on notifications |
action: me | normal | 3-6 | Raise checkpoint delays at the next KLE with 14 Brigade |
action: hac | normal | 5-10 | Issue a single convoy permit format |
action: police | normal | 5-10 | Look into reports of informal payments at Km 42 |
action: me | low | 2-4 | Collect drivers' waiting times at Km 42 through the union |
assess: Delays come from procedure more than hostility; the new commander is the key.

= convoy | 3-29 | restricted
orgs: wfp_so, ocha_so, undss, eastbat, qrf, unhcr_manyal, iom, sector_hq
count: convoy 14-22, trucks 18-26
finding: Convoy {convoy} ({trucks} trucks) reached Manyal without incident in nine hours.
finding: Two stone-throwing incidents against trucks near the Manyal junction this week.
finding: MSR 3 north of Kessa is passable but badly rutted after the first rains.
decision: Armed escort for convoy {convoy} only as a last resort, under the country team's
    guidelines on armed escorts.
decision: QRF-E on standby, not escorting, for convoys to Manyal.
request: WFP requests an area security patrol along MSR 3 the day before convoy {convoy}.
request: UNDSS requests the battalion's route assessment for MSR 3.
recommendation: Keep patrol timings apart from convoy timings so trucks are not seen as
    escorted.
commitment: C Company patrols MSR 3 between Kessa and Manyal the day before each convoy.
action: me | high | 1-3 | Confirm C Company area patrol on MSR 3 before convoy {convoy} |
action: wfp_so | normal | 2-4 | Share convoy {convoy} manifest and timings with UNDSS |
action: undss | normal | 3-6 | Update the MSR 3 security risk assessment |
action: eastbat | normal | 2-5 | Send the MSR 3 route assessment to UNDSS |
action: qrf | normal | 1-3 | Confirm QRF-E standby arrangements for convoy {convoy} |
assess: Partners want area security, not escorts; the distinction matters for their
    acceptance by communities.

= water | 0-29 | open
orgs: unicef, oxfam, nrc, iom, camp_committee, water_vendors, dc_ashen, waro
count: litres 7-12, lorries 9-14, people 11800-13400
finding: Camp Salama receives {litres} litres per person per day, below the 15-litre standard.
finding: {lorries} water trucks a day serve {people} people in Camp Salama.
finding: Kessa vendors raised prices after fuel went up; trucking contracts need
    renegotiating.
finding: The borehole drilling rig is stuck on the far side of the Ashen bridge.
decision: UNICEF extends the trucking contract for another month.
decision: Oxfam rehabilitates two hand pumps in blocks C and D.
request: The camp committee asks for more tap stands in block C, where queues cause fights.
request: Oxfam asks whether the battalion can lend a water bladder from its reserve.
recommendation: Military water support, if any, goes through the WASH cluster, never
    directly to the camp.
commitment: The water vendors' association holds prices until the end of the month.
action: unicef | normal | 3-7 | Extend the water trucking contract for Camp Salama |
action: me | normal | 2-5 | Ask S4 whether a water bladder can go to the WASH cluster |
action: oxfam | normal | 7-14 | Rehabilitate hand pumps in blocks C and D |
action: camp_committee | low | 3-6 | Agree locations of new tap stands in block C |
action: water_vendors | normal | 3-5 | Confirm water prices in writing until month end |
action: iom | normal | 5-10 | Map queues at the tap stands of blocks C and D |
assess: Water is the camp's main grievance; fights at the tap stands are a protection risk.

= returnees | 0-29 | open
orgs: unhcr_manyal, unhcr_fo, iom, mrcs_hal, dc_manyal, youth_manyal, wfp_so, civaff
count: arrivals 340-1120, transit 420-880
finding: {arrivals} returnees crossed at Manyal in the past week, mostly women and children.
finding: Manyal transit centre holds {transit} people against a capacity of 500.
finding: Returnees report their houses occupied in their villages north of Manyal.
finding: Unaccompanied children among the arrivals; the Red Crescent opened a family
    tracing desk.
decision: IOM moves transit centre residents onward within 72 hours, with transport to Kessa.
decision: UNHCR starts protection monitoring at the border crossing point.
request: The District Commissioner asks for tents and plastic sheeting to extend the transit
    centre.
request: UNHCR asks patrols to report unusual movements at the border without screening
    people.
recommendation: Troops keep away from the transit centre itself; patrol the road, not the
    site.
commitment: Manyal Youth Union provides volunteers for the registration queue.
action: unhcr_manyal | normal | 3-7 | Set up protection monitoring at the border crossing |
action: me | normal | 2-4 | Brief C Company on conduct near the transit centre |
action: iom | normal | 3-6 | Arrange onward transport for transit centre residents |
action: dc_manyal | normal | 5-10 | Identify land for a transit centre extension |
action: mrcs_hal | normal | 3-7 | Staff the family tracing desk at the transit centre |
action: me | low | 3-5 | Share C Company observations of border movements with UNHCR |
assess: Arrivals outpace capacity; housing, land and property disputes will follow.

= uxo | 12-29 | open
orgs: unmas, nmaa, mmav, stc, moe, chief_nyaru, eastbat, unicef
count: items 1-7
finding: Children reported an unexploded mortar round 200 m east of Nyaru primary school.
finding: {items} explosive items reported around Nyaru so far; two confirmed as mortar rounds.
finding: The school has been closed since the first report; about 400 pupils are out of class.
decision: UNMAS sends a survey team; the community has marked the area.
decision: Risk education sessions for pupils before the school reopens.
request: The Paramount Chief asks the battalion to remove the items immediately.
request: UNMAS asks B Company to keep people away until the survey team arrives.
recommendation: Clearance by UNMAS-accredited teams only; troops do not touch or move items.
commitment: B Company marks the area and reports any new item through UNMAS.
action: unmas | high | 2-5 | Deploy a survey team to the Nyaru school area |
action: me | high | 1-2 | Pass the UXO report with grid to UNMAS and Sector HQ |
action: mmav | normal | 5-10 | Run risk education sessions at Nyaru primary school |
action: moe | normal | 10-15 | Decide a reopening date for Nyaru primary school |
action: eastbat | high | 1-2 | Report any new item near Nyaru through UNMAS |
assess: Pressure for quick clearance is strong; the chief must see UNMAS act visibly.

= school | 0-29 | restricted
orgs: unicef, stc, moe, maf_bde, maf_bn, bekora_council, parish, nrc
finding: A platoon of the 4th Battalion still occupies two classrooms of Bekora secondary
    school.
finding: About 650 pupils wait for the school to reopen after the holiday.
finding: Parents keep girls at home while soldiers are on the school grounds.
decision: The education sector raises military use of the school with the brigade through
    OCHA and the mission.
request: The parish priest asks the mission to press the brigade to vacate the school.
request: The brigade asks for an alternative site for its post before it leaves.
recommendation: Recall the government's Safe Schools Declaration commitments in the KLE
    with the brigade commander.
commitment: The brigade commander agreed to move the post out of the school by month end.
action: me | high | 3-7 | Raise the Bekora school occupation at the KLE with 14 Brigade |
action: maf_bde | high | 7-14 | Relocate the platoon post out of Bekora secondary school |
action: stc | normal | 5-10 | Prepare a back-to-school campaign for Bekora |
action: moe | normal | 7-14 | Confirm the reopening date of Bekora secondary school |
action: unicef | normal | 5-10 | Deliver school-in-a-box kits to Bekora |
assess: The brigade will move but wants something in return; keep the request civilian-led.

= farmers | 0-29 | restricted
orgs: pbi, civaff, elders_kessa, dc_ashen, police, undp, unpol
count: incidents 1-6
finding: Herds arrived early on the Dar Salim corridor and damaged unharvested sorghum.
finding: {incidents} incidents between herders and farmers around Dar Salim this month.
finding: Young men on both sides carry weapons openly at the water points.
decision: Civil Affairs and the Peace Bridge Initiative convene a joint farmers-herders
    committee.
decision: Herders use the eastern corridor only, as agreed at last year's conference.
request: The elders ask for police at the Dar Salim water points on market days.
request: Peace Bridge asks for transport to bring herder representatives to the meeting.
recommendation: Keep the military out of the mediation; visible patrols at the water points
    only.
commitment: The Council of Elders sends three representatives to the joint committee.
action: civaff | normal | 5-10 | Convene the joint farmers-herders committee |
action: police | normal | 3-7 | Deploy police to the Dar Salim water points on market days |
action: me | normal | 3-6 | Agree patrol times at the Dar Salim water points with UNPOL |
action: pbi | normal | 5-10 | Name herder representatives for the joint committee |
action: unpol | normal | 3-7 | Share Dar Salim incident data with Civil Affairs |
assess: Tension is seasonal but sharper this year; weapons at the water points raise the
    stakes.

= firewood | 0-29 | strict
orgs: unhcr_fo, irc, hwda, fpu, camp_committee, unpol
count: reports 2-7
finding: Women collecting firewood west of Camp Salama report harassment by armed men.
finding: Service providers received {reports} reports linked to firewood collection this
    month; details stay with them.
finding: Women leave the camp before dawn to avoid the heat, when no patrols are out.
decision: FPU-3 runs firewood patrols on Tuesdays and Fridays, at times agreed with the
    women's committee.
decision: Fuel-efficient stoves to be distributed to cut the number of firewood trips.
request: The women's representative asks that patrols include female officers.
request: IRC asks that the military request no information about survivors.
recommendation: Patrols accompany at a distance the women agree, rather than escort.
commitment: FPU-3 includes female officers in firewood patrols.
action: fpu | high | 2-5 | Start firewood patrols with female officers west of the camp |
action: me | normal | 2-4 | Agree the patrol schedule with the women's representative |
action: unhcr_fo | normal | 7-14 | Distribute fuel-efficient stoves in Camp Salama |
action: irc | normal | 5-10 | Brief FPU-3 on safe referral of survivors |
action: hwda | normal | 5-10 | Hold a women's focus group on firewood routes |
assess: The risk is real and under-reported; the women trust the FPU more than the battalion.

= food | 0-29 | open
orgs: wfp_so, waro, iom, hac, camp_committee, dc_ashen
count: households 2100-2600
finding: The general food distribution at Ashen Bridge reached {households} households;
    about 300 missed it because of registration errors.
finding: Complaints that a village head added names to the distribution list.
finding: The distribution slipped two days because trucks were held at the Ashen bridge.
decision: WFP and IOM re-verify the list with biometric registration.
decision: A complaints desk at the final distribution point on distribution days.
request: HAC asks to observe the verification exercise.
request: WARO asks for police crowd control on distribution days.
recommendation: No military presence at the distribution site; police cover crowd control.
commitment: WARO runs the complaints desk at the final distribution point.
action: wfp_so | normal | 5-10 | Re-verify the Ashen Bridge beneficiary list |
action: waro | normal | 3-5 | Staff the complaints desk at the distribution point |
action: me | low | 3-5 | Tell patrols the distribution dates so they avoid the site |
action: iom | normal | 5-10 | Share the biometric registration schedule with WFP |
assess: Targeting disputes feed tension between IDPs and hosts; verification will be
    contested.

= access_north | 8-29 | strict
orgs: ocha_so, icrc_sub, undss, civaff, eastbat, chief_nyaru
finding: MLM-N fighters set up a roadblock on the Nyaru north road; two NGO vehicles were
    turned back.
finding: MLM-N demands that agencies register with its humanitarian office before working
    north of Nyaru.
finding: The Paramount Chief says the group's local commander may allow vaccination teams.
decision: OCHA leads any access dialogue with MLM-N; the battalion keeps clear of it.
decision: No military assets used for humanitarian access north of Nyaru.
request: OCHA asks the battalion not to patrol the Nyaru north road during the vaccination
    window.
request: UNDSS asks for the battalion's information on the roadblock location.
recommendation: Share the roadblock grid with UNDSS only; not in the general meeting.
commitment: The battalion adjusts B Company patrols around the vaccination window.
action: me | high | 1-3 | Send the roadblock grid and time to UNDSS |
action: eastbat | high | 2-5 | Deconflict B Company patrols with the vaccination window |
action: ocha_so | normal | 5-10 | Report the access dialogue outcome to the working group |
action: undss | high | 2-5 | Update the risk assessment for the Nyaru north road |
assess: Access north of Nyaru depends on humanitarian negotiation; a visible military role
    would end it.

= telecom | 18-26 | open
orgs: telecom, wfp_so, undss, dc_manyal, unhcr_manyal, eastbat
count: days 1-8
finding: The MareniaCell tower at Manyal has been down {days} days since its generator was
    stolen.
finding: Agencies in Manyal rely on satellite phones and the UN VHF net meanwhile.
decision: WFP telecommunications installs a temporary VHF repeater at the UNHCR field unit.
request: MareniaCell asks the battalion to guard the tower site.
recommendation: Decline a static guard of a private asset; include the site in patrols.
commitment: MareniaCell restores the tower with a new generator within a week.
action: telecom | normal | 5-8 | Restore the Manyal tower with a replacement generator |
action: wfp_so | normal | 3-6 | Install a temporary VHF repeater in Manyal |
action: me | low | 2-4 | Add the Manyal tower site to C Company patrol routes |
action: undss | normal | 2-4 | Circulate VHF net procedures for Manyal during the outage |
assess: The outage shows how much the returnee response in Manyal depends on one tower.

= rains | 0-29 | open
orgs: ocha_so, iom, wfp_so, unicef, governor, engcoy, nrc
count: stock 25-70
finding: The rains are expected in three to four weeks; MSR 3 north of Kessa usually closes.
finding: Prepositioning in Manyal stands at {stock} percent of the plan.
decision: Partners preposition three months of supplies in Manyal before the rains.
decision: Shelter partners distribute plastic sheeting in Camp Salama's flood-prone blocks.
request: OCHA asks for the battalion's road condition reports every week.
commitment: ENGCOY clears the culverts on MSR 1 between Haldara and Kessa.
action: me | normal | 5-7 | Share the weekly road condition report with OCHA |
action: engcoy | normal | 7-14 | Clear culverts on MSR 1 between Haldara and Kessa |
action: wfp_so | normal | 7-14 | Complete prepositioning in Manyal |
action: iom | normal | 7-14 | Distribute plastic sheeting in flood-prone blocks |
action: governor | normal | 10-20 | Convene the provincial rains preparedness committee |
assess: Prepositioning is behind plan and the window before the rains is short.

= rumours | 10-27 | restricted
orgs: radio, civaff, mosque_tumbari, who, smoh, women_tumbari
finding: A rumour in Tumbari says peacekeepers brought cholera to the town.
finding: Callers repeated the rumour on Radio Haldara FM's morning show.
decision: WHO and the State Ministry of Health give a radio interview on how cholera spreads.
request: Radio Haldara asks for a mission spokesperson on its weekly programme.
recommendation: Health authorities and the imam should answer the rumour, not the mission.
commitment: The Imam addresses the rumour at Friday prayers.
action: who | normal | 3-5 | Give a radio interview on cholera transmission |
action: me | normal | 2-4 | Report the rumour to the mission's public information office |
action: civaff | low | 5-10 | Arrange a community dialogue in Tumbari on the rumour |
action: smoh | normal | 3-7 | Record a radio spot on cholera transmission |
assess: The rumour hurts the battalion's acceptance in Tumbari; local voices must answer it.
"""


def _range(text: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    return int(low), int(high or low)


def _action(value: str) -> ActionTemplate:
    owner, priority, due_in, title, description = (c.strip() for c in value.split("|"))
    if (owner != vocab.OWNER_ME and owner not in BY_KEY) or priority not in vocab.PRIORITIES:
        raise ValueError(f"demo issues: bad owner or priority in {value!r}")
    return ActionTemplate(owner, priority, _range(due_in), title, description)


def _issue(block: Block) -> Issue:
    key, days, sensitivity = block.header
    first, last = _range(days)
    orgs = split_list(block.value("orgs"))
    unknown = [o for o in orgs if o not in BY_KEY]
    if unknown:
        raise ValueError(f"demo issues: {key} names unknown organizations {unknown}")
    counters = {}
    for entry in split_list(block.value("count")):
        name, _, span = entry.partition(" ")
        counters[name] = _range(span)
    return Issue(
        key=key,
        first_day=first,
        last_day=last,
        sensitivity=sensitivity,
        orgs=orgs,
        counters=counters,
        points={kind: tuple(block.values(kind)) for kind in vocab.POINT_KINDS},
        actions=tuple(_action(v) for v in block.values("action")),
        assessments=tuple(block.values("assess")),
    )


ISSUES: dict[str, Issue] = {issue.key: issue for issue in map(_issue, read_blocks(_TABLE))}
