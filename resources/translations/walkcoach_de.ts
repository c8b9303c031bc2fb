<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/about.py" line="+109"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the figures come from</source>
        <translation>Woher die Zahlen stammen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A coach for treadmill sessions that switch between walking forwards and walking backwards.</source>
        <translation>Ein Coach für Laufband-Einheiten, die zwischen Vorwärts- und Rückwärtsgehen wechseln.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>WalkCoach is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl}&quot;&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/a&gt; (GPL-3.0-or-later). It comes with no warranty. It is built on Qt for Python (PySide6), used under the &lt;a href=&quot;{lgpl}&quot;&gt;GNU Lesser General Public License v3&lt;/a&gt;, and on pyqtgraph and platformdirs (MIT license).</source>
        <translation>WalkCoach ist freie Software: Du darfst sie unter den Bedingungen der &lt;a href=&quot;{gpl}&quot;&gt;GNU General Public License, Version 3 oder (nach deiner Wahl) jeder späteren Version&lt;/a&gt; (GPL-3.0-or-later) weitergeben und verändern. Sie kommt ohne jede Gewährleistung. Sie baut auf Qt for Python (PySide6) auf, verwendet unter der &lt;a href=&quot;{lgpl}&quot;&gt;GNU Lesser General Public License v3&lt;/a&gt;, sowie auf pyqtgraph und platformdirs (MIT-Lizenz).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History, your programs and settings are kept on this computer only, in &lt;a href=&quot;{url}&quot;&gt;{where}&lt;/a&gt;. Click the folder to open it; copy it to back up.</source>
        <translation>Verlauf, deine Programme und Einstellungen liegen nur auf diesem Computer, in &lt;a href=&quot;{url}&quot;&gt;{where}&lt;/a&gt;. Klick auf den Ordner, um ihn zu öffnen; kopier ihn, um eine Sicherung zu machen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Muscle activation and energy figures are estimates drawn from these published studies and equations. They describe groups of people, not you, and are not medical advice.</source>
        <translation>Muskelaktivierung und Energiewerte sind Schätzungen nach diesen veröffentlichten Studien und Formeln. Sie beschreiben Personengruppen, nicht dich, und sind keine medizinische Beratung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sources were loaded.</source>
        <translation>Es wurden keine Quellen geladen.</translation>
    </message>
