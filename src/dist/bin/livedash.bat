@echo off
rem LiveDash launcher for Windows: the bundled runtime with the application on the class path.
rem Build the image on Windows (mvn -Pdist package -Ddist.platform=win) so the runtime matches.
setlocal
set "LIVEDASH_HOME=%~dp0.."
"%LIVEDASH_HOME%\runtime\bin\java.exe" %LIVEDASH_OPTS% -Dlivedash.home="%LIVEDASH_HOME%" -cp "%LIVEDASH_HOME%\lib\*" org.livedash.cli.Main %*
endlocal
