<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/about.py" line="+109"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the figures come from</source>
        <translation>D&apos;où viennent les chiffres</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A coach for treadmill sessions that switch between walking forwards and walking backwards.</source>
        <translation>Un coach pour les séances sur tapis de course qui alternent marche avant et marche arrière.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>WalkCoach is free software: you may share and change it under the terms of the &lt;a href=&quot;{gpl}&quot;&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/a&gt; (GPL-3.0-or-later). It comes with no warranty. It is built on Qt for Python (PySide6), used under the &lt;a href=&quot;{lgpl}&quot;&gt;GNU Lesser General Public License v3&lt;/a&gt;, and on pyqtgraph and platformdirs (MIT license).</source>
        <translation>WalkCoach est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les termes de la &lt;a href=&quot;{gpl}&quot;&gt;licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure&lt;/a&gt; (GPL-3.0-or-later). Il est fourni sans aucune garantie. Il repose sur Qt for Python (PySide6), utilisé sous la &lt;a href=&quot;{lgpl}&quot;&gt;licence publique générale limitée GNU v3&lt;/a&gt;, et sur pyqtgraph et platformdirs (licence MIT).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History, your programs and settings are kept on this computer only, in &lt;a href=&quot;{url}&quot;&gt;{where}&lt;/a&gt;. Click the folder to open it; copy it to back up.</source>
        <translation>L&apos;historique, vos programmes et vos réglages sont conservés uniquement sur cet ordinateur, dans &lt;a href=&quot;{url}&quot;&gt;{where}&lt;/a&gt;. Cliquez sur le dossier pour l&apos;ouvrir&#xa0;; copiez-le pour le sauvegarder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Muscle activation and energy figures are estimates drawn from these published studies and equations. They describe groups of people, not you, and are not medical advice.</source>
        <translation>Les chiffres d&apos;activation musculaire et d&apos;énergie sont des estimations tirées de ces études et équations publiées. Ils décrivent des groupes de personnes, pas vous, et ne constituent pas un avis médical.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sources were loaded.</source>
        <translation>Aucune source n&apos;a été chargée.</translation>
    </message>
