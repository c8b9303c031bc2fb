<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/about.py" line="+109"/>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>License</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the figures come from</source>
        <translation>Waar de cijfers vandaan komen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A coach for treadmill sessions that switch between walking forwards and walking backwards.</source>
        <translation>Een coach voor loopbandsessies die afwisselen tussen vooruit- en achteruitlopen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>WalkCoach is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl}&quot;&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/a&gt; (GPL-3.0-or-later). It comes with no warranty. It is built on Qt for Python (PySide6), used under the &lt;a href=&quot;{lgpl}&quot;&gt;GNU Lesser General Public License v3&lt;/a&gt;, and on pyqtgraph and platformdirs (MIT license).</source>
        <translation>WalkCoach is vrije software: je mag het delen en aanpassen onder de voorwaarden van de &lt;a href=&quot;{gpl}&quot;&gt;GNU General Public License, versie 3 of (naar keuze) een latere versie&lt;/a&gt; (GPL-3.0-or-later). Er is geen garantie. Het is gebouwd op Qt for Python (PySide6), gebruikt onder de &lt;a href=&quot;{lgpl}&quot;&gt;GNU Lesser General Public License v3&lt;/a&gt;, en op pyqtgraph en platformdirs (MIT-licentie).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History, your programs and settings are kept on this computer only, in &lt;a href=&quot;{url}&quot;&gt;{where}&lt;/a&gt;. Click the folder to open it; copy it to back up.</source>
        <translation>Geschiedenis, je programma&apos;s en instellingen blijven alleen op deze computer, in &lt;a href=&quot;{url}&quot;&gt;{where}&lt;/a&gt;. Klik op de map om die te openen; kopieer de map voor een back-up.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Muscle activation and energy figures are estimates drawn from these published studies and equations. They describe groups of people, not you, and are not medical advice.</source>
        <translation>Cijfers over spieractivatie en energie zijn schattingen op basis van deze gepubliceerde studies en formules. Ze beschrijven groepen mensen, niet jou, en zijn geen medisch advies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sources were loaded.</source>
        <translation>Er zijn geen bronnen geladen.</translation>
    </message>
