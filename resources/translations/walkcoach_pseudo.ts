<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/about.py" line="+109" />
        <source>About {app}</source>
        <translation>[About {app}~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>License</source>
        <translation>[License~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your data</source>
        <translation>[Your data~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Where the figures come from</source>
        <translation>[Where the figures come from~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Version {version}</source>
        <translation>[Version {version}~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A coach for treadmill sessions that switch between walking forwards and walking backwards.</source>
        <translation>[A coach for treadmill sessions that switch between walking forwards and walking backwards.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+22" />
        <source>WalkCoach is free software: you may share and change it under the terms of the &lt;a href="{gpl}"&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/a&gt; (GPL-3.0-or-later). It comes with no warranty. It is built on Qt for Python (PySide6), used under the &lt;a href="{lgpl}"&gt;GNU Lesser General Public License v3&lt;/a&gt;, and on pyqtgraph and platformdirs (MIT license).</source>
        <translation>[WalkCoach is free software: you may share and change it under the terms of the &lt;a href="{gpl}"&gt;GNU General Public License, version 3 or (at your option) any later version&lt;/a&gt; (GPL-3.0-or-later). It comes with no warranty. It is built on Qt for Python (PySide6), used under the &lt;a href="{lgpl}"&gt;GNU Lesser General Public License v3&lt;/a&gt;, and on pyqtgraph and platformdirs (MIT license).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>History, your programs and settings are kept on this computer only, in &lt;a href="{url}"&gt;{where}&lt;/a&gt;. Click the folder to open it; copy it to back up.</source>
        <translation>[History, your programs and settings are kept on this computer only, in &lt;a href="{url}"&gt;{where}&lt;/a&gt;. Click the folder to open it; copy it to back up.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Muscle activation and energy figures are estimates drawn from these published studies and equations. They describe groups of people, not you, and are not medical advice.</source>
        <translation>[Muscle activation and energy figures are estimates drawn from these published studies and equations. They describe groups of people, not you, and are not medical advice.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No sources were loaded.</source>
        <translation>[No sources were loaded.~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>BackwardForwardChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+248" />
        <source>Mean heart rate (bpm)</source>
        <translation>[Mean heart rate (bpm)~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Speed</source>
        <translation>[Speed~]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Backward</source>
        <translation>[Backward~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>[Forward~]</translation>
    </message>
    <message>
        <location line="+32" />
        <source>{speed}
Backward: {backward:.0f} bpm ({backward_n} segments)
Forward: {forward:.0f} bpm ({forward_n} segments)</source>
        <translation>[{speed}
Backward: {backward:.0f} bpm ({backward_n} segments)
Forward: {forward:.0f} bpm ({forward_n} segments)~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>BestsPanel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+134" />
        <source>Personal bests</source>
        <translation>[Personal bests~~~~]</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Set on {day}</source>
        <translation>[Set on {day}~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ended on {day}</source>
        <translation>[Ended on {day}~~]</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+319" />
        <source> rounds</source>
        <translation>[ rounds~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Optional, e.g. Intervals</source>
        <translation>[Optional, e.g. Intervals~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Rounds</source>
        <translation>[&amp;Rounds~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repeat rounds</source>
        <translation>[Repeat rounds~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How many times the segments of the block are walked</source>
        <translation>[How many times the segments of the block are walked~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Label</source>
        <translation>[&amp;Label~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Block label</source>
        <translation>[Block label~~~]</translation>
    </message>
</context>
<context>
    <name>BodyDiagramWidget</name>
    <message>
        <location filename="../../walkcoach/ui/coach/body_diagram.py" line="+176" />
        <source>Body diagram of the muscles worked</source>
        <translation>[Body diagram of the muscles worked~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+65" />
        <location line="+192" />
        <source>Coming up</source>
        <translation>[Coming up~~]</translation>
    </message>
    <message>
        <location line="-186" />
        <source>Front</source>
        <translation>[Front~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back</source>
        <translation>[Back~]</translation>
    </message>
    <message>
        <location line="+31" />
        <source> (left)</source>
        <translation>[ (left)~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (right)</source>
        <translation>[ (right)~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not working in this segment</source>
        <translation>[Not working in this segment~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measured</source>
        <translation>[measured~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>estimated</source>
        <translation>[estimated~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{value} % of its maximal voluntary contraction (EMG), {basis}</source>
        <translation>[{value} % of its maximal voluntary contraction (EMG), {basis}~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Source: {source}</source>
        <translation>[Source: {source}~~]</translation>
    </message>
    <message>
        <location line="+167" />
        <source>% of maximal voluntary contraction</source>
        <translation>[% of maximal voluntary contraction~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No muscle is working hard.</source>
        <translation>[No muscle is working hard.~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../walkcoach/ui/history/calendar_heatmap.py" line="+104" />
        <source>{day}: no session</source>
        <translation>[{day}: no session~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{day}: {time}</source>
        <translation>[{day}: {time}~]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Mon</source>
        <translation>[Mon~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Wed</source>
        <translation>[Wed~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fri</source>
        <translation>[Fri~]</translation>
    </message>
    <message>
        <location line="+25" />
        <source>More</source>
        <translation>[More~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Less</source>
        <translation>[Less~]</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Minutes per day: under 15, 15-30, 30-45, 45 and more</source>
        <translation>[Minutes per day: under 15, 15-30, 30-45, 45 and more~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <location filename="../../walkcoach/ui/coach/page.py" line="+119" />
        <location line="+439" />
        <source>Start</source>
        <translation>[Start~]</translation>
    </message>
    <message>
        <location line="-438" />
        <location line="+131" />
        <location line="+319" />
        <source>Pause</source>
        <translation>[Pause~]</translation>
    </message>
    <message>
        <location line="-449" />
        <source>Previous step</source>
        <translation>[Previous step~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skip</source>
        <translation>[Skip~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>−30 s</source>
        <translation>[−30 s~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>+30 s</source>
        <translation>[+30 s~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>30 seconds less</source>
        <translation>[30 seconds less~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>30 seconds more</source>
        <translation>[30 seconds more~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>30 seconds less on this step (-)</source>
        <translation>[30 seconds less on this step (-)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>30 seconds more on this step (+)</source>
        <translation>[30 seconds more on this step (+)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>[Done~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop</source>
        <translation>[Stop~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mini view</source>
        <translation>[Mini view~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the session (Space)</source>
        <translation>[Start the session (Space)~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+438" />
        <source>Pause or resume (Space)</source>
        <translation>[Pause or resume (Space)~~~~~~~~]</translation>
    </message>
    <message>
        <location line="-436" />
        <source>Restart this step, or go to the previous one in its first seconds (Left or B)</source>
        <translation>[Restart this step, or go to the previous one in its first seconds (Left or B)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next segment (Right or N)</source>
        <translation>[Next segment (Right or N)~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finished this station: go on</source>
        <translation>[Finished this station: go on~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End the session (Esc)</source>
        <translation>[End the session (Esc)~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Small always-on-top window (Ctrl+M)</source>
        <translation>[Small always-on-top window (Ctrl+M)~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workout view</source>
        <translation>[Workout view~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only direction, time, targets and next, over the whole screen (F11; Esc leaves)</source>
        <translation>[Only direction, time, targets and next, over the whole screen (F11; Esc leaves)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+130" />
        <source>Esc or F11: leave the workout view</source>
        <translation>[Esc or F11: leave the workout view~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+24" />
        <source>NO PROGRAM</source>
        <translation>[NO PROGRAM~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+163" />
        <source>READY</source>
        <translation>[READY~]</translation>
    </message>
    <message>
        <location line="-160" />
        <source>Press Start or Space  ·  {count} segments, {backward} backward</source>
        <translation>[Press Start or Space  ·  {count} segments, {backward} backward~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step 0 of {total}</source>
        <translation>[Step 0 of {total}~~]</translation>
    </message>
    <message>
        <location line="+30" />
        <source>TURN AROUND SOON, then {to}</source>
        <translation>[TURN AROUND SOON, then {to}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>All {total} steps done</source>
        <translation>[All {total} steps done~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step {i} of {n}</source>
        <translation>[Step {i} of {n}~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  ·  round {r} of {rounds}</source>
        <translation>[  ·  round {r} of {rounds}~~~~]</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The computer was asleep. Press Space to go on.</source>
        <translation>[The computer was asleep. Press Space to go on.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The treadmill stopped. Press Space to go on.</source>
        <translation>[The treadmill stopped. Press Space to go on.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Press Space to go on.</source>
        <translation>[Press Space to go on.~~~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>When you have finished, press Done to go on.</source>
        <translation>[When you have finished, press Done to go on.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The belt is slowing down: keep walking, turn when told.</source>
        <translation>[The belt is slowing down: keep walking, turn when told.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Catch your breath: keep walking slowly, turn when told.</source>
        <translation>[Catch your breath: keep walking slowly, turn when told.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+42" />
        <source>WELL DONE</source>
        <translation>[WELL DONE~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session complete. Walk slowly to cool down.</source>
        <translation>[Session complete. Walk slowly to cool down.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>STOPPED</source>
        <translation>[STOPPED~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The time you walked is kept.</source>
        <translation>[The time you walked is kept.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>GET READY</source>
        <translation>[GET READY~~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>TURN</source>
        <translation>[TURN~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Now face {word}: {targets}</source>
        <translation>[Now face {word}: {targets}~~~]</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Start again</source>
        <translation>[Start again~~~]</translation>
    </message>
    <message>
        <location line="-307" />
        <location line="+314" />
        <source>Go on</source>
        <translation>[Go on~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Turn now, without waiting for the heart rate (Space)</source>
        <translation>[Turn now, without waiting for the heart rate (Space)~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="-316" />
        <location line="+319" />
        <source>Resume</source>
        <translation>[Resume~]</translation>
    </message>
</context>
<context>
    <name>CoachTexts</name>
    <message>
        <location filename="../../walkcoach/ui/coach/texts.py" line="+20" />
        <source>{value} mph</source>
        <translation>[{value} mph~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{value} km/h</source>
        <translation>[{value} km/h~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{value} % incline</source>
        <translation>[{value} % incline~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+21" />
        <source>FORWARD</source>
        <translation>[FORWARD~]</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+17" />
        <source>BACKWARD</source>
        <translation>[BACKWARD~~]</translation>
    </message>
    <message>
        <location line="-15" />
        <source>REST</source>
        <translation>[REST~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TURN</source>
        <translation>[TURN~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>STATION</source>
        <translation>[STATION~]</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Belt slow: {speed}</source>
        <translation>[Belt slow: {speed}~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>belt slow or stopped</source>
        <translation>[belt slow or stopped~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>belt stopped, hold the rails</source>
        <translation>[belt stopped, hold the rails~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>belt stopped, step off safely</source>
        <translation>[belt stopped, step off safely~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{value} steps/min</source>
        <translation>[{value} steps/min~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>First: {targets}</source>
        <translation>[First: {targets}~]</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+10" />
        <source>Hold the rails</source>
        <translation>[Hold the rails~~~~]</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Turn round</source>
        <translation>[Turn round~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find your footing</source>
        <translation>[Find your footing~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Keep walking</source>
        <translation>[Keep walking~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Turn when told</source>
        <translation>[Turn when told~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source> at {speed}, {incline}</source>
        <translation>[ at {speed}, {incline}~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Next: finish</source>
        <translation>[Next: finish~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next: {summary}</source>
        <translation>[Next: {summary}~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{value} min</source>
        <translation>[{value} min~]</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../walkcoach/cli/main.py" line="+33" />
        <source>usage: </source>
        <extracomment>The first word of a sub-command's help: "usage: walkcoach show [-h] PROGRAM".</extracomment>
        <translation>[usage: ~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>positional arguments</source>
        <extracomment>A title in the --help text, above the arguments given without an option name.</extracomment>
        <translation>[positional arguments~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>options</source>
        <extracomment>A title in the --help text, above the options (--json, --data-dir...).</extracomment>
        <translation>[options~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>show this help message and exit</source>
        <translation>[show this help message and exit~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>argument {argument}: {message}</source>
        <translation>[argument {argument}: {message}~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the following arguments are required: {names}</source>
        <translation>[the following arguments are required: {names}~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unrecognized arguments: {names}</source>
        <translation>[unrecognized arguments: {names}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>[invalid choice: {value} (choose from {choices})~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected one argument</source>
        <translation>[expected one argument~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>expected at least one argument</source>
        <translation>[expected at least one argument~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ignored explicit argument {value}</source>
        <translation>[ignored explicit argument {value}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>invalid {type} value: {value}</source>
        <translation>[invalid {type} value: {value}~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>one of the arguments {names} is required</source>
        <translation>[one of the arguments {names} is required~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not allowed with argument {other}</source>
        <translation>[not allowed with argument {other}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>[ambiguous option: {option} could match {matches}~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+24" />
        <source>must be a number (got '{text}')</source>
        <translation>[must be a number (got '{text}')~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be greater than 0 and at most {most} (got {text})</source>
        <translation>[must be greater than 0 and at most {most} (got {text})~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+19" />
        <source>give a Bluetooth address (like F0:57:A1:7E:AD:01), a device name or 'virtual'</source>
        <translation>[give a Bluetooth address (like F0:57:A1:7E:AD:01), a device name or 'virtual'~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>must be a whole number (got '{text}')</source>
        <translation>[must be a whole number (got '{text}')~~~~~~~~ ~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>must be from 1 to {most} (got a number of %n character(s))</source>
        <translation><numerusform>[must be from 1 to {most} (got a number of %n character(s))~~~~~~~~ ~~~~~~~~]</numerusform><numerusform>[must be from 1 to {most} (got a number of %n character(s))~~~~~~~~ ~~~~~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be from 1 to {most} (got {text})</source>
        <translation>[must be from 1 to {most} (got {text})~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>keep all user data (history, programs, settings) in DIR</source>
        <translation>[keep all user data (history, programs, settings) in DIR~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>window options (no sub-command)</source>
        <translation>[window options (no sub-command)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>select this program on start</source>
        <translation>[select this program on start~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>start the session at once</source>
        <translation>[start the session at once~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>session time runs X times faster (demos and tests)</source>
        <translation>[session time runs X times faster (demos and tests)~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>quit when the session finishes</source>
        <translation>[quit when the session finishes~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>write engine events and cues as JSON lines</source>
        <translation>[write engine events and cues as JSON lines~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>drive this FTMS treadmill (virtual: a simulated one, no hardware needed)</source>
        <translation>[drive this FTMS treadmill (virtual: a simulated one, no hardware needed)~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>show this heart-rate sensor's heart rate (virtual: one that follows your effort)</source>
        <translation>[show this heart-rate sensor's heart rate (virtual: one that follows your effort)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>use bumble on this HCI transport (usb:0, tcp-client:HOST:PORT) instead of the system's Bluetooth</source>
        <translation>[use bumble on this HCI transport (usb:0, tcp-client:HOST:PORT) instead of the system's Bluetooth~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>start the window, print the start-up time in ms, exit 0</source>
        <translation>[start the window, print the start-up time in ms, exit 0~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Coach for treadmill sessions that alternate forward and backward walking.</source>
        <translation>[Coach for treadmill sessions that alternate forward and backward walking.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>show the version of WalkCoach and exit</source>
        <translation>[show the version of WalkCoach and exit~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>list built-in and user programs</source>
        <translation>[list built-in and user programs~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/options.py" line="+12" />
        <source>machine-readable output</source>
        <translation>[machine-readable output~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/main.py" line="+4" />
        <source>show one program's segments</source>
        <translation>[show one program's segments~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a program id or a program file</source>
        <translation>[a program id or a program file~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>estimated muscle activation for a way of walking</source>
        <translation>[estimated muscle activation for a way of walking~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the way you face on the belt</source>
        <translation>[the way you face on the belt~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the belt's incline in percent</source>
        <translation>[the belt's incline in percent~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the belt's speed in km/h (optional)</source>
        <translation>[the belt's speed in km/h (optional)~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>copy a program file into your programs</source>
        <translation>[copy a program file into your programs~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a program file (JSON)</source>
        <translation>[a program file (JSON)~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>replace a program with the same id</source>
        <translation>[replace a program with the same id~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>list recorded sessions</source>
        <translation>[list recorded sessions~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>delete the session with this ID</source>
        <translation>[delete the session with this ID~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>export sessions to CSV, JSON, TCX or FIT</source>
        <translation>[export sessions to CSV, JSON, TCX or FIT~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the session with this ID (see walkcoach history)</source>
        <translation>[the session with this ID (see walkcoach history)~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every recorded session</source>
        <translation>[every recorded session~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the file format</source>
        <translation>[the file format~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a file, a folder, or - for stdout</source>
        <translation>[a file, a folder, or - for stdout~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>replace files that exist already</source>
        <translation>[replace files that exist already~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+45" />
        <source>warm-up</source>
        <translation>[warm-up~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>main</source>
        <translation>[main~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cool-down</source>
        <translation>[cool-down~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>forward</source>
        <translation>[forward~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>backward</source>
        <translation>[backward~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rest</source>
        <translation>[rest~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>station</source>
        <translation>[station~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>turn</source>
        <translation>[turn~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>beginner</source>
        <translation>[beginner~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>intermediate</source>
        <translation>[intermediate~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>advanced</source>
        <translation>[advanced~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>front</source>
        <extracomment>A muscle seen on the front of the body.</extracomment>
        <translation>[front~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>back</source>
        <extracomment>A muscle seen on the back of the body.</extracomment>
        <translation>[back~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>measured</source>
        <extracomment>A muscle's figure: a published measurement at this condition.</extracomment>
        <translation>[measured~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>estimated</source>
        <extracomment>A muscle's figure: derived, scaled or assumed.</extracomment>
        <translation>[estimated~~]</translation>
    </message>
    <message>
        <location line="+44" />
        <source>skipped a user program: {error}</source>
        <translation>[skipped a user program: {error}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>built-in</source>
        <translation>[built-in~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>yours</source>
        <translation>[yours~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/history.py" line="+41" />
        <source>completed</source>
        <translation>[completed~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ended early</source>
        <translation>[ended early~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>too short</source>
        <translation>[too short~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>interrupted</source>
        <translation>[interrupted~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the history database is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>[the history database is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the data folder {folder} is a file, not a folder</source>
        <translation>[the data folder {folder} is a file, not a folder~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+60" />
        <source>No sessions recorded yet: the data folder {folder} does not exist.</source>
        <translation>[No sessions recorded yet: the data folder {folder} does not exist.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No sessions recorded yet. Finished sessions appear here.</source>
        <translation>[No sessions recorded yet. Finished sessions appear here.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>(%n session(s) being recorded now: listed once finished.)</source>
        <translation><numerusform>[(%n session(s) being recorded now: listed once finished.)~~~~~~~~ ~~~~~~~~ ~~]</numerusform><numerusform>[(%n session(s) being recorded now: listed once finished.)~~~~~~~~ ~~~~~~~~ ~~]</numerusform></translation>
    </message>
    <message>
        <location line="+19" />
        <source>session {id} was not deleted: {reason}</source>
        <translation>[session {id} was not deleted: {reason}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Deleted session {id} ({program}, {when}, {time}).</source>
        <translation>[Deleted session {id} ({program}, {when}, {time}).~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <location filename="../../walkcoach/cli/programs.py" line="+5" />
        <source>ID</source>
        <translation>[ID~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>[Started~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program</source>
        <translation>[Program~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>[Status~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>[Time~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>[Forward~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward</source>
        <translation>[Backward~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest backward</source>
        <translation>[Longest backward~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>km</source>
        <extracomment>The column of distances, in kilometres.</extracomment>
        <translation>[km~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{status} (pain)</source>
        <translation>[{status} (pain)~]</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>%n session(s), {time} walked backward in all.</source>
        <translation><numerusform>[%n session(s), {time} walked backward in all.~~~~~~~~ ~~~~]</numerusform><numerusform>[%n session(s), {time} walked backward in all.~~~~~~~~ ~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+17" />
        <source>there are no recorded sessions to export</source>
        <translation>[there are no recorded sessions to export~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{format} is a binary format of one session; give a file with -o PATH, or send one session to a pipe</source>
        <translation>[{format} is a binary format of one session; give a file with -o PATH, or send one session to a pipe~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Exported %n session(s) to {file}</source>
        <translation><numerusform>[Exported %n session(s) to {file}~~~~~~~~]</numerusform><numerusform>[Exported %n session(s) to {file}~~~~~~~~]</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Exported %n session(s) as {format} files into {folder}</source>
        <translation><numerusform>[Exported %n session(s) as {format} files into {folder}~~~~~~~~ ~~~~]</numerusform><numerusform>[Exported %n session(s) as {format} files into {folder}~~~~~~~~ ~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+23" />
        <source>no session with id {id} (`walkcoach history` lists the recorded ones)</source>
        <translation>[no session with id {id} (`walkcoach history` lists the recorded ones)~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>session {id} is being recorded right now; export it when it ends</source>
        <translation>[session {id} is being recorded right now; export it when it ends~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/programs.py" line="+1" />
        <source>NAME</source>
        <translation>[NAME~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LEVEL</source>
        <translation>[LEVEL~]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+134" />
        <source>TIME</source>
        <translation>[TIME~]</translation>
    </message>
    <message>
        <location line="-133" />
        <source>BACKWARD</source>
        <translation>[BACKWARD~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SEGMENTS</source>
        <translation>[SEGMENTS~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FROM</source>
        <translation>[FROM~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{builtin} built-in and {yours} of your own. Details: walkcoach show ID</source>
        <translation>[{builtin} built-in and {yours} of your own. Details: walkcoach show ID~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>stopped</source>
        <translation>[stopped~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{speed} mph</source>
        <translation>[{speed} mph~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{speed} km/h</source>
        <translation>[{speed} km/h~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>round {round}/{rounds}</source>
        <translation>[round {round}/{rounds}~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>added by the coach: the direction changes here</source>
        <translation>[added by the coach: the direction changes here~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{cadence} steps/min</source>
        <translation>[{cadence} steps/min~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>waits for you</source>
        <translation>[waits for you~~~~]</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{name} ({id}, {level}, built-in)</source>
        <translation>[{name} ({id}, {level}, built-in)~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} ({id}, {level}, your program)</source>
        <translation>[{name} ({id}, {level}, your program)~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no level</source>
        <translation>[no level~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Total {total}: backward {backward}, forward {forward}, %n segment(s)</source>
        <translation><numerusform>[Total {total}: backward {backward}, forward {forward}, %n segment(s)~~~~~~~~ ~~~~~]</numerusform><numerusform>[Total {total}: backward {backward}, forward {forward}, %n segment(s)~~~~~~~~ ~~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+17" />
        <source>Source: {source}</source>
        <translation>[Source: {source}~~]</translation>
    </message>
    <message>
        <location line="+21" />
        <source>AT</source>
        <translation>[AT~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PHASE</source>
        <translation>[PHASE~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KIND</source>
        <translation>[KIND~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SPEED</source>
        <translation>[SPEED~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>INCLINE</source>
        <translation>[INCLINE~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NOTES</source>
        <translation>[NOTES~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{option} must be a number (got '{text}')</source>
        <translation>[{option} must be a number (got '{text}')~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{option} must be between {low} and {high} {unit} (got {text})</source>
        <translation>[{option} must be between {low} and {high} {unit} (got {text})~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unknown direction '{direction}' (use forward or backward)</source>
        <translation>[unknown direction '{direction}' (use forward or backward)~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Forward walking, {incline} % incline</source>
        <translation>[Forward walking, {incline} % incline~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward walking, {incline} % incline</source>
        <translation>[Backward walking, {incline} % incline~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Forward walking, {incline} % incline at {speed} km/h</source>
        <translation>[Forward walking, {incline} % incline at {speed} km/h~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Backward walking, {incline} % incline at {speed} km/h</source>
        <translation>[Backward walking, {incline} % incline at {speed} km/h~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Activation in % of a maximal voluntary contraction; 'estimated' figures are WalkCoach's.</source>
        <translation>[Activation in % of a maximal voluntary contraction; 'estimated' figures are WalkCoach's.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+19" />
        <source>MUSCLE</source>
        <translation>[MUSCLE~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>VIEW</source>
        <translation>[VIEW~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MVC</source>
        <translation>[MVC~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>BASIS</source>
        <translation>[BASIS~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SOURCE</source>
        <translation>[SOURCE~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>a program with id '{id}' already exists ('{name}'); use --force to replace it</source>
        <translation>[a program with id '{id}' already exists ('{name}'); use --force to replace it~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot save the program: {reason}</source>
        <translation>[cannot save the program: {reason}~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Imported '{name}' as '{id}' ({time}, %n segment(s)) into {folder}</source>
        <translation><numerusform>[Imported '{name}' as '{id}' ({time}, %n segment(s)) into {folder}~~~~~~~~ ~~~~~]</numerusform><numerusform>[Imported '{name}' as '{id}' ({time}, %n segment(s)) into {folder}~~~~~~~~ ~~~~~]</numerusform></translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/devices.py" line="+26" />
        <source>treadmill</source>
        <translation>[treadmill~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heart-rate sensor</source>
        <translation>[heart-rate sensor~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>must be a number of seconds (got '{text}')</source>
        <translation>[must be a number of seconds (got '{text}')~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be greater than 0 and at most {most} seconds (got {text})</source>
        <translation>[must be greater than 0 and at most {most} seconds (got {text})~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>list the treadmills and heart-rate sensors in range</source>
        <translation>[list the treadmills and heart-rate sensors in range~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit status: 0 listed (maybe none), 2 bad arguments, 3 Bluetooth not usable.</source>
        <translation>[Exit status: 0 listed (maybe none), 2 bad arguments, 3 Bluetooth not usable.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>scan for N seconds (default {default})</source>
        <translation>[scan for N seconds (default {default})~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a bumble HCI transport ({examples}); default: the one in the settings, else the system's Bluetooth</source>
        <translation>[a bumble HCI transport ({examples}); default: the one in the settings, else the system's Bluetooth~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the HCI transport in {file}</source>
        <translation>[the HCI transport in {file}~~~~~~~]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the system's Bluetooth</source>
        <translation>[the system's Bluetooth~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No treadmill or heart-rate sensor found in {seconds} s through {through}.</source>
        <translation>[No treadmill or heart-rate sensor found in {seconds} s through {through}.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Is it switched on and awake, and not linked to another app?</source>
        <translation>[Is it switched on and awake, and not linked to another app?~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(no name)</source>
        <translation>[(no name)~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name</source>
        <translation>[Name~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>[Kind~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signal</source>
        <translation>[Signal~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>[Address~]</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n found in {seconds} s through {through}. Use one: walkcoach --treadmill ADDRESS</source>
        <translation><numerusform>[%n found in {seconds} s through {through}. Use one: walkcoach --treadmill ADDRESS~~~~~~~~ ~~~~~~~~ ~~~~~]</numerusform><numerusform>[%n found in {seconds} s through {through}. Use one: walkcoach --treadmill ADDRESS~~~~~~~~ ~~~~~~~~ ~~~~~]</numerusform></translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/output.py" line="+33" />
        <source>warning: {message}</source>
        <extracomment>A line on stderr: "walkcoach: warning: &lt;what is wrong&gt;".</extracomment>
        <translation>[warning: {message}~~]</translation>
    </message>
    <message>
        <location line="+54" />
        <source>error: {message}</source>
        <extracomment>A line on stderr: "walkcoach: error: &lt;what is wrong&gt;".</extracomment>
        <translation>[error: {message}~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/cli/plans.py" line="+39" />
        <source>done</source>
        <translation>[done~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missed</source>
        <translation>[missed~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>today</source>
        <translation>[today~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>coming</source>
        <translation>[coming~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>[skipped~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>pause the active plan</source>
        <translation>[pause the active plan~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>resume the active plan</source>
        <translation>[resume the active plan~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skip the active plan's next session</source>
        <translation>[skip the active plan's next session~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>restart the active plan's week</source>
        <translation>[restart the active plan's week~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stop the active plan</source>
        <translation>[stop the active plan~~~~~~]</translation>
    </message>
    <message>
        <location line="+24" />
        <source>list the built-in training plans</source>
        <translation>[list the built-in training plans~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>start, show or export the active training plan</source>
        <translation>[start, show or export the active training plan~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>start a plan (replaces the active one)</source>
        <translation>[start a plan (replaces the active one)~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a plan id (see walkcoach plans)</source>
        <translation>[a plan id (see walkcoach plans)~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>weekdays (default: the plan's)</source>
        <translation>[weekdays (default: the plan's)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>time of day (default: the plan's)</source>
        <translation>[time of day (default: the plan's)~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>time zone, e.g. Europe/Berlin (default: this computer's)</source>
        <translation>[time zone, e.g. Europe/Berlin (default: this computer's)~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>calendar alarm MIN minutes before (default 10)</source>
        <translation>[calendar alarm MIN minutes before (default 10)~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>this week and the next, each session's state</source>
        <translation>[this week and the next, each session's state~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>write the coming sessions as an iCalendar file</source>
        <translation>[write the coming sessions as an iCalendar file~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a file, or - for stdout</source>
        <translation>[a file, or - for stdout~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{option} must be a date as YYYY-MM-DD (got '{text}')</source>
        <translation>[{option} must be a date as YYYY-MM-DD (got '{text}')~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no plan is active; start one with `walkcoach plan start ID` (see `walkcoach plans`)</source>
        <translation>[no plan is active; start one with `walkcoach plan start ID` (see `walkcoach plans`)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the active plan '{id}' is not known to this WalkCoach</source>
        <translation>[the active plan '{id}' is not known to this WalkCoach~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>%n week(s)</source>
        <translation><numerusform>[%n week(s)~~]</numerusform><numerusform>[%n week(s)~~]</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n session(s)</source>
        <translation><numerusform>[%n session(s)~~~]</numerusform><numerusform>[%n session(s)~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+17" />
        <source>The plan is stopped; your history is kept.</source>
        <translation>[The plan is stopped; your history is kept.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the plan is already paused</source>
        <translation>[the plan is already paused~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the plan is not paused</source>
        <translation>[the plan is not paused~~~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no plan with id '{id}' (one of: {known})</source>
        <translation>[no plan with id '{id}' (one of: {known})~~~~~~~~ ~]</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>'{id}' has up to {most} sessions a week: give at least %n weekday(s) (got {days})</source>
        <translation><numerusform>['{id}' has up to {most} sessions a week: give at least %n weekday(s) (got {days})~~~~~~~~ ~~~~~~~~ ~~~~~~]</numerusform><numerusform>['{id}' has up to {most} sessions a week: give at least %n weekday(s) (got {days})~~~~~~~~ ~~~~~~~~ ~~~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+11" />
        <source>unknown time zone '{zone}' (e.g. Europe/Berlin, America/New_York, UTC)</source>
        <translation>[unknown time zone '{zone}' (e.g. Europe/Berlin, America/New_York, UTC)~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--alarm must be 0-1440 minutes (got {minutes})</source>
        <translation>[--alarm must be 0-1440 minutes (got {minutes})~~~~~~~~ ~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Started “{name}”: %n week(s) on {days} at {time} ({zone}).</source>
        <translation><numerusform>[Started “{name}”: %n week(s) on {days} at {time} ({zone}).~~~~~~~~ ~~]</numerusform><numerusform>[Started “{name}”: %n week(s) on {days} at {time} ({zone}).~~~~~~~~ ~~]</numerusform></translation>
    </message>
    <message>
        <location line="+69" />
        <source>Week {week} (from {monday}):</source>
        <translation>[Week {week} (from {monday}):~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no day left</source>
        <translation>[no day left~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>day {day}: {title}</source>
        <extracomment>After the date and the state: "day 1: Backward, two minutes".</extracomment>
        <translation>[day {day}: {title}~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>note: could not update {file}: {reason}</source>
        <extracomment>A line on stderr after a plan action: the calendar file could not be written.</extracomment>
        <translation>[note: could not update {file}: {reason}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+19" />
        <source>cannot write {file}: {reason}</source>
        <translation>[cannot write {file}: {reason}~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Wrote %n session(s) to {file}; it is written again when the plan moves.</source>
        <translation><numerusform>[Wrote %n session(s) to {file}; it is written again when the plan moves.~~~~~~~~ ~~~~~~~~ ~~~~~~]</numerusform><numerusform>[Wrote %n session(s) to {file}; it is written again when the plan moves.~~~~~~~~ ~~~~~~~~ ~~~~~~]</numerusform></translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+26" />
        <source>the data folder is empty; give a folder, or leave --data-dir out</source>
        <translation>[the data folder is empty; give a folder, or leave --data-dir out~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../walkcoach/core/cues.py" line="+96" />
        <source>Slow the belt to {speed}.</source>
        <translation>[Slow the belt to {speed}.~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the belt.</source>
        <translation>[Stop the belt.~~~~]</translation>
    </message>
    <message>
        <location line="+41" />
        <source>{amount} more: {left} left.</source>
        <extracomment>{amount} and {left} are spoken durations ("30 seconds", "1 minute 30 seconds").</extracomment>
        <translation>[{amount} more: {left} left.~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{amount} less: {left} left.</source>
        <translation>[{amount} less: {left} left.~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The belt is slowing to {speed} for the turn. Keep walking and hold the rails.</source>
        <translation>[The belt is slowing to {speed} for the turn. Keep walking and hold the rails.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="-87" />
        <source>Paused: the computer was asleep. Resume when you are ready.</source>
        <translation>[Paused: the computer was asleep. Resume when you are ready.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Paused.</source>
        <translation>[Paused.~]</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Get ready. First: {segment}</source>
        <extracomment>{segment} is the first segment's phrase, with its full stop.</extracomment>
        <translation>[Get ready. First: {segment}~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Now {segment}</source>
        <extracomment>{segment} is a segment phrase that starts a sentence when the turn is over.</extracomment>
        <translation>[Now {segment}~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Round {round} of {rounds}.</source>
        <translation>[Round {round} of {rounds}.~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Halfway. {duration} to go.</source>
        <translation>[Halfway. {duration} to go.~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{duration} left.</source>
        <translation>[{duration} left.~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session complete: {duration} of exercise. Well done.</source>
        <translation>[Session complete: {duration} of exercise. Well done.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Time is up for this station. Press Done when you have finished.</source>
        <translation>[Time is up for this station. Press Done when you have finished.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>forward for {duration} at {speed}</source>
        <extracomment>A segment phrase: lower case, no full stop; said after "Get ready. First:" or "Now", or alone as a sentence. {duration} "2 minutes", {speed} "3.2 kilometres per hour".</extracomment>
        <translation>[forward for {duration} at {speed}~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>backward for {duration} at {speed}</source>
        <translation>[backward for {duration} at {speed}~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>turn round for {duration}, belt at {speed}</source>
        <translation>[turn round for {duration}, belt at {speed}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>turn round for {duration}, belt stopped</source>
        <translation>[turn round for {duration}, belt stopped~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rest for {duration}, belt at {speed}</source>
        <translation>[rest for {duration}, belt at {speed}~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rest for {duration}, belt stopped</source>
        <translation>[rest for {duration}, belt stopped~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>station: {label}, for {duration}</source>
        <extracomment>{label} is the station's exercise ("20 lunges + 15 squats").</extracomment>
        <translation>[station: {label}, for {duration}~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>station: {label}. Press Done when you have finished</source>
        <translation>[station: {label}. Press Done when you have finished~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{phrase}, incline {value} percent</source>
        <extracomment>{phrase} is a segment phrase ("forward for 2 minutes at 4 kilometres per hour"); {value} a figure: the treadmill's slope in percent.</extracomment>
        <translation>[{phrase}, incline {value} percent~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{phrase}, decline {value} percent</source>
        <translation>[{phrase}, decline {value} percent~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{phrase}, %n step(s) a minute</source>
        <extracomment>The walking cadence added to a segment phrase ("forward for 2 minutes at 4 kilometres per hour").</extracomment>
        <translation><numerusform>[{phrase}, %n step(s) a minute~~~~~~]</numerusform><numerusform>[{phrase}, %n step(s) a minute~~~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>{phrase}.</source>
        <extracomment>A segment phrase as a sentence of its own.</extracomment>
        <translation>[{phrase}.~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the incline to {value} percent.</source>
        <translation>[Set the incline to {value} percent.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set the decline to {value} percent.</source>
        <translation>[Set the decline to {value} percent.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hold the rails and turn to face the back.</source>
        <translation>[Hold the rails and turn to face the back.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hold the rails and turn to face the front.</source>
        <translation>[Hold the rails and turn to face the front.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hold the rails and turn to face the other way.</source>
        <translation>[Hold the rails and turn to face the other way.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a moment</source>
        <extracomment>Said for {when} in "Turning ... in {when}" when the turn is less than a second away.</extracomment>
        <translation>[a moment~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Turning to walk backward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <extracomment>{when} is a spoken duration ("10 seconds") or "a moment"; {speed} "1 kilometre per hour".</extracomment>
        <translation>[Turning to walk backward in {when}: get ready to slow the belt to {speed} and hold the rails.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Turning to walk forward in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>[Turning to walk forward in {when}: get ready to slow the belt to {speed} and hold the rails.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Turning round in {when}: get ready to slow the belt to {speed} and hold the rails.</source>
        <translation>[Turning round in {when}: get ready to slow the belt to {speed} and hold the rails.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Turning to walk backward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>[Turning to walk backward in {when}: get ready to stop the belt and hold the rails.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Turning to walk forward in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>[Turning to walk forward in {when}: get ready to stop the belt and hold the rails.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Turning round in {when}: get ready to stop the belt and hold the rails.</source>
        <translation>[Turning round in {when}: get ready to stop the belt and hold the rails.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Turning to walk backward in {when}: the belt will slow down to {speed}.</source>
        <translation>[Turning to walk backward in {when}: the belt will slow down to {speed}.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Turning to walk forward in {when}: the belt will slow down to {speed}.</source>
        <translation>[Turning to walk forward in {when}: the belt will slow down to {speed}.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Turning round in {when}: the belt will slow down to {speed}.</source>
        <translation>[Turning round in {when}: the belt will slow down to {speed}.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Turn now. Hold the rails and turn to face the back.</source>
        <translation>[Turn now. Hold the rails and turn to face the back.~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn now. Hold the rails and turn to face the front.</source>
        <translation>[Turn now. Hold the rails and turn to face the front.~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn now. Hold the rails and turn to face the other way.</source>
        <translation>[Turn now. Hold the rails and turn to face the other way.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="-98" />
        <source>Last one.</source>
        <translation>[Last one.~~]</translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/spoken.py" line="+155" />
        <source>%n hour(s)</source>
        <translation><numerusform>[%n hour(s)~~]</numerusform><numerusform>[%n hour(s)~~]</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n minute(s)</source>
        <translation><numerusform>[%n minute(s)~~]</numerusform><numerusform>[%n minute(s)~~]</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n second(s)</source>
        <translation><numerusform>[%n second(s)~~]</numerusform><numerusform>[%n second(s)~~]</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>{larger} {smaller}</source>
        <extracomment>Joins two parts of a spoken duration, "2 minutes" and "30 seconds" (English says them one after the other; a language may want "and" between them).</extracomment>
        <translation>[{larger} {smaller}~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{value} kilometres per hour</source>
        <extracomment>A speed to be spoken; {value} is a figure such as 3,2.</extracomment>
        <translation>[{value} kilometres per hour~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{value} miles per hour</source>
        <translation>[{value} miles per hour~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 kilometre per hour</source>
        <extracomment>A speed of exactly one, spoken (the turn speed is often 1 km/h): the unit in the singular.</extracomment>
        <translation>[1 kilometre per hour~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 mile per hour</source>
        <translation>[1 mile per hour~~~~]</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../walkcoach/core/datewords.py" line="+17" />
        <source>Mon</source>
        <translation>[Mon~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tue</source>
        <translation>[Tue~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wed</source>
        <translation>[Wed~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thu</source>
        <translation>[Thu~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fri</source>
        <translation>[Fri~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sat</source>
        <translation>[Sat~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sun</source>
        <translation>[Sun~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Monday</source>
        <translation>[Monday~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tuesday</source>
        <translation>[Tuesday~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wednesday</source>
        <translation>[Wednesday~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thursday</source>
        <translation>[Thursday~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Friday</source>
        <translation>[Friday~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saturday</source>
        <translation>[Saturday~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sunday</source>
        <translation>[Sunday~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Jan</source>
        <translation>[Jan~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feb</source>
        <translation>[Feb~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mar</source>
        <translation>[Mar~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apr</source>
        <translation>[Apr~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>May</source>
        <translation>[May~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jun</source>
        <translation>[Jun~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jul</source>
        <translation>[Jul~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aug</source>
        <translation>[Aug~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sep</source>
        <translation>[Sep~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oct</source>
        <translation>[Oct~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nov</source>
        <translation>[Nov~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dec</source>
        <translation>[Dec~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{weekday} {day} {month}</source>
        <translation>[{weekday} {day} {month}~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{day} {month}</source>
        <translation>[{day} {month}~]</translation>
    </message>
</context>
<context>
    <name>DeviceAttach</name>
    <message>
        <location filename="../../walkcoach/ui/devices/attach.py" line="+100" />
        <source>Treadmill: {why}</source>
        <translation>[Treadmill: {why}~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Looking for the treadmill {name}…</source>
        <translation>[Looking for the treadmill {name}…~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Treadmill not linked: {why}</source>
        <translation>[Treadmill not linked: {why}~~~~~~~]</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The treadmill did not answer: the session starts without it.</source>
        <translation>[The treadmill did not answer: the session starts without it.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Waiting for the treadmill…</source>
        <translation>[Waiting for the treadmill…~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Heart rate: {why}</source>
        <translation>[Heart rate: {why}~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Looking for the heart-rate sensor {name}…</source>
        <translation>[Looking for the heart-rate sensor {name}…~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Heart-rate sensor not linked: bumble is not installed (pip install 'walkcoach[bumble]' to use --hci)</source>
        <translation>[Heart-rate sensor not linked: bumble is not installed (pip install 'walkcoach[bumble]' to use --hci)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>Heart-rate sensor not linked: {why}</source>
        <translation>[Heart-rate sensor not linked: {why}~~~~~~~~ ~]</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_dialog.py" line="+107" />
        <source>Treadmill and heart rate</source>
        <translation>[Treadmill and heart rate~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Forget</source>
        <translation>[&amp;Forget~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget the linked treadmill</source>
        <translation>[Forget the linked treadmill~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>F&amp;orget sensor</source>
        <translation>[F&amp;orget sensor~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget the linked heart-rate sensor</source>
        <translation>[Forget the linked heart-rate sensor~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+188" />
        <source>&amp;Scan</source>
        <translation>[&amp;Scan~]</translation>
    </message>
    <message>
        <location line="-187" />
        <source>Scan for treadmills and heart-rate sensors</source>
        <translation>[Scan for treadmills and heart-rate sensors~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scanning</source>
        <translation>[Scanning~~]</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Belt speed for every change of direction</source>
        <translation>[Belt speed for every change of direction~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop the belt when the program ends or I press Stop</source>
        <translation>[Stop the belt when the program ends or I press Stop~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>empty: this computer's Bluetooth</source>
        <translation>[empty: this computer's Bluetooth~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HCI transport, advanced</source>
        <translation>[HCI transport, advanced~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Advanced: a Bluetooth controller used directly through bumble ({install}), e.g. {examples}.</source>
        <translation>[Advanced: a Bluetooth controller used directly through bumble ({install}), e.g. {examples}.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>While linked</source>
        <translation>[While linked~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Turn speed</source>
        <translation>[&amp;Turn speed~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Belt</source>
        <translation>[&amp;Belt~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;HCI transport</source>
        <translation>[&amp;HCI transport~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The coach slows the belt to this before you turn around (at most {top}).</source>
        <translation>[The coach slows the belt to this before you turn around (at most {top}).~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Connect</source>
        <translation>[&amp;Connect~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the chosen treadmill</source>
        <translation>[Connect to the chosen treadmill~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Scan to find the treadmills and heart-rate sensors in range.</source>
        <translation>[Scan to find the treadmills and heart-rate sensors in range.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Scan stopped.</source>
        <translation>[Scan stopped.~~~~]</translation>
    </message>
    <message>
        <location line="+23" />
        <source>&amp;Stop scan</source>
        <translation>[&amp;Stop scan~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scanning… {n} s left</source>
        <translation>[Scanning… {n} s left~~~~~]</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Found {n} in {s:g} s.</source>
        <translation>[Found {n} in {s:g} s.~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing found in {s:g} s. Is the treadmill on, awake and free of other apps?</source>
        <translation>[Nothing found in {s:g} s. Is the treadmill on, awake and free of other apps?~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The scan did not work.</source>
        <translation>[The scan did not work.~~~~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No treadmill linked: the coach tells you the speeds to set.</source>
        <translation>[No treadmill linked: the coach tells you the speeds to set.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Linked: the virtual treadmill.</source>
        <translation>[Linked: the virtual treadmill.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Linked: {name} ({address}).</source>
        <translation>[Linked: {name} ({address}).~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No heart-rate sensor linked.</source>
        <translation>[No heart-rate sensor linked.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Heart rate: the virtual sensor.</source>
        <translation>[Heart rate: the virtual sensor.~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Heart rate: {name} ({address}).</source>
        <translation>[Heart rate: {name} ({address}).~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The virtual sensor's heart rate follows what you walk: faster, uphill and backward raise it, with a lag of tens of seconds.</source>
        <translation>[The virtual sensor's heart rate follows what you walk: faster, uphill and backward raise it, with a lag of tens of seconds.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A chest strap or a watch that shares its heart rate: Connect.</source>
        <translation>[A chest strap or a watch that shares its heart rate: Connect.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The virtual treadmill runs inside WalkCoach: try the whole link without a machine.</source>
        <translation>[The virtual treadmill runs inside WalkCoach: try the whole link without a machine.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a treadmill or a heart-rate sensor, then Connect.</source>
        <translation>[Choose a treadmill or a heart-rate sensor, then Connect.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+37" />
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>[⚠ The settings could not be saved: {error}~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Virtual heart-rate sensor</source>
        <translation>[Virtual heart-rate sensor~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Virtual treadmill</source>
        <translation>[Virtual treadmill~~~~~]</translation>
    </message>
</context>
<context>
    <name>DeviceList</name>
    <message>
        <location filename="../../walkcoach/ui/devices/device_list.py" line="+25" />
        <source>Treadmill</source>
        <translation>[Treadmill~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Heart-rate sensor</source>
        <translation>[Heart-rate sensor~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>not reported</source>
        <translation>[not reported~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>excellent</source>
        <translation>[excellent~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>good</source>
        <translation>[good~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fair</source>
        <translation>[fair~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weak</source>
        <translation>[weak~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{bars} {word}, {dbm} dBm</source>
        <translation>[{bars} {word}, {dbm} dBm~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Virtual treadmill (no hardware needed)</source>
        <translation>[Virtual treadmill (no hardware needed)~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Virtual heart-rate sensor (follows your effort)</source>
        <translation>[Virtual heart-rate sensor (follows your effort)~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no details</source>
        <translation>[no details~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No Bluetooth LE adapter was found on this computer. Plug one in, or try the virtual treadmill.</source>
        <translation>[No Bluetooth LE adapter was found on this computer. Plug one in, or try the virtual treadmill.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bluetooth is switched off. Switch it on and scan again.</source>
        <translation>[Bluetooth is switched off. Switch it on and scan again.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer's Bluetooth service cannot be reached ({detail}). Start it (on Linux: the bluetooth service) and scan again.</source>
        <translation>[This computer's Bluetooth service cannot be reached ({detail}). Start it (on Linux: the bluetooth service) and scan again.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>WalkCoach is not allowed to use Bluetooth ({detail}). Allow it in the system's settings; for a USB dongle, give your user access to it.</source>
        <translation>[WalkCoach is not allowed to use Bluetooth ({detail}). Allow it in the system's settings; for a USB dongle, give your user access to it.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The Bluetooth library bleak is not installed (pip install bleak).</source>
        <translation>[The Bluetooth library bleak is not installed (pip install bleak).~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An HCI transport needs bumble, which is not installed ({install}). Or leave the HCI transport empty to use this computer's Bluetooth.</source>
        <translation>[An HCI transport needs bumble, which is not installed ({install}). Or leave the HCI transport empty to use this computer's Bluetooth.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{hci}” is not an HCI transport name ({detail}). Examples: {examples}.</source>
        <translation>[“{hci}” is not an HCI transport name ({detail}). Examples: {examples}.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The HCI transport {hci} cannot be opened ({detail}).</source>
        <translation>[The HCI transport {hci} cannot be opened ({detail}).~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Bluetooth controller did not answer ({detail}).</source>
        <translation>[The Bluetooth controller did not answer ({detail}).~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Another program is scanning for Bluetooth devices. Try again soon.</source>
        <translation>[Another program is scanning for Bluetooth devices. Try again soon.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The scan failed: {detail}.</source>
        <translation>[The scan failed: {detail}.~~~~~~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Name</source>
        <translation>[Name~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>[Kind~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signal</source>
        <translation>[Signal~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>[Address~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Devices found</source>
        <translation>[Devices found~~~~]</translation>
    </message>
    <message>
        <location line="+22" />
        <source>no radio</source>
        <translation>[no radio~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>in the app</source>
        <translation>[in the app~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>not seen yet</source>
        <translation>[not seen yet~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(no name)</source>
        <translation>[(no name)~~]</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../walkcoach/devices/belt_coach.py" line="+46" />
        <source>The treadmill is not connected: the session goes on when it is back.</source>
        <translation>[The treadmill is not connected: the session goes on when it is back.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The treadmill is sending no data: the session goes on when it does.</source>
        <translation>[The treadmill is sending no data: the session goes on when it does.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Wait for the belt to slow down: the turn comes first.</source>
        <translation>[Wait for the belt to slow down: the turn comes first.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Wait. The belt is still slowing down.</source>
        <extracomment>Spoken while a turn waits for the belt to slow down.</extracomment>
        <translation>[Wait. The belt is still slowing down.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resuming in {seconds}.</source>
        <extracomment>Shown while the session counts down to going on after a pause; {seconds} is 3, 2, 1.</extracomment>
        <translation>[Resuming in {seconds}.~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/controller.py" line="+299" />
        <location filename="../../walkcoach/devices/hr_monitor.py" line="+141" />
        <source>connecting took too long</source>
        <translation>[connecting took too long~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/events.py" line="+37" />
        <source>The safety key was pulled: the session is paused.</source>
        <translation>[The safety key was pulled: the session is paused.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The treadmill was stopped on the machine: the session is paused.</source>
        <translation>[The treadmill was stopped on the machine: the session is paused.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The treadmill was paused on the machine: the session is paused.</source>
        <translation>[The treadmill was paused on the machine: the session is paused.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Another app took control of the treadmill: the session is paused.</source>
        <translation>[Another app took control of the treadmill: the session is paused.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The treadmill link was lost: the session is paused.</source>
        <translation>[The treadmill link was lost: the session is paused.~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The treadmill sent nothing for a while: the session is paused.</source>
        <translation>[The treadmill sent nothing for a while: the session is paused.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The belt did not slow down for the turn: the session is paused.</source>
        <translation>[The belt did not slow down for the turn: the session is paused.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The treadmill refused the turn speed: the session is paused.</source>
        <translation>[The treadmill refused the turn speed: the session is paused.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The treadmill refused {command}: {result}.</source>
        <extracomment>{command} and {result} are the protocol's words ("set target speed", "not supported").</extracomment>
        <translation>[The treadmill refused {command}: {result}.~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This treadmill cannot set its speed; {requested} km/h was skipped.</source>
        <translation>[This treadmill cannot set its speed; {requested} km/h was skipped.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This treadmill cannot set its incline; {requested} % was skipped.</source>
        <translation>[This treadmill cannot set its incline; {requested} % was skipped.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The treadmill's speed is limited: {applied} km/h instead of {requested} km/h.</source>
        <translation>[The treadmill's speed is limited: {applied} km/h instead of {requested} km/h.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The treadmill's incline is limited: {applied} % instead of {requested} %.</source>
        <translation>[The treadmill's incline is limited: {applied} % instead of {requested} %.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>You set {value} km/h.</source>
        <extracomment>The user changed the belt's speed on the machine itself.</extracomment>
        <translation>[You set {value} km/h.~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You set {value} %.</source>
        <extracomment>The user changed the belt's incline on the machine itself.</extracomment>
        <translation>[You set {value} %.~~~]</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>[Wait: the belt is still slowing down for the turn.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/hr_events.py" line="+17" />
        <source>Heart-rate sensor</source>
        <translation>[Heart-rate sensor~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Treadmill's heart rate</source>
        <translation>[Treadmill's heart rate~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>[The heart-rate sensor has lost contact with the skin.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The heart-rate sensor has contact again.</source>
        <translation>[The heart-rate sensor has contact again.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No heart rate at the moment: it shows as --.</source>
        <extracomment>"--" is what the screen shows in place of a heart rate.</extracomment>
        <translation>[No heart rate at the moment: it shows as --.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The heart rate is back.</source>
        <translation>[The heart rate is back.~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/scanning.py" line="+38" />
        <source>excellent</source>
        <translation>[excellent~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>good</source>
        <translation>[good~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fair</source>
        <translation>[fair~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weak</source>
        <translation>[weak~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown</source>
        <translation>[unknown~]</translation>
    </message>
    <message>
        <location line="+45" />
        <source>no Bluetooth LE adapter found on this computer</source>
        <translation>[no Bluetooth LE adapter found on this computer~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bluetooth is switched off; switch it on and scan again</source>
        <translation>[Bluetooth is switched off; switch it on and scan again~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the system's Bluetooth service cannot be reached: {detail}</source>
        <translation>[the system's Bluetooth service cannot be reached: {detail}~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not allowed to use Bluetooth ({detail})</source>
        <translation>[not allowed to use Bluetooth ({detail})~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the Bluetooth library bleak is not installed (pip install bleak)</source>
        <translation>[the Bluetooth library bleak is not installed (pip install bleak)~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{source} needs bumble, which is not installed ({install})</source>
        <extracomment>{source} is --hci or where the settings name the transport; {install} a pip command.</extracomment>
        <translation>[{source} needs bumble, which is not installed ({install})~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{source}: {hci!r} is not an HCI transport name ({detail}; for example {examples})</source>
        <translation>[{source}: {hci!r} is not an HCI transport name ({detail}; for example {examples})~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{source}: cannot open {hci} ({detail})</source>
        <translation>[{source}: cannot open {hci} ({detail})~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no answer from the Bluetooth controller ({detail})</source>
        <translation>[no answer from the Bluetooth controller ({detail})~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>another program is scanning for Bluetooth devices; try again</source>
        <translation>[another program is scanning for Bluetooth devices; try again~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the scan failed ({detail})</source>
        <translation>[the scan failed ({detail})~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_hr.py" line="+145" />
        <source>the heart-rate sensor did not answer</source>
        <translation>[the heart-rate sensor did not answer~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+29" />
        <source>the heart-rate sensor went out of range</source>
        <translation>[the heart-rate sensor went out of range~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/devices/virtual_transport.py" line="+38" />
        <source>the treadmill did not answer</source>
        <translation>[the treadmill did not answer~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+36" />
        <source>the treadmill went out of range</source>
        <translation>[the treadmill went out of range~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>DistanceSource</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-102" />
        <source>measured</source>
        <translation>[measured~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>planned</source>
        <translation>[planned~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>partly measured</source>
        <translation>[partly measured~~~~]</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location line="+25" />
        <source>Your walking history will appear here</source>
        <translation>[Your walking history will appear here~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;p&gt;Each session you finish (or stop early) is saved here automatically. After your first one you will see:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Minutes per week&lt;/b&gt;, forward and backward, as stacked bars;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your longest backward stretch&lt;/b&gt; in each session, climbing toward the 5-8 minutes without a break that the progression aims for;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;12-month calendar&lt;/b&gt; of the days you walked, with your current and longest streak;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;muscles you worked most&lt;/b&gt;, on the body diagram;&lt;/li&gt;&lt;li&gt;every &lt;b&gt;session&lt;/b&gt; with a chart of its segments, your &lt;b&gt;personal bests&lt;/b&gt;, and exports to CSV, JSON, TCX and FIT.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;[Each session you finish (or stop early) is saved here automatically. After your first one you will see:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Minutes per week&lt;/b&gt;, forward and backward, as stacked bars;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your longest backward stretch&lt;/b&gt; in each session, climbing toward the 5-8 minutes without a break that the progression aims for;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;12-month calendar&lt;/b&gt; of the days you walked, with your current and longest streak;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;muscles you worked most&lt;/b&gt;, on the body diagram;&lt;/li&gt;&lt;li&gt;every &lt;b&gt;session&lt;/b&gt; with a chart of its segments, your &lt;b&gt;personal bests&lt;/b&gt;, and exports to CSV, JSON, TCX and FIT.&lt;/li&gt;&lt;/ul&gt;~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>Energy</name>
    <message>
        <location filename="../../walkcoach/core/energy.py" line="+26" />
        <source>Backward walking is estimated at 1.18 x the forward figure (heart rate and oxygen uptake were 17-20 % higher backward at 5-10 % grade in Hooper et al. 2004).</source>
        <translation>[Backward walking is estimated at 1.18 x the forward figure (heart rate and oxygen uptake were 17-20 % higher backward at 5-10 % grade in Hooper et al. 2004).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Station (lunges and squats) energy is an estimate of about 5 METs.</source>
        <translation>[Station (lunges and squats) energy is an estimate of about 5 METs.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../walkcoach/core/files.py" line="+45" />
        <source>a folder</source>
        <translation>[a folder~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a pipe (FIFO)</source>
        <translation>[a pipe (FIFO)~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a device</source>
        <translation>[a device~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>[a socket~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>not a regular file</source>
        <translation>[not a regular file~~~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>is {kind}</source>
        <extracomment>Why a file was not read: "is a folder", "is a pipe (FIFO)".</extracomment>
        <translation>[is {kind}~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>is larger than {limit} bytes</source>
        <translation>[is larger than {limit} bytes~~~~~~~]</translation>
    </message>
    <message>
        <location line="+119" />
        <source>The data folder {folder} can be read by other users (mode {mode}) and could not be made private: {reason}.</source>
        <translation>[The data folder {folder} can be read by other users (mode {mode}) and could not be made private: {reason}.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The data folder {folder} could be read by other users (mode {mode}); it is now yours alone (mode {private}).</source>
        <translation>[The data folder {folder} could be read by other users (mode {mode}); it is now yours alone (mode {private}).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/paths.py" line="+32" />
        <source>it is a file, not a folder</source>
        <translation>[it is a file, not a folder~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/first_run.py" line="+65" />
        <location line="+5" />
        <source>Welcome to WalkCoach</source>
        <translation>[Welcome to WalkCoach~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>WalkCoach times treadmill sessions that switch between walking forward and walking backward, and tells you when to turn, what speed to set and which muscles work.</source>
        <translation>[WalkCoach times treadmill sessions that switch between walking forward and walking backward, and tells you when to turn, what speed to set and which muscles work.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Only used to estimate the energy you use</source>
        <translation>[Only used to estimate the energy you use~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Units</source>
        <translation>[&amp;Units~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Units</source>
        <translation>[Units~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Body &amp;weight</source>
        <translation>[Body &amp;weight~~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Body weight</source>
        <translation>[Body weight~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Walking backward safely</source>
        <translation>[Walking backward safely~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Clip the treadmill's safety key to your clothes and clear the space around it.</source>
        <translation>[Clip the treadmill's safety key to your clothes and clear the space around it.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start the belt slowly facing forward; turn around only at a slow speed.</source>
        <translation>[Start the belt slowly facing forward; turn around only at a slow speed.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hold the rails while you learn, keep your head up and do not look back over your shoulder.</source>
        <translation>[Hold the rails while you learn, keep your head up and do not look back over your shoulder.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Begin with short, slow backward spells of a minute or two; add time first, then speed, then incline.</source>
        <translation>[Begin with short, slow backward spells of a minute or two; add time first, then speed, then incline.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stop if anything hurts or you feel unsteady. With balance or inner-ear problems, uncontrolled blood pressure, an acute back problem or a recent injury, ask a doctor first.</source>
        <translation>[Stop if anything hurts or you feel unsteady. With balance or inner-ear problems, uncontrolled blood pressure, an acute back problem or a recent injury, ask a doctor first.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Safety advice</source>
        <translation>[Safety advice~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Select “{name}” to begin ({total}, {backward} of it backward)</source>
        <translation>[&amp;Select “{name}” to begin ({total}, {backward} of it backward)~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Select the gentlest program</source>
        <translation>[Select the gentlest program~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Let's go</source>
        <translation>[&amp;Let's go~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>S&amp;kip</source>
        <translation>[S&amp;kip~]</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../walkcoach/ui/app.py" line="+313" />
        <source>The last session could not be saved to the history ({problem}). It is kept in {file} and will be added to the history at the next start that can write it.</source>
        <translation>[The last session could not be saved to the history ({problem}). It is kept in {file} and will be added to the history at the next start that can write it.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The last session could not be saved to the history ({problem}), nor kept in a recovery file ({why}).</source>
        <translation>[The last session could not be saved to the history ({problem}), nor kept in a recovery file ({why}).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Session not saved yet</source>
        <translation>[Session not saved yet~~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Speech is not available: {reason}.</source>
        <translation>[Speech is not available: {reason}.~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The cue sounds still play.</source>
        <translation>[The cue sounds still play.~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+47" />
        <source>{problem}; the coach goes on silently.</source>
        <translation>[{problem}; the coach goes on silently.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+40" />
        <source>History not saved yet: {problem}</source>
        <translation>[History not saved yet: {problem}~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>HeartRateCoach</name>
    <message>
        <location filename="../../walkcoach/core/hr_coach.py" line="+29" />
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>[Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your heart rate is above your ceiling. Slow down a little.</source>
        <translation>[Your heart rate is above your ceiling. Slow down a little.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>[Heart rate back under {ceiling} bpm.~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catch your breath: keep walking slowly. The turn comes when your heart rate is under {bpm} bpm.</source>
        <translation>[Catch your breath: keep walking slowly. The turn comes when your heart rate is under {bpm} bpm.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Catch your breath. The turn comes when your heart rate has settled.</source>
        <translation>[Catch your breath. The turn comes when your heart rate has settled.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Heart rate settled: get ready to turn.</source>
        <translation>[Heart rate settled: get ready to turn.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waited long enough: get ready to turn.</source>
        <translation>[Waited long enough: get ready to turn.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>[No heart rate to wait for: get ready to turn.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Going on without waiting: get ready to turn.</source>
        <translation>[Going on without waiting: get ready to turn.~~~~~~~~ ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>HeartRatePrefs</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/heart_rate_prefs.py" line="+57" />
        <source> bpm</source>
        <translation>[ bpm~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>estimate from my age</source>
        <translation>[estimate from my age~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source> years</source>
        <translation>[ years~]</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>not given</source>
        <translation>[not given~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Maximum heart rate, beats a minute</source>
        <translation>[Maximum heart rate, beats a minute~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Age in years</source>
        <translation>[Age in years~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resting heart rate, beats a minute</source>
        <translation>[Resting heart rate, beats a minute~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Maximum</source>
        <translation>[&amp;Maximum~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Age</source>
        <translation>[&amp;Age~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Resting</source>
        <translation>[&amp;Resting~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your zones</source>
        <translation>[Your zones~~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Tell me when my heart rate is above</source>
        <translation>[Tell me when my heart rate is above~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the top of zone 4</source>
        <translation>[the top of zone 4~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Heart-rate ceiling, beats a minute</source>
        <translation>[Heart-rate ceiling, beats a minute~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start each backward bout only when my heart rate has settled</source>
        <translation>[Start each backward bout only when my heart rate has settled~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Settled means under, beats a minute</source>
        <translation>[Settled means under, beats a minute~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source> s</source>
        <translation>[ s~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Longest wait, seconds</source>
        <translation>[Longest wait, seconds~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>under</source>
        <translation>[under~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>waiting at most</source>
        <translation>[waiting at most~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coaching</source>
        <translation>[Coaching~~]</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Zone {n} · {name}</source>
        <translation>[Zone {n} · {name}~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{low} bpm and above ({pct} % and more)</source>
        <translation>[{low} bpm and above ({pct} % and more)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{low}–{high} bpm ({lo_pct}–{hi_pct} %)</source>
        <translation>[{low}–{high} bpm ({lo_pct}–{hi_pct} %)~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Enter your maximum heart rate, or your age to estimate it, to see your zones.</source>
        <translation>[Enter your maximum heart rate, or your age to estimate it, to see your zones.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Maximum {max} bpm; the ceiling's default, the top of zone 4: {top} bpm.</source>
        <translation>[Maximum {max} bpm; the ceiling's default, the top of zone 4: {top} bpm.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
</context>
<context>
    <name>HeartRateProgress</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+44" />
        <source>Heart rate: reading the recorded sessions…</source>
        <translation>[Heart rate: reading the recorded sessions…~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Heart rate: {problem}</source>
        <translation>[Heart rate: {problem}~~~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Heart rate: nothing recorded in the last 12 months. With a heart-rate sensor (a chest strap or watch) linked, this row shows your weekly time in each zone and your heart rate backward against forward at the same speed.</source>
        <translation>[Heart rate: nothing recorded in the last 12 months. With a heart-rate sensor (a chest strap or watch) linked, this row shows your weekly time in each zone and your heart rate backward against forward at the same speed.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Time in zones: enter your maximum heart rate or your age in Preferences to see it.</source>
        <translation>[Time in zones: enter your maximum heart rate or your age in Preferences to see it.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Time in zones: no heart rate recorded in the last 12 weeks.</source>
        <translation>[Time in zones: no heart rate recorded in the last 12 weeks.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Minutes in each heart-rate zone per week, the last 12 weeks: {names}</source>
        <translation>[Minutes in each heart-rate zone per week, the last 12 weeks: {names}~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Backward against forward: no speed walked both ways with a heart rate yet (each side needs a segment of over a minute).</source>
        <translation>[Backward against forward: no speed walked both ways with a heart rate yet (each side needs a segment of over a minute).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Your mean heart rate walking backward and forward at the same speed, from {backward_n} backward and {forward_n} forward segments in the last 12 months (the first 30 s of each left out): backward was {difference} bpm {word} on average.</source>
        <translation>[Your mean heart rate walking backward and forward at the same speed, from {backward_n} backward and {forward_n} forward segments in the last 12 months (the first 30 s of each left out): backward was {difference} bpm {word} on average.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>higher</source>
        <translation>[higher~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>lower</source>
        <translation>[lower~]</translation>
    </message>
</context>
<context>
    <name>HeartRateView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/hr_view.py" line="+76" />
        <source>from the treadmill</source>
        <translation>[from the treadmill~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>simulated zones</source>
        <translation>[simulated zones~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{bpm} bpm</source>
        <translation>[{bpm} bpm~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Below zone 1</source>
        <translation>[Below zone 1~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zone {n}
{name}</source>
        <translation>[Zone {n}
{name}~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{zone}
above your ceiling</source>
        <translation>[{zone}
above your ceiling~~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>connecting…</source>
        <translation>[connecting…~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sensor lost</source>
        <translation>[sensor lost~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no skin contact</source>
        <translation>[no skin contact~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>none from the treadmill</source>
        <translation>[none from the treadmill~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no heart rate</source>
        <translation>[no heart rate~~~~]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Virtual heart-rate sensor</source>
        <translation>[Virtual heart-rate sensor~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name}: connected</source>
        <translation>[{name}: connected~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name}: connecting…</source>
        <translation>[{name}: connecting…~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name}: closed</source>
        <translation>[{name}: closed~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name}: lost, trying again…</source>
        <translation>[{name}: lost, trying again…~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name}: lost, trying again… ({why})</source>
        <translation>[{name}: lost, trying again… ({why})~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The heart-rate sensor has lost contact with the skin.</source>
        <translation>[The heart-rate sensor has lost contact with the skin.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.</source>
        <translation>[Heart rate {bpm} is above your ceiling of {ceiling} bpm: slow down a little.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Heart rate back under {ceiling} bpm.</source>
        <translation>[Heart rate back under {ceiling} bpm.~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Heart rate settled: get ready to turn.</source>
        <translation>[Heart rate settled: get ready to turn.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waited long enough: get ready to turn.</source>
        <translation>[Waited long enough: get ready to turn.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No heart rate to wait for: get ready to turn.</source>
        <translation>[No heart rate to wait for: get ready to turn.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Going on without waiting: get ready to turn.</source>
        <translation>[Going on without waiting: get ready to turn.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Catch your breath: keep walking slowly.</source>
        <translation>[Catch your breath: keep walking slowly.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn under {level} bpm</source>
        <translation>[Turn under {level} bpm~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>now {bpm}</source>
        <translation>[now {bpm}~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>now --</source>
        <translation>[now --~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>at most {left} more</source>
        <translation>[at most {left} more~~~~]</translation>
    </message>
</context>
<context>
    <name>HeartRateZones</name>
    <message>
        <location filename="../../walkcoach/core/hr_zones.py" line="+25" />
        <source>Very light</source>
        <translation>[Very light~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>[Light~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moderate</source>
        <translation>[Moderate~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hard</source>
        <translation>[Hard~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maximum</source>
        <translation>[Maximum~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Below the zones</source>
        <translation>[Below the zones~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Estimated from your age with the Tanaka formula, 208 - 0.7 x age. It is an estimate: a real maximum can be 10 or more beats a minute either side, so enter yours if you know it.</source>
        <translation>[Estimated from your age with the Tanaka formula, 208 - 0.7 x age. It is an estimate: a real maximum can be 10 or more beats a minute either side, so enter yours if you know it.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zones on your heart-rate reserve (Karvonen): resting + % x (maximum - resting).</source>
        <translation>[Zones on your heart-rate reserve (Karvonen): resting + % x (maximum - resting).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zones as a percentage of your maximum heart rate.</source>
        <translation>[Zones as a percentage of your maximum heart rate.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>HelperCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/helper_player.py" line="+83" />
        <source>Sound is unavailable: the sound helper did not start</source>
        <translation>[Sound is unavailable: the sound helper did not start~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sound is unavailable: the sound helper keeps failing</source>
        <translation>[Sound is unavailable: the sound helper keeps failing~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Sound is unavailable: {reason}</source>
        <translation>[Sound is unavailable: {reason}~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+62" />
        <source>Forward</source>
        <translation>[Forward~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward</source>
        <translation>[Backward~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rest</source>
        <translation>[Rest~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Station</source>
        <translation>[Station~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn</source>
        <translation>[Turn~]</translation>
    </message>
</context>
<context>
    <name>HistoryExports</name>
    <message>
        <location filename="../../walkcoach/ui/history/exports.py" line="+66" />
        <source>CSV files (*.csv)</source>
        <translation>[CSV files (*.csv)~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON files (*.json)</source>
        <translation>[JSON files (*.json)~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Training Center files (*.tcx)</source>
        <translation>[Training Center files (*.tcx)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FIT files (*.fit)</source>
        <translation>[FIT files (*.fit)~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export as {fmt}</source>
        <translation>[Export as {fmt}~~]</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+188" />
        <source>there are no recorded sessions to export</source>
        <translation>[there are no recorded sessions to export~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="-158" />
        <source>Export failed</source>
        <translation>[Export failed~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was exported: {m}</source>
        <translation>[Nothing was exported: {m}~~~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Exported to {path}</source>
        <translation>[Exported to {path}~~~]</translation>
    </message>
    <message>
        <location line="+68" />
        <source>choose a session in the list first</source>
        <translation>[choose a session in the list first~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Export all sessions as &amp;CSV…</source>
        <translation>[Export all sessions as &amp;CSV…~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export all sessions as &amp;JSON…</source>
        <translation>[Export all sessions as &amp;JSON…~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export the last session as &amp;TCX…</source>
        <translation>[Export the last session as &amp;TCX…~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export the last session as &amp;FIT…</source>
        <translation>[Export the last session as &amp;FIT…~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../walkcoach/ui/history/page.py" line="+198" />
        <source>Export all as CSV…</source>
        <translation>[Export all as CSV…~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export all as JSON…</source>
        <translation>[Export all as JSON…~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Progress</source>
        <translation>[&amp;Progress~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Muscles</source>
        <translation>[&amp;Muscles~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Sessions</source>
        <translation>[&amp;Sessions~~]</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Last 4 weeks</source>
        <translation>[Last 4 weeks~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 3 months</source>
        <translation>[Last 3 months~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 12 months</source>
        <translation>[Last 12 months~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All time</source>
        <translation>[All time~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Period:</source>
        <translation>[&amp;Period:~~]</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Export session as TCX…</source>
        <translation>[Export session as TCX…~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export session as FIT…</source>
        <translation>[Export session as FIT…~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete session…</source>
        <translation>[&amp;Delete session…~~~~~]</translation>
    </message>
    <message>
        <location line="+123" />
        <source>The history cannot be read: {error}</source>
        <translation>[The history cannot be read: {error}~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&lt;b&gt;{miles}&lt;/b&gt; miles in all</source>
        <translation>&lt;b&gt;[{miles}&lt;/b&gt; miles in all~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;{km}&lt;/b&gt; km in all</source>
        <translation>&lt;b&gt;[{km}&lt;/b&gt; km in all~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;{count}&lt;/b&gt; sessions &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; walked backward &amp;nbsp;·&amp;nbsp; {distance}</source>
        <translation>&lt;b&gt;[{count}&lt;/b&gt; sessions &amp;nbsp;·&amp;nbsp; &lt;b&gt;{back}&lt;/b&gt; walked backward &amp;nbsp;·&amp;nbsp; {distance}~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+98" />
        <source>&lt;b&gt;{program}&lt;/b&gt;, {when}, {count} steps&lt;br&gt;&lt;small&gt;Dashed outline: planned time; filled bar: time walked. Green: forward; orange: backward; blue: rest; yellow: turn; purple: an exercise off the belt.&lt;/small&gt;</source>
        <translation>&lt;b&gt;[{program}&lt;/b&gt;, {when}, {count} steps&lt;br&gt;&lt;small&gt;Dashed outline: planned time; filled bar: time walked. Green: forward; orange: backward; blue: rest; yellow: turn; purple: an exercise off the belt.&lt;/small&gt;~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Distance: {distance} ({source})</source>
        <translation>[Distance: {distance} ({source})~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Notes: {notes}</source>
        <translation>[Notes: {notes}~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Heart rate: mean {mean:.0f}, highest {high} bpm. Right: heart rate over the session, its steps shaded behind in the same colours.</source>
        <translation>[Heart rate: mean {mean:.0f}, highest {high} bpm. Right: heart rate over the session, its steps shaded behind in the same colours.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No heart rate in this session (a heart-rate sensor records it).</source>
        <translation>[No heart rate in this session (a heart-rate sensor records it).~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{value} mi</source>
        <translation>[{value} mi~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{value} km</source>
        <translation>[{value} km~]</translation>
    </message>
</context>
<context>
    <name>HistoryPanels</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-57" />
        <source>Longest backward stretch</source>
        <translation>[Longest backward stretch~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Most backward time in a session</source>
        <translation>[Most backward time in a session~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Longest session</source>
        <translation>[Longest session~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Steepest backward incline, held a minute</source>
        <translation>[Steepest backward incline, held a minute~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fastest backward speed, held a minute</source>
        <translation>[Fastest backward speed, held a minute~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Longest streak</source>
        <translation>[Longest streak~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n day(s)</source>
        <translation><numerusform>[%n day(s)~]</numerusform><numerusform>[%n day(s)~]</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryWiring</name>
    <message>
        <location filename="../../walkcoach/ui/history/wiring.py" line="+32" />
        <source>&amp;History</source>
        <translation>[&amp;History~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your sessions, progress charts and exports (Ctrl+H again: back)</source>
        <translation>[Your sessions, progress charts and exports (Ctrl+H again: back)~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+110" />
        <source>Finish the current session first.</source>
        <translation>[Finish the current session first.~~~~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>LinkView</name>
    <message>
        <location filename="../../walkcoach/ui/devices/link_view.py" line="+63" />
        <source>Virtual treadmill</source>
        <translation>[Virtual treadmill~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Treadmill {name}</source>
        <translation>[Treadmill {name}~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Treadmill {address}</source>
        <translation>[Treadmill {address}~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not connected</source>
        <translation>[not connected~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>connecting…</source>
        <translation>[connecting…~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>taking control…</source>
        <translation>[taking control…~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>connected</source>
        <translation>[connected~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lost, trying again…</source>
        <translation>[lost, trying again…~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>disconnected</source>
        <translation>[disconnected~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name}: {state}</source>
        <translation>[{name}: {state}~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Belt: {state}</source>
        <translation>[Belt: {state}~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Belt now: {figures}</source>
        <translation>[Belt now: {figures}~~]</translation>
    </message>
    <message>
        <location line="+38" />
        <source>{miles} mi</source>
        <translation>[{miles} mi~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{km} km</source>
        <translation>[{km} km~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The safety key was pulled.</source>
        <translation>[The safety key was pulled.~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The treadmill was stopped on the machine.</source>
        <translation>[The treadmill was stopped on the machine.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The treadmill was paused on the machine.</source>
        <translation>[The treadmill was paused on the machine.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Another app took control of the treadmill.</source>
        <translation>[Another app took control of the treadmill.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The treadmill link was lost.</source>
        <translation>[The treadmill link was lost.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The treadmill stopped sending its speed.</source>
        <translation>[The treadmill stopped sending its speed.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The belt did not slow down for the turn.</source>
        <translation>[The belt did not slow down for the turn.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The treadmill refused the turn speed.</source>
        <translation>[The treadmill refused the turn speed.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{why} Press Space to go on.</source>
        <translation>[{why} Press Space to go on.~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Wait: the belt is still slowing down for the turn.</source>
        <translation>[Wait: the belt is still slowing down for the turn.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Going on in {seconds}… (Space: wait)</source>
        <translation>[Going on in {seconds}… (Space: wait)~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>LoadDiagram</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="+240" />
        <source>work in this period, % of the muscle worked most (estimated)</source>
        <translation>[work in this period, % of the muscle worked most (estimated)~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not worked in this period</source>
        <translation>[Not worked in this period~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{share:.0f} % of the work of the muscle worked most in this period (estimated)</source>
        <translation>[{share:.0f} % of the work of the muscle worked most in this period (estimated)~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../walkcoach/ui/main_window.py" line="+125" />
        <source>&amp;Session</source>
        <translation>[&amp;Session~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Start</source>
        <translation>[&amp;Start~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Pause / resume</source>
        <translation>[&amp;Pause / resume~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;kip segment</source>
        <translation>[S&amp;kip segment~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous step</source>
        <translation>[&amp;Previous step~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;top…</source>
        <translation>[S&amp;top…~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>T&amp;readmill and heart rate…</source>
        <translation>[T&amp;readmill and heart rate…~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>[&amp;Quit~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;View</source>
        <translation>[&amp;View~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Workout view (full screen)</source>
        <translation>[&amp;Workout view (full screen)~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mini view</source>
        <translation>[&amp;Mini view~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Flash the window on each change</source>
        <translation>[&amp;Flash the window on each change~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Mute sounds</source>
        <translation>[&amp;Mute sounds~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Safety checklist before every backward session</source>
        <translation>[&amp;Safety checklist before every backward session~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Help</source>
        <translation>[&amp;Help~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>[&amp;Keyboard shortcuts~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Safety checklist</source>
        <translation>[&amp;Safety checklist~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About WalkCoach</source>
        <translation>[&amp;About WalkCoach~~~~~]</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Choose a program first.</source>
        <translation>[Choose a program first.~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Stop the session?</source>
        <translation>[Stop the session?~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the session now?</source>
        <translation>[Stop the session now?~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What you have walked so far is kept in your history.</source>
        <translation>[What you have walked so far is kept in your history.~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop</source>
        <translation>[Stop~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep going</source>
        <translation>[Keep going~~]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Sound off</source>
        <translation>[Sound off~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sound on</source>
        <translation>[Sound on~~]</translation>
    </message>
    <message>
        <location line="+73" />
        <source>{program} – {app}</source>
        <comment>window title: the program's name, the app's name</comment>
        <translation>[{program} – {app}~]</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Go on</source>
        <translation>[Go on~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume</source>
        <translation>[Resume~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause</source>
        <translation>[Pause~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sound off (M)</source>
        <translation>[Sound off (M)~~~~]</translation>
    </message>
</context>
<context>
    <name>MainWindowMenus</name>
    <message>
        <location filename="../../walkcoach/ui/window_hooks.py" line="+23" />
        <source>&amp;Programs</source>
        <translation>[&amp;Programs~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit programs…</source>
        <translation>[&amp;Edit programs…~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;New program…</source>
        <translation>[&amp;New program…~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Import program…</source>
        <translation>[&amp;Import program…~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit</source>
        <translation>[&amp;Edit~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Preferences…</source>
        <translation>[&amp;Preferences…~~~~]</translation>
    </message>
</context>
<context>
    <name>MiniView</name>
    <message>
        <location filename="../../walkcoach/ui/coach/mini_view.py" line="+38" />
        <source>WalkCoach (mini)</source>
        <translation>[WalkCoach (mini)~~~~~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Pause</source>
        <translation>[Pause~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause or resume</source>
        <translation>[Pause or resume~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Full view</source>
        <translation>[Full view~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the full window</source>
        <translation>[Back to the full window~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the full coach window (Ctrl+M)</source>
        <translation>[Back to the full coach window (Ctrl+M)~~~~~~~~ ~~~~~]</translation>
    </message>
</context>
<context>
    <name>MuscleLoadList</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-75" />
        <source>Worked most</source>
        <translation>[Worked most~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Each muscle's work in this period compared with the muscle worked most (100 %): how hard it works, estimated from muscle-activity (EMG) studies, times the minutes you walked. The colours on the body follow the same scale.</source>
        <translation>[Each muscle's work in this period compared with the muscle worked most (100 %): how hard it works, estimated from muscle-activity (EMG) studies, times the minutes you walked. The colours on the body follow the same scale.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nothing walked in this period.</source>
        <translation>[Nothing walked in this period.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;span style='color:{colour}'&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;worked most (100 %)&lt;/small&gt;</source>
        <translation>&lt;span style='color:{colour}'&gt;[&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; &lt;small&gt;worked most (100 %)&lt;/small&gt;~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&lt;span style='color:{colour}'&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;as much&lt;/small&gt;</source>
        <translation>&lt;span style='color:{colour}'&gt;[&amp;#9632;&lt;/span&gt; &lt;b&gt;{name}&lt;/b&gt; {share:.0f} % &lt;small&gt;as much&lt;/small&gt;~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>MusclePanel</name>
    <message>
        <location filename="../../walkcoach/ui/coach/muscle_panel.py" line="+188" />
        <source>Muscles worked</source>
        <translation>[Muscles worked~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Coming next: {name}</source>
        <translation>[Coming next: {name}~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Working now: {name}</source>
        <translation>[Working now: {name}~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>measured</source>
        <translation>[measured~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>estimate</source>
        <translation>[estimate~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} % ({basis})&lt;br&gt;{reason}</source>
        <translation>&lt;b&gt;[{name}&lt;/b&gt; {value} % ({basis})&lt;br&gt;{reason}~~~~~]</translation>
    </message>
</context>
<context>
    <name>Muscles</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="+191" />
        <source>Backward uphill glute article</source>
        <translation>[Backward uphill glute article~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ericson 1986</source>
        <translation>[Ericson 1986~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Franz &amp; Kram 2011</source>
        <translation>[Franz &amp; Kram 2011~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detweiler &amp; Twaddle 2007</source>
        <translation>[Detweiler &amp; Twaddle 2007~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DeKrey et al. 2003</source>
        <translation>[DeKrey et al. 2003~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masumoto et al. 2005</source>
        <translation>[Masumoto et al. 2005~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masumoto et al. 2007</source>
        <translation>[Masumoto et al. 2007~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cipriani et al. 1995</source>
        <translation>[Cipriani et al. 1995~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lumbar EMG study 2018</source>
        <translation>[Lumbar EMG study 2018~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lee et al. 2014</source>
        <translation>[Lee et al. 2014~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walking muscles articles</source>
        <translation>[Walking muscles articles~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walking backwards guide</source>
        <translation>[Walking backwards guide~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project Sports Q&amp;A</source>
        <translation>[Project Sports Q&amp;A~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/muscles.py" line="+54" />
        <source>belt stopped / resting</source>
        <translation>[belt stopped / resting~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>turning round on a slow belt (not counted as work)</source>
        <translation>[turning round on a slow belt (not counted as work)~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{reason} (estimated profile for lunges and squats)</source>
        <translation>[{reason} (estimated profile for lunges and squats)~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../tools/resource_texts.py" line="+1" />
        <source>WalkCoach estimate</source>
        <extracomment>The source of a figure WalkCoach assumed where no article gives one (beside a muscle's figure).</extracomment>
        <translation>[WalkCoach estimate~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1" />
        <source>Rectus femoris</source>
        <translation>[Rectus femoris~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quadriceps</source>
        <translation>[Quadriceps~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Straightens the knee and helps lift the thigh; the one quadriceps muscle that crosses the hip.</source>
        <translation>[Straightens the knee and helps lift the thigh; the one quadriceps muscle that crosses the hip.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Straightens the knee as your weight passes over the foot, then helps swing the thigh through.</source>
        <translation>[Straightens the knee as your weight passes over the foot, then helps swing the thigh through.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Works hardest here: it brakes the bent-knee landing behind you, then straightens the knee to push away.</source>
        <translation>[Works hardest here: it brakes the bent-knee landing behind you, then straightens the knee to push away.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Deep knee bends under body weight are the quadriceps' main job.</source>
        <translation>[Deep knee bends under body weight are the quadriceps' main job.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vastus lateralis</source>
        <translation>[Vastus lateralis~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The large outer thigh muscle; straightens the knee and takes the load when you land.</source>
        <translation>[The large outer thigh muscle; straightens the knee and takes the load when you land.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cushions each landing and keeps the knee firm while you stand on that leg.</source>
        <translation>[Cushions each landing and keeps the knee firm while you stand on that leg.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Controls the bent knee as you land behind yourself, then drives it straight to push off; steep backward walking loads it most of all.</source>
        <translation>[Controls the bent knee as you land behind yourself, then drives it straight to push off; steep backward walking loads it most of all.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Carries much of the body weight out of the bottom of each lunge and squat.</source>
        <translation>[Carries much of the body weight out of the bottom of each lunge and squat.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vastus medialis</source>
        <translation>[Vastus medialis~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The inner thigh teardrop; straightens the knee and keeps the kneecap on track.</source>
        <translation>[The inner thigh teardrop; straightens the knee and keeps the kneecap on track.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keeps the kneecap tracking and helps hold the knee straight in stance.</source>
        <translation>[Keeps the kneecap tracking and helps hold the knee straight in stance.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The knee lands bent behind you, so this muscle must straighten it against your body weight every step.</source>
        <translation>[The knee lands bent behind you, so this muscle must straighten it against your body weight every step.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Works hard near the bottom of squats and lunges where the knee bends most.</source>
        <translation>[Works hard near the bottom of squats and lunges where the knee bends most.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tibialis anterior</source>
        <translation>[Tibialis anterior~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shin</source>
        <translation>[Shin~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Raises the toes and front of the foot and lowers the foot gently after it lands.</source>
        <translation>[Raises the toes and front of the foot and lowers the foot gently after it lands.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Lifts the foot clear of the belt in swing and sets it down softly after the heel lands.</source>
        <translation>[Lifts the foot clear of the belt in swing and sets it down softly after the heel lands.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Busier than forward: you reach back toes first and roll onto the heel, and the shin muscle controls that roll.</source>
        <translation>[Busier than forward: you reach back toes first and roll onto the heel, and the shin muscle controls that roll.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keeps you balanced over your feet in lunges and squats; light work.</source>
        <translation>[Keeps you balanced over your feet in lunges and squats; light work.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Peroneals</source>
        <translation>[Peroneals~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lower leg</source>
        <translation>[Lower leg~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run down the outside of the shin; steady the ankle and help the foot push off.</source>
        <translation>[Run down the outside of the shin; steady the ankle and help the foot push off.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Steadies the ankle against rolling in or out while the foot carries your weight.</source>
        <translation>[Steadies the ankle against rolling in or out while the foot carries your weight.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Landing on the forefoot behind you needs more side-to-side ankle control.</source>
        <translation>[Landing on the forefoot behind you needs more side-to-side ankle control.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Steadies the ankles while you balance in a lunge.</source>
        <translation>[Steadies the ankles while you balance in a lunge.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hip flexors</source>
        <translation>[Hip flexors~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Iliopsoas and tensor fasciae latae at the front of the hip; swing the thigh forward.</source>
        <translation>[Iliopsoas and tensor fasciae latae at the front of the hip; swing the thigh forward.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pulls the thigh forward to start each swing of the leg.</source>
        <translation>[Pulls the thigh forward to start each swing of the leg.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mostly lengthened rather than worked, since the leg reaches back behind you; a welcome stretch after sitting.</source>
        <translation>[Mostly lengthened rather than worked, since the leg reaches back behind you; a welcome stretch after sitting.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Brings the leg forward into each new lunge step.</source>
        <translation>[Brings the leg forward into each new lunge step.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hip adductors</source>
        <translation>[Hip adductors~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adductors</source>
        <translation>[Adductors~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inner thigh muscles; pull the legs toward the midline and help hold the pelvis steady.</source>
        <translation>[Inner thigh muscles; pull the legs toward the midline and help hold the pelvis steady.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Part of the ring of muscles round the pelvis that keeps it steady each step.</source>
        <translation>[Part of the ring of muscles round the pelvis that keeps it steady each step.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keeps the legs tracking straight and the pelvis steady while you cannot see where you step.</source>
        <translation>[Keeps the legs tracking straight and the pelvis steady while you cannot see where you step.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Holds the thighs steady in deep squats and lunges.</source>
        <translation>[Holds the thighs steady in deep squats and lunges.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rectus abdominis</source>
        <translation>[Rectus abdominis~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Core</source>
        <translation>[Core~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The front abdominal wall; keeps the trunk firm so the legs have a stable base.</source>
        <translation>[The front abdominal wall; keeps the trunk firm so the legs have a stable base.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Firms the trunk with every step so the legs push from a stable base.</source>
        <translation>[Firms the trunk with every step so the legs push from a stable base.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Works more for balance: it holds you upright while you move without looking.</source>
        <translation>[Works more for balance: it holds you upright while you move without looking.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Braces the trunk so the back stays neutral in squats.</source>
        <translation>[Braces the trunk so the back stays neutral in squats.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Obliques</source>
        <translation>[Obliques~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Side abdominals; control the twist and side bend of the trunk.</source>
        <translation>[Side abdominals; control the twist and side bend of the trunk.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controls the small twist of trunk and pelvis in each stride.</source>
        <translation>[Controls the small twist of trunk and pelvis in each stride.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Takes a bigger share of the balance work while you move in reverse.</source>
        <translation>[Takes a bigger share of the balance work while you move in reverse.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keeps the trunk from twisting as you step into lunges.</source>
        <translation>[Keeps the trunk from twisting as you step into lunges.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deltoids</source>
        <translation>[Deltoids~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shoulders</source>
        <translation>[Shoulders~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cap the shoulders; swing the arms, far more when you pump them in power walking.</source>
        <translation>[Cap the shoulders; swing the arms, far more when you pump them in power walking.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Swings the arms; much busier when you drive the arms up in power walking.</source>
        <translation>[Swings the arms; much busier when you drive the arms up in power walking.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Little work: the arm swing is smaller and the hands often rest on the rails.</source>
        <translation>[Little work: the arm swing is smaller and the hands often rest on the rails.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only steadies the arms during lunges and squats.</source>
        <translation>[Only steadies the arms during lunges and squats.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gluteus maximus</source>
        <translation>[Gluteus maximus~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Glutes</source>
        <translation>[Glutes~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The biggest hip muscle; drives the thigh backward and keeps hip and pelvis steady.</source>
        <translation>[The biggest hip muscle; drives the thigh backward and keeps hip and pelvis steady.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pushes the leg back behind you; on a flat belt momentum helps, uphill it must lift you.</source>
        <translation>[Pushes the leg back behind you; on a flat belt momentum helps, uphill it must lift you.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Extends the hip hard as the leg reaches back and stays switched on through the whole stride.</source>
        <translation>[Extends the hip hard as the leg reaches back and stays switched on through the whole stride.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Drives you up out of each lunge and squat.</source>
        <translation>[Drives you up out of each lunge and squat.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gluteus medius</source>
        <translation>[Gluteus medius~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On the side of the hip; holds the pelvis level on the standing leg and moves the thigh out.</source>
        <translation>[On the side of the hip; holds the pelvis level on the standing leg and moves the thigh out.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keeps the pelvis level each time you stand on one leg; busier at a brisk pace.</source>
        <translation>[Keeps the pelvis level each time you stand on one leg; busier at a brisk pace.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Steadies pelvis and hip while the leg reaches back without your eyes to guide it.</source>
        <translation>[Steadies pelvis and hip while the leg reaches back without your eyes to guide it.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stops the knee from caving in and the pelvis from dropping in lunges.</source>
        <translation>[Stops the knee from caving in and the pelvis from dropping in lunges.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Biceps femoris</source>
        <translation>[Biceps femoris~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hamstrings</source>
        <translation>[Hamstrings~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The outer hamstring; bends the knee, helps straighten the hip and brakes the swinging leg.</source>
        <translation>[The outer hamstring; bends the knee, helps straighten the hip and brakes the swinging leg.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Slows the swinging leg before it lands and helps straighten the hip at push-off.</source>
        <translation>[Slows the swinging leg before it lands and helps straighten the hip at push-off.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Brakes the leg and steadies the knee; it is also stretched, which helps flexibility.</source>
        <translation>[Brakes the leg and steadies the knee; it is also stretched, which helps flexibility.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Helps the glutes straighten the hip as you rise from a lunge.</source>
        <translation>[Helps the glutes straighten the hip as you rise from a lunge.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Semitendinosus</source>
        <translation>[Semitendinosus~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An inner hamstring; bends the knee, extends the hip and steadies the knee from inside.</source>
        <translation>[An inner hamstring; bends the knee, extends the hip and steadies the knee from inside.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Brakes the swing and assists hip extension from the inner back of the thigh.</source>
        <translation>[Brakes the swing and assists hip extension from the inner back of the thigh.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Holds the knee steady as it bends on landing and helps guide the leg back.</source>
        <translation>[Holds the knee steady as it bends on landing and helps guide the leg back.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Works with the other hamstrings to control the knee in lunges.</source>
        <translation>[Works with the other hamstrings to control the knee in lunges.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gastrocnemius</source>
        <translation>[Gastrocnemius~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calves</source>
        <translation>[Calves~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The visible calf muscle; lifts the heel to push off and helps bend the knee.</source>
        <translation>[The visible calf muscle; lifts the heel to push off and helps bend the knee.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One of the hardest-working walking muscles: it raises the heel to push you on.</source>
        <translation>[One of the hardest-working walking muscles: it raises the heel to push you on.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Less work than forward: the push-off is reversed and much of the ankle work moves to the shin.</source>
        <translation>[Less work than forward: the push-off is reversed and much of the ankle work moves to the shin.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keeps balance on the balls of the feet in lunges; light work.</source>
        <translation>[Keeps balance on the balls of the feet in lunges; light work.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Soleus</source>
        <translation>[Soleus~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The deep calf muscle; pushes off through the ankle and keeps the shin from tipping forward.</source>
        <translation>[The deep calf muscle; pushes off through the ankle and keeps the shin from tipping forward.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pushes off through the ankle every step; works harder at a brisk pace.</source>
        <translation>[Pushes off through the ankle every step; works harder at a brisk pace.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Steadies the ankle and lowers the heel under control: a push-off run in reverse.</source>
        <translation>[Steadies the ankle and lowers the heel under control: a push-off run in reverse.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Holds the ankle steady as the shin tilts over the foot in squats.</source>
        <translation>[Holds the ankle steady as the shin tilts over the foot in squats.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Erector spinae</source>
        <translation>[Erector spinae~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lower back</source>
        <translation>[Lower back~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The long muscles either side of the spine; hold the back upright with the abdominals.</source>
        <translation>[The long muscles either side of the spine; hold the back upright with the abdominals.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Holds the spine upright together with the abdominals.</source>
        <translation>[Holds the spine upright together with the abdominals.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>More active than forward: you stand taller walking backward and these muscles hold that upright trunk.</source>
        <translation>[More active than forward: you stand taller walking backward and these muscles hold that upright trunk.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keeps the back straight as you lean into squats and lunges.</source>
        <translation>[Keeps the back straight as you lean into squats and lunges.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>PausedOverlay</name>
    <message>
        <location filename="../../walkcoach/ui/coach/paused_overlay.py" line="+30" />
        <source>PAUSED</source>
        <translation>[PAUSED~]</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../walkcoach/ui/plan/page.py" line="+136" />
        <source>The active plan '%1' is not known to this WalkCoach.</source>
        <translation>[The active plan '%1' is not known to this WalkCoach.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Training plans</source>
        <translation>[Training plans~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A plan puts weeks of sessions on the weekdays you choose, moves a missed one to the next free day and waits a week when a session hurt or felt too hard. Pick one to start:</source>
        <translation>[A plan puts weeks of sessions on the weekdays you choose, moves a missed one to the next free day and waits a week when a session hurt or felt too hard. Pick one to start:~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Start</source>
        <translation>[Start~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>no day left</source>
        <translation>[no day left~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>done</source>
        <translation>[done~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missed</source>
        <translation>[missed~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>today</source>
        <translation>[today~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>coming</source>
        <translation>[coming~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>[skipped~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Day %1: %2</source>
        <translation>[Day %1: %2~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%v of %m sessions</source>
        <translation>[%v of %m sessions~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source> (again)</source>
        <translation>[ (again)~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;This week: week %1 of %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;[This week: week %1 of %2&lt;/b&gt;~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>active minutes</source>
        <translation>[active minutes~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>backward minutes</source>
        <translation>[backward minutes~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This week: %1 of %2 %3</source>
        <translation>[This week: %1 of %2 %3~~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>★ Week %1</source>
        <translation>[★ Week %1~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Completed on %1</source>
        <translation>[Completed on %1~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;b&gt;Weeks ahead&lt;/b&gt;</source>
        <translation>&lt;b&gt;[Weeks ahead&lt;/b&gt;~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Week %1 from %2: %3 x %4</source>
        <translation>[Week %1 from %2: %3 x %4~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>… and %1 more weeks</source>
        <translation>[… and %1 more weeks~~~~~]</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Walk today's session</source>
        <translation>[Walk today's session~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume</source>
        <translation>[Resume~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pause</source>
        <translation>[Pause~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Skip a session</source>
        <translation>[Skip a session~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restart week</source>
        <translation>[Restart week~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Calendar file…</source>
        <translation>[Calendar file…~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+24" />
        <source>End plan</source>
        <translation>[End plan~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End this plan? Your recorded sessions are kept.</source>
        <translation>[End this plan? Your recorded sessions are kept.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Save calendar file</source>
        <translation>[Save calendar file~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>iCalendar files (*.ics)</source>
        <translation>[iCalendar files (*.ics)~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Calendar file</source>
        <translation>[Calendar file~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot write the file: %1</source>
        <translation>[Cannot write the file: %1~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>PlanWiring</name>
    <message>
        <location filename="../../walkcoach/ui/plan/wiring.py" line="+18" />
        <source>&amp;Plan</source>
        <translation>[&amp;Plan~]</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Time for your walk</source>
        <translation>[Time for your walk~~~~~~]</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Today's plan session: %1</source>
        <translation>[Today's plan session: %1~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use it</source>
        <translation>[Use it~]</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-285" />
        <source>Back relief, three weeks</source>
        <translation>[Back relief, three weeks~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Three weeks of the Back relief walk, three times a week: 15 minutes of slow backward walking each time, with the safety key clipped on and, once steady, hands off the rails.</source>
        <translation>[Three weeks of the Back relief walk, three times a week: 15 minutes of slow backward walking each time, with the safety key clipped on and, once steady, hands off the rails.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“Walking Backwards on the Treadmill”, a personal trainer's post on backward walking for back pain (15 minutes, 3 times a week, 3 weeks)</source>
        <translation>[“Walking Backwards on the Treadmill”, a personal trainer's post on backward walking for back pain (15 minutes, 3 times a week, 3 weeks)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Toward 150 minutes a week</source>
        <translation>[Toward 150 minutes a week~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brisk walks on more days each week, from five to every day, toward 150 active minutes a week; every walk you record counts toward the weekly bar, not only the plan's.</source>
        <translation>[Brisk walks on more days each week, from five to every day, toward 150 active minutes a week; every walk you record counts toward the weekly bar, not only the plan's.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“Which muscles are used when you walk?” (quoting the NHS target of 150 active minutes a week)</source>
        <translation>[“Which muscles are used when you walk?” (quoting the NHS target of 150 active minutes a week)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Daily retro, four weeks</source>
        <translation>[Daily retro, four weeks~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The Daily retro walk three times a week for two weeks, then four times a week: 10-15 minutes of backward walking each time.</source>
        <translation>[The Daily retro walk three times a week for two weeks, then four times a week: 10-15 minutes of backward walking each time.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“Exercise to isolate the leg stability muscles used when walking backwards?”, a sports questions-and-answers page</source>
        <translation>[“Exercise to isolate the leg stability muscles used when walking backwards?”, a sports questions-and-answers page~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Glute focus, four weeks</source>
        <translation>[Glute focus, four weeks~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Glute focus intervals twice a week for two weeks, then three times a week: 5-10 minutes of backward walking each time, split into short stretches.</source>
        <translation>[Glute focus intervals twice a week for two weeks, then three times a week: 5-10 minutes of backward walking each time, split into short stretches.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An article on walking backwards uphill and gluteus maximus EMG (its weekly dose)</source>
        <translation>[An article on walking backwards uphill and gluteus maximus EMG (its weekly dose)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Backward progression, twelve weeks</source>
        <translation>[Backward progression, twelve weeks~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start with 2-minute backward stretches on a 3 % slope and add 30 s every week until you walk 5 minutes without a break; then keep the time and make it one step steeper each week, up to 8 %. Never faster: the plan grows in time and slope only.</source>
        <translation>[Start with 2-minute backward stretches on a 3 % slope and add 30 s every week until you walk 5 minutes without a break; then keep the time and make it one step steeper each week, up to 8 %. Never faster: the plan grows in time and slope only.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An article on walking backwards uphill and gluteus maximus EMG (its progression advice)</source>
        <translation>[An article on walking backwards uphill and gluteus maximus EMG (its progression advice)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/builtin.py" line="+61" />
        <source>program '{id}' (not found)</source>
        <translation>[program '{id}' (not found)~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{program}, {time} total</source>
        <translation>[{program}, {time} total~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+40" />
        <source>backward {time} x {rounds} on {incline} %</source>
        <translation>[backward {time} x {rounds} on {incline} %~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>backward {time} x {rounds}</source>
        <translation>[backward {time} x {rounds}~~~]</translation>
    </message>
    <message>
        <location line="+30" />
        <source>{plan}: week {week}</source>
        <translation>[{plan}: week {week}~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Week {week} of the plan: {bout}, a slow turn before and after each backward stretch.</source>
        <translation>[Week {week} of the plan: {bout}, a slow turn before and after each backward stretch.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/schedule.py" line="+73" />
        <source>Week {week}, day {day}: {title}</source>
        <translation>[Week {week}, day {day}: {title}~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+78" />
        <source>Plan complete on {day}: all %n week(s) walked.</source>
        <translation><numerusform>[Plan complete on {day}: all %n week(s) walked.~~~~~~~~ ~~~~~]</numerusform><numerusform>[Plan complete on {day}: all %n week(s) walked.~~~~~~~~ ~~~~~]</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Plan complete: all %n week(s) walked.</source>
        <translation><numerusform>[Plan complete: all %n week(s) walked.~~~~~~~~ ~~~]</numerusform><numerusform>[Plan complete: all %n week(s) walked.~~~~~~~~ ~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>The plan is paused: nothing is missed until you resume it.</source>
        <translation>[The plan is paused: nothing is missed until you resume it.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Today: {session}.</source>
        <translation>[Today: {session}.~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next: {session}, {day}.</source>
        <translation>[Next: {session}, {day}.~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No session left this week: the week is walked again from Monday.</source>
        <translation>[No session left this week: the week is walked again from Monday.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Week {week} is walked again from {monday} because your last session ({day}) was marked with pain.</source>
        <translation>[Week {week} is walked again from {monday} because your last session ({day}) was marked with pain.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Week {week} is walked again from {monday} because a session on {day} was marked with pain.</source>
        <translation>[Week {week} is walked again from {monday} because a session on {day} was marked with pain.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Week {week} is walked again from {monday} because your last session ({day}) felt very hard.</source>
        <translation>[Week {week} is walked again from {monday} because your last session ({day}) felt very hard.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Week {week} is walked again from {monday} because your last session ({day}) was cut short.</source>
        <translation>[Week {week} is walked again from {monday} because your last session ({day}) was cut short.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Week 1 starts on {day}: the days you chose left in this week cannot hold all its sessions.</source>
        <translation>[Week 1 starts on {day}: the days you chose left in this week cannot hold all its sessions.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+25" />
        <source>You paused the plan on {day}: no session counts as missed until you resume it.</source>
        <translation>[You paused the plan on {day}: no session counts as missed until you resume it.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>You resumed the plan on {day} after a pause in an earlier week: week {week} starts over.</source>
        <translation>[You resumed the plan on {day} after a pause in an earlier week: week {week} starts over.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>You resumed the plan on {day}: the sessions left this week go on the free days left.</source>
        <translation>[You resumed the plan on {day}: the sessions left this week go on the free days left.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Week {week} starts on {day}: the days left this week cannot hold its sessions.</source>
        <translation>[Week {week} starts on {day}: the days left this week cannot hold its sessions.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>You restarted week {week} on {day}: all its sessions are to do again from today.</source>
        <translation>[You restarted week {week} on {day}: all its sessions are to do again from today.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>You restarted week {week}: it starts again on {day}, as the days left this week cannot hold its sessions.</source>
        <translation>[You restarted week {week}: it starts again on {day}, as the days left this week cannot hold its sessions.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>You skipped week {week}, day {day}: the week can be complete without it.</source>
        <translation>[You skipped week {week}, day {day}: the week can be complete without it.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Week {week}, day {number} was walked early, on {day}.</source>
        <translation>[Week {week}, day {number} was walked early, on {day}.~~~~~~~~ ~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>Week {week} ended with {done} of %n session(s) done: it is walked again from {day}.</source>
        <translation><numerusform>[Week {week} ended with {done} of %n session(s) done: it is walked again from {day}.~~~~~~~~ ~~~~~~~~ ~~~~~~]</numerusform><numerusform>[Week {week} ended with {done} of %n session(s) done: it is walked again from {day}.~~~~~~~~ ~~~~~~~~ ~~~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+39" />
        <source>{weekday}'s session (week {week}, day {number}) was cut short: moved to {day}, the next free day.</source>
        <translation>[{weekday}'s session (week {week}, day {number}) was cut short: moved to {day}, the next free day.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{weekday}'s session (week {week}, day {number}) was not walked: moved to {day}, the next free day.</source>
        <translation>[{weekday}'s session (week {week}, day {number}) was not walked: moved to {day}, the next free day.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{weekday}'s session (week {week}, day {number}) was cut short, and no free day is left this week: it stays missed.</source>
        <translation>[{weekday}'s session (week {week}, day {number}) was cut short, and no free day is left this week: it stays missed.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{weekday}'s session (week {week}, day {number}) was not walked, and no free day is left this week: it stays missed.</source>
        <translation>[{weekday}'s session (week {week}, day {number}) was not walked, and no free day is left this week: it stays missed.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Week {week} done, the last of the plan: the plan is complete.</source>
        <translation>[Week {week} done, the last of the plan: the plan is complete.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Week {week} done: week {next} starts on {day}.</source>
        <translation>[Week {week} done: week {next} starts on {day}.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/model.py" line="+145" />
        <source>no weekdays given (e.g. mon,wed,fri)</source>
        <translation>[no weekdays given (e.g. mon,wed,fri)~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown weekday '{name}' (use {days})</source>
        <extracomment>{days} are the weekday ids the command line takes: mon,tue,wed,...</extracomment>
        <translation>[unknown weekday '{name}' (use {days})~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>weekday '{name}' is given twice</source>
        <translation>[weekday '{name}' is given twice~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/state.py" line="+71" />
        <source>'{text}' is not a time of day as HH:MM (e.g. 07:30)</source>
        <translation>['{text}' is not a time of day as HH:MM (e.g. 07:30)~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+23" />
        <source>this is not a WalkCoach plan state file</source>
        <translation>[this is not a WalkCoach plan state file~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the plan state file has no valid 'version'</source>
        <translation>[the plan state file has no valid 'version'~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the plan state file is version {version}, written by a newer WalkCoach; this one reads up to version {known}</source>
        <translation>[the plan state file is version {version}, written by a newer WalkCoach; this one reads up to version {known}~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'plan_id' must be text</source>
        <translation>['plan_id' must be text~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'days' must be a list of weekdays</source>
        <translation>['days' must be a list of weekdays~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'tz' must be a time zone name</source>
        <translation>['tz' must be a time zone name~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'alarm_before_min' must be 0-{most} minutes</source>
        <translation>['alarm_before_min' must be 0-{most} minutes~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unknown plan event {event}</source>
        <translation>[unknown plan event {event}~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'ics_path' must be text</source>
        <translation>['ics_path' must be text~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the plan state file has no '{field}'</source>
        <translation>[the plan state file has no '{field}'~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the plan state file is damaged: {reason}</source>
        <translation>[the plan state file is damaged: {reason}~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>cannot read {path}: {reason}</source>
        <translation>[cannot read {path}: {reason}~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{path} is too large to be a plan state file</source>
        <translation>[{path} is too large to be a plan state file~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{path} is not valid JSON</source>
        <translation>[{path} is not valid JSON~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ProgramCheck</name>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/model.py" line="+80" />
        <source>{problem} (and %n more problem(s))</source>
        <translation><numerusform>[{problem} (and %n more problem(s))~~~~~~~~]</numerusform><numerusform>[{problem} (and %n more problem(s))~~~~~~~~]</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+146" />
        <source>The coach adds a {seconds} s turn at %n place(s) where the direction changes.</source>
        <translation><numerusform>[The coach adds a {seconds} s turn at %n place(s) where the direction changes.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</numerusform><numerusform>[The coach adds a {seconds} s turn at %n place(s) where the direction changes.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../walkcoach/core/program/parsing.py" line="+94" />
        <source>a number of %n digit(s)</source>
        <translation><numerusform>[a number of %n digit(s)~~~~~~~]</numerusform><numerusform>[a number of %n digit(s)~~~~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown field '{name}'; did you mean '{hint}'?</source>
        <translation>[unknown field '{name}'; did you mean '{hint}'?~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unknown field '{name}' (allowed: {allowed})</source>
        <translation>[unknown field '{name}' (allowed: {allowed})~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+21" />
        <source>must be a number (got {got})</source>
        <translation>[must be a number (got {got})~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>is far too large (got {got})</source>
        <translation>[is far too large (got {got})~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be a finite number (got {got})</source>
        <translation>[must be a finite number (got {got})~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>must be text (got {got})</source>
        <translation>[must be text (got {got})~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>is too long ({length} characters, at most {most})</source>
        <translation>[is too long ({length} characters, at most {most})~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a segment must be an object (got {got})</source>
        <translation>[a segment must be an object (got {got})~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>missing field 'kind' (one of: {kinds})</source>
        <translation>[missing field 'kind' (one of: {kinds})~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown kind {got} (one of: {kinds})</source>
        <translation>[unknown kind {got} (one of: {kinds})~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>missing field 'duration_s' (seconds)</source>
        <translation>[missing field 'duration_s' (seconds)~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be at least {least} seconds (got {got})</source>
        <translation>[must be at least {least} seconds (got {got})~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>is longer than the 4 hour limit ({got} s)</source>
        <translation>[is longer than the 4 hour limit ({got} s)~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a turn must be 0 (belt stopped) or between {low} and {high} km/h: slow enough to turn round safely (got {got})</source>
        <translation>[a turn must be 0 (belt stopped) or between {low} and {high} km/h: slow enough to turn round safely (got {got})~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>must be 0 (belt stopped) or between {low} and {high} km/h (got {got})</source>
        <translation>[must be 0 (belt stopped) or between {low} and {high} km/h (got {got})~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be between {low} and {high} km/h (got {got})</source>
        <translation>[must be between {low} and {high} km/h (got {got})~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>missing field 'speed_kmh' (a forward segment needs a belt speed)</source>
        <translation>[missing field 'speed_kmh' (a forward segment needs a belt speed)~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>missing field 'speed_kmh' (a backward segment needs a belt speed)</source>
        <translation>[missing field 'speed_kmh' (a backward segment needs a belt speed)~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>must be between {low} and {high} % (got {got})</source>
        <translation>[must be between {low} and {high} % (got {got})~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>must be between {low} and {high} steps/min (got {got})</source>
        <translation>[must be between {low} and {high} steps/min (got {got})~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>must be true or false (got {got})</source>
        <translation>[must be true or false (got {got})~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>only a station can wait for confirmation</source>
        <translation>[only a station can wait for confirmation~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a station needs a 'label' saying what to do (e.g. "20 lunges + 15 squats")</source>
        <translation>[a station needs a 'label' saying what to do (e.g. "20 lunges + 15 squats")~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a turn lasts between {low} and {high} seconds (got {got})</source>
        <translation>[a turn lasts between {low} and {high} seconds (got {got})~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+54" />
        <source>must be a list of segments (got {got})</source>
        <translation>[must be a list of segments (got {got})~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="-46" />
        <source>repeat blocks are only allowed in 'main'</source>
        <translation>[repeat blocks are only allowed in 'main'~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+23" />
        <source>must be a whole number of rounds (got {got})</source>
        <translation>[must be a whole number of rounds (got {got})~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be between 1 and {most} rounds (got {got})</source>
        <translation>[must be between 1 and {most} rounds (got {got})~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a repeat block needs 'segments'</source>
        <translation>[a repeat block needs 'segments'~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>repeat blocks cannot be nested</source>
        <translation>[repeat blocks cannot be nested~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+102" />
        <source>must hold at least one segment</source>
        <translation>[must hold at least one segment~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="-82" />
        <source>a program must be a JSON object</source>
        <translation>[a program must be a JSON object~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>this is not a WalkCoach program (no 'format', 'version' or 'main' field)</source>
        <translation>[this is not a WalkCoach program (no 'format', 'version' or 'main' field)~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>this is not a WalkCoach program (format {got})</source>
        <translation>[this is not a WalkCoach program (format {got})~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>missing field 'version' (this WalkCoach reads version 1)</source>
        <translation>[missing field 'version' (this WalkCoach reads version 1)~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be a whole number (got {got})</source>
        <translation>[must be a whole number (got {got})~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>file is format version {version}, made by a newer WalkCoach; this one reads up to version {newest}</source>
        <translation>[file is format version {version}, made by a newer WalkCoach; this one reads up to version {newest}~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown format version {version}</source>
        <translation>[unknown format version {version}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a program needs a name</source>
        <translation>[a program needs a name~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>must be lower-case letters, digits and dashes, at most 64 (got {got})</source>
        <translation>[must be lower-case letters, digits and dashes, at most 64 (got {got})~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'{id}' is a device name on Windows and cannot name a file; choose another</source>
        <translation>['{id}' is a device name on Windows and cannot name a file; choose another~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be one of {levels} (got {got})</source>
        <translation>[must be one of {levels} (got {got})~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be a list of words</source>
        <translation>[must be a list of words~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>missing field 'main' (the program's segments)</source>
        <translation>[missing field 'main' (the program's segments)~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the session lasts {time}, longer than the 4 hour limit</source>
        <translation>[the session lasts {time}, longer than the 4 hour limit~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/loading.py" line="+42" />
        <source>line {line}, column {column}</source>
        <translation>[line {line}, column {column}~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+12" />
        <source>not valid JSON: {reason}</source>
        <translation>[not valid JSON: {reason}~~~~~]</translation>
    </message>
    <message>
        <location line="-9" />
        <source>the field '{name}' appears twice in one object; keep one</source>
        <translation>[the field '{name}' appears twice in one object; keep one~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not valid JSON: nested too deeply</source>
        <translation>[not valid JSON: nested too deeply~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>no such file</source>
        <translation>[no such file~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>permission denied: cannot read the file</source>
        <translation>[permission denied: cannot read the file~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>is a folder, not a program file</source>
        <translation>[is a folder, not a program file~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>file is too large (over {most} bytes; a program is under 1 MB)</source>
        <translation>[file is too large (over {most} bytes; a program is under 1 MB)~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>cannot read the file: {reason}</source>
        <translation>[cannot read the file: {reason}~~~~~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>this is a binary file, not a program (JSON text)</source>
        <translation>[this is a binary file, not a program (JSON text)~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>not UTF-8 text (bad byte at offset {offset}); is it a program file?</source>
        <translation>[not UTF-8 text (bad byte at offset {offset}); is it a program file?~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the file is empty</source>
        <translation>[the file is empty~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/library.py" line="+155" />
        <source>{error} (could not be set aside: {reason})</source>
        <translation>[{error} (could not be set aside: {reason})~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{error}; the file was set aside as {name}</source>
        <translation>[{error}; the file was set aside as {name}~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no program given (an id such as 'first-steps', or a program file)</source>
        <translation>[no program given (an id such as 'first-steps', or a program file)~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>no program with id '{id}'; did you mean '{close}'? (see 'walkcoach programs')</source>
        <translation>[no program with id '{id}'; did you mean '{close}'? (see 'walkcoach programs')~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no program with id '{id}' (see 'walkcoach programs')</source>
        <translation>[no program with id '{id}' (see 'walkcoach programs')~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+19" />
        <source>'{id}' is the id of a built-in program; save your version under another id</source>
        <translation>['{id}' is the id of a built-in program; save your version under another id~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the program is too large to save ({size} bytes written out; a program file holds at most {most})</source>
        <translation>[the program is too large to save ({size} bytes written out; a program file holds at most {most})~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'{id}' is a built-in program and cannot be deleted</source>
        <translation>['{id}' is a built-in program and cannot be deleted~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no user program with id '{id}'</source>
        <translation>[no user program with id '{id}'~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+97" />
        <location line="+23" />
        <source>Programs</source>
        <translation>[Programs~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>P&amp;rograms</source>
        <translation>[P&amp;rograms~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New</source>
        <translation>[&amp;New~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New program</source>
        <translation>[New program~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;uplicate</source>
        <translation>[D&amp;uplicate~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Duplicate program</source>
        <translation>[Duplicate program~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>[Delete…~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="+33" />
        <source>WalkCoach programs (*.json);;All files (*)</source>
        <translation>[WalkCoach programs (*.json);;All files (*)~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+30" />
        <source>{what} failed: {error}</source>
        <translation>[{what} failed: {error}~~]</translation>
    </message>
    <message>
        <location line="+22" />
        <source>My program</source>
        <translation>[My program~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My program {number}</source>
        <translation>[My program {number}~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Creating the program</source>
        <translation>[Creating the program~~~~~~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Fix the problems before making a copy.</source>
        <translation>[Fix the problems before making a copy.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Duplicating the program</source>
        <translation>[Duplicating the program~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cannot delete</source>
        <translation>[Cannot delete~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Deleted “{name}”.</source>
        <translation>[Deleted “{name}”.~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../walkcoach/ui/editor/window.py" line="+0" />
        <source>Delete program</source>
        <translation>[Delete program~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete “{name}”?</source>
        <translation>[Delete “{name}”?~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Delete</source>
        <translation>[&amp;Delete~]</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+91" />
        <source>&amp;Cancel</source>
        <translation>[&amp;Cancel~]</translation>
    </message>
    <message>
        <location line="-88" />
        <source>The program file is removed. Your history is kept.</source>
        <translation>[The program file is removed. Your history is kept.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Import program</source>
        <translation>[Import program~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+39" />
        <source>Cannot import this file</source>
        <translation>[Cannot import this file~~~~~~~~]</translation>
    </message>
    <message>
        <location line="-38" />
        <source>{file} was not imported:
{reason}</source>
        <translation>[{file} was not imported:
{reason}~~~~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Imported “{name}”.</source>
        <translation>[Imported “{name}”.~~~]</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Program already exists</source>
        <translation>[Program already exists~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You already have a program with the id “{id}” (“{name}”).</source>
        <translation>[You already have a program with the id “{id}” (“{name}”).~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Replace</source>
        <translation>[&amp;Replace~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Keep both</source>
        <translation>[&amp;Keep both~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Replace it with the file's version, keep both (the import gets a new id), or cancel?</source>
        <translation>[Replace it with the file's version, keep both (the import gets a new id), or cancel?~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Export program</source>
        <translation>[Export program~~~~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Fix the problems before exporting.</source>
        <translation>[Fix the problems before exporting.~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cannot export</source>
        <translation>[Cannot export~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{file}: {error}</source>
        <translation>[{file}: {error}~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Exported to {file}.</source>
        <translation>[Exported to {file}.~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+15" />
        <source>Read-only: this is a built-in program. Make a copy to edit it.</source>
        <translation>[Read-only: this is a built-in program. Make a copy to edit it.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Duplicate &amp;to edit</source>
        <translation>[Duplicate &amp;to edit~~~~~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Duplicate to edit</source>
        <translation>[Duplicate to edit~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Segments</source>
        <translation>[Segments~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alt+Up and Alt+Down move the selected segment; Delete removes it</source>
        <translation>[Alt+Up and Alt+Down move the selected segment; Delete removes it~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Segments</source>
        <translation>[&amp;Segments~~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Select a segment or a repeat block to edit it.</source>
        <translation>[Select a segment or a repeat block to edit it.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+561" />
        <source>Selected</source>
        <translation>[Selected~~]</translation>
    </message>
    <message>
        <location line="-535" />
        <source>Program check</source>
        <translation>[Program check~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+80" />
        <location line="+259" />
        <source>&amp;Save</source>
        <translation>[&amp;Save~]</translation>
    </message>
    <message>
        <location line="-339" />
        <source>Save program</source>
        <translation>[Save program~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Program warnings</source>
        <translation>[Program warnings~~~~~]</translation>
    </message>
    <message>
        <location line="+58" />
        <source>&amp;New program</source>
        <translation>[&amp;New program~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Duplicate program</source>
        <translation>[&amp;Duplicate program~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rename…</source>
        <translation>[&amp;Rename…~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>De&amp;lete program…</source>
        <translation>[De&amp;lete program…~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import program…</source>
        <translation>[&amp;Import program…~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Export program…</source>
        <translation>[&amp;Export program…~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close</source>
        <translation>[&amp;Close~]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+380" />
        <source>&amp;Undo</source>
        <translation>[&amp;Undo~]</translation>
    </message>
    <message>
        <location line="-379" />
        <location line="+385" />
        <source>&amp;Redo</source>
        <translation>[&amp;Redo~]</translation>
    </message>
    <message>
        <location line="-381" />
        <source>Add &amp;forward</source>
        <translation>[Add &amp;forward~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add &amp;backward</source>
        <translation>[Add &amp;backward~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add r&amp;est</source>
        <translation>[Add r&amp;est~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add s&amp;tation</source>
        <translation>[Add s&amp;tation~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add t&amp;urn</source>
        <translation>[Add t&amp;urn~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Insert turn here</source>
        <translation>[&amp;Insert turn here~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put a turn where the direction changes without one</source>
        <translation>[Put a turn where the direction changes without one~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Du&amp;plicate segment</source>
        <translation>[Du&amp;plicate segment~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;move</source>
        <translation>[Re&amp;move~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Move &amp;up</source>
        <translation>[Move &amp;up~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move do&amp;wn</source>
        <translation>[Move do&amp;wn~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re&amp;peat selection…</source>
        <translation>[Re&amp;peat selection…~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Put the selected segments in a repeat block</source>
        <translation>[Put the selected segments in a repeat block~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove repe&amp;at</source>
        <translation>[Remove repe&amp;at~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;File</source>
        <translation>[&amp;File~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Edit</source>
        <translation>[&amp;Edit~]</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Insert turn here</source>
        <translation>[Insert turn here~~~~~]</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Skipped a program file: {error}</source>
        <translation>[Skipped a program file: {error}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{name}  (built-in)</source>
        <translation>[{name}  (built-in)~~~]</translation>
    </message>
    <message>
        <location line="+126" />
        <source>Unsaved changes</source>
        <translation>[Unsaved changes~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{name}” has changes that are not saved.</source>
        <translation>[“{name}” has changes that are not saved.~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Discard changes</source>
        <translation>[&amp;Discard changes~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep &amp;editing</source>
        <translation>[Keep &amp;editing~~~~]</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Built-in program: read-only.</source>
        <translation>[Built-in program: read-only.~~~~~~~~ ~]</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>{mark} Cannot save yet: %n problem(s). First: {first}</source>
        <translation><numerusform>[{mark} Cannot save yet: %n problem(s). First: {first}~~~~~~~~ ~~~~~]</numerusform><numerusform>[{mark} Cannot save yet: %n problem(s). First: {first}~~~~~~~~ ~~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>✓ No errors: it can be saved (see the warnings). Changes not saved yet.</source>
        <translation>[✓ No errors: it can be saved (see the warnings). Changes not saved yet.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>✓ No errors: it can be saved (see the warnings). Saved.</source>
        <translation>[✓ No errors: it can be saved (see the warnings). Saved.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✓ No problems. Changes not saved yet.</source>
        <translation>[✓ No problems. Changes not saved yet.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✓ No problems. Saved.</source>
        <translation>[✓ No problems. Saved.~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Programs: {name}[*]</source>
        <translation>[Programs: {name}[*]~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{mark} Warning: {text}</source>
        <translation>[{mark} Warning: {text}~~]</translation>
    </message>
    <message>
        <location line="+38" />
        <source>&amp;Undo {what}</source>
        <translation>[&amp;Undo {what}~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Redo {what}</source>
        <translation>[&amp;Redo {what}~]</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Repeat block</source>
        <translation>[Repeat block~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Segment</source>
        <translation>[Segment~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Built-in programs cannot be changed: duplicate it first.</source>
        <translation>[Built-in programs cannot be changed: duplicate it first.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/files.py" line="-255" />
        <location filename="../../walkcoach/ui/editor/window.py" line="+73" />
        <source>Cannot save</source>
        <translation>[Cannot save~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/ui/editor/window.py" line="+1" />
        <source>The program was not saved: {error}</source>
        <translation>[The program was not saved: {error}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Saved “{name}”.</source>
        <translation>[Saved “{name}”.~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/common.py" line="+16" />
        <source>Warm-up</source>
        <translation>[Warm-up~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Main</source>
        <translation>[Main~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cool-down</source>
        <translation>[Cool-down~~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Change name</source>
        <translation>[Change name~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change description</source>
        <translation>[Change description~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change level</source>
        <translation>[Change level~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change source</source>
        <translation>[Change source~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change kind</source>
        <translation>[Change kind~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change duration</source>
        <translation>[Change duration~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change speed</source>
        <translation>[Change speed~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change incline</source>
        <translation>[Change incline~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change cadence</source>
        <translation>[Change cadence~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change label</source>
        <translation>[Change label~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change note</source>
        <translation>[Change note~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change until</source>
        <translation>[Change until~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change rounds</source>
        <translation>[Change rounds~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add forward segment</source>
        <translation>[Add forward segment~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add backward segment</source>
        <translation>[Add backward segment~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add rest segment</source>
        <translation>[Add rest segment~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add station segment</source>
        <translation>[Add station segment~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add turn segment</source>
        <translation>[Add turn segment~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/units.py" line="+17" />
        <source>enter a time as minutes:seconds, e.g. 2:30</source>
        <translation>[enter a time as minutes:seconds, e.g. 2:30~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'{text}' is not a time; write minutes:seconds, e.g. 2:30</source>
        <translation>['{text}' is not a time; write minutes:seconds, e.g. 2:30~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>seconds must be 0-59 (got {got})</source>
        <translation>[seconds must be 0-59 (got {got})~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>minutes must be 0-59 after the hours (got {got})</source>
        <translation>[minutes must be 0-59 after the hours (got {got})~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/places.py" line="+43" />
        <source>duration</source>
        <translation>[duration~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>speed</source>
        <translation>[speed~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>incline</source>
        <translation>[incline~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cadence</source>
        <translation>[cadence~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>wait for Done</source>
        <translation>[wait for Done~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rounds</source>
        <translation>[rounds~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{phase}, repeat block {block}, segment {segment}</source>
        <translation>[{phase}, repeat block {block}, segment {segment}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{phase}, item {item}</source>
        <translation>[{phase}, item {item}~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{place}, {field}</source>
        <translation>[{place}, {field}~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{place}: {problem}</source>
        <translation>[{place}: {problem}~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/program_warnings.py" line="+25" />
        <source>the direction changes here (forward to backward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself</source>
        <translation>[the direction changes here (forward to backward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the direction changes here (backward to forward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself</source>
        <translation>[the direction changes here (backward to forward) with no turn between: the coach will add a {seconds} s turn; insert one to set its speed and time yourself~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>backward at {speed} km/h is faster than a beginner program should ask for (at most {limit} km/h)</source>
        <translation>[backward at {speed} km/h is faster than a beginner program should ask for (at most {limit} km/h)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>backward at {speed} km/h is faster than an intermediate program should ask for (at most {limit} km/h)</source>
        <translation>[backward at {speed} km/h is faster than an intermediate program should ask for (at most {limit} km/h)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>backward at {speed} km/h is faster than an advanced program should ask for (at most {limit} km/h)</source>
        <translation>[backward at {speed} km/h is faster than an advanced program should ask for (at most {limit} km/h)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>backward on a {incline} % incline is steeper than a beginner program should ask for (at most {limit} %)</source>
        <translation>[backward on a {incline} % incline is steeper than a beginner program should ask for (at most {limit} %)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>backward on a {incline} % incline is steeper than an intermediate program should ask for (at most {limit} %)</source>
        <translation>[backward on a {incline} % incline is steeper than an intermediate program should ask for (at most {limit} %)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>backward on a {incline} % incline is steeper than an advanced program should ask for (at most {limit} %)</source>
        <translation>[backward on a {incline} % incline is steeper than an advanced program should ask for (at most {limit} %)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/document.py" line="+275" />
        <source>built-in programs cannot be changed; duplicate it to edit a copy</source>
        <translation>[built-in programs cannot be changed; duplicate it to edit a copy~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+122" />
        <source>Insert turn</source>
        <translation>[Insert turn~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Duplicate</source>
        <translation>[Duplicate~~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Remove segment</source>
        <translation>[Remove segment~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Remove %n item(s)</source>
        <translation><numerusform>[Remove %n item(s)~~~~]</numerusform><numerusform>[Remove %n item(s)~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>move by one row at a time</source>
        <translation>[move by one row at a time~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Move up</source>
        <translation>[Move up~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move down</source>
        <translation>[Move down~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>a repeat block stays in the main part</source>
        <translation>[a repeat block stays in the main part~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>already the first segment</source>
        <translation>[already the first segment~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>already the last segment</source>
        <translation>[already the last segment~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Move</source>
        <translation>[Move~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>drop segments into the warm-up, main or cool-down part, or a repeat block</source>
        <translation>[drop segments into the warm-up, main or cool-down part, or a repeat block~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>segments can only be dropped into a repeat block, not onto a segment</source>
        <translation>[segments can only be dropped into a repeat block, not onto a segment~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a repeat block can only sit in the main part, and blocks do not nest</source>
        <translation>[a repeat block can only sit in the main part, and blocks do not nest~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a repeat block cannot be dropped into itself</source>
        <translation>[a repeat block cannot be dropped into itself~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+31" />
        <source>select the segments to repeat first</source>
        <translation>[select the segments to repeat first~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>repeat blocks can only be made in the main part</source>
        <translation>[repeat blocks can only be made in the main part~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>select segments of the main part that are not in a repeat block yet</source>
        <translation>[select segments of the main part that are not in a repeat block yet~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>select segments that follow each other</source>
        <translation>[select segments that follow each other~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Make repeat block</source>
        <translation>[Make repeat block~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>select a repeat block to undo the repeat</source>
        <translation>[select a repeat block to undo the repeat~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove repeat</source>
        <translation>[Remove repeat~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/editing/naming.py" line="+16" />
        <source>{name} (copy)</source>
        <extracomment>A copied program's name; {name} is the original's.</extracomment>
        <translation>[{name} (copy)~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} (copy {number})</source>
        <extracomment>A second, third... copy of the same program; {number} is 2, 3...</extracomment>
        <translation>[{name} (copy {number})~~]</translation>
    </message>
</context>
<context>
    <name>ProgramInfoForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="+119" />
        <source>(not set)</source>
        <translation>[(not set)~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Beginner</source>
        <translation>[Beginner~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Intermediate</source>
        <translation>[Intermediate~~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Advanced</source>
        <translation>[Advanced~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Na&amp;me</source>
        <translation>[Na&amp;me~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Program name</source>
        <translation>[Program name~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Le&amp;vel</source>
        <translation>[Le&amp;vel~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Program level</source>
        <translation>[Program level~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Descri&amp;ption</source>
        <translation>[Descri&amp;ption~~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Program description</source>
        <translation>[Program description~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ProgramPicker</name>
    <message>
        <location filename="../../walkcoach/ui/coach/program_picker.py" line="+29" />
        <location line="+21" />
        <source>Program</source>
        <translation>[Program~]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{name}  ({total}, {backward} backward)</source>
        <translation>[{name}  ({total}, {backward} backward)~~~~]</translation>
    </message>
    <message>
        <location line="+39" />
        <source>No programs found</source>
        <translation>[No programs found~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{total} total  ·  {backward} backward  ·  {count} steps</source>
        <translation>[{total} total  ·  {backward} backward  ·  {count} steps~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The coach adds a {seconds} s turn at 1 place where the direction changes.</source>
        <translation>[The coach adds a {seconds} s turn at 1 place where the direction changes.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The coach adds a {seconds} s turn at {count} places where the direction changes.</source>
        <translation>[The coach adds a {seconds} s turn at {count} places where the direction changes.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ProgramTreeModel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/model.py" line="+158" />
        <source>Segment</source>
        <translation>[Segment~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Time</source>
        <translation>[Time~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Speed</source>
        <translation>[Speed~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Incline</source>
        <translation>[Incline~]</translation>
    </message>
    <message>
        <location line="+29" />
        <source>(problem: {reason})</source>
        <translation>[(problem: {reason})~~~]</translation>
    </message>
    <message>
        <location line="+41" />
        <source>{symbol} Repeat × {rounds}</source>
        <translation>[{symbol} Repeat × {rounds}~~]</translation>
    </message>
    <message>
        <location line="+19" />
        <source>stopped</source>
        <translation>[stopped~]</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Drag and drop</source>
        <translation>[Drag and drop~~~~]</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <location filename="../../tools/resource_texts.py" line="-177" />
        <source>Back relief walk</source>
        <translation>[Back relief walk~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fifteen minutes of slow backward walking on the flat: the dose a personal trainer's post on backward treadmill walking for back pain reports from a study (three times a week for three weeks). Clip the safety key to your clothing and try to walk without holding the rails. Ask a health professional first if your back problem is acute or disc-related, and stop at once if it hurts.</source>
        <translation>[Fifteen minutes of slow backward walking on the flat: the dose a personal trainer's post on backward treadmill walking for back pain reports from a study (three times a week for three weeks). Clip the safety key to your clothing and try to walk without holding the rails. Ask a health professional first if your back problem is acute or disc-related, and stop at once if it hurts.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-18" />
        <location filename="../../walkcoach/core/progression.py" line="+482" />
        <source>Belt slow: hold the rails and turn one step at a time.</source>
        <translation>[Belt slow: hold the rails and turn one step at a time.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+30" />
        <location filename="../../walkcoach/core/progression.py" line="-15" />
        <location filename="../../tools/resource_texts.py" line="+4" />
        <source>Warm-up</source>
        <translation>[Warm-up~]</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../walkcoach/core/progression.py" line="+1" />
        <location filename="../../tools/resource_texts.py" line="+1" />
        <source>Easy pace to warm up hips and ankles.</source>
        <translation>[Easy pace to warm up hips and ankles.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../../walkcoach/core/progression.py" line="+6" />
        <source>Backward stretch</source>
        <translation>[Backward stretch~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../walkcoach/core/progression.py" line="+7" />
        <location filename="../../tools/resource_texts.py" line="+1" />
        <source>Turn to face the back</source>
        <translation>[Turn to face the back~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../../walkcoach/core/progression.py" line="+10" />
        <source>Backward, without a break</source>
        <translation>[Backward, without a break~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../walkcoach/core/progression.py" line="+1" />
        <source>Stand tall and look ahead; stop at once on pain.</source>
        <translation>[Stand tall and look ahead; stop at once on pain.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+21" />
        <location filename="../../walkcoach/core/progression.py" line="+27" />
        <source>Stretch calves and thighs afterwards.</source>
        <translation>[Stretch calves and thighs afterwards.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1" />
        <source>Belt slow: hold the rails, then turn round one step at a time.</source>
        <translation>[Belt slow: hold the rails, then turn round one step at a time.~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Slow backward walk</source>
        <translation>[Slow backward walk~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Safety key clipped on; hands off the rails if you can. Stop if your back hurts.</source>
        <translation>[Safety key clipped on; hands off the rails if you can. Stop if your back hurts.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-17" />
        <location filename="../../walkcoach/core/progression.py" line="-18" />
        <location filename="../../tools/resource_texts.py" line="+4" />
        <source>Turn to face forward</source>
        <translation>[Turn to face forward~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1" />
        <source>Belt slow: hold the rails and turn back to the front.</source>
        <translation>[Belt slow: hold the rails and turn back to the front.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="+16" />
        <location filename="../../walkcoach/core/progression.py" line="+17" />
        <location filename="../../tools/resource_texts.py" line="+1" />
        <source>Cool-down</source>
        <translation>[Cool-down~~]</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1" />
        <source>Let the breathing settle; stretch calves and thighs afterwards.</source>
        <translation>[Let the breathing settle; stretch calves and thighs afterwards.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Brisk ten</source>
        <translation>[Brisk ten~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A ten-minute brisk forward walk at 100-120 steps a minute with a relaxed arm swing. Ten brisk minutes count toward the 150 active minutes a week the NHS recommends, as the article “Which muscles are used when you walk?” notes; the step rate comes from the article “What muscles are involved in walking?”.</source>
        <translation>[A ten-minute brisk forward walk at 100-120 steps a minute with a relaxed arm swing. Ten brisk minutes count toward the 150 active minutes a week the NHS recommends, as the article “Which muscles are used when you walk?” notes; the step rate comes from the article “What muscles are involved in walking?”.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Brisk walk</source>
        <translation>[Brisk walk~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aim for about 105 steps a minute; let the arms swing.</source>
        <translation>[Aim for about 105 steps a minute; let the arms swing.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brisk walk, quicker</source>
        <translation>[Brisk walk, quicker~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aim for about 115 steps a minute.</source>
        <translation>[Aim for about 115 steps a minute.~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daily retro walk</source>
        <translation>[Daily retro walk~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Twelve minutes of backward walking on the flat in three blocks of four, with a forward minute between them. A sports questions-and-answers page, “Exercise to isolate the leg stability muscles used when walking backwards?”, suggests 10-15 backward minutes, three or four times a week.</source>
        <translation>[Twelve minutes of backward walking on the flat in three blocks of four, with a forward minute between them. A sports questions-and-answers page, “Exercise to isolate the leg stability muscles used when walking backwards?”, suggests 10-15 backward minutes, three or four times a week.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backward</source>
        <translation>[Backward~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reach back with the toe and roll through to the heel.</source>
        <translation>[Reach back with the toe and roll through to the heel.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/plans/generate.py" line="-10" />
        <location filename="../../walkcoach/core/progression.py" line="-10" />
        <location filename="../../tools/resource_texts.py" line="+1" />
        <source>Forward</source>
        <translation>[Forward~]</translation>
    </message>
    <message>
        <location filename="../../tools/resource_texts.py" line="+1" />
        <source>Easy start</source>
        <translation>[Easy start~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The gentlest way in: six slow minutes of backward walking on the flat, in two-minute pieces, holding the rails. When it feels easy, add time first, then a little speed, and only then a slight incline. Based on the article “Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice”, which suggests 5-10 slow minutes in a clear, flat space.</source>
        <translation>[The gentlest way in: six slow minutes of backward walking on the flat, in two-minute pieces, holding the rails. When it feels easy, add time first, then a little speed, and only then a slight incline. Based on the article “Walking Backwards: Muscles Strengthened, Health Benefits, and Safe Practice”, which suggests 5-10 slow minutes in a clear, flat space.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backward, slow</source>
        <translation>[Backward, slow~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hold the rails for now. Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>[Hold the rails for now. Stand tall, chest up, eyes ahead rather than down at your feet.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>First steps backward</source>
        <translation>[First steps backward~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A gentle first backward session: two-minute spells facing the back of the treadmill at 2.4 km/h (1.5 mph) on a 3 % slope, each followed by two minutes facing forward, with a slow turn between them. Based on an article on walking backwards uphill and gluteus maximus EMG, which suggests starting slowly at 1.5-2 mph on a 3-5 % incline and swapping direction every two minutes.</source>
        <translation>[A gentle first backward session: two-minute spells facing the back of the treadmill at 2.4 km/h (1.5 mph) on a 3 % slope, each followed by two minutes facing forward, with a slow turn between them. Based on an article on walking backwards uphill and gluteus maximus EMG, which suggests starting slowly at 1.5-2 mph on a 3-5 % incline and swapping direction every two minutes.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backward and forward</source>
        <translation>[Backward and forward~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stand tall, chest up, eyes ahead rather than down at your feet.</source>
        <translation>[Stand tall, chest up, eyes ahead rather than down at your feet.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Glute focus intervals</source>
        <translation>[Glute focus intervals~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Eight minutes of backward walking on a 5 % slope, split into four two-minute intervals with forward walking in between. In the muscle-activity (EMG) figures quoted by an article on walking backwards uphill and gluteus maximus EMG, backward uphill walking worked the gluteus maximus far harder than forward walking; the article suggests 2-3 such sessions a week with 5-10 backward minutes each.</source>
        <translation>[Eight minutes of backward walking on a 5 % slope, split into four two-minute intervals with forward walking in between. In the muscle-activity (EMG) figures quoted by an article on walking backwards uphill and gluteus maximus EMG, backward uphill walking worked the gluteus maximus far harder than forward walking; the article suggests 2-3 such sessions a week with 5-10 backward minutes each.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backward, glutes</source>
        <translation>[Backward, glutes~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reach back with the toe and push the hip back.</source>
        <translation>[Reach back with the toe and push the hip back.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hill lunges and turn</source>
        <translation>[Hill lunges and turn~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walking lunges up a 15 % slope at 4.0 km/h (2.5 mph), then turn round on the same slope and walk backward at 4.0 km/h holding the rails; three rounds with an easier forward stretch between them. Based on a treadmill page on moves for the glutes that quotes trainer Jennifer Pattee.</source>
        <translation>[Walking lunges up a 15 % slope at 4.0 km/h (2.5 mph), then turn round on the same slope and walk backward at 4.0 km/h holding the rails; three rounds with an easier forward stretch between them. Based on a treadmill page on moves for the glutes that quotes trainer Jennifer Pattee.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Warm-up, gentle slope</source>
        <translation>[Warm-up, gentle slope~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walking lunges uphill</source>
        <translation>[Walking lunges uphill~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Long lunging steps with the belt moving; hold the rails if you need balance.</source>
        <translation>[Long lunging steps with the belt moving; hold the rails if you need balance.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Belt slow, keep the 15 % incline, hold the rails and turn round.</source>
        <translation>[Belt slow, keep the 15 % incline, hold the rails and turn round.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Backward uphill</source>
        <translation>[Backward uphill~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hold the rails on this slope.</source>
        <translation>[Hold the rails on this slope.~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Easy forward</source>
        <translation>[Easy forward~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lower the incline to recover; back to 15 % at the end.</source>
        <translation>[Lower the incline to recover; back to 15 % at the end.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incline burn</source>
        <translation>[Incline burn~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Short backward bouts on a steep 15 % slope at 3.2 km/h (2 mph), each followed by a few easy minutes forward on the flat, back and forth for about half an hour. Only for people already used to walking backward on the level without holding on. Based on the treadmill coach's post “The Benefits of Walking Backwards on the Treadmill”.</source>
        <translation>[Short backward bouts on a steep 15 % slope at 3.2 km/h (2 mph), each followed by a few easy minutes forward on the flat, back and forth for about half an hour. Only for people already used to walking backward on the level without holding on. Based on the treadmill coach's post “The Benefits of Walking Backwards on the Treadmill”.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Belt slow, raise the incline to 15 %, hold the rails and turn round.</source>
        <translation>[Belt slow, raise the incline to 15 %, hold the rails and turn round.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Steep backward bout</source>
        <translation>[Steep backward bout~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expect the thighs to burn. Harder option: a quarter-squat low walk, back straight.</source>
        <translation>[Expect the thighs to burn. Harder option: a quarter-squat low walk, back straight.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Belt slow, lower the incline, hold the rails and turn to the front.</source>
        <translation>[Belt slow, lower the incline, hold the rails and turn to the front.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Easy forward, flat</source>
        <translation>[Easy forward, flat~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Knee-friendly retro</source>
        <translation>[Knee-friendly retro~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ten minutes of slow backward walking on the flat. In a trial with knee osteoarthritis (Alghadir et al. 2019), ten minutes of retro walking three days a week for six weeks eased pain and improved function more than usual care alone; walking backward loads the kneecap less than walking forward. Check with your physiotherapist before starting.</source>
        <translation>[Ten minutes of slow backward walking on the flat. In a trial with knee osteoarthritis (Alghadir et al. 2019), ten minutes of retro walking three days a week for six weeks eased pain and improved function more than usual care alone; walking backward loads the kneecap less than walking forward. Check with your physiotherapist before starting.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Short, soft steps. Stop if the knee hurts.</source>
        <translation>[Short, soft steps. Stop if the knee hurts.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minute bursts</source>
        <translation>[Minute bursts~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An ordinary walk with a one-minute backward burst every few minutes. Even single minutes of backward walking add up, as the treadmill coach's post “The Benefits of Walking Backwards on the Treadmill” points out.</source>
        <translation>[An ordinary walk with a one-minute backward burst every few minutes. Even single minutes of backward walking add up, as the treadmill coach's post “The Benefits of Walking Backwards on the Treadmill” points out.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ordinary walk</source>
        <translation>[Ordinary walk~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward minute</source>
        <translation>[Backward minute~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward progression</source>
        <translation>[Backward progression~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For when First steps feels easy. One long backward block at 3.2 km/h (2 mph) on 5 %, then a shorter one on 8 %. Each week add 30 seconds to the long block (edit a copy of this program) until you can keep going for 5-8 minutes; only then make it steeper, never above 8 %. Based on the progression advice of an article on walking backwards uphill and gluteus maximus EMG.</source>
        <translation>[For when First steps feels easy. One long backward block at 3.2 km/h (2 mph) on 5 %, then a shorter one on 8 %. Each week add 30 seconds to the long block (edit a copy of this program) until you can keep going for 5-8 minutes; only then make it steeper, never above 8 %. Based on the progression advice of an article on walking backwards uphill and gluteus maximus EMG.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Long backward block</source>
        <translation>[Long backward block~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add 30 s here each week, up to 8 minutes.</source>
        <translation>[Add 30 s here each week, up to 8 minutes.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Belt slow, raise the incline to 8 %, hold the rails and turn round.</source>
        <translation>[Belt slow, raise the incline to 8 %, hold the rails and turn round.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Steeper backward block</source>
        <translation>[Steeper backward block~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retro intervals 20</source>
        <translation>[Retro intervals 20~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Twenty minutes of two-minute backward intervals at 4.0 km/h on a 5 % slope with 90 seconds forward between them: ten backward minutes in all. 4.0 km/h is the backward speed of a lab study at 0, 5 and 10 % grade (Cipriani et al. 1995), and backward walking at 5-10 % raised heart rate and oxygen use well above forward walking (Hooper et al. 2004).</source>
        <translation>[Twenty minutes of two-minute backward intervals at 4.0 km/h on a 5 % slope with 90 seconds forward between them: ten backward minutes in all. 4.0 km/h is the backward speed of a lab study at 0, 5 and 10 % grade (Cipriani et al. 1995), and backward walking at 5-10 % raised heart rate and oxygen use well above forward walking (Hooper et al. 2004).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backward interval</source>
        <translation>[Backward interval~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk and glutes circuit</source>
        <translation>[Walk and glutes circuit~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Three rounds of a ten-minute walk followed by 20 forward lunges and 15 squats off the belt. Walking alone hardly loads the glutes; the body-weight moves add that. Based on the “30-Minute Walking and Bodyweight Glute Workout” of trainer Tom Holland. At each station (the lunges and squats, off the belt) the timer waits until you confirm you are done.</source>
        <translation>[Three rounds of a ten-minute walk followed by 20 forward lunges and 15 squats off the belt. Walking alone hardly loads the glutes; the body-weight moves add that. Based on the “30-Minute Walking and Bodyweight Glute Workout” of trainer Tom Holland. At each station (the lunges and squats, off the belt) the timer waits until you confirm you are done.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Walk</source>
        <translation>[Walk~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>20 lunges + 15 squats</source>
        <translation>[20 lunges + 15 squats~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the belt and step off to the side. 20 forward lunges, then 15 squats.</source>
        <translation>[Stop the belt and step off to the side. 20 forward lunges, then 15 squats.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-173" />
        <source>Turn around</source>
        <translation>[Turn around~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/core/progression.py" line="-54" />
        <source>Next session</source>
        <translation>[Next session~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progression advice of a web article on walking backwards uphill and gluteus maximus EMG, applied to your history</source>
        <translation>[Progression advice of a web article on walking backwards uphill and gluteus maximus EMG, applied to your history~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+224" />
        <source>Longest backward stretch (min)</source>
        <translation>[Longest backward stretch (min)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>[Date~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>goal: 5-8 min without a break</source>
        <translation>[goal: 5-8 min without a break~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+53" />
        <source>{when}
Longest backward stretch: {run}</source>
        <translation>[{when}
Longest backward stretch: {run}~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <location filename="../../walkcoach/core/progression.py" line="-317" />
        <source>{speed} mph</source>
        <translation>[{speed} mph~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{speed} km/h</source>
        <translation>[{speed} km/h~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{incline} %</source>
        <translation>[{incline} %~]</translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>Your last session was %n day(s) ago: start again gently with {time} at {speed} on {incline}; you will be back to your old level faster than the first time.</source>
        <translation><numerusform>[Your last session was %n day(s) ago: start again gently with {time} at {speed} on {incline}; you will be back to your old level faster than the first time.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</numerusform><numerusform>[Your last session was %n day(s) ago: start again gently with {time} at {speed} on {incline}; you will be back to your old level faster than the first time.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+24" />
        <source>Your last session ({day}) was marked with pain, so this one steps down to {time} of backward walking instead of adding time, on the same incline or flatter.</source>
        <translation>[Your last session ({day}) was marked with pain, so this one steps down to {time} of backward walking instead of adding time, on the same incline or flatter.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stop at once if the pain comes back; if it keeps coming back, ask a health professional before going on.</source>
        <translation>[Stop at once if the pain comes back; if it keeps coming back, ask a health professional before going on.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>It has been %n day(s) since your last session: this one steps back to {time} on {incline} so your legs and balance can settle in again.</source>
        <translation><numerusform>[It has been %n day(s) since your last session: this one steps back to {time} on {incline} so your legs and balance can settle in again.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</numerusform><numerusform>[It has been %n day(s) since your last session: this one steps back to {time} on {incline} so your legs and balance can settle in again.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</numerusform></translation>
    </message>
    <message>
        <location line="+19" />
        <source>A session on {day} was marked with pain: repeat {time} rather than adding time this week.</source>
        <translation>[A session on {day} was marked with pain: repeat {time} rather than adding time this week.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Stop at once if the pain comes back.</source>
        <translation>[Stop at once if the pain comes back.~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Your last session felt very hard (effort {effort} of 10): repeat {time} until it feels easier before adding more.</source>
        <translation>[Your last session felt very hard (effort {effort} of 10): repeat {time} until it feels easier before adding more.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+36" />
        <source>This is your first week of backward walking: repeat {time} on {incline} this week; from Monday {monday} the coach adds 30 s a week.</source>
        <translation>[This is your first week of backward walking: repeat {time} on {incline} this week; from Monday {monday} the coach adds 30 s a week.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Your longest backward stretch in the week of {week} was {longest}: this week add 30 s, to {time}, working toward 5-8 minutes without a break.</source>
        <translation>[Your longest backward stretch in the week of {week} was {longest}: this week add 30 s, to {time}, working toward 5-8 minutes without a break.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>You walked backward for {longest} without a break: that is in the 5-8 minute goal, so now make it steeper instead, {incline} for {time} (one small step a week, up to 8 %).</source>
        <translation>[You walked backward for {longest} without a break: that is in the 5-8 minute goal, so now make it steeper instead, {incline} for {time} (one small step a week, up to 8 %).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>You are at the 8 % top incline: add 30 s a week to the backward stretch, to {time}, up to 8 minutes.</source>
        <translation>[You are at the 8 % top incline: add 30 s a week to the backward stretch, to {time}, up to 8 minutes.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You hold 8 minutes of backward walking on 8 %, the top of this progression: keep it up, or add more sessions a week rather than more speed or slope.</source>
        <translation>[You hold 8 minutes of backward walking on 8 %, the top of this progression: keep it up, or add more sessions a week rather than more speed or slope.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>You already reached this week's step ({time} on {incline}): repeat it; the next step comes from Monday {monday}.</source>
        <translation>[You already reached this week's step ({time} on {incline}): repeat it; the next step comes from Monday {monday}.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No backward walking in your history yet: start with “{name}”, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>[No backward walking in your history yet: start with “{name}”, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No backward walking in your history yet: start with a first session, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.</source>
        <translation>[No backward walking in your history yet: start with a first session, {rounds} x {time} backward at {speed} on a {incline} incline, with forward walking and a slow turn in between.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hold the rails at first and clip the safety key to your clothing; after that the coach adds 30 s a week.</source>
        <translation>[Hold the rails at first and clip the safety key to your clothing; after that the coach adds 30 s a week.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Speed kept at {speed}, the top of the protocol's range (you walked faster last time): it grows in time and slope, never in speed.</source>
        <translation>[Speed kept at {speed}, the top of the protocol's range (you walked faster last time): it grows in time and slope, never in speed.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
</context>
<context>
    <name>QtCuePlayer</name>
    <message>
        <location filename="../../walkcoach/ui/audio/qt_player.py" line="+49" />
        <source>Sound is unavailable: no audio output found</source>
        <translation>[Sound is unavailable: no audio output found~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Sound is unavailable: the audio output does not play</source>
        <translation>[Sound is unavailable: the audio output does not play~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
</context>
<context>
    <name>SafetyChecklist</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/safety.py" line="+21" />
        <source>You feel steady on your feet today; walking backward asks more of balance.</source>
        <translation>[You feel steady on your feet today; walking backward asks more of balance.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The floor around the treadmill is clear: no cables, bags or anything to trip on.</source>
        <translation>[The floor around the treadmill is clear: no cables, bags or anything to trip on.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your shoes grip and support your feet.</source>
        <translation>[Your shoes grip and support your feet.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The safety key is clipped to your clothing.</source>
        <translation>[The safety key is clipped to your clothing.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start the belt slowly while facing forward, and only then turn around.</source>
        <translation>[Start the belt slowly while facing forward, and only then turn around.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hold the rails at first; let go only once you feel secure.</source>
        <translation>[Hold the rails at first; let go only once you feel secure.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Stand tall and look ahead; do not twist your neck to look behind you.</source>
        <translation>[Stand tall and look ahead; do not twist your neck to look behind you.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Loosen up your hips and ankles first, and stretch again afterwards.</source>
        <translation>[Loosen up your hips and ankles first, and stretch again afterwards.~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep speed and incline low to begin with; raise them over weeks, not minutes.</source>
        <translation>[Keep speed and incline low to begin with; raise them over weeks, not minutes.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stop at once if anything hurts or you feel dizzy.</source>
        <translation>[Stop at once if anything hurts or you feel dizzy.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Talk to a doctor or physiotherapist before you try this if you have a disorder of the inner ear or balance, high blood pressure that is not under control, an acute or disc-related back problem, or a recent injury. Older walkers may want someone nearby for the first sessions.</source>
        <translation>[Talk to a doctor or physiotherapist before you try this if you have a disorder of the inner ear or balance, high blood pressure that is not under control, an acute or disc-related back problem, or a recent injury. Older walkers may want someone nearby for the first sessions.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <location line="+22" />
        <location line="+2" />
        <source>Before you walk backward</source>
        <translation>[Before you walk backward~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Don't show this again</source>
        <translation>[Don't show this again~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>I'm ready, start</source>
        <translation>[I'm ready, start~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not now</source>
        <translation>[Not now~]</translation>
    </message>
</context>
<context>
    <name>SegmentChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="+18" />
        <source>Minutes</source>
        <translation>[Minutes~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step (in the order walked)</source>
        <translation>[Step (in the order walked)~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Step {n}: {kind}</source>
        <translation>[Step {n}: {kind}~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned {planned}, walked {actual}</source>
        <translation>[Planned {planned}, walked {actual}~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>skipped</source>
        <translation>[skipped~]</translation>
    </message>
</context>
<context>
    <name>SegmentForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="-325" />
        <source>m:ss, e.g. 2:30</source>
        <translation>[m:ss, e.g. 2:30~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>belt stopped</source>
        <translation>[belt stopped~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source> steps/min</source>
        <translation>[ steps/min~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not set</source>
        <translation>[not set~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Optional; for a station: what to do</source>
        <translation>[Optional; for a station: what to do~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Optional hint shown during the segment</source>
        <translation>[Optional hint shown during the segment~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Wait until I press Done</source>
        <translation>[&amp;Wait until I press Done~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Kind</source>
        <translation>[&amp;Kind~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Segment kind</source>
        <translation>[Segment kind~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Duration</source>
        <translation>[&amp;Duration~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Duration, minutes and seconds</source>
        <translation>[Duration, minutes and seconds~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes:seconds (2:30), hours:minutes:seconds, or whole minutes (5)</source>
        <translation>[Minutes:seconds (2:30), hours:minutes:seconds, or whole minutes (5)~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>S&amp;peed</source>
        <translation>[S&amp;peed~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Belt speed</source>
        <translation>[Belt speed~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Incline</source>
        <translation>[&amp;Incline~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Incline in percent</source>
        <translation>[Incline in percent~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Cadence</source>
        <translation>[&amp;Cadence~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cadence in steps per minute</source>
        <translation>[Cadence in steps per minute~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optional target steps per minute</source>
        <translation>[Optional target steps per minute~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Label</source>
        <translation>[&amp;Label~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Segment label</source>
        <translation>[Segment label~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note</source>
        <translation>[&amp;Note~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Segment note</source>
        <translation>[Segment note~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+24" />
        <source>Station</source>
        <translation>[Station~]</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Wait until Done</source>
        <translation>[Wait until Done~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A station ends when you press Done; its time is for planning</source>
        <translation>[A station ends when you press Done; its time is for planning~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Forward</source>
        <translation>[Forward~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward</source>
        <translation>[Backward~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rest</source>
        <translation>[Rest~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Turn</source>
        <translation>[Turn~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Belt speed in {unit}; 0 for a rest with the belt stopped</source>
        <translation>[Belt speed in {unit}; 0 for a rest with the belt stopped~~~~~~~~ ~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SegmentKinds</name>
    <message>
        <location filename="../../walkcoach/core/program/model.py" line="-30" />
        <source>Forward</source>
        <translation>[Forward~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward</source>
        <translation>[Backward~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rest</source>
        <translation>[Rest~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Station</source>
        <translation>[Station~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn</source>
        <translation>[Turn~]</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../walkcoach/ui/session/session.py" line="+278" />
        <source>The treadmill follows the session from the next step on.</source>
        <translation>[The treadmill follows the session from the next step on.~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>SessionHeartRateChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="-382" />
        <source>bpm</source>
        <translation>[bpm~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes of active time</source>
        <translation>[Minutes of active time~~~~~~~]</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Z{number}</source>
        <translation>[Z{number}~]</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{kind}, {start} to {end}</source>
        <translation>[{kind}, {start} to {end}~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Heart rate: mean {mean:.0f}, highest {high:.0f} bpm</source>
        <translation>[Heart rate: mean {mean:.0f}, highest {high:.0f} bpm~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No heart rate</source>
        <translation>[No heart rate~~~~]</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../walkcoach/ui/history/session_list.py" line="+201" />
        <source>Interrupted</source>
        <translation>[Interrupted~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source> · pain</source>
        <translation>[ · pain~]</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Delete session?</source>
        <translation>[Delete session?~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete {session} from your history?</source>
        <translation>[Delete {session} from your history?~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Its segments, effort, pain and notes go with it. This cannot be undone.</source>
        <translation>[Its segments, effort, pain and notes go with it. This cannot be undone.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete</source>
        <translation>[Delete~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep it</source>
        <translation>[Keep it~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not deleted</source>
        <translation>[Not deleted~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The session was not deleted: {problem}</source>
        <translation>[The session was not deleted: {problem}~~~~~~~~ ~]</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location line="-132" />
        <source>&amp;Delete session…</source>
        <translation>[&amp;Delete session…~~~~~]</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location line="-134" />
        <source>Status</source>
        <translation>[Status~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program</source>
        <translation>[Program~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>[Date~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation>[Duration~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward</source>
        <translation>[Backward~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest</source>
        <translation>[Longest~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Effort</source>
        <translation>[Effort~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>[Notes~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Completed</source>
        <translation>[Completed~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended early</source>
        <translation>[Ended early~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too short</source>
        <translation>[Too short~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interrupted</source>
        <translation>[Interrupted~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recording</source>
        <translation>[Recording~~]</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Longest backward stretch</source>
        <translation>[Longest backward stretch~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+34" />
        <source> · pain</source>
        <translation>[ · pain~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>“{program}” of {when} ({time})</source>
        <translation>[“{program}” of {when} ({time})~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Forward {forward}, backward {backward}</source>
        <translation>[Forward {forward}, backward {backward}~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{km:.2f} km, about {kcal:.0f} kcal</source>
        <translation>[{km:.2f} km, about {kcal:.0f} kcal~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Under 80 % of the planned time was walked (segments skipped)</source>
        <translation>[Under 80 % of the planned time was walked (segments skipped)~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes: {notes}</source>
        <translation>[Notes: {notes}~]</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../walkcoach/core/settings.py" line="+118" />
        <source>must be true or false, got {value}</source>
        <translation>[must be true or false, got {value}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source> or </source>
        <extracomment>Between the allowed values of a setting: "must be 'km/h' or 'mph'".</extracomment>
        <translation>[ or ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be {options}, got {value}</source>
        <translation>[must be {options}, got {value}~~~~]</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+9" />
        <source>must be a number, got {value}</source>
        <translation>[must be a number, got {value}~~~~~~~]</translation>
    </message>
    <message>
        <location line="-6" />
        <source>must be from {low} to {high}, got a number of {digits} digits</source>
        <translation>[must be from {low} to {high}, got a number of {digits} digits~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>must be from {low} to {high}, got {value}</source>
        <translation>[must be from {low} to {high}, got {value}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>must be a whole number, got {value}</source>
        <translation>[must be a whole number, got {value}~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be 0 (off) or at least {least}, got {value}</source>
        <translation>[must be 0 (off) or at least {least}, got {value}~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>must be 0 (not given) or from {low} to {high}, got {value}</source>
        <translation>[must be 0 (not given) or from {low} to {high}, got {value}~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>must be text, got {value}</source>
        <translation>[must be text, got {value}~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>is not a usable device name or address</source>
        <translation>[is not a usable device name or address~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>must be a folder path as text, got {value}</source>
        <translation>[must be a folder path as text, got {value}~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>is not a usable folder path</source>
        <translation>[is not a usable folder path~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+80" />
        <source>it is far too large (over {limit} bytes)</source>
        <translation>[it is far too large (over {limit} bytes)~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it holds binary data, not JSON text</source>
        <translation>[it holds binary data, not JSON text~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is not UTF-8 text</source>
        <translation>[it is not UTF-8 text~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is empty</source>
        <translation>[it is empty~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it is not valid JSON ({reason}, line {line})</source>
        <extracomment>{reason} is Python's JSON message in English ("Expecting value").</extracomment>
        <translation>[it is not valid JSON ({reason}, line {line})~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is not valid JSON (nested too deeply)</source>
        <translation>[it is not valid JSON (nested too deeply)~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it is not valid JSON (a number far too long)</source>
        <translation>[it is not valid JSON (a number far too long)~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it does not hold a JSON object</source>
        <translation>[it does not hold a JSON object~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The settings file {path} is a link to a missing file; using the default settings.</source>
        <translation>[The settings file {path} is a link to a missing file; using the default settings.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Settings file {path} is {what}; using the default settings.</source>
        <translation>[Settings file {path} is {what}; using the default settings.~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot read the settings file {path} ({reason}); using the defaults.</source>
        <translation>[Cannot read the settings file {path} ({reason}); using the defaults.~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The settings file {path} is damaged: {reason}. Using the default settings.</source>
        <translation>[The settings file {path} is damaged: {reason}. Using the default settings.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The settings file {path} is damaged: {reason}. Using the default settings; the damaged file was kept as {kept}.</source>
        <translation>[The settings file {path} is damaged: {reason}. Using the default settings; the damaged file was kept as {kept}.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The settings file {path} has no valid version ({version}); read it as version {current}.</source>
        <translation>[The settings file {path} has no valid version ({version}); read it as version {current}.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The settings file {path} was written by a newer WalkCoach (version {version}); the settings this version knows are used, and the file itself is kept aside unchanged before this version saves its own.</source>
        <translation>[The settings file {path} was written by a newer WalkCoach (version {version}); the settings this version knows are used, and the file itself is kept aside unchanged before this version saves its own.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{key} (not valid Unicode text)</source>
        <translation>[{key} (not valid Unicode text)~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{key} ({reason})</source>
        <extracomment>A bad setting in a list of them: "weight_kg (must be a number, got "x")".</extracomment>
        <translation>[{key} ({reason})~]</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>The settings file {path} has %n bad setting(s), using the default instead: {bad}.</source>
        <translation><numerusform>[The settings file {path} has %n bad setting(s), using the default instead: {bad}.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</numerusform><numerusform>[The settings file {path} has %n bad setting(s), using the default instead: {bad}.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="+178" />
        <source>Preferences</source>
        <translation>[Preferences~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Speak the cues (segment, speed, time left)</source>
        <translation>[Speak the cues (segment, speed, time left)~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+29" />
        <source>Mute all sounds</source>
        <translation>[Mute all sounds~~~~]</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+126" />
        <source> s</source>
        <translation>[ s~]</translation>
    </message>
    <message>
        <location line="-125" />
        <source>no countdown</source>
        <translation>[no countdown~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flash the window when the segment changes</source>
        <translation>[Flash the window when the segment changes~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dark</source>
        <translation>[Dark~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>[Light~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow the system</source>
        <translation>[Follow the system~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show the safety checklist before every backward session</source>
        <translation>[Show the safety checklist before every backward session~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Units</source>
        <translation>[&amp;Units~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Speed unit</source>
        <translation>[Speed unit~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Body &amp;weight</source>
        <translation>[Body &amp;weight~~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Body weight, for the energy estimate</source>
        <translation>[Body weight, for the energy estimate~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Voice</source>
        <translation>[&amp;Voice~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Spoken cues</source>
        <translation>[Spoken cues~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>V&amp;olume</source>
        <translation>[V&amp;olume~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Volume</source>
        <translation>[Volume~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sound</source>
        <translation>[&amp;Sound~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Countdown</source>
        <translation>[&amp;Countdown~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Countdown before each change, seconds</source>
        <translation>[Countdown before each change, seconds~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Flash</source>
        <translation>[&amp;Flash~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flash the window on each change</source>
        <translation>[Flash the window on each change~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Theme</source>
        <translation>[&amp;Theme~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Colour theme</source>
        <translation>[Colour theme~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>L&amp;anguage</source>
        <translation>[L&amp;anguage~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Language of the text and the voice</source>
        <translation>[Language of the text and the voice~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Safet&amp;y</source>
        <translation>[Safet&amp;y~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Safety checklist before each backward session</source>
        <translation>[Safety checklist before each backward session~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time &amp;left</source>
        <translation>[Time &amp;left~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Spoken time left, how often</source>
        <translation>[Spoken time left, how often~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Volume in percent</source>
        <translation>[Volume in percent~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used only for the kcal estimate</source>
        <translation>[Used only for the kcal estimate~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;General</source>
        <translation>[&amp;General~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Heart rate</source>
        <translation>[&amp;Heart rate~~~]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The system's language</source>
        <translation>[The system's language~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Applied at the next start of WalkCoach.</source>
        <translation>[Applied at the next start of WalkCoach.~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>start at once</source>
        <translation>[start at once~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Everything (segments, halfway, time left)</source>
        <translation>[Everything (segments, halfway, time left)~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes only (segments, turns, the finish)</source>
        <translation>[Changes only (segments, turns, the finish)~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing: sounds only</source>
        <translation>[Nothing: sounds only~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Get ready</source>
        <translation>[&amp;Get ready~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Get-ready count before the start, seconds</source>
        <translation>[Get-ready count before the start, seconds~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Spo&amp;ken cues</source>
        <translation>[Spo&amp;ken cues~~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>How much the coach says</source>
        <translation>[How much the coach says~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Speech is not available: {reason}.</source>
        <translation>[Speech is not available: {reason}.~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cue sounds still play.</source>
        <translation>[The cue sounds still play.~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Off</source>
        <translation>[Off~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every {n} min</source>
        <translation>[Every {n} min~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every {n} s</source>
        <translation>[Every {n} s~~]</translation>
    </message>
    <message>
        <location line="+48" />
        <source>⚠ Heart-rate zones: {problem}.</source>
        <translation>[⚠ Heart-rate zones: {problem}.~~~~~~~]</translation>
    </message>
    <message>
        <location line="+16" />
        <source>⚠ The settings could not be saved: {error}</source>
        <translation>[⚠ The settings could not be saved: {error}~~~~~~~~ ~~~]</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../walkcoach/ui/shortcuts.py" line="+33" />
        <source>Start the session, or pause and resume it</source>
        <translation>[Start the session, or pause and resume it~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same, from the play/pause key of a media or Bluetooth remote</source>
        <translation>[The same, from the play/pause key of a media or Bluetooth remote~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Skip to the next step</source>
        <translation>[Skip to the next step~~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Previous step: restarts this step, or goes to the previous one in its first seconds</source>
        <translation>[Previous step: restarts this step, or goes to the previous one in its first seconds~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>30 seconds more on this step</source>
        <translation>[30 seconds more on this step~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>30 seconds less on this step (at least 5 s stay)</source>
        <translation>[30 seconds less on this step (at least 5 s stay)~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Leaves the workout view; otherwise stops the session (asks first)</source>
        <translation>[Leaves the workout view; otherwise stops the session (asks first)~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Workout view on or off</source>
        <translation>[Workout view on or off~~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sound on or off</source>
        <translation>[Sound on or off~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Switch between the full window and the small always-on-top view</source>
        <translation>[Switch between the full window and the small always-on-top view~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This list</source>
        <translation>[This list~~]</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/shortcuts.py" line="+23" />
        <source>Keyboard shortcuts</source>
        <translation>[Keyboard shortcuts~~~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Key</source>
        <translation>[Key~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it does</source>
        <translation>[What it does~~~]</translation>
    </message>
</context>
<context>
    <name>SoundHelper</name>
    <message>
        <location filename="../../walkcoach/sound/pulse.py" line="+54" />
        <source>{library} is not installed ({detail})</source>
        <translation>[{library} is not installed ({detail})~~~~~~]</translation>
    </message>
    <message>
        <location line="+66" />
        <source>the sound server cannot be reached ({detail})</source>
        <translation>[the sound server cannot be reached ({detail})~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the sound server stopped playing ({detail})</source>
        <translation>[the sound server stopped playing ({detail})~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the sound output is closed</source>
        <translation>[the sound output is closed~~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../../walkcoach/ui/audio/speech.py" line="+45" />
        <source>there is no sound output</source>
        <translation>[there is no sound output~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no speech engine is installed (speech-dispatcher)</source>
        <translation>[no speech engine is installed (speech-dispatcher)~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the sound server does not answer</source>
        <translation>[the sound server does not answer~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the speech engine {engine!r} is not installed</source>
        <translation>[the speech engine {engine!r} is not installed~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the speech helper did not start</source>
        <translation>[the speech helper did not start~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the speech engine ({engine}) does not start</source>
        <translation>[the speech engine ({engine}) does not start~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the speech helper stopped</source>
        <translation>[the speech helper stopped~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No voice for {language} is installed: the cues are spoken in English.</source>
        <extracomment>{language} is the language's own name ("Deutsch", "français").</extracomment>
        <translation>[No voice for {language} is installed: the cues are spoken in English.~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
</context>
<context>
    <name>StatsStrip</name>
    <message>
        <location filename="../../walkcoach/ui/coach/stats_strip.py" line="+76" />
        <source>Elapsed</source>
        <translation>[Elapsed~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remaining</source>
        <translation>[Remaining~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+42" />
        <source>Distance (est.)</source>
        <translation>[Distance (est.)~~~~]</translation>
    </message>
    <message>
        <location line="-41" />
        <source>Energy (est.)</source>
        <translation>[Energy (est.)~~~~]</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+23" />
        <source>{value} mi</source>
        <translation>[{value} mi~]</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+18" />
        <source>{value} km</source>
        <translation>[{value} km~]</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+19" />
        <source>≈ {value} kcal</source>
        <translation>[≈ {value} kcal~]</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Distance (belt)</source>
        <translation>[Distance (belt)~~~~]</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../walkcoach/storage/db.py" line="+140" />
        <source>the history database {path} is a folder</source>
        <translation>[the history database {path} is a folder~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the history database {path} is not a regular file (a pipe or a device)</source>
        <translation>[the history database {path} is not a regular file (a pipe or a device)~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+66" />
        <source>cannot create the history database {path}: {reason}</source>
        <translation>[cannot create the history database {path}: {reason}~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+5" />
        <source>cannot open the history database {path}: {reason}</source>
        <translation>[cannot open the history database {path}: {reason}~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the history database {path} is damaged and could not be moved aside: {reason}</source>
        <translation>[the history database {path} is damaged and could not be moved aside: {reason}~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the history database {path} is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read</source>
        <translation>[the history database {path} is damaged ({reason}); start WalkCoach to keep it aside and rescue what can be read~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>its integrity check returned garbled text</source>
        <translation>[its integrity check returned garbled text~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>integrity check failed: {problem}</source>
        <extracomment>{problem} is SQLite's own report, in English.</extracomment>
        <translation>[integrity check failed: {problem}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>cannot switch the history database to WAL mode (got {mode})</source>
        <translation>[cannot switch the history database to WAL mode (got {mode})~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>cannot open the history database {path}: upgrading it failed ({reason})</source>
        <translation>[cannot open the history database {path}: upgrading it failed ({reason})~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+5" />
        <location line="+10" />
        <source>cannot read the history database {path}: {reason}</source>
        <translation>[cannot read the history database {path}: {reason}~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/exporters.py" line="+165" />
        <source>a {format} file holds one session (got {count})</source>
        <translation>[a {format} file holds one session (got {count})~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unknown export format {format} (one of: {known})</source>
        <translation>[unknown export format {format} (one of: {known})~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot write {path}: {reason}</source>
        <translation>[cannot write {path}: {reason}~~~~]</translation>
    </message>
    <message>
        <location line="+35" />
        <source>there are no recorded sessions with segments to export</source>
        <translation>[there are no recorded sessions with segments to export~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{output} is a file; exporting several sessions as {format} needs a folder (one file per session)</source>
        <translation>[{output} is a file; exporting several sessions as {format} needs a folder (one file per session)~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{output} is a folder; give a file name to write the {format} to</source>
        <translation>[{output} is a folder; give a file name to write the {format} to~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{output} exists already; add --force to replace it</source>
        <translation>[{output} exists already; add --force to replace it~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>{first} and %n more exist already; add --force to replace them</source>
        <translation><numerusform>[{first} and %n more exist already; add --force to replace them~~~~~~~~ ~~~~~~~~ ~~]</numerusform><numerusform>[{first} and %n more exist already; add --force to replace them~~~~~~~~ ~~~~~~~~ ~~]</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>{first} exists already; add --force to replace it</source>
        <translation>[{first} exists already; add --force to replace it~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>[cannot create the folder {folder}: {reason}~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>[cannot write {path}: the folder {folder} does not exist~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/fit.py" line="+231" />
        <location filename="../../walkcoach/storage/tcx.py" line="+110" />
        <source>session {id} has no recorded segments; nothing to export</source>
        <translation>[session {id} has no recorded segments; nothing to export~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/rescue.py" line="+62" />
        <source>The history database was damaged ({reason}). It was moved to {moved} and nothing in it could be read, so a new, empty history was started; nothing was deleted.</source>
        <translation>[The history database was damaged ({reason}). It was moved to {moved} and nothing in it could be read, so a new, empty history was started; nothing was deleted.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by rebuilding its indexes; nothing was deleted.</source>
        <translation><numerusform>[The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by rebuilding its indexes; nothing was deleted.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</numerusform><numerusform>[The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by rebuilding its indexes; nothing was deleted.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read (some could not); nothing was deleted.</source>
        <translation><numerusform>[The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read (some could not); nothing was deleted.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</numerusform><numerusform>[The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read (some could not); nothing was deleted.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read; nothing was deleted.</source>
        <translation><numerusform>[The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read; nothing was deleted.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</numerusform><numerusform>[The history database was damaged ({reason}). It was moved to {moved}, unchanged, and %n session(s) could be rescued into a new history by copying every row that could still be read; nothing was deleted.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</numerusform></translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/schema.py" line="+275" />
        <source>the history database was written by a newer WalkCoach (schema version {version}; this one knows up to {known}); update WalkCoach to use it. The file was left untouched.</source>
        <translation>[the history database was written by a newer WalkCoach (schema version {version}; this one knows up to {known}); update WalkCoach to use it. The file was left untouched.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location filename="../../walkcoach/storage/full_check.py" line="+67" />
        <source>the treadmill and heart-rate samples cannot be read: the history file is damaged ({reason}). WalkCoach keeps the file aside and rescues what can be read the next time it opens the history</source>
        <translation>[the treadmill and heart-rate samples cannot be read: the history file is damaged ({reason}). WalkCoach keeps the file aside and rescues what can be read the next time it opens the history~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>StreakLabel</name>
    <message>
        <location filename="../../walkcoach/ui/history/panels.py" line="-110" />
        <source>A day counts when you walked: a completed session, or any session with at least 5 minutes walked forward and backward. Skipping through a program does not count. Today still counts as long as you walked yesterday.</source>
        <translation>[A day counts when you walked: a completed session, or any session with at least 5 minutes walked forward and backward. Skipping through a program does not count. Today still counts as long as you walked yesterday.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <location line="+1" />
        <source>&lt;b&gt;%n&lt;/b&gt; day(s)</source>
        <translation><numerusform>&lt;b&gt;[%n&lt;/b&gt; day(s)~~~~]</numerusform><numerusform>&lt;b&gt;[%n&lt;/b&gt; day(s)~~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Current streak: {current} &amp;nbsp;·&amp;nbsp; longest: {longest}</source>
        <translation>[Current streak: {current} &amp;nbsp;·&amp;nbsp; longest: {longest}~~~~~~~~ ~~~~~]</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location line="+18" />
        <source>Next session</source>
        <translation>[Next session~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use this program</source>
        <translation>[Use this program~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select it on the coach page</source>
        <translation>[Select it on the coach page~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No suggestion: the history could not be read.</source>
        <translation>[No suggestion: the history could not be read.~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{rounds} x {time} backward at {speed}, {incline:g} % incline</source>
        <translation>[{rounds} x {time} backward at {speed}, {incline:g} % incline~~~~~~~~ ~]</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../walkcoach/ui/history/summary_dialog.py" line="+107" />
        <location line="+117" />
        <source>Session summary</source>
        <translation>[Session summary~~~~]</translation>
    </message>
    <message>
        <location line="-90" />
        <source>{program}, {when}</source>
        <translation>[{program}, {when}~]</translation>
    </message>
    <message>
        <location line="+38" />
        <source>This session is in your history already; the rating is optional.</source>
        <translation>[This session is in your history already; the rating is optional.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>S&amp;kip rating</source>
        <translation>[S&amp;kip rating~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close: the session stays recorded, without effort, pain or notes (Esc)</source>
        <translation>[Close: the session stays recorded, without effort, pain or notes (Esc)~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save rating</source>
        <translation>[&amp;Save rating~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add effort, pain and notes to this session (Ctrl+Enter)</source>
        <translation>[Add effort, pain and notes to this session (Ctrl+Enter)~~~~~~~~ ~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Session complete</source>
        <translation>[Session complete~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session ended early</source>
        <translation>[Session ended early~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Too short to count as completed</source>
        <translation>[Too short to count as completed~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Session interrupted</source>
        <translation>[Session interrupted~~~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Most of it was skipped: {walked} walked of the {planned} planned. A session counts as completed when at least 80 % of its planned time is walked; this one is recorded as too short.</source>
        <translation>[Most of it was skipped: {walked} walked of the {planned} planned. A session counts as completed when at least 80 % of its planned time is walked; this one is recorded as too short.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Recorded as ended early: {walked} of the {planned} planned. How it felt is worth noting all the same.</source>
        <translation>[Recorded as ended early: {walked} of the {planned} planned. How it felt is worth noting all the same.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recorded as ended early, after {walked}.</source>
        <translation>[Recorded as ended early, after {walked}.~~~~~~~~ ~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{time} in all</source>
        <translation>[{time} in all~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{time} backward</source>
        <translation>[{time} backward~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>effort {n}</source>
        <translation>[effort {n}~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last time ({when}): {figures}</source>
        <translation>[Last time ({when}): {figures}~~~~]</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{value} mi</source>
        <translation>[{value} mi~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{value} km</source>
        <translation>[{value} km~]</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n segment(s)</source>
        <translation><numerusform>[%n segment(s)~~~]</numerusform><numerusform>[%n segment(s)~~~]</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>about {value} kcal</source>
        <translation>[about {value} kcal~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What you walked</source>
        <translation>[What you walked~~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Forward</source>
        <translation>[Forward~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward</source>
        <translation>[Backward~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longest backward stretch</source>
        <translation>[Longest backward stretch~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Total time</source>
        <translation>[Total time~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Planned</source>
        <translation>[Planned~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skipped</source>
        <translation>[Skipped~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Distance ({source})</source>
        <translation>[Distance ({source})~~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Energy (estimate)</source>
        <translation>[Energy (estimate)~~~~~]</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Mean {mean} bpm, highest {top} bpm</source>
        <translation>[Mean {mean} bpm, highest {top} bpm~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source> (the treadmill's heart rate)</source>
        <translation>[ (the treadmill's heart rate)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Zone {n} {time}</source>
        <translation>[Zone {n} {time}~]</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Waited %n time(s) for your heart rate to settle, {time} in all.</source>
        <translation><numerusform>[Waited %n time(s) for your heart rate to settle, {time} in all.~~~~~~~~ ~~~~~~~~ ~~]</numerusform><numerusform>[Waited %n time(s) for your heart rate to settle, {time} in all.~~~~~~~~ ~~~~~~~~ ~~]</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Heart rate</source>
        <translation>[Heart rate~~]</translation>
    </message>
    <message>
        <location line="+29" />
        <source>{name}: on average {value} % of its maximal voluntary contraction (EMG)</source>
        <translation>[{name}: on average {value} % of its maximal voluntary contraction (EMG)~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Muscles worked most</source>
        <translation>[Muscles worked most~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No walking was recorded.</source>
        <translation>[No walking was recorded.~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Estimated % of a maximal contraction, averaged over the time walked.</source>
        <translation>[Estimated % of a maximal contraction, averaged over the time walked.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{name}: {value} (your first)</source>
        <translation>[{name}: {value} (your first)~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{name}: {value} (was {before})</source>
        <translation>[{name}: {value} (was {before})~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Personal bests</source>
        <translation>[Personal bests~~~~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No new personal best this time; steady sessions are what build progress.</source>
        <translation>[No new personal best this time; steady sessions are what build progress.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>How did it feel?</source>
        <translation>[How did it feel?~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Effort (1 = very easy, 10 = all-out); keys 1-9 and 0 for 10:</source>
        <translation>[Effort (1 = very easy, 10 = all-out); keys 1-9 and 0 for 10:~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Effort {n} of 10</source>
        <translation>[Effort {n} of 10~~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>I felt &amp;pain during or after this session</source>
        <translation>[I felt &amp;pain during or after this session~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Notes:</source>
        <translation>[&amp;Notes:~]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Anything to remember: how the knees felt, rails held or not…</source>
        <translation>[Anything to remember: how the knees felt, rails held or not…~~~~~~~~ ~~~~~~~~ ~~~~]</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Not saved yet: {problem}. It is kept and saved when storage works again.</source>
        <translation>[Not saved yet: {problem}. It is kept and saved when storage works again.~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../walkcoach/ui/editor/summary.py" line="+48" />
        <source>Summary (updates as you edit)</source>
        <translation>[Summary (updates as you edit)~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program summary</source>
        <translation>[Program summary~~~~]</translation>
    </message>
    <message>
        <location line="+22" />
        <source>How much work each muscle gets over the whole program: how hard it works (an estimate from muscle-activity measurements) times how many minutes. The bar and the figure compare each muscle with the one worked most (100 %).</source>
        <translation>[How much work each muscle gets over the whole program: how hard it works (an estimate from muscle-activity measurements) times how many minutes. The bar and the figure compare each muscle with the one worked most (100 %).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+15" />
        <source>Total time</source>
        <translation>[Total time~~]</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Backward</source>
        <translation>[Backward~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>[Forward~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Energy</source>
        <translation>[Energy~]</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+13" />
        <location line="+38" />
        <source>Muscles worked most</source>
        <translation>[Muscles worked most~~~~~~]</translation>
    </message>
    <message>
        <location line="-41" />
        <source>Backward time</source>
        <translation>[Backward time~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward time</source>
        <translation>[Forward time~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Energy estimate</source>
        <translation>[Energy estimate~~~~]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{time} ({percent:.0f} % of the session)</source>
        <translation>[{time} ({percent:.0f} % of the session)~~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>about {kcal:.0f} kcal (estimate for a body weight of {weight})</source>
        <translation>[about {kcal:.0f} kcal (estimate for a body weight of {weight})~~~~~~~~ ~~~~~~~]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{percent:.0f} %</source>
        <translation>[{percent:.0f} %~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{rank}. {name}: {share} of the muscle worked most</source>
        <translation>[{rank}. {name}: {share} of the muscle worked most~~~~~~~~ ~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>none yet</source>
        <translation>[none yet~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Segments with values that are not usable yet are left out of these figures.</source>
        <translation>[Segments with values that are not usable yet are left out of these figures.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]</translation>
    </message>
</context>
<context>
    <name>TopMusclesList</name>
    <message>
        <location filename="../../walkcoach/ui/coach/top_muscles.py" line="+31" />
        <source>No muscle is working hard in this segment.</source>
        <translation>[No muscle is working hard in this segment.~~~~~~~~ ~~~~~~]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Coming up: top muscles</source>
        <translation>[Coming up: top muscles~~~~~~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Top muscles</source>
        <translation>[Top muscles~~~]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>measured</source>
        <translation>[measured~~]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>estimated</source>
        <translation>[estimated~~]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;</source>
        <translation>&lt;b&gt;[{name}&lt;/b&gt; {value} % &lt;small&gt;({basis})&lt;/small&gt;&lt;br&gt;&lt;small&gt;{reason}&lt;/small&gt;~~~~~~~~ ~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{value} % of the muscle's maximal voluntary contraction (EMG). Source: {source}</source>
        <translation>[{value} % of the muscle's maximal voluntary contraction (EMG). Source: {source}~~~~~~~~ ~~~~~~~~ ~~~~~~]</translation>
    </message>
</context>
<context>
    <name>UnitChoices</name>
    <message>
        <location filename="../../walkcoach/ui/dialogs/settings.py" line="-380" />
        <source>Kilometres per hour (km/h)</source>
        <translation>[Kilometres per hour (km/h)~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Miles per hour (mph)</source>
        <translation>[Miles per hour (mph)~~~~~~]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Metric: km/h, km, kg</source>
        <translation>[Metric: km/h, km, kg~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imperial: mph, miles, lb</source>
        <translation>[Imperial: mph, miles, lb~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+17" />
        <source>km</source>
        <translation>[km~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>miles</source>
        <translation>[miles~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Distance unit</source>
        <translation>[Distance unit~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Distances walked</source>
        <translation>[Distances walked~~~~~]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>kg</source>
        <translation>[kg~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lb</source>
        <translation>[lb~]</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Weight unit</source>
        <translation>[Weight unit~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Body weight</source>
        <translation>[Body weight~~~]</translation>
    </message>
</context>
<context>
    <name>WeeklyMinutesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/charts.py" line="-220" />
        <source>Minutes per week</source>
        <translation>[Minutes per week~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Week</source>
        <translation>[Week~]</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Forward</source>
        <translation>[Forward~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Backward</source>
        <translation>[Backward~~]</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Week {number}, {year} (from {monday})
Forward: {forward}
Backward: {backward}
Total: {total}</source>
        <translation>[Week {number}, {year} (from {monday})
Forward: {forward}
Backward: {backward}
Total: {total}~~~~~~~~ ~~~~~~~]</translation>
    </message>
</context>
<context>
    <name>WeeklyZonesChart</name>
    <message>
        <location filename="../../walkcoach/ui/history/hr_charts.py" line="+11" />
        <source>Minutes in zone per week</source>
        <translation>[Minutes in zone per week~~~~~~~~]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Week</source>
        <translation>[Week~]</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Week {number}, {year} (from {monday})</source>
        <translation>[Week {number}, {year} (from {monday})~~~~]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Z{number} {name}: {time}</source>
        <translation>[Z{number} {name}: {time}~]</translation>
    </message>
</context>
<context>
    <name>_FieldForm</name>
    <message>
        <location filename="../../walkcoach/ui/editor/forms.py" line="-131" />
        <source>Problem with {field}</source>
        <translation>[Problem with {field}~~~~]</translation>
    </message>
</context>
</TS>
