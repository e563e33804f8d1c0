for w in apple banana cherry; do
  case $w in
    apple) echo fruit-a;;
    banana) echo fruit-b;;
    *) echo other;;
  esac
done