</context>
<context>
    <name>BackwardForwardChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+248"/>
        <source>Mean heart rate (bpm)</source>
        <translation>Fréquence cardiaque moyenne (bpm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{speed}
Backward: {backward:.0f} bpm ({backward_n} segments)
Forward: {forward:.0f} bpm ({forward_n} segments)</source>
        <translation>{speed}
Arrière&#xa0;: {backward:.0f} bpm ({backward_n} segments)
Avant&#xa0;: {forward:.0f} bpm ({forward_n} segments)</translation>
    </message>
</context>
<context>
    <name>BestsPanel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+134"/>
        <source>Personal bests</source>
        <translation>Records personnels</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set on {day}</source>
        <translation>Établi le {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended on {day}</source>
        <translation>Terminée le {day}</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+319"/>
        <source> rounds</source>
        <translation> tours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. Intervals</source>
        <translation>Facultatif, p. ex. Intervalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rounds</source>
        <translation>&amp;Tours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat rounds</source>
        <translation>Nombre de tours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times the segments of the block are walked</source>
        <translation>Combien de fois les segments du bloc sont parcourus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block label</source>
        <translation>Libellé du bloc</translation>
    </message>
</context>
<context>
    <name>BodyDiagramWidget</name>
    <message>
        <location filename="../../walkcoach/ui/coach/body_diagram.py" line="+176"/>
        <source>Body diagram of the muscles worked</source>
        <translation>Schéma du corps avec les muscles sollicités</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+65"/>
        <location line="+192"/>
        <source>Coming up</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Front</source>
        <translation>Face</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> (left)</source>
        <translation> (gauche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (right)</source>
        <translation> (droit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not working in this segment</source>
        <translation>Non sollicité dans ce segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} % of its maximal voluntary contraction (EMG), {basis}</source>
        <translation>{value} % de sa contraction maximale volontaire (EMG), {basis}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>% of maximal voluntary contraction</source>
        <translation>% de la contraction maximale volontaire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No muscle is working hard.</source>
        <translation>Aucun muscle ne travaille intensément.</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../walkcoach/ui/history/calendar_heatmap.py" line="+104"/>
        <source>{day}: no session</source>
        <translation>{day}&#xa0;: aucune séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: {time}</source>
        <translation>{day}&#xa0;: {time}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Minutes per day: under 15, 15-30, 30-45, 45 and more</source>
        <translation>Minutes par jour&#xa0;: moins de 15, 15-30, 30-45, 45 et plus</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <location filename="../../walkcoach/ui/coach/page.py" line="+119"/>
        <location line="+439"/>
        <source>Start</source>
        <translation>Démarrer</translation>
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
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Passer</translation>
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
        <translation>30 secondes de moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds more</source>
        <translation>30 secondes de plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds less on this step (-)</source>
        <translation>30 secondes de moins pour cette étape (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 seconds more on this step (+)</source>
        <translation>30 secondes de plus pour cette étape (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mini view</source>
        <translation>Mini-vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the session (Space)</source>
        <translation>Démarrer la séance (Espace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+438"/>
        <source>Pause or resume (Space)</source>
        <translation>Pause ou reprise (Espace)</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Restart this step, or go to the previous one in its first seconds (Left or B)</source>
        <translation>Recommencer cette étape, ou revenir à la précédente dans ses premières secondes (Gauche ou B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next segment (Right or N)</source>
        <translation>Segment suivant (Droite ou N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished this station: go on</source>
        <translation>Atelier terminé&#xa0;: continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the session (Esc)</source>
        <translation>Terminer la séance (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small always-on-top window (Ctrl+M)</source>
        <translation>Petite fenêtre toujours au premier plan (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workout view</source>
        <translation>Vue entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only direction, time, targets and next, over the whole screen (F11; Esc leaves)</source>
        <translation>Seulement direction, temps, consignes et suite, en plein écran (F11&#xa0;; Échap pour quitter)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Esc or F11: leave the workout view</source>
        <translation>Échap ou F11&#xa0;: quitter la vue entraînement</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>NO PROGRAM</source>
        <translation>AUCUN PROGRAMME</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+163"/>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Press Start or Space  ·  {count} segments, {backward} backward</source>
        <translation>Appuyez sur Démarrer ou Espace  ·  {count} segments, {backward} en arrière</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step 0 of {total}</source>
        <translation>Étape 0 sur {total}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>TURN AROUND SOON, then {to}</source>
        <translation>DEMI-TOUR BIENTÔT, puis {to}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {total} steps done</source>
        <translation>Les {total} étapes sont terminées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {i} of {n}</source>
        <translation>Étape {i} sur {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  ·  round {r} of {rounds}</source>
        <translation>  ·  tour {r} sur {rounds}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The computer was asleep. Press Space to go on.</source>
        <translation>L&apos;ordinateur était en veille. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The treadmill stopped. Press Space to go on.</source>
        <translation>Le tapis s&apos;est arrêté. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Space to go on.</source>
        <translation>Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When you have finished, press Done to go on.</source>
        <translation>Quand vous avez fini, appuyez sur Terminé pour continuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The belt is slowing down: keep walking, turn when told.</source>
        <translation>Le tapis ralentit&#xa0;: continuez à marcher, faites demi-tour au signal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catch your breath: keep walking slowly, turn when told.</source>
        <translation>Reprenez votre souffle&#xa0;: marchez lentement, faites demi-tour au signal.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>WELL DONE</source>
        <translation>BRAVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session complete. Walk slowly to cool down.</source>
        <translation>Séance terminée. Marchez lentement pour récupérer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>STOPPED</source>
        <translation>ARRÊTÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time you walked is kept.</source>
        <translation>Le temps marché est conservé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GET READY</source>
        <translation>PRÉPAREZ-VOUS</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>TURN</source>
        <translation>DEMI-TOUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now face {word}: {targets}</source>
        <translation>Maintenant en {word}&#xa0;: {targets}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="-307"/>
        <location line="+314"/>
        <source>Go on</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn now, without waiting for the heart rate (Space)</source>
        <translation>Faire demi-tour maintenant, sans attendre la fréquence cardiaque (Espace)</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+319"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
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
        <translation>inclinaison {value} %</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>FORWARD</source>
        <translation>AVANT</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+17"/>
        <source>BACKWARD</source>
        <translation>ARRIÈRE</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>REST</source>
        <translation>REPOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TURN</source>
        <translation>DEMI-TOUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATION</source>
        <translation>ATELIER</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Belt slow: {speed}</source>
        <translation>Tapis lent&#xa0;: {speed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>belt slow or stopped</source>
        <translation>tapis lent ou arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belt stopped, hold the rails</source>
        <translation>tapis arrêté, tenez les barres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belt stopped, step off safely</source>
        <translation>tapis arrêté, descendez prudemment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} steps/min</source>
        <translation>{value} pas/min</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First: {targets}</source>
        <translation>Départ&#xa0;: {targets}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <source>Hold the rails</source>
        <translation>Tenez les barres</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Turn round</source>
        <translation>Retournez-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find your footing</source>
        <translation>Assurez vos appuis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep walking</source>
        <translation>Continuez à marcher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn when told</source>
        <translation>Demi-tour au signal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> at {speed}, {incline}</source>
        <translation> à {speed}, {incline}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: finish</source>
        <translation>Ensuite&#xa0;: fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: {summary}</source>
        <translation>Ensuite&#xa0;: {summary}</translation>
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
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>positional arguments</source>
        <extracomment>A title in the --help text, above the arguments given without an option name.</extracomment>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options</source>
        <extracomment>A title in the --help text, above the options (--json, --data-dir...).</extracomment>
        <translation>options</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>argument {argument}: {message}</source>
        <translation>argument {argument}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the following arguments are required: {names}</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unrecognized arguments: {names}</source>
        <translation>arguments non reconnus&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>choix non valide&#xa0;: {value} (choisissez parmi {choices})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignored explicit argument {value}</source>
        <translation>argument explicite {value} ignoré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid {type} value: {value}</source>
        <translation>valeur {type} non valide&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of the arguments {names} is required</source>
        <translation>l&apos;un des arguments {names} est obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not allowed with argument {other}</source>
        <translation>non autorisé avec l&apos;argument {other}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>option ambiguë&#xa0;: {option} peut correspondre à {matches}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be a number (got &apos;{text}&apos;)</source>
        <translation>doit être un nombre (reçu&#xa0;: «&#xa0;{text}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be greater than 0 and at most {most} (got {text})</source>
        <translation>doit être supérieur à 0 et au plus égal à {most} (reçu&#xa0;: {text})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give a Bluetooth address (like F0:57:A1:7E:AD:01), a device name or &apos;virtual&apos;</source>
        <translation>indiquez une adresse Bluetooth (comme F0:57:A1:7E:AD:01), un nom d&apos;appareil ou «&#xa0;virtual&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number (got &apos;{text}&apos;)</source>
        <translation>doit être un nombre entier (reçu&#xa0;: «&#xa0;{text}&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>must be from 1 to {most} (got a number of %n character(s))</source>
        <translation>
            <numerusform>doit être compris entre 1 et {most} (reçu&#xa0;: un nombre de %n caractère)</numerusform>
            <numerusform>doit être compris entre 1 et {most} (reçu&#xa0;: un nombre de %n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be from 1 to {most} (got {text})</source>
        <translation>doit être compris entre 1 et {most} (reçu&#xa0;: {text})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>keep all user data (history, programs, settings) in DIR</source>
        <translation>conserver toutes les données de l&apos;utilisateur (historique, programmes, réglages) dans DIR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window options (no sub-command)</source>
        <translation>options de la fenêtre (sans sous-commande)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>select this program on start</source>
        <translation>sélectionner ce programme au démarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start the session at once</source>
        <translation>démarrer la séance tout de suite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session time runs X times faster (demos and tests)</source>
        <translation>le temps de la séance s&apos;écoule X fois plus vite (démonstrations et tests)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quit when the session finishes</source>
        <translation>quitter à la fin de la séance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write engine events and cues as JSON lines</source>
        <translation>écrire les événements du moteur et les annonces en lignes JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drive this FTMS treadmill (virtual: a simulated one, no hardware needed)</source>
        <translation>piloter ce tapis de course FTMS (virtual&#xa0;: un tapis simulé, aucun matériel requis)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show this heart-rate sensor&apos;s heart rate (virtual: one that follows your effort)</source>
        <translation>afficher la fréquence cardiaque de ce capteur cardio (virtual&#xa0;: un capteur qui suit votre effort)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use bumble on this HCI transport (usb:0, tcp-client:HOST:PORT) instead of the system&apos;s Bluetooth</source>
        <translation>utiliser bumble sur ce transport HCI (usb:0, tcp-client:HOST:PORT) au lieu du Bluetooth du système</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>start the window, print the start-up time in ms, exit 0</source>
        <translation>ouvrir la fenêtre, afficher le temps de démarrage en ms, quitter avec le code 0</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Coach for treadmill sessions that alternate forward and backward walking.</source>
        <translation>Coach pour les séances sur tapis de course qui alternent marche avant et marche arrière.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show the version of WalkCoach and exit</source>
        <translation>afficher la version de WalkCoach et quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list built-in and user programs</source>
        <translation>lister les programmes intégrés et les vôtres</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/options.py" line="+12"/>
        <source>machine-readable output</source>
        <translation>sortie lisible par une machine</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/main.py" line="+4"/>
        <source>show one program&apos;s segments</source>
        <translation>afficher les segments d&apos;un programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a program id or a program file</source>
        <translation>un identifiant de programme ou un fichier de programme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>estimated muscle activation for a way of walking</source>
        <translation>activation musculaire estimée pour une façon de marcher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the way you face on the belt</source>
        <translation>votre sens de marche sur le tapis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the belt&apos;s incline in percent</source>
        <translation>l&apos;inclinaison du tapis en pourcentage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the belt&apos;s speed in km/h (optional)</source>
        <translation>la vitesse du tapis en km/h (facultatif)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy a program file into your programs</source>
        <translation>copier un fichier de programme dans vos programmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a program file (JSON)</source>
        <translation>un fichier de programme (JSON)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replace a program with the same id</source>
        <translation>remplacer un programme ayant le même identifiant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list recorded sessions</source>
        <translation>lister les séances enregistrées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete the session with this ID</source>
        <translation>supprimer la séance portant cet identifiant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export sessions to CSV, JSON, TCX or FIT</source>
        <translation>exporter les séances en CSV, JSON, TCX ou FIT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the session with this ID (see walkcoach history)</source>
        <translation>la séance portant cet identifiant (voir walkcoach history)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every recorded session</source>
        <translation>toutes les séances enregistrées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file format</source>
        <translation>le format de fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file, a folder, or - for stdout</source>
        <translation>un fichier, un dossier, ou - pour la sortie standard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace files that exist already</source>
        <translation>remplacer les fichiers qui existent déjà</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+45"/>
        <source>warm-up</source>
        <translation>échauffement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>main</source>
        <translation>corps de séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cool-down</source>
        <translation>retour au calme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward</source>
        <translation>avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward</source>
        <translation>arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn</source>
        <translation>demi-tour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>beginner</source>
        <translation>débutant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate</source>
        <translation>intermédiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advanced</source>
        <translation>avancé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>front</source>
        <extracomment>A muscle seen on the front of the body.</extracomment>
        <translation>face</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back</source>
        <extracomment>A muscle seen on the back of the body.</extracomment>
        <translation>dos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measured</source>
        <extracomment>A muscle&apos;s figure: a published measurement at this condition.</extracomment>
        <translation>mesuré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimated</source>
        <extracomment>A muscle&apos;s figure: derived, scaled or assumed.</extracomment>
        <translation>estimé</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>skipped a user program: {error}</source>
        <translation>programme utilisateur ignoré&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yours</source>
        <translation>à vous</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/history.py" line="+41"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended early</source>
        <translation>écourtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>trop courte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>la base de l&apos;historique est endommagée ({reason})&#xa0;; lancez WalkCoach pour la mettre de côté et récupérer ce qui peut être lu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the data folder {folder} is a file, not a folder</source>
        <translation>le dossier de données {folder} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No sessions recorded yet: the data folder {folder} does not exist.</source>
        <translation>Aucune séance enregistrée pour l&apos;instant&#xa0;: le dossier de données {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No sessions recorded yet. Finished sessions appear here.</source>
        <translation>Aucune séance enregistrée pour l&apos;instant. Les séances terminées apparaissent ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n session(s) being recorded now: listed once finished.)</source>
        <translation>
            <numerusform>(%n séance en cours d&apos;enregistrement&#xa0;: elle sera listée à la fin.)</numerusform>
            <numerusform>(%n séances en cours d&apos;enregistrement&#xa0;: listées à la fin.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>session {id} was not deleted: {reason}</source>
        <translation>la séance {id} n&apos;a pas été supprimée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted session {id} ({program}, {when}, {time}).</source>
        <translation>Séance {id} supprimée ({program}, {when}, {time}).</translation>
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
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest backward</source>
        <translation>Arrière max.</translation>
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
        <translation>{status} (douleur)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n session(s), {time} walked backward in all.</source>
        <translation>
            <numerusform>%n séance, {time} de marche arrière au total.</numerusform>
            <numerusform>%n séances, {time} de marche arrière au total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there are no recorded sessions to export</source>
        <translation>il n&apos;y a aucune séance enregistrée à exporter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{format} is a binary format of one session; give a file with -o PATH, or send one session to a pipe</source>
        <translation>{format} est un format binaire d&apos;une seule séance&#xa0;; indiquez un fichier avec -o PATH, ou envoyez une seule séance dans un tube</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Exported %n session(s) to {file}</source>
        <translation>
            <numerusform>%n séance exportée dans {file}</numerusform>
            <numerusform>%n séances exportées dans {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n session(s) as {format} files into {folder}</source>
        <translation>
            <numerusform>%n séance exportée en fichier {format} dans {folder}</numerusform>
            <numerusform>%n séances exportées en fichiers {format} dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no session with id {id} (`walkcoach history` lists the recorded ones)</source>
        <translation>aucune séance d&apos;identifiant {id} (`walkcoach history` liste les séances enregistrées)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>session {id} is being recorded right now; export it when it ends</source>
        <translation>la séance {id} est en cours d&apos;enregistrement&#xa0;; exportez-la quand elle sera terminée</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+1"/>
        <source>NAME</source>
        <translation>NOM</translation>
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
        <translation>DURÉE</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>BACKWARD</source>
        <translation>ARRIÈRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEGMENTS</source>
        <translation>SEGMENTS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{builtin} built-in and {yours} of your own. Details: walkcoach show ID</source>
        <translation>{builtin} intégrés et {yours} à vous. Détails&#xa0;: walkcoach show ID</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>stopped</source>
        <translation>arrêté</translation>
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
        <translation>tour {round}/{rounds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added by the coach: the direction changes here</source>
        <translation>ajouté par le coach&#xa0;: la direction change ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cadence} steps/min</source>
        <translation>{cadence} pas/min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waits for you</source>
        <translation>vous attend</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} ({id}, {level}, built-in)</source>
        <translation>{name} ({id}, {level}, intégré)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({id}, {level}, your program)</source>
        <translation>{name} ({id}, {level}, votre programme)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no level</source>
        <translation>sans niveau</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Total {total}: backward {backward}, forward {forward}, %n segment(s)</source>
        <translation>
            <numerusform>Total {total}&#xa0;: arrière {backward}, avant {forward}, %n segment</numerusform>
            <numerusform>Total {total}&#xa0;: arrière {backward}, avant {forward}, %n segments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>AT</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHASE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEED</source>
        <translation>VITESSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INCLINE</source>
        <translation>INCLIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{option} must be a number (got &apos;{text}&apos;)</source>
        <translation>{option} doit être un nombre (reçu&#xa0;: «&#xa0;{text}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{option} must be between {low} and {high} {unit} (got {text})</source>
        <translation>{option} doit être compris entre {low} et {high} {unit} (reçu&#xa0;: {text})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown direction &apos;{direction}&apos; (use forward or backward)</source>
        <translation>direction inconnue «&#xa0;{direction}&#xa0;» (utilisez forward ou backward)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Forward walking, {incline} % incline</source>
        <translation>Marche avant, inclinaison {incline} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward walking, {incline} % incline</source>
        <translation>Marche arrière, inclinaison {incline} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forward walking, {incline} % incline at {speed} km/h</source>
        <translation>Marche avant, inclinaison {incline} %, à {speed} km/h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward walking, {incline} % incline at {speed} km/h</source>
        <translation>Marche arrière, inclinaison {incline} %, à {speed} km/h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activation in % of a maximal voluntary contraction; &apos;estimated&apos; figures are WalkCoach&apos;s.</source>
        <translation>Activation en % d&apos;une contraction maximale volontaire&#xa0;; les chiffres marqués «&#xa0;estimated&#xa0;» sont des estimations de WalkCoach.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>MUSCLE</source>
        <translation>MUSCLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIEW</source>
        <translation>VUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MVC</source>
        <translation>CMV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BASIS</source>
        <translation>BASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a program with id &apos;{id}&apos; already exists (&apos;{name}&apos;); use --force to replace it</source>
        <translation>un programme d&apos;identifiant «&#xa0;{id}&#xa0;» existe déjà («&#xa0;{name}&#xa0;»)&#xa0;; utilisez --force pour le remplacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot save the program: {reason}</source>
        <translation>impossible d&apos;enregistrer le programme&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported &apos;{name}&apos; as &apos;{id}&apos; ({time}, %n segment(s)) into {folder}</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» importé sous «&#xa0;{id}&#xa0;» ({time}, %n segment) dans {folder}</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» importé sous «&#xa0;{id}&#xa0;» ({time}, %n segments) dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/devices.py" line="+26"/>
        <source>treadmill</source>
        <translation>tapis de course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heart-rate sensor</source>
        <translation>capteur cardio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number of seconds (got &apos;{text}&apos;)</source>
        <translation>doit être un nombre de secondes (reçu&#xa0;: «&#xa0;{text}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be greater than 0 and at most {most} seconds (got {text})</source>
        <translation>doit être supérieur à 0 et au plus égal à {most} secondes (reçu&#xa0;: {text})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>list the treadmills and heart-rate sensors in range</source>
        <translation>lister les tapis de course et les capteurs cardio à portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 listed (maybe none), 2 bad arguments, 3 Bluetooth not usable.</source>
        <translation>Code de sortie&#xa0;: 0 liste faite (peut-être vide), 2 arguments incorrects, 3 Bluetooth inutilisable.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scan for N seconds (default {default})</source>
        <translation>rechercher pendant N secondes (par défaut {default})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a bumble HCI transport ({examples}); default: the one in the settings, else the system&apos;s Bluetooth</source>
        <translation>un transport HCI bumble ({examples})&#xa0;; par défaut&#xa0;: celui des réglages, sinon le Bluetooth du système</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the HCI transport in {file}</source>
        <translation>le transport HCI de {file}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the system&apos;s Bluetooth</source>
        <translation>le Bluetooth du système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No treadmill or heart-rate sensor found in {seconds} s through {through}.</source>
        <translation>Aucun tapis de course ni capteur cardio trouvé en {seconds} s via {through}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Is it switched on and awake, and not linked to another app?</source>
        <translation>L&apos;appareil est-il allumé, réveillé et non associé à une autre appli&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
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
            <numerusform>%n trouvé en {seconds} s via {through}. Pour l&apos;utiliser&#xa0;: walkcoach --treadmill ADDRESS</numerusform>
            <numerusform>%n trouvés en {seconds} s via {through}. Pour en utiliser un&#xa0;: walkcoach --treadmill ADDRESS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/output.py" line="+33"/>
        <source>warning: {message}</source>
        <extracomment>A line on stderr: &quot;walkcoach: warning: &lt;what is wrong&gt;&quot;.</extracomment>
        <translation>avertissement&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>error: {message}</source>
        <extracomment>A line on stderr: &quot;walkcoach: error: &lt;what is wrong&gt;&quot;.</extracomment>
        <translation>erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/plans.py" line="+39"/>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pause the active plan</source>
        <translation>mettre en pause le plan actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resume the active plan</source>
        <translation>reprendre le plan actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the active plan&apos;s next session</source>
        <translation>passer la prochaine séance du plan actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart the active plan&apos;s week</source>
        <translation>refaire la semaine du plan actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop the active plan</source>
        <translation>arrêter le plan actif</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>list the built-in training plans</source>
        <translation>lister les plans d&apos;entraînement intégrés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start, show or export the active training plan</source>
        <translation>démarrer, afficher ou exporter le plan d&apos;entraînement actif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start a plan (replaces the active one)</source>
        <translation>démarrer un plan (remplace le plan actif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a plan id (see walkcoach plans)</source>
        <translation>un identifiant de plan (voir walkcoach plans)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekdays (default: the plan&apos;s)</source>
        <translation>jours de la semaine (par défaut&#xa0;: ceux du plan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time of day (default: the plan&apos;s)</source>
        <translation>heure de la journée (par défaut&#xa0;: celle du plan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time zone, e.g. Europe/Berlin (default: this computer&apos;s)</source>
        <translation>fuseau horaire, p. ex. Europe/Paris (par défaut&#xa0;: celui de cet ordinateur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>calendar alarm MIN minutes before (default 10)</source>
        <translation>rappel du calendrier MIN minutes avant (10 par défaut)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this week and the next, each session&apos;s state</source>
        <translation>cette semaine et la suivante, avec l&apos;état de chaque séance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the coming sessions as an iCalendar file</source>
        <translation>écrire les séances à venir dans un fichier iCalendar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a file, or - for stdout</source>
        <translation>un fichier, ou - pour la sortie standard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{option} must be a date as YYYY-MM-DD (got &apos;{text}&apos;)</source>
        <translation>{option} doit être une date au format AAAA-MM-JJ (reçu&#xa0;: «&#xa0;{text}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no plan is active; start one with `walkcoach plan start ID` (see `walkcoach plans`)</source>
        <translation>aucun plan n&apos;est actif&#xa0;; démarrez-en un avec `walkcoach plan start ID` (voir `walkcoach plans`)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the active plan &apos;{id}&apos; is not known to this WalkCoach</source>
        <translation>le plan actif «&#xa0;{id}&#xa0;» est inconnu de ce WalkCoach</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan is stopped; your history is kept.</source>
        <translation>Le plan est arrêté&#xa0;; votre historique est conservé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plan is already paused</source>
        <translation>le plan est déjà en pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan is not paused</source>
        <translation>le plan n&apos;est pas en pause</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no plan with id &apos;{id}&apos; (one of: {known})</source>
        <translation>aucun plan d&apos;identifiant «&#xa0;{id}&#xa0;» (l&apos;un de&#xa0;: {known})</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&apos;{id}&apos; has up to {most} sessions a week: give at least %n weekday(s) (got {days})</source>
        <translation>
            <numerusform>«&#xa0;{id}&#xa0;» compte jusqu&apos;à {most} séances par semaine&#xa0;: indiquez au moins %n jour (reçu&#xa0;: {days})</numerusform>
            <numerusform>«&#xa0;{id}&#xa0;» compte jusqu&apos;à {most} séances par semaine&#xa0;: indiquez au moins %n jours (reçu&#xa0;: {days})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown time zone &apos;{zone}&apos; (e.g. Europe/Berlin, America/New_York, UTC)</source>
        <translation>fuseau horaire inconnu «&#xa0;{zone}&#xa0;» (p. ex. Europe/Paris, America/Montreal, UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--alarm must be 0-1440 minutes (got {minutes})</source>
        <translation>--alarm doit être entre 0 et 1440 minutes (reçu&#xa0;: {minutes})</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Started “{name}”: %n week(s) on {days} at {time} ({zone}).</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» démarré&#xa0;: %n semaine, jours {days}, à {time} ({zone}).</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» démarré&#xa0;: %n semaines, jours {days}, à {time} ({zone}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Week {week} (from {monday}):</source>
        <translation>Semaine {week} (à partir du {monday})&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no day left</source>
        <translation>plus de jour libre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day {day}: {title}</source>
        <extracomment>After the date and the state: &quot;day 1: Backward, two minutes&quot;.</extracomment>
        <translation>jour {day}&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>note: could not update {file}: {reason}</source>
        <extracomment>A line on stderr after a plan action: the calendar file could not be written.</extracomment>
        <translation>remarque&#xa0;: impossible de mettre à jour {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write {file}: {reason}</source>
        <translation>impossible d&apos;écrire {file}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n session(s) to {file}; it is written again when the plan moves.</source>
        <translation>
            <numerusform>%n séance écrite dans {file}&#xa0;; le fichier est réécrit quand le plan évolue.</numerusform>
            <numerusform>%n séances écrites dans {file}&#xa0;; le fichier est réécrit quand le plan évolue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+26"/>
        <source>the data folder is empty; give a folder, or leave --data-dir out</source>
        <translation>le chemin du dossier de données est vide&#xa0;; indiquez un dossier, ou n&apos;utilisez pas --data-dir</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../walkcoach/core/cues.py" line="+96"/>
        <source>Slow the belt to {speed}.</source>
        <translation>Ralentissez le tapis à {speed}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the belt.</source>
        <translation>Arrêtez le tapis.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{amount} more: {left} left.</source>
        <extracomment>{amount} and {left} are spoken durations (&quot;30 seconds&quot;, &quot;1 minute 30 seconds&quot;).</extracomment>
        <translation>{amount} de plus&#xa0;: il reste {left}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} less: {left} left.</source>
        <translation>{amount} de moins&#xa0;: il reste {left}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The belt is slowing to {speed} for the turn. Keep walking and hold the rails.</source>
        <translation>Le tapis ralentit à {speed} pour le demi-tour. Continuez à marcher et tenez les barres.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>En pause&#xa0;: l&apos;ordinateur était en veille. Reprenez quand vous le souhaitez.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Get ready. First: {segment}</source>
        <extracomment>{segment} is the first segment&apos;s phrase, with its full stop.</extracomment>
        <translation>Préparez-vous. Pour commencer&#xa0;: {segment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now {segment}</source>
        <extracomment>{segment} is a segment phrase that starts a sentence when the turn is over.</extracomment>
        <translation>Maintenant, {segment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {round} of {rounds}.</source>
        <translation>Tour {round} sur {rounds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halfway. {duration} to go.</source>
        <translation>À mi-parcours. Il reste {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{duration} left.</source>
        <translation>Il reste {duration}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session complete: {duration} of exercise. Well done.</source>
        <translation>Séance terminée&#xa0;: {duration} d&apos;exercice. Bravo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time is up for this station. Press Done when you have finished.</source>
        <translation>Le temps de cet atelier est écoulé. Appuyez sur Terminé quand vous avez fini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forward for {duration} at {speed}</source>
        <extracomment>A segment phrase: lower case, no full stop; said after &quot;Get ready. First:&quot; or &quot;Now&quot;, or alone as a sentence. {duration} &quot;2 minutes&quot;, {speed} &quot;3.2 kilometres per hour&quot;.</extracomment>
        <translation>en avant pendant {duration} à {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backward for {duration} at {speed}</source>
        <translation>en arrière pendant {duration} à {speed}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn round for {duration}, belt at {speed}</source>
        <translation>demi-tour pendant {duration}, tapis à {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn round for {duration}, belt stopped</source>
        <translation>demi-tour pendant {duration}, tapis arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest for {duration}, belt at {speed}</source>
        <translation>repos pendant {duration}, tapis à {speed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest for {duration}, belt stopped</source>
        <translation>repos pendant {duration}, tapis arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>station: {label}, for {duration}</source>
        <extracomment>{label} is the station&apos;s exercise (&quot;20 lunges + 15 squats&quot;).</extracomment>
        <translation>atelier&#xa0;: {label}, pendant {duration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station: {label}. Press Done when you have finished</source>
        <translation>atelier&#xa0;: {label}. Appuyez sur Terminé quand vous avez fini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{phrase}, incline {value} percent</source>
        <extracomment>{phrase} is a segment phrase (&quot;forward for 2 minutes at 4 kilometres per hour&quot;); {value} a figure: the treadmill&apos;s slope in percent.</extracomment>
        <translation>{phrase}, inclinaison {value} pour cent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phrase}, decline {value} percent</source>
        <translation>{phrase}, inclinaison négative {value} pour cent</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{phrase}, %n step(s) a minute</source>
        <extracomment>The walking cadence added to a segment phrase (&quot;forward for 2 minutes at 4 kilometres per hour&quot;).</extracomment>
        <translation>
            <numerusform>{phrase}, %n pas par minute</numerusform>
            <numerusform>{phrase}, %n pas par minute</numerusform>
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
        <translation>Réglez l&apos;inclinaison à {value} pour cent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the decline to {value} percent.</source>
        <translation>Réglez l&apos;inclinaison négative à {value} pour cent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the rails and turn to face the back.</source>
        <translation>Tenez les barres et retournez-vous face à l&apos;arrière.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails and turn to face the front.</source>
        <translation>Tenez les barres et retournez-vous face à l&apos;avant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails and turn to face the other way.</source>
        <translation>Tenez les barres et retournez-vous dans l&apos;autre sens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a moment</source>
        <extracomment>Said for {when} in &quot;Turning ... in {when}&quot; when the turn is less than a second away.</extracomment>
        <translation>un instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk backward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <extracomment>{when} is a spoken duration (&quot;10 seconds&quot;) or &quot;a moment&quot;; {speed} &quot;1 kilometre per hour&quot;.</extracomment>
        <translation>Dans {when}, demi-tour pour marcher en arrière&#xa0;: préparez-vous à ralentir le tapis à {speed} et à tenir les barres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning to walk forward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>Dans {when}, demi-tour pour marcher en avant&#xa0;: préparez-vous à ralentir le tapis à {speed} et à tenir les barres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning round in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>Dans {when}, demi-tour&#xa0;: préparez-vous à ralentir le tapis à {speed} et à tenir les barres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turning to walk backward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Dans {when}, demi-tour pour marcher en arrière&#xa0;: préparez-vous à arrêter le tapis et à tenir les barres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk forward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Dans {when}, demi-tour pour marcher en avant&#xa0;: préparez-vous à arrêter le tapis et à tenir les barres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning round in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>Dans {when}, demi-tour&#xa0;: préparez-vous à arrêter le tapis et à tenir les barres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turning to walk backward in {when}: the belt will slow down to {speed}.</source>
        <translation>Dans {when}, demi-tour pour marcher en arrière&#xa0;: le tapis va ralentir à {speed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning to walk forward in {when}: the belt will slow down to {speed}.</source>
        <translation>Dans {when}, demi-tour pour marcher en avant&#xa0;: le tapis va ralentir à {speed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turning round in {when}: the belt will slow down to {speed}.</source>
        <translation>Dans {when}, demi-tour&#xa0;: le tapis va ralentir à {speed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn now. Hold the rails and turn to face the back.</source>
        <translation>Demi-tour maintenant. Tenez les barres et retournez-vous face à l&apos;arrière.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn now. Hold the rails and turn to face the front.</source>
        <translation>Demi-tour maintenant. Tenez les barres et retournez-vous face à l&apos;avant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn now. Hold the rails and turn to face the other way.</source>
        <translation>Demi-tour maintenant. Tenez les barres et retournez-vous dans l&apos;autre sens.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Last one.</source>
        <translation>Dernière étape.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/spoken.py" line="+155"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{larger} {smaller}</source>
        <extracomment>Joins two parts of a spoken duration, &quot;2 minutes&quot; and &quot;30 seconds&quot; (English says them one after the other; a language may want &quot;and&quot; between them).</extracomment>
        <translation>{larger} et {smaller}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} kilometres per hour</source>
        <extracomment>A speed to be spoken; {value} is a figure such as 3,2.</extracomment>
        <translation>{value} kilomètres par heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} miles per hour</source>
        <translation>{value} miles par heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 kilometre per hour</source>
        <extracomment>A speed of exactly one, spoken (the turn speed is often 1 km/h): the unit in the singular.</extracomment>
        <translation>un kilomètre par heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mile per hour</source>
        <translation>un mile par heure</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../walkcoach/core/datewords.py" line="+17"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>déc.</translation>
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
        <translation>Tapis de course&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the treadmill {name}…</source>
        <translation>Recherche du tapis de course {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Treadmill not linked: {why}</source>
        <translation>Tapis de course non associé&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The treadmill did not answer: the session starts without it.</source>
        <translation>Le tapis de course n&apos;a pas répondu&#xa0;: la séance démarre sans lui.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the treadmill…</source>
        <translation>En attente du tapis de course…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heart rate: {why}</source>
        <translation>Fréquence cardiaque&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking for the heart-rate sensor {name}…</source>
        <translation>Recherche du capteur cardio {name}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Heart-rate sensor not linked: bumble is not installed (pip install &apos;walkcoach[bumble]&apos; to use --hci)</source>
        <translation>Capteur cardio non associé&#xa0;: bumble n&apos;est pas installé (pip install &apos;walkcoach[bumble]&apos; pour utiliser --hci)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Heart-rate sensor not linked: {why}</source>
        <translation>Capteur cardio non associé&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_dialog.py" line="+107"/>
        <source>Treadmill and heart rate</source>
        <translation>Tapis de course et fréquence cardiaque</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the linked treadmill</source>
        <translation>Oublier le tapis de course associé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;orget sensor</source>
        <translation>Oublier le ca&amp;pteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the linked heart-rate sensor</source>
        <translation>Oublier le capteur cardio associé</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+188"/>
        <source>&amp;Scan</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Scan for treadmills and heart-rate sensors</source>
        <translation>Rechercher des tapis de course et des capteurs cardio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Belt speed for every change of direction</source>
        <translation>Vitesse du tapis à chaque changement de direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the belt when the program ends or I press Stop</source>
        <translation>Arrêter le tapis quand le programme se termine ou quand j&apos;appuie sur Arrêter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: this computer&apos;s Bluetooth</source>
        <translation>vide&#xa0;: le Bluetooth de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HCI transport, advanced</source>
        <translation>Transport HCI, avancé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advanced: a Bluetooth controller used directly through bumble ({install}), e.g. {examples}.</source>
        <translation>Avancé&#xa0;: un contrôleur Bluetooth utilisé directement via bumble ({install}), p. ex. {examples}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While linked</source>
        <translation>Pendant la liaison</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn speed</source>
        <translation>&amp;Vitesse de demi-tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Belt</source>
        <translation>&amp;Tapis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HCI transport</source>
        <translation>Transport &amp;HCI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The coach slows the belt to this before you turn around (at most {top}).</source>
        <translation>Le coach ralentit le tapis à cette vitesse avant votre demi-tour (au plus {top}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the chosen treadmill</source>
        <translation>Se connecter au tapis de course choisi</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scan to find the treadmills and heart-rate sensors in range.</source>
        <translation>Lancez la recherche pour trouver les tapis de course et capteurs cardio à portée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan stopped.</source>
        <translation>Recherche arrêtée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Stop scan</source>
        <translation>&amp;Arrêter la recherche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanning… {n} s left</source>
        <translation>Recherche… encore {n} s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Found {n} in {s:g} s.</source>
        <translation>Trouvés en {s:g} s&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found in {s:g} s. Is the treadmill on, awake and free of other apps?</source>
        <translation>Rien trouvé en {s:g} s. Le tapis de course est-il allumé, réveillé et libre de toute autre appli&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The scan did not work.</source>
        <translation>La recherche n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No treadmill linked: the coach tells you the speeds to set.</source>
        <translation>Aucun tapis de course associé&#xa0;: le coach vous indique les vitesses à régler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: the virtual treadmill.</source>
        <translation>Associé&#xa0;: le tapis virtuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked: {name} ({address}).</source>
        <translation>Associé&#xa0;: {name} ({address}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No heart-rate sensor linked.</source>
        <translation>Aucun capteur cardio associé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart rate: the virtual sensor.</source>
        <translation>Fréquence cardiaque&#xa0;: le capteur virtuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart rate: {name} ({address}).</source>
        <translation>Fréquence cardiaque&#xa0;: {name} ({address}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The virtual sensor&apos;s heart rate follows what you walk: faster, uphill and backward raise it, with a lag of tens of seconds.</source>
        <translation>La fréquence cardiaque du capteur virtuel suit votre marche&#xa0;: plus vite, en côte et en arrière la font monter, avec un décalage de quelques dizaines de secondes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A chest strap or a watch that shares its heart rate: Connect.</source>
        <translation>Une ceinture cardio ou une montre qui partage sa fréquence cardiaque&#xa0;: Connecter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The virtual treadmill runs inside WalkCoach: try the whole link without a machine.</source>
        <translation>Le tapis virtuel fonctionne dans WalkCoach&#xa0;: essayez toute la liaison sans machine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a treadmill or a heart-rate sensor, then Connect.</source>
        <translation>Choisissez un tapis de course ou un capteur cardio, puis Connecter.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>⚠ Les réglages n&apos;ont pas pu être enregistrés&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Virtual heart-rate sensor</source>
        <translation>Capteur cardio virtuel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Virtual treadmill</source>
        <translation>Tapis virtuel</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_list.py" line="+25"/>
        <source>Treadmill</source>
        <translation>Tapis de course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heart-rate sensor</source>
        <translation>Capteur cardio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{bars} {word}, {dbm} dBm</source>
        <translation>{bars} {word}, {dbm} dBm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Virtual treadmill (no hardware needed)</source>
        <translation>Tapis virtuel (aucun matériel requis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Virtual heart-rate sensor (follows your effort)</source>
        <translation>Capteur cardio virtuel (suit votre effort)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Bluetooth LE adapter was found on this computer. Plug one in, or try the virtual treadmill.</source>
        <translation>Aucun adaptateur Bluetooth LE trouvé sur cet ordinateur. Branchez-en un, ou essayez le tapis virtuel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bluetooth is switched off. Switch it on and scan again.</source>
        <translation>Le Bluetooth est désactivé. Activez-le et relancez la recherche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s Bluetooth service cannot be reached ({detail}). Start it (on Linux: the bluetooth service) and scan again.</source>
        <translation>Le service Bluetooth de cet ordinateur est injoignable ({detail}). Démarrez-le (sous Linux&#xa0;: le service bluetooth) et relancez la recherche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WalkCoach is not allowed to use Bluetooth ({detail}). Allow it in the system&apos;s settings; for a USB dongle, give your user access to it.</source>
        <translation>WalkCoach n&apos;a pas le droit d&apos;utiliser le Bluetooth ({detail}). Autorisez-le dans les paramètres du système&#xa0;; pour un dongle USB, donnez-y accès à votre utilisateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Bluetooth library bleak is not installed (pip install bleak).</source>
        <translation>La bibliothèque Bluetooth bleak n&apos;est pas installée (pip install bleak).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An HCI transport needs bumble, which is not installed ({install}). Or leave the HCI transport empty to use this computer&apos;s Bluetooth.</source>
        <translation>Un transport HCI nécessite bumble, qui n&apos;est pas installé ({install}). Ou laissez le transport HCI vide pour utiliser le Bluetooth de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{hci}” is not an HCI transport name ({detail}). Examples: {examples}.</source>
        <translation>«&#xa0;{hci}&#xa0;» n&apos;est pas un nom de transport HCI ({detail}). Exemples&#xa0;: {examples}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HCI transport {hci} cannot be opened ({detail}).</source>
        <translation>Impossible d&apos;ouvrir le transport HCI {hci} ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Bluetooth controller did not answer ({detail}).</source>
        <translation>Le contrôleur Bluetooth n&apos;a pas répondu ({detail}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is scanning for Bluetooth devices. Try again soon.</source>
        <translation>Un autre programme recherche des appareils Bluetooth. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scan failed: {detail}.</source>
        <translation>La recherche a échoué&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Appareils trouvés</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no radio</source>
        <translation>pas de radio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the app</source>
        <translation>dans l&apos;appli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not seen yet</source>
        <translation>pas encore vu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../walkcoach/devices/belt_coach.py" line="+46"/>
        <source>The treadmill is not connected: the session goes on when it is back.</source>
        <translation>Le tapis de course n&apos;est pas connecté&#xa0;: la séance reprendra à son retour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill is sending no data: the session goes on when it does.</source>
        <translation>Le tapis de course n&apos;envoie pas de données&#xa0;: la séance reprendra dès qu&apos;il en enverra à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the belt to slow down: the turn comes first.</source>
        <translation>Attendez que le tapis ralentisse&#xa0;: le demi-tour passe d&apos;abord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait. The belt is still slowing down.</source>
        <extracomment>Spoken while a turn waits for the belt to slow down.</extracomment>
        <translation>Attendez. Le tapis ralentit encore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming in {seconds}.</source>
        <extracomment>Shown while the session counts down to going on after a pause; {seconds} is 3, 2, 1.</extracomment>
        <translation>Reprise dans {seconds}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/controller.py" line="+299"/>
        <location filename="../../walkcoach/devices/hr_monitor.py" line="+141"/>
        <source>connecting took too long</source>
        <translation>la connexion a pris trop de temps</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/events.py" line="+37"/>
        <source>The safety key was pulled: the session is paused.</source>
        <translation>La clé de sécurité a été retirée&#xa0;: la séance est en pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill was stopped on the machine: the session is paused.</source>
        <translation>Le tapis de course a été arrêté sur la machine&#xa0;: la séance est en pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill was paused on the machine: the session is paused.</source>
        <translation>Le tapis de course a été mis en pause sur la machine&#xa0;: la séance est en pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another app took control of the treadmill: the session is paused.</source>
        <translation>Une autre appli a pris le contrôle du tapis de course&#xa0;: la séance est en pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill link was lost: the session is paused.</source>
        <translation>La liaison avec le tapis de course a été perdue&#xa0;: la séance est en pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill sent nothing for a while: the session is paused.</source>
        <translation>Le tapis de course n&apos;envoie plus rien depuis un moment&#xa0;: la séance est en pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The belt did not slow down for the turn: the session is paused.</source>
        <translation>Le tapis n&apos;a pas ralenti pour le demi-tour&#xa0;: la séance est en pause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The treadmill refused the turn speed: the session is paused.</source>
        <translation>Le tapis de course a refusé la vitesse de demi-tour&#xa0;: la séance est en pause.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The treadmill refused {command}: {result}.</source>
        <extracomment>{command} and {result} are the protocol&apos;s words (&quot;set target speed&quot;, &quot;not supported&quot;).</extracomment>
        <translation>Le tapis de course a refusé {command}&#xa0;: {result}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This treadmill cannot set its speed; {requested} km/h was skipped.</source>
        <translation>Ce tapis de course ne peut pas régler sa vitesse&#xa0;; {requested} km/h n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This treadmill cannot set its incline; {requested} % was skipped.</source>
        <translation>Ce tapis de course ne peut pas régler son inclinaison&#xa0;; {requested} % n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treadmill&apos;s speed is limited: {applied} km/h instead of {requested} km/h.</source>
        <translation>La vitesse du tapis de course est limitée&#xa0;: {applied} km/h au lieu de {requested} km/h.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The treadmill&apos;s incline is limited: {applied} % instead of {requested} %.</source>
        <translation>L&apos;inclinaison du tapis de course est limitée&#xa0;: {applied} % au lieu de {requested} %.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You set {value} km/h.</source>
        <extracomment>The user changed the belt&apos;s speed on the machine itself.</extracomment>
        <translation>Vous avez réglé {value} km/h.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You set {value} %.</source>
        <extracomment>The user changed the belt&apos;s incline on the machine itself.</extracomment>
        <translation>Vous avez réglé {value} %.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>Attendez&#xa0;: le tapis ralentit encore pour le demi-tour.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/hr_events.py" line="+17"/>
        <source>Heart-rate sensor</source>
        <translation>Capteur cardio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treadmill&apos;s heart rate</source>
        <translation>Fréquence cardiaque du tapis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>Le capteur cardio a perdu le contact avec la peau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The heart-rate sensor has contact again.</source>
        <translation>Le capteur cardio est de nouveau en contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No heart rate at the moment: it shows as --.</source>
        <extracomment>&quot;--&quot; is what the screen shows in place of a heart rate.</extracomment>
        <translation>Pas de fréquence cardiaque pour le moment&#xa0;: elle s&apos;affiche comme --.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The heart rate is back.</source>
        <translation>La fréquence cardiaque est revenue.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/scanning.py" line="+38"/>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no Bluetooth LE adapter found on this computer</source>
        <translation>aucun adaptateur Bluetooth LE trouvé sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bluetooth is switched off; switch it on and scan again</source>
        <translation>le Bluetooth est désactivé&#xa0;; activez-le et relancez la recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s Bluetooth service cannot be reached: {detail}</source>
        <translation>le service Bluetooth du système est injoignable&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed to use Bluetooth ({detail})</source>
        <translation>pas le droit d&apos;utiliser le Bluetooth ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Bluetooth library bleak is not installed (pip install bleak)</source>
        <translation>la bibliothèque Bluetooth bleak n&apos;est pas installée (pip install bleak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source} needs bumble, which is not installed ({install})</source>
        <extracomment>{source} is --hci or where the settings name the transport; {install} a pip command.</extracomment>
        <translation>{source} nécessite bumble, qui n&apos;est pas installé ({install})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source}: {hci!r} is not an HCI transport name ({detail}; for example {examples})</source>
        <translation>{source}&#xa0;: {hci!r} n&apos;est pas un nom de transport HCI ({detail}&#xa0;; par exemple {examples})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source}: cannot open {hci} ({detail})</source>
        <translation>{source}&#xa0;: impossible d&apos;ouvrir {hci} ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from the Bluetooth controller ({detail})</source>
        <translation>pas de réponse du contrôleur Bluetooth ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program is scanning for Bluetooth devices; try again</source>
        <translation>un autre programme recherche des appareils Bluetooth&#xa0;; réessayez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scan failed ({detail})</source>
        <translation>la recherche a échoué ({detail})</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_hr.py" line="+145"/>
        <source>the heart-rate sensor did not answer</source>
        <translation>le capteur cardio n&apos;a pas répondu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the heart-rate sensor went out of range</source>
        <translation>le capteur cardio est hors de portée</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_transport.py" line="+38"/>
        <source>the treadmill did not answer</source>
        <translation>le tapis de course n&apos;a pas répondu</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the treadmill went out of range</source>
        <translation>le tapis de course est hors de portée</translation>
    </message>
</context>
<context>
    <name>DistanceSource</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-102"/>
        <source>measured</source>
        <translation>mesurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly measured</source>
        <translation>partiellement mesurée</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location line="+25"/>
        <source>Your walking history will appear here</source>
        <translation>Votre historique de marche apparaîtra ici</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;Each session you finish (or stop early) is saved here automatically. After your first one you will see:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Minutes per week&lt;/b&gt;, forward and backward, as stacked bars;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your longest backward stretch&lt;/b&gt; in each session, climbing toward the 5-8 minutes without a break that the progression aims for;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;12-month calendar&lt;/b&gt; of the days you walked, with your current and longest streak;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;muscles you worked most&lt;/b&gt;, on the body diagram;&lt;/li&gt;&lt;li&gt;every &lt;b&gt;session&lt;/b&gt; with a chart of its segments, your &lt;b&gt;personal bests&lt;/b&gt;, and exports to CSV, JSON, TCX and FIT.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Chaque séance que vous terminez (ou arrêtez avant la fin) est enregistrée ici automatiquement. Après la première, vous verrez&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;les &lt;b&gt;minutes par semaine&lt;/b&gt;, en avant et en arrière, en barres empilées&#xa0;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;votre plus longue marche arrière&lt;/b&gt; de chaque séance, en progression vers les 5 à 8 minutes sans pause visées&#xa0;;&lt;/li&gt;&lt;li&gt;un &lt;b&gt;calendrier sur 12 mois&lt;/b&gt; des jours où vous avez marché, avec votre série actuelle et votre plus longue série&#xa0;;&lt;/li&gt;&lt;li&gt;les &lt;b&gt;muscles les plus sollicités&lt;/b&gt;, sur le schéma du corps&#xa0;;&lt;/li&gt;&lt;li&gt;chaque &lt;b&gt;séance&lt;/b&gt; avec un graphique de ses segments, vos &lt;b&gt;records personnels&lt;/b&gt;, et des exports en CSV, JSON, TCX et FIT.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Energy</name>
    <message>
        <location filename="../../walkcoach/core/energy.py" line="+26"/>
        <source>Backward walking is estimated at 1.18 x the forward figure (heart rate and oxygen uptake were 17-20 % higher backward at 5-10 % grade in Hooper et al. 2004).</source>
        <translation>La marche arrière est estimée à 1,18 fois la valeur de la marche avant (fréquence cardiaque et consommation d&apos;oxygène supérieures de 17 à 20 % en arrière sur une pente de 5 à 10 % dans Hooper et al. 2004).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Station (lunges and squats) energy is an estimate of about 5 METs.</source>
        <translation>L&apos;énergie des ateliers (fentes et squats) est estimée à environ 5 MET.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../walkcoach/core/files.py" line="+45"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pipe (FIFO)</source>
        <translation>un tube (FIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>is {kind}</source>
        <extracomment>Why a file was not read: &quot;is a folder&quot;, &quot;is a pipe (FIFO)&quot;.</extracomment>
        <translation>est {kind}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>is larger than {limit} bytes</source>
        <translation>dépasse {limit} octets</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The data folder {folder} can be read by other users (mode {mode}) and could not be made private: {reason}.</source>
        <translation>Le dossier de données {folder} est lisible par d&apos;autres utilisateurs (mode {mode}) et n&apos;a pas pu être rendu privé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder {folder} could be read by other users (mode {mode}); it is now yours alone (mode {private}).</source>
        <translation>Le dossier de données {folder} était lisible par d&apos;autres utilisateurs (mode {mode})&#xa0;; il n&apos;est plus accessible qu&apos;à vous (mode {private}).</translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+32"/>
        <source>it is a file, not a folder</source>
        <translation>c&apos;est un fichier, pas un dossier</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/first_run.py" line="+65"/>
        <location line="+5"/>
        <source>Welcome to WalkCoach</source>
        <translation>Bienvenue dans WalkCoach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WalkCoach times treadmill sessions that switch between walking forward and walking backward, and tells you when to turn, what speed to set and which muscles work.</source>
        <translation>WalkCoach chronomètre les séances sur tapis de course qui alternent marche avant et marche arrière, et vous indique quand faire demi-tour, quelle vitesse régler et quels muscles travaillent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only used to estimate the energy you use</source>
        <translation>Sert uniquement à estimer l&apos;énergie dépensée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body &amp;weight</source>
        <translation>&amp;Poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Walking backward safely</source>
        <translation>Marcher en arrière en toute sécurité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clip the treadmill&apos;s safety key to your clothes and clear the space around it.</source>
        <translation>Attachez la clé de sécurité du tapis à vos vêtements et dégagez l&apos;espace autour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the belt slowly facing forward; turn around only at a slow speed.</source>
        <translation>Démarrez le tapis lentement face à l&apos;avant&#xa0;; faites demi-tour seulement à vitesse lente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold the rails while you learn, keep your head up and do not look back over your shoulder.</source>
        <translation>Tenez les barres pendant l&apos;apprentissage, gardez la tête haute et ne regardez pas par-dessus votre épaule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin with short, slow backward spells of a minute or two; add time first, then speed, then incline.</source>
        <translation>Commencez par de courtes marches arrière lentes d&apos;une minute ou deux&#xa0;; augmentez d&apos;abord la durée, puis la vitesse, puis l&apos;inclinaison.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop if anything hurts or you feel unsteady. With balance or inner-ear problems, uncontrolled blood pressure, an acute back problem or a recent injury, ask a doctor first.</source>
        <translation>Arrêtez-vous en cas de douleur ou d&apos;instabilité. En cas de troubles de l&apos;équilibre ou de l&apos;oreille interne, d&apos;hypertension non contrôlée, de problème de dos aigu ou de blessure récente, demandez d&apos;abord l&apos;avis d&apos;un médecin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safety advice</source>
        <translation>Conseils de sécurité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Select “{name}” to begin ({total}, {backward} of it backward)</source>
        <translation>&amp;Choisir «&#xa0;{name}&#xa0;» pour commencer ({total}, dont {backward} en arrière)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the gentlest program</source>
        <translation>Choisir le programme le plus doux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Let&apos;s go</source>
        <translation>&amp;Allons-y</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>Pa&amp;sser</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../walkcoach/ui/app.py" line="+313"/>
        <source>The last session could not be saved to the history ({problem}). It is kept in {file} and will be added to the history at the next start that can write it.</source>
        <translation>La dernière séance n&apos;a pas pu être enregistrée dans l&apos;historique ({problem}). Elle est conservée dans {file} et sera ajoutée à l&apos;historique au prochain démarrage qui pourra l&apos;écrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last session could not be saved to the history ({problem}), nor kept in a recovery file ({why}).</source>
        <translation>La dernière séance n&apos;a pas pu être enregistrée dans l&apos;historique ({problem}), ni conservée dans un fichier de récupération ({why}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session not saved yet</source>
        <translation>Séance pas encore enregistrée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Speech is not available: {reason}.</source>
        <translation>La synthèse vocale n&apos;est pas disponible&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cue sounds still play.</source>
        <translation>Les signaux sonores restent actifs.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{problem}; the coach goes on silently.</source>
        <translation>{problem}&#xa0;; le coach continue en silence.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>History not saved yet: {problem}</source>
        <translation>Historique pas encore enregistré&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>HeartRateCoach</name>
    <message>
        <location filename="../../walkcoach/core/hr_coach.py" line="+29"/>
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>Fréquence cardiaque {bpm} au-dessus de votre plafond de {ceiling} bpm&#xa0;: ralentissez un peu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your heart rate is above your ceiling. Slow down a little.</source>
        <translation>Votre fréquence cardiaque dépasse votre plafond. Ralentissez un peu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>Fréquence cardiaque de nouveau sous {ceiling} bpm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch your breath: keep walking slowly. The turn comes when your heart rate is under {bpm} bpm.</source>
        <translation>Reprenez votre souffle&#xa0;: marchez lentement. Le demi-tour viendra quand votre fréquence cardiaque sera sous {bpm} bpm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catch your breath. The turn comes when your heart rate has settled.</source>
        <translation>Reprenez votre souffle. Le demi-tour viendra quand votre fréquence cardiaque sera redescendue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heart rate settled: get ready to turn.</source>
        <translation>Fréquence cardiaque redescendue&#xa0;: préparez-vous au demi-tour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited long enough: get ready to turn.</source>
        <translation>Assez attendu&#xa0;: préparez-vous au demi-tour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>Pas de fréquence cardiaque à attendre&#xa0;: préparez-vous au demi-tour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Going on without waiting: get ready to turn.</source>
        <translation>On continue sans attendre&#xa0;: préparez-vous au demi-tour.</translation>
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
        <translation>estimer d&apos;après mon âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum heart rate, beats a minute</source>
        <translation>Fréquence cardiaque maximale, battements par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age in years</source>
        <translation>Âge en années</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting heart rate, beats a minute</source>
        <translation>Fréquence cardiaque au repos, battements par minute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Maximum</source>
        <translation>&amp;Maximale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Age</source>
        <translation>Â&amp;ge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resting</source>
        <translation>Au &amp;repos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your zones</source>
        <translation>Vos zones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tell me when my heart rate is above</source>
        <translation>Me prévenir quand ma fréquence cardiaque dépasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the top of zone 4</source>
        <translation>le haut de la zone 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart-rate ceiling, beats a minute</source>
        <translation>Plafond de fréquence cardiaque, battements par minute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start each backward bout only when my heart rate has settled</source>
        <translation>Commencer chaque marche arrière seulement quand ma fréquence cardiaque est redescendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settled means under, beats a minute</source>
        <translation>Redescendue signifie sous, battements par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest wait, seconds</source>
        <translation>Attente maximale, secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under</source>
        <translation>sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting at most</source>
        <translation>en attendant au plus</translation>
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
        <translation>{low} bpm et plus ({pct} % et plus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{low}–{high} bpm ({lo_pct}–{hi_pct} %)</source>
        <translation>{low}–{high} bpm ({lo_pct}–{hi_pct} %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your maximum heart rate, or your age to estimate it, to see your zones.</source>
        <translation>Saisissez votre fréquence cardiaque maximale, ou votre âge pour l&apos;estimer, afin de voir vos zones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Maximum {max} bpm; the ceiling&apos;s default, the top of zone 4: {top} bpm.</source>
        <translation>Maximum {max} bpm&#xa0;; plafond par défaut, le haut de la zone 4&#xa0;: {top} bpm.</translation>
    </message>
</context>
<context>
    <name>HeartRateProgress</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+44"/>
        <source>Heart rate: reading the recorded sessions…</source>
        <translation>Fréquence cardiaque&#xa0;: lecture des séances enregistrées…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heart rate: {problem}</source>
        <translation>Fréquence cardiaque&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Heart rate: nothing recorded in the last 12 months. With a heart-rate sensor (a chest strap or watch) linked, this row shows your weekly time in each zone and your heart rate backward against forward at the same speed.</source>
        <translation>Fréquence cardiaque&#xa0;: rien d&apos;enregistré ces 12 derniers mois. Avec un capteur cardio associé (ceinture cardio ou montre), cette ligne montre votre temps hebdomadaire dans chaque zone et votre fréquence cardiaque en arrière comparée à l&apos;avant à la même vitesse.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time in zones: enter your maximum heart rate or your age in Preferences to see it.</source>
        <translation>Temps dans les zones&#xa0;: saisissez votre fréquence cardiaque maximale ou votre âge dans les Préférences pour le voir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time in zones: no heart rate recorded in the last 12 weeks.</source>
        <translation>Temps dans les zones&#xa0;: aucune fréquence cardiaque enregistrée ces 12 dernières semaines.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minutes in each heart-rate zone per week, the last 12 weeks: {names}</source>
        <translation>Minutes dans chaque zone de fréquence cardiaque par semaine, sur les 12 dernières semaines&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backward against forward: no speed walked both ways with a heart rate yet (each side needs a segment of over a minute).</source>
        <translation>Arrière contre avant&#xa0;: aucune vitesse encore marchée dans les deux sens avec une fréquence cardiaque (chaque sens demande un segment de plus d&apos;une minute).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your mean heart rate walking backward and forward at the same speed, from {backward_n} backward and {forward_n} forward segments in the last 12 months (the first 30 s of each left out): backward was {difference} bpm {word} on average.</source>
        <translation>Votre fréquence cardiaque moyenne en marche arrière et en marche avant à la même vitesse, d&apos;après {backward_n} segments en arrière et {forward_n} en avant sur les 12 derniers mois (sans les 30 premières secondes de chacun)&#xa0;: en arrière, elle était en moyenne {difference} bpm plus {word}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>basse</translation>
    </message>
</context>
<context>
    <name>HeartRateView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/hr_view.py" line="+76"/>
        <source>from the treadmill</source>
        <translation>du tapis de course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated zones</source>
        <translation>zones simulées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{bpm} bpm</source>
        <translation>{bpm} bpm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below zone 1</source>
        <translation>Sous la zone 1</translation>
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
au-dessus de votre plafond</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensor lost</source>
        <translation>capteur perdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no skin contact</source>
        <translation>pas de contact avec la peau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none from the treadmill</source>
        <translation>aucune fournie par le tapis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no heart rate</source>
        <translation>pas de fréquence cardiaque</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Virtual heart-rate sensor</source>
        <translation>Capteur cardio virtuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: connected</source>
        <translation>{name}&#xa0;: connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: connecting…</source>
        <translation>{name}&#xa0;: connexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: closed</source>
        <translation>{name}&#xa0;: fermé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: lost, trying again…</source>
        <translation>{name}&#xa0;: perdu, nouvelle tentative…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: lost, trying again… ({why})</source>
        <translation>{name}&#xa0;: perdu, nouvelle tentative… ({why})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>Le capteur cardio a perdu le contact avec la peau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>Fréquence cardiaque {bpm} au-dessus de votre plafond de {ceiling} bpm&#xa0;: ralentissez un peu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>Fréquence cardiaque de nouveau sous {ceiling} bpm.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Heart rate settled: get ready to turn.</source>
        <translation>Fréquence cardiaque redescendue&#xa0;: préparez-vous au demi-tour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waited long enough: get ready to turn.</source>
        <translation>Assez attendu&#xa0;: préparez-vous au demi-tour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>Pas de fréquence cardiaque à attendre&#xa0;: préparez-vous au demi-tour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going on without waiting: get ready to turn.</source>
        <translation>On continue sans attendre&#xa0;: préparez-vous au demi-tour.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Catch your breath: keep walking slowly.</source>
        <translation>Reprenez votre souffle&#xa0;: marchez lentement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn under {level} bpm</source>
        <translation>Demi-tour sous {level} bpm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {bpm}</source>
        <translation>actuellement {bpm}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now --</source>
        <translation>actuellement --</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {left} more</source>
        <translation>encore {left} au plus</translation>
    </message>
</context>
<context>
    <name>HeartRateZones</name>
    <message>
        <location filename="../../walkcoach/core/hr_zones.py" line="+25"/>
        <source>Very light</source>
        <translation>Très léger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Léger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Intense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the zones</source>
        <translation>Sous les zones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimated from your age with the Tanaka formula, 208 - 0.7 x age. It is an estimate: a real maximum can be 10 or more beats a minute either side, so enter yours if you know it.</source>
        <translation>Estimée d&apos;après votre âge avec la formule de Tanaka, 208 - 0,7 x âge. C&apos;est une estimation&#xa0;: le maximum réel peut s&apos;en écarter de 10 battements par minute ou plus, dans un sens ou dans l&apos;autre&#xa0;; saisissez le vôtre si vous le connaissez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zones on your heart-rate reserve (Karvonen): resting + % x (maximum - resting).</source>
        <translation>Zones calculées sur votre réserve cardiaque (Karvonen)&#xa0;: repos + % x (maximum - repos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones as a percentage of your maximum heart rate.</source>
        <translation>Zones en pourcentage de votre fréquence cardiaque maximale.</translation>
    </message>
</context>
<context>
    <name>HelperCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/helper_player.py" line="+83"/>
        <source>Sound is unavailable: the sound helper did not start</source>
        <translation>Son indisponible&#xa0;: l&apos;assistant audio n&apos;a pas démarré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sound is unavailable: the sound helper keeps failing</source>
        <translation>Son indisponible&#xa0;: l&apos;assistant audio échoue sans cesse</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Sound is unavailable: {reason}</source>
        <translation>Son indisponible&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+62"/>
        <source>Forward</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn</source>
        <translation>Demi-tour</translation>
    </message>
</context>
<context>
    <name>HistoryExports</name>
    <message>
        <location filename="../../walkcoach/ui/history/exports.py" line="+66"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training Center files (*.tcx)</source>
        <translation>Fichiers Training Center (*.tcx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIT files (*.fit)</source>
        <translation>Fichiers FIT (*.fit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as {fmt}</source>
        <translation>Exporter en {fmt}</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+188"/>
        <source>there are no recorded sessions to export</source>
        <translation>il n&apos;y a aucune séance enregistrée à exporter</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported: {m}</source>
        <translation>Rien n&apos;a été exporté&#xa0;: {m}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>choose a session in the list first</source>
        <translation>choisissez d&apos;abord une séance dans la liste</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export all sessions as &amp;CSV…</source>
        <translation>Exporter toutes les séances en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export all sessions as &amp;JSON…</source>
        <translation>Exporter toutes les séances en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the last session as &amp;TCX…</source>
        <translation>Exporter la dernière séance en TC&amp;X…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the last session as &amp;FIT…</source>
        <translation>Exporter la dernière séance en F&amp;IT…</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../walkcoach/ui/history/page.py" line="+198"/>
        <source>Export all as CSV…</source>
        <translation>Tout exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all as JSON…</source>
        <translation>Tout exporter en JSON…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progrès</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Muscles</source>
        <translation>&amp;Muscles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>Péri&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export session as TCX…</source>
        <translation>Exporter la séance en TCX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export session as FIT…</source>
        <translation>Exporter la séance en FIT…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete session…</source>
        <translation>Supprimer la séan&amp;ce…</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The history cannot be read: {error}</source>
        <translation>Impossible de lire l&apos;historique&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;{miles}&lt;/b&gt; miles in all</source>
        <translation>&lt;b&gt;{miles}&lt;/b&gt; miles au total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{km}&lt;/b&gt; km in all</source>
        <translation>&lt;b&gt;{km}&lt;/b&gt; km au total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; sessions &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; walked backward &amp;nbsp;·&amp;nbsp; {distance}</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; séances &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; en marche arrière &amp;nbsp;·&amp;nbsp; {distance}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} steps&lt;br&gt;&lt;small&gt;Dashed outline: planned time; filled bar: time walked. Green: forward; orange: backward; blue: rest; yellow: turn; purple: an exercise off the belt.&lt;/small&gt;</source>
        <translation>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} étapes&lt;br&gt;&lt;small&gt;Contour pointillé&#xa0;: temps prévu&#xa0;; barre pleine&#xa0;: temps marché. Vert&#xa0;: avant&#xa0;; orange&#xa0;: arrière&#xa0;; bleu&#xa0;: repos&#xa0;; jaune&#xa0;: demi-tour&#xa0;; violet&#xa0;: un exercice hors du tapis.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Distance: {distance} ({source})</source>
        <translation>Distance&#xa0;: {distance} ({source})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: {notes}</source>
        <translation>Notes&#xa0;: {notes}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Heart rate: mean {mean:.0f}, highest {high} bpm. Right: heart rate over the session, its steps shaded behind in the same colours.</source>
        <translation>Fréquence cardiaque&#xa0;: moyenne {mean:.0f}, maximum {high} bpm. À droite&#xa0;: la fréquence cardiaque au fil de la séance, avec ses étapes en fond dans les mêmes couleurs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No heart rate in this session (a heart-rate sensor records it).</source>
        <translation>Pas de fréquence cardiaque pour cette séance (un capteur cardio l&apos;enregistre).</translation>
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
        <translation>Plus longue marche arrière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most backward time in a session</source>
        <translation>Plus de temps en arrière dans une séance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest session</source>
        <translation>Plus longue séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steepest backward incline, held a minute</source>
        <translation>Plus forte inclinaison en arrière, tenue une minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastest backward speed, held a minute</source>
        <translation>Plus grande vitesse en arrière, tenue une minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest streak</source>
        <translation>Plus longue série</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <location filename="../../walkcoach/ui/history/wiring.py" line="+32"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your sessions, progress charts and exports (Ctrl+H again: back)</source>
        <translation>Vos séances, graphiques de progrès et exports (Ctrl+H à nouveau&#xa0;: retour)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Finish the current session first.</source>
        <translation>Terminez d&apos;abord la séance en cours.</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/link_view.py" line="+63"/>
        <source>Virtual treadmill</source>
        <translation>Tapis virtuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treadmill {name}</source>
        <translation>Tapis {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treadmill {address}</source>
        <translation>Tapis {address}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking control…</source>
        <translation>prise de contrôle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost, trying again…</source>
        <translation>perdu, nouvelle tentative…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {state}</source>
        <translation>{name}&#xa0;: {state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belt: {state}</source>
        <translation>Tapis&#xa0;: {state}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Belt now: {figures}</source>
        <translation>Tapis actuellement&#xa0;: {figures}</translation>
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
        <translation>La clé de sécurité a été retirée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill was stopped on the machine.</source>
        <translation>Le tapis de course a été arrêté sur la machine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill was paused on the machine.</source>
        <translation>Le tapis de course a été mis en pause sur la machine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another app took control of the treadmill.</source>
        <translation>Une autre appli a pris le contrôle du tapis de course.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill link was lost.</source>
        <translation>La liaison avec le tapis de course a été perdue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill stopped sending its speed.</source>
        <translation>Le tapis de course n&apos;envoie plus sa vitesse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The belt did not slow down for the turn.</source>
        <translation>Le tapis n&apos;a pas ralenti pour le demi-tour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The treadmill refused the turn speed.</source>
        <translation>Le tapis de course a refusé la vitesse de demi-tour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why} Press Space to go on.</source>
        <translation>{why} Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>Attendez&#xa0;: le tapis ralentit encore pour le demi-tour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Going on in {seconds}… (Space: wait)</source>
        <translation>Reprise dans {seconds}… (Espace&#xa0;: attendre)</translation>
    </message>
</context>
<context>
    <name>LoadDiagram</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+240"/>
        <source>work in this period, % of the muscle worked most (estimated)</source>
        <translation>travail sur cette période, % du muscle le plus sollicité (estimé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not worked in this period</source>
        <translation>Non sollicité sur cette période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share:.0f} % of the work of the muscle worked most in this period (estimated)</source>
        <translation>{share:.0f} % du travail du muscle le plus sollicité sur cette période (estimé)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../walkcoach/ui/main_window.py" line="+125"/>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pause / reprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip segment</source>
        <translation>Pa&amp;sser le segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous step</source>
        <translation>Étape p&amp;récédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top…</source>
        <translation>&amp;Arrêter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;readmill and heart rate…</source>
        <translation>&amp;Tapis de course et fréquence cardiaque…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workout view (full screen)</source>
        <translation>&amp;Vue entraînement (plein écran)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mini view</source>
        <translation>&amp;Mini-vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flash the window on each change</source>
        <translation>&amp;Faire clignoter la fenêtre à chaque changement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mute sounds</source>
        <translation>Couper les &amp;sons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Safety checklist before every backward session</source>
        <translation>&amp;Check-list de sécurité avant chaque séance avec marche arrière</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Safety checklist</source>
        <translation>&amp;Check-list de sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About WalkCoach</source>
        <translation>À &amp;propos de WalkCoach</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose a program first.</source>
        <translation>Choisissez d&apos;abord un programme.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stop the session?</source>
        <translation>Arrêter la séance&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the session now?</source>
        <translation>Arrêter la séance maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you have walked so far is kept in your history.</source>
        <translation>Ce que vous avez marché jusqu&apos;ici est conservé dans votre historique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sound off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound on</source>
        <translation>Son activé</translation>
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
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sound off (M)</source>
        <translation>Son coupé (M)</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <location filename="../../walkcoach/ui/window_hooks.py" line="+23"/>
        <source>&amp;Programs</source>
        <translation>&amp;Programmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit programs…</source>
        <translation>&amp;Modifier les programmes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New program…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import program…</source>
        <translation>&amp;Importer un programme…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
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
        <translation>Pause ou reprise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full view</source>
        <translation>Vue complète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the full window</source>
        <translation>Revenir à la fenêtre complète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the full coach window (Ctrl+M)</source>
        <translation>Revenir à la fenêtre complète du coach (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>MuscleLoadList</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-75"/>
        <source>Worked most</source>
        <translation>Les plus sollicités</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each muscle&apos;s work in this period compared with the muscle worked most (100 %): how hard it works, estimated from muscle-activity (EMG) studies, times the minutes you walked. The colours on the body follow the same scale.</source>
        <translation>Le travail de chaque muscle sur cette période comparé au muscle le plus sollicité (100 %)&#xa0;: son intensité, estimée d&apos;après des études d&apos;activité musculaire (EMG), multipliée par les minutes marchées. Les couleurs sur le corps suivent la même échelle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing walked in this period.</source>
        <translation>Aucune marche sur cette période.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;worked most (100 %)&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;le plus sollicité (100 %)&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;as much&lt;/small&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;du plus sollicité&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>MusclePanel</name>
    <message>
        <location filename="../../walkcoach/ui/coach/muscle_panel.py" line="+188"/>
        <source>Muscles worked</source>
        <translation>Muscles sollicités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coming next: {name}</source>
        <translation>À venir&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working now: {name}</source>
        <translation>En action&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimate</source>
        <translation>estimation</translation>
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
        <translation>Article marche arrière en montée et fessiers</translation>
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
        <translation>Étude EMG lombaire 2018</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lee et al. 2014</source>
        <translation>Lee et al. 2014</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking muscles articles</source>
        <translation>Articles sur les muscles de la marche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking backwards guide</source>
        <translation>Guide de la marche arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Sports Q&amp;A</source>
        <translation>Questions-réponses Project Sports</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/muscles.py" line="+54"/>
        <source>belt stopped / resting</source>
        <translation>tapis arrêté / repos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turning round on a slow belt (not counted as work)</source>
        <translation>demi-tour sur un tapis lent (non compté comme effort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} (estimated profile for lunges and squats)</source>
        <translation>{reason} (profil estimé pour les fentes et les squats)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>WalkCoach estimate</source>
        <extracomment>The source of a figure WalkCoach assumed where no article gives one (beside a muscle&apos;s figure).</extracomment>
        <translation>Estimation WalkCoach</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Rectus femoris</source>
        <translation>Droit fémoral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadriceps</source>
        <translation>Quadriceps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straightens the knee and helps lift the thigh; the one quadriceps muscle that crosses the hip.</source>
        <translation>Tend le genou et aide à lever la cuisse&#xa0;; le seul muscle du quadriceps qui franchit la hanche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Straightens the knee as your weight passes over the foot, then helps swing the thigh through.</source>
        <translation>Tend le genou quand votre poids passe au-dessus du pied, puis aide à ramener la cuisse vers l&apos;avant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works hardest here: it brakes the bent-knee landing behind you, then straightens the knee to push away.</source>
        <translation>Travaille le plus ici&#xa0;: il freine la réception genou fléchi derrière vous, puis tend le genou pour vous repousser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deep knee bends under body weight are the quadriceps&apos; main job.</source>
        <translation>Les flexions profondes des genoux au poids du corps sont le rôle principal du quadriceps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vastus lateralis</source>
        <translation>Vaste latéral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The large outer thigh muscle; straightens the knee and takes the load when you land.</source>
        <translation>Le grand muscle de l&apos;extérieur de la cuisse&#xa0;; tend le genou et encaisse la charge quand vous posez le pied.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cushions each landing and keeps the knee firm while you stand on that leg.</source>
        <translation>Amortit chaque appui et garde le genou stable pendant que vous êtes sur cette jambe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controls the bent knee as you land behind yourself, then drives it straight to push off; steep backward walking loads it most of all.</source>
        <translation>Contrôle le genou fléchi quand vous posez le pied derrière vous, puis le tend pour pousser&#xa0;; la marche arrière en forte pente le sollicite plus que tout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carries much of the body weight out of the bottom of each lunge and squat.</source>
        <translation>Porte une grande partie du poids du corps pour remonter du bas de chaque fente et de chaque squat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vastus medialis</source>
        <translation>Vaste médial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inner thigh teardrop; straightens the knee and keeps the kneecap on track.</source>
        <translation>La «&#xa0;goutte d&apos;eau&#xa0;» de l&apos;intérieur de la cuisse&#xa0;; tend le genou et maintient la rotule dans son axe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the kneecap tracking and helps hold the knee straight in stance.</source>
        <translation>Guide la rotule et aide à garder le genou tendu pendant l&apos;appui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The knee lands bent behind you, so this muscle must straighten it against your body weight every step.</source>
        <translation>Le genou se pose fléchi derrière vous&#xa0;: ce muscle doit donc le tendre contre le poids du corps à chaque pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works hard near the bottom of squats and lunges where the knee bends most.</source>
        <translation>Travaille dur en bas des squats et des fentes, là où le genou plie le plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tibialis anterior</source>
        <translation>Tibial antérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shin</source>
        <translation>Avant de la jambe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raises the toes and front of the foot and lowers the foot gently after it lands.</source>
        <translation>Relève les orteils et l&apos;avant du pied, et repose le pied en douceur après l&apos;appui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifts the foot clear of the belt in swing and sets it down softly after the heel lands.</source>
        <translation>Soulève le pied au-dessus du tapis quand la jambe avance et le repose en douceur après la pose du talon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busier than forward: you reach back toes first and roll onto the heel, and the shin muscle controls that roll.</source>
        <translation>Plus sollicité qu&apos;en avant&#xa0;: vous posez d&apos;abord les orteils derrière vous puis déroulez jusqu&apos;au talon, et c&apos;est ce muscle qui contrôle ce déroulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps you balanced over your feet in lunges and squats; light work.</source>
        <translation>Vous garde en équilibre sur vos pieds pendant les fentes et les squats&#xa0;; travail léger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peroneals</source>
        <translation>Fibulaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower leg</source>
        <translation>Jambe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run down the outside of the shin; steady the ankle and help the foot push off.</source>
        <translation>Longent l&apos;extérieur de la jambe&#xa0;; stabilisent la cheville et aident le pied à pousser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankle against rolling in or out while the foot carries your weight.</source>
        <translation>Empêchent la cheville de se tordre vers l&apos;intérieur ou l&apos;extérieur pendant que le pied porte votre poids.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Landing on the forefoot behind you needs more side-to-side ankle control.</source>
        <translation>Se poser sur l&apos;avant du pied derrière vous demande plus de contrôle latéral de la cheville.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankles while you balance in a lunge.</source>
        <translation>Stabilisent les chevilles pendant que vous tenez l&apos;équilibre en fente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip flexors</source>
        <translation>Fléchisseurs de la hanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iliopsoas and tensor fasciae latae at the front of the hip; swing the thigh forward.</source>
        <translation>Ilio-psoas et tenseur du fascia lata, à l&apos;avant de la hanche&#xa0;; portent la cuisse vers l&apos;avant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pulls the thigh forward to start each swing of the leg.</source>
        <translation>Tirent la cuisse vers l&apos;avant pour lancer chaque pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly lengthened rather than worked, since the leg reaches back behind you; a welcome stretch after sitting.</source>
        <translation>Surtout étirés plutôt que sollicités, puisque la jambe part derrière vous&#xa0;; un étirement bienvenu après la position assise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brings the leg forward into each new lunge step.</source>
        <translation>Ramènent la jambe vers l&apos;avant à chaque nouvelle fente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip adductors</source>
        <translation>Adducteurs de la hanche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adductors</source>
        <translation>Adducteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner thigh muscles; pull the legs toward the midline and help hold the pelvis steady.</source>
        <translation>Muscles de l&apos;intérieur de la cuisse&#xa0;; rapprochent les jambes de l&apos;axe du corps et aident à stabiliser le bassin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the ring of muscles round the pelvis that keeps it steady each step.</source>
        <translation>Font partie de la ceinture de muscles autour du bassin qui le stabilise à chaque pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the legs tracking straight and the pelvis steady while you cannot see where you step.</source>
        <translation>Gardent les jambes bien alignées et le bassin stable alors que vous ne voyez pas où vous posez le pied.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the thighs steady in deep squats and lunges.</source>
        <translation>Stabilisent les cuisses dans les squats profonds et les fentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectus abdominis</source>
        <translation>Droit de l&apos;abdomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core</source>
        <translation>Sangle abdominale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The front abdominal wall; keeps the trunk firm so the legs have a stable base.</source>
        <translation>La paroi avant de l&apos;abdomen&#xa0;; garde le tronc gainé pour offrir aux jambes une base stable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firms the trunk with every step so the legs push from a stable base.</source>
        <translation>Gaine le tronc à chaque pas pour que les jambes poussent depuis une base stable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works more for balance: it holds you upright while you move without looking.</source>
        <translation>Travaille davantage pour l&apos;équilibre&#xa0;: il vous maintient à la verticale pendant que vous vous déplacez sans regarder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Braces the trunk so the back stays neutral in squats.</source>
        <translation>Gaine le tronc pour que le dos reste neutre pendant les squats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obliques</source>
        <translation>Obliques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side abdominals; control the twist and side bend of the trunk.</source>
        <translation>Abdominaux latéraux&#xa0;; contrôlent la rotation et l&apos;inclinaison latérale du tronc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls the small twist of trunk and pelvis in each stride.</source>
        <translation>Contrôlent la légère rotation du tronc et du bassin à chaque foulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes a bigger share of the balance work while you move in reverse.</source>
        <translation>Assurent une plus grande part du travail d&apos;équilibre quand vous vous déplacez en arrière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the trunk from twisting as you step into lunges.</source>
        <translation>Empêchent le tronc de pivoter quand vous descendez en fente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltoids</source>
        <translation>Deltoïdes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shoulders</source>
        <translation>Épaules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap the shoulders; swing the arms, far more when you pump them in power walking.</source>
        <translation>Recouvrent les épaules&#xa0;; balancent les bras, bien plus quand vous les actionnez avec énergie en marche sportive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swings the arms; much busier when you drive the arms up in power walking.</source>
        <translation>Balancent les bras&#xa0;; bien plus sollicités quand vous montez les bras avec énergie en marche sportive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Little work: the arm swing is smaller and the hands often rest on the rails.</source>
        <translation>Peu de travail&#xa0;: le balancement des bras est plus réduit et les mains reposent souvent sur les barres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only steadies the arms during lunges and squats.</source>
        <translation>Se contentent de stabiliser les bras pendant les fentes et les squats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gluteus maximus</source>
        <translation>Grand fessier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glutes</source>
        <translation>Fessiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The biggest hip muscle; drives the thigh backward and keeps hip and pelvis steady.</source>
        <translation>Le plus gros muscle de la hanche&#xa0;; tire la cuisse vers l&apos;arrière et stabilise la hanche et le bassin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushes the leg back behind you; on a flat belt momentum helps, uphill it must lift you.</source>
        <translation>Pousse la jambe vers l&apos;arrière&#xa0;; sur un tapis à plat, l&apos;élan aide, en montée il doit vous hisser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extends the hip hard as the leg reaches back and stays switched on through the whole stride.</source>
        <translation>Étend fortement la hanche quand la jambe part vers l&apos;arrière et reste actif pendant toute la foulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drives you up out of each lunge and squat.</source>
        <translation>Vous fait remonter de chaque fente et de chaque squat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gluteus medius</source>
        <translation>Moyen fessier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the side of the hip; holds the pelvis level on the standing leg and moves the thigh out.</source>
        <translation>Sur le côté de la hanche&#xa0;; garde le bassin horizontal sur la jambe d&apos;appui et écarte la cuisse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the pelvis level each time you stand on one leg; busier at a brisk pace.</source>
        <translation>Garde le bassin horizontal chaque fois que vous êtes sur une jambe&#xa0;; plus sollicité à allure soutenue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies pelvis and hip while the leg reaches back without your eyes to guide it.</source>
        <translation>Stabilise le bassin et la hanche pendant que la jambe part vers l&apos;arrière sans que vos yeux la guident.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stops the knee from caving in and the pelvis from dropping in lunges.</source>
        <translation>Empêche le genou de rentrer vers l&apos;intérieur et le bassin de s&apos;affaisser pendant les fentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Biceps femoris</source>
        <translation>Biceps fémoral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hamstrings</source>
        <translation>Ischio-jambiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outer hamstring; bends the knee, helps straighten the hip and brakes the swinging leg.</source>
        <translation>L&apos;ischio-jambier externe&#xa0;; fléchit le genou, aide à étendre la hanche et freine la jambe qui avance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slows the swinging leg before it lands and helps straighten the hip at push-off.</source>
        <translation>Freine la jambe qui avance avant qu&apos;elle se pose et aide à étendre la hanche à la poussée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brakes the leg and steadies the knee; it is also stretched, which helps flexibility.</source>
        <translation>Freine la jambe et stabilise le genou&#xa0;; il est aussi étiré, ce qui favorise la souplesse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helps the glutes straighten the hip as you rise from a lunge.</source>
        <translation>Aide les fessiers à étendre la hanche quand vous remontez d&apos;une fente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semitendinosus</source>
        <translation>Semi-tendineux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An inner hamstring; bends the knee, extends the hip and steadies the knee from inside.</source>
        <translation>Un ischio-jambier interne&#xa0;; fléchit le genou, étend la hanche et stabilise le genou par l&apos;intérieur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brakes the swing and assists hip extension from the inner back of the thigh.</source>
        <translation>Freine la jambe qui avance et participe à l&apos;extension de la hanche depuis l&apos;arrière de la cuisse, côté interne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds the knee steady as it bends on landing and helps guide the leg back.</source>
        <translation>Stabilise le genou quand il fléchit à la pose du pied et aide à guider la jambe vers l&apos;arrière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works with the other hamstrings to control the knee in lunges.</source>
        <translation>Travaille avec les autres ischio-jambiers pour contrôler le genou pendant les fentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gastrocnemius</source>
        <translation>Gastrocnémien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calves</source>
        <translation>Mollets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visible calf muscle; lifts the heel to push off and helps bend the knee.</source>
        <translation>Le muscle visible du mollet&#xa0;; soulève le talon pour la poussée et aide à fléchir le genou.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of the hardest-working walking muscles: it raises the heel to push you on.</source>
        <translation>L&apos;un des muscles qui travaillent le plus à la marche&#xa0;: il soulève le talon pour vous propulser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less work than forward: the push-off is reversed and much of the ankle work moves to the shin.</source>
        <translation>Moins de travail qu&apos;en avant&#xa0;: la poussée est inversée et une grande partie du travail de la cheville passe à l&apos;avant de la jambe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps balance on the balls of the feet in lunges; light work.</source>
        <translation>Maintient l&apos;équilibre sur l&apos;avant des pieds pendant les fentes&#xa0;; travail léger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soleus</source>
        <translation>Soléaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deep calf muscle; pushes off through the ankle and keeps the shin from tipping forward.</source>
        <translation>Le muscle profond du mollet&#xa0;; pousse par la cheville et empêche le tibia de basculer vers l&apos;avant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pushes off through the ankle every step; works harder at a brisk pace.</source>
        <translation>Pousse par la cheville à chaque pas&#xa0;; travaille davantage à allure soutenue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steadies the ankle and lowers the heel under control: a push-off run in reverse.</source>
        <translation>Stabilise la cheville et abaisse le talon de façon contrôlée&#xa0;: une poussée à l&apos;envers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the ankle steady as the shin tilts over the foot in squats.</source>
        <translation>Stabilise la cheville quand le tibia s&apos;incline au-dessus du pied pendant les squats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erector spinae</source>
        <translation>Érecteurs du rachis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The long muscles either side of the spine; hold the back upright with the abdominals.</source>
        <translation>Les longs muscles de chaque côté de la colonne&#xa0;; maintiennent le dos droit avec les abdominaux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds the spine upright together with the abdominals.</source>
        <translation>Maintiennent la colonne droite avec les abdominaux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More active than forward: you stand taller walking backward and these muscles hold that upright trunk.</source>
        <translation>Plus actifs qu&apos;en avant&#xa0;: vous vous redressez davantage en marche arrière et ces muscles maintiennent le tronc ainsi redressé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeps the back straight as you lean into squats and lunges.</source>
        <translation>Gardent le dos droit quand vous vous penchez dans les squats et les fentes.</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../walkcoach/ui/coach/paused_overlay.py" line="+30"/>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../walkcoach/ui/plan/page.py" line="+136"/>
        <source>The active plan &apos;%1&apos; is not known to this WalkCoach.</source>
        <translation>Le plan d&apos;entraînement actif «&#xa0;%1&#xa0;» est inconnu de ce WalkCoach.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Training plans</source>
        <translation>Plans d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A plan puts weeks of sessions on the weekdays you choose, moves a missed one to the next free day and waits a week when a session hurt or felt too hard. Pick one to start:</source>
        <translation>Un plan d&apos;entraînement répartit des semaines de séances sur les jours que vous choisissez, reporte une séance manquée au prochain jour libre et garde le même niveau une semaine de plus quand une séance a fait mal ou a paru trop dure. Choisissez-en un pour commencer&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no day left</source>
        <translation>plus de jour libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day %1: %2</source>
        <translation>Jour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%v of %m sessions</source>
        <translation>Séances&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (again)</source>
        <translation> (à nouveau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;This week: week %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cette semaine&#xa0;: semaine %1 sur %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>active minutes</source>
        <translation>minutes actives</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward minutes</source>
        <translation>minutes en arrière</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This week: %1 of %2 %3</source>
        <translation>Cette semaine&#xa0;: %1 sur %2 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>★ Week %1</source>
        <translation>★ Semaine %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed on %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Weeks ahead&lt;/b&gt;</source>
        <translation>&lt;b&gt;Semaines à venir&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week %1 from %2: %3 x %4</source>
        <translation>Semaine %1 à partir du %2&#xa0;: %3 séances, %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and %1 more weeks</source>
        <translation>… et %1 semaines de plus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Walk today&apos;s session</source>
        <translation>Faire la séance du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip a session</source>
        <translation>Passer une séance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart week</source>
        <translation>Refaire la semaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendar file…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>End plan</source>
        <translation>Terminer le plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End this plan? Your recorded sessions are kept.</source>
        <translation>Terminer ce plan d&apos;entraînement&#xa0;? Vos séances enregistrées sont conservées.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save calendar file</source>
        <translation>Enregistrer le fichier calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar file</source>
        <translation>Fichier calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the file: %1</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlanWiring</name>
    <message>
        <location filename="../../walkcoach/ui/plan/wiring.py" line="+18"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Time for your walk</source>
        <translation>C&apos;est l&apos;heure de votre marche</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Today&apos;s plan session: %1</source>
        <translation>Aujourd&apos;hui, séance du plan&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use it</source>
        <translation>L&apos;utiliser</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-285"/>
        <source>Back relief, three weeks</source>
        <translation>Soulager le dos, trois semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three weeks of the Back relief walk, three times a week: 15 minutes of slow backward walking each time, with the safety key clipped on and, once steady, hands off the rails.</source>
        <translation>Trois semaines de «&#xa0;Marche pour soulager le dos&#xa0;», trois fois par semaine&#xa0;: 15 minutes de marche arrière lente à chaque fois, clé de sécurité attachée et, une fois à l&apos;aise, sans tenir les barres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Walking Backwards on the Treadmill”, a personal trainer&apos;s post on backward walking for back pain (15 minutes, 3 times a week, 3 weeks)</source>
        <translation>«&#xa0;Walking Backwards on the Treadmill&#xa0;», l&apos;article d&apos;un coach sportif sur la marche arrière contre le mal de dos (15 minutes, 3 fois par semaine, pendant 3 semaines)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toward 150 minutes a week</source>
        <translation>Vers 150 minutes par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brisk walks on more days each week, from five to every day, toward 150 active minutes a week; every walk you record counts toward the weekly bar, not only the plan&apos;s.</source>
        <translation>Des marches rapides sur un nombre de jours croissant chaque semaine, de cinq jours à tous les jours, vers 150 minutes actives par semaine&#xa0;; chaque marche que vous enregistrez compte pour la barre hebdomadaire, pas seulement celles du plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Which muscles are used when you walk?” (quoting the NHS target of 150 active minutes a week)</source>
        <translation>«&#xa0;Which muscles are used when you walk?&#xa0;» (qui cite l&apos;objectif du NHS britannique de 150 minutes actives par semaine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily retro, four weeks</source>
        <translation>Marche rétro quotidienne, quatre semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Daily retro walk three times a week for two weeks, then four times a week: 10-15 minutes of backward walking each time.</source>
        <translation>La «&#xa0;Marche rétro quotidienne&#xa0;» trois fois par semaine pendant deux semaines, puis quatre fois par semaine&#xa0;: 10 à 15 minutes de marche arrière à chaque fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Exercise to isolate the leg stability muscles used when walking backwards?”, a sports questions-and-answers page</source>
        <translation>«&#xa0;Exercise to isolate the leg stability muscles used when walking backwards?&#xa0;», une page de questions-réponses sur le sport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Glute focus, four weeks</source>
        <translation>Spécial fessiers, quatre semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glute focus intervals twice a week for two weeks, then three times a week: 5-10 minutes of backward walking each time, split into short stretches.</source>
        <translation>Les «&#xa0;Intervalles spécial fessiers&#xa0;» deux fois par semaine pendant deux semaines, puis trois fois par semaine&#xa0;: 5 à 10 minutes de marche arrière à chaque fois, réparties en courtes séquences.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article on walking backwards uphill and gluteus maximus EMG (its weekly dose)</source>
        <translation>Un article sur la marche arrière en montée et l&apos;EMG du grand fessier (sa dose hebdomadaire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward progression, twelve weeks</source>
        <translation>Progression en marche arrière, douze semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with 2-minute backward stretches on a 3 % slope and add 30 s every week until you walk 5 minutes without a break; then keep the time and make it one step steeper each week, up to 8 %. Never faster: the plan grows in time and slope only.</source>
        <translation>Commencez par des marches arrière de 2 minutes sur une pente de 3 % et ajoutez 30 s chaque semaine jusqu&apos;à marcher 5 minutes sans pause&#xa0;; gardez ensuite la durée et augmentez la pente d&apos;un cran chaque semaine, jusqu&apos;à 8 %. Jamais plus vite&#xa0;: le plan progresse uniquement en durée et en pente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article on walking backwards uphill and gluteus maximus EMG (its progression advice)</source>
        <translation>Un article sur la marche arrière en montée et l&apos;EMG du grand fessier (ses conseils de progression)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/builtin.py" line="+61"/>
        <source>program &apos;{id}&apos; (not found)</source>
        <translation>programme «&#xa0;{id}&#xa0;» (introuvable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{program}, {time} total</source>
        <translation>{program}, {time} au total</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+40"/>
        <source>backward {time} x {rounds} on {incline} %</source>
        <translation>marche arrière {time} x {rounds} sur {incline} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backward {time} x {rounds}</source>
        <translation>marche arrière {time} x {rounds}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{plan}: week {week}</source>
        <translation>{plan}&#xa0;: semaine {week}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week {week} of the plan: {bout}, a slow turn before and after each backward stretch.</source>
        <translation>Semaine {week} du plan&#xa0;: {bout}, avec un demi-tour lent avant et après chaque marche arrière.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/schedule.py" line="+73"/>
        <source>Week {week}, day {day}: {title}</source>
        <translation>Semaine {week}, jour {day}&#xa0;: {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>Plan complete on {day}: all %n week(s) walked.</source>
        <translation>
            <numerusform>Plan terminé le {day}&#xa0;: %n semaine faite.</numerusform>
            <numerusform>Plan terminé le {day}&#xa0;: les %n semaines sont faites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Plan complete: all %n week(s) walked.</source>
        <translation>
            <numerusform>Plan terminé&#xa0;: %n semaine faite.</numerusform>
            <numerusform>Plan terminé&#xa0;: les %n semaines sont faites.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan is paused: nothing is missed until you resume it.</source>
        <translation>Le plan est en pause&#xa0;: aucune séance n&apos;est manquée tant que vous ne le reprenez pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today: {session}.</source>
        <translation>Aujourd&apos;hui&#xa0;: {session}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: {session}, {day}.</source>
        <translation>Prochaine séance ({day})&#xa0;: {session}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No session left this week: the week is walked again from Monday.</source>
        <translation>Plus de séance cette semaine&#xa0;: la semaine est refaite à partir de lundi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) was marked with pain.</source>
        <translation>La semaine {week} est refaite à partir du {monday}, car votre dernière séance ({day}) a été marquée comme douloureuse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week} is walked again from {monday} because a session on {day} was marked with pain.</source>
        <translation>La semaine {week} est refaite à partir du {monday}, car une séance du {day} a été marquée comme douloureuse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) felt very hard.</source>
        <translation>La semaine {week} est refaite à partir du {monday}, car votre dernière séance ({day}) a paru très dure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week {week} is walked again from {monday} because your last session ({day}) was cut short.</source>
        <translation>La semaine {week} est refaite à partir du {monday}, car votre dernière séance ({day}) a été écourtée.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Week 1 starts on {day}: the days you chose left in this week cannot hold all its sessions.</source>
        <translation>La semaine 1 commence le {day}&#xa0;: les jours choisis qui restent cette semaine ne suffisent pas pour toutes ses séances.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You paused the plan on {day}: no session counts as missed until you resume it.</source>
        <translation>Vous avez mis le plan en pause le {day}&#xa0;: aucune séance n&apos;est comptée comme manquée tant que vous ne le reprenez pas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You resumed the plan on {day} after a pause in an earlier week: week {week} starts over.</source>
        <translation>Vous avez repris le plan le {day} après une pause commencée une semaine précédente&#xa0;: la semaine {week} recommence.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You resumed the plan on {day}: the sessions left this week go on the free days left.</source>
        <translation>Vous avez repris le plan le {day}&#xa0;: les séances restantes de la semaine passent sur les jours libres restants.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Week {week} starts on {day}: the days left this week cannot hold its sessions.</source>
        <translation>La semaine {week} commence le {day}&#xa0;: les jours restants de cette semaine ne suffisent pas pour ses séances.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You restarted week {week} on {day}: all its sessions are to do again from today.</source>
        <translation>Vous avez recommencé la semaine {week} le {day}&#xa0;: toutes ses séances sont à refaire à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You restarted week {week}: it starts again on {day}, as the days left this week cannot hold its sessions.</source>
        <translation>Vous avez recommencé la semaine {week}&#xa0;: elle reprend le {day}, car les jours restants de cette semaine ne suffisent pas pour ses séances.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You skipped week {week}, day {day}: the week can be complete without it.</source>
        <translation>Vous avez passé la semaine {week}, jour {day}&#xa0;: la semaine peut être terminée sans cette séance.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Week {week}, day {number} was walked early, on {day}.</source>
        <translation>Semaine {week}, jour {number}&#xa0;: séance faite en avance (le {day}).</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Week {week} ended with {done} of %n session(s) done: it is walked again from {day}.</source>
        <translation>
            <numerusform>La semaine {week} s&apos;est terminée avec {done} séance faite sur %n prévue&#xa0;: elle est refaite (à partir du {day}).</numerusform>
            <numerusform>La semaine {week} s&apos;est terminée (séances faites&#xa0;: {done} sur %n)&#xa0;: elle est refaite (à partir du {day}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was cut short: moved to {day}, the next free day.</source>
        <translation>La séance du {weekday} (semaine {week}, jour {number}) a été écourtée&#xa0;: reportée au {day}, le prochain jour libre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was not walked: moved to {day}, the next free day.</source>
        <translation>La séance du {weekday} (semaine {week}, jour {number}) n&apos;a pas été faite&#xa0;: reportée au {day}, le prochain jour libre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was cut short, and no free day is left this week: it stays missed.</source>
        <translation>La séance du {weekday} (semaine {week}, jour {number}) a été écourtée et il ne reste aucun jour libre cette semaine&#xa0;: elle reste manquée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{weekday}&apos;s session (week {week}, day {number}) was not walked, and no free day is left this week: it stays missed.</source>
        <translation>La séance du {weekday} (semaine {week}, jour {number}) n&apos;a pas été faite et il ne reste aucun jour libre cette semaine&#xa0;: elle reste manquée.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Week {week} done, the last of the plan: the plan is complete.</source>
        <translation>Semaine {week} terminée, la dernière du plan&#xa0;: le plan est terminé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week {week} done: week {next} starts on {day}.</source>
        <translation>Semaine {week} terminée&#xa0;: le {day}, la semaine {next} commence.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/model.py" line="+145"/>
        <source>no weekdays given (e.g. mon,wed,fri)</source>
        <translation>aucun jour de la semaine indiqué (p. ex. mon,wed,fri)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown weekday &apos;{name}&apos; (use {days})</source>
        <extracomment>{days} are the weekday ids the command line takes: mon,tue,wed,...</extracomment>
        <translation>jour de la semaine inconnu «&#xa0;{name}&#xa0;» (utilisez {days})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekday &apos;{name}&apos; is given twice</source>
        <translation>le jour «&#xa0;{name}&#xa0;» est indiqué deux fois</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/state.py" line="+71"/>
        <source>&apos;{text}&apos; is not a time of day as HH:MM (e.g. 07:30)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une heure au format HH:MM (p. ex. 07:30)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this is not a WalkCoach plan state file</source>
        <translation>ce n&apos;est pas un fichier d&apos;état de plan WalkCoach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan state file has no valid &apos;version&apos;</source>
        <translation>le fichier d&apos;état du plan n&apos;a pas de «&#xa0;version&#xa0;» valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan state file is version {version}, written by a newer WalkCoach; this one reads up to version {known}</source>
        <translation>le fichier d&apos;état du plan est en version {version}, écrit par un WalkCoach plus récent&#xa0;; celui-ci lit jusqu&apos;à la version {known}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;plan_id&apos; must be text</source>
        <translation>«&#xa0;plan_id&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;days&apos; must be a list of weekdays</source>
        <translation>«&#xa0;days&#xa0;» doit être une liste de jours de la semaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;tz&apos; must be a time zone name</source>
        <translation>«&#xa0;tz&#xa0;» doit être un nom de fuseau horaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;alarm_before_min&apos; must be 0-{most} minutes</source>
        <translation>«&#xa0;alarm_before_min&#xa0;» doit être entre 0 et {most} minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown plan event {event}</source>
        <translation>événement de plan inconnu {event}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;ics_path&apos; must be text</source>
        <translation>«&#xa0;ics_path&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan state file has no &apos;{field}&apos;</source>
        <translation>le fichier d&apos;état du plan n&apos;a pas de champ «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan state file is damaged: {reason}</source>
        <translation>le fichier d&apos;état du plan est endommagé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large to be a plan state file</source>
        <translation>{path} est trop volumineux pour être un fichier d&apos;état de plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not valid JSON</source>
        <translation>{path} n&apos;est pas du JSON valide</translation>
    </message>
</context>
<context>
    <name>ProgramCheck</name>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/model.py" line="+80"/>
        <source>{problem} (and %n more problem(s))</source>
        <translation>
            <numerusform>{problem} (et %n autre problème)</numerusform>
            <numerusform>{problem} (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>The coach adds a {seconds} s turn at %n place(s) where the direction changes.</source>
        <translation>
            <numerusform>Le coach ajoute un demi-tour de {seconds} s à %n endroit où la direction change.</numerusform>
            <numerusform>Le coach ajoute un demi-tour de {seconds} s aux %n endroits où la direction change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/parsing.py" line="+94"/>
        <source>a number of %n digit(s)</source>
        <translation>
            <numerusform>un nombre de %n chiffre</numerusform>
            <numerusform>un nombre de %n chiffres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown field &apos;{name}&apos;; did you mean &apos;{hint}&apos;?</source>
        <translation>champ inconnu «&#xa0;{name}&#xa0;»&#xa0;; vouliez-vous dire «&#xa0;{hint}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown field &apos;{name}&apos; (allowed: {allowed})</source>
        <translation>champ inconnu «&#xa0;{name}&#xa0;» (champs permis&#xa0;: {allowed})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be a number (got {got})</source>
        <translation>doit être un nombre (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is far too large (got {got})</source>
        <translation>est beaucoup trop grand (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a finite number (got {got})</source>
        <translation>doit être un nombre fini (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be text (got {got})</source>
        <translation>doit être du texte (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is too long ({length} characters, at most {most})</source>
        <translation>est trop long ({length} caractères, au plus {most})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a segment must be an object (got {got})</source>
        <translation>un segment doit être un objet (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing field &apos;kind&apos; (one of: {kinds})</source>
        <translation>champ «&#xa0;kind&#xa0;» manquant (l&apos;une des valeurs&#xa0;: {kinds})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind {got} (one of: {kinds})</source>
        <translation>type inconnu {got} (l&apos;une des valeurs&#xa0;: {kinds})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &apos;duration_s&apos; (seconds)</source>
        <translation>champ «&#xa0;duration_s&#xa0;» manquant (en secondes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be at least {least} seconds (got {got})</source>
        <translation>doit être d&apos;au moins {least} secondes (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is longer than the 4 hour limit ({got} s)</source>
        <translation>dépasse la limite de 4 heures ({got} s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a turn must be 0 (belt stopped) or between {low} and {high} km/h: slow enough to turn round safely (got {got})</source>
        <translation>un demi-tour doit être à 0 (tapis arrêté) ou entre {low} et {high} km/h&#xa0;: assez lent pour se retourner en sécurité (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be 0 (belt stopped) or between {low} and {high} km/h (got {got})</source>
        <translation>doit être 0 (tapis arrêté) ou entre {low} et {high} km/h (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be between {low} and {high} km/h (got {got})</source>
        <translation>doit être entre {low} et {high} km/h (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing field &apos;speed_kmh&apos; (a forward segment needs a belt speed)</source>
        <translation>champ «&#xa0;speed_kmh&#xa0;» manquant (un segment en avant demande une vitesse de tapis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing field &apos;speed_kmh&apos; (a backward segment needs a belt speed)</source>
        <translation>champ «&#xa0;speed_kmh&#xa0;» manquant (un segment en arrière demande une vitesse de tapis)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be between {low} and {high} % (got {got})</source>
        <translation>doit être entre {low} et {high} % (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be between {low} and {high} steps/min (got {got})</source>
        <translation>doit être entre {low} et {high} pas/min (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be true or false (got {got})</source>
        <translation>doit être true ou false (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a station can wait for confirmation</source>
        <translation>seul un atelier peut attendre une confirmation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a station needs a &apos;label&apos; saying what to do (e.g. &quot;20 lunges + 15 squats&quot;)</source>
        <translation>un atelier demande un «&#xa0;label&#xa0;» qui dit quoi faire (p. ex. «&#xa0;20 fentes + 15 squats&#xa0;»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a turn lasts between {low} and {high} seconds (got {got})</source>
        <translation>un demi-tour dure entre {low} et {high} secondes (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+54"/>
        <source>must be a list of segments (got {got})</source>
        <translation>doit être une liste de segments (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>repeat blocks are only allowed in &apos;main&apos;</source>
        <translation>les blocs de répétition ne sont permis que dans «&#xa0;main&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be a whole number of rounds (got {got})</source>
        <translation>doit être un nombre entier de tours (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and {most} rounds (got {got})</source>
        <translation>doit être entre 1 et {most} tours (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a repeat block needs &apos;segments&apos;</source>
        <translation>un bloc de répétition demande des «&#xa0;segments&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeat blocks cannot be nested</source>
        <translation>les blocs de répétition ne peuvent pas être imbriqués</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+102"/>
        <source>must hold at least one segment</source>
        <translation>doit contenir au moins un segment</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>a program must be a JSON object</source>
        <translation>un programme doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a WalkCoach program (no &apos;format&apos;, &apos;version&apos; or &apos;main&apos; field)</source>
        <translation>ce n&apos;est pas un programme WalkCoach (aucun champ «&#xa0;format&#xa0;», «&#xa0;version&#xa0;» ou «&#xa0;main&#xa0;»)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this is not a WalkCoach program (format {got})</source>
        <translation>ce n&apos;est pas un programme WalkCoach (format {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing field &apos;version&apos; (this WalkCoach reads version 1)</source>
        <translation>champ «&#xa0;version&#xa0;» manquant (ce WalkCoach lit la version 1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number (got {got})</source>
        <translation>doit être un nombre entier (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file is format version {version}, made by a newer WalkCoach; this one reads up to version {newest}</source>
        <translation>le fichier est au format version {version}, créé par un WalkCoach plus récent&#xa0;; celui-ci lit jusqu&apos;à la version {newest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown format version {version}</source>
        <translation>version de format inconnue {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a program needs a name</source>
        <translation>un programme doit avoir un nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be lower-case letters, digits and dashes, at most 64 (got {got})</source>
        <translation>doit se composer de lettres minuscules, de chiffres et de tirets, 64 caractères au plus (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{id}&apos; is a device name on Windows and cannot name a file; choose another</source>
        <translation>«&#xa0;{id}&#xa0;» est un nom de périphérique sous Windows et ne peut pas nommer un fichier&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be one of {levels} (got {got})</source>
        <translation>doit être l&apos;une des valeurs {levels} (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a list of words</source>
        <translation>doit être une liste de mots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &apos;main&apos; (the program&apos;s segments)</source>
        <translation>champ «&#xa0;main&#xa0;» manquant (les segments du programme)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the session lasts {time}, longer than the 4 hour limit</source>
        <translation>la séance dure {time}, au-delà de la limite de 4 heures</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/loading.py" line="+42"/>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>not valid JSON: {reason}</source>
        <translation>JSON non valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the field &apos;{name}&apos; appears twice in one object; keep one</source>
        <translation>le champ «&#xa0;{name}&#xa0;» apparaît deux fois dans un même objet&#xa0;; n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON: nested too deeply</source>
        <translation>JSON non valide&#xa0;: imbrication trop profonde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>permission denied: cannot read the file</source>
        <translation>permission refusée&#xa0;: impossible de lire le fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not a program file</source>
        <translation>est un dossier, pas un fichier de programme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>file is too large (over {most} bytes; a program is under 1 MB)</source>
        <translation>fichier trop volumineux (plus de {most} octets&#xa0;; un programme fait moins de 1 Mo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this is a binary file, not a program (JSON text)</source>
        <translation>c&apos;est un fichier binaire, pas un programme (texte JSON)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not UTF-8 text (bad byte at offset {offset}); is it a program file?</source>
        <translation>pas du texte UTF-8 (octet incorrect à la position {offset})&#xa0;; est-ce bien un fichier de programme&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/library.py" line="+155"/>
        <source>{error} (could not be set aside: {reason})</source>
        <translation>{error} (le fichier n&apos;a pas pu être mis de côté&#xa0;: {reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{error}; the file was set aside as {name}</source>
        <translation>{error}&#xa0;; le fichier a été mis de côté sous le nom {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no program given (an id such as &apos;first-steps&apos;, or a program file)</source>
        <translation>aucun programme indiqué (un identifiant comme «&#xa0;first-steps&#xa0;», ou un fichier de programme)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no program with id &apos;{id}&apos;; did you mean &apos;{close}&apos;? (see &apos;walkcoach programs&apos;)</source>
        <translation>aucun programme d&apos;identifiant «&#xa0;{id}&#xa0;»&#xa0;; vouliez-vous dire «&#xa0;{close}&#xa0;»&#xa0;? (voir «&#xa0;walkcoach programs&#xa0;»)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no program with id &apos;{id}&apos; (see &apos;walkcoach programs&apos;)</source>
        <translation>aucun programme d&apos;identifiant «&#xa0;{id}&#xa0;» (voir «&#xa0;walkcoach programs&#xa0;»)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{id}&apos; is the id of a built-in program; save your version under another id</source>
        <translation>«&#xa0;{id}&#xa0;» est l&apos;identifiant d&apos;un programme intégré&#xa0;; enregistrez votre version sous un autre identifiant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the program is too large to save ({size} bytes written out; a program file holds at most {most})</source>
        <translation>le programme est trop volumineux pour être enregistré ({size} octets une fois écrit&#xa0;; un fichier de programme en contient au plus {most})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{id}&apos; is a built-in program and cannot be deleted</source>
        <translation>«&#xa0;{id}&#xa0;» est un programme intégré et ne peut pas être supprimé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no user program with id &apos;{id}&apos;</source>
        <translation>aucun programme utilisateur d&apos;identifiant «&#xa0;{id}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+97"/>
        <location line="+23"/>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rograms</source>
        <translation>P&amp;rogrammes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate program</source>
        <translation>Dupliquer le programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="+33"/>
        <source>WalkCoach programs (*.json);;All files (*)</source>
        <translation>Programmes WalkCoach (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{what} failed: {error}</source>
        <translation>{what} a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>My program</source>
        <translation>Mon programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My program {number}</source>
        <translation>Mon programme {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the program</source>
        <translation>La création du programme</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fix the problems before making a copy.</source>
        <translation>Corrigez les problèmes avant de faire une copie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Duplicating the program</source>
        <translation>La duplication du programme</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../walkcoach/ui/editor/window.py" line="+0"/>
        <source>Delete program</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{name}”?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+91"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The program file is removed. Your history is kept.</source>
        <translation>Le fichier du programme sera supprimé. Votre historique est conservé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import program</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+39"/>
        <source>Cannot import this file</source>
        <translation>Impossible d&apos;importer ce fichier</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{file} was not imported:
{reason}</source>
        <translation>{file} n&apos;a pas été importé&#xa0;:
{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» importé.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Program already exists</source>
        <translation>Le programme existe déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You already have a program with the id “{id}” (“{name}”).</source>
        <translation>Vous avez déjà un programme d&apos;identifiant «&#xa0;{id}&#xa0;» («&#xa0;{name}&#xa0;»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace it with the file&apos;s version, keep both (the import gets a new id), or cancel?</source>
        <translation>Le remplacer par la version du fichier, garder les deux (le programme importé reçoit un nouvel identifiant) ou annuler&#xa0;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export program</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix the problems before exporting.</source>
        <translation>Corrigez les problèmes avant d&apos;exporter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {error}</source>
        <translation>{file}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to {file}.</source>
        <translation>Exporté vers {file}.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+15"/>
        <source>Read-only: this is a built-in program. Make a copy to edit it.</source>
        <translation>Lecture seule&#xa0;: c&apos;est un programme intégré. Faites-en une copie pour le modifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate &amp;to edit</source>
        <translation>Dupli&amp;quer pour modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate to edit</source>
        <translation>Dupliquer pour modifier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move the selected segment; Delete removes it</source>
        <translation>Alt+Haut et Alt+Bas déplacent le segment sélectionné&#xa0;; Suppr le retire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Segments</source>
        <translation>Se&amp;gments</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a segment or a repeat block to edit it.</source>
        <translation>Sélectionnez un segment ou un bloc de répétition pour le modifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+561"/>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Program check</source>
        <translation>Vérification du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <location line="+259"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Save program</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Program warnings</source>
        <translation>Avertissements du programme</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;New program</source>
        <translation>&amp;Nouveau programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate program</source>
        <translation>&amp;Dupliquer le programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete program…</source>
        <translation>&amp;Supprimer le programme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import program…</source>
        <translation>&amp;Importer un programme…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export program…</source>
        <translation>E&amp;xporter le programme…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+380"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-379"/>
        <location line="+385"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Add &amp;forward</source>
        <translation>Ajouter marche a&amp;vant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;backward</source>
        <translation>Ajouter marche arrièr&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add r&amp;est</source>
        <translation>Ajouter rep&amp;os</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add s&amp;tation</source>
        <translation>Ajouter a&amp;telier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add t&amp;urn</source>
        <translation>Ajouter &amp;demi-tour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insert turn here</source>
        <translation>&amp;Insérer un demi-tour ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put a turn where the direction changes without one</source>
        <translation>Placer un demi-tour là où la direction change sans en avoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du&amp;plicate segment</source>
        <translation>Dupli&amp;quer le segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;peat selection…</source>
        <translation>Répéter la séle&amp;ction…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the selected segments in a repeat block</source>
        <translation>Mettre les segments sélectionnés dans un bloc de répétition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove repe&amp;at</source>
        <translation>Retirer la ré&amp;pétition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Insert turn here</source>
        <translation>Insérer un demi-tour ici</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Skipped a program file: {error}</source>
        <translation>Fichier de programme ignoré&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}  (built-in)</source>
        <translation>{name}  (intégré)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has changes that are not saved.</source>
        <translation>«&#xa0;{name}&#xa0;» a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Built-in program: read-only.</source>
        <translation>Programme intégré&#xa0;: lecture seule.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{mark} Cannot save yet: %n problem(s). First: {first}</source>
        <translation>
            <numerusform>{mark} Enregistrement impossible pour l&apos;instant&#xa0;: %n problème. Premier&#xa0;: {first}</numerusform>
            <numerusform>{mark} Enregistrement impossible pour l&apos;instant&#xa0;: %n problèmes. Premier&#xa0;: {first}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ No errors: it can be saved (see the warnings). Changes not saved yet.</source>
        <translation>✓ Aucune erreur&#xa0;: il peut être enregistré (voir les avertissements). Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ No errors: it can be saved (see the warnings). Saved.</source>
        <translation>✓ Aucune erreur&#xa0;: il peut être enregistré (voir les avertissements). Enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ No problems. Changes not saved yet.</source>
        <translation>✓ Aucun problème. Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ No problems. Saved.</source>
        <translation>✓ Aucun problème. Enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programs: {name}[*]</source>
        <translation>Programmes&#xa0;: {name}[*]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{mark} Warning: {text}</source>
        <translation>{mark} Avertissement&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir&#xa0;: {what}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Repeat block</source>
        <translation>Bloc de répétition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Built-in programs cannot be changed: duplicate it first.</source>
        <translation>Les programmes intégrés ne peuvent pas être modifiés&#xa0;: dupliquez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="-255"/>
        <location filename="../../walkcoach/ui/editor/window.py" line="+73"/>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+1"/>
        <source>The program was not saved: {error}</source>
        <translation>Le programme n&apos;a pas été enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/common.py" line="+16"/>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>Corps de séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cool-down</source>
        <translation>Retour au calme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change name</source>
        <translation>Modification du nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change description</source>
        <translation>Modification de la description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change level</source>
        <translation>Modification du niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change source</source>
        <translation>Modification de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change kind</source>
        <translation>Modification du type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change duration</source>
        <translation>Modification de la durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change speed</source>
        <translation>Modification de la vitesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change incline</source>
        <translation>Modification de l&apos;inclinaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change cadence</source>
        <translation>Modification de la cadence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change label</source>
        <translation>Modification du libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change note</source>
        <translation>Modification de la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change until</source>
        <translation>Modification de l&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change rounds</source>
        <translation>Modification du nombre de tours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add forward segment</source>
        <translation>Ajout d&apos;un segment avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add backward segment</source>
        <translation>Ajout d&apos;un segment arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add rest segment</source>
        <translation>Ajout d&apos;un segment de repos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add station segment</source>
        <translation>Ajout d&apos;un atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add turn segment</source>
        <translation>Ajout d&apos;un demi-tour</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/units.py" line="+17"/>
        <source>enter a time as minutes:seconds, e.g. 2:30</source>
        <translation>saisissez une durée en minutes:secondes, p. ex. 2:30</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; is not a time; write minutes:seconds, e.g. 2:30</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une durée&#xa0;; écrivez minutes:secondes, p. ex. 2:30</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds must be 0-59 (got {got})</source>
        <translation>les secondes doivent être entre 0 et 59 (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes must be 0-59 after the hours (got {got})</source>
        <translation>les minutes doivent être entre 0 et 59 après les heures (reçu&#xa0;: {got})</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/places.py" line="+43"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incline</source>
        <translation>inclinaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cadence</source>
        <translation>cadence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wait for Done</source>
        <translation>attendre Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounds</source>
        <translation>tours</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{phase}, repeat block {block}, segment {segment}</source>
        <translation>{phase}, bloc de répétition {block}, segment {segment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{phase}, item {item}</source>
        <translation>{phase}, élément {item}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{place}, {field}</source>
        <translation>{place}, {field}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{place}: {problem}</source>
        <translation>{place}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/program_warnings.py" line="+25"/>
        <source>the direction changes here (forward to backward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself</source>
        <translation>la direction change ici (d&apos;avant en arrière) sans demi-tour entre les deux&#xa0;: le coach ajoutera un demi-tour de {seconds} s&#xa0;; insérez-en un pour régler vous-même sa vitesse et sa durée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the direction changes here (backward to forward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself</source>
        <translation>la direction change ici (d&apos;arrière en avant) sans demi-tour entre les deux&#xa0;: le coach ajoutera un demi-tour de {seconds} s&#xa0;; insérez-en un pour régler vous-même sa vitesse et sa durée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward at {speed} km/h is faster than a beginner program should ask for (at most {limit} km/h)</source>
        <translation>en arrière à {speed} km/h, c&apos;est plus rapide que ce que devrait demander un programme débutant (au plus {limit} km/h)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward at {speed} km/h is faster than an intermediate program should ask for (at most {limit} km/h)</source>
        <translation>en arrière à {speed} km/h, c&apos;est plus rapide que ce que devrait demander un programme intermédiaire (au plus {limit} km/h)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward at {speed} km/h is faster than an advanced program should ask for (at most {limit} km/h)</source>
        <translation>en arrière à {speed} km/h, c&apos;est plus rapide que ce que devrait demander un programme avancé (au plus {limit} km/h)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backward on a {incline} % incline is steeper than a beginner program should ask for (at most {limit} %)</source>
        <translation>en arrière sur une inclinaison de {incline} %, c&apos;est plus raide que ce que devrait demander un programme débutant (au plus {limit} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward on a {incline} % incline is steeper than an intermediate program should ask for (at most {limit} %)</source>
        <translation>en arrière sur une inclinaison de {incline} %, c&apos;est plus raide que ce que devrait demander un programme intermédiaire (au plus {limit} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backward on a {incline} % incline is steeper than an advanced program should ask for (at most {limit} %)</source>
        <translation>en arrière sur une inclinaison de {incline} %, c&apos;est plus raide que ce que devrait demander un programme avancé (au plus {limit} %)</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/document.py" line="+275"/>
        <source>built-in programs cannot be changed; duplicate it to edit a copy</source>
        <translation>les programmes intégrés ne peuvent pas être modifiés&#xa0;; dupliquez-le pour modifier une copie</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Insert turn</source>
        <translation>Insertion d&apos;un demi-tour</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate</source>
        <translation>Duplication</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove segment</source>
        <translation>Suppression du segment</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n item(s)</source>
        <translation>
            <numerusform>Suppression de %n élément</numerusform>
            <numerusform>Suppression de %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move by one row at a time</source>
        <translation>déplacez d&apos;une ligne à la fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move up</source>
        <translation>Déplacement vers le haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Déplacement vers le bas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a repeat block stays in the main part</source>
        <translation>un bloc de répétition reste dans le corps de séance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>already the first segment</source>
        <translation>c&apos;est déjà le premier segment</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>already the last segment</source>
        <translation>c&apos;est déjà le dernier segment</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>drop segments into the warm-up, main or cool-down part, or a repeat block</source>
        <translation>déposez les segments dans l&apos;échauffement, le corps de séance, le retour au calme ou un bloc de répétition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>segments can only be dropped into a repeat block, not onto a segment</source>
        <translation>les segments ne peuvent être déposés que dans un bloc de répétition, pas sur un segment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a repeat block can only sit in the main part, and blocks do not nest</source>
        <translation>un bloc de répétition ne peut se trouver que dans le corps de séance, et les blocs ne s&apos;imbriquent pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a repeat block cannot be dropped into itself</source>
        <translation>un bloc de répétition ne peut pas être déposé dans lui-même</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>select the segments to repeat first</source>
        <translation>sélectionnez d&apos;abord les segments à répéter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeat blocks can only be made in the main part</source>
        <translation>les blocs de répétition ne peuvent être créés que dans le corps de séance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>select segments of the main part that are not in a repeat block yet</source>
        <translation>sélectionnez des segments du corps de séance qui ne sont pas encore dans un bloc de répétition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>select segments that follow each other</source>
        <translation>sélectionnez des segments qui se suivent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make repeat block</source>
        <translation>Création d&apos;un bloc de répétition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>select a repeat block to undo the repeat</source>
        <translation>sélectionnez un bloc de répétition pour retirer la répétition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove repeat</source>
        <translation>Retrait de la répétition</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/naming.py" line="+16"/>
        <source>{name} (copy)</source>
        <extracomment>A copied program&apos;s name; {name} is the original&apos;s.</extracomment>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (copy {number})</source>
        <extracomment>A second, third... copy of the same program; {number} is 2, 3...</extracomment>
        <translation>{name} (copie {number})</translation>
    </message>
</context>
<context>
    <name>ProgramInfoForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+119"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginner</source>
        <translation>Débutant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel</source>
        <translation>Ni&amp;veau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program level</source>
        <translation>Niveau du programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program description</source>
        <translation>Description du programme</translation>
    </message>
</context>
<context>
    <name>ProgramPicker</name>
    <message>
        <location filename="../../walkcoach/ui/coach/program_picker.py" line="+29"/>
        <location line="+21"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name}  ({total}, {backward} backward)</source>
        <translation>{name}  ({total}, dont {backward} en arrière)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No programs found</source>
        <translation>Aucun programme trouvé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{total} total  ·  {backward} backward  ·  {count} steps</source>
        <translation>{total} au total  ·  {backward} en arrière  ·  {count} étapes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The coach adds a {seconds} s turn at 1 place where the direction changes.</source>
        <translation>Le coach ajoute un demi-tour de {seconds} s à 1 endroit où la direction change.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coach adds a {seconds} s turn at {count} places where the direction changes.</source>
        <translation>Le coach ajoute un demi-tour de {seconds} s à {count} endroits où la direction change.</translation>
    </message>
</context>
<context>
    <name>ProgramTreeModel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/model.py" line="+158"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incline</source>
        <translation>Inclinaison</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(problem: {reason})</source>
        <translation>(problème&#xa0;: {reason})</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{symbol} Repeat × {rounds}</source>
        <translation>{symbol} Répéter × {rounds}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Drag and drop</source>
        <translation>Glisser-déposer</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-177"/>
        <source>Back relief walk</source>
        <translation>Marche pour soulager le dos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fifteen minutes of slow backward walking on the flat: the dose a personal trainer&apos;s post on backward treadmill walking for back pain reports from a study (three times a week for three weeks). Clip the safety key to your clothing and try to walk without holding the rails. Ask a health professional first if your back problem is acute or disc-related, and stop at once if it hurts.</source>
        <translation>Quinze minutes de marche arrière lente à plat&#xa0;: la dose qu&apos;un article de coach sportif consacré à la marche arrière sur tapis contre le mal de dos rapporte d&apos;après une étude (trois fois par semaine pendant trois semaines). Attachez la clé de sécurité à vos vêtements et essayez de marcher sans tenir les barres. Demandez d&apos;abord l&apos;avis d&apos;un professionnel de santé si votre problème de dos est aigu ou discal, et arrêtez-vous immédiatement en cas de douleur.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-18"/>
        <location filename="../../walkcoach/core/progression.py" line="+482"/>
        <source>Belt slow: hold the rails and turn one step at a time.</source>
        <translation>Tapis lent&#xa0;: tenez les barres et retournez-vous pas à pas.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../walkcoach/core/progression.py" line="-15"/>
        <location filename="../../tools/resource_texts.py" line="+4"/>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../walkcoach/core/progression.py" line="+1"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Easy pace to warm up hips and ankles.</source>
        <translation>Allure facile pour échauffer les hanches et les chevilles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../walkcoach/core/progression.py" line="+6"/>
        <source>Backward stretch</source>
        <translation>Marche arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../walkcoach/core/progression.py" line="+7"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Turn to face the back</source>
        <translation>Demi-tour face à l&apos;arrière</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../walkcoach/core/progression.py" line="+10"/>
        <source>Backward, without a break</source>
        <translation>Arrière, sans pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../walkcoach/core/progression.py" line="+1"/>
        <source>Stand tall and look ahead; stop at once on pain.</source>
        <translation>Tenez-vous droit et regardez devant vous&#xa0;; arrêtez-vous immédiatement en cas de douleur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../walkcoach/core/progression.py" line="+27"/>
        <source>Stretch calves and thighs afterwards.</source>
        <translation>Étirez ensuite mollets et cuisses.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Belt slow: hold the rails, then turn round one step at a time.</source>
        <translation>Tapis lent&#xa0;: tenez les barres, puis retournez-vous pas à pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow backward walk</source>
        <translation>Marche arrière lente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety key clipped on; hands off the rails if you can. Stop if your back hurts.</source>
        <translation>Clé de sécurité attachée&#xa0;; lâchez les barres si vous le pouvez. Arrêtez-vous si vous avez mal au dos.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-17"/>
        <location filename="../../walkcoach/core/progression.py" line="-18"/>
        <location filename="../../tools/resource_texts.py" line="+4"/>
        <source>Turn to face forward</source>
        <translation>Demi-tour face à l&apos;avant</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Belt slow: hold the rails and turn back to the front.</source>
        <translation>Tapis lent&#xa0;: tenez les barres et retournez-vous vers l&apos;avant.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+16"/>
        <location filename="../../walkcoach/core/progression.py" line="+17"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Cool-down</source>
        <translation>Retour au calme</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Let the breathing settle; stretch calves and thighs afterwards.</source>
        <translation>Laissez la respiration se calmer&#xa0;; étirez ensuite mollets et cuisses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brisk ten</source>
        <translation>Dix minutes rapides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ten-minute brisk forward walk at 100-120 steps a minute with a relaxed arm swing. Ten brisk minutes count toward the 150 active minutes a week the NHS recommends, as the article “Which muscles are used when you walk?” notes; the step rate comes from the article “What muscles are involved in walking?”.</source>
        <translation>Dix minutes de marche rapide en avant, entre 100 et 120 pas par minute, avec un balancement des bras détendu. Dix minutes rapides comptent pour les 150 minutes actives par semaine que recommande le NHS (le service de santé britannique), comme le note l&apos;article «&#xa0;Which muscles are used when you walk?&#xa0;»&#xa0;; la cadence vient de l&apos;article «&#xa0;What muscles are involved in walking?&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brisk walk</source>
        <translation>Marche rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for about 105 steps a minute; let the arms swing.</source>
        <translation>Visez environ 105 pas par minute&#xa0;; laissez les bras se balancer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brisk walk, quicker</source>
        <translation>Marche rapide, plus vive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aim for about 115 steps a minute.</source>
        <translation>Visez environ 115 pas par minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily retro walk</source>
        <translation>Marche rétro quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve minutes of backward walking on the flat in three blocks of four, with a forward minute between them. A sports questions-and-answers page, “Exercise to isolate the leg stability muscles used when walking backwards?”, suggests 10-15 backward minutes, three or four times a week.</source>
        <translation>Douze minutes de marche arrière à plat, en trois blocs de quatre, avec une minute en avant entre eux. Une page de questions-réponses sur le sport, «&#xa0;Exercise to isolate the leg stability muscles used when walking backwards?&#xa0;», propose 10 à 15 minutes en arrière, trois ou quatre fois par semaine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach back with the toe and roll through to the heel.</source>
        <translation>Tendez la pointe du pied vers l&apos;arrière et déroulez jusqu&apos;au talon.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-10"/>
        <location filename="../../walkcoach/core/progression.py" line="-10"/>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Forward</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1"/>
        <source>Easy start</source>
        <translation>Début en douceur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gentlest way in: six slow minutes of backward walking on the flat, in two-minute pieces, holding the rails. When it feels easy, add time first, then a little speed, and only then a slight incline. Based on the article “Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice”, which suggests 5-10 slow minutes in a clear, flat space.</source>
        <translation>La façon la plus douce de commencer&#xa0;: six minutes de marche arrière lente à plat, par tranches de deux minutes, en tenant les barres. Quand cela devient facile, augmentez d&apos;abord la durée, puis un peu la vitesse, et seulement ensuite ajoutez une légère inclinaison. D&apos;après l&apos;article «&#xa0;Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice&#xa0;», qui propose 5 à 10 minutes lentes dans un espace dégagé et plat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward, slow</source>
        <translation>Arrière, lent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails for now. Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>Tenez les barres pour l&apos;instant. Grandissez-vous, poitrine ouverte, regard vers l&apos;avant plutôt que sur vos pieds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First steps backward</source>
        <translation>Premiers pas en arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle first backward session: two-minute spells facing the back of the treadmill at 2.4 km/h (1.5 mph) on a 3 % slope, each followed by two minutes facing forward, with a slow turn between them. Based on an article on walking backwards uphill and gluteus maximus EMG, which suggests starting slowly at 1.5-2 mph on a 3-5 % incline and swapping direction every two minutes.</source>
        <translation>Une première séance en arrière tout en douceur&#xa0;: des séquences de deux minutes face à l&apos;arrière du tapis de course à 2,4 km/h (1,5 mph) sur une pente de 3 %, chacune suivie de deux minutes face à l&apos;avant, avec un demi-tour lent entre les deux. D&apos;après un article sur la marche arrière en montée et l&apos;EMG du grand fessier, qui conseille de commencer lentement, à 1,5-2 mph sur une inclinaison de 3 à 5 %, et de changer de sens toutes les deux minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward and forward</source>
        <translation>Arrière et avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>Grandissez-vous, poitrine ouverte, regard vers l&apos;avant plutôt que sur vos pieds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Glute focus intervals</source>
        <translation>Intervalles spécial fessiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eight minutes of backward walking on a 5 % slope, split into four two-minute intervals with forward walking in between. In the muscle-activity (EMG) figures quoted by an article on walking backwards uphill and gluteus maximus EMG, backward uphill walking worked the gluteus maximus far harder than forward walking; the article suggests 2-3 such sessions a week with 5-10 backward minutes each.</source>
        <translation>Huit minutes de marche arrière sur une pente de 5 %, en quatre intervalles de deux minutes avec de la marche avant entre eux. Dans les chiffres d&apos;activité musculaire (EMG) cités par un article sur la marche arrière en montée et l&apos;EMG du grand fessier, la marche arrière en montée sollicite le grand fessier bien plus que la marche avant&#xa0;; l&apos;article propose 2 ou 3 séances de ce type par semaine, avec 5 à 10 minutes en arrière à chaque fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward, glutes</source>
        <translation>Arrière, fessiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach back with the toe and push the hip back.</source>
        <translation>Tendez la pointe du pied vers l&apos;arrière et poussez la hanche en arrière.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hill lunges and turn</source>
        <translation>Fentes en côte et demi-tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking lunges up a 15 % slope at 4.0 km/h (2.5 mph), then turn round on the same slope and walk backward at 4.0 km/h holding the rails; three rounds with an easier forward stretch between them. Based on a treadmill page on moves for the glutes that quotes trainer Jennifer Pattee.</source>
        <translation>Des fentes marchées sur une pente de 15 % à 4,0 km/h (2,5 mph), puis demi-tour sur la même pente et marche arrière à 4,0 km/h en tenant les barres&#xa0;; trois tours, avec une portion plus facile en avant entre eux. D&apos;après une page consacrée aux exercices pour les fessiers sur tapis de course, qui cite la coach Jennifer Pattee.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warm-up, gentle slope</source>
        <translation>Échauffement, pente douce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking lunges uphill</source>
        <translation>Fentes marchées en montée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long lunging steps with the belt moving; hold the rails if you need balance.</source>
        <translation>Grandes enjambées en fente, tapis en marche&#xa0;; tenez les barres si vous avez besoin d&apos;équilibre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belt slow, keep the 15 % incline, hold the rails and turn round.</source>
        <translation>Tapis lent, gardez l&apos;inclinaison de 15 %, tenez les barres et retournez-vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backward uphill</source>
        <translation>Arrière en montée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold the rails on this slope.</source>
        <translation>Tenez les barres sur cette pente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy forward</source>
        <translation>Avant, facile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the incline to recover; back to 15 % at the end.</source>
        <translation>Baissez l&apos;inclinaison pour récupérer&#xa0;; revenez à 15 % à la fin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incline burn</source>
        <translation>Pente intense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short backward bouts on a steep 15 % slope at 3.2 km/h (2 mph), each followed by a few easy minutes forward on the flat, back and forth for about half an hour. Only for people already used to walking backward on the level without holding on. Based on the treadmill coach&apos;s post “The Benefits of Walking Backwards on the Treadmill”.</source>
        <translation>De courtes séquences en arrière sur une forte pente de 15 % à 3,2 km/h (2 mph), chacune suivie de quelques minutes faciles en avant à plat, en alternance pendant environ une demi-heure. Réservé aux personnes déjà habituées à marcher en arrière à plat sans se tenir. D&apos;après l&apos;article d&apos;un coach spécialiste du tapis de course, «&#xa0;The Benefits of Walking Backwards on the Treadmill&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belt slow, raise the incline to 15 %, hold the rails and turn round.</source>
        <translation>Tapis lent, montez l&apos;inclinaison à 15 %, tenez les barres et retournez-vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steep backward bout</source>
        <translation>Séquence arrière en forte pente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expect the thighs to burn. Harder option: a quarter-squat low walk, back straight.</source>
        <translation>Attendez-vous à sentir les cuisses brûler. Option plus difficile&#xa0;: marche basse en quart de squat, dos droit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belt slow, lower the incline, hold the rails and turn to the front.</source>
        <translation>Tapis lent, baissez l&apos;inclinaison, tenez les barres et retournez-vous vers l&apos;avant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Easy forward, flat</source>
        <translation>Avant, facile, à plat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knee-friendly retro</source>
        <translation>Marche rétro douce pour les genoux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten minutes of slow backward walking on the flat. In a trial with knee osteoarthritis (Alghadir et al. 2019), ten minutes of retro walking three days a week for six weeks eased pain and improved function more than usual care alone; walking backward loads the kneecap less than walking forward. Check with your physiotherapist before starting.</source>
        <translation>Dix minutes de marche arrière lente à plat. Dans un essai sur l&apos;arthrose du genou (Alghadir et al. 2019), dix minutes de marche rétro trois jours par semaine pendant six semaines ont davantage soulagé la douleur et amélioré la fonction que les soins habituels seuls&#xa0;; la marche arrière sollicite moins la rotule que la marche avant. Demandez l&apos;avis de votre kinésithérapeute avant de commencer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short, soft steps. Stop if the knee hurts.</source>
        <translation>Pas courts et souples. Arrêtez-vous si le genou fait mal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute bursts</source>
        <translation>Minutes éclair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ordinary walk with a one-minute backward burst every few minutes. Even single minutes of backward walking add up, as the treadmill coach&apos;s post “The Benefits of Walking Backwards on the Treadmill” points out.</source>
        <translation>Une marche ordinaire ponctuée, toutes les quelques minutes, d&apos;une minute en arrière. Même des minutes isolées de marche arrière finissent par compter, comme le souligne l&apos;article d&apos;un coach spécialiste du tapis de course, «&#xa0;The Benefits of Walking Backwards on the Treadmill&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ordinary walk</source>
        <translation>Marche ordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward minute</source>
        <translation>Minute en arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward progression</source>
        <translation>Progression en marche arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For when First steps feels easy. One long backward block at 3.2 km/h (2 mph) on 5 %, then a shorter one on 8 %. Each week add 30 seconds to the long block (edit a copy of this program) until you can keep going for 5-8 minutes; only then make it steeper, never above 8 %. Based on the progression advice of an article on walking backwards uphill and gluteus maximus EMG.</source>
        <translation>Quand «&#xa0;Premiers pas en arrière&#xa0;» vous semble facile. Un long bloc en arrière à 3,2 km/h (2 mph) sur 5 %, puis un plus court sur 8 %. Chaque semaine, ajoutez 30 secondes au long bloc (modifiez une copie de ce programme) jusqu&apos;à tenir 5 à 8 minutes, et alors seulement augmentez la pente, jamais au-delà de 8 %. D&apos;après les conseils de progression d&apos;un article sur la marche arrière en montée et l&apos;EMG du grand fessier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long backward block</source>
        <translation>Long bloc en arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add 30 s here each week, up to 8 minutes.</source>
        <translation>Ajoutez 30 s ici chaque semaine, jusqu&apos;à 8 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belt slow, raise the incline to 8 %, hold the rails and turn round.</source>
        <translation>Tapis lent, montez l&apos;inclinaison à 8 %, tenez les barres et retournez-vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steeper backward block</source>
        <translation>Bloc en arrière plus pentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retro intervals 20</source>
        <translation>Intervalles rétro 20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twenty minutes of two-minute backward intervals at 4.0 km/h on a 5 % slope with 90 seconds forward between them: ten backward minutes in all. 4.0 km/h is the backward speed of a lab study at 0, 5 and 10 % grade (Cipriani et al. 1995), and backward walking at 5-10 % raised heart rate and oxygen use well above forward walking (Hooper et al. 2004).</source>
        <translation>Vingt minutes d&apos;intervalles de deux minutes en arrière à 4,0 km/h sur une pente de 5 %, avec 90 secondes en avant entre eux&#xa0;: dix minutes en arrière au total. La vitesse de 4,0 km/h est celle de la marche arrière dans une étude en laboratoire à 0, 5 et 10 % de pente (Cipriani et al. 1995), et la marche arrière à 5-10 % a fait monter la fréquence cardiaque et la consommation d&apos;oxygène bien plus que la marche avant (Hooper et al. 2004).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backward interval</source>
        <translation>Intervalle en arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk and glutes circuit</source>
        <translation>Circuit marche et fessiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three rounds of a ten-minute walk followed by 20 forward lunges and 15 squats off the belt. Walking alone hardly loads the glutes; the body-weight moves add that. Based on the “30-Minute Walking and Bodyweight Glute Workout” of trainer Tom Holland. At each station (the lunges and squats, off the belt) the timer waits until you confirm you are done.</source>
        <translation>Trois tours&#xa0;: dix minutes de marche, puis 20 fentes avant et 15 squats hors du tapis. La marche seule sollicite peu les fessiers&#xa0;; les exercices au poids du corps s&apos;en chargent. D&apos;après le «&#xa0;30-Minute Walking and Bodyweight Glute Workout&#xa0;» du coach Tom Holland. À chaque atelier (les fentes et les squats, hors du tapis), le minuteur attend que vous confirmiez avoir terminé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 lunges + 15 squats</source>
        <translation>20 fentes + 15 squats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the belt and step off to the side. 20 forward lunges, then 15 squats.</source>
        <translation>Arrêtez le tapis et descendez sur le côté. 20 fentes avant, puis 15 squats.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-173"/>
        <source>Turn around</source>
        <translation>Demi-tour</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/progression.py" line="-54"/>
        <source>Next session</source>
        <translation>Prochaine séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progression advice of a web article on walking backwards uphill and gluteus maximus EMG, applied to your history</source>
        <translation>Conseils de progression d&apos;un article en ligne sur la marche arrière en montée et l&apos;EMG du grand fessier, appliqués à votre historique</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+224"/>
        <source>Longest backward stretch (min)</source>
        <translation>Marche arrière max. (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>goal: 5-8 min without a break</source>
        <translation>objectif&#xa0;: 5 à 8 min sans pause</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{when}
Longest backward stretch: {run}</source>
        <translation>{when}
Plus longue marche arrière&#xa0;: {run}</translation>
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
            <numerusform>Votre dernière séance date d&apos;il y a %n jour&#xa0;: reprenez en douceur avec {time} à {speed} sur {incline}&#xa0;; vous retrouverez votre niveau plus vite que la première fois.</numerusform>
            <numerusform>Votre dernière séance date d&apos;il y a %n jours&#xa0;: reprenez en douceur avec {time} à {speed} sur {incline}&#xa0;; vous retrouverez votre niveau plus vite que la première fois.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your last session ({day}) was marked with pain, so this one steps down to {time} of backward walking instead of adding time, on the same incline or flatter.</source>
        <translation>Votre dernière séance ({day}) a été marquée comme douloureuse&#xa0;: celle-ci redescend donc à {time} de marche arrière au lieu d&apos;ajouter du temps, sur la même inclinaison ou plus à plat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop at once if the pain comes back; if it keeps coming back, ask a health professional before going on.</source>
        <translation>Arrêtez-vous immédiatement si la douleur revient&#xa0;; si elle revient sans cesse, demandez l&apos;avis d&apos;un professionnel de santé avant de continuer.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>It has been %n day(s) since your last session: this one steps back to {time} on {incline} so your legs and balance can settle in again.</source>
        <translation>
            <numerusform>Votre dernière séance remonte à %n jour&#xa0;: celle-ci revient à {time} sur {incline} pour que vos jambes et votre équilibre se réhabituent.</numerusform>
            <numerusform>Votre dernière séance remonte à %n jours&#xa0;: celle-ci revient à {time} sur {incline} pour que vos jambes et votre équilibre se réhabituent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A session on {day} was marked with pain: repeat {time} rather than adding time this week.</source>
        <translation>Une séance du {day} a été marquée comme douloureuse&#xa0;: refaites {time} au lieu d&apos;ajouter du temps cette semaine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop at once if the pain comes back.</source>
        <translation>Arrêtez-vous immédiatement si la douleur revient.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your last session felt very hard (effort {effort} of 10): repeat {time} until it feels easier before adding more.</source>
        <translation>Votre dernière séance a paru très dure (effort {effort} sur 10)&#xa0;: refaites {time} jusqu&apos;à ce que ce soit plus facile avant d&apos;en ajouter.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This is your first week of backward walking: repeat {time} on {incline} this week; from Monday {monday} the coach adds 30 s a week.</source>
        <translation>C&apos;est votre première semaine de marche arrière&#xa0;: refaites {time} sur {incline} cette semaine&#xa0;; à partir du lundi {monday}, le coach ajoute 30 s par semaine.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your longest backward stretch in the week of {week} was {longest}: this week add 30 s, to {time}, working toward 5-8 minutes without a break.</source>
        <translation>Votre plus longue marche arrière de la semaine du {week} a duré {longest}&#xa0;: cette semaine, ajoutez 30 s, pour atteindre {time}, en visant 5 à 8 minutes sans pause.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You walked backward for {longest} without a break: that is in the 5-8 minute goal, so now make it steeper instead, {incline} for {time} (one small step a week, up to 8 %).</source>
        <translation>Vous avez marché en arrière {longest} sans pause&#xa0;: c&apos;est dans l&apos;objectif de 5 à 8 minutes, alors augmentez plutôt la pente&#xa0;: {incline} pendant {time} (un petit cran par semaine, jusqu&apos;à 8 %).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are at the 8 % top incline: add 30 s a week to the backward stretch, to {time}, up to 8 minutes.</source>
        <translation>Vous êtes à l&apos;inclinaison maximale de 8 %&#xa0;: ajoutez 30 s par semaine à la marche arrière, pour atteindre {time}, jusqu&apos;à 8 minutes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You hold 8 minutes of backward walking on 8 %, the top of this progression: keep it up, or add more sessions a week rather than more speed or slope.</source>
        <translation>Vous tenez 8 minutes de marche arrière sur 8 %, le sommet de cette progression&#xa0;: continuez ainsi, ou ajoutez des séances dans la semaine plutôt que de la vitesse ou de la pente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You already reached this week&apos;s step ({time} on {incline}): repeat it; the next step comes from Monday {monday}.</source>
        <translation>Vous avez déjà atteint le palier de cette semaine ({time} sur {incline})&#xa0;: refaites-le&#xa0;; le lundi {monday}, vous passerez au palier suivant.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No backward walking in your history yet: start with “{name}”, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>Pas encore de marche arrière dans votre historique&#xa0;: commencez par «&#xa0;{name}&#xa0;», {rounds} x {time} en arrière à {speed} sur une inclinaison de {incline}, avec de la marche avant et un demi-tour lent entre les deux.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backward walking in your history yet: start with a first session, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>Pas encore de marche arrière dans votre historique&#xa0;: commencez par une première séance, {rounds} x {time} en arrière à {speed} sur une inclinaison de {incline}, avec de la marche avant et un demi-tour lent entre les deux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hold the rails at first and clip the safety key to your clothing; after that the coach adds 30 s a week.</source>
        <translation>Tenez les barres au début et attachez la clé de sécurité à vos vêtements&#xa0;; ensuite, le coach ajoute 30 s par semaine.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed kept at {speed}, the top of the protocol&apos;s range (you walked faster last time): it grows in time and slope, never in speed.</source>
        <translation>Vitesse maintenue à {speed}, le haut de la plage du protocole (vous avez marché plus vite la dernière fois)&#xa0;: la progression se fait en durée et en pente, jamais en vitesse.</translation>
    </message>
</context>
<context>
    <name>QtCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/qt_player.py" line="+49"/>
        <source>Sound is unavailable: no audio output found</source>
        <translation>Son indisponible&#xa0;: aucune sortie audio trouvée</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sound is unavailable: the audio output does not play</source>
        <translation>Son indisponible&#xa0;: la sortie audio ne joue rien</translation>
    </message>
</context>
<context>
    <name>SafetyChecklist</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/safety.py" line="+21"/>
        <source>You feel steady on your feet today; walking backward asks more of balance.</source>
        <translation>Vous vous sentez stable sur vos jambes aujourd&apos;hui&#xa0;; la marche arrière sollicite davantage l&apos;équilibre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The floor around the treadmill is clear: no cables, bags or anything to trip on.</source>
        <translation>Le sol autour du tapis de course est dégagé&#xa0;: ni câbles, ni sacs, rien qui puisse vous faire trébucher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your shoes grip and support your feet.</source>
        <translation>Vos chaussures adhèrent bien et maintiennent vos pieds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safety key is clipped to your clothing.</source>
        <translation>La clé de sécurité est attachée à vos vêtements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the belt slowly while facing forward, and only then turn around.</source>
        <translation>Démarrez le tapis lentement face à l&apos;avant, et ne faites demi-tour qu&apos;ensuite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold the rails at first; let go only once you feel secure.</source>
        <translation>Tenez les barres au début&#xa0;; lâchez-les seulement quand vous vous sentez en confiance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stand tall and look ahead; do not twist your neck to look behind you.</source>
        <translation>Tenez-vous droit et regardez devant vous&#xa0;; ne tournez pas la tête pour regarder derrière vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loosen up your hips and ankles first, and stretch again afterwards.</source>
        <translation>Assouplissez d&apos;abord vos hanches et vos chevilles, et étirez-vous de nouveau après.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep speed and incline low to begin with; raise them over weeks, not minutes.</source>
        <translation>Gardez une vitesse et une inclinaison faibles au début&#xa0;; augmentez-les au fil des semaines, pas des minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop at once if anything hurts or you feel dizzy.</source>
        <translation>Arrêtez-vous immédiatement en cas de douleur ou de vertige.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Talk to a doctor or physiotherapist before you try this if you have a disorder of the inner ear or balance, high blood pressure that is not under control, an acute or disc-related back problem, or a recent injury. Older walkers may want someone nearby for the first sessions.</source>
        <translation>Consultez un médecin ou un kinésithérapeute avant d&apos;essayer si vous avez un trouble de l&apos;oreille interne ou de l&apos;équilibre, une hypertension non contrôlée, un problème de dos aigu ou discal, ou une blessure récente. Pour les premières séances, les marcheurs âgés ont intérêt à avoir quelqu&apos;un à proximité.</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>Before you walk backward</source>
        <translation>Avant de marcher en arrière</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Don&apos;t show this again</source>
        <translation>Ne plus afficher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m ready, start</source>
        <translation>C&apos;est parti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>SegmentChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+18"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step (in the order walked)</source>
        <translation>Étape (dans l&apos;ordre marché)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Step {n}: {kind}</source>
        <translation>Étape {n}&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned {planned}, walked {actual}</source>
        <translation>Prévu {planned}, marché {actual}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="-325"/>
        <source>m:ss, e.g. 2:30</source>
        <translation>m:ss, p. ex. 2:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>belt stopped</source>
        <translation>tapis arrêté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> steps/min</source>
        <translation> pas/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional; for a station: what to do</source>
        <translation>Facultatif&#xa0;; pour un atelier&#xa0;: ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional hint shown during the segment</source>
        <translation>Indication facultative affichée pendant le segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wait until I press Done</source>
        <translation>&amp;Attendre que j&apos;appuie sur Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment kind</source>
        <translation>Type de segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration, minutes and seconds</source>
        <translation>Durée, minutes et secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes:seconds (2:30), hours:minutes:seconds, or whole minutes (5)</source>
        <translation>Minutes:secondes (2:30), heures:minutes:secondes, ou minutes entières (5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;peed</source>
        <translation>&amp;Vitesse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belt speed</source>
        <translation>Vitesse du tapis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Incline</source>
        <translation>&amp;Inclinaison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incline in percent</source>
        <translation>Inclinaison en pourcentage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cadence</source>
        <translation>&amp;Cadence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cadence in steps per minute</source>
        <translation>Cadence en pas par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional target steps per minute</source>
        <translation>Cadence cible facultative, en pas par minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment label</source>
        <translation>Libellé du segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment note</source>
        <translation>Note du segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Station</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Wait until Done</source>
        <translation>Attendre Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station ends when you press Done; its time is for planning</source>
        <translation>Un atelier se termine quand vous appuyez sur Terminé&#xa0;; sa durée sert à la planification</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Forward</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>Demi-tour</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Belt speed in {unit}; 0 for a rest with the belt stopped</source>
        <translation>Vitesse du tapis en {unit}&#xa0;; 0 pour un repos tapis arrêté</translation>
    </message>
</context>
<context>
    <name>SegmentKinds</name>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-30"/>
        <source>Forward</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn</source>
        <translation>Demi-tour</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../walkcoach/ui/session/session.py" line="+278"/>
        <source>The treadmill follows the session from the next step on.</source>
        <translation>Le tapis de course suit la séance à partir de l&apos;étape suivante.</translation>
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
        <translation>Minutes de temps actif</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Z{number}</source>
        <translation>Z{number}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{kind}, {start} to {end}</source>
        <translation>{kind}, de {start} à {end}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heart rate: mean {mean:.0f}, highest {high:.0f} bpm</source>
        <translation>Fréquence cardiaque&#xa0;: moyenne {mean:.0f}, maximum {high:.0f} bpm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No heart rate</source>
        <translation>Pas de fréquence cardiaque</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../walkcoach/ui/history/session_list.py" line="+201"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · pain</source>
        <translation> · douleur</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete session?</source>
        <translation>Supprimer la séance&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {session} from your history?</source>
        <translation>Supprimer {session} de votre historique&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its segments, effort, pain and notes go with it. This cannot be undone.</source>
        <translation>Ses segments, effort, douleur et notes seront supprimés avec elle. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was not deleted: {problem}</source>
        <translation>La séance n&apos;a pas été supprimée&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location line="-132"/>
        <source>&amp;Delete session…</source>
        <translation>&amp;Supprimer la séance…</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location line="-134"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest</source>
        <translation>Plus longue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <translation>Écourtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short</source>
        <translation>Trop courte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Longest backward stretch</source>
        <translation>Plus longue marche arrière</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> · pain</source>
        <translation> · douleur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{program}” of {when} ({time})</source>
        <translation>«&#xa0;{program}&#xa0;» du {when} ({time})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forward {forward}, backward {backward}</source>
        <translation>Avant {forward}, arrière {backward}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{km:.2f} km, about {kcal:.0f} kcal</source>
        <translation>{km:.2f} km, environ {kcal:.0f} kcal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Under 80 % of the planned time was walked (segments skipped)</source>
        <translation>Moins de 80 % du temps prévu a été marché (segments sautés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes: {notes}</source>
        <translation>Notes&#xa0;: {notes}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../walkcoach/core/settings.py" line="+118"/>
        <source>must be true or false, got {value}</source>
        <translation>doit être true ou false, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> or </source>
        <extracomment>Between the allowed values of a setting: &quot;must be &apos;km/h&apos; or &apos;mph&apos;&quot;.</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be {options}, got {value}</source>
        <translation>doit être {options}, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>must be a number, got {value}</source>
        <translation>doit être un nombre, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>must be from {low} to {high}, got a number of {digits} digits</source>
        <translation>doit être compris entre {low} et {high}, reçu&#xa0;: un nombre de {digits} chiffres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be from {low} to {high}, got {value}</source>
        <translation>doit être compris entre {low} et {high}, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number, got {value}</source>
        <translation>doit être un nombre entier, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be 0 (off) or at least {least}, got {value}</source>
        <translation>doit être 0 (désactivé) ou au moins {least}, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be 0 (not given) or from {low} to {high}, got {value}</source>
        <translation>doit être 0 (non indiqué) ou compris entre {low} et {high}, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be text, got {value}</source>
        <translation>doit être du texte, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a usable device name or address</source>
        <translation>n&apos;est pas un nom ou une adresse d&apos;appareil utilisable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a folder path as text, got {value}</source>
        <translation>doit être un chemin de dossier sous forme de texte, reçu&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a usable folder path</source>
        <translation>n&apos;est pas un chemin de dossier utilisable</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>it is far too large (over {limit} bytes)</source>
        <translation>il est beaucoup trop volumineux (plus de {limit} octets)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it holds binary data, not JSON text</source>
        <translation>il contient des données binaires, pas du texte JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not valid JSON ({reason}, line {line})</source>
        <extracomment>{reason} is Python&apos;s JSON message in English (&quot;Expecting value&quot;).</extracomment>
        <translation>ce n&apos;est pas du JSON valide ({reason}, ligne {line})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>ce n&apos;est pas du JSON valide (imbrication trop profonde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON (a number far too long)</source>
        <translation>ce n&apos;est pas du JSON valide (un nombre beaucoup trop long)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not hold a JSON object</source>
        <translation>il ne contient pas d&apos;objet JSON</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The settings file {path} is a link to a missing file; using the default settings.</source>
        <translation>Le fichier de réglages {path} est un lien vers un fichier absent&#xa0;; les réglages par défaut sont utilisés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings file {path} is {what}; using the default settings.</source>
        <translation>Le fichier de réglages {path} est {what}&#xa0;; les réglages par défaut sont utilisés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the settings file {path} ({reason}); using the defaults.</source>
        <translation>Impossible de lire le fichier de réglages {path} ({reason})&#xa0;; les réglages par défaut sont utilisés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings file {path} is damaged: {reason}. Using the default settings.</source>
        <translation>Le fichier de réglages {path} est endommagé&#xa0;: {reason}. Les réglages par défaut sont utilisés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} is damaged: {reason}. Using the default settings; the damaged file was kept as {kept}.</source>
        <translation>Le fichier de réglages {path} est endommagé&#xa0;: {reason}. Les réglages par défaut sont utilisés&#xa0;; le fichier endommagé a été conservé sous {kept}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings file {path} has no valid version ({version}); read it as version {current}.</source>
        <translation>Le fichier de réglages {path} n&apos;a pas de version valide ({version})&#xa0;; il est lu comme la version {current}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings file {path} was written by a newer WalkCoach (version {version}); the settings this version knows are used, and the file itself is kept aside unchanged before this version saves its own.</source>
        <translation>Le fichier de réglages {path} a été écrit par un WalkCoach plus récent (version {version})&#xa0;; les réglages que cette version connaît sont utilisés, et le fichier lui-même est mis de côté sans modification avant que cette version enregistre le sien.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{key} (not valid Unicode text)</source>
        <translation>{key} (texte Unicode non valide)</translation>
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
            <numerusform>Le fichier de réglages {path} contient %n réglage incorrect, remplacé par la valeur par défaut&#xa0;: {bad}.</numerusform>
            <numerusform>Le fichier de réglages {path} contient %n réglages incorrects, remplacés par les valeurs par défaut&#xa0;: {bad}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="+178"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speak the cues (segment, speed, time left)</source>
        <translation>Lire les annonces à voix haute (segment, vitesse, temps restant)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <source>Mute all sounds</source>
        <translation>Couper tous les sons</translation>
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
        <translation>pas de compte à rebours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash the window when the segment changes</source>
        <translation>Faire clignoter la fenêtre quand le segment change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the safety checklist before every backward session</source>
        <translation>Afficher la check-list de sécurité avant chaque séance avec marche arrière</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed unit</source>
        <translation>Unité de vitesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body &amp;weight</source>
        <translation>&amp;Poids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body weight, for the energy estimate</source>
        <translation>Poids, pour l&apos;estimation de l&apos;énergie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voice</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken cues</source>
        <translation>Annonces vocales</translation>
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
        <translation>&amp;Son</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Countdown</source>
        <translation>&amp;Compte à rebours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countdown before each change, seconds</source>
        <translation>Compte à rebours avant chaque changement, secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flash</source>
        <translation>C&amp;lignotement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flash the window on each change</source>
        <translation>Faire clignoter la fenêtre à chaque changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage</source>
        <translation>Langu&amp;e</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language of the text and the voice</source>
        <translation>Langue des textes et de la voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safet&amp;y</source>
        <translation>Sécur&amp;ité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety checklist before each backward session</source>
        <translation>Check-list de sécurité avant chaque séance avec marche arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;left</source>
        <translation>Temps rest&amp;ant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken time left, how often</source>
        <translation>Annonce du temps restant, fréquence</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Volume in percent</source>
        <translation>Volume en pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used only for the kcal estimate</source>
        <translation>Sert uniquement à estimer les kcal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Heart rate</source>
        <translation>&amp;Fréquence cardiaque</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied at the next start of WalkCoach.</source>
        <translation>Prend effet au prochain démarrage de WalkCoach.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>start at once</source>
        <translation>démarrer tout de suite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything (segments, halfway, time left)</source>
        <translation>Tout (segments, mi-parcours, temps restant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes only (segments, turns, the finish)</source>
        <translation>Changements seulement (segments, demi-tours, fin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing: sounds only</source>
        <translation>Rien&#xa0;: sons seulement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Get ready</source>
        <translation>Prépa&amp;ration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get-ready count before the start, seconds</source>
        <translation>Décompte de préparation avant le départ, secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spo&amp;ken cues</source>
        <translation>A&amp;nnonces vocales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much the coach says</source>
        <translation>Ce que dit le coach</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Speech is not available: {reason}.</source>
        <translation>La synthèse vocale n&apos;est pas disponible&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cue sounds still play.</source>
        <translation>Les signaux sonores restent actifs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} min</source>
        <translation>Intervalle de {n} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {n} s</source>
        <translation>Intervalle de {n} s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>⚠ Heart-rate zones: {problem}.</source>
        <translation>⚠ Zones de fréquence cardiaque&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>⚠ Les réglages n&apos;ont pas pu être enregistrés&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../walkcoach/ui/shortcuts.py" line="+33"/>
        <source>Start the session, or pause and resume it</source>
        <translation>Démarrer la séance, ou la mettre en pause et la reprendre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same, from the play/pause key of a media or Bluetooth remote</source>
        <translation>Idem, avec la touche lecture/pause d&apos;une télécommande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip to the next step</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous step: restarts this step, or goes to the previous one in its first seconds</source>
        <translation>Recommence l&apos;étape (ou la précédente dans ses premières secondes)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>30 seconds more on this step</source>
        <translation>30 secondes de plus pour cette étape</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>30 seconds less on this step (at least 5 s stay)</source>
        <translation>30 secondes de moins pour cette étape (il reste au moins 5 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leaves the workout view; otherwise stops the session (asks first)</source>
        <translation>Quitte la vue entraînement, sinon arrête la séance (confirmation)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workout view on or off</source>
        <translation>Activer ou désactiver la vue entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound on or off</source>
        <translation>Activer ou couper le son</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the full window and the small always-on-top view</source>
        <translation>Fenêtre complète ou petite vue toujours au premier plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/shortcuts.py" line="+23"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SoundHelper</name>
    <message>
        <location filename="../../walkcoach/sound/pulse.py" line="+54"/>
        <source>{library} is not installed ({detail})</source>
        <translation>{library} n&apos;est pas installé ({detail})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the sound server cannot be reached ({detail})</source>
        <translation>le serveur audio est injoignable ({detail})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the sound server stopped playing ({detail})</source>
        <translation>le serveur audio a cessé de jouer ({detail})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sound output is closed</source>
        <translation>la sortie audio est fermée</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../walkcoach/ui/audio/speech.py" line="+45"/>
        <source>there is no sound output</source>
        <translation>il n&apos;y a aucune sortie audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speech engine is installed (speech-dispatcher)</source>
        <translation>aucun moteur de synthèse vocale n&apos;est installé (speech-dispatcher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sound server does not answer</source>
        <translation>le serveur audio ne répond pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech engine {engine!r} is not installed</source>
        <translation>le moteur de synthèse vocale {engine!r} n&apos;est pas installé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech helper did not start</source>
        <translation>l&apos;assistant vocal n&apos;a pas démarré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speech engine ({engine}) does not start</source>
        <translation>le moteur de synthèse vocale ({engine}) ne démarre pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the speech helper stopped</source>
        <translation>l&apos;assistant vocal s&apos;est arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voice for {language} is installed: the cues are spoken in English.</source>
        <extracomment>{language} is the language&apos;s own name (&quot;Deutsch&quot;, &quot;français&quot;).</extracomment>
        <translation>Aucune voix «&#xa0;{language}&#xa0;» n&apos;est installée&#xa0;: les annonces sont dites en anglais.</translation>
    </message>
</context>
<context>
    <name>StatsStrip</name>
    <message>
        <location filename="../../walkcoach/ui/coach/stats_strip.py" line="+76"/>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Distance (est.)</source>
        <translation>Distance (est.)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Energy (est.)</source>
        <translation>Énergie (est.)</translation>
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
        <translation>Distance (tapis)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../walkcoach/storage/db.py" line="+140"/>
        <source>the history database {path} is a folder</source>
        <translation>la base de l&apos;historique {path} est un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the history database {path} is not a regular file (a pipe or a device)</source>
        <translation>la base de l&apos;historique {path} n&apos;est pas un fichier ordinaire (un tube ou un périphérique)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot create the history database {path}: {reason}</source>
        <translation>impossible de créer la base de l&apos;historique {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>cannot open the history database {path}: {reason}</source>
        <translation>impossible d&apos;ouvrir la base de l&apos;historique {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the history database {path} is damaged and could not be moved aside: {reason}</source>
        <translation>la base de l&apos;historique {path} est endommagée et n&apos;a pas pu être mise de côté&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the history database {path} is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>la base de l&apos;historique {path} est endommagée ({reason})&#xa0;; lancez WalkCoach pour la mettre de côté et récupérer ce qui peut être lu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its integrity check returned garbled text</source>
        <translation>sa vérification d&apos;intégrité a renvoyé un texte illisible</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>integrity check failed: {problem}</source>
        <extracomment>{problem} is SQLite&apos;s own report, in English.</extracomment>
        <translation>échec de la vérification d&apos;intégrité&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot switch the history database to WAL mode (got {mode})</source>
        <translation>impossible de passer la base de l&apos;historique en mode WAL (reçu&#xa0;: {mode})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot open the history database {path}: upgrading it failed ({reason})</source>
        <translation>impossible d&apos;ouvrir la base de l&apos;historique {path}&#xa0;: sa mise à niveau a échoué ({reason})</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>cannot read the history database {path}: {reason}</source>
        <translation>impossible de lire la base de l&apos;historique {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/exporters.py" line="+165"/>
        <source>a {format} file holds one session (got {count})</source>
        <translation>un fichier {format} contient une seule séance (reçu&#xa0;: {count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown export format {format} (one of: {known})</source>
        <translation>format d&apos;export inconnu {format} (l&apos;un de&#xa0;: {known})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there are no recorded sessions with segments to export</source>
        <translation>il n&apos;y a aucune séance enregistrée avec des segments à exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{output} is a file; exporting several sessions as {format} needs a folder (one file per session)</source>
        <translation>{output} est un fichier&#xa0;; exporter plusieurs séances en {format} demande un dossier (un fichier par séance)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{output} is a folder; give a file name to write the {format} to</source>
        <translation>{output} est un dossier&#xa0;; indiquez un nom de fichier où écrire le {format}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{output} exists already; add --force to replace it</source>
        <translation>{output} existe déjà&#xa0;; ajoutez --force pour le remplacer</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>{first} and %n more exist already; add --force to replace them</source>
        <translation>
            <numerusform>{first} et %n autre fichier existent déjà&#xa0;; ajoutez --force pour les remplacer</numerusform>
            <numerusform>{first} et %n autres fichiers existent déjà&#xa0;; ajoutez --force pour les remplacer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{first} exists already; add --force to replace it</source>
        <translation>{first} existe déjà&#xa0;; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>impossible de créer le dossier {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/fit.py" line="+231"/>
        <location filename="../../walkcoach/storage/tcx.py" line="+110"/>
        <source>session {id} has no recorded segments; nothing to export</source>
        <translation>la séance {id} n&apos;a aucun segment enregistré&#xa0;; rien à exporter</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/rescue.py" line="+62"/>
        <source>The history database was damaged ({reason}). It was moved to {moved} and nothing in it could be read, so a new, empty history was started; nothing was deleted.</source>
        <translation>La base de l&apos;historique était endommagée ({reason}). Elle a été déplacée vers {moved} et rien n&apos;a pu y être lu&#xa0;: un nouvel historique vide a donc été créé&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by rebuilding its indexes; nothing was deleted.</source>
        <translation>
            <numerusform>La base de l&apos;historique était endommagée ({reason}). Elle a été déplacée telle quelle vers {moved}, et %n séance a pu être récupérée dans un nouvel historique en reconstruisant ses index&#xa0;; rien n&apos;a été supprimé.</numerusform>
            <numerusform>La base de l&apos;historique était endommagée ({reason}). Elle a été déplacée telle quelle vers {moved}, et %n séances ont pu être récupérées dans un nouvel historique en reconstruisant ses index&#xa0;; rien n&apos;a été supprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read (some could not); nothing was deleted.</source>
        <translation>
            <numerusform>La base de l&apos;historique était endommagée ({reason}). Elle a été déplacée telle quelle vers {moved}, et %n séance a pu être récupérée dans un nouvel historique en copiant chaque ligne encore lisible (certaines ne l&apos;étaient pas)&#xa0;; rien n&apos;a été supprimé.</numerusform>
            <numerusform>La base de l&apos;historique était endommagée ({reason}). Elle a été déplacée telle quelle vers {moved}, et %n séances ont pu être récupérées dans un nouvel historique en copiant chaque ligne encore lisible (certaines ne l&apos;étaient pas)&#xa0;; rien n&apos;a été supprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read; nothing was deleted.</source>
        <translation>
            <numerusform>La base de l&apos;historique était endommagée ({reason}). Elle a été déplacée telle quelle vers {moved}, et %n séance a pu être récupérée dans un nouvel historique en copiant chaque ligne encore lisible&#xa0;; rien n&apos;a été supprimé.</numerusform>
            <numerusform>La base de l&apos;historique était endommagée ({reason}). Elle a été déplacée telle quelle vers {moved}, et %n séances ont pu être récupérées dans un nouvel historique en copiant chaque ligne encore lisible&#xa0;; rien n&apos;a été supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/schema.py" line="+275"/>
        <source>the history database was written by a newer WalkCoach (schema version {version}; this one knows up to {known}); update WalkCoach to use it. The file was left untouched.</source>
        <translation>la base de l&apos;historique a été écrite par un WalkCoach plus récent (version de schéma {version}&#xa0;; celui-ci connaît jusqu&apos;à la version {known})&#xa0;; mettez WalkCoach à jour pour l&apos;utiliser. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/full_check.py" line="+67"/>
        <source>the treadmill and heart-rate samples cannot be read: the history file is damaged ({reason}). WalkCoach keeps the file aside and rescues what can be read the next time it opens the history</source>
        <translation>les mesures du tapis et du cardio ne peuvent pas être lues&#xa0;: le fichier de l&apos;historique est endommagé ({reason}). WalkCoach le met de côté et récupère ce qui peut être lu à la prochaine ouverture de l&apos;historique</translation>
    </message>
</context>
<context>
    <name>StreakLabel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-110"/>
        <source>A day counts when you walked: a completed session, or any session with at least 5 minutes walked forward and backward. Skipping through a program does not count. Today still counts as long as you walked yesterday.</source>
        <translation>Un jour compte quand vous avez marché&#xa0;: une séance terminée, ou toute séance avec au moins 5 minutes de marche avant et arrière. Sauter toutes les étapes d&apos;un programme ne compte pas. Aujourd&apos;hui compte encore tant que vous avez marché hier.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+1"/>
        <source>&lt;b&gt;%n&lt;/b&gt; day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; jour</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current streak: {current} &amp;nbsp;·&amp;nbsp; longest: {longest}</source>
        <translation>Série actuelle&#xa0;: {current} &amp;nbsp;·&amp;nbsp; plus longue&#xa0;: {longest}</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location line="+18"/>
        <source>Next session</source>
        <translation>Prochaine séance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this program</source>
        <translation>Utiliser ce programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select it on the coach page</source>
        <translation>Le sélectionner sur la page du coach</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No suggestion: the history could not be read.</source>
        <translation>Pas de suggestion&#xa0;: impossible de lire l&apos;historique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rounds} x {time} backward at {speed}, {incline:g} % incline</source>
        <translation>{rounds} x {time} en arrière à {speed}, inclinaison {incline:g} %</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../walkcoach/ui/history/summary_dialog.py" line="+107"/>
        <location line="+117"/>
        <source>Session summary</source>
        <translation>Bilan de la séance</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>{program}, {when}</source>
        <translation>{program}, {when}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This session is in your history already; the rating is optional.</source>
        <translation>Cette séance est déjà dans votre historique&#xa0;; la note est facultative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;kip rating</source>
        <translation>&amp;Passer la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close: the session stays recorded, without effort, pain or notes (Esc)</source>
        <translation>Fermer&#xa0;: la séance reste enregistrée, sans effort, douleur ni notes (Échap)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save rating</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add effort, pain and notes to this session (Ctrl+Enter)</source>
        <translation>Ajouter l&apos;effort, la douleur et des notes à cette séance (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ended early</source>
        <translation>Séance écourtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too short to count as completed</source>
        <translation>Trop courte pour compter comme terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session interrupted</source>
        <translation>Séance interrompue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Most of it was skipped: {walked} walked of the {planned} planned. A session counts as completed when at least 80 % of its planned time is walked; this one is recorded as too short.</source>
        <translation>La plus grande partie a été sautée&#xa0;: {walked} marché sur les {planned} prévus. Une séance compte comme terminée quand au moins 80 % de son temps prévu est marché&#xa0;; celle-ci est enregistrée comme trop courte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded as ended early: {walked} of the {planned} planned. How it felt is worth noting all the same.</source>
        <translation>Enregistrée comme écourtée&#xa0;: {walked} sur les {planned} prévus. Notez tout de même votre ressenti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded as ended early, after {walked}.</source>
        <translation>Enregistrée comme écourtée, après {walked}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{time} in all</source>
        <translation>{time} au total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} backward</source>
        <translation>{time} en arrière</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>effort {n}</source>
        <translation>effort {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time ({when}): {figures}</source>
        <translation>La dernière fois ({when})&#xa0;: {figures}</translation>
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
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about {value} kcal</source>
        <translation>environ {value} kcal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you walked</source>
        <translation>Ce que vous avez marché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest backward stretch</source>
        <translation>Plus longue marche arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Sauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance ({source})</source>
        <translation>Distance ({source})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy (estimate)</source>
        <translation>Énergie (estimation)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mean {mean} bpm, highest {top} bpm</source>
        <translation>Moyenne {mean} bpm, maximum {top} bpm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the treadmill&apos;s heart rate)</source>
        <translation> (fréquence cardiaque du tapis)</translation>
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
            <numerusform>Vous avez attendu %n fois que votre fréquence cardiaque redescende, {time} au total.</numerusform>
            <numerusform>Vous avez attendu %n fois que votre fréquence cardiaque redescende, {time} au total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name}: on average {value} % of its maximal voluntary contraction (EMG)</source>
        <translation>{name}&#xa0;: en moyenne {value} % de sa contraction maximale volontaire (EMG)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Muscles worked most</source>
        <translation>Muscles les plus sollicités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No walking was recorded.</source>
        <translation>Aucune marche n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimated % of a maximal contraction, averaged over the time walked.</source>
        <translation>% estimé d&apos;une contraction maximale, en moyenne sur le temps marché.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: {value} (your first)</source>
        <translation>{name}&#xa0;: {value} (premier record)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {value} (was {before})</source>
        <translation>{name}&#xa0;: {value} (avant&#xa0;: {before})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal bests</source>
        <translation>Records personnels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new personal best this time; steady sessions are what build progress.</source>
        <translation>Pas de nouveau record cette fois&#xa0;; ce sont les séances régulières qui font progresser.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How did it feel?</source>
        <translation>Votre ressenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort (1 = very easy, 10 = all-out); keys 1-9 and 0 for 10:</source>
        <translation>Effort (1 = très facile, 10 = à fond)&#xa0;; touches 1-9 et 0 pour 10&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Effort {n} of 10</source>
        <translation>Effort {n} sur 10</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I felt &amp;pain during or after this session</source>
        <translation>J&apos;ai ressenti une &amp;douleur pendant ou après cette séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything to remember: how the knees felt, rails held or not…</source>
        <translation>À retenir&#xa0;: sensations aux genoux, barres tenues ou non…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not saved yet: {problem}. It is kept and saved when storage works again.</source>
        <translation>Pas encore enregistrée&#xa0;: {problem}. Elle est conservée et sera enregistrée quand le stockage fonctionnera de nouveau.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/summary.py" line="+48"/>
        <source>Summary (updates as you edit)</source>
        <translation>Résumé (mis à jour pendant l&apos;édition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program summary</source>
        <translation>Résumé du programme</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How much work each muscle gets over the whole program: how hard it works (an estimate from muscle-activity measurements) times how many minutes. The bar and the figure compare each muscle with the one worked most (100 %).</source>
        <translation>Quantité de travail de chaque muscle sur tout le programme&#xa0;: son intensité (estimée d&apos;après des mesures d&apos;activité musculaire) multipliée par le nombre de minutes. La barre et le chiffre comparent chaque muscle au plus sollicité (100 %).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+38"/>
        <source>Muscles worked most</source>
        <translation>Muscles les plus sollicités</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Backward time</source>
        <translation>Temps en arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward time</source>
        <translation>Temps en avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy estimate</source>
        <translation>Estimation de l&apos;énergie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} ({percent:.0f} % of the session)</source>
        <translation>{time} ({percent:.0f} % de la séance)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>about {kcal:.0f} kcal (estimate for a body weight of {weight})</source>
        <translation>environ {kcal:.0f} kcal (estimation pour un poids de {weight})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{percent:.0f} %</source>
        <translation>{percent:.0f} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{rank}. {name}: {share} of the muscle worked most</source>
        <translation>{rank}. {name}&#xa0;: {share} du muscle le plus sollicité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments with values that are not usable yet are left out of these figures.</source>
        <translation>Les segments dont les valeurs ne sont pas encore utilisables sont exclus de ces chiffres.</translation>
    </message>
</context>
<context>
    <name>TopMusclesList</name>
    <message>
        <location filename="../../walkcoach/ui/coach/top_muscles.py" line="+31"/>
        <source>No muscle is working hard in this segment.</source>
        <translation>Aucun muscle ne travaille intensément dans ce segment.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Coming up: top muscles</source>
        <translation>À venir&#xa0;: muscles principaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Top muscles</source>
        <translation>Muscles principaux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} % of the muscle&apos;s maximal voluntary contraction (EMG). Source: {source}</source>
        <translation>{value} % de la contraction maximale volontaire du muscle (EMG). Source&#xa0;: {source}</translation>
    </message>
</context>
<context>
    <name>UnitChoices</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="-380"/>
        <source>Kilometres per hour (km/h)</source>
        <translation>Kilomètres par heure (km/h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miles per hour (mph)</source>
        <translation>Miles par heure (mph)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metric: km/h, km, kg</source>
        <translation>Métrique&#xa0;: km/h, km, kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imperial: mph, miles, lb</source>
        <translation>Impérial&#xa0;: mph, miles, lb</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>miles</source>
        <translation>miles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distance unit</source>
        <translation>Unité de distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distances walked</source>
        <translation>Distances marchées</translation>
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
        <translation>Unité de poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body weight</source>
        <translation>Poids</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="-220"/>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forward</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Week {number}, {year} (from {monday})
Forward: {forward}
Backward: {backward}
Total: {total}</source>
        <translation>Semaine {number}, {year} (à partir du {monday})
Avant&#xa0;: {forward}
Arrière&#xa0;: {backward}
Total&#xa0;: {total}</translation>
    </message>
</context>
<context>
    <name>WeeklyZonesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+11"/>
        <source>Minutes in zone per week</source>
        <translation>Minutes par zone et par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Week {number}, {year} (from {monday})</source>
        <translation>Semaine {number}, {year} (à partir du {monday})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Z{number} {name}: {time}</source>
        <translation>Z{number} {name}&#xa0;: {time}</translation>
    </message>
</context>
<context>
    <name>_FieldForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="-131"/>
        <source>Problem with {field}</source>
        <translation>Problème avec {field}</translation>
    </message>
</context>
</TS>
