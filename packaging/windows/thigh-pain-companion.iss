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
; rights needed); "Install for all users" is offered as well.
;
; Clinic kiosk (see packaging/kiosk.md): the installer never installs a kiosk config by
; itself, because the example's admin PIN is public. Put the clinic's own checked
; kiosk.toml in the same folder as the setup .exe (or compile it in with
; /DKioskConfig=path\to\clinic-kiosk.toml). Only then, in an all-users install, the task
; "Set this computer up as a clinic kiosk" appears: it copies that file to
; C:\ProgramData\thigh-pain-companion\kiosk.toml and the shortcuts start the kiosk.
; While that file is there, the app starts as the kiosk for every user of the computer.
; kiosk.example.toml is always installed in the app's folder, for reference only.

#ifndef AppVersion
  #define AppVersion "0.1.0"
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
; Offered only for an all-users install and only when there is a clinic kiosk.toml to use.
Name: "kiosk"; Description: "Set this computer up as a clinic kiosk (with the clinic's own kiosk.toml)"; GroupDescription: "Clinic"; Flags: unchecked; Check: IsAdminInstallMode and KioskConfigAvailable

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; For reference only: the app never reads a config from its own folder.
Source: "..\kiosk.example.toml"; DestDir: "{app}"; Flags: ignoreversion
; The clinic's kiosk config goes where every user's copy of the app reads it. It is kept
; on uninstall (delete it to turn the kiosk off), and never overwritten without asking.
#ifdef KioskConfig
Source: "{#KioskConfig}"; DestDir: "{commonappdata}\thigh-pain-companion"; DestName: "kiosk.toml"; Tasks: kiosk; Flags: confirmoverwrite uninsneveruninstall
#else
Source: "{src}\kiosk.toml"; DestDir: "{commonappdata}\thigh-pain-companion"; DestName: "kiosk.toml"; Tasks: kiosk; Flags: external skipifsourcedoesntexist confirmoverwrite uninsneveruninstall
#endif

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: not kiosk
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon and not kiosk
; --kiosk-config rather than --kiosk: if the file goes missing, the app refuses to start
; instead of running as a kiosk with no admin PIN.
Name: "{autoprograms}\{#AppName} (kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk-config ""{commonappdata}\thigh-pain-companion\kiosk.toml"""; Tasks: kiosk
Name: "{autodesktop}\{#AppName} (kiosk)"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk-config ""{commonappdata}\thigh-pain-companion\kiosk.toml"""; Tasks: kiosk and desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent; Tasks: not kiosk

[UninstallDelete]
; The person's own data (in %APPDATA%\thigh-pain-companion) is never removed by the
; uninstaller; Settings > "Delete all my data" in the app does that.

[Code]
// The kiosk task needs a clinic config: compiled in, next to the setup .exe, or already
// installed by an earlier run (an upgrade keeps the kiosk).
function KioskConfigAvailable: Boolean;
begin
#ifdef KioskConfig
  Result := True;
#else
  Result := FileExists(ExpandConstant('{src}\kiosk.toml')) or
    FileExists(ExpandConstant('{commonappdata}\thigh-pain-companion\kiosk.toml'));
#endif
end;
