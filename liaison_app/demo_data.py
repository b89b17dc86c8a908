"""Where the demo mission happens and who lives there: towns, sites with coordinates, and
the name pools of the communities and nationalities met. Pure data for `liaison_app.demo`.

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


class NamePool(NamedTuple):
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]
    languages: tuple[str, ...]
    parts: int = 1  # how many family names follow the given name


def _pool(table: str, parts: int = 1) -> NamePool:
    """Read "male names | female names | family names | languages"."""
    # Underscores join two-word family names ("Dela_Cruz").
    male, female, family, languages = (
        tuple(w.replace("_", " ") for w in column.split()) for column in table.split("|")
    )
    return NamePool(male, female, family, languages, parts)


# The province's three communities (Haldari names follow the Arabic given-father-grandfather
# pattern), then the nationalities met among agency and contingent staff.
NAME_POOLS: dict[str, NamePool] = {
    "hal": _pool(
        "Abdallah Ibrahim Ismail Osman Yusuf Hamid Adam Musa Idris Suleiman Khalid Tahir"
        " Bashir Jamal Hassan Omer Siddig Babiker"
        " | Hawa Mariam Fatima Amna Zainab Khadija Asha Halima Nafisa Salma Rasha Huda Sumaya"
        " | Abakar Haroun Mahamat Ali Suleiman Yagoub Bakhit Daoud Issa Hamdan Nourein"
        " Abdelrahman Tijani Ahmed Gamar Eltayeb | Arabic Haldari",
        parts=2,
    ),
    "tum": _pool(
        "Deng Garang Akol Majok Lual Mabior Chol Kuol Ajak Makuei Manyang Bol"
        " | Nyandeng Achol Abuk Ayen Nyibol Adut Akuac Alek Nyanut"
        " | Mayen Kuol Akech Malual Majak Thon Ring Atem Arop Makur Anyieth Bior | Tumbu Arabic"
    ),
    "chr": _pool(
        "Peter Joseph Stephen Emmanuel John Daniel Santino Michael"
        " | Mary Grace Rebecca Martha Esther Agnes Rose Veronica"
        " | Akol Mayen Deng Garang Chol Lual Atem Majok Kuol Thon Arop Bior | Tumbu English Arabic",
        parts=2,
    ),
    "no": _pool(
        "Lars Eirik Henrik | Ingrid Siri Kari | Solberg Haugen Lunde Nilsen Dahl Bakke | Norwegian English"
    ),
    "fr": _pool(
        "Julien Mathieu Antoine | Claire Camille Élodie"
        " | Moreau Lefèvre Girard Bonnet Rousseau Fontaine | French English"
    ),
    "ke": _pool(
        "Otieno Kiprono Wafula | Wanjiru Achieng Njeri"
        " | Kamau Odhiambo Mutua Chebet Wekesa Njoroge | English Swahili"
    ),
    "ph": _pool(
        "Jose Ramon Paolo | Maria Ana Cristina"
        " | Santos Reyes Dela_Cruz Bautista Villanueva Mendoza | English Filipino"
    ),
    "bd": _pool(
        "Rafiq Tanvir Arif Mahbub Sabbir | Nusrat Farhana Shirin"
        " | Hossain Rahman Chowdhury Ahmed Islam Karim Uddin Sarker | Bengali English"
    ),
    "np": _pool(
        "Bishnu Ramesh Prakash Kiran Dipendra Sunil | Sita Anita"
        " | Thapa Gurung Shrestha Rai Magar Tamang Pun Limbu | Nepali English"
    ),
    "gh": _pool(
        "Kwame Kofi Yaw Kwabena Kojo Kwesi | Ama Akosua Efua Abena Yaa"
        " | Mensah Boateng Owusu Asante Appiah Ofori Darko Quaye | English Twi"
    ),
    "sn": _pool(
        "Moussa Cheikh Ousmane Mamadou | Aminata Fatou Awa Khady"
        " | Diop Ndiaye Fall Sow Sarr Ba Faye Gueye | French Wolof"
    ),
    "co": _pool(
        "Andrés Julián Santiago | Valentina Camila Daniela"
        " | Restrepo Gómez Cárdenas Ospina Vargas Moreno | Spanish English"
    ),
    "jo": _pool(
        "Omar Tariq Faris | Rania Lina Dana | Haddad Khoury Nasser Saleh Masri Qasem | Arabic English"
    ),
    "jp": _pool(
        "Kenji Hiroshi Takeshi | Yuki Aiko Mei"
        " | Tanaka Sato Nakamura Kobayashi Ito Watanabe | Japanese English"
    ),
    "de": _pool(
        "Jonas Felix Tobias | Anna Katharina Miriam"
        " | Becker Hoffmann Schulz Wagner Krüger Vogel | German English"
    ),
    "br": _pool(
        "Rafael Thiago Gustavo | Beatriz Luana Carolina"
        " | Oliveira Souza Lima Carvalho Ferreira Almeida | Portuguese English"
    ),
    "in": _pool(
        "Arjun Rohan Vikram | Priya Kavya Meera | Sharma Iyer Nair Menon Reddy Kulkarni | Hindi English"
    ),
    "ng": _pool(
        "Chinedu Tunde Emeka | Amaka Ngozi Folake | Okafor Adeyemi Eze Bello Okonkwo Balogun | English Hausa"
    ),
    "it": _pool(
        "Marco Luca Matteo | Giulia Francesca Chiara"
        " | Rossi Bianchi Ferri Esposito Romano Colombo | Italian English"
    ),
}
# What a staff entry's pool may say instead of one pool: drawn from at random.
POOL_GROUPS: dict[str, tuple[str, ...]] = {
    "intl": ("no", "fr", "ke", "ph", "co", "jo", "jp", "de", "br", "in", "ng", "it", "sn"),
    "natl": ("hal", "hal", "tum", "chr"),
}
LOCAL_POOLS = frozenset({"hal", "tum", "chr"})

# Occasional notes, by the kind of person they fit.
CONTACT_NOTES: dict[str, tuple[str, ...]] = {
    "agency": (
        "Rotates out at the end of next month; successor not yet named.",
        "Prefers Signal over phone calls.",
        "Covers for the head of office when away.",
        "Good counterpart on access questions; briefs frankly in bilaterals.",
        "Based in Haldara but travels to the field most weeks.",
    ),
    "official": (
        "Speaks through the language assistant but follows English well.",
        "Available after midday prayers; mornings are for his own staff.",
        "Requests in writing go through the chief of staff first.",
        "Sensitive to being bypassed: copy the office on anything about the district.",
    ),
    "uniformed": (
        "Monitors the sector net from 06:00 to 22:00.",
        "Point of contact for convoy escort requests.",
        "Rotates with the contingent in about six weeks.",
    ),
    "community": (
        "Meet away from the camp; do not visit in uniform.",
        "Asked that the name not appear in reports shared outside the battalion.",
        "Network coverage poor; messages may take a day.",
        "Reach through the language assistant.",
        "Respected across both communities; useful before any local dispute escalates.",
    ),
}


class Block(NamedTuple):
    """One `= header` block of a demo text table and its `key: value` lines, in order."""

    header: tuple[str, ...]
    items: tuple[tuple[str, str], ...]

    def values(self, key: str) -> list[str]:
        return [value for k, value in self.items if k == key]

    def value(self, key: str, default: str = "") -> str:
        found = self.values(key)
        return found[0] if found else default


def read_blocks(text: str) -> list[Block]:
    """Parse a demo text table: `= a | b` starts a block, `key: value` lines follow, and
    an indented line continues the value above it (tables stay within the line length)."""
    blocks: list[tuple[tuple[str, ...], list[tuple[str, str]]]] = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        if line.startswith("="):
            blocks.append((tuple(c.strip() for c in line[1:].split("|")), []))
        elif line.startswith(" "):
            key, value = blocks[-1][1][-1]
            blocks[-1][1][-1] = (key, f"{value} {line.strip()}")
        else:
            key, sep, value = line.partition(":")
            if not sep or not blocks:
                raise ValueError(f"demo table: cannot read {line!r}")
            blocks[-1][1].append((key.strip(), value.strip()))
    return [Block(header, tuple(items)) for header, items in blocks]


def split_list(value: str) -> tuple[str, ...]:
    """The comma-separated entries of a table value."""
    return tuple(part.strip() for part in value.split(",") if part.strip())
