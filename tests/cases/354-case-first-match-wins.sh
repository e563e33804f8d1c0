case abc in
  a*) echo first;;
  ab*) echo second;;
  *) echo third;;
esac
