<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About %1</source>
            <translation>Acerca de %1</translation>
        </message>
        <message>
            <source>App icon</source>
            <translation>Icono de la aplicación</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Versión %1</translation>
        </message>
        <message>
            <source>Your data is kept in: %1</source>
            <translation>Sus datos se guardan en: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>AdultsOnlyScreen</name>
        <message>
            <source>What to do now</source>
            <translation>Qué hacer ahora</translation>
        </message>
    </context>
    <context>
        <name>AlertDialog</name>
        <message>
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
    </context>
    <context>
        <name>AlertPresenter</name>
        <message>
            <source>Movement break soon</source>
            <translation>Pronto, pausa para moverse</translation>
        </message>
        <message>
            <source>A movement break at %1</source>
            <translation>Una pausa para moverse a %1</translation>
        </message>
        <message>
            <source>Break over</source>
            <translation>Fin de la pausa</translation>
        </message>
        <message>
            <source>Well done. Back to it, and change position often.</source>
            <translation>Muy bien. Vuelva a lo suyo y cambie de postura a menudo.</translation>
        </message>
        <message>
            <source>Time for a movement break</source>
            <translation>Es hora de una pausa para moverse</translation>
        </message>
        <message>
            <source>Take %1 to move.</source>
            <translation>Tómese %1 para moverse.</translation>
        </message>
        <message>
            <source>It ended at %1, while the computer was asleep or the app was closed.</source>
            <translation>Terminó a %1, mientras el equipo estaba suspendido o la aplicación estaba cerrada.</translation>
        </message>
        <message>
            <source>It ended at %1. Saved to your journal.</source>
            <translation>Terminó a %1. Se guardó en su diario.</translation>
        </message>
        <message>
            <source>I have checked my skin</source>
            <translation>He revisado mi piel</translation>
        </message>
        <message>
            <source>Open Timers</source>
            <translation>Ir a Temporizadores</translation>
        </message>
        <message>
            <source>Answer two questions and save</source>
            <translation>Responder dos preguntas y guardar</translation>
        </message>
        <message>
            <source>The questions open when you close the window behind this one.</source>
            <translation>Las preguntas se abren cuando cierre la ventana que está detrás de esta.</translation>
        </message>
        <message>
            <source>30 minutes: the check is done</source>
            <translation>30 minutos: la prueba ha terminado</translation>
        </message>
        <message>
            <source>Postpone %1</source>
            <translation>Aplazar %1</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Take it now</source>
            <translation>Hacerla ahora</translation>
        </message>
        <message>
            <source>Skip this one</source>
            <translation>Saltar esta</translation>
        </message>
        <message>
            <source>Postponed twice already.</source>
            <translation>Ya se ha aplazado dos veces.</translation>
        </message>
        <message numerus="yes">
            <source>Start a %n-minute break</source>
            <translation>
                <numerusform>Iniciar una pausa de %n minuto</numerusform>
                <numerusform>Iniciar una pausa de %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>Break time: get up and move</source>
            <translation>Hora de la pausa: levántese y muévase</translation>
        </message>
        <message>
            <source>Done, back to sitting</source>
            <translation>Listo, vuelvo a sentarme</translation>
        </message>
        <message>
            <source>Break over. Well done.</source>
            <translation>Fin de la pausa. Muy bien.</translation>
        </message>
        <message>
            <source>Change position often until the next one.</source>
            <translation>Cambie de postura a menudo hasta la próxima.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>AnatomyCanvas</name>
        <message>
            <source>%1. Press Enter to read about it.</source>
            <translation>%1. Pulse Enter para leer sobre esta parte.</translation>
        </message>
    </context>
    <context>
        <name>AnatomyPage</name>
        <message>
            <source>Explore the leg</source>
            <translation>Explorar la pierna</translation>
        </message>
        <message>
            <source>← Back to Learn</source>
            <translation>← Volver a Aprender</translation>
        </message>
        <message>
            <source>Back to Learn</source>
            <translation>Volver a Aprender</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Capas</translation>
        </message>
        <message>
            <source>Layer: %1</source>
            <translation>Capa: %1</translation>
        </message>
        <message>
            <source>Parts in this drawing</source>
            <translation>Partes de este dibujo</translation>
        </message>
        <message>
            <source>Read the card</source>
            <translation>Leer la ficha</translation>
        </message>
        <message>
            <source>Read the card: %1</source>
            <translation>Leer la ficha: %1</translation>
        </message>
    </context>
    <context>
        <name>BodyMap</name>
        <message>
            <source>Body map</source>
            <translation>Mapa del cuerpo</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>nada todavía</translation>
        </message>
        <message>
            <source>Body map of the hips, seen from behind.</source>
            <translation>Mapa de las caderas, visto desde atrás.</translation>
        </message>
        <message>
            <source>Body map, seen from behind.</source>
            <translation>Mapa del cuerpo, visto desde atrás.</translation>
        </message>
        <message>
            <source>%1 %2: picked.</source>
            <translation>%1 Marcado: %2.</translation>
        </message>
        <message>
            <source>%1 %2: not picked.</source>
            <translation>%1 Sin marcar: %2.</translation>
        </message>
        <message>
            <source>Arrow keys move between places, Space picks or un-picks. Picked: %1.</source>
            <translation>Las flechas pasan de un lugar a otro; la barra espaciadora marca o desmarca. Lugares marcados: %1.</translation>
        </message>
        <message>
            <source>Picked: %1</source>
            <translation>Marcados: %1</translation>
        </message>
    </context>
    <context>
        <name>BodyRegionInput</name>
        <message>
            <source>Or pick from this list:</source>
            <translation>O elija en esta lista:</translation>
        </message>
        <message>
            <source>Show the whole leg</source>
            <translation>Ver toda la pierna</translation>
        </message>
        <message>
            <source>Zoom in on the hips</source>
            <translation>Ampliar las caderas</translation>
        </message>
    </context>
    <context>
        <name>BreakStatus</name>
        <message>
            <source>Movement breaks are off</source>
            <translation>Pausas para moverse desactivadas</translation>
        </message>
        <message>
            <source>A movement break is due now</source>
            <translation>Es el momento de una pausa para moverse</translation>
        </message>
        <message>
            <source>On a break: %1 left</source>
            <translation>En una pausa: quedan %1</translation>
        </message>
        <message>
            <source>Breaks paused until %1</source>
            <translation>Pausas suspendidas hasta %1</translation>
        </message>
        <message>
            <source>Breaks paused until %1 tomorrow</source>
            <translation>Pausas suspendidas hasta mañana a %1</translation>
        </message>
        <message>
            <source>Breaks paused until %1 on %2</source>
            <translation>Pausas suspendidas hasta el %2 a %1</translation>
        </message>
        <message>
            <source>No break planned</source>
            <translation>Ninguna pausa prevista</translation>
        </message>
        <message>
            <source>Next break at %1</source>
            <translation>Próxima pausa a %1</translation>
        </message>
        <message>
            <source>Next break at %1 tomorrow</source>
            <translation>Próxima pausa mañana a %1</translation>
        </message>
        <message>
            <source>Next break at %1 on %2</source>
            <translation>Próxima pausa el %2 a %1</translation>
        </message>
    </context>
    <context>
        <name>BreaksPanel</name>
        <message>
            <source>Remind me to get up and move</source>
            <translation>Recordarme que me levante y me mueva</translation>
        </message>
        <message>
            <source>Break time left</source>
            <translation>Tiempo restante de la pausa</translation>
        </message>
        <message>
            <source>Postpone %1</source>
            <translation>Aplazar %1</translation>
        </message>
        <message>
            <source>Skip this break</source>
            <translation>Saltar esta pausa</translation>
        </message>
        <message>
            <source>Done, back to sitting</source>
            <translation>Listo, vuelvo a sentarme</translation>
        </message>
        <message>
            <source>Pause for an hour</source>
            <translation>Suspender una hora</translation>
        </message>
        <message>
            <source>Pause until tomorrow</source>
            <translation>Suspender hasta mañana</translation>
        </message>
        <message>
            <source>Resume breaks</source>
            <translation>Reanudar las pausas</translation>
        </message>
        <message>
            <source>Break settings</source>
            <translation>Ajustes de las pausas</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>Minutes between breaks</source>
            <translation>Minutos entre pausas</translation>
        </message>
        <message>
            <source>Minutes a break lasts</source>
            <translation>Minutos que dura una pausa</translation>
        </message>
        <message>
            <source>Minutes of notice before</source>
            <translation>Minutos de aviso antes</translation>
        </message>
        <message>
            <source>A break every</source>
            <translation>Una pausa cada</translation>
        </message>
        <message>
            <source>Each break lasts</source>
            <translation>Cada pausa dura</translation>
        </message>
        <message>
            <source>Notice before a break</source>
            <translation>Aviso antes de una pausa</translation>
        </message>
        <message>
            <source>Breaks from</source>
            <translation>Pausas desde</translation>
        </message>
        <message>
            <source>Breaks until</source>
            <translation>Pausas hasta</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Active hours</source>
            <translation>Horario activo</translation>
        </message>
        <message>
            <source>Active days</source>
            <translation>Días activos</translation>
        </message>
        <message>
            <source>Keep at least one day: to stop breaks, turn them off instead.</source>
            <translation>Deje al menos un día: para no tener pausas, desactívelas.</translation>
        </message>
        <message>
            <source>The notice must be shorter than the time between breaks.</source>
            <translation>El aviso debe ser más corto que el tiempo entre pausas.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Movement breaks are off</source>
            <translation>Pausas para moverse desactivadas</translation>
        </message>
        <message>
            <source>Break time: get up and move</source>
            <translation>Hora de la pausa: levántese y muévase</translation>
        </message>
        <message>
            <source>Come back when the time is up, or sooner if you like.</source>
            <translation>Vuelva cuando se acabe el tiempo, o antes si quiere.</translation>
        </message>
        <message>
            <source>Time for a movement break</source>
            <translation>Es hora de una pausa para moverse</translation>
        </message>
        <message>
            <source>Take %1 to move now.</source>
            <translation>Tómese %1 para moverse ahora.</translation>
        </message>
        <message>
            <source>Outside your active hours</source>
            <translation>Fuera de su horario activo</translation>
        </message>
        <message>
            <source>Until then, change position whenever you like.</source>
            <translation>Hasta entonces, cambie de postura cuando quiera.</translation>
        </message>
        <message numerus="yes">
            <source>Start a %n-minute break</source>
            <translation>
                <numerusform>Iniciar una pausa de %n minuto</numerusform>
                <numerusform>Iniciar una pausa de %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>Take a break now</source>
            <translation>Hacer una pausa ahora</translation>
        </message>
        <message numerus="yes">
            <source>Postponed %n time(s) in a row already: time to take it or skip it.</source>
            <translation>
                <numerusform>Ya la ha aplazado %n vez: es momento de hacerla o saltarla.</numerusform>
                <numerusform>Ya la ha aplazado %n veces seguidas: es momento de hacerla o saltarla.</numerusform>
            </translation>
        </message>
        <message>
            <source>Try this: %1</source>
            <translation>Pruebe esto: %1</translation>
        </message>
        <message>
            <source>The next break will be at %1.</source>
            <translation>La próxima pausa será a %1.</translation>
        </message>
        <message>
            <source>The next break will be at %1 tomorrow.</source>
            <translation>La próxima pausa será mañana a %1.</translation>
        </message>
        <message>
            <source>The next break will be at %1 on %2.</source>
            <translation>La próxima pausa será el %2 a %1.</translation>
        </message>
        <message>
            <source>Today: %1, %2.</source>
            <translation>Hoy: %1, %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n taken</source>
            <comment>breaks</comment>
            <translation>
                <numerusform>%n hecha</numerusform>
                <numerusform>%n hechas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <comment>breaks</comment>
            <translation>
                <numerusform>%n saltada</numerusform>
                <numerusform>%n saltadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message>
            <source>← Back</source>
            <translation>← Atrás</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Show more detail</source>
            <translation>Ver más detalles</translation>
        </message>
        <message>
            <source>More detail</source>
            <translation>Más detalles</translation>
        </message>
        <message>
            <source>Read next</source>
            <translation>A continuación</translation>
        </message>
        <message>
            <source>Read next: %1</source>
            <translation>A continuación: %1</translation>
        </message>
        <message>
            <source>Sources: %1</source>
            <translation>Fuentes: %1</translation>
        </message>
        <message>
            <source>This shared screen does not run timers. If you use the app at home, you can start one there.</source>
            <translation>Esta pantalla compartida no pone en marcha temporizadores. Si usa la aplicación en casa, puede iniciar uno allí.</translation>
        </message>
        <message>
            <source>This shared screen keeps no journal. If you use the app at home, you can keep one there.</source>
            <translation>Esta pantalla compartida no guarda un diario. Si usa la aplicación en casa, puede llevar uno allí.</translation>
        </message>
        <message>
            <source>You can do this in the app at home.</source>
            <translation>Puede hacer esto en la aplicación, en casa.</translation>
        </message>
        <message>
            <source>Hide more detail</source>
            <translation>Ocultar más detalles</translation>
        </message>
    </context>
    <context>
        <name>CheckHistoryList</name>
        <message>
            <source>Your past checks</source>
            <translation>Sus revisiones anteriores</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo the delete</source>
            <translation>Deshacer el borrado</translation>
        </message>
        <message>
            <source>No saved checks yet.</source>
            <translation>Aún no hay revisiones guardadas.</translation>
        </message>
        <message>
            <source>Open one to read it again, print it or save it as PDF.</source>
            <translation>Abra una para volver a leerla, imprimirla o guardarla como PDF.</translation>
        </message>
        <message numerus="yes">
            <source>Show all %n check(s)</source>
            <translation>
                <numerusform>Ver la revisión</numerusform>
                <numerusform>Ver las %n revisiones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Guided check</source>
            <translation>Revisión guiada</translation>
        </message>
        <message>
            <source>Safety first, then your pain. See which patterns your answers fit, and why.</source>
            <translation>Primero su seguridad, luego su dolor. Vea con qué patrones encajan sus respuestas, y por qué.</translation>
        </message>
        <message>
            <source>The guided check cannot start</source>
            <translation>La revisión guiada no puede empezar</translation>
        </message>
        <message>
            <source>Its content files have problems. Please reinstall the app.

