; Inserted before the installer's pages (CPACK_NSIS_DEFINES): the finish page gets an unticked
; "Start Stint when I log in" box, which writes the same Run value Stint's own setting writes.
!define MUI_FINISHPAGE_SHOWREADME ""
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
!define MUI_FINISHPAGE_SHOWREADME_TEXT "Start Stint when I log in"
!define MUI_FINISHPAGE_SHOWREADME_FUNCTION StintEnableAutostart

Function StintEnableAutostart
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Stint" '"$INSTDIR\bin\stint.exe" --minimized'
FunctionEnd
