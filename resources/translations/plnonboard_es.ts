<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/page_about.py" line="+38"/>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This helps suggest chats and people that fit you. You can change it later.</source>
        <translation>Esto ayuda a sugerirte chats y personas que encajen contigo. Puedes cambiarlo más tarde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your first name (optional)</source>
        <translation>Tu nombre (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;first name (optional):</source>
        <translation>Tu nom&amp;bre (opcional):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade band</source>
        <translation>Nivel escolar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grade bands:</source>
        <translation>Niveles &amp;escolares:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subjects</source>
        <translation>Materias</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Subjects (press Space to tick):</source>
        <translation>&amp;Materias (pulsa Espacio para marcar):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platforms you use:</source>
        <translation>&amp;Plataformas que usas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your time zone</source>
        <translation>Tu zona horaria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;time zone:</source>
        <translation>Tu &amp;zona horaria:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Not a time zone yet</source>
        <translation>Todavía no es una zona horaria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is %1 there now</source>
        <translation>Allí ahora son las %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a time zone PLN Onboard knows. Type a city near you, such as Chicago, and pick it from the list.</source>
        <translation>PLN Onboard no conoce la zona horaria «%1». Escribe una ciudad cercana, como Chicago, y elígela de la lista.</translation>
    </message>
</context>
<context>
    <name>AddChatDialog</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/add_chat_dialog.py" line="+25"/>
        <source>Add a chat</source>
        <translation>Agregar un chat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a chat the list does not have. Use the time the host announces, in the host&apos;s time zone; PLN Onboard converts it.</source>
        <translation>Agrega un chat que no está en la lista. Usa la hora que anuncia el anfitrión, en su zona horaria; PLN Onboard la convierte a la tuya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hashtag</source>
        <translation>Hashtag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hashtag:</source>
        <translation>&amp;Hashtag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nombre (opcional):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day, in the host&apos;s time zone</source>
        <translation>Día, en la zona horaria del anfitrión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day (host&apos;s):</source>
        <translation>&amp;Día (del anfitrión):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start time, in the host&apos;s time zone</source>
        <translation>Hora de inicio, en la zona horaria del anfitrión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start (host&apos;s time):</source>
        <translation>&amp;Inicio (hora del anfitrión):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host&apos;s time zone</source>
        <translation>Zona horaria del anfitrión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host&apos;s time &amp;zone:</source>
        <translation>&amp;Zona horaria del anfitrión:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First of the month</source>
        <translation>El primero del mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second of the month</source>
        <translation>El segundo del mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third of the month</source>
        <translation>El tercero del mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fourth of the month</source>
        <translation>El cuarto del mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last of the month</source>
        <translation>El último del mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How &amp;often:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of one session (for every two weeks)</source>
        <translation>Fecha de una sesión (para cada dos semanas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of one sess&amp;ion:</source>
        <translation>Fecha de una &amp;sesión:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add chat</source>
        <translation>&amp;Agregar chat</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type the chat&apos;s hashtag, like #mathchat.</source>
        <translation>Escribe el hashtag del chat, como #mathchat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the host&apos;s time zone from the list (type a city).</source>
        <translation>Elige de la lista la zona horaria del anfitrión (escribe una ciudad).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already in the list; tick it there instead.</source>
        <translation>%1 ya está en la lista; márcalo allí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of one session must be a %1.</source>
        <translation>La fecha de la sesión tiene que caer en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This chat cannot be added: %1</source>
        <translation>No se puede agregar este chat: %1</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../plnonboard/ui/agenda.py" line="+23"/>
        <source>Your time</source>
        <translation>Tu hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host&apos;s time</source>
        <translation>Hora del anfitrión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clashes and boundaries</source>
        <translation>Choques y límites</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda for the week</source>
        <translation>Agenda de la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per chat session. Press Enter on a row to see details.</source>
        <translation>Una fila por cada sesión de chat. Pulsa Intro en una fila para ver los detalles.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>protected day</source>
        <translation>día protegido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no chats</source>
        <translation>sin chats</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>same as yours</source>
        <translation>la misma que la tuya</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No chats this week.</source>
        <translation>No hay chats esta semana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole week: {problem}</source>
        <translation>Toda la semana: {problem}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{chat} (may not run: {seen})</source>
        <translation>{chat} (puede que no se celebre: {seen})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>May not run: {seen}</source>
        <translation>Puede que no se celebre: {seen}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{chat}: skipped, you paused this week</source>
        <translation>{chat}: omitido, pausaste esta semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{chat}: skipped for your pause</source>
        <translation>{chat}: omitido por tu pausa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You paused your chats this week ({pause}, {dates}). Nothing to join.</source>
        <translation>Pausaste tus chats esta semana ({pause}, {dates}). No hay nada a lo que unirse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>pausa</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../plnonboard/ui/launch.py" line="+74"/>
        <location line="+19"/>
        <location line="+22"/>
        <location line="+94"/>
        <source>PLN Onboard</source>
        <translation>PLN Onboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLN Onboard is already open on this computer. Switch to that window; this one will close.</source>
        <translation>PLN Onboard ya está abierto en esta computadora. Cambia a esa ventana; esta se cerrará.</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start over</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Chats in that version: {chats}; follows: {follows}. The unreadable plan stays in the history (plnonboard plan history). Choose Start over to make a new plan instead.</source>
        <translation>Chats en esa versión: {chats}; cuentas y sitios a seguir: {follows}. El plan que no se pudo leer queda en el historial (plnonboard plan history). Elige Empezar de nuevo para crear un plan nuevo.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your plan was changed elsewhere; this is the newest version.</source>
        <translation>Tu plan se cambió en otro lugar; esta es la versión más reciente.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Your saved plan could not be read. Restore the version from {when}?</source>
        <translation>No se pudo leer tu plan guardado. ¿Restaurar la versión del {when}?</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../plnonboard/ui/context.py" line="+270"/>
        <source>The chat directory could not be loaded ({reason}). You can still add your own chats.</source>
        <translation>No se pudo cargar el directorio de chats ({reason}). Aun así puedes agregar tus propios chats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} directory entries were skipped because they are broken (first: {first}).</source>
        <translation>Se omitieron {count} entradas del directorio porque están dañadas (la primera: {first}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The starter follow list could not be loaded ({reason}).</source>
        <translation>No se pudo cargar la lista inicial de cuentas a seguir ({reason}).</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>{reason} Your changes will not be saved until this is fixed; you can still export your plan to a file.</source>
        <translation>{reason} Tus cambios no se guardarán hasta que esto se arregle; aun así puedes exportar tu plan a un archivo.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The store is not available, so the plan could not be saved. Export it to a file instead.</source>
        <translation>El almacén de datos no está disponible, así que no se pudo guardar el plan. Expórtalo a un archivo.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The store is not available.</source>
        <translation>El almacén de datos no está disponible.</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Your plan kept changing elsewhere while saving; please try again.</source>
        <translation>Tu plan siguió cambiando en otro lugar mientras se guardaba; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Your saved plan could not be read, and no earlier version of it could either. You can make a new one.</source>
        <translation>No se pudo leer tu plan guardado, ni ninguna versión anterior. Puedes crear uno nuevo.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The store is not available, so your answer could not be kept.</source>
        <translation>El almacén no está disponible, así que no se pudo guardar tu respuesta.</translation>
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/page_boundaries.py" line="+27"/>
        <source>Your boundaries</source>
        <translation>Tus límites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set limits now, while you are rested. The next pages only suggest chats that fit them. You can change them later.</source>
        <translation>Pon tus límites ahora, que estás descansado. Las páginas siguientes solo te sugieren chats que los respetan. Puedes cambiarlos más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To go on, tick the three student-privacy promises.</source>
        <translation>Para seguir, marca los tres compromisos de privacidad de tus estudiantes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes a week for chats</source>
        <translation>Minutos a la semana para chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes a week for chats:</source>
        <translation>&amp;Minutos a la semana para chats:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chats a week, at most</source>
        <translation>Chats a la semana, como máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hats a week, at most:</source>
        <translation>C&amp;hats a la semana, como máximo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min before</source>
        <translation> min antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder before a chat</source>
        <translation>Recordatorio antes de un chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Recordatorio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected day</source>
        <translation>Día protegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Protected days (no chats):</source>
        <translation>Días &amp;protegidos (sin chats):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quiet hours (no chats; a window may run past midnight)</source>
        <translation>Horas de &amp;descanso (sin chats; una franja puede pasar de la medianoche)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eparate school and personal accounts</source>
        <translation>Cuentas s&amp;eparadas para la escuela y para lo personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate school and personal accounts</source>
        <translation>Cuentas separadas para la escuela y para lo personal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your school account stays professional and can follow colleagues and families; your personal one can be yourself. Recommended if your school has a social media policy.</source>
        <translation>Tu cuenta de la escuela se mantiene profesional y puede seguir a colegas y familias; en la personal puedes ser tú. Recomendado si tu escuela tiene una política de redes sociales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;One account for everything</source>
        <translation>&amp;Una sola cuenta para todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One account for everything</source>
        <translation>Una sola cuenta para todo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a persona&amp;l account</source>
        <translation>Solo una cuenta persona&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a personal account</source>
        <translation>Solo una cuenta personal</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Simpler to keep up with, and one network grows faster. Post as if your principal, your students&apos; families and a future employer all read it.</source>
        <translation>Es más fácil de llevar y una sola red crece más rápido. Publica como si te leyeran tu director, las familias de tus estudiantes y un futuro empleador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine for learning as yourself: lurk and join chats. Keep it free of anything about your students, and check your district&apos;s social media policy; your principal and families may still find it.</source>
        <translation>Sirve para aprender como tú mismo: observa y participa en chats. No publiques nada sobre tus estudiantes y revisa la política de redes sociales de tu distrito; tu director y las familias pueden encontrarla igualmente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simpler to keep up with, and one network grows faster. Post as if your head teacher, your students&apos; families and a future employer all read it.</source>
        <translation>Es más fácil de llevar y una sola red crece más rápido. Publica como si te leyeran tu director, las familias de tus estudiantes y un futuro empleador.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Student privacy (tick each one to go on)</source>
        <translation>Privacidad de tus estudiantes (marca cada uno para seguir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I will never post students&apos; names, faces or work that identifies them.</source>
        <translation>Nunca publicaré nombres, caras ni trabajos que identifiquen a mis estudiantes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will not use a school-issued email address for a personal account.</source>
        <translation>No usaré un correo de la escuela para una cuenta personal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know everything I write in a chat is public and stays public.</source>
        <translation>Sé que todo lo que escribo en un chat es público y seguirá siéndolo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How your chosen chats fit these limits</source>
        <translation>Cómo encajan tus chats elegidos en estos límites</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Fine for learning as yourself: lurk and join chats. Keep it free of anything about your students, and check your school&apos;s social media policy; your head teacher and families may still find it.</source>
        <translation>Sirve para aprender como tú mismo: observa y participa en chats. No publiques nada sobre tus estudiantes y revisa la política de redes sociales de tu escuela; tu director y las familias pueden encontrarla igualmente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simpler to keep up with, and one network grows faster. Post as if your school&apos;s leaders, your students&apos; families and a future employer all read it.</source>
        <translation>Es más fácil de llevar y una sola red crece más rápido. Publica como si te leyeran el equipo directivo de tu escuela, las familias de tus estudiantes y un futuro empleador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine for learning as yourself: lurk and join chats. Keep it free of anything about your students, and check your school&apos;s social media policy; your school&apos;s leaders and families may still find it.</source>
        <translation>Sirve para aprender como tú mismo: observa y participa en chats. No publiques nada sobre tus estudiantes y revisa la política de redes sociales de tu escuela; el equipo directivo y las familias pueden encontrarla igualmente.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Your chosen chats fit these limits this week.</source>
        <translation>Tus chats elegidos caben en estos límites esta semana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With these limits, this week:</source>
        <translation>Con estos límites, esta semana:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…and more; the chats page shows them all.</source>
        <translation>…y más; la página de chats los muestra todos.</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Pa&amp;uses (holidays and busy weeks with no chats)</source>
        <translation>Pausas (vacaciones y semanas &amp;ocupadas sin chats)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;School hours (the days and times you teach; no chats then)</source>
        <translation>&amp;Horario escolar (los días y horas en que das clase; sin chats entonces)</translation>
    </message>
</context>
<context>
    <name>BudgetBar</name>
    <message>
        <location filename="../../plnonboard/ui/mainwindow/budget.py" line="+30"/>
        <source>Weekly time budget</source>
        <translation>Tiempo semanal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{minutes} of {budget} minutes this week: {over} over your budget</source>
        <translation>{minutes} de {budget} minutos esta semana: {over} de más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} of {budget} minutes this week</source>
        <translation>{minutes} de {budget} minutos esta semana</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Over budget</source>
        <translation>Por encima del presupuesto</translation>
    </message>
</context>
<context>
    <name>ChatDetails</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/chat_details.py" line="+35"/>
        <source>Chat details</source>
        <translation>Detalles del chat</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On: %1</source>
        <translation>En: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why it is suggested: %1</source>
        <translation>Por qué se sugiere: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Source %1</source>
        <translation>Fuente %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Chat page</source>
        <translation>Página del chat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open %1 in the browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added by you</source>
        <translation>Agregado por ti</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No upcoming session (%1)</source>
        <translation>No hay próximas sesiones (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: %1, %2 (%3)</source>
        <translation>Próxima: %1, %2 (%3)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Last seen: %1</source>
        <translation>Visto por última vez: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: %1</source>
        <translation>Pruebas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also uses: %1</source>
        <translation>También usa: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No set time: read and post whenever suits you.</source>
        <translation>Sin hora fija: lee y publica cuando te venga bien.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Look at the newest posts first: a quiet community is still free to read, and you can add it anyway.</source>
        <translation>Mira primero las publicaciones más recientes: una comunidad tranquila se puede leer igual, y puedes agregarla de todos modos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may not run any more: look at its hashtag before you plan around it. You can still tick it.</source>
        <translation>Puede que ya no se haga: mira su hashtag antes de contar con él. Aun así puedes marcarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to join:</source>
        <translation>Cómo unirte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>How to join</source>
        <translation>Cómo unirte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick a chat or community in the list to read about it here.</source>
        <translation>Elige un chat o una comunidad de la lista para leer sobre ellos aquí.</translation>
    </message>
</context>
<context>
    <name>ChatDetailsDialog</name>
    <message>
        <location filename="../../plnonboard/ui/chat_details.py" line="+83"/>
        <source>{hashtag} details</source>
        <translation>Detalles de {hashtag}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Details of {hashtag}</source>
        <translation>Detalles de {hashtag}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your time:</source>
        <translation>Tu hora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} in {city} ({offset})</source>
        <translation>{when} en {city} ({offset})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} ({zone}, {offset})</source>
        <translation>{when} ({zone}, {offset})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clocks change that night, so it starts at {time} host time.</source>
        <translation>Esa noche se cambia la hora, así que empieza a las {time}, hora del anfitrión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host&apos;s time:</source>
        <translation>Hora del anfitrión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often:</source>
        <translation>Frecuencia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The length ({minutes} minutes) is a guess; the community did not say.</source>
        <translation>La duración ({minutes} minutos) es aproximada; la comunidad no la indicó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This session:</source>
        <translation>Esta sesión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About:</source>
        <translation>De qué trata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to join:</source>
        <translation>Cómo participar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch out:</source>
        <translation>Ojo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your usual ({minutes} minutes before)</source>
        <translation>El de siempre ({minutes} minutos antes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minutes before</source>
        <translation> minutos antes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder for this chat</source>
        <translation>Recordatorio para este chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many minutes before the chat your calendar reminds you. The lowest value means your usual reminder.</source>
        <translation>Cuántos minutos antes del chat te avisa tu calendario. El valor más bajo significa tu recordatorio de siempre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reminder:</source>
        <translation>&amp;Recordatorio:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Drop this chat</source>
        <translation>&amp;Quitar este chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take {hashtag} out of your plan</source>
        <translation>Quitar {hashtag} de tu plan</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>At the time, search for {hashtag} and read the newest posts; reply with the hashtag to take part.</source>
        <translation>A la hora del chat, busca {hashtag} y lee las publicaciones más recientes; responde con el hashtag para participar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search on {platform}</source>
        <translation>Buscar en {platform}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open source {url}</source>
        <translation>Abrir la fuente {url}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop this chat?</source>
        <translation>¿Quitar este chat?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take {hashtag} out of your plan? You can add it again with Edit plan.</source>
        <translation>¿Quitar {hashtag} de tu plan? Puedes volver a agregarlo con Editar plan.</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+103"/>
        <source>Running for you: {seen}</source>
        <translation>Activo para ti: {seen}</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+103"/>
        <source>May not run: {seen}</source>
        <translation>Puede que no se celebre: {seen}</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>For you:</source>
        <translation>Para ti:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers about this chat</source>
        <translation>Tus respuestas sobre este chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers:</source>
        <translation>Tus respuestas:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Did it happen? ({day})</source>
        <translation>¿Se celebró? ({day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It ran, I was &amp;there</source>
        <translation>Se celebró, &amp;estuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ran, I &amp;lurked</source>
        <translation>Se celebró, solo &amp;leí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nobody was there</source>
        <translation>&amp;No había nadie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your answer stays on this computer. It tells PLN Onboard whether this chat still runs.</source>
        <translation>Tu respuesta se queda en este ordenador. Le dice a PLN Onboard si este chat sigue celebrándose.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nobody was there the last {count} times. It may have stopped: you could drop it from your plan.</source>
        <translation>No había nadie las últimas {count} veces. Puede que haya terminado: podrías quitarlo de tu plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thanks. {hashtag} counts as running for you.</source>
        <translation>Gracias. {hashtag} cuenta como activo para ti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thanks. Your answer is kept with its date.</source>
        <translation>Gracias. Tu respuesta se guarda con su fecha.</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/chat_model.py" line="+95"/>
        <source>Next %1: %2</source>
        <translation>Próxima el %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no upcoming session</source>
        <translation>sin próximas sesiones</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Your time (next 7 days)</source>
        <translation>Tu hora (próximos 7 días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host&apos;s time</source>
        <translation>Hora del anfitrión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Outside your limits. %1</source>
        <translation>Fuera de tus límites. %1</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Live chats: running now, at a set time</source>
        <translation>Chats en vivo: se hacen ahora, a una hora fija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities: read and post on your own time</source>
        <translation>Comunidades: lee y publica cuando quieras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older chats: not confirmed lately, check before you go</source>
        <translation>Chats antiguos: sin confirmar últimamente, compruébalo antes de ir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any time, on your own</source>
        <translation>Cuando quieras, a tu ritmo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You added this chat</source>
        <translation>Agregaste este chat tú</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Chat or community, and its status</source>
        <translation>Chat o comunidad, y su estado</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Suggested: %1</source>
        <translation>Sugerido: %1</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/page_chats.py" line="+82"/>
        <source>hashtag, topic or words</source>
        <translation>hashtag, tema o palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;earch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fits my boundaries only</source>
        <translation>Solo los que caben en mis &amp;límites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only chats that fit my boundaries</source>
        <translation>Mostrar solo los chats que caben en mis límites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a chat…</source>
        <translation>Agr&amp;egar un chat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a chat that is not in the list</source>
        <translation>Agregar un chat que no está en la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any subject</source>
        <translation>Cualquier materia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any grade band</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grade band</source>
        <translation>Nivel escolar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day, in your time zone</source>
        <translation>Día, en tu zona horaria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grade:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;y:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Chat details</source>
        <translation>Detalles del chat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summary of your chosen chats</source>
        <translation>Resumen de tus chats elegidos</translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>%n chat(s)</source>
        <translation>
            <numerusform>%n chat</numerusform>
            <numerusform>%n chats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 min this week</source>
        <translation>%1 de %2 min esta semana</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n choque</numerusform>
            <numerusform>%n choques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(over your budget)</source>
        <translation>(más de tu tiempo semanal)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>…and %n more; the summary lists them all.</source>
        <translation>
            <numerusform>…y %n más; el resumen los muestra todos.</numerusform>
            <numerusform>…y %n más; el resumen los muestra todos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Choose chats and communities</source>
        <translation>Elige chats y comunidades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Few live chats are left: most teachers now meet in communities, a hashtag or feed you read and answer on your own time. A community is as good a start as a chat. Tick what you would like to try; times are in your time zone. You can change this later.</source>
        <translation>Quedan pocos chats en vivo: la mayoría de docentes se encuentra ahora en comunidades, un hashtag o un feed que lees y respondes cuando quieres. Una comunidad es tan buen comienzo como un chat. Marca lo que te gustaría probar; las horas están en tu zona horaria. Puedes cambiarlo más tarde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Running only</source>
        <translation>Solo en ma&amp;rcha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only chats and communities seen running lately</source>
        <translation>Mostrar solo chats y comunidades vistos en marcha hace poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;my platforms</source>
        <translation>En &amp;mis plataformas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only chats and communities on the platforms you use</source>
        <translation>Mostrar solo chats y comunidades de las plataformas que usas</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What the list shows</source>
        <translation>Qué muestra la lista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chats and communities</source>
        <translation>Chats y comunidades</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Tick your platforms on the “About you” page first.</source>
        <translation>Marca antes tus plataformas en la página «Sobre ti».</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing matches your search and filters.</source>
        <translation>Nada coincide con tu búsqueda y tus filtros.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more are not known to run now or are on platforms you do not use: untick Running only or On my platforms to see them, each with its status.</source>
        <translation>
            <numerusform>%n más no se sabe si siguen en marcha o está en plataformas que no usas: desmarca Solo en marcha o En mis plataformas para verlo, con su estado.</numerusform>
            <numerusform>%n más no se sabe si siguen en marcha o están en plataformas que no usas: desmarca Solo en marcha o En mis plataformas para verlos, cada uno con su estado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more are not known to run now: untick Running only to see them, each with its status.</source>
        <translation>
            <numerusform>%n más no se sabe si sigue en marcha: desmarca Solo en marcha para verlo, con su estado.</numerusform>
            <numerusform>%n más no se sabe si siguen en marcha: desmarca Solo en marcha para verlos, cada uno con su estado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more are on platforms you do not use: untick On my platforms to see them.</source>
        <translation>
            <numerusform>%n más está en plataformas que no usas: desmarca En mis plataformas para verlo.</numerusform>
            <numerusform>%n más están en plataformas que no usas: desmarca En mis plataformas para verlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n community(ies)</source>
        <translation>
            <numerusform>%n comunidad</numerusform>
            <numerusform>%n comunidades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../plnonboard/ui/export_actions.py" line="+26"/>
        <source>Starter page to share (web page)</source>
        <translation>Guía de inicio para compartir (página web)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starter page to print (PDF, A4)</source>
        <translation>Guía de inicio para imprimir (PDF, A4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starter page to print (PDF, US Letter)</source>
        <translation>Guía de inicio para imprimir (PDF, carta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starter page (Markdown)</source>
        <translation>Guía de inicio (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastodon follow import (CSV)</source>
        <translation>Importación de seguidos para Mastodon (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blogs for a feed reader (OPML)</source>
        <translation>Blogs para un lector de feeds (OPML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bluesky handles (text)</source>
        <translation>Usuarios de Bluesky (texto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow list for a spreadsheet (CSV)</source>
        <translation>Lista para seguir, para una hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, machine-readable (JSON)</source>
        <translation>Todo, en formato para programas (JSON)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your chats with their times, who to follow and why, and your boundaries. Open it in a browser or send it to a colleague.</source>
        <translation>Tus chats con sus horarios, a quién seguir y por qué, y tus límites. Ábrela en un navegador o envíala a un colega.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same page, ready to print on A4 paper.</source>
        <translation>La misma página, lista para imprimir en papel A4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same page, ready to print on US Letter paper.</source>
        <translation>La misma página, lista para imprimir en papel carta (US Letter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same page as text, to paste into a wiki or a shared document.</source>
        <translation>La misma página como texto, para pegarla en una wiki o un documento compartido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Mastodon accounts, in the file Mastodon&apos;s own import reads.</source>
        <translation>Tus cuentas de Mastodon, en el archivo que lee la importación de Mastodon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your blogs that have feeds, for Feedly, Inoreader, NetNewsWire or Thunderbird.</source>
        <translation>Tus blogs que tienen feed, para Feedly, Inoreader, NetNewsWire o Thunderbird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Bluesky accounts, one per line (Bluesky has no follow import).</source>
        <translation>Tus cuentas de Bluesky, una por línea (Bluesky no permite importar seguidos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you follow, for Excel, LibreOffice or Google Sheets.</source>
        <translation>Todo lo que sigues, para Excel, LibreOffice u Hojas de cálculo de Google.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your whole plan with each chat&apos;s next times, for scripts.</source>
        <translation>Todo tu plan con los próximos horarios de cada chat, para programas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your starter page</source>
        <translation>tu guía de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>your starter page to print</source>
        <translation>tu guía de inicio para imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your starter page as Markdown</source>
        <translation>tu guía de inicio en Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your Mastodon follow list</source>
        <translation>tu lista de seguidos de Mastodon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your blogs for a feed reader</source>
        <translation>tus blogs para un lector de feeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your Bluesky handles</source>
        <translation>tus usuarios de Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your follow list for a spreadsheet</source>
        <translation>tu lista de seguidos para una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your whole plan as JSON</source>
        <translation>todo tu plan en JSON</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>In Mastodon, open Preferences, then Import and export, then Import; choose &quot;Following list&quot; and this file.</source>
        <translation>En Mastodon, abre Preferencias, luego Importar y exportar, luego Importar; elige «Lista de seguidos» y este archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your feed reader, choose Import (OPML) and pick this file.</source>
        <translation>En tu lector de feeds, elige Importar (OPML) y selecciona este archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bluesky cannot import a list: follow each handle from the file, or add them to a starter pack.</source>
        <translation>Bluesky no puede importar una lista: sigue cada usuario del archivo o agrégalos a un starter pack.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it in a browser, or send it to a colleague.</source>
        <translation>Ábrelo en un navegador o envíaselo a un colega.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Print it or send it to a colleague.</source>
        <translation>Imprímelo o envíaselo a un colega.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>an unexpected error ({name})</source>
        <translation>un error inesperado ({name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan has no Mastodon accounts to follow yet, so there is nothing for Mastodon to import (hashtags and servers cannot be imported). No file was written.</source>
        <translation>Tu plan aún no tiene cuentas de Mastodon que seguir, así que Mastodon no tiene nada que importar (las etiquetas y los servidores no se pueden importar). No se escribió ningún archivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file was not saved: {reason}.</source>
        <translation>No se guardó el archivo: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chat calendar</source>
        <translation>Exportar el calendario de chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar file (iCalendar)</source>
        <translation>Archivo de calendario (iCalendar)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved your chat calendar to {path} (%n recurring chat(s)).</source>
        <translation>Tu calendario de chats se guardó en {path} (chats periódicos: %n).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import this file in your calendar app. Each chat keeps its host&apos;s time zone, so it stays right when the clocks change. Google Calendar ignores reminders in a file: set them there if you want them.</source>
        <translation>Importa este archivo en tu app de calendario. Cada chat conserva la zona horaria de su anfitrión, así que la hora sigue siendo correcta cuando se cambia la hora. Google Calendar ignora los recordatorios de un archivo: ponlos allí si los quieres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar exported</source>
        <translation>Calendario exportado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export starter list</source>
        <translation>Exportar la lista inicial</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved {what} to {path}.</source>
        <translation>Se guardó {what} en {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starter list exported</source>
        <translation>Lista inicial exportada</translation>
    </message>
</context>
<context>
    <name>FirstChat</name>
    <message>
        <location filename="../../plnonboard/ui/first_chat.py" line="+18"/>
        <source>What a chat is</source>
        <translation>Qué es un chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chat is an hour, at a set time each week, when teachers post about one topic with the same hashtag, such as #edchat. A host posts questions: Q1, Q2… People answer with A1, A2… and the hashtag, so everyone searching the hashtag sees them.</source>
        <translation>Un chat es una hora, a una hora fija cada semana, en la que docentes publican sobre un tema con el mismo hashtag, como #edchat. Quien modera publica preguntas: Q1, Q2… La gente responde con A1, A2… y el hashtag, para que quien busque el hashtag lo vea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lurk first</source>
        <translation>Primero, solo lee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your first chat, just read. Search the hashtag a few minutes before the time, choose the newest posts, and watch the questions and answers go by. Reading along is a normal way to take part.</source>
        <translation>En tu primer chat, solo lee. Busca el hashtag unos minutos antes de la hora, elige las publicaciones más recientes y mira pasar las preguntas y respuestas. Leer sin escribir es una forma normal de participar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not try to keep up with everything. Like or save the posts you want to come back to.</source>
        <translation>No intentes seguirlo todo. Marca con «me gusta» o guarda las publicaciones a las que quieras volver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replying on Bluesky</source>
        <translation>Responder en Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the hashtag, open the newest posts, and reply to the host&apos;s question. Start your post with the answer number (A1) and put the hashtag in it, or people following the chat will not see it. Bluesky accounts are always public.</source>
        <translation>Busca el hashtag, abre las publicaciones más recientes y responde a la pregunta de quien modera. Empieza con el número de respuesta (A1) e incluye el hashtag, o quienes siguen el chat no lo verán. Las cuentas de Bluesky son siempre públicas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replying on Mastodon</source>
        <translation>Responder en Mastodon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the hashtag or follow it, reply to the question, and add the hashtag. Make the post Public: posts for followers only, or quiet public ones, do not show in the hashtag&apos;s timeline.</source>
        <translation>Busca el hashtag o síguelo, responde a la pregunta y añade el hashtag. Publica como «Público»: las publicaciones solo para seguidores o «públicas silenciosas» no aparecen en la línea del hashtag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your accounts</source>
        <translation>Tus cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use a school-issued email address for a personal account. A separate school account keeps your teaching life professional; if you use one account for everything, post as if your head teacher or principal, your students&apos; families and a future employer all read it.</source>
        <translation>No uses un correo del centro para una cuenta personal. Una cuenta del centro aparte mantiene profesional tu vida docente; si usas una sola cuenta para todo, publica como si te leyeran la dirección del centro, las familias de tu alumnado y un futuro empleador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Student privacy</source>
        <translation>Privacidad del alumnado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Never post students&apos; names, faces, or work that identifies them.</source>
        <translation>• Nunca publiques nombres, caras ni trabajos que identifiquen a tu alumnado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Do not name your school or colleagues in a chat.</source>
        <translation>• No nombres tu centro ni a tus colegas en un chat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Everything you write in a chat is public and stays public.</source>
        <translation>• Todo lo que escribes en un chat es público y sigue siéndolo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to leave</source>
        <translation>Cómo dejarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can stop reading at any time: nobody needs a goodbye. To stop for good, take the chat out of your plan (its details have Drop this chat) and export your calendar again. For a break, add a pause from the Plan menu.</source>
        <translation>Puedes dejar de leer cuando quieras: nadie espera una despedida. Para dejarlo del todo, quita el chat de tu plan (en sus detalles, Quitar este chat) y exporta de nuevo tu calendario. Para un descanso, añade una pausa desde el menú Plan.</translation>
    </message>
</context>
<context>
    <name>FirstChatDialog</name>
    <message>
        <location line="+24"/>
        <source>Your first chat</source>
        <translation>Tu primer chat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your first chat: help text</source>
        <translation>Tu primer chat: texto de ayuda</translation>
    </message>
</context>
<context>
    <name>FollowDialog</name>
    <message>
        <location filename="../../plnonboard/ui/follow_dialog.py" line="+31"/>
        <source>Follow on Bluesky or Mastodon</source>
        <translation>Seguir en Bluesky o Mastodon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PLN Onboard can follow the people and hashtags in your plan for you, and undo it later. First you see every step; nothing happens on your account until you press the button under it.</source>
        <translation>PLN Onboard puede seguir por ti a las personas y los hashtags de tu plan, y deshacerlo más tarde. Primero ves cada paso; no pasa nada en tu cuenta hasta que pulsas el botón de abajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bluesky</source>
        <translation>&amp;Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mastodon</source>
        <translation>&amp;Mastodon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your Bluesky account</source>
        <translation>Tu cuenta de Bluesky</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Bluesky handle</source>
        <translation>Tu usuario de Bluesky</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account&apos;s server</source>
        <translation>El servidor de tu cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;App password:</source>
        <translation>Contraseña de &amp;aplicación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use an app password, never your account password: in Bluesky, Settings → Privacy and security → App passwords → Add. It is kept in your computer&apos;s password keyring, nowhere else.</source>
        <translation>Usa una contraseña de aplicación, nunca la de tu cuenta: en Bluesky, Ajustes → Privacidad y seguridad → Contraseñas de aplicación → Añadir. Se guarda en el llavero de contraseñas de tu computadora y en ningún otro sitio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow them</source>
        <translation>&amp;Seguirlos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also put them on my own &amp;list</source>
        <translation>Ponerlos también en mi propia &amp;lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My PLN</source>
        <translation>Mi PLN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List name</source>
        <translation>Nombre de la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also make my own &amp;starter pack</source>
        <translation>Crear también mi propio paquete de i&amp;nicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My starter PLN</source>
        <translation>Mi PLN de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starter pack name</source>
        <translation>Nombre del paquete de inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&amp;ist name:</source>
        <translation>Nombre de la l&amp;ista:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack nam&amp;e:</source>
        <translation>Nombre del paqu&amp;ete:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists and starter packs on Bluesky are public: anyone can see who is on them. You tick each person in the next step.</source>
        <translation>Las listas y los paquetes de inicio de Bluesky son públicos: cualquiera puede ver quién está en ellos. Marcas a cada persona en el siguiente paso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Mastodon account</source>
        <translation>Tu cuenta de Mastodon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Mastodon server</source>
        <translation>Tu servidor de Mastodon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make one in Mastodon: Preferences → Development → New application, with only the scopes read:search and write:follows, then copy “Your access token”. It is kept in your computer&apos;s password keyring, nowhere else.</source>
        <translation>Crea uno en Mastodon: Preferencias → Desarrollo → Nueva aplicación, solo con los permisos read:search y write:follows, y copia «Tu token de acceso». Se guarda en el llavero de contraseñas de tu computadora y en ningún otro sitio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Earlier runs</source>
        <translation>Ejecuciones anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ndo the chosen run</source>
        <translation>Des&amp;hacer la ejecución elegida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preview what will happen</source>
        <translation>Vista &amp;previa de lo que va a pasar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Do</source>
        <translation>Hacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who or what</source>
        <translation>Quién o qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is in your plan</source>
        <translation>Por qué está en tu plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step, with a tick to include it</source>
        <translation>Cada paso, con una marca para incluirlo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Do the ticked steps</source>
        <translation>Hacer los pasos mar&amp;cados</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type your Bluesky handle first.</source>
        <translation>Escribe primero tu usuario de Bluesky.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste your access token first.</source>
        <translation>Pega primero tu token de acceso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That name is longer than Bluesky allows (%1 characters).</source>
        <translation>Ese nombre es más largo de lo que Bluesky permite (%1 caracteres).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking up every account…</source>
        <translation>Buscando cada cuenta…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 steps on %2 for %3. Untick anything you do not want. Already done and not found are shown so you know; they are left alone.</source>
        <translation>%1 pasos en %2 para %3. Desmarca lo que no quieras. Lo ya hecho y lo no encontrado se muestran para que lo sepas; no se tocan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your list and starter pack are public: tick only people who would expect to be on them.</source>
        <translation>Tu lista y tu paquete de inicio son públicos: marca solo a personas que esperarían estar en ellos.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo this run</source>
        <translation>Deshacer esta e&amp;jecución</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your data folder cannot be written, so a run could not be recorded or undone.</source>
        <translation>No se puede escribir en tu carpeta de datos, así que una ejecución no se podría registrar ni deshacer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your app password first.</source>
        <translation>Escribe primero tu contraseña de aplicación.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Working… You can stop at any time; what is done stays recorded.</source>
        <translation>Trabajando… Puedes detenerlo cuando quieras; lo hecho queda registrado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undone: %1 removed. Follows you had before are untouched.</source>
        <translation>Deshecho: %1 quitados. Lo que ya seguías antes no se toca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Followed: %1</source>
        <translation>Seguidos: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hashtags followed: %1</source>
        <translation>Hashtags seguidos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to your list: %1</source>
        <translation>Agregados a tu lista: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to your starter pack (you included): %1</source>
        <translation>Agregados a tu paquete de inicio (tú incluido): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already done before: %1</source>
        <translation>Ya hecho antes: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing needed doing.</source>
        <translation>No hacía falta hacer nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made your starter pack “%1”.</source>
        <translation>Se creó tu paquete de inicio «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made your list “%1”.</source>
        <translation>Se creó tu lista «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not found (check the spelling in your plan): %1</source>
        <translation>No encontrados (revisa cómo están escritos en tu plan): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press the button again after %1 to continue where it stopped.</source>
        <translation>Pulsa el botón otra vez después de las %1 para seguir donde se detuvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was run %1. “Undo this run” removes exactly what it made.</source>
        <translation>Esta fue la ejecución %1. «Deshacer esta ejecución» quita exactamente lo que hizo.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/follow_words.py" line="+11"/>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to your list</source>
        <translation>Agregar a tu lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to your starter pack</source>
        <translation>Agregar a tu paquete de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow hashtag</source>
        <translation>Seguir hashtag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make list</source>
        <translation>Crear lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make starter pack</source>
        <translation>Crear paquete de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the starter pack&apos;s list</source>
        <translation>Crear la lista del paquete de inicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to do</source>
        <translation>por hacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already done</source>
        <translation>ya hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left out</source>
        <translation>excluido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the sign-in. Check the app password or token, or make a new one.</source>
        <translation>El servidor rechazó el inicio de sesión. Revisa la contraseña de aplicación o el token, o crea uno nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asked to slow down.</source>
        <translation>El servidor pidió ir más despacio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused to stay under the platform&apos;s limit.</source>
        <translation>En pausa para no pasar el límite de la plataforma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not be reached. Check your connection.</source>
        <translation>No se pudo llegar al servidor. Revisa tu conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped. Nothing more was sent.</source>
        <translation>Detenido. No se envió nada más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused a request.</source>
        <translation>El servidor rechazó una petición.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 · %2 %3 · %4 made · %5</source>
        <translation>Ejecución %1 · %2 %3 · %4 hechos · %5</translation>
    </message>
</context>
<context>
    <name>FollowsPage</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/page_follows.py" line="+41"/>
        <source>Your follow list</source>
        <translation>Tu lista para seguir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few people, hashtags and blogs to start with, chosen from your subjects and chats. Untick what you do not want; add your own. You can change this later.</source>
        <translation>Algunas personas, hashtags y blogs para empezar, elegidos según tus materias y chats. Desmarca lo que no quieras y agrega los tuyos. Puedes cambiarlo más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow</source>
        <translation>A quién seguir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>En</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested follows</source>
        <translation>Sugerencias para seguir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Suggestions (press Space to tick):</source>
        <translation>&amp;Sugerencias (pulsa Espacio para marcar):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Platform of your own follow</source>
        <translation>Plataforma de la cuenta que agregas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle or web address to follow</source>
        <translation>Usuario o dirección web para seguir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note about this follow (optional)</source>
        <translation>Nota sobre esta cuenta (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why you follow them (optional)</source>
        <translation>por qué la sigues (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd</source>
        <translation>Agr&amp;egar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own follow</source>
        <translation>Agrega una cuenta tuya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Handle or address:</source>
        <translation>&amp;Usuario o dirección:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+76"/>
        <source>added by you</source>
        <translation>agregado por ti</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n marcado</numerusform>
            <numerusform>%n marcados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is already in the list; it is ticked now.</source>
        <translation>%1 ya está en la lista; ahora está marcado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a handle or address first, like %1.</source>
        <translation>Primero escribe un usuario o una dirección, como %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a Mastodon address. It looks like %1.</source>
        <translation>Eso no es una dirección de Mastodon. Se parece a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a Bluesky handle. It looks like %1 (no @).</source>
        <translation>Eso no es un usuario de Bluesky. Se parece a %1 (sin @).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not an X handle. It looks like %1: up to 15 letters, digits or _.</source>
        <translation>Eso no es un usuario de X. Se parece a %1: hasta 15 letras, números o _.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a web address. It starts with http:// or https://, like %1.</source>
        <translation>Eso no es una dirección web. Empieza por http:// o https://, como %1.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Subjects without suggestions</source>
        <translation>Materias sin sugerencias</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>We have no suggestions for %1 yet. Add people, hashtags or blogs you know below: choose the platform, type the handle or web address, and press Add.</source>
        <translation>Aún no tenemos sugerencias para %1. Agrega abajo personas, hashtags o blogs que conozcas: elige la plataforma, escribe el usuario o la dirección web y pulsa Agregar.</translation>
    </message>
</context>
<context>
    <name>FormatDialog</name>
    <message>
        <location filename="../../plnonboard/ui/export_actions.py" line="-201"/>
        <source>Export starter list</source>
        <translation>Exportar la guía de inicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What do you want to save?</source>
        <translation>¿Qué quieres guardar?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Elegir dónde guardar…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../plnonboard/ui/import_dialog.py" line="+22"/>
        <source>Import feeds, lists and calendars</source>
        <translation>Importar feeds, listas y calendarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in a blog&apos;s feed, the list of blogs your feed reader exports (Feedly, Inoreader…), a calendar of chats (.ics) or a chat directory update. Only web addresses (http and https) are read. Nothing is added until you tick it and press Add.</source>
        <translation>Trae el feed de un blog, la lista de blogs que exporta tu lector de feeds (Feedly, Inoreader…), un calendario de chats (.ics) o una actualización del directorio de chats. Solo se leen direcciones web (http y https). No se agrega nada hasta que lo marques y pulses Agregar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick what you want, then press Add.</source>
        <translation>Marca lo que quieras y pulsa Agregar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add ticked to my plan</source>
        <translation>Agregar lo marcado a mi p&amp;lan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to your plan: %1</source>
        <translation>Se agregó a tu plan: %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/page_import.py" line="+19"/>
        <source>Import (optional)</source>
        <translation>Importar (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already read blogs, or does your district share a calendar of chats? Bring them in here: a blog&apos;s feed address, the list of blogs your feed reader exports (Feedly, Inoreader…), a calendar file (.ics) or a chat directory update. Nothing is added until you tick it. You can skip this page.</source>
        <translation>¿Ya lees blogs o tu distrito comparte un calendario de chats? Tráelos aquí: la dirección del feed de un blog, la lista de blogs que exporta tu lector de feeds (Feedly, Inoreader…), un archivo de calendario (.ics) o una actualización del directorio de chats. No se agrega nada hasta que lo marques. Puedes saltarte esta página.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What you tick joins your plan when you press Next.</source>
        <translation>Lo que marques se suma a tu plan cuando pulses Siguiente.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../plnonboard/ui/import_panel.py" line="+33"/>
        <source>Too slow</source>
        <translation>Demasiado lento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server said no</source>
        <translation>El servidor lo rechazó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect</source>
        <translation>No se pudo conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect loop</source>
        <translation>Redirecciones sin fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address not allowed</source>
        <translation>Dirección no permitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an address</source>
        <translation>No es una dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsafe file refused</source>
        <translation>Archivo inseguro rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Damaged file</source>
        <translation>Archivo dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged calendar</source>
        <translation>Calendario dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a feed</source>
        <translation>No es un feed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a feed list</source>
        <translation>No es una lista de feeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a calendar</source>
        <translation>No es un calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory update</source>
        <translation>No es una actualización del directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow</source>
        <translation>Cuenta a seguir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat idea</source>
        <translation>Idea de chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat from calendar</source>
        <translation>Chat del calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chat</source>
        <translation>Chat nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed chat</source>
        <translation>Chat modificado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tick what you want, then add it.</source>
        <translation>Marca lo que quieras y luego agrégalo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feed, list or calendar to import</source>
        <translation>Feed, lista o calendario para importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… address, or a file on this computer</source>
        <translation>Dirección https://… o un archivo de esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from:</source>
        <translation>&amp;Importar desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Choose a file to import</source>
        <translation>Elige un archivo para importar</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Read it</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the address or file</source>
        <translation>Leer la dirección o el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private feed &amp;login…</source>
        <translation>Acceso a &amp;feed privado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the access key of a private feed</source>
        <translation>Agregar la clave de acceso de un feed privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a feed that needs a login: paste the access key (token) it gave you. It is kept in your computer&apos;s password keyring.</source>
        <translation>Para un feed que pide iniciar sesión: pega la clave de acceso (token) que te dio. Se guarda en el llavero de contraseñas de tu computadora.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+90"/>
        <source>%v of %m done</source>
        <translation>%v de %m listos</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Res&amp;ults (press Space to tick; only ticked items are added):</source>
        <translation>Res&amp;ultados (pulsa Espacio para marcar; solo se agrega lo marcado):</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Stopped. Nothing from this import was added.</source>
        <translation>Detenido. No se agregó nada de esta importación.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Private feed login</source>
        <translation>Acceso a feed privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key (token) for %1, kept in your computer&apos;s password keyring:</source>
        <translation>Clave de acceso (token) para %1, guardada en el llavero de contraseñas de tu computadora:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Access key saved in the keyring for %1.</source>
        <translation>Clave de acceso guardada en el llavero para %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password keyring is available on this computer, so the access key will be used for this session only and not remembered.</source>
        <translation>No hay un llavero de contraseñas en esta computadora, así que la clave de acceso se usará solo en esta sesión y no se recordará.</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Sto&amp;p</source>
        <translation>Det&amp;ener</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check that each feed of a list still works (slower)</source>
        <translation>Co&amp;mprobar que cada feed de una lista sigue funcionando (más lento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check each feed of a list</source>
        <translation>Comprobar cada feed de una lista</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sources done</source>
        <translation>Fuentes terminadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v KB</source>
        <translation>%v KB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import results; tick what to add</source>
        <translation>Resultados de la importación; marca lo que quieras agregar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected result in full</source>
        <translation>El resultado elegido completo</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Feeds, lists and calendars (*.xml *.rss *.atom *.opml *.ics *.json);;All files (*)</source>
        <translation>Feeds, listas y calendarios (*.xml *.rss *.atom *.opml *.ics *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a web address or choose a file first.</source>
        <translation>Primero escribe una dirección web o elige un archivo.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The import stopped because of an unexpected problem; nothing was added.</source>
        <translation>La importación se detuvo por un problema inesperado; no se agregó nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 read, %2 could not be read</source>
        <translation>%1 leídos, %2 no se pudieron leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 read</source>
        <translation>%1 leídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 sources read.</source>
        <translation>%1 de %2 fuentes leídas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not working: %1</source>
        <translation>No funciona: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent items (%1)</source>
        <translation>Entradas recientes (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type the web address of the private source first.</source>
        <translation>Primero escribe la dirección web de la fuente privada.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../plnonboard/ui/i18n.py" line="+123"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the system language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLN Onboard will use {language} the next time you open it.</source>
        <translation>PLN Onboard usará {language} la próxima vez que lo abras.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../plnonboard/ui/safe.py" line="+44"/>
        <source>No browser opened</source>
        <translation>No se abrió ningún navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser opened on this computer. You can copy the link and paste it into a browser yourself:</source>
        <translation>No se abrió ningún navegador web en esta computadora. Puedes copiar el enlace y pegarlo tú en un navegador:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../plnonboard/ui/mainwindow/__init__.py" line="+58"/>
        <source>PLN Onboard</source>
        <translation>PLN Onboard</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views of the week</source>
        <translation>Vistas de la semana</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Your week could not be worked out: {reason}. Use Edit plan to fix it.</source>
        <translation>No se pudo calcular tu semana: {reason}. Usa Editar plan para arreglarlo.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Working out your week…</source>
        <translation>Calculando tu semana…</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your plan was saved.</source>
        <translation>Tu plan se guardó.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+101"/>
        <source>An unexpected problem stopped the save.</source>
        <translation>Un problema inesperado impidió guardar.</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+49"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your change was not saved. {reason}</source>
        <translation>Tu cambio no se guardó. {reason}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>PLN Onboard {version}

Helps you build a personal learning network of other teachers at a pace that fits your week. Your plan stays on this computer.</source>
        <translation>PLN Onboard {version}

Te ayuda a crear una red personal de aprendizaje con otros docentes, a un ritmo que encaje en tu semana. Tu plan se queda en esta computadora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About PLN Onboard</source>
        <translation>Acerca de PLN Onboard</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/mainwindow/actions.py" line="+47"/>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Editar plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your chats, boundaries or follows</source>
        <translation>Cambia tus chats, tus límites o tu lista para seguir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your chats as a calendar file for your calendar app</source>
        <translation>Guarda tus chats como archivo de calendario para tu app de calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;starter list…</source>
        <translation>Exportar &amp;lista inicial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your follow list to share or import</source>
        <translation>Guarda tu lista para seguir, para compartirla o importarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in follows from a file</source>
        <translation>Trae cuentas a seguir desde un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous week</source>
        <translation>Semana &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the week before</source>
        <translation>Mostrar la semana anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This week</source>
        <translation>&amp;Esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the current week</source>
        <translation>Mostrar la semana actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next week</source>
        <translation>Semana &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the week after</source>
        <translation>Mostrar la semana siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week grid</source>
        <translation>&amp;Cuadrícula semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agenda list</source>
        <translation>&amp;Lista de agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PLN Onboard</source>
        <translation>&amp;Acerca de PLN Onboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow on Bluesky or Mastodon…</source>
        <translation>&amp;Seguir en Bluesky o Mastodon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the people and hashtags in your plan, with a preview first and an undo</source>
        <translation>Seguir a las personas y los hashtags de tu plan, con una vista previa antes y la opción de deshacer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/mainwindow/__init__.py" line="-360"/>
        <source>My network</source>
        <translation>Mi red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week grid, agenda list or your network</source>
        <translation>Cuadrícula de la semana, agenda o tu red</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+69"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Your answer could not be kept: {reason}</source>
        <translation>No se pudo guardar tu respuesta: {reason}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Your answer was kept.</source>
        <translation>Tu respuesta se guardó.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop this chat?</source>
        <translation>¿Quitar este chat?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take {hashtag} out of your plan? You can tick it again in My network.</source>
        <translation>¿Quitar {hashtag} de tu plan? Puedes volver a marcarlo en Mi red.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing to share yet</source>
        <translation>Aún no hay nada que compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a chat&apos;s time, open it and answer &quot;Did it happen?&quot;. Your answers can then be shared as a file.</source>
        <translation>Después de la hora de un chat, ábrelo y responde «¿Se celebró?». Luego podrás compartir tus respuestas en un archivo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be written: {reason}</source>
        <translation>No se pudo escribir el archivo: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrections saved</source>
        <translation>Correcciones guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved what you found about {count} chats. A colleague can bring it in with File → Import. Nothing was sent anywhere.</source>
        <translation>Se guardó lo que averiguaste sobre {count} chats. Un colega puede incorporarlo con Archivo → Importar. No se envió nada a ningún sitio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share corrections</source>
        <translation>Compartir correcciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory update (*.json)</source>
        <translation>Actualización del directorio (*.json)</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/mainwindow/actions.py" line="-53"/>
        <source>&amp;Pauses…</source>
        <translation>&amp;Pausas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates with no chats: holidays, busy weeks</source>
        <translation>Fechas sin chats: vacaciones, semanas ocupadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hare corrections…</source>
        <translation>Co&amp;mpartir correcciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save what you found (which chats still run) as a file a colleague can import</source>
        <translation>Guarda lo que averiguaste (qué chats siguen activos) en un archivo que un colega puede importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;first chat</source>
        <translation>Tu p&amp;rimer chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a chat is and how to take part</source>
        <translation>Qué es un chat y cómo participar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;network</source>
        <translation>Mi &amp;red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;you and your platforms…</source>
        <translation>Sobre &amp;ti y tus plataformas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Boundaries…</source>
        <translation>&amp;Límites…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chats…</source>
        <translation>&amp;Chats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follows…</source>
        <translation>Cuentas a &amp;seguir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import follows…</source>
        <translation>&amp;Importar cuentas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary and save…</source>
        <translation>&amp;Resumen y guardar…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit &amp;one page</source>
        <translation>Editar &amp;una página</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../plnonboard/ui/mainwindow/network.py" line="+57"/>
        <source>Everything in your plan. Untick to take something out; tick it again to put it back. Changes are saved at once.</source>
        <translation>Todo lo que hay en tu plan. Desmarca algo para quitarlo; márcalo de nuevo para recuperarlo. Los cambios se guardan al momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In your plan</source>
        <translation>En tu plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your network</source>
        <translation>Tu red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats, communities and follows. Press Space to tick or untick the selected row.</source>
        <translation>Chats, comunidades y cuentas. La barra espaciadora marca o desmarca la fila elegida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;chat…</source>
        <translation>Añadir &amp;chat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add f&amp;ollow…</source>
        <translation>Añadir c&amp;uenta…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Communities</source>
        <translation>Comunidades</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follows</source>
        <translation>Cuentas a seguir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>in your plan</source>
        <translation>en tu plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in your plan</source>
        <translation>no está en tu plan</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{name} (community)</source>
        <translation>{name} (comunidad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a chat or community</source>
        <translation>Añadir un chat o una comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats and communities from the directory that are not in your plan yet:</source>
        <translation>Chats y comunidades del directorio que aún no están en tu plan:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add a follow</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the starter list, or type an address:</source>
        <translation>De la lista inicial, o escribe una dirección:</translation>
    </message>
</context>
<context>
    <name>PausesDialog</name>
    <message>
        <location filename="../../plnonboard/ui/pauses_editor.py" line="+153"/>
        <source>Pauses</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a break from chats for a holiday or a busy week. Paused days show in your week, and the calendar you export skips their sessions.</source>
        <translation>Descansa de los chats en vacaciones o en una semana ocupada. Los días en pausa se ven en tu semana y el calendario que exportes omite sus sesiones.</translation>
    </message>
</context>
<context>
    <name>PausesEditor</name>
    <message>
        <location line="-130"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your pauses</source>
        <translation>Tus pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates with no chats. Select one and press Delete to remove it.</source>
        <translation>Fechas sin chats. Elige una y pulsa Supr para quitarla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Winter break</source>
        <translation>Vacaciones de invierno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the pause</source>
        <translation>Nombre de la pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of the pause</source>
        <translation>Primer día de la pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the pause</source>
        <translation>Último día de la pausa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add pause</source>
        <translation>&amp;Añadir pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove pause</source>
        <translation>&amp;Quitar pausa</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No pauses yet.</source>
        <translation>Aún no hay pausas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last day is before the first day.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pause can be at most a year long.</source>
        <translation>Una pausa puede durar como mucho un año.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is the most pauses a plan can keep; remove an old one first.</source>
        <translation>Un plan no admite más pausas; quita antes una antigua.</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../plnonboard/ui/mainwindow/network.py" line="+33"/>
        <source>Type to narrow the list</source>
        <translation>Escribe para acotar la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the list</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Address to follow</source>
        <translation>Dirección a seguir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@name@server.social, name.bsky.social or https://…</source>
        <translation>@nombre@servidor.social, nombre.bsky.social o https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform of the address</source>
        <translation>Plataforma de la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blog or website</source>
        <translation>Blog o sitio web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or &amp;type an address:</source>
        <translation>O &amp;escribe una dirección:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;n:</source>
        <translation>E&amp;n:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>That address does not look right: {reason}</source>
        <translation>Esa dirección no parece correcta: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one from the list first.</source>
        <translation>Elige primero una de la lista.</translation>
    </message>
</context>
<context>
    <name>QuietHoursEditor</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/quiet_hours.py" line="+38"/>
        <source>Evening starting on</source>
        <translation>Noche que empieza el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet from</source>
        <translation>Descanso desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiet hours on %1</source>
        <translation>Horas de descanso del %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiet hours on %1 start at</source>
        <translation>Las horas de descanso del %1 empiezan a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours on %1 end at</source>
        <translation>Las horas de descanso del %1 terminan a las</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Copy the first ticked day to all ticked days</source>
        <translation>Cop&amp;iar el primer día marcado a los demás días marcados</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Quiet hours on %1 start and end at the same time; change one of them.</source>
        <translation>Las horas de descanso del %1 empiezan y terminan a la misma hora; cambia una de las dos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(ends the next morning)</source>
        <translation>(termina a la mañana siguiente)</translation>
    </message>
</context>
<context>
    <name>SchoolHoursEditor</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/school_hours.py" line="+51"/>
        <source>I teach on %1</source>
        <translation>Doy clase el %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School hours start at</source>
        <translation>El horario escolar empieza a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School hours end at</source>
        <translation>El horario escolar termina a las</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>School hours end before they start; change one of the times.</source>
        <translation>El horario escolar termina antes de empezar; cambia una de las horas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no day ticked: no school hours)</source>
        <translation>(ningún día marcado: sin horario escolar)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/__init__.py" line="+88"/>
        <source>Setup</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save plan</source>
        <translation>&amp;Guardar plan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your plan could not be saved because of an unexpected problem. Nothing was changed; please try again.</source>
        <translation>No se pudo guardar tu plan por un problema inesperado. No se cambió nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard your answers?</source>
        <translation>¿Descartar tus respuestas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved. Close without saving them?</source>
        <translation>Tienes cambios sin guardar. ¿Cerrar sin guardarlos?</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/page_summary.py" line="+20"/>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your week with the chats you chose, in your time zone. Save it when it looks right; you can change it later.</source>
        <translation>Tu semana con los chats que elegiste, en tu zona horaria. Guárdala cuando te parezca bien; puedes cambiarla más tarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved on this computer.</source>
        <translation>Guardado en esta computadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clashes this week</source>
        <translation>Choques esta semana</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n chat(s) chosen</source>
        <translation>
            <numerusform>%n chat elegido</numerusform>
            <numerusform>%n chats elegidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of your %2 minutes this week</source>
        <translation>%1 de tus %2 minutos esta semana</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n session(s) of at most %1</source>
        <translation>
            <numerusform>%n sesión de un máximo de %1</numerusform>
            <numerusform>%n sesiones de un máximo de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on your follow list</source>
        <translation>
            <numerusform>%n en tu lista para seguir</numerusform>
            <numerusform>%n en tu lista para seguir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything fits your boundaries this week.</source>
        <translation>Esta semana todo cabe en tus límites.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have not chosen a chat yet. That is fine: you can lurk on hashtags first and add chats later.</source>
        <translation>Todavía no has elegido ningún chat. No pasa nada: puedes empezar leyendo hashtags sin publicar y agregar chats más tarde.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Pauses, no chats: %1</source>
        <translation>Pausas, sin chats: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export c&amp;alendar…</source>
        <translation>Exportar calen&amp;dario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export starter &amp;list…</source>
        <translation>Exportar lista &amp;inicial…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved on this computer. Also:</source>
        <translation>Guardado en esta computadora. Además:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put your chats in your calendar app (an .ics file)</source>
        <translation>Pon tus chats en tu app de calendario (un archivo .ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share your follow list with colleagues or import it elsewhere</source>
        <translation>Comparte tu lista para seguir con colegas o impórtala en otro sitio</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Your chats and communities</source>
        <translation>Tus chats y comunidades</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No chat at a set time: your communities are there whenever suits you.</source>
        <translation>Ningún chat a hora fija: tus comunidades están ahí cuando te venga bien.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chats: %1</source>
        <translation>Chats: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communities, on your own time: %1</source>
        <translation>Comunidades, cuando quieras: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No community chosen: the chats page lists some you can read on your own time.</source>
        <translation>Ninguna comunidad elegida: la página de chats muestra algunas que puedes leer cuando quieras.</translation>
    </message>
</context>
<context>
    <name>ThisWeekPanel</name>
    <message>
        <location filename="../../plnonboard/ui/mainwindow/this_week.py" line="+49"/>
        <location line="+55"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next chat</source>
        <translation>Próximo chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are on a pause until {day}{label}: no chats till then.</source>
        <translation>Estás en pausa hasta el {day}{label}: no hay chats hasta entonces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No chat in the next two weeks.</source>
        <translation>No hay chats en las próximas dos semanas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It may not run ({seen}): look at the hashtag first.</source>
        <translation>Puede que no se celebre ({seen}): mira antes el hashtag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to join: search {hashtag} on {platform} and read the newest posts; reply with {hashtag} to take part.</source>
        <translation>Cómo unirte: busca {hashtag} en {platform} y lee las publicaciones más recientes; responde con {hashtag} para participar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;search</source>
        <translation>Abrir la &amp;búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the {hashtag} search on {platform}</source>
        <translation>Abrir la búsqueda de {hashtag} en {platform}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chat &amp;details…</source>
        <translation>&amp;Detalles del chat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of {hashtag}</source>
        <translation>Detalles de {hashtag}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Then:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Did it happen?</source>
        <translation>¿Se celebró?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hashtag}, {day}: did it run?</source>
        <translation>{hashtag}, {day}: ¿se celebró?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time to drop it?</source>
        <translation>¿Es hora de quitarlo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody was at {hashtag} the last {count} times you looked.</source>
        <translation>No había nadie en {hashtag} las últimas {count} veces que miraste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop {hashtag}…</source>
        <translation>Quitar {hashtag}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communities to read</source>
        <translation>Comunidades para leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet. Add one in My network.</source>
        <translation>Ninguna todavía. Añade una en Mi red.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your time</source>
        <translation>Tu tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{left} of your {budget} minutes left this week.</source>
        <translation>Te quedan {left} de tus {budget} minutos esta semana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{over} minutes over your {budget}-minute budget this week.</source>
        <translation>{over} minutos por encima de tu presupuesto de {budget} minutos esta semana.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Over budget</source>
        <translation>Por encima del presupuesto</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../plnonboard/ui/time_field.py" line="+26"/>
        <source>Type a time, e.g. 07:00, 0700, 7am or 7:30 pm. Up and Down change it by 15 minutes.</source>
        <translation>Escribe una hora, p. ej. 07:00, 0700, 7am o 7:30 pm. Las flechas arriba y abajo la cambian de 15 en 15 minutos.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not a time yet; leaving the field keeps %1.</source>
        <translation>Todavía no es una hora; al salir del campo se mantiene %1.</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../plnonboard/ui/texts.py" line="+23"/>
        <source>Classroom teacher</source>
        <translation>Docente de aula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or pre-service teacher</source>
        <translation>Docente nuevo o en formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher educator</source>
        <translation>Formador de docentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructional coach</source>
        <translation>Coach pedagógico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School librarian</source>
        <translation>Bibliotecario escolar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School leader</source>
        <translation>Directivo escolar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General education</source>
        <translation>Educación general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mathematics</source>
        <translation>Matemáticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Science</source>
        <translation>Ciencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English, literacy and reading</source>
        <translation>Inglés, lectura y escritura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social studies</source>
        <translation>Estudios sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>World languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English learners (ESL/ELT)</source>
        <translation>Estudiantes de inglés (ESL/ELT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special education</source>
        <translation>Educación especial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early years</source>
        <translation>Primera infancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Educational technology</source>
        <translation>Tecnología educativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School leadership</source>
        <translation>Dirección escolar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School libraries</source>
        <translation>Bibliotecas escolares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical education</source>
        <translation>Educación física</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifted education</source>
        <translation>Altas capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equity and justice</source>
        <translation>Equidad y justicia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New teachers</source>
        <translation>Docentes nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructional coaching</source>
        <translation>Acompañamiento pedagógico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family engagement</source>
        <translation>Participación de las familias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum</source>
        <translation>Currículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further education</source>
        <translation>Formación profesional y continua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher education</source>
        <translation>Formación docente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital citizenship</source>
        <translation>Ciudadanía digital</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Early years (PreK-K)</source>
        <translation>Primera infancia (PreK-K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary / elementary</source>
        <translation>Primaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle school</source>
        <translation>Escuela intermedia (middle school)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High school / secondary</source>
        <translation>Secundaria (high school)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-16 and higher</source>
        <translation>Mayores de 16 y educación superior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web (blog or site)</source>
        <translation>Web (blog o sitio)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>blog</source>
        <translation>blog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication</source>
        <translation>publicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>podcast</source>
        <translation>pódcast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community</source>
        <translation>comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hashtag</source>
        <translation>hashtag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directory</source>
        <translation>directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course</source>
        <translation>curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>same as the host (%1)</source>
        <translation>igual que el anfitrión (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 your time · %2</source>
        <translation>%1 tu hora · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 starts %2 your time, inside your quiet hours (%3).</source>
        <translation>%1 empieza el %2 (tu hora), dentro de tus horas de descanso (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 runs until %2 your time, past the start of your quiet hours (%3).</source>
        <translation>%1 dura hasta las %2 (tu hora), después del inicio de tus horas de descanso (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 falls on %2 your time (%3), one of your protected days.</source>
        <translation>%1 cae en %2 en tu hora (%3), uno de tus días protegidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 overlap on %3; you can only be in one.</source>
        <translation>%1 y %2 coinciden el %3; solo puedes estar en uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week has %1 of chats; your budget is %2.</source>
        <translation>Esta semana tiene %1 de chats; tu tiempo semanal es de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week has %1 chat sessions; you chose at most %2.</source>
        <translation>Esta semana tiene %1 sesiones de chat; elegiste como máximo %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>every %1</source>
        <translation>cada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 weeks on %2</source>
        <translation>cada %1 semanas, el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1st</source>
        <translation>1.er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2nd</source>
        <translation>2.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd</source>
        <translation>3.er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4th</source>
        <translation>4.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 of the month</source>
        <translation>%1 %2 del mes</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>open to all subjects</source>
        <translation>abierto a todas las materias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>made for people in your role</source>
        <translation>pensado para personas con tu función</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>welcomes newcomers</source>
        <translation>recibe bien a quien empieza</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>for your role</source>
        <translation>para tu función</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>invites new members</source>
        <translation>invita a gente nueva</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>about %1</source>
        <translation>sobre %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hosted in your country (%1)</source>
        <translation>organizado en tu país (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on %1, which you use</source>
        <translation>en %1, que tú usas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>linked to %1</source>
        <translation>relacionado con %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>you chose the chat %1</source>
        <translation>elegiste el chat %1</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Hashtag community</source>
        <translation>Comunidad de hashtag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom feed</source>
        <translation>Feed personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starter pack</source>
        <translation>Paquete de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server community</source>
        <translation>Comunidad de servidor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>classroom teachers</source>
        <translation>docentes de aula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new and pre-service teachers</source>
        <translation>docentes nuevos y en formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teacher educators</source>
        <translation>formadores de docentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instructional coaches</source>
        <translation>asesores pedagógicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school librarians</source>
        <translation>bibliotecarios escolares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school leaders</source>
        <translation>directivos escolares</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>%1 starts %2 your time, inside your school hours (%3).</source>
        <translation>%1 empieza el %2 en tu hora, dentro de tu horario escolar (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 runs until %2 your time, into your school hours (%3).</source>
        <translation>%1 dura hasta las %2 en tu hora, dentro de tu horario escolar (%3).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Runs every %2 weeks on %1</source>
        <translation>Se reúne cada %2 semanas en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Was every %2 weeks on %1</source>
        <translation>Era cada %2 semanas en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs monthly on %1</source>
        <translation>Se reúne cada mes en %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was monthly on %1</source>
        <translation>Era cada mes en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs weekly on %1</source>
        <translation>Se reúne cada semana en %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was weekly on %1</source>
        <translation>Era cada semana en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>%1 (seen %2)</source>
        <translation>%1 (visto %2)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>mainly for educators in %1</source>
        <translation>sobre todo para docentes de %1</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Added by you</source>
        <translation>Agregado por ti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last confirmed %1 — check before you go</source>
        <translation>Confirmado en %1: compruébalo antes de ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed lately — check before you go</source>
        <translation>Sin confirmar últimamente: compruébalo antes de ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running · seen %1</source>
        <translation>En marcha · visto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now and then, no fixed schedule · seen %1</source>
        <translation>De vez en cuando, sin horario fijo · visto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now and then, no fixed schedule</source>
        <translation>De vez en cuando, sin horario fijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused · last seen %1</source>
        <translation>En pausa · visto por última vez %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended %1</source>
        <translation>Terminado en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not seen since %1 — check before you go</source>
        <translation>Sin noticias desde %1: compruébalo antes de ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historical — check before you go</source>
        <translation>Histórico: compruébalo antes de ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unverified — check before you go</source>
        <translation>Sin verificar: compruébalo antes de ir</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>only on %1, which you did not choose</source>
        <translation>solo en %1, que no elegiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 your time</source>
        <translation>%1 en tu hora</translation>
    </message>
</context>
<context>
    <name>WeekNav</name>
    <message>
        <location filename="../../plnonboard/ui/mainwindow/week_nav.py" line="+29"/>
        <source>Week shown</source>
        <translation>Semana que se muestra</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the week that contains this date.</source>
        <translation>Muestra la semana que contiene esta fecha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to date:</source>
        <translation>&amp;Ir a la fecha:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
</context>
<context>
    <name>WeekText</name>
    <message>
        <location filename="../../plnonboard/ui/chat_details.py" line="-191"/>
        <source>Every {day} (host&apos;s day)</source>
        <translation>Cada {day} (día del anfitrión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} weeks on {day} (host&apos;s day)</source>
        <translation>Cada {n} semanas, el {day} (día del anfitrión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>Primer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third</source>
        <translation>Tercer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fourth</source>
        <translation>Cuarto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ordinal} {day} of the month (host&apos;s day)</source>
        <translation>{ordinal} {day} del mes (día del anfitrión)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It may no longer meet every week: search the hashtag before the time to see whether people are posting.</source>
        <translation>Puede que ya no se reúna cada semana: busca el hashtag antes de la hora para ver si la gente está publicando.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Added by you</source>
        <translation>Agregado por ti</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/weektext.py" line="+29"/>
        <source>ddd d MMM</source>
        <comment>date format: Tue 3 Mar</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dddd d MMMM yyyy</source>
        <comment>date format: Tuesday 3 March 2026</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{day}, {time} in {city}</source>
        <translation>{day}, {time} en {city}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inside your quiet hours ({window})</source>
        <translation>Dentro de tus horas de descanso ({window})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On {day}, one of your protected days</source>
        <translation>El {day}, uno de tus días protegidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clashes with {hashtag}; you can only be in one</source>
        <translation>Choca con {hashtag}; solo puedes estar en uno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week has {total} minutes of chats; your budget is {budget} minutes</source>
        <translation>Esta semana tiene {total} minutos de chats; tu tiempo semanal es de {budget} minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week has {count} chat sessions; you chose at most {cap}</source>
        <translation>Esta semana tiene {count} sesiones de chat; elegiste como máximo {cap}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>your time</source>
        <translation>tu hora</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/chat_details.py" line="+9"/>
        <source>it ran, you were there</source>
        <translation>se celebró, estuviste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it ran, you read along</source>
        <translation>se celebró, solo leíste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody was there</source>
        <translation>no había nadie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answers yet.</source>
        <translation>Aún no hay respuestas.</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/weektext.py" line="-33"/>
        <source>During your school hours ({window})</source>
        <translation>Durante tu horario escolar ({window})</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>you saw it running on {day}</source>
        <translation>lo viste activo el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody was there the last {count} times</source>
        <translation>no había nadie las últimas {count} veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody was there last time</source>
        <translation>no había nadie la última vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added by you</source>
        <translation>añadido por ti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last seen {when}</source>
        <translation>visto por última vez: {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known to be running</source>
        <translation>no se sabe si sigue activo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>d MMM yyyy</source>
        <comment>date format: 1 Dec 2024</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused: {label}</source>
        <translation>En pausa: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>now, until {time}</source>
        <translation>ahora, hasta las {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tonight at {time}</source>
        <translation>esta noche a las {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow at {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}, in {span}</source>
        <translation>{when}, dentro de {span}</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../plnonboard/ui/weekpaint.py" line="+102"/>
        <source>(cont.)</source>
        <translation>(cont.)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Quiet hours</source>
        <translation>Horas de descanso</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../plnonboard/ui/weekview.py" line="+101"/>
        <source>Protected day</source>
        <translation>Día protegido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clash or boundary crossed</source>
        <translation>Choque o límite superado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in {zone}</source>
        <translation>Horas en {zone}</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/weekview.py" line="-52"/>
        <source>Week calendar</source>
        <translation>Calendario semanal</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>yours</source>
        <translation>la tuya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clocks change: {where}</source>
        <translation>Cambio de hora: {where}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No week shown yet.</source>
        <translation>Todavía no se muestra ninguna semana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of {day}: {count} chat sessions, {minutes} of {budget} minutes. Arrow keys move between chats, Enter opens one.</source>
        <translation>Semana del {day}: {count} sesiones de chat, {minutes} de {budget} minutos. Las flechas pasan de un chat a otro; Intro abre uno.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected: {summary}</source>
        <translation>Seleccionado: {summary}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No chats this week.</source>
        <translation>No hay chats esta semana.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{day} (today)</source>
        <translation>{day} (hoy)</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/weekpaint.py" line="-9"/>
        <source>School hours</source>
        <translation>Horario escolar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Not known to be running</source>
        <translation>No se sabe si sigue activo</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/weekview.py" line="-132"/>
        <source>May not run: {seen}</source>
        <translation>Puede que no se celebre: {seen}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skipped for a pause: {chats}.</source>
        <translation>Omitidos por una pausa: {chats}.</translation>
    </message>
    <message>
        <location filename="../../plnonboard/ui/weekpaint.py" line="+47"/>
        <source>{hashtag} skipped</source>
        <translation>{hashtag} omitido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Skipped: {chats}</source>
        <translation>Omitidos: {chats}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/page_welcome.py" line="+13"/>
        <source>Welcome to PLN Onboard</source>
        <translation>Te damos la bienvenida a PLN Onboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A personal learning network is the teachers you learn from online: a few hashtag chats, some people and blogs worth reading, on the platforms you already use.</source>
        <translation>Una red personal de aprendizaje son los docentes de los que aprendes en internet: algunos chats de hashtag y algunas personas y blogs que vale la pena leer, en las plataformas que ya usas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most people start by lurking: reading a chat without posting. That is normal and welcome. When you are ready, you reply to one question. There is no rush.</source>
        <translation>Casi todo el mundo empieza mirando: lee un chat sin publicar. Es normal y bienvenido. Cuando te sientas lista o listo, respondes a una pregunta. No hay prisa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a few minutes this guide helps you pick chats that fit your week, set limits so they do not eat your evenings, and make a short list of people to follow.</source>
        <translation>En pocos minutos, esta guía te ayuda a elegir chats que encajen en tu semana, a poner límites para que no se coman tus noches y a hacer una lista corta de personas a seguir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything stays on this computer. Nothing is sent anywhere unless you export it yourself. You can change every answer later.</source>
        <translation>Todo se queda en esta computadora. No se envía nada a ningún sitio a menos que tú lo exportes. Puedes cambiar cada respuesta más tarde.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/base.py" line="+80"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <location filename="../../plnonboard/ui/wizard/zone_picker.py" line="+54"/>
        <source>Type a city, e.g. Chicago</source>
        <translation>Escribe una ciudad, p. ej. Chicago</translation>
    </message>
</context>
</TS>
