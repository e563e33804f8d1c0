echo $ "$" a$ '$' $.x
