"""Where the demo mission happens: the mission, its time zone and phone numbering, towns
and sites with coordinates. Pure data for `liaison_app.demo`.

Haldara Province of the Republic of Marenia is invented. Its sites all lie in UTM zone 36
(30°E-36°E), so every grid reference of the demo shares one zone, as on a mission map.
"""

from __future__ import annotations

from typing import NamedTuple

MISSION = "UNIMAR"
# East Africa Time: the mission writes local times with this offset.
UTC_OFFSET = "+03:00"
# ITU country code 283 is unassigned: demo numbers can never ring a real phone.
PHONE_PREFIX = "+283"
MOBILE_NETWORKS = ("MareniaCell", "Haldanet")


class Town(NamedTuple):
    name: str
    district: str


class Site(NamedTuple):
    name: str
    town: str
    lat: float
    lon: float


TOWNS: dict[str, Town] = {
    "amsara": Town("Amsara", "Amsara"),  # the capital, outside the province
    "haldara": Town("Haldara", "Haldara Central"),
    "kessa": Town("Kessa", "Kessa"),
    "tumbari": Town("Tumbari", "Tumbari"),
    "ashen": Town("Ashen Bridge", "Wadi Ashen"),
    "nyaru": Town("Nyaru", "Nyaru"),
    "bekora": Town("Bekora", "Bekora"),
    "manyal": Town("Manyal", "Manyal"),
    "darsalim": Town("Dar Salim", "Wadi Ashen"),
}

SITES: dict[str, Site] = {
    "ocha_hub": Site("OCHA hub, Haldara", "haldara", 11.62341, 32.47612),
    "governor": Site("Governor's office, Haldara", "haldara", 11.61873, 32.48521),
    "unhcr_fo": Site("UNHCR field office compound, Haldara", "haldara", 11.62695, 32.47108),
    "sector_hq": Site("Sector East HQ, Haldara airstrip camp", "haldara", 11.60422, 32.46331),
    "smoh": Site("State Ministry of Health, Haldara", "haldara", 11.62014, 32.49035),
    "police_hq": Site("Province police command, Haldara", "haldara", 11.61552, 32.48107),
    "brigade": Site("14th Brigade headquarters, Haldara", "haldara", 11.63508, 32.49344),
    "eastbat_camp": Site("EASTBAT-2 camp, Kessa", "kessa", 11.94121, 33.08743),
    "kessa_dc": Site("District commissioner's office, Kessa", "kessa", 11.95233, 33.10182),
    "kessa_market": Site("Kessa market", "kessa", 11.94978, 33.10461),
    "km42": Site("Km 42 checkpoint, MSR 1", "kessa", 11.78046, 32.83117),
    "tumbari_ctc": Site("Cholera treatment centre, Tumbari hospital", "tumbari", 11.31274, 33.41612),
    "tumbari_cc": Site("Tumbari collective centre", "tumbari", 11.30581, 33.42893),
    "tumbari_hall": Site("Tumbari town hall", "tumbari", 11.31024, 33.42137),
    "tumbari_mosque": Site("Tumbari central mosque", "tumbari", 11.30893, 33.41985),
    "camp_salama": Site("Camp Salama IDP site", "ashen", 11.80214, 32.08173),
    "ashen_bridge": Site("Ashen bridge, Wadi Ashen crossing", "ashen", 11.77683, 32.05524),
    "ashen_fdp": Site("WFP final distribution point, Ashen Bridge", "ashen", 11.78336, 32.04791),
    "ashen_dc": Site("District commissioner's office, Ashen Bridge", "ashen", 11.78102, 32.05217),
    "nyaru_school": Site("Nyaru primary school", "nyaru", 12.21271, 32.70684),
    "nyaru_chief": Site("Chief's compound, Nyaru", "nyaru", 12.20833, 32.71259),
    "bekora_school": Site("Bekora secondary school", "bekora", 11.12362, 32.75813),
    "bekora_parish": Site("St Mary's parish, Bekora", "bekora", 11.11894, 32.76342),
    "bekora_council": Site("Bekora town council", "bekora", 11.12107, 32.76055),
    "manyal_transit": Site("Manyal transit centre", "manyal", 12.40872, 33.57126),
    "manyal_border": Site("Manyal border crossing point", "manyal", 12.43194, 33.61207),
    "manyal_dc": Site("District commissioner's office, Manyal", "manyal", 12.40115, 33.55332),
    "darsalim_wells": Site("Dar Salim water points", "darsalim", 11.48622, 31.71394),
    "undss_office": Site("UNDSS office, Haldara", "haldara", 11.62457, 32.47385),
    "wfp_office": Site("WFP sub-office, Haldara", "haldara", 11.62913, 32.47834),
    "unicef_office": Site("UNICEF field office, Haldara", "haldara", 11.62188, 32.46957),
    "iom_office": Site("IOM sub-office, Haldara", "haldara", 11.61739, 32.47261),
    "hac_office": Site("HAC office, Haldara", "haldara", 11.61966, 32.48682),
    "civaff_office": Site("Civil Affairs office, Haldara", "haldara", 11.60518, 32.46577),
    "icrc_office": Site("ICRC sub-delegation, Haldara", "haldara", 11.63102, 32.48216),
    "transport_yard": Site("Transporters' Union yard, Haldara", "haldara", 11.61205, 32.49627),
    "kessa_elders": Site("Elders' meeting house, Kessa", "kessa", 11.95381, 33.10527),
    "msf_base": Site("MSF base, Tumbari", "tumbari", 11.31455, 33.42564),
    "women_centre": Site("Women's centre, Tumbari", "tumbari", 11.30767, 33.42311),
    "fpu_base": Site("FPU-3 base, Ashen Bridge", "ashen", 11.79186, 32.06345),
    "manyal_youth": Site("Youth centre, Manyal", "manyal", 12.40321, 33.55876),
}
