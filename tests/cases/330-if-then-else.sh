if true; then echo then; else echo else; fi
if false; then echo then; else echo else; fi
