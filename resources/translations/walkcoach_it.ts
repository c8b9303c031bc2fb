<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/about.py" line="+109"/>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>License</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data</source>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the figures come from</source>
        <translation>Da dove vengono i dati</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version {version}</source>
        <translation>Versione {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A coach for treadmill sessions that switch between walking forwards and walking backwards.</source>
        <translation>Un coach per sessioni sul tapis roulant che alternano camminata in avanti e camminata all&apos;indietro.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>WalkCoach is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl}&quot;&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/a&gt; (GPL-3.0-or-later). It comes with no warranty. It is built on Qt for Python (PySide6), used under the &lt;a href=&quot;{lgpl}&quot;&gt;GNU Lesser General Public License v3&lt;/a&gt;, and on pyqtgraph and platformdirs (MIT license).</source>
        <translation>WalkCoach è software libero: puoi condividerlo e modificarlo secondo i termini della &lt;a href=&quot;{gpl}&quot;&gt;GNU General Public License, versione 3 o (a tua scelta) qualsiasi versione successiva&lt;/a&gt; (GPL-3.0-or-later). Non ha alcuna garanzia. È basato su Qt for Python (PySide6), usato secondo la &lt;a href=&quot;{lgpl}&quot;&gt;GNU Lesser General Public License v3&lt;/a&gt;, e su pyqtgraph e platformdirs (licenza MIT).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History, your programs and settings are kept on this computer only, in &lt;a href=&quot;{url}&quot;&gt;{where}&lt;/a&gt;. Click the folder to open it; copy it to back up.</source>
        <translation>Cronologia, programmi e impostazioni restano solo su questo computer, in &lt;a href=&quot;{url}&quot;&gt;{where}&lt;/a&gt;. Fai clic sulla cartella per aprirla; copiala per fare un backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Muscle activation and energy figures are estimates drawn from these published studies and equations. They describe groups of people, not you, and are not medical advice.</source>
        <translation>I dati su attivazione muscolare ed energia sono stime tratte da questi studi ed equazioni pubblicati. Descrivono gruppi di persone, non te, e non sono consigli medici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sources were loaded.</source>
        <translation>Nessuna fonte caricata.</translation>
    </message>
