if true; then if true; then if true; then if true; then if true; then echo deep; fi; fi; fi; fi; fi
( ( ( ( ( echo deep-sub ) ) ) ) )
{ { { { { echo deep-grp; }; }; }; }; }
