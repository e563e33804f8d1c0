for w in x1 xy zz '[' '*' ''; do
  case $w in
    x[0-9]) echo "$w: digit";;
    x?) echo "$w: any";;
    [!x]?) echo "$w: not-x";;
    \[) echo "$w: bracket";;
    \*) echo "$w: star";;
    "") echo "empty";;
  esac
done