</context>
<context>
    <name>BackwardForwardChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+248"/>
        <source>Mean heart rate (bpm)</source>
        <translation>Frequenza cardiaca media (bpm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Backward</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{speed}
Backward: {backward:.0f} bpm ({backward_n} segments)
Forward: {forward:.0f} bpm ({forward_n} segments)</source>
        <translation>{speed}
Indietro: {backward:.0f} bpm ({backward_n} tratti)
Avanti: {forward:.0f} bpm ({forward_n} tratti)</translation>
    </message>
</context>
<context>
    <name>BestsPanel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+134"/>
        <source>Personal bests</source>
        <translation>Record personali</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set on {day}</source>
        <translation>Stabilito il {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended on {day}</source>
        <translation>Terminata il {day}</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+319"/>
        <source> rounds</source>
        <translation> ripetizioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. Intervals</source>
        <translation>Facoltativa, es. Intervalli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rounds</source>
        <translation>&amp;Ripetizioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat rounds</source>
        <translation>Ripetizioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times the segments of the block are walked</source>
        <translation>Quante volte si percorrono i tratti del blocco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>&amp;Etichetta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block label</source>
        <translation>Etichetta del blocco</translation>
    </message>
</context>
<context>
    <name>BodyDiagramWidget</name>
    <message>
        <location filename="../../walkcoach/ui/coach/body_diagram.py" line="+176"/>
        <source>Body diagram of the muscles worked</source>
        <translation>Schema del corpo con i muscoli al lavoro</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+65"/>
        <location line="+192"/>
        <source>Coming up</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>Davanti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Dietro</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> (left)</source>
        <translation> (sinistro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (right)</source>
        <translation> (destro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not working in this segment</source>
        <translation>Non lavora in questo tratto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured</source>
        <translation>misurato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>stimato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} % of its maximal voluntary contraction (EMG), {basis}</source>
        <translation>{value} % della sua contrazione volontaria massima (EMG), {basis}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>% of maximal voluntary contraction</source>
        <translation>% della contrazione volontaria massima</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No muscle is working hard.</source>
        <translation>Nessun muscolo lavora intensamente.</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../walkcoach/ui/history/calendar_heatmap.py" line="+104"/>
        <source>{day}: no session</source>
        <translation>{day}: nessuna sessione</translation>
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
        <translation>Mer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>More</source>
        <translation>Più</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less</source>
        <translation>Meno</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Minutes per day: under 15, 15-30, 30-45, 45 and more</source>
        <translation>Minuti al giorno: meno di 15, 15-30, 30-45, 45 e oltre</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <location filename="../../walkcoach/ui/coach/page.py" line="+119"/>
        <location line="+439"/>
        <source>Start</source>
        <translation>Avvia</translation>
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
        <translation>Precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Salta</translation>
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
        <translation>30 secondi in meno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds more</source>
        <translation>30 secondi in più</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds less on this step (-)</source>
        <translation>30 secondi in meno su questo tratto (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds more on this step (+)</source>
        <translation>30 secondi in più su questo tratto (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini view</source>
        <translation>Mini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the session (Space)</source>
        <translation>Avvia la sessione (Spazio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+438"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausa o ripresa (Spazio)</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Restart this step, or go to the previous one in its first seconds (Left or B)</source>
        <translation>Ricomincia questo tratto, o torna al precedente nei primi secondi (Sinistra o B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next segment (Right or N)</source>
        <translation>Tratto successivo (Destra o N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished this station: go on</source>
        <translation>Esercizio finito: continua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the session (Esc)</source>
        <translation>Termina la sessione (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small always-on-top window (Ctrl+M)</source>
        <translation>Piccola finestra sempre in primo piano (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workout view</source>
        <translation>Vista allenamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only direction, time, targets and next, over the whole screen (F11; Esc leaves)</source>
        <translation>Solo direzione, tempo, obiettivi e tratto successivo, a tutto schermo (F11; Esc per uscire)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Esc or F11: leave the workout view</source>
        <translation>Esc o F11: esci dalla Vista allenamento</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>NO PROGRAM</source>
        <translation>NESSUN PROGRAMMA</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+163"/>
        <source>READY</source>
        <translation>PRONTO</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Press Start or Space  ·  {count} segments, {backward} backward</source>
        <translation>Premi Avvia o Spazio  ·  {count} tratti, {backward} all&apos;indietro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step 0 of {total}</source>
        <translation>Tratto 0 di {total}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>TURN AROUND SOON, then {to}</source>
        <translation>TRA POCO INVERSIONE, poi {to}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {total} steps done</source>
        <translation>Tutti i {total} tratti completati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {i} of {n}</source>
        <translation>Tratto {i} di {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  ·  round {r} of {rounds}</source>
        <translation>  ·  ripetizione {r} di {rounds}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The computer was asleep. Press Space to go on.</source>
        <translation>Il computer era in sospensione. Premi Spazio per continuare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The treadmill stopped. Press Space to go on.</source>
        <translation>Il tapis roulant si è fermato. Premi Spazio per continuare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Space to go on.</source>
        <translation>Premi Spazio per continuare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When you have finished, press Done to go on.</source>
        <translation>Quando hai finito, premi Fatto per continuare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The belt is slowing down: keep walking, turn when told.</source>
        <translation>Il nastro sta rallentando: continua a camminare, girati quando te lo dico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catch your breath: keep walking slowly, turn when told.</source>
        <translation>Riprendi fiato: continua a camminare piano, girati quando te lo dico.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>WELL DONE</source>
        <translation>BEN FATTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session complete. Walk slowly to cool down.</source>
        <translation>Sessione completata. Cammina piano per defaticare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>STOPPED</source>
        <translation>INTERROTTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time you walked is kept.</source>
        <translation>Il tempo che hai camminato resta salvato.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GET READY</source>
        <translation>PREPARATI</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>TURN</source>
        <translation>INVERSIONE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now face {word}: {targets}</source>
        <translation>Ora cammina {word}: {targets}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Start again</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+314"/>
        <source>Go on</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn now, without waiting for the heart rate (Space)</source>
        <translation>Girati ora, senza aspettare la frequenza cardiaca (Spazio)</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+319"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
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
        <translation>pendenza {value} %</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>FORWARD</source>
        <translation>AVANTI</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+17"/>
        <source>BACKWARD</source>
        <translation>INDIETRO</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>REST</source>
        <translation>RIPOSO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TURN</source>
        <translation>INVERSIONE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATION</source>
        <translation>ESERCIZIO</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Belt slow: {speed}</source>
        <translation>Nastro lento: {speed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>belt slow or stopped</source>
        <translation>nastro lento o fermo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belt stopped, hold the rails</source>
        <translation>nastro fermo, tieniti ai corrimano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belt stopped, step off safely</source>
        <translation>nastro fermo, scendi con cautela</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} steps/min</source>
        <translation>{value} passi/min</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First: {targets}</source>
        <translation>Per iniziare: {targets}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Hold the rails</source>
        <translation>Tieniti ai corrimano</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Turn round</source>
        <translation>Girati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find your footing</source>
        <translation>Ritrova l&apos;equilibrio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep walking</source>
        <translation>Continua a camminare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn when told</source>
        <translation>Girati quando te lo dico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> at {speed}, {incline}</source>
        <translation> a {speed}, {incline}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: finish</source>
        <translation>Poi: fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: {summary}</source>
        <translation>Poi: {summary}</translation>
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
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options</source>
        <extracomment>A title in the --help text, above the options (--json, --data-dir...).</extracomment>
        <translation>opzioni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show this help message and exit</source>
        <translation>mostra questo messaggio di aiuto ed esci</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>argument {argument}: {message}</source>
        <translation>argomento {argument}: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the following arguments are required: {names}</source>
        <translation>i seguenti argomenti sono obbligatori: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unrecognized arguments: {names}</source>
        <translation>argomenti non riconosciuti: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>scelta non valida: {value} (scegli tra {choices})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one argument</source>
        <translation>atteso un argomento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected at least one argument</source>
        <translation>atteso almeno un argomento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignored explicit argument {value}</source>
        <translation>argomento esplicito {value} ignorato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid {type} value: {value}</source>
        <translation>valore {type} non valido: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of the arguments {names} is required</source>
        <translation>è obbligatorio uno degli argomenti {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed with argument {other}</source>
        <translation>non ammesso con l&apos;argomento {other}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opzione ambigua: {option} potrebbe corrispondere a {matches}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be a number (got &apos;{text}&apos;)</source>
        <translation>deve essere un numero (trovato &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be greater than 0 and at most {most} (got {text})</source>
        <translation>deve essere maggiore di 0 e al massimo {most} (trovato {text})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give a Bluetooth address (like F0:57:A1:7E:AD:01), a device name or &apos;virtual&apos;</source>
        <translation>indica un indirizzo Bluetooth (come F0:57:A1:7E:AD:01), il nome di un dispositivo o &apos;virtual&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number (got &apos;{text}&apos;)</source>
        <translation>deve essere un numero intero (trovato &apos;{text}&apos;)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>must be from 1 to {most} (got a number of %n character(s))</source>
        <translation>
            <numerusform>deve essere da 1 a {most} (trovato un numero di %n cifra)</numerusform>
            <numerusform>deve essere da 1 a {most} (trovato un numero di %n cifre)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be from 1 to {most} (got {text})</source>
        <translation>deve essere da 1 a {most} (trovato {text})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>keep all user data (history, programs, settings) in DIR</source>
        <translation>conserva tutti i dati dell&apos;utente (cronologia, programmi, impostazioni) in DIR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window options (no sub-command)</source>
        <translation>opzioni della finestra (senza sottocomando)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>select this program on start</source>
        <translation>seleziona questo programma all&apos;avvio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start the session at once</source>
        <translation>avvia subito la sessione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session time runs X times faster (demos and tests)</source>
        <translation>il tempo della sessione scorre X volte più veloce (demo e test)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quit when the session finishes</source>
        <translation>esci quando la sessione finisce</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write engine events and cues as JSON lines</source>
        <translation>scrivi gli eventi del motore e le indicazioni come righe JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drive this FTMS treadmill (virtual: a simulated one, no hardware needed)</source>
        <translation>comanda questo tapis roulant FTMS (virtual: uno simulato, senza hardware)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show this heart-rate sensor&apos;s heart rate (virtual: one that follows your effort)</source>
        <translation>mostra la frequenza cardiaca di questo sensore cardio (virtual: uno che segue il tuo sforzo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use bumble on this HCI transport (usb:0, tcp-client:HOST:PORT) instead of the system&apos;s Bluetooth</source>
        <translation>usa bumble su questo trasporto HCI (usb:0, tcp-client:HOST:PORT) invece del Bluetooth di sistema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>start the window, print the start-up time in ms, exit 0</source>
        <translation>avvia la finestra, stampa il tempo di avvio in ms, esci con 0</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Coach for treadmill sessions that alternate forward and backward walking.</source>
        <translation>Coach per sessioni sul tapis roulant che alternano camminata in avanti e all&apos;indietro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show the version of WalkCoach and exit</source>
        <translation>mostra la versione di WalkCoach ed esci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list built-in and user programs</source>
        <translation>elenca i programmi predefiniti e quelli dell&apos;utente</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/options.py" line="+12"/>
        <source>machine-readable output</source>
        <translation>output leggibile da una macchina</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/main.py" line="+4"/>
        <source>show one program&apos;s segments</source>
        <translation>mostra i tratti di un programma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a program id or a program file</source>
        <translation>l&apos;id di un programma o un file di programma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>estimated muscle activation for a way of walking</source>
        <translation>attivazione muscolare stimata per un modo di camminare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the way you face on the belt</source>
        <translation>il verso in cui guardi sul nastro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the belt&apos;s incline in percent</source>
        <translation>la pendenza del nastro in percentuale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the belt&apos;s speed in km/h (optional)</source>
        <translation>la velocità del nastro in km/h (facoltativa)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy a program file into your programs</source>
        <translation>copia un file di programma tra i tuoi programmi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a program file (JSON)</source>
        <translation>un file di programma (JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replace a program with the same id</source>
        <translation>sostituisci un programma con lo stesso id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list recorded sessions</source>
        <translation>elenca le sessioni registrate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete the session with this ID</source>
        <translation>elimina la sessione con questo ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export sessions to CSV, JSON, TCX or FIT</source>
        <translation>esporta le sessioni in CSV, JSON, TCX o FIT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the session with this ID (see walkcoach history)</source>
        <translation>la sessione con questo ID (vedi walkcoach history)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every recorded session</source>
        <translation>tutte le sessioni registrate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file format</source>
        <translation>il formato del file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file, a folder, or - for stdout</source>
        <translation>un file, una cartella, o - per lo stdout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace files that exist already</source>
        <translation>sostituisci i file che esistono già</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+45"/>
        <source>warm-up</source>
        <translation>riscaldamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cool-down</source>
        <translation>defaticamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward</source>
        <translation>avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward</source>
        <translation>indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>riposo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>esercizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn</source>
        <translation>inversione</translation>
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
        <translation>avanzato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>front</source>
        <extracomment>A muscle seen on the front of the body.</extracomment>
        <translation>davanti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back</source>
        <extracomment>A muscle seen on the back of the body.</extracomment>
        <translation>dietro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measured</source>
        <extracomment>A muscle&apos;s figure: a published measurement at this condition.</extracomment>
        <translation>misurato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimated</source>
        <extracomment>A muscle&apos;s figure: derived, scaled or assumed.</extracomment>
        <translation>stimato</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>skipped a user program: {error}</source>
        <translation>programma dell&apos;utente saltato: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>built-in</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yours</source>
        <translation>tuo</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/history.py" line="+41"/>
        <source>completed</source>
        <translation>completata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>finita in anticipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>troppo breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrotta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>il database della cronologia è danneggiato ({reason}); avvia WalkCoach per metterlo da parte e recuperare ciò che si può leggere</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the data folder {folder} is a file, not a folder</source>
        <translation>la cartella dei dati {folder} è un file, non una cartella</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No sessions recorded yet: the data folder {folder} does not exist.</source>
        <translation>Nessuna sessione ancora registrata: la cartella dei dati {folder} non esiste.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No sessions recorded yet. Finished sessions appear here.</source>
        <translation>Nessuna sessione ancora registrata. Le sessioni finite compaiono qui.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n session(s) being recorded now: listed once finished.)</source>
        <translation>
            <numerusform>(%n sessione in registrazione ora: sarà elencata quando finisce.)</numerusform>
            <numerusform>(%n sessioni in registrazione ora: saranno elencate quando finiscono.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session {id} was not deleted: {reason}</source>
        <translation>la sessione {id} non è stata eliminata: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted session {id} ({program}, {when}, {time}).</source>
        <translation>Sessione {id} eliminata ({program}, {when}, {time}).</translation>
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
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest backward</source>
        <translation>Indietro più lungo</translation>
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
        <translation>{status} (dolore)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n session(s), {time} walked backward in all.</source>
        <translation>
            <numerusform>%n sessione, {time} all&apos;indietro in tutto.</numerusform>
            <numerusform>%n sessioni, {time} all&apos;indietro in tutto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there are no recorded sessions to export</source>
        <translation>non ci sono sessioni registrate da esportare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{format} is a binary format of one session; give a file with -o PATH, or send one session to a pipe</source>
        <translation>{format} è un formato binario di una sola sessione; indica un file con -o PERCORSO, o invia una sola sessione a una pipe</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Exported %n session(s) to {file}</source>
        <translation>
            <numerusform>%n sessione esportata in {file}</numerusform>
            <numerusform>%n sessioni esportate in {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n session(s) as {format} files into {folder}</source>
        <translation>
            <numerusform>%n sessione esportata come file {format} in {folder}</numerusform>
            <numerusform>%n sessioni esportate come file {format} in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no session with id {id} (`walkcoach history` lists the recorded ones)</source>
        <translation>nessuna sessione con id {id} (`walkcoach history` elenca quelle registrate)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session {id} is being recorded right now; export it when it ends</source>
        <translation>la sessione {id} è in registrazione proprio ora; esportala quando finisce</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+1"/>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEVEL</source>
        <translation>LIVELLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>TIME</source>
        <translation>TEMPO</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>BACKWARD</source>
        <translation>INDIETRO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEGMENTS</source>
        <translation>TRATTI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{builtin} built-in and {yours} of your own. Details: walkcoach show ID</source>
        <translation>{builtin} predefiniti e {yours} tuoi. Dettagli: walkcoach show ID</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped</source>
        <translation>fermo</translation>
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
        <translation>ripetizione {round}/{rounds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added by the coach: the direction changes here</source>
        <translation>aggiunta dal coach: qui cambia la direzione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cadence} steps/min</source>
        <translation>{cadence} passi/min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waits for you</source>
        <translation>ti aspetta</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} ({id}, {level}, built-in)</source>
        <translation>{name} ({id}, {level}, predefinito)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({id}, {level}, your program)</source>
        <translation>{name} ({id}, {level}, tuo programma)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no level</source>
        <translation>nessun livello</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Total {total}: backward {backward}, forward {forward}, %n segment(s)</source>
        <translation>
            <numerusform>Totale {total}: indietro {backward}, avanti {forward}, %n tratto</numerusform>
            <numerusform>Totale {total}: indietro {backward}, avanti {forward}, %n tratti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>AT</source>
        <translation>INIZIO</translation>
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
        <translation>VELOCITÀ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INCLINE</source>
        <translation>PENDENZA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{option} must be a number (got &apos;{text}&apos;)</source>
        <translation>{option} deve essere un numero (trovato &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{option} must be between {low} and {high} {unit} (got {text})</source>
        <translation>{option} deve essere tra {low} e {high} {unit} (trovato {text})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown direction &apos;{direction}&apos; (use forward or backward)</source>
        <translation>direzione sconosciuta &apos;{direction}&apos; (usa forward o backward)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forward walking, {incline} % incline</source>
        <translation>Camminata in avanti, pendenza {incline} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward walking, {incline} % incline</source>
        <translation>Camminata all&apos;indietro, pendenza {incline} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward walking, {incline} % incline at {speed} km/h</source>
        <translation>Camminata in avanti, pendenza {incline} % a {speed} km/h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward walking, {incline} % incline at {speed} km/h</source>
        <translation>Camminata all&apos;indietro, pendenza {incline} % a {speed} km/h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activation in % of a maximal voluntary contraction; &apos;estimated&apos; figures are WalkCoach&apos;s.</source>
        <translation>Attivazione in % di una contrazione volontaria massima; i valori &apos;stimati&apos; sono di WalkCoach.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>MUSCLE</source>
        <translation>MUSCOLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIEW</source>
        <translation>VISTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MVC</source>
        <translation>MVC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BASIS</source>
        <translation>BASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>FONTE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a program with id &apos;{id}&apos; already exists (&apos;{name}&apos;); use --force to replace it</source>
        <translation>esiste già un programma con id &apos;{id}&apos; (&apos;{name}&apos;); usa --force per sostituirlo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot save the program: {reason}</source>
        <translation>impossibile salvare il programma: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported &apos;{name}&apos; as &apos;{id}&apos; ({time}, %n segment(s)) into {folder}</source>
        <translation>
            <numerusform>&apos;{name}&apos; importato come &apos;{id}&apos; ({time}, %n tratto) in {folder}</numerusform>
            <numerusform>&apos;{name}&apos; importato come &apos;{id}&apos; ({time}, %n tratti) in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/devices.py" line="+26"/>
        <source>treadmill</source>
        <translation>tapis roulant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heart-rate sensor</source>
        <translation>sensore cardio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number of seconds (got &apos;{text}&apos;)</source>
        <translation>deve essere un numero di secondi (trovato &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0 and at most {most} seconds (got {text})</source>
        <translation>deve essere maggiore di 0 e al massimo {most} secondi (trovato {text})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>list the treadmills and heart-rate sensors in range</source>
        <translation>elenca i tapis roulant e i sensori cardio nelle vicinanze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 listed (maybe none), 2 bad arguments, 3 Bluetooth not usable.</source>
        <translation>Stato di uscita: 0 elenco fatto (anche vuoto), 2 argomenti errati, 3 Bluetooth non utilizzabile.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scan for N seconds (default {default})</source>
        <translation>cerca per N secondi (predefinito {default})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a bumble HCI transport ({examples}); default: the one in the settings, else the system&apos;s Bluetooth</source>
        <translation>un trasporto HCI di bumble ({examples}); predefinito: quello nelle impostazioni, altrimenti il Bluetooth di sistema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the HCI transport in {file}</source>
        <translation>il trasporto HCI in {file}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the system&apos;s Bluetooth</source>
        <translation>il Bluetooth di sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No treadmill or heart-rate sensor found in {seconds} s through {through}.</source>
        <translation>Nessun tapis roulant o sensore cardio trovato in {seconds} s tramite {through}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is it switched on and awake, and not linked to another app?</source>
        <translation>È acceso, non in standby e non collegato a un&apos;altra app?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Segnale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n found in {seconds} s through {through}. Use one: walkcoach --treadmill ADDRESS</source>
        <translation>
            <numerusform>%n trovato in {seconds} s tramite {through}. Per usarlo: walkcoach --treadmill INDIRIZZO</numerusform>
            <numerusform>%n trovati in {seconds} s tramite {through}. Per usarne uno: walkcoach --treadmill INDIRIZZO</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/output.py" line="+33"/>
        <source>warning: {message}</source>
        <extracomment>A line on stderr: &quot;walkcoach: warning: &lt;what is wrong&gt;&quot;.</extracomment>
        <translation>avviso: {message}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>error: {message}</source>
        <extracomment>A line on stderr: &quot;walkcoach: error: &lt;what is wrong&gt;&quot;.</extracomment>
        <translation>errore: {message}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/plans.py" line="+39"/>
        <source>done</source>
        <translation>fatta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>persa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coming</source>
        <translation>in programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>saltata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pause the active plan</source>
        <translation>metti in pausa il piano attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resume the active plan</source>
        <translation>riprendi il piano attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the active plan&apos;s next session</source>
        <translation>salta la prossima sessione del piano attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart the active plan&apos;s week</source>
        <translation>ricomincia la settimana del piano attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop the active plan</source>
        <translation>termina il piano attivo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>list the built-in training plans</source>
        <translation>elenca i piani di allenamento predefiniti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start, show or export the active training plan</source>
        <translation>avvia, mostra o esporta il piano di allenamento attivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start a plan (replaces the active one)</source>
        <translation>avvia un piano (sostituisce quello attivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a plan id (see walkcoach plans)</source>
        <translation>l&apos;id di un piano (vedi walkcoach plans)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekdays (default: the plan&apos;s)</source>
        <translation>giorni della settimana (predefiniti: quelli del piano)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time of day (default: the plan&apos;s)</source>
        <translation>ora del giorno (predefinita: quella del piano)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time zone, e.g. Europe/Berlin (default: this computer&apos;s)</source>
        <translation>fuso orario, ad es. Europe/Rome (predefinito: quello di questo computer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>calendar alarm MIN minutes before (default 10)</source>
        <translation>promemoria del calendario MIN minuti prima (predefinito 10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this week and the next, each session&apos;s state</source>
        <translation>questa settimana e la prossima, con lo stato di ogni sessione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the coming sessions as an iCalendar file</source>
        <translation>scrivi le prossime sessioni in un file iCalendar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file, or - for stdout</source>
        <translation>un file, o - per lo stdout</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{option} must be a date as YYYY-MM-DD (got &apos;{text}&apos;)</source>
        <translation>{option} deve essere una data nel formato AAAA-MM-GG (trovato &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no plan is active; start one with `walkcoach plan start ID` (see `walkcoach plans`)</source>
        <translation>nessun piano attivo; avviane uno con `walkcoach plan start ID` (vedi `walkcoach plans`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the active plan &apos;{id}&apos; is not known to this WalkCoach</source>
        <translation>il piano attivo &apos;{id}&apos; non è noto a questa versione di WalkCoach</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n settimana</numerusform>
            <numerusform>%n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessione</numerusform>
            <numerusform>%n sessioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan is stopped; your history is kept.</source>
        <translation>Il piano è terminato; la cronologia resta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plan is already paused</source>
        <translation>il piano è già in pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan is not paused</source>
        <translation>il piano non è in pausa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no plan with id &apos;{id}&apos; (one of: {known})</source>
        <translation>nessun piano con id &apos;{id}&apos; (uno tra: {known})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&apos;{id}&apos; has up to {most} sessions a week: give at least %n weekday(s) (got {days})</source>
        <translation>
            <numerusform>&apos;{id}&apos; ha fino a {most} sessioni a settimana: indica almeno %n giorno della settimana (trovati {days})</numerusform>
            <numerusform>&apos;{id}&apos; ha fino a {most} sessioni a settimana: indica almeno %n giorni della settimana (trovati {days})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown time zone &apos;{zone}&apos; (e.g. Europe/Berlin, America/New_York, UTC)</source>
        <translation>fuso orario sconosciuto &apos;{zone}&apos; (ad es. Europe/Rome, America/New_York, UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--alarm must be 0-1440 minutes (got {minutes})</source>
        <translation>--alarm deve essere tra 0 e 1440 minuti (trovato {minutes})</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Started “{name}”: %n week(s) on {days} at {time} ({zone}).</source>
        <translation>
            <numerusform>Avviato “{name}”: %n settimana, {days} alle {time} ({zone}).</numerusform>
            <numerusform>Avviato “{name}”: %n settimane, {days} alle {time} ({zone}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Week {week} (from {monday}):</source>
        <translation>Settimana {week} (da {monday}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no day left</source>
        <translation>nessun giorno libero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day {day}: {title}</source>
        <extracomment>After the date and the state: &quot;day 1: Backward, two minutes&quot;.</extracomment>
        <translation>giorno {day}: {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>note: could not update {file}: {reason}</source>
        <extracomment>A line on stderr after a plan action: the calendar file could not be written.</extracomment>
        <translation>nota: impossibile aggiornare {file}: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write {file}: {reason}</source>
        <translation>impossibile scrivere {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n session(s) to {file}; it is written again when the plan moves.</source>
        <translation>
            <numerusform>%n sessione scritta in {file}; il file viene riscritto quando il piano cambia.</numerusform>
            <numerusform>%n sessioni scritte in {file}; il file viene riscritto quando il piano cambia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+26"/>
        <source>the data folder is empty; give a folder, or leave --data-dir out</source>
        <translation>la cartella dei dati è vuota; indica una cartella, o togli --data-dir</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../walkcoach/core/cues.py" line="+96"/>
        <source>Slow the belt to {speed}.</source>
        <translation>Rallenta il nastro a {speed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the belt.</source>
        <translation>Ferma il nastro.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{amount} more: {left} left.</source>
        <extracomment>{amount} and {left} are spoken durations (&quot;30 seconds&quot;, &quot;1 minute 30 seconds&quot;).</extracomment>
        <translation>{amount} in più: ancora {left}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} less: {left} left.</source>
        <translation>{amount} in meno: ancora {left}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The belt is slowing to {speed} for the turn. Keep walking and hold the rails.</source>
        <translation>Il nastro rallenta a {speed} per l&apos;inversione. Continua a camminare e tieniti ai corrimano.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>In pausa: il computer era in sospensione. Riprendi quando vuoi.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Paused.</source>
        <translation>In pausa.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Get ready. First: {segment}</source>
        <extracomment>{segment} is the first segment&apos;s phrase, with its full stop.</extracomment>
        <translation>Preparati. Si comincia: {segment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now {segment}</source>
        <extracomment>{segment} is a segment phrase that starts a sentence when the turn is over.</extracomment>
        <translation>Ora {segment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {round} of {rounds}.</source>
        <translation>Ripetizione {round} di {rounds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halfway. {duration} to go.</source>
        <translation>Sei a metà. Ancora {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{duration} left.</source>
        <translation>Ancora {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session complete: {duration} of exercise. Well done.</source>
        <translation>Sessione completata: {duration} di esercizio. Ottimo lavoro!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time is up for this station. Press Done when you have finished.</source>
        <translation>Tempo scaduto per questo esercizio. Premi Fatto quando hai finito.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forward for {duration} at {speed}</source>
        <extracomment>A segment phrase: lower case, no full stop; said after &quot;Get ready. First:&quot; or &quot;Now&quot;, or alone as a sentence. {duration} &quot;2 minutes&quot;, {speed} &quot;3.2 kilometres per hour&quot;.</extracomment>
        <translation>in avanti per {duration} a {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward for {duration} at {speed}</source>
        <translation>all&apos;indietro per {duration} a {speed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn round for {duration}, belt at {speed}</source>
        <translation>inversione per {duration}, nastro a {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn round for {duration}, belt stopped</source>
        <translation>inversione per {duration}, nastro fermo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest for {duration}, belt at {speed}</source>
        <translation>riposo per {duration}, nastro a {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest for {duration}, belt stopped</source>
        <translation>riposo per {duration}, nastro fermo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station: {label}, for {duration}</source>
        <extracomment>{label} is the station&apos;s exercise (&quot;20 lunges + 15 squats&quot;).</extracomment>
        <translation>esercizio: {label}, per {duration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station: {label}. Press Done when you have finished</source>
        <translation>esercizio: {label}. Premi Fatto quando hai finito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{phrase}, incline {value} percent</source>
        <extracomment>{phrase} is a segment phrase (&quot;forward for 2 minutes at 4 kilometres per hour&quot;); {value} a figure: the treadmill&apos;s slope in percent.</extracomment>
        <translation>{phrase}, pendenza {value} per cento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phrase}, decline {value} percent</source>
        <translation>{phrase}, discesa {value} per cento</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{phrase}, %n step(s) a minute</source>
        <extracomment>The walking cadence added to a segment phrase (&quot;forward for 2 minutes at 4 kilometres per hour&quot;).</extracomment>
        <translation>
            <numerusform>{phrase}, %n passo al minuto</numerusform>
            <numerusform>{phrase}, %n passi al minuto</numerusform>
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
        <translation>Imposta la pendenza a {value} per cento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the decline to {value} percent.</source>
        <translation>Imposta la discesa a {value} per cento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the rails and turn to face the back.</source>
        <translation>Tieniti ai corrimano e girati verso il retro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails and turn to face the front.</source>
        <translation>Tieniti ai corrimano e girati in avanti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails and turn to face the other way.</source>
        <translation>Tieniti ai corrimano e girati dall&apos;altra parte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a moment</source>
        <extracomment>Said for {when} in &quot;Turning ... in {when}&quot; when the turn is less than a second away.</extracomment>
        <translation>un attimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk backward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <extracomment>{when} is a spoken duration (&quot;10 seconds&quot;) or &quot;a moment&quot;; {speed} &quot;1 kilometre per hour&quot;.</extracomment>
        <translation>Tra {when} ti giri per camminare all&apos;indietro: preparati a rallentare il nastro a {speed} e a tenerti ai corrimano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning to walk forward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>Tra {when} ti giri per camminare in avanti: preparati a rallentare il nastro a {speed} e a tenerti ai corrimano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning round in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>Tra {when} ti giri: preparati a rallentare il nastro a {speed} e a tenerti ai corrimano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning to walk backward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Tra {when} ti giri per camminare all&apos;indietro: preparati a fermare il nastro e a tenerti ai corrimano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk forward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Tra {when} ti giri per camminare in avanti: preparati a fermare il nastro e a tenerti ai corrimano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning round in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Tra {when} ti giri: preparati a fermare il nastro e a tenerti ai corrimano.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turning to walk backward in {when}: the belt will slow down to {speed}.</source>
        <translation>Tra {when} ti giri per camminare all&apos;indietro: il nastro rallenterà a {speed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk forward in {when}: the belt will slow down to {speed}.</source>
        <translation>Tra {when} ti giri per camminare in avanti: il nastro rallenterà a {speed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning round in {when}: the belt will slow down to {speed}.</source>
        <translation>Tra {when} ti giri: il nastro rallenterà a {speed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn now. Hold the rails and turn to face the back.</source>
        <translation>Girati ora. Tieniti ai corrimano e girati verso il retro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn now. Hold the rails and turn to face the front.</source>
        <translation>Girati ora. Tieniti ai corrimano e girati in avanti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn now. Hold the rails and turn to face the other way.</source>
        <translation>Girati ora. Tieniti ai corrimano e girati dall&apos;altra parte.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Last one.</source>
        <translation>Ultimo tratto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/spoken.py" line="+155"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{larger} {smaller}</source>
        <extracomment>Joins two parts of a spoken duration, &quot;2 minutes&quot; and &quot;30 seconds&quot; (English says them one after the other; a language may want &quot;and&quot; between them).</extracomment>
        <translation>{larger} e {smaller}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} kilometres per hour</source>
        <extracomment>A speed to be spoken; {value} is a figure such as 3,2.</extracomment>
        <translation>{value} chilometri orari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} miles per hour</source>
        <translation>{value} miglia orarie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 kilometre per hour</source>
        <extracomment>A speed of exactly one, spoken (the turn speed is often 1 km/h): the unit in the singular.</extracomment>
        <translation>un chilometro orario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mile per hour</source>
        <translation>un miglio orario</translation>
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
        <translation>mer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>gio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>sab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>lunedì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>martedì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>mercoledì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>giovedì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>venerdì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>sabato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>domenica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jan</source>
        <translation>gen</translation>
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
        <translation>apr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May</source>
        <translation>mag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>giu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>lug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>ott</translation>
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
        <translation>Tapis roulant: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the treadmill {name}…</source>
        <translation>Ricerca del tapis roulant {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Treadmill not linked: {why}</source>
        <translation>Tapis roulant non collegato: {why}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The treadmill did not answer: the session starts without it.</source>
        <translation>Il tapis roulant non ha risposto: la sessione inizia senza collegamento.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the treadmill…</source>
        <translation>In attesa del tapis roulant…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heart rate: {why}</source>
        <translation>Frequenza cardiaca: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the heart-rate sensor {name}…</source>
        <translation>Ricerca del sensore cardio {name}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Heart-rate sensor not linked: bumble is not installed (pip install &apos;walkcoach[bumble]&apos; to use --hci)</source>
        <translation>Sensore cardio non collegato: bumble non è installato (pip install &apos;walkcoach[bumble]&apos; per usare --hci)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Heart-rate sensor not linked: {why}</source>
        <translation>Sensore cardio non collegato: {why}</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_dialog.py" line="+107"/>
        <source>Treadmill and heart rate</source>
        <translation>Tapis roulant e frequenza cardiaca</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Forget</source>
        <translation>&amp;Dimentica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the linked treadmill</source>
        <translation>Dimentica il tapis roulant collegato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;orget sensor</source>
        <translation>Dimentica &amp;sensore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the linked heart-rate sensor</source>
        <translation>Dimentica il sensore cardio collegato</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+188"/>
        <source>&amp;Scan</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Scan for treadmills and heart-rate sensors</source>
        <translation>Cerca tapis roulant e sensori cardio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning</source>
        <translation>Ricerca in corso</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Belt speed for every change of direction</source>
        <translation>Velocità del nastro a ogni cambio di direzione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the belt when the program ends or I press Stop</source>
        <translation>Ferma il nastro quando il programma finisce o premo Ferma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: this computer&apos;s Bluetooth</source>
        <translation>vuoto: il Bluetooth di questo computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HCI transport, advanced</source>
        <translation>Trasporto HCI, avanzato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced: a Bluetooth controller used directly through bumble ({install}), e.g. {examples}.</source>
        <translation>Avanzato: un controller Bluetooth usato direttamente tramite bumble ({install}), es. {examples}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While linked</source>
        <translation>A collegamento attivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn speed</source>
        <translation>&amp;Velocità di inversione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Belt</source>
        <translation>&amp;Nastro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HCI transport</source>
        <translation>Trasporto &amp;HCI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The coach slows the belt to this before you turn around (at most {top}).</source>
        <translation>Il coach rallenta il nastro a questa velocità prima che ti giri (al massimo {top}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect</source>
        <translation>C&amp;ollega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the chosen treadmill</source>
        <translation>Collegati al tapis roulant scelto</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan to find the treadmills and heart-rate sensors in range.</source>
        <translation>Avvia la ricerca per trovare i tapis roulant e i sensori cardio nelle vicinanze.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan stopped.</source>
        <translation>Ricerca interrotta.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Stop scan</source>
        <translation>&amp;Ferma ricerca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning… {n} s left</source>
        <translation>Ricerca… ancora {n} s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Found {n} in {s:g} s.</source>
        <translation>Trovati {n} in {s:g} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found in {s:g} s. Is the treadmill on, awake and free of other apps?</source>
        <translation>Niente trovato in {s:g} s. Il tapis roulant è acceso, non in standby e libero da altre app?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The scan did not work.</source>
        <translation>La ricerca non ha funzionato.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No treadmill linked: the coach tells you the speeds to set.</source>
        <translation>Nessun tapis roulant collegato: il coach ti dice le velocità da impostare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: the virtual treadmill.</source>
        <translation>Collegato: il tapis roulant virtuale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: {name} ({address}).</source>
        <translation>Collegato: {name} ({address}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No heart-rate sensor linked.</source>
        <translation>Nessun sensore cardio collegato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart rate: the virtual sensor.</source>
        <translation>Frequenza cardiaca: il sensore virtuale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart rate: {name} ({address}).</source>
        <translation>Frequenza cardiaca: {name} ({address}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The virtual sensor&apos;s heart rate follows what you walk: faster, uphill and backward raise it, with a lag of tens of seconds.</source>
        <translation>La frequenza cardiaca del sensore virtuale segue come cammini: velocità, salita e camminata all&apos;indietro la fanno salire, con un ritardo di decine di secondi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A chest strap or a watch that shares its heart rate: Connect.</source>
        <translation>Una fascia cardio o un orologio che condivide la frequenza cardiaca: Collega.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The virtual treadmill runs inside WalkCoach: try the whole link without a machine.</source>
        <translation>Il tapis roulant virtuale funziona dentro WalkCoach: prova il collegamento completo senza un tapis roulant vero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a treadmill or a heart-rate sensor, then Connect.</source>
        <translation>Scegli un tapis roulant o un sensore cardio, poi Collega.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>⚠ Impossibile salvare le impostazioni: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Virtual heart-rate sensor</source>
        <translation>Sensore cardio virtuale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Virtual treadmill</source>
        <translation>Tapis roulant virtuale</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_list.py" line="+25"/>
        <source>Treadmill</source>
        <translation>Tapis roulant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart-rate sensor</source>
        <translation>Sensore cardio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reported</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excellent</source>
        <translation>ottimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>buono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>discreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>debole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{bars} {word}, {dbm} dBm</source>
        <translation>{bars} {word}, {dbm} dBm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Virtual treadmill (no hardware needed)</source>
        <translation>Tapis roulant virtuale (nessun hardware)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual heart-rate sensor (follows your effort)</source>
        <translation>Sensore cardio virtuale (segue il tuo sforzo)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no details</source>
        <translation>nessun dettaglio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Bluetooth LE adapter was found on this computer. Plug one in, or try the virtual treadmill.</source>
        <translation>Nessun adattatore Bluetooth LE trovato su questo computer. Collegane uno o prova il tapis roulant virtuale.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is switched off. Switch it on and scan again.</source>
        <translation>Il Bluetooth è spento. Accendilo e cerca di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s Bluetooth service cannot be reached ({detail}). Start it (on Linux: the bluetooth service) and scan again.</source>
        <translation>Il servizio Bluetooth di questo computer non risponde ({detail}). Avvialo (su Linux: il servizio bluetooth) e cerca di nuovo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WalkCoach is not allowed to use Bluetooth ({detail}). Allow it in the system&apos;s settings; for a USB dongle, give your user access to it.</source>
        <translation>WalkCoach non ha il permesso di usare il Bluetooth ({detail}). Consentilo nelle impostazioni di sistema; per una chiavetta USB, dai al tuo utente l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Bluetooth library bleak is not installed (pip install bleak).</source>
        <translation>La libreria Bluetooth bleak non è installata (pip install bleak).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An HCI transport needs bumble, which is not installed ({install}). Or leave the HCI transport empty to use this computer&apos;s Bluetooth.</source>
        <translation>Un trasporto HCI richiede bumble, che non è installato ({install}). Oppure lascia vuoto il trasporto HCI per usare il Bluetooth di questo computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{hci}” is not an HCI transport name ({detail}). Examples: {examples}.</source>
        <translation>“{hci}” non è un nome di trasporto HCI ({detail}). Esempi: {examples}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HCI transport {hci} cannot be opened ({detail}).</source>
        <translation>Impossibile aprire il trasporto HCI {hci} ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Bluetooth controller did not answer ({detail}).</source>
        <translation>Il controller Bluetooth non ha risposto ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is scanning for Bluetooth devices. Try again soon.</source>
        <translation>Un altro programma sta cercando dispositivi Bluetooth. Riprova tra poco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scan failed: {detail}.</source>
        <translation>Ricerca non riuscita: {detail}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Segnale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices found</source>
        <translation>Dispositivi trovati</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no radio</source>
        <translation>senza radio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the app</source>
        <translation>nell&apos;app</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not seen yet</source>
        <translation>non ancora visto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../walkcoach/devices/belt_coach.py" line="+46"/>
        <source>The treadmill is not connected: the session goes on when it is back.</source>
        <translation>Il tapis roulant non è connesso: la sessione riprende quando torna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill is sending no data: the session goes on when it does.</source>
        <translation>Il tapis roulant non invia dati: la sessione riprende quando ricomincia a inviarli.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the belt to slow down: the turn comes first.</source>
        <translation>Aspetta che il nastro rallenti: prima viene l&apos;inversione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait. The belt is still slowing down.</source>
        <extracomment>Spoken while a turn waits for the belt to slow down.</extracomment>
        <translation>Aspetta. Il nastro sta ancora rallentando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming in {seconds}.</source>
        <extracomment>Shown while the session counts down to going on after a pause; {seconds} is 3, 2, 1.</extracomment>
        <translation>Si riparte tra {seconds}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/controller.py" line="+299"/>
        <location filename="../../walkcoach/devices/hr_monitor.py" line="+141"/>
        <source>connecting took too long</source>
        <translation>la connessione ha richiesto troppo tempo</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/events.py" line="+37"/>
        <source>The safety key was pulled: the session is paused.</source>
        <translation>La chiave di sicurezza è stata tolta: la sessione è in pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill was stopped on the machine: the session is paused.</source>
        <translation>Il tapis roulant è stato fermato dal suo pannello: la sessione è in pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill was paused on the machine: the session is paused.</source>
        <translation>Il tapis roulant è stato messo in pausa dal suo pannello: la sessione è in pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another app took control of the treadmill: the session is paused.</source>
        <translation>Un&apos;altra app ha preso il controllo del tapis roulant: la sessione è in pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill link was lost: the session is paused.</source>
        <translation>Collegamento con il tapis roulant perso: la sessione è in pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill sent nothing for a while: the session is paused.</source>
        <translation>Il tapis roulant non invia niente da un po&apos;: la sessione è in pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The belt did not slow down for the turn: the session is paused.</source>
        <translation>Il nastro non ha rallentato per l&apos;inversione: la sessione è in pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill refused the turn speed: the session is paused.</source>
        <translation>Il tapis roulant ha rifiutato la velocità di inversione: la sessione è in pausa.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The treadmill refused {command}: {result}.</source>
        <extracomment>{command} and {result} are the protocol&apos;s words (&quot;set target speed&quot;, &quot;not supported&quot;).</extracomment>
        <translation>Il tapis roulant ha rifiutato {command}: {result}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This treadmill cannot set its speed; {requested} km/h was skipped.</source>
        <translation>Questo tapis roulant non può impostare la velocità: {requested} km/h non impostati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This treadmill cannot set its incline; {requested} % was skipped.</source>
        <translation>Questo tapis roulant non può impostare la pendenza: {requested} % non impostato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treadmill&apos;s speed is limited: {applied} km/h instead of {requested} km/h.</source>
        <translation>La velocità del tapis roulant è limitata: {applied} km/h invece di {requested} km/h.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treadmill&apos;s incline is limited: {applied} % instead of {requested} %.</source>
        <translation>La pendenza del tapis roulant è limitata: {applied} % invece di {requested} %.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You set {value} km/h.</source>
        <extracomment>The user changed the belt&apos;s speed on the machine itself.</extracomment>
        <translation>Hai impostato {value} km/h.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You set {value} %.</source>
        <extracomment>The user changed the belt&apos;s incline on the machine itself.</extracomment>
        <translation>Hai impostato {value} %.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>Aspetta: il nastro sta ancora rallentando per l&apos;inversione.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/hr_events.py" line="+17"/>
        <source>Heart-rate sensor</source>
        <translation>Sensore cardio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treadmill&apos;s heart rate</source>
        <translation>Frequenza cardiaca del tapis roulant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>Il sensore cardio ha perso il contatto con la pelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The heart-rate sensor has contact again.</source>
        <translation>Il sensore cardio ha di nuovo contatto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No heart rate at the moment: it shows as --.</source>
        <extracomment>&quot;--&quot; is what the screen shows in place of a heart rate.</extracomment>
        <translation>Nessuna frequenza cardiaca al momento: compare come --.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The heart rate is back.</source>
        <translation>La frequenza cardiaca è tornata.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/scanning.py" line="+38"/>
        <source>excellent</source>
        <translation>ottimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>buono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>discreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>debole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no Bluetooth LE adapter found on this computer</source>
        <translation>nessun adattatore Bluetooth LE trovato su questo computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bluetooth is switched off; switch it on and scan again</source>
        <translation>il Bluetooth è spento; accendilo e cerca di nuovo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s Bluetooth service cannot be reached: {detail}</source>
        <translation>il servizio Bluetooth di sistema non risponde: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed to use Bluetooth ({detail})</source>
        <translation>nessun permesso di usare il Bluetooth ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Bluetooth library bleak is not installed (pip install bleak)</source>
        <translation>la libreria Bluetooth bleak non è installata (pip install bleak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source} needs bumble, which is not installed ({install})</source>
        <extracomment>{source} is --hci or where the settings name the transport; {install} a pip command.</extracomment>
        <translation>{source} richiede bumble, che non è installato ({install})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source}: {hci!r} is not an HCI transport name ({detail}; for example {examples})</source>
        <translation>{source}: {hci!r} non è un nome di trasporto HCI ({detail}; ad esempio {examples})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source}: cannot open {hci} ({detail})</source>
        <translation>{source}: impossibile aprire {hci} ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from the Bluetooth controller ({detail})</source>
        <translation>nessuna risposta dal controller Bluetooth ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program is scanning for Bluetooth devices; try again</source>
        <translation>un altro programma sta cercando dispositivi Bluetooth; riprova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scan failed ({detail})</source>
        <translation>ricerca non riuscita ({detail})</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_hr.py" line="+145"/>
        <source>the heart-rate sensor did not answer</source>
        <translation>il sensore cardio non ha risposto</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the heart-rate sensor went out of range</source>
        <translation>il sensore cardio è fuori portata</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_transport.py" line="+38"/>
        <source>the treadmill did not answer</source>
        <translation>il tapis roulant non ha risposto</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the treadmill went out of range</source>
        <translation>il tapis roulant è fuori portata</translation>
    </message>
</context>
<context>
    <name>DistanceSource</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-102"/>
        <source>measured</source>
        <translation>misurata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>pianificata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly measured</source>
        <translation>in parte misurata</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location line="+25"/>
        <source>Your walking history will appear here</source>
        <translation>Qui comparirà la cronologia delle tue camminate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Each session you finish (or stop early) is saved here automatically. After your first one you will see:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Minutes per week&lt;/b&gt;, forward and backward, as stacked bars;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your longest backward stretch&lt;/b&gt; in each session, climbing toward the 5-8 minutes without a break that the progression aims for;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;12-month calendar&lt;/b&gt; of the days you walked, with your current and longest streak;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;muscles you worked most&lt;/b&gt;, on the body diagram;&lt;/li&gt;&lt;li&gt;every &lt;b&gt;session&lt;/b&gt; with a chart of its segments, your &lt;b&gt;personal bests&lt;/b&gt;, and exports to CSV, JSON, TCX and FIT.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ogni sessione che finisci (o interrompi in anticipo) viene salvata qui automaticamente. Dopo la prima vedrai:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;i minuti a settimana&lt;/b&gt;, in avanti e all&apos;indietro, in barre sovrapposte;&lt;/li&gt;&lt;li&gt;&lt;b&gt;il tuo tratto all&apos;indietro più lungo&lt;/b&gt; in ogni sessione, in crescita verso i 5-8 minuti senza pause a cui punta la progressione;&lt;/li&gt;&lt;li&gt;un &lt;b&gt;calendario di 12 mesi&lt;/b&gt; dei giorni in cui hai camminato, con la serie attuale e la più lunga;&lt;/li&gt;&lt;li&gt;i &lt;b&gt;muscoli che hai allenato di più&lt;/b&gt;, sullo schema del corpo;&lt;/li&gt;&lt;li&gt;ogni &lt;b&gt;sessione&lt;/b&gt; con un grafico dei suoi tratti, i tuoi &lt;b&gt;record personali&lt;/b&gt; e l&apos;esportazione in CSV, JSON, TCX e FIT.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Energy</name>
    <message>
        <location filename="../../walkcoach/core/energy.py" line="+26"/>
        <source>Backward walking is estimated at 1.18 x the forward figure (heart rate and oxygen uptake were 17-20 % higher backward at 5-10 % grade in Hooper et al. 2004).</source>
        <translation>La camminata all&apos;indietro è stimata a 1,18 volte il valore in avanti (frequenza cardiaca e consumo di ossigeno erano più alti del 17-20 % all&apos;indietro con pendenze del 5-10 % in Hooper et al. 2004).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Station (lunges and squats) energy is an estimate of about 5 METs.</source>
        <translation>L&apos;energia degli esercizi (affondi e squat) è una stima di circa 5 MET.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../walkcoach/core/files.py" line="+45"/>
        <source>a folder</source>
        <translation>una cartella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pipe (FIFO)</source>
        <translation>una pipe (FIFO)</translation>
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
        <translation>non è un file normale</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is {kind}</source>
        <extracomment>Why a file was not read: &quot;is a folder&quot;, &quot;is a pipe (FIFO)&quot;.</extracomment>
        <translation>è {kind}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is larger than {limit} bytes</source>
        <translation>supera i {limit} byte</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The data folder {folder} can be read by other users (mode {mode}) and could not be made private: {reason}.</source>
        <translation>La cartella dei dati {folder} è leggibile da altri utenti (modo {mode}) e non è stato possibile renderla privata: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder {folder} could be read by other users (mode {mode}); it is now yours alone (mode {private}).</source>
        <translation>La cartella dei dati {folder} era leggibile da altri utenti (modo {mode}); ora è solo tua (modo {private}).</translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+32"/>
        <source>it is a file, not a folder</source>
        <translation>è un file, non una cartella</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/first_run.py" line="+65"/>
        <location line="+5"/>
        <source>Welcome to WalkCoach</source>
        <translation>Ti diamo il benvenuto in WalkCoach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WalkCoach times treadmill sessions that switch between walking forward and walking backward, and tells you when to turn, what speed to set and which muscles work.</source>
        <translation>WalkCoach cronometra sessioni sul tapis roulant che alternano camminata in avanti e all&apos;indietro, e ti dice quando girarti, che velocità impostare e quali muscoli lavorano.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only used to estimate the energy you use</source>
        <translation>Serve solo a stimare l&apos;energia che consumi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Units</source>
        <translation>&amp;Unità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body &amp;weight</source>
        <translation>&amp;Peso corporeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body weight</source>
        <translation>Peso corporeo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking backward safely</source>
        <translation>Camminare all&apos;indietro in sicurezza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clip the treadmill&apos;s safety key to your clothes and clear the space around it.</source>
        <translation>Aggancia ai vestiti la chiave di sicurezza del tapis roulant e libera lo spazio attorno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the belt slowly facing forward; turn around only at a slow speed.</source>
        <translation>Avvia il nastro piano guardando avanti; girati solo a bassa velocità.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the rails while you learn, keep your head up and do not look back over your shoulder.</source>
        <translation>Tieniti ai corrimano mentre impari, tieni la testa alta e non voltarti a guardare alle spalle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin with short, slow backward spells of a minute or two; add time first, then speed, then incline.</source>
        <translation>Inizia con brevi tratti lenti all&apos;indietro di un minuto o due; aumenta prima il tempo, poi la velocità, poi la pendenza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop if anything hurts or you feel unsteady. With balance or inner-ear problems, uncontrolled blood pressure, an acute back problem or a recent injury, ask a doctor first.</source>
        <translation>Fermati se senti dolore o ti senti instabile. Con problemi di equilibrio o all&apos;orecchio interno, pressione non controllata, un problema acuto alla schiena o un infortunio recente, chiedi prima a un medico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safety advice</source>
        <translation>Consigli di sicurezza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Select “{name}” to begin ({total}, {backward} of it backward)</source>
        <translation>&amp;Scegli “{name}” per iniziare ({total}, di cui {backward} all&apos;indietro)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the gentlest program</source>
        <translation>Scegli il programma più leggero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Let&apos;s go</source>
        <translation>&amp;Andiamo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>Sal&amp;ta</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../walkcoach/ui/app.py" line="+313"/>
        <source>The last session could not be saved to the history ({problem}). It is kept in {file} and will be added to the history at the next start that can write it.</source>
        <translation>Non è stato possibile salvare l&apos;ultima sessione nella cronologia ({problem}). È conservata in {file} e verrà aggiunta alla cronologia al prossimo avvio in cui si potrà scrivere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last session could not be saved to the history ({problem}), nor kept in a recovery file ({why}).</source>
        <translation>Non è stato possibile salvare l&apos;ultima sessione nella cronologia ({problem}), né conservarla in un file di recupero ({why}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session not saved yet</source>
        <translation>Sessione non ancora salvata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Speech is not available: {reason}.</source>
        <translation>La sintesi vocale non è disponibile: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cue sounds still play.</source>
        <translation>I suoni di avviso funzionano comunque.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{problem}; the coach goes on silently.</source>
        <translation>{problem}; il coach continua senza audio.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>History not saved yet: {problem}</source>
        <translation>Cronologia non ancora salvata: {problem}</translation>
    </message>
</context>
<context>
    <name>HeartRateCoach</name>
    <message>
        <location filename="../../walkcoach/core/hr_coach.py" line="+29"/>
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>Frequenza cardiaca {bpm} sopra la tua soglia di {ceiling} bpm: rallenta un po&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your heart rate is above your ceiling. Slow down a little.</source>
        <translation>La frequenza cardiaca è sopra la tua soglia. Rallenta un po&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>Frequenza cardiaca di nuovo sotto {ceiling} bpm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch your breath: keep walking slowly. The turn comes when your heart rate is under {bpm} bpm.</source>
        <translation>Riprendi fiato: continua a camminare piano. L&apos;inversione arriva quando la frequenza cardiaca scende sotto {bpm} bpm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catch your breath. The turn comes when your heart rate has settled.</source>
        <translation>Riprendi fiato. L&apos;inversione arriva quando la frequenza cardiaca si è stabilizzata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heart rate settled: get ready to turn.</source>
        <translation>Frequenza cardiaca stabile: preparati a girarti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited long enough: get ready to turn.</source>
        <translation>Hai aspettato abbastanza: preparati a girarti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>Nessuna frequenza cardiaca da aspettare: preparati a girarti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Going on without waiting: get ready to turn.</source>
        <translation>Si continua senza aspettare: preparati a girarti.</translation>
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
        <translation>stima in base all&apos;età</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> years</source>
        <translation> anni</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>not given</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum heart rate, beats a minute</source>
        <translation>Frequenza cardiaca massima, battiti al minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age in years</source>
        <translation>Età in anni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting heart rate, beats a minute</source>
        <translation>Frequenza cardiaca a riposo, battiti al minuto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Maximum</source>
        <translation>&amp;Massima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age</source>
        <translation>&amp;Età</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resting</source>
        <translation>A &amp;riposo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your zones</source>
        <translation>Le tue zone</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tell me when my heart rate is above</source>
        <translation>Avvisami quando la frequenza cardiaca supera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the top of zone 4</source>
        <translation>il limite della zona 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart-rate ceiling, beats a minute</source>
        <translation>Soglia di frequenza cardiaca, battiti al minuto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start each backward bout only when my heart rate has settled</source>
        <translation>Inizia ogni tratto all&apos;indietro solo quando la frequenza cardiaca si è stabilizzata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled means under, beats a minute</source>
        <translation>Stabilizzata significa sotto, battiti al minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest wait, seconds</source>
        <translation>Attesa massima, secondi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under</source>
        <translation>sotto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting at most</source>
        <translation>aspettando al massimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Zone {n} · {name}</source>
        <translation>Zona {n} · {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{low} bpm and above ({pct} % and more)</source>
        <translation>{low} bpm e oltre ({pct} % e più)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{low}–{high} bpm ({lo_pct}–{hi_pct} %)</source>
        <translation>{low}–{high} bpm ({lo_pct}–{hi_pct} %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your maximum heart rate, or your age to estimate it, to see your zones.</source>
        <translation>Inserisci la tua frequenza cardiaca massima, o la tua età per stimarla, per vedere le tue zone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Maximum {max} bpm; the ceiling&apos;s default, the top of zone 4: {top} bpm.</source>
        <translation>Massima {max} bpm; soglia predefinita (limite della zona 4): {top} bpm.</translation>
    </message>
</context>
<context>
    <name>HeartRateProgress</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+44"/>
        <source>Heart rate: reading the recorded sessions…</source>
        <translation>Frequenza cardiaca: lettura delle sessioni registrate…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heart rate: {problem}</source>
        <translation>Frequenza cardiaca: {problem}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Heart rate: nothing recorded in the last 12 months. With a heart-rate sensor (a chest strap or watch) linked, this row shows your weekly time in each zone and your heart rate backward against forward at the same speed.</source>
        <translation>Frequenza cardiaca: nessun dato negli ultimi 12 mesi. Con un sensore cardio collegato (una fascia cardio o un orologio), questa riga mostra il tempo settimanale in ogni zona e la tua frequenza cardiaca all&apos;indietro rispetto a quella in avanti alla stessa velocità.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time in zones: enter your maximum heart rate or your age in Preferences to see it.</source>
        <translation>Tempo nelle zone: inserisci la tua frequenza cardiaca massima o la tua età nelle Preferenze per vederlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time in zones: no heart rate recorded in the last 12 weeks.</source>
        <translation>Tempo nelle zone: nessuna frequenza cardiaca registrata nelle ultime 12 settimane.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minutes in each heart-rate zone per week, the last 12 weeks: {names}</source>
        <translation>Minuti in ogni zona di frequenza cardiaca a settimana, ultime 12 settimane: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backward against forward: no speed walked both ways with a heart rate yet (each side needs a segment of over a minute).</source>
        <translation>All&apos;indietro rispetto ad avanti: ancora nessuna velocità percorsa in entrambi i sensi con la frequenza cardiaca (ogni senso richiede un tratto di oltre un minuto).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your mean heart rate walking backward and forward at the same speed, from {backward_n} backward and {forward_n} forward segments in the last 12 months (the first 30 s of each left out): backward was {difference} bpm {word} on average.</source>
        <translation>La tua frequenza cardiaca media camminando all&apos;indietro e in avanti alla stessa velocità, da {backward_n} tratti all&apos;indietro e {forward_n} in avanti negli ultimi 12 mesi (esclusi i primi 30 s di ciascuno): all&apos;indietro era in media {difference} bpm {word}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher</source>
        <translation>più alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>più bassa</translation>
    </message>
</context>
<context>
    <name>HeartRateView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/hr_view.py" line="+76"/>
        <source>from the treadmill</source>
        <translation>dal tapis roulant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated zones</source>
        <translation>zone simulate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{bpm} bpm</source>
        <translation>{bpm} bpm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below zone 1</source>
        <translation>Sotto la zona 1</translation>
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
sopra la tua soglia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connecting…</source>
        <translation>connessione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensor lost</source>
        <translation>sensore perso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no skin contact</source>
        <translation>nessun contatto con la pelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none from the treadmill</source>
        <translation>nessun dato dal tapis roulant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no heart rate</source>
        <translation>nessuna frequenza cardiaca</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Virtual heart-rate sensor</source>
        <translation>Sensore cardio virtuale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: connected</source>
        <translation>{name}: connesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: connecting…</source>
        <translation>{name}: connessione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: closed</source>
        <translation>{name}: chiuso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: lost, trying again…</source>
        <translation>{name}: perso, nuovo tentativo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: lost, trying again… ({why})</source>
        <translation>{name}: perso, nuovo tentativo… ({why})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>Il sensore cardio ha perso il contatto con la pelle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>Frequenza cardiaca {bpm} sopra la tua soglia di {ceiling} bpm: rallenta un po&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>Frequenza cardiaca di nuovo sotto {ceiling} bpm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heart rate settled: get ready to turn.</source>
        <translation>Frequenza cardiaca stabile: preparati a girarti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited long enough: get ready to turn.</source>
        <translation>Hai aspettato abbastanza: preparati a girarti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>Nessuna frequenza cardiaca da aspettare: preparati a girarti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going on without waiting: get ready to turn.</source>
        <translation>Si continua senza aspettare: preparati a girarti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Catch your breath: keep walking slowly.</source>
        <translation>Riprendi fiato: continua a camminare piano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn under {level} bpm</source>
        <translation>Inversione sotto {level} bpm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {bpm}</source>
        <translation>ora {bpm}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now --</source>
        <translation>ora --</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {left} more</source>
        <translation>al massimo altri {left}</translation>
    </message>
</context>
<context>
    <name>HeartRateZones</name>
    <message>
        <location filename="../../walkcoach/core/hr_zones.py" line="+25"/>
        <source>Very light</source>
        <translation>Molto leggera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Leggera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Intensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Massima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the zones</source>
        <translation>Sotto le zone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated from your age with the Tanaka formula, 208 - 0.7 x age. It is an estimate: a real maximum can be 10 or more beats a minute either side, so enter yours if you know it.</source>
        <translation>Stimata dalla tua età con la formula di Tanaka, 208 - 0,7 x età. È una stima: il massimo reale può essere 10 o più battiti al minuto sopra o sotto, quindi inserisci il tuo se lo conosci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zones on your heart-rate reserve (Karvonen): resting + % x (maximum - resting).</source>
        <translation>Zone sulla riserva cardiaca (Karvonen): riposo + % x (massima - riposo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones as a percentage of your maximum heart rate.</source>
        <translation>Zone come percentuale della tua frequenza cardiaca massima.</translation>
    </message>
</context>
<context>
    <name>HelperCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/helper_player.py" line="+83"/>
        <source>Sound is unavailable: the sound helper did not start</source>
        <translation>Audio non disponibile: il programma audio di supporto non si è avviato</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sound is unavailable: the sound helper keeps failing</source>
        <translation>Audio non disponibile: il programma audio di supporto continua a fallire</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sound is unavailable: {reason}</source>
        <translation>Audio non disponibile: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+62"/>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn</source>
        <translation>Inversione</translation>
    </message>
</context>
<context>
    <name>HistoryExports</name>
    <message>
        <location filename="../../walkcoach/ui/history/exports.py" line="+66"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training Center files (*.tcx)</source>
        <translation>File Training Center (*.tcx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIT files (*.fit)</source>
        <translation>File FIT (*.fit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as {fmt}</source>
        <translation>Esporta in {fmt}</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+188"/>
        <source>there are no recorded sessions to export</source>
        <translation>non ci sono sessioni registrate da esportare</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported: {m}</source>
        <translation>Nulla è stato esportato: {m}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {path}</source>
        <translation>Esportato in {path}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>choose a session in the list first</source>
        <translation>prima scegli una sessione nell&apos;elenco</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export all sessions as &amp;CSV…</source>
        <translation>Esporta tutte le sessioni in &amp;CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all sessions as &amp;JSON…</source>
        <translation>Esporta tutte le sessioni in &amp;JSON…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the last session as &amp;TCX…</source>
        <translation>Esporta l&apos;ultima sessione in TC&amp;X…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the last session as &amp;FIT…</source>
        <translation>Esporta l&apos;ultima sessione in F&amp;IT…</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../walkcoach/ui/history/page.py" line="+198"/>
        <source>Export all as CSV…</source>
        <translation>Esporta tutto in CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all as JSON…</source>
        <translation>Esporta tutto in JSON…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progressi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Muscles</source>
        <translation>&amp;Muscoli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessioni</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Last 4 weeks</source>
        <translation>Ultime 4 settimane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Ultimi 3 mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Da sempre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export session as TCX…</source>
        <translation>Esporta sessione in TCX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export session as FIT…</source>
        <translation>Esporta sessione in FIT…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete session…</source>
        <translation>&amp;Elimina sessione…</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The history cannot be read: {error}</source>
        <translation>Impossibile leggere la cronologia: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;{miles}&lt;/b&gt; miles in all</source>
        <translation>&lt;b&gt;{miles}&lt;/b&gt; miglia in tutto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{km}&lt;/b&gt; km in all</source>
        <translation>&lt;b&gt;{km}&lt;/b&gt; km in tutto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; sessions &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; walked backward &amp;nbsp;·&amp;nbsp; {distance}</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; sessioni &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; all&apos;indietro &amp;nbsp;·&amp;nbsp; {distance}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} steps&lt;br&gt;&lt;small&gt;Dashed outline: planned time; filled bar: time walked. Green: forward; orange: backward; blue: rest; yellow: turn; purple: an exercise off the belt.&lt;/small&gt;</source>
        <translation>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} tratti&lt;br&gt;&lt;small&gt;Contorno tratteggiato: tempo pianificato; barra piena: tempo camminato. Verde: avanti; arancione: indietro; blu: riposo; giallo: inversione; viola: un esercizio fuori dal nastro.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Distance: {distance} ({source})</source>
        <translation>Distanza: {distance} ({source})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>Note: {notes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Heart rate: mean {mean:.0f}, highest {high} bpm. Right: heart rate over the session, its steps shaded behind in the same colours.</source>
        <translation>Frequenza cardiaca: media {mean:.0f}, massima {high} bpm. A destra: la frequenza cardiaca durante la sessione, con i tratti ombreggiati dietro negli stessi colori.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No heart rate in this session (a heart-rate sensor records it).</source>
        <translation>Nessuna frequenza cardiaca in questa sessione (la registra un sensore cardio).</translation>
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
        <translation>Tratto all&apos;indietro più lungo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most backward time in a session</source>
        <translation>Più tempo all&apos;indietro in una sessione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest session</source>
        <translation>Sessione più lunga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steepest backward incline, held a minute</source>
        <translation>Pendenza all&apos;indietro più ripida, tenuta un minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastest backward speed, held a minute</source>
        <translation>Velocità all&apos;indietro più alta, tenuta un minuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest streak</source>
        <translation>Serie più lunga</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <location filename="../../walkcoach/ui/history/wiring.py" line="+32"/>
        <source>&amp;History</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sessions, progress charts and exports (Ctrl+H again: back)</source>
        <translation>Le tue sessioni, i grafici dei progressi e le esportazioni (Ctrl+H di nuovo: torna indietro)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Finish the current session first.</source>
        <translation>Prima finisci la sessione in corso.</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/link_view.py" line="+63"/>
        <source>Virtual treadmill</source>
        <translation>Tapis roulant virtuale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treadmill {name}</source>
        <translation>Tapis roulant {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treadmill {address}</source>
        <translation>Tapis roulant {address}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting…</source>
        <translation>connessione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking control…</source>
        <translation>presa del controllo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost, trying again…</source>
        <translation>perso, nuovo tentativo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>disconnesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belt: {state}</source>
        <translation>Nastro: {state}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Belt now: {figures}</source>
        <translation>Nastro ora: {figures}</translation>
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
        <translation>La chiave di sicurezza è stata tolta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill was stopped on the machine.</source>
        <translation>Il tapis roulant è stato fermato dal suo pannello.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill was paused on the machine.</source>
        <translation>Il tapis roulant è stato messo in pausa dal suo pannello.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app took control of the treadmill.</source>
        <translation>Un&apos;altra app ha preso il controllo del tapis roulant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill link was lost.</source>
        <translation>Collegamento con il tapis roulant perso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill stopped sending its speed.</source>
        <translation>Il tapis roulant non invia più la velocità.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The belt did not slow down for the turn.</source>
        <translation>Il nastro non ha rallentato per l&apos;inversione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill refused the turn speed.</source>
        <translation>Il tapis roulant ha rifiutato la velocità di inversione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} Press Space to go on.</source>
        <translation>{why} Premi Spazio per continuare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>Aspetta: il nastro sta ancora rallentando per l&apos;inversione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Going on in {seconds}… (Space: wait)</source>
        <translation>Si riparte tra {seconds}… (Spazio: aspetta)</translation>
    </message>
</context>
<context>
    <name>LoadDiagram</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+240"/>
        <source>work in this period, % of the muscle worked most (estimated)</source>
        <translation>lavoro in questo periodo, % del muscolo più allenato (stima)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worked in this period</source>
        <translation>Non allenato in questo periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share:.0f} % of the work of the muscle worked most in this period (estimated)</source>
        <translation>{share:.0f} % del lavoro del muscolo più allenato in questo periodo (stima)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../walkcoach/ui/main_window.py" line="+125"/>
        <source>&amp;Session</source>
        <translation>&amp;Sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausa / riprendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip segment</source>
        <translation>&amp;Salta tratto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous step</source>
        <translation>Tratto prece&amp;dente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top…</source>
        <translation>&amp;Ferma…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;readmill and heart rate…</source>
        <translation>&amp;Tapis roulant e frequenza cardiaca…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workout view (full screen)</source>
        <translation>Vista &amp;allenamento (schermo intero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mini view</source>
        <translation>Vista &amp;mini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flash the window on each change</source>
        <translation>&amp;Lampeggia a ogni cambio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mute sounds</source>
        <translation>Disattiva i s&amp;uoni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Safety checklist before every backward session</source>
        <translation>Controlli di &amp;sicurezza prima di ogni sessione all&apos;indietro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Safety checklist</source>
        <translation>&amp;Controlli di sicurezza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About WalkCoach</source>
        <translation>&amp;Informazioni su WalkCoach</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose a program first.</source>
        <translation>Prima scegli un programma.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stop the session?</source>
        <translation>Fermare la sessione?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the session now?</source>
        <translation>Fermare la sessione ora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you have walked so far is kept in your history.</source>
        <translation>Quello che hai camminato finora resta nella cronologia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sound off</source>
        <translation>Audio spento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound on</source>
        <translation>Audio acceso</translation>
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
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sound off (M)</source>
        <translation>Audio spento (M)</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <location filename="../../walkcoach/ui/window_hooks.py" line="+23"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programmi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit programs…</source>
        <translation>&amp;Modifica programmi…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New program…</source>
        <translation>&amp;Nuovo programma…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import program…</source>
        <translation>&amp;Importa programma…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
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
        <translation>Pausa o ripresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full view</source>
        <translation>Vista completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the full window</source>
        <translation>Torna alla finestra completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the full coach window (Ctrl+M)</source>
        <translation>Torna alla finestra completa del coach (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>MuscleLoadList</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-75"/>
        <source>Worked most</source>
        <translation>I più allenati</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each muscle&apos;s work in this period compared with the muscle worked most (100 %): how hard it works, estimated from muscle-activity (EMG) studies, times the minutes you walked. The colours on the body follow the same scale.</source>
        <translation>Il lavoro di ogni muscolo in questo periodo rispetto al muscolo più allenato (100 %): quanto lavora, stimato da studi sull&apos;attività muscolare (EMG), per i minuti che hai camminato. I colori sul corpo seguono la stessa scala.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing walked in this period.</source>
        <translation>Nessuna camminata in questo periodo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;worked most (100 %)&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;il più allenato (100 %)&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;as much&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;del più allenato&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>MusclePanel</name>
    <message>
        <location filename="../../walkcoach/ui/coach/muscle_panel.py" line="+188"/>
        <source>Muscles worked</source>
        <translation>Muscoli al lavoro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coming next: {name}</source>
        <translation>In arrivo: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working now: {name}</source>
        <translation>Al lavoro ora: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>measured</source>
        <translation>misurato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimate</source>
        <translation>stima</translation>
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
        <translation>Articolo sui glutei all&apos;indietro in salita</translation>
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
        <translation>Studio EMG lombare 2018</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lee et al. 2014</source>
        <translation>Lee et al. 2014</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking muscles articles</source>
        <translation>Articoli sui muscoli della camminata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking backwards guide</source>
        <translation>Guida alla camminata all&apos;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Sports Q&amp;A</source>
        <translation>Project Sports Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/muscles.py" line="+54"/>
        <source>belt stopped / resting</source>
        <translation>nastro fermo / riposo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turning round on a slow belt (not counted as work)</source>
        <translation>inversione su un nastro lento (non conta come lavoro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} (estimated profile for lunges and squats)</source>
        <translation>{reason} (profilo stimato per affondi e squat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>WalkCoach estimate</source>
        <extracomment>The source of a figure WalkCoach assumed where no article gives one (beside a muscle&apos;s figure).</extracomment>
        <translation>Stima di WalkCoach</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Rectus femoris</source>
        <translation>Retto femorale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadriceps</source>
        <translation>Quadricipite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straightens the knee and helps lift the thigh; the one quadriceps muscle that crosses the hip.</source>
        <translation>Estende il ginocchio e aiuta a sollevare la coscia; è l&apos;unico muscolo del quadricipite che attraversa l&apos;anca.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Straightens the knee as your weight passes over the foot, then helps swing the thigh through.</source>
        <translation>Estende il ginocchio mentre il peso passa sopra il piede, poi aiuta a portare avanti la coscia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works hardest here: it brakes the bent-knee landing behind you, then straightens the knee to push away.</source>
        <translation>Qui lavora di più: frena l&apos;appoggio a ginocchio piegato dietro di te, poi estende il ginocchio per darti la spinta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deep knee bends under body weight are the quadriceps&apos; main job.</source>
        <translation>Piegare a fondo le ginocchia sotto il peso del corpo è il compito principale del quadricipite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastus lateralis</source>
        <translation>Vasto laterale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The large outer thigh muscle; straightens the knee and takes the load when you land.</source>
        <translation>Il grande muscolo esterno della coscia; estende il ginocchio e regge il carico quando appoggi il piede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cushions each landing and keeps the knee firm while you stand on that leg.</source>
        <translation>Ammortizza ogni appoggio e tiene saldo il ginocchio mentre il peso è su quella gamba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controls the bent knee as you land behind yourself, then drives it straight to push off; steep backward walking loads it most of all.</source>
        <translation>Controlla il ginocchio piegato quando appoggi il piede dietro di te, poi lo distende con forza per la spinta; la camminata all&apos;indietro in forte salita lo carica più di tutto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carries much of the body weight out of the bottom of each lunge and squat.</source>
        <translation>Regge gran parte del peso del corpo quando risali dal fondo di ogni affondo e squat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vastus medialis</source>
        <translation>Vasto mediale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inner thigh teardrop; straightens the knee and keeps the kneecap on track.</source>
        <translation>Il muscolo «a goccia» all&apos;interno della coscia; estende il ginocchio e tiene la rotula nel suo binario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the kneecap tracking and helps hold the knee straight in stance.</source>
        <translation>Tiene la rotula nel suo binario e aiuta a mantenere il ginocchio disteso in appoggio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The knee lands bent behind you, so this muscle must straighten it against your body weight every step.</source>
        <translation>Il ginocchio appoggia piegato dietro di te, così a ogni passo questo muscolo deve distenderlo contro il peso del corpo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works hard near the bottom of squats and lunges where the knee bends most.</source>
        <translation>Lavora molto verso il fondo di squat e affondi, dove il ginocchio si piega di più.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tibialis anterior</source>
        <translation>Tibiale anteriore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shin</source>
        <translation>Stinco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raises the toes and front of the foot and lowers the foot gently after it lands.</source>
        <translation>Solleva le dita e la parte anteriore del piede e lo abbassa dolcemente dopo l&apos;appoggio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifts the foot clear of the belt in swing and sets it down softly after the heel lands.</source>
        <translation>Solleva il piede dal nastro durante l&apos;oscillazione e lo appoggia morbido dopo che il tallone tocca terra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busier than forward: you reach back toes first and roll onto the heel, and the shin muscle controls that roll.</source>
        <translation>Lavora più che in avanti: appoggi dietro prima la punta e poi rulli sul tallone, e il muscolo dello stinco controlla quel movimento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps you balanced over your feet in lunges and squats; light work.</source>
        <translation>Ti tiene in equilibrio sui piedi negli affondi e negli squat; lavoro leggero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peroneals</source>
        <translation>Peronei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower leg</source>
        <translation>Gamba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run down the outside of the shin; steady the ankle and help the foot push off.</source>
        <translation>Scendono lungo il lato esterno della gamba; stabilizzano la caviglia e aiutano il piede nella spinta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankle against rolling in or out while the foot carries your weight.</source>
        <translation>Impediscono alla caviglia di piegarsi verso l&apos;interno o l&apos;esterno mentre il piede regge il tuo peso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landing on the forefoot behind you needs more side-to-side ankle control.</source>
        <translation>Appoggiare l&apos;avampiede dietro di te richiede più controllo laterale della caviglia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankles while you balance in a lunge.</source>
        <translation>Stabilizzano le caviglie mentre stai in equilibrio nell&apos;affondo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip flexors</source>
        <translation>Flessori dell&apos;anca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iliopsoas and tensor fasciae latae at the front of the hip; swing the thigh forward.</source>
        <translation>Ileopsoas e tensore della fascia lata, nella parte anteriore dell&apos;anca; portano la coscia in avanti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pulls the thigh forward to start each swing of the leg.</source>
        <translation>Tirano avanti la coscia per avviare ogni oscillazione della gamba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly lengthened rather than worked, since the leg reaches back behind you; a welcome stretch after sitting.</source>
        <translation>Più che lavorare si allungano, perché la gamba va dietro di te; un allungamento prezioso dopo tante ore sulla sedia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brings the leg forward into each new lunge step.</source>
        <translation>Portano avanti la gamba in ogni nuovo passo di affondo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip adductors</source>
        <translation>Adduttori dell&apos;anca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adductors</source>
        <translation>Adduttori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner thigh muscles; pull the legs toward the midline and help hold the pelvis steady.</source>
        <translation>I muscoli interni della coscia; avvicinano le gambe alla linea mediana e aiutano a tenere stabile il bacino.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the ring of muscles round the pelvis that keeps it steady each step.</source>
        <translation>Fanno parte dell&apos;anello di muscoli attorno al bacino che lo tiene stabile a ogni passo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the legs tracking straight and the pelvis steady while you cannot see where you step.</source>
        <translation>Tengono le gambe in linea e il bacino stabile mentre non vedi dove metti i piedi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the thighs steady in deep squats and lunges.</source>
        <translation>Tengono salde le cosce negli squat e negli affondi profondi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectus abdominis</source>
        <translation>Retto dell&apos;addome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core</source>
        <translation>Addome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The front abdominal wall; keeps the trunk firm so the legs have a stable base.</source>
        <translation>La parete anteriore dell&apos;addome; tiene saldo il tronco perché le gambe abbiano una base stabile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firms the trunk with every step so the legs push from a stable base.</source>
        <translation>Irrigidisce il tronco a ogni passo, così le gambe spingono da una base stabile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works more for balance: it holds you upright while you move without looking.</source>
        <translation>Lavora di più per l&apos;equilibrio: ti mantiene in posizione eretta mentre ti muovi senza guardare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Braces the trunk so the back stays neutral in squats.</source>
        <translation>Stabilizza il tronco perché negli squat la schiena resti in posizione neutra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obliques</source>
        <translation>Obliqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side abdominals; control the twist and side bend of the trunk.</source>
        <translation>Gli addominali laterali; controllano la torsione e la flessione laterale del tronco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls the small twist of trunk and pelvis in each stride.</source>
        <translation>Controllano la leggera torsione di tronco e bacino a ogni falcata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes a bigger share of the balance work while you move in reverse.</source>
        <translation>Si fanno carico di una parte maggiore del lavoro di equilibrio mentre ti muovi all&apos;indietro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the trunk from twisting as you step into lunges.</source>
        <translation>Impediscono al tronco di ruotare quando fai il passo dell&apos;affondo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltoids</source>
        <translation>Deltoidi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Spalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap the shoulders; swing the arms, far more when you pump them in power walking.</source>
        <translation>Avvolgono le spalle; fanno oscillare le braccia, e lavorano molto di più quando le spingi con forza nel power walking.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swings the arms; much busier when you drive the arms up in power walking.</source>
        <translation>Fanno oscillare le braccia; lavorano molto di più quando spingi le braccia in alto nel power walking.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Little work: the arm swing is smaller and the hands often rest on the rails.</source>
        <translation>Poco lavoro: le braccia oscillano meno e spesso le mani poggiano sui corrimano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only steadies the arms during lunges and squats.</source>
        <translation>Durante affondi e squat si limitano a stabilizzare le braccia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gluteus maximus</source>
        <translation>Grande gluteo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glutes</source>
        <translation>Glutei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The biggest hip muscle; drives the thigh backward and keeps hip and pelvis steady.</source>
        <translation>Il muscolo più grande dell&apos;anca; spinge la coscia all&apos;indietro e tiene stabili anca e bacino.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushes the leg back behind you; on a flat belt momentum helps, uphill it must lift you.</source>
        <translation>Porta la gamba dietro di te; con il nastro in piano lo slancio aiuta, in salita deve sollevarti lui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extends the hip hard as the leg reaches back and stays switched on through the whole stride.</source>
        <translation>Estende con forza l&apos;anca mentre la gamba va indietro e resta attivo per tutta la falcata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drives you up out of each lunge and squat.</source>
        <translation>Ti spinge su per risalire da ogni affondo e squat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gluteus medius</source>
        <translation>Medio gluteo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the side of the hip; holds the pelvis level on the standing leg and moves the thigh out.</source>
        <translation>Sul lato dell&apos;anca; tiene il bacino in piano sulla gamba d&apos;appoggio e porta la coscia verso l&apos;esterno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the pelvis level each time you stand on one leg; busier at a brisk pace.</source>
        <translation>Tiene il bacino in piano ogni volta che sei in appoggio su una gamba; lavora di più a passo svelto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies pelvis and hip while the leg reaches back without your eyes to guide it.</source>
        <translation>Stabilizza bacino e anca mentre la gamba va indietro senza lo sguardo a guidarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stops the knee from caving in and the pelvis from dropping in lunges.</source>
        <translation>Negli affondi impedisce al ginocchio di cedere verso l&apos;interno e al bacino di abbassarsi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Biceps femoris</source>
        <translation>Bicipite femorale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hamstrings</source>
        <translation>Ischiocrurali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outer hamstring; bends the knee, helps straighten the hip and brakes the swinging leg.</source>
        <translation>L&apos;ischiocrurale esterno; flette il ginocchio, aiuta a estendere l&apos;anca e frena la gamba in oscillazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slows the swinging leg before it lands and helps straighten the hip at push-off.</source>
        <translation>Rallenta la gamba in oscillazione prima dell&apos;appoggio e aiuta a estendere l&apos;anca nella spinta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brakes the leg and steadies the knee; it is also stretched, which helps flexibility.</source>
        <translation>Frena la gamba e stabilizza il ginocchio; inoltre viene allungato, e questo aiuta la flessibilità.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helps the glutes straighten the hip as you rise from a lunge.</source>
        <translation>Aiuta i glutei a estendere l&apos;anca quando risali da un affondo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semitendinosus</source>
        <translation>Semitendinoso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An inner hamstring; bends the knee, extends the hip and steadies the knee from inside.</source>
        <translation>Un ischiocrurale interno; flette il ginocchio, estende l&apos;anca e stabilizza il ginocchio dal lato interno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brakes the swing and assists hip extension from the inner back of the thigh.</source>
        <translation>Frena l&apos;oscillazione e aiuta l&apos;estensione dell&apos;anca dalla parte posteriore interna della coscia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds the knee steady as it bends on landing and helps guide the leg back.</source>
        <translation>Tiene stabile il ginocchio mentre si piega all&apos;appoggio e aiuta a guidare la gamba all&apos;indietro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works with the other hamstrings to control the knee in lunges.</source>
        <translation>Lavora con gli altri ischiocrurali per controllare il ginocchio negli affondi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calves</source>
        <translation>Polpacci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visible calf muscle; lifts the heel to push off and helps bend the knee.</source>
        <translation>Il muscolo visibile del polpaccio; solleva il tallone per la spinta e aiuta a flettere il ginocchio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of the hardest-working walking muscles: it raises the heel to push you on.</source>
        <translation>Uno dei muscoli che lavorano di più nel cammino: solleva il tallone per spingerti in avanti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less work than forward: the push-off is reversed and much of the ankle work moves to the shin.</source>
        <translation>Lavora meno che in avanti: la spinta è invertita e gran parte del lavoro della caviglia passa allo stinco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps balance on the balls of the feet in lunges; light work.</source>
        <translation>Negli affondi mantiene l&apos;equilibrio sull&apos;avampiede; lavoro leggero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soleus</source>
        <translation>Soleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deep calf muscle; pushes off through the ankle and keeps the shin from tipping forward.</source>
        <translation>Il muscolo profondo del polpaccio; dà la spinta con la caviglia e impedisce alla tibia di inclinarsi in avanti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushes off through the ankle every step; works harder at a brisk pace.</source>
        <translation>Dà la spinta con la caviglia a ogni passo; lavora di più a passo svelto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankle and lowers the heel under control: a push-off run in reverse.</source>
        <translation>Stabilizza la caviglia e abbassa il tallone in modo controllato: una spinta al contrario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the ankle steady as the shin tilts over the foot in squats.</source>
        <translation>Negli squat tiene ferma la caviglia mentre la tibia si inclina sopra il piede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erector spinae</source>
        <translation>Erettore della colonna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower back</source>
        <translation>Zona lombare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long muscles either side of the spine; hold the back upright with the abdominals.</source>
        <translation>I lunghi muscoli ai lati della colonna; insieme agli addominali tengono dritta la schiena.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the spine upright together with the abdominals.</source>
        <translation>Tiene dritta la colonna insieme agli addominali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More active than forward: you stand taller walking backward and these muscles hold that upright trunk.</source>
        <translation>Più attivo che in avanti: camminando all&apos;indietro la postura è più eretta e questi muscoli reggono il tronco dritto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the back straight as you lean into squats and lunges.</source>
        <translation>Tiene dritta la schiena quando ti inclini in avanti negli squat e negli affondi.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../walkcoach/ui/coach/paused_overlay.py" line="+30"/>
        <source>PAUSED</source>
        <translation>IN PAUSA</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../walkcoach/ui/plan/page.py" line="+136"/>
        <source>The active plan &apos;%1&apos; is not known to this WalkCoach.</source>
        <translation>Il piano attivo &apos;%1&apos; non è noto a questa versione di WalkCoach.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Training plans</source>
        <translation>Piani di allenamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A plan puts weeks of sessions on the weekdays you choose, moves a missed one to the next free day and waits a week when a session hurt or felt too hard. Pick one to start:</source>
        <translation>Un piano distribuisce settimane di sessioni nei giorni che scegli, sposta una sessione persa al primo giorno libero e aspetta una settimana quando una sessione ha fatto male o è stata troppo dura. Scegline uno per iniziare:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no day left</source>
        <translation>nessun giorno libero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>fatta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>persa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coming</source>
        <translation>in programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>saltata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day %1: %2</source>
        <translation>Giorno %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%v of %m sessions</source>
        <translation>%v di %m sessioni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (again)</source>
        <translation> (di nuovo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This week: week %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Questa settimana: settimana %1 di %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>active minutes</source>
        <translation>minuti attivi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward minutes</source>
        <translation>minuti all&apos;indietro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This week: %1 of %2 %3</source>
        <translation>Questa settimana: %1 di %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>★ Week %1</source>
        <translation>★ Settimana %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed on %1</source>
        <translation>Completata %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Weeks ahead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prossime settimane&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week %1 from %2: %3 x %4</source>
        <translation>Settimana %1 da %2: %3 x %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and %1 more weeks</source>
        <translation>… e altre %1 settimane</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Walk today&apos;s session</source>
        <translation>Fai la sessione di oggi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip a session</source>
        <translation>Salta una sessione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart week</source>
        <translation>Ricomincia settimana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar file…</source>
        <translation>File calendario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>End plan</source>
        <translation>Termina piano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End this plan? Your recorded sessions are kept.</source>
        <translation>Terminare questo piano? Le sessioni registrate restano.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save calendar file</source>
        <translation>Salva il file calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>File iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar file</source>
        <translation>File calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the file: %1</source>
        <translation>Impossibile scrivere il file: %1</translation>
    </message>
</context>
<context>
    <name>PlanWiring</name>
    <message>
        <location filename="../../walkcoach/ui/plan/wiring.py" line="+18"/>
        <source>&amp;Plan</source>
        <translation>&amp;Piano</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Time for your walk</source>
        <translation>È ora della tua camminata</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Today&apos;s plan session: %1</source>
        <translation>Sessione di oggi del piano: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use it</source>
        <translation>Usala</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-285"/>
        <source>Back relief, three weeks</source>
        <translation>Per la schiena, tre settimane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three weeks of the Back relief walk, three times a week: 15 minutes of slow backward walking each time, with the safety key clipped on and, once steady, hands off the rails.</source>
        <translation>Tre settimane della Camminata per la schiena, tre volte a settimana: ogni volta 15 minuti di camminata lenta all&apos;indietro, con la chiave di sicurezza agganciata e, quando ti senti stabile, senza mani sui corrimano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Walking Backwards on the Treadmill”, a personal trainer&apos;s post on backward walking for back pain (15 minutes, 3 times a week, 3 weeks)</source>
        <translation>“Walking Backwards on the Treadmill”, il post di un personal trainer sulla camminata all&apos;indietro contro il mal di schiena (15 minuti, 3 volte a settimana, per 3 settimane)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toward 150 minutes a week</source>
        <translation>Verso i 150 minuti a settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brisk walks on more days each week, from five to every day, toward 150 active minutes a week; every walk you record counts toward the weekly bar, not only the plan&apos;s.</source>
        <translation>Camminate a passo svelto in sempre più giorni a settimana, da cinque fino a tutti i giorni, verso i 150 minuti attivi a settimana; ogni camminata che registri conta per la barra settimanale, non solo quelle del piano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Which muscles are used when you walk?” (quoting the NHS target of 150 active minutes a week)</source>
        <translation>“Which muscles are used when you walk?” (cita l&apos;obiettivo dell&apos;NHS di 150 minuti attivi a settimana)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily retro, four weeks</source>
        <translation>Indietro ogni giorno, quattro settimane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Daily retro walk three times a week for two weeks, then four times a week: 10-15 minutes of backward walking each time.</source>
        <translation>La Camminata all&apos;indietro quotidiana tre volte a settimana per due settimane, poi quattro volte a settimana: ogni volta 10-15 minuti di camminata all&apos;indietro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Exercise to isolate the leg stability muscles used when walking backwards?”, a sports questions-and-answers page</source>
        <translation>“Exercise to isolate the leg stability muscles used when walking backwards?”, una pagina di domande e risposte sullo sport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Glute focus, four weeks</source>
        <translation>Focus glutei, quattro settimane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glute focus intervals twice a week for two weeks, then three times a week: 5-10 minutes of backward walking each time, split into short stretches.</source>
        <translation>Gli Intervalli per i glutei due volte a settimana per due settimane, poi tre volte a settimana: ogni volta 5-10 minuti di camminata all&apos;indietro, divisi in brevi tratti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article on walking backwards uphill and gluteus maximus EMG (its weekly dose)</source>
        <translation>Un articolo sulla camminata all&apos;indietro in salita e sull&apos;EMG del grande gluteo (la sua dose settimanale)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward progression, twelve weeks</source>
        <translation>Progressione all&apos;indietro, dodici settimane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with 2-minute backward stretches on a 3 % slope and add 30 s every week until you walk 5 minutes without a break; then keep the time and make it one step steeper each week, up to 8 %. Never faster: the plan grows in time and slope only.</source>
        <translation>Inizia con tratti all&apos;indietro di 2 minuti su una pendenza del 3 % e aggiungi 30 s ogni settimana finché cammini 5 minuti senza pause; poi mantieni il tempo e aumenta la pendenza di un gradino ogni settimana, fino all&apos;8 %. Mai più veloce: il piano cresce solo in tempo e pendenza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article on walking backwards uphill and gluteus maximus EMG (its progression advice)</source>
        <translation>Un articolo sulla camminata all&apos;indietro in salita e sull&apos;EMG del grande gluteo (i suoi consigli di progressione)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/builtin.py" line="+61"/>
        <source>program &apos;{id}&apos; (not found)</source>
        <translation>programma &apos;{id}&apos; (non trovato)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{program}, {time} total</source>
        <translation>{program}, {time} in totale</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+40"/>
        <source>backward {time} x {rounds} on {incline} %</source>
        <translation>indietro {time} x {rounds} con pendenza {incline} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backward {time} x {rounds}</source>
        <translation>indietro {time} x {rounds}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{plan}: week {week}</source>
        <translation>{plan}: settimana {week}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week {week} of the plan: {bout}, a slow turn before and after each backward stretch.</source>
        <translation>Settimana {week} del piano: {bout}, con un&apos;inversione lenta prima e dopo ogni tratto all&apos;indietro.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/schedule.py" line="+73"/>
        <source>Week {week}, day {day}: {title}</source>
        <translation>Settimana {week}, giorno {day}: {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>Plan complete on {day}: all %n week(s) walked.</source>
        <translation>
            <numerusform>Piano completato {day}: %n settimana completata.</numerusform>
            <numerusform>Piano completato {day}: tutte le %n settimane completate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Plan complete: all %n week(s) walked.</source>
        <translation>
            <numerusform>Piano completato: %n settimana completata.</numerusform>
            <numerusform>Piano completato: tutte le %n settimane completate.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan is paused: nothing is missed until you resume it.</source>
        <translation>Il piano è in pausa: nessuna sessione risulta persa finché non lo riprendi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today: {session}.</source>
        <translation>Oggi: {session}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: {session}, {day}.</source>
        <translation>Prossima: {session}, {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session left this week: the week is walked again from Monday.</source>
        <translation>Nessuna sessione rimasta questa settimana: la settimana si ripete da lunedì.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) was marked with pain.</source>
        <translation>La settimana {week} si ripete da {monday} perché la tua ultima sessione ({day}) è stata segnata con dolore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week} is walked again from {monday} because a session on {day} was marked with pain.</source>
        <translation>La settimana {week} si ripete da {monday} perché la sessione di {day} è stata segnata con dolore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) felt very hard.</source>
        <translation>La settimana {week} si ripete da {monday} perché la tua ultima sessione ({day}) è stata molto faticosa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) was cut short.</source>
        <translation>La settimana {week} si ripete da {monday} perché la tua ultima sessione ({day}) è stata interrotta.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Week 1 starts on {day}: the days you chose left in this week cannot hold all its sessions.</source>
        <translation>La settimana 1 inizia {day}: i giorni scelti che restano in questa settimana non bastano per tutte le sue sessioni.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You paused the plan on {day}: no session counts as missed until you resume it.</source>
        <translation>Hai messo in pausa il piano {day}: nessuna sessione risulta persa finché non lo riprendi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You resumed the plan on {day} after a pause in an earlier week: week {week} starts over.</source>
        <translation>Hai ripreso il piano {day} dopo una pausa in una settimana precedente: la settimana {week} ricomincia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You resumed the plan on {day}: the sessions left this week go on the free days left.</source>
        <translation>Hai ripreso il piano {day}: le sessioni rimaste di questa settimana vanno nei giorni liberi che restano.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Week {week} starts on {day}: the days left this week cannot hold its sessions.</source>
        <translation>La settimana {week} inizia {day}: i giorni rimasti in questa settimana non bastano per le sue sessioni.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You restarted week {week} on {day}: all its sessions are to do again from today.</source>
        <translation>Hai ricominciato la settimana {week} {day}: tutte le sue sessioni sono da rifare da oggi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You restarted week {week}: it starts again on {day}, as the days left this week cannot hold its sessions.</source>
        <translation>Hai ricominciato la settimana {week}: riparte {day}, perché i giorni rimasti in questa settimana non bastano per le sue sessioni.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You skipped week {week}, day {day}: the week can be complete without it.</source>
        <translation>Hai saltato la settimana {week}, giorno {day}: la settimana può essere completata anche così.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Week {week}, day {number} was walked early, on {day}.</source>
        <translation>Settimana {week}, giorno {number}: fatto in anticipo, {day}.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Week {week} ended with {done} of %n session(s) done: it is walked again from {day}.</source>
        <translation>
            <numerusform>La settimana {week} si è chiusa con {done} su %n sessione fatta: si ripete da {day}.</numerusform>
            <numerusform>La settimana {week} si è chiusa con {done} su %n sessioni fatte: si ripete da {day}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was cut short: moved to {day}, the next free day.</source>
        <translation>La sessione di {weekday} (settimana {week}, giorno {number}) è stata interrotta: spostata a {day}, il prossimo giorno libero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was not walked: moved to {day}, the next free day.</source>
        <translation>La sessione di {weekday} (settimana {week}, giorno {number}) non è stata fatta: spostata a {day}, il prossimo giorno libero.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was cut short, and no free day is left this week: it stays missed.</source>
        <translation>La sessione di {weekday} (settimana {week}, giorno {number}) è stata interrotta e non resta nessun giorno libero questa settimana: rimane persa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was not walked, and no free day is left this week: it stays missed.</source>
        <translation>La sessione di {weekday} (settimana {week}, giorno {number}) non è stata fatta e non resta nessun giorno libero questa settimana: rimane persa.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Week {week} done, the last of the plan: the plan is complete.</source>
        <translation>Settimana {week} fatta, l&apos;ultima del piano: il piano è completato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week {week} done: week {next} starts on {day}.</source>
        <translation>Settimana {week} fatta: la settimana {next} inizia {day}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/model.py" line="+145"/>
        <source>no weekdays given (e.g. mon,wed,fri)</source>
        <translation>nessun giorno della settimana indicato (ad es. mon,wed,fri)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown weekday &apos;{name}&apos; (use {days})</source>
        <extracomment>{days} are the weekday ids the command line takes: mon,tue,wed,...</extracomment>
        <translation>giorno della settimana sconosciuto &apos;{name}&apos; (usa {days})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekday &apos;{name}&apos; is given twice</source>
        <translation>il giorno &apos;{name}&apos; è indicato due volte</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/state.py" line="+71"/>
        <source>&apos;{text}&apos; is not a time of day as HH:MM (e.g. 07:30)</source>
        <translation>&apos;{text}&apos; non è un&apos;ora del giorno nel formato HH:MM (ad es. 07:30)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this is not a WalkCoach plan state file</source>
        <translation>questo non è un file di stato di un piano WalkCoach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan state file has no valid &apos;version&apos;</source>
        <translation>il file di stato del piano non ha una &apos;version&apos; valida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan state file is version {version}, written by a newer WalkCoach; this one reads up to version {known}</source>
        <translation>il file di stato del piano è alla versione {version}, scritta da un WalkCoach più recente; questo legge fino alla versione {known}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;plan_id&apos; must be text</source>
        <translation>&apos;plan_id&apos; deve essere un testo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;days&apos; must be a list of weekdays</source>
        <translation>&apos;days&apos; deve essere un elenco di giorni della settimana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;tz&apos; must be a time zone name</source>
        <translation>&apos;tz&apos; deve essere il nome di un fuso orario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;alarm_before_min&apos; must be 0-{most} minutes</source>
        <translation>&apos;alarm_before_min&apos; deve essere tra 0 e {most} minuti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown plan event {event}</source>
        <translation>evento del piano sconosciuto {event}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;ics_path&apos; must be text</source>
        <translation>&apos;ics_path&apos; deve essere un testo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan state file has no &apos;{field}&apos;</source>
        <translation>nel file di stato del piano manca &apos;{field}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan state file is damaged: {reason}</source>
        <translation>il file di stato del piano è danneggiato: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read {path}: {reason}</source>
        <translation>impossibile leggere {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large to be a plan state file</source>
        <translation>{path} è troppo grande per essere un file di stato di un piano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not valid JSON</source>
        <translation>{path} non è JSON valido</translation>
    </message>
</context>
<context>
    <name>ProgramCheck</name>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/model.py" line="+80"/>
        <source>{problem} (and %n more problem(s))</source>
        <translation>
            <numerusform>{problem} (e %n altro problema)</numerusform>
            <numerusform>{problem} (e altri %n problemi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>The coach adds a {seconds} s turn at %n place(s) where the direction changes.</source>
        <translation>
            <numerusform>Il coach aggiunge un&apos;inversione di {seconds} s in %n punto dove cambia la direzione.</numerusform>
            <numerusform>Il coach aggiunge un&apos;inversione di {seconds} s in %n punti dove cambia la direzione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/parsing.py" line="+94"/>
        <source>a number of %n digit(s)</source>
        <translation>
            <numerusform>un numero di %n cifra</numerusform>
            <numerusform>un numero di %n cifre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown field &apos;{name}&apos;; did you mean &apos;{hint}&apos;?</source>
        <translation>campo sconosciuto &apos;{name}&apos;; intendevi &apos;{hint}&apos;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown field &apos;{name}&apos; (allowed: {allowed})</source>
        <translation>campo sconosciuto &apos;{name}&apos; (ammessi: {allowed})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be a number (got {got})</source>
        <translation>deve essere un numero (trovato {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is far too large (got {got})</source>
        <translation>è troppo grande (trovato {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a finite number (got {got})</source>
        <translation>deve essere un numero finito (trovato {got})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be text (got {got})</source>
        <translation>deve essere un testo (trovato {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is too long ({length} characters, at most {most})</source>
        <translation>è troppo lungo ({length} caratteri, al massimo {most})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a segment must be an object (got {got})</source>
        <translation>un tratto deve essere un oggetto (trovato {got})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing field &apos;kind&apos; (one of: {kinds})</source>
        <translation>manca il campo &apos;kind&apos; (uno tra: {kinds})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind {got} (one of: {kinds})</source>
        <translation>tipo sconosciuto {got} (uno tra: {kinds})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &apos;duration_s&apos; (seconds)</source>
        <translation>manca il campo &apos;duration_s&apos; (secondi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {least} seconds (got {got})</source>
        <translation>deve essere di almeno {least} secondi (trovato {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is longer than the 4 hour limit ({got} s)</source>
        <translation>supera il limite di 4 ore ({got} s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a turn must be 0 (belt stopped) or between {low} and {high} km/h: slow enough to turn round safely (got {got})</source>
        <translation>un&apos;inversione deve essere a 0 (nastro fermo) o tra {low} e {high} km/h: abbastanza piano per girarsi in sicurezza (trovato {got})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be 0 (belt stopped) or between {low} and {high} km/h (got {got})</source>
        <translation>deve essere 0 (nastro fermo) o tra {low} e {high} km/h (trovato {got})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be between {low} and {high} km/h (got {got})</source>
        <translation>deve essere tra {low} e {high} km/h (trovato {got})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing field &apos;speed_kmh&apos; (a forward segment needs a belt speed)</source>
        <translation>manca il campo &apos;speed_kmh&apos; (un tratto in avanti ha bisogno di una velocità del nastro)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing field &apos;speed_kmh&apos; (a backward segment needs a belt speed)</source>
        <translation>manca il campo &apos;speed_kmh&apos; (un tratto all&apos;indietro ha bisogno di una velocità del nastro)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be between {low} and {high} % (got {got})</source>
        <translation>deve essere tra {low} e {high} % (trovato {got})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be between {low} and {high} steps/min (got {got})</source>
        <translation>deve essere tra {low} e {high} passi/min (trovato {got})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be true or false (got {got})</source>
        <translation>deve essere true o false (trovato {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a station can wait for confirmation</source>
        <translation>solo un esercizio può attendere la conferma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a station needs a &apos;label&apos; saying what to do (e.g. &quot;20 lunges + 15 squats&quot;)</source>
        <translation>un esercizio ha bisogno di un &apos;label&apos; che dica cosa fare (ad es. &quot;20 affondi + 15 squat&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a turn lasts between {low} and {high} seconds (got {got})</source>
        <translation>un&apos;inversione dura tra {low} e {high} secondi (trovato {got})</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+54"/>
        <source>must be a list of segments (got {got})</source>
        <translation>deve essere un elenco di tratti (trovato {got})</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>repeat blocks are only allowed in &apos;main&apos;</source>
        <translation>i blocchi di ripetizione sono ammessi solo in &apos;main&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be a whole number of rounds (got {got})</source>
        <translation>deve essere un numero intero di ripetizioni (trovato {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {most} rounds (got {got})</source>
        <translation>deve essere tra 1 e {most} ripetizioni (trovato {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a repeat block needs &apos;segments&apos;</source>
        <translation>un blocco di ripetizione ha bisogno di &apos;segments&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeat blocks cannot be nested</source>
        <translation>i blocchi di ripetizione non possono essere annidati</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+102"/>
        <source>must hold at least one segment</source>
        <translation>deve contenere almeno un tratto</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>a program must be a JSON object</source>
        <translation>un programma deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a WalkCoach program (no &apos;format&apos;, &apos;version&apos; or &apos;main&apos; field)</source>
        <translation>questo non è un programma WalkCoach (manca il campo &apos;format&apos;, &apos;version&apos; o &apos;main&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this is not a WalkCoach program (format {got})</source>
        <translation>questo non è un programma WalkCoach (formato {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing field &apos;version&apos; (this WalkCoach reads version 1)</source>
        <translation>manca il campo &apos;version&apos; (questo WalkCoach legge la versione 1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number (got {got})</source>
        <translation>deve essere un numero intero (trovato {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file is format version {version}, made by a newer WalkCoach; this one reads up to version {newest}</source>
        <translation>il file è nella versione di formato {version}, creata da un WalkCoach più recente; questo legge fino alla versione {newest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format version {version}</source>
        <translation>versione di formato sconosciuta {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a program needs a name</source>
        <translation>un programma deve avere un nome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be lower-case letters, digits and dashes, at most 64 (got {got})</source>
        <translation>deve contenere solo lettere minuscole, cifre e trattini, al massimo 64 (trovato {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{id}&apos; is a device name on Windows and cannot name a file; choose another</source>
        <translation>&apos;{id}&apos; è un nome di dispositivo su Windows e non può essere il nome di un file; scegline un altro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be one of {levels} (got {got})</source>
        <translation>deve essere uno tra {levels} (trovato {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a list of words</source>
        <translation>deve essere un elenco di parole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &apos;main&apos; (the program&apos;s segments)</source>
        <translation>manca il campo &apos;main&apos; (i tratti del programma)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the session lasts {time}, longer than the 4 hour limit</source>
        <translation>la sessione dura {time}, oltre il limite di 4 ore</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/loading.py" line="+42"/>
        <source>line {line}, column {column}</source>
        <translation>riga {line}, colonna {column}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>not valid JSON: {reason}</source>
        <translation>JSON non valido: {reason}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the field &apos;{name}&apos; appears twice in one object; keep one</source>
        <translation>il campo &apos;{name}&apos; compare due volte nello stesso oggetto; tienine uno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>JSON non valido: troppi livelli annidati</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>permission denied: cannot read the file</source>
        <translation>permesso negato: impossibile leggere il file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not a program file</source>
        <translation>è una cartella, non un file di programma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>file is too large (over {most} bytes; a program is under 1 MB)</source>
        <translation>il file è troppo grande (oltre {most} byte; un programma è sotto 1 MB)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>impossibile leggere il file: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this is a binary file, not a program (JSON text)</source>
        <translation>questo è un file binario, non un programma (testo JSON)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not UTF-8 text (bad byte at offset {offset}); is it a program file?</source>
        <translation>non è testo UTF-8 (byte non valido alla posizione {offset}); è un file di programma?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/library.py" line="+155"/>
        <source>{error} (could not be set aside: {reason})</source>
        <translation>{error} (impossibile metterlo da parte: {reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}; the file was set aside as {name}</source>
        <translation>{error}; il file è stato messo da parte come {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no program given (an id such as &apos;first-steps&apos;, or a program file)</source>
        <translation>nessun programma indicato (un id come &apos;first-steps&apos;, o un file di programma)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no program with id &apos;{id}&apos;; did you mean &apos;{close}&apos;? (see &apos;walkcoach programs&apos;)</source>
        <translation>nessun programma con id &apos;{id}&apos;; intendevi &apos;{close}&apos;? (vedi &apos;walkcoach programs&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no program with id &apos;{id}&apos; (see &apos;walkcoach programs&apos;)</source>
        <translation>nessun programma con id &apos;{id}&apos; (vedi &apos;walkcoach programs&apos;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{id}&apos; is the id of a built-in program; save your version under another id</source>
        <translation>&apos;{id}&apos; è l&apos;id di un programma predefinito; salva la tua versione con un altro id</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the program is too large to save ({size} bytes written out; a program file holds at most {most})</source>
        <translation>il programma è troppo grande per essere salvato ({size} byte scritti; un file di programma ne contiene al massimo {most})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{id}&apos; is a built-in program and cannot be deleted</source>
        <translation>&apos;{id}&apos; è un programma predefinito e non può essere eliminato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no user program with id &apos;{id}&apos;</source>
        <translation>nessun programma dell&apos;utente con id &apos;{id}&apos;</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+97"/>
        <location line="+23"/>
        <source>Programs</source>
        <translation>Programmi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rograms</source>
        <translation>&amp;Programmi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New program</source>
        <translation>Nuovo programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate program</source>
        <translation>Duplica programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="+33"/>
        <source>WalkCoach programs (*.json);;All files (*)</source>
        <translation>Programmi WalkCoach (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{what} failed: {error}</source>
        <translation>{what} non riuscita: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>My program</source>
        <translation>Il mio programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My program {number}</source>
        <translation>Il mio programma {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the program</source>
        <translation>Creazione del programma</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix the problems before making a copy.</source>
        <translation>Correggi i problemi prima di fare una copia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicating the program</source>
        <translation>Duplicazione del programma</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot delete</source>
        <translation>Impossibile eliminare</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}”.</source>
        <translation>“{name}” eliminato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../walkcoach/ui/editor/window.py" line="+0"/>
        <source>Delete program</source>
        <translation>Elimina programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}”?</source>
        <translation>Eliminare “{name}”?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+91"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The program file is removed. Your history is kept.</source>
        <translation>Il file del programma viene rimosso. La cronologia resta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import program</source>
        <translation>Importa programma</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+39"/>
        <source>Cannot import this file</source>
        <translation>Impossibile importare questo file</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{file} was not imported:
{reason}</source>
        <translation>{file} non è stato importato:
{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported “{name}”.</source>
        <translation>“{name}” importato.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Program already exists</source>
        <translation>Il programma esiste già</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have a program with the id “{id}” (“{name}”).</source>
        <translation>Hai già un programma con l&apos;id “{id}” (“{name}”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>&amp;Sostituisci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Tieni entrambi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace it with the file&apos;s version, keep both (the import gets a new id), or cancel?</source>
        <translation>Sostituirlo con la versione del file, tenerli entrambi (quello importato riceve un nuovo id) o annullare?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export program</source>
        <translation>Esporta programma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix the problems before exporting.</source>
        <translation>Correggi i problemi prima di esportare.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to {file}.</source>
        <translation>Esportato in {file}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+15"/>
        <source>Read-only: this is a built-in program. Make a copy to edit it.</source>
        <translation>Sola lettura: questo è un programma predefinito. Fanne una copia per modificarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate &amp;to edit</source>
        <translation>Duplica per modifi&amp;care</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate to edit</source>
        <translation>Duplica per modificare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segments</source>
        <translation>Tratti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move the selected segment; Delete removes it</source>
        <translation>Alt+Su e Alt+Giù spostano il tratto selezionato; Canc lo rimuove</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Segments</source>
        <translation>&amp;Tratti</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a segment or a repeat block to edit it.</source>
        <translation>Seleziona un tratto o un blocco di ripetizione per modificarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+561"/>
        <source>Selected</source>
        <translation>Selezione</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Program check</source>
        <translation>Verifica del programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <location line="+259"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Save program</source>
        <translation>Salva programma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Program warnings</source>
        <translation>Avvisi sul programma</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;New program</source>
        <translation>&amp;Nuovo programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate program</source>
        <translation>&amp;Duplica programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rinomina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete program…</source>
        <translation>&amp;Elimina programma…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import program…</source>
        <translation>&amp;Importa programma…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export program…</source>
        <translation>Es&amp;porta programma…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+380"/>
        <source>&amp;Undo</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location line="-379"/>
        <location line="+385"/>
        <source>&amp;Redo</source>
        <translation>Ri&amp;pristina</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Add &amp;forward</source>
        <translation>Aggiungi &amp;avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;backward</source>
        <translation>Aggiungi &amp;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add r&amp;est</source>
        <translation>Aggiungi &amp;riposo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add s&amp;tation</source>
        <translation>Aggiungi &amp;esercizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add t&amp;urn</source>
        <translation>Aggiungi inver&amp;sione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insert turn here</source>
        <translation>Inserisci inversione &amp;qui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put a turn where the direction changes without one</source>
        <translation>Inserisci un&apos;inversione dove la direzione cambia senza averne una</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du&amp;plicate segment</source>
        <translation>D&amp;uplica tratto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Rimuo&amp;vi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Sposta in a&amp;lto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Sposta in &amp;basso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;peat selection…</source>
        <translation>Ripeti sele&amp;zione…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the selected segments in a repeat block</source>
        <translation>Metti i tratti selezionati in un blocco di ripetizione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove repe&amp;at</source>
        <translation>T&amp;ogli ripetizione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Insert turn here</source>
        <translation>Inserisci inversione qui</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Skipped a program file: {error}</source>
        <translation>File di programma saltato: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}  (built-in)</source>
        <translation>{name}  (predefinito)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has changes that are not saved.</source>
        <translation>“{name}” ha modifiche non salvate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard changes</source>
        <translation>Scar&amp;ta modifiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;editing</source>
        <translation>Continua a &amp;modificare</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Built-in program: read-only.</source>
        <translation>Programma predefinito: sola lettura.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{mark} Cannot save yet: %n problem(s). First: {first}</source>
        <translation>
            <numerusform>{mark} Non puoi ancora salvare, %n problema: {first}</numerusform>
            <numerusform>{mark} Non puoi ancora salvare: %n problemi. Il primo: {first}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ No errors: it can be saved (see the warnings). Changes not saved yet.</source>
        <translation>✓ Nessun errore: si può salvare (vedi gli avvisi). Modifiche non ancora salvate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ No errors: it can be saved (see the warnings). Saved.</source>
        <translation>✓ Nessun errore: si può salvare (vedi gli avvisi). Salvato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ No problems. Changes not saved yet.</source>
        <translation>✓ Nessun problema. Modifiche non ancora salvate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ No problems. Saved.</source>
        <translation>✓ Nessun problema. Salvato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programs: {name}[*]</source>
        <translation>Programmi: {name}[*]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{mark} Warning: {text}</source>
        <translation>{mark} Avviso: {text}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Undo {what}</source>
        <translation>A&amp;nnulla {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo {what}</source>
        <translation>Ri&amp;pristina {what}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Repeat block</source>
        <translation>Blocco di ripetizione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Tratto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Built-in programs cannot be changed: duplicate it first.</source>
        <translation>Un programma predefinito non si può modificare: prima duplicalo.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="-255"/>
        <location filename="../../walkcoach/ui/editor/window.py" line="+73"/>
        <source>Cannot save</source>
        <translation>Impossibile salvare</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+1"/>
        <source>The program was not saved: {error}</source>
        <translation>Il programma non è stato salvato: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{name}”.</source>
        <translation>“{name}” salvato.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/common.py" line="+16"/>
        <source>Warm-up</source>
        <translation>Riscaldamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cool-down</source>
        <translation>Defaticamento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change name</source>
        <translation>Modifica nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change description</source>
        <translation>Modifica descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change level</source>
        <translation>Modifica livello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change source</source>
        <translation>Modifica fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change kind</source>
        <translation>Modifica tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change duration</source>
        <translation>Modifica durata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change speed</source>
        <translation>Modifica velocità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change incline</source>
        <translation>Modifica pendenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change cadence</source>
        <translation>Modifica cadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change label</source>
        <translation>Modifica etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change until</source>
        <translation>Modifica attesa di Fatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change rounds</source>
        <translation>Modifica ripetizioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add forward segment</source>
        <translation>Aggiungi tratto in avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add backward segment</source>
        <translation>Aggiungi tratto all&apos;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add rest segment</source>
        <translation>Aggiungi riposo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add station segment</source>
        <translation>Aggiungi esercizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add turn segment</source>
        <translation>Aggiungi inversione</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/units.py" line="+17"/>
        <source>enter a time as minutes:seconds, e.g. 2:30</source>
        <translation>inserisci un tempo come minuti:secondi, ad es. 2:30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; is not a time; write minutes:seconds, e.g. 2:30</source>
        <translation>&apos;{text}&apos; non è un tempo; scrivi minuti:secondi, ad es. 2:30</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds must be 0-59 (got {got})</source>
        <translation>i secondi devono essere tra 0 e 59 (trovato {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes must be 0-59 after the hours (got {got})</source>
        <translation>dopo le ore i minuti devono essere tra 0 e 59 (trovato {got})</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/places.py" line="+43"/>
        <source>duration</source>
        <translation>durata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed</source>
        <translation>velocità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incline</source>
        <translation>pendenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cadence</source>
        <translation>cadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wait for Done</source>
        <translation>attendi Fatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounds</source>
        <translation>ripetizioni</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{phase}, repeat block {block}, segment {segment}</source>
        <translation>{phase}, blocco di ripetizione {block}, tratto {segment}</translation>
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
        <translation>qui la direzione cambia (da avanti a indietro) senza inversione: il coach aggiungerà un&apos;inversione di {seconds} s; inseriscine una per sceglierne tu velocità e durata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the direction changes here (backward to forward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself</source>
        <translation>qui la direzione cambia (da indietro ad avanti) senza inversione: il coach aggiungerà un&apos;inversione di {seconds} s; inseriscine una per sceglierne tu velocità e durata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward at {speed} km/h is faster than a beginner program should ask for (at most {limit} km/h)</source>
        <translation>all&apos;indietro a {speed} km/h è più veloce di quanto dovrebbe chiedere un programma per principianti (al massimo {limit} km/h)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward at {speed} km/h is faster than an intermediate program should ask for (at most {limit} km/h)</source>
        <translation>all&apos;indietro a {speed} km/h è più veloce di quanto dovrebbe chiedere un programma intermedio (al massimo {limit} km/h)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward at {speed} km/h is faster than an advanced program should ask for (at most {limit} km/h)</source>
        <translation>all&apos;indietro a {speed} km/h è più veloce di quanto dovrebbe chiedere un programma avanzato (al massimo {limit} km/h)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward on a {incline} % incline is steeper than a beginner program should ask for (at most {limit} %)</source>
        <translation>all&apos;indietro con una pendenza del {incline} % è più ripido di quanto dovrebbe chiedere un programma per principianti (al massimo {limit} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward on a {incline} % incline is steeper than an intermediate program should ask for (at most {limit} %)</source>
        <translation>all&apos;indietro con una pendenza del {incline} % è più ripido di quanto dovrebbe chiedere un programma intermedio (al massimo {limit} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward on a {incline} % incline is steeper than an advanced program should ask for (at most {limit} %)</source>
        <translation>all&apos;indietro con una pendenza del {incline} % è più ripido di quanto dovrebbe chiedere un programma avanzato (al massimo {limit} %)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/document.py" line="+275"/>
        <source>built-in programs cannot be changed; duplicate it to edit a copy</source>
        <translation>i programmi predefiniti non si possono modificare; duplicalo per modificarne una copia</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Insert turn</source>
        <translation>Inserisci inversione</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove segment</source>
        <translation>Rimuovi tratto</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>Rimuovi %n elemento</numerusform>
            <numerusform>Rimuovi %n elementi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move by one row at a time</source>
        <translation>sposta di una riga alla volta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move up</source>
        <translation>Sposta in alto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Sposta in basso</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a repeat block stays in the main part</source>
        <translation>un blocco di ripetizione resta nella parte principale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already the first segment</source>
        <translation>è già il primo tratto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>already the last segment</source>
        <translation>è già l&apos;ultimo tratto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move</source>
        <translation>Sposta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop segments into the warm-up, main or cool-down part, or a repeat block</source>
        <translation>trascina i tratti nel riscaldamento, nella parte principale, nel defaticamento o in un blocco di ripetizione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>segments can only be dropped into a repeat block, not onto a segment</source>
        <translation>i tratti si possono trascinare solo in un blocco di ripetizione, non su un tratto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a repeat block can only sit in the main part, and blocks do not nest</source>
        <translation>un blocco di ripetizione può stare solo nella parte principale, e i blocchi non si annidano</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a repeat block cannot be dropped into itself</source>
        <translation>un blocco di ripetizione non può essere trascinato dentro sé stesso</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>select the segments to repeat first</source>
        <translation>seleziona prima i tratti da ripetere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeat blocks can only be made in the main part</source>
        <translation>i blocchi di ripetizione si possono creare solo nella parte principale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>select segments of the main part that are not in a repeat block yet</source>
        <translation>seleziona tratti della parte principale che non sono ancora in un blocco di ripetizione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>select segments that follow each other</source>
        <translation>seleziona tratti consecutivi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make repeat block</source>
        <translation>Crea blocco di ripetizione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>select a repeat block to undo the repeat</source>
        <translation>seleziona un blocco di ripetizione per togliere la ripetizione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove repeat</source>
        <translation>Togli ripetizione</translation>
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
        <translation>(non impostato)</translation>
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
        <translation>Avanzato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;me</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program name</source>
        <translation>Nome del programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel</source>
        <translation>&amp;Livello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program level</source>
        <translation>Livello del programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Descri&amp;ption</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program description</source>
        <translation>Descrizione del programma</translation>
    </message>
</context>
<context>
    <name>ProgramPicker</name>
    <message>
        <location filename="../../walkcoach/ui/coach/program_picker.py" line="+29"/>
        <location line="+21"/>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}  ({total}, {backward} backward)</source>
        <translation>{name}  ({total}, {backward} all&apos;indietro)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No programs found</source>
        <translation>Nessun programma trovato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{total} total  ·  {backward} backward  ·  {count} steps</source>
        <translation>{total} in tutto  ·  {backward} all&apos;indietro  ·  {count} tratti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The coach adds a {seconds} s turn at 1 place where the direction changes.</source>
        <translation>Il coach aggiunge un&apos;inversione di {seconds} s in 1 punto in cui la direzione cambia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coach adds a {seconds} s turn at {count} places where the direction changes.</source>
        <translation>Il coach aggiunge un&apos;inversione di {seconds} s in {count} punti in cui la direzione cambia.</translation>
    </message>
</context>
<context>
    <name>ProgramTreeModel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/model.py" line="+158"/>
        <source>Segment</source>
        <translation>Tratto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incline</source>
        <translation>Pendenza</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(problem: {reason})</source>
        <translation>(problema: {reason})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{symbol} Repeat × {rounds}</source>
        <translation>{symbol} Ripeti × {rounds}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopped</source>
        <translation>fermo</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Drag and drop</source>
        <translation>Trascinamento</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-177"/>
        <source>Back relief walk</source>
        <translation>Camminata per la schiena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fifteen minutes of slow backward walking on the flat: the dose a personal trainer&apos;s post on backward treadmill walking for back pain reports from a study (three times a week for three weeks). Clip the safety key to your clothing and try to walk without holding the rails. Ask a health professional first if your back problem is acute or disc-related, and stop at once if it hurts.</source>
        <translation>Quindici minuti di camminata lenta all&apos;indietro in piano: la dose che il post di un personal trainer sulla camminata all&apos;indietro sul tapis roulant contro il mal di schiena riporta da uno studio (tre volte a settimana per tre settimane). Aggancia la chiave di sicurezza ai vestiti e prova a camminare senza tenerti ai corrimano. Se il tuo problema alla schiena è acuto o legato a un disco, chiedi prima a un professionista sanitario, e fermati subito se senti dolore.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-18"/>
        <location filename="../../walkcoach/core/progression.py" line="+482"/>
        <source>Belt slow: hold the rails and turn one step at a time.</source>
        <translation>Nastro lento: tieniti ai corrimano e girati un passo alla volta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../walkcoach/core/progression.py" line="-15"/>
        <location filename="../../tools/resource_texts.py" line="+4"/>
        <source>Warm-up</source>
        <translation>Riscaldamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../walkcoach/core/progression.py" line="+1"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Easy pace to warm up hips and ankles.</source>
        <translation>Passo tranquillo per scaldare le anche e le caviglie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../walkcoach/core/progression.py" line="+6"/>
        <source>Backward stretch</source>
        <translation>Tratto all&apos;indietro</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../walkcoach/core/progression.py" line="+7"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Turn to face the back</source>
        <translation>Girati verso il retro</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../walkcoach/core/progression.py" line="+10"/>
        <source>Backward, without a break</source>
        <translation>Indietro, senza pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../walkcoach/core/progression.py" line="+1"/>
        <source>Stand tall and look ahead; stop at once on pain.</source>
        <translation>Schiena dritta e sguardo avanti; fermati subito se senti dolore.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../walkcoach/core/progression.py" line="+27"/>
        <source>Stretch calves and thighs afterwards.</source>
        <translation>Dopo, fai stretching a polpacci e cosce.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Belt slow: hold the rails, then turn round one step at a time.</source>
        <translation>Nastro lento: tieniti ai corrimano, poi girati un passo alla volta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow backward walk</source>
        <translation>Camminata lenta all&apos;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety key clipped on; hands off the rails if you can. Stop if your back hurts.</source>
        <translation>Chiave di sicurezza agganciata; se ce la fai, togli le mani dai corrimano. Fermati se ti fa male la schiena.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-17"/>
        <location filename="../../walkcoach/core/progression.py" line="-18"/>
        <location filename="../../tools/resource_texts.py" line="+4"/>
        <source>Turn to face forward</source>
        <translation>Girati in avanti</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Belt slow: hold the rails and turn back to the front.</source>
        <translation>Nastro lento: tieniti ai corrimano e torna a guardare in avanti.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+16"/>
        <location filename="../../walkcoach/core/progression.py" line="+17"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Cool-down</source>
        <translation>Defaticamento</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Let the breathing settle; stretch calves and thighs afterwards.</source>
        <translation>Lascia che il respiro si calmi; dopo, fai stretching a polpacci e cosce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brisk ten</source>
        <translation>Dieci a passo svelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ten-minute brisk forward walk at 100-120 steps a minute with a relaxed arm swing. Ten brisk minutes count toward the 150 active minutes a week the NHS recommends, as the article “Which muscles are used when you walk?” notes; the step rate comes from the article “What muscles are involved in walking?”.</source>
        <translation>Dieci minuti di camminata in avanti a passo svelto, a 100-120 passi al minuto, con le braccia che oscillano rilassate. Dieci minuti a passo svelto contano per i 150 minuti attivi a settimana raccomandati dal servizio sanitario britannico (NHS), come osserva l&apos;articolo “Which muscles are used when you walk?”; la cadenza viene dall&apos;articolo “What muscles are involved in walking?”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brisk walk</source>
        <translation>Camminata svelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for about 105 steps a minute; let the arms swing.</source>
        <translation>Punta a circa 105 passi al minuto; lascia oscillare le braccia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brisk walk, quicker</source>
        <translation>Camminata svelta, più veloce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for about 115 steps a minute.</source>
        <translation>Punta a circa 115 passi al minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily retro walk</source>
        <translation>Camminata all&apos;indietro quotidiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve minutes of backward walking on the flat in three blocks of four, with a forward minute between them. A sports questions-and-answers page, “Exercise to isolate the leg stability muscles used when walking backwards?”, suggests 10-15 backward minutes, three or four times a week.</source>
        <translation>Dodici minuti di camminata all&apos;indietro in piano, in tre blocchi da quattro, con un minuto in avanti tra un blocco e l&apos;altro. Una pagina di domande e risposte sullo sport, “Exercise to isolate the leg stability muscles used when walking backwards?”, suggerisce 10-15 minuti all&apos;indietro, tre o quattro volte a settimana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach back with the toe and roll through to the heel.</source>
        <translation>Porta indietro la punta del piede e rulla fino al tallone.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-10"/>
        <location filename="../../walkcoach/core/progression.py" line="-10"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Easy start</source>
        <translation>Inizio facile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gentlest way in: six slow minutes of backward walking on the flat, in two-minute pieces, holding the rails. When it feels easy, add time first, then a little speed, and only then a slight incline. Based on the article “Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice”, which suggests 5-10 slow minutes in a clear, flat space.</source>
        <translation>Il modo più dolce per cominciare: sei minuti lenti di camminata all&apos;indietro in piano, in tratti di due minuti, tenendoti ai corrimano. Quando ti sembra facile, aumenta prima il tempo, poi un po&apos; la velocità, e solo dopo aggiungi una leggera pendenza. Basato sull&apos;articolo “Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice”, che suggerisce 5-10 minuti lenti in uno spazio sgombro e in piano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward, slow</source>
        <translation>Indietro, piano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails for now. Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>Per ora tieniti ai corrimano. Schiena dritta, petto alto, sguardo avanti e non in basso sui piedi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First steps backward</source>
        <translation>Primi passi all&apos;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle first backward session: two-minute spells facing the back of the treadmill at 2.4 km/h (1.5 mph) on a 3 % slope, each followed by two minutes facing forward, with a slow turn between them. Based on an article on walking backwards uphill and gluteus maximus EMG, which suggests starting slowly at 1.5-2 mph on a 3-5 % incline and swapping direction every two minutes.</source>
        <translation>Una delicata prima sessione all&apos;indietro: tratti di due minuti guardando verso il retro del tapis roulant a 2,4 km/h (1,5 mph) su una pendenza del 3 %, ognuno seguito da due minuti guardando in avanti, con un&apos;inversione lenta tra l&apos;uno e l&apos;altro. Basato su un articolo sulla camminata all&apos;indietro in salita e sull&apos;EMG del grande gluteo, che suggerisce di iniziare piano a 1,5-2 mph su una pendenza del 3-5 % e di cambiare direzione ogni due minuti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward and forward</source>
        <translation>Indietro e avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>Schiena dritta, petto alto, sguardo avanti e non in basso sui piedi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glute focus intervals</source>
        <translation>Intervalli per i glutei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eight minutes of backward walking on a 5 % slope, split into four two-minute intervals with forward walking in between. In the muscle-activity (EMG) figures quoted by an article on walking backwards uphill and gluteus maximus EMG, backward uphill walking worked the gluteus maximus far harder than forward walking; the article suggests 2-3 such sessions a week with 5-10 backward minutes each.</source>
        <translation>Otto minuti di camminata all&apos;indietro su una pendenza del 5 %, divisi in quattro intervalli di due minuti con camminata in avanti in mezzo. Nei dati di attività muscolare (EMG) citati da un articolo sulla camminata all&apos;indietro in salita e sull&apos;EMG del grande gluteo, la camminata all&apos;indietro in salita faceva lavorare il grande gluteo molto più della camminata in avanti; l&apos;articolo suggerisce 2-3 sessioni di questo tipo a settimana, con 5-10 minuti all&apos;indietro ciascuna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward, glutes</source>
        <translation>Indietro, glutei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach back with the toe and push the hip back.</source>
        <translation>Porta indietro la punta del piede e spingi indietro l&apos;anca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hill lunges and turn</source>
        <translation>Affondi in salita e inversione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking lunges up a 15 % slope at 4.0 km/h (2.5 mph), then turn round on the same slope and walk backward at 4.0 km/h holding the rails; three rounds with an easier forward stretch between them. Based on a treadmill page on moves for the glutes that quotes trainer Jennifer Pattee.</source>
        <translation>Affondi camminati in salita su una pendenza del 15 % a 4,0 km/h (2,5 mph), poi girati sulla stessa pendenza e cammina all&apos;indietro a 4,0 km/h tenendoti ai corrimano; tre ripetizioni, con un tratto in avanti più leggero tra l&apos;una e l&apos;altra. Basato su una pagina dedicata agli esercizi per i glutei sul tapis roulant che cita la trainer Jennifer Pattee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warm-up, gentle slope</source>
        <translation>Riscaldamento, pendenza leggera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking lunges uphill</source>
        <translation>Affondi camminati in salita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long lunging steps with the belt moving; hold the rails if you need balance.</source>
        <translation>Lunghi passi in affondo con il nastro in movimento; tieniti ai corrimano se ti serve equilibrio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belt slow, keep the 15 % incline, hold the rails and turn round.</source>
        <translation>Nastro lento, mantieni la pendenza del 15 %, tieniti ai corrimano e girati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward uphill</source>
        <translation>Indietro in salita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails on this slope.</source>
        <translation>Su questa pendenza tieniti ai corrimano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy forward</source>
        <translation>Avanti, tranquillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the incline to recover; back to 15 % at the end.</source>
        <translation>Abbassa la pendenza per recuperare; alla fine torna al 15 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incline burn</source>
        <translation>Salita che brucia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short backward bouts on a steep 15 % slope at 3.2 km/h (2 mph), each followed by a few easy minutes forward on the flat, back and forth for about half an hour. Only for people already used to walking backward on the level without holding on. Based on the treadmill coach&apos;s post “The Benefits of Walking Backwards on the Treadmill”.</source>
        <translation>Brevi tratti all&apos;indietro su una ripida pendenza del 15 % a 3,2 km/h (2 mph), ognuno seguito da qualche minuto tranquillo in avanti in piano, alternando per circa mezz&apos;ora. Solo per chi è già abituato a camminare all&apos;indietro in piano senza tenersi ai corrimano. Basato sul post del coach di tapis roulant “The Benefits of Walking Backwards on the Treadmill”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belt slow, raise the incline to 15 %, hold the rails and turn round.</source>
        <translation>Nastro lento, alza la pendenza al 15 %, tieniti ai corrimano e girati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steep backward bout</source>
        <translation>Tratto ripido all&apos;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expect the thighs to burn. Harder option: a quarter-squat low walk, back straight.</source>
        <translation>Aspettati che le cosce brucino. Variante più dura: cammina basso in un quarto di squat, con la schiena dritta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belt slow, lower the incline, hold the rails and turn to the front.</source>
        <translation>Nastro lento, abbassa la pendenza, tieniti ai corrimano e girati in avanti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy forward, flat</source>
        <translation>Avanti, tranquillo, in piano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knee-friendly retro</source>
        <translation>Indietro, a misura di ginocchio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten minutes of slow backward walking on the flat. In a trial with knee osteoarthritis (Alghadir et al. 2019), ten minutes of retro walking three days a week for six weeks eased pain and improved function more than usual care alone; walking backward loads the kneecap less than walking forward. Check with your physiotherapist before starting.</source>
        <translation>Dieci minuti di camminata lenta all&apos;indietro in piano. In uno studio su persone con artrosi del ginocchio (Alghadir et al. 2019), dieci minuti di camminata all&apos;indietro tre giorni a settimana per sei settimane hanno ridotto il dolore e migliorato la funzionalità più delle sole cure abituali; camminare all&apos;indietro carica la rotula meno che camminare in avanti. Prima di iniziare, parlane con il tuo fisioterapista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short, soft steps. Stop if the knee hurts.</source>
        <translation>Passi corti e morbidi. Fermati se ti fa male il ginocchio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute bursts</source>
        <translation>Pillole da un minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ordinary walk with a one-minute backward burst every few minutes. Even single minutes of backward walking add up, as the treadmill coach&apos;s post “The Benefits of Walking Backwards on the Treadmill” points out.</source>
        <translation>Una camminata normale con un minuto all&apos;indietro ogni pochi minuti. Anche singoli minuti di camminata all&apos;indietro si sommano, come sottolinea il post del coach di tapis roulant “The Benefits of Walking Backwards on the Treadmill”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ordinary walk</source>
        <translation>Camminata normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward minute</source>
        <translation>Minuto all&apos;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward progression</source>
        <translation>Progressione all&apos;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when First steps feels easy. One long backward block at 3.2 km/h (2 mph) on 5 %, then a shorter one on 8 %. Each week add 30 seconds to the long block (edit a copy of this program) until you can keep going for 5-8 minutes; only then make it steeper, never above 8 %. Based on the progression advice of an article on walking backwards uphill and gluteus maximus EMG.</source>
        <translation>Per quando Primi passi all&apos;indietro ti sembra facile. Un lungo blocco all&apos;indietro a 3,2 km/h (2 mph) al 5 %, poi uno più breve all&apos;8 %. Ogni settimana aggiungi 30 secondi al blocco lungo (modifica una copia di questo programma) finché riesci a continuare per 5-8 minuti; solo allora aumenta la pendenza, mai oltre l&apos;8 %. Basato sui consigli di progressione di un articolo sulla camminata all&apos;indietro in salita e sull&apos;EMG del grande gluteo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long backward block</source>
        <translation>Blocco lungo all&apos;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 30 s here each week, up to 8 minutes.</source>
        <translation>Aggiungi qui 30 s ogni settimana, fino a 8 minuti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belt slow, raise the incline to 8 %, hold the rails and turn round.</source>
        <translation>Nastro lento, alza la pendenza all&apos;8 %, tieniti ai corrimano e girati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steeper backward block</source>
        <translation>Blocco all&apos;indietro più ripido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retro intervals 20</source>
        <translation>Intervalli all&apos;indietro 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twenty minutes of two-minute backward intervals at 4.0 km/h on a 5 % slope with 90 seconds forward between them: ten backward minutes in all. 4.0 km/h is the backward speed of a lab study at 0, 5 and 10 % grade (Cipriani et al. 1995), and backward walking at 5-10 % raised heart rate and oxygen use well above forward walking (Hooper et al. 2004).</source>
        <translation>Venti minuti di intervalli all&apos;indietro da due minuti a 4,0 km/h su una pendenza del 5 %, con 90 secondi in avanti tra l&apos;uno e l&apos;altro: dieci minuti all&apos;indietro in tutto. 4,0 km/h è la velocità all&apos;indietro di uno studio di laboratorio con pendenze dello 0, 5 e 10 % (Cipriani et al. 1995), e camminare all&apos;indietro al 5-10 % ha fatto salire frequenza cardiaca e consumo di ossigeno ben oltre la camminata in avanti (Hooper et al. 2004).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward interval</source>
        <translation>Intervallo all&apos;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk and glutes circuit</source>
        <translation>Circuito camminata e glutei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three rounds of a ten-minute walk followed by 20 forward lunges and 15 squats off the belt. Walking alone hardly loads the glutes; the body-weight moves add that. Based on the “30-Minute Walking and Bodyweight Glute Workout” of trainer Tom Holland. At each station (the lunges and squats, off the belt) the timer waits until you confirm you are done.</source>
        <translation>Tre ripetizioni di una camminata di dieci minuti seguita da 20 affondi in avanti e 15 squat fuori dal nastro. La sola camminata carica poco i glutei; gli esercizi a corpo libero aggiungono quel lavoro. Basato sul “30-Minute Walking and Bodyweight Glute Workout” del trainer Tom Holland. A ogni esercizio (affondi e squat, fuori dal nastro) il timer aspetta che tu confermi di aver finito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk</source>
        <translation>Camminata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 lunges + 15 squats</source>
        <translation>20 affondi + 15 squat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the belt and step off to the side. 20 forward lunges, then 15 squats.</source>
        <translation>Ferma il nastro e scendi di lato. 20 affondi in avanti, poi 15 squat.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-173"/>
        <source>Turn around</source>
        <translation>Inversione</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/progression.py" line="-54"/>
        <source>Next session</source>
        <translation>Prossima sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progression advice of a web article on walking backwards uphill and gluteus maximus EMG, applied to your history</source>
        <translation>I consigli di progressione di un articolo web sulla camminata all&apos;indietro in salita e sull&apos;EMG del grande gluteo, applicati alla tua cronologia</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+224"/>
        <source>Longest backward stretch (min)</source>
        <translation>Tratto all&apos;indietro più lungo (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>goal: 5-8 min without a break</source>
        <translation>obiettivo: 5-8 min senza pause</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{when}
Longest backward stretch: {run}</source>
        <translation>{when}
Tratto all&apos;indietro più lungo: {run}</translation>
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
            <numerusform>La tua ultima sessione è stata %n giorno fa: riparti piano con {time} a {speed} con una pendenza di {incline}; tornerai al tuo livello di prima più in fretta della prima volta.</numerusform>
            <numerusform>La tua ultima sessione è stata %n giorni fa: riparti piano con {time} a {speed} con una pendenza di {incline}; tornerai al tuo livello di prima più in fretta della prima volta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your last session ({day}) was marked with pain, so this one steps down to {time} of backward walking instead of adding time, on the same incline or flatter.</source>
        <translation>La tua ultima sessione ({day}) è stata segnata con dolore, quindi questa scende a {time} di camminata all&apos;indietro invece di aggiungere tempo, con la stessa pendenza o una più bassa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop at once if the pain comes back; if it keeps coming back, ask a health professional before going on.</source>
        <translation>Fermati subito se il dolore ritorna; se continua a tornare, chiedi a un professionista sanitario prima di andare avanti.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>It has been %n day(s) since your last session: this one steps back to {time} on {incline} so your legs and balance can settle in again.</source>
        <translation>
            <numerusform>È passato %n giorno dalla tua ultima sessione: questa torna a {time} con una pendenza di {incline}, così gambe ed equilibrio possono riabituarsi.</numerusform>
            <numerusform>Sono passati %n giorni dalla tua ultima sessione: questa torna a {time} con una pendenza di {incline}, così gambe ed equilibrio possono riabituarsi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A session on {day} was marked with pain: repeat {time} rather than adding time this week.</source>
        <translation>La sessione di {day} è stata segnata con dolore: questa settimana ripeti {time} invece di aggiungere tempo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop at once if the pain comes back.</source>
        <translation>Fermati subito se il dolore ritorna.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your last session felt very hard (effort {effort} of 10): repeat {time} until it feels easier before adding more.</source>
        <translation>La tua ultima sessione è stata molto faticosa (sforzo {effort} su 10): ripeti {time} finché non ti sembra più facile, prima di aggiungere altro.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This is your first week of backward walking: repeat {time} on {incline} this week; from Monday {monday} the coach adds 30 s a week.</source>
        <translation>Questa è la tua prima settimana di camminata all&apos;indietro: questa settimana ripeti {time} con una pendenza di {incline}; da lunedì {monday} il coach aggiunge 30 s a settimana.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your longest backward stretch in the week of {week} was {longest}: this week add 30 s, to {time}, working toward 5-8 minutes without a break.</source>
        <translation>Il tuo tratto all&apos;indietro più lungo nella settimana del {week} è stato di {longest}: questa settimana aggiungi 30 s, fino a {time}, verso l&apos;obiettivo di 5-8 minuti senza pause.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You walked backward for {longest} without a break: that is in the 5-8 minute goal, so now make it steeper instead, {incline} for {time} (one small step a week, up to 8 %).</source>
        <translation>Hai camminato all&apos;indietro per {longest} senza pause: rientri nell&apos;obiettivo di 5-8 minuti, quindi ora aumenta invece la pendenza, {incline} per {time} (un piccolo passo a settimana, fino all&apos;8 %).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are at the 8 % top incline: add 30 s a week to the backward stretch, to {time}, up to 8 minutes.</source>
        <translation>Sei alla pendenza massima dell&apos;8 %: aggiungi 30 s a settimana al tratto all&apos;indietro, fino a {time}, per un massimo di 8 minuti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You hold 8 minutes of backward walking on 8 %, the top of this progression: keep it up, or add more sessions a week rather than more speed or slope.</source>
        <translation>Riesci a fare 8 minuti di camminata all&apos;indietro all&apos;8 %, il massimo di questa progressione: continua così, oppure aggiungi sessioni alla settimana invece di aumentare velocità o pendenza.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You already reached this week&apos;s step ({time} on {incline}): repeat it; the next step comes from Monday {monday}.</source>
        <translation>Hai già raggiunto la tappa di questa settimana ({time} con una pendenza di {incline}): ripetila; la prossima tappa arriva da lunedì {monday}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No backward walking in your history yet: start with “{name}”, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>Nella tua cronologia non c&apos;è ancora camminata all&apos;indietro: inizia con “{name}”, {rounds} x {time} all&apos;indietro a {speed} con una pendenza di {incline}, con camminata in avanti e un&apos;inversione lenta in mezzo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backward walking in your history yet: start with a first session, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>Nella tua cronologia non c&apos;è ancora camminata all&apos;indietro: inizia con una prima sessione, {rounds} x {time} all&apos;indietro a {speed} con una pendenza di {incline}, con camminata in avanti e un&apos;inversione lenta in mezzo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hold the rails at first and clip the safety key to your clothing; after that the coach adds 30 s a week.</source>
        <translation>All&apos;inizio tieniti ai corrimano e aggancia la chiave di sicurezza ai vestiti; poi il coach aggiunge 30 s a settimana.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed kept at {speed}, the top of the protocol&apos;s range (you walked faster last time): it grows in time and slope, never in speed.</source>
        <translation>Velocità mantenuta a {speed}, il massimo previsto dal protocollo (l&apos;ultima volta hai camminato più veloce): si cresce in tempo e pendenza, mai in velocità.</translation>
    </message>
</context>
<context>
    <name>QtCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/qt_player.py" line="+49"/>
        <source>Sound is unavailable: no audio output found</source>
        <translation>Audio non disponibile: nessuna uscita audio trovata</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sound is unavailable: the audio output does not play</source>
        <translation>Audio non disponibile: l&apos;uscita audio non funziona</translation>
    </message>
</context>
<context>
    <name>SafetyChecklist</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/safety.py" line="+21"/>
        <source>You feel steady on your feet today; walking backward asks more of balance.</source>
        <translation>Oggi ti senti stabile sulle gambe: camminare all&apos;indietro richiede più equilibrio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The floor around the treadmill is clear: no cables, bags or anything to trip on.</source>
        <translation>Il pavimento attorno al tapis roulant è sgombro: niente cavi, borse o altro su cui inciampare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your shoes grip and support your feet.</source>
        <translation>Le scarpe hanno una buona presa e sostengono bene i piedi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety key is clipped to your clothing.</source>
        <translation>La chiave di sicurezza è agganciata ai vestiti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the belt slowly while facing forward, and only then turn around.</source>
        <translation>Avvia il nastro piano guardando avanti, e solo dopo girati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the rails at first; let go only once you feel secure.</source>
        <translation>All&apos;inizio tieniti ai corrimano; lasciali solo quando ti senti stabile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stand tall and look ahead; do not twist your neck to look behind you.</source>
        <translation>Tieni la schiena dritta e guarda avanti; non girare il collo per guardarti alle spalle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loosen up your hips and ankles first, and stretch again afterwards.</source>
        <translation>Prima sciogli le anche e le caviglie, e alla fine fai di nuovo stretching.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep speed and incline low to begin with; raise them over weeks, not minutes.</source>
        <translation>All&apos;inizio tieni bassi velocità e pendenza; aumentali nel giro di settimane, non di minuti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop at once if anything hurts or you feel dizzy.</source>
        <translation>Fermati subito se senti dolore o ti gira la testa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Talk to a doctor or physiotherapist before you try this if you have a disorder of the inner ear or balance, high blood pressure that is not under control, an acute or disc-related back problem, or a recent injury. Older walkers may want someone nearby for the first sessions.</source>
        <translation>Parlane con un medico o un fisioterapista prima di provare se hai disturbi dell&apos;orecchio interno o dell&apos;equilibrio, pressione alta non controllata, un problema alla schiena acuto o legato a un disco, o un infortunio recente. Se sei più avanti con gli anni, nelle prime sessioni può essere utile avere qualcuno vicino.</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>Before you walk backward</source>
        <translation>Prima di camminare all&apos;indietro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Don&apos;t show this again</source>
        <translation>Non mostrare più</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m ready, start</source>
        <translation>Ci sono, inizia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
</context>
<context>
    <name>SegmentChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+18"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step (in the order walked)</source>
        <translation>Tratto (nell&apos;ordine percorso)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Step {n}: {kind}</source>
        <translation>Tratto {n}: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned {planned}, walked {actual}</source>
        <translation>Pianificato {planned}, camminato {actual}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>skipped</source>
        <translation>saltato</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="-325"/>
        <source>m:ss, e.g. 2:30</source>
        <translation>m:ss, es. 2:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>belt stopped</source>
        <translation>nastro fermo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> steps/min</source>
        <translation> passi/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>non impostata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; for a station: what to do</source>
        <translation>Facoltativa; per un esercizio: cosa fare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional hint shown during the segment</source>
        <translation>Suggerimento facoltativo mostrato durante il tratto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wait until I press Done</source>
        <translation>&amp;Aspetta finché premo Fatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment kind</source>
        <translation>Tipo di tratto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duration</source>
        <translation>&amp;Durata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration, minutes and seconds</source>
        <translation>Durata, minuti e secondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes:seconds (2:30), hours:minutes:seconds, or whole minutes (5)</source>
        <translation>Minuti:secondi (2:30), ore:minuti:secondi, o minuti interi (5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;peed</source>
        <translation>&amp;Velocità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belt speed</source>
        <translation>Velocità del nastro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incline</source>
        <translation>&amp;Pendenza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incline in percent</source>
        <translation>Pendenza in percentuale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cadence</source>
        <translation>&amp;Cadenza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cadence in steps per minute</source>
        <translation>Cadenza in passi al minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional target steps per minute</source>
        <translation>Obiettivo facoltativo di passi al minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>&amp;Etichetta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment label</source>
        <translation>Etichetta del tratto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment note</source>
        <translation>Nota del tratto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Station</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Wait until Done</source>
        <translation>Aspetta Fatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station ends when you press Done; its time is for planning</source>
        <translation>Un esercizio finisce quando premi Fatto; il suo tempo serve per pianificare</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>Inversione</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Belt speed in {unit}; 0 for a rest with the belt stopped</source>
        <translation>Velocità del nastro in {unit}; 0 per un riposo a nastro fermo</translation>
    </message>
</context>
<context>
    <name>SegmentKinds</name>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-30"/>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Riposo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn</source>
        <translation>Inversione</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../walkcoach/ui/session/session.py" line="+278"/>
        <source>The treadmill follows the session from the next step on.</source>
        <translation>Il tapis roulant segue la sessione dal prossimo tratto.</translation>
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
        <translation>Minuti di tempo attivo</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Z{number}</source>
        <translation>Z{number}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{kind}, {start} to {end}</source>
        <translation>{kind}, da {start} a {end}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heart rate: mean {mean:.0f}, highest {high:.0f} bpm</source>
        <translation>Frequenza cardiaca: media {mean:.0f}, massima {high:.0f} bpm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No heart rate</source>
        <translation>Nessuna frequenza cardiaca</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../walkcoach/ui/history/session_list.py" line="+201"/>
        <source>Interrupted</source>
        <translation>Interrotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · pain</source>
        <translation> · dolore</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete session?</source>
        <translation>Eliminare la sessione?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {session} from your history?</source>
        <translation>Eliminare {session} dalla cronologia?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its segments, effort, pain and notes go with it. This cannot be undone.</source>
        <translation>Verranno eliminati anche i suoi tratti, lo sforzo, il dolore e le note. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Conservala</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not deleted</source>
        <translation>Non eliminata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not deleted: {problem}</source>
        <translation>La sessione non è stata eliminata: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location line="-132"/>
        <source>&amp;Delete session…</source>
        <translation>&amp;Elimina sessione…</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location line="-134"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>Più lungo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Sforzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <translation>Finita in anticipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short</source>
        <translation>Troppo breve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Longest backward stretch</source>
        <translation>Tratto all&apos;indietro più lungo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> · pain</source>
        <translation> · dolore</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{program}” of {when} ({time})</source>
        <translation>“{program}” di {when} ({time})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward {forward}, backward {backward}</source>
        <translation>Avanti {forward}, indietro {backward}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{km:.2f} km, about {kcal:.0f} kcal</source>
        <translation>{km:.2f} km, circa {kcal:.0f} kcal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under 80 % of the planned time was walked (segments skipped)</source>
        <translation>Camminato meno dell&apos;80 % del tempo pianificato (tratti saltati)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes: {notes}</source>
        <translation>Note: {notes}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../walkcoach/core/settings.py" line="+118"/>
        <source>must be true or false, got {value}</source>
        <translation>deve essere true o false, trovato {value}</translation>
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
        <translation>deve essere {options}, trovato {value}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>must be a number, got {value}</source>
        <translation>deve essere un numero, trovato {value}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>must be from {low} to {high}, got a number of {digits} digits</source>
        <translation>deve essere da {low} a {high}, trovato un numero di {digits} cifre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be from {low} to {high}, got {value}</source>
        <translation>deve essere da {low} a {high}, trovato {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number, got {value}</source>
        <translation>deve essere un numero intero, trovato {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 (off) or at least {least}, got {value}</source>
        <translation>deve essere 0 (disattivato) o almeno {least}, trovato {value}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be 0 (not given) or from {low} to {high}, got {value}</source>
        <translation>deve essere 0 (non indicato) o da {low} a {high}, trovato {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be text, got {value}</source>
        <translation>deve essere un testo, trovato {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a usable device name or address</source>
        <translation>non è un nome o un indirizzo di dispositivo utilizzabile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a folder path as text, got {value}</source>
        <translation>deve essere il percorso di una cartella come testo, trovato {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a usable folder path</source>
        <translation>non è un percorso di cartella utilizzabile</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>it is far too large (over {limit} bytes)</source>
        <translation>è davvero troppo grande (oltre {limit} byte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds binary data, not JSON text</source>
        <translation>contiene dati binari, non testo JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not UTF-8 text</source>
        <translation>non è testo UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON ({reason}, line {line})</source>
        <extracomment>{reason} is Python&apos;s JSON message in English (&quot;Expecting value&quot;).</extracomment>
        <translation>non è JSON valido ({reason}, riga {line})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>non è JSON valido (troppi livelli annidati)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (a number far too long)</source>
        <translation>non è JSON valido (un numero davvero troppo lungo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not hold a JSON object</source>
        <translation>non contiene un oggetto JSON</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The settings file {path} is a link to a missing file; using the default settings.</source>
        <translation>Il file delle impostazioni {path} è un collegamento a un file che non esiste; si usano le impostazioni predefinite.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings file {path} is {what}; using the default settings.</source>
        <translation>Il file delle impostazioni {path} è {what}; si usano le impostazioni predefinite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the settings file {path} ({reason}); using the defaults.</source>
        <translation>Impossibile leggere il file delle impostazioni {path} ({reason}); si usano le impostazioni predefinite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings file {path} is damaged: {reason}. Using the default settings.</source>
        <translation>Il file delle impostazioni {path} è danneggiato: {reason}. Si usano le impostazioni predefinite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} is damaged: {reason}. Using the default settings; the damaged file was kept as {kept}.</source>
        <translation>Il file delle impostazioni {path} è danneggiato: {reason}. Si usano le impostazioni predefinite; il file danneggiato è stato conservato come {kept}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings file {path} has no valid version ({version}); read it as version {current}.</source>
        <translation>Il file delle impostazioni {path} non ha una versione valida ({version}); viene letto come versione {current}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings file {path} was written by a newer WalkCoach (version {version}); the settings this version knows are used, and the file itself is kept aside unchanged before this version saves its own.</source>
        <translation>Il file delle impostazioni {path} è stato scritto da un WalkCoach più recente (versione {version}); si usano le impostazioni che questa versione conosce, e il file stesso viene messo da parte senza modifiche prima che questa versione salvi il proprio.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{key} (not valid Unicode text)</source>
        <translation>{key} (testo Unicode non valido)</translation>
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
            <numerusform>Il file delle impostazioni {path} ha %n impostazione non valida, al suo posto si usa quella predefinita: {bad}.</numerusform>
            <numerusform>Il file delle impostazioni {path} ha %n impostazioni non valide, al loro posto si usano quelle predefinite: {bad}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="+178"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speak the cues (segment, speed, time left)</source>
        <translation>Pronuncia le indicazioni (tratto, velocità, tempo rimanente)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <source>Mute all sounds</source>
        <translation>Disattiva tutti i suoni</translation>
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
        <translation>nessuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash the window when the segment changes</source>
        <translation>Fai lampeggiare la finestra quando cambia il tratto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the safety checklist before every backward session</source>
        <translation>Mostra i controlli di sicurezza prima di ogni sessione all&apos;indietro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Units</source>
        <translation>&amp;Unità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed unit</source>
        <translation>Unità di velocità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body &amp;weight</source>
        <translation>&amp;Peso corporeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body weight, for the energy estimate</source>
        <translation>Peso corporeo, per la stima dell&apos;energia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice</source>
        <translation>&amp;Voce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken cues</source>
        <translation>Indicazioni vocali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;olume</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sound</source>
        <translation>&amp;Suono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countdown</source>
        <translation>&amp;Conto alla rovescia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countdown before each change, seconds</source>
        <translation>Conto alla rovescia prima di ogni cambio, secondi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flash</source>
        <translation>&amp;Lampeggio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flash the window on each change</source>
        <translation>Lampeggia a ogni cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour theme</source>
        <translation>Tema dei colori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage</source>
        <translation>Lingu&amp;a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language of the text and the voice</source>
        <translation>Lingua dei testi e della voce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safet&amp;y</source>
        <translation>Sicur&amp;ezza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety checklist before each backward session</source>
        <translation>Controlli di sicurezza prima di ogni sessione all&apos;indietro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;left</source>
        <translation>Tempo &amp;rimanente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken time left, how often</source>
        <translation>Tempo rimanente a voce, ogni quanto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Volume in percent</source>
        <translation>Volume in percentuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used only for the kcal estimate</source>
        <translation>Usato solo per la stima delle kcal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Heart rate</source>
        <translation>&amp;Frequenza cardiaca</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The system&apos;s language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied at the next start of WalkCoach.</source>
        <translation>Si applica al prossimo avvio di WalkCoach.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>start at once</source>
        <translation>parti subito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything (segments, halfway, time left)</source>
        <translation>Tutto (tratti, a metà, tempo rimanente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only (segments, turns, the finish)</source>
        <translation>Solo i cambi (tratti, inversioni, fine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing: sounds only</source>
        <translation>Niente: solo suoni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Get ready</source>
        <translation>Preparazio&amp;ne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get-ready count before the start, seconds</source>
        <translation>Conto di preparazione prima dell&apos;inizio, secondi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spo&amp;ken cues</source>
        <translation>&amp;Indicazioni vocali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much the coach says</source>
        <translation>Quanto parla il coach</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Speech is not available: {reason}.</source>
        <translation>La sintesi vocale non è disponibile: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cue sounds still play.</source>
        <translation>I suoni di avviso funzionano comunque.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Off</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} min</source>
        <translation>Ogni {n} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} s</source>
        <translation>Ogni {n} s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>⚠ Heart-rate zones: {problem}.</source>
        <translation>⚠ Zone di frequenza cardiaca: {problem}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>⚠ Impossibile salvare le impostazioni: {error}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../walkcoach/ui/shortcuts.py" line="+33"/>
        <source>Start the session, or pause and resume it</source>
        <translation>Avvia la sessione, oppure mettila in pausa e riprendila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same, from the play/pause key of a media or Bluetooth remote</source>
        <translation>Lo stesso, dal tasto play/pausa di un telecomando multimediale o Bluetooth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip to the next step</source>
        <translation>Passa al tratto successivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous step: restarts this step, or goes to the previous one in its first seconds</source>
        <translation>Tratto precedente: ricomincia questo tratto, o torna al precedente nei primi secondi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>30 seconds more on this step</source>
        <translation>30 secondi in più su questo tratto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>30 seconds less on this step (at least 5 s stay)</source>
        <translation>30 secondi in meno su questo tratto (ne restano almeno 5 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leaves the workout view; otherwise stops the session (asks first)</source>
        <translation>Esce dalla Vista allenamento; altrimenti ferma la sessione (chiede prima)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workout view on or off</source>
        <translation>Vista allenamento sì o no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound on or off</source>
        <translation>Audio sì o no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the full window and the small always-on-top view</source>
        <translation>Passa dalla finestra completa alla Vista mini sempre in primo piano e viceversa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This list</source>
        <translation>Questo elenco</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/shortcuts.py" line="+23"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Tasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Cosa fa</translation>
    </message>
</context>
<context>
    <name>SoundHelper</name>
    <message>
        <location filename="../../walkcoach/sound/pulse.py" line="+54"/>
        <source>{library} is not installed ({detail})</source>
        <translation>{library} non è installato ({detail})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the sound server cannot be reached ({detail})</source>
        <translation>il server audio non risponde ({detail})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the sound server stopped playing ({detail})</source>
        <translation>il server audio ha smesso di riprodurre ({detail})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sound output is closed</source>
        <translation>l&apos;uscita audio è chiusa</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../walkcoach/ui/audio/speech.py" line="+45"/>
        <source>there is no sound output</source>
        <translation>non c&apos;è nessuna uscita audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speech engine is installed (speech-dispatcher)</source>
        <translation>nessun motore di sintesi vocale installato (speech-dispatcher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sound server does not answer</source>
        <translation>il server audio non risponde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech engine {engine!r} is not installed</source>
        <translation>il motore di sintesi vocale {engine!r} non è installato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech helper did not start</source>
        <translation>il programma di supporto della voce non si è avviato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech engine ({engine}) does not start</source>
        <translation>il motore di sintesi vocale ({engine}) non si avvia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech helper stopped</source>
        <translation>il programma di supporto della voce si è fermato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voice for {language} is installed: the cues are spoken in English.</source>
        <extracomment>{language} is the language&apos;s own name (&quot;Deutsch&quot;, &quot;français&quot;).</extracomment>
        <translation>Nessuna voce installata per la lingua {language}: le indicazioni vocali sono in inglese.</translation>
    </message>
</context>
<context>
    <name>StatsStrip</name>
    <message>
        <location filename="../../walkcoach/ui/coach/stats_strip.py" line="+76"/>
        <source>Elapsed</source>
        <translation>Trascorso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Rimanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Distance (est.)</source>
        <translation>Distanza (stima)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Energy (est.)</source>
        <translation>Energia (stima)</translation>
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
        <translation>Distanza (nastro)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../walkcoach/storage/db.py" line="+140"/>
        <source>the history database {path} is a folder</source>
        <translation>il database della cronologia {path} è una cartella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the history database {path} is not a regular file (a pipe or a device)</source>
        <translation>il database della cronologia {path} non è un file normale (una pipe o un dispositivo)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot create the history database {path}: {reason}</source>
        <translation>impossibile creare il database della cronologia {path}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>cannot open the history database {path}: {reason}</source>
        <translation>impossibile aprire il database della cronologia {path}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the history database {path} is damaged and could not be moved aside: {reason}</source>
        <translation>il database della cronologia {path} è danneggiato e non è stato possibile spostarlo: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database {path} is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>il database della cronologia {path} è danneggiato ({reason}); avvia WalkCoach per metterlo da parte e recuperare ciò che si può leggere</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its integrity check returned garbled text</source>
        <translation>il controllo di integrità ha restituito un testo illeggibile</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>integrity check failed: {problem}</source>
        <extracomment>{problem} is SQLite&apos;s own report, in English.</extracomment>
        <translation>controllo di integrità non riuscito: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot switch the history database to WAL mode (got {mode})</source>
        <translation>impossibile passare il database della cronologia in modalità WAL (risposta: {mode})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot open the history database {path}: upgrading it failed ({reason})</source>
        <translation>impossibile aprire il database della cronologia {path}: l&apos;aggiornamento non è riuscito ({reason})</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>cannot read the history database {path}: {reason}</source>
        <translation>impossibile leggere il database della cronologia {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/exporters.py" line="+165"/>
        <source>a {format} file holds one session (got {count})</source>
        <translation>un file {format} contiene una sola sessione (trovate {count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown export format {format} (one of: {known})</source>
        <translation>formato di esportazione sconosciuto {format} (uno tra: {known})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there are no recorded sessions with segments to export</source>
        <translation>non ci sono sessioni registrate con tratti da esportare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{output} is a file; exporting several sessions as {format} needs a folder (one file per session)</source>
        <translation>{output} è un file; per esportare più sessioni in {format} serve una cartella (un file per sessione)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{output} is a folder; give a file name to write the {format} to</source>
        <translation>{output} è una cartella; indica il nome di un file in cui scrivere il {format}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{output} exists already; add --force to replace it</source>
        <translation>{output} esiste già; aggiungi --force per sostituirlo</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>{first} and %n more exist already; add --force to replace them</source>
        <translation>
            <numerusform>{first} e %n altro esistono già; aggiungi --force per sostituirli</numerusform>
            <numerusform>{first} e altri %n esistono già; aggiungi --force per sostituirli</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} exists already; add --force to replace it</source>
        <translation>{first} esiste già; aggiungi --force per sostituirlo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>impossibile creare la cartella {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossibile scrivere {path}: la cartella {folder} non esiste</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/fit.py" line="+231"/>
        <location filename="../../walkcoach/storage/tcx.py" line="+110"/>
        <source>session {id} has no recorded segments; nothing to export</source>
        <translation>la sessione {id} non ha tratti registrati; niente da esportare</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/rescue.py" line="+62"/>
        <source>The history database was damaged ({reason}). It was moved to {moved} and nothing in it could be read, so a new, empty history was started; nothing was deleted.</source>
        <translation>Il database della cronologia era danneggiato ({reason}). È stato spostato in {moved} e non è stato possibile leggerne nulla, quindi è stata avviata una nuova cronologia vuota; non è stato eliminato nulla.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by rebuilding its indexes; nothing was deleted.</source>
        <translation>
            <numerusform>Il database della cronologia era danneggiato ({reason}). È stato spostato in {moved}, senza modifiche, e %n sessione è stata recuperata in una nuova cronologia ricostruendone gli indici; non è stato eliminato nulla.</numerusform>
            <numerusform>Il database della cronologia era danneggiato ({reason}). È stato spostato in {moved}, senza modifiche, e %n sessioni sono state recuperate in una nuova cronologia ricostruendone gli indici; non è stato eliminato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read (some could not); nothing was deleted.</source>
        <translation>
            <numerusform>Il database della cronologia era danneggiato ({reason}). È stato spostato in {moved}, senza modifiche, e %n sessione è stata recuperata in una nuova cronologia copiando ogni riga ancora leggibile (alcune non lo erano); non è stato eliminato nulla.</numerusform>
            <numerusform>Il database della cronologia era danneggiato ({reason}). È stato spostato in {moved}, senza modifiche, e %n sessioni sono state recuperate in una nuova cronologia copiando ogni riga ancora leggibile (alcune non lo erano); non è stato eliminato nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read; nothing was deleted.</source>
        <translation>
            <numerusform>Il database della cronologia era danneggiato ({reason}). È stato spostato in {moved}, senza modifiche, e %n sessione è stata recuperata in una nuova cronologia copiando ogni riga ancora leggibile; non è stato eliminato nulla.</numerusform>
            <numerusform>Il database della cronologia era danneggiato ({reason}). È stato spostato in {moved}, senza modifiche, e %n sessioni sono state recuperate in una nuova cronologia copiando ogni riga ancora leggibile; non è stato eliminato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/schema.py" line="+275"/>
        <source>the history database was written by a newer WalkCoach (schema version {version}; this one knows up to {known}); update WalkCoach to use it. The file was left untouched.</source>
        <translation>il database della cronologia è stato scritto da un WalkCoach più recente (versione dello schema {version}; questo conosce fino alla {known}); aggiorna WalkCoach per usarlo. Il file non è stato toccato.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/full_check.py" line="+67"/>
        <source>the treadmill and heart-rate samples cannot be read: the history file is damaged ({reason}). WalkCoach keeps the file aside and rescues what can be read the next time it opens the history</source>
        <translation>i campioni del tapis roulant e della frequenza cardiaca non si possono leggere: il file della cronologia è danneggiato ({reason}). WalkCoach lo mette da parte e recupera ciò che si può leggere la prossima volta che apre la cronologia</translation>
    </message>
</context>
<context>
    <name>StreakLabel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-110"/>
        <source>A day counts when you walked: a completed session, or any session with at least 5 minutes walked forward and backward. Skipping through a program does not count. Today still counts as long as you walked yesterday.</source>
        <translation>Un giorno conta quando hai camminato: una sessione completata, o una qualsiasi sessione con almeno 5 minuti camminati in avanti e all&apos;indietro. Saltare i tratti di un programma non conta. Oggi non interrompe la serie, purché tu abbia camminato ieri.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+1"/>
        <source>&lt;b&gt;%n&lt;/b&gt; day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; giorno</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current streak: {current} &amp;nbsp;·&amp;nbsp; longest: {longest}</source>
        <translation>Serie attuale: {current} &amp;nbsp;·&amp;nbsp; più lunga: {longest}</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location line="+18"/>
        <source>Next session</source>
        <translation>Prossima sessione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this program</source>
        <translation>Usa questo programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select it on the coach page</source>
        <translation>Selezionalo nella pagina del coach</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No suggestion: the history could not be read.</source>
        <translation>Nessun suggerimento: impossibile leggere la cronologia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rounds} x {time} backward at {speed}, {incline:g} % incline</source>
        <translation>{rounds} x {time} all&apos;indietro a {speed}, pendenza {incline:g} %</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../walkcoach/ui/history/summary_dialog.py" line="+107"/>
        <location line="+117"/>
        <source>Session summary</source>
        <translation>Riepilogo della sessione</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>{program}, {when}</source>
        <translation>{program}, {when}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This session is in your history already; the rating is optional.</source>
        <translation>Questa sessione è già nella cronologia; la valutazione è facoltativa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;kip rating</source>
        <translation>Sal&amp;ta valutazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close: the session stays recorded, without effort, pain or notes (Esc)</source>
        <translation>Chiudi: la sessione resta registrata, senza sforzo, dolore o note (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save rating</source>
        <translation>&amp;Salva valutazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add effort, pain and notes to this session (Ctrl+Enter)</source>
        <translation>Aggiungi sforzo, dolore e note a questa sessione (Ctrl+Invio)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Session complete</source>
        <translation>Sessione completata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ended early</source>
        <translation>Sessione finita in anticipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short to count as completed</source>
        <translation>Troppo breve per contare come completata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session interrupted</source>
        <translation>Sessione interrotta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Most of it was skipped: {walked} walked of the {planned} planned. A session counts as completed when at least 80 % of its planned time is walked; this one is recorded as too short.</source>
        <translation>Quasi tutto è stato saltato: {walked} camminati dei {planned} pianificati. Una sessione conta come completata quando si cammina almeno l&apos;80 % del tempo pianificato; questa è registrata come troppo breve.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded as ended early: {walked} of the {planned} planned. How it felt is worth noting all the same.</source>
        <translation>Registrata come finita in anticipo: {walked} dei {planned} pianificati. Vale comunque la pena annotare com&apos;è andata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded as ended early, after {walked}.</source>
        <translation>Registrata come finita in anticipo, dopo {walked}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time} in all</source>
        <translation>{time} in tutto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} backward</source>
        <translation>{time} all&apos;indietro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>effort {n}</source>
        <translation>sforzo {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time ({when}): {figures}</source>
        <translation>L&apos;ultima volta ({when}): {figures}</translation>
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
            <numerusform>%n tratto</numerusform>
            <numerusform>%n tratti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {value} kcal</source>
        <translation>circa {value} kcal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you walked</source>
        <translation>Cosa hai camminato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest backward stretch</source>
        <translation>Tratto all&apos;indietro più lungo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total time</source>
        <translation>Tempo totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance ({source})</source>
        <translation>Distanza ({source})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy (estimate)</source>
        <translation>Energia (stima)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mean {mean} bpm, highest {top} bpm</source>
        <translation>Media {mean} bpm, massima {top} bpm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the treadmill&apos;s heart rate)</source>
        <translation> (frequenza cardiaca del tapis roulant)</translation>
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
            <numerusform>Hai aspettato %n volta che la frequenza cardiaca si stabilizzasse, {time} in tutto.</numerusform>
            <numerusform>Hai aspettato %n volte che la frequenza cardiaca si stabilizzasse, {time} in tutto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heart rate</source>
        <translation>Frequenza cardiaca</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name}: on average {value} % of its maximal voluntary contraction (EMG)</source>
        <translation>{name}: in media {value} % della sua contrazione volontaria massima (EMG)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Muscles worked most</source>
        <translation>Muscoli più allenati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No walking was recorded.</source>
        <translation>Nessuna camminata registrata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimated % of a maximal contraction, averaged over the time walked.</source>
        <translation>% stimata di una contrazione massima, in media sul tempo camminato.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: {value} (your first)</source>
        <translation>{name}: {value} (prima volta)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {value} (was {before})</source>
        <translation>{name}: {value} (prima era {before})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal bests</source>
        <translation>Record personali</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new personal best this time; steady sessions are what build progress.</source>
        <translation>Nessun nuovo record questa volta; sono le sessioni costanti a far progredire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How did it feel?</source>
        <translation>Com&apos;è andata?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort (1 = very easy, 10 = all-out); keys 1-9 and 0 for 10:</source>
        <translation>Sforzo (1 = molto facile, 10 = al massimo); tasti 1-9 e 0 per 10:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Effort {n} of 10</source>
        <translation>Sforzo {n} su 10</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I felt &amp;pain during or after this session</source>
        <translation>Ho sentito &amp;dolore durante o dopo questa sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything to remember: how the knees felt, rails held or not…</source>
        <translation>Cosa ricordare: come stavano le ginocchia, corrimano tenuti o no…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not saved yet: {problem}. It is kept and saved when storage works again.</source>
        <translation>Non ancora salvato: {problem}. Resta conservato e verrà salvato appena sarà di nuovo possibile.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/summary.py" line="+48"/>
        <source>Summary (updates as you edit)</source>
        <translation>Riepilogo (si aggiorna mentre modifichi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program summary</source>
        <translation>Riepilogo del programma</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How much work each muscle gets over the whole program: how hard it works (an estimate from muscle-activity measurements) times how many minutes. The bar and the figure compare each muscle with the one worked most (100 %).</source>
        <translation>Quanto lavoro riceve ogni muscolo in tutto il programma: quanto lavora (una stima da misure di attività muscolare) per quanti minuti. La barra e il valore confrontano ogni muscolo con quello più allenato (100 %).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Total time</source>
        <translation>Tempo totale</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Backward</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Energia</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+38"/>
        <source>Muscles worked most</source>
        <translation>Muscoli più allenati</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Backward time</source>
        <translation>Tempo all&apos;indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward time</source>
        <translation>Tempo in avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy estimate</source>
        <translation>Stima dell&apos;energia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} ({percent:.0f} % of the session)</source>
        <translation>{time} ({percent:.0f} % della sessione)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>about {kcal:.0f} kcal (estimate for a body weight of {weight})</source>
        <translation>circa {kcal:.0f} kcal (stima per un peso corporeo di {weight})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{percent:.0f} %</source>
        <translation>{percent:.0f} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rank}. {name}: {share} of the muscle worked most</source>
        <translation>{rank}. {name}: {share} del muscolo più allenato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments with values that are not usable yet are left out of these figures.</source>
        <translation>I tratti con valori non ancora utilizzabili sono esclusi da questi dati.</translation>
    </message>
</context>
<context>
    <name>TopMusclesList</name>
    <message>
        <location filename="../../walkcoach/ui/coach/top_muscles.py" line="+31"/>
        <source>No muscle is working hard in this segment.</source>
        <translation>Nessun muscolo lavora intensamente in questo tratto.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Coming up: top muscles</source>
        <translation>In arrivo: muscoli principali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top muscles</source>
        <translation>Muscoli principali</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>measured</source>
        <translation>misurato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>stimato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} % of the muscle&apos;s maximal voluntary contraction (EMG). Source: {source}</source>
        <translation>{value} % della contrazione volontaria massima del muscolo (EMG). Fonte: {source}</translation>
    </message>
</context>
<context>
    <name>UnitChoices</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="-380"/>
        <source>Kilometres per hour (km/h)</source>
        <translation>Chilometri orari (km/h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles per hour (mph)</source>
        <translation>Miglia orarie (mph)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metric: km/h, km, kg</source>
        <translation>Metrico: km/h, km, kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imperial: mph, miles, lb</source>
        <translation>Imperiale: mph, miglia, lb</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>miles</source>
        <translation>miglia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distance unit</source>
        <translation>Unità di distanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distances walked</source>
        <translation>Distanze percorse</translation>
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
        <translation>Unità di peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body weight</source>
        <translation>Peso corporeo</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="-220"/>
        <source>Minutes per week</source>
        <translation>Minuti a settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Week {number}, {year} (from {monday})
Forward: {forward}
Backward: {backward}
Total: {total}</source>
        <translation>Settimana {number}, {year} (dal {monday})
Avanti: {forward}
Indietro: {backward}
Totale: {total}</translation>
    </message>
</context>
<context>
    <name>WeeklyZonesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+11"/>
        <source>Minutes in zone per week</source>
        <translation>Minuti per zona a settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Week {number}, {year} (from {monday})</source>
        <translation>Settimana {number}, {year} (dal {monday})</translation>
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
