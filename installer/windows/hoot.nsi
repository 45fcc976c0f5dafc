; Hoot for Windows: per-machine NSIS installer (families, or schools without MSI tooling).
;
; Build (CI does this on a Windows runner, and tests compile it on Linux with Debian's nsis):
;   makensis /DVERSION=0.1.0 /DDIST=..\..\dist\hoot /DOUTFILE=..\..\dist\Hoot-0.1.0-setup.exe hoot.nsi
; Install:
;   Hoot-0.1.0-setup.exe                       the wizard
;   Hoot-0.1.0-setup.exe /S                    silent, for every user of the machine
;   Hoot-0.1.0-setup.exe /S /POLICY=C:\path\policy.json /NODESKTOP
;       also installs a machine policy to %ProgramData%\Hoot\policy.json; no desktop shortcut
; Uninstall: "%ProgramFiles%\Hoot\uninstall.exe" /S   (add /PURGE to delete the policy too)
; The %ProgramData%\Hoot folder is always created and locked down (Administrators and SYSTEM
; may change it, Users may only read), so no student can create or edit a policy there.

Unicode true
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist\hoot"
!endif
!ifndef OUTFILE
  !define OUTFILE "Hoot-${VERSION}-setup.exe"
!endif
!define PRODUCT "Hoot"
!define PUBLISHER "Hoot maintainers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Hoot"
; Well-known SIDs, so the ACL works whatever the language of Windows.
!define ACL_LOCKDOWN '/inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX'

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Hoot"
InstallDirRegKey HKLM "Software\Hoot" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ManifestDPIAware true
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "Hoot installer"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "MIT licence"

Var PolicyFile

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\hoot.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"


Section "Hoot (required)" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\Hoot"
  CreateShortcut "$SMPROGRAMS\Hoot\Hoot.lnk" "$INSTDIR\hoot.exe"
  CreateShortcut "$SMPROGRAMS\Hoot\Uninstall Hoot.lnk" "$INSTDIR\uninstall.exe"

  ; The policy folder exists on every install, locked down, so a student cannot create one.
  CreateDirectory "$COMMONPROGRAMDATA\Hoot"
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$COMMONPROGRAMDATA\Hoot" ${ACL_LOCKDOWN}'
  Pop $0
  ${If} $PolicyFile != ""
    CopyFiles /SILENT "$PolicyFile" "$COMMONPROGRAMDATA\Hoot\policy.json"
    nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$COMMONPROGRAMDATA\Hoot\policy.json" /reset'
    Pop $0
  ${EndIf}

  WriteRegStr HKLM "Software\Hoot" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\hoot.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\Hoot.lnk" "$INSTDIR\hoot.exe"
SectionEnd

; .onInit comes after the sections: it refers to ${SecDesktop}.
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "Hoot needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/POLICY=" $PolicyFile
  ${If} ${Errors}
    StrCpy $PolicyFile ""
  ${ElseIfNot} ${FileExists} "$PolicyFile"
    MessageBox MB_ICONSTOP "The policy file $PolicyFile does not exist." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} 0
  ${EndIf}
FunctionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} "The Hoot app, its Start menu entry and uninstaller."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "A Hoot icon on every user's desktop."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  Delete "$DESKTOP\Hoot.lnk"
  RMDir /r "$SMPROGRAMS\Hoot"
  ; Only what the installer put there: the app folder is ours alone.
  RMDir /r "$INSTDIR"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    RMDir /r "$COMMONPROGRAMDATA\Hoot"
  ${EndIf}
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\Hoot"
SectionEnd
