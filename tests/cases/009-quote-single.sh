printf '[%s]\n' 'a  b' '$x' '\n' 'it''s' '"'