%1</source>
            <translation>Sus archivos de contenido tienen problemas. Por favor, vuelva a instalar la aplicación.

%1</translation>
        </message>
        <message>
            <source>Done on %1. Read only: to answer again, start a new check.</source>
            <translation>Hecha el %1. Solo lectura: para responder de nuevo, empiece una revisión nueva.</translation>
        </message>
        <message>
            <source>The check has been updated since, so it reads these answers a little differently today. On the day it said: %1</source>
            <translation>La revisión se ha actualizado desde entonces, así que hoy interpreta estas respuestas de forma algo distinta. Ese día dijo: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) are no longer asked by the check and were left out.</source>
            <translation>
                <numerusform>La revisión ya no hace %n de estas preguntas, así que esa respuesta se dejó fuera.</numerusform>
                <numerusform>La revisión ya no hace %n de estas preguntas, así que esas respuestas se dejaron fuera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Please choose an answer to go on.</source>
            <translation>Por favor, elija una respuesta para seguir.</translation>
        </message>
        <message>
            <source>Deleted the check of %1.</source>
            <translation>Se borró la revisión del %1.</translation>
        </message>
        <message>
            <source>Save the summary as PDF</source>
            <translation>Guardar el resumen como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>No se pudo guardar el PDF: %1</translation>
        </message>
        <message>
            <source>Saved the summary to %1</source>
            <translation>Resumen guardado en %1</translation>
        </message>
        <message>
            <source>I answered by mistake: go back</source>
            <translation>Respondí por error: volver</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>How urgent: %1</source>
            <translation>Grado de urgencia: %1</translation>
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message numerus="yes">
            <source>-%n point(s)</source>
            <translation>
                <numerusform>-%n punto</numerusform>
                <numerusform>-%n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>How urgent: %1.</source>
            <translation>Grado de urgencia: %1.</translation>
        </message>
        <message>
            <source>Warning signs reported</source>
            <translation>Señales de alarma indicadas</translation>
        </message>
        <message>
            <source>Also noted: %1.</source>
            <translation>También se anotó: %1.</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Qué hacer ahora</translation>
        </message>
        <message>
            <source>What to say when you call</source>
            <translation>Qué decir cuando llame</translation>
        </message>
        <message>
            <source>and %1 more, left out to fit the page</source>
            <translation>y %1 más, que no caben en la página</translation>
        </message>
        <message>
            <source>What the answers point to: no single pattern leads (closest: %1)</source>
            <translation>Hacia dónde apuntan las respuestas: ningún patrón destaca (los más cercanos: %1)</translation>
        </message>
        <message>
            <source>What the answers point to: no pattern fits yet. The answers given were too few, or pointed away from each one.</source>
            <translation>Hacia dónde apuntan las respuestas: todavía no encaja ningún patrón. Las respuestas dadas fueron pocas o apuntaban en contra de cada uno.</translation>
        </message>
        <message>
            <source>What the answers point to: %1 fits best</source>
            <translation>Hacia dónde apuntan las respuestas: lo que mejor encaja es %1</translation>
        </message>
        <message>
            <source>Pointed towards it:</source>
            <translation>Apuntó a favor:</translation>
        </message>
        <message>
            <source>Pointed away from it:</source>
            <translation>Apuntó en contra:</translation>
        </message>
        <message>
            <source>Also looked at, closest first: %1.</source>
            <translation>También se tuvieron en cuenta, del más cercano al más lejano: %1.</translation>
        </message>
        <message>
            <source>What was reported</source>
            <translation>Lo que se indicó</translation>
        </message>
        <message>
            <source>What was ruled out</source>
            <translation>Lo que se descartó</translation>
        </message>
        <message>
            <source>Warning signs asked about and answered no: %1.</source>
            <translation>Señales de alarma por las que se preguntó y cuya respuesta fue no: %1.</translation>
        </message>
        <message>
            <source>%1 is less likely:</source>
            <translation>%1 es menos probable:</translation>
        </message>
        <message>
            <source>What can help</source>
            <translation>Qué puede ayudar</translation>
        </message>
        <message>
            <source>What to avoid</source>
            <translation>Qué evitar</translation>
        </message>
        <message>
            <source>When to get help</source>
            <translation>Cuándo pedir ayuda</translation>
        </message>
        <message>
            <source>Check done on %1.</source>
            <translation>Revisión hecha el %1.</translation>
        </message>
        <message>
            <source>Made with %1. Show it to your doctor or physiotherapist.</source>
            <translation>Hecho con %1. Muéstreselo a su médico o fisioterapeuta.</translation>
        </message>
        <message>
            <source>%1: guided check summary</source>
            <translation>%1: resumen de la revisión guiada</translation>
        </message>
        <message>
            <source>This summary explains; it is not a diagnosis.</source>
            <translation>Este resumen explica; no es un diagnóstico.</translation>
        </message>
    </context>
    <context>
        <name>CheckResult</name>
        <message numerus="yes">
            <source>%n point(s) away from it</source>
            <translation>
                <numerusform>%n punto en contra</numerusform>
                <numerusform>%n puntos en contra</numerusform>
            </translation>
        </message>
        <message>
            <source>no points either way</source>
            <translation>ni a favor ni en contra</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) towards it</source>
            <translation>
                <numerusform>%n punto a favor</numerusform>
                <numerusform>%n puntos a favor</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckRow</name>
        <message>
            <source>Guided check, %1</source>
            <translation>Revisión guiada, %1</translation>
        </message>
        <message>
            <source>Guided check of %1: %2</source>
            <translation>Revisión guiada del %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>%1, %2</source>
            <comment>a day, then a time of day</comment>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>EmergencyNumber</name>
        <message>
            <source>your local emergency number</source>
            <translation>número de emergencias</translation>
        </message>
    </context>
    <context>
        <name>EmergencyNumberField</name>
        <message>
            <source>Emergency number</source>
            <translation>Número de emergencias</translation>
        </message>
        <message>
            <source>Choose your emergency number…</source>
            <translation>Elija su número de emergencias…</translation>
        </message>
        <message>
            <source>Another number…</source>
            <translation>Otro número…</translation>
        </message>
        <message>
            <source>Another emergency number</source>
            <translation>Otro número de emergencias</translation>
        </message>
        <message>
            <source>Type the number, for example 112</source>
            <translation>Escriba el número, por ejemplo 112</translation>
        </message>
    </context>
    <context>
        <name>EmergencyScreen</name>
        <message>
            <source>Your emergency number is not set. It depends on your country. You can set it in Settings so the app shows it here.</source>
            <translation>Su número de emergencias no está configurado. Depende de su país. Puede configurarlo en Ajustes para que la aplicación lo muestre aquí.</translation>
        </message>
        <message>
            <source>Set my emergency number in Settings</source>
            <translation>Configurar mi número de emergencias en Ajustes</translation>
        </message>
        <message>
            <source>What to say when you call</source>
            <translation>Qué decir cuando llame</translation>
        </message>
    </context>
    <context>
        <name>EmptyJournalCard</name>
        <message>
            <source>Add your first entry</source>
            <translation>Añadir su primera anotación</translation>
        </message>
        <message>
            <source>No entries yet</source>
            <translation>Todavía no hay anotaciones</translation>
        </message>
        <message>
            <source>Your check results are listed below. Add your first entry: it takes under a minute. After a few days, the graph here shows whether the pain is moving back up your leg or spreading down.</source>
            <translation>Los resultados de sus revisiones aparecen más abajo. Añada su primera anotación: lleva menos de un minuto. Después de unos días, el gráfico muestra aquí si el dolor está subiendo por la pierna o bajando más.</translation>
        </message>
        <message>
            <source>Your journal is empty</source>
            <translation>Su diario está vacío</translation>
        </message>
        <message>
            <source>Add your first entry: it takes under a minute. After a few days, the graph here shows whether the pain is moving back up your leg or spreading down.</source>
            <translation>Añada su primera anotación: lleva menos de un minuto. Después de unos días, este gráfico le mostrará si el dolor vuelve a subir por la pierna o si baja más.</translation>
        </message>
    </context>
    <context>
        <name>HandoffPanel</name>
        <message>
            <source>Take it home</source>
            <translation>Lléveselo a casa</translation>
        </message>
        <message>
            <source>Point your phone's camera at the code. Your summary is inside the code itself: nothing is sent anywhere, and nothing is kept here.</source>
            <translation>Apunte la cámara de su teléfono al código. Su resumen va dentro del propio código: no se envía nada a ningún sitio y aquí no se guarda nada.</translation>
        </message>
        <message>
            <source>Or print a one-page summary to show your doctor or physiotherapist.</source>
            <translation>O imprima un resumen de una página para mostrárselo a su médico o fisioterapeuta.</translation>
        </message>
        <message>
            <source>Print a one-page summary to show your doctor or physiotherapist.</source>
            <translation>Imprima un resumen de una página para mostrárselo a su médico o fisioterapeuta.</translation>
        </message>
        <message>
            <source>Print a summary</source>
            <translation>Imprimir un resumen</translation>
        </message>
        <message>
            <source>Take your summary home</source>
            <translation>Llévese su resumen a casa</translation>
        </message>
        <message>
            <source>The printer is not ready. Please ask at the front desk.</source>
            <translation>La impresora no está lista. Por favor, pregunte en recepción.</translation>
        </message>
        <message>
            <source>Your summary is printing. Please pick it up at the printer, or ask at the front desk.</source>
            <translation>Su resumen se está imprimiendo. Por favor, recójalo en la impresora o pregunte en recepción.</translation>
        </message>
    </context>
    <context>
        <name>HistoryRow</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the check of %1</source>
            <translation>Abrir la revisión del %1</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Delete the check of %1</source>
            <translation>Borrar la revisión del %1</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Last done today.</source>
            <translation>Hecha por última vez hoy.</translation>
        </message>
        <message>
            <source>Last done yesterday.</source>
            <translation>Hecha por última vez ayer.</translation>
        </message>
        <message numerus="yes">
            <source>Last done %n days ago.</source>
            <translation>
                <numerusform>Hecha por última vez hace %n día.</numerusform>
                <numerusform>Hecha por última vez hace %n días.</numerusform>
            </translation>
        </message>
        <message>
            <source>Last entry today.</source>
            <translation>Última anotación: hoy.</translation>
        </message>
        <message>
            <source>Last entry yesterday.</source>
            <translation>Última anotación: ayer.</translation>
        </message>
        <message numerus="yes">
            <source>Last entry %n days ago.</source>
            <translation>
                <numerusform>Última anotación: hace %n día.</numerusform>
                <numerusform>Última anotación: hace %n días.</numerusform>
            </translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Le damos la bienvenida</translation>
        </message>
        <message>
            <source>This app helps you make sense of pain at the back of your thigh and look after it. Here is a good place to begin.</source>
            <translation>Esta aplicación le ayuda a entender el dolor en la parte de atrás del muslo y a cuidarlo. Este es un buen lugar para empezar.</translation>
        </message>
        <message>
            <source>Welcome back</source>
            <translation>Hola de nuevo</translation>
        </message>
        <message>
            <source>Here is where things stand.</source>
            <translation>Así van las cosas.</translation>
        </message>
        <message>
            <source>Emergency number not set</source>
            <translation>Sin número de emergencias</translation>
        </message>
        <message>
            <source>Your emergency number is not set yet</source>
            <translation>Su número de emergencias aún no está configurado</translation>
        </message>
        <message>
            <source>The app shows this number when a sign needs help right away. It depends on your country, so please choose it yourself.</source>
            <translation>La aplicación muestra este número cuando una señal necesita ayuda de inmediato. Depende de su país, así que, por favor, elíjalo usted.</translation>
        </message>
        <message>
            <source>Set my emergency number</source>
            <translation>Elegir mi número de emergencias</translation>
        </message>
        <message>
            <source>When to get help right away</source>
            <translation>Cuándo pedir ayuda de inmediato</translation>
        </message>
        <message>
            <source>Start with the guided check</source>
            <translation>Empiece con la revisión guiada</translation>
        </message>
        <message>
            <source>Answer a few questions, with safety first. You will see which patterns your pain fits and why, and what you can do now. It takes about five minutes. It explains; it does not diagnose.</source>
            <translation>Responda unas preguntas; primero, las de seguridad. Verá con qué patrones encaja su dolor y por qué, y qué puede hacer ahora. Lleva unos cinco minutos. Explica; no diagnostica.</translation>
        </message>
        <message>
            <source>Start the guided check</source>
            <translation>Hacer la revisión guiada</translation>
        </message>
        <message>
            <source>Learn about nerve and muscle pain</source>
            <translation>Aprender sobre el dolor de nervio y el muscular</translation>
        </message>
        <message>
            <source>Next step: today's journal entry</source>
            <translation>Siguiente paso: la anotación de hoy</translation>
        </message>
        <message>
            <source>A short entry each day shows whether the pain is moving back up your leg or spreading down. It takes less than a minute.</source>
            <translation>Una anotación corta cada día muestra si el dolor vuelve a subir por la pierna o si baja más. Lleva menos de un minuto.</translation>
        </message>
        <message>
            <source>Add today's entry</source>
            <translation>Añadir la anotación de hoy</translation>
        </message>
        <message>
            <source>Take the guided check</source>
            <translation>Hacer la revisión guiada</translation>
        </message>
        <message>
            <source>Take the guided check again</source>
            <translation>Repetir la revisión guiada</translation>
        </message>
        <message>
            <source>You are up to date for today</source>
            <translation>Hoy ya lo tiene todo al día</translation>
        </message>
        <message>
            <source>Your journal has an entry for today. Well done for keeping track.</source>
            <translation>Su diario ya tiene una anotación de hoy. Muy bien por llevar el seguimiento.</translation>
        </message>
        <message>
            <source>Open the journal</source>
            <translation>Abrir el diario</translation>
        </message>
        <message>
            <source>Start a heat timer</source>
            <translation>Iniciar un temporizador de calor</translation>
        </message>
        <message>
            <source>Not done yet.</source>
            <translation>Aún no se ha hecho.</translation>
        </message>
        <message>
            <source>Last done on %1.</source>
            <translation>Hecha por última vez el %1.</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>Aún no hay anotaciones.</translation>
        </message>
        <message>
            <source>Last entry on %1.</source>
            <translation>Última anotación: el %1.</translation>
        </message>
        <message>
            <source>Pain then: %1 out of 10.</source>
            <translation>Dolor entonces: %1 de 10.</translation>
        </message>
        <message numerus="yes">
            <source>Entries in the last 7 days: %n.</source>
            <translation>
                <numerusform>Anotaciones en los últimos 7 días: %n.</numerusform>
                <numerusform>Anotaciones en los últimos 7 días: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries have a date after today: the computer's clock may have been wrong when they were made.</source>
            <translation>
                <numerusform>%n anotación tiene una fecha futura: puede que el reloj del ordenador estuviera mal al hacerla.</numerusform>
                <numerusform>%n anotaciones tienen una fecha futura: puede que el reloj del ordenador estuviera mal al hacerlas.</numerusform>
            </translation>
        </message>
        <message>
            <source>None running.</source>
            <translation>Ninguno en marcha.</translation>
        </message>
        <message numerus="yes">
            <source>%n running.</source>
            <translation>
                <numerusform>%n en marcha.</numerusform>
                <numerusform>%n en marcha.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your skin check is still waiting: please look at your skin, then say so on the Timers page.</source>
            <translation>Su revisión de la piel sigue pendiente: mire su piel y luego indíquelo en la página Temporizadores.</translation>
        </message>
        <message>
            <source>Break reminders are on.</source>
            <translation>Los avisos de pausa están activados.</translation>
        </message>
        <message>
            <source>Guided check</source>
            <translation>Revisión guiada</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Timers</source>
            <translation>Temporizadores</translation>
        </message>
    </context>
    <context>
        <name>IdleNotice</name>
        <message numerus="yes">
            <source>%n second(s) left before the screen clears.</source>
            <translation>
                <numerusform>Queda %n segundo para que se borre la pantalla.</numerusform>
                <numerusform>Quedan %n segundos para que se borre la pantalla.</numerusform>
            </translation>
        </message>
        <message>
            <source>Still there?</source>
            <translation>¿Sigue ahí?</translation>
        </message>
        <message>
            <source>To keep things private, this screen will soon clear the answers and start again for the next person.</source>
            <translation>Para proteger su privacidad, esta pantalla borrará pronto las respuestas y empezará de nuevo para la siguiente persona.</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>Sigo aquí</translation>
        </message>
        <message numerus="yes">
            <source>second(s)</source>
            <comment>unit under the number</comment>
            <translation>
                <numerusform>segundo</numerusform>
                <numerusform>segundos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalForm</name>
        <message>
            <source>This is what you filled in earlier but did not save. Change what you like, then save it, or press Start over.</source>
            <translation>Esto es lo que completó antes pero no guardó. Cambie lo que quiera y luego guárdelo, o pulse Empezar de nuevo.</translation>
        </message>
        <message>
            <source>This is what you filled in on %1 but did not save. Change what you like, then save it, or press Start over.</source>
            <translation>Esto es lo que completó el %1 pero no guardó. Cambie lo que quiera y luego guárdelo, o pulse Empezar de nuevo.</translation>
        </message>
        <message>
            <source>Please check the entry</source>
            <translation>Por favor, revise la anotación</translation>
        </message>
        <message>
            <source>%1: %2 out of 10</source>
            <translation>%1: %2 de 10</translation>
        </message>
        <message>
            <source>Date and time of the entry</source>
            <translation>Fecha y hora de la anotación</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>sin medir</translation>
        </message>
        <message>
            <source>Minutes of walking before the usual symptoms start</source>
            <translation>Minutos caminando antes de que empiecen los síntomas habituales</translation>
        </message>
        <message>
            <source>Minutes of sitting before it gets uncomfortable</source>
            <translation>Minutos sentado antes de que resulte incómodo</translation>
        </message>
        <message>
            <source>Walking: minutes before the usual symptoms</source>
            <translation>Caminar: minutos antes de los síntomas habituales</translation>
        </message>
        <message>
            <source>Sitting: minutes before it gets uncomfortable</source>
            <translation>Estar sentado: minutos antes de que resulte incómodo</translation>
        </message>
        <message>
            <source>0 to %1 minutes; leave it empty if not measured</source>
            <translation>De 0 a %1 minutos; déjelo vacío si no lo midió</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Cómo durmió anoche</translation>
        </message>
        <message>
            <source>Not noted</source>
            <translation>Sin anotar</translation>
        </message>
        <message>
            <source>An activity, such as sitting at work</source>
            <translation>Una actividad, como estar sentado en el trabajo</translation>
        </message>
        <message>
            <source>Such as sitting at work</source>
            <translation>Como trabajar sentado</translation>
        </message>
        <message>
            <source>An activity</source>
            <translation>Una actividad</translation>
        </message>
        <message>
            <source>Activity %1</source>
            <translation>Actividad %1</translation>
        </message>
        <message>
            <source>How well you can do activity %1</source>
            <translation>Hasta qué punto puede hacer la actividad %1</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Sin valorar</translation>
        </message>
        <message>
            <source>0: cannot do it</source>
            <translation>0: no puede hacerla</translation>
        </message>
        <message>
            <source>10: as well as before</source>
            <translation>10: tan bien como antes</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Anything else worth remembering (optional)</source>
            <translation>Algo más que convenga recordar (opcional)</translation>
        </message>
        <message>
            <source>Change journal entry</source>
            <translation>Cambiar la anotación</translation>
        </message>
        <message>
            <source>New journal entry</source>
            <translation>Nueva anotación</translation>
        </message>
        <message>
            <source>Save entry</source>
            <translation>Guardar anotación</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Borrar anotación</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Only pain now and how far down the leg are needed. Everything else is optional.</source>
            <translation>Solo hacen falta el dolor de ahora y hasta dónde baja por la pierna. Todo lo demás es opcional.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Pain now</source>
            <translation>Dolor ahora</translation>
        </message>
        <message>
            <source>0 is no pain, 10 is the worst you can imagine.</source>
            <translation>0 es sin dolor; 10, el peor que pueda imaginar.</translation>
        </message>
        <message>
            <source>Worst pain in the last day</source>
            <translation>Peor dolor del último día</translation>
        </message>
        <message>
            <source>Worst pain in the last 24 hours</source>
            <translation>Peor dolor en las últimas 24 horas</translation>
        </message>
        <message>
            <source>How far down the leg does it reach?</source>
            <translation>¿Hasta dónde baja por la pierna?</translation>
        </message>
        <message>
            <source>Click the drawing or a word, or use the Up and Down arrow keys.</source>
            <translation>Haga clic en el dibujo o en una palabra, o use las flechas arriba y abajo.</translation>
        </message>
        <message>
            <source>Feels like: %1</source>
            <translation>Tipo de dolor: %1</translation>
        </message>
        <message>
            <source>How does it feel?</source>
            <translation>¿Cómo lo siente?</translation>
        </message>
        <message>
            <source>Anything new?</source>
            <translation>¿Algo nuevo?</translation>
        </message>
        <message>
            <source>Tick any of these that are new or getting worse. Each one needs a doctor today, and some need help right away.</source>
            <translation>Marque las que sean nuevas o estén empeorando. Cada una necesita que le vea un médico hoy, y algunas necesitan ayuda de inmediato.</translation>
        </message>
        <message>
            <source>Walking, sitting and sleep</source>
            <translation>Caminar, estar sentado y dormir</translation>
        </message>
        <message>
            <source>Done today: %1</source>
            <translation>Hecho hoy: %1</translation>
        </message>
        <message>
            <source>What did you do for it?</source>
            <translation>¿Qué hizo para aliviarlo?</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>Rate up to three things that matter to you: 0 if you cannot do it, 10 if you can do it as well as before the pain.</source>
            <translation>Valore hasta tres cosas que le importen: 0 si no puede hacerla, 10 si puede hacerla tan bien como antes del dolor.</translation>
        </message>
        <message>
            <source>Filled in from your last entry (%1). Change what is different now, then press Save or Ctrl+Enter.</source>
            <translation>Completado con su última anotación (%1). Cambie lo que sea distinto ahora y luego pulse Guardar anotación o Ctrl+Enter.</translation>
        </message>
        <message>
            <source>Filled in from your walking check at %1.</source>
            <translation>Completado con su prueba de marcha (%1).</translation>
        </message>
        <message>
            <source>This can need help right away</source>
            <translation>Esto puede necesitar ayuda de inmediato</translation>
        </message>
        <message>
            <source>This entry from %1 has a warning sign</source>
            <translation>Esta anotación del %1 tiene una señal de alarma</translation>
        </message>
        <message>
            <source>If this is still so now, or it comes back:</source>
            <translation>Si aún sigue así o vuelve a pasar:</translation>
        </message>
        <message>
            <source>If it has passed, still tell your doctor about it.</source>
            <translation>Si ya pasó, cuénteselo igualmente a su médico.</translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message>
            <source>Change</source>
            <translation>Cambiar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Change the entry of %1</source>
            <translation>Cambiar la anotación: %1</translation>
        </message>
        <message>
            <source>Delete the entry of %1</source>
            <translation>Borrar la anotación: %1</translation>
        </message>
        <message>
            <source>Keep, share and print</source>
            <translation>Guardar, compartir e imprimir</translation>
        </message>
        <message>
            <source>Save a copy of every entry (CSV opens in a spreadsheet), bring entries back from such a copy, or make a one-page report for your clinician.</source>
            <translation>Guarde una copia de todas las anotaciones (el CSV se abre en una hoja de cálculo), recupere anotaciones desde esa copia o haga un informe de una página para su médico o fisioterapeuta.</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exportar como CSV</translation>
        </message>
        <message>
            <source>Export as JSON</source>
            <translation>Exportar como JSON</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Import entries from a file</source>
            <translation>Importar anotaciones desde un archivo</translation>
        </message>
        <message>
            <source>Report as PDF…</source>
            <translation>Informe en PDF…</translation>
        </message>
        <message>
            <source>Save a report for a clinician as a PDF</source>
            <translation>Guardar en PDF un informe para su médico o fisioterapeuta</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print a report for a clinician</source>
            <translation>Imprimir un informe para su médico o fisioterapeuta</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Import entries</source>
            <translation>Importar anotaciones</translation>
        </message>
        <message>
            <source>Journal exports (*.csv *.json *.txt)</source>
            <translation>Exportaciones del diario (*.csv *.json *.txt)</translation>
        </message>
        <message>
            <source>The file could not be saved. %1</source>
            <translation>No se pudo guardar el archivo. %1</translation>
        </message>
        <message numerus="yes">
            <source>%n entries saved to %1.</source>
            <translation>
                <numerusform>%n anotación guardada en %1.</numerusform>
                <numerusform>%n anotaciones guardadas en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file could not be read. %1</source>
            <translation>No se pudo leer el archivo. %1</translation>
        </message>
        <message>
            <source>Nothing was imported. %1</source>
            <translation>No se importó nada. %1</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries were added.</source>
            <translation>
                <numerusform>Se añadió %n anotación.</numerusform>
                <numerusform>Se añadieron %n anotaciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries were added and are safe on disk, but the journal's files are not up to date yet. %1 This finishes by itself when there is space, or choose Try saving again.</source>
            <translation>
                <numerusform>Se añadió %n anotación y está a salvo en el disco, pero los archivos del diario aún no están al día. %1 Esto se completa solo cuando haya espacio, o elija «Guardar de nuevo».</numerusform>
                <numerusform>Se añadieron %n anotaciones y están a salvo en el disco, pero los archivos del diario aún no están al día. %1 Esto se completa solo cuando haya espacio, o elija «Guardar de nuevo».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries were added, but they are not saved yet. %1 They are kept while the app is open.</source>
            <translation>
                <numerusform>Se añadió %n anotación, pero aún no está guardada. %1 Se conserva mientras la aplicación esté abierta.</numerusform>
                <numerusform>Se añadieron %n anotaciones, pero aún no están guardadas. %1 Se conservan mientras la aplicación esté abierta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries were added, but they are not saved yet. %1 They are kept while the app is open: free some space, then choose Try saving again.</source>
            <translation>
                <numerusform>Se añadió %n anotación, pero aún no está guardada. %1 Se conserva mientras la aplicación esté abierta: libere algo de espacio y luego elija «Guardar de nuevo».</numerusform>
                <numerusform>Se añadieron %n anotaciones, pero aún no están guardadas. %1 Se conservan mientras la aplicación esté abierta: libere algo de espacio y luego elija «Guardar de nuevo».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new entries are ready to add.</source>
            <translation>
                <numerusform>%n anotación nueva lista para añadir.</numerusform>
                <numerusform>%n anotaciones nuevas listas para añadir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n are already in your journal and will be skipped.</source>
            <translation>
                <numerusform>%n ya está en su diario y se omitirá.</numerusform>
                <numerusform>%n ya están en su diario y se omitirán.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows have problems and will be skipped:</source>
            <translation>
                <numerusform>%n fila tiene problemas y se omitirá:</numerusform>
                <numerusform>%n filas tienen problemas y se omitirán:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…y %n más.</numerusform>
                <numerusform>…y %n más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n entries</source>
            <translation>
                <numerusform>Añadir %n anotación</numerusform>
                <numerusform>Añadir %n anotaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>The report could not be saved. %1</source>
            <translation>No se pudo guardar el informe. %1</translation>
        </message>
        <message>
            <source>The report was saved to %1.</source>
            <translation>El informe se guardó en %1.</translation>
        </message>
        <message>
            <source>Some characters you typed cannot be shown in the report, because this computer has no font for them. Each is printed as %1.</source>
            <translation>Algunos caracteres que escribió no se pueden mostrar en el informe, porque este equipo no tiene una fuente para ellos. Cada uno se imprime como %1.</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tendencia</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>A short entry each day shows whether the pain is moving back up your leg or spreading further down. It takes under a minute.</source>
            <translation>Una anotación corta cada día muestra si el dolor vuelve a subir por la pierna o si se extiende más abajo. Lleva menos de un minuto.</translation>
        </message>
        <message>
            <source>Graph</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <source>How far down, pain and walking over time</source>
            <translation>Hasta dónde baja, dolor y caminar a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Recent entries</source>
            <translation>Anotaciones recientes</translation>
        </message>
        <message>
            <source>Show more entries</source>
            <translation>Ver más anotaciones</translation>
        </message>
        <message>
            <source>Add an entry</source>
            <translation>Añadir anotación</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo the last change</source>
            <translation>Deshacer el último cambio</translation>
        </message>
        <message>
            <source>Ctrl+Z</source>
            <translation>Ctrl+Z</translation>
        </message>
        <message>
            <source>warning signs noted</source>
            <translation>señales de alarma anotadas</translation>
        </message>
        <message numerus="yes">
            <source>%n saved entries could not be read; they are kept as they are.</source>
            <translation>
                <numerusform>No se pudo leer %n anotación guardada; se conserva tal como está.</numerusform>
                <numerusform>No se pudieron leer %n anotaciones guardadas; se conservan tal como están.</numerusform>
            </translation>
        </message>
        <message>
            <source>The entry of %1 was deleted.</source>
            <translation>Se borró la anotación (%1).</translation>
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation>No hay nada que deshacer.</translation>
        </message>
        <message>
            <source>The new entry was taken back.</source>
            <translation>Se ha deshecho la anotación nueva.</translation>
        </message>
        <message>
            <source>The change was taken back.</source>
            <translation>Se ha deshecho el cambio.</translation>
        </message>
        <message>
            <source>The deleted entry is back.</source>
            <translation>La anotación borrada ha vuelto.</translation>
        </message>
        <message numerus="yes">
            <source>The %n imported entries were taken back.</source>
            <translation>
                <numerusform>Se ha retirado la anotación importada.</numerusform>
                <numerusform>Se han retirado las %n anotaciones importadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry saved.</source>
            <translation>Anotación guardada.</translation>
        </message>
        <message>
            <source>Your change was saved.</source>
            <translation>Su cambio se ha guardado.</translation>
        </message>
        <message numerus="yes">
            <source>Last %n days</source>
            <translation>
                <numerusform>Último día</numerusform>
                <numerusform>Últimos %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n days before</source>
            <translation>
                <numerusform>El día anterior</numerusform>
                <numerusform>Los %n días anteriores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n entries; on average as far down as: %2; pain %3 out of 10.</source>
            <comment>%1 is a span of days, %2 a part of the leg (Knee), %3 a number</comment>
            <translation>
                <numerusform>%1: %n anotación; de media baja hasta: %2; dolor %3 de 10.</numerusform>
                <numerusform>%1: %n anotaciones; de media baja hasta: %2; dolor %3 de 10.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First %n days: on average as far down as: %1.</source>
            <translation>
                <numerusform>Primer día: de media baja hasta: %1.</numerusform>
                <numerusform>Primeros %n días: de media baja hasta: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Latest %n days: on average as far down as: %1.</source>
            <translation>
                <numerusform>Último día: de media baja hasta: %1.</numerusform>
                <numerusform>Últimos %n días: de media baja hasta: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalReport</name>
        <message>
            <source>Journal report</source>
            <translation>Informe del diario</translation>
        </message>
        <message>
            <source>Print the journal report</source>
            <translation>Imprimir el informe del diario</translation>
        </message>
        <message>
            <source>The graph, %1 to %2</source>
            <translation>El gráfico, del %1 al %2</translation>
        </message>
        <message>
            <source>There are no entries to sum up yet.</source>
            <translation>Todavía no hay anotaciones que resumir.</translation>
        </message>
        <message numerus="yes">
            <source>First %n days</source>
            <translation>
                <numerusform>Primer día</numerusform>
                <numerusform>Primeros %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days</source>
            <translation>
                <numerusform>Último día</numerusform>
                <numerusform>Últimos %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Whole period</source>
            <translation>Todo el periodo</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Anotaciones</translation>
        </message>
        <message>
            <source>Pain reaches, on average</source>
            <translation>Hasta dónde llega el dolor, en promedio</translation>
        </message>
        <message>
            <source>Pain now, 0 to 10 (average)</source>
            <translation>Dolor ahora, de 0 a 10 (promedio)</translation>
        </message>
        <message>
            <source>Worst pain of the day (average)</source>
            <translation>Peor dolor del día (promedio)</translation>
        </message>
        <message>
            <source>Walking before symptoms, minutes (average)</source>
            <translation>Caminar antes de los síntomas, minutos (promedio)</translation>
        </message>
        <message>
            <source>Activities the person rates (0: cannot do it, 10: no trouble)</source>
            <translation>Actividades que la persona puntúa (0: no puede hacerla, 10: sin problema)</translation>
        </message>
        <message>
            <source>No activities rated.</source>
            <translation>No hay actividades puntuadas.</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>First score</source>
            <translation>Primera puntuación</translation>
        </message>
        <message>
            <source>Latest score</source>
            <translation>Última puntuación</translation>
        </message>
        <message>
            <source>Times rated</source>
            <translation>Veces puntuada</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 el %2</translation>
        </message>
        <message>
            <source>No guided check has been done yet.</source>
            <translation>Aún no se ha hecho ninguna revisión guiada.</translation>
        </message>
        <message>
            <source>Done on %1. The result the person saw: “%2”</source>
            <translation>Hecha el %1. El resultado que vio la persona: «%2»</translation>
        </message>
        <message>
            <source>No warning sign was ticked in this period.</source>
            <translation>No se marcó ninguna señal de alarma en este periodo.</translation>
        </message>
        <message numerus="yes">
            <source>%1: in %n entries, where both legs were chosen with burning, tingling, numbness or weakness (%2)</source>
            <translation>
                <numerusform>%1: en %n anotación en la que se eligieron las dos piernas con ardor, hormigueo, adormecimiento o debilidad (%2)</numerusform>
                <numerusform>%1: en %n anotaciones en las que se eligieron las dos piernas con ardor, hormigueo, adormecimiento o debilidad (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: ticked in %n entries (%2)</source>
            <translation>
                <numerusform>%1: marcada en %n anotación (%2)</numerusform>
                <numerusform>%1: marcada en %n anotaciones (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Made on %1.</source>
            <translation>Hecho el %1.</translation>
        </message>
        <message>
            <source>Made on %1. The journal has no entries yet.</source>
            <translation>Hecho el %1. El diario aún no tiene anotaciones.</translation>
        </message>
        <message numerus="yes">
            <source>Made on %1 from the person's own journal: %n entries on %2.</source>
            <translation>
                <numerusform>Hecho el %1 a partir del diario de la persona: %n anotación del %2.</numerusform>
                <numerusform>Hecho el %1 a partir del diario de la persona: %n anotaciones del %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Made on %1 from the person's own journal: %n entries from %2 to %3.</source>
            <translation>
                <numerusform>Hecho el %1 a partir del diario de la persona: %n anotación del %2 al %3.</numerusform>
                <numerusform>Hecho el %1 a partir del diario de la persona: %n anotaciones del %2 al %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved entries could not be read and are not in this report, so it may be incomplete.</source>
            <translation>
                <numerusform>No se pudo leer %n anotación guardada y no está en este informe, así que puede estar incompleto.</numerusform>
                <numerusform>No se pudieron leer %n anotaciones guardadas y no están en este informe, así que puede estar incompleto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries are left out of this report because their date is after today (the computer's clock may have been wrong when they were made). They are still in the journal.</source>
            <translation>
                <numerusform>%n anotación queda fuera de este informe porque tiene una fecha futura (puede que el reloj del ordenador estuviera mal al hacerla). Sigue en el diario.</numerusform>
                <numerusform>%n anotaciones quedan fuera de este informe porque tienen una fecha futura (puede que el reloj del ordenador estuviera mal al hacerlas). Siguen en el diario.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Of these, %n give a warning sign.</source>
            <translation>
                <numerusform>De ellas, %n muestra una señal de alarma.</numerusform>
                <numerusform>De ellas, %n muestran una señal de alarma.</numerusform>
            </translation>
        </message>
        <message>
            <source>Name: ______________________   Date of birth: ______________</source>
            <translation>Nombre: ______________________   Fecha de nacimiento: ______________</translation>
        </message>
        <message>
            <source>The person wrote these entries themselves. The app explains and helps with self-care; it does not diagnose.</source>
            <translation>La persona escribió estas anotaciones. La aplicación explica y ayuda con los cuidados en casa; no diagnostica.</translation>
        </message>
        <message>
            <source>Top: how far down the leg the pain reached each day (shaded; the foot at the bottom). Then pain now (thick line) and worst of the day (thin line), walking minutes before symptoms, and days with heat, ice, breaks or a guided check.</source>
            <translation>Arriba: hasta dónde bajó el dolor por la pierna cada día (zona sombreada; el pie abajo). Después, el dolor ahora (línea gruesa) y el peor del día (línea fina), los minutos de caminar antes de los síntomas, y los días con calor, hielo, pausas o una revisión guiada.</translation>
        </message>
        <message>
            <source>Over more than a year, the lines show weekly averages.</source>
            <translation>Con más de un año, las líneas muestran promedios semanales.</translation>
        </message>
        <message>
            <source>Every entry follows in a table on the next pages.</source>
            <translation>Todas las anotaciones siguen en una tabla en las páginas siguientes.</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tendencia</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Cifras clave</translation>
        </message>
        <message>
            <source>Last guided check</source>
            <translation>Última revisión guiada</translation>
        </message>
        <message>
            <source>Warning signs in this period</source>
            <translation>Señales de alarma en este periodo</translation>
        </message>
        <message>
            <source>Journal report for a clinician</source>
            <translation>Informe del diario para el médico o fisioterapeuta</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>del %1 al %2</translation>
        </message>
        <message>
            <source>Some characters the person typed could not be printed: each is shown as %1.</source>
            <translation>Algunos caracteres que escribió la persona no se pudieron imprimir: cada uno aparece como %1.</translation>
        </message>
        <message>
            <source>Warning sign: %1</source>
            <translation>Señal de alarma: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>Reaches</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <source>Walk (min)</source>
            <translation>Caminar (min)</translation>
        </message>
        <message>
            <source>Symptoms</source>
            <translation>Síntomas</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Entries, %1</source>
            <translation>Anotaciones del %1</translation>
        </message>
        <message>
            <source>Entries, %1 to %2</source>
            <translation>Anotaciones, del %1 al %2</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>(cut short: %n more character(s) in the app)</source>
            <translation>
                <numerusform>(recortada: %n carácter más en la aplicación)</numerusform>
                <numerusform>(recortada: %n caracteres más en la aplicación)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (worst %2)</source>
            <translation>%1 (peor %2)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>JournalWords</name>
        <message>
            <source>Pain %1 out of 10</source>
            <translation>Dolor %1 de 10</translation>
        </message>
        <message>
            <source>pain %1 out of 10</source>
            <translation>dolor %1 de 10</translation>
        </message>
        <message>
            <source>Pain %1 out of 10 (worst %2)</source>
            <translation>Dolor %1 de 10 (el peor, %2)</translation>
        </message>
        <message>
            <source>pain %1 out of 10 (worst %2)</source>
            <translation>dolor %1 de 10 (el peor, %2)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>how far down the leg, then which side: Knee (Left)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>walked %1 min</source>
            <translation>caminó %1 min</translation>
        </message>
    </context>
    <context>
        <name>KioskWelcome</name>
        <message>
            <source>Welcome to %1</source>
            <translation>Le damos la bienvenida a %1</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Le damos la bienvenida</translation>
        </message>
        <message>
            <source>Pain at the back of your thigh? While you wait, this screen can help you understand it and what to do about it.</source>
            <translation>¿Le duele la parte de atrás del muslo? Mientras espera, esta pantalla puede ayudarle a entender el dolor y qué hacer con él.</translation>
        </message>
        <message>
            <source>Your answers have been cleared. Thank you, and take care.</source>
            <translation>Sus respuestas se han borrado. Gracias, y cuídese.</translation>
        </message>
        <message>
            <source>Start the guided check</source>
            <translation>Hacer la revisión guiada</translation>
        </message>
        <message>
            <source>About 5 minutes. Safety questions come first.</source>
            <translation>Unos 5 minutos. Primero, las preguntas de seguridad.</translation>
        </message>
        <message>
            <source>Learn about nerve and muscle pain</source>
            <translation>Aprender sobre el dolor de nervio y el muscular</translation>
        </message>
        <message>
            <source>Short cards with pictures.</source>
            <translation>Fichas cortas con dibujos.</translation>
        </message>
        <message>
            <source>When to get help right away</source>
            <translation>Cuándo pedir ayuda de inmediato</translation>
        </message>
        <message>
            <source>%1 Or tell the front desk now.</source>
            <translation>%1 O avise ahora en recepción.</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>Su privacidad</translation>
        </message>
        <message>
            <source>Nothing you enter is kept</source>
            <translation>No se guarda nada de lo que escriba</translation>
        </message>
        <message>
            <source>This screen is shared. When you are done, press “Finish and clear” at the top. If nobody touches the screen for a while, it clears itself.</source>
            <translation>Esta pantalla es compartida. Cuando termine, pulse “Terminar y borrar” arriba. Si nadie toca la pantalla durante un rato, se borra sola.</translation>
        </message>
        <message>
            <source>Questions? Call %1.</source>
            <translation>¿Preguntas? Llame al %1.</translation>
        </message>
        <message>
            <source>Opening hours: %1.</source>
            <translation>Horario: %1.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Clinic kiosk</source>
            <translation>Quiosco del centro</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Guided check</source>
            <translation>Revisión guiada</translation>
        </message>
        <message>
            <source>Learn</source>
            <translation>Aprender</translation>
        </message>
        <message>
            <source>Heat and breaks</source>
            <translation>Calor y pausas</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Finish and clear</source>
            <translation>Terminar y borrar</translation>
        </message>
        <message>
            <source>Clears every answer on this screen and starts again for the next person</source>
            <translation>Borra todas las respuestas de esta pantalla y empieza de nuevo para la siguiente persona</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Match my computer</source>
            <translation>Igual que mi equipo</translation>
        </message>
    </context>
    <context>
        <name>LearnPage</name>
        <message>
            <source>Learn</source>
            <translation>Aprender</translation>
        </message>
        <message>
            <source>The Learn cards could not be loaded</source>
            <translation>No se pudieron cargar las fichas de Aprender</translation>
        </message>
        <message>
            <source>Some of the app's files are damaged or missing. The rest of the app still works. Reinstalling the app should fix this.</source>
            <translation>Algunos archivos de la aplicación están dañados o faltan. El resto de la aplicación sigue funcionando. Volver a instalar la aplicación debería solucionarlo.</translation>
        </message>
        <message>
            <source>Back to the drawing</source>
            <translation>Volver al dibujo</translation>
        </message>
        <message>
            <source>Back to the quiz</source>
            <translation>Volver al cuestionario</translation>
        </message>
        <message>
            <source>Back to “%1”</source>
            <translation>Volver a “%1”</translation>
        </message>
        <message>
            <source>Back to Learn</source>
            <translation>Volver a Aprender</translation>
        </message>
    </context>
    <context>
        <name>LearnStart</name>
        <message>
            <source>Learn</source>
            <translation>Aprender</translation>
        </message>
        <message>
            <source>Short cards with pictures. Open one for the main idea, and more detail if you want it.</source>
            <translation>Fichas cortas con dibujos. Abra una para ver la idea principal, y más detalles si los quiere.</translation>
        </message>
        <message>
            <source>Search the cards (Ctrl+F), for example: heat, sleep</source>
            <translation>Buscar en las fichas (Ctrl+F), por ejemplo: calor, sueño</translation>
        </message>
        <message>
            <source>Search the cards, for example: heat</source>
            <translation>Buscar en las fichas, por ejemplo: calor</translation>
        </message>
        <message>
            <source>Search the cards</source>
            <translation>Buscar en las fichas</translation>
        </message>
        <message>
            <source>Show all cards</source>
            <translation>Mostrar todas las fichas</translation>
        </message>
        <message>
            <source>Take the guided check</source>
            <translation>Hacer la revisión guiada</translation>
        </message>
        <message>
            <source>Explore and check</source>
            <translation>Explorar y repasar</translation>
        </message>
        <message>
            <source>Explore the leg</source>
            <translation>Explorar la pierna</translation>
        </message>
        <message>
            <source>An interactive drawing of the nerve, the muscles and where pain shows up.</source>
            <translation>Un dibujo interactivo del nervio, los músculos y dónde aparece el dolor.</translation>
        </message>
        <message>
            <source>Check what you learned</source>
            <translation>Compruebe lo aprendido</translation>
        </message>
        <message numerus="yes">
            <source>%n short question(s), with kind feedback.</source>
            <translation>
                <numerusform>%n pregunta corta, con comentarios amables.</numerusform>
                <numerusform>%n preguntas cortas, con comentarios amables.</numerusform>
            </translation>
        </message>
        <message>
            <source>More cards</source>
            <translation>Más fichas</translation>
        </message>
        <message>
            <source>For you</source>
            <translation>Para usted</translation>
        </message>
        <message>
            <source>Start here</source>
            <translation>Empiece aquí</translation>
        </message>
        <message>
            <source>A good place to start</source>
            <translation>Un buen lugar para empezar</translation>
        </message>
        <message>
            <source>Begin with how nerve pain and muscle pain differ. After the guided check, the cards that fit your answers come first.</source>
            <translation>Empiece por cómo se diferencian el dolor de nervio y el dolor muscular. Después de la revisión guiada, las fichas que encajan con sus respuestas aparecen primero.</translation>
        </message>
        <message>
            <source>Picked for your last check</source>
            <translation>Elegidas según su última revisión</translation>
        </message>
        <message>
            <source>Your answers fit %1 best, so these cards come first.</source>
            <translation>Sus respuestas encajan mejor con %1, así que estas fichas aparecen primero.</translation>
        </message>
        <message>
            <source>Your last check points to no pattern, so these cards are a good general start.</source>
            <translation>Su última revisión no apunta a ningún patrón, así que estas fichas son un buen comienzo general.</translation>
        </message>
        <message>
            <source>Your answers did not point clearly to one pattern. These cards cover the closest ones.</source>
            <translation>Sus respuestas no apuntaron con claridad a un solo patrón. Estas fichas tratan los más cercanos.</translation>
        </message>
        <message>
            <source>Your last check suggests seeing a clinician soon. So “When to get help” comes first.</source>
            <translation>Su última revisión sugiere consultar pronto a su médico o fisioterapeuta. Por eso “Cuándo pedir ayuda” aparece primero.</translation>
        </message>
        <message>
            <source>Your last check suggests seeing a doctor today. So “When to get help” comes first.</source>
            <translation>Su última revisión sugiere consultar hoy a un médico. Por eso “Cuándo pedir ayuda” aparece primero.</translation>
        </message>
        <message>
            <source>Your last check found a sign that needs help right away. So “When to get help” comes first.</source>
            <translation>Su última revisión encontró una señal que necesita ayuda de inmediato. Por eso “Cuándo pedir ayuda” aparece primero.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) found</source>
            <translation>
                <numerusform>%n ficha encontrada</numerusform>
                <numerusform>%n fichas encontradas</numerusform>
            </translation>
        </message>
        <message>
            <source>No cards found</source>
            <translation>Ninguna ficha encontrada</translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Try another word, such as nerve, heat or sitting.</source>
            <translation>Nada coincide con “%1”. Pruebe otra palabra, como nervio, calor o sentarse.</translation>
        </message>
        <message>
            <source>Words like “%1” are too common to search for. Try a word such as sleep, heat or sitting. Here are all the cards.</source>
            <translation>Palabras como “%1” son demasiado comunes para buscarlas. Pruebe una palabra como dormir, calor o sentarse. Aquí tiene todas las fichas.</translation>
        </message>
    </context>
    <context>
        <name>LegLevelPicker</name>
        <message>
            <source>How far down the leg: %1</source>
            <translation>Hasta dónde baja por la pierna: %1</translation>
        </message>
        <message>
            <source>Which side?</source>
            <translation>¿De qué lado?</translation>
        </message>
        <message>
            <source>Side: %1</source>
            <translation>Lado: %1</translation>
        </message>
        <message>
            <source>Nothing chosen yet.</source>
            <translation>Aún no ha elegido nada.</translation>
        </message>
        <message>
            <source>Drawing of the lower back and leg from behind. %1</source>
            <translation>Dibujo de la parte baja de la espalda y la pierna, visto desde atrás. %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Learn</source>
            <translation>Aprender</translation>
        </message>
        <message>
            <source>Timers</source>
            <translation>Temporizadores</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>&amp;App</source>
            <translation>&amp;Aplicación</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Bigger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>Normal text size</source>
            <translation>Tamaño de texto normal</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>What this app is and is not</source>
            <translation>Qué es y qué no es esta aplicación</translation>
        </message>
        <message>
            <source>&amp;About %1</source>
            <translation>&amp;Acerca de %1</translation>
        </message>
        <message>
            <source>About your settings</source>
            <translation>Acerca de sus ajustes</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Changes not saved</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Quit and lose your latest changes?</source>
            <translation>¿Salir y perder sus últimos cambios?</translation>
        </message>
        <message>
            <source>Your latest changes could not be saved on this computer. If you quit now, they are lost for good. To keep them, stay in the app, free some space or fix the folder, then choose "Try saving again".</source>
            <translation>Sus últimos cambios no se pudieron guardar en este equipo. Si sale ahora, se pierden para siempre. Para conservarlos, quédese en la aplicación, libere espacio o arregle la carpeta y luego elija «Guardar de nuevo».</translation>
        </message>
        <message>
            <source>Quit and lose them</source>
            <translation>Salir y perderlos</translation>
        </message>
        <message>
            <source>Don't quit</source>
            <translation>No salir</translation>
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <source>Main navigation</source>
            <translation>Navegación principal</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Go to the %1 page</source>
            <translation>Ir a la página %1</translation>
        </message>
    </context>
    <context>
        <name>NoticeScreen</name>
        <message>
            <source>What to do now</source>
            <translation>Qué hacer ahora</translation>
        </message>
        <message>
            <source>You can go on with the check. At the end it also shows what may help while you wait to be seen. The advice above still stands.</source>
            <translation>Puede seguir con la revisión. Al final también le muestra lo que puede ayudarle mientras espera a que le atiendan. El consejo de arriba sigue siendo válido.</translation>
        </message>
        <message>
            <source>I understand: continue the check</source>
            <translation>Entiendo: seguir con la revisión</translation>
        </message>
        <message>
            <source>Back to change my answer</source>
            <translation>Volver para cambiar mi respuesta</translation>
        </message>
    </context>
    <context>
        <name>NumberField</name>
        <message>
            <source>%1 to %2 %3</source>
            <translation>%1 a %2 %3</translation>
        </message>
        <message>
            <source>Please choose %1 to %2.</source>
            <translation>Elija un valor de %1 a %2.</translation>
        </message>
        <message>
            <source>too few</source>
            <translation>muy poco</translation>
        </message>
        <message>
            <source>too many</source>
            <translation>demasiado</translation>
        </message>
        <message>
            <source>%1 is %2: it stays at %3 %4.</source>
            <translation>%1 es %2: se queda en %3 %4.</translation>
        </message>
    </context>
    <context>
        <name>OpenAgainNotice</name>
        <message>
            <source>The app was already open. Here it is.</source>
            <translation>La aplicación ya estaba abierta. Aquí está.</translation>
        </message>
    </context>
    <context>
        <name>PackPanel</name>
        <message>
            <source>How long?</source>
            <translation>¿Cuánto tiempo?</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Other:</source>
            <translation>Otro:</translation>
        </message>
        <message>
            <source>%1: another length</source>
            <translation>%1: otra duración</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>%1: minutes</source>
            <translation>%1: minutos</translation>
        </message>
        <message numerus="yes">
            <source>Never longer than %n minute(s) at a time.</source>
            <translation>
                <numerusform>Nunca más de %n minuto seguido.</numerusform>
                <numerusform>Nunca más de %n minutos seguidos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Next: safety check</source>
            <translation>Siguiente: seguridad</translation>
        </message>
        <message>
            <source>%1: next, safety check</source>
            <translation>%1: siguiente, control de seguridad</translation>
        </message>
        <message>
            <source>Safety check</source>
            <translation>Control de seguridad</translation>
        </message>
        <message>
            <source>Remember</source>
            <translation>Recuerde</translation>
        </message>
        <message>
            <source>%1: back</source>
            <translation>%1: atrás</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Please answer each question to go on.</source>
            <translation>Por favor, responda a cada pregunta para seguir.</translation>
        </message>
        <message>
            <source>Do not start</source>
            <translation>No empiece</translation>
        </message>
        <message>
            <source>Go to the ice timer</source>
            <translation>Ir al temporizador de frío</translation>
        </message>
        <message>
            <source>%1 is on</source>
            <translation>%1 en marcha</translation>
        </message>
        <message>
            <source>%1 time left</source>
            <translation>%1: tiempo restante</translation>
        </message>
        <message>
            <source>Keep this window open until the time is up; you can minimise it. With no system tray on this computer, the alert cannot reach you once the window is closed.</source>
            <translation>Mantenga esta ventana abierta hasta que se acabe el tiempo; puede minimizarla. Como este equipo no tiene bandeja del sistema, el aviso no le llegará si cierra la ventana.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop heat</source>
            <translation>Detener el calor</translation>
        </message>
        <message>
            <source>Stop ice</source>
            <translation>Detener el hielo</translation>
        </message>
        <message>
            <source>I have checked my skin</source>
            <translation>He revisado mi piel</translation>
        </message>
        <message>
            <source>Start heat for %1</source>
            <translation>Poner calor durante %1</translation>
        </message>
        <message>
            <source>Start ice for %1</source>
            <translation>Poner hielo durante %1</translation>
        </message>
        <message>
            <source>Please do not use heat now</source>
            <translation>Por favor, no use calor ahora</translation>
        </message>
        <message>
            <source>Please do not use ice now</source>
            <translation>Por favor, no use hielo ahora</translation>
        </message>
        <message>
            <source>%1 is on now. One at a time, please.</source>
            <translation>Ya hay uno en marcha: %1. De uno en uno, por favor.</translation>
        </message>
        <message>
            <source>Sessions today: %1.</source>
            <translation>Sesiones hoy: %1.</translation>
        </message>
        <message>
            <source>The last one ended today at %1.</source>
            <translation>La última terminó hoy a %1.</translation>
        </message>
        <message>
            <source>The last one ended yesterday at %1.</source>
            <translation>La última terminó ayer a %1.</translation>
        </message>
        <message>
            <source>The last one ended on %2 at %1.</source>
            <comment>%2 a day of the week, %1 a time</comment>
            <translation>La última terminó el %2 a %1.</translation>
        </message>
        <message>
            <source>For spacing, wait until about %1.</source>
            <translation>Para dejar tiempo entre sesiones, espere hasta %1, más o menos.</translation>
        </message>
        <message>
            <source>%1: paused</source>
            <translation>%1: en pausa</translation>
        </message>
        <message>
            <source>Paused. The time left waits for you.</source>
            <translation>En pausa. El tiempo restante le espera.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>%1 is on, %2</source>
            <translation>%1 en marcha, %2</translation>
        </message>
        <message>
            <source>Ends at %1.</source>
            <translation>Termina a %1.</translation>
        </message>
        <message>
            <source>Resume heat</source>
            <translation>Reanudar el calor</translation>
        </message>
        <message>
            <source>Resume ice</source>
            <translation>Reanudar el hielo</translation>
        </message>
        <message>
            <source>Pause heat</source>
            <translation>Pausar el calor</translation>
        </message>
        <message>
            <source>Pause ice</source>
            <translation>Pausar el hielo</translation>
        </message>
        <message>
            <source>Stopped at %1 after %2.</source>
            <translation>Se detuvo a %1, después de %2.</translation>
        </message>
        <message>
            <source>It ended at %1, while the computer was asleep or the app was closed.</source>
            <translation>Terminó a %1, mientras el equipo estaba suspendido o la aplicación estaba cerrada.</translation>
        </message>
        <message>
            <source>It ended at %1.</source>
            <translation>Terminó a %1.</translation>
        </message>
        <message>
            <source>Saved to your journal.</source>
            <translation>Guardado en su diario.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>This page cannot open</source>
            <translation>Esta página no se puede abrir</translation>
        </message>
        <message>
            <source>Its content files have problems. Please reinstall the app.</source>
            <translation>Sus archivos de contenido tienen problemas. Vuelva a instalar la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>PainDistanceChart</name>
        <message>
            <source>2 weeks</source>
            <translation>2 semanas</translation>
        </message>
        <message>
            <source>Show the last 2 weeks</source>
            <translation>Mostrar las últimas 2 semanas</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 meses</translation>
        </message>
        <message>
            <source>Show the last 3 months</source>
            <translation>Mostrar los últimos 3 meses</translation>
        </message>
        <message>
            <source>A year</source>
            <translation>Un año</translation>
        </message>
        <message>
            <source>Show the last year</source>
            <translation>Mostrar el último año</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Show every entry</source>
            <translation>Mostrar todas las anotaciones</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>The shaded area runs from no pain (top) down to the furthest the pain reached each day; the lower it reaches, the further down the leg.</source>
            <translation>La zona sombreada va desde sin dolor (arriba) hasta lo más lejos que llegó el dolor cada día; cuanto más baja, más abajo en la pierna.</translation>
        </message>
        <message>
            <source>Graph of how far down the leg the pain reached over time</source>
            <translation>Gráfico de hasta dónde bajó el dolor por la pierna a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Details of the chosen entry</source>
            <translation>Detalles de la anotación elegida</translation>
        </message>
        <message>
            <source>More than a year is shown, so the lines show weekly averages.</source>
            <translation>Se muestra más de un año, así que las líneas muestran promedios semanales.</translation>
        </message>
        <message>
            <source>Point at the graph, or click it and use the Left and Right arrow keys, to see one entry. Drag to move through the dates; click the graph (or hold Ctrl) and scroll to zoom.</source>
            <translation>Señale el gráfico, o haga clic en él y use las flechas izquierda y derecha, para ver una anotación. Arrastre para moverse por las fechas; haga clic en el gráfico (o mantenga pulsada Ctrl) y use la rueda para ampliar.</translation>
        </message>
        <message>
            <source>How far down the leg (shaded)</source>
            <translation>Hasta dónde baja por la pierna (sombreado)</translation>
        </message>
        <message>
            <source>Pain 0 to 10: now (thick), worst of the day (thin)</source>
            <translation>Dolor de 0 a 10: ahora (gruesa), peor del día (fina)</translation>
        </message>
        <message>
            <source>Walking: minutes before symptoms</source>
            <translation>Caminar: minutos antes de los síntomas</translation>
        </message>
        <message>
            <source>Heat, ice, breaks and checks</source>
            <translation>Calor, hielo, pausas y revisiones</translation>
        </message>
        <message numerus="yes">
            <source>%n entries dated after today are not shown.</source>
            <translation>
                <numerusform>%n anotación con fecha futura no se muestra.</numerusform>
                <numerusform>%n anotaciones con fecha futura no se muestran.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries.</source>
            <translation>
                <numerusform>%n anotación.</numerusform>
                <numerusform>%n anotaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>No entries in this time. A longer time shows older ones.</source>
            <translation>No hay anotaciones en estas fechas. Un periodo más largo muestra las anteriores.</translation>
        </message>
        <message>
            <source>Heat</source>
            <translation>Calor</translation>
        </message>
        <message>
            <source>Ice</source>
            <translation>Hielo</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>%1 ×%2 (%3 min)</source>
            <translation>%1 ×%2 (%3 min)</translation>
        </message>
        <message>
            <source>Check: %1</source>
            <translation>Revisión: %1</translation>
        </message>
    </context>
    <context>
        <name>PinDots</name>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>No digits entered.</source>
            <translation>No se ha escrito ningún dígito.</translation>
        </message>
        <message numerus="yes">
            <source>%n digit(s) entered.</source>
            <translation>
                <numerusform>%n dígito escrito.</numerusform>
                <numerusform>%n dígitos escritos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. %n try(s) left.</source>
            <translation>
                <numerusform>El PIN no es correcto. Queda %n intento.</numerusform>
                <numerusform>El PIN no es correcto. Quedan %n intentos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The PIN has at least %n digit(s).</source>
            <translation>
                <numerusform>El PIN tiene al menos %n dígito.</numerusform>
                <numerusform>El PIN tiene al menos %n dígitos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong tries. Try again in %n second(s).</source>
            <translation>
                <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo dentro de %n segundo.</numerusform>
                <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo dentro de %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Staff only</source>
            <translation>Solo personal</translation>
        </message>
        <message>
            <source>Enter the admin PIN to leave kiosk mode.</source>
            <translation>Escriba el PIN de administración para salir del modo quiosco.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Delete last digit</source>
            <translation>Borrar el último dígito</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>PIN keys</source>
            <translation>Teclas del PIN</translation>
        </message>
        <message>
            <source>No admin PIN is set in the kiosk config, so this screen cannot be unlocked here. The kiosk setup guide says how to set one.</source>
            <translation>No hay ningún PIN de administración en la configuración del quiosco, así que esta pantalla no se puede desbloquear aquí. La guía de instalación del quiosco explica cómo configurarlo.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Ya puede volver a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>QrCodeView</name>
        <message>
            <source>QR code with your summary</source>
            <translation>Código QR con su resumen</translation>
        </message>
    </context>
    <context>
        <name>QuestionScreen</name>
        <message>
            <source>Part %1 of %2: %3</source>
            <translation>Parte %1 de %2: %3</translation>
        </message>
        <message>
            <source>Progress: %1</source>
            <translation>Progreso: %1</translation>
        </message>
        <message>
            <source>Why we ask this</source>
            <translation>Por qué lo preguntamos</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back to the previous question</source>
            <translation>Volver a la pregunta anterior</translation>
        </message>
        <message>
            <source>Back (Alt+Left)</source>
            <translation>Atrás (Alt+Flecha izquierda)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next (Enter)</source>
            <translation>Siguiente (Enter)</translation>
        </message>
        <message>
            <source>Skip this check</source>
            <translation>Saltar esta prueba</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Hide why we ask this</source>
            <translation>Ocultar por qué lo preguntamos</translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Check what you learned</source>
            <translation>Compruebe lo aprendido</translation>
        </message>
        <message numerus="yes">
            <source>%n short question(s). Take your time: nothing is saved, and your score is only for you.</source>
            <translation>
                <numerusform>%n pregunta corta. Tómese su tiempo: no se guarda nada y su resultado es solo para usted.</numerusform>
                <numerusform>%n preguntas cortas. Tómese su tiempo: no se guarda nada y su resultado es solo para usted.</numerusform>
            </translation>
        </message>
        <message>
            <source>← Back to Learn</source>
            <translation>← Volver a Aprender</translation>
        </message>
        <message>
            <source>Back to Learn</source>
            <translation>Volver a Aprender</translation>
        </message>
        <message>
            <source>Check my answer</source>
            <translation>Comprobar mi respuesta</translation>
        </message>
        <message>
            <source>Pick one of the answers first.</source>
            <translation>Primero elija una de las respuestas.</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Siguiente pregunta</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Back to the cards</source>
            <translation>Volver a las fichas</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Pregunta %1 de %2</translation>
        </message>
        <message>
            <source>See my result</source>
            <translation>Ver mi resultado</translation>
        </message>
        <message>
            <source>✓ Well done</source>
            <translation>✓ Muy bien</translation>
        </message>
        <message>
            <source>✗ Not quite</source>
            <translation>✗ No exactamente</translation>
        </message>
        <message>
            <source>The right answer: %1</source>
            <translation>La respuesta correcta: %1</translation>
        </message>
        <message>
            <source>%1 (the right answer)</source>
            <translation>%1 (la respuesta correcta)</translation>
        </message>
        <message>
            <source>Read the card</source>
            <translation>Leer la ficha</translation>
        </message>
        <message>
            <source>Read the card: %1</source>
            <translation>Leer la ficha: %1</translation>
        </message>
        <message>
            <source>All done</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>You got %1 of %2 right the first time.</source>
            <translation>Acertó %1 de %2 a la primera.</translation>
        </message>
        <message>
            <source>Wonderful. You know the key ideas.</source>
            <translation>Estupendo. Conoce las ideas clave.</translation>
        </message>
        <message>
            <source>Well done. The cards behind the others are worth another look.</source>
            <translation>Muy bien. Vale la pena repasar las fichas de las demás preguntas.</translation>
        </message>
        <message>
            <source>That's fine: this is how learning works. The cards explain each one.</source>
            <translation>No pasa nada: así es como se aprende. Las fichas explican cada una.</translation>
        </message>
    </context>
    <context>
        <name>ReminderNotice</name>
        <message>
            <source>Time for today's journal entry</source>
            <translation>Es hora de la anotación de hoy</translation>
        </message>
        <message>
            <source>There is no entry for today yet. It takes under a minute.</source>
            <translation>Todavía no hay ninguna anotación de hoy. Lleva menos de un minuto.</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Añadir anotación</translation>
        </message>
        <message>
            <source>Add today's journal entry</source>
            <translation>Añadir la anotación de hoy en el diario</translation>
        </message>
        <message>
            <source>In an hour</source>
            <translation>Dentro de una hora</translation>
        </message>
        <message>
            <source>Remind me again in an hour</source>
            <translation>Recordármelo de nuevo dentro de una hora</translation>
        </message>
        <message>
            <source>Not today</source>
            <translation>Hoy no</translation>
        </message>
        <message>
            <source>No reminder again today</source>
            <translation>No recordármelo más hoy</translation>
        </message>
    </context>
    <context>
        <name>ReminderOffer</name>
        <message>
            <source>A short reminder on your screen at this time, only on days without an entry. You can change this at any time in Settings.</source>
            <translation>Un breve recordatorio en la pantalla a esta hora, solo los días sin anotación. Puede cambiarlo cuando quiera en Ajustes.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>Yes, remind me</source>
            <translation>Sí, recordármelo</translation>
        </message>
        <message>
            <source>No, thanks</source>
            <translation>No, gracias</translation>
        </message>
        <message>
            <source>Remind me each day at %1?</source>
            <translation>¿Quiere un recordatorio cada día a %1?</translation>
        </message>
        <message>
            <source>Yes, remind me each day at %1</source>
            <translation>Sí, recordármelo cada día a %1</translation>
        </message>
        <message>
            <source>A reminder will show each day at %1 when there is no entry yet.</source>
            <translation>Cada día a %1 aparecerá un recordatorio si todavía no hay anotación.</translation>
        </message>
        <message>
            <source>No reminder. You can turn one on in Settings.</source>
            <translation>Sin recordatorio. Puede activarlo en Ajustes.</translation>
        </message>
    </context>
    <context>
        <name>ReminderWatch</name>
        <message>
            <source>Time for today's journal entry</source>
            <translation>Es hora de la anotación de hoy</translation>
        </message>
        <message>
            <source>No entry yet today. Click here to add one or to choose a later time.</source>
            <translation>Todavía no hay anotación de hoy. Haga clic aquí para añadirla o para elegir otra hora más tarde.</translation>
        </message>
        <message>
            <source>The reminder will show again at %1.</source>
            <translation>El recordatorio volverá a aparecer a %1.</translation>
        </message>
        <message>
            <source>No more reminders today.</source>
            <translation>No habrá más recordatorios hoy.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Report for a clinician</source>
            <translation>Informe para su médico o fisioterapeuta</translation>
        </message>
        <message>
            <source>Page 1 sums up the journal for a clinician: the trend, the graph, the key figures, the last check and what seems to help.</source>
            <translation>La página 1 resume el diario para su médico o fisioterapeuta: la tendencia, el gráfico, las cifras clave, la última revisión y lo que parece ayudar.</translation>
        </message>
        <message>
            <source>Add every entry in a table on the following pages</source>
            <translation>Añadir todas las anotaciones en una tabla en las páginas siguientes</translation>
        </message>
        <message>
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <source>US Letter (8.5 × 11 in)</source>
            <translation>Carta de EE. UU. (8,5 × 11 pulgadas)</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>Paper size:</source>
            <translation>Tamaño del papel:</translation>
        </message>
        <message>
            <source>Make the report…</source>
            <translation>Hacer el informe…</translation>
        </message>
        <message>
            <source>Make the report</source>
            <translation>Hacer el informe</translation>
        </message>
    </context>
    <context>
        <name>ResultScreen</name>
        <message>
            <source>More about your result</source>
            <translation>Más sobre su resultado</translation>
        </message>
        <message>
            <source>A past check</source>
            <translation>Revisión anterior</translation>
        </message>
        <message>
            <source>A past check, to read</source>
            <translation>Revisión anterior, para leer</translation>
        </message>
        <message>
            <source>Print a summary</source>
            <translation>Imprimir un resumen</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>Back to the check</source>
            <translation>Volver a la revisión</translation>
        </message>
        <message>
            <source>Back to the list of checks</source>
            <translation>Volver a la lista de revisiones</translation>
        </message>
        <message>
            <source>How urgent: %1. %2</source>
            <translation>Grado de urgencia: %1. %2</translation>
        </message>
        <message>
            <source>Also noted:</source>
            <translation>También se anotó:</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Qué hacer ahora</translation>
        </message>
        <message>
            <source>What to say when you call</source>
            <translation>Qué decir cuando llame</translation>
        </message>
        <message>
            <source>What your answers point to</source>
            <translation>Hacia dónde apuntan sus respuestas</translation>
        </message>
        <message>
            <source>Partly fits: %1</source>
            <translation>Encaja en parte: %1</translation>
        </message>
        <message>
            <source>What pointed towards it:</source>
            <translation>Lo que apuntó a favor:</translation>
        </message>
        <message>
            <source>What pointed away from it:</source>
            <translation>Lo que apuntó en contra:</translation>
        </message>
        <message>
            <source>Also looked at, closest first: %1.</source>
            <translation>También se tuvieron en cuenta, del más cercano al más lejano: %1.</translation>
        </message>
        <message>
            <source>This is not a diagnosis. It shows which patterns your answers fit. A doctor or physiotherapist can tell you more.</source>
            <translation>Esto no es un diagnóstico. Muestra con qué patrones encajan sus respuestas. Un médico o un fisioterapeuta puede decirle más.</translation>
        </message>
        <message>
            <source>What helps and what to avoid</source>
            <translation>Qué ayuda y qué evitar</translation>
        </message>
        <message>
            <source>What can help</source>
            <translation>Qué puede ayudar</translation>
        </message>
        <message>
            <source>Avoid for now</source>
            <translation>Evite por ahora</translation>
        </message>
        <message>
            <source>Avoid: %1</source>
            <translation>Evite: %1</translation>
        </message>
        <message>
            <source>How each pattern scored</source>
            <translation>Puntuación de cada patrón</translation>
        </message>
        <message numerus="yes">
            <source>All %n patterns, and the answers that pointed towards or away from each.</source>
            <translation>
                <numerusform>El patrón, y las respuestas que apuntaron a favor o en contra.</numerusform>
                <numerusform>Los %n patrones, y las respuestas que apuntaron a favor o en contra de cada uno.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1. %2 (leads): %3</source>
            <translation>%1. %2 (destaca): %3</translation>
        </message>
        <message>
            <source>%1. %2: %3</source>
            <translation>%1. %2: %3</translation>
        </message>
        <message>
            <source>None of your answers said much about this.</source>
            <translation>Ninguna de sus respuestas dijo mucho sobre esto.</translation>
        </message>
        <message numerus="yes">
            <source>%n warning sign(s) you did not report, and the patterns your answers pointed away from.</source>
            <translation>
                <numerusform>%n señal de alarma que usted no indicó, y los patrones contra los que apuntaron sus respuestas.</numerusform>
                <numerusform>%n señales de alarma que usted no indicó, y los patrones contra los que apuntaron sus respuestas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning sign(s) you did not report.</source>
            <translation>
                <numerusform>%n señal de alarma que usted no indicó.</numerusform>
                <numerusform>%n señales de alarma que usted no indicó.</numerusform>
            </translation>
        </message>
        <message>
            <source>The patterns your answers pointed away from.</source>
            <translation>Los patrones contra los que apuntaron sus respuestas.</translation>
        </message>
        <message>
            <source>Nothing was clearly ruled out.</source>
            <translation>No se descartó nada con claridad.</translation>
        </message>
        <message>
            <source>What your answers made less likely</source>
            <translation>Lo que sus respuestas hacen menos probable</translation>
        </message>
        <message>
            <source>Warning signs you did not report:</source>
            <translation>Señales de alarma que usted no indicó:</translation>
        </message>
        <message>
            <source>%1 is less likely, because:</source>
            <translation>%1 es menos probable porque:</translation>
        </message>
        <message>
            <source>When to get help</source>
            <translation>Cuándo pedir ayuda</translation>
        </message>
        <message>
            <source>Signs to watch for, and what to do if they appear.</source>
            <translation>Señales que vigilar, y qué hacer si aparecen.</translation>
        </message>
        <message>
            <source>Where to go next</source>
            <translation>Siguientes pasos</translation>
        </message>
        <message>
            <source>Learn about this</source>
            <translation>Aprender sobre esto</translation>
        </message>
        <message>
            <source>Heat and break timers</source>
            <translation>Calor y pausas</translation>
        </message>
        <message>
            <source>Open the journal</source>
            <translation>Abrir el diario</translation>
        </message>
        <message>
            <source>On this shared screen, the result is kept only until the next person starts. Nothing is saved.</source>
            <translation>En esta pantalla compartida, el resultado solo se mantiene hasta que empiece la siguiente persona. No se guarda nada.</translation>
        </message>
        <message>
            <source>Saved to your journal. It shows there as a marker on the graph.</source>
            <translation>Guardado en su diario. Allí aparece como una marca en el gráfico.</translation>
        </message>
        <message>
            <source>Change my answers</source>
            <translation>Cambiar mis respuestas</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <source>Check your answers</source>
            <translation>Revise sus respuestas</translation>
        </message>
        <message>
            <source>Change any answer you like, then see your result.</source>
            <translation>Cambie las respuestas que quiera y luego vea su resultado.</translation>
        </message>
        <message>
            <source>See my result</source>
            <translation>Ver mi resultado</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back to the last question</source>
            <translation>Volver a la última pregunta</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>Sin responder todavía</translation>
        </message>
        <message>
            <source>Remembered from your last check</source>
            <translation>Tomado de su última revisión</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambiar</translation>
        </message>
        <message>
            <source>Change: %1</source>
            <translation>Cambiar: %1</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Hide: %1</source>
            <translation>Ocultar: %1</translation>
        </message>
        <message>
            <source>Show: %1</source>
            <translation>Mostrar: %1</translation>
        </message>
    </context>
    <context>
        <name>SelfTestSteps</name>
        <message>
            <source>Safety: %1</source>
            <translation>Seguridad: %1</translation>
        </message>
        <message>
            <source>Safety first: %1</source>
            <translation>Primero, la seguridad: %1</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Paso anterior</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Paso siguiente</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Paso %1 de %2</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Changes are saved as soon as you make them.</source>
            <translation>Los cambios se guardan en cuanto los hace.</translation>
        </message>
        <message>
            <source>Shown whenever a sign needs help right away. Pick the number for the country you are in.</source>
            <translation>Se muestra cada vez que una señal necesita ayuda de inmediato. Elija el número del país donde está.</translation>
        </message>
        <message>
            <source>Text size and colours</source>
            <translation>Tamaño del texto y colores</translation>
        </message>
        <message>
            <source>Small</source>
            <translation>Pequeño</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>Grande</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Más grande</translation>
        </message>
        <message>
            <source>Very large</source>
            <translation>Muy grande</translation>
        </message>
        <message>
            <source>Largest</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>Text size (also Ctrl+plus and Ctrl+minus)</source>
            <translation>Tamaño del texto (también Ctrl+más y Ctrl+menos)</translation>
        </message>
        <message>
            <source>Match my computer</source>
            <translation>Igual que mi equipo</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Colours: %1</source>
            <translation>Colores: %1</translation>
        </message>
        <message>
            <source>Sound and units</source>
            <translation>Sonido y unidades</translation>
        </message>
        <message>
            <source>Kilometres and metres</source>
            <translation>Kilómetros y metros</translation>
        </message>
        <message>
            <source>Distances in kilometres and metres</source>
            <translation>Distancias en kilómetros y metros</translation>
        </message>
        <message>
            <source>Miles and yards</source>
            <translation>Millas y yardas</translation>
        </message>
        <message>
            <source>Distances in miles and yards</source>
            <translation>Distancias en millas y yardas</translation>
        </message>
        <message>
            <source>Daily journal reminder</source>
            <translation>Recordatorio diario del diario</translation>
        </message>
        <message>
            <source>A short reminder at the time you choose, only on days without an entry, at most once a day. It waits while heat, ice or a walk is running.</source>
            <translation>Un breve recordatorio a la hora que elija, solo los días sin anotación y como mucho una vez al día. Espera mientras hay calor, frío o una prueba de marcha en curso.</translation>
        </message>
        <message>
            <source>Remind me each day to write in my journal</source>
            <translation>Recordarme cada día que escriba en mi diario</translation>
        </message>
        <message>
            <source>At</source>
            <translation>A las</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Sus datos</translation>
        </message>
        <message>
            <source>Everything you enter stays on this computer, in this folder. The app keeps a backup each day for the last 7 days.</source>
            <translation>Todo lo que escribe se queda en este equipo, en esta carpeta. La aplicación guarda una copia de seguridad cada día de los últimos 7 días.</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Abrir la carpeta de datos</translation>
        </message>
        <message>
            <source>Delete all my data…</source>
            <translation>Borrar todos mis datos…</translation>
        </message>
        <message>
            <source>Not saved: %1 The change is kept while the app is open.</source>
            <translation>No guardado: %1 El cambio se conserva mientras la aplicación esté abierta.</translation>
        </message>
        <message>
            <source>Delete all my data</source>
            <translation>Borrar todos mis datos</translation>
        </message>
        <message>
            <source>Delete all your data from this computer?</source>
            <translation>¿Borrar todos sus datos de este equipo?</translation>
        </message>
        <message>
            <source>This removes your journal, check results, timers, settings and backups. It cannot be undone.</source>
            <translation>Esto elimina su diario, los resultados de las revisiones, los temporizadores, los ajustes y las copias de seguridad. No se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete everything</source>
            <translation>Borrar todo</translation>
        </message>
        <message>
            <source>Keep my data</source>
            <translation>Conservar mis datos</translation>
        </message>
        <message>
            <source>Nothing was deleted.</source>
            <translation>No se borró nada.</translation>
        </message>
        <message>
            <source>All your data has been deleted.</source>
            <translation>Se han borrado todos sus datos.</translation>
        </message>
    </context>
    <context>
        <name>StartFailureBox</name>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>The app could not start</source>
            <translation>La aplicación no pudo abrirse</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>About the guided check</source>
            <translation>Sobre la revisión guiada</translation>
        </message>
        <message>
            <source>How this check works</source>
            <translation>Cómo funciona esta revisión</translation>
        </message>
        <message>
            <source>First, your age and a few safety questions. If an answer needs help now, we say so straight away.</source>
            <translation>Primero, su edad y unas preguntas de seguridad. Si una respuesta necesita ayuda ahora, se lo decimos de inmediato.</translation>
        </message>
        <message>
            <source>Then where it hurts, how it feels, how it started and what changes it.</source>
            <translation>Después, dónde le duele, cómo es el dolor, cómo empezó y qué lo cambia.</translation>
        </message>
        <message>
            <source>Last, four gentle self-checks. Each is optional: you can skip any.</source>
            <translation>Por último, cuatro autopruebas suaves. Todas son opcionales: puede saltarse cualquiera.</translation>
        </message>
        <message>
            <source>You can go back and change any answer. It takes about five minutes.</source>
            <translation>Puede volver atrás y cambiar cualquier respuesta. Lleva unos cinco minutos.</translation>
        </message>
        <message>
            <source>The result shows which patterns your answers fit, and why. It explains; it does not diagnose.</source>
            <translation>El resultado muestra con qué patrones encajan sus respuestas, y por qué. Explica; no diagnostica.</translation>
        </message>
        <message>
            <source>Go on with my answers</source>
            <translation>Seguir con mis respuestas</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Start the check</source>
            <translation>Empezar la revisión</translation>
        </message>
        <message>
            <source>You left this check today at %1.</source>
            <translation>Dejó esta revisión hoy a %1.</translation>
        </message>
        <message>
            <source>You left this check yesterday at %1.</source>
            <translation>Dejó esta revisión ayer a %1.</translation>
        </message>
        <message>
            <source>You left this check on %2 at %1.</source>
            <comment>%2 a day of the week, %1 a time</comment>
            <translation>Dejó esta revisión el %2 a %1.</translation>
        </message>
    </context>
    <context>
        <name>StoreBanner</name>
        <message>
            <source>Data warning</source>
            <translation>Aviso sobre los datos</translation>
        </message>
        <message>
            <source>Try saving again</source>
            <translation>Guardar de nuevo</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurar la copia de seguridad</translation>
        </message>
        <message>
            <source>Carry on without it</source>
            <translation>Continuar así</translation>
        </message>
        <message>
            <source>Your latest changes are not saved yet</source>
            <translation>Sus últimos cambios aún no están guardados</translation>
        </message>
        <message>
            <source>%1 Your changes are kept while the app is open.</source>
            <translation>%1 Sus cambios se conservan mientras la aplicación esté abierta.</translation>
        </message>
        <message>
            <source>%1 Your changes are kept while the app is open. Free some space or fix the folder, then try again.</source>
            <translation>%1 Sus cambios se conservan mientras la aplicación esté abierta. Libere espacio o arregle la carpeta, y luego vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Your settings could not be read</source>
            <translation>No se pudieron leer sus ajustes</translation>
        </message>
        <message>
            <source>A data file could not be read</source>
            <translation>No se pudo leer un archivo de datos</translation>
        </message>
        <message>
            <source>The backup copy can no longer be read, so nothing was brought back.</source>
            <translation>La copia de seguridad ya no se puede leer, así que no se recuperó nada.</translation>
        </message>
    </context>
    <context>
        <name>TimerNotices</name>
        <message>
            <source>A heat or ice timer saved earlier could not be read, so it was stopped. If you still have a heat or ice pack on, take it off now and check your skin.</source>
            <translation>Un temporizador de calor o de frío guardado antes no se pudo leer, así que se detuvo. Si todavía tiene una compresa de calor o de frío puesta, quítesela ahora y revise su piel.</translation>
        </message>
        <message>
            <source>A walking check saved earlier could not be read, so it was stopped.</source>
            <translation>Una prueba de marcha guardada antes no se pudo leer, así que se detuvo.</translation>
        </message>
    </context>
    <context>
        <name>Timers</name>
        <message>
            <source>When you close the window while breaks are on, the app keeps running in the tray (near the clock) so the reminders still reach you. Quit it from the tray menu.</source>
            <translation>Si cierra la ventana con las pausas activadas, la aplicación sigue funcionando en la bandeja del sistema (cerca del reloj) para que los avisos le sigan llegando. Para salir, use el menú de la bandeja.</translation>
        </message>
        <message>
            <source>This computer shows no system tray, so reminders can only reach you while this window is open. Closing the window quits the app; your timers are kept and carry on when you open it again.</source>
            <translation>Este equipo no muestra la bandeja del sistema, así que los avisos solo le llegan mientras esta ventana está abierta. Al cerrar la ventana se cierra la aplicación; sus temporizadores se conservan y siguen cuando vuelva a abrirla.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a duration: minutes, then seconds</comment>
            <translation>%1 %2</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>It ended today at %1.</source>
            <translation>Terminó hoy a %1.</translation>
        </message>
        <message>
            <source>It ended yesterday at %1.</source>
            <translation>Terminó ayer a %1.</translation>
        </message>
        <message>
            <source>It ended on %2 at %1.</source>
            <comment>%2 a day of the week, %1 a time</comment>
            <translation>Terminó el %2 a %1.</translation>
        </message>
        <message>
            <source>The app was closed before you said you had checked your skin.</source>
            <translation>La aplicación se cerró antes de que dijera que había revisado su piel.</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <comment>a part of a minute: 1.5</comment>
            <translation>%1 minutos</translation>
        </message>
    </context>
    <context>
        <name>TimersPage</name>
        <message>
            <source>Heat and breaks</source>
            <translation>Calor y pausas</translation>
        </message>
        <message>
            <source>Timers</source>
            <translation>Temporizadores</translation>
        </message>
        <message>
            <source>Heat and ice with a safety check first, reminders to get up from long sitting, and a walking check to track how far you can walk.</source>
            <translation>Calor y frío, con un control de seguridad antes; avisos para levantarse cuando lleva mucho tiempo sentado; y una prueba de marcha para seguir cuánto puede caminar.</translation>
        </message>
        <message>
            <source>How the timers work</source>
            <translation>Cómo funcionan los temporizadores</translation>
        </message>
        <message>
            <source>On this shared screen the timers are explained only</source>
            <translation>En esta pantalla compartida, los temporizadores solo se explican</translation>
        </message>
        <message>
            <source>Nothing is started or saved here. Install the app on your own computer to use the timers and keep a record.</source>
            <translation>Aquí no se pone en marcha ni se guarda nada. Instale la aplicación en su propio equipo para usar los temporizadores y llevar un registro.</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>en pausa</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Still running here, so your reminders and timers can reach you. To quit, open the menu of this icon and choose Quit.</source>
            <translation>Sigue funcionando aquí, para que sus avisos y temporizadores le lleguen. Para salir, abra el menú de este icono y elija Salir.</translation>
        </message>
    </context>
    <context>
        <name>TrayMenu</name>
        <message>
            <source>Pause breaks for an hour</source>
            <translation>Suspender las pausas una hora</translation>
        </message>
        <message>
            <source>Pause breaks until tomorrow</source>
            <translation>Suspender las pausas hasta mañana</translation>
        </message>
        <message>
            <source>Resume breaks</source>
            <translation>Reanudar las pausas</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Abrir %1</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Walking check: %1</source>
            <translation>Prueba de marcha: %1</translation>
        </message>
        <message>
            <source>%1: paused</source>
            <translation>%1: en pausa</translation>
        </message>
        <message>
            <source>%1: %2 left</source>
            <translation>%1: quedan %2</translation>
        </message>
    </context>
    <context>
        <name>WalkPanel</name>
        <message>
            <source>Start walking</source>
            <translation>Empezar a caminar</translation>
        </message>
        <message>
            <source>Walking check under way</source>
            <translation>Prueba de marcha en curso</translation>
        </message>
        <message>
            <source>Walk at your normal pace</source>
            <translation>Camine a su paso normal</translation>
        </message>
        <message>
            <source>Time walked</source>
            <translation>Tiempo caminado</translation>
        </message>
        <message numerus="yes">
            <source>Stops by itself after %n minute(s).</source>
            <translation>
                <numerusform>Se detiene sola después de %n minuto.</numerusform>
                <numerusform>Se detiene sola después de %n minutos.</numerusform>
            </translation>
        </message>
        <message>
            <source>My usual symptoms started</source>
            <translation>Empezaron mis síntomas habituales</translation>
        </message>
        <message>
            <source>Cancel the check</source>
            <translation>Cancelar la prueba</translation>
        </message>
        <message>
            <source>Cancel the walking check</source>
            <translation>Cancelar la prueba de marcha</translation>
        </message>
        <message>
            <source>Walking check: two questions</source>
            <translation>Prueba de marcha: dos preguntas</translation>
        </message>
        <message>
            <source>Save to my journal</source>
            <translation>Guardar en mi diario</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Discard this walking check</source>
            <translation>Descartar esta prueba de marcha</translation>
        </message>
        <message>
            <source>Saved to your journal</source>
            <translation>Guardado en su diario</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Done with the walking check</source>
            <translation>Terminar con la prueba de marcha</translation>
        </message>
        <message>
            <source>You walked %1 before your usual symptoms. The journal shows it with your other entries, so you can see the trend.</source>
            <translation>Caminó %1 antes de sus síntomas habituales. El diario lo muestra junto a sus otras anotaciones, para que vea la tendencia.</translation>
        </message>
        <message>
            <source>You walked %1</source>
            <translation>Caminó %1</translation>
        </message>
        <message>
            <source>No walking check saved yet.</source>
            <translation>Aún no hay ninguna prueba de marcha guardada.</translation>
        </message>
        <message>
            <source>Last check: %1 on %2 at %3.</source>
            <translation>Última prueba: %1 el %2 a %3.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to %1</source>
            <translation>Le damos la bienvenida a %1</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Set the number later</source>
            <translation>Elegir el número más tarde</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>What this app is and is not</source>
            <translation>Qué es y qué no es esta aplicación</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Your emergency number</source>
            <translation>Su número de emergencias</translation>
        </message>
        <message>
            <source>A few signs need help right away. When that happens, the app shows the number to call. It depends on where you live, so please pick it here. You can change it later in Settings.</source>
            <translation>Algunas señales necesitan ayuda de inmediato. Cuando eso ocurre, la aplicación muestra el número al que llamar. Depende de dónde viva, así que, por favor, elíjalo aquí. Puede cambiarlo más tarde en Ajustes.</translation>
        </message>
        <message>
            <source>Choose a number to continue, or choose “Set the number later”.</source>
            <translation>Elija un número para continuar, o elija “Elegir el número más tarde”.</translation>
        </message>
        <message>
            <source>Step %1 of 2</source>
            <translation>Paso %1 de 2</translation>
        </message>
        <message>
            <source>Start using the app</source>
            <translation>Empezar a usar la aplicación</translation>
        </message>
    </context>
    <context>
        <name>YesNoQuestion</name>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>I did not try</source>
            <translation>No lo intenté</translation>
        </message>
    </context>
</TS>