</context>
<context>
    <name>BackwardForwardChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+248"/>
        <source>Mean heart rate (bpm)</source>
        <translation>Durchschnittliche Herzfrequenz (bpm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{speed}
Backward: {backward:.0f} bpm ({backward_n} segments)
Forward: {forward:.0f} bpm ({forward_n} segments)</source>
        <translation>{speed}
Rückwärts: {backward:.0f} bpm ({backward_n} Abschnitte)
Vorwärts: {forward:.0f} bpm ({forward_n} Abschnitte)</translation>
    </message>
</context>
<context>
    <name>BestsPanel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+134"/>
        <source>Personal bests</source>
        <translation>Persönliche Bestleistungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set on {day}</source>
        <translation>Aufgestellt am {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended on {day}</source>
        <translation>Beendet am {day}</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+319"/>
        <source> rounds</source>
        <translation> Runden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. Intervals</source>
        <translation>Optional, z. B. Intervalle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rounds</source>
        <translation>Rund&amp;en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat rounds</source>
        <translation>Anzahl der Runden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times the segments of the block are walked</source>
        <translation>Wie oft die Abschnitte des Blocks gegangen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>Bezei&amp;chnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block label</source>
        <translation>Bezeichnung des Blocks</translation>
    </message>
</context>
<context>
    <name>BodyDiagramWidget</name>
    <message>
        <location filename="../../walkcoach/ui/coach/body_diagram.py" line="+176"/>
        <source>Body diagram of the muscles worked</source>
        <translation>Körperdiagramm der beanspruchten Muskeln</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+65"/>
        <location line="+192"/>
        <source>Coming up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>Vorn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> (left)</source>
        <translation> (links)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (right)</source>
        <translation> (rechts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not working in this segment</source>
        <translation>In diesem Abschnitt nicht aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} % of its maximal voluntary contraction (EMG), {basis}</source>
        <translation>{value} % seiner maximalen willkürlichen Kontraktion (EMG), {basis}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>% of maximal voluntary contraction</source>
        <translation>% der maximalen willkürlichen Kontraktion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No muscle is working hard.</source>
        <translation>Kein Muskel arbeitet stark.</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../walkcoach/ui/history/calendar_heatmap.py" line="+104"/>
        <source>{day}: no session</source>
        <translation>{day}: keine Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {time}</source>
        <translation>{day}: {time}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Minutes per day: under 15, 15-30, 30-45, 45 and more</source>
        <translation>Minuten pro Tag: unter 15, 15-30, 30-45, 45 und mehr</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <location filename="../../walkcoach/ui/coach/page.py" line="+119"/>
        <location line="+439"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-438"/>
        <location line="+131"/>
        <location line="+319"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Previous step</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Weiter</translation>
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
        <translation>30 Sekunden weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds more</source>
        <translation>30 Sekunden mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds less on this step (-)</source>
        <translation>30 Sekunden weniger für diesen Schritt (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds more on this step (+)</source>
        <translation>30 Sekunden mehr für diesen Schritt (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini view</source>
        <translation>Mini-Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the session (Space)</source>
        <translation>Einheit starten (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+438"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Restart this step, or go to the previous one in its first seconds (Left or B)</source>
        <translation>Diesen Schritt neu starten oder, in seinen ersten Sekunden, zum vorigen wechseln (Pfeil links oder B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next segment (Right or N)</source>
        <translation>Nächster Abschnitt (Pfeil rechts oder N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished this station: go on</source>
        <translation>Station erledigt: weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the session (Esc)</source>
        <translation>Einheit beenden (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small always-on-top window (Ctrl+M)</source>
        <translation>Kleines Fenster, immer im Vordergrund (Strg+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workout view</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only direction, time, targets and next, over the whole screen (F11; Esc leaves)</source>
        <translation>Nur Richtung, Zeit, Ziele und was als Nächstes kommt, im Vollbild (F11; verlassen mit Esc)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Esc or F11: leave the workout view</source>
        <translation>Esc oder F11: Trainingsansicht verlassen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>NO PROGRAM</source>
        <translation>KEIN PROGRAMM</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+163"/>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Press Start or Space  ·  {count} segments, {backward} backward</source>
        <translation>Drück Start (Leertaste)  ·  {count} Abschnitte, {backward} rückwärts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step 0 of {total}</source>
        <translation>Schritt 0 von {total}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>TURN AROUND SOON, then {to}</source>
        <translation>GLEICH UMDREHEN, dann {to}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {total} steps done</source>
        <translation>Alle {total} Schritte geschafft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {i} of {n}</source>
        <translation>Schritt {i} von {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  ·  round {r} of {rounds}</source>
        <translation>  ·  Runde {r} von {rounds}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The computer was asleep. Press Space to go on.</source>
        <translation>Der Computer war im Ruhezustand. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The treadmill stopped. Press Space to go on.</source>
        <translation>Das Laufband hat angehalten. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Space to go on.</source>
        <translation>Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When you have finished, press Done to go on.</source>
        <translation>Wenn du fertig bist, drück Fertig, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The belt is slowing down: keep walking, turn when told.</source>
        <translation>Das Band bremst ab: Geh weiter, dreh dich erst auf Ansage um.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catch your breath: keep walking slowly, turn when told.</source>
        <translation>Verschnauf kurz: Geh langsam weiter, dreh dich erst auf Ansage um.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>WELL DONE</source>
        <translation>GUT GEMACHT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session complete. Walk slowly to cool down.</source>
        <translation>Einheit geschafft. Geh zum Abkühlen langsam weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>STOPPED</source>
        <translation>GESTOPPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time you walked is kept.</source>
        <translation>Die gegangene Zeit bleibt gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GET READY</source>
        <translation>MACH DICH BEREIT</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>TURN</source>
        <translation>WENDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now face {word}: {targets}</source>
        <translation>Jetzt {word}: {targets}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Start again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+314"/>
        <source>Go on</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn now, without waiting for the heart rate (Space)</source>
        <translation>Jetzt umdrehen, ohne auf die Herzfrequenz zu warten (Leertaste)</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+319"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
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
        <translation>{value} % Steigung</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>FORWARD</source>
        <translation>VORWÄRTS</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+17"/>
        <source>BACKWARD</source>
        <translation>RÜCKWÄRTS</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TURN</source>
        <translation>WENDE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATION</source>
        <translation>STATION</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Belt slow: {speed}</source>
        <translation>Band auf {speed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>belt slow or stopped</source>
        <translation>Band langsam oder angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belt stopped, hold the rails</source>
        <translation>Band steht, halt dich an den Griffen fest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belt stopped, step off safely</source>
        <translation>Band steht, steig vorsichtig ab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} steps/min</source>
        <translation>{value} Schritte/min</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First: {targets}</source>
        <translation>Zuerst: {targets}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Hold the rails</source>
        <translation>Griffe fassen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Turn round</source>
        <translation>Umdrehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find your footing</source>
        <translation>Sicher auftreten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep walking</source>
        <translation>Weitergehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn when told</source>
        <translation>Erst auf Ansage umdrehen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> at {speed}, {incline}</source>
        <translation> bei {speed}, {incline}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: finish</source>
        <translation>Danach: Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: {summary}</source>
        <translation>Danach: {summary}</translation>
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
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>positional arguments</source>
        <extracomment>A title in the --help text, above the arguments given without an option name.</extracomment>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options</source>
        <extracomment>A title in the --help text, above the options (--json, --data-dir...).</extracomment>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>argument {argument}: {message}</source>
        <translation>Argument {argument}: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the following arguments are required: {names}</source>
        <translation>diese Argumente fehlen: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unrecognized arguments: {names}</source>
        <translation>unbekannte Argumente: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>ungültige Auswahl: {value} (möglich: {choices})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignored explicit argument {value}</source>
        <translation>ausdrückliches Argument {value} wird ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid {type} value: {value}</source>
        <translation>ungültiger Wert für {type}: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of the arguments {names} is required</source>
        <translation>eines der Argumente {names} ist nötig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed with argument {other}</source>
        <translation>nicht zusammen mit Argument {other} erlaubt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>mehrdeutige Option: {option} könnte {matches} sein</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be a number (got &apos;{text}&apos;)</source>
        <translation>muss eine Zahl sein (angegeben: &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be greater than 0 and at most {most} (got {text})</source>
        <translation>muss größer als 0 und höchstens {most} sein (angegeben: {text})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give a Bluetooth address (like F0:57:A1:7E:AD:01), a device name or &apos;virtual&apos;</source>
        <translation>gib eine Bluetooth-Adresse (etwa F0:57:A1:7E:AD:01), einen Gerätenamen oder &apos;virtual&apos; an</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number (got &apos;{text}&apos;)</source>
        <translation>muss eine ganze Zahl sein (angegeben: &apos;{text}&apos;)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>must be from 1 to {most} (got a number of %n character(s))</source>
        <translation>
            <numerusform>muss zwischen 1 und {most} liegen (angegeben: eine Zahl mit %n Stelle)</numerusform>
            <numerusform>muss zwischen 1 und {most} liegen (angegeben: eine Zahl mit %n Stellen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be from 1 to {most} (got {text})</source>
        <translation>muss zwischen 1 und {most} liegen (angegeben: {text})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>keep all user data (history, programs, settings) in DIR</source>
        <translation>alle Benutzerdaten (Verlauf, Programme, Einstellungen) in DIR speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window options (no sub-command)</source>
        <translation>Fensteroptionen (ohne Unterbefehl)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>select this program on start</source>
        <translation>dieses Programm beim Start auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start the session at once</source>
        <translation>die Einheit sofort starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session time runs X times faster (demos and tests)</source>
        <translation>die Zeit der Einheit läuft X-mal schneller (für Vorführungen und Tests)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quit when the session finishes</source>
        <translation>beenden, wenn die Einheit vorbei ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write engine events and cues as JSON lines</source>
        <translation>Ereignisse des Ablaufs und Ansagen als JSON-Zeilen ausgeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drive this FTMS treadmill (virtual: a simulated one, no hardware needed)</source>
        <translation>dieses FTMS-Laufband steuern (virtual: ein simuliertes, ohne Hardware)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show this heart-rate sensor&apos;s heart rate (virtual: one that follows your effort)</source>
        <translation>die Herzfrequenz dieses Herzfrequenzsensors anzeigen (virtual: einer, der deiner Anstrengung folgt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use bumble on this HCI transport (usb:0, tcp-client:HOST:PORT) instead of the system&apos;s Bluetooth</source>
        <translation>bumble über diesen HCI-Transport verwenden (usb:0, tcp-client:HOST:PORT) statt des Bluetooth des Systems</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>start the window, print the start-up time in ms, exit 0</source>
        <translation>das Fenster öffnen, die Startzeit in ms ausgeben, mit 0 beenden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Coach for treadmill sessions that alternate forward and backward walking.</source>
        <translation>Coach für Laufband-Einheiten im Wechsel von Vorwärts- und Rückwärtsgehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show the version of WalkCoach and exit</source>
        <translation>die Version von WalkCoach anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list built-in and user programs</source>
        <translation>eingebaute und eigene Programme auflisten</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/options.py" line="+12"/>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/main.py" line="+4"/>
        <source>show one program&apos;s segments</source>
        <translation>die Abschnitte eines Programms anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a program id or a program file</source>
        <translation>eine Programm-ID oder eine Programmdatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>estimated muscle activation for a way of walking</source>
        <translation>geschätzte Muskelaktivierung für eine Gehweise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the way you face on the belt</source>
        <translation>in welche Richtung du auf dem Band schaust</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the belt&apos;s incline in percent</source>
        <translation>die Steigung des Bandes in Prozent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the belt&apos;s speed in km/h (optional)</source>
        <translation>die Geschwindigkeit des Bandes in km/h (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy a program file into your programs</source>
        <translation>eine Programmdatei zu deinen Programmen kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a program file (JSON)</source>
        <translation>eine Programmdatei (JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replace a program with the same id</source>
        <translation>ein Programm mit derselben ID ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list recorded sessions</source>
        <translation>aufgezeichnete Einheiten auflisten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete the session with this ID</source>
        <translation>die Einheit mit dieser ID löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export sessions to CSV, JSON, TCX or FIT</source>
        <translation>Einheiten als CSV, JSON, TCX oder FIT exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the session with this ID (see walkcoach history)</source>
        <translation>die Einheit mit dieser ID (siehe walkcoach history)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every recorded session</source>
        <translation>alle aufgezeichneten Einheiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file format</source>
        <translation>das Dateiformat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file, a folder, or - for stdout</source>
        <translation>eine Datei, ein Ordner oder - für die Standardausgabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace files that exist already</source>
        <translation>vorhandene Dateien ersetzen</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+45"/>
        <source>warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cool-down</source>
        <translation>Abkühlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward</source>
        <translation>vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward</source>
        <translation>rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn</source>
        <translation>Wende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate</source>
        <translation>Mittelstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>front</source>
        <extracomment>A muscle seen on the front of the body.</extracomment>
        <translation>vorn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back</source>
        <extracomment>A muscle seen on the back of the body.</extracomment>
        <translation>hinten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measured</source>
        <extracomment>A muscle&apos;s figure: a published measurement at this condition.</extracomment>
        <translation>gemessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimated</source>
        <extracomment>A muscle&apos;s figure: derived, scaled or assumed.</extracomment>
        <translation>geschätzt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>skipped a user program: {error}</source>
        <translation>eigenes Programm übersprungen: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yours</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/history.py" line="+41"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>früher beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>die Verlaufsdatenbank ist beschädigt ({reason}); starte WalkCoach, um sie beiseitezulegen und zu retten, was sich lesen lässt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the data folder {folder} is a file, not a folder</source>
        <translation>der Datenordner {folder} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No sessions recorded yet: the data folder {folder} does not exist.</source>
        <translation>Noch keine Einheiten aufgezeichnet: Der Datenordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No sessions recorded yet. Finished sessions appear here.</source>
        <translation>Noch keine Einheiten aufgezeichnet. Beendete Einheiten erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n session(s) being recorded now: listed once finished.)</source>
        <translation>
            <numerusform>(%n Einheit wird gerade aufgezeichnet: Sie erscheint hier, wenn sie endet.)</numerusform>
            <numerusform>(%n Einheiten werden gerade aufgezeichnet: Sie erscheinen hier, wenn sie enden.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session {id} was not deleted: {reason}</source>
        <translation>Einheit {id} wurde nicht gelöscht: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted session {id} ({program}, {when}, {time}).</source>
        <translation>Einheit {id} gelöscht ({program}, {when}, {time}).</translation>
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
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest backward</source>
        <translation>Längste Rückwärtsphase</translation>
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
        <translation>{status} (Schmerzen)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n session(s), {time} walked backward in all.</source>
        <translation>
            <numerusform>%n Einheit, insgesamt {time} rückwärts gegangen.</numerusform>
            <numerusform>%n Einheiten, insgesamt {time} rückwärts gegangen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there are no recorded sessions to export</source>
        <translation>es gibt keine aufgezeichneten Einheiten zum Exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{format} is a binary format of one session; give a file with -o PATH, or send one session to a pipe</source>
        <translation>{format} ist ein Binärformat für eine Einheit; gib eine Datei mit -o PFAD an oder leite eine Einheit in eine Pipe</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Exported %n session(s) to {file}</source>
        <translation>
            <numerusform>%n Einheit nach {file} exportiert</numerusform>
            <numerusform>%n Einheiten nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n session(s) as {format} files into {folder}</source>
        <translation>
            <numerusform>%n Einheit als {format}-Datei nach {folder} exportiert</numerusform>
            <numerusform>%n Einheiten als {format}-Dateien nach {folder} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no session with id {id} (`walkcoach history` lists the recorded ones)</source>
        <translation>keine Einheit mit der ID {id} (`walkcoach history` listet die aufgezeichneten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session {id} is being recorded right now; export it when it ends</source>
        <translation>Einheit {id} wird gerade aufgezeichnet; exportiere sie, wenn sie endet</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>BACKWARD</source>
        <translation>RÜCKWÄRTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEGMENTS</source>
        <translation>ABSCHNITTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{builtin} built-in and {yours} of your own. Details: walkcoach show ID</source>
        <translation>{builtin} eingebaute und {yours} eigene. Details: walkcoach show ID</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped</source>
        <translation>Band steht</translation>
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
        <translation>Runde {round}/{rounds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added by the coach: the direction changes here</source>
        <translation>vom Coach eingefügt: Hier wechselt die Richtung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cadence} steps/min</source>
        <translation>{cadence} Schritte/min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waits for you</source>
        <translation>wartet auf dich</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} ({id}, {level}, built-in)</source>
        <translation>{name} ({id}, {level}, eingebaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({id}, {level}, your program)</source>
        <translation>{name} ({id}, {level}, dein Programm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no level</source>
        <translation>keine Stufe</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Total {total}: backward {backward}, forward {forward}, %n segment(s)</source>
        <translation>
            <numerusform>Gesamt {total}: rückwärts {backward}, vorwärts {forward}, %n Abschnitt</numerusform>
            <numerusform>Gesamt {total}: rückwärts {backward}, vorwärts {forward}, %n Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>AT</source>
        <translation>AB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED</source>
        <translation>GESCHWINDIGKEIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INCLINE</source>
        <translation>STEIGUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>HINWEISE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{option} must be a number (got &apos;{text}&apos;)</source>
        <translation>{option} muss eine Zahl sein (angegeben: &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{option} must be between {low} and {high} {unit} (got {text})</source>
        <translation>{option} muss zwischen {low} und {high} {unit} liegen (angegeben: {text})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown direction &apos;{direction}&apos; (use forward or backward)</source>
        <translation>unbekannte Richtung &apos;{direction}&apos; (forward oder backward verwenden)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forward walking, {incline} % incline</source>
        <translation>Vorwärtsgehen, {incline} % Steigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward walking, {incline} % incline</source>
        <translation>Rückwärtsgehen, {incline} % Steigung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward walking, {incline} % incline at {speed} km/h</source>
        <translation>Vorwärtsgehen, {incline} % Steigung, {speed} km/h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward walking, {incline} % incline at {speed} km/h</source>
        <translation>Rückwärtsgehen, {incline} % Steigung, {speed} km/h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activation in % of a maximal voluntary contraction; &apos;estimated&apos; figures are WalkCoach&apos;s.</source>
        <translation>Aktivierung in % einer maximalen willkürlichen Kontraktion; „geschätzte“ Werte stammen von WalkCoach.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>MUSCLE</source>
        <translation>MUSKEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MVC</source>
        <translation>MVC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BASIS</source>
        <translation>GRUNDLAGE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a program with id &apos;{id}&apos; already exists (&apos;{name}&apos;); use --force to replace it</source>
        <translation>ein Programm mit der ID &apos;{id}&apos; gibt es schon (&apos;{name}&apos;); mit --force ersetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot save the program: {reason}</source>
        <translation>das Programm lässt sich nicht speichern: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported &apos;{name}&apos; as &apos;{id}&apos; ({time}, %n segment(s)) into {folder}</source>
        <translation>
            <numerusform>&apos;{name}&apos; als &apos;{id}&apos; ({time}, %n Abschnitt) nach {folder} importiert</numerusform>
            <numerusform>&apos;{name}&apos; als &apos;{id}&apos; ({time}, %n Abschnitte) nach {folder} importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/devices.py" line="+26"/>
        <source>treadmill</source>
        <translation>Laufband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heart-rate sensor</source>
        <translation>Herzfrequenzsensor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number of seconds (got &apos;{text}&apos;)</source>
        <translation>muss eine Zahl von Sekunden sein (angegeben: &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0 and at most {most} seconds (got {text})</source>
        <translation>muss größer als 0 und höchstens {most} Sekunden sein (angegeben: {text})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>list the treadmills and heart-rate sensors in range</source>
        <translation>Laufbänder und Herzfrequenzsensoren in Reichweite auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 listed (maybe none), 2 bad arguments, 3 Bluetooth not usable.</source>
        <translation>Rückgabewert: 0 aufgelistet (vielleicht keine), 2 falsche Argumente, 3 Bluetooth nicht verwendbar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scan for N seconds (default {default})</source>
        <translation>N Sekunden lang suchen (Standard {default})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a bumble HCI transport ({examples}); default: the one in the settings, else the system&apos;s Bluetooth</source>
        <translation>ein bumble-HCI-Transport ({examples}); Standard: der aus den Einstellungen, sonst das Bluetooth des Systems</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the HCI transport in {file}</source>
        <translation>der HCI-Transport in {file}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the system&apos;s Bluetooth</source>
        <translation>das Bluetooth des Systems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No treadmill or heart-rate sensor found in {seconds} s through {through}.</source>
        <translation>Kein Laufband und kein Herzfrequenzsensor in {seconds} s über {through} gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is it switched on and awake, and not linked to another app?</source>
        <translation>Ist es eingeschaltet, wach und nicht mit einer anderen App verbunden?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n found in {seconds} s through {through}. Use one: walkcoach --treadmill ADDRESS</source>
        <translation>
            <numerusform>%n in {seconds} s über {through} gefunden. Eins verwenden: walkcoach --treadmill ADRESSE</numerusform>
            <numerusform>%n in {seconds} s über {through} gefunden. Eins verwenden: walkcoach --treadmill ADRESSE</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/output.py" line="+33"/>
        <source>warning: {message}</source>
        <extracomment>A line on stderr: &quot;walkcoach: warning: &lt;what is wrong&gt;&quot;.</extracomment>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>error: {message}</source>
        <extracomment>A line on stderr: &quot;walkcoach: error: &lt;what is wrong&gt;&quot;.</extracomment>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/plans.py" line="+39"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coming</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pause the active plan</source>
        <translation>den aktiven Plan pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resume the active plan</source>
        <translation>den aktiven Plan fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the active plan&apos;s next session</source>
        <translation>die nächste Einheit des aktiven Plans überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart the active plan&apos;s week</source>
        <translation>die Woche des aktiven Plans neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop the active plan</source>
        <translation>den aktiven Plan beenden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>list the built-in training plans</source>
        <translation>die eingebauten Pläne auflisten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start, show or export the active training plan</source>
        <translation>den aktiven Plan starten, anzeigen oder exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start a plan (replaces the active one)</source>
        <translation>einen Plan starten (ersetzt den aktiven)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a plan id (see walkcoach plans)</source>
        <translation>eine Plan-ID (siehe walkcoach plans)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekdays (default: the plan&apos;s)</source>
        <translation>Wochentage (Standard: die des Plans)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time of day (default: the plan&apos;s)</source>
        <translation>Uhrzeit (Standard: die des Plans)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time zone, e.g. Europe/Berlin (default: this computer&apos;s)</source>
        <translation>Zeitzone, z. B. Europe/Berlin (Standard: die dieses Computers)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>calendar alarm MIN minutes before (default 10)</source>
        <translation>Kalendererinnerung MIN Minuten vorher (Standard 10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this week and the next, each session&apos;s state</source>
        <translation>diese und nächste Woche, mit dem Stand jeder Einheit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the coming sessions as an iCalendar file</source>
        <translation>die kommenden Einheiten als iCalendar-Datei schreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file, or - for stdout</source>
        <translation>eine Datei oder - für die Standardausgabe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{option} must be a date as YYYY-MM-DD (got &apos;{text}&apos;)</source>
        <translation>{option} muss ein Datum im Format JJJJ-MM-TT sein (angegeben: &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no plan is active; start one with `walkcoach plan start ID` (see `walkcoach plans`)</source>
        <translation>kein Plan ist aktiv; starte einen mit `walkcoach plan start ID` (siehe `walkcoach plans`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the active plan &apos;{id}&apos; is not known to this WalkCoach</source>
        <translation>der aktive Plan &apos;{id}&apos; ist diesem WalkCoach nicht bekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan is stopped; your history is kept.</source>
        <translation>Der Plan ist beendet; dein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plan is already paused</source>
        <translation>der Plan ist schon pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan is not paused</source>
        <translation>der Plan ist nicht pausiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no plan with id &apos;{id}&apos; (one of: {known})</source>
        <translation>kein Plan mit der ID &apos;{id}&apos; (eine von: {known})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&apos;{id}&apos; has up to {most} sessions a week: give at least %n weekday(s) (got {days})</source>
        <translation>
            <numerusform>&apos;{id}&apos; hat bis zu {most} Einheiten pro Woche: Gib mindestens %n Wochentag an (angegeben: {days})</numerusform>
            <numerusform>&apos;{id}&apos; hat bis zu {most} Einheiten pro Woche: Gib mindestens %n Wochentage an (angegeben: {days})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown time zone &apos;{zone}&apos; (e.g. Europe/Berlin, America/New_York, UTC)</source>
        <translation>unbekannte Zeitzone &apos;{zone}&apos; (z. B. Europe/Berlin, America/New_York, UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--alarm must be 0-1440 minutes (got {minutes})</source>
        <translation>--alarm muss zwischen 0 und 1440 Minuten liegen (angegeben: {minutes})</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Started “{name}”: %n week(s) on {days} at {time} ({zone}).</source>
        <translation>
            <numerusform>„{name}“ gestartet: %n Woche, {days} um {time} ({zone}).</numerusform>
            <numerusform>„{name}“ gestartet: %n Wochen, {days} um {time} ({zone}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Week {week} (from {monday}):</source>
        <translation>Woche {week} (ab {monday}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no day left</source>
        <translation>kein Tag mehr frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day {day}: {title}</source>
        <extracomment>After the date and the state: &quot;day 1: Backward, two minutes&quot;.</extracomment>
        <translation>Tag {day}: {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>note: could not update {file}: {reason}</source>
        <extracomment>A line on stderr after a plan action: the calendar file could not be written.</extracomment>
        <translation>Hinweis: {file} konnte nicht aktualisiert werden: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write {file}: {reason}</source>
        <translation>{file} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n session(s) to {file}; it is written again when the plan moves.</source>
        <translation>
            <numerusform>%n Einheit nach {file} geschrieben; die Datei wird neu geschrieben, wenn sich der Plan ändert.</numerusform>
            <numerusform>%n Einheiten nach {file} geschrieben; die Datei wird neu geschrieben, wenn sich der Plan ändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+26"/>
        <source>the data folder is empty; give a folder, or leave --data-dir out</source>
        <translation>der Datenordner ist leer angegeben; gib einen Ordner an oder lass --data-dir weg</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../walkcoach/core/cues.py" line="+96"/>
        <source>Slow the belt to {speed}.</source>
        <translation>Brems das Band auf {speed} ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the belt.</source>
        <translation>Halt das Band an.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{amount} more: {left} left.</source>
        <extracomment>{amount} and {left} are spoken durations (&quot;30 seconds&quot;, &quot;1 minute 30 seconds&quot;).</extracomment>
        <translation>{amount} mehr: noch {left}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} less: {left} left.</source>
        <translation>{amount} weniger: noch {left}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The belt is slowing to {speed} for the turn. Keep walking and hold the rails.</source>
        <translation>Das Band bremst für die Wende auf {speed} ab. Geh weiter und fass die Griffe.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>Pause: Der Computer war im Ruhezustand. Mach weiter, wenn du so weit bist.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Get ready. First: {segment}</source>
        <extracomment>{segment} is the first segment&apos;s phrase, with its full stop.</extracomment>
        <translation>Mach dich bereit. Zuerst: {segment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now {segment}</source>
        <extracomment>{segment} is a segment phrase that starts a sentence when the turn is over.</extracomment>
        <translation>Jetzt {segment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {round} of {rounds}.</source>
        <translation>Runde {round} von {rounds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halfway. {duration} to go.</source>
        <translation>Halbzeit. Noch {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{duration} left.</source>
        <translation>Noch {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session complete: {duration} of exercise. Well done.</source>
        <translation>Einheit geschafft: {duration} Training. Gut gemacht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time is up for this station. Press Done when you have finished.</source>
        <translation>Die Zeit für diese Station ist um. Wenn du fertig bist, drück Fertig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forward for {duration} at {speed}</source>
        <extracomment>A segment phrase: lower case, no full stop; said after &quot;Get ready. First:&quot; or &quot;Now&quot;, or alone as a sentence. {duration} &quot;2 minutes&quot;, {speed} &quot;3.2 kilometres per hour&quot;.</extracomment>
        <translation>{duration} vorwärts, {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward for {duration} at {speed}</source>
        <translation>{duration} rückwärts, {speed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn round for {duration}, belt at {speed}</source>
        <translation>{duration} Wende, Band auf {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn round for {duration}, belt stopped</source>
        <translation>{duration} Wende, Band steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest for {duration}, belt at {speed}</source>
        <translation>{duration} Pause, Band auf {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest for {duration}, belt stopped</source>
        <translation>{duration} Pause, Band steht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station: {label}, for {duration}</source>
        <extracomment>{label} is the station&apos;s exercise (&quot;20 lunges + 15 squats&quot;).</extracomment>
        <translation>Station: {label}, {duration} lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station: {label}. Press Done when you have finished</source>
        <translation>Station: {label}. Drück Fertig, wenn du fertig bist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{phrase}, incline {value} percent</source>
        <extracomment>{phrase} is a segment phrase (&quot;forward for 2 minutes at 4 kilometres per hour&quot;); {value} a figure: the treadmill&apos;s slope in percent.</extracomment>
        <translation>{phrase}, Steigung {value} Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phrase}, decline {value} percent</source>
        <translation>{phrase}, Gefälle {value} Prozent</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{phrase}, %n step(s) a minute</source>
        <extracomment>The walking cadence added to a segment phrase (&quot;forward for 2 minutes at 4 kilometres per hour&quot;).</extracomment>
        <translation>
            <numerusform>{phrase}, %n Schritt pro Minute</numerusform>
            <numerusform>{phrase}, %n Schritte pro Minute</numerusform>
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
        <translation>Stell die Steigung auf {value} Prozent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the decline to {value} percent.</source>
        <translation>Stell das Gefälle auf {value} Prozent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the rails and turn to face the back.</source>
        <translation>Halt dich an den Griffen fest und dreh dich nach hinten um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails and turn to face the front.</source>
        <translation>Halt dich an den Griffen fest und dreh dich nach vorn um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails and turn to face the other way.</source>
        <translation>Halt dich an den Griffen fest und dreh dich in die andere Richtung um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a moment</source>
        <extracomment>Said for {when} in &quot;Turning ... in {when}&quot; when the turn is less than a second away.</extracomment>
        <translation>einem Moment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk backward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <extracomment>{when} is a spoken duration (&quot;10 seconds&quot;) or &quot;a moment&quot;; {speed} &quot;1 kilometre per hour&quot;.</extracomment>
        <translation>Wende zum Rückwärtsgehen in {when}: Mach dich bereit, das Band auf {speed} abzubremsen, und halt dich an den Griffen fest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning to walk forward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>Wende zum Vorwärtsgehen in {when}: Mach dich bereit, das Band auf {speed} abzubremsen, und halt dich an den Griffen fest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning round in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>Wende in {when}: Mach dich bereit, das Band auf {speed} abzubremsen, und halt dich an den Griffen fest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning to walk backward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Wende zum Rückwärtsgehen in {when}: Mach dich bereit, das Band anzuhalten, und halt dich an den Griffen fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk forward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Wende zum Vorwärtsgehen in {when}: Mach dich bereit, das Band anzuhalten, und halt dich an den Griffen fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning round in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Wende in {when}: Mach dich bereit, das Band anzuhalten, und halt dich an den Griffen fest.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turning to walk backward in {when}: the belt will slow down to {speed}.</source>
        <translation>Wende zum Rückwärtsgehen in {when}: Das Band bremst auf {speed} ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk forward in {when}: the belt will slow down to {speed}.</source>
        <translation>Wende zum Vorwärtsgehen in {when}: Das Band bremst auf {speed} ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning round in {when}: the belt will slow down to {speed}.</source>
        <translation>Wende in {when}: Das Band bremst auf {speed} ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn now. Hold the rails and turn to face the back.</source>
        <translation>Jetzt umdrehen. Halt dich an den Griffen fest und dreh dich nach hinten um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn now. Hold the rails and turn to face the front.</source>
        <translation>Jetzt umdrehen. Halt dich an den Griffen fest und dreh dich nach vorn um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn now. Hold the rails and turn to face the other way.</source>
        <translation>Jetzt umdrehen. Halt dich an den Griffen fest und dreh dich in die andere Richtung um.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Last one.</source>
        <translation>Letzter Abschnitt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/spoken.py" line="+155"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{larger} {smaller}</source>
        <extracomment>Joins two parts of a spoken duration, &quot;2 minutes&quot; and &quot;30 seconds&quot; (English says them one after the other; a language may want &quot;and&quot; between them).</extracomment>
        <translation>{larger} und {smaller}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} kilometres per hour</source>
        <extracomment>A speed to be spoken; {value} is a figure such as 3,2.</extracomment>
        <translation>{value} Kilometer pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} miles per hour</source>
        <translation>{value} Meilen pro Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 kilometre per hour</source>
        <extracomment>A speed of exactly one, spoken (the turn speed is often 1 km/h): the unit in the singular.</extracomment>
        <translation>ein Kilometer pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mile per hour</source>
        <translation>eine Meile pro Stunde</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../walkcoach/core/datewords.py" line="+17"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
</context>
<context>
    <name>DeviceAttach</name>
    <message>
        <location filename="../../walkcoach/ui/devices/attach.py" line="+100"/>
        <source>Treadmill: {why}</source>
        <translation>Laufband: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the treadmill {name}…</source>
        <translation>Suche nach dem Laufband {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Treadmill not linked: {why}</source>
        <translation>Laufband nicht verbunden: {why}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The treadmill did not answer: the session starts without it.</source>
        <translation>Das Laufband hat nicht geantwortet: Die Einheit startet ohne es.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the treadmill…</source>
        <translation>Warten auf das Laufband…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heart rate: {why}</source>
        <translation>Herzfrequenz: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the heart-rate sensor {name}…</source>
        <translation>Suche nach dem Herzfrequenzsensor {name}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Heart-rate sensor not linked: bumble is not installed (pip install &apos;walkcoach[bumble]&apos; to use --hci)</source>
        <translation>Herzfrequenzsensor nicht verbunden: bumble ist nicht installiert (pip install &apos;walkcoach[bumble]&apos;, um --hci zu verwenden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Heart-rate sensor not linked: {why}</source>
        <translation>Herzfrequenzsensor nicht verbunden: {why}</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_dialog.py" line="+107"/>
        <source>Treadmill and heart rate</source>
        <translation>Laufband und Herzfrequenz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the linked treadmill</source>
        <translation>Das verbundene Laufband vergessen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;orget sensor</source>
        <translation>Sensor verg&amp;essen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the linked heart-rate sensor</source>
        <translation>Den verbundenen Herzfrequenzsensor vergessen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+188"/>
        <source>&amp;Scan</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Scan for treadmills and heart-rate sensors</source>
        <translation>Nach Laufbändern und Herzfrequenzsensoren suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Belt speed for every change of direction</source>
        <translation>Bandgeschwindigkeit bei jedem Richtungswechsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the belt when the program ends or I press Stop</source>
        <translation>Band anhalten, wenn das Programm endet oder ich Stopp drücke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: this computer&apos;s Bluetooth</source>
        <translation>leer: das Bluetooth dieses Computers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HCI transport, advanced</source>
        <translation>HCI-Transport, erweitert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced: a Bluetooth controller used directly through bumble ({install}), e.g. {examples}.</source>
        <translation>Erweitert: ein Bluetooth-Controller, direkt über bumble angesprochen ({install}), z. B. {examples}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While linked</source>
        <translation>Wenn verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn speed</source>
        <translation>&amp;Wendegeschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Belt</source>
        <translation>&amp;Band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HCI transport</source>
        <translation>&amp;HCI-Transport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The coach slows the belt to this before you turn around (at most {top}).</source>
        <translation>Der Coach bremst das Band vor dem Umdrehen auf diesen Wert ab (höchstens {top}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the chosen treadmill</source>
        <translation>Mit dem gewählten Laufband verbinden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan to find the treadmills and heart-rate sensors in range.</source>
        <translation>Starte die Suche, um Laufbänder und Herzfrequenzsensoren in Reichweite zu finden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan stopped.</source>
        <translation>Suche gestoppt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Stop scan</source>
        <translation>&amp;Suche stoppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning… {n} s left</source>
        <translation>Suche läuft… noch {n} s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Found {n} in {s:g} s.</source>
        <translation>{n} in {s:g} s gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found in {s:g} s. Is the treadmill on, awake and free of other apps?</source>
        <translation>In {s:g} s nichts gefunden. Ist das Laufband an, wach und nicht mit einer anderen App verbunden?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The scan did not work.</source>
        <translation>Die Suche hat nicht funktioniert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No treadmill linked: the coach tells you the speeds to set.</source>
        <translation>Kein Laufband verbunden: Der Coach sagt dir, welche Geschwindigkeit du einstellen sollst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: the virtual treadmill.</source>
        <translation>Verbunden: das virtuelle Laufband.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: {name} ({address}).</source>
        <translation>Verbunden: {name} ({address}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No heart-rate sensor linked.</source>
        <translation>Kein Herzfrequenzsensor verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart rate: the virtual sensor.</source>
        <translation>Herzfrequenz: der virtuelle Sensor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart rate: {name} ({address}).</source>
        <translation>Herzfrequenz: {name} ({address}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The virtual sensor&apos;s heart rate follows what you walk: faster, uphill and backward raise it, with a lag of tens of seconds.</source>
        <translation>Die Herzfrequenz des virtuellen Sensors folgt deinem Gehen: Schnelleres, Bergauf- und Rückwärtsgehen erhöhen sie, mit einigen Dutzend Sekunden Verzögerung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A chest strap or a watch that shares its heart rate: Connect.</source>
        <translation>Ein Brustgurt oder eine Uhr, die die Herzfrequenz überträgt: Verbinden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The virtual treadmill runs inside WalkCoach: try the whole link without a machine.</source>
        <translation>Das virtuelle Laufband läuft in WalkCoach: Probier die ganze Verbindung ohne Gerät aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a treadmill or a heart-rate sensor, then Connect.</source>
        <translation>Wähle ein Laufband oder einen Herzfrequenzsensor, dann Verbinden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>⚠ Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Virtual heart-rate sensor</source>
        <translation>Virtueller Herzfrequenzsensor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Virtual treadmill</source>
        <translation>Virtuelles Laufband</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_list.py" line="+25"/>
        <source>Treadmill</source>
        <translation>Laufband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart-rate sensor</source>
        <translation>Herzfrequenzsensor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excellent</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{bars} {word}, {dbm} dBm</source>
        <translation>{bars} {word}, {dbm} dBm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Virtual treadmill (no hardware needed)</source>
        <translation>Virtuelles Laufband (ohne Hardware)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual heart-rate sensor (follows your effort)</source>
        <translation>Virtueller Herzfrequenzsensor (folgt deiner Anstrengung)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Bluetooth LE adapter was found on this computer. Plug one in, or try the virtual treadmill.</source>
        <translation>Auf diesem Computer wurde kein Bluetooth-LE-Adapter gefunden. Schließ einen an oder probier das virtuelle Laufband.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is switched off. Switch it on and scan again.</source>
        <translation>Bluetooth ist ausgeschaltet. Schalte es ein und suche erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s Bluetooth service cannot be reached ({detail}). Start it (on Linux: the bluetooth service) and scan again.</source>
        <translation>Der Bluetooth-Dienst dieses Computers ist nicht erreichbar ({detail}). Starte ihn (unter Linux: den Dienst bluetooth) und suche erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WalkCoach is not allowed to use Bluetooth ({detail}). Allow it in the system&apos;s settings; for a USB dongle, give your user access to it.</source>
        <translation>WalkCoach darf Bluetooth nicht verwenden ({detail}). Erlaube es in den Systemeinstellungen; für einen USB-Dongle gib deinem Benutzer Zugriff darauf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Bluetooth library bleak is not installed (pip install bleak).</source>
        <translation>Die Bluetooth-Bibliothek bleak ist nicht installiert (pip install bleak).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An HCI transport needs bumble, which is not installed ({install}). Or leave the HCI transport empty to use this computer&apos;s Bluetooth.</source>
        <translation>Ein HCI-Transport braucht bumble, das nicht installiert ist ({install}). Oder lass den HCI-Transport leer, um das Bluetooth dieses Computers zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{hci}” is not an HCI transport name ({detail}). Examples: {examples}.</source>
        <translation>„{hci}“ ist kein HCI-Transportname ({detail}). Beispiele: {examples}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HCI transport {hci} cannot be opened ({detail}).</source>
        <translation>Der HCI-Transport {hci} lässt sich nicht öffnen ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Bluetooth controller did not answer ({detail}).</source>
        <translation>Der Bluetooth-Controller hat nicht geantwortet ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is scanning for Bluetooth devices. Try again soon.</source>
        <translation>Ein anderes Programm sucht gerade nach Bluetooth-Geräten. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scan failed: {detail}.</source>
        <translation>Die Suche ist fehlgeschlagen: {detail}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices found</source>
        <translation>Gefundene Geräte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no radio</source>
        <translation>kein Funk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the app</source>
        <translation>in der App</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not seen yet</source>
        <translation>noch nicht gesehen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../walkcoach/devices/belt_coach.py" line="+46"/>
        <source>The treadmill is not connected: the session goes on when it is back.</source>
        <translation>Das Laufband ist nicht verbunden: Die Einheit geht weiter, sobald es wieder da ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill is sending no data: the session goes on when it does.</source>
        <translation>Das Laufband sendet keine Daten: Die Einheit geht weiter, sobald wieder Daten kommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the belt to slow down: the turn comes first.</source>
        <translation>Warte, bis das Band langsamer wird: Zuerst kommt die Wende.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait. The belt is still slowing down.</source>
        <extracomment>Spoken while a turn waits for the belt to slow down.</extracomment>
        <translation>Warte. Das Band bremst noch ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming in {seconds}.</source>
        <extracomment>Shown while the session counts down to going on after a pause; {seconds} is 3, 2, 1.</extracomment>
        <translation>Weiter in {seconds}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/controller.py" line="+299"/>
        <location filename="../../walkcoach/devices/hr_monitor.py" line="+141"/>
        <source>connecting took too long</source>
        <translation>die Verbindung hat zu lange gedauert</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/events.py" line="+37"/>
        <source>The safety key was pulled: the session is paused.</source>
        <translation>Der Sicherheitsschlüssel wurde gezogen: Die Einheit ist pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill was stopped on the machine: the session is paused.</source>
        <translation>Das Laufband wurde am Gerät gestoppt: Die Einheit ist pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill was paused on the machine: the session is paused.</source>
        <translation>Das Laufband wurde am Gerät pausiert: Die Einheit ist pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another app took control of the treadmill: the session is paused.</source>
        <translation>Eine andere App hat die Steuerung des Laufbands übernommen: Die Einheit ist pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill link was lost: the session is paused.</source>
        <translation>Die Verbindung zum Laufband ist abgebrochen: Die Einheit ist pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill sent nothing for a while: the session is paused.</source>
        <translation>Das Laufband hat eine Weile nichts gesendet: Die Einheit ist pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The belt did not slow down for the turn: the session is paused.</source>
        <translation>Das Band hat für die Wende nicht abgebremst: Die Einheit ist pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill refused the turn speed: the session is paused.</source>
        <translation>Das Laufband hat die Wendegeschwindigkeit abgelehnt: Die Einheit ist pausiert.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The treadmill refused {command}: {result}.</source>
        <extracomment>{command} and {result} are the protocol&apos;s words (&quot;set target speed&quot;, &quot;not supported&quot;).</extracomment>
        <translation>Das Laufband hat {command} abgelehnt: {result}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This treadmill cannot set its speed; {requested} km/h was skipped.</source>
        <translation>Dieses Laufband kann seine Geschwindigkeit nicht einstellen; {requested} km/h wurden ausgelassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This treadmill cannot set its incline; {requested} % was skipped.</source>
        <translation>Dieses Laufband kann seine Steigung nicht einstellen; {requested} % wurden ausgelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treadmill&apos;s speed is limited: {applied} km/h instead of {requested} km/h.</source>
        <translation>Die Geschwindigkeit des Laufbands ist begrenzt: {applied} km/h statt {requested} km/h.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treadmill&apos;s incline is limited: {applied} % instead of {requested} %.</source>
        <translation>Die Steigung des Laufbands ist begrenzt: {applied} % statt {requested} %.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You set {value} km/h.</source>
        <extracomment>The user changed the belt&apos;s speed on the machine itself.</extracomment>
        <translation>Du hast {value} km/h eingestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You set {value} %.</source>
        <extracomment>The user changed the belt&apos;s incline on the machine itself.</extracomment>
        <translation>Du hast {value} % eingestellt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>Warte: Das Band bremst noch für die Wende ab.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/hr_events.py" line="+17"/>
        <source>Heart-rate sensor</source>
        <translation>Herzfrequenzsensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treadmill&apos;s heart rate</source>
        <translation>Herzfrequenz vom Laufband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>Der Herzfrequenzsensor hat keinen Hautkontakt mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The heart-rate sensor has contact again.</source>
        <translation>Der Herzfrequenzsensor hat wieder Hautkontakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No heart rate at the moment: it shows as --.</source>
        <extracomment>&quot;--&quot; is what the screen shows in place of a heart rate.</extracomment>
        <translation>Gerade keine Herzfrequenz: Sie wird als -- angezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The heart rate is back.</source>
        <translation>Die Herzfrequenz ist wieder da.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/scanning.py" line="+38"/>
        <source>excellent</source>
        <translation>ausgezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no Bluetooth LE adapter found on this computer</source>
        <translation>kein Bluetooth-LE-Adapter auf diesem Computer gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bluetooth is switched off; switch it on and scan again</source>
        <translation>Bluetooth ist ausgeschaltet; schalte es ein und suche erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s Bluetooth service cannot be reached: {detail}</source>
        <translation>der Bluetooth-Dienst des Systems ist nicht erreichbar: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed to use Bluetooth ({detail})</source>
        <translation>keine Berechtigung für Bluetooth ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Bluetooth library bleak is not installed (pip install bleak)</source>
        <translation>die Bluetooth-Bibliothek bleak ist nicht installiert (pip install bleak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source} needs bumble, which is not installed ({install})</source>
        <extracomment>{source} is --hci or where the settings name the transport; {install} a pip command.</extracomment>
        <translation>{source} braucht bumble, das nicht installiert ist ({install})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source}: {hci!r} is not an HCI transport name ({detail}; for example {examples})</source>
        <translation>{source}: {hci!r} ist kein HCI-Transportname ({detail}; zum Beispiel {examples})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source}: cannot open {hci} ({detail})</source>
        <translation>{source}: {hci} lässt sich nicht öffnen ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from the Bluetooth controller ({detail})</source>
        <translation>keine Antwort vom Bluetooth-Controller ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program is scanning for Bluetooth devices; try again</source>
        <translation>ein anderes Programm sucht gerade nach Bluetooth-Geräten; versuch es noch einmal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scan failed ({detail})</source>
        <translation>die Suche ist fehlgeschlagen ({detail})</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_hr.py" line="+145"/>
        <source>the heart-rate sensor did not answer</source>
        <translation>der Herzfrequenzsensor hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the heart-rate sensor went out of range</source>
        <translation>der Herzfrequenzsensor ist außer Reichweite geraten</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_transport.py" line="+38"/>
        <source>the treadmill did not answer</source>
        <translation>das Laufband hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the treadmill went out of range</source>
        <translation>das Laufband ist außer Reichweite geraten</translation>
    </message>
</context>
<context>
    <name>DistanceSource</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-102"/>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly measured</source>
        <translation>teilweise gemessen</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location line="+25"/>
        <source>Your walking history will appear here</source>
        <translation>Hier erscheint dein Verlauf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Each session you finish (or stop early) is saved here automatically. After your first one you will see:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Minutes per week&lt;/b&gt;, forward and backward, as stacked bars;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your longest backward stretch&lt;/b&gt; in each session, climbing toward the 5-8 minutes without a break that the progression aims for;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;12-month calendar&lt;/b&gt; of the days you walked, with your current and longest streak;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;muscles you worked most&lt;/b&gt;, on the body diagram;&lt;/li&gt;&lt;li&gt;every &lt;b&gt;session&lt;/b&gt; with a chart of its segments, your &lt;b&gt;personal bests&lt;/b&gt;, and exports to CSV, JSON, TCX and FIT.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Jede Einheit, die du beendest (oder früher abbrichst), wird hier automatisch gespeichert. Nach deiner ersten siehst du:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Minuten pro Woche&lt;/b&gt;, vorwärts und rückwärts, als gestapelte Balken;&lt;/li&gt;&lt;li&gt;&lt;b&gt;deine längste Rückwärtsphase&lt;/b&gt; jeder Einheit, auf dem Weg zu den 5-8 Minuten am Stück, die die Steigerung anstrebt;&lt;/li&gt;&lt;li&gt;einen &lt;b&gt;12-Monats-Kalender&lt;/b&gt; der Tage, an denen du gegangen bist, mit deiner aktuellen und längsten Serie;&lt;/li&gt;&lt;li&gt;die &lt;b&gt;am meisten beanspruchten Muskeln&lt;/b&gt; im Körperdiagramm;&lt;/li&gt;&lt;li&gt;jede &lt;b&gt;Einheit&lt;/b&gt; mit einem Diagramm ihrer Abschnitte, deine &lt;b&gt;persönlichen Bestleistungen&lt;/b&gt; und Exporte als CSV, JSON, TCX und FIT.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Energy</name>
    <message>
        <location filename="../../walkcoach/core/energy.py" line="+26"/>
        <source>Backward walking is estimated at 1.18 x the forward figure (heart rate and oxygen uptake were 17-20 % higher backward at 5-10 % grade in Hooper et al. 2004).</source>
        <translation>Rückwärtsgehen wird auf das 1,18-Fache des Vorwärtswerts geschätzt (Herzfrequenz und Sauerstoffaufnahme lagen rückwärts bei 5-10 % Steigung um 17-20 % höher, Hooper et al. 2004).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Station (lunges and squats) energy is an estimate of about 5 METs.</source>
        <translation>Der Energieverbrauch einer Station (Ausfallschritte und Kniebeugen) ist mit etwa 5 MET geschätzt.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../walkcoach/core/files.py" line="+45"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pipe (FIFO)</source>
        <translation>eine Pipe (FIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is {kind}</source>
        <extracomment>Why a file was not read: &quot;is a folder&quot;, &quot;is a pipe (FIFO)&quot;.</extracomment>
        <translation>ist {kind}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is larger than {limit} bytes</source>
        <translation>ist größer als {limit} Byte</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The data folder {folder} can be read by other users (mode {mode}) and could not be made private: {reason}.</source>
        <translation>Der Datenordner {folder} ist für andere Benutzer lesbar (Modus {mode}) und konnte nicht privat gemacht werden: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder {folder} could be read by other users (mode {mode}); it is now yours alone (mode {private}).</source>
        <translation>Der Datenordner {folder} war für andere Benutzer lesbar (Modus {mode}); jetzt gehört er nur dir (Modus {private}).</translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+32"/>
        <source>it is a file, not a folder</source>
        <translation>es ist eine Datei, kein Ordner</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/first_run.py" line="+65"/>
        <location line="+5"/>
        <source>Welcome to WalkCoach</source>
        <translation>Willkommen bei WalkCoach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WalkCoach times treadmill sessions that switch between walking forward and walking backward, and tells you when to turn, what speed to set and which muscles work.</source>
        <translation>WalkCoach stoppt die Zeit bei Laufband-Einheiten, die zwischen Vorwärts- und Rückwärtsgehen wechseln, und sagt dir, wann du dich umdrehen sollst, welche Geschwindigkeit du einstellen sollst und welche Muskeln arbeiten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only used to estimate the energy you use</source>
        <translation>Nur für die Schätzung deines Energieverbrauchs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Units</source>
        <translation>&amp;Maßeinheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Maßeinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body &amp;weight</source>
        <translation>&amp;Körpergewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body weight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking backward safely</source>
        <translation>Sicher rückwärts gehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clip the treadmill&apos;s safety key to your clothes and clear the space around it.</source>
        <translation>Befestige den Sicherheitsschlüssel des Laufbands an deiner Kleidung und räum den Platz drumherum frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the belt slowly facing forward; turn around only at a slow speed.</source>
        <translation>Starte das Band langsam mit Blick nach vorn; dreh dich erst um, wenn das Band langsam läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the rails while you learn, keep your head up and do not look back over your shoulder.</source>
        <translation>Halt dich beim Lernen an den Griffen fest, halte den Kopf oben und schau nicht über die Schulter zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin with short, slow backward spells of a minute or two; add time first, then speed, then incline.</source>
        <translation>Beginne mit kurzen, langsamen Rückwärtsphasen von ein, zwei Minuten; steigere zuerst die Zeit, dann die Geschwindigkeit, dann die Steigung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop if anything hurts or you feel unsteady. With balance or inner-ear problems, uncontrolled blood pressure, an acute back problem or a recent injury, ask a doctor first.</source>
        <translation>Hör auf, wenn etwas wehtut oder du dich unsicher fühlst. Bei Gleichgewichts- oder Innenohrproblemen, nicht eingestelltem Blutdruck, akuten Rückenproblemen oder einer frischen Verletzung lass dich zuerst ärztlich beraten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safety advice</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Select “{name}” to begin ({total}, {backward} of it backward)</source>
        <translation>„{name}“ &amp;wählen und beginnen ({total}, davon {backward} rückwärts)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the gentlest program</source>
        <translation>Das sanfteste Programm wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Let&apos;s go</source>
        <translation>&amp;Los geht’s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../walkcoach/ui/app.py" line="+313"/>
        <source>The last session could not be saved to the history ({problem}). It is kept in {file} and will be added to the history at the next start that can write it.</source>
        <translation>Die letzte Einheit konnte nicht im Verlauf gespeichert werden ({problem}). Sie liegt in {file} und wird beim nächsten Start, der sie schreiben kann, in den Verlauf übernommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last session could not be saved to the history ({problem}), nor kept in a recovery file ({why}).</source>
        <translation>Die letzte Einheit konnte nicht im Verlauf gespeichert werden ({problem}) und auch nicht in einer Wiederherstellungsdatei ({why}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session not saved yet</source>
        <translation>Einheit noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Speech is not available: {reason}.</source>
        <translation>Sprachausgabe nicht verfügbar: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cue sounds still play.</source>
        <translation>Die Signaltöne sind weiterhin zu hören.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{problem}; the coach goes on silently.</source>
        <translation>{problem}; der Coach macht ohne Ton weiter.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>History not saved yet: {problem}</source>
        <translation>Verlauf noch nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>HeartRateCoach</name>
    <message>
        <location filename="../../walkcoach/core/hr_coach.py" line="+29"/>
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>Herzfrequenz {bpm} liegt über deiner Obergrenze von {ceiling} bpm: Geh etwas langsamer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your heart rate is above your ceiling. Slow down a little.</source>
        <translation>Deine Herzfrequenz liegt über deiner Obergrenze. Geh etwas langsamer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>Herzfrequenz wieder unter {ceiling} bpm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch your breath: keep walking slowly. The turn comes when your heart rate is under {bpm} bpm.</source>
        <translation>Verschnauf kurz: Geh langsam weiter. Die Wende kommt, wenn deine Herzfrequenz unter {bpm} bpm liegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catch your breath. The turn comes when your heart rate has settled.</source>
        <translation>Verschnauf kurz. Die Wende kommt, wenn sich deine Herzfrequenz beruhigt hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heart rate settled: get ready to turn.</source>
        <translation>Herzfrequenz beruhigt: Mach dich bereit zum Umdrehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited long enough: get ready to turn.</source>
        <translation>Lange genug gewartet: Mach dich bereit zum Umdrehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>Keine Herzfrequenz zum Abwarten: Mach dich bereit zum Umdrehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Going on without waiting: get ready to turn.</source>
        <translation>Weiter ohne Warten: Mach dich bereit zum Umdrehen.</translation>
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
        <translation>aus meinem Alter schätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum heart rate, beats a minute</source>
        <translation>Maximale Herzfrequenz, Schläge pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age in years</source>
        <translation>Alter in Jahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting heart rate, beats a minute</source>
        <translation>Ruheherzfrequenz, Schläge pro Minute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Maximum</source>
        <translation>&amp;Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age</source>
        <translation>&amp;Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resting</source>
        <translation>&amp;Ruhepuls</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your zones</source>
        <translation>Deine Zonen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tell me when my heart rate is above</source>
        <translation>Sag mir Bescheid, wenn meine Herzfrequenz höher ist als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the top of zone 4</source>
        <translation>das obere Ende von Zone 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart-rate ceiling, beats a minute</source>
        <translation>Herzfrequenz-Obergrenze, Schläge pro Minute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start each backward bout only when my heart rate has settled</source>
        <translation>Jede Rückwärtsphase erst beginnen, wenn sich meine Herzfrequenz beruhigt hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled means under, beats a minute</source>
        <translation>Beruhigt heißt unter, Schläge pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest wait, seconds</source>
        <translation>Längste Wartezeit, Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under</source>
        <translation>unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting at most</source>
        <translation>Wartezeit höchstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Zone {n} · {name}</source>
        <translation>Zone {n} · {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{low} bpm and above ({pct} % and more)</source>
        <translation>{low} bpm und mehr ({pct} % und mehr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{low}–{high} bpm ({lo_pct}–{hi_pct} %)</source>
        <translation>{low}–{high} bpm ({lo_pct}–{hi_pct} %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your maximum heart rate, or your age to estimate it, to see your zones.</source>
        <translation>Gib deine maximale Herzfrequenz ein (oder dein Alter, um sie zu schätzen), um deine Zonen zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Maximum {max} bpm; the ceiling&apos;s default, the top of zone 4: {top} bpm.</source>
        <translation>Maximum {max} bpm; die Obergrenze ist standardmäßig das obere Ende von Zone 4: {top} bpm.</translation>
    </message>
</context>
<context>
    <name>HeartRateProgress</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+44"/>
        <source>Heart rate: reading the recorded sessions…</source>
        <translation>Herzfrequenz: Die aufgezeichneten Einheiten werden gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heart rate: {problem}</source>
        <translation>Herzfrequenz: {problem}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Heart rate: nothing recorded in the last 12 months. With a heart-rate sensor (a chest strap or watch) linked, this row shows your weekly time in each zone and your heart rate backward against forward at the same speed.</source>
        <translation>Herzfrequenz: in den letzten 12 Monaten nichts aufgezeichnet. Mit einem verbundenen Herzfrequenzsensor (Brustgurt oder Uhr) zeigt diese Zeile deine wöchentliche Zeit in jeder Zone und deine Herzfrequenz rückwärts gegenüber vorwärts bei gleicher Geschwindigkeit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time in zones: enter your maximum heart rate or your age in Preferences to see it.</source>
        <translation>Zeit in den Zonen: Gib in den Einstellungen deine maximale Herzfrequenz oder dein Alter ein, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time in zones: no heart rate recorded in the last 12 weeks.</source>
        <translation>Zeit in den Zonen: in den letzten 12 Wochen keine Herzfrequenz aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minutes in each heart-rate zone per week, the last 12 weeks: {names}</source>
        <translation>Minuten in jeder Herzfrequenzzone pro Woche, die letzten 12 Wochen: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backward against forward: no speed walked both ways with a heart rate yet (each side needs a segment of over a minute).</source>
        <translation>Rückwärts gegen vorwärts: noch keine Geschwindigkeit mit Herzfrequenz in beide Richtungen gegangen (jede Seite braucht einen Abschnitt von über einer Minute).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your mean heart rate walking backward and forward at the same speed, from {backward_n} backward and {forward_n} forward segments in the last 12 months (the first 30 s of each left out): backward was {difference} bpm {word} on average.</source>
        <translation>Deine durchschnittliche Herzfrequenz rückwärts und vorwärts bei gleicher Geschwindigkeit, aus {backward_n} Rückwärts- und {forward_n} Vorwärtsabschnitten der letzten 12 Monate (jeweils ohne die ersten 30 s): Rückwärts lag sie im Schnitt {difference} bpm {word}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
</context>
<context>
    <name>HeartRateView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/hr_view.py" line="+76"/>
        <source>from the treadmill</source>
        <translation>vom Laufband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated zones</source>
        <translation>simulierte Zonen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{bpm} bpm</source>
        <translation>{bpm} bpm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below zone 1</source>
        <translation>Unter Zone 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zone {n}
{name}</source>
        <translation>Zone {n}
{name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{zone}
above your ceiling</source>
        <translation>{zone}
über deiner Obergrenze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensor lost</source>
        <translation>Sensor verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no skin contact</source>
        <translation>kein Hautkontakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none from the treadmill</source>
        <translation>keine vom Laufband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no heart rate</source>
        <translation>keine Herzfrequenz</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Virtual heart-rate sensor</source>
        <translation>Virtueller Herzfrequenzsensor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: connected</source>
        <translation>{name}: verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: connecting…</source>
        <translation>{name}: verbindet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: closed</source>
        <translation>{name}: beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: lost, trying again…</source>
        <translation>{name}: verloren, neuer Versuch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: lost, trying again… ({why})</source>
        <translation>{name}: verloren, neuer Versuch… ({why})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>Der Herzfrequenzsensor hat keinen Hautkontakt mehr.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>Herzfrequenz {bpm} liegt über deiner Obergrenze von {ceiling} bpm: Geh etwas langsamer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>Herzfrequenz wieder unter {ceiling} bpm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heart rate settled: get ready to turn.</source>
        <translation>Herzfrequenz beruhigt: Mach dich bereit zum Umdrehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited long enough: get ready to turn.</source>
        <translation>Lange genug gewartet: Mach dich bereit zum Umdrehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>Keine Herzfrequenz zum Abwarten: Mach dich bereit zum Umdrehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going on without waiting: get ready to turn.</source>
        <translation>Weiter ohne Warten: Mach dich bereit zum Umdrehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Catch your breath: keep walking slowly.</source>
        <translation>Verschnauf kurz: Geh langsam weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn under {level} bpm</source>
        <translation>Wende unter {level} bpm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {bpm}</source>
        <translation>jetzt {bpm}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now --</source>
        <translation>jetzt --</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {left} more</source>
        <translation>höchstens noch {left}</translation>
    </message>
</context>
<context>
    <name>HeartRateZones</name>
    <message>
        <location filename="../../walkcoach/core/hr_zones.py" line="+25"/>
        <source>Very light</source>
        <translation>Sehr leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Intensiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Maximal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the zones</source>
        <translation>Unter den Zonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated from your age with the Tanaka formula, 208 - 0.7 x age. It is an estimate: a real maximum can be 10 or more beats a minute either side, so enter yours if you know it.</source>
        <translation>Aus deinem Alter geschätzt, mit der Tanaka-Formel 208 - 0,7 x Alter. Das ist eine Schätzung: Das echte Maximum kann 10 oder mehr Schläge pro Minute darüber oder darunter liegen, gib es also ein, wenn du es kennst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zones on your heart-rate reserve (Karvonen): resting + % x (maximum - resting).</source>
        <translation>Zonen nach deiner Herzfrequenzreserve (Karvonen): Ruhepuls + % x (Maximum - Ruhepuls).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones as a percentage of your maximum heart rate.</source>
        <translation>Zonen in Prozent deiner maximalen Herzfrequenz.</translation>
    </message>
</context>
<context>
    <name>HelperCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/helper_player.py" line="+83"/>
        <source>Sound is unavailable: the sound helper did not start</source>
        <translation>Ton nicht verfügbar: Das Tonhilfsprogramm ist nicht gestartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sound is unavailable: the sound helper keeps failing</source>
        <translation>Ton nicht verfügbar: Das Tonhilfsprogramm fällt immer wieder aus</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sound is unavailable: {reason}</source>
        <translation>Ton nicht verfügbar: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+62"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn</source>
        <translation>Wende</translation>
    </message>
</context>
<context>
    <name>HistoryExports</name>
    <message>
        <location filename="../../walkcoach/ui/history/exports.py" line="+66"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training Center files (*.tcx)</source>
        <translation>Training-Center-Dateien (*.tcx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIT files (*.fit)</source>
        <translation>FIT-Dateien (*.fit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as {fmt}</source>
        <translation>Als {fmt} exportieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+188"/>
        <source>there are no recorded sessions to export</source>
        <translation>es gibt keine aufgezeichneten Einheiten zum Exportieren</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported: {m}</source>
        <translation>Es wurde nichts exportiert: {m}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>choose a session in the list first</source>
        <translation>wähle zuerst eine Einheit in der Liste</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export all sessions as &amp;CSV…</source>
        <translation>Alle Einheiten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all sessions as &amp;JSON…</source>
        <translation>Alle Einheiten als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the last session as &amp;TCX…</source>
        <translation>Letzte Einheit als &amp;TCX exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the last session as &amp;FIT…</source>
        <translation>Letzte Einheit als &amp;FIT exportieren…</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../walkcoach/ui/history/page.py" line="+198"/>
        <source>Export all as CSV…</source>
        <translation>Alle als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all as JSON…</source>
        <translation>Alle als JSON exportieren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Muscles</source>
        <translation>&amp;Muskeln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export session as TCX…</source>
        <translation>Einheit als TCX exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export session as FIT…</source>
        <translation>Einheit als FIT exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete session…</source>
        <translation>Einheit &amp;löschen…</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The history cannot be read: {error}</source>
        <translation>Der Verlauf kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;{miles}&lt;/b&gt; miles in all</source>
        <translation>&lt;b&gt;{miles}&lt;/b&gt; Meilen insgesamt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{km}&lt;/b&gt; km in all</source>
        <translation>&lt;b&gt;{km}&lt;/b&gt; km insgesamt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; sessions &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; walked backward &amp;nbsp;·&amp;nbsp; {distance}</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; Einheiten &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; rückwärts gegangen &amp;nbsp;·&amp;nbsp; {distance}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} steps&lt;br&gt;&lt;small&gt;Dashed outline: planned time; filled bar: time walked. Green: forward; orange: backward; blue: rest; yellow: turn; purple: an exercise off the belt.&lt;/small&gt;</source>
        <translation>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} Schritte&lt;br&gt;&lt;small&gt;Gestrichelter Umriss: geplante Zeit; gefüllter Balken: gegangene Zeit. Grün: vorwärts; Orange: rückwärts; Blau: Pause; Gelb: Wende; Lila: eine Übung abseits des Bandes.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Distance: {distance} ({source})</source>
        <translation>Strecke: {distance} ({source})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Heart rate: mean {mean:.0f}, highest {high} bpm. Right: heart rate over the session, its steps shaded behind in the same colours.</source>
        <translation>Herzfrequenz: Durchschnitt {mean:.0f}, Maximum {high} bpm. Rechts: die Herzfrequenz über die Einheit, ihre Schritte in denselben Farben dahinter schattiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No heart rate in this session (a heart-rate sensor records it).</source>
        <translation>Keine Herzfrequenz in dieser Einheit (ein Herzfrequenzsensor zeichnet sie auf).</translation>
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
        <translation>Längste Rückwärtsphase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most backward time in a session</source>
        <translation>Meiste Rückwärtszeit in einer Einheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest session</source>
        <translation>Längste Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steepest backward incline, held a minute</source>
        <translation>Steilste Rückwärtssteigung, eine Minute gehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastest backward speed, held a minute</source>
        <translation>Schnellste Rückwärtsgeschwindigkeit, eine Minute gehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <location filename="../../walkcoach/ui/history/wiring.py" line="+32"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sessions, progress charts and exports (Ctrl+H again: back)</source>
        <translation>Deine Einheiten, Fortschrittsdiagramme und Exporte (Strg+H erneut: zurück)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Finish the current session first.</source>
        <translation>Beende zuerst die laufende Einheit.</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/link_view.py" line="+63"/>
        <source>Virtual treadmill</source>
        <translation>Virtuelles Laufband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treadmill {name}</source>
        <translation>Laufband {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treadmill {address}</source>
        <translation>Laufband {address}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking control…</source>
        <translation>übernimmt die Steuerung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost, trying again…</source>
        <translation>verloren, neuer Versuch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belt: {state}</source>
        <translation>Band: {state}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Belt now: {figures}</source>
        <translation>Band jetzt: {figures}</translation>
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
        <translation>Der Sicherheitsschlüssel wurde gezogen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill was stopped on the machine.</source>
        <translation>Das Laufband wurde am Gerät gestoppt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill was paused on the machine.</source>
        <translation>Das Laufband wurde am Gerät pausiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app took control of the treadmill.</source>
        <translation>Eine andere App hat die Steuerung des Laufbands übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill link was lost.</source>
        <translation>Die Verbindung zum Laufband ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill stopped sending its speed.</source>
        <translation>Das Laufband sendet seine Geschwindigkeit nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The belt did not slow down for the turn.</source>
        <translation>Das Band hat für die Wende nicht abgebremst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill refused the turn speed.</source>
        <translation>Das Laufband hat die Wendegeschwindigkeit abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} Press Space to go on.</source>
        <translation>{why} Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>Warte: Das Band bremst noch für die Wende ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Going on in {seconds}… (Space: wait)</source>
        <translation>Weiter in {seconds}… (Leertaste: warten)</translation>
    </message>
</context>
<context>
    <name>LoadDiagram</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+240"/>
        <source>work in this period, % of the muscle worked most (estimated)</source>
        <translation>Arbeit in diesem Zeitraum, % des am meisten beanspruchten Muskels (geschätzt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worked in this period</source>
        <translation>In diesem Zeitraum nicht beansprucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share:.0f} % of the work of the muscle worked most in this period (estimated)</source>
        <translation>{share:.0f} % der Arbeit des am meisten beanspruchten Muskels in diesem Zeitraum (geschätzt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../walkcoach/ui/main_window.py" line="+125"/>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip segment</source>
        <translation>Abschnitt übersprin&amp;gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Voriger Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top…</source>
        <translation>St&amp;oppen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;readmill and heart rate…</source>
        <translation>&amp;Laufband und Herzfrequenz…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workout view (full screen)</source>
        <translation>&amp;Trainingsansicht (Vollbild)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mini view</source>
        <translation>&amp;Mini-Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flash the window on each change</source>
        <translation>Fenster bei jedem Wechsel &amp;aufblinken lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mute sounds</source>
        <translation>Töne &amp;stummschalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Safety checklist before every backward session</source>
        <translation>Sicherheits-&amp;Checkliste vor jeder Rückwärts-Einheit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Safety checklist</source>
        <translation>&amp;Sicherheits-Checkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About WalkCoach</source>
        <translation>Ü&amp;ber WalkCoach</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose a program first.</source>
        <translation>Wähle zuerst ein Programm.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stop the session?</source>
        <translation>Einheit stoppen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the session now?</source>
        <translation>Einheit jetzt stoppen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you have walked so far is kept in your history.</source>
        <translation>Was du bisher gegangen bist, bleibt in deinem Verlauf gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound on</source>
        <translation>Ton an</translation>
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
        <translation>Fortfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sound off (M)</source>
        <translation>Ton aus (M)</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <location filename="../../walkcoach/ui/window_hooks.py" line="+23"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit programs…</source>
        <translation>Programme &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New program…</source>
        <translation>&amp;Neues Programm…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import program…</source>
        <translation>Programm &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
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
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full view</source>
        <translation>Vollansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the full window</source>
        <translation>Zurück zum vollen Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the full coach window (Ctrl+M)</source>
        <translation>Zurück zum vollen Coach-Fenster (Strg+M)</translation>
    </message>
</context>
<context>
    <name>MuscleLoadList</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-75"/>
        <source>Worked most</source>
        <translation>Am meisten beansprucht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each muscle&apos;s work in this period compared with the muscle worked most (100 %): how hard it works, estimated from muscle-activity (EMG) studies, times the minutes you walked. The colours on the body follow the same scale.</source>
        <translation>Die Arbeit jedes Muskels in diesem Zeitraum im Vergleich zum am meisten beanspruchten Muskel (100 %): wie stark er arbeitet, geschätzt aus Studien zur Muskelaktivität (EMG), mal die gegangenen Minuten. Die Farben am Körper folgen derselben Skala.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing walked in this period.</source>
        <translation>In diesem Zeitraum nichts gegangen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;worked most (100 %)&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;am meisten beansprucht (100 %)&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;as much&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;so viel&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>MusclePanel</name>
    <message>
        <location filename="../../walkcoach/ui/coach/muscle_panel.py" line="+188"/>
        <source>Muscles worked</source>
        <translation>Beanspruchte Muskeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coming next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working now: {name}</source>
        <translation>Jetzt aktiv: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} % ({basis})&lt;br&gt;{reason}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {value} % ({basis})&lt;br&gt;{reason}</translation>
    </message>
</context>
<context>
    <name>Muscles</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="+191"/>
        <source>Backward uphill glute article</source>
        <translation>Artikel zum Gesäß beim Rückwärtsgehen bergauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ericson 1986</source>
        <translation>Ericson 1986</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Franz &amp; Kram 2011</source>
        <translation>Franz &amp; Kram 2011</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detweiler &amp; Twaddle 2007</source>
        <translation>Detweiler &amp; Twaddle 2007</translation>
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
        <translation>EMG-Studie zur Lendenmuskulatur 2018</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lee et al. 2014</source>
        <translation>Lee et al. 2014</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking muscles articles</source>
        <translation>Artikel zu den Muskeln beim Gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking backwards guide</source>
        <translation>Ratgeber Rückwärtsgehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Sports Q&amp;A</source>
        <translation>Project Sports (Fragen und Antworten)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/muscles.py" line="+54"/>
        <source>belt stopped / resting</source>
        <translation>Band steht / Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turning round on a slow belt (not counted as work)</source>
        <translation>Wende auf langsamem Band (zählt nicht als Arbeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} (estimated profile for lunges and squats)</source>
        <translation>{reason} (geschätztes Profil für Ausfallschritte und Kniebeugen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>WalkCoach estimate</source>
        <extracomment>The source of a figure WalkCoach assumed where no article gives one (beside a muscle&apos;s figure).</extracomment>
        <translation>Schätzung von WalkCoach</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Rectus femoris</source>
        <translation>Rectus femoris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadriceps</source>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straightens the knee and helps lift the thigh; the one quadriceps muscle that crosses the hip.</source>
        <translation>Streckt das Knie und hilft, den Oberschenkel anzuheben; der einzige Quadrizepsmuskel, der über die Hüfte zieht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Straightens the knee as your weight passes over the foot, then helps swing the thigh through.</source>
        <translation>Streckt das Knie, während dein Gewicht über den Fuß wandert, und hilft dann, den Oberschenkel nach vorn zu schwingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works hardest here: it brakes the bent-knee landing behind you, then straightens the knee to push away.</source>
        <translation>Arbeitet hier am stärksten: Er bremst die Landung mit gebeugtem Knie hinter dir ab und streckt dann das Knie zum Abdrücken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deep knee bends under body weight are the quadriceps&apos; main job.</source>
        <translation>Tiefe Kniebeugen mit dem eigenen Körpergewicht sind die Hauptaufgabe des Quadrizeps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastus lateralis</source>
        <translation>Vastus lateralis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The large outer thigh muscle; straightens the knee and takes the load when you land.</source>
        <translation>Der große äußere Oberschenkelmuskel; streckt das Knie und fängt die Last bei der Landung ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cushions each landing and keeps the knee firm while you stand on that leg.</source>
        <translation>Federt jede Landung ab und hält das Knie stabil, während du auf diesem Bein stehst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controls the bent knee as you land behind yourself, then drives it straight to push off; steep backward walking loads it most of all.</source>
        <translation>Kontrolliert das gebeugte Knie, wenn du hinter dir landest, und streckt es dann kraftvoll zum Abdrücken; steiles Rückwärtsgehen belastet ihn am stärksten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carries much of the body weight out of the bottom of each lunge and squat.</source>
        <translation>Trägt beim Hochkommen aus jedem Ausfallschritt und jeder Kniebeuge einen Großteil des Körpergewichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vastus medialis</source>
        <translation>Vastus medialis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inner thigh teardrop; straightens the knee and keeps the kneecap on track.</source>
        <translation>Der „Tropfen“ an der Innenseite des Oberschenkels; streckt das Knie und hält die Kniescheibe in der Spur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the kneecap tracking and helps hold the knee straight in stance.</source>
        <translation>Hält die Kniescheibe in der Spur und hilft, das Knie in der Standphase gestreckt zu halten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The knee lands bent behind you, so this muscle must straighten it against your body weight every step.</source>
        <translation>Das Knie landet gebeugt hinter dir, also muss dieser Muskel es bei jedem Schritt gegen dein Körpergewicht strecken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works hard near the bottom of squats and lunges where the knee bends most.</source>
        <translation>Arbeitet stark im tiefsten Punkt von Kniebeugen und Ausfallschritten, wo das Knie am stärksten gebeugt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tibialis anterior</source>
        <translation>Tibialis anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shin</source>
        <translation>Schienbein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raises the toes and front of the foot and lowers the foot gently after it lands.</source>
        <translation>Hebt die Zehen und den Vorfuß an und senkt den Fuß nach dem Aufsetzen sanft ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifts the foot clear of the belt in swing and sets it down softly after the heel lands.</source>
        <translation>Hebt den Fuß in der Schwungphase vom Band ab und setzt ihn nach dem Fersenaufsatz sanft ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busier than forward: you reach back toes first and roll onto the heel, and the shin muscle controls that roll.</source>
        <translation>Mehr gefordert als vorwärts: Du setzt hinten zuerst mit den Zehen auf und rollst auf die Ferse ab, und der Schienbeinmuskel kontrolliert dieses Abrollen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps you balanced over your feet in lunges and squats; light work.</source>
        <translation>Hält dich bei Ausfallschritten und Kniebeugen im Gleichgewicht über den Füßen; leichte Arbeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peroneals</source>
        <translation>Peronei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower leg</source>
        <translation>Unterschenkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run down the outside of the shin; steady the ankle and help the foot push off.</source>
        <translation>Verlaufen an der Außenseite des Unterschenkels; stabilisieren das Sprunggelenk und helfen dem Fuß beim Abdrücken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankle against rolling in or out while the foot carries your weight.</source>
        <translation>Sichern das Sprunggelenk gegen Umknicken nach innen oder außen, während der Fuß dein Gewicht trägt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landing on the forefoot behind you needs more side-to-side ankle control.</source>
        <translation>Die Landung auf dem Vorfuß hinter dir verlangt mehr seitliche Kontrolle im Sprunggelenk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankles while you balance in a lunge.</source>
        <translation>Stabilisieren die Sprunggelenke, während du im Ausfallschritt balancierst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iliopsoas and tensor fasciae latae at the front of the hip; swing the thigh forward.</source>
        <translation>Iliopsoas und Tensor fasciae latae vorn an der Hüfte; schwingen den Oberschenkel nach vorn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pulls the thigh forward to start each swing of the leg.</source>
        <translation>Ziehen den Oberschenkel nach vorn und leiten so jeden Schwung des Beins ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly lengthened rather than worked, since the leg reaches back behind you; a welcome stretch after sitting.</source>
        <translation>Werden eher gedehnt als beansprucht, weil das Bein nach hinten ausgreift; eine willkommene Dehnung nach dem Sitzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brings the leg forward into each new lunge step.</source>
        <translation>Bringen das Bein in jeden neuen Ausfallschritt nach vorn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip adductors</source>
        <translation>Hüftadduktoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adductors</source>
        <translation>Adduktoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner thigh muscles; pull the legs toward the midline and help hold the pelvis steady.</source>
        <translation>Die inneren Oberschenkelmuskeln; ziehen die Beine zur Körpermitte und helfen, das Becken stabil zu halten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the ring of muscles round the pelvis that keeps it steady each step.</source>
        <translation>Teil des Muskelrings um das Becken, der es bei jedem Schritt stabil hält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the legs tracking straight and the pelvis steady while you cannot see where you step.</source>
        <translation>Halten die Beine in der Spur und das Becken stabil, während du nicht siehst, wohin du trittst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the thighs steady in deep squats and lunges.</source>
        <translation>Halten die Oberschenkel in tiefen Kniebeugen und Ausfallschritten stabil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectus abdominis</source>
        <translation>Rectus abdominis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The front abdominal wall; keeps the trunk firm so the legs have a stable base.</source>
        <translation>Die vordere Bauchwand; hält den Rumpf fest, damit die Beine eine stabile Basis haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firms the trunk with every step so the legs push from a stable base.</source>
        <translation>Spannt den Rumpf bei jedem Schritt an, damit sich die Beine von einer stabilen Basis abdrücken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works more for balance: it holds you upright while you move without looking.</source>
        <translation>Arbeitet mehr fürs Gleichgewicht: Er hält dich aufrecht, während du dich bewegst, ohne hinzusehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Braces the trunk so the back stays neutral in squats.</source>
        <translation>Stabilisiert den Rumpf, damit der Rücken bei Kniebeugen neutral bleibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obliques</source>
        <translation>Schräge Bauchmuskeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side abdominals; control the twist and side bend of the trunk.</source>
        <translation>Die seitlichen Bauchmuskeln; steuern Drehung und Seitneigung des Rumpfes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls the small twist of trunk and pelvis in each stride.</source>
        <translation>Kontrollieren die kleine Drehung von Rumpf und Becken bei jedem Schritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes a bigger share of the balance work while you move in reverse.</source>
        <translation>Übernehmen einen größeren Teil der Gleichgewichtsarbeit, während du dich rückwärts bewegst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the trunk from twisting as you step into lunges.</source>
        <translation>Verhindern, dass sich der Rumpf verdreht, wenn du in einen Ausfallschritt gehst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltoids</source>
        <translation>Deltoideus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap the shoulders; swing the arms, far more when you pump them in power walking.</source>
        <translation>Liegt wie eine Kappe über der Schulter; schwingt die Arme, weit stärker, wenn du sie beim Power-Walking kräftig mitnimmst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swings the arms; much busier when you drive the arms up in power walking.</source>
        <translation>Schwingt die Arme; viel stärker gefordert, wenn du die Arme beim Power-Walking kräftig nach oben führst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Little work: the arm swing is smaller and the hands often rest on the rails.</source>
        <translation>Wenig Arbeit: Der Armschwung ist kleiner, und die Hände liegen oft auf den Griffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only steadies the arms during lunges and squats.</source>
        <translation>Stabilisiert bei Ausfallschritten und Kniebeugen nur die Arme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gluteus maximus</source>
        <translation>Gluteus maximus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glutes</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The biggest hip muscle; drives the thigh backward and keeps hip and pelvis steady.</source>
        <translation>Der größte Hüftmuskel; führt den Oberschenkel nach hinten und hält Hüfte und Becken stabil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushes the leg back behind you; on a flat belt momentum helps, uphill it must lift you.</source>
        <translation>Schiebt das Bein nach hinten; auf flachem Band hilft der Schwung, bergauf muss er dich hochheben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extends the hip hard as the leg reaches back and stays switched on through the whole stride.</source>
        <translation>Streckt die Hüfte kräftig, wenn das Bein nach hinten ausgreift, und bleibt den ganzen Schritt über aktiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drives you up out of each lunge and squat.</source>
        <translation>Drückt dich aus jedem Ausfallschritt und jeder Kniebeuge nach oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gluteus medius</source>
        <translation>Gluteus medius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the side of the hip; holds the pelvis level on the standing leg and moves the thigh out.</source>
        <translation>An der Seite der Hüfte; hält das Becken auf dem Standbein waagerecht und spreizt den Oberschenkel ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the pelvis level each time you stand on one leg; busier at a brisk pace.</source>
        <translation>Hält das Becken waagerecht, sobald du auf einem Bein stehst; bei zügigem Tempo stärker gefordert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies pelvis and hip while the leg reaches back without your eyes to guide it.</source>
        <translation>Stabilisiert Becken und Hüfte, während das Bein nach hinten ausgreift, ohne dass deine Augen es führen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stops the knee from caving in and the pelvis from dropping in lunges.</source>
        <translation>Verhindert bei Ausfallschritten, dass das Knie nach innen knickt und das Becken absinkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Biceps femoris</source>
        <translation>Biceps femoris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hamstrings</source>
        <translation>Hintere Oberschenkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outer hamstring; bends the knee, helps straighten the hip and brakes the swinging leg.</source>
        <translation>Der äußere hintere Oberschenkelmuskel; beugt das Knie, hilft, die Hüfte zu strecken, und bremst das schwingende Bein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slows the swinging leg before it lands and helps straighten the hip at push-off.</source>
        <translation>Bremst das schwingende Bein vor der Landung und hilft beim Abdrücken, die Hüfte zu strecken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brakes the leg and steadies the knee; it is also stretched, which helps flexibility.</source>
        <translation>Bremst das Bein und stabilisiert das Knie; zugleich wird er gedehnt, was der Beweglichkeit hilft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helps the glutes straighten the hip as you rise from a lunge.</source>
        <translation>Hilft dem Gesäß, die Hüfte zu strecken, wenn du aus dem Ausfallschritt hochkommst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semitendinosus</source>
        <translation>Semitendinosus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An inner hamstring; bends the knee, extends the hip and steadies the knee from inside.</source>
        <translation>Ein innerer hinterer Oberschenkelmuskel; beugt das Knie, streckt die Hüfte und stabilisiert das Knie von innen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brakes the swing and assists hip extension from the inner back of the thigh.</source>
        <translation>Bremst den Schwung und unterstützt die Hüftstreckung von der inneren Rückseite des Oberschenkels aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds the knee steady as it bends on landing and helps guide the leg back.</source>
        <translation>Hält das Knie stabil, wenn es sich bei der Landung beugt, und hilft, das Bein nach hinten zu führen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works with the other hamstrings to control the knee in lunges.</source>
        <translation>Kontrolliert zusammen mit den anderen hinteren Oberschenkelmuskeln das Knie bei Ausfallschritten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visible calf muscle; lifts the heel to push off and helps bend the knee.</source>
        <translation>Der sichtbare Wadenmuskel; hebt die Ferse zum Abdrücken und hilft, das Knie zu beugen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of the hardest-working walking muscles: it raises the heel to push you on.</source>
        <translation>Einer der fleißigsten Muskeln beim Gehen: Er hebt die Ferse und schiebt dich voran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less work than forward: the push-off is reversed and much of the ankle work moves to the shin.</source>
        <translation>Weniger Arbeit als vorwärts: Das Abdrücken läuft umgekehrt ab, und ein Großteil der Arbeit am Sprunggelenk geht auf den Schienbeinmuskel über.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps balance on the balls of the feet in lunges; light work.</source>
        <translation>Hält bei Ausfallschritten das Gleichgewicht auf den Fußballen; leichte Arbeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soleus</source>
        <translation>Soleus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deep calf muscle; pushes off through the ankle and keeps the shin from tipping forward.</source>
        <translation>Der tiefe Wadenmuskel; drückt über das Sprunggelenk ab und verhindert, dass das Schienbein nach vorn kippt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushes off through the ankle every step; works harder at a brisk pace.</source>
        <translation>Drückt bei jedem Schritt über das Sprunggelenk ab; arbeitet bei zügigem Tempo stärker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankle and lowers the heel under control: a push-off run in reverse.</source>
        <translation>Stabilisiert das Sprunggelenk und senkt die Ferse kontrolliert ab: ein Abdrücken im Rückwärtsgang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the ankle steady as the shin tilts over the foot in squats.</source>
        <translation>Hält das Sprunggelenk stabil, wenn sich das Schienbein bei Kniebeugen über den Fuß neigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erector spinae</source>
        <translation>Erector spinae</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long muscles either side of the spine; hold the back upright with the abdominals.</source>
        <translation>Die langen Muskeln beiderseits der Wirbelsäule; halten zusammen mit den Bauchmuskeln den Rücken aufrecht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the spine upright together with the abdominals.</source>
        <translation>Hält die Wirbelsäule zusammen mit den Bauchmuskeln aufrecht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More active than forward: you stand taller walking backward and these muscles hold that upright trunk.</source>
        <translation>Aktiver als vorwärts: Rückwärts gehst du aufrechter, und diese Muskeln halten den Rumpf in dieser aufrechten Haltung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the back straight as you lean into squats and lunges.</source>
        <translation>Hält den Rücken gerade, wenn du dich bei Kniebeugen und Ausfallschritten nach vorn neigst.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../walkcoach/ui/coach/paused_overlay.py" line="+30"/>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../walkcoach/ui/plan/page.py" line="+136"/>
        <source>The active plan &apos;%1&apos; is not known to this WalkCoach.</source>
        <translation>Der aktive Plan „%1“ ist diesem WalkCoach nicht bekannt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Training plans</source>
        <translation>Trainingspläne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A plan puts weeks of sessions on the weekdays you choose, moves a missed one to the next free day and waits a week when a session hurt or felt too hard. Pick one to start:</source>
        <translation>Ein Plan verteilt Einheiten über Wochen auf die Wochentage, die du wählst, verschiebt eine verpasste auf den nächsten freien Tag und wartet eine Woche, wenn eine Einheit wehgetan hat oder zu schwer war. Wähle einen zum Start:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no day left</source>
        <translation>kein Tag mehr frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coming</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day %1: %2</source>
        <translation>Tag %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%v of %m sessions</source>
        <translation>%v von %m Einheiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (again)</source>
        <translation> (erneut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This week: week %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Woche: Woche %1 von %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>active minutes</source>
        <translation>aktive Minuten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward minutes</source>
        <translation>Rückwärtsminuten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This week: %1 of %2 %3</source>
        <translation>Diese Woche: %1 von %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>★ Week %1</source>
        <translation>★ Woche %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed on %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Weeks ahead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommende Wochen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week %1 from %2: %3 x %4</source>
        <translation>Woche %1 ab %2: %3 x %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and %1 more weeks</source>
        <translation>… und %1 weitere Wochen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Walk today&apos;s session</source>
        <translation>Heutige Einheit starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip a session</source>
        <translation>Eine Einheit überspringen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart week</source>
        <translation>Woche neu starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar file…</source>
        <translation>Kalenderdatei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>End plan</source>
        <translation>Plan beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End this plan? Your recorded sessions are kept.</source>
        <translation>Diesen Plan beenden? Deine aufgezeichneten Einheiten bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save calendar file</source>
        <translation>Kalenderdatei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
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
        <translation>Zeit für deine Einheit</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Today&apos;s plan session: %1</source>
        <translation>Heute laut Plan: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use it</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-285"/>
        <source>Back relief, three weeks</source>
        <translation>Rückenentlastung, drei Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three weeks of the Back relief walk, three times a week: 15 minutes of slow backward walking each time, with the safety key clipped on and, once steady, hands off the rails.</source>
        <translation>Drei Wochen „Rückenentlastung“, dreimal pro Woche: jedes Mal 15 Minuten langsames Rückwärtsgehen, mit befestigtem Sicherheitsschlüssel und, sobald du dich sicher fühlst, ohne dich an den Griffen festzuhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Walking Backwards on the Treadmill”, a personal trainer&apos;s post on backward walking for back pain (15 minutes, 3 times a week, 3 weeks)</source>
        <translation>„Walking Backwards on the Treadmill“, der Beitrag eines Personal Trainers über Rückwärtsgehen bei Rückenschmerzen (15 Minuten, dreimal pro Woche, 3 Wochen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toward 150 minutes a week</source>
        <translation>Auf dem Weg zu 150 Minuten pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brisk walks on more days each week, from five to every day, toward 150 active minutes a week; every walk you record counts toward the weekly bar, not only the plan&apos;s.</source>
        <translation>Zügiges Gehen an immer mehr Tagen pro Woche, von fünf Tagen bis täglich, auf dem Weg zu 150 aktiven Minuten pro Woche; jede Einheit, die du aufzeichnest, zählt für den Wochenbalken, nicht nur die des Plans.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Which muscles are used when you walk?” (quoting the NHS target of 150 active minutes a week)</source>
        <translation>„Which muscles are used when you walk?“ (zitiert das Ziel des britischen NHS von 150 aktiven Minuten pro Woche)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily retro, four weeks</source>
        <translation>Täglich rückwärts, vier Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Daily retro walk three times a week for two weeks, then four times a week: 10-15 minutes of backward walking each time.</source>
        <translation>„Täglich rückwärts“ zwei Wochen lang dreimal pro Woche, danach viermal pro Woche: jedes Mal 10-15 Minuten Rückwärtsgehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Exercise to isolate the leg stability muscles used when walking backwards?”, a sports questions-and-answers page</source>
        <translation>„Exercise to isolate the leg stability muscles used when walking backwards?“, eine Frage-und-Antwort-Seite zum Sport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Glute focus, four weeks</source>
        <translation>Gesäß-Fokus, vier Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glute focus intervals twice a week for two weeks, then three times a week: 5-10 minutes of backward walking each time, split into short stretches.</source>
        <translation>„Gesäß-Fokus-Intervalle“ zwei Wochen lang zweimal pro Woche, danach dreimal pro Woche: jedes Mal 5-10 Minuten Rückwärtsgehen, aufgeteilt in kurze Phasen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article on walking backwards uphill and gluteus maximus EMG (its weekly dose)</source>
        <translation>Ein Artikel über Rückwärtsgehen bergauf und die EMG des Gluteus maximus (daraus die Wochendosis)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward progression, twelve weeks</source>
        <translation>Rückwärts-Steigerung, zwölf Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with 2-minute backward stretches on a 3 % slope and add 30 s every week until you walk 5 minutes without a break; then keep the time and make it one step steeper each week, up to 8 %. Never faster: the plan grows in time and slope only.</source>
        <translation>Beginne mit Rückwärtsphasen von 2 Minuten bei 3 % Steigung und leg jede Woche 30 s drauf, bis du 5 Minuten ohne Pause gehst; dann behalte die Zeit bei und erhöhe die Steigung jede Woche um eine Stufe, bis 8 %. Nie schneller: Der Plan wächst nur in Zeit und Steigung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article on walking backwards uphill and gluteus maximus EMG (its progression advice)</source>
        <translation>Ein Artikel über Rückwärtsgehen bergauf und die EMG des Gluteus maximus (daraus die Steigerungsempfehlungen)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/builtin.py" line="+61"/>
        <source>program &apos;{id}&apos; (not found)</source>
        <translation>Programm &apos;{id}&apos; (nicht gefunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{program}, {time} total</source>
        <translation>{program}, {time} insgesamt</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+40"/>
        <source>backward {time} x {rounds} on {incline} %</source>
        <translation>rückwärts {time} x {rounds} bei {incline} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backward {time} x {rounds}</source>
        <translation>rückwärts {time} x {rounds}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{plan}: week {week}</source>
        <translation>{plan}: Woche {week}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week {week} of the plan: {bout}, a slow turn before and after each backward stretch.</source>
        <translation>Woche {week} des Plans: {bout}, mit einer langsamen Wende vor und nach jeder Rückwärtsphase.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/schedule.py" line="+73"/>
        <source>Week {week}, day {day}: {title}</source>
        <translation>Woche {week}, Tag {day}: {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>Plan complete on {day}: all %n week(s) walked.</source>
        <translation>
            <numerusform>Plan geschafft am {day}: %n Woche absolviert.</numerusform>
            <numerusform>Plan geschafft am {day}: alle %n Wochen absolviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Plan complete: all %n week(s) walked.</source>
        <translation>
            <numerusform>Plan geschafft: %n Woche absolviert.</numerusform>
            <numerusform>Plan geschafft: alle %n Wochen absolviert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan is paused: nothing is missed until you resume it.</source>
        <translation>Der Plan ist pausiert: Bis du ihn fortsetzt, verpasst du nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today: {session}.</source>
        <translation>Heute: {session}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: {session}, {day}.</source>
        <translation>Als Nächstes: {session}, {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session left this week: the week is walked again from Monday.</source>
        <translation>Diese Woche ist keine Einheit mehr übrig: Die Woche wird ab Montag wiederholt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) was marked with pain.</source>
        <translation>Woche {week} wird ab {monday} wiederholt, weil deine letzte Einheit ({day}) mit Schmerzen markiert war.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week} is walked again from {monday} because a session on {day} was marked with pain.</source>
        <translation>Woche {week} wird ab {monday} wiederholt, weil eine Einheit am {day} mit Schmerzen markiert war.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) felt very hard.</source>
        <translation>Woche {week} wird ab {monday} wiederholt, weil sich deine letzte Einheit ({day}) sehr schwer angefühlt hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) was cut short.</source>
        <translation>Woche {week} wird ab {monday} wiederholt, weil deine letzte Einheit ({day}) früher beendet wurde.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Week 1 starts on {day}: the days you chose left in this week cannot hold all its sessions.</source>
        <translation>Woche 1 beginnt am {day}: Die gewählten Tage, die diese Woche noch übrig sind, reichen nicht für alle ihre Einheiten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You paused the plan on {day}: no session counts as missed until you resume it.</source>
        <translation>Du hast den Plan am {day} pausiert: Bis du ihn fortsetzt, zählt keine Einheit als verpasst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You resumed the plan on {day} after a pause in an earlier week: week {week} starts over.</source>
        <translation>Du hast den Plan am {day} nach einer Pause in einer früheren Woche fortgesetzt: Woche {week} beginnt von vorn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You resumed the plan on {day}: the sessions left this week go on the free days left.</source>
        <translation>Du hast den Plan am {day} fortgesetzt: Die restlichen Einheiten dieser Woche kommen auf die noch freien Tage.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Week {week} starts on {day}: the days left this week cannot hold its sessions.</source>
        <translation>Woche {week} beginnt am {day}: Die restlichen Tage dieser Woche reichen nicht für ihre Einheiten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You restarted week {week} on {day}: all its sessions are to do again from today.</source>
        <translation>Du hast Woche {week} am {day} neu begonnen: Alle ihre Einheiten stehen ab heute wieder an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You restarted week {week}: it starts again on {day}, as the days left this week cannot hold its sessions.</source>
        <translation>Du hast Woche {week} neu begonnen: Sie beginnt am {day} von vorn, weil die restlichen Tage dieser Woche nicht für ihre Einheiten reichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You skipped week {week}, day {day}: the week can be complete without it.</source>
        <translation>Du hast Woche {week}, Tag {day} übersprungen: Die Woche kann auch ohne ihn abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Week {week}, day {number} was walked early, on {day}.</source>
        <translation>Woche {week}, Tag {number} wurde früher gegangen, am {day}.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Week {week} ended with {done} of %n session(s) done: it is walked again from {day}.</source>
        <translation>
            <numerusform>Woche {week} endete mit {done} von %n Einheit: Sie wird ab {day} wiederholt.</numerusform>
            <numerusform>Woche {week} endete mit {done} von %n Einheiten: Sie wird ab {day} wiederholt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was cut short: moved to {day}, the next free day.</source>
        <translation>Die Einheit vom {weekday} (Woche {week}, Tag {number}) wurde früher beendet: verschoben auf {day}, den nächsten freien Tag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was not walked: moved to {day}, the next free day.</source>
        <translation>Die Einheit vom {weekday} (Woche {week}, Tag {number}) wurde nicht gegangen: verschoben auf {day}, den nächsten freien Tag.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was cut short, and no free day is left this week: it stays missed.</source>
        <translation>Die Einheit vom {weekday} (Woche {week}, Tag {number}) wurde früher beendet, und diese Woche ist kein Tag mehr frei: Sie bleibt verpasst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was not walked, and no free day is left this week: it stays missed.</source>
        <translation>Die Einheit vom {weekday} (Woche {week}, Tag {number}) wurde nicht gegangen, und diese Woche ist kein Tag mehr frei: Sie bleibt verpasst.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Week {week} done, the last of the plan: the plan is complete.</source>
        <translation>Woche {week} geschafft, die letzte des Plans: Der Plan ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week {week} done: week {next} starts on {day}.</source>
        <translation>Woche {week} geschafft: Woche {next} beginnt am {day}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/model.py" line="+145"/>
        <source>no weekdays given (e.g. mon,wed,fri)</source>
        <translation>keine Wochentage angegeben (z. B. mon,wed,fri)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown weekday &apos;{name}&apos; (use {days})</source>
        <extracomment>{days} are the weekday ids the command line takes: mon,tue,wed,...</extracomment>
        <translation>unbekannter Wochentag &apos;{name}&apos; (verwende {days})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekday &apos;{name}&apos; is given twice</source>
        <translation>Wochentag &apos;{name}&apos; ist doppelt angegeben</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/state.py" line="+71"/>
        <source>&apos;{text}&apos; is not a time of day as HH:MM (e.g. 07:30)</source>
        <translation>&apos;{text}&apos; ist keine Uhrzeit im Format HH:MM (z. B. 07:30)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this is not a WalkCoach plan state file</source>
        <translation>das ist keine Plan-Statusdatei von WalkCoach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan state file has no valid &apos;version&apos;</source>
        <translation>die Plan-Statusdatei hat keine gültige &apos;version&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan state file is version {version}, written by a newer WalkCoach; this one reads up to version {known}</source>
        <translation>die Plan-Statusdatei hat Version {version} und stammt von einem neueren WalkCoach; dieses liest bis Version {known}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;plan_id&apos; must be text</source>
        <translation>&apos;plan_id&apos; muss Text sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;days&apos; must be a list of weekdays</source>
        <translation>&apos;days&apos; muss eine Liste von Wochentagen sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;tz&apos; must be a time zone name</source>
        <translation>&apos;tz&apos; muss der Name einer Zeitzone sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;alarm_before_min&apos; must be 0-{most} minutes</source>
        <translation>&apos;alarm_before_min&apos; muss zwischen 0 und {most} Minuten liegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown plan event {event}</source>
        <translation>unbekanntes Plan-Ereignis {event}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;ics_path&apos; must be text</source>
        <translation>&apos;ics_path&apos; muss Text sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan state file has no &apos;{field}&apos;</source>
        <translation>der Plan-Statusdatei fehlt &apos;{field}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan state file is damaged: {reason}</source>
        <translation>die Plan-Statusdatei ist beschädigt: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large to be a plan state file</source>
        <translation>{path} ist zu groß für eine Plan-Statusdatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not valid JSON</source>
        <translation>{path} ist kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>ProgramCheck</name>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/model.py" line="+80"/>
        <source>{problem} (and %n more problem(s))</source>
        <translation>
            <numerusform>{problem} (und %n weiteres Problem)</numerusform>
            <numerusform>{problem} (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>The coach adds a {seconds} s turn at %n place(s) where the direction changes.</source>
        <translation>
            <numerusform>Der Coach fügt an %n Stelle, an der die Richtung wechselt, eine Wende von {seconds} s ein.</numerusform>
            <numerusform>Der Coach fügt an %n Stellen, an denen die Richtung wechselt, eine Wende von {seconds} s ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/parsing.py" line="+94"/>
        <source>a number of %n digit(s)</source>
        <translation>
            <numerusform>eine Zahl mit %n Stelle</numerusform>
            <numerusform>eine Zahl mit %n Stellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown field &apos;{name}&apos;; did you mean &apos;{hint}&apos;?</source>
        <translation>unbekanntes Feld &apos;{name}&apos;; meintest du &apos;{hint}&apos;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown field &apos;{name}&apos; (allowed: {allowed})</source>
        <translation>unbekanntes Feld &apos;{name}&apos; (erlaubt: {allowed})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be a number (got {got})</source>
        <translation>muss eine Zahl sein (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is far too large (got {got})</source>
        <translation>ist viel zu groß (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a finite number (got {got})</source>
        <translation>muss eine endliche Zahl sein (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be text (got {got})</source>
        <translation>muss Text sein (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is too long ({length} characters, at most {most})</source>
        <translation>ist zu lang ({length} Zeichen, höchstens {most})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a segment must be an object (got {got})</source>
        <translation>ein Abschnitt muss ein Objekt sein (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing field &apos;kind&apos; (one of: {kinds})</source>
        <translation>Feld &apos;kind&apos; fehlt (eines von: {kinds})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind {got} (one of: {kinds})</source>
        <translation>unbekannte Art {got} (eine von: {kinds})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &apos;duration_s&apos; (seconds)</source>
        <translation>Feld &apos;duration_s&apos; (Sekunden) fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {least} seconds (got {got})</source>
        <translation>muss mindestens {least} Sekunden betragen (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is longer than the 4 hour limit ({got} s)</source>
        <translation>ist länger als die Grenze von 4 Stunden ({got} s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a turn must be 0 (belt stopped) or between {low} and {high} km/h: slow enough to turn round safely (got {got})</source>
        <translation>eine Wende braucht 0 (Band steht) oder {low} bis {high} km/h: langsam genug, um sich sicher umzudrehen (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be 0 (belt stopped) or between {low} and {high} km/h (got {got})</source>
        <translation>muss 0 (Band steht) oder zwischen {low} und {high} km/h sein (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be between {low} and {high} km/h (got {got})</source>
        <translation>muss zwischen {low} und {high} km/h liegen (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing field &apos;speed_kmh&apos; (a forward segment needs a belt speed)</source>
        <translation>Feld &apos;speed_kmh&apos; fehlt (ein Vorwärtsabschnitt braucht eine Bandgeschwindigkeit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing field &apos;speed_kmh&apos; (a backward segment needs a belt speed)</source>
        <translation>Feld &apos;speed_kmh&apos; fehlt (ein Rückwärtsabschnitt braucht eine Bandgeschwindigkeit)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be between {low} and {high} % (got {got})</source>
        <translation>muss zwischen {low} und {high} % liegen (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be between {low} and {high} steps/min (got {got})</source>
        <translation>muss zwischen {low} und {high} Schritten/min liegen (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be true or false (got {got})</source>
        <translation>muss true oder false sein (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a station can wait for confirmation</source>
        <translation>nur eine Station kann auf eine Bestätigung warten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a station needs a &apos;label&apos; saying what to do (e.g. &quot;20 lunges + 15 squats&quot;)</source>
        <translation>eine Station braucht ein &apos;label&apos;, das sagt, was zu tun ist (z. B. „20 Ausfallschritte + 15 Kniebeugen“)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a turn lasts between {low} and {high} seconds (got {got})</source>
        <translation>eine Wende dauert zwischen {low} und {high} Sekunden (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+54"/>
        <source>must be a list of segments (got {got})</source>
        <translation>muss eine Liste von Abschnitten sein (angegeben: {got})</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>repeat blocks are only allowed in &apos;main&apos;</source>
        <translation>Wiederholungsblöcke sind nur in &apos;main&apos; erlaubt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be a whole number of rounds (got {got})</source>
        <translation>muss eine ganze Zahl von Runden sein (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {most} rounds (got {got})</source>
        <translation>muss zwischen 1 und {most} Runden liegen (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a repeat block needs &apos;segments&apos;</source>
        <translation>ein Wiederholungsblock braucht &apos;segments&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeat blocks cannot be nested</source>
        <translation>Wiederholungsblöcke lassen sich nicht verschachteln</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+102"/>
        <source>must hold at least one segment</source>
        <translation>muss mindestens einen Abschnitt enthalten</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>a program must be a JSON object</source>
        <translation>ein Programm muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a WalkCoach program (no &apos;format&apos;, &apos;version&apos; or &apos;main&apos; field)</source>
        <translation>das ist kein WalkCoach-Programm (kein Feld &apos;format&apos;, &apos;version&apos; oder &apos;main&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this is not a WalkCoach program (format {got})</source>
        <translation>das ist kein WalkCoach-Programm (Format {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing field &apos;version&apos; (this WalkCoach reads version 1)</source>
        <translation>Feld &apos;version&apos; fehlt (dieses WalkCoach liest Version 1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number (got {got})</source>
        <translation>muss eine ganze Zahl sein (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file is format version {version}, made by a newer WalkCoach; this one reads up to version {newest}</source>
        <translation>die Datei hat Formatversion {version} und stammt von einem neueren WalkCoach; dieses liest bis Version {newest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format version {version}</source>
        <translation>unbekannte Formatversion {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a program needs a name</source>
        <translation>ein Programm braucht einen Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be lower-case letters, digits and dashes, at most 64 (got {got})</source>
        <translation>darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, höchstens 64 Zeichen (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{id}&apos; is a device name on Windows and cannot name a file; choose another</source>
        <translation>&apos;{id}&apos; ist unter Windows ein Gerätename und kann keine Datei benennen; wähle einen anderen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be one of {levels} (got {got})</source>
        <translation>muss eines von {levels} sein (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a list of words</source>
        <translation>muss eine Liste von Wörtern sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &apos;main&apos; (the program&apos;s segments)</source>
        <translation>Feld &apos;main&apos; (die Abschnitte des Programms) fehlt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the session lasts {time}, longer than the 4 hour limit</source>
        <translation>die Einheit dauert {time}, länger als die Grenze von 4 Stunden</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/loading.py" line="+42"/>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>not valid JSON: {reason}</source>
        <translation>kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the field &apos;{name}&apos; appears twice in one object; keep one</source>
        <translation>das Feld &apos;{name}&apos; steht zweimal in einem Objekt; behalte eines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>kein gültiges JSON: zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>permission denied: cannot read the file</source>
        <translation>Zugriff verweigert: Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not a program file</source>
        <translation>ist ein Ordner, keine Programmdatei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>file is too large (over {most} bytes; a program is under 1 MB)</source>
        <translation>die Datei ist zu groß (über {most} Byte; ein Programm hat unter 1 MB)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this is a binary file, not a program (JSON text)</source>
        <translation>das ist eine Binärdatei, kein Programm (JSON-Text)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not UTF-8 text (bad byte at offset {offset}); is it a program file?</source>
        <translation>kein UTF-8-Text (ungültiges Byte an Position {offset}); ist das eine Programmdatei?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/library.py" line="+155"/>
        <source>{error} (could not be set aside: {reason})</source>
        <translation>{error} (konnte nicht beiseitegelegt werden: {reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}; the file was set aside as {name}</source>
        <translation>{error}; die Datei wurde als {name} beiseitegelegt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no program given (an id such as &apos;first-steps&apos;, or a program file)</source>
        <translation>kein Programm angegeben (eine ID wie &apos;first-steps&apos; oder eine Programmdatei)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no program with id &apos;{id}&apos;; did you mean &apos;{close}&apos;? (see &apos;walkcoach programs&apos;)</source>
        <translation>kein Programm mit der ID &apos;{id}&apos;; meintest du &apos;{close}&apos;? (siehe &apos;walkcoach programs&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no program with id &apos;{id}&apos; (see &apos;walkcoach programs&apos;)</source>
        <translation>kein Programm mit der ID &apos;{id}&apos; (siehe &apos;walkcoach programs&apos;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{id}&apos; is the id of a built-in program; save your version under another id</source>
        <translation>&apos;{id}&apos; ist die ID eines eingebauten Programms; speichere deine Fassung unter einer anderen ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the program is too large to save ({size} bytes written out; a program file holds at most {most})</source>
        <translation>das Programm ist zu groß zum Speichern ({size} Byte geschrieben; eine Programmdatei fasst höchstens {most})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{id}&apos; is a built-in program and cannot be deleted</source>
        <translation>&apos;{id}&apos; ist ein eingebautes Programm und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no user program with id &apos;{id}&apos;</source>
        <translation>kein eigenes Programm mit der ID &apos;{id}&apos;</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+97"/>
        <location line="+23"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rograms</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New program</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate program</source>
        <translation>Programm duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="+33"/>
        <source>WalkCoach programs (*.json);;All files (*)</source>
        <translation>WalkCoach-Programme (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{what} failed: {error}</source>
        <translation>{what} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>My program</source>
        <translation>Mein Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My program {number}</source>
        <translation>Mein Programm {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the program</source>
        <translation>Das Anlegen des Programms</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix the problems before making a copy.</source>
        <translation>Behebe die Probleme, bevor du eine Kopie erstellst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicating the program</source>
        <translation>Das Duplizieren des Programms</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../walkcoach/ui/editor/window.py" line="+0"/>
        <source>Delete program</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+91"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The program file is removed. Your history is kept.</source>
        <translation>Die Programmdatei wird gelöscht. Dein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import program</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+39"/>
        <source>Cannot import this file</source>
        <translation>Diese Datei lässt sich nicht importieren</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{file} was not imported:
{reason}</source>
        <translation>{file} wurde nicht importiert:
{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported “{name}”.</source>
        <translation>„{name}“ importiert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Program already exists</source>
        <translation>Programm schon vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have a program with the id “{id}” (“{name}”).</source>
        <translation>Du hast schon ein Programm mit der ID „{id}“ („{name}“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace it with the file&apos;s version, keep both (the import gets a new id), or cancel?</source>
        <translation>Durch die Version aus der Datei ersetzen, beide behalten (das importierte Programm bekommt eine neue ID) oder abbrechen?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export program</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix the problems before exporting.</source>
        <translation>Behebe die Probleme, bevor du exportierst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot export</source>
        <translation>Exportieren nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to {file}.</source>
        <translation>Nach {file} exportiert.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+15"/>
        <source>Read-only: this is a built-in program. Make a copy to edit it.</source>
        <translation>Schreibgeschützt: Dies ist ein eingebautes Programm. Erstelle eine Kopie, um es zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate &amp;to edit</source>
        <translation>&amp;Zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate to edit</source>
        <translation>Zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segments</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move the selected segment; Delete removes it</source>
        <translation>Alt+Pfeil hoch und Alt+Pfeil runter verschieben den gewählten Abschnitt; Entf entfernt ihn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Segments</source>
        <translation>&amp;Abschnitte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a segment or a repeat block to edit it.</source>
        <translation>Wähle einen Abschnitt oder einen Wiederholungsblock, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+561"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Program check</source>
        <translation>Programmprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <location line="+259"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Save program</source>
        <translation>Programm speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Program warnings</source>
        <translation>Programmwarnungen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;New program</source>
        <translation>&amp;Neues Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate program</source>
        <translation>Programm &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete program…</source>
        <translation>Programm &amp;löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import program…</source>
        <translation>Programm &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export program…</source>
        <translation>Programm &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+380"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-379"/>
        <location line="+385"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Add &amp;forward</source>
        <translation>&amp;Vorwärts hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;backward</source>
        <translation>Rüc&amp;kwärts hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add r&amp;est</source>
        <translation>&amp;Pause hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add s&amp;tation</source>
        <translation>S&amp;tation hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add t&amp;urn</source>
        <translation>Wen&amp;de hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insert turn here</source>
        <translation>Wende hier &amp;einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put a turn where the direction changes without one</source>
        <translation>Eine Wende einfügen, wo die Richtung ohne Wende wechselt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du&amp;plicate segment</source>
        <translation>Abschnitt d&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;peat selection…</source>
        <translation>Auswahl wieder&amp;holen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the selected segments in a repeat block</source>
        <translation>Die gewählten Abschnitte in einen Wiederholungsblock setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove repe&amp;at</source>
        <translation>Wiederholung auf&amp;lösen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Insert turn here</source>
        <translation>Wende hier einfügen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Skipped a program file: {error}</source>
        <translation>Programmdatei übersprungen: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}  (built-in)</source>
        <translation>{name}  (eingebaut)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has changes that are not saved.</source>
        <translation>„{name}“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Built-in program: read-only.</source>
        <translation>Eingebautes Programm: schreibgeschützt.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{mark} Cannot save yet: %n problem(s). First: {first}</source>
        <translation>
            <numerusform>{mark} Noch nicht speicherbar, %n Problem: {first}</numerusform>
            <numerusform>{mark} Noch nicht speicherbar, %n Probleme. Das erste: {first}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ No errors: it can be saved (see the warnings). Changes not saved yet.</source>
        <translation>✓ Keine Fehler: Es kann gespeichert werden (siehe Warnungen). Änderungen noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ No errors: it can be saved (see the warnings). Saved.</source>
        <translation>✓ Keine Fehler: Es kann gespeichert werden (siehe Warnungen). Gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ No problems. Changes not saved yet.</source>
        <translation>✓ Keine Probleme. Änderungen noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ No problems. Saved.</source>
        <translation>✓ Keine Probleme. Gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programs: {name}[*]</source>
        <translation>Programme: {name}[*]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{mark} Warning: {text}</source>
        <translation>{mark} Warnung: {text}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederherstellen: {what}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Repeat block</source>
        <translation>Wiederholungsblock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Built-in programs cannot be changed: duplicate it first.</source>
        <translation>Eingebaute Programme lassen sich nicht ändern: Dupliziere das Programm zuerst.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="-255"/>
        <location filename="../../walkcoach/ui/editor/window.py" line="+73"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+1"/>
        <source>The program was not saved: {error}</source>
        <translation>Das Programm wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/common.py" line="+16"/>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Hauptteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cool-down</source>
        <translation>Abkühlen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change name</source>
        <translation>Name ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change level</source>
        <translation>Stufe ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change source</source>
        <translation>Quelle ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change speed</source>
        <translation>Geschwindigkeit ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change incline</source>
        <translation>Steigung ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change cadence</source>
        <translation>Schrittfrequenz ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change label</source>
        <translation>Bezeichnung ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change note</source>
        <translation>Notiz ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change until</source>
        <translation>Warten auf Fertig ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change rounds</source>
        <translation>Runden ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add forward segment</source>
        <translation>Vorwärtsabschnitt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add backward segment</source>
        <translation>Rückwärtsabschnitt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add rest segment</source>
        <translation>Pause hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add station segment</source>
        <translation>Station hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add turn segment</source>
        <translation>Wende hinzufügen</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/units.py" line="+17"/>
        <source>enter a time as minutes:seconds, e.g. 2:30</source>
        <translation>gib eine Zeit als Minuten:Sekunden ein, z. B. 2:30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; is not a time; write minutes:seconds, e.g. 2:30</source>
        <translation>&apos;{text}&apos; ist keine Zeit; schreib Minuten:Sekunden, z. B. 2:30</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds must be 0-59 (got {got})</source>
        <translation>Sekunden müssen zwischen 0 und 59 liegen (angegeben: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes must be 0-59 after the hours (got {got})</source>
        <translation>Minuten müssen nach den Stunden zwischen 0 und 59 liegen (angegeben: {got})</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/places.py" line="+43"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incline</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cadence</source>
        <translation>Schrittfrequenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wait for Done</source>
        <translation>Warten auf Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{phase}, repeat block {block}, segment {segment}</source>
        <translation>{phase}, Wiederholungsblock {block}, Abschnitt {segment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{phase}, item {item}</source>
        <translation>{phase}, Eintrag {item}</translation>
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
        <translation>hier wechselt die Richtung (von vorwärts zu rückwärts) ohne Wende dazwischen: Der Coach fügt eine Wende von {seconds} s ein; füge selbst eine ein, um ihre Geschwindigkeit und Dauer festzulegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the direction changes here (backward to forward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself</source>
        <translation>hier wechselt die Richtung (von rückwärts zu vorwärts) ohne Wende dazwischen: Der Coach fügt eine Wende von {seconds} s ein; füge selbst eine ein, um ihre Geschwindigkeit und Dauer festzulegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward at {speed} km/h is faster than a beginner program should ask for (at most {limit} km/h)</source>
        <translation>rückwärts mit {speed} km/h ist schneller, als ein Programm für Einsteiger verlangen sollte (höchstens {limit} km/h)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward at {speed} km/h is faster than an intermediate program should ask for (at most {limit} km/h)</source>
        <translation>rückwärts mit {speed} km/h ist schneller, als ein Programm der Mittelstufe verlangen sollte (höchstens {limit} km/h)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward at {speed} km/h is faster than an advanced program should ask for (at most {limit} km/h)</source>
        <translation>rückwärts mit {speed} km/h ist schneller, als ein Programm für Fortgeschrittene verlangen sollte (höchstens {limit} km/h)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward on a {incline} % incline is steeper than a beginner program should ask for (at most {limit} %)</source>
        <translation>rückwärts bei {incline} % Steigung ist steiler, als ein Programm für Einsteiger verlangen sollte (höchstens {limit} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward on a {incline} % incline is steeper than an intermediate program should ask for (at most {limit} %)</source>
        <translation>rückwärts bei {incline} % Steigung ist steiler, als ein Programm der Mittelstufe verlangen sollte (höchstens {limit} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward on a {incline} % incline is steeper than an advanced program should ask for (at most {limit} %)</source>
        <translation>rückwärts bei {incline} % Steigung ist steiler, als ein Programm für Fortgeschrittene verlangen sollte (höchstens {limit} %)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/document.py" line="+275"/>
        <source>built-in programs cannot be changed; duplicate it to edit a copy</source>
        <translation>eingebaute Programme lassen sich nicht ändern; dupliziere das Programm, um eine Kopie zu bearbeiten</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Insert turn</source>
        <translation>Wende einfügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove segment</source>
        <translation>Abschnitt entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag entfernen</numerusform>
            <numerusform>%n Einträge entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move by one row at a time</source>
        <translation>jeweils nur um eine Zeile verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a repeat block stays in the main part</source>
        <translation>ein Wiederholungsblock bleibt im Hauptteil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already the first segment</source>
        <translation>schon der erste Abschnitt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>already the last segment</source>
        <translation>schon der letzte Abschnitt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop segments into the warm-up, main or cool-down part, or a repeat block</source>
        <translation>Abschnitte in Aufwärmen, Hauptteil, Abkühlen oder einen Wiederholungsblock ziehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>segments can only be dropped into a repeat block, not onto a segment</source>
        <translation>Abschnitte lassen sich nur in einen Wiederholungsblock ziehen, nicht auf einen Abschnitt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a repeat block can only sit in the main part, and blocks do not nest</source>
        <translation>ein Wiederholungsblock kann nur im Hauptteil stehen, und Blöcke lassen sich nicht verschachteln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a repeat block cannot be dropped into itself</source>
        <translation>ein Wiederholungsblock lässt sich nicht in sich selbst ziehen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>select the segments to repeat first</source>
        <translation>wähle zuerst die Abschnitte, die wiederholt werden sollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeat blocks can only be made in the main part</source>
        <translation>Wiederholungsblöcke gibt es nur im Hauptteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>select segments of the main part that are not in a repeat block yet</source>
        <translation>wähle Abschnitte des Hauptteils, die noch in keinem Wiederholungsblock sind</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>select segments that follow each other</source>
        <translation>wähle Abschnitte, die direkt aufeinander folgen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make repeat block</source>
        <translation>Wiederholungsblock bilden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>select a repeat block to undo the repeat</source>
        <translation>wähle einen Wiederholungsblock, um die Wiederholung aufzulösen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove repeat</source>
        <translation>Wiederholung auflösen</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/naming.py" line="+16"/>
        <source>{name} (copy)</source>
        <extracomment>A copied program&apos;s name; {name} is the original&apos;s.</extracomment>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (copy {number})</source>
        <extracomment>A second, third... copy of the same program; {number} is 2, 3...</extracomment>
        <translation>{name} (Kopie {number})</translation>
    </message>
</context>
<context>
    <name>ProgramInfoForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+119"/>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Intermediate</source>
        <translation>Mittelstufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program name</source>
        <translation>Programmname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel</source>
        <translation>Stu&amp;fe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program level</source>
        <translation>Programmstufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Descri&amp;ption</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program description</source>
        <translation>Programmbeschreibung</translation>
    </message>
</context>
<context>
    <name>ProgramPicker</name>
    <message>
        <location filename="../../walkcoach/ui/coach/program_picker.py" line="+29"/>
        <location line="+21"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}  ({total}, {backward} backward)</source>
        <translation>{name}  ({total}, {backward} rückwärts)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No programs found</source>
        <translation>Keine Programme gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{total} total  ·  {backward} backward  ·  {count} steps</source>
        <translation>{total} gesamt  ·  {backward} rückwärts  ·  {count} Schritte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The coach adds a {seconds} s turn at 1 place where the direction changes.</source>
        <translation>Der Coach fügt an 1 Stelle, an der die Richtung wechselt, eine Wende von {seconds} s ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coach adds a {seconds} s turn at {count} places where the direction changes.</source>
        <translation>Der Coach fügt an {count} Stellen, an denen die Richtung wechselt, eine Wende von {seconds} s ein.</translation>
    </message>
</context>
<context>
    <name>ProgramTreeModel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/model.py" line="+158"/>
        <source>Segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incline</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(problem: {reason})</source>
        <translation>(Problem: {reason})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{symbol} Repeat × {rounds}</source>
        <translation>{symbol} Wiederholung × {rounds}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopped</source>
        <translation>Band steht</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Drag and drop</source>
        <translation>Ziehen und ablegen</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-177"/>
        <source>Back relief walk</source>
        <translation>Rückenentlastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fifteen minutes of slow backward walking on the flat: the dose a personal trainer&apos;s post on backward treadmill walking for back pain reports from a study (three times a week for three weeks). Clip the safety key to your clothing and try to walk without holding the rails. Ask a health professional first if your back problem is acute or disc-related, and stop at once if it hurts.</source>
        <translation>Fünfzehn Minuten langsames Rückwärtsgehen ohne Steigung: die Dosis, die der Beitrag eines Personal Trainers über Rückwärtsgehen auf dem Laufband bei Rückenschmerzen aus einer Studie berichtet (dreimal pro Woche über drei Wochen). Befestige den Sicherheitsschlüssel an deiner Kleidung und versuch zu gehen, ohne dich an den Griffen festzuhalten. Lass dich vorher ärztlich oder physiotherapeutisch beraten, wenn du ein akutes oder bandscheibenbedingtes Rückenleiden hast, und hör sofort auf, wenn es wehtut.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-18"/>
        <location filename="../../walkcoach/core/progression.py" line="+482"/>
        <source>Belt slow: hold the rails and turn one step at a time.</source>
        <translation>Band langsam: Halt dich fest, dreh dich Schritt für Schritt um.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../walkcoach/core/progression.py" line="-15"/>
        <location filename="../../tools/resource_texts.py" line="+4"/>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../walkcoach/core/progression.py" line="+1"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Easy pace to warm up hips and ankles.</source>
        <translation>Lockeres Tempo, um Hüften und Sprunggelenke aufzuwärmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../walkcoach/core/progression.py" line="+6"/>
        <source>Backward stretch</source>
        <translation>Rückwärtsphase</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../walkcoach/core/progression.py" line="+7"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Turn to face the back</source>
        <translation>Umdrehen, Blick nach hinten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../walkcoach/core/progression.py" line="+10"/>
        <source>Backward, without a break</source>
        <translation>Rückwärts, ohne Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../walkcoach/core/progression.py" line="+1"/>
        <source>Stand tall and look ahead; stop at once on pain.</source>
        <translation>Steh aufrecht und schau nach vorn; hör bei Schmerzen sofort auf.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../walkcoach/core/progression.py" line="+27"/>
        <source>Stretch calves and thighs afterwards.</source>
        <translation>Dehn danach Waden und Oberschenkel.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Belt slow: hold the rails, then turn round one step at a time.</source>
        <translation>Band langsam: Halt dich fest, dreh dich Schritt für Schritt um.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow backward walk</source>
        <translation>Langsam rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety key clipped on; hands off the rails if you can. Stop if your back hurts.</source>
        <translation>Sicherheitsschlüssel befestigt; halt dich möglichst nicht an den Griffen fest. Hör auf, wenn dein Rücken schmerzt.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-17"/>
        <location filename="../../walkcoach/core/progression.py" line="-18"/>
        <location filename="../../tools/resource_texts.py" line="+4"/>
        <source>Turn to face forward</source>
        <translation>Umdrehen, Blick nach vorn</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Belt slow: hold the rails and turn back to the front.</source>
        <translation>Band langsam: Halt dich fest und dreh dich wieder nach vorn.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+16"/>
        <location filename="../../walkcoach/core/progression.py" line="+17"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Cool-down</source>
        <translation>Abkühlen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Let the breathing settle; stretch calves and thighs afterwards.</source>
        <translation>Lass die Atmung zur Ruhe kommen; dehn danach Waden und Oberschenkel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brisk ten</source>
        <translation>Zehn Minuten zügig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ten-minute brisk forward walk at 100-120 steps a minute with a relaxed arm swing. Ten brisk minutes count toward the 150 active minutes a week the NHS recommends, as the article “Which muscles are used when you walk?” notes; the step rate comes from the article “What muscles are involved in walking?”.</source>
        <translation>Zehn Minuten zügiges Vorwärtsgehen mit 100-120 Schritten pro Minute und lockerem Armschwung. Zehn zügige Minuten zählen für die 150 aktiven Minuten pro Woche, die der britische NHS empfiehlt, wie der Artikel „Which muscles are used when you walk?“ festhält; die Schrittfrequenz stammt aus dem Artikel „What muscles are involved in walking?“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brisk walk</source>
        <translation>Zügig gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for about 105 steps a minute; let the arms swing.</source>
        <translation>Ziel: etwa 105 Schritte pro Minute; lass die Arme schwingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brisk walk, quicker</source>
        <translation>Zügig gehen, schneller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for about 115 steps a minute.</source>
        <translation>Ziel: etwa 115 Schritte pro Minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily retro walk</source>
        <translation>Täglich rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve minutes of backward walking on the flat in three blocks of four, with a forward minute between them. A sports questions-and-answers page, “Exercise to isolate the leg stability muscles used when walking backwards?”, suggests 10-15 backward minutes, three or four times a week.</source>
        <translation>Zwölf Minuten Rückwärtsgehen ohne Steigung in drei Blöcken zu je vier Minuten, mit einer Minute vorwärts dazwischen. Eine Frage-und-Antwort-Seite zum Sport, „Exercise to isolate the leg stability muscles used when walking backwards?“, empfiehlt 10-15 Minuten rückwärts, drei- oder viermal pro Woche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach back with the toe and roll through to the heel.</source>
        <translation>Setz den Fuß mit den Zehen voran nach hinten und roll bis zur Ferse ab.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-10"/>
        <location filename="../../walkcoach/core/progression.py" line="-10"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Easy start</source>
        <translation>Sanfter Einstieg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gentlest way in: six slow minutes of backward walking on the flat, in two-minute pieces, holding the rails. When it feels easy, add time first, then a little speed, and only then a slight incline. Based on the article “Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice”, which suggests 5-10 slow minutes in a clear, flat space.</source>
        <translation>Der sanfteste Einstieg: sechs langsame Minuten Rückwärtsgehen ohne Steigung, in Abschnitten von zwei Minuten, mit den Händen an den Griffen. Wenn es sich leicht anfühlt, steigere zuerst die Zeit, dann ein wenig die Geschwindigkeit und erst danach die Steigung, und das nur leicht. Nach dem Artikel „Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice“, der 5-10 langsame Minuten auf einer freien, ebenen Fläche empfiehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward, slow</source>
        <translation>Rückwärts, langsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails for now. Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>Halt dich vorerst an den Griffen fest. Steh aufrecht, Brust hoch, Blick geradeaus statt nach unten auf die Füße.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First steps backward</source>
        <translation>Erste Schritte rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle first backward session: two-minute spells facing the back of the treadmill at 2.4 km/h (1.5 mph) on a 3 % slope, each followed by two minutes facing forward, with a slow turn between them. Based on an article on walking backwards uphill and gluteus maximus EMG, which suggests starting slowly at 1.5-2 mph on a 3-5 % incline and swapping direction every two minutes.</source>
        <translation>Eine sanfte erste Rückwärts-Einheit: Phasen von zwei Minuten mit Blick zum hinteren Ende des Laufbands bei 2,4 km/h (1,5 mph) und 3 % Steigung, jeweils gefolgt von zwei Minuten mit Blick nach vorn, mit einer langsamen Wende dazwischen. Nach einem Artikel über Rückwärtsgehen bergauf und die EMG des Gluteus maximus, der empfiehlt, langsam mit 1,5-2 mph bei 3-5 % Steigung zu beginnen und alle zwei Minuten die Richtung zu wechseln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward and forward</source>
        <translation>Rückwärts und vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>Steh aufrecht, Brust hoch, Blick geradeaus statt nach unten auf die Füße.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glute focus intervals</source>
        <translation>Gesäß-Fokus-Intervalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eight minutes of backward walking on a 5 % slope, split into four two-minute intervals with forward walking in between. In the muscle-activity (EMG) figures quoted by an article on walking backwards uphill and gluteus maximus EMG, backward uphill walking worked the gluteus maximus far harder than forward walking; the article suggests 2-3 such sessions a week with 5-10 backward minutes each.</source>
        <translation>Acht Minuten Rückwärtsgehen bei 5 % Steigung, aufgeteilt in vier Intervalle von zwei Minuten mit Vorwärtsgehen dazwischen. In den Werten zur Muskelaktivität (EMG), die ein Artikel über Rückwärtsgehen bergauf und die EMG des Gluteus maximus zitiert, beanspruchte Rückwärtsgehen bergauf den Gluteus maximus weit stärker als Vorwärtsgehen; der Artikel empfiehlt 2-3 solche Einheiten pro Woche mit jeweils 5-10 Minuten rückwärts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward, glutes</source>
        <translation>Rückwärts, Gesäß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach back with the toe and push the hip back.</source>
        <translation>Setz den Fuß mit den Zehen voran weit nach hinten und schieb die Hüfte zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hill lunges and turn</source>
        <translation>Ausfallschritte bergauf mit Wende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking lunges up a 15 % slope at 4.0 km/h (2.5 mph), then turn round on the same slope and walk backward at 4.0 km/h holding the rails; three rounds with an easier forward stretch between them. Based on a treadmill page on moves for the glutes that quotes trainer Jennifer Pattee.</source>
        <translation>Gehende Ausfallschritte bei 15 % Steigung mit 4,0 km/h (2,5 mph), dann auf derselben Steigung umdrehen und mit 4,0 km/h rückwärts gehen, die Hände an den Griffen; drei Runden mit einem leichteren Vorwärtsabschnitt dazwischen. Nach einer Laufband-Seite mit Übungen fürs Gesäß, die die Trainerin Jennifer Pattee zitiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warm-up, gentle slope</source>
        <translation>Aufwärmen, leichte Steigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking lunges uphill</source>
        <translation>Gehende Ausfallschritte bergauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long lunging steps with the belt moving; hold the rails if you need balance.</source>
        <translation>Lange Ausfallschritte bei laufendem Band; fass die Griffe, wenn du Halt brauchst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belt slow, keep the 15 % incline, hold the rails and turn round.</source>
        <translation>Band langsam, Steigung bei 15 % lassen, halt dich fest und dreh dich um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward uphill</source>
        <translation>Rückwärts bergauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails on this slope.</source>
        <translation>Halt dich auf dieser Steigung an den Griffen fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy forward</source>
        <translation>Leicht vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the incline to recover; back to 15 % at the end.</source>
        <translation>Senk die Steigung, um dich zu erholen; am Ende wieder auf 15 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incline burn</source>
        <translation>Brennen am Berg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short backward bouts on a steep 15 % slope at 3.2 km/h (2 mph), each followed by a few easy minutes forward on the flat, back and forth for about half an hour. Only for people already used to walking backward on the level without holding on. Based on the treadmill coach&apos;s post “The Benefits of Walking Backwards on the Treadmill”.</source>
        <translation>Kurze Rückwärtsphasen auf einer steilen Steigung von 15 % bei 3,2 km/h (2 mph), jeweils gefolgt von ein paar leichten Minuten vorwärts ohne Steigung, im Wechsel für etwa eine halbe Stunde. Nur für alle, die schon daran gewöhnt sind, in der Ebene freihändig rückwärts zu gehen. Nach dem Beitrag des Laufband-Coachs „The Benefits of Walking Backwards on the Treadmill“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belt slow, raise the incline to 15 %, hold the rails and turn round.</source>
        <translation>Band langsam, Steigung auf 15 %, halt dich fest und dreh dich um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steep backward bout</source>
        <translation>Steile Rückwärtsphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expect the thighs to burn. Harder option: a quarter-squat low walk, back straight.</source>
        <translation>Rechne damit, dass die Oberschenkel brennen. Schwierigere Variante: tief in einer Viertelkniebeuge gehen, Rücken gerade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belt slow, lower the incline, hold the rails and turn to the front.</source>
        <translation>Band langsam, Steigung senken, halt dich fest und dreh dich nach vorn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy forward, flat</source>
        <translation>Leicht vorwärts, flach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knee-friendly retro</source>
        <translation>Knieschonend rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten minutes of slow backward walking on the flat. In a trial with knee osteoarthritis (Alghadir et al. 2019), ten minutes of retro walking three days a week for six weeks eased pain and improved function more than usual care alone; walking backward loads the kneecap less than walking forward. Check with your physiotherapist before starting.</source>
        <translation>Zehn Minuten langsames Rückwärtsgehen ohne Steigung. In einer Studie zu Kniearthrose (Alghadir et al. 2019) linderten zehn Minuten Rückwärtsgehen an drei Tagen pro Woche über sechs Wochen die Schmerzen und verbesserten die Funktion stärker als die übliche Behandlung allein; Rückwärtsgehen belastet die Kniescheibe weniger als Vorwärtsgehen. Lass dich vor dem Start physiotherapeutisch beraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short, soft steps. Stop if the knee hurts.</source>
        <translation>Kurze, sanfte Schritte. Hör auf, wenn das Knie schmerzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute bursts</source>
        <translation>Minutenweise rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ordinary walk with a one-minute backward burst every few minutes. Even single minutes of backward walking add up, as the treadmill coach&apos;s post “The Benefits of Walking Backwards on the Treadmill” points out.</source>
        <translation>Normales Gehen mit einer Minute rückwärts alle paar Minuten. Auch einzelne Minuten Rückwärtsgehen summieren sich, wie der Beitrag des Laufband-Coachs „The Benefits of Walking Backwards on the Treadmill“ betont.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ordinary walk</source>
        <translation>Normales Gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward minute</source>
        <translation>Rückwärtsminute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward progression</source>
        <translation>Rückwärts-Steigerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when First steps feels easy. One long backward block at 3.2 km/h (2 mph) on 5 %, then a shorter one on 8 %. Each week add 30 seconds to the long block (edit a copy of this program) until you can keep going for 5-8 minutes; only then make it steeper, never above 8 %. Based on the progression advice of an article on walking backwards uphill and gluteus maximus EMG.</source>
        <translation>Wenn dir „Erste Schritte rückwärts“ leichtfällt: ein langer Rückwärtsblock bei 3,2 km/h (2 mph) und 5 % Steigung, dann ein kürzerer bei 8 %. Leg jede Woche 30 Sekunden auf den langen Block drauf (bearbeite dazu eine Kopie dieses Programms), bis du 5-8 Minuten durchhältst; erst dann erhöhe die Steigung, nie über 8 %. Nach den Steigerungsempfehlungen eines Artikels über Rückwärtsgehen bergauf und die EMG des Gluteus maximus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long backward block</source>
        <translation>Langer Rückwärtsblock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 30 s here each week, up to 8 minutes.</source>
        <translation>Leg hier jede Woche 30 s drauf, bis 8 Minuten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belt slow, raise the incline to 8 %, hold the rails and turn round.</source>
        <translation>Band langsam, Steigung auf 8 %, halt dich fest und dreh dich um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steeper backward block</source>
        <translation>Steilerer Rückwärtsblock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retro intervals 20</source>
        <translation>Rückwärts-Intervalle 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twenty minutes of two-minute backward intervals at 4.0 km/h on a 5 % slope with 90 seconds forward between them: ten backward minutes in all. 4.0 km/h is the backward speed of a lab study at 0, 5 and 10 % grade (Cipriani et al. 1995), and backward walking at 5-10 % raised heart rate and oxygen use well above forward walking (Hooper et al. 2004).</source>
        <translation>Zwanzig Minuten mit Rückwärtsintervallen von zwei Minuten bei 4,0 km/h und 5 % Steigung, dazwischen jeweils 90 Sekunden vorwärts: insgesamt zehn Minuten rückwärts. 4,0 km/h ist die Rückwärtsgeschwindigkeit einer Laborstudie bei 0, 5 und 10 % Steigung (Cipriani et al. 1995), und Rückwärtsgehen bei 5-10 % hob Herzfrequenz und Sauerstoffverbrauch deutlich über die Werte beim Vorwärtsgehen (Hooper et al. 2004).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward interval</source>
        <translation>Rückwärtsintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk and glutes circuit</source>
        <translation>Zirkel: Gehen und Gesäß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three rounds of a ten-minute walk followed by 20 forward lunges and 15 squats off the belt. Walking alone hardly loads the glutes; the body-weight moves add that. Based on the “30-Minute Walking and Bodyweight Glute Workout” of trainer Tom Holland. At each station (the lunges and squats, off the belt) the timer waits until you confirm you are done.</source>
        <translation>Drei Runden aus zehn Minuten Gehen, gefolgt von 20 Ausfallschritten vorwärts und 15 Kniebeugen neben dem Band. Gehen allein beansprucht das Gesäß kaum; die Übungen mit dem eigenen Körpergewicht ergänzen das. Nach dem „30-Minute Walking and Bodyweight Glute Workout“ des Trainers Tom Holland. An jeder Station (den Ausfallschritten und Kniebeugen neben dem Band) wartet der Timer, bis du bestätigst, dass du fertig bist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 lunges + 15 squats</source>
        <translation>20 Ausfallschritte + 15 Kniebeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the belt and step off to the side. 20 forward lunges, then 15 squats.</source>
        <translation>Halt das Band an und steig seitlich ab. 20 Ausfallschritte vorwärts, dann 15 Kniebeugen.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-173"/>
        <source>Turn around</source>
        <translation>Umdrehen</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/progression.py" line="-54"/>
        <source>Next session</source>
        <translation>Nächste Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progression advice of a web article on walking backwards uphill and gluteus maximus EMG, applied to your history</source>
        <translation>Steigerungsempfehlungen eines Webartikels über Rückwärtsgehen bergauf und die EMG des Gluteus maximus, angewandt auf deinen Verlauf</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+224"/>
        <source>Longest backward stretch (min)</source>
        <translation>Längste Rückwärtsphase (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>goal: 5-8 min without a break</source>
        <translation>Ziel: 5-8 min am Stück</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{when}
Longest backward stretch: {run}</source>
        <translation>{when}
Längste Rückwärtsphase: {run}</translation>
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
        <translation>{incline} %</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Your last session was %n day(s) ago: start again gently with {time} at {speed} on {incline}; you will be back to your old level faster than the first time.</source>
        <translation>
            <numerusform>Deine letzte Einheit ist %n Tag her: Fang sanft wieder an mit {time} bei {speed} und {incline}; du kommst schneller auf dein altes Niveau zurück als beim ersten Mal.</numerusform>
            <numerusform>Deine letzte Einheit ist %n Tage her: Fang sanft wieder an mit {time} bei {speed} und {incline}; du kommst schneller auf dein altes Niveau zurück als beim ersten Mal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your last session ({day}) was marked with pain, so this one steps down to {time} of backward walking instead of adding time, on the same incline or flatter.</source>
        <translation>Deine letzte Einheit ({day}) war mit Schmerzen markiert, deshalb geht diese einen Schritt zurück auf {time} Rückwärtsgehen, statt Zeit hinzuzufügen, bei gleicher oder flacherer Steigung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop at once if the pain comes back; if it keeps coming back, ask a health professional before going on.</source>
        <translation>Hör sofort auf, wenn die Schmerzen wiederkommen; wenn sie immer wieder auftreten, frag medizinisches Fachpersonal, bevor du weitermachst.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>It has been %n day(s) since your last session: this one steps back to {time} on {incline} so your legs and balance can settle in again.</source>
        <translation>
            <numerusform>Deine letzte Einheit ist %n Tag her: Diese geht zurück auf {time} bei {incline}, damit sich Beine und Gleichgewicht wieder eingewöhnen können.</numerusform>
            <numerusform>Deine letzte Einheit ist %n Tage her: Diese geht zurück auf {time} bei {incline}, damit sich Beine und Gleichgewicht wieder eingewöhnen können.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A session on {day} was marked with pain: repeat {time} rather than adding time this week.</source>
        <translation>Eine Einheit am {day} war mit Schmerzen markiert: Wiederhole diese Woche {time}, statt Zeit hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop at once if the pain comes back.</source>
        <translation>Hör sofort auf, wenn die Schmerzen wiederkommen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your last session felt very hard (effort {effort} of 10): repeat {time} until it feels easier before adding more.</source>
        <translation>Deine letzte Einheit hat sich sehr schwer angefühlt (Anstrengung {effort} von 10): Wiederhole {time}, bis es leichter geht, bevor du mehr hinzufügst.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This is your first week of backward walking: repeat {time} on {incline} this week; from Monday {monday} the coach adds 30 s a week.</source>
        <translation>Das ist deine erste Woche Rückwärtsgehen: Wiederhole diese Woche {time} bei {incline}; ab Montag, {monday}, fügt der Coach jede Woche 30 s hinzu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your longest backward stretch in the week of {week} was {longest}: this week add 30 s, to {time}, working toward 5-8 minutes without a break.</source>
        <translation>Deine längste Rückwärtsphase in der Woche vom {week} war {longest}: Füg diese Woche 30 s hinzu, auf {time}, mit dem Ziel von 5-8 Minuten ohne Pause.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You walked backward for {longest} without a break: that is in the 5-8 minute goal, so now make it steeper instead, {incline} for {time} (one small step a week, up to 8 %).</source>
        <translation>Du bist {longest} ohne Pause rückwärts gegangen: Das liegt im Ziel von 5-8 Minuten, also mach es jetzt stattdessen steiler, {incline} für {time} (eine kleine Stufe pro Woche, bis 8 %).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are at the 8 % top incline: add 30 s a week to the backward stretch, to {time}, up to 8 minutes.</source>
        <translation>Du bist bei der höchsten Steigung von 8 %: Füg der Rückwärtsphase jede Woche 30 s hinzu, auf {time}, bis 8 Minuten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You hold 8 minutes of backward walking on 8 %, the top of this progression: keep it up, or add more sessions a week rather than more speed or slope.</source>
        <translation>Du schaffst 8 Minuten Rückwärtsgehen bei 8 %, das Ende dieser Steigerung: Bleib dran, oder füg lieber mehr Einheiten pro Woche hinzu als mehr Geschwindigkeit oder Steigung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You already reached this week&apos;s step ({time} on {incline}): repeat it; the next step comes from Monday {monday}.</source>
        <translation>Du hast die Stufe dieser Woche schon erreicht ({time} bei {incline}): Wiederhole sie; die nächste Stufe kommt ab Montag, {monday}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No backward walking in your history yet: start with “{name}”, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>Noch kein Rückwärtsgehen in deinem Verlauf: Fang mit „{name}“ an, {rounds} x {time} rückwärts mit {speed} bei {incline} Steigung, mit Vorwärtsgehen und einer langsamen Wende dazwischen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backward walking in your history yet: start with a first session, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>Noch kein Rückwärtsgehen in deinem Verlauf: Fang mit einer ersten Einheit an, {rounds} x {time} rückwärts mit {speed} bei {incline} Steigung, mit Vorwärtsgehen und einer langsamen Wende dazwischen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hold the rails at first and clip the safety key to your clothing; after that the coach adds 30 s a week.</source>
        <translation>Halt dich anfangs an den Griffen fest und befestige den Sicherheitsschlüssel an deiner Kleidung; danach fügt der Coach jede Woche 30 s hinzu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed kept at {speed}, the top of the protocol&apos;s range (you walked faster last time): it grows in time and slope, never in speed.</source>
        <translation>Die Geschwindigkeit bleibt bei {speed}, dem oberen Ende des Protokollbereichs (du bist letztes Mal schneller gegangen): Gesteigert werden Zeit und Steigung, nie die Geschwindigkeit.</translation>
    </message>
</context>
<context>
    <name>QtCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/qt_player.py" line="+49"/>
        <source>Sound is unavailable: no audio output found</source>
        <translation>Ton nicht verfügbar: kein Audioausgang gefunden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sound is unavailable: the audio output does not play</source>
        <translation>Ton nicht verfügbar: Der Audioausgang spielt nicht ab</translation>
    </message>
</context>
<context>
    <name>SafetyChecklist</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/safety.py" line="+21"/>
        <source>You feel steady on your feet today; walking backward asks more of balance.</source>
        <translation>Du fühlst dich heute sicher auf den Beinen; Rückwärtsgehen fordert das Gleichgewicht stärker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The floor around the treadmill is clear: no cables, bags or anything to trip on.</source>
        <translation>Der Boden um das Laufband ist frei: keine Kabel, Taschen oder andere Stolperfallen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your shoes grip and support your feet.</source>
        <translation>Deine Schuhe haben guten Halt und stützen deine Füße.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety key is clipped to your clothing.</source>
        <translation>Der Sicherheitsschlüssel ist an deiner Kleidung befestigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the belt slowly while facing forward, and only then turn around.</source>
        <translation>Starte das Band langsam mit Blick nach vorn und dreh dich erst dann um.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the rails at first; let go only once you feel secure.</source>
        <translation>Halt dich anfangs an den Griffen fest; lass erst los, wenn du dich sicher fühlst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stand tall and look ahead; do not twist your neck to look behind you.</source>
        <translation>Steh aufrecht und schau nach vorn; verdreh nicht den Hals, um hinter dich zu schauen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loosen up your hips and ankles first, and stretch again afterwards.</source>
        <translation>Lockere vorher Hüften und Sprunggelenke und dehn dich danach noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep speed and incline low to begin with; raise them over weeks, not minutes.</source>
        <translation>Halte Geschwindigkeit und Steigung anfangs niedrig; steigere sie über Wochen, nicht Minuten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop at once if anything hurts or you feel dizzy.</source>
        <translation>Hör sofort auf, wenn etwas wehtut oder dir schwindlig wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Talk to a doctor or physiotherapist before you try this if you have a disorder of the inner ear or balance, high blood pressure that is not under control, an acute or disc-related back problem, or a recent injury. Older walkers may want someone nearby for the first sessions.</source>
        <translation>Lass dich vorher ärztlich oder physiotherapeutisch beraten, wenn du eine Erkrankung des Innenohrs oder des Gleichgewichts, nicht eingestellten Bluthochdruck, ein akutes oder bandscheibenbedingtes Rückenleiden oder eine frische Verletzung hast. Ältere Menschen möchten bei den ersten Einheiten vielleicht jemanden in der Nähe haben.</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>Before you walk backward</source>
        <translation>Bevor du rückwärts gehst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Don&apos;t show this again</source>
        <translation>Nicht mehr anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m ready, start</source>
        <translation>Ich bin bereit, los geht’s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>SegmentChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+18"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step (in the order walked)</source>
        <translation>Schritt (in gegangener Reihenfolge)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Step {n}: {kind}</source>
        <translation>Schritt {n}: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned {planned}, walked {actual}</source>
        <translation>Geplant {planned}, gegangen {actual}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="-325"/>
        <source>m:ss, e.g. 2:30</source>
        <translation>m:ss, z. B. 2:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>belt stopped</source>
        <translation>Band steht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> steps/min</source>
        <translation> Schritte/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; for a station: what to do</source>
        <translation>Optional; bei einer Station: was zu tun ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional hint shown during the segment</source>
        <translation>Optionaler Hinweis während des Abschnitts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wait until I press Done</source>
        <translation>&amp;Warten, bis ich Fertig drücke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment kind</source>
        <translation>Art des Abschnitts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duration</source>
        <translation>Dau&amp;er</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration, minutes and seconds</source>
        <translation>Dauer, Minuten und Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes:seconds (2:30), hours:minutes:seconds, or whole minutes (5)</source>
        <translation>Minuten:Sekunden (2:30), Stunden:Minuten:Sekunden oder ganze Minuten (5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;peed</source>
        <translation>&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belt speed</source>
        <translation>Bandgeschwindigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incline</source>
        <translation>Ste&amp;igung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incline in percent</source>
        <translation>Steigung in Prozent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cadence</source>
        <translation>Schrittfre&amp;quenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cadence in steps per minute</source>
        <translation>Schrittfrequenz in Schritten pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional target steps per minute</source>
        <translation>Optionales Ziel in Schritten pro Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>Bezei&amp;chnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment label</source>
        <translation>Bezeichnung des Abschnitts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment note</source>
        <translation>Notiz zum Abschnitt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Wait until Done</source>
        <translation>Warten bis Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station ends when you press Done; its time is for planning</source>
        <translation>Eine Station endet, wenn du Fertig drückst; ihre Zeit dient der Planung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>Wende</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Belt speed in {unit}; 0 for a rest with the belt stopped</source>
        <translation>Bandgeschwindigkeit in {unit}; 0 für eine Pause bei stehendem Band</translation>
    </message>
</context>
<context>
    <name>SegmentKinds</name>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-30"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn</source>
        <translation>Wende</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../walkcoach/ui/session/session.py" line="+278"/>
        <source>The treadmill follows the session from the next step on.</source>
        <translation>Das Laufband folgt der Einheit ab dem nächsten Schritt.</translation>
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
        <translation>Minuten aktiver Zeit</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Z{number}</source>
        <translation>Z{number}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{kind}, {start} to {end}</source>
        <translation>{kind}, {start} bis {end}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heart rate: mean {mean:.0f}, highest {high:.0f} bpm</source>
        <translation>Herzfrequenz: Durchschnitt {mean:.0f}, Maximum {high:.0f} bpm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No heart rate</source>
        <translation>Keine Herzfrequenz</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../walkcoach/ui/history/session_list.py" line="+201"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · pain</source>
        <translation> · Schmerzen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete session?</source>
        <translation>Einheit löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {session} from your history?</source>
        <translation>{session} aus deinem Verlauf löschen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its segments, effort, pain and notes go with it. This cannot be undone.</source>
        <translation>Abschnitte, Anstrengung, Schmerzen und Notizen der Einheit werden mitgelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not deleted: {problem}</source>
        <translation>Die Einheit wurde nicht gelöscht: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location line="-132"/>
        <source>&amp;Delete session…</source>
        <translation>Einheit &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location line="-134"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <translation>Früher beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Wird aufgezeichnet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Longest backward stretch</source>
        <translation>Längste Rückwärtsphase</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> · pain</source>
        <translation> · Schmerzen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{program}” of {when} ({time})</source>
        <translation>„{program}“ vom {when} ({time})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward {forward}, backward {backward}</source>
        <translation>Vorwärts {forward}, rückwärts {backward}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{km:.2f} km, about {kcal:.0f} kcal</source>
        <translation>{km:.2f} km, etwa {kcal:.0f} kcal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under 80 % of the planned time was walked (segments skipped)</source>
        <translation>Weniger als 80 % der geplanten Zeit gegangen (Abschnitte übersprungen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../walkcoach/core/settings.py" line="+118"/>
        <source>must be true or false, got {value}</source>
        <translation>muss true oder false sein, angegeben: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> or </source>
        <extracomment>Between the allowed values of a setting: &quot;must be &apos;km/h&apos; or &apos;mph&apos;&quot;.</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be {options}, got {value}</source>
        <translation>muss {options} sein, angegeben: {value}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>must be a number, got {value}</source>
        <translation>muss eine Zahl sein, angegeben: {value}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>must be from {low} to {high}, got a number of {digits} digits</source>
        <translation>muss zwischen {low} und {high} liegen, angegeben: eine Zahl mit {digits} Stellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be from {low} to {high}, got {value}</source>
        <translation>muss zwischen {low} und {high} liegen, angegeben: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number, got {value}</source>
        <translation>muss eine ganze Zahl sein, angegeben: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 (off) or at least {least}, got {value}</source>
        <translation>muss 0 (aus) oder mindestens {least} sein, angegeben: {value}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be 0 (not given) or from {low} to {high}, got {value}</source>
        <translation>muss 0 (nicht angegeben) oder zwischen {low} und {high} sein, angegeben: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be text, got {value}</source>
        <translation>muss Text sein, angegeben: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a usable device name or address</source>
        <translation>ist kein verwendbarer Gerätename und keine verwendbare Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a folder path as text, got {value}</source>
        <translation>muss ein Ordnerpfad als Text sein, angegeben: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a usable folder path</source>
        <translation>ist kein verwendbarer Ordnerpfad</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>it is far too large (over {limit} bytes)</source>
        <translation>sie ist viel zu groß (über {limit} Byte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds binary data, not JSON text</source>
        <translation>sie enthält Binärdaten, keinen JSON-Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON ({reason}, line {line})</source>
        <extracomment>{reason} is Python&apos;s JSON message in English (&quot;Expecting value&quot;).</extracomment>
        <translation>sie ist kein gültiges JSON ({reason}, Zeile {line})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>sie ist kein gültiges JSON (zu tief verschachtelt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (a number far too long)</source>
        <translation>sie ist kein gültiges JSON (eine viel zu lange Zahl)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not hold a JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The settings file {path} is a link to a missing file; using the default settings.</source>
        <translation>Die Einstellungsdatei {path} ist ein Link auf eine fehlende Datei; es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings file {path} is {what}; using the default settings.</source>
        <translation>Die Einstellungsdatei {path} ist {what}; es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the settings file {path} ({reason}); using the defaults.</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden ({reason}); es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings file {path} is damaged: {reason}. Using the default settings.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt: {reason}. Es werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} is damaged: {reason}. Using the default settings; the damaged file was kept as {kept}.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt: {reason}. Es werden die Standardeinstellungen verwendet; die beschädigte Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings file {path} has no valid version ({version}); read it as version {current}.</source>
        <translation>Die Einstellungsdatei {path} hat keine gültige Version ({version}); sie wird als Version {current} gelesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings file {path} was written by a newer WalkCoach (version {version}); the settings this version knows are used, and the file itself is kept aside unchanged before this version saves its own.</source>
        <translation>Die Einstellungsdatei {path} stammt von einem neueren WalkCoach (Version {version}); die Einstellungen, die diese Version kennt, werden verwendet, und die Datei selbst wird unverändert beiseitegelegt, bevor diese Version ihre eigene speichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{key} (not valid Unicode text)</source>
        <translation>{key} (kein gültiger Unicode-Text)</translation>
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
            <numerusform>Die Einstellungsdatei {path} hat %n ungültige Einstellung, stattdessen gilt der Standardwert: {bad}.</numerusform>
            <numerusform>Die Einstellungsdatei {path} hat %n ungültige Einstellungen, stattdessen gelten die Standardwerte: {bad}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="+178"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speak the cues (segment, speed, time left)</source>
        <translation>Ansagen sprechen (Abschnitt, Geschwindigkeit, Restzeit)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <source>Mute all sounds</source>
        <translation>Alle Töne stummschalten</translation>
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
        <translation>kein Countdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash the window when the segment changes</source>
        <translation>Fenster aufblinken lassen, wenn der Abschnitt wechselt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the safety checklist before every backward session</source>
        <translation>Sicherheits-Checkliste vor jeder Rückwärts-Einheit anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Units</source>
        <translation>&amp;Maßeinheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed unit</source>
        <translation>Geschwindigkeitseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body &amp;weight</source>
        <translation>&amp;Körpergewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body weight, for the energy estimate</source>
        <translation>Körpergewicht, für die Energieschätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice</source>
        <translation>&amp;Stimme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken cues</source>
        <translation>Gesprochene Ansagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;olume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sound</source>
        <translation>&amp;Ton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countdown</source>
        <translation>&amp;Countdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countdown before each change, seconds</source>
        <translation>Countdown vor jedem Wechsel, Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flash</source>
        <translation>&amp;Blinken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flash the window on each change</source>
        <translation>Fenster bei jedem Wechsel aufblinken lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language of the text and the voice</source>
        <translation>Sprache von Text und Stimme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safet&amp;y</source>
        <translation>S&amp;icherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety checklist before each backward session</source>
        <translation>Sicherheits-Checkliste vor jeder Rückwärts-Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;left</source>
        <translation>&amp;Restzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken time left, how often</source>
        <translation>Gesprochene Restzeit, wie oft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Volume in percent</source>
        <translation>Lautstärke in Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used only for the kcal estimate</source>
        <translation>Nur für die kcal-Schätzung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Heart rate</source>
        <translation>&amp;Herzfrequenz</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied at the next start of WalkCoach.</source>
        <translation>Wird beim nächsten Start von WalkCoach übernommen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>start at once</source>
        <translation>sofort starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything (segments, halfway, time left)</source>
        <translation>Alles (Abschnitte, Halbzeit, Restzeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only (segments, turns, the finish)</source>
        <translation>Nur Wechsel (Abschnitte, Wenden, Ziel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing: sounds only</source>
        <translation>Nichts: nur Töne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Get ready</source>
        <translation>&amp;Vorbereitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get-ready count before the start, seconds</source>
        <translation>Vorbereitungszeit vor dem Start, Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spo&amp;ken cues</source>
        <translation>&amp;Ansagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much the coach says</source>
        <translation>Wie viel der Coach sagt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Speech is not available: {reason}.</source>
        <translation>Sprachausgabe nicht verfügbar: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cue sounds still play.</source>
        <translation>Die Signaltöne sind weiterhin zu hören.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} min</source>
        <translation>Alle {n} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} s</source>
        <translation>Alle {n} s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>⚠ Heart-rate zones: {problem}.</source>
        <translation>⚠ Herzfrequenzzonen: {problem}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>⚠ Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../walkcoach/ui/shortcuts.py" line="+33"/>
        <source>Start the session, or pause and resume it</source>
        <translation>Einheit starten oder pausieren und fortsetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same, from the play/pause key of a media or Bluetooth remote</source>
        <translation>Dasselbe über die Play/Pause-Taste einer Medien- oder Bluetooth-Fernbedienung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous step: restarts this step, or goes to the previous one in its first seconds</source>
        <translation>Voriger Schritt: startet diesen Schritt neu oder wechselt in seinen ersten Sekunden zum vorigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>30 seconds more on this step</source>
        <translation>30 Sekunden mehr für diesen Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>30 seconds less on this step (at least 5 s stay)</source>
        <translation>30 Sekunden weniger für diesen Schritt (mindestens 5 s bleiben)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leaves the workout view; otherwise stops the session (asks first)</source>
        <translation>Verlässt die Trainingsansicht; sonst beendet es die Einheit (mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workout view on or off</source>
        <translation>Trainingsansicht ein oder aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound on or off</source>
        <translation>Ton ein oder aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the full window and the small always-on-top view</source>
        <translation>Zwischen dem ganzen Fenster und der kleinen Ansicht im Vordergrund wechseln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/shortcuts.py" line="+23"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>SoundHelper</name>
    <message>
        <location filename="../../walkcoach/sound/pulse.py" line="+54"/>
        <source>{library} is not installed ({detail})</source>
        <translation>{library} ist nicht installiert ({detail})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the sound server cannot be reached ({detail})</source>
        <translation>der Soundserver ist nicht erreichbar ({detail})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the sound server stopped playing ({detail})</source>
        <translation>der Soundserver hat aufgehört zu spielen ({detail})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sound output is closed</source>
        <translation>die Tonausgabe ist geschlossen</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../walkcoach/ui/audio/speech.py" line="+45"/>
        <source>there is no sound output</source>
        <translation>es gibt keine Tonausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speech engine is installed (speech-dispatcher)</source>
        <translation>keine Sprachausgabe installiert (speech-dispatcher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sound server does not answer</source>
        <translation>der Soundserver antwortet nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech engine {engine!r} is not installed</source>
        <translation>die Sprachausgabe {engine!r} ist nicht installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech helper did not start</source>
        <translation>das Sprachhilfsprogramm ist nicht gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech engine ({engine}) does not start</source>
        <translation>die Sprachausgabe ({engine}) startet nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech helper stopped</source>
        <translation>das Sprachhilfsprogramm wurde beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voice for {language} is installed: the cues are spoken in English.</source>
        <extracomment>{language} is the language&apos;s own name (&quot;Deutsch&quot;, &quot;français&quot;).</extracomment>
        <translation>Keine Stimme für {language} installiert: Die Ansagen werden auf Englisch gesprochen.</translation>
    </message>
</context>
<context>
    <name>StatsStrip</name>
    <message>
        <location filename="../../walkcoach/ui/coach/stats_strip.py" line="+76"/>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Distance (est.)</source>
        <translation>Strecke (ca.)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Energy (est.)</source>
        <translation>Energie (ca.)</translation>
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
        <translation>Strecke (Band)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../walkcoach/storage/db.py" line="+140"/>
        <source>the history database {path} is a folder</source>
        <translation>die Verlaufsdatenbank {path} ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the history database {path} is not a regular file (a pipe or a device)</source>
        <translation>die Verlaufsdatenbank {path} ist keine normale Datei (eine Pipe oder ein Gerät)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot create the history database {path}: {reason}</source>
        <translation>die Verlaufsdatenbank {path} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>cannot open the history database {path}: {reason}</source>
        <translation>die Verlaufsdatenbank {path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the history database {path} is damaged and could not be moved aside: {reason}</source>
        <translation>die Verlaufsdatenbank {path} ist beschädigt und konnte nicht beiseitegelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database {path} is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>die Verlaufsdatenbank {path} ist beschädigt ({reason}); starte WalkCoach, um sie beiseitezulegen und zu retten, was sich lesen lässt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its integrity check returned garbled text</source>
        <translation>ihre Integritätsprüfung hat unlesbaren Text geliefert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>integrity check failed: {problem}</source>
        <extracomment>{problem} is SQLite&apos;s own report, in English.</extracomment>
        <translation>Integritätsprüfung fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot switch the history database to WAL mode (got {mode})</source>
        <translation>die Verlaufsdatenbank lässt sich nicht in den WAL-Modus schalten (angegeben: {mode})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot open the history database {path}: upgrading it failed ({reason})</source>
        <translation>die Verlaufsdatenbank {path} kann nicht geöffnet werden: Die Aktualisierung ist fehlgeschlagen ({reason})</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>cannot read the history database {path}: {reason}</source>
        <translation>die Verlaufsdatenbank {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/exporters.py" line="+165"/>
        <source>a {format} file holds one session (got {count})</source>
        <translation>eine {format}-Datei enthält eine Einheit (angegeben: {count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown export format {format} (one of: {known})</source>
        <translation>unbekanntes Exportformat {format} (eines von: {known})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there are no recorded sessions with segments to export</source>
        <translation>es gibt keine aufgezeichneten Einheiten mit Abschnitten zum Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{output} is a file; exporting several sessions as {format} needs a folder (one file per session)</source>
        <translation>{output} ist eine Datei; mehrere Einheiten als {format} zu exportieren braucht einen Ordner (eine Datei pro Einheit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{output} is a folder; give a file name to write the {format} to</source>
        <translation>{output} ist ein Ordner; gib einen Dateinamen an, um das {format} zu schreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{output} exists already; add --force to replace it</source>
        <translation>{output} gibt es schon; mit --force ersetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>{first} and %n more exist already; add --force to replace them</source>
        <translation>
            <numerusform>{first} und %n weitere Datei gibt es schon; mit --force ersetzen</numerusform>
            <numerusform>{first} und %n weitere Dateien gibt es schon; mit --force ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} exists already; add --force to replace it</source>
        <translation>{first} gibt es schon; mit --force ersetzen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>der Ordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/fit.py" line="+231"/>
        <location filename="../../walkcoach/storage/tcx.py" line="+110"/>
        <source>session {id} has no recorded segments; nothing to export</source>
        <translation>Einheit {id} hat keine aufgezeichneten Abschnitte; nichts zu exportieren</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/rescue.py" line="+62"/>
        <source>The history database was damaged ({reason}). It was moved to {moved} and nothing in it could be read, so a new, empty history was started; nothing was deleted.</source>
        <translation>Die Verlaufsdatenbank war beschädigt ({reason}). Sie wurde nach {moved} verschoben, und nichts darin war lesbar, deshalb wurde ein neuer, leerer Verlauf begonnen; es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by rebuilding its indexes; nothing was deleted.</source>
        <translation>
            <numerusform>Die Verlaufsdatenbank war beschädigt ({reason}). Sie wurde unverändert nach {moved} verschoben, und %n Einheit konnte durch Neuaufbau der Indizes in einen neuen Verlauf gerettet werden; es wurde nichts gelöscht.</numerusform>
            <numerusform>Die Verlaufsdatenbank war beschädigt ({reason}). Sie wurde unverändert nach {moved} verschoben, und %n Einheiten konnten durch Neuaufbau der Indizes in einen neuen Verlauf gerettet werden; es wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read (some could not); nothing was deleted.</source>
        <translation>
            <numerusform>Die Verlaufsdatenbank war beschädigt ({reason}). Sie wurde unverändert nach {moved} verschoben, und %n Einheit konnte in einen neuen Verlauf gerettet werden, indem jede noch lesbare Zeile kopiert wurde (manche waren nicht lesbar); es wurde nichts gelöscht.</numerusform>
            <numerusform>Die Verlaufsdatenbank war beschädigt ({reason}). Sie wurde unverändert nach {moved} verschoben, und %n Einheiten konnten in einen neuen Verlauf gerettet werden, indem jede noch lesbare Zeile kopiert wurde (manche waren nicht lesbar); es wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read; nothing was deleted.</source>
        <translation>
            <numerusform>Die Verlaufsdatenbank war beschädigt ({reason}). Sie wurde unverändert nach {moved} verschoben, und %n Einheit konnte in einen neuen Verlauf gerettet werden, indem jede noch lesbare Zeile kopiert wurde; es wurde nichts gelöscht.</numerusform>
            <numerusform>Die Verlaufsdatenbank war beschädigt ({reason}). Sie wurde unverändert nach {moved} verschoben, und %n Einheiten konnten in einen neuen Verlauf gerettet werden, indem jede noch lesbare Zeile kopiert wurde; es wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/schema.py" line="+275"/>
        <source>the history database was written by a newer WalkCoach (schema version {version}; this one knows up to {known}); update WalkCoach to use it. The file was left untouched.</source>
        <translation>die Verlaufsdatenbank stammt von einem neueren WalkCoach (Schemaversion {version}; dieses kennt bis {known}); aktualisiere WalkCoach, um sie zu verwenden. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/full_check.py" line="+67"/>
        <source>the treadmill and heart-rate samples cannot be read: the history file is damaged ({reason}). WalkCoach keeps the file aside and rescues what can be read the next time it opens the history</source>
        <translation>die Messwerte von Laufband und Herzfrequenz können nicht gelesen werden: Die Verlaufsdatei ist beschädigt ({reason}). WalkCoach legt die Datei beim nächsten Öffnen des Verlaufs beiseite und rettet, was sich lesen lässt</translation>
    </message>
</context>
<context>
    <name>StreakLabel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-110"/>
        <source>A day counts when you walked: a completed session, or any session with at least 5 minutes walked forward and backward. Skipping through a program does not count. Today still counts as long as you walked yesterday.</source>
        <translation>Ein Tag zählt, wenn du gegangen bist: eine abgeschlossene Einheit oder irgendeine Einheit mit mindestens 5 Minuten vorwärts und rückwärts. Ein Programm nur durchzuklicken zählt nicht. Heute hält die Serie noch, solange du gestern gegangen bist.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+1"/>
        <source>&lt;b&gt;%n&lt;/b&gt; day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Tag</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current streak: {current} &amp;nbsp;·&amp;nbsp; longest: {longest}</source>
        <translation>Aktuelle Serie: {current} &amp;nbsp;·&amp;nbsp; längste: {longest}</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location line="+18"/>
        <source>Next session</source>
        <translation>Nächste Einheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this program</source>
        <translation>Dieses Programm verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select it on the coach page</source>
        <translation>Auf der Coach-Seite auswählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No suggestion: the history could not be read.</source>
        <translation>Kein Vorschlag: Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rounds} x {time} backward at {speed}, {incline:g} % incline</source>
        <translation>{rounds} x {time} rückwärts bei {speed}, {incline:g} % Steigung</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../walkcoach/ui/history/summary_dialog.py" line="+107"/>
        <location line="+117"/>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>{program}, {when}</source>
        <translation>{program}, {when}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This session is in your history already; the rating is optional.</source>
        <translation>Diese Einheit ist schon in deinem Verlauf; die Bewertung ist freiwillig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;kip rating</source>
        <translation>Bewertung ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close: the session stays recorded, without effort, pain or notes (Esc)</source>
        <translation>Schließen: Die Einheit bleibt gespeichert, ohne Anstrengung, Schmerzen oder Notizen (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save rating</source>
        <translation>Bewertung &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add effort, pain and notes to this session (Ctrl+Enter)</source>
        <translation>Anstrengung, Schmerzen und Notizen zu dieser Einheit hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Session complete</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ended early</source>
        <translation>Einheit früher beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short to count as completed</source>
        <translation>Zu kurz, um als abgeschlossen zu zählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session interrupted</source>
        <translation>Einheit unterbrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Most of it was skipped: {walked} walked of the {planned} planned. A session counts as completed when at least 80 % of its planned time is walked; this one is recorded as too short.</source>
        <translation>Das meiste wurde übersprungen: {walked} von {planned} geplanter Zeit gegangen. Eine Einheit zählt als abgeschlossen, wenn mindestens 80 % ihrer geplanten Zeit gegangen wurden; diese wird als zu kurz gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded as ended early: {walked} of the {planned} planned. How it felt is worth noting all the same.</source>
        <translation>Als früher beendet gespeichert: {walked} von {planned} geplanter Zeit. Wie es sich angefühlt hat, lohnt sich trotzdem zu notieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded as ended early, after {walked}.</source>
        <translation>Als früher beendet gespeichert, nach {walked}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time} in all</source>
        <translation>{time} insgesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} backward</source>
        <translation>{time} rückwärts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>effort {n}</source>
        <translation>Anstrengung {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time ({when}): {figures}</source>
        <translation>Letztes Mal ({when}): {figures}</translation>
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
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {value} kcal</source>
        <translation>etwa {value} kcal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you walked</source>
        <translation>Was du gegangen bist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest backward stretch</source>
        <translation>Längste Rückwärtsphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance ({source})</source>
        <translation>Strecke ({source})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy (estimate)</source>
        <translation>Energie (Schätzung)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mean {mean} bpm, highest {top} bpm</source>
        <translation>Durchschnitt {mean} bpm, Maximum {top} bpm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the treadmill&apos;s heart rate)</source>
        <translation> (die Herzfrequenz des Laufbands)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zone {n} {time}</source>
        <translation>Zone {n} {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Waited %n time(s) for your heart rate to settle, {time} in all.</source>
        <translation>
            <numerusform>%n-mal darauf gewartet, dass sich deine Herzfrequenz beruhigt, insgesamt {time}.</numerusform>
            <numerusform>%n-mal darauf gewartet, dass sich deine Herzfrequenz beruhigt, insgesamt {time}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name}: on average {value} % of its maximal voluntary contraction (EMG)</source>
        <translation>{name}: im Schnitt {value} % seiner maximalen willkürlichen Kontraktion (EMG)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Muscles worked most</source>
        <translation>Am meisten beanspruchte Muskeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No walking was recorded.</source>
        <translation>Es wurde kein Gehen aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimated % of a maximal contraction, averaged over the time walked.</source>
        <translation>Geschätzter Anteil (%) an einer maximalen Kontraktion, gemittelt über die gegangene Zeit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: {value} (your first)</source>
        <translation>{name}: {value} (erstmals)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {value} (was {before})</source>
        <translation>{name}: {value} (vorher {before})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal bests</source>
        <translation>Persönliche Bestleistungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new personal best this time; steady sessions are what build progress.</source>
        <translation>Diesmal keine neue Bestleistung; regelmäßige Einheiten bringen den Fortschritt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How did it feel?</source>
        <translation>Wie hat es sich angefühlt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort (1 = very easy, 10 = all-out); keys 1-9 and 0 for 10:</source>
        <translation>Anstrengung (1 = sehr leicht, 10 = maximal); Tasten 1-9 und 0 für 10:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Effort {n} of 10</source>
        <translation>Anstrengung {n} von 10</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I felt &amp;pain during or after this session</source>
        <translation>Ich hatte Sch&amp;merzen während oder nach dieser Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything to remember: how the knees felt, rails held or not…</source>
        <translation>Was du dir merken willst: wie sich die Knie angefühlt haben, ob du dich festgehalten hast…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not saved yet: {problem}. It is kept and saved when storage works again.</source>
        <translation>Noch nicht gespeichert: {problem}. Die Einheit bleibt erhalten und wird gespeichert, sobald der Speicher wieder funktioniert.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/summary.py" line="+48"/>
        <source>Summary (updates as you edit)</source>
        <translation>Zusammenfassung (aktualisiert sich beim Bearbeiten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program summary</source>
        <translation>Programmübersicht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How much work each muscle gets over the whole program: how hard it works (an estimate from muscle-activity measurements) times how many minutes. The bar and the figure compare each muscle with the one worked most (100 %).</source>
        <translation>Wie viel Arbeit jeder Muskel über das ganze Programm bekommt: wie stark er arbeitet (eine Schätzung aus Messungen der Muskelaktivität) mal wie viele Minuten. Balken und Zahl vergleichen jeden Muskel mit dem am meisten beanspruchten (100 %).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+38"/>
        <source>Muscles worked most</source>
        <translation>Am meisten beanspruchte Muskeln</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Backward time</source>
        <translation>Rückwärtszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward time</source>
        <translation>Vorwärtszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy estimate</source>
        <translation>Energieschätzung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} ({percent:.0f} % of the session)</source>
        <translation>{time} ({percent:.0f} % der Einheit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>about {kcal:.0f} kcal (estimate for a body weight of {weight})</source>
        <translation>etwa {kcal:.0f} kcal (geschätzt für ein Körpergewicht von {weight})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{percent:.0f} %</source>
        <translation>{percent:.0f} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rank}. {name}: {share} of the muscle worked most</source>
        <translation>{rank}. {name}: {share} des am meisten beanspruchten Muskels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments with values that are not usable yet are left out of these figures.</source>
        <translation>Abschnitte mit noch nicht verwendbaren Werten sind in diesen Zahlen nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>TopMusclesList</name>
    <message>
        <location filename="../../walkcoach/ui/coach/top_muscles.py" line="+31"/>
        <source>No muscle is working hard in this segment.</source>
        <translation>Kein Muskel arbeitet in diesem Abschnitt stark.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Coming up: top muscles</source>
        <translation>Als Nächstes: aktivste Muskeln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top muscles</source>
        <translation>Aktivste Muskeln</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} % of the muscle&apos;s maximal voluntary contraction (EMG). Source: {source}</source>
        <translation>{value} % der maximalen willkürlichen Kontraktion des Muskels (EMG). Quelle: {source}</translation>
    </message>
</context>
<context>
    <name>UnitChoices</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="-380"/>
        <source>Kilometres per hour (km/h)</source>
        <translation>Kilometer pro Stunde (km/h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles per hour (mph)</source>
        <translation>Meilen pro Stunde (mph)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metric: km/h, km, kg</source>
        <translation>Metrisch: km/h, km, kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imperial: mph, miles, lb</source>
        <translation>Imperial: mph, Meilen, lb</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distance unit</source>
        <translation>Entfernungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distances walked</source>
        <translation>Gegangene Strecken</translation>
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
        <translation>Gewichtseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body weight</source>
        <translation>Körpergewicht</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="-220"/>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Week {number}, {year} (from {monday})
Forward: {forward}
Backward: {backward}
Total: {total}</source>
        <translation>Woche {number}, {year} (ab {monday})
Vorwärts: {forward}
Rückwärts: {backward}
Gesamt: {total}</translation>
    </message>
</context>
<context>
    <name>WeeklyZonesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+11"/>
        <source>Minutes in zone per week</source>
        <translation>Minuten in Zone pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Week {number}, {year} (from {monday})</source>
        <translation>Woche {number}, {year} (ab {monday})</translation>
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
        <translation>Problem bei {field}</translation>
    </message>
</context>
</TS>
