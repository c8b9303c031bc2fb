<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/about.py" line="+109"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the figures come from</source>
        <translation>De dónde salen las cifras</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A coach for treadmill sessions that switch between walking forwards and walking backwards.</source>
        <translation>Un entrenador para sesiones en cinta de correr que alternan caminar hacia delante y hacia atrás.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>WalkCoach is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl}&quot;&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/a&gt; (GPL-3.0-or-later). It comes with no warranty. It is built on Qt for Python (PySide6), used under the &lt;a href=&quot;{lgpl}&quot;&gt;GNU Lesser General Public License v3&lt;/a&gt;, and on pyqtgraph and platformdirs (MIT license).</source>
        <translation>WalkCoach es software libre: puedes compartirlo y modificarlo según los términos de la &lt;a href=&quot;{gpl}&quot;&gt;Licencia Pública General de GNU, versión 3 o (a tu elección) cualquier versión posterior&lt;/a&gt; (GPL-3.0-or-later). Se ofrece sin ninguna garantía. Está hecho con Qt for Python (PySide6), usado bajo la &lt;a href=&quot;{lgpl}&quot;&gt;Licencia Pública General Reducida de GNU v3&lt;/a&gt;, y con pyqtgraph y platformdirs (licencia MIT).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History, your programs and settings are kept on this computer only, in &lt;a href=&quot;{url}&quot;&gt;{where}&lt;/a&gt;. Click the folder to open it; copy it to back up.</source>
        <translation>El historial, tus programas y la configuración se guardan solo en este ordenador, en &lt;a href=&quot;{url}&quot;&gt;{where}&lt;/a&gt;. Haz clic en la carpeta para abrirla; cópiala para hacer una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Muscle activation and energy figures are estimates drawn from these published studies and equations. They describe groups of people, not you, and are not medical advice.</source>
        <translation>Las cifras de activación muscular y de energía son estimaciones basadas en estos estudios y ecuaciones publicados. Describen grupos de personas, no a ti, y no son consejo médico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sources were loaded.</source>
        <translation>No se ha cargado ninguna fuente.</translation>
    </message>
