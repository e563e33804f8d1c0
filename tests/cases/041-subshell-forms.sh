(echo a)
( (echo nested) )
(
echo multi
)
