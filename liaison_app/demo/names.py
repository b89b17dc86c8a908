"""The name pools of the demo mission's communities and of the nationalities met among
agency and contingent staff, and the occasional notes that fit each kind of person.
Pure data for `liaison_app.demo`.
"""

from __future__ import annotations

from typing import NamedTuple


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
