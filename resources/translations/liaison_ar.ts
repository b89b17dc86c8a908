<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Areas of responsibility (kept on this device only)</source>
        <translation>مناطق المسؤولية (محفوظة على هذا الجهاز فقط)</translation>
    </message>
    <message>
        <source>all officers</source>
        <translation>جميع الضباط</translation>
    </message>
    <message>
        <source>Weekly activity and information summary</source>
        <translation>الملخص الأسبوعي للأنشطة والمعلومات</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>days</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>أُغلقت</translation>
    </message>
    <message>
        <source>Engagements by type</source>
        <translation>اللقاءات حسب النوع</translation>
    </message>
    <message>
        <source>Engagements by area</source>
        <translation>اللقاءات حسب المنطقة</translation>
    </message>
    <message>
        <source>No area recorded</source>
        <translation>لم تُسجَّل منطقة</translation>
    </message>
    <message>
        <source>Engagements held</source>
        <translation>اللقاءات المعقودة</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>اللقاء</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln engagements are listed.</source>
        <translation>
            <numerusform>أُدرج أول %1 من أصل %Ln لقاء.</numerusform>
            <numerusform>أُدرج أول %1 من أصل لقاء واحد.</numerusform>
            <numerusform>أُدرج أول %1 من أصل لقاءين.</numerusform>
            <numerusform>أُدرج أول %1 من أصل %Ln لقاءات.</numerusform>
            <numerusform>أُدرج أول %1 من أصل %Ln لقاءً.</numerusform>
            <numerusform>أُدرج أول %1 من أصل %Ln لقاء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations engaged</source>
        <translation>المنظمات التي جرى اللقاء بها</translation>
    </message>
    <message>
        <source>Key decisions and commitments</source>
        <translation>أبرز القرارات والالتزامات</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>point</comment>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <source>Actions closed</source>
        <translation>الإجراءات التي أُغلقت</translation>
    </message>
    <message>
        <source>Actions overdue on %1</source>
        <translation>الإجراءات المتأخرة في %1</translation>
    </message>
    <message>
        <source>%1 opened, %2 closed, %3 overdue on %4</source>
        <translation>أُنشئ %1، وأُغلق %2، وتأخر %3 في %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trusted device(s) on Liaison 0.1.0 cannot receive areas: %1. Changes this device writes after an area wait there until they upgrade.</source>
        <translation>
            <numerusform>يتعذر على %Ln جهاز موثوق يعمل بالإصدار Liaison 0.1.0 استقبال المناطق: %1. ولن تصله التغييرات التي يسجلها هذا الجهاز بعد تسجيل أي منطقة إلا بعد ترقيته.</numerusform>
            <numerusform>يتعذر على جهاز موثوق واحد يعمل بالإصدار Liaison 0.1.0 استقبال المناطق: %1. ولن تصله التغييرات التي يسجلها هذا الجهاز بعد تسجيل أي منطقة إلا بعد ترقيته.</numerusform>
            <numerusform>يتعذر على جهازين موثوقين يعملان بالإصدار Liaison 0.1.0 استقبال المناطق: %1. ولن تصلهما التغييرات التي يسجلها هذا الجهاز بعد تسجيل أي منطقة إلا بعد ترقيتهما.</numerusform>
            <numerusform>يتعذر على %Ln أجهزة موثوقة تعمل بالإصدار Liaison 0.1.0 استقبال المناطق: %1. ولن تصلها التغييرات التي يسجلها هذا الجهاز بعد تسجيل أي منطقة إلا بعد ترقيتها.</numerusform>
            <numerusform>يتعذر على %Ln جهازًا موثوقًا يعمل بالإصدار Liaison 0.1.0 استقبال المناطق: %1. ولن تصلها التغييرات التي يسجلها هذا الجهاز بعد تسجيل أي منطقة إلا بعد ترقيتها.</numerusform>
            <numerusform>يتعذر على %Ln جهاز موثوق يعمل بالإصدار Liaison 0.1.0 استقبال المناطق: %1. ولن تصلها التغييرات التي يسجلها هذا الجهاز بعد تسجيل أي منطقة إلا بعد ترقيتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the encrypted database…</source>
        <translation>جارٍ نسخ قاعدة البيانات المشفرة…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>جارٍ التحقق من النسخة…</translation>
    </message>
    <message>
        <source>Writing the backup file…</source>
        <translation>جارٍ كتابة ملف النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Checking the backup file…</source>
        <translation>جارٍ التحقق من ملف النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Unpacking the profile…</source>
        <translation>جارٍ استخراج الملف الشخصي…</translation>
    </message>
    <message>
        <source>The passphrase or recovery key does not open this backup. Nothing was changed.</source>
        <translation>لا تفتح عبارة المرور أو مفتاح الاسترداد هذه النسخة الاحتياطية. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This file cannot be read. Nothing was changed.</source>
        <translation>تتعذر قراءة هذا الملف. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This file is not a Liaison backup. Nothing was changed.</source>
        <translation>هذا الملف ليس نسخة احتياطية من Liaison. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Liaison: upgrade to restore it.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Liaison: يلزم تحديث التطبيق لاستعادتها.</translation>
    </message>
    <message>
        <source>This backup is damaged or was altered. Nothing was changed.</source>
        <translation>هذه النسخة الاحتياطية تالفة أو جرى التلاعب بها. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The profile folder holds other files; restore into a new or empty folder.</source>
        <translation>يحتوي مجلد الملف الشخصي على ملفات أخرى؛ يُرجى الاستعادة في مجلد جديد أو فارغ.</translation>
    </message>
    <message>
        <source>A profile already exists in this folder.</source>
        <translation>يوجد ملف شخصي في هذا المجلد بالفعل.</translation>
    </message>
    <message>
        <source>Not done: %s</source>
        <translation>لم تُنفَّذ العملية: %s</translation>
    </message>
    <message>
        <source>Replace this profile?</source>
        <translation>استبدال هذا الملف الشخصي؟</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with those in the backup. Work written since the backup was taken is lost here unless it reached HQ. Restore?</source>
        <translation>تستبدل الاستعادة جميع السجلات على هذا الحاسوب بسجلات النسخة الاحتياطية، ويُفقد هنا كل عمل سُجِّل بعد أخذ النسخة ما لم يكن قد وصل إلى المقر. هل تريد الاستعادة؟</translation>
    </message>
    <message>
        <source>The backup of %1 is restored (%2 records). For sync this laptop is now a new device: send its identity card to HQ (Sync → Identity) before the next exchange.</source>
        <translation>استُعيدت النسخة الاحتياطية المؤرخة %1 (عدد السجلات: %2). لأغراض المزامنة، أصبح هذا الحاسوب جهازًا جديدًا: يُرجى إرسال بطاقة هويته إلى المقر (المزامنة ← الهوية) قبل التبادل التالي.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Backing up to %s</source>
        <translation>جارٍ النسخ الاحتياطي إلى %s</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup file (%s)</source>
        <translation>ملف النسخة الاحتياطية (%s)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>With the passphrase the backup was made with</source>
        <translation>باستخدام عبارة المرور التي أُنشئت بها النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>With the recovery key, choosing a new passphrase</source>
        <translation>باستخدام مفتاح الاسترداد، مع اختيار عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;ملف النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>م&amp;فتاح الاسترداد:</translation>
    </message>
    <message>
        <source>The backup replaces the profile on this laptop once it is checked and unpacked.</source>
        <translation>تحل النسخة الاحتياطية محل الملف الشخصي على هذا الحاسوب بعد التحقق منها واستخراجها.</translation>
    </message>
    <message>
        <source>The backup becomes the profile on this laptop. Nothing readable is in the file.</source>
        <translation>تصبح النسخة الاحتياطية الملف الشخصي على هذا الحاسوب. لا يمكن قراءة أي شيء في الملف دون فك تشفيره.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Liaison backups (*%s);;All files (*)</source>
        <translation>النسخ الاحتياطية من Liaison (*%s);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>اختر ملف النسخة الاحتياطية المراد استعادته.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>إنشاء &amp;نسخة احتياطية الآن…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>حفظ النسخة الاحتياطية في</translation>
    </message>
    <message>
        <source>Liaison backups (*%s)</source>
        <translation>النسخ الاحتياطية من Liaison (*%s)</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 records).</source>
        <translation>كُتبت النسخة الاحتياطية وجرى التحقق منها: %1 (عدد السجلات: %2).</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>اكتمل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>لم يكتمل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>vCard 3.0 — phones, Thunderbird (*.vcf)</source>
        <translation>vCard 3.0 — الهواتف، Thunderbird (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>CSV — spreadsheets (*.csv)</source>
        <translation>CSV — جداول البيانات (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Contacts (vCard / CSV)…</source>
        <translation>&amp;جهات الاتصال (vCard / CSV)…</translation>
    </message>
    <message>
        <source>the contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>{n} contact(s) written. The file is not encrypted.</source>
        <translation>عدد جهات الاتصال المُصدَّرة: {n}. الملف غير مشفر.</translation>
    </message>
    <message>
        <source>&amp;Contacts (vCard or CSV)…</source>
        <translation>&amp;جهات الاتصال (vCard أو CSV)…</translation>
    </message>
    <message>
        <source>&amp;Organizations (CSV)…</source>
        <translation>ال&amp;منظمات (CSV)…</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv)</source>
        <translation>جهات الاتصال (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <source>Organizations are imported from CSV files.</source>
        <translation>تُستورد المنظمات من ملفات CSV.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <source>Import organizations</source>
        <translation>استيراد المنظمات</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— عدم الاستيراد —</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Import {what} — columns</source>
        <translation>استيراد {what} — الأعمدة</translation>
    </message>
    <message>
        <source>Choose what each column of the file fills. Columns left out are not imported.</source>
        <translation>حدد الحقل الذي يملؤه كل عمود من أعمدة الملف. لا تُستورد الأعمدة المستبعدة.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>الحقل المقابل</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>حقل العمود {name}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>الصفوف الأولى من الملف:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Rotation handover pack</source>
        <translation>ملف التسليم</translation>
    </message>
    <message>
        <source>The network and open work of %1, for the successor</source>
        <translation>شبكة علاقات %1 وأعماله الجارية، لمن يخلفه</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>المسلّم</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>الإجراءات المفتوحة</translation>
    </message>
    <message>
        <source>Nothing above %1; do-not-share contacts are never included.</source>
        <translation>لا شيء فوق مستوى %1؛ ولا تُدرج أبدًا جهات الاتصال المعلَّمة بعدم المشاركة.</translation>
    </message>
    <message>
        <source>Organizations and contacts</source>
        <translation>المنظمات وجهات الاتصال</translation>
    </message>
    <message>
        <source>Contacts of no organization</source>
        <translation>جهات اتصال غير تابعة لأي منظمة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more above %1 left out.</source>
        <translation>
            <numerusform>لم يُستبعد أي إجراء آخر فوق مستوى %1.</numerusform>
            <numerusform>استُبعد إجراء آخر فوق مستوى %1.</numerusform>
            <numerusform>استُبعد إجراءان آخران فوق مستوى %1.</numerusform>
            <numerusform>استُبعدت %Ln إجراءات أخرى فوق مستوى %1.</numerusform>
            <numerusform>استُبعد %Ln إجراءً آخر فوق مستوى %1.</numerusform>
            <numerusform>استُبعد %Ln إجراء آخر فوق مستوى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments since %1</source>
        <translation>الالتزامات منذ %1</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>committed</comment>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Committed to</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Date-time group</source>
        <translation>مجموعة التاريخ والوقت</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا شيء مسجَّل</translation>
    </message>
    <message>
        <source>%1 (details above this pack&apos;s level)</source>
        <translation>%1 (التفاصيل فوق مستوى هذا الملف)</translation>
    </message>
    <message>
        <source>Last engagement</source>
        <translation>آخر لقاء</translation>
    </message>
    <message>
        <source>Officer&apos;s notes</source>
        <translation>ملاحظات الضابط</translation>
    </message>
    <message>
        <source>Contacts above this pack&apos;s level left out: %1.</source>
        <translation>جهات اتصال فوق مستوى هذا الملف لم تُدرج: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>وسائل الاتصال</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>{imported} imported, {skipped} already here (skipped), {errors} refused.</source>
        <translation>المستورَدة: {imported}، والموجودة مسبقًا (تم تخطيها): {skipped}، والمرفوضة: {errors}.</translation>
    </message>
    <message>
        <source>{n} new organization(s) created.</source>
        <translation>عدد المنظمات الجديدة المُنشأة: {n}.</translation>
    </message>
    <message>
        <source>Cancelled: the cards after the last one listed were not read.</source>
        <translation>أُلغيت العملية: لم تُقرأ البطاقات الواقعة بعد آخر بطاقة مدرجة.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورَد</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>موجود مسبقًا</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>as {name} ({id}) — {reason}</source>
        <translation>باسم {name} ({id}) — {reason}</translation>
    </message>
    <message>
        <source>organization {name} created</source>
        <translation>أُنشئت المنظمة {name}</translation>
    </message>
    <message>
        <source>linked to {name}</source>
        <translation>مرتبط بـ {name}</translation>
    </message>
    <message>
        <source>exported from here</source>
        <translation>صُدِّر من هذا الجهاز</translation>
    </message>
    <message>
        <source>the same details</source>
        <translation>البيانات نفسها</translation>
    </message>
    <message>
        <source>an earlier card of this file</source>
        <translation>بطاقة سابقة في هذا الملف</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>{who} — shown now</source>
        <translation>{who} — القيمة المعروضة حاليًا</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>الضابط:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>الجهاز:</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>تاريخ التسجيل:</translation>
    </message>
    <message>
        <source>Yes — the record holds this value now</source>
        <translation>نعم — يحمل السجل هذه القيمة حاليًا</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Shown now:</source>
        <translation>القيمة الحالية:</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>الإبقاء على هذه القيمة</translation>
    </message>
    <message>
        <source>Keep this value on every device; the conflict is cleared when it syncs</source>
        <translation>الإبقاء على هذه القيمة في جميع الأجهزة؛ ويُحل التعارض عند المزامنة</translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation>عرض التعارضات المحلولة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>القيم</translation>
    </message>
    <message>
        <source>No conflicts. When two officers change the same field before they sync, both values are listed here so nothing is silently lost.</source>
        <translation>لا توجد تعارضات. عندما يغيّر ضابطان الحقل نفسه قبل المزامنة، تُدرج القيمتان هنا حتى لا يضيع شيء دون علمك.</translation>
    </message>
    <message>
        <source>Edit a merge…</source>
        <translation>دمج يدوي…</translation>
    </message>
    <message>
        <source>Open the record with this field ready for a value that combines both</source>
        <translation>فتح السجل مع تهيئة هذا الحقل لقيمة تجمع بين القيمتين</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>لا توجد تعارضات غير محلولة</numerusform>
            <numerusform>تعارض واحد غير محلول</numerusform>
            <numerusform>تعارضان غير محلولين</numerusform>
            <numerusform>%Ln تعارضات غير محلولة</numerusform>
            <numerusform>%Ln تعارضًا غير محلول</numerusform>
            <numerusform>%Ln تعارض غير محلول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} · %Ln resolved</source>
        <translation>
            <numerusform>{open} · وحُلّ %Ln تعارض</numerusform>
            <numerusform>{open} · وحُلّ تعارض واحد</numerusform>
            <numerusform>{open} · وحُلّ تعارضان</numerusform>
            <numerusform>{open} · وحُلّت %Ln تعارضات</numerusform>
            <numerusform>{open} · وحُلّ %Ln تعارضًا</numerusform>
            <numerusform>{open} · وحُلّ %Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln قيمة</numerusform>
            <numerusform>قيمة واحدة</numerusform>
            <numerusform>قيمتان</numerusform>
            <numerusform>%Ln قيم</numerusform>
            <numerusform>%Ln قيمة</numerusform>
            <numerusform>%Ln قيمة</numerusform>
        </translation>
    </message>
    <message>
        <source>{values} · resolved</source>
        <translation>{values} · محلول</translation>
    </message>
    <message>
        <source>{kind} “{title}” — {field}</source>
        <translation>{kind} «{title}» — {field}</translation>
    </message>
    <message>
        <source>These values were written on different devices {apart}, each before its device had seen the other.</source>
        <translation>كُتبت هذه القيم على أجهزة مختلفة {apart}، وكُتبت كل منها قبل أن يطّلع جهازها على الأخرى.</translation>
    </message>
    <message>
        <source>Keep one, or edit a merge; the choice syncs to everyone.</source>
        <translation>يمكن الإبقاء على إحدى القيم أو دمجها يدويًا؛ ويُعمَّم الاختيار على الجميع عند المزامنة.</translation>
    </message>
    <message>
        <source>Resolved by a later change (read only).</source>
        <translation>حُلّ بتغيير لاحق (للقراءة فقط).</translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Resolved by {who} on {device}, {when}. Final value: {value}</source>
        <translation>تولّى الحل: {who} على الجهاز {device}، في {when}. القيمة النهائية: {value}</translation>
    </message>
    <message>
        <source>less than a minute apart</source>
        <translation>بفارق أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) apart</source>
        <translation>
            <numerusform>بفارق %Ln دقيقة</numerusform>
            <numerusform>بفارق دقيقة واحدة</numerusform>
            <numerusform>بفارق دقيقتين</numerusform>
            <numerusform>بفارق %Ln دقائق</numerusform>
            <numerusform>بفارق %Ln دقيقة</numerusform>
            <numerusform>بفارق %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) apart</source>
        <translation>
            <numerusform>بفارق %Ln ساعة</numerusform>
            <numerusform>بفارق ساعة واحدة</numerusform>
            <numerusform>بفارق ساعتين</numerusform>
            <numerusform>بفارق %Ln ساعات</numerusform>
            <numerusform>بفارق %Ln ساعة</numerusform>
            <numerusform>بفارق %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) apart</source>
        <translation>
            <numerusform>بفارق %Ln يوم</numerusform>
            <numerusform>بفارق يوم واحد</numerusform>
            <numerusform>بفارق يومين</numerusform>
            <numerusform>بفارق %Ln أيام</numerusform>
            <numerusform>بفارق %Ln يومًا</numerusform>
            <numerusform>بفارق %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown officer</source>
        <translation>ضابط غير معروف</translation>
    </message>
    <message>
        <source>{officer} ({device})</source>
        <translation>{officer} ({device})</translation>
    </message>
    <message>
        <source>{kind} &quot;{title}&quot;</source>
        <translation>{kind} «{title}»</translation>
    </message>
    <message>
        <source>{who} deleted {what}</source>
        <translation>حذف {who} {what}</translation>
    </message>
    <message>
        <source>{who} added {what}</source>
        <translation>أضاف {who} {what}</translation>
    </message>
    <message>
        <source>{who} changed {what}: {fields}</source>
        <translation>عدّل {who} {what}: {fields}</translation>
    </message>
    <message>
        <source>{who} changed {what}</source>
        <translation>عدّل {who} {what}</translation>
    </message>
    <message numerus="yes">
        <source>{fields} and %Ln more</source>
        <translation>
            <numerusform>{fields} و%Ln حقل آخر</numerusform>
            <numerusform>{fields} وحقل آخر</numerusform>
            <numerusform>{fields} وحقلان آخران</numerusform>
            <numerusform>{fields} و%Ln حقول أخرى</numerusform>
            <numerusform>{fields} و%Ln حقلًا آخر</numerusform>
            <numerusform>{fields} و%Ln حقل آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>بلا مسؤول</translation>
    </message>
    <message>
        <source>{due}  {title}  ({owner})</source>
        <translation>{due}  {title}  ({owner})</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Today&apos;s meetings</source>
        <translation>اجتماعات اليوم</translation>
    </message>
    <message>
        <source>No meetings today.</source>
        <translation>لا توجد اجتماعات اليوم.</translation>
    </message>
    <message>
        <source>Upcoming meetings (7 days)</source>
        <translation>الاجتماعات المقبلة (7 أيام)</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>لا شيء مقرر هذا الأسبوع.</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>الإجراءات المتأخرة</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>لا شيء متأخر.</translation>
    </message>
    <message>
        <source>Actions due within 7 days</source>
        <translation>الإجراءات المستحقة خلال 7 أيام</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>لا شيء مستحق هذا الأسبوع.</translation>
    </message>
    <message>
        <source>Recently from other officers</source>
        <translation>أحدث ما ورد من الضباط الآخرين</translation>
    </message>
    <message>
        <source>Nothing from other officers yet. Their changes are listed here after a sync exchange.</source>
        <translation>لم يرد شيء من الضباط الآخرين بعد. تظهر تغييراتهم هنا بعد تبادل المزامنة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln منظمة</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%Ln منظمات</numerusform>
            <numerusform>%Ln منظمة</numerusform>
            <numerusform>%Ln منظمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln اجتماع</numerusform>
            <numerusform>اجتماع واحد</numerusform>
            <numerusform>اجتماعان</numerusform>
            <numerusform>%Ln اجتماعات</numerusform>
            <numerusform>%Ln اجتماعًا</numerusform>
            <numerusform>%Ln اجتماع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln إجراء متابعة</numerusform>
            <numerusform>إجراء متابعة واحد</numerusform>
            <numerusform>إجراءا متابعة</numerusform>
            <numerusform>%Ln إجراءات متابعة</numerusform>
            <numerusform>%Ln إجراء متابعة</numerusform>
            <numerusform>%Ln إجراء متابعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <source>Arrivals and due actions</source>
        <translation>المستجدات والإجراءات المستحقة</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>جارٍ إنشاء بيانات تجريبية…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>البيانات التجريبية</translation>
    </message>
    <message>
        <source>Demo data failed: {error}</source>
        <translation>تعذر إنشاء البيانات التجريبية: {error}</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>حفظ بيانات التشخيص</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>What Liaison did in this session. Record contents, passphrases and keys are never logged. The log is kept in memory only, unless you save it.</source>
        <translation>ما قام به Liaison خلال هذه الجلسة. لا يُسجَّل أبدًا محتوى السجلات ولا عبارات المرور ولا المفاتيح. ويُحتفظ بسجل الأحداث في الذاكرة فقط ما لم تحفظه.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>لم يُسجَّل أي حدث بعد.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;حفظ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), kept in memory only</source>
        <translation>
            <numerusform>%Ln رسالة، محفوظة في الذاكرة فقط</numerusform>
            <numerusform>رسالة واحدة، محفوظة في الذاكرة فقط</numerusform>
            <numerusform>رسالتان، محفوظتان في الذاكرة فقط</numerusform>
            <numerusform>%Ln رسائل، محفوظة في الذاكرة فقط</numerusform>
            <numerusform>%Ln رسالة، محفوظة في الذاكرة فقط</numerusform>
            <numerusform>%Ln رسالة، محفوظة في الذاكرة فقط</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>نُسخ إلى الحافظة.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>تعذر الحفظ: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>محتفَظ به</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>(غير موجود على هذا الجهاز)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>unknown officer</source>
        <translation>ضابط غير معروف</translation>
    </message>
    <message>
        <source>deleted record %1</source>
        <translation>سجل محذوف %1</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation>أُدخلت عبارة مرور خاطئة مرات متتالية كثيرة.</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free). Nothing was changed. Make room, then try again.</source>
        <translation>القرص ممتلئ (المساحة الحرة {free} ميغابايت). لم يُغيَّر شيء. يُرجى إفراغ بعض المساحة ثم إعادة المحاولة.</translation>
    </message>
    <message>
        <source>This user may not open the profile folder {folder}. Check its permissions.</source>
        <translation>لا يملك هذا المستخدم إذنًا بفتح مجلد الملف الشخصي {folder}. يُرجى التحقق من أذونات المجلد.</translation>
    </message>
    <message>
        <source>The profile in {folder} was never finished: its creation was interrupted.</source>
        <translation>لم يكتمل الملف الشخصي الموجود في {folder}: فقد توقف إنشاؤه قبل انتهائه.</translation>
    </message>
    <message>
        <source>This record is open in its own window.</source>
        <translation>هذا السجل مفتوح في نافذة مستقلة.</translation>
    </message>
    <message>
        <source>&amp;Bring it back here</source>
        <translation>&amp;إعادته إلى هنا</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What must be done</source>
        <translation>ما يجب القيام به</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>“me”, or type a contact&apos;s name</source>
        <translation>«أنا»، أو اكتب اسم جهة اتصال</translation>
    </message>
    <message>
        <source>Open on %1: overdue, and due by %2</source>
        <translation>الإجراءات المفتوحة في %1: المتأخرة، والمستحقة حتى %2</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>مستحقة قريبًا</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>حسب المسؤول</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Overdue (due before %1)</source>
        <translation>المتأخرة (الموعد النهائي قبل %1)</translation>
    </message>
    <message>
        <source>Due soon (by %1)</source>
        <translation>المستحقة قريبًا (حتى %1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Meeting / liaison report</source>
        <translation>تقرير اجتماع / اتصال</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>meeting type: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>date-time groups</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>To</source>
        <comment>addressees</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Position</source>
        <comment>coordinates</comment>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Organizations represented: %1</source>
        <translation>المنظمات الممثَّلة: %1</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>غير مسجَّل.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment — the opinion of the reporting officer, not an agreed position.</source>
        <translation>تقييم الضابط — رأي الضابط مُعِدّ التقرير، وليس موقفًا متفقًا عليه.</translation>
    </message>
    <message>
        <source>No assessment recorded.</source>
        <translation>لم يُسجَّل أي تقييم.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>قائمة التوزيع</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المُعِدّ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>full</source>
        <comment>redaction profile</comment>
        <translation>كامل</translation>
    </message>
    <message>
        <source>partner</source>
        <comment>redaction profile</comment>
        <translation>للشركاء</translation>
    </message>
    <message>
        <source>public</source>
        <comment>redaction profile</comment>
        <translation>عام</translation>
    </message>
    <message>
        <source>Withheld (do not share)</source>
        <translation>محجوب (عدم المشاركة)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسنَد</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>الاجتماع المصدر</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln actions are listed.</source>
        <translation>
            <numerusform>أُدرج أول %1 من أصل %Ln إجراء.</numerusform>
            <numerusform>أُدرج أول %1 من أصل إجراء واحد.</numerusform>
            <numerusform>أُدرج أول %1 من أصل إجراءين.</numerusform>
            <numerusform>أُدرج أول %1 من أصل %Ln إجراءات.</numerusform>
            <numerusform>أُدرج أول %1 من أصل %Ln إجراءً.</numerusform>
            <numerusform>أُدرج أول %1 من أصل %Ln إجراء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find a meeting</source>
        <translation>اكتب للبحث عن اجتماع</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تمييز كمنجز</translation>
    </message>
    <message>
        <source>Set the status to Done and save</source>
        <translation>تغيير الحالة إلى «منجز» والحفظ</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (أنا)</translation>
    </message>
    <message>
        <source>%1 (done %2)</source>
        <translation>%1 (أُنجز في %2)</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>إجراء متابعة جديد</translation>
    </message>
    <message>
        <source>this action item</source>
        <translation>إجراء المتابعة هذا</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>حذف إجراء المتابعة</translation>
    </message>
    <message>
        <source>Area or P-code</source>
        <translation>المنطقة أو P-code</translation>
    </message>
    <message>
        <source>e.g. North Kivu</source>
        <translation>مثلًا: شمال كيفو</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>e.g. CD61</source>
        <translation>مثلًا: CD61</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <source>The area it lies in</source>
        <translation>المنطقة التي تقع ضمنها</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>centre, e.g. -0.49</source>
        <translation>المركز، مثلًا -0.49</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>centre, e.g. 29.2</source>
        <translation>المركز، مثلًا 29.2</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>LAT,LON points, for the map plot</source>
        <translation>نقاط LAT,LON لرسمها على الخريطة</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>منطقة جديدة</translation>
    </message>
    <message>
        <source>this area</source>
        <translation>هذه المنطقة</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>حذف المنطقة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln area(s)</source>
        <translation>
            <numerusform>%Ln منطقة</numerusform>
            <numerusform>منطقة واحدة</numerusform>
            <numerusform>منطقتان</numerusform>
            <numerusform>%Ln مناطق</numerusform>
            <numerusform>%Ln منطقة</numerusform>
            <numerusform>%Ln منطقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert…</source>
        <translation>تراجع…</translation>
    </message>
    <message>
        <source>Discard the changes not yet saved (asks first)</source>
        <translation>تجاهل التغييرات غير المحفوظة (بعد التأكيد)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Discard this new record? Nothing of it has been saved.</source>
        <translation>تجاهل هذا السجل الجديد؟ لم يُحفظ منه أي شيء.</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>تجاهل تغييراتك على %1؟</translation>
    </message>
    <message>
        <source>You can restore it from the Trash (Ctrl+Z right away).</source>
        <translation>يمكنك استعادته من سلة المحذوفات (أو فورًا بالضغط على Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete %1? Other officers will see it go.</source>
        <translation>حذف %1؟ سيطّلع الضباط الآخرون على هذا الحذف.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>e.g. Head of sub-office</source>
        <translation>مثلًا: رئيس المكتب الفرعي</translation>
    </message>
    <message>
        <source>Type to find an organization</source>
        <translation>اكتب للبحث عن منظمة</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Reach by</source>
        <translation>وسائل الاتصال</translation>
    </message>
    <message>
        <source>number or address</source>
        <translation>الرقم أو العنوان</translation>
    </message>
    <message>
        <source>label, e.g. office</source>
        <translation>التسمية، مثلًا: المكتب</translation>
    </message>
    <message>
        <source>Add phone, email…</source>
        <translation>إضافة هاتف أو بريد إلكتروني…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Town, district</source>
        <translation>البلدة، المديرية</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>مستوى الحساسية</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>عدم التواصل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>حذف جهة الاتصال</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدا</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>اختيار تاريخ (Alt+Down)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>اختيار تاريخ</translation>
    </message>
    <message>
        <source>e.g. %1, or tomorrow</source>
        <translation>مثلًا: %1، أو غدا</translation>
    </message>
    <message>
        <source>Not a date. Type e.g. %1, 2026-12-01 or tomorrow.</source>
        <translation>هذا ليس تاريخًا. اكتب مثلًا: %1، أو 2026-12-01، أو غدا.</translation>
    </message>
    <message>
        <source>e.g. 10:30, or %1</source>
        <translation>مثلًا: 10:30، أو %1</translation>
    </message>
    <message>
        <source>e.g. %1, tomorrow 10:00 or 011000ZDEC26</source>
        <translation>مثلًا: %1، أو غدا 10:00، أو 011000ZDEC26</translation>
    </message>
    <message>
        <source>Time zone of the time typed (unless the text names one)</source>
        <translation>المنطقة الزمنية للوقت المُدخل (ما لم يحدد النص منطقة زمنية)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>The present minute</source>
        <translation>الدقيقة الحالية</translation>
    </message>
    <message>
        <source>Not a date and time. Type e.g. %1, tomorrow 10:00 or 011000ZDEC26.</source>
        <translation>هذا ليس تاريخًا ووقتًا. اكتب مثلًا: %1، أو غدا 10:00، أو 011000ZDEC26.</translation>
    </message>
    <message>
        <source>This is before the start.</source>
        <translation>هذا الوقت يسبق وقت البداية.</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>عنوان البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <source>Same name, same organization</source>
        <translation>الاسم نفسه والمنظمة نفسها</translation>
    </message>
    <message>
        <source>Similar name, same organization</source>
        <translation>اسم مشابه والمنظمة نفسها</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <source>Same acronym</source>
        <translation>الاختصار نفسه</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>اسم مشابه</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the stored record instead</source>
        <translation>فتح السجل المحفوظ بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Save this one, then merge it into the stored record</source>
        <translation>حفظ هذا السجل ثم دمجه في السجل المحفوظ</translation>
    </message>
    <message>
        <source>%1, %2 — already here?</source>
        <translation>%1، %2 — سجل مكرر؟</translation>
    </message>
    <message>
        <source>%1 — already here?</source>
        <translation>%1 — سجل مكرر؟</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>جارٍ قراءة السجل التاريخي…</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>تعذرت قراءة السجل التاريخي.</translation>
    </message>
    <message>
        <source>A record has a history once it is saved.</source>
        <translation>يصبح للسجل سجل تاريخي بعد حفظه.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>لم تُسجَّل أي تغييرات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s), oldest first.</source>
        <translation>
            <numerusform>%Ln تغيير.</numerusform>
            <numerusform>تغيير واحد.</numerusform>
            <numerusform>تغييران، الأقدم أولًا.</numerusform>
            <numerusform>%Ln تغييرات، الأقدم أولًا.</numerusform>
            <numerusform>%Ln تغييرًا، الأقدم أولًا.</numerusform>
            <numerusform>%Ln تغيير، الأقدم أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <source>(private: kept on this laptop)</source>
        <translation>(خاص: محفوظ على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>(conflict: made without seeing the change before)</source>
        <translation>(تعارض: أُجري دون الاطلاع على التغيير السابق)</translation>
    </message>
    <message>
        <source>e.g. Water point security</source>
        <translation>مثلًا: أمن نقاط المياه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>اسم المكان</translation>
    </message>
    <message>
        <source>e.g. 38SMB4400012000</source>
        <translation>مثلًا: 38SMB4400012000</translation>
    </message>
    <message>
        <source>decimal degrees</source>
        <translation>بالدرجات العشرية</translation>
    </message>
    <message>
        <source>MGRS grid</source>
        <translation>إحداثيات MGRS</translation>
    </message>
    <message>
        <source>Type a name to add an attendee</source>
        <translation>اكتب اسمًا لإضافة مشارك</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Type to add an organization</source>
        <translation>اكتب لإضافة منظمة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>إضافة نقطة</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>New action item from this meeting</source>
        <translation>إجراء متابعة جديد ناتج عن هذا الاجتماع</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;محضر الاجتماع</translation>
    </message>
    <message>
        <source>Read the saved meeting as minutes</source>
        <translation>عرض الاجتماع المحفوظ في صورة محضر</translation>
    </message>
    <message>
        <source>Own &amp;window</source>
        <translation>&amp;نافذة مستقلة</translation>
    </message>
    <message>
        <source>Edit this meeting in a window of its own</source>
        <translation>تحرير هذا الاجتماع في نافذة مستقلة</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;تقرير…</translation>
    </message>
    <message>
        <source>Preview the saved meeting as a staff report (PDF), then save it</source>
        <translation>معاينة الاجتماع المحفوظ في صورة تقرير رسمي (PDF)، ثم حفظه</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>&amp;عودة إلى القائمة</translation>
    </message>
    <message>
        <source>Put this editor back beside the list</source>
        <translation>إعادة هذا المحرر إلى جانب القائمة</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>تقرير اجتماع</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>هذا الاجتماع</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>حذف الاجتماع</translation>
    </message>
    <message>
        <source>e.g. World Food Programme</source>
        <translation>مثال: برنامج الأغذية العالمي</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>e.g. WFP</source>
        <translation>مثال: WFP</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>comma-separated, e.g. food, logistics</source>
        <translation>مفصولة بفواصل، مثال: الغذاء, اللوجستيات</translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation>المنظمة الأم</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <source>this organization</source>
        <translation>هذه المنظمة</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>حذف المنظمة</translation>
    </message>
    <message>
        <source>Type of point</source>
        <translation>نوع النقطة</translation>
    </message>
    <message>
        <source>What was found, decided, asked… (Ctrl+Enter: next point)</source>
        <translation>ما لوحظ أو تقرر أو طُلب… (Ctrl+Enter: النقطة التالية)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>نقل لأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>نقل لأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this point</source>
        <translation>إزالة هذه النقطة</translation>
    </message>
    <message>
        <source>Add a point at the end</source>
        <translation>إضافة نقطة في النهاية</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>اكتب للبحث…</translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation>فتح هذا السجل</translation>
    </message>
    <message>
        <source>Double-click to open; Delete removes</source>
        <translation>انقر نقرًا مزدوجًا للفتح، واضغط Delete للإزالة</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>إزالة العنصر المحدد</translation>
    </message>
    <message>
        <source>Type to add…</source>
        <translation>اكتب للإضافة…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>السجلات المرتبطة</translation>
    </message>
    <message>
        <source>Click or press Enter to open</source>
        <translation>انقر أو اضغط Enter للفتح</translation>
    </message>
    <message>
        <source>Last engagement: %1</source>
        <translation>آخر لقاء: %1</translation>
    </message>
    <message>
        <source>Last engagement: none recorded</source>
        <translation>آخر لقاء: لم يُسجَّل أي لقاء</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… و%Ln سجل آخر</numerusform>
            <numerusform>… وسجل آخر</numerusform>
            <numerusform>… وسجلان آخران</numerusform>
            <numerusform>… و%Ln سجلات أخرى</numerusform>
            <numerusform>… و%Ln سجلًا آخر</numerusform>
            <numerusform>… و%Ln سجل آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>جهات الاتصال (%1)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>الاجتماعات (%1)</translation>
    </message>
    <message>
        <source>Open action items (%1)</source>
        <translation>إجراءات المتابعة المفتوحة (%1)</translation>
    </message>
    <message>
        <source>Action items they own (%1)</source>
        <translation>الإجراءات المسندة إلى جهة الاتصال (%1)</translation>
    </message>
    <message>
        <source>Action items from this meeting (%1)</source>
        <translation>الإجراءات الناتجة عن هذا الاجتماع (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>due %1 · %2</source>
        <translation>الموعد النهائي %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>إزالة هذا السطر</translation>
    </message>
    <message>
        <source>Local: never leaves this laptop. HQ only: reaches headquarters and no other officer. Mission: every officer.</source>
        <translation>محلي: لا يغادر هذا الحاسوب أبدًا. المقر فقط: يصل إلى المقر دون أي ضابط آخر. البعثة: يصل إلى جميع الضباط.</translation>
    </message>
    <message>
        <source>&amp;Redaction</source>
        <translation>&amp;التنقيح</translation>
    </message>
    <message>
        <source>Export — not encrypted</source>
        <translation>تصدير — غير مشفَّر</translation>
    </message>
    <message>
        <source>The file with {what} will not be encrypted: anyone who gets it can read it.
Keep it only as long as it is needed, and never on a shared drive.</source>
        <translation>لن يُشفَّر الملف الذي يحتوي على {what}: يستطيع أي شخص يحصل عليه أن يقرأه.
لا تحتفظ به إلا للمدة اللازمة، ولا تضعه أبدًا على محرك أقراص مشترك.</translation>
    </message>
    <message>
        <source>Also include records marked &amp;do not share</source>
        <translation>تضمين السجلات الموسومة بـ«&amp;عدم المشاركة» أيضًا</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>3W of organizations</source>
        <translation>3W للمنظمات</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Whole profile</source>
        <translation>الملف الشخصي كاملًا</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>التنقيح</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>سجل عمليات التصدير</translation>
    </message>
    <message>
        <source>Every export and report written on this device, newest first. The log keeps no content: only what was written, where to (the file&apos;s name), and how it was redacted.</source>
        <translation>جميع عمليات التصدير والتقارير المكتوبة على هذا الجهاز، الأحدث أولًا. لا يحتفظ السجل بأي محتوى، بل يبيّن فقط ما كُتب، وأين (اسم الملف)، وكيف نُقِّح.</translation>
    </message>
    <message>
        <source>No export written yet.</source>
        <translation>لم يُجرَ أي تصدير بعد.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>هل تريد حفظ التغييرات على {what}؟</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>ستُفقد تغييراتك إذا لم تحفظها.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field; stays on the screen (never the side bar)</source>
        <translation>الحقل التالي / السابق؛ يبقى داخل الشاشة (ولا ينتقل أبدًا إلى الشريط الجانبي)</translation>
    </message>
    <message>
        <source>Down (in a search box)</source>
        <translation>Down (في مربع البحث)</translation>
    </message>
    <message>
        <source>To the results, the first one selected</source>
        <translation>الانتقال إلى النتائج مع تحديد أولها</translation>
    </message>
    <message>
        <source>Up (on the first row)</source>
        <translation>Up (في الصف الأول)</translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation>العودة إلى مربع البحث</translation>
    </message>
    <message>
        <source>Home / End, Ctrl+Home / Ctrl+End</source>
        <translation>Home / End، Ctrl+Home / Ctrl+End</translation>
    </message>
    <message>
        <source>First / last row of the whole list</source>
        <translation>الصف الأول / الأخير في القائمة كلها</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <source>A screen of rows up / down</source>
        <translation>شاشة من الصفوف إلى الأعلى / الأسفل</translation>
    </message>
    <message>
        <source>Enter (in a list)</source>
        <translation>Enter (في قائمة)</translation>
    </message>
    <message>
        <source>Into the editor of the selected record</source>
        <translation>الانتقال إلى محرر السجل المحدد</translation>
    </message>
    <message>
        <source>Delete (in a list)</source>
        <translation>Delete (في قائمة)</translation>
    </message>
    <message>
        <source>Delete the selected record (asks first, No by default)</source>
        <translation>حذف السجل المحدد (بعد طلب التأكيد، و«لا» هو الخيار الافتراضي)</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>مفتاح Menu، Shift+F10</translation>
    </message>
    <message>
        <source>The row&apos;s menu: open, own window, copy, mark done, delete</source>
        <translation>قائمة الصف: فتح، نافذة مستقلة، نسخ، التعليم كمنجز، حذف</translation>
    </message>
    <message>
        <source>Enter (in a picker)</source>
        <translation>Enter (في قائمة اختيار)</translation>
    </message>
    <message>
        <source>Choose the highlighted entry; the cursor stays in the editor</source>
        <translation>اختيار العنصر المميَّز؛ ويبقى المؤشر في المحرر</translation>
    </message>
    <message>
        <source>Esc (in a picker)</source>
        <translation>Esc (في قائمة اختيار)</translation>
    </message>
    <message>
        <source>Close its list without choosing</source>
        <translation>إغلاق القائمة دون اختيار</translation>
    </message>
    <message>
        <source>Alt+Down (in a date)</source>
        <translation>Alt+Down (في حقل تاريخ)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>فتح التقويم</translation>
    </message>
    <message>
        <source>Ctrl+Enter (in a point)</source>
        <translation>Ctrl+Enter (في نقطة)</translation>
    </message>
    <message>
        <source>Start the next point</source>
        <translation>بدء النقطة التالية</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down (in a point)</source>
        <translation>Alt+Up / Alt+Down (في نقطة)</translation>
    </message>
    <message>
        <source>Move the point up / down</source>
        <translation>نقل النقطة إلى الأعلى / الأسفل</translation>
    </message>
    <message>
        <source>Delete (in attendees)</source>
        <translation>Delete (في المشاركين)</translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation>إزالة المشارك المحدد</translation>
    </message>
    <message>
        <source>Enter (in the Trash)</source>
        <translation>Enter (في سلة المحذوفات)</translation>
    </message>
    <message>
        <source>Restore the selected record</source>
        <translation>استعادة السجل المحدد</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>The day&apos;s work</source>
        <translation>العمل اليومي</translation>
    </message>
    <message>
        <source>Before a meeting, find the contacts (Ctrl+3) and organizations (Ctrl+4) you will see. Start the meeting record with Ctrl+N on the Meetings screen (Ctrl+2): title, time, place, attendees.</source>
        <translation>قبل الاجتماع، ابحث عن جهات الاتصال (Ctrl+3) والمنظمات (Ctrl+4) التي ستلتقيها. وابدأ سجل الاجتماع بالضغط على Ctrl+N في شاشة الاجتماعات (Ctrl+2): العنوان والوقت والمكان والمشاركون.</translation>
    </message>
    <message>
        <source>During or after the meeting type the points: each point has a type (finding, decision, request…) and its text; Ctrl+Enter starts the next one. Save with Ctrl+S. Minutes reads the saved meeting as minutes; Report… (Ctrl+P) previews it as a marked staff report to save as PDF (the Reports menu has the weekly summary, the action register and the handover pack); Own window gives it the whole screen.</source>
        <translation>أثناء الاجتماع أو بعده، اكتب النقاط: لكل نقطة نوع (ملاحظة، قرار، طلب…) ونص؛ ويبدأ Ctrl+Enter النقطة التالية. احفظ بالضغط على Ctrl+S. يعرض «محضر الاجتماع» الاجتماعَ المحفوظ في صورة محضر؛ ويعرض «تقرير…» (Ctrl+P) معاينةً له في صورة تقرير رسمي يحمل علامة التصنيف لحفظه بصيغة PDF (وتضم قائمة «التقارير» الملخص الأسبوعي وسجل الإجراءات وملف التسليم)؛ أما «نافذة مستقلة» فتمنحه الشاشة كلها.</translation>
    </message>
    <message>
        <source>What must be done afterwards becomes an action item (New action on the meeting). Mark it done from its editor, or from the list&apos;s right-click menu.</source>
        <translation>ما يجب القيام به بعد ذلك يصبح إجراء متابعة («إجراء جديد» في الاجتماع). ضع عليه علامة «منجز» من محرره، أو بالنقر عليه بزر الماوس الأيمن في القائمة.</translation>
    </message>
    <message>
        <source>Sync with HQ by stick or folder</source>
        <translation>المزامنة مع المقر عبر ذاكرة USB أو مجلد</translation>
    </message>
    <message>
        <source>Once, exchange cards with HQ on the Sync screen (Ctrl+7): Export my card… for HQ, Add card… for the card HQ gives you. Then choose the exchange folder (a USB stick or a shared folder): whenever it is reachable, Liaison exchanges through it by itself, sending what is new here and reading what HQ left. Export bundle… and Import bundles… (or dropping the files on the page) do the same by hand.</source>
        <translation>مرة واحدة فقط، تبادل بطاقات الأجهزة مع المقر في شاشة المزامنة (Ctrl+7): «تصدير بطاقتي…» لتسليمها إلى المقر، و«إضافة بطاقة…» للبطاقة التي يسلّمك إياها المقر. ثم اختر مجلد التبادل (ذاكرة USB أو مجلدًا مشتركًا): كلما أمكن الوصول إليه، يُجري Liaison التبادل عبره تلقائيًا، فيرسل ما استجد هنا ويقرأ ما تركه المقر. ويؤدي «تصدير حزمة…» و«استيراد حزم…» (أو سحب الملفات وإفلاتها على الصفحة) المهمة نفسها يدويًا.</translation>
    </message>
    <message>
        <source>Bundles are encrypted to their recipients and signed: a lost stick reveals nothing. The status bar says whether HQ has everything.</source>
        <translation>تُشفَّر الحزم لمستلميها وتُوقَّع، فلا تكشف ذاكرة USB مفقودة شيئًا. ويبيّن شريط الحالة ما إذا كان المقر قد تلقى كل شيء.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>When two officers change the same field before seeing each other&apos;s change, both values are kept and the field is marked in the editor. On the Conflicts screen (Ctrl+6) keep one side, or type a merged value; the choice syncs.</source>
        <translation>عندما يغيّر ضابطان الحقل نفسه قبل أن يطّلع كل منهما على تغيير الآخر، تُحفظ القيمتان ويُميَّز الحقل في المحرر. في شاشة التعارضات (Ctrl+6)، احتفظ بإحدى القيمتين أو اكتب قيمة مدمجة؛ ويُزامَن اختيارك.</translation>
    </message>
    <message>
        <source>Trash and undo</source>
        <translation>سلة المحذوفات والتراجع</translation>
    </message>
    <message>
        <source>Delete asks first (No is the default). A deleted record goes to the Trash (Ctrl+8), from where it can be restored; Ctrl+Z right away undoes the delete.</source>
        <translation>يطلب الحذف التأكيد أولًا («لا» هو الخيار الافتراضي). ينتقل السجل المحذوف إلى سلة المحذوفات (Ctrl+8) ويمكن استعادته منها؛ والضغط على Ctrl+Z فور الحذف يلغيه.</translation>
    </message>
    <message>
        <source>Lock and the recovery key</source>
        <translation>القفل ومفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Ctrl+L locks the profile at once; it also locks by itself after the idle time set in Settings (Ctrl+,). Nothing readable is left on the disk.</source>
        <translation>يقفل Ctrl+L الملف الشخصي فورًا، كما يُقفل تلقائيًا بعد مدة الخمول المحددة في الإعدادات (Ctrl+,). ولا يبقى على القرص أي شيء قابل للقراءة.</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, the recovery key shown when the profile was made sets a new one (“Forgot passphrase?” on the unlock screen). Keep that key on paper, away from the laptop.</source>
        <translation>إذا نُسيت عبارة المرور، فإن مفتاح الاسترداد الذي عُرض عند إنشاء الملف الشخصي يتيح تعيين عبارة جديدة («نسيت عبارة المرور؟» في شاشة إلغاء القفل). احتفظ بهذا المفتاح مكتوبًا على ورق، بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Sync protocols</source>
        <translation>بروتوكولات المزامنة</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>مخطط قاعدة البيانات</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>not recorded (run from a source tree)</source>
        <translation>غير مسجَّل (تشغيل من الشيفرة المصدرية)</translation>
    </message>
    <message>
        <source>Qt / PySide</source>
        <translation>Qt / PySide</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Offline-first records of liaison work: organizations, contacts, meetings and action items, encrypted on this device and exchanged with HQ in signed, encrypted bundles.</source>
        <translation>سجلات أعمال الاتصال، مصممة للعمل دون اتصال بالشبكة: المنظمات وجهات الاتصال والاجتماعات وإجراءات المتابعة، مشفَّرة على هذا الجهاز ويجري تبادلها مع المقر في حزم موقَّعة ومشفَّرة.</translation>
    </message>
    <message>
        <source>Liaison %1</source>
        <translation>Liaison %1</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>حول Liaison</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>حفظ بصيغة PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation>
            <numerusform>آخر %Ln أسبوع</numerusform>
            <numerusform>الأسبوع الأخير</numerusform>
            <numerusform>الأسبوعان الأخيران</numerusform>
            <numerusform>آخر %Ln أسابيع</numerusform>
            <numerusform>آخر %Ln أسبوعًا</numerusform>
            <numerusform>آخر %Ln أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Engagements per week by officer</source>
        <translation>اللقاءات أسبوعيًا حسب الضابط</translation>
    </message>
    <message>
        <source>Engagements by organization type</source>
        <translation>اللقاءات حسب نوع المنظمة</translation>
    </message>
    <message>
        <source>Overdue actions by owner</source>
        <translation>الإجراءات المتأخرة حسب المسؤول</translation>
    </message>
    <message>
        <source>Engagement locations</source>
        <translation>مواقع اللقاءات</translation>
    </message>
    <message>
        <source>Areas without a recent engagement</source>
        <translation>المناطق التي لم تشهد لقاءات حديثة</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>اللقاءات</translation>
    </message>
    <message>
        <source>Officers, quietest first</source>
        <translation>الضباط، الأطول انقطاعًا أولًا</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>جارٍ رسم المخططات…</translation>
    </message>
    <message>
        <source>The figures could not be counted: {error}</source>
        <translation>تعذّر حساب الأرقام: {error}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln engagement(s) · %1 overdue</source>
        <translation>
            <numerusform>&lt;b&gt;{first} – {last}&lt;/b&gt; · لا لقاءات · الإجراءات المتأخرة: %1</numerusform>
            <numerusform>&lt;b&gt;{first} – {last}&lt;/b&gt; · لقاء واحد · الإجراءات المتأخرة: %1</numerusform>
            <numerusform>&lt;b&gt;{first} – {last}&lt;/b&gt; · لقاءان · الإجراءات المتأخرة: %1</numerusform>
            <numerusform>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln لقاءات · الإجراءات المتأخرة: %1</numerusform>
            <numerusform>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln لقاءً · الإجراءات المتأخرة: %1</numerusform>
            <numerusform>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln لقاء · الإجراءات المتأخرة: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>قبل يوم واحد</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %Ln أيام</numerusform>
            <numerusform>قبل %Ln يومًا</numerusform>
            <numerusform>قبل %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>بلا مسؤول</translation>
    </message>
    <message>
        <source>(a contact not held here)</source>
        <translation>(جهة اتصال غير موجودة على هذا الجهاز)</translation>
    </message>
    <message>
        <source>No engagement in this period.</source>
        <translation>لا لقاءات خلال هذه الفترة.</translation>
    </message>
    <message>
        <source>Every area had one.</source>
        <translation>شهدت كل المناطق لقاءً واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>No areas yet (Areas, or liaison area add).</source>
        <translation>لا توجد مناطق بعد (شاشة المناطق، أو الأمر liaison area add).</translation>
    </message>
    <message>
        <source>No engagement has a grid reference.</source>
        <translation>لا يحمل أي لقاء إحداثيات MGRS.</translation>
    </message>
    <message>
        <source>Pale rows: officers who went quiet.</source>
        <translation>الصفوف الباهتة: ضباط انقطع تواصلهم.</translation>
    </message>
    <message>
        <source>Types the meetings name, else their attendees&apos;.</source>
        <translation>أنواع المنظمات المذكورة في الاجتماعات، وإلا فأنواع منظمات المشاركين.</translation>
    </message>
    <message>
        <source>Open actions due in the period, not done.</source>
        <translation>الإجراءات المفتوحة المستحقة خلال الفترة وغير المنجزة.</translation>
    </message>
    <message numerus="yes">
        <source>No meeting in the area (or inside it) for %Ln day(s).</source>
        <translation>
            <numerusform>لم يُعقد أي اجتماع في المنطقة (ولا في المناطق الواقعة ضمنها) منذ %Ln يوم.</numerusform>
            <numerusform>لم يُعقد أي اجتماع في المنطقة (ولا في المناطق الواقعة ضمنها) منذ يوم واحد.</numerusform>
            <numerusform>لم يُعقد أي اجتماع في المنطقة (ولا في المناطق الواقعة ضمنها) منذ يومين.</numerusform>
            <numerusform>لم يُعقد أي اجتماع في المنطقة (ولا في المناطق الواقعة ضمنها) منذ %Ln أيام.</numerusform>
            <numerusform>لم يُعقد أي اجتماع في المنطقة (ولا في المناطق الواقعة ضمنها) منذ %Ln يومًا.</numerusform>
            <numerusform>لم يُعقد أي اجتماع في المنطقة (ولا في المناطق الواقعة ضمنها) منذ %Ln يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 km MGRS squares; %Ln engagement(s) without a position.</source>
        <translation>
            <numerusform>مربعات MGRS بضلع 1 كم؛ جميع اللقاءات محددة الموقع.</numerusform>
            <numerusform>مربعات MGRS بضلع 1 كم؛ لقاء واحد بلا موقع.</numerusform>
            <numerusform>مربعات MGRS بضلع 1 كم؛ لقاءان بلا موقع.</numerusform>
            <numerusform>مربعات MGRS بضلع 1 كم؛ %Ln لقاءات بلا موقع.</numerusform>
            <numerusform>مربعات MGRS بضلع 1 كم؛ %Ln لقاءً بلا موقع.</numerusform>
            <numerusform>مربعات MGRS بضلع 1 كم؛ %Ln لقاء بلا موقع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity by week</source>
        <translation>النشاط أسبوعيًا</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>إجراءات المتابعة المتأخرة</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Actions opened</source>
        <translation>الإجراءات المُنشأة</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>الإجراءات المنجزة</translation>
    </message>
    <message>
        <source>never heard from</source>
        <translation>لم يتواصل بعد</translation>
    </message>
    <message numerus="yes">
        <source>last heard from %Ln day(s) ago</source>
        <translation>
            <numerusform>آخر تواصل اليوم</numerusform>
            <numerusform>آخر تواصل قبل يوم واحد</numerusform>
            <numerusform>آخر تواصل قبل يومين</numerusform>
            <numerusform>آخر تواصل قبل %Ln أيام</numerusform>
            <numerusform>آخر تواصل قبل %Ln يومًا</numerusform>
            <numerusform>آخر تواصل قبل %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>لا توجد مناطق مسندة</translation>
    </message>
    <message>
        <source>Devices: %1 · Areas of responsibility: %2</source>
        <translation>الأجهزة: %1 · مناطق المسؤولية: %2</translation>
    </message>
    <message>
        <source>No officer has met it yet.</source>
        <translation>لم يلتقِ بها أي ضابط بعد.</translation>
    </message>
    <message>
        <source>Show more engagements</source>
        <translation>عرض مزيد من اللقاءات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>لا توجد جهات اتصال.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>إجراءات المتابعة المفتوحة</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>لا توجد إجراءات مفتوحة.</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>آخر لقاء</translation>
    </message>
    <message>
        <source>Officers who engage it</source>
        <translation>الضباط الذين يلتقون بها</translation>
    </message>
    <message>
        <source>%1 · last engagement %2 · %3 open action(s), %4 overdue</source>
        <translation>%1 · آخر لقاء: %2 · الإجراءات المفتوحة: %3، منها %4 متأخرة</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>بلا موعد نهائي</translation>
    </message>
    <message>
        <source>%1  %2  · %3</source>
        <translation>%1  %2  · %3</translation>
    </message>
    <message>
        <source>%1  · %2</source>
        <translation>%1  · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>→ رجوع</translation>
    </message>
    <message>
        <source>Export &amp;log…</source>
        <translation>&amp;سجل عمليات التصدير…</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <source>From (date, today-30)</source>
        <translation>من (تاريخ، مثل today-30)</translation>
    </message>
    <message>
        <source>To (date)</source>
        <translation>إلى (تاريخ)</translation>
    </message>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation>البحث في %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>كل %1</translation>
    </message>
    <message>
        <source>Recorded by (origin officer)</source>
        <translation>المُسجِّل (الضابط الأصلي)</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>كل الضباط</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>كل المنظمات</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select one of the %1, or press Ctrl+N to add one.</source>
        <translation>اختر سجلًا من %1، أو اضغط Ctrl+N لإضافة سجل جديد.</translation>
    </message>
    <message>
        <source>{cap} newest matches shown — refine the search</source>
        <translation>عرض أحدث {cap} من النتائج المطابقة — ضيِّق نطاق البحث</translation>
    </message>
    <message>
        <source>{cap} newest of more than {total} matches shown — refine the search</source>
        <translation>عرض أحدث {cap} من أصل أكثر من {total} من النتائج المطابقة — ضيِّق نطاق البحث</translation>
    </message>
    <message>
        <source>{cap} newest of {total} matches shown — refine the search</source>
        <translation>عرض أحدث {cap} من أصل {total} من النتائج المطابقة — ضيِّق نطاق البحث</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Show what is stored now, with what other programs wrote (F5)</source>
        <translation>عرض البيانات المخزَّنة حاليًا، بما فيها ما كتبته برامج أخرى (F5)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>تغيير عبارة ال&amp;مرور…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data…</source>
        <translation>ملء ب&amp;بيانات تجريبية…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>ال&amp;تشخيص…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>Side &amp;bar</source>
        <translation>الشريط ال&amp;جانبي</translation>
    </message>
    <message>
        <source>Move the cursor to the side bar and back (F6)</source>
        <translation>نقل المؤشر إلى الشريط الجانبي والعودة منه (F6)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>اختصارات &amp;لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;Guide…</source>
        <translation>ال&amp;دليل…</translation>
    </message>
    <message>
        <source>&amp;About Liaison…</source>
        <translation>&amp;حول Liaison…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Lock now: close the database and hide every window (Ctrl+L)</source>
        <translation>القفل الآن: إغلاق قاعدة البيانات وإخفاء كل النوافذ (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Open organization &amp;page</source>
        <translation>فتح &amp;صفحة المنظمة</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;فتح السجل</translation>
    </message>
    <message>
        <source>Liaison — locked[*]</source>
        <translation>Liaison — مقفل[*]</translation>
    </message>
    <message>
        <source>Liaison — {officer}[*]</source>
        <translation>Liaison — {officer}[*]</translation>
    </message>
    <message>
        <source>{officer} · {device} · {role}</source>
        <translation>{officer} · {device} · {role}</translation>
    </message>
    <message>
        <source>Unlocked — Ctrl+L locks now</source>
        <translation>غير مقفل — اضغط Ctrl+L للقفل فورًا</translation>
    </message>
    <message>
        <source>Some edits are not saved and the profile is locked. Quit and lose them?</source>
        <translation>بعض التعديلات غير محفوظة والملف الشخصي مقفل. هل تريد الخروج وفقدانها؟</translation>
    </message>
    <message>
        <source>{file} would delete {total} of the {live} records on this laptop ({kinds}).

A drive that was read empty, or a device that was reset, looks like this. Nothing has been applied. Apply this bundle and delete them?</source>
        <translation>سيحذف {file} من سجلات هذا الحاسوب {total} من أصل {live} ({kinds}).

هذا ما يحدث عند قراءة وحدة تخزين فارغة أو جهاز أُعيد ضبطه. لم يُطبَّق أي شيء. هل تريد تطبيق هذه الحزمة وحذف هذه السجلات؟</translation>
    </message>
    <message>
        <source>Delete many records?</source>
        <translation>حذف عدد كبير من السجلات؟</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>دمج سجلين (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stays. &lt;b&gt;%2&lt;/b&gt; is merged into it, on every device you sync with.</source>
        <translation>يُحتفظ بالسجل &lt;b&gt;%1&lt;/b&gt;، ويُدمج فيه السجل &lt;b&gt;%2&lt;/b&gt;، على كل جهاز تُزامن معه.</translation>
    </message>
    <message>
        <source>Repointing %v of %m records…</source>
        <translation>جارٍ تحديث الإحالات: %v من %m…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>%1 (the same in both)</source>
        <translation>%1 (متطابق في السجلين)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing else names the merged-away record.</source>
        <translation>لا يشير أي سجل آخر إلى السجل المدموج.</translation>
    </message>
    <message>
        <source>Moves to the kept record: %1.</source>
        <translation>السجلات المنقولة إلى السجل المحتفَظ به: %1.</translation>
    </message>
    <message>
        <source>Nothing is dropped.</source>
        <translation>لا تُترك أي قيمة.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a field of a record</comment>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Dropped: %1.</source>
        <translation>القيم المتروكة: %1.</translation>
    </message>
    <message>
        <source>Merge with another %1</source>
        <translation>الدمج مع سجل آخر (%1)</translation>
    </message>
    <message>
        <source>Find the duplicate (it is merged into this record):</source>
        <translation>ابحث عن السجل المكرر (سيُدمج في هذا السجل):</translation>
    </message>
    <message>
        <source>Name, acronym, phone…</source>
        <translation>الاسم، الاختصار، الهاتف…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>Bring back:</source>
        <translation>استعادة:</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>جارٍ التراجع عن الدمج…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>grid %1</source>
        <translation>إحداثيات %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>الموعد النهائي %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>المُسجِّل</translation>
    </message>
    <message>
        <source>Actions from this meeting</source>
        <translation>الإجراءات الناتجة عن هذا الاجتماع</translation>
    </message>
    <message>
        <source>&amp;Group points by type</source>
        <translation>&amp;تجميع النقاط حسب النوع</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>محضر الاجتماع: %1</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>لم تُغيَّر: {error}</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The new passphrase opens this profile from now on. Your records and the recovery key stay as they are.</source>
        <translation>ستفتح عبارة المرور الجديدة هذا الملف الشخصي من الآن فصاعدًا. وتبقى سجلاتك ومفتاح الاسترداد كما هي.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>عبارة المرور الحالية غير صحيحة. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>Recover with the recovery key</source>
        <translation>استعادة الوصول بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when this profile was made (dashes and small letters are fine), then choose a new passphrase.</source>
        <translation>اكتب مفتاح الاسترداد الذي دوّنته عند إنشاء هذا الملف الشخصي (لا بأس بالشرطات والأحرف الصغيرة)، ثم اختر عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>تعيين عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>That is not this profile&apos;s recovery key. Check each group of four and try again.</source>
        <translation>هذا ليس مفتاح الاسترداد الخاص بهذا الملف الشخصي. تحقق من كل مجموعة من أربعة أحرف وأعد المحاولة.</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>مفتاح Caps Lock مفعَّل.</translation>
    </message>
    <message>
        <source>S&amp;how passphrase</source>
        <translation>إ&amp;ظهار عبارة المرور</translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation>✓ عبارتا المرور متطابقتان.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>أعِد &amp;كتابتها:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>اختر عبارة مرور.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %Ln characters; several uncommon words are best.</source>
        <translation>
            <numerusform>استخدم %Ln حرف على الأقل؛ ويُفضَّل استخدام عدة كلمات غير شائعة.</numerusform>
            <numerusform>استخدم حرفًا واحدًا على الأقل؛ ويُفضَّل استخدام عدة كلمات غير شائعة.</numerusform>
            <numerusform>استخدم حرفين على الأقل؛ ويُفضَّل استخدام عدة كلمات غير شائعة.</numerusform>
            <numerusform>استخدم %Ln أحرف على الأقل؛ ويُفضَّل استخدام عدة كلمات غير شائعة.</numerusform>
            <numerusform>استخدم %Ln حرفًا على الأقل؛ ويُفضَّل استخدام عدة كلمات غير شائعة.</numerusform>
            <numerusform>استخدم %Ln حرف على الأقل؛ ويُفضَّل استخدام عدة كلمات غير شائعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess: add another uncommon word.</source>
        <translation>سهلة التخمين جدًا: أضف كلمة أخرى غير شائعة.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>الكلمة المنفردة سهلة التخمين.</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation>أضف كلمة أو كلمتين أخريين؛ والكلمات غير الشائعة أفضل.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>تجنّب التواريخ والسنوات المرتبطة بك.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>تجنّب السنوات الأخيرة.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>تجنّب تكرار الكلمات والأحرف.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>تجنَّب التسلسلات.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>تجنَّب السنوات المرتبطة بك.</translation>
    </message>
    <message>
        <source>Capital letters do not help very much.</source>
        <translation>لا تفيد الأحرف الكبيرة كثيرًا.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>يسهل تخمين الأسماء الشائعة وأسماء العائلات الشائعة.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>غالبًا ما يسهل تخمين التواريخ.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>يسهل تخمين الأسماء وأسماء العائلات إذا استُخدمت بمفردها.</translation>
    </message>
    <message>
        <source>No need for symbols, digits or capital letters.</source>
        <translation>لا حاجة إلى رموز أو أرقام أو أحرف كبيرة.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>يسهل تخمين السنوات الأخيرة.</translation>
    </message>
    <message>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation>يسهل تخمين التكرارات مثل «aaa».</translation>
    </message>
    <message>
        <source>Repeats like “abcabcabc” are hardly harder to guess than “abc”.</source>
        <translation>لا يكاد تخمين التكرارات مثل «abcabcabc» يكون أصعب من تخمين «abc».</translation>
    </message>
    <message>
        <source>Reversed words are not much harder to guess.</source>
        <translation>الكلمات المكتوبة بالمقلوب ليست أصعب تخمينًا بكثير.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>يسهل تخمين التسلسلات مثل «abc» أو «6543».</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>يسهل تخمين أنماط لوحة المفاتيح القصيرة.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>يسهل تخمين صفوف المفاتيح المتتالية.</translation>
    </message>
    <message>
        <source>This is one of the ten most common passwords.</source>
        <translation>هذه إحدى كلمات المرور العشر الأكثر شيوعًا.</translation>
    </message>
    <message>
        <source>This is one of the hundred most common passwords.</source>
        <translation>هذه إحدى كلمات المرور المئة الأكثر شيوعًا.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>هذه كلمة مرور شائعة جدًا.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>كلمة المرور هذه تشبه كلمة مرور شائعة الاستخدام.</translation>
    </message>
    <message>
        <source>Use a few words; avoid common phrases.</source>
        <translation>استخدم بضع كلمات؛ وتجنَّب العبارات الشائعة.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>استخدم نمطًا أطول على لوحة المفاتيح مع تغييرات أكثر في الاتجاه.</translation>
    </message>
    <message>
        <source>All capitals are almost as easy to guess as all small letters.</source>
        <translation>الكتابة بالأحرف الكبيرة كلها تكاد تكون سهلة التخمين كالكتابة بالأحرف الصغيرة كلها.</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” do not help much.</source>
        <translation>لا تفيد كثيرًا الاستبدالات المتوقَّعة مثل «@» بدلًا من «a».</translation>
    </message>
    <message>
        <source>Import profile — summary</source>
        <translation>استيراد الملف الشخصي — ملخص</translation>
    </message>
    <message>
        <source>The whole file: %s</source>
        <translation>الملف بأكمله: %s</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>المستورَد:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>المتخطّى:</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>المرفوض:</translation>
    </message>
    <message>
        <source>No new records</source>
        <translation>لا توجد سجلات جديدة</translation>
    </message>
    <message>
        <source>%s records (%s)</source>
        <translation>المجموع %s (%s)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>already here, unchanged</source>
        <translation>موجودة هنا سلفًا، دون تغيير</translation>
    </message>
    <message>
        <source>here with other content, kept as they are</source>
        <translation>موجودة هنا بمحتوى مختلف، وأُبقيت كما هي</translation>
    </message>
    <message>
        <source>in the Trash here</source>
        <translation>في سلة المحذوفات على هذا الجهاز</translation>
    </message>
    <message>
        <source>ids of other records here</source>
        <translation>بمعرِّفات تخص سجلات أخرى هنا</translation>
    </message>
    <message>
        <source>differs from the record here, which was kept</source>
        <translation>يختلف عن السجل الموجود هنا، وقد أُبقي على الموجود</translation>
    </message>
    <message>
        <source>is in the Trash here: restore it to use it</source>
        <translation>موجود في سلة المحذوفات على هذا الجهاز: استعِده لاستخدامه</translation>
    </message>
    <message>
        <source>its id belongs to another record here</source>
        <translation>معرِّفه يخص سجلًا آخر هنا</translation>
    </message>
    <message>
        <source>Whole &amp;profile (JSON)…</source>
        <translation>ال&amp;ملف الشخصي كاملًا (JSON)…</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>استيراد ملف شخصي</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Importing the profile</source>
        <translation>جارٍ استيراد الملف الشخصي</translation>
    </message>
    <message>
        <source>the import failed; nothing was imported</source>
        <translation>فشل الاستيراد؛ ولم يُستورد أي شيء</translation>
    </message>
    <message>
        <source>Purge %1 “%2” for good?

It is removed from this laptop now — its history and conflict values too — and from every device the next bundles reach. It cannot be undone or restored from the Trash.

Reason (kept in the purge log):</source>
        <translation>حذف «%2» (%1) نهائيًا؟

يُحذف السجل من هذا الحاسوب فورًا — مع سجله التاريخي وقيمه المتعارضة — ثم من كل جهاز تصل إليه الحزم التالية. لا يمكن التراجع عن ذلك ولا استعادة السجل من سلة المحذوفات.

السبب (يُحفظ في سجل الحذف النهائي):</translation>
    </message>
    <message>
        <source>Purge for good</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>جارٍ الحذف النهائي…</translation>
    </message>
    <message numerus="yes">
        <source>Purge %Ln record(s) for good?

They are removed from this laptop now — their history and conflict values too — and from every device the next bundles reach. It cannot be undone or restored from the Trash.

Reason (kept in the purge log):</source>
        <translation>
            <numerusform>حذف %Ln سجل نهائيًا؟

تُحذف السجلات من هذا الحاسوب فورًا — مع سجلها التاريخي وقيمها المتعارضة — ثم من كل جهاز تصل إليه الحزم التالية. لا يمكن التراجع عن ذلك ولا استعادتها من سلة المحذوفات.

السبب (يُحفظ في سجل الحذف النهائي):</numerusform>
            <numerusform>حذف سجل واحد نهائيًا؟

يُحذف السجل من هذا الحاسوب فورًا — مع سجله التاريخي وقيمه المتعارضة — ثم من كل جهاز تصل إليه الحزم التالية. لا يمكن التراجع عن ذلك ولا استعادته من سلة المحذوفات.

السبب (يُحفظ في سجل الحذف النهائي):</numerusform>
            <numerusform>حذف سجلين نهائيًا؟

يُحذف السجلان من هذا الحاسوب فورًا — مع سجلهما التاريخي وقيمهما المتعارضة — ثم من كل جهاز تصل إليه الحزم التالية. لا يمكن التراجع عن ذلك ولا استعادتهما من سلة المحذوفات.

السبب (يُحفظ في سجل الحذف النهائي):</numerusform>
            <numerusform>حذف %Ln سجلات نهائيًا؟

تُحذف السجلات من هذا الحاسوب فورًا — مع سجلها التاريخي وقيمها المتعارضة — ثم من كل جهاز تصل إليه الحزم التالية. لا يمكن التراجع عن ذلك ولا استعادتها من سلة المحذوفات.

السبب (يُحفظ في سجل الحذف النهائي):</numerusform>
            <numerusform>حذف %Ln سجلًا نهائيًا؟

تُحذف السجلات من هذا الحاسوب فورًا — مع سجلها التاريخي وقيمها المتعارضة — ثم من كل جهاز تصل إليه الحزم التالية. لا يمكن التراجع عن ذلك ولا استعادتها من سلة المحذوفات.

السبب (يُحفظ في سجل الحذف النهائي):</numerusform>
            <numerusform>حذف %Ln سجل نهائيًا؟

تُحذف السجلات من هذا الحاسوب فورًا — مع سجلها التاريخي وقيمها المتعارضة — ثم من كل جهاز تصل إليه الحزم التالية. لا يمكن التراجع عن ذلك ولا استعادتها من سلة المحذوفات.

السبب (يُحفظ في سجل الحذف النهائي):</numerusform>
        </translation>
    </message>
    <message>
        <source>retention review</source>
        <translation>مراجعة الاحتفاظ</translation>
    </message>
    <message>
        <source>C&amp;alendar (iCalendar)…</source>
        <translation>ال&amp;تقويم (iCalendar)…</translation>
    </message>
    <message>
        <source>&amp;3W of organizations (CSV / HXL)…</source>
        <translation>&amp;3W للمنظمات (CSV / HXL)…</translation>
    </message>
    <message>
        <source>your meetings and action items</source>
        <translation>اجتماعاتك وإجراءات المتابعة</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>the organizations and their engagements</source>
        <translation>المنظمات واللقاءات التي عُقدت معها</translation>
    </message>
    <message>
        <source>3W with HXL hashtags (*.csv)</source>
        <translation>3W مع وسوم HXL (*.csv)</translation>
    </message>
    <message>
        <source>3W as plain CSV (*.csv)</source>
        <translation>3W بصيغة CSV بسيطة (*.csv)</translation>
    </message>
    <message>
        <source>Export 3W</source>
        <translation>تصدير 3W</translation>
    </message>
    <message>
        <source>every record of this profile</source>
        <translation>جميع سجلات هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>Export whole profile</source>
        <translation>تصدير الملف الشخصي كاملًا</translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>جارٍ تصدير التقويم</translation>
    </message>
    <message>
        <source>Exporting the 3W</source>
        <translation>جارٍ تصدير 3W</translation>
    </message>
    <message>
        <source>Exporting the profile</source>
        <translation>جارٍ تصدير الملف الشخصي</translation>
    </message>
    <message>
        <source>Exported to %s (not encrypted)</source>
        <translation>صُدِّر إلى %s (غير مشفَّر)</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>فشل التصدير.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open in own &amp;window</source>
        <translation>فتح في نافذة &amp;مستقلة</translation>
    </message>
    <message>
        <source>&amp;Copy record</source>
        <translation>&amp;نسخ السجل</translation>
    </message>
    <message>
        <source>Copy the record as text: name, phone, email… (Ctrl+C)</source>
        <translation>نسخ السجل نصًا: الاسم، والهاتف، والبريد الإلكتروني… (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;تعليم كمنجز</translation>
    </message>
    <message>
        <source>Mer&amp;ge with…</source>
        <translation>&amp;دمج مع…</translation>
    </message>
    <message>
        <source>Merge a duplicate into this record, for every device</source>
        <translation>دمج سجل مكرر في هذا السجل، على جميع الأجهزة</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>الترا&amp;جع عن الدمج…</translation>
    </message>
    <message>
        <source>Bring back a record that was merged into this one</source>
        <translation>استعادة سجل دُمج في هذا السجل</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Purge for good…</source>
        <translation>حذف ن&amp;هائي…</translation>
    </message>
    <message>
        <source>Remove the record for good, here and on every device after exchange</source>
        <translation>حذف السجل نهائيًا هنا وعلى كل جهاز بعد التبادل</translation>
    </message>
    <message>
        <source>Liaison recovery key</source>
        <translation>مفتاح استرداد Liaison</translation>
    </message>
    <message>
        <source>Profile of {officer} on {device}.</source>
        <translation>الملف الشخصي للضابط {officer} على الجهاز {device}.</translation>
    </message>
    <message>
        <source>It sets a new passphrase if the passphrase is forgotten.</source>
        <translation>يتيح تعيين عبارة مرور جديدة في حال نسيان عبارة المرور.</translation>
    </message>
    <message>
        <source>Keep it apart from the laptop: whoever holds both can read every record.</source>
        <translation>احفظه بعيدًا عن الحاسوب: من يحوز الاثنين معًا يستطيع قراءة جميع السجلات.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation>ملف نصي (*.txt)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>الملخص الأسبوعي</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>جميع الضباط</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>ال&amp;ضابط</translation>
    </message>
    <message>
        <source>&amp;Weekly summary…</source>
        <translation>ال&amp;ملخص الأسبوعي…</translation>
    </message>
    <message>
        <source>&amp;Action register…</source>
        <translation>&amp;سجل الإجراءات…</translation>
    </message>
    <message>
        <source>&amp;Handover pack…</source>
        <translation>ملف ال&amp;تسليم…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>ال&amp;تقارير</translation>
    </message>
    <message>
        <source>Action register</source>
        <translation>سجل الإجراءات</translation>
    </message>
    <message>
        <source>Handover pack</source>
        <translation>ملف التسليم</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Saving writes a readable, unencrypted PDF: keep it where the marking allows.</source>
        <translation>يُنشئ الحفظ ملف PDF مقروءًا وغير مشفَّر: احفظه حيث تسمح علامة التصنيف.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), ready to save.</source>
        <translation>
            <numerusform>%Ln صفحة، جاهزة للحفظ.</numerusform>
            <numerusform>صفحة واحدة، جاهزة للحفظ.</numerusform>
            <numerusform>صفحتان، جاهزتان للحفظ.</numerusform>
            <numerusform>%Ln صفحات، جاهزة للحفظ.</numerusform>
            <numerusform>%Ln صفحة، جاهزة للحفظ.</numerusform>
            <numerusform>%Ln صفحة، جاهزة للحفظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {profile} profile leaves this report out: {why}. Choose Full above to include it.</source>
        <translation>يستبعد التنقيح «{profile}» هذا التقرير: {why}. اختر «كامل» أعلاه لإدراجه.</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>تعذَّر إعداد التقرير.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>لم يُحفظ: %s</translation>
    </message>
    <message>
        <source>Saved to %s</source>
        <translation>حُفظ في %s</translation>
    </message>
    <message>
        <source>Keep until…</source>
        <translation>الاحتفاظ حتى…</translation>
    </message>
    <message numerus="yes">
        <source>Keep %Ln record(s) past the review date. They come back to this list on the day chosen.</source>
        <translation>
            <numerusform>الاحتفاظ بـ%Ln سجل بعد تاريخ المراجعة. ستعود السجلات إلى هذه القائمة في اليوم المختار.</numerusform>
            <numerusform>الاحتفاظ بسجل واحد بعد تاريخ المراجعة. سيعود إلى هذه القائمة في اليوم المختار.</numerusform>
            <numerusform>الاحتفاظ بسجلين بعد تاريخ المراجعة. سيعودان إلى هذه القائمة في اليوم المختار.</numerusform>
            <numerusform>الاحتفاظ بـ%Ln سجلات بعد تاريخ المراجعة. ستعود إلى هذه القائمة في اليوم المختار.</numerusform>
            <numerusform>الاحتفاظ بـ%Ln سجلًا بعد تاريخ المراجعة. ستعود إلى هذه القائمة في اليوم المختار.</numerusform>
            <numerusform>الاحتفاظ بـ%Ln سجل بعد تاريخ المراجعة. ستعود إلى هذه القائمة في اليوم المختار.</numerusform>
        </translation>
    </message>
    <message>
        <source>why they are still needed (shown here later)</source>
        <translation>سبب استمرار الحاجة إليها (يظهر هنا لاحقًا)</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>الاحتفاظ حتى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Records kept longer than the retention policy allows (Settings ▸ Retention). Keep what is still needed, with a reason; purge the rest.</source>
        <translation>سجلات محفوظة مدة أطول مما تسمح به سياسة الاحتفاظ (الإعدادات ◂ الاحتفاظ). احتفظ بما لا يزال ضروريًا مع ذكر السبب، واحذف الباقي نهائيًا.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>حذف نهائي…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>عرض المزيد</translation>
    </message>
    <message>
        <source>Nothing is due for review.</source>
        <translation>لا توجد سجلات مستحقة للمراجعة.</translation>
    </message>
    <message>
        <source> or more</source>
        <translation> أو أكثر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) due</source>
        <translation>
            <numerusform>السجلات المستحقة للمراجعة: %Ln</numerusform>
            <numerusform>السجلات المستحقة للمراجعة: %Ln</numerusform>
            <numerusform>السجلات المستحقة للمراجعة: %Ln</numerusform>
            <numerusform>السجلات المستحقة للمراجعة: %Ln</numerusform>
            <numerusform>السجلات المستحقة للمراجعة: %Ln</numerusform>
            <numerusform>السجلات المستحقة للمراجعة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>kept until then</source>
        <translation>محفوظ حتى ذلك التاريخ</translation>
    </message>
    <message>
        <source>retention policy</source>
        <translation>سياسة الاحتفاظ</translation>
    </message>
    <message>
        <source>Saved views: filters kept under a name</source>
        <translation>العروض المحفوظة: عوامل تصفية محفوظة باسم</translation>
    </message>
    <message>
        <source>Save, rename or delete a view</source>
        <translation>حفظ عرض أو إعادة تسميته أو حذفه</translation>
    </message>
    <message>
        <source>Save these filters as a view…</source>
        <translation>حفظ عوامل التصفية هذه كعرض…</translation>
    </message>
    <message>
        <source>Rename view…</source>
        <translation>إعادة تسمية العرض…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>حذف العرض</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <source>Name (dates typed as today-30 stay relative to today):</source>
        <translation>الاسم (تبقى التواريخ المكتوبة بصيغة today-30 نسبيةً إلى تاريخ اليوم):</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>إعادة تسمية العرض</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The filters shown stay.</source>
        <translation>حذف العرض «%1»؟ تبقى عوامل التصفية المعروضة مطبَّقة.</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>العروض المحفوظة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Folder or USB stick where sync bundles are exchanged</source>
        <translation>المجلد أو ذاكرة USB التي تُتبادل فيها حزم المزامنة</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>القفل بعد خمول لمدة:</translation>
    </message>
    <message>
        <source>Exchange folder:</source>
        <translation>مجلد التبادل:</translation>
    </message>
    <message>
        <source>Local date and time (01.12.2026 10:00)</source>
        <translation>التاريخ والوقت المحليان (01.12.2026 10:00)</translation>
    </message>
    <message>
        <source>Military date-time group (011000ZDEC26)</source>
        <translation>مجموعة التاريخ والوقت العسكرية (011000ZDEC26)</translation>
    </message>
    <message>
        <source>Show dates as:</source>
        <translation>عرض التواريخ بصيغة:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Follows the system&apos;s light or dark setting.</source>
        <translation>يتبع إعداد النظام للوضع الفاتح أو الداكن.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>المظهر:</translation>
    </message>
    <message>
        <source>Sensitivity levels:</source>
        <translation>مستويات الحساسية:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>None: choose a folder, ideally on another disk or stick</source>
        <translation>لا يوجد: اختر مجلدًا، ويُفضَّل أن يكون على قرص آخر أو ذاكرة أخرى</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> نسخ احتياطية</translation>
    </message>
    <message>
        <source>An encrypted, checked backup is written each time the profile locks and when Liaison quits; beyond this number the oldest are removed.</source>
        <translation>تُكتب نسخة احتياطية مشفَّرة ومُتحقَّق منها في كل مرة يُقفل فيها الملف الشخصي وعند إغلاق Liaison؛ وعند تجاوز هذا العدد تُحذف أقدم النسخ.</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>مجلد النسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>الاحتفاظ بآخر:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Unlock speed / protection</source>
        <translation>سرعة إلغاء القفل / الحماية</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Needed to apply a new unlock speed</source>
        <translation>مطلوبة لتطبيق سرعة جديدة لإلغاء القفل</translation>
    </message>
    <message>
        <source>Apply new unlock speed</source>
        <translation>تطبيق سرعة إلغاء القفل الجديدة</translation>
    </message>
    <message>
        <source>Memory used to unlock:</source>
        <translation>الذاكرة المستخدمة لإلغاء القفل:</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>عدد التكرارات:</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>عبارة المرور الحالية:</translation>
    </message>
    <message>
        <source>Exchange folder: “%s” is not an absolute path; use Browse to choose one.</source>
        <translation>مجلد التبادل: «%s» ليس مسارًا مطلقًا؛ استخدم «استعراض» لاختيار مجلد.</translation>
    </message>
    <message>
        <source>Backup folder: “%s” is not an absolute path; use Browse to choose one.</source>
        <translation>مجلد النسخ الاحتياطية: «%s» ليس مسارًا مطلقًا؛ استخدم «استعراض» لاختيار مجلد.</translation>
    </message>
    <message numerus="yes">
        <source>Lock after idle: choose 0 (never) to %Ln minutes.</source>
        <translation>
            <numerusform>القفل بعد فترة خمول: اختر قيمة من 0 (أبدًا) إلى %Ln دقيقة.</numerusform>
            <numerusform>القفل بعد فترة خمول: اختر قيمة من 0 (أبدًا) إلى دقيقة واحدة.</numerusform>
            <numerusform>القفل بعد فترة خمول: اختر قيمة من 0 (أبدًا) إلى دقيقتين.</numerusform>
            <numerusform>القفل بعد فترة خمول: اختر قيمة من 0 (أبدًا) إلى %Ln دقائق.</numerusform>
            <numerusform>القفل بعد فترة خمول: اختر قيمة من 0 (أبدًا) إلى %Ln دقيقة.</numerusform>
            <numerusform>القفل بعد فترة خمول: اختر قيمة من 0 (أبدًا) إلى %Ln دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>مجلد التبادل</translation>
    </message>
    <message>
        <source>Sensitivity levels</source>
        <translation>مستويات الحساسية</translation>
    </message>
    <message>
        <source>Default sensitivity</source>
        <translation>مستوى الحساسية الافتراضي</translation>
    </message>
    <message>
        <source>Show dates as</source>
        <translation>عرض التواريخ</translation>
    </message>
    <message>
        <source>%s: this value is not accepted.</source>
        <translation>%s: هذه القيمة غير مقبولة.</translation>
    </message>
    <message>
        <source>Re-encrypting the key…</source>
        <translation>جارٍ إعادة تشفير المفتاح…</translation>
    </message>
    <message>
        <source>New unlock speed applied.</source>
        <translation>طُبِّقت سرعة إلغاء القفل الجديدة.</translation>
    </message>
    <message>
        <source>Not changed: wrong passphrase.</source>
        <translation>لم يُغيَّر شيء: عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Not changed: %s</source>
        <translation>لم يُغيَّر شيء: %s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>A record unchanged for longer than its period is listed under Review, to keep (with a reason) or purge. A level&apos;s period applies to contacts and meetings of that level when it is the shorter one.</source>
        <translation>يُدرج السجل الذي بقي دون تغيير مدة تتجاوز مدته المحددة تحت «المراجعة»، للاحتفاظ به (مع ذكر السبب) أو حذفه نهائيًا. وتسري مدة المستوى على جهات الاتصال والاجتماعات من ذلك المستوى إذا كانت هي الأقصر.</translation>
    </message>
    <message>
        <source>No mission policy from HQ.</source>
        <translation>لا توجد سياسة للبعثة صادرة عن المقر.</translation>
    </message>
    <message>
        <source>Set by HQ on {date}: at most {periods} days. Your periods may be shorter, not longer.</source>
        <translation>حدَّد المقر في {date} حدًا أقصى: {periods} يومًا. يجوز أن تكون مُددك أقصر، لا أطول.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>A bundle that would delete more than this share of your records (and at least 20) is not applied until you agree: a drive read empty looks like that.</source>
        <translation>لا تُطبَّق الحزمة التي قد تحذف أكثر من هذه النسبة من سجلاتك (و20 سجلًا على الأقل) إلا بموافقتك: فهذا ما يبدو عليه محرك أقراص قُرئ فارغًا.</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the laptop sleeps</source>
        <translation>القفل عند قفل الشاشة أو دخول الحاسوب في وضع السكون</translation>
    </message>
    <message>
        <source>Ask before deleting more than:</source>
        <translation>السؤال قبل حذف أكثر من:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Duress passphrase&lt;/b&gt;</source>
        <translation>&lt;b&gt;عبارة المرور تحت الإكراه&lt;/b&gt;</translation>
    </message>
    <message>
        <source>If you are forced to unlock Liaison, type this second passphrase instead of yours. It destroys this profile&apos;s keys for good — neither your passphrase nor the recovery key will ever open it again — and opens an empty profile, which looks like a new installation. Backups in other folders are not touched. Off unless set.</source>
        <translation>إذا أُرغمت على إلغاء قفل Liaison، فاكتب عبارة المرور الثانية هذه بدلًا من عبارتك. فهي تُتلف مفاتيح هذا الملف الشخصي نهائيًا — فلن تفتحه بعد ذلك عبارة مرورك ولا مفتاح الاسترداد — وتفتح ملفًا شخصيًا فارغًا يبدو كأنه تثبيت جديد. ولا تتأثر النسخ الاحتياطية الموجودة في مجلدات أخرى. هذه الميزة معطَّلة ما لم تُعيَّن.</translation>
    </message>
    <message>
        <source>The duress passphrase</source>
        <translation>عبارة المرور تحت الإكراه</translation>
    </message>
    <message>
        <source>Your passphrase, to confirm</source>
        <translation>عبارة مرورك، للتأكيد</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>تعيين عبارة المرور تحت الإكراه</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>إزالتها</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>عبارة المرور تحت الإكراه:</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>عبارة مرورك:</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>عبارة المرور تحت الإكراه معيَّنة.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>لم تُعيَّن عبارة مرور تحت الإكراه.</translation>
    </message>
    <message>
        <source>Duress passphrase set.</source>
        <translation>عُيِّنت عبارة المرور تحت الإكراه.</translation>
    </message>
    <message>
        <source>Duress passphrase removed.</source>
        <translation>أُزيلت عبارة المرور تحت الإكراه.</translation>
    </message>
    <message>
        <source>{label} (Ctrl+{number})</source>
        <translation>{label} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>{label}  ({count})</source>
        <translation>{label}  ({count})</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;مقارنة…</translation>
    </message>
    <message>
        <source>This record was deleted elsewhere (it is in the Trash). Your edits are not saved.</source>
        <translation>حُذف هذا السجل في مكان آخر (وهو في سلة المحذوفات). لم تُحفظ تعديلاتك.</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>إغلاقه</translation>
    </message>
    <message>
        <source>Discard your edits; the record stays in the Trash</source>
        <translation>تجاهُل تعديلاتك؛ ويبقى السجل في سلة المحذوفات</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (a sync or another window) while you edited it.</source>
        <translation>عُدِّل هذا السجل في مكان آخر (بمزامنة أو في نافذة أخرى) أثناء تحريرك له.</translation>
    </message>
    <message>
        <source>Take the stored version</source>
        <translation>اعتماد النسخة المخزَّنة</translation>
    </message>
    <message>
        <source>Discard your edits and show the record as stored now</source>
        <translation>تجاهُل تعديلاتك وعرض السجل كما هو مخزَّن الآن</translation>
    </message>
    <message>
        <source>Compare with the stored record</source>
        <translation>المقارنة بالسجل المخزَّن</translation>
    </message>
    <message>
        <source>Keep mine saves your values over the stored ones when you save; fields you did not edit take the stored value either way.</source>
        <translation>يؤدي «الإبقاء على قيمي» إلى حفظ قيمك بدلًا من القيم المخزَّنة عند الحفظ؛ أما الحقول التي لم تعدِّلها فتأخذ القيمة المخزَّنة في كل الأحوال.</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>القيمة المخزَّنة</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>ال&amp;إبقاء على قيمي</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>ا&amp;عتماد القيم المخزَّنة</translation>
    </message>
    <message>
        <source>Other officers disagree on this field.</source>
        <translation>لدى ضباط آخرين قيم متعارضة لهذا الحقل.</translation>
    </message>
    <message>
        <source>See the conflict</source>
        <translation>عرض التعارض</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>The bundle is encrypted for the ticked devices only; nobody else can read it.</source>
        <translation>تُشفَّر الحزمة للأجهزة المحدَّدة فقط؛ ولا يستطيع أحد غيرها قراءتها.</translation>
    </message>
    <message>
        <source>{officer} — {device} ({fingerprint}…)</source>
        <translation>{officer} — {device} ({fingerprint}…)</translation>
    </message>
    <message>
        <source>Send everything, not only what they are not known to have</source>
        <translation>إرسال كل شيء، وليس فقط ما لا يُعرف أنه لديها</translation>
    </message>
    <message>
        <source>Use when a device was restored from an old backup or lost a bundle</source>
        <translation>يُستخدم عند استعادة جهاز من نسخة احتياطية قديمة أو فقدانه حزمة</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <source>Nothing imported in this session yet.</source>
        <translation>لم يُستورد أي شيء في هذه الجلسة بعد.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المُرسِل</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>المطبَّقة</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>المكرَّرة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>مرفوض: {reason}</translation>
    </message>
    <message>
        <source>Already imported on {when}; nothing changed</source>
        <translation>استُورد سابقًا في {when}؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>إصدار غير معروف</translation>
    </message>
    <message>
        <source>Kept for later: written by a newer Liaison ({version}); upgrade to read it</source>
        <translation>محفوظ لوقت لاحق: كتبه إصدار أحدث من Liaison ({version})؛ حدِّث التطبيق لقراءته</translation>
    </message>
    <message>
        <source>Held earlier, read now: {counts}</source>
        <translation>كان معلَّقًا، وقُرئ الآن: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln applied</source>
        <translation>
            <numerusform>لم يُطبَّق أي تغيير</numerusform>
            <numerusform>طُبِّق تغيير واحد</numerusform>
            <numerusform>طُبِّق تغييران</numerusform>
            <numerusform>طُبِّقت %Ln تغييرات</numerusform>
            <numerusform>طُبِّق %Ln تغييرًا</numerusform>
            <numerusform>طُبِّق %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>لا توجد تغييرات مكررة</numerusform>
            <numerusform>تغيير مكرر واحد</numerusform>
            <numerusform>تغييران مكرران</numerusform>
            <numerusform>%Ln تغييرات مكررة</numerusform>
            <numerusform>%Ln تغييرًا مكررًا</numerusform>
            <numerusform>%Ln تغيير مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>لا يوجد تغيير قيد الانتظار</numerusform>
            <numerusform>تغيير واحد قيد الانتظار</numerusform>
            <numerusform>تغييران قيد الانتظار</numerusform>
            <numerusform>%Ln تغييرات قيد الانتظار</numerusform>
            <numerusform>%Ln تغييرًا قيد الانتظار</numerusform>
            <numerusform>%Ln تغيير قيد الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quarantined</source>
        <translation>
            <numerusform>لم يُحجر أي تغيير</numerusform>
            <numerusform>حُجر تغيير واحد</numerusform>
            <numerusform>حُجر تغييران</numerusform>
            <numerusform>حُجرت %Ln تغييرات</numerusform>
            <numerusform>حُجر %Ln تغييرًا</numerusform>
            <numerusform>حُجر %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from a revoked device</source>
        <translation>
            <numerusform>لا شيء من جهاز أُلغيت الثقة به</numerusform>
            <numerusform>تغيير واحد من جهاز أُلغيت الثقة به</numerusform>
            <numerusform>تغييران من جهاز أُلغيت الثقة به</numerusform>
            <numerusform>%Ln تغييرات من جهاز أُلغيت الثقة به</numerusform>
            <numerusform>%Ln تغييرًا من جهاز أُلغيت الثقة به</numerusform>
            <numerusform>%Ln تغيير من جهاز أُلغيت الثقة به</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: signed twice with one number</source>
        <translation>
            <numerusform>لا شيء مرفوض</numerusform>
            <numerusform>رُفض تغيير واحد: وُقِّع مرتين بالرقم نفسه</numerusform>
            <numerusform>رُفض تغييران: وُقِّعا مرتين بالرقم نفسه</numerusform>
            <numerusform>رُفضت %Ln تغييرات: وُقِّعت مرتين بالرقم نفسه</numerusform>
            <numerusform>رُفض %Ln تغييرًا: وُقِّعت مرتين بالرقم نفسه</numerusform>
            <numerusform>رُفض %Ln تغيير: وُقِّعت مرتين بالرقم نفسه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: too large</source>
        <translation>
            <numerusform>لا شيء مرفوض</numerusform>
            <numerusform>رُفض تغيير واحد: حجمه كبير جدًا</numerusform>
            <numerusform>رُفض تغييران: حجمهما كبير جدًا</numerusform>
            <numerusform>رُفضت %Ln تغييرات: حجمها كبير جدًا</numerusform>
            <numerusform>رُفض %Ln تغييرًا: حجمها كبير جدًا</numerusform>
            <numerusform>رُفض %Ln تغيير: حجمها كبير جدًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused (see above)</source>
        <translation>
            <numerusform>لا شيء مرفوض</numerusform>
            <numerusform>رُفض تغيير واحد (انظر أعلاه)</numerusform>
            <numerusform>رُفض تغييران (انظر أعلاه)</numerusform>
            <numerusform>رُفضت %Ln تغييرات (انظر أعلاه)</numerusform>
            <numerusform>رُفض %Ln تغييرًا (انظر أعلاه)</numerusform>
            <numerusform>رُفض %Ln تغيير (انظر أعلاه)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>لا جديد</translation>
    </message>
    <message>
        <source>No exchange folder set</source>
        <translation>لم يُحدَّد مجلد للتبادل</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>المزامنة الآن</translation>
    </message>
    <message>
        <source>Import the bundles addressed here and write fresh ones to outbox/</source>
        <translation>استيراد الحزم الموجَّهة إلى هذا الجهاز وكتابة حزم جديدة في outbox/</translation>
    </message>
    <message>
        <source>Set a folder (a USB stick or shared drive) to exchange bundles with one click.</source>
        <translation>حدِّد مجلدًا (ذاكرة USB أو محرك أقراص مشتركًا) لتبادل الحزم بنقرة واحدة.</translation>
    </message>
    <message>
        <source>Reachable. The app also syncs by itself whenever this folder appears (a stick plugged in).</source>
        <translation>متاح. يُجري التطبيق المزامنة تلقائيًا أيضًا كلما ظهر هذا المجلد (عند توصيل ذاكرة USB).</translation>
    </message>
    <message>
        <source>Not reachable now. The app syncs by itself as soon as it appears.</source>
        <translation>غير متاح حاليًا. سيُجري التطبيق المزامنة تلقائيًا فور ظهوره.</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>No bundle exchanged on this device yet.</source>
        <translation>لم تُتبادل أي حزمة على هذا الجهاز بعد.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Kept for later: written by a newer Liaison</source>
        <translation>محفوظ لوقت لاحق: كتبه إصدار أحدث من Liaison</translation>
    </message>
    <message>
        <source>Already imported; nothing changed</source>
        <translation>استُورد سابقًا؛ لم يتغير شيء</translation>
    </message>
    <message numerus="yes">
        <source>Written: %Ln change(s)</source>
        <translation>
            <numerusform>كُتبت الحزمة: %Ln تغيير</numerusform>
            <numerusform>كُتبت الحزمة: تغيير واحد</numerusform>
            <numerusform>كُتبت الحزمة: تغييران</numerusform>
            <numerusform>كُتبت الحزمة: %Ln تغييرات</numerusform>
            <numerusform>كُتبت الحزمة: %Ln تغييرًا</numerusform>
            <numerusform>كُتبت الحزمة: %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: {reasons}</source>
        <translation>
            <numerusform>المرفوض (%Ln): {reasons}</numerusform>
            <numerusform>المرفوض (%Ln): {reasons}</numerusform>
            <numerusform>المرفوض (%Ln): {reasons}</numerusform>
            <numerusform>المرفوض (%Ln): {reasons}</numerusform>
            <numerusform>المرفوض (%Ln): {reasons}</numerusform>
            <numerusform>المرفوض (%Ln): {reasons}</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>المستوردة سابقًا</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>المعلَّقة</translation>
    </message>
    <message>
        <source>Changes still waiting for earlier bundles</source>
        <translation>تغييرات لا تزال بانتظار حزم سابقة</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>مُرسِل غير معروف</translation>
    </message>
    <message>
        <source>Waiting for earlier bundles from this officer</source>
        <translation>بانتظار حزم سابقة من هذا الضابط</translation>
    </message>
    <message>
        <source>Writing {file}… ({seconds} s)</source>
        <translation>جارٍ كتابة {file}… ({seconds} ث)</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>جارٍ استيراد {file} ({number} من {total})…</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total}) from {officer}…</source>
        <translation>جارٍ استيراد {file} ({number} من {total})، الوارد من {officer}…</translation>
    </message>
    <message>
        <source>Exchanging through {folder}…</source>
        <translation>جارٍ التبادل عبر {folder}…</translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>أيام الانقطاع</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>آخر حزمة</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>آخر نتيجة</translation>
    </message>
    <message>
        <source>The date of their latest change held here</source>
        <translation>تاريخ أحدث تغيير منهم محفوظ على هذا الجهاز</translation>
    </message>
    <message>
        <source>Quietest first; officers not heard from for {days} days or more are highlighted.</source>
        <translation>الأطول انقطاعًا أولًا؛ ويُميَّز الضباط الذين لم ترِد منهم أخبار منذ {days} يومًا أو أكثر.</translation>
    </message>
    <message>
        <source>No other device is known yet: add the officers&apos; cards.</source>
        <translation>لا يُعرف أي جهاز آخر بعد: أضِف بطاقات أجهزة الضباط.</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>تصدير حزمة…</translation>
    </message>
    <message>
        <source>Write an encrypted bundle of changes for chosen devices</source>
        <translation>كتابة حزمة مشفَّرة بالتغييرات للأجهزة المختارة</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>استيراد حزم…</translation>
    </message>
    <message>
        <source>Import one or more .liaison files (or drop them on this page)</source>
        <translation>استيراد ملف .liaison واحد أو أكثر (أو إفلاتها على هذه الصفحة)</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>Import every bundle in a folder (officers&apos; bundles gathered at HQ, a USB stick)</source>
        <translation>استيراد كل الحزم الموجودة في مجلد (حزم الضباط المجمَّعة في المقر، أو ذاكرة USB)</translation>
    </message>
    <message>
        <source>or drop .liaison files, folders of them (or an identity card) on this page</source>
        <translation>أو أفلِت على هذه الصفحة ملفات .liaison أو مجلدات تحتويها (أو بطاقة جهاز)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>آخر تبادل</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>الضباط</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>جارٍ كتابة الحزمة…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>استيراد حزم</translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation>استيراد مجلد حزم</translation>
    </message>
    <message>
        <source>Another exchange is running; try again when it ends.</source>
        <translation>يجري تبادل آخر حاليًا؛ أعِد المحاولة عند انتهائه.</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>جارٍ استيراد الحزم…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln bundle(s)…</source>
        <translation>
            <numerusform>جارٍ استيراد %Ln حزمة…</numerusform>
            <numerusform>جارٍ استيراد حزمة واحدة…</numerusform>
            <numerusform>جارٍ استيراد حزمتين…</numerusform>
            <numerusform>جارٍ استيراد %Ln حزم…</numerusform>
            <numerusform>جارٍ استيراد %Ln حزمة…</numerusform>
            <numerusform>جارٍ استيراد %Ln حزمة…</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange folder {folder} is not reachable.</source>
        <translation>تعذَّر الوصول إلى مجلد التبادل {folder}.</translation>
    </message>
    <message>
        <source>Exchanging through the folder…</source>
        <translation>جارٍ التبادل عبر المجلد…</translation>
    </message>
    <message>
        <source>The exchange folder appeared: syncing…</source>
        <translation>ظهر مجلد التبادل: جارٍ المزامنة…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln تغيير</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>Bundle written: {path} ({changes}, {size}).</source>
        <translation>كُتبت الحزمة: {path} ({changes}، {size}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي ملف</numerusform>
            <numerusform>استُورد ملف واحد</numerusform>
            <numerusform>استُورد ملفان</numerusform>
            <numerusform>استُوردت %Ln ملفات</numerusform>
            <numerusform>استُورد %Ln ملفًا</numerusform>
            <numerusform>استُورد %Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) written to the outbox</source>
        <translation>
            <numerusform>لم تُكتب أي حزمة في مجلد outbox</numerusform>
            <numerusform>كُتبت حزمة واحدة في مجلد outbox</numerusform>
            <numerusform>كُتبت حزمتان في مجلد outbox</numerusform>
            <numerusform>كُتبت %Ln حزم في مجلد outbox</numerusform>
            <numerusform>كُتبت %Ln حزمة في مجلد outbox</numerusform>
            <numerusform>كُتبت %Ln حزمة في مجلد outbox</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder exchange at {time}: {files}, {written}.</source>
        <translation>التبادل عبر المجلد في {time}: {files}، و{written}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %Ln file(s)</source>
        <translation>
            <numerusform>الملفات المستوردة: {done} من أصل %Ln</numerusform>
            <numerusform>الملفات المستوردة: {done} من أصل ملف واحد</numerusform>
            <numerusform>الملفات المستوردة: {done} من أصل ملفين</numerusform>
            <numerusform>الملفات المستوردة: {done} من أصل %Ln ملفات</numerusform>
            <numerusform>الملفات المستوردة: {done} من أصل %Ln ملفًا</numerusform>
            <numerusform>الملفات المستوردة: {done} من أصل %Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported}, %Ln refused.</source>
        <translation>
            <numerusform>{imported}، ولم يُرفض أي ملف.</numerusform>
            <numerusform>{imported}، ورُفض ملف واحد.</numerusform>
            <numerusform>{imported}، ورُفض ملفان.</numerusform>
            <numerusform>{imported}، ورُفضت %Ln ملفات.</numerusform>
            <numerusform>{imported}، ورُفض %Ln ملفًا.</numerusform>
            <numerusform>{imported}، ورُفض %Ln ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported}.</source>
        <translation>{imported}.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln file(s).</source>
        <translation>
            <numerusform>أُلغي الاستيراد بعد %Ln ملف.</numerusform>
            <numerusform>أُلغي الاستيراد بعد ملف واحد.</numerusform>
            <numerusform>أُلغي الاستيراد بعد ملفين.</numerusform>
            <numerusform>أُلغي الاستيراد بعد %Ln ملفات.</numerusform>
            <numerusform>أُلغي الاستيراد بعد %Ln ملفًا.</numerusform>
            <numerusform>أُلغي الاستيراد بعد %Ln ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync bundles ({pattern});;All files (*)</source>
        <translation>حزم المزامنة ({pattern});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <source>Vouched for by HQ</source>
        <translation>بتزكية من المقر</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُبطَل</translation>
    </message>
    <message>
        <source>Identity cards ({pattern});;All files (*)</source>
        <translation>بطاقات هوية الأجهزة ({pattern});;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Export my card…</source>
        <translation>تصدير بطاقتي…</translation>
    </message>
    <message>
        <source>Save this device&apos;s public identity card (no secrets) to give to HQ</source>
        <translation>حفظ بطاقة الهوية العامة لهذا الجهاز (دون أي بيانات سرية) لتسليمها إلى المقر</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>معرّف الجهاز:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>Save this device&apos;s public identity card (no secrets) to give to each officer</source>
        <translation>حفظ بطاقة الهوية العامة لهذا الجهاز (دون أي بيانات سرية) لتسليمها إلى كل ضابط</translation>
    </message>
    <message>
        <source>Export my identity card</source>
        <translation>تصدير بطاقة هويتي</translation>
    </message>
    <message>
        <source>Card not written: {error}</source>
        <translation>لم تُحفظ البطاقة: {error}</translation>
    </message>
    <message>
        <source>Card written to {path}. Read the fingerprint to the other officer.</source>
        <translation>حُفظت البطاقة في {path}. اقرأ البصمة بصوت مسموع على الضابط الآخر.</translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation>الأجهزة الموثوقة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>آخر استيراد</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>آخر تصدير</translation>
    </message>
    <message>
        <source>Exports carry</source>
        <translation>محتوى التصدير</translation>
    </message>
    <message>
        <source>Not yet there</source>
        <translation>لم يُستلَم بعد</translation>
    </message>
    <message>
        <source>Add card…</source>
        <translation>إضافة بطاقة…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إبطال الثقة…</translation>
    </message>
    <message>
        <source>Exports to this officer carry:</source>
        <translation>تتضمن عمليات التصدير إلى هذا الضابط:</translation>
    </message>
    <message>
        <source>Everything they lack</source>
        <translation>كل ما ينقصه</translation>
    </message>
    <message>
        <source>Only what their area needs</source>
        <translation>ما يخص منطقته فقط</translation>
    </message>
    <message>
        <source>Their area: records in their areas, written by them or referring to theirs, and what those name</source>
        <translation>منطقته: السجلات الواقعة في مناطقه، أو التي كتبها، أو التي تشير إلى سجلاته، وما تذكره هذه السجلات</translation>
    </message>
    <message>
        <source>No trusted devices yet. Add each officer&apos;s identity card to start exchanging.</source>
        <translation>لا توجد أجهزة موثوقة بعد. أضف بطاقة هوية كل ضابط لبدء التبادل.</translation>
    </message>
    <message>
        <source>No trusted devices yet. Add HQ&apos;s identity card to start exchanging.</source>
        <translation>لا توجد أجهزة موثوقة بعد. أضف بطاقة هوية المقر لبدء التبادل.</translation>
    </message>
    <message>
        <source>through HQ</source>
        <translation>عبر المقر</translation>
    </message>
    <message>
        <source>has everything</source>
        <translation>استلم كل شيء</translation>
    </message>
    <message>
        <source>their area</source>
        <translation>منطقته</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <source>Add an identity card</source>
        <translation>إضافة بطاقة هوية</translation>
    </message>
    <message>
        <source>Trust {officer} ({device}, {role})?</source>
        <translation>هل تريد الوثوق بالضابط {officer} ({device}، {role})؟</translation>
    </message>
    <message>
        <source>Fingerprint:
{fingerprint}

