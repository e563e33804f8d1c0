echo $(echo $(echo $(echo deep)))
echo `echo \`echo \\\`echo bq3\\\`\``
