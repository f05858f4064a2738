; Inno Setup script for Thigh Pain Companion on Windows (Inno Setup 6.2 or newer).
;
; NOT BUILT OR TESTED in this project's CI: it is a recipe for whoever builds on Windows.
; See packaging/README.md. In short, on a Windows machine with Python 3.11+:
;
;   py -m venv .venv && .venv\Scripts\python -m pip install -e .[package]
;   .venv\Scripts\python packaging\build.py            (makes dist\thigh-pain-companion\)
;   iscc /DAppVersion=0.1.0 packaging\windows\thigh-pain-companion.iss
;
; The installer lands in dist\. It installs for the current user by default (no admin
; rights needed); "Install for all users" is offered as well. A clinic can tick
; "Set this computer up as a kiosk": that needs the all-users install, copies a kiosk
; config file to C:\ProgramData\thigh-pain-companion\kiosk.toml and starts the app in
; kiosk mode from its shortcuts. Compile with /DKioskConfig=path\to\your-kiosk.toml to
; ship your clinic's own config (its admin PIN hash, phone number and so on).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef KioskConfig
  #define KioskConfig "..\kiosk.example.toml"
#endif
#define AppName "Thigh Pain Companion"
#define AppExe "thigh-pain-companion.exe"
#define BundleDir "..\..\dist\thigh-pain-companion"

[Setup]
; A fixed id, so a new version replaces the old one. Never change it.
AppId={{6F3C2A51-8E0B-4D8A-9B7E-2C51D0A7F4E3}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Thigh Pain Companion team
AppComments=An offline companion for pain at the back of the thigh. It does not diagnose.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the person may choose an all-users install (needs admin rights).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
OutputDir=..\..\dist
OutputBaseFilename=thigh-pain-companion-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\thigh-pain-companion.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "kiosk"; Description: "Set this computer up as a clinic kiosk (all-users install only)"; GroupDescription: "Clinic"; Flags: unchecked; Check: IsAdminInstallMode

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The kiosk config goes where every user's copy of the app can read it. It is kept on
; uninstall (a clinic's settings), and never overwritten without asking.
Source: "{#KioskConfig}"; DestDir: "{commonappdata}\thigh-pain-companion"; DestName: "kiosk.toml"; Tasks: kiosk; Flags: confirmoverwrite uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: not kiosk
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon and not kiosk
Name: "{autoprograms}\{#AppName} (kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; Tasks: kiosk
Name: "{autodesktop}\{#AppName} (kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; Tasks: kiosk and desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent; Tasks: not kiosk

[UninstallDelete]
; The person's own data (in %APPDATA%\thigh-pain-companion) is never removed by the
; uninstaller; Settings > "Delete all my data" in the app does that.
