"""Regenerate the reports' pictures in docs/screenshots/: page 1 of each PDF report, drawn
with pypdfium2, in English, French and Arabic, and the preview dialog over the main window.

Run: .venv/bin/python scripts/report_screenshots.py [--out docs/screenshots]
The profile is the demo month (seed 1) plus a meeting with French and Arabic names and one
minuted in Arabic. The French and Arabic pages need the compiled catalogues
(scripts/translations.py, or $LIAISON_CATALOGS).
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from liaison_app import demo, translations
from liaison_app.services import records
from liaison_app.services.interop.redaction import Profile
from liaison_app.services.reports import build
from liaison_app.store import Store
from scripts.scratch_window import out_folder, scratch_profile

SCALE = 1.6  # an A4 page about 950 px wide: readable on a docs page


def unicode_meeting(store: Store) -> str:
    """A meeting of this week with a French and an Arabic participant (returns its id)."""
    org = records.add(
        store, "org", {"name": "Croissant-Rouge malien", "acronym": "CRM", "org_type": "red-cross"}
    )
    amelie = records.add(
        store,
        "contact",
        {
            "full_name": "Amélie Dupré-Lefèvre",
            "position": "Coordinatrice des secours",
            "organization_id": org.id,
        },
    )
    fatima = records.add(
        store,
        "contact",
        {"full_name": "فاطمة الزهراء بن علي", "position": "Community liaison", "organization_id": org.id},
    )
    start = (datetime.now().astimezone() - timedelta(days=2)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    meeting = records.add(
        store,
        "meeting",
        {
            "title": "Réunion sur l'accès humanitaire à Ménaka",
            "meeting_type": "coordination-meeting",
            "start": start.isoformat(),
            "end": (start + timedelta(minutes=90)).isoformat(),
            "location": "Ménaka, base CRM",
            "grid": "31P DT 35778 60178",
            "attendee_ids": [amelie.id, fatima.id],
            "organization_ids": [org.id],
            "purpose": "Agree how relief convoys reach the displaced families north of Ménaka.",
            "points": [
                {
                    "kind": "finding",
                    "text": "Some 1,200 displaced families camp by the river, without clean water.",
                },
                {
                    "kind": "finding",
                    "text": "The northern track floods after rain; the southern road is open.",
                },
                {"kind": "decision", "text": "Convoys use the southern road until the track dries."},
                {"kind": "request", "text": "CRM asks for advance notice of military movements on the road."},
                {
                    "kind": "recommendation",
                    "text": "Hold a weekly coordination call with the community leaders.",
                },
                {"kind": "commitment", "text": "CRM: two water trucks to the river camp by Friday"},
                {"kind": "commitment", "text": "CIMIC: share the movement notification 48 h ahead"},
            ],
            "assessment": "The Red Crescent is well accepted locally; its reach hangs on the southern road.",
        },
    )
    for title, due in (
        ("Send the movement notification to CRM", 1),
        ("Confirm the water trucks reached the camp", 4),
    ):
        records.add(
            store,
            "action",
            {
                "title": title,
                "owner": "me",
                "due": (date.today() + timedelta(days=due)).isoformat(),
                "meeting_id": meeting.id,
            },
        )
    return meeting.id


def arabic_meeting(store: Store) -> str:
    """A key leader engagement minuted in Arabic, naming a French organization (returns its id)."""
    org = records.add(store, "org", {"name": "Médecins Sans Frontières", "acronym": "MSF", "org_type": "ngo"})
    sheikh = records.add(
        store,
        "contact",
        {"full_name": "الشيخ عمر ولد محمد", "position": "زعيم المجتمع المحلي", "organization_id": org.id},
    )
    start = (datetime.now().astimezone() - timedelta(days=1)).replace(
        hour=9, minute=30, second=0, microsecond=0
    )
    meeting = records.add(
        store,
        "meeting",
        {
            "title": "لقاء مع شيخ قرية تين هاما",
            "meeting_type": "key-leader-engagement",
            "start": start.isoformat(),
            "location": "تين هاما",
            "grid": "31P DT 35778 60178",
            "attendee_ids": [sheikh.id],
            "organization_ids": [org.id],
            "purpose": "مناقشة وصول عيادة MSF المتنقلة إلى القرية.",
            "points": [
                {"kind": "finding", "text": "يعيش نحو 300 أسرة نازحة قرب البئر الشمالية."},
                {"kind": "decision", "text": "تزور عيادة Médecins Sans Frontières القرية كل يوم خميس."},
                {"kind": "commitment", "text": "MSF: عيادة متنقلة يوم الخميس القادم"},
            ],
            "assessment": "الشيخ متعاون ويحظى باحترام السكان.",
        },
    )
    records.add(
        store,
        "action",
        {
            "title": "إبلاغ MSF بموعد الزيارة",
            "owner": "me",
            "due": (date.today() + timedelta(days=3)).isoformat(),
            "meeting_id": meeting.id,
        },
    )
    return meeting.id


def first_page_png(pdf: bytes, path: Path) -> None:
    """Page 1 of `pdf` as a PNG."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        document[0].render(scale=SCALE).to_pil().save(path)
    finally:
        document.close()
    sys.stdout.write(f"wrote {path}\n")


def shoot_pages(
    store: Store, meeting_id: str, out: Path, language: translations.Language = translations.Language.ENGLISH
) -> None:
    """Page 1 of each of the four reports in `language` (report-meeting.png in English,
    report-meeting-fr.png in French...)."""
    today = date.today()
    full = Profile.FULL  # the pictures show everything a report can hold
    tail = "" if language is translations.Language.ENGLISH else f"-{language.value}"
    first_page_png(
        build.meeting_pdf(store, meeting_id, profile=full, language=language).pdf,
        out / f"report-meeting{tail}.png",
    )
    first_page_png(
        build.weekly_pdf(
            store, first=today - timedelta(days=6), last=today, profile=full, language=language
        ).pdf,
        out / f"report-weekly{tail}.png",
    )
    first_page_png(
        build.actions_pdf(store, profile=full, language=language).pdf, out / f"report-actions{tail}.png"
    )
    first_page_png(
        build.handover_pdf(store, profile=full, language=language).pdf, out / f"report-handover{tail}.png"
    )


def shoot_report_preview(window: object, meeting_id: str, out: Path) -> None:
    """The meeting editor's Report… preview."""
    from scripts.screenshots import save, wait_for
    from ui.editors.meeting import MeetingEditor
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.go_to("meeting")
    page = window.lists["meeting"]
    page.open_record(meeting_id)
    editor = page.editor
    assert isinstance(editor, MeetingEditor)
    editor.show_report()
    preview = editor.report_preview
    assert preview is not None
    preview.redaction.choose(Profile.FULL)  # the meeting is CONFIDENTIAL: partner would refuse it
    wait_for(lambda: preview.rendered is not None)
    save(preview, out, "report-preview")
    preview.close()


def main() -> int:
    """Build a throwaway demo profile and draw the reports."""
    out = out_folder(__doc__)
    with scratch_profile("report-screenshots") as scratch:
        demo.generate(scratch.store, seed=1)
        meeting_id = unicode_meeting(scratch.store)
        in_arabic = arabic_meeting(scratch.store)
        shoot_pages(scratch.store, meeting_id, out, translations.Language.ENGLISH)
        shoot_pages(scratch.store, meeting_id, out, translations.Language.FRENCH)
        shoot_pages(scratch.store, in_arabic, out, translations.Language.ARABIC)
        shoot_report_preview(scratch.window(), meeting_id, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
