echo `echo \`echo nested\``
echo "`echo "in dq"`"
