HOME=/h
echo a~ ~~ x/~ "~"/x ~"root"
