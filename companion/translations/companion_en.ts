<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AlertPresenter</name>
        <message numerus="yes">
            <source>Start a %n-minute break</source>
            <translation>
                <numerusform>Start a %n-minute break</numerusform>
                <numerusform>Start a %n-minute break</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreaksPanel</name>
        <message numerus="yes">
            <source>Start a %n-minute break</source>
            <translation>
                <numerusform>Start a %n-minute break</numerusform>
                <numerusform>Start a %n-minute break</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Postponed %n time(s) in a row already: time to take it or skip it.</source>
            <translation>
                <numerusform>Postponed %n time in a row already: time to take it or skip it.</numerusform>
                <numerusform>Postponed %n times in a row already: time to take it or skip it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n taken</source>
            <comment>breaks</comment>
            <translation>
                <numerusform>%n taken</numerusform>
                <numerusform>%n taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <comment>breaks</comment>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckHistoryList</name>
        <message numerus="yes">
            <source>Show all %n check(s)</source>
            <translation>
                <numerusform>Show the check</numerusform>
                <numerusform>Show all %n checks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message numerus="yes">
            <source>%n answer(s) are no longer asked by the check and were left out.</source>
            <translation>
                <numerusform>%n answer is no longer asked by the check and was left out.</numerusform>
                <numerusform>%n answers are no longer asked by the check and were left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message numerus="yes">
            <source>-%n point(s)</source>
            <translation>
                <numerusform>-%n point</numerusform>
                <numerusform>-%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckResult</name>
        <message numerus="yes">
            <source>%n point(s) away from it</source>
            <translation>
                <numerusform>%n point away from it</numerusform>
                <numerusform>%n points away from it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) towards it</source>
            <translation>
                <numerusform>%n point towards it</numerusform>
                <numerusform>%n points towards it</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message numerus="yes">
            <source>Last done %n days ago.</source>
            <translation>
                <numerusform>Last done %n days ago.</numerusform>
                <numerusform>Last done %n days ago.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last entry %n days ago.</source>
            <translation>
                <numerusform>Last entry %n days ago.</numerusform>
                <numerusform>Last entry %n days ago.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Entries in the last 7 days: %n.</source>
            <translation>
                <numerusform>Entries in the last 7 days: %n.</numerusform>
                <numerusform>Entries in the last 7 days: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries have a date after today: the computer's clock may have been wrong when they were made.</source>
            <translation>
                <numerusform>%n entry has a date after today: the computer's clock may have been wrong when it was made.</numerusform>
                <numerusform>%n entries have a date after today: the computer's clock may have been wrong when they were made.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n running.</source>
            <translation>
                <numerusform>%n running.</numerusform>
                <numerusform>%n running.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdleNotice</name>
        <message numerus="yes">
            <source>%n second(s) left before the screen clears.</source>
            <translation>
                <numerusform>%n second left before the screen clears.</numerusform>
                <numerusform>%n seconds left before the screen clears.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>second(s)</source>
            <comment>unit under the number</comment>
            <translation>
                <numerusform>second</numerusform>
                <numerusform>seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalPage</name>
        <message numerus="yes">
            <source>%n entries saved to %1.</source>
            <translation>
                <numerusform>%n entry saved to %1.</numerusform>
                <numerusform>%n entries saved to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries were added.</source>
            <translation>
                <numerusform>%n entry was added.</numerusform>
                <numerusform>%n entries were added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries were added and are safe on disk, but the journal's files are not up to date yet. %1 This finishes by itself when there is space, or choose Try saving again.</source>
            <translation>
                <numerusform>%n entry was added and is safe on disk, but the journal's files are not up to date yet. %1 This finishes by itself when there is space, or choose Try saving again.</numerusform>
                <numerusform>%n entries were added and are safe on disk, but the journal's files are not up to date yet. %1 This finishes by itself when there is space, or choose Try saving again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries were added, but they are not saved yet. %1 They are kept while the app is open.</source>
            <translation>
                <numerusform>%n entry was added, but it is not saved yet. %1 It is kept while the app is open.</numerusform>
                <numerusform>%n entries were added, but they are not saved yet. %1 They are kept while the app is open.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries were added, but they are not saved yet. %1 They are kept while the app is open: free some space, then choose Try saving again.</source>
            <translation>
                <numerusform>%n entry was added, but it is not saved yet. %1 It is kept while the app is open: free some space, then choose Try saving again.</numerusform>
                <numerusform>%n entries were added, but they are not saved yet. %1 They are kept while the app is open: free some space, then choose Try saving again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new entries are ready to add.</source>
            <translation>
                <numerusform>%n new entry is ready to add.</numerusform>
                <numerusform>%n new entries are ready to add.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n are already in your journal and will be skipped.</source>
            <translation>
                <numerusform>%n is already in your journal and will be skipped.</numerusform>
                <numerusform>%n are already in your journal and will be skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows have problems and will be skipped:</source>
            <translation>
                <numerusform>%n row has a problem and will be skipped:</numerusform>
                <numerusform>%n rows have problems and will be skipped:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…and %n more.</numerusform>
                <numerusform>…and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n entries</source>
            <translation>
                <numerusform>Add %n entry</numerusform>
                <numerusform>Add %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved entries could not be read; they are kept as they are.</source>
            <translation>
                <numerusform>%n saved entry could not be read; it is kept as it is.</numerusform>
                <numerusform>%n saved entries could not be read; they are kept as they are.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n imported entries were taken back.</source>
            <translation>
                <numerusform>The imported entry was taken back.</numerusform>
                <numerusform>The %n imported entries were taken back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days</source>
            <translation>
                <numerusform>Last day</numerusform>
                <numerusform>Last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n days before</source>
            <translation>
                <numerusform>The day before</numerusform>
                <numerusform>The %n days before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n entries; on average as far down as: %2; pain %3 out of 10.</source>
            <comment>%1 is a span of days, %2 a part of the leg (Knee), %3 a number</comment>
            <translation>
                <numerusform>%1: %n entry; on average as far down as: %2; pain %3 out of 10.</numerusform>
                <numerusform>%1: %n entries; on average as far down as: %2; pain %3 out of 10.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First %n days: on average as far down as: %1.</source>
            <translation>
                <numerusform>First day: on average as far down as: %1.</numerusform>
                <numerusform>First %n days: on average as far down as: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Latest %n days: on average as far down as: %1.</source>
            <translation>
                <numerusform>Latest day: on average as far down as: %1.</numerusform>
                <numerusform>Latest %n days: on average as far down as: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JournalReport</name>
        <message numerus="yes">
            <source>First %n days</source>
            <translation>
                <numerusform>First day</numerusform>
                <numerusform>First %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %n days</source>
            <translation>
                <numerusform>Last day</numerusform>
                <numerusform>Last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: in %n entries, where both legs were chosen with burning, tingling, numbness or weakness (%2)</source>
            <translation>
                <numerusform>%1: in %n entry, where both legs were chosen with burning, tingling, numbness or weakness (%2)</numerusform>
                <numerusform>%1: in %n entries, where both legs were chosen with burning, tingling, numbness or weakness (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: ticked in %n entries (%2)</source>
            <translation>
                <numerusform>%1: ticked in %n entry (%2)</numerusform>
                <numerusform>%1: ticked in %n entries (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Made on %1 from the person's own journal: %n entries on %2.</source>
            <translation>
                <numerusform>Made on %1 from the person's own journal: %n entry on %2.</numerusform>
                <numerusform>Made on %1 from the person's own journal: %n entries on %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Made on %1 from the person's own journal: %n entries from %2 to %3.</source>
            <translation>
                <numerusform>Made on %1 from the person's own journal: %n entry from %2 to %3.</numerusform>
                <numerusform>Made on %1 from the person's own journal: %n entries from %2 to %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved entries could not be read and are not in this report, so it may be incomplete.</source>
            <translation>
                <numerusform>%n saved entry could not be read and is not in this report, so it may be incomplete.</numerusform>
                <numerusform>%n saved entries could not be read and are not in this report, so it may be incomplete.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries are left out of this report because their date is after today (the computer's clock may have been wrong when they were made). They are still in the journal.</source>
            <translation>
                <numerusform>%n entry is left out of this report because its date is after today (the computer's clock may have been wrong when it was made). It is still in the journal.</numerusform>
                <numerusform>%n entries are left out of this report because their date is after today (the computer's clock may have been wrong when they were made). They are still in the journal.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Of these, %n give a warning sign.</source>
            <translation>
                <numerusform>Of these, %n gives a warning sign.</numerusform>
                <numerusform>Of these, %n give a warning sign.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(cut short: %n more character(s) in the app)</source>
            <translation>
                <numerusform>(cut short: %n more character in the app)</numerusform>
                <numerusform>(cut short: %n more characters in the app)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LearnStart</name>
        <message numerus="yes">
            <source>%n short question(s), with kind feedback.</source>
            <translation>
                <numerusform>%n short question, with kind feedback.</numerusform>
                <numerusform>%n short questions, with kind feedback.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) found</source>
            <translation>
                <numerusform>%n card found</numerusform>
                <numerusform>%n cards found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackPanel</name>
        <message numerus="yes">
            <source>Never longer than %n minute(s) at a time.</source>
            <translation>
                <numerusform>Never longer than %n minute at a time.</numerusform>
                <numerusform>Never longer than %n minutes at a time.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PainDistanceChart</name>
        <message numerus="yes">
            <source>%n entries dated after today are not shown.</source>
            <translation>
                <numerusform>%n entry dated after today is not shown.</numerusform>
                <numerusform>%n entries dated after today are not shown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries.</source>
            <translation>
                <numerusform>%n entry.</numerusform>
                <numerusform>%n entries.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered.</source>
            <translation>
                <numerusform>%n digit entered.</numerusform>
                <numerusform>%n digits entered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. %n try(s) left.</source>
            <translation>
                <numerusform>That PIN is not right. %n try left.</numerusform>
                <numerusform>That PIN is not right. %n tries left.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The PIN has at least %n digit(s).</source>
            <translation>
                <numerusform>The PIN has at least %n digit.</numerusform>
                <numerusform>The PIN has at least %n digits.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong tries. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
                <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message numerus="yes">
            <source>%n short question(s). Take your time: nothing is saved, and your score is only for you.</source>
            <translation>
                <numerusform>%n short question. Take your time: nothing is saved, and your score is only for you.</numerusform>
                <numerusform>%n short questions. Take your time: nothing is saved, and your score is only for you.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultScreen</name>
        <message numerus="yes">
            <source>All %n patterns, and the answers that pointed towards or away from each.</source>
            <translation>
                <numerusform>The pattern, and the answers that pointed towards or away from it.</numerusform>
                <numerusform>All %n patterns, and the answers that pointed towards or away from each.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning sign(s) you did not report, and the patterns your answers pointed away from.</source>
            <translation>
                <numerusform>%n warning sign you did not report, and the patterns your answers pointed away from.</numerusform>
                <numerusform>%n warning signs you did not report, and the patterns your answers pointed away from.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning sign(s) you did not report.</source>
            <translation>
                <numerusform>%n warning sign you did not report.</numerusform>
                <numerusform>%n warning signs you did not report.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Timers</name>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WalkPanel</name>
        <message numerus="yes">
            <source>Stops by itself after %n minute(s).</source>
            <translation>
                <numerusform>Stops by itself after %n minute.</numerusform>
                <numerusform>Stops by itself after %n minutes.</numerusform>
            </translation>
        </message>
    </context>
</TS>
