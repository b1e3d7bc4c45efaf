  ; Stint must not start at login from a folder that is gone.
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Stint"
  ; The recorded activity is kept unless the user asks otherwise (silent uninstalls keep it).
  ; The database lives in %APPDATA%\Stint (Qt's AppDataLocation), caches in %LOCALAPPDATA%\Stint.
  ; Both come from the environment: $APPDATA would follow the installer's all-users context.
  ReadEnvStr $R8 APPDATA
  ReadEnvStr $R9 LOCALAPPDATA
  StrCmp $R8 "" stint_keep_data
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Also remove my activity data?$\r$\n$\r$\nYour recorded activity and settings in $R8\Stint are kept unless you choose Yes." /SD IDNO IDNO stint_keep_data
    RMDir /r "$R8\Stint"
    StrCmp $R9 "" +2
    RMDir /r "$R9\Stint"
    DeleteRegKey HKCU "Software\Stint"
  stint_keep_data:
