if true # comment
then # comment
  echo yes # comment
fi # end
