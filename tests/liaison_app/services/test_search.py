"""The search service finds records saved through the services however an Arabic or accented
name is typed, and phone numbers typed in Arabic-Indic digits."""

from __future__ import annotations

from liaison_app.services import records, search
from liaison_app.store import Store


def _found(store: Store, query: str) -> set[str]:
    return {h.id for h in search.search(store, query)}


def test_given_contacts_saved_with_and_without_tashkeel_then_each_spelling_finds_both(store: Store) -> None:
    marked = records.add(store, "contact", {"full_name": "مُحَمَّد الأمين"}).id
    plain = records.add(store, "contact", {"full_name": "محمد الامين"}).id
    records.add(store, "contact", {"full_name": "Hawa Ismail"})
    for typed in ("محمد", "مُحَمَّد", "الامين", "الأمين", "محم الأم"):
        assert _found(store, typed) == {marked, plain}, typed


def test_given_accented_and_plain_latin_names_then_each_spelling_finds_both(store: Store) -> None:
    accented = records.add(store, "contact", {"full_name": "Jean Mukéndi"}).id
    plain = records.add(store, "contact", {"full_name": "Jean Mukendi"}).id
    assert _found(store, "Mukendi") == _found(store, "Mukéndi") == {accented, plain}


def test_given_an_organization_renamed_then_the_new_arabic_name_is_found_and_the_old_is_not(
    store: Store,
) -> None:
    org = records.add(store, "org", {"name": "مدرسة النور"}).id
    assert _found(store, "مدرسه") == {org}
    records.edit(store, "org", org, {"name": "مستشفى الأمل"})
    assert _found(store, "مدرسه") == set()
    assert _found(store, "مستشفي الامل") == {org}
    (hit,) = search.search(store, "الامل")
    assert hit.title == "مستشفى الأمل"


def test_given_a_phone_then_typing_it_in_arabic_indic_digits_finds_the_contact(store: Store) -> None:
    contact = records.add(
        store,
        "contact",
        {
            "full_name": "حَوَّاء إسماعيل",
            "contact_points": [{"kind": "phone", "label": "Mobile", "value": "+249 912 345 678"}],
            "notes": "رقم المكتب ٠١٨٣ ٧٧٤",
        },
    ).id
    assert _found(store, "٩١٢ ٣٤٥") == {contact}
    assert _found(store, "۹۱۲") == {contact}  # Persian/Urdu digits
    assert _found(store, "0183 774") == {contact}  # written in Arabic-Indic digits in the notes
    assert search.count_matches(store, "حواء") == 1