</context>
<context>
    <name>BackwardForwardChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+248"/>
        <source>Mean heart rate (bpm)</source>
        <translation>Frecuencia cardíaca media (bpm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{speed}
Backward: {backward:.0f} bpm ({backward_n} segments)
Forward: {forward:.0f} bpm ({forward_n} segments)</source>
        <translation>{speed}
Hacia atrás: {backward:.0f} bpm ({backward_n} tramos)
Hacia delante: {forward:.0f} bpm ({forward_n} tramos)</translation>
    </message>
</context>
<context>
    <name>BestsPanel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+134"/>
        <source>Personal bests</source>
        <translation>Marcas personales</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set on {day}</source>
        <translation>Lograda el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended on {day}</source>
        <translation>Terminó el {day}</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+319"/>
        <source> rounds</source>
        <translation> rondas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. Intervals</source>
        <translation>Opcional, p. ej. Intervalos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rounds</source>
        <translation>R&amp;ondas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat rounds</source>
        <translation>Rondas de repetición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times the segments of the block are walked</source>
        <translation>Cuántas veces se recorren los tramos del bloque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>Eti&amp;queta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block label</source>
        <translation>Etiqueta del bloque</translation>
    </message>
</context>
<context>
    <name>BodyDiagramWidget</name>
    <message>
        <location filename="../../walkcoach/ui/coach/body_diagram.py" line="+176"/>
        <source>Body diagram of the muscles worked</source>
        <translation>Diagrama corporal de los músculos trabajados</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+65"/>
        <location line="+192"/>
        <source>Coming up</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>Frontal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> (left)</source>
        <translation> (lado izquierdo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (right)</source>
        <translation> (lado derecho)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not working in this segment</source>
        <translation>No trabaja en este tramo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} % of its maximal voluntary contraction (EMG), {basis}</source>
        <translation>{value}&#xa0;% de su contracción voluntaria máxima (EMG), {basis}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>% of maximal voluntary contraction</source>
        <translation>% de la contracción voluntaria máxima</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No muscle is working hard.</source>
        <translation>Ningún músculo trabaja intensamente.</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../walkcoach/ui/history/calendar_heatmap.py" line="+104"/>
        <source>{day}: no session</source>
        <translation>{day}: sin sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {time}</source>
        <translation>{day}: {time}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Minutes per day: under 15, 15-30, 30-45, 45 and more</source>
        <translation>Minutos por día: menos de 15, 15-30, 30-45, 45 o más</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <location filename="../../walkcoach/ui/coach/page.py" line="+119"/>
        <location line="+439"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="-438"/>
        <location line="+131"/>
        <location line="+319"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−30 s</source>
        <translation>−30 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds less</source>
        <translation>30 segundos menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds more</source>
        <translation>30 segundos más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds less on this step (-)</source>
        <translation>30 segundos menos en este paso (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds more on this step (+)</source>
        <translation>30 segundos más en este paso (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini view</source>
        <translation>Minivista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the session (Space)</source>
        <translation>Iniciar la sesión (Espacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+438"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o reanudar (Espacio)</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Restart this step, or go to the previous one in its first seconds (Left or B)</source>
        <translation>Reiniciar este paso, o volver al anterior en sus primeros segundos (Izquierda o B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next segment (Right or N)</source>
        <translation>Siguiente tramo (Derecha o N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished this station: go on</source>
        <translation>Estación terminada: continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the session (Esc)</source>
        <translation>Terminar la sesión (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small always-on-top window (Ctrl+M)</source>
        <translation>Ventana pequeña siempre visible (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workout view</source>
        <translation>Modo entreno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only direction, time, targets and next, over the whole screen (F11; Esc leaves)</source>
        <translation>Solo dirección, tiempo, objetivos y siguiente, a pantalla completa (F11; Esc para salir)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Esc or F11: leave the workout view</source>
        <translation>Esc o F11: salir del modo entreno</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>NO PROGRAM</source>
        <translation>SIN PROGRAMA</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+163"/>
        <source>READY</source>
        <translation>TODO LISTO</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Press Start or Space  ·  {count} segments, {backward} backward</source>
        <translation>Pulsa Iniciar o Espacio  ·  {count} tramos, {backward} hacia atrás</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step 0 of {total}</source>
        <translation>Paso 0 de {total}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>TURN AROUND SOON, then {to}</source>
        <translation>GIRO EN BREVE, luego {to}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {total} steps done</source>
        <translation>Completados los {total} pasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {i} of {n}</source>
        <translation>Paso {i} de {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  ·  round {r} of {rounds}</source>
        <translation>  ·  ronda {r} de {rounds}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The computer was asleep. Press Space to go on.</source>
        <translation>El ordenador estaba en suspensión. Pulsa Espacio para seguir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The treadmill stopped. Press Space to go on.</source>
        <translation>La cinta se ha parado. Pulsa Espacio para seguir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Space to go on.</source>
        <translation>Pulsa Espacio para seguir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When you have finished, press Done to go on.</source>
        <translation>Cuando termines, pulsa Listo para seguir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The belt is slowing down: keep walking, turn when told.</source>
        <translation>La cinta está frenando: sigue caminando y gira cuando te avise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catch your breath: keep walking slowly, turn when told.</source>
        <translation>Recupera el aliento: sigue caminando despacio y gira cuando te avise.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>WELL DONE</source>
        <translation>¡BIEN HECHO!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session complete. Walk slowly to cool down.</source>
        <translation>Sesión completada. Camina despacio para volver a la calma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>STOPPED</source>
        <translation>DETENIDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time you walked is kept.</source>
        <translation>Se conserva el tiempo que has caminado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>TURN</source>
        <translation>GIRO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now face {word}: {targets}</source>
        <translation>Ahora, {word}: {targets}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+314"/>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn now, without waiting for the heart rate (Space)</source>
        <translation>Girar ya, sin esperar a la frecuencia cardíaca (Espacio)</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+319"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>CoachTexts</name>
    <message>
        <location filename="../../walkcoach/ui/coach/texts.py" line="+20"/>
        <source>{value} mph</source>
        <translation>{value} mph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} km/h</source>
        <translation>{value} km/h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} % incline</source>
        <translation>{value}&#xa0;% de inclinación</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>FORWARD</source>
        <translation>ADELANTE</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+17"/>
        <source>BACKWARD</source>
        <translation>ATRÁS</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TURN</source>
        <translation>GIRO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATION</source>
        <translation>ESTACIÓN</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Belt slow: {speed}</source>
        <translation>Cinta lenta: {speed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>belt slow or stopped</source>
        <translation>cinta lenta o parada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belt stopped, hold the rails</source>
        <translation>cinta parada, agárrate a los pasamanos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belt stopped, step off safely</source>
        <translation>cinta parada, bájate con cuidado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} steps/min</source>
        <translation>{value} pasos/min</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First: {targets}</source>
        <translation>Primero: {targets}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Hold the rails</source>
        <translation>Agárrate a los pasamanos</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Turn round</source>
        <translation>Date la vuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find your footing</source>
        <translation>Asienta bien los pies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep walking</source>
        <translation>Sigue caminando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn when told</source>
        <translation>Gira cuando te avise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> at {speed}, {incline}</source>
        <translation> a {speed}, {incline}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: finish</source>
        <translation>Después: fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: {summary}</source>
        <translation>Después: {summary}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} min</source>
        <translation>{value} min</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../walkcoach/cli/main.py" line="+33"/>
        <source>usage: </source>
        <extracomment>The first word of a sub-command&apos;s help: &quot;usage: walkcoach show [-h] PROGRAM&quot;.</extracomment>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>positional arguments</source>
        <extracomment>A title in the --help text, above the arguments given without an option name.</extracomment>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options</source>
        <extracomment>A title in the --help text, above the options (--json, --data-dir...).</extracomment>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>argument {argument}: {message}</source>
        <translation>argumento {argument}: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the following arguments are required: {names}</source>
        <translation>se requieren los siguientes argumentos: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unrecognized arguments: {names}</source>
        <translation>argumentos no reconocidos: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>opción no válida: {value} (elige entre {choices})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignored explicit argument {value}</source>
        <translation>se ha ignorado el argumento explícito {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid {type} value: {value}</source>
        <translation>valor de tipo {type} no válido: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of the arguments {names} is required</source>
        <translation>se requiere uno de los argumentos {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed with argument {other}</source>
        <translation>no se permite con el argumento {other}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opción ambigua: {option} podría coincidir con {matches}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be a number (got &apos;{text}&apos;)</source>
        <translation>debe ser un número (se recibió «{text}»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be greater than 0 and at most {most} (got {text})</source>
        <translation>debe ser mayor que 0 y como máximo {most} (se recibió {text})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give a Bluetooth address (like F0:57:A1:7E:AD:01), a device name or &apos;virtual&apos;</source>
        <translation>indica una dirección Bluetooth (como F0:57:A1:7E:AD:01), un nombre de dispositivo o &apos;virtual&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number (got &apos;{text}&apos;)</source>
        <translation>debe ser un número entero (se recibió «{text}»)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>must be from 1 to {most} (got a number of %n character(s))</source>
        <translation>
            <numerusform>debe ser de 1 a {most} (se recibió un número de %n carácter)</numerusform>
            <numerusform>debe ser de 1 a {most} (se recibió un número de %n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be from 1 to {most} (got {text})</source>
        <translation>debe ser de 1 a {most} (se recibió {text})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>keep all user data (history, programs, settings) in DIR</source>
        <translation>guardar todos los datos del usuario (historial, programas, configuración) en DIR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window options (no sub-command)</source>
        <translation>opciones de la ventana (sin subcomando)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>select this program on start</source>
        <translation>seleccionar este programa al iniciar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start the session at once</source>
        <translation>empezar la sesión de inmediato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session time runs X times faster (demos and tests)</source>
        <translation>el tiempo de la sesión pasa X veces más rápido (demostraciones y pruebas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quit when the session finishes</source>
        <translation>salir cuando termine la sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write engine events and cues as JSON lines</source>
        <translation>escribir los eventos del motor y los avisos como líneas JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drive this FTMS treadmill (virtual: a simulated one, no hardware needed)</source>
        <translation>controlar esta cinta FTMS (virtual: una simulada, sin hardware)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show this heart-rate sensor&apos;s heart rate (virtual: one that follows your effort)</source>
        <translation>mostrar la frecuencia cardíaca de este sensor (virtual: uno que sigue tu esfuerzo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use bumble on this HCI transport (usb:0, tcp-client:HOST:PORT) instead of the system&apos;s Bluetooth</source>
        <translation>usar bumble en este transporte HCI (usb:0, tcp-client:HOST:PORT) en lugar del Bluetooth del sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>start the window, print the start-up time in ms, exit 0</source>
        <translation>abrir la ventana, mostrar el tiempo de arranque en ms y salir con 0</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Coach for treadmill sessions that alternate forward and backward walking.</source>
        <translation>Entrenador para sesiones en cinta de correr que alternan caminar hacia delante y hacia atrás.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show the version of WalkCoach and exit</source>
        <translation>mostrar la versión de WalkCoach y salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list built-in and user programs</source>
        <translation>listar los programas incorporados y los tuyos</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/options.py" line="+12"/>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/main.py" line="+4"/>
        <source>show one program&apos;s segments</source>
        <translation>mostrar los tramos de un programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a program id or a program file</source>
        <translation>un id de programa o un archivo de programa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>estimated muscle activation for a way of walking</source>
        <translation>activación muscular estimada para una forma de caminar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the way you face on the belt</source>
        <translation>hacia dónde miras en la cinta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the belt&apos;s incline in percent</source>
        <translation>la inclinación de la cinta, en porcentaje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the belt&apos;s speed in km/h (optional)</source>
        <translation>la velocidad de la cinta, en km/h (opcional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy a program file into your programs</source>
        <translation>copiar un archivo de programa a tus programas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a program file (JSON)</source>
        <translation>un archivo de programa (JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replace a program with the same id</source>
        <translation>reemplazar un programa con el mismo id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list recorded sessions</source>
        <translation>listar las sesiones registradas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete the session with this ID</source>
        <translation>eliminar la sesión con este ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export sessions to CSV, JSON, TCX or FIT</source>
        <translation>exportar sesiones a CSV, JSON, TCX o FIT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the session with this ID (see walkcoach history)</source>
        <translation>la sesión con este ID (consulta walkcoach history)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every recorded session</source>
        <translation>todas las sesiones registradas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file format</source>
        <translation>el formato del archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file, a folder, or - for stdout</source>
        <translation>un archivo, una carpeta o - para la salida estándar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace files that exist already</source>
        <translation>reemplazar los archivos que ya existan</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+45"/>
        <source>warm-up</source>
        <translation>calentamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cool-down</source>
        <translation>vuelta a la calma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward</source>
        <translation>hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward</source>
        <translation>hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn</source>
        <translation>giro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>beginner</source>
        <translation>principiante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advanced</source>
        <translation>avanzado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>front</source>
        <extracomment>A muscle seen on the front of the body.</extracomment>
        <translation>frontal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back</source>
        <extracomment>A muscle seen on the back of the body.</extracomment>
        <translation>posterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measured</source>
        <extracomment>A muscle&apos;s figure: a published measurement at this condition.</extracomment>
        <translation>medido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimated</source>
        <extracomment>A muscle&apos;s figure: derived, scaled or assumed.</extracomment>
        <translation>estimado</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>skipped a user program: {error}</source>
        <translation>se ha omitido un programa del usuario: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>built-in</source>
        <translation>incorporado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yours</source>
        <translation>tuyo</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/history.py" line="+41"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>terminada antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>demasiado corta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>la base de datos del historial está dañada ({reason}); abre WalkCoach para apartarla y recuperar lo que se pueda leer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the data folder {folder} is a file, not a folder</source>
        <translation>la carpeta de datos {folder} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No sessions recorded yet: the data folder {folder} does not exist.</source>
        <translation>Aún no hay sesiones registradas: la carpeta de datos {folder} no existe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No sessions recorded yet. Finished sessions appear here.</source>
        <translation>Aún no hay sesiones registradas. Aquí aparecen las sesiones terminadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n session(s) being recorded now: listed once finished.)</source>
        <translation>
            <numerusform>(%n sesión se está registrando ahora: aparecerá cuando termine.)</numerusform>
            <numerusform>(%n sesiones se están registrando ahora: aparecerán cuando terminen.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session {id} was not deleted: {reason}</source>
        <translation>la sesión {id} no se ha eliminado: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted session {id} ({program}, {when}, {time}).</source>
        <translation>Sesión {id} eliminada ({program}, {when}, {time}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../walkcoach/cli/programs.py" line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest backward</source>
        <translation>Más largo hacia atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>km</source>
        <extracomment>The column of distances, in kilometres.</extracomment>
        <translation>km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} (pain)</source>
        <translation>{status} (dolor)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n session(s), {time} walked backward in all.</source>
        <translation>
            <numerusform>%n sesión, {time} caminando hacia atrás en total.</numerusform>
            <numerusform>%n sesiones, {time} caminando hacia atrás en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there are no recorded sessions to export</source>
        <translation>no hay sesiones registradas que exportar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{format} is a binary format of one session; give a file with -o PATH, or send one session to a pipe</source>
        <translation>{format} es un formato binario de una sola sesión; indica un archivo con -o PATH o envía una sola sesión a una tubería</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Exported %n session(s) to {file}</source>
        <translation>
            <numerusform>%n sesión exportada a {file}</numerusform>
            <numerusform>%n sesiones exportadas a {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n session(s) as {format} files into {folder}</source>
        <translation>
            <numerusform>%n sesión exportada como archivo {format} en {folder}</numerusform>
            <numerusform>%n sesiones exportadas como archivos {format} en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no session with id {id} (`walkcoach history` lists the recorded ones)</source>
        <translation>no hay ninguna sesión con el id {id} (`walkcoach history` muestra las registradas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session {id} is being recorded right now; export it when it ends</source>
        <translation>la sesión {id} se está registrando ahora mismo; expórtala cuando termine</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+1"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEVEL</source>
        <translation>NIVEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>BACKWARD</source>
        <translation>ATRÁS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEGMENTS</source>
        <translation>TRAMOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{builtin} built-in and {yours} of your own. Details: walkcoach show ID</source>
        <translation>{builtin} incorporados y {yours} tuyos. Detalles: walkcoach show ID</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{speed} mph</source>
        <translation>{speed} mph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{speed} km/h</source>
        <translation>{speed} km/h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>round {round}/{rounds}</source>
        <translation>ronda {round}/{rounds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added by the coach: the direction changes here</source>
        <translation>añadido por el entrenador: aquí cambia la dirección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cadence} steps/min</source>
        <translation>{cadence} pasos/min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waits for you</source>
        <translation>te espera</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} ({id}, {level}, built-in)</source>
        <translation>{name} ({id}, {level}, incorporado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({id}, {level}, your program)</source>
        <translation>{name} ({id}, {level}, programa tuyo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Total {total}: backward {backward}, forward {forward}, %n segment(s)</source>
        <translation>
            <numerusform>Total {total}: hacia atrás {backward}, hacia delante {forward}, %n tramo</numerusform>
            <numerusform>Total {total}: hacia atrás {backward}, hacia delante {forward}, %n tramos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>AT</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHASE</source>
        <translation>FASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED</source>
        <translation>VELOCIDAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INCLINE</source>
        <translation>INCLINACIÓN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>NOTAS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{option} must be a number (got &apos;{text}&apos;)</source>
        <translation>{option} debe ser un número (se recibió «{text}»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{option} must be between {low} and {high} {unit} (got {text})</source>
        <translation>{option} debe estar entre {low} y {high} {unit} (se recibió {text})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown direction &apos;{direction}&apos; (use forward or backward)</source>
        <translation>dirección desconocida &apos;{direction}&apos; (usa forward o backward)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forward walking, {incline} % incline</source>
        <translation>Caminar hacia delante, {incline}&#xa0;% de inclinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward walking, {incline} % incline</source>
        <translation>Caminar hacia atrás, {incline}&#xa0;% de inclinación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward walking, {incline} % incline at {speed} km/h</source>
        <translation>Caminar hacia delante, {incline}&#xa0;% de inclinación a {speed} km/h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward walking, {incline} % incline at {speed} km/h</source>
        <translation>Caminar hacia atrás, {incline}&#xa0;% de inclinación a {speed} km/h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activation in % of a maximal voluntary contraction; &apos;estimated&apos; figures are WalkCoach&apos;s.</source>
        <translation>Activación en % de una contracción voluntaria máxima; las cifras «estimadas» son de WalkCoach.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>MUSCLE</source>
        <translation>MÚSCULO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIEW</source>
        <translation>VISTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MVC</source>
        <translation>CVM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BASIS</source>
        <translation>BASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>FUENTE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a program with id &apos;{id}&apos; already exists (&apos;{name}&apos;); use --force to replace it</source>
        <translation>ya existe un programa con el id &apos;{id}&apos; («{name}»); usa --force para reemplazarlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot save the program: {reason}</source>
        <translation>no se puede guardar el programa: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported &apos;{name}&apos; as &apos;{id}&apos; ({time}, %n segment(s)) into {folder}</source>
        <translation>
            <numerusform>Se ha importado «{name}» como &apos;{id}&apos; ({time}, %n tramo) en {folder}</numerusform>
            <numerusform>Se ha importado «{name}» como &apos;{id}&apos; ({time}, %n tramos) en {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/devices.py" line="+26"/>
        <source>treadmill</source>
        <translation>cinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heart-rate sensor</source>
        <translation>sensor de frecuencia cardíaca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number of seconds (got &apos;{text}&apos;)</source>
        <translation>debe ser un número de segundos (se recibió «{text}»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0 and at most {most} seconds (got {text})</source>
        <translation>debe ser mayor que 0 y como máximo {most} segundos (se recibió {text})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>list the treadmills and heart-rate sensors in range</source>
        <translation>listar las cintas y los sensores de frecuencia cardíaca cercanos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 listed (maybe none), 2 bad arguments, 3 Bluetooth not usable.</source>
        <translation>Estado de salida: 0 lista mostrada (quizá vacía), 2 argumentos incorrectos, 3 Bluetooth no disponible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scan for N seconds (default {default})</source>
        <translation>buscar durante N segundos (por defecto {default})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a bumble HCI transport ({examples}); default: the one in the settings, else the system&apos;s Bluetooth</source>
        <translation>un transporte HCI de bumble ({examples}); por defecto, el de la configuración o, si no hay, el Bluetooth del sistema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the HCI transport in {file}</source>
        <translation>el transporte HCI de {file}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the system&apos;s Bluetooth</source>
        <translation>el Bluetooth del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No treadmill or heart-rate sensor found in {seconds} s through {through}.</source>
        <translation>No se ha encontrado ninguna cinta ni ningún sensor de frecuencia cardíaca en {seconds} s mediante {through}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is it switched on and awake, and not linked to another app?</source>
        <translation>¿Está el dispositivo encendido y activo, y sin vincular a otra app?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n found in {seconds} s through {through}. Use one: walkcoach --treadmill ADDRESS</source>
        <translation>
            <numerusform>%n dispositivo encontrado en {seconds} s mediante {through}. Usa uno: walkcoach --treadmill ADDRESS</numerusform>
            <numerusform>%n dispositivos encontrados en {seconds} s mediante {through}. Usa uno: walkcoach --treadmill ADDRESS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/output.py" line="+33"/>
        <source>warning: {message}</source>
        <extracomment>A line on stderr: &quot;walkcoach: warning: &lt;what is wrong&gt;&quot;.</extracomment>
        <translation>advertencia: {message}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>error: {message}</source>
        <extracomment>A line on stderr: &quot;walkcoach: error: &lt;what is wrong&gt;&quot;.</extracomment>
        <translation>error: {message}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/plans.py" line="+39"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pause the active plan</source>
        <translation>pausar el plan activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resume the active plan</source>
        <translation>reanudar el plan activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the active plan&apos;s next session</source>
        <translation>saltar la próxima sesión del plan activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart the active plan&apos;s week</source>
        <translation>reiniciar la semana del plan activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop the active plan</source>
        <translation>detener el plan activo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>list the built-in training plans</source>
        <translation>listar los planes de entrenamiento incorporados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start, show or export the active training plan</source>
        <translation>iniciar, mostrar o exportar el plan de entrenamiento activo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start a plan (replaces the active one)</source>
        <translation>iniciar un plan (sustituye al activo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a plan id (see walkcoach plans)</source>
        <translation>un id de plan (consulta walkcoach plans)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekdays (default: the plan&apos;s)</source>
        <translation>días de la semana (por defecto, los del plan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time of day (default: the plan&apos;s)</source>
        <translation>hora del día (por defecto, la del plan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time zone, e.g. Europe/Berlin (default: this computer&apos;s)</source>
        <translation>zona horaria, p. ej. Europe/Madrid (por defecto, la de este ordenador)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>calendar alarm MIN minutes before (default 10)</source>
        <translation>alarma del calendario MIN minutos antes (por defecto 10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this week and the next, each session&apos;s state</source>
        <translation>esta semana y la siguiente, con el estado de cada sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the coming sessions as an iCalendar file</source>
        <translation>escribir las próximas sesiones en un archivo iCalendar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file, or - for stdout</source>
        <translation>un archivo o - para la salida estándar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{option} must be a date as YYYY-MM-DD (got &apos;{text}&apos;)</source>
        <translation>{option} debe ser una fecha con el formato YYYY-MM-DD (se recibió «{text}»)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no plan is active; start one with `walkcoach plan start ID` (see `walkcoach plans`)</source>
        <translation>no hay ningún plan activo; inicia uno con `walkcoach plan start ID` (consulta `walkcoach plans`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the active plan &apos;{id}&apos; is not known to this WalkCoach</source>
        <translation>esta versión de WalkCoach no conoce el plan activo &apos;{id}&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan is stopped; your history is kept.</source>
        <translation>El plan se ha detenido; tu historial se conserva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plan is already paused</source>
        <translation>el plan ya está en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan is not paused</source>
        <translation>el plan no está en pausa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no plan with id &apos;{id}&apos; (one of: {known})</source>
        <translation>no hay ningún plan con el id &apos;{id}&apos; (uno de: {known})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&apos;{id}&apos; has up to {most} sessions a week: give at least %n weekday(s) (got {days})</source>
        <translation>
            <numerusform>&apos;{id}&apos; tiene hasta {most} sesiones por semana: indica al menos %n día de la semana (se recibió {days})</numerusform>
            <numerusform>&apos;{id}&apos; tiene hasta {most} sesiones por semana: indica al menos %n días de la semana (se recibió {days})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown time zone &apos;{zone}&apos; (e.g. Europe/Berlin, America/New_York, UTC)</source>
        <translation>zona horaria desconocida &apos;{zone}&apos; (p. ej. Europe/Madrid, America/New_York, UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--alarm must be 0-1440 minutes (got {minutes})</source>
        <translation>--alarm debe estar entre 0 y 1440 minutos (se recibió {minutes})</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Started “{name}”: %n week(s) on {days} at {time} ({zone}).</source>
        <translation>
            <numerusform>Plan «{name}» iniciado: %n semana, los días {days}, a las {time} ({zone}).</numerusform>
            <numerusform>Plan «{name}» iniciado: %n semanas, los días {days}, a las {time} ({zone}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Week {week} (from {monday}):</source>
        <translation>Semana {week} (desde el {monday}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no day left</source>
        <translation>sin días libres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day {day}: {title}</source>
        <extracomment>After the date and the state: &quot;day 1: Backward, two minutes&quot;.</extracomment>
        <translation>día {day}: {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>note: could not update {file}: {reason}</source>
        <extracomment>A line on stderr after a plan action: the calendar file could not be written.</extracomment>
        <translation>nota: no se ha podido actualizar {file}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write {file}: {reason}</source>
        <translation>no se puede escribir {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n session(s) to {file}; it is written again when the plan moves.</source>
        <translation>
            <numerusform>Se ha escrito %n sesión en {file}; el archivo se vuelve a escribir cada vez que el plan cambia.</numerusform>
            <numerusform>Se han escrito %n sesiones en {file}; el archivo se vuelve a escribir cada vez que el plan cambia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+26"/>
        <source>the data folder is empty; give a folder, or leave --data-dir out</source>
        <translation>la ruta de la carpeta de datos está vacía; indica una carpeta o quita --data-dir</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../walkcoach/core/cues.py" line="+96"/>
        <source>Slow the belt to {speed}.</source>
        <translation>Baja la cinta a {speed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the belt.</source>
        <translation>Para la cinta.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{amount} more: {left} left.</source>
        <extracomment>{amount} and {left} are spoken durations (&quot;30 seconds&quot;, &quot;1 minute 30 seconds&quot;).</extracomment>
        <translation>{amount} más. Tiempo restante: {left}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} less: {left} left.</source>
        <translation>{amount} menos. Tiempo restante: {left}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The belt is slowing to {speed} for the turn. Keep walking and hold the rails.</source>
        <translation>La cinta está bajando a {speed} para el giro. Sigue caminando y agárrate a los pasamanos.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>En pausa: el ordenador estaba en suspensión. Reanuda cuando quieras.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Get ready. First: {segment}</source>
        <extracomment>{segment} is the first segment&apos;s phrase, with its full stop.</extracomment>
        <translation>Prepárate. Primero: {segment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now {segment}</source>
        <extracomment>{segment} is a segment phrase that starts a sentence when the turn is over.</extracomment>
        <translation>Ahora, {segment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {round} of {rounds}.</source>
        <translation>Ronda {round} de {rounds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halfway. {duration} to go.</source>
        <translation>Vas por la mitad. Tiempo restante: {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{duration} left.</source>
        <translation>Tiempo restante: {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session complete: {duration} of exercise. Well done.</source>
        <translation>Sesión completada: {duration} de ejercicio. ¡Bien hecho!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time is up for this station. Press Done when you have finished.</source>
        <translation>Se acabó el tiempo de esta estación. Pulsa Listo cuando termines.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forward for {duration} at {speed}</source>
        <extracomment>A segment phrase: lower case, no full stop; said after &quot;Get ready. First:&quot; or &quot;Now&quot;, or alone as a sentence. {duration} &quot;2 minutes&quot;, {speed} &quot;3.2 kilometres per hour&quot;.</extracomment>
        <translation>hacia delante durante {duration} a {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward for {duration} at {speed}</source>
        <translation>hacia atrás durante {duration} a {speed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn round for {duration}, belt at {speed}</source>
        <translation>date la vuelta durante {duration}, con la cinta a {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn round for {duration}, belt stopped</source>
        <translation>date la vuelta durante {duration}, con la cinta parada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest for {duration}, belt at {speed}</source>
        <translation>descanso de {duration}, con la cinta a {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest for {duration}, belt stopped</source>
        <translation>descanso de {duration}, con la cinta parada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station: {label}, for {duration}</source>
        <extracomment>{label} is the station&apos;s exercise (&quot;20 lunges + 15 squats&quot;).</extracomment>
        <translation>estación: {label}, durante {duration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station: {label}. Press Done when you have finished</source>
        <translation>estación: {label}. Pulsa Listo cuando termines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{phrase}, incline {value} percent</source>
        <extracomment>{phrase} is a segment phrase (&quot;forward for 2 minutes at 4 kilometres per hour&quot;); {value} a figure: the treadmill&apos;s slope in percent.</extracomment>
        <translation>{phrase}, inclinación del {value} por ciento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phrase}, decline {value} percent</source>
        <translation>{phrase}, cuesta abajo al {value} por ciento</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{phrase}, %n step(s) a minute</source>
        <extracomment>The walking cadence added to a segment phrase (&quot;forward for 2 minutes at 4 kilometres per hour&quot;).</extracomment>
        <translation>
            <numerusform>{phrase}, %n paso por minuto</numerusform>
            <numerusform>{phrase}, %n pasos por minuto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{phrase}.</source>
        <extracomment>A segment phrase as a sentence of its own.</extracomment>
        <translation>{phrase}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the incline to {value} percent.</source>
        <translation>Pon la inclinación al {value} por ciento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the decline to {value} percent.</source>
        <translation>Pon la cinta cuesta abajo al {value} por ciento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the rails and turn to face the back.</source>
        <translation>Agárrate a los pasamanos y gira para mirar hacia atrás.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails and turn to face the front.</source>
        <translation>Agárrate a los pasamanos y gira para mirar hacia delante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails and turn to face the other way.</source>
        <translation>Agárrate a los pasamanos y gira para mirar hacia el otro lado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a moment</source>
        <extracomment>Said for {when} in &quot;Turning ... in {when}&quot; when the turn is less than a second away.</extracomment>
        <translation>un momento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk backward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <extracomment>{when} is a spoken duration (&quot;10 seconds&quot;) or &quot;a moment&quot;; {speed} &quot;1 kilometre per hour&quot;.</extracomment>
        <translation>Giro para caminar hacia atrás en {when}: prepárate para bajar la cinta a {speed} y agarrarte a los pasamanos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning to walk forward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>Giro para caminar hacia delante en {when}: prepárate para bajar la cinta a {speed} y agarrarte a los pasamanos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning round in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>Giro en {when}: prepárate para bajar la cinta a {speed} y agarrarte a los pasamanos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning to walk backward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Giro para caminar hacia atrás en {when}: prepárate para parar la cinta y agarrarte a los pasamanos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk forward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Giro para caminar hacia delante en {when}: prepárate para parar la cinta y agarrarte a los pasamanos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning round in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Giro en {when}: prepárate para parar la cinta y agarrarte a los pasamanos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turning to walk backward in {when}: the belt will slow down to {speed}.</source>
        <translation>Giro para caminar hacia atrás en {when}: la cinta bajará a {speed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk forward in {when}: the belt will slow down to {speed}.</source>
        <translation>Giro para caminar hacia delante en {when}: la cinta bajará a {speed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning round in {when}: the belt will slow down to {speed}.</source>
        <translation>Giro en {when}: la cinta bajará a {speed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn now. Hold the rails and turn to face the back.</source>
        <translation>Es hora de girar. Agárrate a los pasamanos y gira para mirar hacia atrás.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn now. Hold the rails and turn to face the front.</source>
        <translation>Es hora de girar. Agárrate a los pasamanos y gira para mirar hacia delante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn now. Hold the rails and turn to face the other way.</source>
        <translation>Es hora de girar. Agárrate a los pasamanos y gira para mirar hacia el otro lado.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Last one.</source>
        <translation>Último tramo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/spoken.py" line="+155"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{larger} {smaller}</source>
        <extracomment>Joins two parts of a spoken duration, &quot;2 minutes&quot; and &quot;30 seconds&quot; (English says them one after the other; a language may want &quot;and&quot; between them).</extracomment>
        <translation>{larger} y {smaller}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} kilometres per hour</source>
        <extracomment>A speed to be spoken; {value} is a figure such as 3,2.</extracomment>
        <translation>{value} kilómetros por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} miles per hour</source>
        <translation>{value} millas por hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 kilometre per hour</source>
        <extracomment>A speed of exactly one, spoken (the turn speed is often 1 km/h): the unit in the singular.</extracomment>
        <translation>un kilómetro por hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mile per hour</source>
        <translation>una milla por hora</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../walkcoach/core/datewords.py" line="+17"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
</context>
<context>
    <name>DeviceAttach</name>
    <message>
        <location filename="../../walkcoach/ui/devices/attach.py" line="+100"/>
        <source>Treadmill: {why}</source>
        <translation>Cinta: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the treadmill {name}…</source>
        <translation>Buscando la cinta {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Treadmill not linked: {why}</source>
        <translation>Cinta no vinculada: {why}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The treadmill did not answer: the session starts without it.</source>
        <translation>La cinta no ha respondido: la sesión empieza sin ella.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the treadmill…</source>
        <translation>Esperando a la cinta…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heart rate: {why}</source>
        <translation>Frecuencia cardíaca: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the heart-rate sensor {name}…</source>
        <translation>Buscando el sensor de frecuencia cardíaca {name}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Heart-rate sensor not linked: bumble is not installed (pip install &apos;walkcoach[bumble]&apos; to use --hci)</source>
        <translation>Sensor de frecuencia cardíaca no vinculado: bumble no está instalado (pip install &apos;walkcoach[bumble]&apos; para usar --hci)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Heart-rate sensor not linked: {why}</source>
        <translation>Sensor de frecuencia cardíaca no vinculado: {why}</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_dialog.py" line="+107"/>
        <source>Treadmill and heart rate</source>
        <translation>Cinta y frecuencia cardíaca</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the linked treadmill</source>
        <translation>Olvidar la cinta vinculada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;orget sensor</source>
        <translation>Olvidar &amp;sensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the linked heart-rate sensor</source>
        <translation>Olvidar el sensor de frecuencia cardíaca vinculado</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+188"/>
        <source>&amp;Scan</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Scan for treadmills and heart-rate sensors</source>
        <translation>Buscar cintas y sensores de frecuencia cardíaca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Belt speed for every change of direction</source>
        <translation>Velocidad de la cinta en cada cambio de dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the belt when the program ends or I press Stop</source>
        <translation>Parar la cinta cuando termine el programa o pulse Detener</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: this computer&apos;s Bluetooth</source>
        <translation>vacío: el Bluetooth de este ordenador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HCI transport, advanced</source>
        <translation>Transporte HCI, avanzado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced: a Bluetooth controller used directly through bumble ({install}), e.g. {examples}.</source>
        <translation>Avanzado: un controlador Bluetooth usado directamente mediante bumble ({install}), p. ej. {examples}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While linked</source>
        <translation>Si está vinculada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn speed</source>
        <translation>Velocidad de &amp;giro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Belt</source>
        <translation>C&amp;inta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HCI transport</source>
        <translation>Transporte &amp;HCI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The coach slows the belt to this before you turn around (at most {top}).</source>
        <translation>El entrenador baja la cinta a esta velocidad antes de que te des la vuelta (como máximo {top}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the chosen treadmill</source>
        <translation>Conectar a la cinta elegida</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan to find the treadmills and heart-rate sensors in range.</source>
        <translation>Busca para encontrar las cintas y los sensores de frecuencia cardíaca cercanos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan stopped.</source>
        <translation>Búsqueda detenida.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Stop scan</source>
        <translation>Detener &amp;búsqueda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning… {n} s left</source>
        <translation>Buscando… quedan {n} s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Found {n} in {s:g} s.</source>
        <translation>{n} encontrados en {s:g} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found in {s:g} s. Is the treadmill on, awake and free of other apps?</source>
        <translation>No se ha encontrado nada en {s:g} s. ¿Está la cinta encendida, activa y libre de otras apps?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The scan did not work.</source>
        <translation>La búsqueda no ha funcionado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No treadmill linked: the coach tells you the speeds to set.</source>
        <translation>Ninguna cinta vinculada: el entrenador te dice qué velocidades poner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: the virtual treadmill.</source>
        <translation>Vinculada: la cinta virtual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: {name} ({address}).</source>
        <translation>Vinculada: {name} ({address}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No heart-rate sensor linked.</source>
        <translation>Ningún sensor de frecuencia cardíaca vinculado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart rate: the virtual sensor.</source>
        <translation>Frecuencia cardíaca: el sensor virtual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart rate: {name} ({address}).</source>
        <translation>Frecuencia cardíaca: {name} ({address}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The virtual sensor&apos;s heart rate follows what you walk: faster, uphill and backward raise it, with a lag of tens of seconds.</source>
        <translation>La frecuencia cardíaca del sensor virtual sigue lo que caminas: más rápido, cuesta arriba y hacia atrás la suben, con un retraso de decenas de segundos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A chest strap or a watch that shares its heart rate: Connect.</source>
        <translation>Una banda de pecho o un reloj que comparta su frecuencia cardíaca: Conectar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The virtual treadmill runs inside WalkCoach: try the whole link without a machine.</source>
        <translation>La cinta virtual funciona dentro de WalkCoach: prueba el enlace completo sin máquina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a treadmill or a heart-rate sensor, then Connect.</source>
        <translation>Elige una cinta o un sensor de frecuencia cardíaca y luego Conectar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>⚠ No se ha podido guardar la configuración: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Virtual heart-rate sensor</source>
        <translation>Sensor de frecuencia cardíaca virtual</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Virtual treadmill</source>
        <translation>Cinta virtual</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_list.py" line="+25"/>
        <source>Treadmill</source>
        <translation>Cinta de correr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart-rate sensor</source>
        <translation>Sensor de frecuencia cardíaca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reported</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{bars} {word}, {dbm} dBm</source>
        <translation>{bars} {word}, {dbm} dBm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Virtual treadmill (no hardware needed)</source>
        <translation>Cinta virtual (sin hardware)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual heart-rate sensor (follows your effort)</source>
        <translation>Sensor de frecuencia cardíaca virtual (sigue tu esfuerzo)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Bluetooth LE adapter was found on this computer. Plug one in, or try the virtual treadmill.</source>
        <translation>No se ha encontrado ningún adaptador Bluetooth LE en este ordenador. Conecta uno o prueba la cinta virtual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is switched off. Switch it on and scan again.</source>
        <translation>El Bluetooth está apagado. Enciéndelo y vuelve a buscar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s Bluetooth service cannot be reached ({detail}). Start it (on Linux: the bluetooth service) and scan again.</source>
        <translation>No se puede acceder al servicio Bluetooth de este ordenador ({detail}). Inícialo (en Linux: el servicio bluetooth) y vuelve a buscar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WalkCoach is not allowed to use Bluetooth ({detail}). Allow it in the system&apos;s settings; for a USB dongle, give your user access to it.</source>
        <translation>WalkCoach no tiene permiso para usar el Bluetooth ({detail}). Permítelo en la configuración del sistema; si usas un adaptador USB, da acceso a tu usuario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Bluetooth library bleak is not installed (pip install bleak).</source>
        <translation>La biblioteca de Bluetooth bleak no está instalada (pip install bleak).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An HCI transport needs bumble, which is not installed ({install}). Or leave the HCI transport empty to use this computer&apos;s Bluetooth.</source>
        <translation>Un transporte HCI necesita bumble, que no está instalado ({install}). O deja vacío el transporte HCI para usar el Bluetooth de este ordenador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{hci}” is not an HCI transport name ({detail}). Examples: {examples}.</source>
        <translation>«{hci}» no es un nombre de transporte HCI ({detail}). Ejemplos: {examples}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HCI transport {hci} cannot be opened ({detail}).</source>
        <translation>No se puede abrir el transporte HCI {hci} ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Bluetooth controller did not answer ({detail}).</source>
        <translation>El controlador Bluetooth no ha respondido ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is scanning for Bluetooth devices. Try again soon.</source>
        <translation>Otro programa está buscando dispositivos Bluetooth. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scan failed: {detail}.</source>
        <translation>La búsqueda ha fallado: {detail}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices found</source>
        <translation>Dispositivos encontrados</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no radio</source>
        <translation>sin radio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the app</source>
        <translation>en la app</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not seen yet</source>
        <translation>aún no visto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../walkcoach/devices/belt_coach.py" line="+46"/>
        <source>The treadmill is not connected: the session goes on when it is back.</source>
        <translation>La cinta no está conectada: la sesión seguirá cuando vuelva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill is sending no data: the session goes on when it does.</source>
        <translation>La cinta no está enviando datos: la sesión seguirá cuando vuelva a enviarlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the belt to slow down: the turn comes first.</source>
        <translation>Espera a que la cinta frene: primero viene el giro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait. The belt is still slowing down.</source>
        <extracomment>Spoken while a turn waits for the belt to slow down.</extracomment>
        <translation>Espera. La cinta aún está frenando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming in {seconds}.</source>
        <extracomment>Shown while the session counts down to going on after a pause; {seconds} is 3, 2, 1.</extracomment>
        <translation>Seguimos en {seconds}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/controller.py" line="+299"/>
        <location filename="../../walkcoach/devices/hr_monitor.py" line="+141"/>
        <source>connecting took too long</source>
        <translation>la conexión ha tardado demasiado</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/events.py" line="+37"/>
        <source>The safety key was pulled: the session is paused.</source>
        <translation>Se ha retirado la llave de seguridad: la sesión está en pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill was stopped on the machine: the session is paused.</source>
        <translation>La cinta se ha detenido desde la máquina: la sesión está en pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill was paused on the machine: the session is paused.</source>
        <translation>La cinta se ha pausado desde la máquina: la sesión está en pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another app took control of the treadmill: the session is paused.</source>
        <translation>Otra app ha tomado el control de la cinta: la sesión está en pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill link was lost: the session is paused.</source>
        <translation>Se ha perdido el enlace con la cinta: la sesión está en pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill sent nothing for a while: the session is paused.</source>
        <translation>La cinta lleva un rato sin enviar nada: la sesión está en pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The belt did not slow down for the turn: the session is paused.</source>
        <translation>La cinta no ha frenado para el giro: la sesión está en pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill refused the turn speed: the session is paused.</source>
        <translation>La cinta ha rechazado la velocidad de giro: la sesión está en pausa.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The treadmill refused {command}: {result}.</source>
        <extracomment>{command} and {result} are the protocol&apos;s words (&quot;set target speed&quot;, &quot;not supported&quot;).</extracomment>
        <translation>La cinta ha rechazado la orden {command}: {result}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This treadmill cannot set its speed; {requested} km/h was skipped.</source>
        <translation>Esta cinta no puede ajustar la velocidad; se ha omitido la velocidad de {requested} km/h.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This treadmill cannot set its incline; {requested} % was skipped.</source>
        <translation>Esta cinta no puede ajustar la inclinación; se ha omitido la inclinación del {requested}&#xa0;%.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treadmill&apos;s speed is limited: {applied} km/h instead of {requested} km/h.</source>
        <translation>La velocidad de la cinta está limitada: {applied} km/h en lugar de {requested} km/h.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treadmill&apos;s incline is limited: {applied} % instead of {requested} %.</source>
        <translation>La inclinación de la cinta está limitada: {applied}&#xa0;% en lugar de {requested}&#xa0;%.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You set {value} km/h.</source>
        <extracomment>The user changed the belt&apos;s speed on the machine itself.</extracomment>
        <translation>Has puesto la cinta a {value} km/h.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You set {value} %.</source>
        <extracomment>The user changed the belt&apos;s incline on the machine itself.</extracomment>
        <translation>Has puesto la inclinación al {value}&#xa0;%.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>Espera: la cinta aún está frenando para el giro.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/hr_events.py" line="+17"/>
        <source>Heart-rate sensor</source>
        <translation>Sensor de frecuencia cardíaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treadmill&apos;s heart rate</source>
        <translation>Frecuencia cardíaca de la cinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>El sensor de frecuencia cardíaca ha perdido el contacto con la piel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The heart-rate sensor has contact again.</source>
        <translation>El sensor de frecuencia cardíaca vuelve a tener contacto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No heart rate at the moment: it shows as --.</source>
        <extracomment>&quot;--&quot; is what the screen shows in place of a heart rate.</extracomment>
        <translation>Ahora mismo no hay frecuencia cardíaca: se muestra como --.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The heart rate is back.</source>
        <translation>Vuelve a haber frecuencia cardíaca.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/scanning.py" line="+38"/>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no Bluetooth LE adapter found on this computer</source>
        <translation>no se ha encontrado ningún adaptador Bluetooth LE en este ordenador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bluetooth is switched off; switch it on and scan again</source>
        <translation>el Bluetooth está apagado; enciéndelo y vuelve a buscar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s Bluetooth service cannot be reached: {detail}</source>
        <translation>no se puede acceder al servicio Bluetooth del sistema: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed to use Bluetooth ({detail})</source>
        <translation>no hay permiso para usar el Bluetooth ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Bluetooth library bleak is not installed (pip install bleak)</source>
        <translation>la biblioteca de Bluetooth bleak no está instalada (pip install bleak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source} needs bumble, which is not installed ({install})</source>
        <extracomment>{source} is --hci or where the settings name the transport; {install} a pip command.</extracomment>
        <translation>{source} necesita bumble, que no está instalado ({install})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source}: {hci!r} is not an HCI transport name ({detail}; for example {examples})</source>
        <translation>{source}: {hci!r} no es un nombre de transporte HCI ({detail}; por ejemplo, {examples})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source}: cannot open {hci} ({detail})</source>
        <translation>{source}: no se puede abrir {hci} ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from the Bluetooth controller ({detail})</source>
        <translation>el controlador Bluetooth no responde ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program is scanning for Bluetooth devices; try again</source>
        <translation>otro programa está buscando dispositivos Bluetooth; inténtalo de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scan failed ({detail})</source>
        <translation>la búsqueda ha fallado ({detail})</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_hr.py" line="+145"/>
        <source>the heart-rate sensor did not answer</source>
        <translation>el sensor de frecuencia cardíaca no ha respondido</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the heart-rate sensor went out of range</source>
        <translation>el sensor de frecuencia cardíaca ha quedado fuera de alcance</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_transport.py" line="+38"/>
        <source>the treadmill did not answer</source>
        <translation>la cinta no ha respondido</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the treadmill went out of range</source>
        <translation>la cinta ha quedado fuera de alcance</translation>
    </message>
</context>
<context>
    <name>DistanceSource</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-102"/>
        <source>measured</source>
        <translation>medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly measured</source>
        <translation>medida en parte</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location line="+25"/>
        <source>Your walking history will appear here</source>
        <translation>Tu historial de caminatas aparecerá aquí</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Each session you finish (or stop early) is saved here automatically. After your first one you will see:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Minutes per week&lt;/b&gt;, forward and backward, as stacked bars;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your longest backward stretch&lt;/b&gt; in each session, climbing toward the 5-8 minutes without a break that the progression aims for;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;12-month calendar&lt;/b&gt; of the days you walked, with your current and longest streak;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;muscles you worked most&lt;/b&gt;, on the body diagram;&lt;/li&gt;&lt;li&gt;every &lt;b&gt;session&lt;/b&gt; with a chart of its segments, your &lt;b&gt;personal bests&lt;/b&gt;, and exports to CSV, JSON, TCX and FIT.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Cada sesión que termines (o detengas antes) se guarda aquí automáticamente. Después de la primera verás:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Minutos por semana&lt;/b&gt;, hacia delante y hacia atrás, en barras apiladas;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tu tramo más largo hacia atrás&lt;/b&gt; en cada sesión, subiendo hacia los 5-8 minutos sin pausa que busca la progresión;&lt;/li&gt;&lt;li&gt;un &lt;b&gt;calendario de 12 meses&lt;/b&gt; con los días que caminaste, con tu racha actual y la más larga;&lt;/li&gt;&lt;li&gt;los &lt;b&gt;músculos que más trabajaste&lt;/b&gt;, en el diagrama corporal;&lt;/li&gt;&lt;li&gt;cada &lt;b&gt;sesión&lt;/b&gt; con un gráfico de sus tramos, tus &lt;b&gt;marcas personales&lt;/b&gt; y exportaciones a CSV, JSON, TCX y FIT.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Energy</name>
    <message>
        <location filename="../../walkcoach/core/energy.py" line="+26"/>
        <source>Backward walking is estimated at 1.18 x the forward figure (heart rate and oxygen uptake were 17-20 % higher backward at 5-10 % grade in Hooper et al. 2004).</source>
        <translation>El gasto al caminar hacia atrás se estima en 1,18 veces el de caminar hacia delante (en Hooper et al. 2004, la frecuencia cardíaca y el consumo de oxígeno fueron un 17-20&#xa0;% más altos hacia atrás con una pendiente del 5-10&#xa0;%).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Station (lunges and squats) energy is an estimate of about 5 METs.</source>
        <translation>El gasto de las estaciones (zancadas y sentadillas) es una estimación de unos 5 MET.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../walkcoach/core/files.py" line="+45"/>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pipe (FIFO)</source>
        <translation>una tubería (FIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a regular file</source>
        <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is {kind}</source>
        <extracomment>Why a file was not read: &quot;is a folder&quot;, &quot;is a pipe (FIFO)&quot;.</extracomment>
        <translation>es {kind}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is larger than {limit} bytes</source>
        <translation>ocupa más de {limit} bytes</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The data folder {folder} can be read by other users (mode {mode}) and could not be made private: {reason}.</source>
        <translation>Otros usuarios pueden leer la carpeta de datos {folder} (modo {mode}) y no se ha podido hacer privada: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder {folder} could be read by other users (mode {mode}); it is now yours alone (mode {private}).</source>
        <translation>Otros usuarios podían leer la carpeta de datos {folder} (modo {mode}); ahora solo puedes leerla tú (modo {private}).</translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+32"/>
        <source>it is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/first_run.py" line="+65"/>
        <location line="+5"/>
        <source>Welcome to WalkCoach</source>
        <translation>Te damos la bienvenida a WalkCoach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WalkCoach times treadmill sessions that switch between walking forward and walking backward, and tells you when to turn, what speed to set and which muscles work.</source>
        <translation>WalkCoach cronometra sesiones en cinta de correr que alternan caminar hacia delante y hacia atrás, y te dice cuándo girar, qué velocidad poner y qué músculos trabajan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only used to estimate the energy you use</source>
        <translation>Solo se usa para estimar la energía que gastas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body &amp;weight</source>
        <translation>&amp;Peso corporal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body weight</source>
        <translation>Peso corporal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking backward safely</source>
        <translation>Caminar hacia atrás con seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clip the treadmill&apos;s safety key to your clothes and clear the space around it.</source>
        <translation>Sujeta la llave de seguridad de la cinta a tu ropa y despeja el espacio a su alrededor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the belt slowly facing forward; turn around only at a slow speed.</source>
        <translation>Arranca la cinta despacio mirando hacia delante; date la vuelta solo a velocidad baja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the rails while you learn, keep your head up and do not look back over your shoulder.</source>
        <translation>Agárrate a los pasamanos mientras aprendes, mantén la cabeza alta y no mires atrás por encima del hombro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin with short, slow backward spells of a minute or two; add time first, then speed, then incline.</source>
        <translation>Empieza con tramos hacia atrás cortos y lentos, de uno o dos minutos; aumenta primero el tiempo, luego la velocidad y después la inclinación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop if anything hurts or you feel unsteady. With balance or inner-ear problems, uncontrolled blood pressure, an acute back problem or a recent injury, ask a doctor first.</source>
        <translation>Para si algo te duele o te notas inestable. Si tienes problemas de equilibrio o del oído interno, hipertensión no controlada, un problema de espalda agudo o una lesión reciente, consulta antes a un médico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safety advice</source>
        <translation>Consejos de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Select “{name}” to begin ({total}, {backward} of it backward)</source>
        <translation>&amp;Elegir «{name}» para empezar ({total}, {backward} hacia atrás)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the gentlest program</source>
        <translation>Elegir el programa más suave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Let&apos;s go</source>
        <translation>¡&amp;Vamos!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>&amp;Saltar</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../walkcoach/ui/app.py" line="+313"/>
        <source>The last session could not be saved to the history ({problem}). It is kept in {file} and will be added to the history at the next start that can write it.</source>
        <translation>No se ha podido guardar la última sesión en el historial ({problem}). Se conserva en {file} y se añadirá al historial en el próximo inicio en que se pueda escribir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last session could not be saved to the history ({problem}), nor kept in a recovery file ({why}).</source>
        <translation>No se ha podido guardar la última sesión en el historial ({problem}) ni conservarla en un archivo de recuperación ({why}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session not saved yet</source>
        <translation>Sesión aún sin guardar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Speech is not available: {reason}.</source>
        <translation>La voz no está disponible: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cue sounds still play.</source>
        <translation>Los sonidos de aviso siguen sonando.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{problem}; the coach goes on silently.</source>
        <translation>{problem}; el entrenador sigue en silencio.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>History not saved yet: {problem}</source>
        <translation>Historial aún sin guardar: {problem}</translation>
    </message>
</context>
<context>
    <name>HeartRateCoach</name>
    <message>
        <location filename="../../walkcoach/core/hr_coach.py" line="+29"/>
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>Frecuencia cardíaca {bpm}, por encima de tu límite de {ceiling} bpm: baja un poco el ritmo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your heart rate is above your ceiling. Slow down a little.</source>
        <translation>Tu frecuencia cardíaca supera tu límite. Baja un poco el ritmo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>Frecuencia cardíaca de nuevo por debajo de {ceiling} bpm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch your breath: keep walking slowly. The turn comes when your heart rate is under {bpm} bpm.</source>
        <translation>Recupera el aliento: sigue caminando despacio. El giro llegará cuando tu frecuencia cardíaca baje de {bpm} bpm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catch your breath. The turn comes when your heart rate has settled.</source>
        <translation>Recupera el aliento. El giro llegará cuando tu frecuencia cardíaca se estabilice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heart rate settled: get ready to turn.</source>
        <translation>Frecuencia cardíaca estabilizada: prepárate para girar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited long enough: get ready to turn.</source>
        <translation>Ya has esperado bastante: prepárate para girar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>No hay frecuencia cardíaca que esperar: prepárate para girar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Going on without waiting: get ready to turn.</source>
        <translation>Seguimos sin esperar: prepárate para girar.</translation>
    </message>
</context>
<context>
    <name>HeartRatePrefs</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/heart_rate_prefs.py" line="+57"/>
        <source> bpm</source>
        <translation> bpm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate from my age</source>
        <translation>según mi edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum heart rate, beats a minute</source>
        <translation>Frecuencia cardíaca máxima, latidos por minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting heart rate, beats a minute</source>
        <translation>Frecuencia cardíaca en reposo, latidos por minuto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Maximum</source>
        <translation>&amp;Máxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age</source>
        <translation>&amp;Edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resting</source>
        <translation>En &amp;reposo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your zones</source>
        <translation>Tus zonas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tell me when my heart rate is above</source>
        <translation>Avisarme cuando mi frecuencia cardíaca supere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the top of zone 4</source>
        <translation>el máximo de la zona 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart-rate ceiling, beats a minute</source>
        <translation>Límite de frecuencia cardíaca, latidos por minuto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start each backward bout only when my heart rate has settled</source>
        <translation>Empezar cada tramo hacia atrás solo cuando mi frecuencia cardíaca se haya estabilizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled means under, beats a minute</source>
        <translation>Estabilizada significa por debajo de, latidos por minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest wait, seconds</source>
        <translation>Espera máxima, segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under</source>
        <translation>por debajo de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting at most</source>
        <translation>esperando como máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coaching</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Zone {n} · {name}</source>
        <translation>Zona {n} · {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{low} bpm and above ({pct} % and more)</source>
        <translation>{low} bpm o más ({pct}&#xa0;% o más)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{low}–{high} bpm ({lo_pct}–{hi_pct} %)</source>
        <translation>{low}–{high} bpm ({lo_pct}–{hi_pct}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your maximum heart rate, or your age to estimate it, to see your zones.</source>
        <translation>Introduce tu frecuencia cardíaca máxima, o tu edad para estimarla, y verás tus zonas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Maximum {max} bpm; the ceiling&apos;s default, the top of zone 4: {top} bpm.</source>
        <translation>Máxima {max} bpm; límite predeterminado, el máximo de la zona 4: {top} bpm.</translation>
    </message>
</context>
<context>
    <name>HeartRateProgress</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+44"/>
        <source>Heart rate: reading the recorded sessions…</source>
        <translation>Frecuencia cardíaca: leyendo las sesiones registradas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heart rate: {problem}</source>
        <translation>Frecuencia cardíaca: {problem}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Heart rate: nothing recorded in the last 12 months. With a heart-rate sensor (a chest strap or watch) linked, this row shows your weekly time in each zone and your heart rate backward against forward at the same speed.</source>
        <translation>Frecuencia cardíaca: nada registrado en los últimos 12 meses. Con un sensor de frecuencia cardíaca vinculado (una banda de pecho o un reloj), esta fila muestra tu tiempo semanal en cada zona y tu frecuencia cardíaca hacia atrás frente a hacia delante a la misma velocidad.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time in zones: enter your maximum heart rate or your age in Preferences to see it.</source>
        <translation>Tiempo en zonas: introduce tu frecuencia cardíaca máxima o tu edad en Preferencias para verlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time in zones: no heart rate recorded in the last 12 weeks.</source>
        <translation>Tiempo en zonas: no hay frecuencia cardíaca registrada en las últimas 12 semanas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minutes in each heart-rate zone per week, the last 12 weeks: {names}</source>
        <translation>Minutos en cada zona de frecuencia cardíaca por semana, últimas 12 semanas: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backward against forward: no speed walked both ways with a heart rate yet (each side needs a segment of over a minute).</source>
        <translation>Hacia atrás frente a hacia delante: aún no hay ninguna velocidad caminada en ambos sentidos con frecuencia cardíaca (cada sentido necesita un tramo de más de un minuto).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your mean heart rate walking backward and forward at the same speed, from {backward_n} backward and {forward_n} forward segments in the last 12 months (the first 30 s of each left out): backward was {difference} bpm {word} on average.</source>
        <translation>Tu frecuencia cardíaca media caminando hacia atrás y hacia delante a la misma velocidad, de {backward_n} tramos hacia atrás y {forward_n} hacia delante en los últimos 12 meses (sin contar los primeros 30 s de cada uno): hacia atrás fue {difference} bpm {word} de media.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher</source>
        <translation>más alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>más baja</translation>
    </message>
</context>
<context>
    <name>HeartRateView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/hr_view.py" line="+76"/>
        <source>from the treadmill</source>
        <translation>de la cinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated zones</source>
        <translation>zonas simuladas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{bpm} bpm</source>
        <translation>{bpm} bpm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below zone 1</source>
        <translation>Por debajo de la zona 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zone {n}
{name}</source>
        <translation>Zona {n}
{name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{zone}
above your ceiling</source>
        <translation>{zone}
por encima de tu límite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensor lost</source>
        <translation>sensor perdido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no skin contact</source>
        <translation>sin contacto con la piel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none from the treadmill</source>
        <translation>la cinta no la envía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no heart rate</source>
        <translation>sin frecuencia cardíaca</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Virtual heart-rate sensor</source>
        <translation>Sensor de frecuencia cardíaca virtual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: connected</source>
        <translation>{name}: conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: connecting…</source>
        <translation>{name}: conectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: closed</source>
        <translation>{name}: cerrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: lost, trying again…</source>
        <translation>{name}: perdido, reintentando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: lost, trying again… ({why})</source>
        <translation>{name}: perdido, reintentando… ({why})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>El sensor de frecuencia cardíaca ha perdido el contacto con la piel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>Frecuencia cardíaca {bpm}, por encima de tu límite de {ceiling} bpm: baja un poco el ritmo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>Frecuencia cardíaca de nuevo por debajo de {ceiling} bpm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heart rate settled: get ready to turn.</source>
        <translation>Frecuencia cardíaca estabilizada: prepárate para girar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited long enough: get ready to turn.</source>
        <translation>Ya has esperado bastante: prepárate para girar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>No hay frecuencia cardíaca que esperar: prepárate para girar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going on without waiting: get ready to turn.</source>
        <translation>Seguimos sin esperar: prepárate para girar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Catch your breath: keep walking slowly.</source>
        <translation>Recupera el aliento: sigue caminando despacio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn under {level} bpm</source>
        <translation>Giro al bajar de {level} bpm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {bpm}</source>
        <translation>ahora {bpm}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now --</source>
        <translation>ahora --</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {left} more</source>
        <translation>como máximo {left} más</translation>
    </message>
</context>
<context>
    <name>HeartRateZones</name>
    <message>
        <location filename="../../walkcoach/core/hr_zones.py" line="+25"/>
        <source>Very light</source>
        <translation>Muy suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Intensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the zones</source>
        <translation>Por debajo de las zonas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated from your age with the Tanaka formula, 208 - 0.7 x age. It is an estimate: a real maximum can be 10 or more beats a minute either side, so enter yours if you know it.</source>
        <translation>Estimada a partir de tu edad con la fórmula de Tanaka, 208 - 0,7 x edad. Es una estimación: la máxima real puede estar 10 o más latidos por minuto por encima o por debajo, así que introduce la tuya si la conoces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zones on your heart-rate reserve (Karvonen): resting + % x (maximum - resting).</source>
        <translation>Zonas sobre tu reserva de frecuencia cardíaca (Karvonen): reposo + % x (máxima - reposo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones as a percentage of your maximum heart rate.</source>
        <translation>Zonas como porcentaje de tu frecuencia cardíaca máxima.</translation>
    </message>
</context>
<context>
    <name>HelperCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/helper_player.py" line="+83"/>
        <source>Sound is unavailable: the sound helper did not start</source>
        <translation>Sonido no disponible: el asistente de sonido no se ha iniciado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sound is unavailable: the sound helper keeps failing</source>
        <translation>Sonido no disponible: el asistente de sonido sigue fallando</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sound is unavailable: {reason}</source>
        <translation>Sonido no disponible: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+62"/>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn</source>
        <translation>Giro</translation>
    </message>
</context>
<context>
    <name>HistoryExports</name>
    <message>
        <location filename="../../walkcoach/ui/history/exports.py" line="+66"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training Center files (*.tcx)</source>
        <translation>Archivos Training Center (*.tcx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIT files (*.fit)</source>
        <translation>Archivos FIT (*.fit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as {fmt}</source>
        <translation>Exportar como {fmt}</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+188"/>
        <source>there are no recorded sessions to export</source>
        <translation>no hay sesiones registradas que exportar</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported: {m}</source>
        <translation>No se ha exportado nada: {m}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>choose a session in the list first</source>
        <translation>elige primero una sesión de la lista</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export all sessions as &amp;CSV…</source>
        <translation>Exportar todas las sesiones como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all sessions as &amp;JSON…</source>
        <translation>Exportar todas las sesiones como &amp;JSON…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the last session as &amp;TCX…</source>
        <translation>Exportar la última sesión como &amp;TCX…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the last session as &amp;FIT…</source>
        <translation>Exportar la última sesión como &amp;FIT…</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../walkcoach/ui/history/page.py" line="+198"/>
        <source>Export all as CSV…</source>
        <translation>Exportar todo como CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all as JSON…</source>
        <translation>Exportar todo como JSON…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Muscles</source>
        <translation>&amp;Músculos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>Pe&amp;riodo:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export session as TCX…</source>
        <translation>Exportar sesión como TCX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export session as FIT…</source>
        <translation>Exportar sesión como FIT…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete session…</source>
        <translation>E&amp;liminar sesión…</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The history cannot be read: {error}</source>
        <translation>No se puede leer el historial: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;{miles}&lt;/b&gt; miles in all</source>
        <translation>&lt;b&gt;{miles}&lt;/b&gt; millas en total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{km}&lt;/b&gt; km in all</source>
        <translation>&lt;b&gt;{km}&lt;/b&gt; km en total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; sessions &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; walked backward &amp;nbsp;·&amp;nbsp; {distance}</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; sesiones &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; hacia atrás &amp;nbsp;·&amp;nbsp; {distance}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} steps&lt;br&gt;&lt;small&gt;Dashed outline: planned time; filled bar: time walked. Green: forward; orange: backward; blue: rest; yellow: turn; purple: an exercise off the belt.&lt;/small&gt;</source>
        <translation>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} pasos&lt;br&gt;&lt;small&gt;Contorno discontinuo: tiempo previsto; barra: tiempo caminado. Verde: adelante; naranja: atrás; azul: descanso; amarillo: giro; morado: ejercicio fuera de la cinta.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Distance: {distance} ({source})</source>
        <translation>Distancia: {distance} ({source})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Heart rate: mean {mean:.0f}, highest {high} bpm. Right: heart rate over the session, its steps shaded behind in the same colours.</source>
        <translation>Frecuencia cardíaca: media {mean:.0f}, máxima {high} bpm. A la derecha, su curva, con los pasos sombreados en sus colores.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No heart rate in this session (a heart-rate sensor records it).</source>
        <translation>No hay frecuencia cardíaca en esta sesión (la registra un sensor de frecuencia cardíaca).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} mi</source>
        <translation>{value} mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} km</source>
        <translation>{value} km</translation>
    </message>
</context>
<context>
    <name>HistoryPanels</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-57"/>
        <source>Longest backward stretch</source>
        <translation>Tramo más largo hacia atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most backward time in a session</source>
        <translation>Más tiempo hacia atrás en una sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest session</source>
        <translation>Sesión más larga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steepest backward incline, held a minute</source>
        <translation>Mayor inclinación hacia atrás (1 min)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastest backward speed, held a minute</source>
        <translation>Mayor velocidad hacia atrás (1 min)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest streak</source>
        <translation>Racha más larga</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <location filename="../../walkcoach/ui/history/wiring.py" line="+32"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sessions, progress charts and exports (Ctrl+H again: back)</source>
        <translation>Tus sesiones, gráficos de progreso y exportaciones (Ctrl+H otra vez: volver)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Finish the current session first.</source>
        <translation>Termina primero la sesión en curso.</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/link_view.py" line="+63"/>
        <source>Virtual treadmill</source>
        <translation>Cinta virtual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treadmill {name}</source>
        <translation>Cinta {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treadmill {address}</source>
        <translation>Cinta {address}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not connected</source>
        <translation>sin conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking control…</source>
        <translation>tomando el control…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost, trying again…</source>
        <translation>perdida, reintentando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>desconectada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belt: {state}</source>
        <translation>Cinta: {state}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Belt now: {figures}</source>
        <translation>Cinta ahora: {figures}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{miles} mi</source>
        <translation>{miles} mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The safety key was pulled.</source>
        <translation>Se ha retirado la llave de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill was stopped on the machine.</source>
        <translation>La cinta se ha detenido desde la máquina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill was paused on the machine.</source>
        <translation>La cinta se ha pausado desde la máquina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app took control of the treadmill.</source>
        <translation>Otra app ha tomado el control de la cinta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill link was lost.</source>
        <translation>Se ha perdido el enlace con la cinta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill stopped sending its speed.</source>
        <translation>La cinta ha dejado de enviar su velocidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The belt did not slow down for the turn.</source>
        <translation>La cinta no ha frenado para el giro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill refused the turn speed.</source>
        <translation>La cinta ha rechazado la velocidad de giro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} Press Space to go on.</source>
        <translation>{why} Pulsa Espacio para seguir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>Espera: la cinta aún está frenando para el giro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Going on in {seconds}… (Space: wait)</source>
        <translation>Seguimos en {seconds}… (Espacio: esperar)</translation>
    </message>
</context>
<context>
    <name>LoadDiagram</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+240"/>
        <source>work in this period, % of the muscle worked most (estimated)</source>
        <translation>trabajo en este periodo, % del músculo más trabajado (estimado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worked in this period</source>
        <translation>Sin trabajo en este periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share:.0f} % of the work of the muscle worked most in this period (estimated)</source>
        <translation>{share:.0f}&#xa0;% del trabajo del músculo más trabajado en este periodo (estimado)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../walkcoach/ui/main_window.py" line="+125"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausar / reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip segment</source>
        <translation>&amp;Saltar tramo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top…</source>
        <translation>&amp;Detener…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;readmill and heart rate…</source>
        <translation>Cinta y f&amp;recuencia cardíaca…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workout view (full screen)</source>
        <translation>Modo &amp;entreno (pantalla completa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mini view</source>
        <translation>&amp;Minivista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flash the window on each change</source>
        <translation>Parpa&amp;dear la ventana en cada cambio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mute sounds</source>
        <translation>&amp;Silenciar sonidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Safety checklist before every backward session</source>
        <translation>&amp;Lista de seguridad antes de cada sesión hacia atrás</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Safety checklist</source>
        <translation>&amp;Lista de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About WalkCoach</source>
        <translation>Acerca &amp;de WalkCoach</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose a program first.</source>
        <translation>Elige primero un programa.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stop the session?</source>
        <translation>¿Detener la sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the session now?</source>
        <translation>¿Detener la sesión ahora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you have walked so far is kept in your history.</source>
        <translation>Lo que has caminado hasta ahora se guarda en tu historial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sound off</source>
        <translation>Sonido desactivado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound on</source>
        <translation>Sonido activado</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{program} – {app}</source>
        <comment>window title: the program&apos;s name, the app&apos;s name</comment>
        <translation>{program} – {app}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sound off (M)</source>
        <translation>Sonido desactivado (M)</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <location filename="../../walkcoach/ui/window_hooks.py" line="+23"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit programs…</source>
        <translation>&amp;Editar programas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New program…</source>
        <translation>&amp;Nuevo programa…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import program…</source>
        <translation>&amp;Importar programa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <location filename="../../walkcoach/ui/coach/mini_view.py" line="+38"/>
        <source>WalkCoach (mini)</source>
        <translation>WalkCoach (mini)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full view</source>
        <translation>Vista completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the full window</source>
        <translation>Volver a la ventana completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the full coach window (Ctrl+M)</source>
        <translation>Volver a la ventana completa del entrenador (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>MuscleLoadList</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-75"/>
        <source>Worked most</source>
        <translation>Más trabajado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each muscle&apos;s work in this period compared with the muscle worked most (100 %): how hard it works, estimated from muscle-activity (EMG) studies, times the minutes you walked. The colours on the body follow the same scale.</source>
        <translation>El trabajo de cada músculo en este periodo comparado con el del músculo más trabajado (100&#xa0;%): lo intensamente que trabaja, estimado a partir de estudios de actividad muscular (EMG), por los minutos que caminaste. Los colores del cuerpo siguen la misma escala.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing walked in this period.</source>
        <translation>No has caminado nada en este periodo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;worked most (100 %)&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;el más trabajado (100&#xa0;%)&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;as much&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f}&#xa0;% &lt;small&gt;del máximo&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>MusclePanel</name>
    <message>
        <location filename="../../walkcoach/ui/coach/muscle_panel.py" line="+188"/>
        <source>Muscles worked</source>
        <translation>Músculos trabajados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coming next: {name}</source>
        <translation>A continuación: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working now: {name}</source>
        <translation>Trabajando ahora: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} % ({basis})&lt;br&gt;{reason}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {value}&#xa0;% ({basis})&lt;br&gt;{reason}</translation>
    </message>
</context>
<context>
    <name>Muscles</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="+191"/>
        <source>Backward uphill glute article</source>
        <translation>Artículo: glúteos, retro en cuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ericson 1986</source>
        <translation>Ericson 1986</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Franz &amp; Kram 2011</source>
        <translation>Franz y Kram 2011</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detweiler &amp; Twaddle 2007</source>
        <translation>Detweiler y Twaddle 2007</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DeKrey et al. 2003</source>
        <translation>DeKrey et al. 2003</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masumoto et al. 2005</source>
        <translation>Masumoto et al. 2005</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masumoto et al. 2007</source>
        <translation>Masumoto et al. 2007</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cipriani et al. 1995</source>
        <translation>Cipriani et al. 1995</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lumbar EMG study 2018</source>
        <translation>Estudio de EMG lumbar 2018</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lee et al. 2014</source>
        <translation>Lee et al. 2014</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking muscles articles</source>
        <translation>Artículos: músculos al caminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking backwards guide</source>
        <translation>Guía para caminar hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Sports Q&amp;A</source>
        <translation>Preguntas de Project Sports</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/muscles.py" line="+54"/>
        <source>belt stopped / resting</source>
        <translation>cinta parada / descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turning round on a slow belt (not counted as work)</source>
        <translation>girando sobre una cinta lenta (no cuenta como trabajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} (estimated profile for lunges and squats)</source>
        <translation>{reason} (perfil estimado para zancadas y sentadillas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>WalkCoach estimate</source>
        <extracomment>The source of a figure WalkCoach assumed where no article gives one (beside a muscle&apos;s figure).</extracomment>
        <translation>Estimación de WalkCoach</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Rectus femoris</source>
        <translation>Recto femoral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadriceps</source>
        <translation>Cuádriceps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straightens the knee and helps lift the thigh; the one quadriceps muscle that crosses the hip.</source>
        <translation>Extiende la rodilla y ayuda a elevar el muslo; es el único músculo del cuádriceps que cruza la cadera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Straightens the knee as your weight passes over the foot, then helps swing the thigh through.</source>
        <translation>Extiende la rodilla cuando tu peso pasa sobre el pie y luego ayuda a llevar el muslo hacia delante en el balanceo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works hardest here: it brakes the bent-knee landing behind you, then straightens the knee to push away.</source>
        <translation>Aquí es donde más trabaja: frena el apoyo con la rodilla flexionada detrás de ti y luego extiende la rodilla para impulsarte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deep knee bends under body weight are the quadriceps&apos; main job.</source>
        <translation>Flexionar a fondo las rodillas con el peso del cuerpo es el trabajo principal del cuádriceps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastus lateralis</source>
        <translation>Vasto lateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The large outer thigh muscle; straightens the knee and takes the load when you land.</source>
        <translation>El gran músculo de la cara externa del muslo; extiende la rodilla y absorbe la carga al apoyar el pie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cushions each landing and keeps the knee firm while you stand on that leg.</source>
        <translation>Amortigua cada apoyo y mantiene firme la rodilla mientras te apoyas en esa pierna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controls the bent knee as you land behind yourself, then drives it straight to push off; steep backward walking loads it most of all.</source>
        <translation>Controla la rodilla flexionada al apoyar detrás de ti y luego la extiende con fuerza para impulsarte; caminar hacia atrás con mucha inclinación es lo que más lo carga.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carries much of the body weight out of the bottom of each lunge and squat.</source>
        <translation>Soporta buena parte del peso corporal al subir desde el fondo de cada zancada y sentadilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vastus medialis</source>
        <translation>Vasto medial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inner thigh teardrop; straightens the knee and keeps the kneecap on track.</source>
        <translation>La «lágrima» de la cara interna del muslo; extiende la rodilla y mantiene la rótula bien alineada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the kneecap tracking and helps hold the knee straight in stance.</source>
        <translation>Mantiene la rótula en su recorrido y ayuda a sostener la rodilla extendida durante el apoyo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The knee lands bent behind you, so this muscle must straighten it against your body weight every step.</source>
        <translation>La rodilla apoya flexionada detrás de ti, así que este músculo tiene que extenderla contra tu peso corporal en cada paso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works hard near the bottom of squats and lunges where the knee bends most.</source>
        <translation>Trabaja mucho cerca del fondo de las sentadillas y zancadas, donde más se flexiona la rodilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tibialis anterior</source>
        <translation>Tibial anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shin</source>
        <translation>Espinilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raises the toes and front of the foot and lowers the foot gently after it lands.</source>
        <translation>Eleva los dedos y la parte delantera del pie, y baja el pie con suavidad después del apoyo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifts the foot clear of the belt in swing and sets it down softly after the heel lands.</source>
        <translation>Levanta el pie para que no roce la cinta en el balanceo y lo posa con suavidad después de apoyar el talón.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busier than forward: you reach back toes first and roll onto the heel, and the shin muscle controls that roll.</source>
        <translation>Trabaja más que hacia delante: apoyas primero la punta detrás de ti y bajas rodando hasta el talón, y el músculo de la espinilla controla ese movimiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps you balanced over your feet in lunges and squats; light work.</source>
        <translation>Te mantiene en equilibrio sobre los pies en zancadas y sentadillas; trabajo ligero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peroneals</source>
        <translation>Peroneos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower leg</source>
        <translation>Parte baja de la pierna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run down the outside of the shin; steady the ankle and help the foot push off.</source>
        <translation>Recorren la cara externa de la pierna; estabilizan el tobillo y ayudan al pie a impulsarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankle against rolling in or out while the foot carries your weight.</source>
        <translation>Evitan que el tobillo se tuerza hacia dentro o hacia fuera mientras el pie soporta tu peso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landing on the forefoot behind you needs more side-to-side ankle control.</source>
        <translation>Apoyar la parte delantera del pie detrás de ti exige más control lateral del tobillo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankles while you balance in a lunge.</source>
        <translation>Estabilizan los tobillos mientras mantienes el equilibrio en la zancada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip flexors</source>
        <translation>Flexores de la cadera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iliopsoas and tensor fasciae latae at the front of the hip; swing the thigh forward.</source>
        <translation>El psoasilíaco y el tensor de la fascia lata, en la parte delantera de la cadera; llevan el muslo hacia delante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pulls the thigh forward to start each swing of the leg.</source>
        <translation>Tiran del muslo hacia delante para iniciar cada balanceo de la pierna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly lengthened rather than worked, since the leg reaches back behind you; a welcome stretch after sitting.</source>
        <translation>Más que trabajar, se estiran, ya que la pierna va hacia atrás; un estiramiento que se agradece tras horas en la silla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brings the leg forward into each new lunge step.</source>
        <translation>Llevan la pierna hacia delante en cada nueva zancada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip adductors</source>
        <translation>Aductores de la cadera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adductors</source>
        <translation>Aductores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner thigh muscles; pull the legs toward the midline and help hold the pelvis steady.</source>
        <translation>Músculos de la cara interna del muslo; acercan las piernas a la línea media y ayudan a mantener estable la pelvis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the ring of muscles round the pelvis that keeps it steady each step.</source>
        <translation>Forman parte del anillo de músculos que rodea la pelvis y la mantiene estable en cada paso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the legs tracking straight and the pelvis steady while you cannot see where you step.</source>
        <translation>Mantienen las piernas bien alineadas y la pelvis estable mientras no ves dónde pisas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the thighs steady in deep squats and lunges.</source>
        <translation>Mantienen estables los muslos en las sentadillas y zancadas profundas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectus abdominis</source>
        <translation>Recto abdominal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The front abdominal wall; keeps the trunk firm so the legs have a stable base.</source>
        <translation>La pared abdominal delantera; mantiene firme el tronco para que las piernas tengan una base estable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firms the trunk with every step so the legs push from a stable base.</source>
        <translation>Afianza el tronco en cada paso para que las piernas empujen desde una base estable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works more for balance: it holds you upright while you move without looking.</source>
        <translation>Trabaja más por el equilibrio: mantiene tu cuerpo erguido mientras te mueves sin mirar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Braces the trunk so the back stays neutral in squats.</source>
        <translation>Fija el tronco para que la espalda se mantenga neutra en las sentadillas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obliques</source>
        <translation>Oblicuos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side abdominals; control the twist and side bend of the trunk.</source>
        <translation>Abdominales laterales; controlan la rotación y la inclinación lateral del tronco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls the small twist of trunk and pelvis in each stride.</source>
        <translation>Controlan la pequeña rotación del tronco y la pelvis en cada paso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes a bigger share of the balance work while you move in reverse.</source>
        <translation>Asumen una parte mayor del trabajo de equilibrio mientras caminas hacia atrás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the trunk from twisting as you step into lunges.</source>
        <translation>Evitan que el tronco gire al dar cada zancada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltoids</source>
        <translation>Deltoides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap the shoulders; swing the arms, far more when you pump them in power walking.</source>
        <translation>Cubren los hombros; balancean los brazos, mucho más cuando los impulsas con fuerza en la marcha rápida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swings the arms; much busier when you drive the arms up in power walking.</source>
        <translation>Balancean los brazos; trabajan mucho más cuando los subes con fuerza en la marcha rápida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Little work: the arm swing is smaller and the hands often rest on the rails.</source>
        <translation>Poco trabajo: el braceo es menor y las manos suelen apoyarse en los pasamanos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only steadies the arms during lunges and squats.</source>
        <translation>Solo estabilizan los brazos durante las zancadas y sentadillas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gluteus maximus</source>
        <translation>Glúteo mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glutes</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The biggest hip muscle; drives the thigh backward and keeps hip and pelvis steady.</source>
        <translation>El mayor músculo de la cadera; lleva el muslo hacia atrás y mantiene estables la cadera y la pelvis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushes the leg back behind you; on a flat belt momentum helps, uphill it must lift you.</source>
        <translation>Empuja la pierna hacia atrás; en llano ayuda la inercia, pero cuesta arriba tiene que elevarte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extends the hip hard as the leg reaches back and stays switched on through the whole stride.</source>
        <translation>Extiende la cadera con fuerza cuando la pierna va hacia atrás y sigue activo durante todo el paso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drives you up out of each lunge and squat.</source>
        <translation>Te impulsa hacia arriba al salir de cada zancada y sentadilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gluteus medius</source>
        <translation>Glúteo medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the side of the hip; holds the pelvis level on the standing leg and moves the thigh out.</source>
        <translation>En el lateral de la cadera; mantiene nivelada la pelvis sobre la pierna de apoyo y separa el muslo hacia fuera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the pelvis level each time you stand on one leg; busier at a brisk pace.</source>
        <translation>Mantiene nivelada la pelvis cada vez que te apoyas en una pierna; trabaja más a paso ligero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies pelvis and hip while the leg reaches back without your eyes to guide it.</source>
        <translation>Estabiliza la pelvis y la cadera mientras la pierna va hacia atrás sin que la vista la guíe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stops the knee from caving in and the pelvis from dropping in lunges.</source>
        <translation>Evita que la rodilla se vaya hacia dentro y que la pelvis caiga en las zancadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Biceps femoris</source>
        <translation>Bíceps femoral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hamstrings</source>
        <translation>Isquiotibiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outer hamstring; bends the knee, helps straighten the hip and brakes the swinging leg.</source>
        <translation>El isquiotibial externo; flexiona la rodilla, ayuda a extender la cadera y frena la pierna en el balanceo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slows the swinging leg before it lands and helps straighten the hip at push-off.</source>
        <translation>Frena la pierna en el balanceo antes del apoyo y ayuda a extender la cadera en el impulso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brakes the leg and steadies the knee; it is also stretched, which helps flexibility.</source>
        <translation>Frena la pierna y estabiliza la rodilla; además se estira, lo que favorece la flexibilidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helps the glutes straighten the hip as you rise from a lunge.</source>
        <translation>Ayuda a los glúteos a extender la cadera al subir de una zancada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semitendinosus</source>
        <translation>Semitendinoso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An inner hamstring; bends the knee, extends the hip and steadies the knee from inside.</source>
        <translation>Un isquiotibial interno; flexiona la rodilla, extiende la cadera y estabiliza la rodilla desde dentro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brakes the swing and assists hip extension from the inner back of the thigh.</source>
        <translation>Frena el balanceo y colabora en la extensión de la cadera desde la parte posterior interna del muslo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds the knee steady as it bends on landing and helps guide the leg back.</source>
        <translation>Mantiene estable la rodilla cuando se flexiona en el apoyo y ayuda a guiar la pierna hacia atrás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works with the other hamstrings to control the knee in lunges.</source>
        <translation>Trabaja con los demás isquiotibiales para controlar la rodilla en las zancadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gastrocnemius</source>
        <translation>Gemelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calves</source>
        <translation>Pantorrillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visible calf muscle; lifts the heel to push off and helps bend the knee.</source>
        <translation>Los músculos visibles de la pantorrilla; elevan el talón para impulsarte y ayudan a flexionar la rodilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of the hardest-working walking muscles: it raises the heel to push you on.</source>
        <translation>Están entre los músculos que más trabajan al caminar: elevan el talón para impulsarte hacia delante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less work than forward: the push-off is reversed and much of the ankle work moves to the shin.</source>
        <translation>Trabajan menos que hacia delante: el impulso se invierte y buena parte del trabajo del tobillo pasa a la espinilla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps balance on the balls of the feet in lunges; light work.</source>
        <translation>Mantienen el equilibrio sobre la parte delantera de la planta en las zancadas; trabajo ligero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deep calf muscle; pushes off through the ankle and keeps the shin from tipping forward.</source>
        <translation>El músculo profundo de la pantorrilla; impulsa a través del tobillo y evita que la tibia se incline hacia delante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushes off through the ankle every step; works harder at a brisk pace.</source>
        <translation>Impulsa a través del tobillo en cada paso; trabaja más a paso ligero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankle and lowers the heel under control: a push-off run in reverse.</source>
        <translation>Estabiliza el tobillo y baja el talón de forma controlada: un impulso a la inversa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the ankle steady as the shin tilts over the foot in squats.</source>
        <translation>Mantiene estable el tobillo mientras la tibia se inclina sobre el pie en las sentadillas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erector spinae</source>
        <translation>Erectores de la columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long muscles either side of the spine; hold the back upright with the abdominals.</source>
        <translation>Los músculos largos a ambos lados de la columna; mantienen la espalda erguida junto con los abdominales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the spine upright together with the abdominals.</source>
        <translation>Mantienen la columna erguida junto con los abdominales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More active than forward: you stand taller walking backward and these muscles hold that upright trunk.</source>
        <translation>Más activos que hacia delante: al caminar hacia atrás la postura es más erguida y estos músculos sostienen el tronco recto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the back straight as you lean into squats and lunges.</source>
        <translation>Mantienen la espalda recta cuando te inclinas en las sentadillas y zancadas.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../walkcoach/ui/coach/paused_overlay.py" line="+30"/>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../walkcoach/ui/plan/page.py" line="+136"/>
        <source>The active plan &apos;%1&apos; is not known to this WalkCoach.</source>
        <translation>Esta versión de WalkCoach no conoce el plan activo «%1».</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Training plans</source>
        <translation>Planes de entrenamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A plan puts weeks of sessions on the weekdays you choose, moves a missed one to the next free day and waits a week when a session hurt or felt too hard. Pick one to start:</source>
        <translation>Un plan reparte semanas de sesiones en los días que elijas, pasa una sesión perdida al siguiente día libre y no avanza durante una semana si una sesión te ha causado dolor o se te ha hecho demasiado dura. Elige uno para empezar:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no day left</source>
        <translation>sin días libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day %1: %2</source>
        <translation>Día %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%v of %m sessions</source>
        <translation>%v de %m sesiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (again)</source>
        <translation> (otra vez)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This week: week %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esta semana: semana %1 de %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>active minutes</source>
        <translation>minutos activos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward minutes</source>
        <translation>minutos hacia atrás</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This week: %1 of %2 %3</source>
        <translation>Esta semana: %1 de %2&#xa0;%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>★ Week %1</source>
        <translation>★ Semana %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed on %1</source>
        <translation>Completada el %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Weeks ahead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Próximas semanas&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week %1 from %2: %3 x %4</source>
        <translation>Semana %1 desde el %2: %3 x %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and %1 more weeks</source>
        <translation>… y %1 semanas más</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Walk today&apos;s session</source>
        <translation>Caminar la sesión de hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip a session</source>
        <translation>Saltar una sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart week</source>
        <translation>Reiniciar semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar file…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>End plan</source>
        <translation>Terminar plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End this plan? Your recorded sessions are kept.</source>
        <translation>¿Terminar este plan? Tus sesiones registradas se conservan.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save calendar file</source>
        <translation>Guardar archivo de calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the file: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>PlanWiring</name>
    <message>
        <location filename="../../walkcoach/ui/plan/wiring.py" line="+18"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Time for your walk</source>
        <translation>Es hora de caminar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Today&apos;s plan session: %1</source>
        <translation>Sesión del plan de hoy: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use it</source>
        <translation>Usarla</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-285"/>
        <source>Back relief, three weeks</source>
        <translation>Alivio de espalda, tres semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three weeks of the Back relief walk, three times a week: 15 minutes of slow backward walking each time, with the safety key clipped on and, once steady, hands off the rails.</source>
        <translation>Tres semanas de la «Caminata para aliviar la espalda», tres veces por semana: 15 minutos caminando despacio hacia atrás cada vez, con la llave de seguridad sujeta y, cuando te sientas estable, sin agarrarte a los pasamanos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Walking Backwards on the Treadmill”, a personal trainer&apos;s post on backward walking for back pain (15 minutes, 3 times a week, 3 weeks)</source>
        <translation>«Walking Backwards on the Treadmill», la entrada de un entrenador personal sobre caminar hacia atrás para el dolor de espalda (15 minutos, 3 veces por semana, durante 3 semanas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toward 150 minutes a week</source>
        <translation>Hacia los 150 minutos semanales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brisk walks on more days each week, from five to every day, toward 150 active minutes a week; every walk you record counts toward the weekly bar, not only the plan&apos;s.</source>
        <translation>Caminatas a paso ligero más días cada semana, de cinco a todos los días, hacia los 150 minutos activos semanales; para la barra semanal cuenta cada caminata que registres, no solo las del plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Which muscles are used when you walk?” (quoting the NHS target of 150 active minutes a week)</source>
        <translation>«Which muscles are used when you walk?» (cita el objetivo del NHS británico de 150 minutos activos semanales)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily retro, four weeks</source>
        <translation>Caminata retro diaria, cuatro semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Daily retro walk three times a week for two weeks, then four times a week: 10-15 minutes of backward walking each time.</source>
        <translation>La «Caminata retro diaria» tres veces por semana durante dos semanas y después cuatro veces por semana: 10-15 minutos caminando hacia atrás cada vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Exercise to isolate the leg stability muscles used when walking backwards?”, a sports questions-and-answers page</source>
        <translation>«Exercise to isolate the leg stability muscles used when walking backwards?», una página deportiva de preguntas y respuestas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Glute focus, four weeks</source>
        <translation>Enfoque en glúteos, cuatro semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glute focus intervals twice a week for two weeks, then three times a week: 5-10 minutes of backward walking each time, split into short stretches.</source>
        <translation>Los «Intervalos para glúteos» dos veces por semana durante dos semanas y después tres veces por semana: 5-10 minutos caminando hacia atrás cada vez, repartidos en tramos cortos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article on walking backwards uphill and gluteus maximus EMG (its weekly dose)</source>
        <translation>Un artículo sobre caminar hacia atrás cuesta arriba y la EMG del glúteo mayor (su dosis semanal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward progression, twelve weeks</source>
        <translation>Progresión hacia atrás, doce semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with 2-minute backward stretches on a 3 % slope and add 30 s every week until you walk 5 minutes without a break; then keep the time and make it one step steeper each week, up to 8 %. Never faster: the plan grows in time and slope only.</source>
        <translation>Empieza con tramos de 2 minutos hacia atrás con un 3&#xa0;% de inclinación y añade 30 s cada semana hasta que camines 5 minutos sin pausa; después mantén el tiempo y sube la inclinación un nivel cada semana, hasta el 8&#xa0;%. Nunca más rápido: el plan solo crece en tiempo e inclinación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article on walking backwards uphill and gluteus maximus EMG (its progression advice)</source>
        <translation>Un artículo sobre caminar hacia atrás cuesta arriba y la EMG del glúteo mayor (sus consejos de progresión)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/builtin.py" line="+61"/>
        <source>program &apos;{id}&apos; (not found)</source>
        <translation>programa &apos;{id}&apos; (no encontrado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{program}, {time} total</source>
        <translation>{program}, {time} en total</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+40"/>
        <source>backward {time} x {rounds} on {incline} %</source>
        <translation>hacia atrás {time} x {rounds} con un {incline}&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backward {time} x {rounds}</source>
        <translation>hacia atrás {time} x {rounds}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{plan}: week {week}</source>
        <translation>{plan}: semana {week}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week {week} of the plan: {bout}, a slow turn before and after each backward stretch.</source>
        <translation>Semana {week} del plan: {bout}, con un giro lento antes y después de cada tramo hacia atrás.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/schedule.py" line="+73"/>
        <source>Week {week}, day {day}: {title}</source>
        <translation>Semana {week}, día {day}: {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>Plan complete on {day}: all %n week(s) walked.</source>
        <translation>
            <numerusform>Plan completado el {day}: %n semana caminada.</numerusform>
            <numerusform>Plan completado el {day}: has caminado las %n semanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Plan complete: all %n week(s) walked.</source>
        <translation>
            <numerusform>Plan completado: %n semana caminada.</numerusform>
            <numerusform>Plan completado: has caminado las %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan is paused: nothing is missed until you resume it.</source>
        <translation>El plan está en pausa: no pierdes ninguna sesión hasta que lo reanudes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today: {session}.</source>
        <translation>Hoy: {session}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: {session}, {day}.</source>
        <translation>Siguiente: {session}, {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session left this week: the week is walked again from Monday.</source>
        <translation>No quedan sesiones esta semana: la semana se repite desde el lunes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) was marked with pain.</source>
        <translation>La semana {week} se repite desde el {monday} porque tu última sesión ({day}) se marcó con dolor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week} is walked again from {monday} because a session on {day} was marked with pain.</source>
        <translation>La semana {week} se repite desde el {monday} porque una sesión del {day} se marcó con dolor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) felt very hard.</source>
        <translation>La semana {week} se repite desde el {monday} porque tu última sesión ({day}) se te hizo muy dura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) was cut short.</source>
        <translation>La semana {week} se repite desde el {monday} porque tu última sesión ({day}) se cortó antes de tiempo.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Week 1 starts on {day}: the days you chose left in this week cannot hold all its sessions.</source>
        <translation>La semana 1 empieza el {day}: los días elegidos que quedan esta semana no bastan para todas sus sesiones.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You paused the plan on {day}: no session counts as missed until you resume it.</source>
        <translation>Pausaste el plan el {day}: ninguna sesión cuenta como perdida hasta que lo reanudes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You resumed the plan on {day} after a pause in an earlier week: week {week} starts over.</source>
        <translation>Reanudaste el plan el {day} tras una pausa en una semana anterior: la semana {week} vuelve a empezar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You resumed the plan on {day}: the sessions left this week go on the free days left.</source>
        <translation>Reanudaste el plan el {day}: las sesiones que quedan esta semana pasan a los días libres que quedan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Week {week} starts on {day}: the days left this week cannot hold its sessions.</source>
        <translation>La semana {week} empieza el {day}: los días que quedan esta semana no bastan para sus sesiones.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You restarted week {week} on {day}: all its sessions are to do again from today.</source>
        <translation>Reiniciaste la semana {week} el {day}: todas sus sesiones se vuelven a hacer desde hoy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You restarted week {week}: it starts again on {day}, as the days left this week cannot hold its sessions.</source>
        <translation>Reiniciaste la semana {week}: vuelve a empezar el {day}, porque los días que quedan esta semana no bastan para sus sesiones.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You skipped week {week}, day {day}: the week can be complete without it.</source>
        <translation>Saltaste el día {day} de la semana {week}: la semana puede completarse sin él.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Week {week}, day {number} was walked early, on {day}.</source>
        <translation>El día {number} de la semana {week} se caminó antes, el {day}.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Week {week} ended with {done} of %n session(s) done: it is walked again from {day}.</source>
        <translation>
            <numerusform>La semana {week} terminó con {done} de %n sesión hecha: se repite desde el {day}.</numerusform>
            <numerusform>La semana {week} terminó con {done} de %n sesiones hechas: se repite desde el {day}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was cut short: moved to {day}, the next free day.</source>
        <translation>La sesión del {weekday} (semana {week}, día {number}) se cortó antes de tiempo: pasa al {day}, el siguiente día libre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was not walked: moved to {day}, the next free day.</source>
        <translation>La sesión del {weekday} (semana {week}, día {number}) no se caminó: pasa al {day}, el siguiente día libre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was cut short, and no free day is left this week: it stays missed.</source>
        <translation>La sesión del {weekday} (semana {week}, día {number}) se cortó antes de tiempo y no queda ningún día libre esta semana: queda como perdida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was not walked, and no free day is left this week: it stays missed.</source>
        <translation>La sesión del {weekday} (semana {week}, día {number}) no se caminó y no queda ningún día libre esta semana: queda como perdida.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Week {week} done, the last of the plan: the plan is complete.</source>
        <translation>Semana {week} hecha, la última del plan: el plan está completado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week {week} done: week {next} starts on {day}.</source>
        <translation>Semana {week} hecha: la semana {next} empieza el {day}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/model.py" line="+145"/>
        <source>no weekdays given (e.g. mon,wed,fri)</source>
        <translation>no se han indicado días de la semana (p. ej. mon,wed,fri)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown weekday &apos;{name}&apos; (use {days})</source>
        <extracomment>{days} are the weekday ids the command line takes: mon,tue,wed,...</extracomment>
        <translation>día de la semana desconocido &apos;{name}&apos; (usa {days})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekday &apos;{name}&apos; is given twice</source>
        <translation>el día de la semana &apos;{name}&apos; aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/state.py" line="+71"/>
        <source>&apos;{text}&apos; is not a time of day as HH:MM (e.g. 07:30)</source>
        <translation>&apos;{text}&apos; no es una hora del día con el formato HH:MM (p. ej. 07:30)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this is not a WalkCoach plan state file</source>
        <translation>esto no es un archivo de estado de plan de WalkCoach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan state file has no valid &apos;version&apos;</source>
        <translation>el archivo de estado del plan no tiene una &apos;version&apos; válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan state file is version {version}, written by a newer WalkCoach; this one reads up to version {known}</source>
        <translation>el archivo de estado del plan tiene la versión {version}, escrita por un WalkCoach más reciente; esta versión lee hasta la {known}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;plan_id&apos; must be text</source>
        <translation>&apos;plan_id&apos; debe ser texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;days&apos; must be a list of weekdays</source>
        <translation>&apos;days&apos; debe ser una lista de días de la semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;tz&apos; must be a time zone name</source>
        <translation>&apos;tz&apos; debe ser el nombre de una zona horaria</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;alarm_before_min&apos; must be 0-{most} minutes</source>
        <translation>&apos;alarm_before_min&apos; debe estar entre 0 y {most} minutos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown plan event {event}</source>
        <translation>evento de plan desconocido {event}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;ics_path&apos; must be text</source>
        <translation>&apos;ics_path&apos; debe ser texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan state file has no &apos;{field}&apos;</source>
        <translation>el archivo de estado del plan no tiene &apos;{field}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan state file is damaged: {reason}</source>
        <translation>el archivo de estado del plan está dañado: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large to be a plan state file</source>
        <translation>{path} es demasiado grande para ser un archivo de estado de plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not valid JSON</source>
        <translation>{path} no es JSON válido</translation>
    </message>
</context>
<context>
    <name>ProgramCheck</name>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/model.py" line="+80"/>
        <source>{problem} (and %n more problem(s))</source>
        <translation>
            <numerusform>{problem} (y %n problema más)</numerusform>
            <numerusform>{problem} (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>The coach adds a {seconds} s turn at %n place(s) where the direction changes.</source>
        <translation>
            <numerusform>El entrenador añade un giro de {seconds} s en %n punto donde cambia la dirección.</numerusform>
            <numerusform>El entrenador añade un giro de {seconds} s en %n puntos donde cambia la dirección.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/parsing.py" line="+94"/>
        <source>a number of %n digit(s)</source>
        <translation>
            <numerusform>un número de %n cifra</numerusform>
            <numerusform>un número de %n cifras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown field &apos;{name}&apos;; did you mean &apos;{hint}&apos;?</source>
        <translation>campo desconocido &apos;{name}&apos;; ¿querías decir &apos;{hint}&apos;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown field &apos;{name}&apos; (allowed: {allowed})</source>
        <translation>campo desconocido &apos;{name}&apos; (permitidos: {allowed})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be a number (got {got})</source>
        <translation>debe ser un número (se recibió {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is far too large (got {got})</source>
        <translation>es demasiado grande (se recibió {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a finite number (got {got})</source>
        <translation>debe ser un número finito (se recibió {got})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be text (got {got})</source>
        <translation>debe ser texto (se recibió {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is too long ({length} characters, at most {most})</source>
        <translation>es demasiado largo ({length} caracteres, como máximo {most})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a segment must be an object (got {got})</source>
        <translation>un tramo debe ser un objeto (se recibió {got})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing field &apos;kind&apos; (one of: {kinds})</source>
        <translation>falta el campo &apos;kind&apos; (uno de: {kinds})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind {got} (one of: {kinds})</source>
        <translation>tipo desconocido {got} (uno de: {kinds})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &apos;duration_s&apos; (seconds)</source>
        <translation>falta el campo &apos;duration_s&apos; (segundos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {least} seconds (got {got})</source>
        <translation>debe durar al menos {least} segundos (se recibió {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is longer than the 4 hour limit ({got} s)</source>
        <translation>supera el límite de 4 horas ({got} s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a turn must be 0 (belt stopped) or between {low} and {high} km/h: slow enough to turn round safely (got {got})</source>
        <translation>un giro debe ser 0 (cinta parada) o estar entre {low} y {high} km/h: lo bastante lento para darse la vuelta con seguridad (se recibió {got})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be 0 (belt stopped) or between {low} and {high} km/h (got {got})</source>
        <translation>debe ser 0 (cinta parada) o estar entre {low} y {high} km/h (se recibió {got})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be between {low} and {high} km/h (got {got})</source>
        <translation>debe estar entre {low} y {high} km/h (se recibió {got})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing field &apos;speed_kmh&apos; (a forward segment needs a belt speed)</source>
        <translation>falta el campo &apos;speed_kmh&apos; (un tramo hacia delante necesita una velocidad de cinta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing field &apos;speed_kmh&apos; (a backward segment needs a belt speed)</source>
        <translation>falta el campo &apos;speed_kmh&apos; (un tramo hacia atrás necesita una velocidad de cinta)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be between {low} and {high} % (got {got})</source>
        <translation>debe estar entre {low} y {high}&#xa0;% (se recibió {got})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be between {low} and {high} steps/min (got {got})</source>
        <translation>debe estar entre {low} y {high} pasos/min (se recibió {got})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be true or false (got {got})</source>
        <translation>debe ser true o false (se recibió {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a station can wait for confirmation</source>
        <translation>solo una estación puede esperar confirmación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a station needs a &apos;label&apos; saying what to do (e.g. &quot;20 lunges + 15 squats&quot;)</source>
        <translation>una estación necesita una &apos;label&apos; que diga qué hacer (p. ej. &quot;20 zancadas + 15 sentadillas&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a turn lasts between {low} and {high} seconds (got {got})</source>
        <translation>un giro dura entre {low} y {high} segundos (se recibió {got})</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+54"/>
        <source>must be a list of segments (got {got})</source>
        <translation>debe ser una lista de tramos (se recibió {got})</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>repeat blocks are only allowed in &apos;main&apos;</source>
        <translation>los bloques de repetición solo se permiten en &apos;main&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be a whole number of rounds (got {got})</source>
        <translation>debe ser un número entero de rondas (se recibió {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {most} rounds (got {got})</source>
        <translation>debe estar entre 1 y {most} rondas (se recibió {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a repeat block needs &apos;segments&apos;</source>
        <translation>un bloque de repetición necesita &apos;segments&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeat blocks cannot be nested</source>
        <translation>los bloques de repetición no se pueden anidar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+102"/>
        <source>must hold at least one segment</source>
        <translation>debe contener al menos un tramo</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>a program must be a JSON object</source>
        <translation>un programa debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a WalkCoach program (no &apos;format&apos;, &apos;version&apos; or &apos;main&apos; field)</source>
        <translation>esto no es un programa de WalkCoach (no tiene campo &apos;format&apos;, &apos;version&apos; ni &apos;main&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this is not a WalkCoach program (format {got})</source>
        <translation>esto no es un programa de WalkCoach (formato {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing field &apos;version&apos; (this WalkCoach reads version 1)</source>
        <translation>falta el campo &apos;version&apos; (esta versión de WalkCoach lee la versión 1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number (got {got})</source>
        <translation>debe ser un número entero (se recibió {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file is format version {version}, made by a newer WalkCoach; this one reads up to version {newest}</source>
        <translation>el archivo tiene la versión de formato {version}, creada por un WalkCoach más reciente; esta versión lee hasta la {newest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format version {version}</source>
        <translation>versión de formato desconocida {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a program needs a name</source>
        <translation>un programa necesita un nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be lower-case letters, digits and dashes, at most 64 (got {got})</source>
        <translation>solo puede tener letras minúsculas, cifras y guiones, 64 como máximo (se recibió {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{id}&apos; is a device name on Windows and cannot name a file; choose another</source>
        <translation>&apos;{id}&apos; es un nombre de dispositivo en Windows y no puede usarse como nombre de archivo; elige otro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be one of {levels} (got {got})</source>
        <translation>debe ser uno de {levels} (se recibió {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a list of words</source>
        <translation>debe ser una lista de palabras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &apos;main&apos; (the program&apos;s segments)</source>
        <translation>falta el campo &apos;main&apos; (los tramos del programa)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the session lasts {time}, longer than the 4 hour limit</source>
        <translation>la sesión dura {time}, más que el límite de 4 horas</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/loading.py" line="+42"/>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>not valid JSON: {reason}</source>
        <translation>JSON no válido: {reason}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the field &apos;{name}&apos; appears twice in one object; keep one</source>
        <translation>el campo &apos;{name}&apos; aparece dos veces en un mismo objeto; deja uno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>JSON no válido: anidado a demasiada profundidad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>permission denied: cannot read the file</source>
        <translation>permiso denegado: no se puede leer el archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not a program file</source>
        <translation>es una carpeta, no un archivo de programa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>file is too large (over {most} bytes; a program is under 1 MB)</source>
        <translation>el archivo es demasiado grande (más de {most} bytes; un programa ocupa menos de 1 MB)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this is a binary file, not a program (JSON text)</source>
        <translation>es un archivo binario, no un programa (texto JSON)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not UTF-8 text (bad byte at offset {offset}); is it a program file?</source>
        <translation>no es texto UTF-8 (byte incorrecto en la posición {offset}); ¿es un archivo de programa?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/library.py" line="+155"/>
        <source>{error} (could not be set aside: {reason})</source>
        <translation>{error} (no se ha podido guardar aparte: {reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}; the file was set aside as {name}</source>
        <translation>{error}; el archivo se ha guardado aparte como {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no program given (an id such as &apos;first-steps&apos;, or a program file)</source>
        <translation>no se ha indicado ningún programa (un id como &apos;first-steps&apos; o un archivo de programa)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no program with id &apos;{id}&apos;; did you mean &apos;{close}&apos;? (see &apos;walkcoach programs&apos;)</source>
        <translation>no hay ningún programa con el id &apos;{id}&apos;; ¿querías decir &apos;{close}&apos;? (consulta &apos;walkcoach programs&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no program with id &apos;{id}&apos; (see &apos;walkcoach programs&apos;)</source>
        <translation>no hay ningún programa con el id &apos;{id}&apos; (consulta &apos;walkcoach programs&apos;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{id}&apos; is the id of a built-in program; save your version under another id</source>
        <translation>&apos;{id}&apos; es el id de un programa incorporado; guarda tu versión con otro id</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the program is too large to save ({size} bytes written out; a program file holds at most {most})</source>
        <translation>el programa es demasiado grande para guardarlo ({size} bytes al escribirlo; un archivo de programa admite como máximo {most})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{id}&apos; is a built-in program and cannot be deleted</source>
        <translation>&apos;{id}&apos; es un programa incorporado y no se puede eliminar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no user program with id &apos;{id}&apos;</source>
        <translation>no hay ningún programa del usuario con el id &apos;{id}&apos;</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+97"/>
        <location line="+23"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rograms</source>
        <translation>&amp;Programas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>N&amp;uevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>Duplica&amp;r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate program</source>
        <translation>Duplicar programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="+33"/>
        <source>WalkCoach programs (*.json);;All files (*)</source>
        <translation>Programas de WalkCoach (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{what} failed: {error}</source>
        <translation>{what} ha fallado: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>My program</source>
        <translation>Mi programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My program {number}</source>
        <translation>Mi programa {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the program</source>
        <translation>La creación del programa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix the problems before making a copy.</source>
        <translation>Corrige los problemas antes de hacer una copia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicating the program</source>
        <translation>La duplicación del programa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}”.</source>
        <translation>Se ha eliminado «{name}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../walkcoach/ui/editor/window.py" line="+0"/>
        <source>Delete program</source>
        <translation>Eliminar programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}”?</source>
        <translation>¿Eliminar «{name}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+91"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The program file is removed. Your history is kept.</source>
        <translation>Se eliminará el archivo del programa. Tu historial se conserva.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import program</source>
        <translation>Importar programa</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+39"/>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{file} was not imported:
{reason}</source>
        <translation>{file} no se ha importado:
{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported “{name}”.</source>
        <translation>Se ha importado «{name}».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Program already exists</source>
        <translation>El programa ya existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have a program with the id “{id}” (“{name}”).</source>
        <translation>Ya tienes un programa con el id «{id}» («{name}»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep both</source>
        <translation>Conservar &amp;ambos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace it with the file&apos;s version, keep both (the import gets a new id), or cancel?</source>
        <translation>¿Reemplazarlo por la versión del archivo, conservar ambos (el importado recibe un id nuevo) o cancelar?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export program</source>
        <translation>Exportar programa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix the problems before exporting.</source>
        <translation>Corrige los problemas antes de exportar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to {file}.</source>
        <translation>Exportado a {file}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+15"/>
        <source>Read-only: this is a built-in program. Make a copy to edit it.</source>
        <translation>Solo lectura: programa incorporado. Edita una copia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate &amp;to edit</source>
        <translation>Duplicar para edi&amp;tar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate to edit</source>
        <translation>Duplicar para editar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segments</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move the selected segment; Delete removes it</source>
        <translation>Alt+Arriba y Alt+Abajo mueven el tramo seleccionado; Supr lo elimina</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Segments</source>
        <translation>Tra&amp;mos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a segment or a repeat block to edit it.</source>
        <translation>Selecciona un tramo o un bloque de repetición para editarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+561"/>
        <source>Selected</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Program check</source>
        <translation>Comprobación del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <location line="+259"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Save program</source>
        <translation>Guardar programa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Program warnings</source>
        <translation>Avisos del programa</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;New program</source>
        <translation>&amp;Nuevo programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate program</source>
        <translation>D&amp;uplicar programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete program…</source>
        <translation>&amp;Eliminar programa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import program…</source>
        <translation>&amp;Importar programa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export program…</source>
        <translation>E&amp;xportar programa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+380"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="-379"/>
        <location line="+385"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Add &amp;forward</source>
        <translation>Añadir &amp;adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;backward</source>
        <translation>Añadir a&amp;trás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add r&amp;est</source>
        <translation>Añadir de&amp;scanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add s&amp;tation</source>
        <translation>Añadir &amp;estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add t&amp;urn</source>
        <translation>Añadir &amp;giro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insert turn here</source>
        <translation>&amp;Insertar giro aquí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put a turn where the direction changes without one</source>
        <translation>Poner un giro donde cambia la dirección sin giro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du&amp;plicate segment</source>
        <translation>Du&amp;plicar tramo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;peat selection…</source>
        <translation>Repetir se&amp;lección…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the selected segments in a repeat block</source>
        <translation>Poner los tramos seleccionados en un bloque de repetición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove repe&amp;at</source>
        <translation>Q&amp;uitar repetición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Insert turn here</source>
        <translation>Insertar giro aquí</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Skipped a program file: {error}</source>
        <translation>Se ha omitido un archivo de programa: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}  (built-in)</source>
        <translation>{name}  (incorporado)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has changes that are not saved.</source>
        <translation>«{name}» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Built-in program: read-only.</source>
        <translation>Programa incorporado: solo lectura.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{mark} Cannot save yet: %n problem(s). First: {first}</source>
        <translation>
            <numerusform>{mark} Aún no se puede guardar: %n problema. Primero: {first}</numerusform>
            <numerusform>{mark} Aún no se puede guardar: %n problemas. Primero: {first}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ No errors: it can be saved (see the warnings). Changes not saved yet.</source>
        <translation>✓ Sin errores: se puede guardar (mira los avisos). Cambios aún sin guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ No errors: it can be saved (see the warnings). Saved.</source>
        <translation>✓ Sin errores: se puede guardar (mira los avisos). Guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ No problems. Changes not saved yet.</source>
        <translation>✓ Sin problemas. Cambios aún sin guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ No problems. Saved.</source>
        <translation>✓ Sin problemas. Guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programs: {name}[*]</source>
        <translation>Programas: {name}[*]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{mark} Warning: {text}</source>
        <translation>{mark} Aviso: {text}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Repeat block</source>
        <translation>Bloque de repetición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Built-in programs cannot be changed: duplicate it first.</source>
        <translation>Los programas incorporados no se pueden cambiar: duplícalo primero.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="-255"/>
        <location filename="../../walkcoach/ui/editor/window.py" line="+73"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+1"/>
        <source>The program was not saved: {error}</source>
        <translation>El programa no se ha guardado: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{name}”.</source>
        <translation>Se ha guardado «{name}».</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/common.py" line="+16"/>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cool-down</source>
        <translation>Vuelta a la calma</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change name</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change description</source>
        <translation>Cambiar descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change level</source>
        <translation>Cambiar nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change source</source>
        <translation>Cambiar fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change kind</source>
        <translation>Cambiar tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change duration</source>
        <translation>Cambiar duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change speed</source>
        <translation>Cambiar velocidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change incline</source>
        <translation>Cambiar inclinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change cadence</source>
        <translation>Cambiar cadencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change label</source>
        <translation>Cambiar etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change note</source>
        <translation>Cambiar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change until</source>
        <translation>Cambiar espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change rounds</source>
        <translation>Cambiar rondas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add forward segment</source>
        <translation>Añadir tramo hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add backward segment</source>
        <translation>Añadir tramo hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add rest segment</source>
        <translation>Añadir descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add station segment</source>
        <translation>Añadir estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add turn segment</source>
        <translation>Añadir giro</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/units.py" line="+17"/>
        <source>enter a time as minutes:seconds, e.g. 2:30</source>
        <translation>escribe un tiempo como minutos:segundos, p. ej. 2:30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; is not a time; write minutes:seconds, e.g. 2:30</source>
        <translation>«{text}» no es un tiempo; escribe minutos:segundos, p. ej. 2:30</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds must be 0-59 (got {got})</source>
        <translation>los segundos deben ir de 0 a 59 (se recibió {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes must be 0-59 after the hours (got {got})</source>
        <translation>los minutos deben ir de 0 a 59 después de las horas (se recibió {got})</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/places.py" line="+43"/>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incline</source>
        <translation>inclinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cadence</source>
        <translation>cadencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wait for Done</source>
        <translation>esperar a Listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounds</source>
        <translation>rondas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{phase}, repeat block {block}, segment {segment}</source>
        <translation>{phase}, bloque de repetición {block}, tramo {segment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{phase}, item {item}</source>
        <translation>{phase}, elemento {item}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{place}, {field}</source>
        <translation>{place}, {field}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/program_warnings.py" line="+25"/>
        <source>the direction changes here (forward to backward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself</source>
        <translation>aquí cambia la dirección (de hacia delante a hacia atrás) sin giro entre medias: el entrenador añadirá un giro de {seconds} s; inserta uno para fijar tú su velocidad y su tiempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the direction changes here (backward to forward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself</source>
        <translation>aquí cambia la dirección (de hacia atrás a hacia delante) sin giro entre medias: el entrenador añadirá un giro de {seconds} s; inserta uno para fijar tú su velocidad y su tiempo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward at {speed} km/h is faster than a beginner program should ask for (at most {limit} km/h)</source>
        <translation>hacia atrás a {speed} km/h es más rápido de lo que debería pedir un programa de principiante (como máximo {limit} km/h)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward at {speed} km/h is faster than an intermediate program should ask for (at most {limit} km/h)</source>
        <translation>hacia atrás a {speed} km/h es más rápido de lo que debería pedir un programa intermedio (como máximo {limit} km/h)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward at {speed} km/h is faster than an advanced program should ask for (at most {limit} km/h)</source>
        <translation>hacia atrás a {speed} km/h es más rápido de lo que debería pedir un programa avanzado (como máximo {limit} km/h)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward on a {incline} % incline is steeper than a beginner program should ask for (at most {limit} %)</source>
        <translation>hacia atrás con un {incline}&#xa0;% de inclinación es más empinado de lo que debería pedir un programa de principiante (como máximo {limit}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward on a {incline} % incline is steeper than an intermediate program should ask for (at most {limit} %)</source>
        <translation>hacia atrás con un {incline}&#xa0;% de inclinación es más empinado de lo que debería pedir un programa intermedio (como máximo {limit}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward on a {incline} % incline is steeper than an advanced program should ask for (at most {limit} %)</source>
        <translation>hacia atrás con un {incline}&#xa0;% de inclinación es más empinado de lo que debería pedir un programa avanzado (como máximo {limit}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/document.py" line="+275"/>
        <source>built-in programs cannot be changed; duplicate it to edit a copy</source>
        <translation>los programas incorporados no se pueden cambiar; duplícalo para editar una copia</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Insert turn</source>
        <translation>Insertar giro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove segment</source>
        <translation>Quitar tramo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>Quitar %n elemento</numerusform>
            <numerusform>Quitar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move by one row at a time</source>
        <translation>mueve una sola fila cada vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a repeat block stays in the main part</source>
        <translation>un bloque de repetición se queda en la parte principal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already the first segment</source>
        <translation>ya es el primer tramo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>already the last segment</source>
        <translation>ya es el último tramo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop segments into the warm-up, main or cool-down part, or a repeat block</source>
        <translation>suelta los tramos en el calentamiento, la parte principal, la vuelta a la calma o un bloque de repetición</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>segments can only be dropped into a repeat block, not onto a segment</source>
        <translation>los tramos solo se pueden soltar en un bloque de repetición, no sobre un tramo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a repeat block can only sit in the main part, and blocks do not nest</source>
        <translation>un bloque de repetición solo puede estar en la parte principal, y los bloques no se anidan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a repeat block cannot be dropped into itself</source>
        <translation>un bloque de repetición no se puede soltar dentro de sí mismo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>select the segments to repeat first</source>
        <translation>selecciona primero los tramos que quieres repetir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeat blocks can only be made in the main part</source>
        <translation>los bloques de repetición solo se pueden crear en la parte principal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>select segments of the main part that are not in a repeat block yet</source>
        <translation>selecciona tramos de la parte principal que aún no estén en un bloque de repetición</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>select segments that follow each other</source>
        <translation>selecciona tramos seguidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make repeat block</source>
        <translation>Crear bloque de repetición</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>select a repeat block to undo the repeat</source>
        <translation>selecciona un bloque de repetición para deshacer la repetición</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove repeat</source>
        <translation>Quitar repetición</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/naming.py" line="+16"/>
        <source>{name} (copy)</source>
        <extracomment>A copied program&apos;s name; {name} is the original&apos;s.</extracomment>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (copy {number})</source>
        <extracomment>A second, third... copy of the same program; {number} is 2, 3...</extracomment>
        <translation>{name} (copia {number})</translation>
    </message>
</context>
<context>
    <name>ProgramInfoForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+119"/>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginner</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;me</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel</source>
        <translation>Nive&amp;l</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program level</source>
        <translation>Nivel del programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Descri&amp;ption</source>
        <translation>De&amp;scripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program description</source>
        <translation>Descripción del programa</translation>
    </message>
</context>
<context>
    <name>ProgramPicker</name>
    <message>
        <location filename="../../walkcoach/ui/coach/program_picker.py" line="+29"/>
        <location line="+21"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}  ({total}, {backward} backward)</source>
        <translation>{name}  ({total}, {backward} hacia atrás)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No programs found</source>
        <translation>No se han encontrado programas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{total} total  ·  {backward} backward  ·  {count} steps</source>
        <translation>{total} en total  ·  {backward} hacia atrás  ·  {count} pasos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The coach adds a {seconds} s turn at 1 place where the direction changes.</source>
        <translation>El entrenador añade un giro de {seconds} s en 1 punto donde cambia la dirección.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coach adds a {seconds} s turn at {count} places where the direction changes.</source>
        <translation>El entrenador añade un giro de {seconds} s en {count} puntos donde cambia la dirección.</translation>
    </message>
</context>
<context>
    <name>ProgramTreeModel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/model.py" line="+158"/>
        <source>Segment</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incline</source>
        <translation>Inclinación</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(problem: {reason})</source>
        <translation>(problema: {reason})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{symbol} Repeat × {rounds}</source>
        <translation>{symbol} Repetir × {rounds}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Drag and drop</source>
        <translation>Arrastrar y soltar</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-177"/>
        <source>Back relief walk</source>
        <translation>Caminata para aliviar la espalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fifteen minutes of slow backward walking on the flat: the dose a personal trainer&apos;s post on backward treadmill walking for back pain reports from a study (three times a week for three weeks). Clip the safety key to your clothing and try to walk without holding the rails. Ask a health professional first if your back problem is acute or disc-related, and stop at once if it hurts.</source>
        <translation>Quince minutos caminando despacio hacia atrás en llano: la dosis de un estudio citado en la entrada de un entrenador personal sobre caminar hacia atrás en cinta de correr para el dolor de espalda (tres veces por semana durante tres semanas). Sujeta la llave de seguridad a tu ropa e intenta caminar sin agarrarte a los pasamanos. Consulta antes a un profesional sanitario si tu problema de espalda es agudo o discal, y para en cuanto te duela.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-18"/>
        <location filename="../../walkcoach/core/progression.py" line="+482"/>
        <source>Belt slow: hold the rails and turn one step at a time.</source>
        <translation>Cinta lenta: agárrate a los pasamanos y date la vuelta paso a paso.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../walkcoach/core/progression.py" line="-15"/>
        <location filename="../../tools/resource_texts.py" line="+4"/>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../walkcoach/core/progression.py" line="+1"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Easy pace to warm up hips and ankles.</source>
        <translation>Ritmo suave para calentar caderas y tobillos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../walkcoach/core/progression.py" line="+6"/>
        <source>Backward stretch</source>
        <translation>Tramo hacia atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../walkcoach/core/progression.py" line="+7"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Turn to face the back</source>
        <translation>Gira para mirar hacia atrás</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../walkcoach/core/progression.py" line="+10"/>
        <source>Backward, without a break</source>
        <translation>Hacia atrás, sin pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../walkcoach/core/progression.py" line="+1"/>
        <source>Stand tall and look ahead; stop at once on pain.</source>
        <translation>Cuerpo erguido y mirada al frente; para de inmediato si sientes dolor.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../walkcoach/core/progression.py" line="+27"/>
        <source>Stretch calves and thighs afterwards.</source>
        <translation>Después, estira pantorrillas y muslos.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Belt slow: hold the rails, then turn round one step at a time.</source>
        <translation>Cinta lenta: agárrate a los pasamanos y date la vuelta paso a paso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow backward walk</source>
        <translation>Caminata lenta hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety key clipped on; hands off the rails if you can. Stop if your back hurts.</source>
        <translation>Llave de seguridad sujeta; suelta los pasamanos si puedes. Para si te duele la espalda.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-17"/>
        <location filename="../../walkcoach/core/progression.py" line="-18"/>
        <location filename="../../tools/resource_texts.py" line="+4"/>
        <source>Turn to face forward</source>
        <translation>Gira para mirar hacia delante</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Belt slow: hold the rails and turn back to the front.</source>
        <translation>Cinta lenta: agárrate a los pasamanos y vuelve a girarte hacia delante.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+16"/>
        <location filename="../../walkcoach/core/progression.py" line="+17"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Cool-down</source>
        <translation>Vuelta a la calma</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Let the breathing settle; stretch calves and thighs afterwards.</source>
        <translation>Deja que la respiración se calme; después estira pantorrillas y muslos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brisk ten</source>
        <translation>Diez a paso ligero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ten-minute brisk forward walk at 100-120 steps a minute with a relaxed arm swing. Ten brisk minutes count toward the 150 active minutes a week the NHS recommends, as the article “Which muscles are used when you walk?” notes; the step rate comes from the article “What muscles are involved in walking?”.</source>
        <translation>Diez minutos caminando hacia delante a paso ligero, a 100-120 pasos por minuto y con un braceo relajado. Diez minutos a paso ligero cuentan para los 150 minutos activos semanales que recomienda el NHS británico, como señala el artículo «Which muscles are used when you walk?»; la cadencia procede del artículo «What muscles are involved in walking?».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brisk walk</source>
        <translation>A paso ligero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for about 105 steps a minute; let the arms swing.</source>
        <translation>Intenta dar unos 105 pasos por minuto; deja que los brazos se balanceen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brisk walk, quicker</source>
        <translation>A paso ligero, más rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for about 115 steps a minute.</source>
        <translation>Intenta dar unos 115 pasos por minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily retro walk</source>
        <translation>Caminata retro diaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve minutes of backward walking on the flat in three blocks of four, with a forward minute between them. A sports questions-and-answers page, “Exercise to isolate the leg stability muscles used when walking backwards?”, suggests 10-15 backward minutes, three or four times a week.</source>
        <translation>Doce minutos caminando hacia atrás en llano, en tres bloques de cuatro, con un minuto hacia delante entre ellos. Una página deportiva de preguntas y respuestas, «Exercise to isolate the leg stability muscles used when walking backwards?», propone 10-15 minutos hacia atrás, tres o cuatro veces por semana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach back with the toe and roll through to the heel.</source>
        <translation>Lleva la punta del pie atrás y apoya rodando hasta el talón.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-10"/>
        <location filename="../../walkcoach/core/progression.py" line="-10"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Easy start</source>
        <translation>Inicio suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gentlest way in: six slow minutes of backward walking on the flat, in two-minute pieces, holding the rails. When it feels easy, add time first, then a little speed, and only then a slight incline. Based on the article “Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice”, which suggests 5-10 slow minutes in a clear, flat space.</source>
        <translation>La forma más suave de empezar: seis minutos lentos caminando hacia atrás en llano, en tramos de dos minutos, agarrándote a los pasamanos. Cuando te resulte fácil, añade primero tiempo, luego un poco de velocidad y solo después una ligera inclinación. Basado en el artículo «Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice», que propone 5-10 minutos lentos en un espacio despejado y llano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward, slow</source>
        <translation>Hacia atrás, despacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails for now. Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>De momento, agárrate a los pasamanos. Cuerpo erguido, pecho arriba y la mirada al frente, no en los pies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First steps backward</source>
        <translation>Primeros pasos hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle first backward session: two-minute spells facing the back of the treadmill at 2.4 km/h (1.5 mph) on a 3 % slope, each followed by two minutes facing forward, with a slow turn between them. Based on an article on walking backwards uphill and gluteus maximus EMG, which suggests starting slowly at 1.5-2 mph on a 3-5 % incline and swapping direction every two minutes.</source>
        <translation>Una primera sesión suave hacia atrás: tramos de dos minutos mirando hacia la parte trasera de la cinta a 2,4 km/h (1,5 mph) con un 3&#xa0;% de inclinación, cada uno seguido de dos minutos mirando hacia delante, con un giro lento entre ellos. Basado en un artículo sobre caminar hacia atrás cuesta arriba y la EMG del glúteo mayor, que propone empezar despacio a 1,5-2 mph con una inclinación del 3-5&#xa0;% y cambiar de sentido cada dos minutos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward and forward</source>
        <translation>Hacia atrás y hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>Cuerpo erguido, pecho arriba y la mirada al frente, no en los pies.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glute focus intervals</source>
        <translation>Intervalos para glúteos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eight minutes of backward walking on a 5 % slope, split into four two-minute intervals with forward walking in between. In the muscle-activity (EMG) figures quoted by an article on walking backwards uphill and gluteus maximus EMG, backward uphill walking worked the gluteus maximus far harder than forward walking; the article suggests 2-3 such sessions a week with 5-10 backward minutes each.</source>
        <translation>Ocho minutos caminando hacia atrás con un 5&#xa0;% de inclinación, repartidos en cuatro intervalos de dos minutos con marcha hacia delante entre ellos. En los datos de actividad muscular (EMG) que cita un artículo sobre caminar hacia atrás cuesta arriba y la EMG del glúteo mayor, caminar hacia atrás cuesta arriba hizo trabajar el glúteo mayor mucho más que caminar hacia delante; el artículo propone 2-3 sesiones así por semana, con 5-10 minutos hacia atrás cada una.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward, glutes</source>
        <translation>Hacia atrás, glúteos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach back with the toe and push the hip back.</source>
        <translation>Lleva la punta del pie atrás y empuja la cadera hacia atrás.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hill lunges and turn</source>
        <translation>Zancadas en cuesta y giro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking lunges up a 15 % slope at 4.0 km/h (2.5 mph), then turn round on the same slope and walk backward at 4.0 km/h holding the rails; three rounds with an easier forward stretch between them. Based on a treadmill page on moves for the glutes that quotes trainer Jennifer Pattee.</source>
        <translation>Zancadas caminando cuesta arriba con un 15&#xa0;% de inclinación a 4,0 km/h (2,5 mph); después date la vuelta con la misma inclinación y camina hacia atrás a 4,0 km/h agarrándote a los pasamanos; tres rondas con un tramo más suave hacia delante entre ellas. Basado en una página sobre ejercicios para glúteos en cinta de correr que cita a la entrenadora Jennifer Pattee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warm-up, gentle slope</source>
        <translation>Calentamiento, cuesta suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking lunges uphill</source>
        <translation>Zancadas cuesta arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long lunging steps with the belt moving; hold the rails if you need balance.</source>
        <translation>Zancadas largas con la cinta en marcha; agárrate a los pasamanos si necesitas equilibrio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belt slow, keep the 15 % incline, hold the rails and turn round.</source>
        <translation>Cinta lenta, mantén el 15&#xa0;% de inclinación, agárrate a los pasamanos y date la vuelta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward uphill</source>
        <translation>Hacia atrás cuesta arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails on this slope.</source>
        <translation>Agárrate a los pasamanos en esta pendiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy forward</source>
        <translation>Hacia delante, suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the incline to recover; back to 15 % at the end.</source>
        <translation>Baja la inclinación para recuperarte; vuelve al 15&#xa0;% al final.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incline burn</source>
        <translation>Cuesta que quema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short backward bouts on a steep 15 % slope at 3.2 km/h (2 mph), each followed by a few easy minutes forward on the flat, back and forth for about half an hour. Only for people already used to walking backward on the level without holding on. Based on the treadmill coach&apos;s post “The Benefits of Walking Backwards on the Treadmill”.</source>
        <translation>Tandas cortas hacia atrás con una inclinación pronunciada del 15&#xa0;% a 3,2 km/h (2 mph), cada una seguida de unos minutos suaves hacia delante en llano, alternando durante una media hora. Solo si ya caminas hacia atrás en llano sin agarrarte. Basado en la entrada «The Benefits of Walking Backwards on the Treadmill», de un entrenador especializado en cinta de correr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belt slow, raise the incline to 15 %, hold the rails and turn round.</source>
        <translation>Cinta lenta, sube la inclinación al 15&#xa0;%, agárrate a los pasamanos y date la vuelta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steep backward bout</source>
        <translation>Tanda empinada hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expect the thighs to burn. Harder option: a quarter-squat low walk, back straight.</source>
        <translation>Notarás que te arden los muslos. Opción más dura: camina bajo, en cuarto de sentadilla, con la espalda recta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belt slow, lower the incline, hold the rails and turn to the front.</source>
        <translation>Cinta lenta, baja la inclinación, agárrate a los pasamanos y gírate hacia delante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy forward, flat</source>
        <translation>Hacia delante, suave, en llano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knee-friendly retro</source>
        <translation>Retro suave para las rodillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten minutes of slow backward walking on the flat. In a trial with knee osteoarthritis (Alghadir et al. 2019), ten minutes of retro walking three days a week for six weeks eased pain and improved function more than usual care alone; walking backward loads the kneecap less than walking forward. Check with your physiotherapist before starting.</source>
        <translation>Diez minutos caminando despacio hacia atrás en llano. En un ensayo con artrosis de rodilla (Alghadir et al. 2019), diez minutos de marcha hacia atrás tres días por semana durante seis semanas aliviaron el dolor y mejoraron la función más que el tratamiento habitual solo; caminar hacia atrás carga la rótula menos que caminar hacia delante. Consulta a tu fisioterapeuta antes de empezar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short, soft steps. Stop if the knee hurts.</source>
        <translation>Pasos cortos y suaves. Para si te duele la rodilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute bursts</source>
        <translation>Ráfagas de un minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ordinary walk with a one-minute backward burst every few minutes. Even single minutes of backward walking add up, as the treadmill coach&apos;s post “The Benefits of Walking Backwards on the Treadmill” points out.</source>
        <translation>Una caminata normal con una ráfaga de un minuto hacia atrás cada pocos minutos. Incluso los minutos sueltos caminando hacia atrás suman, como señala la entrada «The Benefits of Walking Backwards on the Treadmill», de un entrenador especializado en cinta de correr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ordinary walk</source>
        <translation>Caminata normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward minute</source>
        <translation>Minuto hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward progression</source>
        <translation>Progresión hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when First steps feels easy. One long backward block at 3.2 km/h (2 mph) on 5 %, then a shorter one on 8 %. Each week add 30 seconds to the long block (edit a copy of this program) until you can keep going for 5-8 minutes; only then make it steeper, never above 8 %. Based on the progression advice of an article on walking backwards uphill and gluteus maximus EMG.</source>
        <translation>Para cuando «Primeros pasos hacia atrás» te resulte fácil. Un bloque largo hacia atrás a 3,2 km/h (2 mph) con un 5&#xa0;%, y luego uno más corto con un 8&#xa0;%. Cada semana añade 30 segundos al bloque largo (edita una copia de este programa) hasta que aguantes 5-8 minutos; solo entonces aumenta la inclinación, nunca por encima del 8&#xa0;%. Basado en los consejos de progresión de un artículo sobre caminar hacia atrás cuesta arriba y la EMG del glúteo mayor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long backward block</source>
        <translation>Bloque largo hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 30 s here each week, up to 8 minutes.</source>
        <translation>Añade aquí 30 s cada semana, hasta 8 minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belt slow, raise the incline to 8 %, hold the rails and turn round.</source>
        <translation>Cinta lenta, sube la inclinación al 8&#xa0;%, agárrate a los pasamanos y date la vuelta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steeper backward block</source>
        <translation>Bloque hacia atrás más empinado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retro intervals 20</source>
        <translation>Intervalos retro 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twenty minutes of two-minute backward intervals at 4.0 km/h on a 5 % slope with 90 seconds forward between them: ten backward minutes in all. 4.0 km/h is the backward speed of a lab study at 0, 5 and 10 % grade (Cipriani et al. 1995), and backward walking at 5-10 % raised heart rate and oxygen use well above forward walking (Hooper et al. 2004).</source>
        <translation>Veinte minutos de intervalos de dos minutos hacia atrás a 4,0 km/h con un 5&#xa0;% de inclinación y 90 segundos hacia delante entre ellos: diez minutos hacia atrás en total. 4,0 km/h es la velocidad hacia atrás de un estudio de laboratorio con pendientes del 0, el 5 y el 10&#xa0;% (Cipriani et al. 1995), y caminar hacia atrás al 5-10&#xa0;% elevó la frecuencia cardíaca y el consumo de oxígeno muy por encima de caminar hacia delante (Hooper et al. 2004).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward interval</source>
        <translation>Intervalo hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk and glutes circuit</source>
        <translation>Circuito de caminata y glúteos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three rounds of a ten-minute walk followed by 20 forward lunges and 15 squats off the belt. Walking alone hardly loads the glutes; the body-weight moves add that. Based on the “30-Minute Walking and Bodyweight Glute Workout” of trainer Tom Holland. At each station (the lunges and squats, off the belt) the timer waits until you confirm you are done.</source>
        <translation>Tres rondas de una caminata de diez minutos seguida de 20 zancadas hacia delante y 15 sentadillas fuera de la cinta. Caminar por sí solo apenas carga los glúteos; los ejercicios con el peso corporal lo añaden. Basado en el «30-Minute Walking and Bodyweight Glute Workout» del entrenador Tom Holland. En cada estación (las zancadas y sentadillas, fuera de la cinta), el temporizador espera hasta que confirmes que has terminado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk</source>
        <translation>Caminata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 lunges + 15 squats</source>
        <translation>20 zancadas + 15 sentadillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the belt and step off to the side. 20 forward lunges, then 15 squats.</source>
        <translation>Para la cinta y bájate por un lado. 20 zancadas hacia delante y luego 15 sentadillas.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-173"/>
        <source>Turn around</source>
        <translation>Giro</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/progression.py" line="-54"/>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progression advice of a web article on walking backwards uphill and gluteus maximus EMG, applied to your history</source>
        <translation>Consejos de progresión de un artículo sobre caminar hacia atrás cuesta arriba y la EMG del glúteo mayor, aplicados a tu historial</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+224"/>
        <source>Longest backward stretch (min)</source>
        <translation>Tramo más largo hacia atrás (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>goal: 5-8 min without a break</source>
        <translation>objetivo: 5-8 min sin pausa</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{when}
Longest backward stretch: {run}</source>
        <translation>{when}
Tramo más largo hacia atrás: {run}</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <location filename="../../walkcoach/core/progression.py" line="-317"/>
        <source>{speed} mph</source>
        <translation>{speed} mph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{speed} km/h</source>
        <translation>{speed} km/h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{incline} %</source>
        <translation>{incline}&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Your last session was %n day(s) ago: start again gently with {time} at {speed} on {incline}; you will be back to your old level faster than the first time.</source>
        <translation>
            <numerusform>Tu última sesión fue hace %n día: vuelve a empezar con suavidad, con {time} a {speed} con un {incline} de inclinación; recuperarás tu nivel anterior más rápido que la primera vez.</numerusform>
            <numerusform>Tu última sesión fue hace %n días: vuelve a empezar con suavidad, con {time} a {speed} con un {incline} de inclinación; recuperarás tu nivel anterior más rápido que la primera vez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your last session ({day}) was marked with pain, so this one steps down to {time} of backward walking instead of adding time, on the same incline or flatter.</source>
        <translation>Tu última sesión ({day}) se marcó con dolor, así que esta baja a {time} caminando hacia atrás en lugar de añadir tiempo, con la misma inclinación o menos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop at once if the pain comes back; if it keeps coming back, ask a health professional before going on.</source>
        <translation>Para de inmediato si vuelve el dolor; si sigue volviendo, consulta a un profesional sanitario antes de continuar.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>It has been %n day(s) since your last session: this one steps back to {time} on {incline} so your legs and balance can settle in again.</source>
        <translation>
            <numerusform>Ha pasado %n día desde tu última sesión: esta vuelve a {time} con un {incline} de inclinación para que tus piernas y tu equilibrio se readapten.</numerusform>
            <numerusform>Han pasado %n días desde tu última sesión: esta vuelve a {time} con un {incline} de inclinación para que tus piernas y tu equilibrio se readapten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A session on {day} was marked with pain: repeat {time} rather than adding time this week.</source>
        <translation>Una sesión del {day} se marcó con dolor: repite {time} en lugar de añadir tiempo esta semana.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop at once if the pain comes back.</source>
        <translation>Para de inmediato si vuelve el dolor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your last session felt very hard (effort {effort} of 10): repeat {time} until it feels easier before adding more.</source>
        <translation>Tu última sesión se te hizo muy dura (esfuerzo {effort} de 10): repite {time} hasta que te resulte más fácil antes de añadir más.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This is your first week of backward walking: repeat {time} on {incline} this week; from Monday {monday} the coach adds 30 s a week.</source>
        <translation>Es tu primera semana caminando hacia atrás: repite {time} con un {incline} de inclinación esta semana; a partir del lunes {monday}, el entrenador añade 30 s por semana.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your longest backward stretch in the week of {week} was {longest}: this week add 30 s, to {time}, working toward 5-8 minutes without a break.</source>
        <translation>Tu tramo más largo hacia atrás en la semana del {week} fue de {longest}: esta semana añade 30 s, hasta {time}, con el objetivo de 5-8 minutos sin pausa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You walked backward for {longest} without a break: that is in the 5-8 minute goal, so now make it steeper instead, {incline} for {time} (one small step a week, up to 8 %).</source>
        <translation>Caminaste hacia atrás {longest} sin pausa: ya estás en el objetivo de 5-8 minutos, así que ahora sube la inclinación: {incline} durante {time} (un pequeño paso por semana, hasta el 8&#xa0;%).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are at the 8 % top incline: add 30 s a week to the backward stretch, to {time}, up to 8 minutes.</source>
        <translation>Estás en la inclinación máxima del 8&#xa0;%: añade 30 s por semana al tramo hacia atrás, hasta {time}, con un máximo de 8 minutos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You hold 8 minutes of backward walking on 8 %, the top of this progression: keep it up, or add more sessions a week rather than more speed or slope.</source>
        <translation>Aguantas 8 minutos caminando hacia atrás con un 8&#xa0;%, el máximo de esta progresión: sigue así, o añade más sesiones por semana en lugar de más velocidad o inclinación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You already reached this week&apos;s step ({time} on {incline}): repeat it; the next step comes from Monday {monday}.</source>
        <translation>Ya alcanzaste el paso de esta semana ({time} con un {incline} de inclinación): repítelo; el siguiente paso llega a partir del lunes {monday}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No backward walking in your history yet: start with “{name}”, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>Aún no hay caminatas hacia atrás en tu historial: empieza con «{name}», {rounds} x {time} hacia atrás a {speed} con una inclinación del {incline}, con tramos hacia delante y un giro lento entre medias.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backward walking in your history yet: start with a first session, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>Aún no hay caminatas hacia atrás en tu historial: empieza con una primera sesión, {rounds} x {time} hacia atrás a {speed} con una inclinación del {incline}, con tramos hacia delante y un giro lento entre medias.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hold the rails at first and clip the safety key to your clothing; after that the coach adds 30 s a week.</source>
        <translation>Al principio agárrate a los pasamanos y sujeta la llave de seguridad a tu ropa; después, el entrenador añade 30 s por semana.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed kept at {speed}, the top of the protocol&apos;s range (you walked faster last time): it grows in time and slope, never in speed.</source>
        <translation>Velocidad mantenida en {speed}, el máximo del rango del protocolo (la última vez caminaste más rápido): la progresión aumenta el tiempo y la inclinación, nunca la velocidad.</translation>
    </message>
</context>
<context>
    <name>QtCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/qt_player.py" line="+49"/>
        <source>Sound is unavailable: no audio output found</source>
        <translation>Sonido no disponible: no se ha encontrado ninguna salida de audio</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sound is unavailable: the audio output does not play</source>
        <translation>Sonido no disponible: la salida de audio no reproduce</translation>
    </message>
</context>
<context>
    <name>SafetyChecklist</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/safety.py" line="+21"/>
        <source>You feel steady on your feet today; walking backward asks more of balance.</source>
        <translation>Hoy te sientes firme y estable; caminar hacia atrás exige más equilibrio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The floor around the treadmill is clear: no cables, bags or anything to trip on.</source>
        <translation>El suelo alrededor de la cinta está despejado: sin cables, bolsas ni nada con lo que tropezar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your shoes grip and support your feet.</source>
        <translation>Tus zapatillas agarran bien y sujetan el pie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety key is clipped to your clothing.</source>
        <translation>La llave de seguridad está sujeta a tu ropa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the belt slowly while facing forward, and only then turn around.</source>
        <translation>Arranca la cinta despacio mirando hacia delante y solo entonces date la vuelta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the rails at first; let go only once you feel secure.</source>
        <translation>Al principio agárrate a los pasamanos; suéltalos solo cuando tengas confianza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stand tall and look ahead; do not twist your neck to look behind you.</source>
        <translation>Mantén el cuerpo erguido y la mirada al frente; no gires el cuello para mirar atrás.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loosen up your hips and ankles first, and stretch again afterwards.</source>
        <translation>Primero moviliza caderas y tobillos, y vuelve a estirar al terminar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep speed and incline low to begin with; raise them over weeks, not minutes.</source>
        <translation>Al principio, velocidad e inclinación bajas; súbelas a lo largo de semanas, no de minutos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop at once if anything hurts or you feel dizzy.</source>
        <translation>Para de inmediato si algo te duele o te mareas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Talk to a doctor or physiotherapist before you try this if you have a disorder of the inner ear or balance, high blood pressure that is not under control, an acute or disc-related back problem, or a recent injury. Older walkers may want someone nearby for the first sessions.</source>
        <translation>Consulta a un médico o fisioterapeuta antes de probarlo si tienes un trastorno del oído interno o del equilibrio, hipertensión no controlada, un problema de espalda agudo o discal, o una lesión reciente. Si eres mayor, quizá te convenga tener a alguien cerca en las primeras sesiones.</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>Before you walk backward</source>
        <translation>Antes de caminar hacia atrás</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Don&apos;t show this again</source>
        <translation>No volver a mostrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m ready, start</source>
        <translation>Todo listo, empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>SegmentChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+18"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step (in the order walked)</source>
        <translation>Paso (en el orden caminado)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Step {n}: {kind}</source>
        <translation>Paso {n}: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned {planned}, walked {actual}</source>
        <translation>Previsto {planned}, caminado {actual}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="-325"/>
        <source>m:ss, e.g. 2:30</source>
        <translation>m:ss, p. ej. 2:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>belt stopped</source>
        <translation>cinta parada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> steps/min</source>
        <translation> pasos/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; for a station: what to do</source>
        <translation>Opcional; para una estación: qué hacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional hint shown during the segment</source>
        <translation>Indicación opcional que se muestra durante el tramo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wait until I press Done</source>
        <translation>&amp;Hasta que pulse Listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>Tip&amp;o</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment kind</source>
        <translation>Tipo de tramo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duration</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration, minutes and seconds</source>
        <translation>Duración, minutos y segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes:seconds (2:30), hours:minutes:seconds, or whole minutes (5)</source>
        <translation>Minutos:segundos (2:30), horas:minutos:segundos o minutos enteros (5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;peed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belt speed</source>
        <translation>Velocidad de la cinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incline</source>
        <translation>&amp;Inclinación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incline in percent</source>
        <translation>Inclinación en porcentaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cadence</source>
        <translation>&amp;Cadencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cadence in steps per minute</source>
        <translation>Cadencia en pasos por minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional target steps per minute</source>
        <translation>Pasos por minuto objetivo (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>Eti&amp;queta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment label</source>
        <translation>Etiqueta del tramo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment note</source>
        <translation>Nota del tramo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Wait until Done</source>
        <translation>Esperar a Listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station ends when you press Done; its time is for planning</source>
        <translation>Una estación termina cuando pulsas Listo; su tiempo sirve para planificar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>Giro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Belt speed in {unit}; 0 for a rest with the belt stopped</source>
        <translation>Velocidad de la cinta en {unit}; 0 para un descanso con la cinta parada</translation>
    </message>
</context>
<context>
    <name>SegmentKinds</name>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-30"/>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn</source>
        <translation>Giro</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../walkcoach/ui/session/session.py" line="+278"/>
        <source>The treadmill follows the session from the next step on.</source>
        <translation>La cinta sigue la sesión a partir del siguiente paso.</translation>
    </message>
</context>
<context>
    <name>SessionHeartRateChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="-382"/>
        <source>bpm</source>
        <translation>bpm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of active time</source>
        <translation>Minutos de tiempo activo</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Z{number}</source>
        <translation>Z{number}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{kind}, {start} to {end}</source>
        <translation>{kind}, de {start} a {end}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heart rate: mean {mean:.0f}, highest {high:.0f} bpm</source>
        <translation>Frecuencia cardíaca: media {mean:.0f}, máxima {high:.0f} bpm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No heart rate</source>
        <translation>Sin frecuencia cardíaca</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../walkcoach/ui/history/session_list.py" line="+201"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · pain</source>
        <translation> · dolor</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete session?</source>
        <translation>¿Eliminar la sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {session} from your history?</source>
        <translation>¿Eliminar {session} de tu historial?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its segments, effort, pain and notes go with it. This cannot be undone.</source>
        <translation>Sus tramos, esfuerzo, dolor y notas se eliminan con ella. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not deleted</source>
        <translation>No se ha eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not deleted: {problem}</source>
        <translation>La sesión no se ha eliminado: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location line="-132"/>
        <source>&amp;Delete session…</source>
        <translation>E&amp;liminar sesión…</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location line="-134"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>Más largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <translation>Terminada antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Registrando</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Longest backward stretch</source>
        <translation>Tramo más largo hacia atrás</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> · pain</source>
        <translation> · dolor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{program}” of {when} ({time})</source>
        <translation>«{program}» del {when} ({time})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward {forward}, backward {backward}</source>
        <translation>Hacia delante {forward}, hacia atrás {backward}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{km:.2f} km, about {kcal:.0f} kcal</source>
        <translation>{km:.2f} km, unas {kcal:.0f} kcal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under 80 % of the planned time was walked (segments skipped)</source>
        <translation>Se caminó menos del 80&#xa0;% del tiempo previsto (tramos saltados)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../walkcoach/core/settings.py" line="+118"/>
        <source>must be true or false, got {value}</source>
        <translation>debe ser true o false, se recibió {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> or </source>
        <extracomment>Between the allowed values of a setting: &quot;must be &apos;km/h&apos; or &apos;mph&apos;&quot;.</extracomment>
        <translation> o </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be {options}, got {value}</source>
        <translation>debe ser {options}, se recibió {value}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>must be a number, got {value}</source>
        <translation>debe ser un número, se recibió {value}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>must be from {low} to {high}, got a number of {digits} digits</source>
        <translation>debe estar entre {low} y {high}, se recibió un número de {digits} cifras</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be from {low} to {high}, got {value}</source>
        <translation>debe estar entre {low} y {high}, se recibió {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number, got {value}</source>
        <translation>debe ser un número entero, se recibió {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 (off) or at least {least}, got {value}</source>
        <translation>debe ser 0 (desactivado) o al menos {least}, se recibió {value}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be 0 (not given) or from {low} to {high}, got {value}</source>
        <translation>debe ser 0 (sin indicar) o estar entre {low} y {high}, se recibió {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be text, got {value}</source>
        <translation>debe ser texto, se recibió {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a usable device name or address</source>
        <translation>no es un nombre ni una dirección de dispositivo válidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a folder path as text, got {value}</source>
        <translation>debe ser la ruta de una carpeta como texto, se recibió {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a usable folder path</source>
        <translation>no es una ruta de carpeta válida</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>it is far too large (over {limit} bytes)</source>
        <translation>es demasiado grande (más de {limit} bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds binary data, not JSON text</source>
        <translation>contiene datos binarios, no texto JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON ({reason}, line {line})</source>
        <extracomment>{reason} is Python&apos;s JSON message in English (&quot;Expecting value&quot;).</extracomment>
        <translation>no es JSON válido ({reason}, línea {line})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>no es JSON válido (anidado a demasiada profundidad)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (a number far too long)</source>
        <translation>no es JSON válido (un número demasiado largo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not hold a JSON object</source>
        <translation>no contiene un objeto JSON</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The settings file {path} is a link to a missing file; using the default settings.</source>
        <translation>El archivo de configuración {path} es un enlace a un archivo que no existe; se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings file {path} is {what}; using the default settings.</source>
        <translation>El archivo de configuración {path} es {what}; se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the settings file {path} ({reason}); using the defaults.</source>
        <translation>No se puede leer el archivo de configuración {path} ({reason}); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings file {path} is damaged: {reason}. Using the default settings.</source>
        <translation>El archivo de configuración {path} está dañado: {reason}. Se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} is damaged: {reason}. Using the default settings; the damaged file was kept as {kept}.</source>
        <translation>El archivo de configuración {path} está dañado: {reason}. Se usa la configuración predeterminada; el archivo dañado se ha guardado como {kept}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings file {path} has no valid version ({version}); read it as version {current}.</source>
        <translation>El archivo de configuración {path} no tiene una versión válida ({version}); se lee como versión {current}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings file {path} was written by a newer WalkCoach (version {version}); the settings this version knows are used, and the file itself is kept aside unchanged before this version saves its own.</source>
        <translation>El archivo de configuración {path} lo escribió un WalkCoach más reciente (versión {version}); se usan los ajustes que conoce esta versión, y el archivo se guarda aparte sin cambios antes de que esta versión guarde el suyo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{key} (not valid Unicode text)</source>
        <translation>{key} (texto Unicode no válido)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{key} ({reason})</source>
        <extracomment>A bad setting in a list of them: &quot;weight_kg (must be a number, got &quot;x&quot;)&quot;.</extracomment>
        <translation>{key} ({reason})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The settings file {path} has %n bad setting(s), using the default instead: {bad}.</source>
        <translation>
            <numerusform>El archivo de configuración {path} tiene %n ajuste incorrecto; se usa el valor predeterminado: {bad}.</numerusform>
            <numerusform>El archivo de configuración {path} tiene %n ajustes incorrectos; se usan los valores predeterminados: {bad}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="+178"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speak the cues (segment, speed, time left)</source>
        <translation>Decir los avisos en voz alta (tramo, velocidad, tiempo restante)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <source>Mute all sounds</source>
        <translation>Silenciar todos los sonidos</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+126"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>no countdown</source>
        <translation>sin cuenta atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash the window when the segment changes</source>
        <translation>Hacer parpadear la ventana cuando cambia el tramo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the safety checklist before every backward session</source>
        <translation>Mostrar la lista de seguridad antes de cada sesión hacia atrás</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed unit</source>
        <translation>Unidad de velocidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body &amp;weight</source>
        <translation>&amp;Peso corporal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body weight, for the energy estimate</source>
        <translation>Peso corporal, para estimar la energía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken cues</source>
        <translation>Avisos hablados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;olume</source>
        <translation>Volu&amp;men</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sound</source>
        <translation>&amp;Sonido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countdown</source>
        <translation>&amp;Cuenta atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countdown before each change, seconds</source>
        <translation>Cuenta atrás antes de cada cambio, segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flash</source>
        <translation>Pa&amp;rpadeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flash the window on each change</source>
        <translation>Parpadear la ventana en cada cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour theme</source>
        <translation>Tema de color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language of the text and the voice</source>
        <translation>Idioma del texto y de la voz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safet&amp;y</source>
        <translation>Segurida&amp;d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety checklist before each backward session</source>
        <translation>Lista de seguridad antes de cada sesión hacia atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;left</source>
        <translation>Tiempo r&amp;estante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken time left, how often</source>
        <translation>Tiempo restante hablado, cada cuánto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Volume in percent</source>
        <translation>Volumen en porcentaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used only for the kcal estimate</source>
        <translation>Solo se usa para estimar las kcal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Heart rate</source>
        <translation>&amp;Frecuencia cardíaca</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied at the next start of WalkCoach.</source>
        <translation>Se aplica la próxima vez que inicies WalkCoach.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>start at once</source>
        <translation>empezar ya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything (segments, halfway, time left)</source>
        <translation>Todo (tramos, mitad, tiempo restante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only (segments, turns, the finish)</source>
        <translation>Solo cambios (tramos, giros, el final)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing: sounds only</source>
        <translation>Nada: solo sonidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Get ready</source>
        <translation>Preparac&amp;ión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get-ready count before the start, seconds</source>
        <translation>Cuenta de preparación antes del inicio, segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spo&amp;ken cues</source>
        <translation>&amp;Avisos hablados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much the coach says</source>
        <translation>Cuánto habla el entrenador</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Speech is not available: {reason}.</source>
        <translation>La voz no está disponible: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cue sounds still play.</source>
        <translation>Los sonidos de aviso siguen sonando.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Off</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} min</source>
        <translation>Cada {n} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} s</source>
        <translation>Cada {n} s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>⚠ Heart-rate zones: {problem}.</source>
        <translation>⚠ Zonas de frecuencia cardíaca: {problem}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>⚠ No se ha podido guardar la configuración: {error}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../walkcoach/ui/shortcuts.py" line="+33"/>
        <source>Start the session, or pause and resume it</source>
        <translation>Iniciar la sesión, o pausarla y reanudarla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same, from the play/pause key of a media or Bluetooth remote</source>
        <translation>Lo mismo, con la tecla de reproducir/pausa de un mando multimedia o Bluetooth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip to the next step</source>
        <translation>Saltar al siguiente paso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous step: restarts this step, or goes to the previous one in its first seconds</source>
        <translation>Paso anterior: reinicia este paso, o vuelve al anterior en sus primeros segundos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>30 seconds more on this step</source>
        <translation>30 segundos más en este paso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>30 seconds less on this step (at least 5 s stay)</source>
        <translation>30 segundos menos en este paso (quedan al menos 5 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leaves the workout view; otherwise stops the session (asks first)</source>
        <translation>Sale del modo entreno; si no, detiene la sesión (pregunta antes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workout view on or off</source>
        <translation>Activar o desactivar el modo entreno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound on or off</source>
        <translation>Activar o desactivar el sonido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the full window and the small always-on-top view</source>
        <translation>Cambiar entre la ventana completa y la vista pequeña siempre visible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/shortcuts.py" line="+23"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
</context>
<context>
    <name>SoundHelper</name>
    <message>
        <location filename="../../walkcoach/sound/pulse.py" line="+54"/>
        <source>{library} is not installed ({detail})</source>
        <translation>{library} no está instalado ({detail})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the sound server cannot be reached ({detail})</source>
        <translation>no se puede acceder al servidor de sonido ({detail})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the sound server stopped playing ({detail})</source>
        <translation>el servidor de sonido ha dejado de reproducir ({detail})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sound output is closed</source>
        <translation>la salida de sonido está cerrada</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../walkcoach/ui/audio/speech.py" line="+45"/>
        <source>there is no sound output</source>
        <translation>no hay salida de sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speech engine is installed (speech-dispatcher)</source>
        <translation>no hay ningún motor de voz instalado (speech-dispatcher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sound server does not answer</source>
        <translation>el servidor de sonido no responde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech engine {engine!r} is not installed</source>
        <translation>el motor de voz {engine!r} no está instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech helper did not start</source>
        <translation>el asistente de voz no se ha iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech engine ({engine}) does not start</source>
        <translation>el motor de voz ({engine}) no se inicia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech helper stopped</source>
        <translation>el asistente de voz se ha detenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voice for {language} is installed: the cues are spoken in English.</source>
        <extracomment>{language} is the language&apos;s own name (&quot;Deutsch&quot;, &quot;français&quot;).</extracomment>
        <translation>No hay ninguna voz instalada para {language}: los avisos se dicen en inglés.</translation>
    </message>
</context>
<context>
    <name>StatsStrip</name>
    <message>
        <location filename="../../walkcoach/ui/coach/stats_strip.py" line="+76"/>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Distance (est.)</source>
        <translation>Distancia (est.)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Energy (est.)</source>
        <translation>Energía (est.)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+23"/>
        <source>{value} mi</source>
        <translation>{value} mi</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+18"/>
        <source>{value} km</source>
        <translation>{value} km</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>≈ {value} kcal</source>
        <translation>≈ {value} kcal</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Distance (belt)</source>
        <translation>Distancia (cinta)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../walkcoach/storage/db.py" line="+140"/>
        <source>the history database {path} is a folder</source>
        <translation>la base de datos del historial {path} es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the history database {path} is not a regular file (a pipe or a device)</source>
        <translation>la base de datos del historial {path} no es un archivo normal (es una tubería o un dispositivo)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot create the history database {path}: {reason}</source>
        <translation>no se puede crear la base de datos del historial {path}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>cannot open the history database {path}: {reason}</source>
        <translation>no se puede abrir la base de datos del historial {path}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the history database {path} is damaged and could not be moved aside: {reason}</source>
        <translation>la base de datos del historial {path} está dañada y no se ha podido apartar: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database {path} is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>la base de datos del historial {path} está dañada ({reason}); abre WalkCoach para apartarla y recuperar lo que se pueda leer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its integrity check returned garbled text</source>
        <translation>su comprobación de integridad ha devuelto texto ilegible</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>integrity check failed: {problem}</source>
        <extracomment>{problem} is SQLite&apos;s own report, in English.</extracomment>
        <translation>la comprobación de integridad ha fallado: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot switch the history database to WAL mode (got {mode})</source>
        <translation>no se puede pasar la base de datos del historial al modo WAL (se recibió {mode})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot open the history database {path}: upgrading it failed ({reason})</source>
        <translation>no se puede abrir la base de datos del historial {path}: no se ha podido actualizar ({reason})</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>cannot read the history database {path}: {reason}</source>
        <translation>no se puede leer la base de datos del historial {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/exporters.py" line="+165"/>
        <source>a {format} file holds one session (got {count})</source>
        <translation>un archivo {format} contiene una sola sesión (se recibieron {count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown export format {format} (one of: {known})</source>
        <translation>formato de exportación desconocido {format} (uno de: {known})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there are no recorded sessions with segments to export</source>
        <translation>no hay sesiones registradas con tramos que exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{output} is a file; exporting several sessions as {format} needs a folder (one file per session)</source>
        <translation>{output} es un archivo; para exportar varias sesiones como {format} hace falta una carpeta (un archivo por sesión)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{output} is a folder; give a file name to write the {format} to</source>
        <translation>{output} es una carpeta; indica un nombre de archivo para el {format}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{output} exists already; add --force to replace it</source>
        <translation>{output} ya existe; añade --force para reemplazarlo</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>{first} and %n more exist already; add --force to replace them</source>
        <translation>
            <numerusform>{first} y %n más ya existen; añade --force para reemplazarlos</numerusform>
            <numerusform>{first} y %n más ya existen; añade --force para reemplazarlos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} exists already; add --force to replace it</source>
        <translation>{first} ya existe; añade --force para reemplazarlo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>no se puede crear la carpeta {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/fit.py" line="+231"/>
        <location filename="../../walkcoach/storage/tcx.py" line="+110"/>
        <source>session {id} has no recorded segments; nothing to export</source>
        <translation>la sesión {id} no tiene tramos registrados; no hay nada que exportar</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/rescue.py" line="+62"/>
        <source>The history database was damaged ({reason}). It was moved to {moved} and nothing in it could be read, so a new, empty history was started; nothing was deleted.</source>
        <translation>La base de datos del historial estaba dañada ({reason}). Se ha movido a {moved} y no se ha podido leer nada de ella, así que se ha empezado un historial nuevo y vacío; no se ha borrado nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by rebuilding its indexes; nothing was deleted.</source>
        <translation>
            <numerusform>La base de datos del historial estaba dañada ({reason}). Se ha movido a {moved}, sin cambios, y se ha podido recuperar %n sesión en un historial nuevo reconstruyendo sus índices; no se ha borrado nada.</numerusform>
            <numerusform>La base de datos del historial estaba dañada ({reason}). Se ha movido a {moved}, sin cambios, y se han podido recuperar %n sesiones en un historial nuevo reconstruyendo sus índices; no se ha borrado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read (some could not); nothing was deleted.</source>
        <translation>
            <numerusform>La base de datos del historial estaba dañada ({reason}). Se ha movido a {moved}, sin cambios, y se ha podido recuperar %n sesión en un historial nuevo copiando todas las filas que aún se podían leer (algunas no); no se ha borrado nada.</numerusform>
            <numerusform>La base de datos del historial estaba dañada ({reason}). Se ha movido a {moved}, sin cambios, y se han podido recuperar %n sesiones en un historial nuevo copiando todas las filas que aún se podían leer (algunas no); no se ha borrado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read; nothing was deleted.</source>
        <translation>
            <numerusform>La base de datos del historial estaba dañada ({reason}). Se ha movido a {moved}, sin cambios, y se ha podido recuperar %n sesión en un historial nuevo copiando todas las filas que aún se podían leer; no se ha borrado nada.</numerusform>
            <numerusform>La base de datos del historial estaba dañada ({reason}). Se ha movido a {moved}, sin cambios, y se han podido recuperar %n sesiones en un historial nuevo copiando todas las filas que aún se podían leer; no se ha borrado nada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/schema.py" line="+275"/>
        <source>the history database was written by a newer WalkCoach (schema version {version}; this one knows up to {known}); update WalkCoach to use it. The file was left untouched.</source>
        <translation>la base de datos del historial la escribió un WalkCoach más reciente (versión de esquema {version}; esta versión conoce hasta la {known}); actualiza WalkCoach para usarla. El archivo no se ha tocado.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/full_check.py" line="+67"/>
        <source>the treadmill and heart-rate samples cannot be read: the history file is damaged ({reason}). WalkCoach keeps the file aside and rescues what can be read the next time it opens the history</source>
        <translation>no se pueden leer las muestras de la cinta y de la frecuencia cardíaca: el archivo del historial está dañado ({reason}). WalkCoach lo aparta y recupera lo que se pueda leer la próxima vez que abra el historial</translation>
    </message>
</context>
<context>
    <name>StreakLabel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-110"/>
        <source>A day counts when you walked: a completed session, or any session with at least 5 minutes walked forward and backward. Skipping through a program does not count. Today still counts as long as you walked yesterday.</source>
        <translation>Un día cuenta si caminaste: una sesión completada, o cualquier sesión con al menos 5 minutos caminados hacia delante y hacia atrás. Saltarse los tramos de un programa no cuenta. Hoy la racha sigue contando si caminaste ayer.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+1"/>
        <source>&lt;b&gt;%n&lt;/b&gt; day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; día</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current streak: {current} &amp;nbsp;·&amp;nbsp; longest: {longest}</source>
        <translation>Racha actual: {current} &amp;nbsp;·&amp;nbsp; más larga: {longest}</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location line="+18"/>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this program</source>
        <translation>Usar este programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select it on the coach page</source>
        <translation>Elígelo en la página del entrenador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No suggestion: the history could not be read.</source>
        <translation>Sin sugerencia: no se ha podido leer el historial.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rounds} x {time} backward at {speed}, {incline:g} % incline</source>
        <translation>{rounds} x {time} hacia atrás a {speed}, {incline:g}&#xa0;% de inclinación</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../walkcoach/ui/history/summary_dialog.py" line="+107"/>
        <location line="+117"/>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>{program}, {when}</source>
        <translation>{program}, {when}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This session is in your history already; the rating is optional.</source>
        <translation>Esta sesión ya está en tu historial; la valoración es opcional.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;kip rating</source>
        <translation>&amp;Omitir valoración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close: the session stays recorded, without effort, pain or notes (Esc)</source>
        <translation>Cerrar: la sesión queda registrada, sin esfuerzo, dolor ni notas (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save rating</source>
        <translation>&amp;Guardar valoración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add effort, pain and notes to this session (Ctrl+Enter)</source>
        <translation>Añadir esfuerzo, dolor y notas a esta sesión (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Session complete</source>
        <translation>Sesión completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ended early</source>
        <translation>Sesión terminada antes de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short to count as completed</source>
        <translation>Demasiado corta para contar como completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session interrupted</source>
        <translation>Sesión interrumpida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Most of it was skipped: {walked} walked of the {planned} planned. A session counts as completed when at least 80 % of its planned time is walked; this one is recorded as too short.</source>
        <translation>Te saltaste la mayor parte: {walked} caminados de los {planned} previstos. Una sesión cuenta como completada cuando caminas al menos el 80&#xa0;% de su tiempo previsto; esta queda registrada como demasiado corta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded as ended early: {walked} of the {planned} planned. How it felt is worth noting all the same.</source>
        <translation>Registrada como terminada antes de tiempo: {walked} de los {planned} previstos. Aun así, vale la pena anotar cómo te sentiste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded as ended early, after {walked}.</source>
        <translation>Registrada como terminada antes de tiempo, tras {walked}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time} in all</source>
        <translation>{time} en total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} backward</source>
        <translation>{time} hacia atrás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>effort {n}</source>
        <translation>esfuerzo {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time ({when}): {figures}</source>
        <translation>La última vez ({when}): {figures}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{value} mi</source>
        <translation>{value} mi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} km</source>
        <translation>{value} km</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n tramo</numerusform>
            <numerusform>%n tramos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {value} kcal</source>
        <translation>unas {value} kcal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you walked</source>
        <translation>Lo que caminaste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest backward stretch</source>
        <translation>Tramo más largo hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance ({source})</source>
        <translation>Distancia ({source})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy (estimate)</source>
        <translation>Energía (estimación)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mean {mean} bpm, highest {top} bpm</source>
        <translation>Media {mean} bpm, máxima {top} bpm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the treadmill&apos;s heart rate)</source>
        <translation> (la frecuencia cardíaca de la cinta)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zone {n} {time}</source>
        <translation>Zona {n} {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Waited %n time(s) for your heart rate to settle, {time} in all.</source>
        <translation>
            <numerusform>Esperaste %n vez a que se estabilizara tu frecuencia cardíaca, {time} en total.</numerusform>
            <numerusform>Esperaste %n veces a que se estabilizara tu frecuencia cardíaca, {time} en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heart rate</source>
        <translation>Frecuencia cardíaca</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name}: on average {value} % of its maximal voluntary contraction (EMG)</source>
        <translation>{name}: de media, {value}&#xa0;% de su contracción voluntaria máxima (EMG)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Muscles worked most</source>
        <translation>Músculos más trabajados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No walking was recorded.</source>
        <translation>No se ha registrado ninguna caminata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimated % of a maximal contraction, averaged over the time walked.</source>
        <translation>% estimado de una contracción máxima, promediado sobre el tiempo caminado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: {value} (your first)</source>
        <translation>{name}: {value} (primera marca)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {value} (was {before})</source>
        <translation>{name}: {value} (antes: {before})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal bests</source>
        <translation>Marcas personales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new personal best this time; steady sessions are what build progress.</source>
        <translation>Esta vez no hay marca personal nueva; la constancia es lo que construye el progreso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How did it feel?</source>
        <translation>¿Cómo te has sentido?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort (1 = very easy, 10 = all-out); keys 1-9 and 0 for 10:</source>
        <translation>Esfuerzo (1 = muy fácil, 10 = al máximo); teclas 1-9 y 0 para 10:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Effort {n} of 10</source>
        <translation>Esfuerzo {n} de 10</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I felt &amp;pain during or after this session</source>
        <translation>Sentí &amp;dolor durante o después de esta sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything to remember: how the knees felt, rails held or not…</source>
        <translation>Algo que recordar: cómo iban las rodillas, si usaste los pasamanos o no…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not saved yet: {problem}. It is kept and saved when storage works again.</source>
        <translation>Aún sin guardar: {problem}. Se conserva y se guardará cuando el almacenamiento vuelva a funcionar.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/summary.py" line="+48"/>
        <source>Summary (updates as you edit)</source>
        <translation>Resumen (se actualiza al editar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program summary</source>
        <translation>Resumen del programa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How much work each muscle gets over the whole program: how hard it works (an estimate from muscle-activity measurements) times how many minutes. The bar and the figure compare each muscle with the one worked most (100 %).</source>
        <translation>Cuánto trabajo recibe cada músculo en todo el programa: lo intensamente que trabaja (una estimación a partir de mediciones de actividad muscular) por cuántos minutos. La barra y la cifra comparan cada músculo con el más trabajado (100&#xa0;%).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Backward</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+38"/>
        <source>Muscles worked most</source>
        <translation>Músculos más trabajados</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Backward time</source>
        <translation>Tiempo hacia atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward time</source>
        <translation>Tiempo hacia delante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy estimate</source>
        <translation>Estimación de energía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} ({percent:.0f} % of the session)</source>
        <translation>{time} ({percent:.0f}&#xa0;% de la sesión)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>about {kcal:.0f} kcal (estimate for a body weight of {weight})</source>
        <translation>unas {kcal:.0f} kcal (estimación para un peso corporal de {weight})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{percent:.0f} %</source>
        <translation>{percent:.0f}&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rank}. {name}: {share} of the muscle worked most</source>
        <translation>{rank}. {name}: {share} del músculo más trabajado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments with values that are not usable yet are left out of these figures.</source>
        <translation>Los tramos con valores aún no válidos no se incluyen en estas cifras.</translation>
    </message>
</context>
<context>
    <name>TopMusclesList</name>
    <message>
        <location filename="../../walkcoach/ui/coach/top_muscles.py" line="+31"/>
        <source>No muscle is working hard in this segment.</source>
        <translation>Ningún músculo trabaja intensamente en este tramo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Coming up: top muscles</source>
        <translation>A continuación: músculos principales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top muscles</source>
        <translation>Músculos principales</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {value}&#xa0;% &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} % of the muscle&apos;s maximal voluntary contraction (EMG). Source: {source}</source>
        <translation>{value}&#xa0;% de la contracción voluntaria máxima del músculo (EMG). Fuente: {source}</translation>
    </message>
</context>
<context>
    <name>UnitChoices</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="-380"/>
        <source>Kilometres per hour (km/h)</source>
        <translation>Kilómetros por hora (km/h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles per hour (mph)</source>
        <translation>Millas por hora (mph)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metric: km/h, km, kg</source>
        <translation>Métrico: km/h, km, kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imperial: mph, miles, lb</source>
        <translation>Imperial: mph, millas, lb</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>miles</source>
        <translation>millas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distance unit</source>
        <translation>Unidad de distancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distances walked</source>
        <translation>Distancias caminadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight unit</source>
        <translation>Unidad de peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body weight</source>
        <translation>Peso corporal</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="-220"/>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Week {number}, {year} (from {monday})
Forward: {forward}
Backward: {backward}
Total: {total}</source>
        <translation>Semana {number}, {year} (desde el {monday})
Hacia delante: {forward}
Hacia atrás: {backward}
Total: {total}</translation>
    </message>
</context>
<context>
    <name>WeeklyZonesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+11"/>
        <source>Minutes in zone per week</source>
        <translation>Minutos por zona y semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Week {number}, {year} (from {monday})</source>
        <translation>Semana {number}, {year} (desde el {monday})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Z{number} {name}: {time}</source>
        <translation>Z{number} {name}: {time}</translation>
    </message>
</context>
<context>
    <name>_FieldForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="-131"/>
        <source>Problem with {field}</source>
        <translation>Problema con {field}</translation>
    </message>
</context>
</TS>
