  ; Stint must not start at login from a folder that is gone. An upgrade runs the old uninstaller
  ; silently and installs to the same place, so a silent uninstall keeps the user's choice.
  IfSilent +2
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Stint"
  ; The recorded activity is kept unless the user asks otherwise (silent uninstalls keep it).
  ; The database lives in %LOCALAPPDATA%\Stint; %APPDATA%\Stint is where early builds kept it.
  ; Both come from the environment: $APPDATA would follow the installer's all-users context.
  ReadEnvStr $R8 APPDATA
  ReadEnvStr $R9 LOCALAPPDATA
  StrCmp $R9 "" stint_keep_data
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Also remove my activity data?$\r$\n$\r$\nYour recorded activity in $R9\Stint is kept unless you choose Yes." /SD IDNO IDNO stint_keep_data
    RMDir /r "$R9\Stint"
    StrCmp $R8 "" +2
    RMDir /r "$R8\Stint"
    DeleteRegKey HKCU "Software\Stint"
  stint_keep_data:
