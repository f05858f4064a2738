<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name />
        <message>
            <source>Heat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ×%2 (%3 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the last 2 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the last 3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Graph of how far down the leg the pain reached over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details of the chosen entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than a year is shown, so the lines show weekly averages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Point at the graph, or click it and use the Left and Right arrow keys, to see one entry. Drag or scroll to move and zoom through the dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far down the leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain 0 to 10: now (thick), worst of the day (thin)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walking: minutes before symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat, ice, breaks and checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pain %1 out of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(worst %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>walked %1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 out of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This can need help right away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change journal entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New journal entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only pain now and how far down the leg are needed. Everything else is optional.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date and time of the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 is no pain, 10 is the worst you can imagine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worst pain in the last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worst pain in the last 24 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far down the leg does it reach?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click the drawing or a word, or use the Up and Down arrow keys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feels like: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How does it feel?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything new?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick any of these that are new or getting worse. Each one needs a doctor today, and some need help right away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of walking before the usual symptoms start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of sitting before it gets uncomfortable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walking: minutes before the usual symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitting: minutes before it gets uncomfortable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 to %1 minutes; leave it empty if not measured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep last night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walking, sitting and sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done today: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did you do for it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity, such as sitting at work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How well you can do activity %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0: cannot do it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10: as well as before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate up to three things that matter to you: 0 if you cannot do it, 10 if you can do it as well as before the pain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything else worth remembering (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filled in from your last entry (%1). Change what is different now, then press Save or Ctrl+Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filled in from your walking check at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your local emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please check the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far down the leg: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which side?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing chosen yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawing of the lower back and leg from behind. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the entry of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the entry of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short entry each day shows whether the pain is moving back up your leg or spreading further down. It takes under a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Graph</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far down, pain and walking over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show more entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep, share and print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy of every entry (CSV opens in a spreadsheet), bring entries back from such a copy, or make a one-page report for your clinician.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import entries from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a report for a clinician as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a report for a clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add your first entry: it takes under a minute. After a few days, the graph here shows whether the pain is moving back up your leg or spreading down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add your first entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last %1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 days before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 entries, reaching about the %3 on average, pain %4 out of 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain %1 out of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning signs ticked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 saved entries could not be read; they are kept as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry of %1 was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new entry was taken back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change was taken back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The deleted entry is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 imported entries were taken back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your change was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal exports (*.csv *.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be saved. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 entries saved to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 entries were added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 entries were added and are safe on disk, but the journal's files are not up to date yet. %2 This finishes by itself when there is space, or choose Try saving again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 entries were added, but they are not saved yet. %2 They are kept while the app is open: free some space, then choose Try saving again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 new entries are ready to add.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 are already in your journal and will be skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 rows have problems and will be skipped:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…and %1 more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %1 entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report could not be saved. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report was saved to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reaches on average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worst pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walking (min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitting (min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain (worst)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reaches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning signs ticked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No guided check has been done yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done on %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made on %1 from the person's own journal: %2 entries from %3 to %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person wrote these notes themselves. The app explains and helps with self-care; it does not diagnose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top: how far down the leg the pain reached (the foot at the bottom). Then pain now (thick line) and worst of the day (thin line), walking minutes before symptoms, and days with heat, ice, breaks or a guided check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the journal report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>App icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data is kept in: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdultsOnlyScreen</name>
        <message>
            <source>What to do now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AlertDialog</name>
        <message>
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AlertPresenter</name>
        <message>
            <source>Movement break soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A break is coming up in a minute or so.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Well done. Back to it, and change position often.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time for a movement break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take %1 to move.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It ended at %1, while the computer was asleep or the app was closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It ended at %1. Saved to your journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have checked my skin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Timers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>30 minutes: the check is done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer two questions and save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postpone %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A movement break at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take it now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postponed twice already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a %1-minute break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break time: get up and move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done, back to sitting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break over. Well done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change position often until the next one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnatomyCanvas</name>
        <message>
            <source>%1. Press Enter to read about it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnatomyPage</name>
        <message>
            <source>Explore the leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back to Learn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to Learn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts in this drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the card: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BodyMap</name>
        <message>
            <source>Body map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body map of the hips, seen from behind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body map, seen from behind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow keys move between places, Space picks or un-picks. Picked: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picked: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BodyRegionInput</name>
        <message>
            <source>Or pick from this list:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the whole leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in on the hips</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BreaksPanel</name>
        <message>
            <source>Remind me to get up and move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postpone %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done, back to sitting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause for an hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause until tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume breaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes between breaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes a break lasts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of notice before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A break every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each break lasts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice before a break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breaks from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breaks until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep at least one day: to stop breaks, turn them off instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notice must be shorter than the time between breaks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movement breaks are off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break time: get up and move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Come back when the time is up, or sooner if you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time for a movement break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take %1 to move now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breaks paused until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outside your active hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next break at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until then, change position whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a %1-minute break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take a break now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postponed %1 times in a row already: time to take it or skip it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try this: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next break will be at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today: %1 taken, %2 skipped.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardView</name>
        <message>
            <source>← Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show more detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read next: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide more detail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckHistoryList</name>
        <message>
            <source>Your past checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No saved checks yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open one to read it again, print it or save it as PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all %1 checks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Guided check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety first, then your pain. See which patterns your answers fit, and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The guided check cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its content files have problems. Please reinstall the app.

%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done on %1. Read only: to answer again, start a new check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check has been updated since, so it reads these answers a little differently today. On the day it said: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 answers are no longer asked by the check and were left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please choose an answer to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the check of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the summary as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the summary to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How urgent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I answered by mistake: go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start over</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How urgent: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning signs reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also noted: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to say when you call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and %1 more (see the app)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the answers point to: no single pattern leads (closest: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the answers point to: %1 fits best</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pointed towards it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pointed away from it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also looked at, closest first: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was ruled out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning signs asked about and answered no: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is less likely:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What can help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to avoid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to get help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check done on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made with %1. Show it to your doctor or physiotherapist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: guided check summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This summary explains; it is not a diagnosis.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckResult</name>
        <message>
            <source>1 point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 away from it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no points either way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 towards it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmergencyNumberField</name>
        <message>
            <source>Emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose your emergency number…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another number…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the number, for example 112</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmergencyScreen</name>
        <message>
            <source>Your emergency number is not set. It depends on your country. You can set it in Settings so the app shows it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set my emergency number in Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to say when you call</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandoffPanel</name>
        <message>
            <source>Take it home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Point your phone's camera at the code. Your summary is inside the code itself: nothing is sent anywhere, and nothing is kept here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or print a one-page summary to show your doctor or physiotherapist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a one-page summary to show your doctor or physiotherapist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer is not ready. Please ask at the front desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your summary is printing. Please pick it up at the printer, or ask at the front desk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryRow</name>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the check of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the check of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 days ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your local emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This app helps you make sense of pain at the back of your thigh and look after it. Here is a good place to begin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Here is where things stand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency number not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your emergency number is not set yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app shows this number when a sign needs help right away. It depends on your country, so please choose it yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set my emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to get help right away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start with the guided check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer a few questions, with safety first. You will see which patterns your pain fits and why, and what you can do now. It takes about five minutes. It explains; it does not diagnose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the guided check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learn about nerve and muscle pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step: today's journal entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short entry each day shows whether the pain is moving back up your leg or spreading down. It takes less than a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add today's entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the guided check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are up to date for today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your journal has an entry for today. Well done for keeping track.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a heat timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last done %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entries yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last entry %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain then: %1 out of 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries in the last 7 days: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break reminders are on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guided check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timers</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdleNotice</name>
        <message>
            <source>1 second left before the screen clears.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 seconds left before the screen clears.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still there?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To keep things private, this screen will soon clear the answers and start again for the next person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I'm still here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seconds</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KioskWelcome</name>
        <message>
            <source>Welcome to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain at the back of your thigh? While you wait, this screen can help you understand it and what to do about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers have been cleared. Thank you, and take care.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the guided check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About 5 minutes. Safety questions come first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learn about nerve and muscle pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short cards with pictures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to get help right away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Or tell the front desk now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing you enter is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This screen is shared. When you are done, press “Finish and clear” at the top. If nobody touches the screen for a while, it clears itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions? Call %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening hours: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Clinic kiosk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guided check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat and breaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish and clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clears every answer on this screen and starts again for the next person</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LearnPage</name>
        <message>
            <source>Learn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Learn cards could not be loaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some of the app's files are damaged or missing. The rest of the app still works. Reinstalling the app should fix this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your local emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the quiz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to Learn</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LearnStart</name>
        <message>
            <source>Learn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short cards with pictures. Open one for the main idea, and more detail if you want it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the cards (Ctrl+F), for example: heat, sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the guided check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore and check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore the leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An interactive drawing of the nerve, the muscles and where pain shows up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check what you learned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 short questions, with kind feedback.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A good place to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin with how nerve pain and muscle pain differ. After the guided check, the cards that fit your answers come first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picked for your last check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers fit %1 best, so these cards come first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers did not point clearly to one pattern. These cards cover the closest ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your last check suggests seeing a clinician soon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your last check suggests seeing a doctor today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your last check found a sign that needs help right away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>So “When to get help” comes first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cards found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 card found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cards found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing matches “%1”. Try another word, such as nerve, heat or sitting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;App</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bigger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this app is and is not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some changes could not be saved, and will be lost if you quit now. Quit anyway?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <source>Main navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the %1 page</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeScreen</name>
        <message>
            <source>What to do now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can go on with the check. At the end it also shows what may help while you wait to be seen. The advice above still stands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I understand: continue the check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to change my answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PackPanel</name>
        <message>
            <source>How long?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never longer than %1 minutes at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: safety check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next, safety check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please answer each question to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the ice timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this window open until the time is up; you can minimise it. With no system tray on this computer, the alert cannot reach you once the window is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have checked my skin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start %1 for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please do not use %1 now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is on now. One at a time, please.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions today: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last one ended at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For spacing, wait until about %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused. The time left waits for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is on, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped at %1 after %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It ended at %1, while the computer was asleep or the app was closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It ended at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to your journal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinDots</name>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>No digits entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 digit entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 digits entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That PIN is not right. 1 try left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That PIN is not right. %1 tries left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong tries. Try again in 1 second.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many wrong tries. Try again in %1 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the admin PIN to leave kiosk mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete last digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No admin PIN is set in the kiosk config, so this screen cannot be unlocked here. The kiosk setup guide says how to set one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can try again now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QrCodeView</name>
        <message>
            <source>QR code with your summary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionScreen</name>
        <message>
            <source>Part %1 of %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why we ask this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why we ask this (show or hide)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the previous question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide why we ask this</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Check what you learned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 short questions. Take your time: nothing is saved or marked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back to Learn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to Learn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check my answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick one of the answers first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See my result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Well done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ Not quite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The right answer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (the right answer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the card: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You got %1 of %2 right the first time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wonderful. You know the key ideas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Well done. The cards behind the others are worth another look.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That's fine: this is how learning works. The cards explain each one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultScreen</name>
        <message>
            <source>Take your summary home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More about your result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A past check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A past check, to read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print a summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the list of checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How urgent: %1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also noted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to say when you call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What your answers point to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly fits: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What pointed towards it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What pointed away from it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also looked at, closest first: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a diagnosis. It shows which patterns your answers fit. A doctor or physiotherapist can tell you more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What helps and what to avoid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What can help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avoid for now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Avoid: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How each pattern scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All %1 patterns, and the answers that pointed towards or away from each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (leads)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. %2%3: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of your answers said much about this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 warning signs you did not report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, and the patterns your answers pointed away from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The patterns your answers pointed away from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was clearly ruled out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What your answers made less likely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning signs you did not report:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is less likely, because:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to get help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signs to watch for, and what to do if they appear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to go next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Learn about this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat and break timers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this shared screen, the result is kept only until the next person starts. Nothing is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to your journal. It shows there as a marker on the graph.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change my answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start over</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewScreen</name>
        <message>
            <source>Check your answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change any answer you like, then see your result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See my result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the last question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not answered yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remembered from your last check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>%1 (show or hide)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelfTestSteps</name>
        <message>
            <source>Safety: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety first: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes are saved as soon as you make them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown whenever a sign needs help right away. Pick the number for the country you are in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size and colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size (also Ctrl+plus and Ctrl+minus)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match my computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colours: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sound and units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play a sound when a timer ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kilometres and metres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Miles and yards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distances in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you enter stays on this computer, in this folder. The app keeps a backup each day for the last 7 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all my data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: %1 The change is kept while the app is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all my data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete all your data from this computer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This removes your journal, check results, timers, settings and backups. It cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep my data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some files could not be deleted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All your data has been deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>About the guided check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How this check works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First, your age and a few safety questions. If an answer needs help now, we say so straight away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then where it hurts, how it feels, how it started and what changes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last, four gentle self-checks. Each is optional: you can skip any.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can go back and change any answer. It takes about five minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The result shows which patterns your answers fit, and why. It explains; it does not diagnose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the check</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StoreBanner</name>
        <message>
            <source>Data warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try saving again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carry on without it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your latest changes are not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 Your changes are kept while the app is open. Free some space or fix the folder, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A data file could not be read</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timers</name>
        <message>
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When you close the window while breaks are on, the app keeps running in the tray (near the clock) so the reminders still reach you. Quit it from the tray menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer shows no system tray, so reminders can only reach you while this window is open. Closing the window quits the app; your timers are kept and carry on when you open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 minutes %2 seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 minutes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimersPage</name>
        <message>
            <source>Heat and breaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heat and ice with a safety check first, reminders to get up from long sitting, and a walking check to track how far you can walk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On this shared screen the timers are explained only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is started or saved here. Install the app on your own computer to use the timers and keep a record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Still running here, so your reminders and timers can reach you. To quit, open the menu of this icon and choose Quit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrayMenu</name>
        <message>
            <source>Pause breaks for an hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause breaks until tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume breaks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movement breaks are off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A movement break is due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On a break: %1 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breaks paused until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No break planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next break at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walking check: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WalkPanel</name>
        <message>
            <source>Start walking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walking check under way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk at your normal pace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time walked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stops by itself at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My usual symptoms started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the walking check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walking check: two questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save to my journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard this walking check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to your journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done with the walking check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You walked %1 before your usual symptoms. The journal shows it with your other entries, so you can see the trend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You walked %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No walking check saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last check: %1 on %2 at %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the number later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few signs need help right away. When that happens, the app shows the number to call. It depends on where you live, so please pick it here. You can change it later in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a number to continue, or choose “Set the number later”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1 of 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start using the app</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>YesNoQuestion</name>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I did not try</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
