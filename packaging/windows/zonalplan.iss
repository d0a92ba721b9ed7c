; Inno Setup script: installs dist\ZonalPlan\ for the current user, without administrator rights.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\zonalplan.iss
;
; Needs Inno Setup 6.3 or later (the x64compatible architecture; this file is UTF-8 without BOM).
; Builds dist\ZonalPlan-<version>-setup.exe. The installer copies the application folder to
; %LOCALAPPDATA%\Programs\ZonalPlan, adds a Start-menu entry, associates .zplan files with
; ZonalPlan (per user, HKCU), and registers an uninstaller. Silent deployment by the IT service:
;   ZonalPlan-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
; (add /DIR="X:\path" to choose the folder; /ALLUSERS with administrator rights installs for every
; user under Program Files — the folder may be read-only: user data lives in each user's profile).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C9C1E-3B7A-4E47-9D0B-5A1F2C7E9B10}
AppName=ZonalPlan
AppVersion={#AppVersion}
AppPublisher=ZonalPlan
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\ZonalPlan
DefaultGroupName=ZonalPlan
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=ZonalPlan-{#AppVersion}-setup
SetupIconFile=zonalplan.ico
UninstallDisplayIcon={app}\ZonalPlan.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 version 1809 and later.
MinVersion=10.0.17763

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "..\..\dist\ZonalPlan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ZonalPlan"; Filename: "{app}\ZonalPlan.exe"
Name: "{autodesktop}\ZonalPlan"; Filename: "{app}\ZonalPlan.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .zplan files open with ZonalPlan (HKA = HKCU for a per-user install, HKLM for all users).
Root: HKA; Subkey: "Software\Classes\.zplan"; ValueType: string; ValueName: ""; ValueData: "ZonalPlan.Plan"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.zplan\OpenWithProgids"; ValueType: string; ValueName: "ZonalPlan.Plan"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ZonalPlan.Plan"; ValueType: string; ValueName: ""; ValueData: "Plan zonal de sécurité (ZonalPlan)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ZonalPlan.Plan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ZonalPlan.exe,0"
Root: HKA; Subkey: "Software\Classes\ZonalPlan.Plan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ZonalPlan.exe"" ""%1"""

[Run]
Filename: "{app}\ZonalPlan.exe"; Description: "{cm:LaunchProgram,ZonalPlan}"; Flags: nowait postinstall skipifsilent