</context>
<context>
    <name>BackwardForwardChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+248"/>
        <source>Mean heart rate (bpm)</source>
        <translation>Gemiddelde hartslag (bpm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Backward</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{speed}
Backward: {backward:.0f} bpm ({backward_n} segments)
Forward: {forward:.0f} bpm ({forward_n} segments)</source>
        <translation>{speed}
Achteruit: {backward:.0f} bpm ({backward_n} onderdelen)
Vooruit: {forward:.0f} bpm ({forward_n} onderdelen)</translation>
    </message>
</context>
<context>
    <name>BestsPanel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+134"/>
        <source>Personal bests</source>
        <translation>Persoonlijke records</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set on {day}</source>
        <translation>Behaald op {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended on {day}</source>
        <translation>Geëindigd op {day}</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+319"/>
        <source> rounds</source>
        <translation> rondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. Intervals</source>
        <translation>Optioneel, bijv. Intervallen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rounds</source>
        <translation>&amp;Rondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat rounds</source>
        <translation>Aantal rondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times the segments of the block are walked</source>
        <translation>Hoe vaak de onderdelen van het blok worden gelopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block label</source>
        <translation>Bloklabel</translation>
    </message>
</context>
<context>
    <name>BodyDiagramWidget</name>
    <message>
        <location filename="../../walkcoach/ui/coach/body_diagram.py" line="+176"/>
        <source>Body diagram of the muscles worked</source>
        <translation>Lichaamsdiagram van de belaste spieren</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+65"/>
        <location line="+192"/>
        <source>Coming up</source>
        <translation>Hierna</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>Voorkant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Achterkant</translation>
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
        <translation>Niet actief in dit onderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured</source>
        <translation>gemeten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} % of its maximal voluntary contraction (EMG), {basis}</source>
        <translation>{value} % van de maximale vrijwillige contractie (EMG), {basis}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>Bron: {source}</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>% of maximal voluntary contraction</source>
        <translation>% van de maximale vrijwillige contractie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No muscle is working hard.</source>
        <translation>Geen enkele spier werkt hard.</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../walkcoach/ui/history/calendar_heatmap.py" line="+104"/>
        <source>{day}: no session</source>
        <translation>{day}: geen sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {time}</source>
        <translation>{day}: {time}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less</source>
        <translation>Minder</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Minutes per day: under 15, 15-30, 30-45, 45 and more</source>
        <translation>Minuten per dag: onder 15, 15-30, 30-45, 45+</translation>
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
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Previous step</source>
        <translation>Vorige stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
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
        <translation>30 seconden minder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds more</source>
        <translation>30 seconden meer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds less on this step (-)</source>
        <translation>30 seconden minder voor deze stap (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds more on this step (+)</source>
        <translation>30 seconden meer voor deze stap (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini view</source>
        <translation>Mini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the session (Space)</source>
        <translation>Start de sessie (Spatiebalk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+438"/>
        <source>Pause or resume (Space)</source>
        <translation>Pauzeren of hervatten (Spatiebalk)</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Restart this step, or go to the previous one in its first seconds (Left or B)</source>
        <translation>Begin deze stap opnieuw, of ga in de eerste seconden naar de vorige (Pijl links of B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next segment (Right or N)</source>
        <translation>Volgend onderdeel (Pijl rechts of N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished this station: go on</source>
        <translation>Klaar met deze oefening: ga door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the session (Esc)</source>
        <translation>Beëindig de sessie (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small always-on-top window (Ctrl+M)</source>
        <translation>Klein venster dat altijd bovenaan blijft (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workout view</source>
        <translation>Groot scherm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only direction, time, targets and next, over the whole screen (F11; Esc leaves)</source>
        <translation>Alleen richting, tijd, doelen en hierna, over het hele scherm (F11; Esc: terug)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Esc or F11: leave the workout view</source>
        <translation>Esc of F11: trainingsweergave verlaten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>NO PROGRAM</source>
        <translation>GEEN PROGRAMMA</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+163"/>
        <source>READY</source>
        <translation>GEREED</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Press Start or Space  ·  {count} segments, {backward} backward</source>
        <translation>Druk op Start of de Spatiebalk  ·  {count} onderdelen, {backward} achteruit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step 0 of {total}</source>
        <translation>Stap 0 van {total}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>TURN AROUND SOON, then {to}</source>
        <translation>ZO OMDRAAIEN, dan {to}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {total} steps done</source>
        <translation>Alle {total} stappen gedaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {i} of {n}</source>
        <translation>Stap {i} van {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  ·  round {r} of {rounds}</source>
        <translation>  ·  ronde {r} van {rounds}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The computer was asleep. Press Space to go on.</source>
        <translation>De computer sliep. Druk op de Spatiebalk om door te gaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The treadmill stopped. Press Space to go on.</source>
        <translation>De loopband is gestopt. Druk op de Spatiebalk om door te gaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Space to go on.</source>
        <translation>Druk op de Spatiebalk om door te gaan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When you have finished, press Done to go on.</source>
        <translation>Klaar? Druk dan op Klaar om door te gaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The belt is slowing down: keep walking, turn when told.</source>
        <translation>De band remt af: blijf lopen, draai je pas om op het teken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catch your breath: keep walking slowly, turn when told.</source>
        <translation>Kom op adem: blijf rustig lopen, draai je pas om op het teken.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>WELL DONE</source>
        <translation>GOED GEDAAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session complete. Walk slowly to cool down.</source>
        <translation>Sessie voltooid. Loop rustig uit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>STOPPED</source>
        <translation>GESTOPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time you walked is kept.</source>
        <translation>De tijd die je gelopen hebt, blijft bewaard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GET READY</source>
        <translation>MAAK JE KLAAR</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>TURN</source>
        <translation>OMDRAAIEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now face {word}: {targets}</source>
        <translation>Nu {word}: {targets}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Start again</source>
        <translation>Opnieuw starten</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+314"/>
        <source>Go on</source>
        <translation>Ga door</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn now, without waiting for the heart rate (Space)</source>
        <translation>Nu omdraaien, zonder op de hartslag te wachten (Spatiebalk)</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+319"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
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
        <translation>{value} % helling</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>FORWARD</source>
        <translation>VOORUIT</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+17"/>
        <source>BACKWARD</source>
        <translation>ACHTERUIT</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>REST</source>
        <translation>RUST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TURN</source>
        <translation>OMDRAAIEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATION</source>
        <translation>OEFENING</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Belt slow: {speed}</source>
        <translation>Band langzaam: {speed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>belt slow or stopped</source>
        <translation>band langzaam of stil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belt stopped, hold the rails</source>
        <translation>band stil, houd de leuningen vast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belt stopped, step off safely</source>
        <translation>band stil, stap veilig af</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} steps/min</source>
        <translation>{value} stappen/min</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First: {targets}</source>
        <translation>Eerst: {targets}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Hold the rails</source>
        <translation>Houd de leuningen vast</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Turn round</source>
        <translation>Draai je om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find your footing</source>
        <translation>Vind je evenwicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep walking</source>
        <translation>Blijf lopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn when told</source>
        <translation>Omdraaien op het teken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> at {speed}, {incline}</source>
        <translation> met {speed}, {incline}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: finish</source>
        <translation>Hierna: einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: {summary}</source>
        <translation>Hierna: {summary}</translation>
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
        <translation>gebruik: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>positional arguments</source>
        <extracomment>A title in the --help text, above the arguments given without an option name.</extracomment>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options</source>
        <extracomment>A title in the --help text, above the options (--json, --data-dir...).</extracomment>
        <translation>opties</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show this help message and exit</source>
        <translation>deze hulptekst tonen en afsluiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>argument {argument}: {message}</source>
        <translation>argument {argument}: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the following arguments are required: {names}</source>
        <translation>de volgende argumenten zijn verplicht: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unrecognized arguments: {names}</source>
        <translation>onbekende argumenten: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>ongeldige keuze: {value} (kies uit {choices})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one argument</source>
        <translation>één argument verwacht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected at least one argument</source>
        <translation>minstens één argument verwacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignored explicit argument {value}</source>
        <translation>expliciet argument {value} genegeerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid {type} value: {value}</source>
        <translation>ongeldige {type}-waarde: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of the arguments {names} is required</source>
        <translation>een van de argumenten {names} is verplicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed with argument {other}</source>
        <translation>niet toegestaan samen met argument {other}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>dubbelzinnige optie: {option} kan {matches} zijn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be a number (got &apos;{text}&apos;)</source>
        <translation>moet een getal zijn (opgegeven: &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be greater than 0 and at most {most} (got {text})</source>
        <translation>moet groter dan 0 en hoogstens {most} zijn (opgegeven: {text})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give a Bluetooth address (like F0:57:A1:7E:AD:01), a device name or &apos;virtual&apos;</source>
        <translation>geef een Bluetooth-adres (zoals F0:57:A1:7E:AD:01), een apparaatnaam of &apos;virtual&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number (got &apos;{text}&apos;)</source>
        <translation>moet een heel getal zijn (opgegeven: &apos;{text}&apos;)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>must be from 1 to {most} (got a number of %n character(s))</source>
        <translation>
            <numerusform>moet van 1 tot {most} zijn (opgegeven: een getal van %n teken)</numerusform>
            <numerusform>moet van 1 tot {most} zijn (opgegeven: een getal van %n tekens)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be from 1 to {most} (got {text})</source>
        <translation>moet van 1 tot {most} zijn (opgegeven: {text})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>keep all user data (history, programs, settings) in DIR</source>
        <translation>alle gebruikersgegevens (geschiedenis, programma&apos;s, instellingen) in DIR bewaren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window options (no sub-command)</source>
        <translation>vensteropties (zonder subcommando)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>select this program on start</source>
        <translation>dit programma kiezen bij het starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start the session at once</source>
        <translation>de sessie meteen starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session time runs X times faster (demos and tests)</source>
        <translation>de sessietijd loopt X keer sneller (demo&apos;s en tests)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quit when the session finishes</source>
        <translation>afsluiten als de sessie klaar is</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write engine events and cues as JSON lines</source>
        <translation>gebeurtenissen van de engine en aanwijzingen schrijven als JSON-regels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drive this FTMS treadmill (virtual: a simulated one, no hardware needed)</source>
        <translation>deze FTMS-loopband besturen (virtual: een gesimuleerde, geen apparaat nodig)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show this heart-rate sensor&apos;s heart rate (virtual: one that follows your effort)</source>
        <translation>de hartslag van deze hartslagsensor tonen (virtual: een die je inspanning volgt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use bumble on this HCI transport (usb:0, tcp-client:HOST:PORT) instead of the system&apos;s Bluetooth</source>
        <translation>bumble gebruiken op dit HCI-transport (usb:0, tcp-client:HOST:PORT) in plaats van de Bluetooth van het systeem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>start the window, print the start-up time in ms, exit 0</source>
        <translation>het venster starten, de opstarttijd in ms tonen, afsluiten met 0</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Coach for treadmill sessions that alternate forward and backward walking.</source>
        <translation>Coach voor loopbandsessies die vooruit- en achteruitlopen afwisselen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show the version of WalkCoach and exit</source>
        <translation>de versie van WalkCoach tonen en afsluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list built-in and user programs</source>
        <translation>ingebouwde en eigen programma&apos;s tonen</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/options.py" line="+12"/>
        <source>machine-readable output</source>
        <translation>machineleesbare uitvoer</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/main.py" line="+4"/>
        <source>show one program&apos;s segments</source>
        <translation>de onderdelen van één programma tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a program id or a program file</source>
        <translation>een programma-id of een programmabestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>estimated muscle activation for a way of walking</source>
        <translation>geschatte spieractivatie bij een manier van lopen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the way you face on the belt</source>
        <translation>de richting waarin je op de band staat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the belt&apos;s incline in percent</source>
        <translation>de helling van de band in procenten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the belt&apos;s speed in km/h (optional)</source>
        <translation>de snelheid van de band in km/h (optioneel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy a program file into your programs</source>
        <translation>een programmabestand naar je programma&apos;s kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a program file (JSON)</source>
        <translation>een programmabestand (JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replace a program with the same id</source>
        <translation>een programma met hetzelfde id vervangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list recorded sessions</source>
        <translation>vastgelegde sessies tonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete the session with this ID</source>
        <translation>de sessie met dit ID verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export sessions to CSV, JSON, TCX or FIT</source>
        <translation>sessies exporteren naar CSV, JSON, TCX of FIT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the session with this ID (see walkcoach history)</source>
        <translation>de sessie met dit ID (zie walkcoach history)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every recorded session</source>
        <translation>elke vastgelegde sessie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file format</source>
        <translation>het bestandsformaat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file, a folder, or - for stdout</source>
        <translation>een bestand, een map, of - voor stdout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace files that exist already</source>
        <translation>bestaande bestanden vervangen</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+45"/>
        <source>warm-up</source>
        <translation>warming-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>hoofddeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cool-down</source>
        <translation>cooling-down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward</source>
        <translation>vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward</source>
        <translation>achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>rust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>oefening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn</source>
        <translation>omdraaien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>beginner</source>
        <translation>beginner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advanced</source>
        <translation>gevorderd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>front</source>
        <extracomment>A muscle seen on the front of the body.</extracomment>
        <translation>voorkant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back</source>
        <extracomment>A muscle seen on the back of the body.</extracomment>
        <translation>achterkant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measured</source>
        <extracomment>A muscle&apos;s figure: a published measurement at this condition.</extracomment>
        <translation>gemeten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimated</source>
        <extracomment>A muscle&apos;s figure: derived, scaled or assumed.</extracomment>
        <translation>geschat</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>skipped a user program: {error}</source>
        <translation>gebruikersprogramma overgeslagen: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>built-in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yours</source>
        <translation>eigen</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/history.py" line="+41"/>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>vroeg gestopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>te kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>de geschiedenisdatabase is beschadigd ({reason}); start WalkCoach om hem apart te zetten en te redden wat leesbaar is</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the data folder {folder} is a file, not a folder</source>
        <translation>de gegevensmap {folder} is een bestand, geen map</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No sessions recorded yet: the data folder {folder} does not exist.</source>
        <translation>Nog geen sessies vastgelegd: de gegevensmap {folder} bestaat niet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No sessions recorded yet. Finished sessions appear here.</source>
        <translation>Nog geen sessies vastgelegd. Afgeronde sessies verschijnen hier.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n session(s) being recorded now: listed once finished.)</source>
        <translation>
            <numerusform>(%n sessie wordt nu vastgelegd: die verschijnt als ze klaar is.)</numerusform>
            <numerusform>(%n sessies worden nu vastgelegd: ze verschijnen als ze klaar zijn.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session {id} was not deleted: {reason}</source>
        <translation>sessie {id} is niet verwijderd: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted session {id} ({program}, {when}, {time}).</source>
        <translation>Sessie {id} verwijderd ({program}, {when}, {time}).</translation>
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
        <translation>Gestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest backward</source>
        <translation>Langste achteruit</translation>
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
        <translation>{status} (pijn)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n session(s), {time} walked backward in all.</source>
        <translation>
            <numerusform>%n sessie, in totaal {time} achteruitgelopen.</numerusform>
            <numerusform>%n sessies, in totaal {time} achteruitgelopen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there are no recorded sessions to export</source>
        <translation>er zijn geen vastgelegde sessies om te exporteren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{format} is a binary format of one session; give a file with -o PATH, or send one session to a pipe</source>
        <translation>{format} is een binair formaat voor één sessie; geef een bestand op met -o PAD, of stuur één sessie naar een pipe</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Exported %n session(s) to {file}</source>
        <translation>
            <numerusform>%n sessie geëxporteerd naar {file}</numerusform>
            <numerusform>%n sessies geëxporteerd naar {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n session(s) as {format} files into {folder}</source>
        <translation>
            <numerusform>%n sessie geëxporteerd als {format}-bestand in {folder}</numerusform>
            <numerusform>%n sessies geëxporteerd als {format}-bestanden in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no session with id {id} (`walkcoach history` lists the recorded ones)</source>
        <translation>geen sessie met id {id} (`walkcoach history` toont de vastgelegde sessies)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session {id} is being recorded right now; export it when it ends</source>
        <translation>sessie {id} wordt nu vastgelegd; exporteer die als ze klaar is</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+1"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>BACKWARD</source>
        <translation>ACHTERUIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEGMENTS</source>
        <translation>ONDERDELEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM</source>
        <translation>HERKOMST</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{builtin} built-in and {yours} of your own. Details: walkcoach show ID</source>
        <translation>{builtin} ingebouwd en {yours} eigen. Details: walkcoach show ID</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped</source>
        <translation>stil</translation>
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
        <translation>ronde {round}/{rounds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added by the coach: the direction changes here</source>
        <translation>toegevoegd door de coach: hier wisselt de richting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cadence} steps/min</source>
        <translation>{cadence} stappen/min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waits for you</source>
        <translation>wacht op jou</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} ({id}, {level}, built-in)</source>
        <translation>{name} ({id}, {level}, ingebouwd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({id}, {level}, your program)</source>
        <translation>{name} ({id}, {level}, eigen programma)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no level</source>
        <translation>geen niveau</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Total {total}: backward {backward}, forward {forward}, %n segment(s)</source>
        <translation>
            <numerusform>Totaal {total}: achteruit {backward}, vooruit {forward}, %n onderdeel</numerusform>
            <numerusform>Totaal {total}: achteruit {backward}, vooruit {forward}, %n onderdelen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source: {source}</source>
        <translation>Bron: {source}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>AT</source>
        <translation>START</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHASE</source>
        <translation>FASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED</source>
        <translation>SNELHEID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INCLINE</source>
        <translation>HELLING</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>NOTITIES</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{option} must be a number (got &apos;{text}&apos;)</source>
        <translation>{option} moet een getal zijn (opgegeven: &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{option} must be between {low} and {high} {unit} (got {text})</source>
        <translation>{option} moet tussen {low} en {high} {unit} liggen (opgegeven: {text})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown direction &apos;{direction}&apos; (use forward or backward)</source>
        <translation>onbekende richting &apos;{direction}&apos; (gebruik forward of backward)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forward walking, {incline} % incline</source>
        <translation>Vooruitlopen, {incline} % helling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward walking, {incline} % incline</source>
        <translation>Achteruitlopen, {incline} % helling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward walking, {incline} % incline at {speed} km/h</source>
        <translation>Vooruitlopen, {incline} % helling met {speed} km/h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward walking, {incline} % incline at {speed} km/h</source>
        <translation>Achteruitlopen, {incline} % helling met {speed} km/h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activation in % of a maximal voluntary contraction; &apos;estimated&apos; figures are WalkCoach&apos;s.</source>
        <translation>Activatie in % van een maximale vrijwillige contractie; &apos;geschatte&apos; cijfers zijn van WalkCoach.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>MUSCLE</source>
        <translation>SPIER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIEW</source>
        <translation>AANZICHT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MVC</source>
        <translation>MVC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BASIS</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>BRON</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a program with id &apos;{id}&apos; already exists (&apos;{name}&apos;); use --force to replace it</source>
        <translation>er bestaat al een programma met id &apos;{id}&apos; (&apos;{name}&apos;); gebruik --force om het te vervangen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot save the program: {reason}</source>
        <translation>kan het programma niet opslaan: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported &apos;{name}&apos; as &apos;{id}&apos; ({time}, %n segment(s)) into {folder}</source>
        <translation>
            <numerusform>&apos;{name}&apos; geïmporteerd als &apos;{id}&apos; ({time}, %n onderdeel) in {folder}</numerusform>
            <numerusform>&apos;{name}&apos; geïmporteerd als &apos;{id}&apos; ({time}, %n onderdelen) in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/devices.py" line="+26"/>
        <source>treadmill</source>
        <translation>loopband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heart-rate sensor</source>
        <translation>hartslagsensor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number of seconds (got &apos;{text}&apos;)</source>
        <translation>moet een aantal seconden zijn (opgegeven: &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0 and at most {most} seconds (got {text})</source>
        <translation>moet groter dan 0 en hoogstens {most} seconden zijn (opgegeven: {text})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>list the treadmills and heart-rate sensors in range</source>
        <translation>de loopbanden en hartslagsensoren binnen bereik tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 listed (maybe none), 2 bad arguments, 3 Bluetooth not usable.</source>
        <translation>Afsluitcode: 0 getoond (misschien geen), 2 ongeldige argumenten, 3 Bluetooth niet bruikbaar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scan for N seconds (default {default})</source>
        <translation>N seconden zoeken (standaard {default})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a bumble HCI transport ({examples}); default: the one in the settings, else the system&apos;s Bluetooth</source>
        <translation>een bumble-HCI-transport ({examples}); standaard: dat uit de instellingen, anders de Bluetooth van het systeem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the HCI transport in {file}</source>
        <translation>het HCI-transport in {file}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the system&apos;s Bluetooth</source>
        <translation>de Bluetooth van het systeem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No treadmill or heart-rate sensor found in {seconds} s through {through}.</source>
        <translation>Geen loopband of hartslagsensor gevonden in {seconds} s via {through}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is it switched on and awake, and not linked to another app?</source>
        <translation>Staat het apparaat aan, is het wakker en niet gekoppeld aan een andere app?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n found in {seconds} s through {through}. Use one: walkcoach --treadmill ADDRESS</source>
        <translation>
            <numerusform>%n gevonden in {seconds} s via {through}. Gebruik er een: walkcoach --treadmill ADRES</numerusform>
            <numerusform>%n gevonden in {seconds} s via {through}. Gebruik er een: walkcoach --treadmill ADRES</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/output.py" line="+33"/>
        <source>warning: {message}</source>
        <extracomment>A line on stderr: &quot;walkcoach: warning: &lt;what is wrong&gt;&quot;.</extracomment>
        <translation>waarschuwing: {message}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>error: {message}</source>
        <extracomment>A line on stderr: &quot;walkcoach: error: &lt;what is wrong&gt;&quot;.</extracomment>
        <translation>fout: {message}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/plans.py" line="+39"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coming</source>
        <translation>komt nog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pause the active plan</source>
        <translation>het actieve trainingsschema pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resume the active plan</source>
        <translation>het actieve trainingsschema hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the active plan&apos;s next session</source>
        <translation>de volgende sessie van het actieve trainingsschema overslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart the active plan&apos;s week</source>
        <translation>de week van het actieve trainingsschema opnieuw beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop the active plan</source>
        <translation>het actieve trainingsschema beëindigen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>list the built-in training plans</source>
        <translation>de ingebouwde trainingsschema&apos;s tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start, show or export the active training plan</source>
        <translation>het actieve trainingsschema starten, tonen of exporteren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start a plan (replaces the active one)</source>
        <translation>een trainingsschema starten (vervangt het actieve)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a plan id (see walkcoach plans)</source>
        <translation>een schema-id (zie walkcoach plans)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekdays (default: the plan&apos;s)</source>
        <translation>weekdagen (standaard: die van het schema)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time of day (default: the plan&apos;s)</source>
        <translation>tijdstip (standaard: dat van het schema)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time zone, e.g. Europe/Berlin (default: this computer&apos;s)</source>
        <translation>tijdzone, bijv. Europe/Amsterdam (standaard: die van deze computer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>calendar alarm MIN minutes before (default 10)</source>
        <translation>agendaherinnering MIN minuten vooraf (standaard 10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this week and the next, each session&apos;s state</source>
        <translation>deze week en de volgende, met de stand van elke sessie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the coming sessions as an iCalendar file</source>
        <translation>de komende sessies als iCalendar-bestand schrijven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file, or - for stdout</source>
        <translation>een bestand, of - voor stdout</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{option} must be a date as YYYY-MM-DD (got &apos;{text}&apos;)</source>
        <translation>{option} moet een datum zijn als JJJJ-MM-DD (opgegeven: &apos;{text}&apos;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no plan is active; start one with `walkcoach plan start ID` (see `walkcoach plans`)</source>
        <translation>er is geen actief trainingsschema; start er een met `walkcoach plan start ID` (zie `walkcoach plans`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the active plan &apos;{id}&apos; is not known to this WalkCoach</source>
        <translation>het actieve trainingsschema &apos;{id}&apos; is niet bekend in deze WalkCoach</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan is stopped; your history is kept.</source>
        <translation>Het trainingsschema is beëindigd; je geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plan is already paused</source>
        <translation>het trainingsschema is al gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan is not paused</source>
        <translation>het trainingsschema is niet gepauzeerd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no plan with id &apos;{id}&apos; (one of: {known})</source>
        <translation>geen trainingsschema met id &apos;{id}&apos; (een van: {known})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&apos;{id}&apos; has up to {most} sessions a week: give at least %n weekday(s) (got {days})</source>
        <translation>
            <numerusform>&apos;{id}&apos; heeft tot {most} sessies per week: geef minstens %n weekdag (opgegeven: {days})</numerusform>
            <numerusform>&apos;{id}&apos; heeft tot {most} sessies per week: geef minstens %n weekdagen (opgegeven: {days})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown time zone &apos;{zone}&apos; (e.g. Europe/Berlin, America/New_York, UTC)</source>
        <translation>onbekende tijdzone &apos;{zone}&apos; (bijv. Europe/Amsterdam, America/New_York, UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--alarm must be 0-1440 minutes (got {minutes})</source>
        <translation>--alarm moet 0-1440 minuten zijn (opgegeven: {minutes})</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Started “{name}”: %n week(s) on {days} at {time} ({zone}).</source>
        <translation>
            <numerusform>“{name}” gestart: %n week op {days} om {time} ({zone}).</numerusform>
            <numerusform>“{name}” gestart: %n weken op {days} om {time} ({zone}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Week {week} (from {monday}):</source>
        <translation>Week {week} (vanaf {monday}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no day left</source>
        <translation>geen dag over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day {day}: {title}</source>
        <extracomment>After the date and the state: &quot;day 1: Backward, two minutes&quot;.</extracomment>
        <translation>dag {day}: {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>note: could not update {file}: {reason}</source>
        <extracomment>A line on stderr after a plan action: the calendar file could not be written.</extracomment>
        <translation>let op: kon {file} niet bijwerken: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write {file}: {reason}</source>
        <translation>kan {file} niet schrijven: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n session(s) to {file}; it is written again when the plan moves.</source>
        <translation>
            <numerusform>%n sessie naar {file} geschreven; het bestand wordt opnieuw geschreven als het schema verandert.</numerusform>
            <numerusform>%n sessies naar {file} geschreven; het bestand wordt opnieuw geschreven als het schema verandert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+26"/>
        <source>the data folder is empty; give a folder, or leave --data-dir out</source>
        <translation>de gegevensmap is leeg; geef een map op, of laat --data-dir weg</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../walkcoach/core/cues.py" line="+96"/>
        <source>Slow the belt to {speed}.</source>
        <translation>Rem de band af tot {speed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the belt.</source>
        <translation>Zet de band stil.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{amount} more: {left} left.</source>
        <extracomment>{amount} and {left} are spoken durations (&quot;30 seconds&quot;, &quot;1 minute 30 seconds&quot;).</extracomment>
        <translation>{amount} erbij: nog {left}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} less: {left} left.</source>
        <translation>{amount} eraf: nog {left}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The belt is slowing to {speed} for the turn. Keep walking and hold the rails.</source>
        <translation>De band remt af tot {speed} voor het omdraaien. Blijf lopen en houd de leuningen vast.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>Gepauzeerd: de computer sliep. Ga verder wanneer je klaar bent.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Paused.</source>
        <translation>Gepauzeerd.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Get ready. First: {segment}</source>
        <extracomment>{segment} is the first segment&apos;s phrase, with its full stop.</extracomment>
        <translation>Maak je klaar. Eerst: {segment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now {segment}</source>
        <extracomment>{segment} is a segment phrase that starts a sentence when the turn is over.</extracomment>
        <translation>Nu {segment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {round} of {rounds}.</source>
        <translation>Ronde {round} van {rounds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halfway. {duration} to go.</source>
        <translation>Halverwege. Nog {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{duration} left.</source>
        <translation>Nog {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session complete: {duration} of exercise. Well done.</source>
        <translation>Sessie voltooid: {duration} getraind. Goed gedaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time is up for this station. Press Done when you have finished.</source>
        <translation>De tijd voor deze oefening is om. Druk op Klaar als je de oefening af hebt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forward for {duration} at {speed}</source>
        <extracomment>A segment phrase: lower case, no full stop; said after &quot;Get ready. First:&quot; or &quot;Now&quot;, or alone as a sentence. {duration} &quot;2 minutes&quot;, {speed} &quot;3.2 kilometres per hour&quot;.</extracomment>
        <translation>{duration} vooruit met {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward for {duration} at {speed}</source>
        <translation>{duration} achteruit met {speed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn round for {duration}, belt at {speed}</source>
        <translation>{duration} omdraaien, band op {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn round for {duration}, belt stopped</source>
        <translation>{duration} omdraaien, band stil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest for {duration}, belt at {speed}</source>
        <translation>{duration} rust, band op {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest for {duration}, belt stopped</source>
        <translation>{duration} rust, band stil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station: {label}, for {duration}</source>
        <extracomment>{label} is the station&apos;s exercise (&quot;20 lunges + 15 squats&quot;).</extracomment>
        <translation>oefening: {label}, {duration} lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station: {label}. Press Done when you have finished</source>
        <translation>oefening: {label}. Druk op Klaar als je de oefening af hebt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{phrase}, incline {value} percent</source>
        <extracomment>{phrase} is a segment phrase (&quot;forward for 2 minutes at 4 kilometres per hour&quot;); {value} a figure: the treadmill&apos;s slope in percent.</extracomment>
        <translation>{phrase}, helling {value} procent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phrase}, decline {value} percent</source>
        <translation>{phrase}, {value} procent bergaf</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{phrase}, %n step(s) a minute</source>
        <extracomment>The walking cadence added to a segment phrase (&quot;forward for 2 minutes at 4 kilometres per hour&quot;).</extracomment>
        <translation>
            <numerusform>{phrase}, %n stap per minuut</numerusform>
            <numerusform>{phrase}, %n stappen per minuut</numerusform>
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
        <translation>Zet de helling op {value} procent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the decline to {value} percent.</source>
        <translation>Zet de helling op {value} procent bergaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the rails and turn to face the back.</source>
        <translation>Houd de leuningen vast en draai je om naar achteren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails and turn to face the front.</source>
        <translation>Houd de leuningen vast en draai je om naar voren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails and turn to face the other way.</source>
        <translation>Houd de leuningen vast en draai je om.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a moment</source>
        <extracomment>Said for {when} in &quot;Turning ... in {when}&quot; when the turn is less than a second away.</extracomment>
        <translation>een ogenblik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk backward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <extracomment>{when} is a spoken duration (&quot;10 seconds&quot;) or &quot;a moment&quot;; {speed} &quot;1 kilometre per hour&quot;.</extracomment>
        <translation>Over {when} omdraaien om achteruit te lopen: maak je klaar om de band af te remmen tot {speed} en de leuningen vast te houden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning to walk forward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>Over {when} omdraaien om vooruit te lopen: maak je klaar om de band af te remmen tot {speed} en de leuningen vast te houden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning round in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>Over {when} omdraaien: maak je klaar om de band af te remmen tot {speed} en de leuningen vast te houden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning to walk backward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Over {when} omdraaien om achteruit te lopen: maak je klaar om de band stil te zetten en de leuningen vast te houden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk forward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Over {when} omdraaien om vooruit te lopen: maak je klaar om de band stil te zetten en de leuningen vast te houden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning round in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Over {when} omdraaien: maak je klaar om de band stil te zetten en de leuningen vast te houden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turning to walk backward in {when}: the belt will slow down to {speed}.</source>
        <translation>Over {when} omdraaien om achteruit te lopen: de band remt af tot {speed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk forward in {when}: the belt will slow down to {speed}.</source>
        <translation>Over {when} omdraaien om vooruit te lopen: de band remt af tot {speed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning round in {when}: the belt will slow down to {speed}.</source>
        <translation>Over {when} omdraaien: de band remt af tot {speed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn now. Hold the rails and turn to face the back.</source>
        <translation>Nu omdraaien. Houd de leuningen vast en draai je om naar achteren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn now. Hold the rails and turn to face the front.</source>
        <translation>Nu omdraaien. Houd de leuningen vast en draai je om naar voren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn now. Hold the rails and turn to face the other way.</source>
        <translation>Nu omdraaien. Houd de leuningen vast en draai je om.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Last one.</source>
        <translation>Laatste onderdeel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/spoken.py" line="+155"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{larger} {smaller}</source>
        <extracomment>Joins two parts of a spoken duration, &quot;2 minutes&quot; and &quot;30 seconds&quot; (English says them one after the other; a language may want &quot;and&quot; between them).</extracomment>
        <translation>{larger} en {smaller}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} kilometres per hour</source>
        <extracomment>A speed to be spoken; {value} is a figure such as 3,2.</extracomment>
        <translation>{value} kilometer per uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} miles per hour</source>
        <translation>{value} mijl per uur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 kilometre per hour</source>
        <extracomment>A speed of exactly one, spoken (the turn speed is often 1 km/h): the unit in the singular.</extracomment>
        <translation>1 kilometer per uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mile per hour</source>
        <translation>1 mijl per uur</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../walkcoach/core/datewords.py" line="+17"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May</source>
        <translation>mei</translation>
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
        <translation>aug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>dec</translation>
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
        <translation>Loopband: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the treadmill {name}…</source>
        <translation>Zoeken naar loopband {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Treadmill not linked: {why}</source>
        <translation>Loopband niet gekoppeld: {why}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The treadmill did not answer: the session starts without it.</source>
        <translation>De loopband antwoordde niet: de sessie start zonder loopband.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the treadmill…</source>
        <translation>Wachten op de loopband…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heart rate: {why}</source>
        <translation>Hartslag: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the heart-rate sensor {name}…</source>
        <translation>Zoeken naar hartslagsensor {name}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Heart-rate sensor not linked: bumble is not installed (pip install &apos;walkcoach[bumble]&apos; to use --hci)</source>
        <translation>Hartslagsensor niet gekoppeld: bumble is niet geïnstalleerd (pip install &apos;walkcoach[bumble]&apos; om --hci te gebruiken)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Heart-rate sensor not linked: {why}</source>
        <translation>Hartslagsensor niet gekoppeld: {why}</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_dialog.py" line="+107"/>
        <source>Treadmill and heart rate</source>
        <translation>Loopband en hartslag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Forget</source>
        <translation>&amp;Vergeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the linked treadmill</source>
        <translation>De gekoppelde loopband vergeten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;orget sensor</source>
        <translation>Sensor ver&amp;geten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the linked heart-rate sensor</source>
        <translation>De gekoppelde hartslagsensor vergeten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+188"/>
        <source>&amp;Scan</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Scan for treadmills and heart-rate sensors</source>
        <translation>Zoeken naar loopbanden en hartslagsensoren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning</source>
        <translation>Bezig met zoeken</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Belt speed for every change of direction</source>
        <translation>Bandsnelheid bij elke richtingswissel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the belt when the program ends or I press Stop</source>
        <translation>Stop de band als het programma afloopt of als ik op Stop druk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: this computer&apos;s Bluetooth</source>
        <translation>leeg: de Bluetooth van deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HCI transport, advanced</source>
        <translation>HCI-transport, geavanceerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced: a Bluetooth controller used directly through bumble ({install}), e.g. {examples}.</source>
        <translation>Geavanceerd: een Bluetooth-controller die rechtstreeks via bumble wordt gebruikt ({install}), bijv. {examples}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While linked</source>
        <translation>Wanneer gekoppeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn speed</source>
        <translation>&amp;Draaisnelheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Belt</source>
        <translation>&amp;Band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HCI transport</source>
        <translation>&amp;HCI-transport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The coach slows the belt to this before you turn around (at most {top}).</source>
        <translation>De coach remt de band tot deze snelheid af voordat je je omdraait (hoogstens {top}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the chosen treadmill</source>
        <translation>Verbinden met de gekozen loopband</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan to find the treadmills and heart-rate sensors in range.</source>
        <translation>Klik op Zoeken om de loopbanden en hartslagsensoren binnen bereik te vinden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan stopped.</source>
        <translation>Zoeken gestopt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Stop scan</source>
        <translation>Zoeken &amp;stoppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning… {n} s left</source>
        <translation>Zoeken… nog {n} s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Found {n} in {s:g} s.</source>
        <translation>{n} gevonden in {s:g} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found in {s:g} s. Is the treadmill on, awake and free of other apps?</source>
        <translation>Niets gevonden in {s:g} s. Staat de loopband aan, is hij wakker en niet bezet door een andere app?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The scan did not work.</source>
        <translation>Het zoeken is niet gelukt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No treadmill linked: the coach tells you the speeds to set.</source>
        <translation>Geen loopband gekoppeld: de coach zegt welke snelheden je moet instellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: the virtual treadmill.</source>
        <translation>Gekoppeld: de virtuele loopband.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: {name} ({address}).</source>
        <translation>Gekoppeld: {name} ({address}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No heart-rate sensor linked.</source>
        <translation>Geen hartslagsensor gekoppeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart rate: the virtual sensor.</source>
        <translation>Hartslag: de virtuele sensor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart rate: {name} ({address}).</source>
        <translation>Hartslag: {name} ({address}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The virtual sensor&apos;s heart rate follows what you walk: faster, uphill and backward raise it, with a lag of tens of seconds.</source>
        <translation>De hartslag van de virtuele sensor volgt wat je loopt: sneller, bergop en achteruit laten hem stijgen, met tientallen seconden vertraging.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A chest strap or a watch that shares its heart rate: Connect.</source>
        <translation>Een borstband of horloge dat zijn hartslag deelt: klik op Verbinden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The virtual treadmill runs inside WalkCoach: try the whole link without a machine.</source>
        <translation>De virtuele loopband draait binnen WalkCoach: probeer de hele koppeling zonder apparaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a treadmill or a heart-rate sensor, then Connect.</source>
        <translation>Kies een loopband of hartslagsensor en klik dan op Verbinden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>⚠ De instellingen konden niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Virtual heart-rate sensor</source>
        <translation>Virtuele hartslagsensor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Virtual treadmill</source>
        <translation>Virtuele loopband</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_list.py" line="+25"/>
        <source>Treadmill</source>
        <translation>Loopband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart-rate sensor</source>
        <translation>Hartslagsensor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reported</source>
        <translation>niet gemeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excellent</source>
        <translation>uitstekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{bars} {word}, {dbm} dBm</source>
        <translation>{bars} {word}, {dbm} dBm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Virtual treadmill (no hardware needed)</source>
        <translation>Virtuele loopband (geen apparaat nodig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual heart-rate sensor (follows your effort)</source>
        <translation>Virtuele hartslagsensor (volgt je inspanning)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no details</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Bluetooth LE adapter was found on this computer. Plug one in, or try the virtual treadmill.</source>
        <translation>Er is geen Bluetooth LE-adapter op deze computer gevonden. Sluit er een aan of probeer de virtuele loopband.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is switched off. Switch it on and scan again.</source>
        <translation>Bluetooth staat uit. Zet het aan en zoek opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s Bluetooth service cannot be reached ({detail}). Start it (on Linux: the bluetooth service) and scan again.</source>
        <translation>De Bluetooth-dienst van deze computer is niet bereikbaar ({detail}). Start de dienst (op Linux: de bluetooth-service) en zoek opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WalkCoach is not allowed to use Bluetooth ({detail}). Allow it in the system&apos;s settings; for a USB dongle, give your user access to it.</source>
        <translation>WalkCoach mag Bluetooth niet gebruiken ({detail}). Sta het toe in de systeeminstellingen; geef je gebruiker bij een USB-dongle toegang tot de dongle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Bluetooth library bleak is not installed (pip install bleak).</source>
        <translation>De Bluetooth-bibliotheek bleak is niet geïnstalleerd (pip install bleak).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An HCI transport needs bumble, which is not installed ({install}). Or leave the HCI transport empty to use this computer&apos;s Bluetooth.</source>
        <translation>Een HCI-transport heeft bumble nodig, en dat is niet geïnstalleerd ({install}). Of laat het HCI-transport leeg om de Bluetooth van deze computer te gebruiken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{hci}” is not an HCI transport name ({detail}). Examples: {examples}.</source>
        <translation>“{hci}” is geen naam van een HCI-transport ({detail}). Voorbeelden: {examples}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HCI transport {hci} cannot be opened ({detail}).</source>
        <translation>Het HCI-transport {hci} kan niet worden geopend ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Bluetooth controller did not answer ({detail}).</source>
        <translation>De Bluetooth-controller antwoordde niet ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is scanning for Bluetooth devices. Try again soon.</source>
        <translation>Een ander programma zoekt al naar Bluetooth-apparaten. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scan failed: {detail}.</source>
        <translation>Het zoeken is mislukt: {detail}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices found</source>
        <translation>Gevonden apparaten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no radio</source>
        <translation>geen radio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the app</source>
        <translation>in de app</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not seen yet</source>
        <translation>nog niet gezien</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../walkcoach/devices/belt_coach.py" line="+46"/>
        <source>The treadmill is not connected: the session goes on when it is back.</source>
        <translation>De loopband is niet verbonden: de sessie gaat verder zodra hij terug is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill is sending no data: the session goes on when it does.</source>
        <translation>De loopband geeft geen gegevens door: de sessie gaat verder zodra hij dat weer doet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the belt to slow down: the turn comes first.</source>
        <translation>Wacht tot de band afgeremd is: eerst komt het omdraaien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait. The belt is still slowing down.</source>
        <extracomment>Spoken while a turn waits for the belt to slow down.</extracomment>
        <translation>Wacht. De band remt nog af.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming in {seconds}.</source>
        <extracomment>Shown while the session counts down to going on after a pause; {seconds} is 3, 2, 1.</extracomment>
        <translation>Verder over {seconds}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/controller.py" line="+299"/>
        <location filename="../../walkcoach/devices/hr_monitor.py" line="+141"/>
        <source>connecting took too long</source>
        <translation>verbinden duurde te lang</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/events.py" line="+37"/>
        <source>The safety key was pulled: the session is paused.</source>
        <translation>De veiligheidssleutel is eruit getrokken: de sessie is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill was stopped on the machine: the session is paused.</source>
        <translation>De loopband is op het apparaat gestopt: de sessie is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill was paused on the machine: the session is paused.</source>
        <translation>De loopband is op het apparaat gepauzeerd: de sessie is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another app took control of the treadmill: the session is paused.</source>
        <translation>Een andere app heeft de besturing van de loopband overgenomen: de sessie is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill link was lost: the session is paused.</source>
        <translation>De verbinding met de loopband is verbroken: de sessie is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill sent nothing for a while: the session is paused.</source>
        <translation>De loopband heeft een tijd niets gestuurd: de sessie is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The belt did not slow down for the turn: the session is paused.</source>
        <translation>De band remde niet af voor het omdraaien: de sessie is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill refused the turn speed: the session is paused.</source>
        <translation>De loopband weigerde de draaisnelheid: de sessie is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The treadmill refused {command}: {result}.</source>
        <extracomment>{command} and {result} are the protocol&apos;s words (&quot;set target speed&quot;, &quot;not supported&quot;).</extracomment>
        <translation>De loopband weigerde {command}: {result}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This treadmill cannot set its speed; {requested} km/h was skipped.</source>
        <translation>Deze loopband kan zijn snelheid niet instellen; {requested} km/h is overgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This treadmill cannot set its incline; {requested} % was skipped.</source>
        <translation>Deze loopband kan zijn helling niet instellen; {requested} % is overgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treadmill&apos;s speed is limited: {applied} km/h instead of {requested} km/h.</source>
        <translation>De snelheid van de loopband is begrensd: {applied} km/h in plaats van {requested} km/h.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treadmill&apos;s incline is limited: {applied} % instead of {requested} %.</source>
        <translation>De helling van de loopband is begrensd: {applied} % in plaats van {requested} %.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You set {value} km/h.</source>
        <extracomment>The user changed the belt&apos;s speed on the machine itself.</extracomment>
        <translation>Je hebt {value} km/h ingesteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You set {value} %.</source>
        <extracomment>The user changed the belt&apos;s incline on the machine itself.</extracomment>
        <translation>Je hebt {value} % ingesteld.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>Wacht: de band remt nog af voor het omdraaien.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/hr_events.py" line="+17"/>
        <source>Heart-rate sensor</source>
        <translation>Hartslagsensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treadmill&apos;s heart rate</source>
        <translation>Hartslag van de loopband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>De hartslagsensor heeft geen contact meer met de huid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The heart-rate sensor has contact again.</source>
        <translation>De hartslagsensor heeft weer contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No heart rate at the moment: it shows as --.</source>
        <extracomment>&quot;--&quot; is what the screen shows in place of a heart rate.</extracomment>
        <translation>Op dit moment geen hartslag: die wordt getoond als --.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The heart rate is back.</source>
        <translation>De hartslag is terug.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/scanning.py" line="+38"/>
        <source>excellent</source>
        <translation>uitstekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no Bluetooth LE adapter found on this computer</source>
        <translation>geen Bluetooth LE-adapter gevonden op deze computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bluetooth is switched off; switch it on and scan again</source>
        <translation>Bluetooth staat uit; zet het aan en zoek opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s Bluetooth service cannot be reached: {detail}</source>
        <translation>de Bluetooth-dienst van het systeem is niet bereikbaar: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed to use Bluetooth ({detail})</source>
        <translation>geen toestemming om Bluetooth te gebruiken ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Bluetooth library bleak is not installed (pip install bleak)</source>
        <translation>de Bluetooth-bibliotheek bleak is niet geïnstalleerd (pip install bleak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source} needs bumble, which is not installed ({install})</source>
        <extracomment>{source} is --hci or where the settings name the transport; {install} a pip command.</extracomment>
        <translation>{source} heeft bumble nodig, en dat is niet geïnstalleerd ({install})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source}: {hci!r} is not an HCI transport name ({detail}; for example {examples})</source>
        <translation>{source}: {hci!r} is geen naam van een HCI-transport ({detail}; bijvoorbeeld {examples})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source}: cannot open {hci} ({detail})</source>
        <translation>{source}: kan {hci} niet openen ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from the Bluetooth controller ({detail})</source>
        <translation>geen antwoord van de Bluetooth-controller ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program is scanning for Bluetooth devices; try again</source>
        <translation>een ander programma zoekt al naar Bluetooth-apparaten; probeer het opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scan failed ({detail})</source>
        <translation>het zoeken is mislukt ({detail})</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_hr.py" line="+145"/>
        <source>the heart-rate sensor did not answer</source>
        <translation>de hartslagsensor antwoordde niet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the heart-rate sensor went out of range</source>
        <translation>de hartslagsensor is buiten bereik geraakt</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_transport.py" line="+38"/>
        <source>the treadmill did not answer</source>
        <translation>de loopband antwoordde niet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the treadmill went out of range</source>
        <translation>de loopband is buiten bereik geraakt</translation>
    </message>
</context>
<context>
    <name>DistanceSource</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-102"/>
        <source>measured</source>
        <translation>gemeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly measured</source>
        <translation>deels gemeten</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location line="+25"/>
        <source>Your walking history will appear here</source>
        <translation>Je loopgeschiedenis verschijnt hier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Each session you finish (or stop early) is saved here automatically. After your first one you will see:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Minutes per week&lt;/b&gt;, forward and backward, as stacked bars;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your longest backward stretch&lt;/b&gt; in each session, climbing toward the 5-8 minutes without a break that the progression aims for;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;12-month calendar&lt;/b&gt; of the days you walked, with your current and longest streak;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;muscles you worked most&lt;/b&gt;, on the body diagram;&lt;/li&gt;&lt;li&gt;every &lt;b&gt;session&lt;/b&gt; with a chart of its segments, your &lt;b&gt;personal bests&lt;/b&gt;, and exports to CSV, JSON, TCX and FIT.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Elke sessie die je afrondt (of vroeg stopt) wordt hier automatisch bewaard. Na je eerste sessie zie je:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Minuten per week&lt;/b&gt;, vooruit en achteruit, als gestapelde staven;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Je langste stuk achteruit&lt;/b&gt; in elke sessie, op weg naar de 5-8 minuten zonder pauze waar de opbouw naar streeft;&lt;/li&gt;&lt;li&gt;een &lt;b&gt;kalender van 12 maanden&lt;/b&gt; met de dagen waarop je liep, met je huidige en langste reeks;&lt;/li&gt;&lt;li&gt;de &lt;b&gt;spieren die je het meest belastte&lt;/b&gt;, op het lichaamsdiagram;&lt;/li&gt;&lt;li&gt;elke &lt;b&gt;sessie&lt;/b&gt; met een grafiek van de onderdelen, je &lt;b&gt;persoonlijke records&lt;/b&gt;, en export naar CSV, JSON, TCX en FIT.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Energy</name>
    <message>
        <location filename="../../walkcoach/core/energy.py" line="+26"/>
        <source>Backward walking is estimated at 1.18 x the forward figure (heart rate and oxygen uptake were 17-20 % higher backward at 5-10 % grade in Hooper et al. 2004).</source>
        <translation>Achteruitlopen wordt geschat op 1,18 × het cijfer voor vooruitlopen (hartslag en zuurstofopname waren achteruit 17-20 % hoger bij 5-10 % helling in Hooper et al. 2004).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Station (lunges and squats) energy is an estimate of about 5 METs.</source>
        <translation>De energie van een oefening (lunges en squats) is een schatting van ongeveer 5 MET.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../walkcoach/core/files.py" line="+45"/>
        <source>a folder</source>
        <translation>een map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pipe (FIFO)</source>
        <translation>een pipe (FIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is {kind}</source>
        <extracomment>Why a file was not read: &quot;is a folder&quot;, &quot;is a pipe (FIFO)&quot;.</extracomment>
        <translation>is {kind}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is larger than {limit} bytes</source>
        <translation>is groter dan {limit} bytes</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The data folder {folder} can be read by other users (mode {mode}) and could not be made private: {reason}.</source>
        <translation>De gegevensmap {folder} is leesbaar voor andere gebruikers (modus {mode}) en kon niet privé worden gemaakt: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder {folder} could be read by other users (mode {mode}); it is now yours alone (mode {private}).</source>
        <translation>De gegevensmap {folder} was leesbaar voor andere gebruikers (modus {mode}); nu is hij alleen van jou (modus {private}).</translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+32"/>
        <source>it is a file, not a folder</source>
        <translation>het is een bestand, geen map</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/first_run.py" line="+65"/>
        <location line="+5"/>
        <source>Welcome to WalkCoach</source>
        <translation>Welkom bij WalkCoach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WalkCoach times treadmill sessions that switch between walking forward and walking backward, and tells you when to turn, what speed to set and which muscles work.</source>
        <translation>WalkCoach begeleidt loopbandsessies die afwisselen tussen vooruit- en achteruitlopen: het zegt wanneer je je moet omdraaien, welke snelheid je instelt en welke spieren werken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only used to estimate the energy you use</source>
        <translation>Alleen gebruikt om je energieverbruik te schatten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Units</source>
        <translation>&amp;Eenheden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body &amp;weight</source>
        <translation>Lichaams&amp;gewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body weight</source>
        <translation>Lichaamsgewicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking backward safely</source>
        <translation>Veilig achteruitlopen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clip the treadmill&apos;s safety key to your clothes and clear the space around it.</source>
        <translation>Klem de veiligheidssleutel van de loopband vast aan je kleding en houd de ruimte eromheen vrij.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the belt slowly facing forward; turn around only at a slow speed.</source>
        <translation>Start de band langzaam terwijl je vooruit kijkt; draai je alleen om bij een lage snelheid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the rails while you learn, keep your head up and do not look back over your shoulder.</source>
        <translation>Houd de leuningen vast zolang je het leert, houd je hoofd omhoog en kijk niet over je schouder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin with short, slow backward spells of a minute or two; add time first, then speed, then incline.</source>
        <translation>Begin met korte, langzame stukken achteruit van een à twee minuten; verleng eerst de tijd, dan de snelheid, dan de helling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop if anything hurts or you feel unsteady. With balance or inner-ear problems, uncontrolled blood pressure, an acute back problem or a recent injury, ask a doctor first.</source>
        <translation>Stop als iets pijn doet of als je wankel staat. Vraag eerst een arts bij evenwichts- of binnenoorproblemen, een niet goed ingestelde bloeddruk, acute rugklachten of een recente blessure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safety advice</source>
        <translation>Veiligheidsadvies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Select “{name}” to begin ({total}, {backward} of it backward)</source>
        <translation>&amp;Kies “{name}” om te beginnen ({total}, waarvan {backward} achteruit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the gentlest program</source>
        <translation>Kies het rustigste programma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Let&apos;s go</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>&amp;Overslaan</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../walkcoach/ui/app.py" line="+313"/>
        <source>The last session could not be saved to the history ({problem}). It is kept in {file} and will be added to the history at the next start that can write it.</source>
        <translation>De laatste sessie kon niet in de geschiedenis worden opgeslagen ({problem}). Ze is bewaard in {file} en wordt aan de geschiedenis toegevoegd bij de volgende start waarbij dat lukt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last session could not be saved to the history ({problem}), nor kept in a recovery file ({why}).</source>
        <translation>De laatste sessie kon niet in de geschiedenis worden opgeslagen ({problem}) en ook niet in een herstelbestand worden bewaard ({why}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session not saved yet</source>
        <translation>Sessie nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Speech is not available: {reason}.</source>
        <translation>Spraak is niet beschikbaar: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cue sounds still play.</source>
        <translation>De signaalgeluiden klinken nog wel.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{problem}; the coach goes on silently.</source>
        <translation>{problem}; de coach gaat zonder geluid verder.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>History not saved yet: {problem}</source>
        <translation>Geschiedenis nog niet opgeslagen: {problem}</translation>
    </message>
</context>
<context>
    <name>HeartRateCoach</name>
    <message>
        <location filename="../../walkcoach/core/hr_coach.py" line="+29"/>
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>Hartslag {bpm} is boven je grens van {ceiling} bpm: ga iets langzamer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your heart rate is above your ceiling. Slow down a little.</source>
        <translation>Je hartslag is boven je grens. Ga iets langzamer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>Hartslag weer onder {ceiling} bpm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch your breath: keep walking slowly. The turn comes when your heart rate is under {bpm} bpm.</source>
        <translation>Kom op adem: blijf rustig lopen. Het omdraaien volgt zodra je hartslag onder {bpm} bpm is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catch your breath. The turn comes when your heart rate has settled.</source>
        <translation>Kom op adem. Het omdraaien volgt zodra je hartslag gezakt is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heart rate settled: get ready to turn.</source>
        <translation>Hartslag gezakt: maak je klaar voor het omdraaien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited long enough: get ready to turn.</source>
        <translation>Lang genoeg gewacht: maak je klaar voor het omdraaien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>Geen hartslag om op te wachten: maak je klaar voor het omdraaien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Going on without waiting: get ready to turn.</source>
        <translation>Verder zonder te wachten: maak je klaar voor het omdraaien.</translation>
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
        <translation>schatten op basis van mijn leeftijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum heart rate, beats a minute</source>
        <translation>Maximale hartslag, slagen per minuut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age in years</source>
        <translation>Leeftijd in jaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting heart rate, beats a minute</source>
        <translation>Rusthartslag, slagen per minuut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Maximum</source>
        <translation>&amp;Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age</source>
        <translation>&amp;Leeftijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resting</source>
        <translation>In &amp;rust</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your zones</source>
        <translation>Je zones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tell me when my heart rate is above</source>
        <translation>Waarschuw me als mijn hartslag hoger is dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the top of zone 4</source>
        <translation>de bovenkant van zone 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart-rate ceiling, beats a minute</source>
        <translation>Hartslaggrens, slagen per minuut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start each backward bout only when my heart rate has settled</source>
        <translation>Begin elk stuk achteruit pas als mijn hartslag gezakt is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled means under, beats a minute</source>
        <translation>Gezakt betekent onder, slagen per minuut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest wait, seconds</source>
        <translation>Langste wachttijd, seconden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under</source>
        <translation>onder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting at most</source>
        <translation>wacht hoogstens</translation>
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
        <translation>{low} bpm en hoger ({pct} % en meer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{low}–{high} bpm ({lo_pct}–{hi_pct} %)</source>
        <translation>{low}–{high} bpm ({lo_pct}–{hi_pct} %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your maximum heart rate, or your age to estimate it, to see your zones.</source>
        <translation>Vul je maximale hartslag in, of je leeftijd om die te schatten, om je zones te zien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Maximum {max} bpm; the ceiling&apos;s default, the top of zone 4: {top} bpm.</source>
        <translation>Maximum {max} bpm; de standaardgrens, de bovenkant van zone 4: {top} bpm.</translation>
    </message>
</context>
<context>
    <name>HeartRateProgress</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+44"/>
        <source>Heart rate: reading the recorded sessions…</source>
        <translation>Hartslag: de vastgelegde sessies worden gelezen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heart rate: {problem}</source>
        <translation>Hartslag: {problem}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Heart rate: nothing recorded in the last 12 months. With a heart-rate sensor (a chest strap or watch) linked, this row shows your weekly time in each zone and your heart rate backward against forward at the same speed.</source>
        <translation>Hartslag: niets vastgelegd in de afgelopen 12 maanden. Met een gekoppelde hartslagsensor (een borstband of horloge) toont deze rij je tijd per week in elke zone, en je hartslag achteruit tegenover vooruit bij dezelfde snelheid.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time in zones: enter your maximum heart rate or your age in Preferences to see it.</source>
        <translation>Tijd in zones: vul je maximale hartslag of je leeftijd in bij Voorkeuren om dit te zien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time in zones: no heart rate recorded in the last 12 weeks.</source>
        <translation>Tijd in zones: geen hartslag vastgelegd in de afgelopen 12 weken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minutes in each heart-rate zone per week, the last 12 weeks: {names}</source>
        <translation>Minuten per week in elke hartslagzone, de afgelopen 12 weken: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backward against forward: no speed walked both ways with a heart rate yet (each side needs a segment of over a minute).</source>
        <translation>Achteruit tegenover vooruit: nog geen snelheid in beide richtingen gelopen met hartslag (elke kant heeft een onderdeel van meer dan een minuut nodig).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your mean heart rate walking backward and forward at the same speed, from {backward_n} backward and {forward_n} forward segments in the last 12 months (the first 30 s of each left out): backward was {difference} bpm {word} on average.</source>
        <translation>Je gemiddelde hartslag bij achteruit- en vooruitlopen op dezelfde snelheid, uit {backward_n} onderdelen achteruit en {forward_n} vooruit in de afgelopen 12 maanden (de eerste 30 s van elk niet meegeteld): achteruit was gemiddeld {difference} bpm {word}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher</source>
        <translation>hoger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>lager</translation>
    </message>
</context>
<context>
    <name>HeartRateView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/hr_view.py" line="+76"/>
        <source>from the treadmill</source>
        <translation>van de loopband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated zones</source>
        <translation>gesimuleerde zones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{bpm} bpm</source>
        <translation>{bpm} bpm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below zone 1</source>
        <translation>Onder zone 1</translation>
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
boven je grens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connecting…</source>
        <translation>verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensor lost</source>
        <translation>sensor kwijt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no skin contact</source>
        <translation>geen huidcontact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none from the treadmill</source>
        <translation>geen van de loopband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no heart rate</source>
        <translation>geen hartslag</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Virtual heart-rate sensor</source>
        <translation>Virtuele hartslagsensor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: connected</source>
        <translation>{name}: verbonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: connecting…</source>
        <translation>{name}: verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: closed</source>
        <translation>{name}: gesloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: lost, trying again…</source>
        <translation>{name}: kwijt, opnieuw proberen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: lost, trying again… ({why})</source>
        <translation>{name}: kwijt, opnieuw proberen… ({why})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>De hartslagsensor heeft geen contact meer met de huid.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>Hartslag {bpm} is boven je grens van {ceiling} bpm: ga iets langzamer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>Hartslag weer onder {ceiling} bpm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heart rate settled: get ready to turn.</source>
        <translation>Hartslag gezakt: maak je klaar voor het omdraaien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited long enough: get ready to turn.</source>
        <translation>Lang genoeg gewacht: maak je klaar voor het omdraaien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>Geen hartslag om op te wachten: maak je klaar voor het omdraaien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going on without waiting: get ready to turn.</source>
        <translation>Verder zonder te wachten: maak je klaar voor het omdraaien.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Catch your breath: keep walking slowly.</source>
        <translation>Kom op adem: blijf rustig lopen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn under {level} bpm</source>
        <translation>Omdraaien onder {level} bpm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {bpm}</source>
        <translation>nu {bpm}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now --</source>
        <translation>nu --</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {left} more</source>
        <translation>hoogstens nog {left}</translation>
    </message>
</context>
<context>
    <name>HeartRateZones</name>
    <message>
        <location filename="../../walkcoach/core/hr_zones.py" line="+25"/>
        <source>Very light</source>
        <translation>Zeer licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Matig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Zwaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Maximaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the zones</source>
        <translation>Onder de zones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated from your age with the Tanaka formula, 208 - 0.7 x age. It is an estimate: a real maximum can be 10 or more beats a minute either side, so enter yours if you know it.</source>
        <translation>Geschat op basis van je leeftijd met de formule van Tanaka, 208 - 0,7 × leeftijd. Het is een schatting: je echte maximum kan 10 of meer slagen per minuut hoger of lager liggen, dus vul het in als je het weet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zones on your heart-rate reserve (Karvonen): resting + % x (maximum - resting).</source>
        <translation>Zones op basis van je hartslagreserve (Karvonen): rust + % × (maximum - rust).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones as a percentage of your maximum heart rate.</source>
        <translation>Zones als percentage van je maximale hartslag.</translation>
    </message>
</context>
<context>
    <name>HelperCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/helper_player.py" line="+83"/>
        <source>Sound is unavailable: the sound helper did not start</source>
        <translation>Geen geluid: de geluidshelper is niet gestart</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sound is unavailable: the sound helper keeps failing</source>
        <translation>Geen geluid: de geluidshelper blijft uitvallen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sound is unavailable: {reason}</source>
        <translation>Geen geluid: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+62"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn</source>
        <translation>Omdraaien</translation>
    </message>
</context>
<context>
    <name>HistoryExports</name>
    <message>
        <location filename="../../walkcoach/ui/history/exports.py" line="+66"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training Center files (*.tcx)</source>
        <translation>Training Center-bestanden (*.tcx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIT files (*.fit)</source>
        <translation>FIT-bestanden (*.fit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as {fmt}</source>
        <translation>Exporteren als {fmt}</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+188"/>
        <source>there are no recorded sessions to export</source>
        <translation>er zijn geen vastgelegde sessies om te exporteren</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported: {m}</source>
        <translation>Er is niets geëxporteerd: {m}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>choose a session in the list first</source>
        <translation>kies eerst een sessie in de lijst</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export all sessions as &amp;CSV…</source>
        <translation>Alle sessies exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all sessions as &amp;JSON…</source>
        <translation>Alle sessies exporteren als &amp;JSON…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the last session as &amp;TCX…</source>
        <translation>Laatste sessie exporteren als TC&amp;X…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the last session as &amp;FIT…</source>
        <translation>Laatste sessie exporteren als &amp;FIT…</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../walkcoach/ui/history/page.py" line="+198"/>
        <source>Export all as CSV…</source>
        <translation>Alles exporteren als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all as JSON…</source>
        <translation>Alles exporteren als JSON…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Muscles</source>
        <translation>Spiere&amp;n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sessions</source>
        <translation>S&amp;essies</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Last 4 weeks</source>
        <translation>Afgelopen 4 weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Afgelopen 3 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Vanaf het begin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>Peri&amp;ode:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export session as TCX…</source>
        <translation>Sessie exporteren als TCX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export session as FIT…</source>
        <translation>Sessie exporteren als FIT…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete session…</source>
        <translation>Sessie verwij&amp;deren…</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The history cannot be read: {error}</source>
        <translation>De geschiedenis kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;{miles}&lt;/b&gt; miles in all</source>
        <translation>&lt;b&gt;{miles}&lt;/b&gt; mijl in totaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{km}&lt;/b&gt; km in all</source>
        <translation>&lt;b&gt;{km}&lt;/b&gt; km in totaal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; sessions &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; walked backward &amp;nbsp;·&amp;nbsp; {distance}</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; sessies &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; achteruitgelopen &amp;nbsp;·&amp;nbsp; {distance}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} steps&lt;br&gt;&lt;small&gt;Dashed outline: planned time; filled bar: time walked. Green: forward; orange: backward; blue: rest; yellow: turn; purple: an exercise off the belt.&lt;/small&gt;</source>
        <translation>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} stappen&lt;br&gt;&lt;small&gt;Gestreepte rand: geplande tijd; gevulde balk: gelopen tijd. Groen: vooruit; oranje: achteruit; blauw: rust; geel: omdraaien; paars: een oefening naast de band.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Distance: {distance} ({source})</source>
        <translation>Afstand: {distance} ({source})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>Notities: {notes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Heart rate: mean {mean:.0f}, highest {high} bpm. Right: heart rate over the session, its steps shaded behind in the same colours.</source>
        <translation>Hartslag: gemiddeld {mean:.0f}, hoogste {high} bpm. Rechts: hartslag tijdens de sessie, met de stappen erachter in dezelfde kleuren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No heart rate in this session (a heart-rate sensor records it).</source>
        <translation>Geen hartslag in deze sessie (een hartslagsensor legt die vast).</translation>
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
        <translation>Langste stuk achteruit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most backward time in a session</source>
        <translation>Meeste tijd achteruit in één sessie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest session</source>
        <translation>Langste sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steepest backward incline, held a minute</source>
        <translation>Steilste helling achteruit, een minuut volgehouden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastest backward speed, held a minute</source>
        <translation>Hoogste snelheid achteruit, een minuut volgehouden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest streak</source>
        <translation>Langste reeks</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <location filename="../../walkcoach/ui/history/wiring.py" line="+32"/>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sessions, progress charts and exports (Ctrl+H again: back)</source>
        <translation>Je sessies, voortgangsgrafieken en exports (nogmaals Ctrl+H: terug)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Finish the current session first.</source>
        <translation>Rond eerst de huidige sessie af.</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/link_view.py" line="+63"/>
        <source>Virtual treadmill</source>
        <translation>Virtuele loopband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treadmill {name}</source>
        <translation>Loopband {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treadmill {address}</source>
        <translation>Loopband {address}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not connected</source>
        <translation>niet verbonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting…</source>
        <translation>verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking control…</source>
        <translation>besturing overnemen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost, trying again…</source>
        <translation>kwijt, opnieuw proberen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>verbroken</translation>
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
        <translation>Band nu: {figures}</translation>
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
        <translation>De veiligheidssleutel is eruit getrokken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill was stopped on the machine.</source>
        <translation>De loopband is op het apparaat gestopt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill was paused on the machine.</source>
        <translation>De loopband is op het apparaat gepauzeerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app took control of the treadmill.</source>
        <translation>Een andere app heeft de besturing van de loopband overgenomen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill link was lost.</source>
        <translation>De verbinding met de loopband is verbroken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill stopped sending its speed.</source>
        <translation>De loopband geeft zijn snelheid niet meer door.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The belt did not slow down for the turn.</source>
        <translation>De band remde niet af voor het omdraaien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill refused the turn speed.</source>
        <translation>De loopband weigerde de draaisnelheid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} Press Space to go on.</source>
        <translation>{why} Druk op de Spatiebalk om door te gaan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>Wacht: de band remt nog af voor het omdraaien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Going on in {seconds}… (Space: wait)</source>
        <translation>Verder over {seconds}… (Spatiebalk: wachten)</translation>
    </message>
</context>
<context>
    <name>LoadDiagram</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+240"/>
        <source>work in this period, % of the muscle worked most (estimated)</source>
        <translation>werk in deze periode, % van de meest belaste spier (geschat)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worked in this period</source>
        <translation>Niet belast in deze periode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share:.0f} % of the work of the muscle worked most in this period (estimated)</source>
        <translation>{share:.0f} % van het werk van de meest belaste spier in deze periode (geschat)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../walkcoach/ui/main_window.py" line="+125"/>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pauzeren / hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip segment</source>
        <translation>Onderdeel &amp;overslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorige stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top…</source>
        <translation>S&amp;toppen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;readmill and heart rate…</source>
        <translation>&amp;Loopband en hartslag…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workout view (full screen)</source>
        <translation>&amp;Trainingsweergave (volledig scherm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mini view</source>
        <translation>&amp;Miniweergave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flash the window on each change</source>
        <translation>Venster laten &amp;knipperen bij elke wissel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mute sounds</source>
        <translation>Geluid &amp;dempen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Safety checklist before every backward session</source>
        <translation>&amp;Veiligheidschecklist vóór elke sessie met achteruitlopen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Safety checklist</source>
        <translation>&amp;Veiligheidschecklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About WalkCoach</source>
        <translation>&amp;Over WalkCoach</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose a program first.</source>
        <translation>Kies eerst een programma.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stop the session?</source>
        <translation>Sessie stoppen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the session now?</source>
        <translation>De sessie nu stoppen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you have walked so far is kept in your history.</source>
        <translation>Wat je tot nu toe gelopen hebt, blijft bewaard in je geschiedenis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sound off</source>
        <translation>Geluid uit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound on</source>
        <translation>Geluid aan</translation>
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
        <translation>Ga door</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sound off (M)</source>
        <translation>Geluid uit (M)</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <location filename="../../walkcoach/ui/window_hooks.py" line="+23"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programma&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit programs…</source>
        <translation>&amp;Programma&apos;s bewerken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New program…</source>
        <translation>&amp;Nieuw programma…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import program…</source>
        <translation>Programma &amp;importeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
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
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume</source>
        <translation>Pauzeren of hervatten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full view</source>
        <translation>Volledig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the full window</source>
        <translation>Terug naar het volledige venster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the full coach window (Ctrl+M)</source>
        <translation>Terug naar het volledige coachvenster (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>MuscleLoadList</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-75"/>
        <source>Worked most</source>
        <translation>Meest belast</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each muscle&apos;s work in this period compared with the muscle worked most (100 %): how hard it works, estimated from muscle-activity (EMG) studies, times the minutes you walked. The colours on the body follow the same scale.</source>
        <translation>Het werk van elke spier in deze periode vergeleken met de meest belaste spier (100 %): hoe hard hij werkt, geschat uit studies naar spieractiviteit (EMG), maal de minuten die je liep. De kleuren op het lichaam volgen dezelfde schaal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing walked in this period.</source>
        <translation>Niets gelopen in deze periode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;worked most (100 %)&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;meest belast (100 %)&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;as much&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;van de meest belaste&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>MusclePanel</name>
    <message>
        <location filename="../../walkcoach/ui/coach/muscle_panel.py" line="+188"/>
        <source>Muscles worked</source>
        <translation>Belaste spieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coming next: {name}</source>
        <translation>Hierna: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working now: {name}</source>
        <translation>Nu actief: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>measured</source>
        <translation>gemeten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimate</source>
        <translation>schatting</translation>
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
        <translation>Artikel over bilspieren bij bergop achteruitlopen</translation>
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
        <translation>Lumbale EMG-studie 2018</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lee et al. 2014</source>
        <translation>Lee et al. 2014</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking muscles articles</source>
        <translation>Artikelen over loopspieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking backwards guide</source>
        <translation>Gids voor achteruitlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Sports Q&amp;A</source>
        <translation>Project Sports Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/muscles.py" line="+54"/>
        <source>belt stopped / resting</source>
        <translation>band stil / rust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turning round on a slow belt (not counted as work)</source>
        <translation>omdraaien op een langzame band (telt niet als inspanning)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} (estimated profile for lunges and squats)</source>
        <translation>{reason} (geschat profiel voor lunges en squats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>WalkCoach estimate</source>
        <extracomment>The source of a figure WalkCoach assumed where no article gives one (beside a muscle&apos;s figure).</extracomment>
        <translation>Schatting van WalkCoach</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Rectus femoris</source>
        <translation>Rectus femoris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadriceps</source>
        <translation>Quadriceps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straightens the knee and helps lift the thigh; the one quadriceps muscle that crosses the hip.</source>
        <translation>Strekt de knie en helpt het bovenbeen optillen; de enige quadricepsspier die over de heup loopt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Straightens the knee as your weight passes over the foot, then helps swing the thigh through.</source>
        <translation>Strekt de knie terwijl je gewicht over de voet gaat, en helpt daarna het bovenbeen naar voren te zwaaien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works hardest here: it brakes the bent-knee landing behind you, then straightens the knee to push away.</source>
        <translation>Werkt hier het hardst: hij vangt de landing met gebogen knie achter je op en strekt daarna de knie om af te zetten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deep knee bends under body weight are the quadriceps&apos; main job.</source>
        <translation>Diepe kniebuigingen onder je lichaamsgewicht zijn de hoofdtaak van de quadriceps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastus lateralis</source>
        <translation>Vastus lateralis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The large outer thigh muscle; straightens the knee and takes the load when you land.</source>
        <translation>De grote spier aan de buitenkant van het dijbeen; strekt de knie en vangt de belasting op als je landt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cushions each landing and keeps the knee firm while you stand on that leg.</source>
        <translation>Dempt elke landing en houdt de knie stevig terwijl je op dat been staat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controls the bent knee as you land behind yourself, then drives it straight to push off; steep backward walking loads it most of all.</source>
        <translation>Controleert de gebogen knie als je achter je landt en strekt hem daarna krachtig om af te zetten; steil achteruitlopen belast hem het meest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carries much of the body weight out of the bottom of each lunge and squat.</source>
        <translation>Draagt een groot deel van je lichaamsgewicht omhoog uit het laagste punt van elke lunge en squat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vastus medialis</source>
        <translation>Vastus medialis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inner thigh teardrop; straightens the knee and keeps the kneecap on track.</source>
        <translation>De druppelvormige spier aan de binnenkant van het dijbeen; strekt de knie en houdt de knieschijf goed in zijn spoor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the kneecap tracking and helps hold the knee straight in stance.</source>
        <translation>Zorgt dat de knieschijf goed in zijn spoor loopt en helpt de knie gestrekt te houden als je op het been staat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The knee lands bent behind you, so this muscle must straighten it against your body weight every step.</source>
        <translation>De knie landt gebogen achter je, dus deze spier moet hem bij elke stap strekken tegen je lichaamsgewicht in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works hard near the bottom of squats and lunges where the knee bends most.</source>
        <translation>Werkt hard rond het laagste punt van squats en lunges, waar de knie het meest buigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tibialis anterior</source>
        <translation>Tibialis anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shin</source>
        <translation>Scheen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raises the toes and front of the foot and lowers the foot gently after it lands.</source>
        <translation>Heft de tenen en de voorvoet op en laat de voet na het landen rustig zakken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifts the foot clear of the belt in swing and sets it down softly after the heel lands.</source>
        <translation>Tilt de voet tijdens de zwaai vrij van de band en zet hem zacht neer nadat de hiel is geland.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busier than forward: you reach back toes first and roll onto the heel, and the shin muscle controls that roll.</source>
        <translation>Harder aan het werk dan vooruit: je zet eerst je tenen achter je neer en rolt af naar de hiel, en de scheenspier controleert die afrol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps you balanced over your feet in lunges and squats; light work.</source>
        <translation>Houdt je in evenwicht boven je voeten bij lunges en squats; licht werk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peroneals</source>
        <translation>Peronei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower leg</source>
        <translation>Onderbeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run down the outside of the shin; steady the ankle and help the foot push off.</source>
        <translation>Lopen langs de buitenkant van het onderbeen; houden de enkel stabiel en helpen de voet afzetten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankle against rolling in or out while the foot carries your weight.</source>
        <translation>Houden de enkel stabiel, zodat die niet naar binnen of buiten kantelt terwijl de voet je gewicht draagt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landing on the forefoot behind you needs more side-to-side ankle control.</source>
        <translation>Landen op de voorvoet achter je vraagt meer zijwaartse controle van de enkel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankles while you balance in a lunge.</source>
        <translation>Houden de enkels stabiel terwijl je in een lunge je evenwicht bewaart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip flexors</source>
        <translation>Heupflexoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iliopsoas and tensor fasciae latae at the front of the hip; swing the thigh forward.</source>
        <translation>Iliopsoas en tensor fasciae latae aan de voorkant van de heup; zwaaien het bovenbeen naar voren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pulls the thigh forward to start each swing of the leg.</source>
        <translation>Trekken het bovenbeen naar voren aan het begin van elke zwaai van het been.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly lengthened rather than worked, since the leg reaches back behind you; a welcome stretch after sitting.</source>
        <translation>Worden vooral gerekt in plaats van belast, omdat het been achter je reikt; een welkome rekoefening na het zitten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brings the leg forward into each new lunge step.</source>
        <translation>Brengen het been naar voren voor elke nieuwe lunge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip adductors</source>
        <translation>Heupadductoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adductors</source>
        <translation>Adductoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner thigh muscles; pull the legs toward the midline and help hold the pelvis steady.</source>
        <translation>Spieren aan de binnenkant van het dijbeen; trekken de benen naar het midden en helpen het bekken stabiel te houden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the ring of muscles round the pelvis that keeps it steady each step.</source>
        <translation>Horen bij de ring van spieren rond het bekken die het bij elke stap stabiel houdt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the legs tracking straight and the pelvis steady while you cannot see where you step.</source>
        <translation>Houden de benen recht op koers en het bekken stabiel terwijl je niet kunt zien waar je stapt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the thighs steady in deep squats and lunges.</source>
        <translation>Houden de dijen stabiel bij diepe squats en lunges.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectus abdominis</source>
        <translation>Rectus abdominis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core</source>
        <translation>Romp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The front abdominal wall; keeps the trunk firm so the legs have a stable base.</source>
        <translation>De voorste buikwand; houdt de romp stevig zodat de benen een stabiele basis hebben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firms the trunk with every step so the legs push from a stable base.</source>
        <translation>Maakt de romp bij elke stap stevig, zodat de benen vanuit een stabiele basis afzetten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works more for balance: it holds you upright while you move without looking.</source>
        <translation>Werkt meer voor het evenwicht: hij houdt je rechtop terwijl je beweegt zonder te kijken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Braces the trunk so the back stays neutral in squats.</source>
        <translation>Spant de romp aan zodat de rug neutraal blijft bij squats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obliques</source>
        <translation>Obliqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side abdominals; control the twist and side bend of the trunk.</source>
        <translation>Schuine buikspieren aan de zijkant; sturen het draaien en zijwaarts buigen van de romp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls the small twist of trunk and pelvis in each stride.</source>
        <translation>Sturen de kleine draaiing van romp en bekken bij elke pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes a bigger share of the balance work while you move in reverse.</source>
        <translation>Nemen een groter deel van het evenwichtswerk op zich terwijl je achteruit beweegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the trunk from twisting as you step into lunges.</source>
        <translation>Voorkomen dat de romp draait als je in een lunge stapt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltoids</source>
        <translation>Deltoideus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Schouders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap the shoulders; swing the arms, far more when you pump them in power walking.</source>
        <translation>Ligt als een kap over de schouder; laat de armen zwaaien en werkt veel harder als je bij powerwalking krachtig met je armen pompt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swings the arms; much busier when you drive the arms up in power walking.</source>
        <translation>Laat de armen zwaaien; veel harder aan het werk als je bij powerwalking je armen krachtig omhoog brengt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Little work: the arm swing is smaller and the hands often rest on the rails.</source>
        <translation>Weinig werk: de armzwaai is kleiner en de handen rusten vaak op de leuningen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only steadies the arms during lunges and squats.</source>
        <translation>Houdt de armen alleen stabiel tijdens lunges en squats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gluteus maximus</source>
        <translation>Gluteus maximus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glutes</source>
        <translation>Bilspieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The biggest hip muscle; drives the thigh backward and keeps hip and pelvis steady.</source>
        <translation>De grootste heupspier; brengt het bovenbeen krachtig naar achteren en houdt heup en bekken stabiel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushes the leg back behind you; on a flat belt momentum helps, uphill it must lift you.</source>
        <translation>Duwt het been naar achteren; op een vlakke band helpt de vaart mee, bergop moet hij je omhoog tillen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extends the hip hard as the leg reaches back and stays switched on through the whole stride.</source>
        <translation>Strekt de heup krachtig als het been naar achteren reikt en blijft de hele pas aan het werk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drives you up out of each lunge and squat.</source>
        <translation>Duwt je omhoog uit elke lunge en squat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gluteus medius</source>
        <translation>Gluteus medius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the side of the hip; holds the pelvis level on the standing leg and moves the thigh out.</source>
        <translation>Aan de zijkant van de heup; houdt het bekken recht boven het standbeen en beweegt het bovenbeen naar buiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the pelvis level each time you stand on one leg; busier at a brisk pace.</source>
        <translation>Houdt het bekken recht telkens als je op één been staat; harder aan het werk bij een stevig tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies pelvis and hip while the leg reaches back without your eyes to guide it.</source>
        <translation>Houdt bekken en heup stabiel terwijl het been naar achteren reikt zonder dat je ogen het kunnen sturen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stops the knee from caving in and the pelvis from dropping in lunges.</source>
        <translation>Voorkomt bij lunges dat de knie naar binnen zakt en het bekken wegzakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Biceps femoris</source>
        <translation>Biceps femoris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hamstrings</source>
        <translation>Hamstrings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outer hamstring; bends the knee, helps straighten the hip and brakes the swinging leg.</source>
        <translation>De buitenste hamstring; buigt de knie, helpt de heup strekken en remt het zwaaiende been af.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slows the swinging leg before it lands and helps straighten the hip at push-off.</source>
        <translation>Remt het zwaaiende been af voordat het landt en helpt de heup strekken bij het afzetten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brakes the leg and steadies the knee; it is also stretched, which helps flexibility.</source>
        <translation>Remt het been af en houdt de knie stabiel; hij wordt ook gerekt, wat goed is voor de lenigheid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helps the glutes straighten the hip as you rise from a lunge.</source>
        <translation>Helpt de bilspieren de heup te strekken als je uit een lunge omhoogkomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semitendinosus</source>
        <translation>Semitendinosus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An inner hamstring; bends the knee, extends the hip and steadies the knee from inside.</source>
        <translation>Een van de binnenste hamstrings; buigt de knie, strekt de heup en houdt de knie van binnenuit stabiel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brakes the swing and assists hip extension from the inner back of the thigh.</source>
        <translation>Remt de zwaai af en helpt vanaf de binnenkant van de achterzijde van het dijbeen de heup te strekken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds the knee steady as it bends on landing and helps guide the leg back.</source>
        <translation>Houdt de knie stabiel als die bij het landen buigt en helpt het been naar achteren te sturen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works with the other hamstrings to control the knee in lunges.</source>
        <translation>Werkt samen met de andere hamstrings om de knie onder controle te houden bij lunges.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calves</source>
        <translation>Kuiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visible calf muscle; lifts the heel to push off and helps bend the knee.</source>
        <translation>De zichtbare kuitspier; tilt de hiel op om af te zetten en helpt de knie buigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of the hardest-working walking muscles: it raises the heel to push you on.</source>
        <translation>Een van de hardst werkende spieren bij het lopen: hij tilt de hiel op om je vooruit te duwen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less work than forward: the push-off is reversed and much of the ankle work moves to the shin.</source>
        <translation>Minder werk dan vooruit: de afzet is omgekeerd en veel van het enkelwerk verschuift naar de scheen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps balance on the balls of the feet in lunges; light work.</source>
        <translation>Houdt je bij lunges in evenwicht op de bal van je voet; licht werk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soleus</source>
        <translation>Soleus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deep calf muscle; pushes off through the ankle and keeps the shin from tipping forward.</source>
        <translation>De diepe kuitspier; zet af via de enkel en voorkomt dat het onderbeen naar voren kantelt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushes off through the ankle every step; works harder at a brisk pace.</source>
        <translation>Zet bij elke stap af via de enkel; werkt harder bij een stevig tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankle and lowers the heel under control: a push-off run in reverse.</source>
        <translation>Houdt de enkel stabiel en laat de hiel gecontroleerd zakken: een afzet, maar dan omgekeerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the ankle steady as the shin tilts over the foot in squats.</source>
        <translation>Houdt de enkel stabiel als het onderbeen bij squats over de voet kantelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erector spinae</source>
        <translation>Erector spinae</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower back</source>
        <translation>Onderrug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long muscles either side of the spine; hold the back upright with the abdominals.</source>
        <translation>De lange spieren aan weerszijden van de wervelkolom; houden samen met de buikspieren de rug rechtop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the spine upright together with the abdominals.</source>
        <translation>Houdt samen met de buikspieren de wervelkolom rechtop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More active than forward: you stand taller walking backward and these muscles hold that upright trunk.</source>
        <translation>Actiever dan vooruit: bij achteruitlopen sta je meer rechtop, en deze spieren houden je romp zo overeind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the back straight as you lean into squats and lunges.</source>
        <translation>Houdt de rug recht als je voorover leunt in squats en lunges.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../walkcoach/ui/coach/paused_overlay.py" line="+30"/>
        <source>PAUSED</source>
        <translation>GEPAUZEERD</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../walkcoach/ui/plan/page.py" line="+136"/>
        <source>The active plan &apos;%1&apos; is not known to this WalkCoach.</source>
        <translation>Het actieve trainingsschema &apos;%1&apos; is niet bekend in deze WalkCoach.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Training plans</source>
        <translation>Trainingsschema&apos;s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A plan puts weeks of sessions on the weekdays you choose, moves a missed one to the next free day and waits a week when a session hurt or felt too hard. Pick one to start:</source>
        <translation>Een trainingsschema zet weken aan sessies op de weekdagen die je kiest, verschuift een gemiste sessie naar de volgende vrije dag en wacht een week als een sessie pijn deed of te zwaar voelde. Kies er een om te beginnen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no day left</source>
        <translation>geen dag over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coming</source>
        <translation>komt nog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day %1: %2</source>
        <translation>Dag %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%v of %m sessions</source>
        <translation>%v van %m sessies</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (again)</source>
        <translation> (opnieuw)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This week: week %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deze week: week %1 van %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>active minutes</source>
        <translation>actieve minuten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward minutes</source>
        <translation>minuten achteruit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This week: %1 of %2 %3</source>
        <translation>Deze week: %1 van %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>★ Week %1</source>
        <translation>★ Week %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed on %1</source>
        <translation>Voltooid op %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Weeks ahead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Komende weken&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week %1 from %2: %3 x %4</source>
        <translation>Week %1 vanaf %2: %3 × %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and %1 more weeks</source>
        <translation>… en nog %1 weken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Walk today&apos;s session</source>
        <translation>Loop de sessie van vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip a session</source>
        <translation>Sessie overslaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart week</source>
        <translation>Week opnieuw beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar file…</source>
        <translation>Agendabestand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>End plan</source>
        <translation>Schema beëindigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End this plan? Your recorded sessions are kept.</source>
        <translation>Dit trainingsschema beëindigen? Je vastgelegde sessies blijven bewaard.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save calendar file</source>
        <translation>Agendabestand opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar file</source>
        <translation>Agendabestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the file: %1</source>
        <translation>Kan het bestand niet schrijven: %1</translation>
    </message>
</context>
<context>
    <name>PlanWiring</name>
    <message>
        <location filename="../../walkcoach/ui/plan/wiring.py" line="+18"/>
        <source>&amp;Plan</source>
        <translation>&amp;Trainingsschema</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Time for your walk</source>
        <translation>Tijd voor je wandeling</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Today&apos;s plan session: %1</source>
        <translation>Vandaag in je trainingsschema: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use it</source>
        <translation>Gebruiken</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-285"/>
        <source>Back relief, three weeks</source>
        <translation>Rugontlasting, drie weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three weeks of the Back relief walk, three times a week: 15 minutes of slow backward walking each time, with the safety key clipped on and, once steady, hands off the rails.</source>
        <translation>Drie weken lang de Rugontlastende wandeling, drie keer per week: elke keer 15 minuten langzaam achteruitlopen, met de veiligheidssleutel vastgeklemd en, zodra je stabiel loopt, zonder de leuningen vast te houden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Walking Backwards on the Treadmill”, a personal trainer&apos;s post on backward walking for back pain (15 minutes, 3 times a week, 3 weeks)</source>
        <translation>“Walking Backwards on the Treadmill”, een blogbericht van een personal trainer over achteruitlopen bij rugpijn (15 minuten, 3 keer per week, 3 weken lang)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toward 150 minutes a week</source>
        <translation>Op weg naar 150 minuten per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brisk walks on more days each week, from five to every day, toward 150 active minutes a week; every walk you record counts toward the weekly bar, not only the plan&apos;s.</source>
        <translation>Stevig wandelen op steeds meer dagen per week, van vijf tot elke dag, op weg naar 150 actieve minuten per week; elke wandeling die je vastlegt telt mee voor de weekbalk, niet alleen die van het schema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Which muscles are used when you walk?” (quoting the NHS target of 150 active minutes a week)</source>
        <translation>“Which muscles are used when you walk?” (haalt de richtlijn van de Britse NHS aan: 150 actieve minuten per week)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily retro, four weeks</source>
        <translation>Dagelijks achteruit, vier weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Daily retro walk three times a week for two weeks, then four times a week: 10-15 minutes of backward walking each time.</source>
        <translation>Het programma Dagelijks achteruitlopen twee weken lang drie keer per week, daarna vier keer per week: elke keer 10-15 minuten achteruitlopen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Exercise to isolate the leg stability muscles used when walking backwards?”, a sports questions-and-answers page</source>
        <translation>“Exercise to isolate the leg stability muscles used when walking backwards?”, een vraag-en-antwoordpagina over sport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Glute focus, four weeks</source>
        <translation>Bilspierfocus, vier weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glute focus intervals twice a week for two weeks, then three times a week: 5-10 minutes of backward walking each time, split into short stretches.</source>
        <translation>Bilspierintervallen twee weken lang twee keer per week, daarna drie keer per week: elke keer 5-10 minuten achteruitlopen, verdeeld over korte stukken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article on walking backwards uphill and gluteus maximus EMG (its weekly dose)</source>
        <translation>Een artikel over bergop achteruitlopen en EMG van de gluteus maximus (de weekdosis daarin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward progression, twelve weeks</source>
        <translation>Opbouw achteruit, twaalf weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with 2-minute backward stretches on a 3 % slope and add 30 s every week until you walk 5 minutes without a break; then keep the time and make it one step steeper each week, up to 8 %. Never faster: the plan grows in time and slope only.</source>
        <translation>Begin met stukken van 2 minuten achteruit op een helling van 3 % en voeg elke week 30 s toe tot je 5 minuten zonder pauze loopt; houd daarna de tijd gelijk en maak het elke week een stapje steiler, tot 8 %. Nooit sneller: het schema groeit alleen in tijd en helling.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article on walking backwards uphill and gluteus maximus EMG (its progression advice)</source>
        <translation>Een artikel over bergop achteruitlopen en EMG van de gluteus maximus (het opbouwadvies daarin)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/builtin.py" line="+61"/>
        <source>program &apos;{id}&apos; (not found)</source>
        <translation>programma &apos;{id}&apos; (niet gevonden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{program}, {time} total</source>
        <translation>{program}, {time} in totaal</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+40"/>
        <source>backward {time} x {rounds} on {incline} %</source>
        <translation>achteruit {time} × {rounds} op {incline} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backward {time} x {rounds}</source>
        <translation>achteruit {time} × {rounds}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{plan}: week {week}</source>
        <translation>{plan}: week {week}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week {week} of the plan: {bout}, a slow turn before and after each backward stretch.</source>
        <translation>Week {week} van het trainingsschema: {bout}, met langzaam omdraaien voor en na elk stuk achteruit.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/schedule.py" line="+73"/>
        <source>Week {week}, day {day}: {title}</source>
        <translation>Week {week}, dag {day}: {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>Plan complete on {day}: all %n week(s) walked.</source>
        <translation>
            <numerusform>Trainingsschema voltooid op {day}: %n week gelopen.</numerusform>
            <numerusform>Trainingsschema voltooid op {day}: alle %n weken gelopen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Plan complete: all %n week(s) walked.</source>
        <translation>
            <numerusform>Trainingsschema voltooid: %n week gelopen.</numerusform>
            <numerusform>Trainingsschema voltooid: alle %n weken gelopen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan is paused: nothing is missed until you resume it.</source>
        <translation>Het trainingsschema is gepauzeerd: er wordt niets gemist tot je het hervat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today: {session}.</source>
        <translation>Vandaag: {session}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: {session}, {day}.</source>
        <translation>Volgende: {session}, {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session left this week: the week is walked again from Monday.</source>
        <translation>Geen sessie meer over deze week: de week wordt vanaf maandag opnieuw gelopen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) was marked with pain.</source>
        <translation>Week {week} wordt vanaf {monday} opnieuw gelopen, omdat je vorige sessie ({day}) gemarkeerd is met pijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week} is walked again from {monday} because a session on {day} was marked with pain.</source>
        <translation>Week {week} wordt vanaf {monday} opnieuw gelopen, omdat een sessie op {day} gemarkeerd is met pijn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) felt very hard.</source>
        <translation>Week {week} wordt vanaf {monday} opnieuw gelopen, omdat je vorige sessie ({day}) heel zwaar voelde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) was cut short.</source>
        <translation>Week {week} wordt vanaf {monday} opnieuw gelopen, omdat je vorige sessie ({day}) vroeg gestopt is.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Week 1 starts on {day}: the days you chose left in this week cannot hold all its sessions.</source>
        <translation>Week 1 begint op {day}: op de gekozen dagen die deze week nog over zijn, passen niet alle sessies.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You paused the plan on {day}: no session counts as missed until you resume it.</source>
        <translation>Je hebt het trainingsschema op {day} gepauzeerd: geen enkele sessie telt als gemist tot je het hervat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You resumed the plan on {day} after a pause in an earlier week: week {week} starts over.</source>
        <translation>Je hebt het trainingsschema op {day} hervat na een pauze in een eerdere week: week {week} begint opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You resumed the plan on {day}: the sessions left this week go on the free days left.</source>
        <translation>Je hebt het trainingsschema op {day} hervat: de sessies die deze week nog over zijn, komen op de vrije dagen die over zijn.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Week {week} starts on {day}: the days left this week cannot hold its sessions.</source>
        <translation>Week {week} begint op {day}: in de dagen die deze week nog over zijn, passen de sessies niet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You restarted week {week} on {day}: all its sessions are to do again from today.</source>
        <translation>Je bent week {week} op {day} opnieuw begonnen: alle sessies ervan staan vanaf vandaag weer open.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You restarted week {week}: it starts again on {day}, as the days left this week cannot hold its sessions.</source>
        <translation>Je bent week {week} opnieuw begonnen: die begint op {day}, omdat de sessies niet passen in de dagen die deze week nog over zijn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You skipped week {week}, day {day}: the week can be complete without it.</source>
        <translation>Je hebt week {week}, dag {day} overgeslagen: de week kan ook zonder die dag voltooid worden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Week {week}, day {number} was walked early, on {day}.</source>
        <translation>Week {week}, dag {number} is eerder gelopen, op {day}.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Week {week} ended with {done} of %n session(s) done: it is walked again from {day}.</source>
        <translation>
            <numerusform>Week {week} eindigde met {done} van %n sessie gedaan: de week wordt vanaf {day} opnieuw gelopen.</numerusform>
            <numerusform>Week {week} eindigde met {done} van %n sessies gedaan: de week wordt vanaf {day} opnieuw gelopen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was cut short: moved to {day}, the next free day.</source>
        <translation>De sessie van {weekday} (week {week}, dag {number}) is vroeg gestopt: verschoven naar {day}, de volgende vrije dag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was not walked: moved to {day}, the next free day.</source>
        <translation>De sessie van {weekday} (week {week}, dag {number}) is niet gelopen: verschoven naar {day}, de volgende vrije dag.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was cut short, and no free day is left this week: it stays missed.</source>
        <translation>De sessie van {weekday} (week {week}, dag {number}) is vroeg gestopt en er is deze week geen vrije dag meer over: ze blijft gemist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was not walked, and no free day is left this week: it stays missed.</source>
        <translation>De sessie van {weekday} (week {week}, dag {number}) is niet gelopen en er is deze week geen vrije dag meer over: ze blijft gemist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Week {week} done, the last of the plan: the plan is complete.</source>
        <translation>Week {week} gedaan, de laatste van het trainingsschema: het schema is voltooid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week {week} done: week {next} starts on {day}.</source>
        <translation>Week {week} gedaan: week {next} begint op {day}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/model.py" line="+145"/>
        <source>no weekdays given (e.g. mon,wed,fri)</source>
        <translation>geen weekdagen opgegeven (bijv. mon,wed,fri)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown weekday &apos;{name}&apos; (use {days})</source>
        <extracomment>{days} are the weekday ids the command line takes: mon,tue,wed,...</extracomment>
        <translation>onbekende weekdag &apos;{name}&apos; (gebruik {days})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekday &apos;{name}&apos; is given twice</source>
        <translation>weekdag &apos;{name}&apos; is twee keer opgegeven</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/state.py" line="+71"/>
        <source>&apos;{text}&apos; is not a time of day as HH:MM (e.g. 07:30)</source>
        <translation>&apos;{text}&apos; is geen tijdstip als UU:MM (bijv. 07:30)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this is not a WalkCoach plan state file</source>
        <translation>dit is geen bestand met de stand van een WalkCoach-trainingsschema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan state file has no valid &apos;version&apos;</source>
        <translation>het standbestand van het trainingsschema heeft geen geldige &apos;version&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan state file is version {version}, written by a newer WalkCoach; this one reads up to version {known}</source>
        <translation>het standbestand van het trainingsschema is versie {version}, geschreven door een nieuwere WalkCoach; deze leest tot en met versie {known}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;plan_id&apos; must be text</source>
        <translation>&apos;plan_id&apos; moet tekst zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;days&apos; must be a list of weekdays</source>
        <translation>&apos;days&apos; moet een lijst van weekdagen zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;tz&apos; must be a time zone name</source>
        <translation>&apos;tz&apos; moet de naam van een tijdzone zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;alarm_before_min&apos; must be 0-{most} minutes</source>
        <translation>&apos;alarm_before_min&apos; moet 0-{most} minuten zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown plan event {event}</source>
        <translation>onbekende gebeurtenis in het trainingsschema: {event}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;ics_path&apos; must be text</source>
        <translation>&apos;ics_path&apos; moet tekst zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan state file has no &apos;{field}&apos;</source>
        <translation>het standbestand van het trainingsschema heeft geen &apos;{field}&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan state file is damaged: {reason}</source>
        <translation>het standbestand van het trainingsschema is beschadigd: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read {path}: {reason}</source>
        <translation>kan {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large to be a plan state file</source>
        <translation>{path} is te groot voor een standbestand van een trainingsschema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not valid JSON</source>
        <translation>{path} is geen geldige JSON</translation>
    </message>
</context>
<context>
    <name>ProgramCheck</name>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/model.py" line="+80"/>
        <source>{problem} (and %n more problem(s))</source>
        <translation>
            <numerusform>{problem} (en nog %n probleem)</numerusform>
            <numerusform>{problem} (en nog %n problemen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>The coach adds a {seconds} s turn at %n place(s) where the direction changes.</source>
        <translation>
            <numerusform>De coach voegt {seconds} s omdraaien toe op %n plek waar de richting wisselt.</numerusform>
            <numerusform>De coach voegt {seconds} s omdraaien toe op %n plekken waar de richting wisselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/parsing.py" line="+94"/>
        <source>a number of %n digit(s)</source>
        <translation>
            <numerusform>een getal van %n cijfer</numerusform>
            <numerusform>een getal van %n cijfers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown field &apos;{name}&apos;; did you mean &apos;{hint}&apos;?</source>
        <translation>onbekend veld &apos;{name}&apos;; bedoelde je &apos;{hint}&apos;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown field &apos;{name}&apos; (allowed: {allowed})</source>
        <translation>onbekend veld &apos;{name}&apos; (toegestaan: {allowed})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be a number (got {got})</source>
        <translation>moet een getal zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is far too large (got {got})</source>
        <translation>is veel te groot (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a finite number (got {got})</source>
        <translation>moet een eindig getal zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be text (got {got})</source>
        <translation>moet tekst zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is too long ({length} characters, at most {most})</source>
        <translation>is te lang ({length} tekens, hoogstens {most})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a segment must be an object (got {got})</source>
        <translation>een onderdeel moet een object zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing field &apos;kind&apos; (one of: {kinds})</source>
        <translation>veld &apos;kind&apos; ontbreekt (een van: {kinds})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind {got} (one of: {kinds})</source>
        <translation>onbekende soort {got} (een van: {kinds})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &apos;duration_s&apos; (seconds)</source>
        <translation>veld &apos;duration_s&apos; ontbreekt (seconden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {least} seconds (got {got})</source>
        <translation>moet minstens {least} seconden zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is longer than the 4 hour limit ({got} s)</source>
        <translation>is langer dan de grens van 4 uur ({got} s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a turn must be 0 (belt stopped) or between {low} and {high} km/h: slow enough to turn round safely (got {got})</source>
        <translation>de snelheid bij omdraaien moet 0 (band stil) zijn of tussen {low} en {high} km/h liggen: langzaam genoeg om je veilig om te draaien (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be 0 (belt stopped) or between {low} and {high} km/h (got {got})</source>
        <translation>moet 0 (band stil) zijn of tussen {low} en {high} km/h liggen (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be between {low} and {high} km/h (got {got})</source>
        <translation>moet tussen {low} en {high} km/h liggen (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing field &apos;speed_kmh&apos; (a forward segment needs a belt speed)</source>
        <translation>veld &apos;speed_kmh&apos; ontbreekt (een onderdeel vooruit heeft een bandsnelheid nodig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing field &apos;speed_kmh&apos; (a backward segment needs a belt speed)</source>
        <translation>veld &apos;speed_kmh&apos; ontbreekt (een onderdeel achteruit heeft een bandsnelheid nodig)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be between {low} and {high} % (got {got})</source>
        <translation>moet tussen {low} en {high} % liggen (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be between {low} and {high} steps/min (got {got})</source>
        <translation>moet tussen {low} en {high} stappen/min liggen (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be true or false (got {got})</source>
        <translation>moet true of false zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a station can wait for confirmation</source>
        <translation>alleen een oefening kan op bevestiging wachten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a station needs a &apos;label&apos; saying what to do (e.g. &quot;20 lunges + 15 squats&quot;)</source>
        <translation>een oefening heeft een &apos;label&apos; nodig dat zegt wat je moet doen (bijv. &quot;20 lunges + 15 squats&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a turn lasts between {low} and {high} seconds (got {got})</source>
        <translation>omdraaien duurt tussen {low} en {high} seconden (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+54"/>
        <source>must be a list of segments (got {got})</source>
        <translation>moet een lijst van onderdelen zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>repeat blocks are only allowed in &apos;main&apos;</source>
        <translation>herhaalblokken mogen alleen in &apos;main&apos; staan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be a whole number of rounds (got {got})</source>
        <translation>moet een heel aantal rondes zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {most} rounds (got {got})</source>
        <translation>moet tussen 1 en {most} rondes liggen (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a repeat block needs &apos;segments&apos;</source>
        <translation>een herhaalblok heeft &apos;segments&apos; nodig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeat blocks cannot be nested</source>
        <translation>herhaalblokken kunnen niet in elkaar worden genest</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+102"/>
        <source>must hold at least one segment</source>
        <translation>moet minstens één onderdeel bevatten</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>a program must be a JSON object</source>
        <translation>een programma moet een JSON-object zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a WalkCoach program (no &apos;format&apos;, &apos;version&apos; or &apos;main&apos; field)</source>
        <translation>dit is geen WalkCoach-programma (geen veld &apos;format&apos;, &apos;version&apos; of &apos;main&apos;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this is not a WalkCoach program (format {got})</source>
        <translation>dit is geen WalkCoach-programma (formaat {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing field &apos;version&apos; (this WalkCoach reads version 1)</source>
        <translation>veld &apos;version&apos; ontbreekt (deze WalkCoach leest versie 1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number (got {got})</source>
        <translation>moet een heel getal zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file is format version {version}, made by a newer WalkCoach; this one reads up to version {newest}</source>
        <translation>het bestand heeft formaatversie {version}, gemaakt door een nieuwere WalkCoach; deze leest tot en met versie {newest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format version {version}</source>
        <translation>onbekende formaatversie {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a program needs a name</source>
        <translation>een programma heeft een naam nodig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be lower-case letters, digits and dashes, at most 64 (got {got})</source>
        <translation>mag alleen kleine letters, cijfers en streepjes bevatten, hoogstens 64 (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{id}&apos; is a device name on Windows and cannot name a file; choose another</source>
        <translation>&apos;{id}&apos; is een apparaatnaam in Windows en kan geen bestandsnaam zijn; kies een andere</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be one of {levels} (got {got})</source>
        <translation>moet een van {levels} zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a list of words</source>
        <translation>moet een lijst van woorden zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &apos;main&apos; (the program&apos;s segments)</source>
        <translation>veld &apos;main&apos; ontbreekt (de onderdelen van het programma)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the session lasts {time}, longer than the 4 hour limit</source>
        <translation>de sessie duurt {time}, langer dan de grens van 4 uur</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/loading.py" line="+42"/>
        <source>line {line}, column {column}</source>
        <translation>regel {line}, kolom {column}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>not valid JSON: {reason}</source>
        <translation>geen geldige JSON: {reason}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the field &apos;{name}&apos; appears twice in one object; keep one</source>
        <translation>het veld &apos;{name}&apos; komt twee keer voor in één object; laat er één staan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>geen geldige JSON: te diep genest</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>permission denied: cannot read the file</source>
        <translation>geen toegang: kan het bestand niet lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not a program file</source>
        <translation>is een map, geen programmabestand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>file is too large (over {most} bytes; a program is under 1 MB)</source>
        <translation>bestand is te groot (meer dan {most} bytes; een programma is kleiner dan 1 MB)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>kan het bestand niet lezen: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this is a binary file, not a program (JSON text)</source>
        <translation>dit is een binair bestand, geen programma (JSON-tekst)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not UTF-8 text (bad byte at offset {offset}); is it a program file?</source>
        <translation>geen UTF-8-tekst (ongeldige byte op positie {offset}); is het een programmabestand?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/library.py" line="+155"/>
        <source>{error} (could not be set aside: {reason})</source>
        <translation>{error} (kon niet apart worden gezet: {reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}; the file was set aside as {name}</source>
        <translation>{error}; het bestand is apart gezet als {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no program given (an id such as &apos;first-steps&apos;, or a program file)</source>
        <translation>geen programma opgegeven (een id zoals &apos;first-steps&apos;, of een programmabestand)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no program with id &apos;{id}&apos;; did you mean &apos;{close}&apos;? (see &apos;walkcoach programs&apos;)</source>
        <translation>geen programma met id &apos;{id}&apos;; bedoelde je &apos;{close}&apos;? (zie &apos;walkcoach programs&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no program with id &apos;{id}&apos; (see &apos;walkcoach programs&apos;)</source>
        <translation>geen programma met id &apos;{id}&apos; (zie &apos;walkcoach programs&apos;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{id}&apos; is the id of a built-in program; save your version under another id</source>
        <translation>&apos;{id}&apos; is het id van een ingebouwd programma; sla je versie op onder een ander id</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the program is too large to save ({size} bytes written out; a program file holds at most {most})</source>
        <translation>het programma is te groot om op te slaan ({size} bytes geschreven; een programmabestand bevat hoogstens {most})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{id}&apos; is a built-in program and cannot be deleted</source>
        <translation>&apos;{id}&apos; is een ingebouwd programma en kan niet worden verwijderd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no user program with id &apos;{id}&apos;</source>
        <translation>geen eigen programma met id &apos;{id}&apos;</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+97"/>
        <location line="+23"/>
        <source>Programs</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rograms</source>
        <translation>P&amp;rogramma&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New program</source>
        <translation>Nieuw programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate program</source>
        <translation>Programma dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="+33"/>
        <source>WalkCoach programs (*.json);;All files (*)</source>
        <translation>WalkCoach-programma&apos;s (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{what} failed: {error}</source>
        <translation>{what} is mislukt: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>My program</source>
        <translation>Mijn programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My program {number}</source>
        <translation>Mijn programma {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the program</source>
        <translation>Het aanmaken van het programma</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix the problems before making a copy.</source>
        <translation>Los eerst de problemen op voordat je een kopie maakt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicating the program</source>
        <translation>Het dupliceren van het programma</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot delete</source>
        <translation>Kan niet verwijderen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}”.</source>
        <translation>“{name}” verwijderd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../walkcoach/ui/editor/window.py" line="+0"/>
        <source>Delete program</source>
        <translation>Programma verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}”?</source>
        <translation>“{name}” verwijderen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+91"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The program file is removed. Your history is kept.</source>
        <translation>Het programmabestand wordt verwijderd. Je geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import program</source>
        <translation>Programma importeren</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+39"/>
        <source>Cannot import this file</source>
        <translation>Kan dit bestand niet importeren</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{file} was not imported:
{reason}</source>
        <translation>{file} is niet geïmporteerd:
{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported “{name}”.</source>
        <translation>“{name}” geïmporteerd.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Program already exists</source>
        <translation>Programma bestaat al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have a program with the id “{id}” (“{name}”).</source>
        <translation>Je hebt al een programma met id “{id}” (“{name}”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide bewaren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace it with the file&apos;s version, keep both (the import gets a new id), or cancel?</source>
        <translation>Vervangen door de versie uit het bestand, beide bewaren (het geïmporteerde programma krijgt een nieuw id) of annuleren?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export program</source>
        <translation>Programma exporteren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix the problems before exporting.</source>
        <translation>Los eerst de problemen op voordat je exporteert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to {file}.</source>
        <translation>Geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+15"/>
        <source>Read-only: this is a built-in program. Make a copy to edit it.</source>
        <translation>Alleen-lezen: dit is een ingebouwd programma. Maak een kopie om het te bewerken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate &amp;to edit</source>
        <translation>Dupliceren om &amp;te bewerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate to edit</source>
        <translation>Dupliceren om te bewerken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segments</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move the selected segment; Delete removes it</source>
        <translation>Alt+Omhoog en Alt+Omlaag verplaatsen het gekozen onderdeel; Delete verwijdert het</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Segments</source>
        <translation>&amp;Onderdelen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a segment or a repeat block to edit it.</source>
        <translation>Kies een onderdeel of een herhaalblok om het te bewerken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+561"/>
        <source>Selected</source>
        <translation>Geselecteerd</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Program check</source>
        <translation>Programmacontrole</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <location line="+259"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Save program</source>
        <translation>Programma opslaan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Program warnings</source>
        <translation>Programmawaarschuwingen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;New program</source>
        <translation>&amp;Nieuw programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate program</source>
        <translation>Programma &amp;dupliceren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete program…</source>
        <translation>Programma &amp;verwijderen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import program…</source>
        <translation>Programma &amp;importeren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export program…</source>
        <translation>Programma &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+380"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="-379"/>
        <location line="+385"/>
        <source>&amp;Redo</source>
        <translation>Opni&amp;euw</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Add &amp;forward</source>
        <translation>&amp;Vooruit toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;backward</source>
        <translation>&amp;Achteruit toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add r&amp;est</source>
        <translation>&amp;Rust toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add s&amp;tation</source>
        <translation>Oefe&amp;ning toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add t&amp;urn</source>
        <translation>Om&amp;draaien toevoegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insert turn here</source>
        <translation>Omdraaien hier &amp;invoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put a turn where the direction changes without one</source>
        <translation>Voeg omdraaien in waar de richting zonder omdraaien wisselt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du&amp;plicate segment</source>
        <translation>Onderdeel du&amp;pliceren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;peat selection…</source>
        <translation>&amp;Selectie herhalen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the selected segments in a repeat block</source>
        <translation>Zet de gekozen onderdelen in een herhaalblok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove repe&amp;at</source>
        <translation>Herhaling ophe&amp;ffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Insert turn here</source>
        <translation>Omdraaien hier invoegen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Skipped a program file: {error}</source>
        <translation>Programmabestand overgeslagen: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}  (built-in)</source>
        <translation>{name}  (ingebouwd)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has changes that are not saved.</source>
        <translation>“{name}” heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Wijzigingen weggooien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Built-in program: read-only.</source>
        <translation>Ingebouwd programma: alleen-lezen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{mark} Cannot save yet: %n problem(s). First: {first}</source>
        <translation>
            <numerusform>{mark} Kan nog niet opslaan: %n probleem. Eerste: {first}</numerusform>
            <numerusform>{mark} Kan nog niet opslaan: %n problemen. Eerste: {first}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ No errors: it can be saved (see the warnings). Changes not saved yet.</source>
        <translation>✓ Geen fouten: het kan worden opgeslagen (zie de waarschuwingen). Wijzigingen nog niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ No errors: it can be saved (see the warnings). Saved.</source>
        <translation>✓ Geen fouten: het kan worden opgeslagen (zie de waarschuwingen). Opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ No problems. Changes not saved yet.</source>
        <translation>✓ Geen problemen. Wijzigingen nog niet opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ No problems. Saved.</source>
        <translation>✓ Geen problemen. Opgeslagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programs: {name}[*]</source>
        <translation>Programma&apos;s: {name}[*]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{mark} Warning: {text}</source>
        <translation>{mark} Waarschuwing: {text}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo {what}</source>
        <translation>Opni&amp;euw: {what}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Repeat block</source>
        <translation>Herhaalblok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Built-in programs cannot be changed: duplicate it first.</source>
        <translation>Ingebouwde programma&apos;s kun je niet wijzigen: dupliceer het eerst.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="-255"/>
        <location filename="../../walkcoach/ui/editor/window.py" line="+73"/>
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+1"/>
        <source>The program was not saved: {error}</source>
        <translation>Het programma is niet opgeslagen: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{name}”.</source>
        <translation>“{name}” opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/common.py" line="+16"/>
        <source>Warm-up</source>
        <translation>Warming-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Hoofddeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cool-down</source>
        <translation>Cooling-down</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change name</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change description</source>
        <translation>Beschrijving wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change level</source>
        <translation>Niveau wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change source</source>
        <translation>Bron wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change kind</source>
        <translation>Soort wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change duration</source>
        <translation>Duur wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change speed</source>
        <translation>Snelheid wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change incline</source>
        <translation>Helling wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change cadence</source>
        <translation>Cadans wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change label</source>
        <translation>Label wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change note</source>
        <translation>Notitie wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change until</source>
        <translation>Wachten op Klaar wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change rounds</source>
        <translation>Rondes wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add forward segment</source>
        <translation>Onderdeel vooruit toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add backward segment</source>
        <translation>Onderdeel achteruit toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add rest segment</source>
        <translation>Rust toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add station segment</source>
        <translation>Oefening toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add turn segment</source>
        <translation>Omdraaien toevoegen</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/units.py" line="+17"/>
        <source>enter a time as minutes:seconds, e.g. 2:30</source>
        <translation>vul een tijd in als minuten:seconden, bijv. 2:30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; is not a time; write minutes:seconds, e.g. 2:30</source>
        <translation>&apos;{text}&apos; is geen tijd; schrijf minuten:seconden, bijv. 2:30</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds must be 0-59 (got {got})</source>
        <translation>seconden moeten 0-59 zijn (ingevuld: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes must be 0-59 after the hours (got {got})</source>
        <translation>minuten moeten na de uren 0-59 zijn (ingevuld: {got})</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/places.py" line="+43"/>
        <source>duration</source>
        <translation>duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed</source>
        <translation>snelheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incline</source>
        <translation>helling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cadence</source>
        <translation>cadans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wait for Done</source>
        <translation>wachten op Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounds</source>
        <translation>rondes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{phase}, repeat block {block}, segment {segment}</source>
        <translation>{phase}, herhaalblok {block}, onderdeel {segment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{phase}, item {item}</source>
        <translation>{phase}, item {item}</translation>
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
        <translation>hier wisselt de richting (van vooruit naar achteruit) zonder omdraaien ertussen: de coach voegt {seconds} s omdraaien toe; voeg zelf omdraaien in om snelheid en tijd te bepalen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the direction changes here (backward to forward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself</source>
        <translation>hier wisselt de richting (van achteruit naar vooruit) zonder omdraaien ertussen: de coach voegt {seconds} s omdraaien toe; voeg zelf omdraaien in om snelheid en tijd te bepalen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward at {speed} km/h is faster than a beginner program should ask for (at most {limit} km/h)</source>
        <translation>achteruit met {speed} km/h is sneller dan een programma voor beginners zou moeten vragen (hoogstens {limit} km/h)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward at {speed} km/h is faster than an intermediate program should ask for (at most {limit} km/h)</source>
        <translation>achteruit met {speed} km/h is sneller dan een programma van gemiddeld niveau zou moeten vragen (hoogstens {limit} km/h)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward at {speed} km/h is faster than an advanced program should ask for (at most {limit} km/h)</source>
        <translation>achteruit met {speed} km/h is sneller dan een programma voor gevorderden zou moeten vragen (hoogstens {limit} km/h)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward on a {incline} % incline is steeper than a beginner program should ask for (at most {limit} %)</source>
        <translation>achteruit op een helling van {incline} % is steiler dan een programma voor beginners zou moeten vragen (hoogstens {limit} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward on a {incline} % incline is steeper than an intermediate program should ask for (at most {limit} %)</source>
        <translation>achteruit op een helling van {incline} % is steiler dan een programma van gemiddeld niveau zou moeten vragen (hoogstens {limit} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward on a {incline} % incline is steeper than an advanced program should ask for (at most {limit} %)</source>
        <translation>achteruit op een helling van {incline} % is steiler dan een programma voor gevorderden zou moeten vragen (hoogstens {limit} %)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/document.py" line="+275"/>
        <source>built-in programs cannot be changed; duplicate it to edit a copy</source>
        <translation>ingebouwde programma&apos;s kun je niet wijzigen; dupliceer het om een kopie te bewerken</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Insert turn</source>
        <translation>Omdraaien invoegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove segment</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>%n item verwijderen</numerusform>
            <numerusform>%n items verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move by one row at a time</source>
        <translation>verplaats één rij tegelijk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a repeat block stays in the main part</source>
        <translation>een herhaalblok blijft in het hoofddeel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already the first segment</source>
        <translation>al het eerste onderdeel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>already the last segment</source>
        <translation>al het laatste onderdeel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop segments into the warm-up, main or cool-down part, or a repeat block</source>
        <translation>zet onderdelen neer in de warming-up, het hoofddeel, de cooling-down of een herhaalblok</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>segments can only be dropped into a repeat block, not onto a segment</source>
        <translation>onderdelen kunnen alleen in een herhaalblok worden neergezet, niet op een onderdeel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a repeat block can only sit in the main part, and blocks do not nest</source>
        <translation>een herhaalblok kan alleen in het hoofddeel staan, en blokken gaan niet in elkaar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a repeat block cannot be dropped into itself</source>
        <translation>een herhaalblok kan niet in zichzelf worden neergezet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>select the segments to repeat first</source>
        <translation>kies eerst de onderdelen die je wilt herhalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeat blocks can only be made in the main part</source>
        <translation>herhaalblokken kun je alleen in het hoofddeel maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>select segments of the main part that are not in a repeat block yet</source>
        <translation>kies onderdelen uit het hoofddeel die nog niet in een herhaalblok staan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>select segments that follow each other</source>
        <translation>kies onderdelen die op elkaar volgen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make repeat block</source>
        <translation>Herhaalblok maken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>select a repeat block to undo the repeat</source>
        <translation>kies een herhaalblok om de herhaling op te heffen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove repeat</source>
        <translation>Herhaling opheffen</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/naming.py" line="+16"/>
        <source>{name} (copy)</source>
        <extracomment>A copied program&apos;s name; {name} is the original&apos;s.</extracomment>
        <translation>{name} (kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (copy {number})</source>
        <extracomment>A second, third... copy of the same program; {number} is 2, 3...</extracomment>
        <translation>{name} (kopie {number})</translation>
    </message>
</context>
<context>
    <name>ProgramInfoForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+119"/>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginner</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Intermediate</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Advanced</source>
        <translation>Gevorderd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;me</source>
        <translation>Na&amp;am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program name</source>
        <translation>Programmanaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel</source>
        <translation>Ni&amp;veau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program level</source>
        <translation>Programmaniveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Descri&amp;ption</source>
        <translation>Beschr&amp;ijving</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program description</source>
        <translation>Programmabeschrijving</translation>
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
        <translation>{name}  ({total}, {backward} achteruit)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No programs found</source>
        <translation>Geen programma&apos;s gevonden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{total} total  ·  {backward} backward  ·  {count} steps</source>
        <translation>{total} totaal  ·  {backward} achteruit  ·  {count} stappen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The coach adds a {seconds} s turn at 1 place where the direction changes.</source>
        <translation>De coach voegt {seconds} s omdraaien toe op 1 plek waar de richting wisselt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coach adds a {seconds} s turn at {count} places where the direction changes.</source>
        <translation>De coach voegt {seconds} s omdraaien toe op {count} plekken waar de richting wisselt.</translation>
    </message>
</context>
<context>
    <name>ProgramTreeModel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/model.py" line="+158"/>
        <source>Segment</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incline</source>
        <translation>Helling</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(problem: {reason})</source>
        <translation>(probleem: {reason})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{symbol} Repeat × {rounds}</source>
        <translation>{symbol} Herhaal × {rounds}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopped</source>
        <translation>stil</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Drag and drop</source>
        <translation>Slepen en neerzetten</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-177"/>
        <source>Back relief walk</source>
        <translation>Rugontlastende wandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fifteen minutes of slow backward walking on the flat: the dose a personal trainer&apos;s post on backward treadmill walking for back pain reports from a study (three times a week for three weeks). Clip the safety key to your clothing and try to walk without holding the rails. Ask a health professional first if your back problem is acute or disc-related, and stop at once if it hurts.</source>
        <translation>Vijftien minuten langzaam achteruitlopen zonder helling: de dosis die een blogbericht van een personal trainer over achteruitlopen op de loopband bij rugpijn uit een studie aanhaalt (drie keer per week, drie weken lang). Klem de veiligheidssleutel vast aan je kleding en probeer te lopen zonder de leuningen vast te houden. Vraag eerst een zorgverlener om advies als je rugklachten acuut zijn of met een tussenwervelschijf te maken hebben, en stop meteen als het pijn doet.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-18"/>
        <location filename="../../walkcoach/core/progression.py" line="+482"/>
        <source>Belt slow: hold the rails and turn one step at a time.</source>
        <translation>Band langzaam: houd de leuningen vast en draai je stap voor stap om.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../walkcoach/core/progression.py" line="-15"/>
        <location filename="../../tools/resource_texts.py" line="+4"/>
        <source>Warm-up</source>
        <translation>Warming-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../walkcoach/core/progression.py" line="+1"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Easy pace to warm up hips and ankles.</source>
        <translation>Rustig tempo om heupen en enkels op te warmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../walkcoach/core/progression.py" line="+6"/>
        <source>Backward stretch</source>
        <translation>Stuk achteruit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../walkcoach/core/progression.py" line="+7"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Turn to face the back</source>
        <translation>Draai je om naar achteren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../walkcoach/core/progression.py" line="+10"/>
        <source>Backward, without a break</source>
        <translation>Achteruit, zonder pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../walkcoach/core/progression.py" line="+1"/>
        <source>Stand tall and look ahead; stop at once on pain.</source>
        <translation>Sta rechtop en kijk voor je; stop meteen bij pijn.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../walkcoach/core/progression.py" line="+27"/>
        <source>Stretch calves and thighs afterwards.</source>
        <translation>Rek daarna je kuiten en dijen.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Belt slow: hold the rails, then turn round one step at a time.</source>
        <translation>Band langzaam: houd de leuningen vast en draai je stap voor stap om.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow backward walk</source>
        <translation>Langzaam achteruitlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety key clipped on; hands off the rails if you can. Stop if your back hurts.</source>
        <translation>Veiligheidssleutel vastgeklemd; laat de leuningen los als dat lukt. Stop als je rug pijn doet.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-17"/>
        <location filename="../../walkcoach/core/progression.py" line="-18"/>
        <location filename="../../tools/resource_texts.py" line="+4"/>
        <source>Turn to face forward</source>
        <translation>Draai je om naar voren</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Belt slow: hold the rails and turn back to the front.</source>
        <translation>Band langzaam: houd de leuningen vast en draai je terug naar voren.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+16"/>
        <location filename="../../walkcoach/core/progression.py" line="+17"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Cool-down</source>
        <translation>Cooling-down</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Let the breathing settle; stretch calves and thighs afterwards.</source>
        <translation>Laat je ademhaling tot rust komen; rek daarna je kuiten en dijen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brisk ten</source>
        <translation>Tien minuten stevig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ten-minute brisk forward walk at 100-120 steps a minute with a relaxed arm swing. Ten brisk minutes count toward the 150 active minutes a week the NHS recommends, as the article “Which muscles are used when you walk?” notes; the step rate comes from the article “What muscles are involved in walking?”.</source>
        <translation>Tien minuten stevig vooruit wandelen met 100-120 stappen per minuut en een ontspannen armzwaai. Tien stevige minuten tellen mee voor de 150 actieve minuten per week die de Britse NHS aanbeveelt, zoals het artikel “Which muscles are used when you walk?” opmerkt; het stappentempo komt uit het artikel “What muscles are involved in walking?”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brisk walk</source>
        <translation>Stevig wandelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for about 105 steps a minute; let the arms swing.</source>
        <translation>Mik op ongeveer 105 stappen per minuut; laat je armen meezwaaien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brisk walk, quicker</source>
        <translation>Stevig wandelen, sneller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for about 115 steps a minute.</source>
        <translation>Mik op ongeveer 115 stappen per minuut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily retro walk</source>
        <translation>Dagelijks achteruitlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve minutes of backward walking on the flat in three blocks of four, with a forward minute between them. A sports questions-and-answers page, “Exercise to isolate the leg stability muscles used when walking backwards?”, suggests 10-15 backward minutes, three or four times a week.</source>
        <translation>Twaalf minuten achteruitlopen zonder helling, in drie blokken van vier, met telkens een minuut vooruit ertussen. Een vraag-en-antwoordpagina over sport, “Exercise to isolate the leg stability muscles used when walking backwards?”, raadt 10-15 minuten achteruit aan, drie of vier keer per week.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach back with the toe and roll through to the heel.</source>
        <translation>Reik met je tenen achteruit en rol door naar je hiel.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-10"/>
        <location filename="../../walkcoach/core/progression.py" line="-10"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Easy start</source>
        <translation>Rustige start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gentlest way in: six slow minutes of backward walking on the flat, in two-minute pieces, holding the rails. When it feels easy, add time first, then a little speed, and only then a slight incline. Based on the article “Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice”, which suggests 5-10 slow minutes in a clear, flat space.</source>
        <translation>De rustigste manier om te beginnen: zes langzame minuten achteruitlopen zonder helling, in stukken van twee minuten, met je handen aan de leuningen. Voelt het makkelijk, verleng dan eerst de tijd, voer daarna de snelheid iets op en kies pas dan een lichte helling. Gebaseerd op het artikel “Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice”, dat 5-10 langzame minuten aanraadt in een vrije, vlakke ruimte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward, slow</source>
        <translation>Achteruit, langzaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails for now. Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>Houd voorlopig de leuningen vast. Sta rechtop, borst vooruit, en kijk voor je in plaats van naar je voeten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First steps backward</source>
        <translation>Eerste stappen achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle first backward session: two-minute spells facing the back of the treadmill at 2.4 km/h (1.5 mph) on a 3 % slope, each followed by two minutes facing forward, with a slow turn between them. Based on an article on walking backwards uphill and gluteus maximus EMG, which suggests starting slowly at 1.5-2 mph on a 3-5 % incline and swapping direction every two minutes.</source>
        <translation>Een rustige eerste sessie achteruit: stukken van twee minuten met je gezicht naar de achterkant van de loopband, met 2,4 km/h (1,5 mph) op een helling van 3 %, telkens gevolgd door twee minuten met je gezicht naar voren, en ertussen langzaam omdraaien. Gebaseerd op een artikel over bergop achteruitlopen en EMG van de gluteus maximus, dat aanraadt langzaam te beginnen met 1,5-2 mph op een helling van 3-5 % en elke twee minuten van richting te wisselen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward and forward</source>
        <translation>Achteruit en vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>Sta rechtop, borst vooruit, en kijk voor je in plaats van naar je voeten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glute focus intervals</source>
        <translation>Bilspierintervallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eight minutes of backward walking on a 5 % slope, split into four two-minute intervals with forward walking in between. In the muscle-activity (EMG) figures quoted by an article on walking backwards uphill and gluteus maximus EMG, backward uphill walking worked the gluteus maximus far harder than forward walking; the article suggests 2-3 such sessions a week with 5-10 backward minutes each.</source>
        <translation>Acht minuten achteruitlopen op een helling van 5 %, verdeeld over vier intervallen van twee minuten met vooruitlopen ertussen. Volgens de cijfers over spieractiviteit (EMG) die een artikel over bergop achteruitlopen en EMG van de gluteus maximus aanhaalt, liet bergop achteruitlopen de gluteus maximus veel harder werken dan vooruitlopen; het artikel raadt 2-3 van zulke sessies per week aan, met elk 5-10 minuten achteruit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward, glutes</source>
        <translation>Achteruit, bilspieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach back with the toe and push the hip back.</source>
        <translation>Reik met je tenen achteruit en duw je heup naar achteren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hill lunges and turn</source>
        <translation>Lunges bergop en omdraaien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking lunges up a 15 % slope at 4.0 km/h (2.5 mph), then turn round on the same slope and walk backward at 4.0 km/h holding the rails; three rounds with an easier forward stretch between them. Based on a treadmill page on moves for the glutes that quotes trainer Jennifer Pattee.</source>
        <translation>Walking lunges op een helling van 15 % met 4,0 km/h (2,5 mph), dan omdraaien op dezelfde helling en achteruitlopen met 4,0 km/h terwijl je de leuningen vasthoudt; drie rondes, met een rustiger stuk vooruit ertussen. Gebaseerd op een loopbandpagina met oefeningen voor de bilspieren die trainer Jennifer Pattee citeert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warm-up, gentle slope</source>
        <translation>Warming-up, lichte helling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking lunges uphill</source>
        <translation>Walking lunges bergop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long lunging steps with the belt moving; hold the rails if you need balance.</source>
        <translation>Lange uitvalspassen terwijl de band draait; houd de leuningen vast als je steun nodig hebt voor je evenwicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belt slow, keep the 15 % incline, hold the rails and turn round.</source>
        <translation>Band langzaam, helling blijft op 15 %; houd de leuningen vast en draai je om.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward uphill</source>
        <translation>Achteruit bergop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails on this slope.</source>
        <translation>Houd op deze helling de leuningen vast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy forward</source>
        <translation>Rustig vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the incline to recover; back to 15 % at the end.</source>
        <translation>Verlaag de helling om te herstellen; aan het eind weer terug naar 15 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incline burn</source>
        <translation>Bergop branden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short backward bouts on a steep 15 % slope at 3.2 km/h (2 mph), each followed by a few easy minutes forward on the flat, back and forth for about half an hour. Only for people already used to walking backward on the level without holding on. Based on the treadmill coach&apos;s post “The Benefits of Walking Backwards on the Treadmill”.</source>
        <translation>Korte stukken achteruit op een steile helling van 15 % met 3,2 km/h (2 mph), telkens gevolgd door een paar rustige minuten vooruit zonder helling, zo&apos;n half uur lang afwisselend. Alleen voor wie al gewend is om zonder helling achteruit te lopen zonder zich vast te houden. Gebaseerd op het blogbericht “The Benefits of Walking Backwards on the Treadmill” van de loopbandcoach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belt slow, raise the incline to 15 %, hold the rails and turn round.</source>
        <translation>Band langzaam, verhoog de helling naar 15 %, houd de leuningen vast en draai je om.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steep backward bout</source>
        <translation>Steil stuk achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expect the thighs to burn. Harder option: a quarter-squat low walk, back straight.</source>
        <translation>Je dijen gaan branden. Zwaarder: loop laag in een kwartsquat, met een rechte rug.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belt slow, lower the incline, hold the rails and turn to the front.</source>
        <translation>Band langzaam, verlaag de helling, houd de leuningen vast en draai je om naar voren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy forward, flat</source>
        <translation>Rustig vooruit, zonder helling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knee-friendly retro</source>
        <translation>Knievriendelijk achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten minutes of slow backward walking on the flat. In a trial with knee osteoarthritis (Alghadir et al. 2019), ten minutes of retro walking three days a week for six weeks eased pain and improved function more than usual care alone; walking backward loads the kneecap less than walking forward. Check with your physiotherapist before starting.</source>
        <translation>Tien minuten langzaam achteruitlopen zonder helling. In een onderzoek bij knieartrose (Alghadir et al. 2019) gaf tien minuten achteruitlopen, drie dagen per week gedurende zes weken, meer pijnverlichting en een grotere verbetering van de functie dan alleen de gebruikelijke zorg; achteruitlopen belast de knieschijf minder dan vooruitlopen. Overleg met je fysiotherapeut voordat je begint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short, soft steps. Stop if the knee hurts.</source>
        <translation>Korte, zachte stappen. Stop als je knie pijn doet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute bursts</source>
        <translation>Minuutjes achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ordinary walk with a one-minute backward burst every few minutes. Even single minutes of backward walking add up, as the treadmill coach&apos;s post “The Benefits of Walking Backwards on the Treadmill” points out.</source>
        <translation>Een gewone wandeling met om de paar minuten één minuut achteruit. Zelfs losse minuten achteruitlopen tellen op, zoals het blogbericht “The Benefits of Walking Backwards on the Treadmill” van de loopbandcoach opmerkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ordinary walk</source>
        <translation>Gewoon wandelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward minute</source>
        <translation>Minuut achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward progression</source>
        <translation>Opbouw achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when First steps feels easy. One long backward block at 3.2 km/h (2 mph) on 5 %, then a shorter one on 8 %. Each week add 30 seconds to the long block (edit a copy of this program) until you can keep going for 5-8 minutes; only then make it steeper, never above 8 %. Based on the progression advice of an article on walking backwards uphill and gluteus maximus EMG.</source>
        <translation>Voor als Eerste stappen achteruit makkelijk voelt. Eén lang blok achteruit met 3,2 km/h (2 mph) op 5 %, daarna een korter blok op 8 %. Voeg elke week 30 seconden toe aan het lange blok (bewerk een kopie van dit programma) tot je het 5-8 minuten volhoudt; maak het pas daarna steiler, nooit boven 8 %. Gebaseerd op het opbouwadvies van een artikel over bergop achteruitlopen en EMG van de gluteus maximus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long backward block</source>
        <translation>Lang blok achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 30 s here each week, up to 8 minutes.</source>
        <translation>Voeg hier elke week 30 s toe, tot 8 minuten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belt slow, raise the incline to 8 %, hold the rails and turn round.</source>
        <translation>Band langzaam, verhoog de helling naar 8 %, houd de leuningen vast en draai je om.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steeper backward block</source>
        <translation>Steiler blok achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retro intervals 20</source>
        <translation>Intervallen achteruit 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twenty minutes of two-minute backward intervals at 4.0 km/h on a 5 % slope with 90 seconds forward between them: ten backward minutes in all. 4.0 km/h is the backward speed of a lab study at 0, 5 and 10 % grade (Cipriani et al. 1995), and backward walking at 5-10 % raised heart rate and oxygen use well above forward walking (Hooper et al. 2004).</source>
        <translation>Twintig minuten intervallen: telkens twee minuten achteruit met 4,0 km/h op een helling van 5 % en 90 seconden vooruit ertussen, in totaal tien minuten achteruit. 4,0 km/h is de snelheid achteruit uit een laboratoriumstudie bij 0, 5 en 10 % helling (Cipriani et al. 1995), en achteruitlopen op 5-10 % verhoogde de hartslag en het zuurstofverbruik ruim boven die van vooruitlopen (Hooper et al. 2004).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward interval</source>
        <translation>Interval achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk and glutes circuit</source>
        <translation>Circuit wandelen en bilspieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three rounds of a ten-minute walk followed by 20 forward lunges and 15 squats off the belt. Walking alone hardly loads the glutes; the body-weight moves add that. Based on the “30-Minute Walking and Bodyweight Glute Workout” of trainer Tom Holland. At each station (the lunges and squats, off the belt) the timer waits until you confirm you are done.</source>
        <translation>Drie rondes van tien minuten wandelen, telkens gevolgd door 20 lunges naar voren en 15 squats naast de band. Wandelen alleen belast de bilspieren nauwelijks; de oefeningen met je eigen lichaamsgewicht voegen dat toe. Gebaseerd op de “30-Minute Walking and Bodyweight Glute Workout” van trainer Tom Holland. Bij elke oefening (de lunges en squats, naast de band) wacht de timer tot je bevestigt dat je klaar bent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk</source>
        <translation>Wandelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 lunges + 15 squats</source>
        <translation>20 lunges + 15 squats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the belt and step off to the side. 20 forward lunges, then 15 squats.</source>
        <translation>Zet de band stil en stap er opzij af. 20 lunges naar voren, daarna 15 squats.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-173"/>
        <source>Turn around</source>
        <translation>Omdraaien</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/progression.py" line="-54"/>
        <source>Next session</source>
        <translation>Volgende sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progression advice of a web article on walking backwards uphill and gluteus maximus EMG, applied to your history</source>
        <translation>Opbouwadvies van een webartikel over bergop achteruitlopen en EMG van de gluteus maximus, toegepast op je geschiedenis</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+224"/>
        <source>Longest backward stretch (min)</source>
        <translation>Langste stuk achteruit (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>goal: 5-8 min without a break</source>
        <translation>doel: 5-8 min zonder pauze</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{when}
Longest backward stretch: {run}</source>
        <translation>{when}
Langste stuk achteruit: {run}</translation>
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
            <numerusform>Je vorige sessie was %n dag geleden: begin weer rustig met {time} op {speed} en {incline} helling; je bent sneller terug op je oude niveau dan de eerste keer.</numerusform>
            <numerusform>Je vorige sessie was %n dagen geleden: begin weer rustig met {time} op {speed} en {incline} helling; je bent sneller terug op je oude niveau dan de eerste keer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your last session ({day}) was marked with pain, so this one steps down to {time} of backward walking instead of adding time, on the same incline or flatter.</source>
        <translation>Je vorige sessie ({day}) is gemarkeerd met pijn, dus deze gaat terug naar {time} achteruitlopen in plaats van tijd toe te voegen, op dezelfde helling of vlakker.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop at once if the pain comes back; if it keeps coming back, ask a health professional before going on.</source>
        <translation>Stop meteen als de pijn terugkomt; komt die steeds terug, vraag dan een zorgverlener om advies voordat je verdergaat.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>It has been %n day(s) since your last session: this one steps back to {time} on {incline} so your legs and balance can settle in again.</source>
        <translation>
            <numerusform>Je vorige sessie is %n dag geleden: deze gaat terug naar {time} op {incline} helling, zodat je benen en je evenwicht weer kunnen wennen.</numerusform>
            <numerusform>Je vorige sessie is %n dagen geleden: deze gaat terug naar {time} op {incline} helling, zodat je benen en je evenwicht weer kunnen wennen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A session on {day} was marked with pain: repeat {time} rather than adding time this week.</source>
        <translation>Een sessie op {day} is gemarkeerd met pijn: herhaal deze week {time} in plaats van tijd toe te voegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop at once if the pain comes back.</source>
        <translation>Stop meteen als de pijn terugkomt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your last session felt very hard (effort {effort} of 10): repeat {time} until it feels easier before adding more.</source>
        <translation>Je vorige sessie voelde heel zwaar (inspanning {effort} van 10): herhaal {time} tot het makkelijker voelt voordat je meer toevoegt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This is your first week of backward walking: repeat {time} on {incline} this week; from Monday {monday} the coach adds 30 s a week.</source>
        <translation>Dit is je eerste week achteruitlopen: herhaal deze week {time} op {incline} helling; vanaf maandag {monday} voegt de coach elke week 30 s toe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your longest backward stretch in the week of {week} was {longest}: this week add 30 s, to {time}, working toward 5-8 minutes without a break.</source>
        <translation>Je langste stuk achteruit in de week van {week} was {longest}: voeg deze week 30 s toe, tot {time}, op weg naar 5-8 minuten zonder pauze.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You walked backward for {longest} without a break: that is in the 5-8 minute goal, so now make it steeper instead, {incline} for {time} (one small step a week, up to 8 %).</source>
        <translation>Je liep {longest} achteruit zonder pauze: dat valt binnen het doel van 5-8 minuten, dus maak het nu steiler in plaats van langer: {time} op {incline} helling (één stapje per week, tot 8 %).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are at the 8 % top incline: add 30 s a week to the backward stretch, to {time}, up to 8 minutes.</source>
        <translation>Je zit op de hoogste helling van 8 %: voeg elke week 30 s toe aan het stuk achteruit, tot {time}, en hoogstens 8 minuten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You hold 8 minutes of backward walking on 8 %, the top of this progression: keep it up, or add more sessions a week rather than more speed or slope.</source>
        <translation>Je houdt 8 minuten achteruitlopen op 8 % vol, het hoogste niveau van deze opbouw: houd dat vast, of loop meer sessies per week in plaats van sneller of steiler.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You already reached this week&apos;s step ({time} on {incline}): repeat it; the next step comes from Monday {monday}.</source>
        <translation>Je hebt de stap van deze week al gehaald ({time} op {incline} helling): herhaal die; de volgende stap komt vanaf maandag {monday}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No backward walking in your history yet: start with “{name}”, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>Nog geen achteruitlopen in je geschiedenis: begin met “{name}”, {rounds} × {time} achteruit met {speed} op een helling van {incline}, met vooruitlopen en langzaam omdraaien ertussen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backward walking in your history yet: start with a first session, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>Nog geen achteruitlopen in je geschiedenis: begin met een eerste sessie, {rounds} × {time} achteruit met {speed} op een helling van {incline}, met vooruitlopen en langzaam omdraaien ertussen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hold the rails at first and clip the safety key to your clothing; after that the coach adds 30 s a week.</source>
        <translation>Houd eerst de leuningen vast en klem de veiligheidssleutel aan je kleding; daarna voegt de coach elke week 30 s toe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed kept at {speed}, the top of the protocol&apos;s range (you walked faster last time): it grows in time and slope, never in speed.</source>
        <translation>Snelheid gehouden op {speed}, de bovengrens van het protocol (je liep de vorige keer sneller): het schema groeit in tijd en helling, nooit in snelheid.</translation>
    </message>
</context>
<context>
    <name>QtCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/qt_player.py" line="+49"/>
        <source>Sound is unavailable: no audio output found</source>
        <translation>Geen geluid: geen audio-uitvoer gevonden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sound is unavailable: the audio output does not play</source>
        <translation>Geen geluid: de audio-uitvoer speelt niet af</translation>
    </message>
</context>
<context>
    <name>SafetyChecklist</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/safety.py" line="+21"/>
        <source>You feel steady on your feet today; walking backward asks more of balance.</source>
        <translation>Je staat vandaag stevig op je benen; achteruitlopen vraagt meer van je evenwicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The floor around the treadmill is clear: no cables, bags or anything to trip on.</source>
        <translation>De vloer rond de loopband is vrij: geen kabels, tassen of iets anders om over te struikelen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your shoes grip and support your feet.</source>
        <translation>Je schoenen hebben grip en geven je voeten steun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety key is clipped to your clothing.</source>
        <translation>De veiligheidssleutel zit vast aan je kleding.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the belt slowly while facing forward, and only then turn around.</source>
        <translation>Start de band langzaam terwijl je vooruit kijkt, en draai je pas dan om.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the rails at first; let go only once you feel secure.</source>
        <translation>Houd eerst de leuningen vast; laat pas los als je je zeker voelt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stand tall and look ahead; do not twist your neck to look behind you.</source>
        <translation>Sta rechtop en kijk voor je; draai je nek niet om achter je te kijken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loosen up your hips and ankles first, and stretch again afterwards.</source>
        <translation>Maak eerst je heupen en enkels los, en rek ze na afloop weer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep speed and incline low to begin with; raise them over weeks, not minutes.</source>
        <translation>Houd snelheid en helling eerst laag; verhoog ze over weken, niet minuten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop at once if anything hurts or you feel dizzy.</source>
        <translation>Stop meteen als iets pijn doet of als je duizelig wordt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Talk to a doctor or physiotherapist before you try this if you have a disorder of the inner ear or balance, high blood pressure that is not under control, an acute or disc-related back problem, or a recent injury. Older walkers may want someone nearby for the first sessions.</source>
        <translation>Overleg eerst met een arts of fysiotherapeut als je een aandoening van het binnenoor of het evenwicht hebt, een hoge bloeddruk die niet onder controle is, acute of hernia-gerelateerde rugklachten, of een recente blessure. Ben je wat ouder, zorg dan bij de eerste sessies dat er iemand in de buurt is.</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>Before you walk backward</source>
        <translation>Voordat je achteruitloopt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Don&apos;t show this again</source>
        <translation>Dit niet meer tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m ready, start</source>
        <translation>Ik ben klaar, start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
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
        <translation>Stap (in de gelopen volgorde)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Step {n}: {kind}</source>
        <translation>Stap {n}: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned {planned}, walked {actual}</source>
        <translation>Gepland {planned}, gelopen {actual}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="-325"/>
        <source>m:ss, e.g. 2:30</source>
        <translation>m:ss, bijv. 2:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>belt stopped</source>
        <translation>band stil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> steps/min</source>
        <translation> stappen/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; for a station: what to do</source>
        <translation>Optioneel; bij een oefening: wat je moet doen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional hint shown during the segment</source>
        <translation>Optionele tip die tijdens het onderdeel wordt getoond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wait until I press Done</source>
        <translation>Wacht tot ik op &amp;Klaar druk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment kind</source>
        <translation>Soort onderdeel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duration</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration, minutes and seconds</source>
        <translation>Duur, minuten en seconden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes:seconds (2:30), hours:minutes:seconds, or whole minutes (5)</source>
        <translation>Minuten:seconden (2:30), uren:minuten:seconden, of hele minuten (5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;peed</source>
        <translation>Sn&amp;elheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belt speed</source>
        <translation>Bandsnelheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incline</source>
        <translation>&amp;Helling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incline in percent</source>
        <translation>Helling in procenten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cadence</source>
        <translation>&amp;Cadans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cadence in steps per minute</source>
        <translation>Cadans in stappen per minuut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional target steps per minute</source>
        <translation>Optioneel doel in stappen per minuut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment label</source>
        <translation>Label van onderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>No&amp;titie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment note</source>
        <translation>Notitie bij onderdeel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Station</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Wait until Done</source>
        <translation>Wachten tot Klaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station ends when you press Done; its time is for planning</source>
        <translation>Een oefening eindigt als je op Klaar drukt; de tijd dient alleen voor de planning</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>Omdraaien</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Belt speed in {unit}; 0 for a rest with the belt stopped</source>
        <translation>Bandsnelheid in {unit}; 0 voor rust met stilstaande band</translation>
    </message>
</context>
<context>
    <name>SegmentKinds</name>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-30"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn</source>
        <translation>Omdraaien</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../walkcoach/ui/session/session.py" line="+278"/>
        <source>The treadmill follows the session from the next step on.</source>
        <translation>De loopband volgt de sessie vanaf de volgende stap.</translation>
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
        <translation>Minuten actieve tijd</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Z{number}</source>
        <translation>Z{number}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{kind}, {start} to {end}</source>
        <translation>{kind}, {start} tot {end}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heart rate: mean {mean:.0f}, highest {high:.0f} bpm</source>
        <translation>Hartslag: gemiddeld {mean:.0f}, hoogste {high:.0f} bpm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No heart rate</source>
        <translation>Geen hartslag</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../walkcoach/ui/history/session_list.py" line="+201"/>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · pain</source>
        <translation> · pijn</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete session?</source>
        <translation>Sessie verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {session} from your history?</source>
        <translation>{session} uit je geschiedenis verwijderen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its segments, effort, pain and notes go with it. This cannot be undone.</source>
        <translation>De onderdelen, inspanning, pijn en notities gaan mee. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not deleted: {problem}</source>
        <translation>De sessie is niet verwijderd: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location line="-132"/>
        <source>&amp;Delete session…</source>
        <translation>Sessie &amp;verwijderen…</translation>
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
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>Langste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <translation>Vroeg gestopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short</source>
        <translation>Te kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Loopt nog</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Longest backward stretch</source>
        <translation>Langste stuk achteruit</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> · pain</source>
        <translation> · pijn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{program}” of {when} ({time})</source>
        <translation>“{program}” van {when} ({time})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward {forward}, backward {backward}</source>
        <translation>Vooruit {forward}, achteruit {backward}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{km:.2f} km, about {kcal:.0f} kcal</source>
        <translation>{km:.2f} km, ongeveer {kcal:.0f} kcal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under 80 % of the planned time was walked (segments skipped)</source>
        <translation>Minder dan 80 % van de geplande tijd gelopen (onderdelen overgeslagen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes: {notes}</source>
        <translation>Notities: {notes}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../walkcoach/core/settings.py" line="+118"/>
        <source>must be true or false, got {value}</source>
        <translation>moet true of false zijn, gevonden: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> or </source>
        <extracomment>Between the allowed values of a setting: &quot;must be &apos;km/h&apos; or &apos;mph&apos;&quot;.</extracomment>
        <translation> of </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be {options}, got {value}</source>
        <translation>moet {options} zijn, gevonden: {value}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>must be a number, got {value}</source>
        <translation>moet een getal zijn, gevonden: {value}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>must be from {low} to {high}, got a number of {digits} digits</source>
        <translation>moet van {low} tot {high} zijn, gevonden: een getal van {digits} cijfers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be from {low} to {high}, got {value}</source>
        <translation>moet van {low} tot {high} zijn, gevonden: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number, got {value}</source>
        <translation>moet een heel getal zijn, gevonden: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 (off) or at least {least}, got {value}</source>
        <translation>moet 0 (uit) of minstens {least} zijn, gevonden: {value}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be 0 (not given) or from {low} to {high}, got {value}</source>
        <translation>moet 0 (niet opgegeven) of van {low} tot {high} zijn, gevonden: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be text, got {value}</source>
        <translation>moet tekst zijn, gevonden: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a usable device name or address</source>
        <translation>is geen bruikbare apparaatnaam of bruikbaar adres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a folder path as text, got {value}</source>
        <translation>moet een mappad als tekst zijn, gevonden: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a usable folder path</source>
        <translation>is geen bruikbaar mappad</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>it is far too large (over {limit} bytes)</source>
        <translation>het is veel te groot (meer dan {limit} bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds binary data, not JSON text</source>
        <translation>het bevat binaire gegevens, geen JSON-tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not UTF-8 text</source>
        <translation>het is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty</source>
        <translation>het is leeg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON ({reason}, line {line})</source>
        <extracomment>{reason} is Python&apos;s JSON message in English (&quot;Expecting value&quot;).</extracomment>
        <translation>het is geen geldige JSON ({reason}, regel {line})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>het is geen geldige JSON (te diep genest)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (a number far too long)</source>
        <translation>het is geen geldige JSON (een veel te lang getal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not hold a JSON object</source>
        <translation>het bevat geen JSON-object</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The settings file {path} is a link to a missing file; using the default settings.</source>
        <translation>Het instellingenbestand {path} is een koppeling naar een bestand dat niet bestaat; de standaardinstellingen worden gebruikt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings file {path} is {what}; using the default settings.</source>
        <translation>Het instellingenbestand {path} is {what}; de standaardinstellingen worden gebruikt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the settings file {path} ({reason}); using the defaults.</source>
        <translation>Kan het instellingenbestand {path} niet lezen ({reason}); de standaardinstellingen worden gebruikt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings file {path} is damaged: {reason}. Using the default settings.</source>
        <translation>Het instellingenbestand {path} is beschadigd: {reason}. De standaardinstellingen worden gebruikt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} is damaged: {reason}. Using the default settings; the damaged file was kept as {kept}.</source>
        <translation>Het instellingenbestand {path} is beschadigd: {reason}. De standaardinstellingen worden gebruikt; het beschadigde bestand is bewaard als {kept}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings file {path} has no valid version ({version}); read it as version {current}.</source>
        <translation>Het instellingenbestand {path} heeft geen geldige versie ({version}); het is gelezen als versie {current}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings file {path} was written by a newer WalkCoach (version {version}); the settings this version knows are used, and the file itself is kept aside unchanged before this version saves its own.</source>
        <translation>Het instellingenbestand {path} is geschreven door een nieuwere WalkCoach (versie {version}); de instellingen die deze versie kent worden gebruikt, en het bestand zelf wordt ongewijzigd apart bewaard voordat deze versie zijn eigen bestand opslaat.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{key} (not valid Unicode text)</source>
        <translation>{key} (geen geldige Unicode-tekst)</translation>
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
            <numerusform>Het instellingenbestand {path} heeft %n ongeldige instelling, daarvoor wordt de standaardwaarde gebruikt: {bad}.</numerusform>
            <numerusform>Het instellingenbestand {path} heeft %n ongeldige instellingen, daarvoor worden de standaardwaarden gebruikt: {bad}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="+178"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speak the cues (segment, speed, time left)</source>
        <translation>Aanwijzingen uitspreken (onderdeel, snelheid, resterende tijd)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <source>Mute all sounds</source>
        <translation>Alle geluiden dempen</translation>
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
        <translation>geen aftelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash the window when the segment changes</source>
        <translation>Venster laten knipperen als het onderdeel wisselt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Systeem volgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the safety checklist before every backward session</source>
        <translation>Veiligheidschecklist tonen vóór elke sessie met achteruitlopen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Units</source>
        <translation>&amp;Eenheden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed unit</source>
        <translation>Snelheidseenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body &amp;weight</source>
        <translation>Lichaamsge&amp;wicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body weight, for the energy estimate</source>
        <translation>Lichaamsgewicht, voor de energieschatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice</source>
        <translation>&amp;Stem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken cues</source>
        <translation>Gesproken aanwijzingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;olume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sound</source>
        <translation>Gel&amp;uid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countdown</source>
        <translation>&amp;Aftellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countdown before each change, seconds</source>
        <translation>Aftellen vóór elke wissel, seconden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flash</source>
        <translation>K&amp;nipperen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flash the window on each change</source>
        <translation>Venster laten knipperen bij elke wissel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour theme</source>
        <translation>Kleurthema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage</source>
        <translation>Taa&amp;l</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language of the text and the voice</source>
        <translation>Taal van de tekst en de stem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safet&amp;y</source>
        <translation>Veil&amp;igheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety checklist before each backward session</source>
        <translation>Veiligheidschecklist vóór elke sessie met achteruitlopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;left</source>
        <translation>Resterende tij&amp;d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken time left, how often</source>
        <translation>Gesproken resterende tijd, hoe vaak</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Volume in percent</source>
        <translation>Volume in procenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used only for the kcal estimate</source>
        <translation>Alleen gebruikt voor de kcal-schatting</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;General</source>
        <translation>Al&amp;gemeen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Heart rate</source>
        <translation>&amp;Hartslag</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The system&apos;s language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied at the next start of WalkCoach.</source>
        <translation>Wordt toegepast bij de volgende start van WalkCoach.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>start at once</source>
        <translation>meteen starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything (segments, halfway, time left)</source>
        <translation>Alles (onderdelen, halverwege, resterende tijd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only (segments, turns, the finish)</source>
        <translation>Alleen wissels (onderdelen, omdraaien, het einde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing: sounds only</source>
        <translation>Niets: alleen geluiden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Get ready</source>
        <translation>&amp;Klaarmaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get-ready count before the start, seconds</source>
        <translation>Aftellen vóór de start, seconden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spo&amp;ken cues</source>
        <translation>Gesp&amp;roken aanwijzingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much the coach says</source>
        <translation>Hoeveel de coach zegt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Speech is not available: {reason}.</source>
        <translation>Spraak is niet beschikbaar: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cue sounds still play.</source>
        <translation>De signaalgeluiden klinken nog wel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} min</source>
        <translation>Elke {n} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} s</source>
        <translation>Elke {n} s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>⚠ Heart-rate zones: {problem}.</source>
        <translation>⚠ Hartslagzones: {problem}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>⚠ De instellingen konden niet worden opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../walkcoach/ui/shortcuts.py" line="+33"/>
        <source>Start the session, or pause and resume it</source>
        <translation>De sessie starten, of pauzeren en hervatten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same, from the play/pause key of a media or Bluetooth remote</source>
        <translation>Hetzelfde, met de afspeel-/pauzetoets van een media- of Bluetooth-afstandsbediening</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip to the next step</source>
        <translation>Naar de volgende stap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous step: restarts this step, or goes to the previous one in its first seconds</source>
        <translation>Vorige stap: begint deze stap opnieuw, of gaat in de eerste seconden naar de vorige</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>30 seconds more on this step</source>
        <translation>30 seconden meer voor deze stap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>30 seconds less on this step (at least 5 s stay)</source>
        <translation>30 seconden minder voor deze stap (er blijft minstens 5 s over)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leaves the workout view; otherwise stops the session (asks first)</source>
        <translation>Verlaat de trainingsweergave; anders wordt de sessie gestopt (na bevestiging)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workout view on or off</source>
        <translation>Trainingsweergave aan of uit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound on or off</source>
        <translation>Geluid aan of uit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the full window and the small always-on-top view</source>
        <translation>Wisselen tussen het volledige venster en de kleine weergave die altijd bovenaan blijft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This list</source>
        <translation>Deze lijst</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/shortcuts.py" line="+23"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Functie</translation>
    </message>
</context>
<context>
    <name>SoundHelper</name>
    <message>
        <location filename="../../walkcoach/sound/pulse.py" line="+54"/>
        <source>{library} is not installed ({detail})</source>
        <translation>{library} is niet geïnstalleerd ({detail})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the sound server cannot be reached ({detail})</source>
        <translation>de geluidsserver is niet bereikbaar ({detail})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the sound server stopped playing ({detail})</source>
        <translation>de geluidsserver speelt niet meer af ({detail})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sound output is closed</source>
        <translation>de geluidsuitvoer is gesloten</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../walkcoach/ui/audio/speech.py" line="+45"/>
        <source>there is no sound output</source>
        <translation>er is geen geluidsuitvoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speech engine is installed (speech-dispatcher)</source>
        <translation>er is geen spraakengine geïnstalleerd (speech-dispatcher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sound server does not answer</source>
        <translation>de geluidsserver antwoordt niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech engine {engine!r} is not installed</source>
        <translation>de spraakengine {engine!r} is niet geïnstalleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech helper did not start</source>
        <translation>de spraakhelper is niet gestart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech engine ({engine}) does not start</source>
        <translation>de spraakengine ({engine}) start niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech helper stopped</source>
        <translation>de spraakhelper is gestopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voice for {language} is installed: the cues are spoken in English.</source>
        <extracomment>{language} is the language&apos;s own name (&quot;Deutsch&quot;, &quot;français&quot;).</extracomment>
        <translation>Er is geen stem voor {language} geïnstalleerd: de aanwijzingen worden in het Engels uitgesproken.</translation>
    </message>
</context>
<context>
    <name>StatsStrip</name>
    <message>
        <location filename="../../walkcoach/ui/coach/stats_strip.py" line="+76"/>
        <source>Elapsed</source>
        <translation>Verstreken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Resterend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Distance (est.)</source>
        <translation>Afstand (geschat)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Energy (est.)</source>
        <translation>Energie (geschat)</translation>
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
        <translation>Afstand (band)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../walkcoach/storage/db.py" line="+140"/>
        <source>the history database {path} is a folder</source>
        <translation>de geschiedenisdatabase {path} is een map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the history database {path} is not a regular file (a pipe or a device)</source>
        <translation>de geschiedenisdatabase {path} is geen gewoon bestand (een pipe of een apparaat)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot create the history database {path}: {reason}</source>
        <translation>kan de geschiedenisdatabase {path} niet aanmaken: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>cannot open the history database {path}: {reason}</source>
        <translation>kan de geschiedenisdatabase {path} niet openen: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the history database {path} is damaged and could not be moved aside: {reason}</source>
        <translation>de geschiedenisdatabase {path} is beschadigd en kon niet apart worden gezet: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database {path} is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>de geschiedenisdatabase {path} is beschadigd ({reason}); start WalkCoach om hem apart te zetten en te redden wat leesbaar is</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its integrity check returned garbled text</source>
        <translation>de integriteitscontrole gaf onleesbare tekst terug</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>integrity check failed: {problem}</source>
        <extracomment>{problem} is SQLite&apos;s own report, in English.</extracomment>
        <translation>integriteitscontrole mislukt: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot switch the history database to WAL mode (got {mode})</source>
        <translation>kan de geschiedenisdatabase niet naar WAL-modus omzetten (gevonden: {mode})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot open the history database {path}: upgrading it failed ({reason})</source>
        <translation>kan de geschiedenisdatabase {path} niet openen: bijwerken is mislukt ({reason})</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>cannot read the history database {path}: {reason}</source>
        <translation>kan de geschiedenisdatabase {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/exporters.py" line="+165"/>
        <source>a {format} file holds one session (got {count})</source>
        <translation>een {format}-bestand bevat één sessie (gevonden: {count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown export format {format} (one of: {known})</source>
        <translation>onbekend exportformaat {format} (een van: {known})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there are no recorded sessions with segments to export</source>
        <translation>er zijn geen vastgelegde sessies met onderdelen om te exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{output} is a file; exporting several sessions as {format} needs a folder (one file per session)</source>
        <translation>{output} is een bestand; voor het exporteren van meerdere sessies als {format} is een map nodig (één bestand per sessie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{output} is a folder; give a file name to write the {format} to</source>
        <translation>{output} is een map; geef een bestandsnaam op om de {format} naar te schrijven</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{output} exists already; add --force to replace it</source>
        <translation>{output} bestaat al; voeg --force toe om het te vervangen</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>{first} and %n more exist already; add --force to replace them</source>
        <translation>
            <numerusform>{first} en nog %n bestaan al; voeg --force toe om ze te vervangen</numerusform>
            <numerusform>{first} en nog %n bestaan al; voeg --force toe om ze te vervangen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} exists already; add --force to replace it</source>
        <translation>{first} bestaat al; voeg --force toe om het te vervangen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>kan de map {folder} niet aanmaken: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>kan {path} niet schrijven: de map {folder} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/fit.py" line="+231"/>
        <location filename="../../walkcoach/storage/tcx.py" line="+110"/>
        <source>session {id} has no recorded segments; nothing to export</source>
        <translation>sessie {id} heeft geen vastgelegde onderdelen; er is niets te exporteren</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/rescue.py" line="+62"/>
        <source>The history database was damaged ({reason}). It was moved to {moved} and nothing in it could be read, so a new, empty history was started; nothing was deleted.</source>
        <translation>De geschiedenisdatabase was beschadigd ({reason}). Hij is verplaatst naar {moved} en er kon niets uit worden gelezen, dus is er een nieuwe, lege geschiedenis begonnen; er is niets verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by rebuilding its indexes; nothing was deleted.</source>
        <translation>
            <numerusform>De geschiedenisdatabase was beschadigd ({reason}). Hij is ongewijzigd verplaatst naar {moved}, en %n sessie kon in een nieuwe geschiedenis worden gered door de indexen opnieuw op te bouwen; er is niets verwijderd.</numerusform>
            <numerusform>De geschiedenisdatabase was beschadigd ({reason}). Hij is ongewijzigd verplaatst naar {moved}, en %n sessies konden in een nieuwe geschiedenis worden gered door de indexen opnieuw op te bouwen; er is niets verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read (some could not); nothing was deleted.</source>
        <translation>
            <numerusform>De geschiedenisdatabase was beschadigd ({reason}). Hij is ongewijzigd verplaatst naar {moved}, en %n sessie kon in een nieuwe geschiedenis worden gered door elke rij te kopiëren die nog leesbaar was (sommige waren dat niet); er is niets verwijderd.</numerusform>
            <numerusform>De geschiedenisdatabase was beschadigd ({reason}). Hij is ongewijzigd verplaatst naar {moved}, en %n sessies konden in een nieuwe geschiedenis worden gered door elke rij te kopiëren die nog leesbaar was (sommige waren dat niet); er is niets verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read; nothing was deleted.</source>
        <translation>
            <numerusform>De geschiedenisdatabase was beschadigd ({reason}). Hij is ongewijzigd verplaatst naar {moved}, en %n sessie kon in een nieuwe geschiedenis worden gered door elke rij te kopiëren die nog leesbaar was; er is niets verwijderd.</numerusform>
            <numerusform>De geschiedenisdatabase was beschadigd ({reason}). Hij is ongewijzigd verplaatst naar {moved}, en %n sessies konden in een nieuwe geschiedenis worden gered door elke rij te kopiëren die nog leesbaar was; er is niets verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/schema.py" line="+275"/>
        <source>the history database was written by a newer WalkCoach (schema version {version}; this one knows up to {known}); update WalkCoach to use it. The file was left untouched.</source>
        <translation>de geschiedenisdatabase is geschreven door een nieuwere WalkCoach (schemaversie {version}; deze kent tot en met {known}); werk WalkCoach bij om hem te gebruiken. Het bestand is niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/full_check.py" line="+67"/>
        <source>the treadmill and heart-rate samples cannot be read: the history file is damaged ({reason}). WalkCoach keeps the file aside and rescues what can be read the next time it opens the history</source>
        <translation>de metingen van de loopband en de hartslag kunnen niet worden gelezen: het geschiedenisbestand is beschadigd ({reason}). WalkCoach zet het bestand apart en redt wat leesbaar is zodra het de geschiedenis weer opent</translation>
    </message>
</context>
<context>
    <name>StreakLabel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-110"/>
        <source>A day counts when you walked: a completed session, or any session with at least 5 minutes walked forward and backward. Skipping through a program does not count. Today still counts as long as you walked yesterday.</source>
        <translation>Een dag telt als je gelopen hebt: een voltooide sessie, of een sessie met in totaal minstens 5 minuten vooruit- en achteruitlopen. Door een programma heen klikken telt niet. Vandaag telt nog mee zolang je gisteren gelopen hebt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+1"/>
        <source>&lt;b&gt;%n&lt;/b&gt; day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; dag</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current streak: {current} &amp;nbsp;·&amp;nbsp; longest: {longest}</source>
        <translation>Huidige reeks: {current} &amp;nbsp;·&amp;nbsp; langste: {longest}</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location line="+18"/>
        <source>Next session</source>
        <translation>Volgende sessie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this program</source>
        <translation>Dit programma gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select it on the coach page</source>
        <translation>Kies het op de coachpagina</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No suggestion: the history could not be read.</source>
        <translation>Geen suggestie: de geschiedenis kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rounds} x {time} backward at {speed}, {incline:g} % incline</source>
        <translation>{rounds} × {time} achteruit met {speed}, {incline:g} % helling</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../walkcoach/ui/history/summary_dialog.py" line="+107"/>
        <location line="+117"/>
        <source>Session summary</source>
        <translation>Samenvatting van de sessie</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>{program}, {when}</source>
        <translation>{program}, {when}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This session is in your history already; the rating is optional.</source>
        <translation>Deze sessie staat al in je geschiedenis; de beoordeling is optioneel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;kip rating</source>
        <translation>Beoordeling &amp;overslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close: the session stays recorded, without effort, pain or notes (Esc)</source>
        <translation>Sluiten: de sessie blijft bewaard, zonder inspanning, pijn of notities (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save rating</source>
        <translation>Beoordeling op&amp;slaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add effort, pain and notes to this session (Ctrl+Enter)</source>
        <translation>Voeg inspanning, pijn en notities toe aan deze sessie (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Session complete</source>
        <translation>Sessie voltooid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ended early</source>
        <translation>Sessie vroeg gestopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short to count as completed</source>
        <translation>Te kort om als voltooid te tellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session interrupted</source>
        <translation>Sessie onderbroken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Most of it was skipped: {walked} walked of the {planned} planned. A session counts as completed when at least 80 % of its planned time is walked; this one is recorded as too short.</source>
        <translation>Het meeste is overgeslagen: {walked} gelopen van de {planned} gepland. Een sessie telt als voltooid als minstens 80 % van de geplande tijd gelopen is; deze wordt als te kort vastgelegd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded as ended early: {walked} of the {planned} planned. How it felt is worth noting all the same.</source>
        <translation>Vastgelegd als vroeg gestopt: {walked} van de {planned} gepland. Noteer toch even hoe het voelde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded as ended early, after {walked}.</source>
        <translation>Vastgelegd als vroeg gestopt, na {walked}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time} in all</source>
        <translation>{time} in totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} backward</source>
        <translation>{time} achteruit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>effort {n}</source>
        <translation>inspanning {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time ({when}): {figures}</source>
        <translation>Vorige keer ({when}): {figures}</translation>
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
            <numerusform>%n onderdeel</numerusform>
            <numerusform>%n onderdelen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {value} kcal</source>
        <translation>ongeveer {value} kcal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you walked</source>
        <translation>Wat je gelopen hebt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest backward stretch</source>
        <translation>Langste stuk achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total time</source>
        <translation>Totale tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance ({source})</source>
        <translation>Afstand ({source})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy (estimate)</source>
        <translation>Energie (schatting)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mean {mean} bpm, highest {top} bpm</source>
        <translation>Gemiddeld {mean} bpm, hoogste {top} bpm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the treadmill&apos;s heart rate)</source>
        <translation> (hartslag van de loopband)</translation>
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
            <numerusform>%n keer gewacht tot je hartslag zakte, {time} in totaal.</numerusform>
            <numerusform>%n keer gewacht tot je hartslag zakte, {time} in totaal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heart rate</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name}: on average {value} % of its maximal voluntary contraction (EMG)</source>
        <translation>{name}: gemiddeld {value} % van de maximale vrijwillige contractie (EMG)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Muscles worked most</source>
        <translation>Meest belaste spieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No walking was recorded.</source>
        <translation>Er is niets gelopen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimated % of a maximal contraction, averaged over the time walked.</source>
        <translation>Geschat percentage van een maximale contractie, gemiddeld over de gelopen tijd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: {value} (your first)</source>
        <translation>{name}: {value} (je eerste)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {value} (was {before})</source>
        <translation>{name}: {value} (was {before})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal bests</source>
        <translation>Persoonlijke records</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new personal best this time; steady sessions are what build progress.</source>
        <translation>Deze keer geen nieuw persoonlijk record; regelmatige sessies zorgen voor vooruitgang.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How did it feel?</source>
        <translation>Hoe voelde het?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort (1 = very easy, 10 = all-out); keys 1-9 and 0 for 10:</source>
        <translation>Inspanning (1 = heel licht, 10 = maximaal); toetsen 1-9, en 0 voor 10:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Effort {n} of 10</source>
        <translation>Inspanning {n} van 10</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I felt &amp;pain during or after this session</source>
        <translation>Ik had &amp;pijn tijdens of na deze sessie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything to remember: how the knees felt, rails held or not…</source>
        <translation>Iets om te onthouden: hoe je knieën voelden, leuningen wel of niet vastgehouden…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not saved yet: {problem}. It is kept and saved when storage works again.</source>
        <translation>Nog niet opgeslagen: {problem}. Het blijft bewaard en wordt opgeslagen zodra de opslag weer werkt.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/summary.py" line="+48"/>
        <source>Summary (updates as you edit)</source>
        <translation>Samenvatting (direct bijgewerkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program summary</source>
        <translation>Programmasamenvatting</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How much work each muscle gets over the whole program: how hard it works (an estimate from muscle-activity measurements) times how many minutes. The bar and the figure compare each muscle with the one worked most (100 %).</source>
        <translation>Hoeveel werk elke spier krijgt over het hele programma: hoe hard hij werkt (een schatting uit metingen van spieractiviteit) maal hoeveel minuten. De balk en het getal vergelijken elke spier met de meest belaste (100 %).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Total time</source>
        <translation>Totale tijd</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Backward</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
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
        <translation>Meest belaste spieren</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Backward time</source>
        <translation>Tijd achteruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward time</source>
        <translation>Tijd vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy estimate</source>
        <translation>Energieschatting</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} ({percent:.0f} % of the session)</source>
        <translation>{time} ({percent:.0f} % van de sessie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>about {kcal:.0f} kcal (estimate for a body weight of {weight})</source>
        <translation>ongeveer {kcal:.0f} kcal (schatting voor een lichaamsgewicht van {weight})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{percent:.0f} %</source>
        <translation>{percent:.0f} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rank}. {name}: {share} of the muscle worked most</source>
        <translation>{rank}. {name}: {share} van de meest belaste spier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments with values that are not usable yet are left out of these figures.</source>
        <translation>Onderdelen met waarden die nog niet bruikbaar zijn, tellen niet mee in deze cijfers.</translation>
    </message>
</context>
<context>
    <name>TopMusclesList</name>
    <message>
        <location filename="../../walkcoach/ui/coach/top_muscles.py" line="+31"/>
        <source>No muscle is working hard in this segment.</source>
        <translation>Geen enkele spier werkt hard in dit onderdeel.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Coming up: top muscles</source>
        <translation>Hierna: hardst werkende spieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top muscles</source>
        <translation>Hardst werkende spieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>measured</source>
        <translation>gemeten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} % of the muscle&apos;s maximal voluntary contraction (EMG). Source: {source}</source>
        <translation>{value} % van de maximale vrijwillige contractie van de spier (EMG). Bron: {source}</translation>
    </message>
</context>
<context>
    <name>UnitChoices</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="-380"/>
        <source>Kilometres per hour (km/h)</source>
        <translation>Kilometer per uur (km/h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles per hour (mph)</source>
        <translation>Mijl per uur (mph)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metric: km/h, km, kg</source>
        <translation>Metrisch: km/h, km, kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imperial: mph, miles, lb</source>
        <translation>Imperiaal: mph, mijl, lb</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>miles</source>
        <translation>mijl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distance unit</source>
        <translation>Afstandseenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distances walked</source>
        <translation>Gelopen afstanden</translation>
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
        <translation>Gewichtseenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body weight</source>
        <translation>Lichaamsgewicht</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="-220"/>
        <source>Minutes per week</source>
        <translation>Minuten per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Achteruit</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Week {number}, {year} (from {monday})
Forward: {forward}
Backward: {backward}
Total: {total}</source>
        <translation>Week {number}, {year} (vanaf {monday})
Vooruit: {forward}
Achteruit: {backward}
Totaal: {total}</translation>
    </message>
</context>
<context>
    <name>WeeklyZonesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+11"/>
        <source>Minutes in zone per week</source>
        <translation>Minuten per zone per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Week {number}, {year} (from {monday})</source>
        <translation>Week {number}, {year} (vanaf {monday})</translation>
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
        <translation>Probleem met {field}</translation>
    </message>
</context>
</TS>
