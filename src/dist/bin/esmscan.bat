@echo off
rem esmscan as installed from its distribution archive, on Windows: needs a Java 17 (or later)
rem runtime, java on the PATH or JAVA_HOME set. (No class-data sharing archive here; see bin/esmscan.)
setlocal
set "ESMSCAN_HOME=%~dp0.."
set "ESMSCAN_JAVA=java"
if defined JAVA_HOME set "ESMSCAN_JAVA=%JAVA_HOME%\bin\java"
"%ESMSCAN_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:InitialRAMPercentage=25 -XX:NewRatio=1 -XX:SurvivorRatio=32 "-Desmscan.sample=%ESMSCAN_HOME%\sample-exports\racf" %JAVA_OPTS% -cp "%ESMSCAN_HOME%\lib\*" dev.esmscan.cli.Main %*
exit /b %ERRORLEVEL%