Compare these digits with the ones on the other officer&apos;s screen, in person or by voice. Trust the card only if every digit matches.</source>
        <translation>البصمة:
{fingerprint}

قارن هذه الأرقام بالأرقام الظاهرة على شاشة الضابط الآخر، وجهًا لوجه أو عبر الصوت. ولا تثق بالبطاقة إلا إذا تطابقت الأرقام كلها.</translation>
    </message>
    <message>
        <source>Add identity card</source>
        <translation>إضافة بطاقة هوية</translation>
    </message>
    <message>
        <source>{officer} ({device}) is now trusted.</source>
        <translation>أصبح جهاز {officer} ({device}) موثوقًا.</translation>
    </message>
    <message>
        <source>Revoke {officer} ({device})?</source>
        <translation>هل تريد إبطال الثقة في {officer} ({device})؟</translation>
    </message>
    <message>
        <source>Fingerprint:
{fingerprint}

Bundles from this device, and its changes relayed by others, will be refused from now on. Do this when the device is lost or seized.</source>
        <translation>البصمة:
{fingerprint}

ستُرفض من الآن فصاعدًا حزم المزامنة الواردة من هذا الجهاز، وكذلك تغييراته التي تنقلها أجهزة أخرى. قم بذلك إذا فُقد الجهاز أو صودر.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>إبطال الثقة بالجهاز</translation>
    </message>
    <message>
        <source>{officer} ({device}) is revoked.</source>
        <translation>أُبطلت الثقة في جهاز {officer} ({device}).</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>تتعذر قراءة الملف</translation>
    </message>
    <message>
        <source>not a Liaison bundle</source>
        <translation>الملف ليس حزمة Liaison</translation>
    </message>
    <message>
        <source>the bundle is truncated (copied only in part?)</source>
        <translation>الحزمة مبتورة (هل نُسخت جزئيًا فقط؟)</translation>
    </message>
    <message>
        <source>a bundle format this version of Liaison does not read</source>
        <translation>صيغة حزمة لا يقرؤها هذا الإصدار من Liaison</translation>
    </message>
    <message>
        <source>the bundle is damaged or was tampered with</source>
        <translation>الحزمة تالفة أو تعرّضت للعبث</translation>
    </message>
    <message>
        <source>the signature does not verify (damaged or tampered with)</source>
        <translation>تعذّر التحقق من التوقيع (تلف أو عبث)</translation>
    </message>
    <message>
        <source>the file changed while it was being read</source>
        <translation>تغيّر الملف أثناء قراءته</translation>
    </message>
    <message>
        <source>not addressed to this device</source>
        <translation>غير موجّهة إلى هذا الجهاز</translation>
    </message>
    <message>
        <source>this device&apos;s key does not open it</source>
        <translation>مفتاح هذا الجهاز لا يفتحها</translation>
    </message>
    <message>
        <source>the sender&apos;s keys do not match its device id</source>
        <translation>مفاتيح المُرسِل لا تطابق معرّف جهازه</translation>
    </message>
    <message>
        <source>the sender is not a trusted device (add its card first)</source>
        <translation>المُرسِل ليس جهازًا موثوقًا (أضف بطاقته أولًا)</translation>
    </message>
    <message>
        <source>the sender&apos;s device is revoked</source>
        <translation>أُبطلت الثقة بجهاز المُرسِل</translation>
    </message>
    <message>
        <source>signed with a key other than the trusted one</source>
        <translation>موقّعة بمفتاح غير المفتاح الموثوق</translation>
    </message>
    <message>
        <source>not a Liaison sync bundle</source>
        <translation>ليست حزمة مزامنة Liaison</translation>
    </message>
    <message>
        <source>its header is malformed</source>
        <translation>ترويسة الحزمة غير سليمة</translation>
    </message>
    <message>
        <source>its header does not match its envelope</source>
        <translation>ترويسة الحزمة لا تطابق مغلّفها</translation>
    </message>
    <message>
        <source>written by a newer Liaison: upgrade to read it</source>
        <translation>أنشأها إصدار أحدث من Liaison: حدّث التطبيق لقراءتها</translation>
    </message>
    <message>
        <source>it carries a bad identity card</source>
        <translation>تحمل بطاقة هوية غير صالحة</translation>
    </message>
    <message>
        <source>it would delete many of your records: nothing applied until you agree</source>
        <translation>ستحذف عددًا كبيرًا من سجلاتك: لن يُطبَّق شيء قبل موافقتك</translation>
    </message>
    <message>
        <source>it holds a malformed change</source>
        <translation>تتضمن تغييرًا غير سليم</translation>
    </message>
    <message>
        <source>it relays changes from a device nobody vouched for</source>
        <translation>تنقل تغييرات من جهاز لم يزكِّه أحد</translation>
    </message>
    <message>
        <source>it holds a forged change</source>
        <translation>تتضمن تغييرًا مزوَّرًا</translation>
    </message>
    <message>
        <source>its device signed two different changes with the same number (revoke it?)</source>
        <translation>وقّع جهازها تغييرين مختلفين بالرقم نفسه (هل تُبطل الثقة به؟)</translation>
    </message>
    <message>
        <source>one change is larger than Liaison accepts</source>
        <translation>أحد التغييرات يتجاوز الحجم الذي يقبله Liaison</translation>
    </message>
    <message>
        <source>the recipient&apos;s Liaison is too old to read this release&apos;s changes</source>
        <translation>إصدار Liaison لدى المستلِم أقدم من أن يقرأ تغييرات هذا الإصدار</translation>
    </message>
    <message>
        <source>only HQ exports by area, and only to officers whose Liaison reads it</source>
        <translation>لا يصدّر حسب المنطقة إلا المقر، وإلى الضباط الذين يدعم إصدار Liaison لديهم ذلك فقط</translation>
    </message>
    <message>
        <source>one change had a purged record taken out, and the purge it names has not arrived</source>
        <translation>أُزيل من أحد التغييرات سجلٌّ محذوف نهائيًا، ولم يصل بعد الحذف النهائي الذي يشير إليه</translation>
    </message>
    <message>
        <source>it carries numbers no device writes</source>
        <translation>أرقام لا يكتبها أي جهاز</translation>
    </message>
    <message>
        <source>it carries a malformed name</source>
        <translation>اسم غير سليم</translation>
    </message>
    <message>
        <source>it changes bookkeeping no device may change</source>
        <translation>تغيير بيانات إدارية لا يحق لأي جهاز تغييرها</translation>
    </message>
    <message>
        <source>a value the field does not take</source>
        <translation>قيمة لا يقبلها الحقل</translation>
    </message>
    <message>
        <source>it sets one field twice</source>
        <translation>تعيين الحقل نفسه مرتين</translation>
    </message>
    <message>
        <source>a new record lacks a required field</source>
        <translation>سجل جديد ينقصه حقل إلزامي</translation>
    </message>
    <message>
        <source>it names a record that does not exist</source>
        <translation>إشارة إلى سجل غير موجود</translation>
    </message>
    <message>
        <source>it uses the id of a record of another kind</source>
        <translation>استخدام معرّف سجل من نوع آخر</translation>
    </message>
    <message>
        <source>it claims to overwrite changes it had not seen</source>
        <translation>ادعاء استبدال تغييرات لم يطّلع عليها مُرسِلها</translation>
    </message>
    <message>
        <source>written after the device was revoked</source>
        <translation>تغيير لاحق لإبطال الثقة بالجهاز</translation>
    </message>
    <message>
        <source>it could not be merged</source>
        <translation>تعذّر الدمج</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) from {who} refused: {why}</source>
        <translation>
            <numerusform>رُفض %Ln تغيير من {who}: {why}</numerusform>
            <numerusform>رُفض تغيير واحد من {who}: {why}</numerusform>
            <numerusform>رُفض تغييران من {who}: {why}</numerusform>
            <numerusform>رُفضت %Ln تغييرات من {who}: {why}</numerusform>
            <numerusform>رُفض %Ln تغييرًا من {who}: {why}</numerusform>
            <numerusform>رُفض %Ln تغيير من {who}: {why}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: last exchange {when} with {who}</source>
        <translation>المزامنة: آخر تبادل مع {who} في {when}</translation>
    </message>
    <message>
        <source>Sync: no exchanges yet</source>
        <translation>المزامنة: لم يجرِ أي تبادل بعد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>لا شيء في الانتظار</numerusform>
            <numerusform>تغيير واحد في الانتظار</numerusform>
            <numerusform>تغييران في الانتظار</numerusform>
            <numerusform>%Ln تغييرات في الانتظار</numerusform>
            <numerusform>%Ln تغييرًا في الانتظار</numerusform>
            <numerusform>%Ln تغيير في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ has everything</source>
        <translation>استلم المقر كل شيء</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet at HQ</source>
        <translation>
            <numerusform>%Ln تغيير لم يصل بعد إلى المقر</numerusform>
            <numerusform>تغيير واحد لم يصل بعد إلى المقر</numerusform>
            <numerusform>تغييران لم يصلا بعد إلى المقر</numerusform>
            <numerusform>%Ln تغييرات لم تصل بعد إلى المقر</numerusform>
            <numerusform>%Ln تغييرًا لم يصل بعد إلى المقر</numerusform>
            <numerusform>%Ln تغيير لم يصل بعد إلى المقر</numerusform>
        </translation>
    </message>
    <message>
        <source>every officer has everything</source>
        <translation>استلم جميع الضباط كل شيء</translation>
    </message>
    <message numerus="yes">
        <source>%Ln officer(s) not up to date</source>
        <translation>
            <numerusform>%Ln ضابط بحاجة إلى تحديث</numerusform>
            <numerusform>ضابط واحد بحاجة إلى تحديث</numerusform>
            <numerusform>ضابطان بحاجة إلى تحديث</numerusform>
            <numerusform>%Ln ضباط بحاجة إلى تحديث</numerusform>
            <numerusform>%Ln ضابطًا بحاجة إلى تحديث</numerusform>
            <numerusform>%Ln ضابط بحاجة إلى تحديث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation>
            <numerusform>لا شيء للإرسال</numerusform>
            <numerusform>تغيير واحد للإرسال</numerusform>
            <numerusform>تغييران للإرسال</numerusform>
            <numerusform>%Ln تغييرات للإرسال</numerusform>
            <numerusform>%Ln تغييرًا للإرسال</numerusform>
            <numerusform>%Ln تغيير للإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>{who}: {when}</source>
        <translation>{who}: {when}</translation>
    </message>
    <message>
        <source>No bundle exchanged with any device yet.</source>
        <translation>لم تُتبادل أي حزمة مع أي جهاز بعد.</translation>
    </message>
    <message>
        <source>Last exchange with each device:</source>
        <translation>آخر تبادل مع كل جهاز:</translation>
    </message>
    <message>
        <source>Not yet confirmed by the device:</source>
        <translation>لم يؤكد الجهاز استلامها بعد:</translation>
    </message>
    <message numerus="yes">
        <source>{peer}: %Ln change(s)</source>
        <translation>
            <numerusform>{peer}: لا تغييرات</numerusform>
            <numerusform>{peer}: تغيير واحد</numerusform>
            <numerusform>{peer}: تغييران</numerusform>
            <numerusform>{peer}: %Ln تغييرات</numerusform>
            <numerusform>{peer}: %Ln تغييرًا</numerusform>
            <numerusform>{peer}: %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received change(s) waiting for others they depend on.</source>
        <translation>
            <numerusform>%Ln تغيير مستلَم ينتظر تغييرات أخرى يعتمد عليها.</numerusform>
            <numerusform>تغيير واحد مستلَم ينتظر تغييرات أخرى يعتمد عليها.</numerusform>
            <numerusform>تغييران مستلَمان ينتظران تغييرات أخرى يعتمدان عليها.</numerusform>
            <numerusform>%Ln تغييرات مستلَمة تنتظر تغييرات أخرى تعتمد عليها.</numerusform>
            <numerusform>%Ln تغييرًا مستلَمًا ينتظر تغييرات أخرى يعتمد عليها.</numerusform>
            <numerusform>%Ln تغيير مستلَم ينتظر تغييرات أخرى يعتمد عليها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: locked</source>
        <translation>المزامنة: مقفلة</translation>
    </message>
    <message>
        <source>Deleted records stay here until every device has them and they are purged. Restoring one brings it back for the other officers too.</source>
        <translation>تبقى السجلات المحذوفة هنا إلى أن تصل إلى جميع الأجهزة ثم تُحذف نهائيًا. واستعادة أيٍّ منها تعيده للضباط الآخرين أيضًا.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>حذفه</translation>
    </message>
    <message>
        <source>Bring the record back (Enter)</source>
        <translation>استعادة السجل (Enter)</translation>
    </message>
    <message>
        <source>The Trash is empty: nothing has been deleted.</source>
        <translation>سلة المحذوفات فارغة: لم يُحذف أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>لا سجلات محذوفة</numerusform>
            <numerusform>سجل محذوف واحد</numerusform>
            <numerusform>سجلان محذوفان</numerusform>
            <numerusform>%Ln سجلات محذوفة</numerusform>
            <numerusform>%Ln سجلًا محذوفًا</numerusform>
            <numerusform>%Ln سجل محذوف</numerusform>
        </translation>
    </message>
    <message>
        <source>That record is no longer in the Trash.</source>
        <translation>لم يعد هذا السجل في سلة المحذوفات.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>Still pointing at it: %1.</source>
        <translation>سجلات لا تزال تشير إليه: %1.</translation>
    </message>
    <message>
        <source>They keep the link, shown as in the Trash, until it is restored.</source>
        <translation>وتحتفظ بالرابط، ويظهر على أنه في سلة المحذوفات، إلى أن يُستعاد.</translation>
    </message>
    <message>
        <source>%1 (deleted, in the Trash)</source>
        <translation>%1 (في سلة المحذوفات)</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>حُذف «%1».</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>استُعيد «%1».</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>تراجع (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Bring the deleted record back (Ctrl+Z)</source>
        <translation>استعادة السجل المحذوف (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>ال&amp;تراجع عن الحذف</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <source>Forgot passphrase? Use the &amp;recovery key…</source>
        <translation>نسيت عبارة المرور؟ استخدم &amp;مفتاح الاسترداد…</translation>
    </message>
    <message>
        <source>Enter the passphrase of this profile:</source>
        <translation>أدخل عبارة المرور لهذا الملف الشخصي:</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: wait %Ln s before trying again.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة لإدخال عبارة المرور: انتظر %Ln ثانية قبل إعادة المحاولة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة لإدخال عبارة المرور: انتظر ثانية واحدة قبل إعادة المحاولة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة لإدخال عبارة المرور: انتظر ثانيتين قبل إعادة المحاولة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة لإدخال عبارة المرور: انتظر %Ln ثوانٍ قبل إعادة المحاولة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة لإدخال عبارة المرور: انتظر %Ln ثانية قبل إعادة المحاولة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة لإدخال عبارة المرور: انتظر %Ln ثانية قبل إعادة المحاولة.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new passphrase is set. Enter it to unlock.</source>
        <translation>عُيّنت عبارة مرور جديدة. أدخلها لإلغاء القفل.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed attempt(s).</source>
        <translation>
            <numerusform>لا محاولات فاشلة.</numerusform>
            <numerusform>محاولة فاشلة واحدة.</numerusform>
            <numerusform>محاولتان فاشلتان.</numerusform>
            <numerusform>%Ln محاولات فاشلة.</numerusform>
            <numerusform>%Ln محاولة فاشلة.</numerusform>
            <numerusform>%Ln محاولة فاشلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ إلغاء القفل…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>عبارة المرور غير صحيحة. تحقق من مفتاح Caps Lock ومن تخطيط لوحة المفاتيح، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Liaison (schema {found}; this one reads up to {supported}). Upgrade Liaison to open it. The profile is unchanged.</source>
        <translation>أُنشئ هذا الملف الشخصي بإصدار أحدث من Liaison (المخطط {found}؛ وهذا الإصدار يقرأ حتى المخطط {supported}). حدّث Liaison لفتحه. لم يطرأ أي تغيير على الملف الشخصي.</translation>
    </message>
    <message>
        <source>Could not open the profile: {error}</source>
        <translation>تعذّر فتح الملف الشخصي: {error}</translation>
    </message>
    <message>
        <source>Could not upgrade this profile: its safety copy could not be written (is the disk full?). The profile is unchanged.</source>
        <translation>تعذّرت ترقية هذا الملف الشخصي: لم تنجح كتابة نسخة الأمان (هل القرص ممتلئ؟). لم يطرأ أي تغيير على الملف الشخصي.</translation>
    </message>
    <message>
        <source>Could not upgrade this profile. It was restored and is unchanged.</source>
        <translation>تعذّرت ترقية هذا الملف الشخصي. وقد استُعيد ولم يطرأ عليه أي تغيير.</translation>
    </message>
    <message>
        <source>Could not upgrade this profile, nor restore it. Its encrypted pre-upgrade copy is kept as {copy}.</source>
        <translation>تعذّرت ترقية هذا الملف الشخصي وتعذّرت استعادته. وقد حُفظت نسخته المشفّرة السابقة للترقية في {copy}.</translation>
    </message>
    <message>
        <source>Unlock Liaison</source>
        <translation>إلغاء قفل Liaison</translation>
    </message>
    <message>
        <source>Profile: {folder}</source>
        <translation>الملف الشخصي: {folder}</translation>
    </message>
    <message>
        <source>Liaison is locked</source>
        <translation>تطبيق Liaison مقفل</translation>
    </message>
    <message>
        <source>The database is closed and its key forgotten. Unsaved edits are kept.</source>
        <translation>أُغلقت قاعدة البيانات ومُحي مفتاحها من الذاكرة. ويُحتفظ بالتعديلات غير المحفوظة.</translation>
    </message>
    <message>
        <source>More memory and repetitions make guessing the passphrase of a seized laptop slower, and unlocking slower too.</source>
        <translation>زيادة الذاكرة وعدد التكرارات تُبطئ محاولات تخمين عبارة المرور لحاسوب مصادَر، وتُبطئ إلغاء القفل أيضًا.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>يُتوقع نص</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>حقل إلزامي</translation>
    </message>
    <message numerus="yes">
        <source>longer than %Ln character(s)</source>
        <translation>
            <numerusform>يتجاوز %Ln حرف</numerusform>
            <numerusform>يتجاوز حرفًا واحدًا</numerusform>
            <numerusform>يتجاوز حرفين</numerusform>
            <numerusform>يتجاوز %Ln أحرف</numerusform>
            <numerusform>يتجاوز %Ln حرفًا</numerusform>
            <numerusform>يتجاوز %Ln حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>القيمة %1 ليست من القيم المقبولة (%2)</translation>
    </message>
    <message>
        <source>%1 is not an ISO-8601 date-time (e.g. 2026-03-14T09:30+03:00), a local one (14.03.2026 09:30) or a date-time group (140930ZMAR26)</source>
        <translation>القيمة %1 ليست تاريخًا ووقتًا بصيغة ISO-8601 (مثل 2026-03-14T09:30+03:00)، ولا تاريخًا ووقتًا محليًا (14.03.2026 09:30)، ولا مجموعة تاريخ ووقت (140930ZMAR26)</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>القيمة %1 ليست تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not an MGRS grid reference</source>
        <translation>القيمة %1 ليست إحداثيات MGRS صحيحة</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>القيمة %1 ليست رقمًا</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>القيمة %1 خارج النطاق %2..%3</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>القيمة %1 ليست عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>القيمة %1 ليست رقم هاتف</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>القيمة %1 ليست «نعم» أو «لا»</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>يُتوقع إدخال قائمة</translation>
    </message>
    <message>
        <source>each entry needs a kind and a value</source>
        <translation>يجب أن يكون لكل إدخال نوع وقيمة</translation>
    </message>
    <message>
        <source>each point needs a kind and a text</source>
        <translation>يجب أن يكون لكل نقطة نوع ونص</translation>
    </message>
    <message>
        <source>%1 should read KIND:TEXT, e.g. decision:Open the road</source>
        <translation>يجب أن تكون القيمة %1 بالصيغة KIND:TEXT، مثل decision:فتح الطريق</translation>
    </message>
    <message>
        <source>must not be before the start</source>
        <translation>يجب ألا يسبق البداية</translation>
    </message>
    <message>
        <source>give both %1 and %2, or neither</source>
        <translation>أدخل %1 و%2 معًا، أو لا تدخل أيًّا منهما</translation>
    </message>
    <message>
        <source>an area cannot be its own ancestor</source>
        <translation>لا يمكن أن تكون المنطقة جزءًا من نفسها، ولو بصورة غير مباشرة</translation>
    </message>
    <message>
        <source>an organization cannot be its own ancestor</source>
        <translation>لا يمكن أن تكون المنظمة جزءًا من نفسها، ولو بصورة غير مباشرة</translation>
    </message>
    <message>
        <source>%1 names several areas: give the id or the P-code</source>
        <translation>الاسم %1 يطابق عدة مناطق: أدخل المعرّف أو P-code</translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln point(s)</source>
        <translation>
            <numerusform>%Ln نقطة كحد أقصى</numerusform>
            <numerusform>نقطة واحدة كحد أقصى</numerusform>
            <numerusform>نقطتان كحد أقصى</numerusform>
            <numerusform>%Ln نقاط كحد أقصى</numerusform>
            <numerusform>%Ln نقطة كحد أقصى</numerusform>
            <numerusform>%Ln نقطة كحد أقصى</numerusform>
        </translation>
    </message>
    <message>
        <source>marked do-not-share by %1; only they can lift the mark</source>
        <translation>وضع %1 علامة «عدم المشاركة»، ولا يرفعها إلا من وضعها</translation>
    </message>
    <message>
        <source>a record cannot be merged into itself</source>
        <translation>لا يمكن دمج سجل في نفسه</translation>
    </message>
    <message>
        <source>marked do-not-share: a merge would share it with every device</source>
        <translation>يحمل علامة «عدم المشاركة»: دمجه سيؤدي إلى مشاركته مع جميع الأجهزة</translation>
    </message>
    <message>
        <source>not merged into another record</source>
        <translation>لم يُدمج هذا السجل في سجل آخر</translation>
    </message>
    <message>
        <source>merged into another record: undo the merge instead</source>
        <translation>دُمج هذا السجل في سجل آخر: تراجع عن الدمج بدلًا من ذلك</translation>
    </message>
    <message>
        <source>%1: choose KEEP or OTHER</source>
        <translation>%1: اختر KEEP أو OTHER</translation>
    </message>
    <message>
        <source>unknown kind %1 (%2)</source>
        <translation>نوع سجل غير معروف %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no field %2</source>
        <translation>لا يحتوي نوع السجل «%1» على حقل %2</translation>
    </message>
    <message>
        <source>no such setting</source>
        <translation>إعداد غير موجود</translation>
    </message>
    <message>
        <source>this value is not accepted</source>
        <translation>هذه القيمة غير مقبولة</translation>
    </message>
    <message>
        <source>give at least one level</source>
        <translation>أدخل مستوى واحدًا على الأقل</translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln level(s)</source>
        <translation>
            <numerusform>%Ln مستوى كحد أقصى</numerusform>
            <numerusform>مستوى واحد كحد أقصى</numerusform>
            <numerusform>مستويان كحد أقصى</numerusform>
            <numerusform>%Ln مستويات كحد أقصى</numerusform>
            <numerusform>%Ln مستوى كحد أقصى</numerusform>
            <numerusform>%Ln مستوى كحد أقصى</numerusform>
        </translation>
    </message>
    <message>
        <source>a level is given twice</source>
        <translation>أحد المستويات مكرر</translation>
    </message>
    <message>
        <source>%1 contains a comma</source>
        <translation>القيمة %1 تحتوي على فاصلة</translation>
    </message>
    <message>
        <source>%1 is not an absolute path</source>
        <translation>القيمة %1 ليست مسارًا مطلقًا</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>تعذّر العثور على %1 بالمعرّف %2</translation>
    </message>
    <message>
        <source>Recovery key not confirmed</source>
        <translation>لم يُؤكَّد تدوين مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Have you written down the recovery key? It is not shown again, and without it a forgotten passphrase means every record is lost.</source>
        <translation>هل دوّنت مفتاح الاسترداد؟ لن يُعرض مرة أخرى، ومن دونه يعني نسيان عبارة المرور فقدان جميع السجلات.</translation>
    </message>
    <message>
        <source>Who uses this profile</source>
        <translation>من يستخدم هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>Your name and this device are stamped on every record you write.</source>
        <translation>يُثبَّت اسمك واسم هذا الجهاز على كل سجل تكتبه.</translation>
    </message>
    <message>
        <source>e.g. Maj. Anna Berg</source>
        <translation>مثال: الرائد آنا بيرغ</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>ضابط ميداني</translation>
    </message>
    <message>
        <source>&amp;Officer name:</source>
        <translation>اسم ال&amp;ضابط:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>اسم ال&amp;جهاز:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Enter your name to continue.</source>
        <translation>أدخل اسمك للمتابعة.</translation>
    </message>
    <message>
        <source>Enter a name for this device to continue.</source>
        <translation>أدخل اسمًا لهذا الجهاز للمتابعة.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <source>It encrypts everything in this profile. Several words you can remember are best.</source>
        <translation>تُشفِّر كل ما في هذا الملف الشخصي. والأفضل أن تتكون من عدة كلمات يسهل عليك تذكّرها.</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>إنشاء الملف الشخصي</translation>
    </message>
    <message>
        <source>Unlock speed / protection (advanced)</source>
        <translation>سرعة إلغاء القفل / الحماية (إعدادات متقدمة)</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>دوِّن مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back in. It is shown once and is not stored anywhere readable.</source>
        <translation>إذا نسيت عبارة المرور، فهذا المفتاح هو السبيل الوحيد لاستعادة الوصول. يُعرض مرة واحدة فقط، ولا يُخزَّن في أي مكان بصورة مقروءة.</translation>
    </message>
    <message>
        <source>Keep it on paper, apart from this laptop: whoever holds both the laptop and the key can read every record.</source>
        <translation>احتفظ به على الورق بعيدًا عن هذا الحاسوب: فمن يحوز الحاسوب والمفتاح معًا يستطيع قراءة كل السجلات.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Sa&amp;ve to file…</source>
        <translation>&amp;حفظ في ملف…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>لقد دوّنته</translation>
    </message>
    <message>
        <source>Copied. Paste it where only you can read it.</source>
        <translation>نُسخ المفتاح. الصقه في مكان لا يطّلع عليه أحد سواك.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Not saved: {file} could not be written ({reason}).</source>
        <translation>لم يُحفظ: تعذّرت كتابة {file} ({reason}).</translation>
    </message>
    <message>
        <source>Saved to {file}. Keep that file off this laptop.</source>
        <translation>حُفظ في {file}. احتفظ بهذا الملف خارج هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Create your Liaison profile</source>
        <translation>إنشاء ملفك الشخصي في Liaison</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>استعادة &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Creating the encrypted profile…</source>
        <translation>جارٍ إنشاء الملف الشخصي المشفّر…</translation>
    </message>
    <message>
        <source>Could not create the profile.</source>
        <translation>تعذّر إنشاء الملف الشخصي.</translation>
    </message>
    <message>
        <source>Not created: %s</source>
        <translation>لم يُنشأ: %s</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>خطأ غير متوقع: {error}</translation>
    </message>
    <message>
        <source>Waiting for the sync to finish, then saving…</source>
        <translation>بانتظار انتهاء المزامنة، ثم الحفظ…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Also leaves out everything CONFIDENTIAL or above, and the phones, emails and addresses of local staff and community members.</source>
        <translation>يستبعد أيضًا كل ما هو سري أو أعلى، وأرقام الهواتف وعناوين البريد الإلكتروني والعناوين الخاصة بالموظفين المحليين وأفراد المجتمع.</translation>
    </message>
    <message>
        <source>Assigned to officer</source>
        <translation>مُسندة إلى الضابط</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Done or cancelled</source>
        <translation>المنجزة أو الملغاة</translation>
    </message>
    <message>
        <source>Everything you may see: leaves out only contacts marked do-not-share (unless included).</source>
        <translation>كل ما يحق لك الاطلاع عليه: لا تُستبعد إلا جهات الاتصال المعلَّمة بعدم المشاركة (ما لم تُدرَج صراحةً).</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>كامل</translation>
    </message>
    <message>
        <source>Organizations and activity counts only: no person&apos;s name, phone or email (what HDX accepts). Only the 3W of organizations can be exported this way.</source>
        <translation>المنظمات وأعداد الأنشطة فقط: لا اسم ولا هاتف ولا بريد إلكتروني لأي شخص (وهو ما تقبله منصة HDX). لا يمكن تصدير غير 3W للمنظمات بهذه الطريقة.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>للشركاء</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Recorded by officer</source>
        <translation>سجّلها الضابط</translation>
    </message>
    <message>
        <source>Recorded on device</source>
        <translation>سُجّلت على الجهاز</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>القادمة</translation>
    </message>
    <message>
        <source>assigned to the officer (areas of responsibility)</source>
        <translation>المُسندة إلى الضابط (مناطق المسؤولية)</translation>
    </message>
    <message>
        <source>due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>from a meeting in the area or an area inside it</source>
        <translation>الناتجة عن اجتماع في المنطقة أو في منطقة تقع ضمنها</translation>
    </message>
    <message>
        <source>in the area or an area inside it</source>
        <translation>في المنطقة أو في منطقة تقع ضمنها</translation>
    </message>
    <message>
        <source>in the area or an area inside it (the contact&apos;s own area)</source>
        <translation>في المنطقة أو في منطقة تقع ضمنها (منطقة جهة الاتصال نفسها)</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>owned by one of its contacts, or from one of its meetings</source>
        <translation>التي يتولاها أحد جهات اتصالها، أو الناتجة عن أحد اجتماعاتها</translation>
    </message>
    <message>
        <source>recorded on the officer&apos;s device</source>
        <translation>المسجَّلة على جهاز الضابط</translation>
    </message>
    <message>
        <source>starting (UTC day)</source>
        <translation>البدء (اليوم بتوقيت UTC)</translation>
    </message>
    <message>
        <source>the area and the areas inside it</source>
        <translation>المنطقة والمناطق الواقعة ضمنها</translation>
    </message>
    <message>
        <source>the organization and its branches</source>
        <translation>المنظمة وفروعها</translation>
    </message>
    <message>
        <source>the organization represented, or one of its contacts attending</source>
        <translation>المنظمة ممثَّلة، أو بحضور أحد جهات اتصالها</translation>
    </message>
    <message>
        <source>the organization&apos;s contacts</source>
        <translation>جهات اتصال المنظمة</translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery key.</source>
        <translation>عبارة المرور أو مفتاح الاسترداد غير صحيح.</translation>
    </message>
    <message>
        <source>That record is not here: deleted, purged or never received.</source>
        <translation>هذا السجل غير موجود هنا: محذوف أو محذوف نهائيًا أو لم يُستلم قط.</translation>
    </message>
    <message>
        <source>Another task is writing to the profile; try again when it ends.</source>
        <translation>مهمة أخرى تكتب في الملف الشخصي؛ أعد المحاولة عند انتهائها.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>القرص ممتلئ: لم يُغيَّر أي شيء. أفرغ بعض المساحة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Liaison: upgrade to open it.</source>
        <translation>كُتب هذا الملف الشخصي بإصدار أحدث من Liaison: رقِّ البرنامج لفتحه.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: wait a moment before trying again.</source>
        <translation>أُدخلت عبارات مرور خاطئة كثيرة: انتظر قليلًا قبل أن تعيد المحاولة.</translation>
    </message>
    <message>
        <source>The system refuses access to a file or folder of the profile.</source>
        <translation>يرفض النظام الوصول إلى ملف أو مجلد من الملف الشخصي.</translation>
    </message>
    <message>
        <source>Engagements per day</source>
        <translation>اللقاءات يوميًا</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Redaction: %1</source>
        <translation>التنقيح: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>the officer</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>صدر في %1 عن %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا يوجد.</translation>
    </message>
    <message>
        <source>Chief CIMIC (action)</source>
        <translation>رئيس التعاون المدني العسكري (للإجراء)</translation>
    </message>
    <message>
        <source>Sector HQ (information)</source>
        <translation>مقر القطاع (للعلم)</translation>
    </message>
    <message>
        <source>File</source>
        <comment>distribution</comment>
        <translation>الحفظ</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>وسائل الاتصال</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>محذوف أو محتفَظ به</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>عدم الاتصال</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>عدم المشاركة</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>تاريخ الإنجاز</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>MGRS grid</source>
        <translation>إحداثيات MGRS</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>مستوى الحساسية</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>نطاق المشاركة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <source>action item</source>
        <translation>إجراء متابعة</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>إجراءات المتابعة</translation>
    </message>
    <message>
        <source>area</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>المنظمات</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Armed group</source>
        <translation>جماعة مسلحة</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>متعثر</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>Community / religious</source>
        <translation>مجتمعي / ديني</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>اجتماع تنسيقي</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>ضابط ميداني</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <source>HQ only</source>
        <translation>المقر فقط</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Key leader engagement</source>
        <translation>لقاء مع قائد رئيسي</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>سلطة محلية</translation>
    </message>
    <message>
        <source>Local — never leaves this laptop</source>
        <translation>محلي — لا يغادر هذا الحاسوب أبدًا</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>مراسلة فورية</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>جهة عسكرية</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <source>NGO / INGO</source>
        <translation>منظمة غير حكومية / دولية</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>شرطة</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <source>Province / region (adm1)</source>
        <translation>محافظة / إقليم (adm1)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>لاسلكي</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Red Cross / Red Crescent</source>
        <translation>الصليب الأحمر / الهلال الأحمر</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>STRICTLY CONFIDENTIAL</source>
        <translation>سري للغاية</translation>
    </message>
    <message>
        <source>Sector / commune (adm3)</source>
        <translation>ناحية / بلدية (adm3)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <source>Territory / district (adm2)</source>
        <translation>قضاء / مديرية (adm2)</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>وكالة تابعة للأمم المتحدة</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>غير مصنف</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
</context>
</TS>
